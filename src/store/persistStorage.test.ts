// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LARGE_TEXT } from './documentSlice.ts';
import { createPersistStorage } from './persistStorage.ts';

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('createPersistStorage', () => {
  it('writes a small text at once, and not again while text and runtime stay the same', () => {
    const storage = createPersistStorage<{ text: string; runtime: string }>();
    const write = vi.spyOn(Storage.prototype, 'setItem');
    storage.setItem('k', { state: { text: 'a', runtime: 'r' }, version: 1 });
    storage.setItem('k', { state: { text: 'a', runtime: 'r' }, version: 1 });
    expect(write).toHaveBeenCalledTimes(1);
    storage.setItem('k', { state: { text: 'a', runtime: 's' }, version: 1 });
    expect(write).toHaveBeenCalledTimes(2);
    expect(JSON.parse(localStorage.getItem('k') ?? 'null')).toEqual({
      state: { text: 'a', runtime: 's' },
      version: 1,
    });
  });

  it('writes a large text once typing pauses, restarting the wait on each change', () => {
    vi.useFakeTimers();
    const storage = createPersistStorage<{ text: string; runtime: string }>();
    const write = vi.spyOn(Storage.prototype, 'setItem');
    const big = 'x'.repeat(LARGE_TEXT + 1);
    storage.setItem('k', { state: { text: big, runtime: 'r' }, version: 1 });
    vi.advanceTimersByTime(400);
    storage.setItem('k', { state: { text: big + 'y', runtime: 'r' }, version: 1 });
    vi.advanceTimersByTime(400);
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(write).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem('k')).toContain(big + 'y');
  });

  it('writes a pending large text when the page is hidden', () => {
    vi.useFakeTimers();
    const storage = createPersistStorage<{ text: string; runtime: string }>();
    const big = 'x'.repeat(LARGE_TEXT + 1);
    storage.setItem('k', { state: { text: big, runtime: 'r' }, version: 1 });
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem('k')).toContain(big);
  });
});
