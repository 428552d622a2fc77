import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './afterNextPaint.ts';

describe('afterNextPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** A page whose frames the test draws: `draw()` runs the animation frame callbacks. */
  function withFrames() {
    const callbacks = new Map<number, () => void>();
    let next = 1;
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => {
      callbacks.set(next, callback);
      return next++;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => callbacks.delete(id));
    return {
      draw() {
        const due = [...callbacks.values()];
        callbacks.clear();
        for (const callback of due) callback();
      },
    };
  }

  it('runs in the task after the next frame, not before it', () => {
    vi.useFakeTimers();
    const page = withFrames();
    const then = vi.fn();
    afterNextPaint(then);
    vi.advanceTimersByTime(50);
    expect(then).not.toHaveBeenCalled();
    page.draw();
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(then).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('runs after 100 ms when no frame comes (a hidden tab), once', () => {
    vi.useFakeTimers();
    const page = withFrames();
    const then = vi.fn();
    afterNextPaint(then);
    vi.advanceTimersByTime(99);
    expect(then).not.toHaveBeenCalled();
    // The fallback at 100 ms, then the task it queues (fake timers run that a tick later).
    vi.advanceTimersByTime(2);
    expect(then).toHaveBeenCalledTimes(1);
    page.draw();
    vi.advanceTimersByTime(1_000);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('runs in the next task where there are no frames at all', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', undefined);
    const then = vi.fn();
    afterNextPaint(then);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled, before or after the frame', () => {
    vi.useFakeTimers();
    const page = withFrames();
    const early = vi.fn();
    afterNextPaint(early)();
    const late = vi.fn();
    const cancelLate = afterNextPaint(late);
    page.draw();
    cancelLate();
    vi.advanceTimersByTime(1_000);
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});
