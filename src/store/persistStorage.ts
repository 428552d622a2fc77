import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { LARGE_TEXT } from './documentSlice.ts';

const WRITE_DELAY_MS = 500;

/**
 * localStorage for `persist`, writing a large document only once typing pauses (each change
 * restarts the wait) and before the page goes away: serialising and storing a megabyte on every
 * keystroke would cost more than reading the edit. Small documents are written at once, as
 * before. `persist` calls `setItem` after every `set`, most of which leave the text and the
 * runtime as they were; those calls write nothing.
 */
export function createPersistStorage<
  S extends { text: string; runtime: unknown },
>(): PersistStorage<S> {
  let pending: { name: string; value: StorageValue<S> } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** What the last `setItem` asked for (written, or pending). */
  let last: { name: string; text: string; runtime: unknown } | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const { name, value } = pending;
    pending = undefined;
    localStorage.setItem(name, JSON.stringify(value));
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }
  return {
    getItem: (name) => {
      const raw = localStorage.getItem(name);
      return raw === null ? null : (JSON.parse(raw) as StorageValue<S>);
    },
    setItem: (name, value) => {
      const { text, runtime } = value.state;
      if (last && last.name === name && last.text === text && last.runtime === runtime) return;
      last = { name, text, runtime };
      pending = { name, value };
      clearTimeout(timer);
      timer = undefined;
      if (text.length <= LARGE_TEXT) flush();
      else timer = setTimeout(flush, WRITE_DELAY_MS);
    },
    removeItem: (name) => {
      pending = undefined;
      last = undefined;
      clearTimeout(timer);
      timer = undefined;
      localStorage.removeItem(name);
    },
  };
}
