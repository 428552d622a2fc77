import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { LARGE_TEXT } from './documentSlice.ts';
import * as writer from './persistWriter.ts';
import type { Asked, WriterState } from './persistWriter.ts';

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
  /**
   * Told the text another tab of the app stored under a key this storage uses (the `storage`
   * event), which now stands in for this tab's on a reload; a value without a text is not told.
   */
  onOtherTabWrote?: (text: string) => void;
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
  /**
   * Writes `value` at once, even a large text and even when `setItem` was last asked for the same:
   * another tab may have stored its own value since.
   */
  writeNow: (name: string, value: StorageValue<S>) => void;
  /** Writes what waits, then stops listening to the page (`pagehide`, `visibilitychange`, `storage`). */
  dispose: () => void;
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

/** `load` on first use, its promise shared; one that fails (a failed import) is tried again. */
function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
}

/** The state in a stored value, or undefined when it is not JSON (a hand edit, another version). */
function storedStateOf(raw: string): unknown {
  try {
    return (JSON.parse(raw) as { state?: unknown } | null)?.state;
  } catch {
    return undefined;
  }
}

/** Whether `area` is localStorage; reading `localStorage` itself throws where storage is disabled. */
function isLocalStorage(area: Storage | null): boolean {
  try {
    return area !== null && area === localStorage;
  } catch {
    return false;
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
 * Another tab of the app writes the same key, and the last write wins: the `storage` event tells
 * `onOtherTabWrote` the text the other tab stored (read from IndexedDB when it went there), so the
 * app can say so rather than lose a text without a word.
 *
 * Storage is never trusted to work: a refused write and an unreadable stored value are reported
 * or ignored, never thrown into the action that changed the state. The writer's state and what
 * may follow what are in persistWriter.ts; this function does the I/O around it.
 */
export function createPersistStorage<S extends { text?: string }>(
  options: PersistStorageOptions = {},
): TextPersistStorage<S> {
  let state: WriterState<S> = writer.initialWriter();
  const texts = loadOnce(options.textStore ?? indexedDbTextStore);
  /** The keys `persist` reads and writes here: another tab's write of one of them is news. */
  const names = new Set<string>();
  /** The latest other tab's text being read from IndexedDB: an older read that ends later is stale. */
  let otherTabRead: symbol | undefined;

  /** Ordered after any IndexedDB write still running; a copy left behind is never read anyway. */
  const deleteKept = (name: string) => {
    texts()
      .then((store) => store.del(name))
      .catch(() => {});
  };

  const refused = (name: string, value: StorageValue<S>, error: unknown, text: string) => {
    keepPreferences(name, value);
    if (state.copy.told) return;
    state = writer.told(state);
    options.onWriteFailed?.(writeFailedMessage(error, text));
  };

  /** The text in IndexedDB, then the rest and the marker in localStorage: never a marker alone. */
  const writeToIndexedDb = (name: string, value: StorageValue<S>, text: string) => {
    const write = Symbol('IndexedDB write');
    const quota = state.tooLarge?.error;
    state = writer.writeToIndexedDb(state, write);
    const { text: _inIndexedDb, ...preferences } = value.state;
    const marker: TextMarker = { textIn: 'indexeddb', textLength: text.length };
    texts()
      .then((store) => store.set(name, text))
      .then(() => {
        // A later write decides what is stored.
        if (!writer.isLatest(state, write)) return;
        localStorage.setItem(
          name,
          JSON.stringify({ ...value, state: { ...preferences, ...marker } }),
        );
        state = writer.wroteIndexedDb(state);
      })
      .catch(() => {
        // Only now, with nowhere left to keep the text, is it too large to keep.
        if (writer.isLatest(state, write)) refused(name, value, quota, text);
      });
  };

  const write = ({ name, value }: Asked<S>) => {
    state = writer.begin(state);
    const { text } = value.state;
    if (text === undefined) return keepPreferences(name, value);
    if (text !== state.tooLarge?.text) {
      try {
        localStorage.setItem(name, JSON.stringify(value));
        const wasKept = state.copy.at === 'indexedDb';
        state = writer.wroteLocalStorage(state);
        if (wasKept) deleteKept(name);
        return;
      } catch (error) {
        if (!isQuotaError(error)) return refused(name, value, error, text);
        state = writer.refusedForSize(state, text, error);
      }
    }
    writeToIndexedDb(name, value, text);
  };

  /** Writes what waits for typing to pause, if anything does. */
  const flush = () => {
    const { waiting } = state;
    if (!waiting) return;
    clearTimeout(waiting.timer);
    write(waiting.asked);
  };

  const readKeptText = async (name: string) => {
    try {
      const text = await (await texts()).get(name);
      if (typeof text !== 'string') return undefined;
      state = writer.readBack(state);
      return text;
    } catch {
      return undefined;
    }
  };

  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush();
  };

  /** Another tab stored a value: its text goes to `onOtherTabWrote`; preferences alone do not. */
  const onStorage = (event: StorageEvent) => {
    const tell = options.onOtherTabWrote;
    const { key, newValue } = event;
    if (!tell || key === null || newValue === null || !names.has(key)) return;
    if (!isLocalStorage(event.storageArea)) return;
    const read = Symbol('other tab read');
    otherTabRead = read;
    const stored = storedStateOf(newValue);
    const text = (stored as { text?: unknown } | null | undefined)?.text;
    if (typeof text === 'string') return tell(text);
    if (!textMarkerOf(stored)) return;
    void readKeptText(key).then((kept) => {
      if (kept !== undefined && otherTabRead === read) tell(kept);
    });
  };

  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('storage', onStorage);
  }
  return {
    getItem: (name) => {
      names.add(name);
      // Storage may be disabled, or hold what another version or a hand edit left: start afresh.
      try {
        const raw = localStorage.getItem(name);
        return raw === null ? null : (JSON.parse(raw) as StorageValue<S>);
      } catch {
        return null;
      }
    },
    setItem: (name, value) => {
      const asked = { name, value };
      if (writer.isRepeat(state, asked)) return;
      names.add(name);
      clearTimeout(state.waiting?.timer);
      state = writer.ask(state, asked);
      if ((value.state.text?.length ?? 0) <= LARGE_TEXT) write(asked);
      else state = writer.wait(state, asked, setTimeout(flush, WRITE_DELAY_MS));
    },
    removeItem: (name) => {
      clearTimeout(state.waiting?.timer);
      const wasKept = state.copy.at === 'indexedDb';
      state = writer.removed(state);
      try {
        localStorage.removeItem(name);
      } catch {
        // Storage disabled: there is nothing to remove.
      }
      if (wasKept) deleteKept(name);
    },
    writeNow: (name, value) => {
      const asked = { name, value };
      names.add(name);
      clearTimeout(state.waiting?.timer);
      state = writer.ask(state, asked);
      write(asked);
    },
    readKeptText,
    dispose: () => {
      flush();
      if (typeof window === 'undefined') return;
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('storage', onStorage);
    },
  };
}
