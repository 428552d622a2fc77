import type * as Monaco from 'monaco-editor';
import type { TextEdit } from '../core/manifest/editResult.ts';
import type { TextProblem } from '../core/model.ts';
import type { RevealRequest } from '../store/selectionSlice.ts';
import type { TextChange, TextOrigin } from '../store/textOrigin.ts';
import type { TextPhase } from '../store/textPhase.ts';
import { PODCAPS_MARKER_OWNER, problemsToMarkers } from './problemMarkers.ts';
import { smallestEdit } from './textDiff.ts';

/** {@link smallestEdit} as the core's TextEdit. */
function diffEdit(before: string, after: string): TextEdit {
  const { start, end, text } = smallestEdit(before, after);
  return { start, end, insert: text };
}

/** The part of the app store the editor relies on. */
export interface EditorStoreState {
  readonly text: string;
  readonly textOrigin: TextOrigin;
  /** The edits that made `text` from the text before, when the change came with them. */
  readonly textEdits: readonly TextEdit[] | null;
  readonly setText: (text: string, change: TextChange) => void;
  /** The latest read: its problems describe its text. */
  readonly analysis: { readonly text: string; readonly problems: readonly TextProblem[] };
  readonly revealRequest: RevealRequest | null;
  /** `restoring` while last time's text is read back: the model holds an empty stand-in for it. */
  readonly phase: TextPhase;
}

export interface EditorStore {
  getState(): EditorStoreState;
  subscribe(listener: (state: EditorStoreState, prev: EditorStoreState) => void): () => void;
}

export interface EditorBinding extends Monaco.IDisposable {
  /** What the model holds, as the bridge last saw it: the store's own string whenever they agree. */
  readonly modelText: () => string;
}

/** Edit source shown in Monaco's undo history for checklist edits. */
export const FORM_EDIT_SOURCE = 'podcaps-form';
/** Edit source of a whole new text: Open file, a dropped file, Reset to example. */
export const LOAD_SOURCE = 'podcaps-load';
/**
 * Above this many characters a new text replaces the model with setValue, forgetting the undo
 * history: inserting it as an edit costs about three times as long (5 MB: ~350 ms in one task,
 * against ~120 ms), and the history would keep the megabytes it replaced.
 */
export const UNDOABLE_LOAD = 1_000_000;

/**
 * The line break Monaco gives a model made from `text`: CRLF when carriage returns are more than
 * half of the line breaks, `fallback` when there are none (Monaco's rule for a new text buffer).
 */
export function lineBreakOf(text: string, fallback: string): string {
  const count = (s: string) => {
    let n = 0;
    for (let i = text.indexOf(s); i !== -1; i = text.indexOf(s, i + s.length)) n++;
    return n;
  };
  const cr = count('\r');
  const lf = count('\n');
  const breaks = cr + lf - (cr > 0 ? count('\r\n') : 0);
  if (breaks === 0) return fallback;
  return cr > breaks / 2 ? '\r\n' : '\n';
}

/**
 * Keeps a Monaco editor and the store's text in step, outside React renders:
 * Monaco's own edits go to the store as `typing` or `undo`; store changes that did not come from
 * Monaco go to the model: a `load` replacing its whole text, a change with the core's edits as
 * those edits, anything else as the smallest single edit; each one undo step. Also mirrors the
 * parse problems as markers and serves reveal requests.
 */
export function bindEditorToStore(
  monaco: typeof Monaco,
  editor: Monaco.editor.IStandaloneCodeEditor,
  store: EditorStore,
): EditorBinding {
  const model = editor.getModel();
  if (!model) throw new Error('the editor has no model');

  // What the model holds as far as the store is concerned; compared instead of calling
  // model.getValue() on every store change, which costs a full copy on large documents.
  let modelText = model.getValue();
  // Set while the bridge itself edits the model, so the change listener does not echo it back.
  let applying = false;

  /** Monaco edits of `edits`, offsets into the text the model holds now. */
  const rangesOf = (edits: readonly TextEdit[]) =>
    edits.map(({ start, end, insert }) => {
      const from = model.getPositionAt(start);
      const to = model.getPositionAt(end);
      const range = new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column);
      return { range, text: insert, forceMoveMarkers: true };
    });

  const applyToModel = (state: EditorStoreState, prev: EditorStoreState) => {
    // The text Monaco was handed as is: it rewrites only line breaks that differ from the model's.
    let inserted = state.text;
    applying = true;
    try {
      if (state.textOrigin === 'load' && state.text.length > UNDOABLE_LOAD) {
        model.setValue(state.text);
      } else if (state.textOrigin === 'load') {
        // Open file, a drop or Reset to example replace the whole text, but as one undo step
        // (not setValue, which forgets the history): Ctrl+Z brings back the text they replaced.
        const eol = lineBreakOf(state.text, model.getEOL());
        editor.pushUndoStop();
        // The line break Monaco would have picked for this text on its own (it normalises to one).
        if (eol !== model.getEOL()) {
          model.pushEOL(
            eol === '\r\n'
              ? monaco.editor.EndOfLineSequence.CRLF
              : monaco.editor.EndOfLineSequence.LF,
          );
        }
        editor.executeEdits(LOAD_SOURCE, [{ range: model.getFullModelRange(), text: state.text }]);
        editor.pushUndoStop();
        editor.setPosition({ lineNumber: 1, column: 1 });
        editor.revealLine(1);
      } else {
        // The core's edits, as they are, when they apply to what the model holds: a change of two
        // nodes far apart leaves every marker, fold and cursor between them where it was. Else
        // (no edits, or the model differs) the smallest single edit between the two texts.
        const edits: readonly TextEdit[] =
          state.textEdits && prev.text === modelText
            ? state.textEdits
            : [diffEdit(modelText, state.text)];
        inserted = edits.map((e) => e.insert).join('');
        // Undo stops on both sides make the change exactly one step of Ctrl+Z.
        editor.pushUndoStop();
        editor.executeEdits(FORM_EDIT_SOURCE, rangesOf(edits));
        editor.pushUndoStop();
      }
    } finally {
      applying = false;
    }
    // Without a carriage return in what went in and with `\n` line breaks, the model holds exactly
    // the store's text: keeping that very string (not a copy read back, a megabyte on large files)
    // lets every later comparison with the store's text or its parse stop at the reference. Only
    // otherwise can Monaco have normalised line endings, and the model is read back.
    modelText = model.getEOL() === '\n' && !inserted.includes('\r') ? state.text : model.getValue();
  };

  // Whether the model may hold markers of ours (unknown at first, so the first read sets them):
  // every read brings a new list, most often empty, and setting none over none would still make
  // Monaco recompute the model's decorations on every toggle and keystroke.
  let hasMarkers = true;
  const applyProblems = (state: EditorStoreState) => {
    // Problems of an older text (a debounced parse is pending) would land on the wrong characters;
    // Monaco keeps moving the previous markers along with the edits until the new parse arrives.
    if (state.analysis.text !== modelText) return;
    if (state.analysis.problems.length === 0 && !hasMarkers) return;
    const markers = problemsToMarkers(state.analysis.problems, model, monaco.MarkerSeverity);
    monaco.editor.setModelMarkers(model, PODCAPS_MARKER_OWNER, markers);
    hasMarkers = markers.length > 0;
  };

  const reveal = ({ start, end }: RevealRequest) => {
    const from = model.getPositionAt(start);
    const to = model.getPositionAt(end);
    const range = new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column);
    editor.setSelection(range);
    editor.revealRangeInCenter(range);
    editor.focus();
  };

  const initial = store.getState();
  if (initial.text !== modelText) {
    // The editor opens on the store's text: nothing before it to undo to.
    applying = true;
    try {
      model.setValue(initial.text);
    } finally {
      applying = false;
    }
    modelText = model.getValue();
  } else modelText = initial.text;
  applyProblems(initial);
  // Typing into the stand-in would replace the text being read back (and then its stored copy).
  editor.updateOptions({ readOnly: initial.phase === 'restoring' });

  const contentListener = model.onDidChangeContent((event) => {
    if (applying) return;
    modelText = model.getValue();
    const origin = event.isUndoing || event.isRedoing ? 'undo' : 'typing';
    store.getState().setText(modelText, { origin });
  });

  const unsubscribe = store.subscribe((state, prev) => {
    // Text equal to the model's is Monaco's own change coming back: nothing to apply.
    if (state.text !== prev.text && state.text !== modelText) applyToModel(state, prev);
    if (
      state.analysis.problems !== prev.analysis.problems ||
      state.analysis.text !== prev.analysis.text
    ) {
      applyProblems(state);
    }
    if (state.revealRequest && state.revealRequest !== prev.revealRequest) {
      reveal(state.revealRequest);
    }
    const restoring = state.phase === 'restoring';
    if (restoring !== (prev.phase === 'restoring')) editor.updateOptions({ readOnly: restoring });
  });

  let disposed = false;
  return {
    modelText: () => modelText,
    dispose() {
      if (disposed) return;
      disposed = true;
      unsubscribe();
      contentListener.dispose();
      // Markers are kept by URI, not by model: a remounted editor must not inherit stale ones.
      monaco.editor.setModelMarkers(model, PODCAPS_MARKER_OWNER, []);
    },
  };
}
