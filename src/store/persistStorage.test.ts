// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LARGE_TEXT } from './documentSlice.ts';
import { createPersistStorage, writeFailedMessage } from './persistStorage.ts';

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

  it('writes when any persisted field changes, not only the text or the runtime', () => {
    const storage = createPersistStorage<{ text: string; runtime: string; order: string }>();
    const write = vi.spyOn(Storage.prototype, 'setItem');
    storage.setItem('k', { state: { text: 'a', runtime: 'r', order: 'number' }, version: 1 });
    storage.setItem('k', { state: { text: 'a', runtime: 'r', order: 'risk' }, version: 1 });
    expect(write).toHaveBeenCalledTimes(2);
    expect(JSON.parse(localStorage.getItem('k') ?? 'null')).toEqual({
      state: { text: 'a', runtime: 'r', order: 'risk' },
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

/** A Storage whose writes the browser refuses, as Chromium does over its ~5 MB per origin. */
function refuseWrites(name = 'QuotaExceededError') {
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', name);
  });
}

describe('a write the browser refuses', () => {
  it('does not throw, and tells once until a write succeeds again', () => {
    const told: string[] = [];
    const storage = createPersistStorage<{ text: string }>({
      onWriteFailed: (message) => told.push(message),
    });
    const write = refuseWrites();
    expect(() => storage.setItem('k', { state: { text: 'a' }, version: 1 })).not.toThrow();
    storage.setItem('k', { state: { text: 'ab' }, version: 1 });
    // Each write is tried, then tried again without its text (refused too here).
    expect(write).toHaveBeenCalledTimes(4);
    expect(told).toHaveLength(1);

    write.mockRestore();
    storage.setItem('k', { state: { text: 'abc' }, version: 1 });
    expect(localStorage.getItem('k')).toContain('abc');
    expect(told).toHaveLength(1);

    refuseWrites();
    storage.setItem('k', { state: { text: 'abcd' }, version: 1 });
    expect(told).toHaveLength(2);
  });

  it('still keeps the other fields, with the text stored before (or none)', () => {
    const storage = createPersistStorage<{ text: string; runtime: string }>();
    storage.setItem('k', { state: { text: 'small', runtime: 'r' }, version: 1 });
    const real = Storage.prototype.setItem;
    // Like a quota: the text too large to store is refused, anything smaller is written.
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
      this: Storage,
      key: string,
      value: string,
    ) {
      if (value.includes('huge')) throw new DOMException('full', 'QuotaExceededError');
      real.call(this, key, value);
    });
    storage.setItem('k', { state: { text: 'huge', runtime: 's' }, version: 1 });
    expect(JSON.parse(localStorage.getItem('k') ?? 'null')).toEqual({
      state: { text: 'small', runtime: 's' },
      version: 1,
    });

    localStorage.clear();
    storage.setItem('k', { state: { text: 'huge', runtime: 't' }, version: 1 });
    expect(JSON.parse(localStorage.getItem('k') ?? 'null')).toEqual({
      state: { runtime: 't' },
      version: 1,
    });
  });

  it('does not throw from the timer that writes a large text', () => {
    vi.useFakeTimers();
    const told: string[] = [];
    const storage = createPersistStorage<{ text: string }>({
      onWriteFailed: (message) => told.push(message),
    });
    refuseWrites();
    storage.setItem('k', { state: { text: 'x'.repeat(LARGE_TEXT + 1) }, version: 1 });
    expect(() => vi.runAllTimers()).not.toThrow();
    expect(told).toHaveLength(1);
  });

  it('says how large the text is when over the quota, and to download it', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(writeFailedMessage(quota, 'é'.repeat(2_500_000))).toBe(
      'This text is too large to keep across reloads (5.0 MB); Download it to keep it.',
    );
    expect(writeFailedMessage(quota, 'a'.repeat(1_001))).toMatch(/\(2 kB\)/);
    expect(writeFailedMessage(new DOMException('no', 'SecurityError'), 'a')).toBe(
      'This browser does not let Podcaps keep the text across reloads; Download it to keep it.',
    );
  });
});

describe('reading what storage holds', () => {
  it('ignores corrupt JSON', () => {
    localStorage.setItem('k', '{"state": {"text": "a"');
    expect(createPersistStorage<{ text: string }>().getItem('k')).toBeNull();
  });

  it('survives storage that refuses to be read', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(createPersistStorage<{ text: string }>().getItem('k')).toBeNull();
  });
});
