import type { StateCreator } from 'zustand';
import { analyzeText, freshAnalysis } from '../core/analysis/analysis.ts';
import { EXAMPLE_MANIFEST } from '../core/example.ts';
import type { TextEdit } from '../core/manifest/editResult.ts';
import type { AppState, AppMiddlewares } from './appState.ts';
import { BACKGROUND_READ } from './backgroundRead.ts';
import type { ParserCode } from './parserCode.ts';
import type { StoreRuntime } from './storeRuntime.ts';
import type { TextChange, TextOrigin } from './textOrigin.ts';
import { readPhase, type TextPhase } from './textPhase.ts';

export interface DocumentSlice {
  /** The manifest text: the single source of truth. */
  text: string;
  /** Where the latest change of `text` came from (the editor bridge acts on it). */
  textOrigin: TextOrigin;
  /** The core's edits that made `text` from the text before, when the change came with them. */
  textEdits: readonly TextEdit[] | null;
  /** Where the text is in its read; see {@link TextPhase}. */
  phase: TextPhase;
  /** The one way to change the text. */
  setText: (text: string, change: TextChange) => void;
  /** Replaces the whole document (open file, link, drop): the editor starts a new undo history. */
  loadText: (text: string) => void;
  resetToExample: () => void;
  /** Reads now if a read is due, so actions never act on an older text's analysis. */
  flushParse: () => void;
}

/** Above this size a keystroke no longer re-parses at once (SPEC: "debounced for large documents"). */
export const LARGE_TEXT = 20_000;
/**
 * Short: the incremental reader re-reads a keystroke in a 1 MB text in a few milliseconds, so the
 * delay only gathers a burst of keystrokes into one read, and the panels follow within 100 ms.
 */
export const PARSE_DELAY_MS = 50;

/**
 * The text and its read. What the read needs besides the state lives in this closure, one per
 * store: the pending debounce, a version counter that makes a worker's late answer stale, and
 * whether the worker failed (then everything is read here).
 */
export function createDocumentSlice(
  runtime: StoreRuntime,
): StateCreator<AppState, AppMiddlewares, [], DocumentSlice> {
  return (set, get) => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    /** Bumped by every text change: a background read of an older version is stale. */
    let version = 0;
    let inFlight = false;
    let workerFailed = false;
    runtime.onDispose(() => clearTimeout(pending));

    /** `text` read here, against the current analysis and node: the state that describes it. */
    const readHere = (code: ParserCode, text: string) => {
      const { analysis, node } = get();
      const next = analyzeText(code.reader, analysis, text, node);
      return { analysis: next, phase: readPhase(next) };
    };

    /** Reads the current text, here or (large and mostly unseen) in the worker. */
    const parseCurrent = (here = false) => {
      clearTimeout(pending);
      pending = undefined;
      // The empty text that stands for one still being read back: its analysis would mislead.
      if (get().phase === 'restoring') return;
      const code = runtime.parser();
      // The parser's arrival reads the text then.
      if (!code) return set({ phase: 'loading-parser' });
      const { text } = get();
      const background =
        !here &&
        !workerFailed &&
        runtime.backgroundReader !== undefined &&
        text.length > BACKGROUND_READ &&
        code.reader.unreadLength(text) > BACKGROUND_READ;
      if (background) {
        set({ phase: 'reading-worker' });
        readLater();
        return;
      }
      const read = readHere(code, text);
      // A read that finishes after the text moved on describes stale text: drop it.
      if (get().text === read.analysis.text) set(read);
    };

    /**
     * One worker read at a time. What it learned is adopted even when the text moved on meanwhile
     * (its pieces are valid cache entries), but only the current text's read is ever shown.
     */
    const readLater = () => {
      const code = runtime.parser();
      const worker = runtime.backgroundReader;
      if (inFlight || !code || !worker) return;
      inFlight = true;
      const asked = version;
      const { text } = get();
      worker
        .read(text)
        .then(
          (snapshot) => code.reader.adopt(text, snapshot),
          () => {
            // No worker (a blocked script, an old browser): read here, as before.
            workerFailed = true;
          },
        )
        .finally(() => {
          inFlight = false;
          // The current text: read here from the adopted pieces. A newer one still waiting (no
          // debounce pending): decide again, with what the worker learned in the cache.
          if (asked === version) parseCurrent(true);
          else if (get().phase === 'reading-worker' && pending === undefined) parseCurrent();
        });
    };

    void runtime.parserLoaded().then(
      () => parseCurrent(),
      () => get().announce('Could not load the YAML reader: reload the page.', true),
    );

    return {
      text: EXAMPLE_MANIFEST,
      textOrigin: 'load',
      textEdits: null,
      phase: 'loading-parser',
      setText: (text, { origin, edits }) => {
        version++;
        const before = get().phase;
        const settled = before === 'ready' || before === 'invalid' || before === 'parsing';
        const change = { text, textOrigin: origin, textEdits: edits ?? null };
        clearTimeout(pending);
        pending = undefined;
        // A keystroke or a form edit of a text read to the end changes one piece: no need to ask
        // whether the worker should read it (that splits the whole text once more).
        const here = (origin === 'typing' || origin === 'form') && settled;
        const debounced = text.length > LARGE_TEXT && origin === 'typing';
        const code = runtime.parser();
        if (here && !debounced && code) {
          // Read before the text is set, so that the views and the editor are told once, of the
          // text and its read together, not once with the text and again with the read.
          set({ ...change, ...readHere(code, text) });
          return;
        }
        // A loaded document keeps nothing of the previous one, even while it waits to be read.
        set(
          origin === 'load'
            ? { ...change, phase: 'parsing', analysis: freshAnalysis(get().analysis) }
            : { ...change, phase: 'parsing' },
        );
        if (debounced) {
          pending = setTimeout(() => parseCurrent(here), PARSE_DELAY_MS);
        } else {
          parseCurrent(here);
        }
      },
      loadText: (text) => get().setText(text, { origin: 'load' }),
      resetToExample: () => get().setText(EXAMPLE_MANIFEST, { origin: 'load' }),
      flushParse: () => {
        const { phase } = get();
        if (phase === 'parsing' || (phase === 'loading-parser' && runtime.parser())) {
          parseCurrent();
        }
      },
    };
  };
}
