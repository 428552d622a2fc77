/**
 * The state of the storage's writer (persistStorage.ts) and its transitions, as pure functions:
 * the storage does the I/O (localStorage, IndexedDB, timers) and moves one {@link WriterState}
 * through these, so what may follow what is read here and tested without a browser.
 */
import type { StorageValue } from 'zustand/middleware';

/** A write `persist` asked for: the key and the whole value. */
export interface Asked<S> {
  readonly name: string;
  readonly value: StorageValue<S>;
}

/**
 * Where this page's text is stored, as far as the writer knows. `told`: the user has heard of a
 * refused write since the last one that succeeded, so a refusal is said once, not per keystroke.
 */
export type Copy =
  /** In localStorage, or nowhere yet: IndexedDB holds none of this page's texts. */
  | { readonly at: 'localStorage'; readonly told: boolean }
  /**
   * IndexedDB may hold one (written, being written, or read back): a later text that fits
   * localStorage deletes it. `write` names the IndexedDB write still running, if any: only the
   * latest write decides what is stored, so one that ends after a later one began stores nothing.
   */
  | { readonly at: 'indexedDb'; readonly told: boolean; readonly write?: symbol };

export interface WriterState<S> {
  /** What `persist` asked for last (written, waiting or refused): the same again writes nothing. */
  readonly asked?: Asked<S>;
  /** A large text waiting for typing to pause, and the timer that will write it. */
  readonly waiting?: { readonly asked: Asked<S>; readonly timer: ReturnType<typeof setTimeout> };
  readonly copy: Copy;
  /** The text localStorage last refused for size, and how: that text is not offered again. */
  readonly tooLarge?: { readonly text: string; readonly error: unknown };
}

/** Nothing asked, nothing stored by this page. */
export function initialWriter<S>(): WriterState<S> {
  return { copy: { at: 'localStorage', told: false } };
}

/** Whether every persisted field is the same: they are all primitives, so `Object.is` suffices. */
function sameState<S>(a: S, b: S): boolean {
  const keys = Object.keys(a as object) as (keyof S)[];
  return (
    keys.length === Object.keys(b as object).length &&
    keys.every((key) => Object.is(a[key], b[key]))
  );
}

/** Whether `asked` repeats the last request field for field: `persist` asks after every `set`. */
export function isRepeat<S>(state: WriterState<S>, asked: Asked<S>): boolean {
  const last = state.asked;
  return (
    last !== undefined && last.name === asked.name && sameState(last.value.state, asked.value.state)
  );
}

/** A new request: it replaces whatever waited (the storage clears that timer). */
export function ask<S>(state: WriterState<S>, asked: Asked<S>): WriterState<S> {
  return { ...state, asked, waiting: undefined };
}

/** The request waits for typing to pause; `timer` will write it. */
export function wait<S>(
  state: WriterState<S>,
  asked: Asked<S>,
  timer: ReturnType<typeof setTimeout>,
): WriterState<S> {
  return { ...state, waiting: { asked, timer } };
}

/**
 * A write begins (of what waited, or of a request at once): nothing waits any more, and an
 * IndexedDB write still running is overtaken.
 */
export function begin<S>(state: WriterState<S>): WriterState<S> {
  const { copy } = state;
  return {
    ...state,
    waiting: undefined,
    copy: copy.at === 'indexedDb' ? { at: 'indexedDb', told: copy.told } : copy,
  };
}

/** The text went to localStorage: a refusal may be told again, IndexedDB holds nothing needed. */
export function wroteLocalStorage<S>(state: WriterState<S>): WriterState<S> {
  return { ...state, copy: { at: 'localStorage', told: false } };
}

/** localStorage refused `text` for its size (`error`). */
export function refusedForSize<S>(
  state: WriterState<S>,
  text: string,
  error: unknown,
): WriterState<S> {
  return { ...state, tooLarge: { text, error } };
}

/** The text goes to IndexedDB, as the write `write`. */
export function writeToIndexedDb<S>(state: WriterState<S>, write: symbol): WriterState<S> {
  return { ...state, copy: { at: 'indexedDb', told: state.copy.told, write } };
}

/** Whether `write` is still the latest write: only then does its outcome count. */
export function isLatest<S>(state: WriterState<S>, write: symbol): boolean {
  return state.copy.at === 'indexedDb' && state.copy.write === write;
}

/** The IndexedDB write and its marker in localStorage are done. */
export function wroteIndexedDb<S>(state: WriterState<S>): WriterState<S> {
  return { ...state, copy: { at: 'indexedDb', told: false } };
}

/** A write was refused and the user told (the storage tells only when `copy.told` was false). */
export function told<S>(state: WriterState<S>): WriterState<S> {
  const { copy } = state;
  return {
    ...state,
    copy: copy.at === 'indexedDb' ? { at: 'indexedDb', told: true } : { ...copy, told: true },
  };
}

/** A text was read back from IndexedDB: the copy there is this page's now. */
export function readBack<S>(state: WriterState<S>): WriterState<S> {
  const { copy } = state;
  return copy.at === 'indexedDb' ? state : { ...state, copy: { at: 'indexedDb', told: copy.told } };
}

/**
 * The stored value was removed: nothing is asked or waits, any IndexedDB write is overtaken, and
 * the IndexedDB copy is deleted (by the storage, when `copy.at` was `indexedDb`).
 */
export function removed<S>(state: WriterState<S>): WriterState<S> {
  return {
    ...state,
    asked: undefined,
    waiting: undefined,
    copy: { at: 'localStorage', told: state.copy.told },
  };
}
