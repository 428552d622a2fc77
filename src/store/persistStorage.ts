import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { LARGE_TEXT } from './documentSlice.ts';

const WRITE_DELAY_MS = 500;

export interface PersistStorageOptions {
  /**
   * Told when the browser refuses a write (over its quota, storage disabled): once, not on every
   * keystroke, until a later write succeeds again.
   */
  onWriteFailed?: (message: string) => void;
}

/** Whether every persisted field is the same: they are all primitives, so `Object.is` suffices. */
function sameState<S extends object>(a: S, b: S): boolean {
  const keys = Object.keys(a) as (keyof S)[];
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

/** Size as the downloaded file would have it (UTF-8 bytes), in decimal units. */
function size(text: string): string {
  const bytes = new TextEncoder().encode(text).length;
  return bytes < 1e5 ? `${Math.ceil(bytes / 1e3)} kB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

/** What to tell the user when `text` could not be stored. */
export function writeFailedMessage(error: unknown, text: string): string {
  return error instanceof DOMException && error.name === 'QuotaExceededError'
    ? `This text is too large to keep across reloads (${size(text)}); Download it to keep it.`
    : 'This browser does not let Podcaps keep the text across reloads; Download it to keep it.';
}

/**
 * When the text does not fit, everything else is still worth keeping: writes `value` with the text
 * that is stored already (or none, so a reload opens the example), never losing the older text.
 */
function keepPreferences<S extends { text: string }>(name: string, value: StorageValue<S>): void {
  try {
    const raw = localStorage.getItem(name);
    const stored: unknown = raw === null ? null : JSON.parse(raw);
    const text = (stored as { state?: { text?: unknown } } | null)?.state?.text;
    const { text: _tooLarge, ...preferences } = value.state;
    const state = typeof text === 'string' ? { ...preferences, text } : preferences;
    localStorage.setItem(name, JSON.stringify({ ...value, state }));
  } catch {
    // Storage refuses even this, or holds something unreadable: leave it as it is.
  }
}

/**
 * localStorage for `persist`, writing a large document only once typing pauses (each change
 * restarts the wait) and before the page goes away: serialising and storing a megabyte on every
 * keystroke would cost more than reading the edit. Small documents are written at once, as
 * before. `persist` calls `setItem` after every `set`, most of which leave every persisted field
 * as it was; those calls write nothing.
 *
 * Storage is never trusted to work: a refused write (a multi-megabyte manifest exceeds Chromium's
 * ~5 MB per origin) and an unreadable stored value are reported or ignored, never thrown into the
 * action that changed the state.
 */
export function createPersistStorage<S extends { text: string }>(
  options: PersistStorageOptions = {},
): PersistStorage<S> {
  let pending: { name: string; value: StorageValue<S> } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** What the last `setItem` asked for (written, or pending, or refused). */
  let last: { name: string; state: S } | undefined;
  /** Whether the user has been told about a refused write since the last one that succeeded. */
  let told = false;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const { name, value } = pending;
    pending = undefined;
    try {
      localStorage.setItem(name, JSON.stringify(value));
      told = false;
    } catch (error) {
      keepPreferences(name, value);
      if (told) return;
      told = true;
      options.onWriteFailed?.(writeFailedMessage(error, value.state.text));
    }
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }
  return {
    getItem: (name) => {
      // Storage may be disabled, or hold what another version or a hand edit left: start afresh.
      try {
        const raw = localStorage.getItem(name);
        return raw === null ? null : (JSON.parse(raw) as StorageValue<S>);
      } catch {
        return null;
      }
    },
    setItem: (name, value) => {
      const { state } = value;
      if (last && last.name === name && sameState(last.state, state)) return;
      last = { name, state };
      pending = { name, value };
      clearTimeout(timer);
      timer = undefined;
      if (state.text.length <= LARGE_TEXT) flush();
      else timer = setTimeout(flush, WRITE_DELAY_MS);
    },
    removeItem: (name) => {
      pending = undefined;
      last = undefined;
      clearTimeout(timer);
      timer = undefined;
      try {
        localStorage.removeItem(name);
      } catch {
        // Storage disabled: there is nothing to remove.
      }
    },
  };
}
