import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { LARGE_TEXT } from './documentSlice.ts';

const WRITE_DELAY_MS = 500;

/** The IndexedDB calls the storage makes, as idb-keyval names them; tests pass an in-memory fake. */
export interface TextStore {
  get(key: string): Promise<unknown>;
  set(key: string, text: string): Promise<void>;
  del(key: string): Promise<void>;
}

/**
 * idb-keyval on a database of Podcaps' own. Imported on first use: only a text too large for
 * localStorage needs it, so first paint does not load it.
 */
async function indexedDbTextStore(): Promise<TextStore> {
  const { createStore, get, set, del } = await import('idb-keyval');
  const store = createStore('podcaps', 'texts');
  return {
    get: async (key) => get(key, store),
    set: async (key, text) => set(key, text, store),
    del: async (key) => del(key, store),
  };
}

export interface PersistStorageOptions {
  /**
   * Told when the browser refuses a write (over its quota, storage disabled): once, not on every
   * keystroke, until a later write succeeds again.
   */
  onWriteFailed?: (message: string) => void;
  /** Where a text too large for localStorage goes; IndexedDB (idb-keyval) unless a test says. */
  textStore?: () => Promise<TextStore>;
}

/** What localStorage holds in place of a text that went to IndexedDB. */
export interface TextMarker {
  textIn: 'indexeddb';
  /** The text's length in UTF-16 units: says what to expect to someone looking at storage. */
  textLength: number;
}

/** The marker in a stored state, or undefined: a hand edit or another version may leave anything. */
export function textMarkerOf(state: unknown): TextMarker | undefined {
  if (state === null || typeof state !== 'object') return undefined;
  const { textIn, textLength } = state as Record<string, unknown>;
  if (textIn !== 'indexeddb' || typeof textLength !== 'number') return undefined;
  return Number.isSafeInteger(textLength) && textLength >= 0 ? { textIn, textLength } : undefined;
}

/** The storage `persist` gets, and how the store reads back a text kept in IndexedDB. */
export interface TextPersistStorage<S> extends PersistStorage<S> {
  /**
   * The text kept in IndexedDB under `name` (the stored state holds a {@link TextMarker}), or
   * undefined when IndexedDB fails or holds none. Never rejects.
   */
  readKeptText: (name: string) => Promise<string | undefined>;
  /** Removes the page listeners that flush a pending write. */
  dispose?: () => void;
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

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}

/** What to tell the user when `text` could not be stored. */
export function writeFailedMessage(error: unknown, text: string): string {
  return isQuotaError(error)
    ? `This text is too large to keep across reloads (${size(text)}); Download it to keep it.`
    : 'This browser does not let Podcaps keep the text across reloads; Download it to keep it.';
}

/**
 * Writes `value` without its text, beside the text (or the marker of one) stored already, or none,
 * so a reload opens the example: when the text cannot be stored everything else is still worth
 * keeping, and the older text is never lost.
 */
function keepPreferences<S extends { text?: string }>(name: string, value: StorageValue<S>): void {
  try {
    const raw = localStorage.getItem(name);
    const stored = raw === null ? null : (JSON.parse(raw) as { state?: unknown } | null)?.state;
    const text = (stored as { text?: unknown } | null | undefined)?.text;
    const kept = typeof text === 'string' ? { text } : (textMarkerOf(stored) ?? {});
    const { text: _notStored, ...preferences } = value.state;
    localStorage.setItem(name, JSON.stringify({ ...value, state: { ...preferences, ...kept } }));
  } catch {
    // Storage refuses even this, or holds something unreadable: leave it as it is.
  }
}

/**
 * localStorage for `persist`, writing a large document only once typing pauses (each change
 * restarts the wait) and before the page goes away: serialising and storing a megabyte on every
 * keystroke would cost more than reading the edit. Small documents are written at once, as
 * before. `persist` calls `setItem` after every `set`, most of which leave every persisted field
 * as it was; those calls write nothing. A state without `text` (the text of last time is still
 * being read back) keeps the stored text.
 *
 * localStorage stays the first choice: it is read synchronously, so a reload opens on the text at
 * once. A text it refuses for size (a multi-megabyte manifest exceeds Chromium's ~5 M UTF-16
 * units per origin) goes to IndexedDB, and localStorage holds the other fields and a
 * {@link TextMarker}; a later text that fits goes back to localStorage and the IndexedDB copy is
 * deleted.
 *
 * Storage is never trusted to work: a refused write and an unreadable stored value are reported
 * or ignored, never thrown into the action that changed the state.
 */
export function createPersistStorage<S extends { text?: string }>(
  options: PersistStorageOptions = {},
): TextPersistStorage<S> {
  let pending: { name: string; value: StorageValue<S> } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** What the last `setItem` asked for (written, or pending, or refused). */
  let last: { name: string; state: S } | undefined;
  /** Whether the user has been told about a refused write since the last one that succeeded. */
  let told = false;
  /** Counts writes: an IndexedDB write that ends after a later one began must not store its marker. */
  let writes = 0;
  /** Whether IndexedDB may hold a text from this page (written or read back): to delete it. */
  let kept = false;
  /** The text localStorage last refused for size, and how: the same text is not offered again. */
  let tooLarge: { text: string; error: unknown } | undefined;
  let textStore: Promise<TextStore> | undefined;
  const texts = () => {
    // A failed import (or open) may be tried again by a later write.
    textStore ??= (options.textStore ?? indexedDbTextStore)().catch((error: unknown) => {
      textStore = undefined;
      throw error;
    });
    return textStore;
  };

  /** Ordered after any IndexedDB write still running; a copy left behind is never read anyway. */
  const deleteKept = (name: string) => {
    texts()
      .then((store) => store.del(name))
      .catch(() => {});
  };

  const refused = (name: string, value: StorageValue<S>, error: unknown, text: string) => {
    keepPreferences(name, value);
    if (told) return;
    told = true;
    options.onWriteFailed?.(writeFailedMessage(error, text));
  };

  /** The text in IndexedDB, then the rest and the marker in localStorage: never a marker alone. */
  const writeToIndexedDb = (name: string, value: StorageValue<S>, text: string) => {
    const write = writes;
    const quota = tooLarge?.error;
    kept = true;
    const { text: _inIndexedDb, ...preferences } = value.state;
    const marker: TextMarker = { textIn: 'indexeddb', textLength: text.length };
    texts()
      .then((store) => store.set(name, text))
      .then(() => {
        // A later write decides what is stored.
        if (write !== writes) return;
        localStorage.setItem(
          name,
          JSON.stringify({ ...value, state: { ...preferences, ...marker } }),
        );
        told = false;
      })
      .catch(() => {
        // Only now, with nowhere left to keep the text, is it too large to keep.
        if (write === writes) refused(name, value, quota, text);
      });
  };

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const { name, value } = pending;
    pending = undefined;
    writes++;
    const { text } = value.state;
    if (text === undefined) return keepPreferences(name, value);
    if (text !== tooLarge?.text) {
      try {
        localStorage.setItem(name, JSON.stringify(value));
        told = false;
        if (kept) {
          kept = false;
          deleteKept(name);
        }
        return;
      } catch (error) {
        if (!isQuotaError(error)) return refused(name, value, error, text);
        tooLarge = { text, error };
      }
    }
    writeToIndexedDb(name, value, text);
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
      if ((state.text?.length ?? 0) <= LARGE_TEXT) flush();
      else timer = setTimeout(flush, WRITE_DELAY_MS);
    },
    removeItem: (name) => {
      pending = undefined;
      last = undefined;
      writes++;
      clearTimeout(timer);
      timer = undefined;
      try {
        localStorage.removeItem(name);
      } catch {
        // Storage disabled: there is nothing to remove.
      }
      if (kept) {
        kept = false;
        deleteKept(name);
      }
    },
    readKeptText: async (name) => {
      try {
        const text = await (await texts()).get(name);
        if (typeof text !== 'string') return undefined;
        kept = true;
        return text;
      } catch {
        return undefined;
      }
    },
  };
}
