import type { StateCreator } from 'zustand';
import { createManifestReader, type ManifestReader } from '../core/manifest/reader.ts';
import { analyzeText } from './analysis.ts';
import type { AppState, AppMiddlewares } from './appState.ts';
import { EXAMPLE_MANIFEST } from './example.ts';
import type { TextOrigin } from './textOrigin.ts';

export interface DocumentSlice {
  /**
   * The store's one incremental reader: it keeps the pieces of the text read last, so a keystroke
   * in a 1 MB manifest re-parses one document, and a form edit can parse only its document.
   */
  readonly reader: ManifestReader;
  /** The manifest text: the single source of truth. */
  text: string;
  /** Where the latest change of `text` came from (the editor bridge acts on it). */
  textOrigin: TextOrigin;
  /** The one way to change the text. */
  setText: (text: string, origin: TextOrigin) => void;
  /** Replaces the whole document (open file, link, drop): the editor starts a new undo history. */
  loadText: (text: string) => void;
  resetToExample: () => void;
  /** Parses now if a debounced parse is pending, so form edits never act on a stale parse. */
  flushParse: () => void;
}

/** Above this size a keystroke no longer re-parses at once (SPEC: "debounced for large documents"). */
export const LARGE_TEXT = 20_000;
/**
 * Short: the incremental reader re-reads a keystroke in a 1 MB text in a few milliseconds, so the
 * delay only gathers a burst of keystrokes into one read, and the panels follow within 100 ms.
 */
export const PARSE_DELAY_MS = 50;

let pending: ReturnType<typeof setTimeout> | undefined;

export const createDocumentSlice: StateCreator<AppState, AppMiddlewares, [], DocumentSlice> = (
  set,
  get,
) => {
  const parseCurrent = (fresh = false) => {
    clearTimeout(pending);
    pending = undefined;
    const { text, runtime } = get();
    const next = analyzeText(get().reader, get(), text, runtime, fresh);
    // A parse that finishes after the text moved on describes stale text: drop it.
    if (get().text === next.parsedText) set(next);
  };

  return {
    reader: createManifestReader(),
    text: EXAMPLE_MANIFEST,
    textOrigin: 'load',
    setText: (text, textOrigin) => {
      set({ text, textOrigin });
      clearTimeout(pending);
      if (text.length > LARGE_TEXT && textOrigin === 'typing') {
        pending = setTimeout(parseCurrent, PARSE_DELAY_MS);
      } else {
        parseCurrent(textOrigin === 'load');
      }
    },
    loadText: (text) => get().setText(text, 'load'),
    resetToExample: () => get().setText(EXAMPLE_MANIFEST, 'load'),
    flushParse: () => {
      if (get().parsedText !== get().text) parseCurrent();
    },
  };
};
