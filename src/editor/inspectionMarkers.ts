import type * as Monaco from 'monaco-editor';
import type { WarningMarker, WarningMarkers } from '../core/inspect/warningMarkers.ts';
import { afterNextPaint } from '../store/afterNextPaint.ts';

/**
 * Owner of the inspection warnings' markers, apart from the parse problems ('podcaps') and
 * monaco-yaml's ('yaml'): each source replaces only its own, so a syntax error and a warning
 * never clobber each other.
 */
export const INSPECTION_MARKER_OWNER = 'podcaps-inspection';

/** Converts warnings placed on the text to Monaco markers; `danger` is a warning, not an error. */
export function warningsToMarkers(
  markers: readonly WarningMarker[],
  model: Pick<Monaco.editor.ITextModel, 'getPositionAt'>,
  severity: Pick<typeof Monaco.MarkerSeverity, 'Warning' | 'Info'>,
): Monaco.editor.IMarkerData[] {
  return markers.map((marker) => {
    const start = model.getPositionAt(marker.start);
    const end = model.getPositionAt(Math.max(marker.end, marker.start + 1));
    return {
      message: marker.message,
      severity: marker.severity === 'info' ? severity.Info : severity.Warning,
      code: marker.code,
      source: 'Podcaps',
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    };
  });
}

interface MarkerStore<S> {
  getState(): S;
  subscribe(listener: (state: S, prev: S) => void): () => void;
}

/** How long one slice of {@link bindInspectionMarkers}' preparation may hold the main thread. */
const SLICE_MS = 8;

/**
 * Mirrors `select(state)` as markers on the editor's model. The selector is memoised, so the
 * markers are recomputed only when the manifest or the runtime changed; while the text does not
 * parse, Monaco keeps moving the previous markers along with the edits. With `prepare` (the
 * selector's work in steps), that work runs in slices of a few milliseconds, the page responsive
 * between them; preparing a state that is no longer the store's is abandoned.
 */
export function bindInspectionMarkers<S>(
  monaco: typeof Monaco,
  editor: Monaco.editor.IStandaloneCodeEditor,
  store: MarkerStore<S>,
  select: (state: S) => WarningMarkers | null,
  prepare?: (state: S) => Iterator<void>,
  // The text bridge keeps the model's text as the store's own string, so comparing with it stops
  // at the reference; reading the model instead copies and compares a megabyte on a large file.
  modelText?: () => string,
): Monaco.IDisposable {
  const model = editor.getModel();
  if (!model) throw new Error('the editor has no model');
  const textOf = modelText ?? (() => model.getValue());
  let shown: WarningMarkers | null = null;
  let steps: Iterator<void> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelPaint: (() => void) | undefined;

  const apply = (state: S) => {
    const next = select(state);
    if (next === shown) return;
    // Offsets of another text would land on the wrong characters.
    if (next && next.text !== textOf()) return;
    shown = next;
    const markers = next ? warningsToMarkers(next.markers, model, monaco.MarkerSeverity) : [];
    monaco.editor.setModelMarkers(model, INSPECTION_MARKER_OWNER, markers);
  };

  /** Runs the current preparation for a slice; applies the markers once it is through. */
  const slice = () => {
    timer = undefined;
    if (!steps) return;
    const end = performance.now() + SLICE_MS;
    while (steps) {
      if (steps.next().done) {
        steps = undefined;
        apply(store.getState());
        return;
      }
      if (performance.now() >= end) break;
    }
    timer = setTimeout(slice, 0);
  };

  const update = (state: S, now: boolean) => {
    if (!prepare) return apply(state);
    clearTimeout(timer);
    timer = undefined;
    cancelPaint?.();
    // A newer state replaces the one being prepared: its work would only be dropped.
    steps = prepare(state);
    if (now) return slice();
    // After the frame that shows the change (the text, the capsh panel): the markers of an edit
    // are usually placed within the first slice, one frame later, instead of delaying that frame.
    cancelPaint = afterNextPaint(slice);
  };

  update(store.getState(), true);
  const unsubscribe = store.subscribe((state, prev) => {
    if (state !== prev) update(state, false);
  });
  return {
    dispose() {
      clearTimeout(timer);
      cancelPaint?.();
      steps = undefined;
      unsubscribe();
      monaco.editor.setModelMarkers(model, INSPECTION_MARKER_OWNER, []);
    },
  };
}
