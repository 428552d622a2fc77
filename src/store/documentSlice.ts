import type { StateCreator } from 'zustand';
import { analyzeText, freshAnalysis } from './analysis.ts';
import type { AppState, AppMiddlewares } from './appState.ts';
import { BACKGROUND_READ, canReadInBackground, readInBackground } from './backgroundRead.ts';
import { EXAMPLE_MANIFEST } from '../core/example.ts';
import { loadParserCode, parserCode } from './parserCode.ts';
import type { TextOrigin } from './textOrigin.ts';

export interface DocumentSlice {
  /** The manifest text: the single source of truth. */
  text: string;
  /** Where the latest change of `text` came from (the editor bridge acts on it). */
  textOrigin: TextOrigin;
  /**
   * Whether the text waits for a read that cannot happen at once: the parser's code is still
   * loading (a few milliseconds after first paint), or a worker reads a large text. The toggles
   * wait meanwhile; the analysis is the previous text's (or none after a load) until the read.
   */
  reading: boolean;
  /**
   * Whether the text of last time is still being read back from IndexedDB (where a text too large
   * for localStorage is kept): `text` is empty and nothing reads it until the store loads the text
   * read back, or the example. Any text set meanwhile (a file opened, a link) ends the wait.
   */
  restoring: boolean;
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

/** Whether the views should say the text is being read: nothing they show describes it yet. */
export function selectReadingText(state: AppState): boolean {
  return state.restoring || (state.reading && state.parsedText !== state.text);
}

let pending: ReturnType<typeof setTimeout> | undefined;
/** Bumped by every text change: a background read of an older version is stale. */
let version = 0;
let inFlight = false;
let workerFailed = false;

export const createDocumentSlice: StateCreator<AppState, AppMiddlewares, [], DocumentSlice> = (
  set,
  get,
) => {
  /** Reads the current text, here or (large and mostly unseen) in the worker. */
  const parseCurrent = (here = false) => {
    clearTimeout(pending);
    pending = undefined;
    // The empty text that stands for one still being read back: its analysis would mislead.
    if (get().restoring) return;
    const code = parserCode();
    // The parser's arrival reads the text then.
    if (!code) return set({ reading: true });
    const { text, node } = get();
    const background =
      !here &&
      !workerFailed &&
      canReadInBackground() &&
      text.length > BACKGROUND_READ &&
      code.reader.unreadLength(text) > BACKGROUND_READ;
    if (background) {
      set({ reading: true });
      readLater();
      return;
    }
    const next = analyzeText(code.reader, get(), text, node);
    // A parse that finishes after the text moved on describes stale text: drop it.
    if (get().text === next.parsedText) set({ ...next, reading: false });
  };

  /**
   * One worker read at a time. What it learned is adopted even when the text moved on meanwhile
   * (its pieces are valid cache entries), but only the current text's read is ever shown.
   */
  const readLater = () => {
    const code = parserCode();
    if (inFlight || !code) return;
    inFlight = true;
    const asked = version;
    const { text } = get();
    readInBackground(text)
      .then(
        (snapshot) => code.reader.adopt(text, snapshot),
        () => {
          // No worker (a blocked script, an old browser): read here, as before.
          workerFailed = true;
        },
      )
      .finally(() => {
        inFlight = false;
        const current = asked === version;
        // The current text: read here from the adopted pieces. A newer one still waiting (no
        // debounce pending): decide again, with what the worker learned in the cache.
        if (current) parseCurrent(true);
        else if (get().reading && pending === undefined) parseCurrent();
      });
  };

  void loadParserCode().then(
    () => parseCurrent(),
    () => get().announce('Could not load the YAML reader: reload the page.', true),
  );

  return {
    text: EXAMPLE_MANIFEST,
    textOrigin: 'load',
    reading: true,
    restoring: false,
    setText: (text, textOrigin) => {
      version++;
      // A loaded document keeps nothing of the previous one, even while it waits to be read.
      set(
        textOrigin === 'load'
          ? { text, textOrigin, restoring: false, ...freshAnalysis(get()) }
          : { text, textOrigin, restoring: false },
      );
      clearTimeout(pending);
      if (text.length > LARGE_TEXT && textOrigin === 'typing') {
        pending = setTimeout(() => parseCurrent(), PARSE_DELAY_MS);
      } else {
        parseCurrent();
      }
    },
    loadText: (text) => get().setText(text, 'load'),
    resetToExample: () => get().setText(EXAMPLE_MANIFEST, 'load'),
    flushParse: () => {
      if (get().parsedText !== get().text) parseCurrent();
    },
  };
};
