import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { LARGE_TEXT } from './documentSlice.ts';

const WRITE_DELAY_MS = 500;

/**
 * localStorage for `persist`, writing a large document only once typing pauses (and before the
 * page goes away): serialising and storing a megabyte on every keystroke would cost more than
 * reading the edit. Small documents are written at once, as before.
 */
export function createPersistStorage<S extends { text: string }>(): PersistStorage<S> {
  let pending: { name: string; value: StorageValue<S> } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
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
      pending = { name, value };
      if (value.state.text.length <= LARGE_TEXT) flush();
      else if (timer === undefined) timer = setTimeout(flush, WRITE_DELAY_MS);
    },
    removeItem: (name) => {
      pending = undefined;
      localStorage.removeItem(name);
    },
  };
}
