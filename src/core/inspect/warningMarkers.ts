import { containerWarnings } from './inspectContainer.ts';
import type { InspectionWarning, Severity, WarningCode } from './warning.ts';
import { type DocumentHandle, documentOf, type TextRange } from '../manifest/documentHandle.ts';
import type { Manifest, WorkloadRef } from '../model.ts';
import type { NodeLike } from '../node/nodeProfile.ts';
import type { Analysis } from '../analysis/analysis.ts';
import { type OffsetRange, warningRange } from './warningRange.ts';

/** One warning placed on the text, for an editor marker. */
export interface WarningMarker {
  readonly start: number;
  readonly end: number;
  readonly severity: Severity;
  readonly code: WarningCode;
  /** `workload / container: message`, so a marker says which container it is about. */
  readonly message: string;
}

/** The markers and the text whose offsets they use (the editor applies them only to that text). */
export interface WarningMarkers {
  readonly text: string;
  readonly markers: readonly WarningMarker[];
}

function workloadWarnings(manifest: Manifest, workload: WorkloadRef, node: NodeLike) {
  return workload.containers.flatMap((container) =>
    containerWarnings(manifest, container, node).map((warning) => ({ container, warning })),
  );
}

function markerOf(
  workload: WorkloadRef,
  containerName: string,
  warning: InspectionWarning,
  range: OffsetRange,
): WarningMarker {
  return {
    ...range,
    severity: warning.severity,
    code: warning.code,
    message: `${workload.name} / ${containerName}: ${warning.message}`,
  };
}

/** A workload's markers with offsets from the start of the piece that holds it. */
interface PieceMarkers {
  readonly piece: string;
  readonly node: NodeLike;
  readonly markers: readonly WarningMarker[];
}

// The incremental reader hands out the same WorkloadRef while its piece of text is unchanged, so
// a keystroke recomputes the warnings (and parses for their ranges) of the edited document only.
const byWorkload = new WeakMap<WorkloadRef, PieceMarkers>();

/** The workload's markers, offsets from the start of `piece`, the piece its `document` works on. */
function pieceMarkers(
  manifest: Manifest,
  workload: WorkloadRef,
  node: NodeLike,
  document: DocumentHandle,
  at: TextRange,
): readonly WarningMarker[] {
  const piece = manifest.text.slice(at.start, at.end);
  const cached = byWorkload.get(workload);
  if (cached && cached.node === node && cached.piece === piece) return cached.markers;
  const markers: WarningMarker[] = [];
  // Only a document with warnings is parsed again, and only its piece.
  for (const { container, warning } of workloadWarnings(manifest, workload, node)) {
    const path = warning.paths[0];
    const range = path && document.rangeOf(path);
    if (!range) continue;
    const inPiece = { start: range.start - at.start, end: range.end - at.start };
    markers.push(markerOf(workload, container.name, warning, inPiece));
  }
  byWorkload.set(workload, { piece, node, markers });
  return markers;
}

/** Places the markers of `manifest`, one workload per step (see {@link warningMarkerSteps}). */
function* markerSteps(
  manifest: Manifest,
  node: NodeLike,
  markers: WarningMarker[],
): Generator<void, void, void> {
  for (const workload of manifest.workloads) {
    const document = documentOf(manifest, workload.documentIndex);
    const at = document.piece;
    if (at) {
      for (const m of pieceMarkers(manifest, workload, node, document, at)) {
        markers.push({ ...m, start: m.start + at.start, end: m.end + at.start });
      }
    } else {
      for (const { container, warning } of workloadWarnings(manifest, workload, node)) {
        const range = warningRange({ text: manifest.text, manifest }, warning);
        if (range) markers.push(markerOf(workload, container.name, warning, range));
      }
    }
    yield;
  }
}

interface MarkerState {
  readonly analysis: Pick<Analysis, 'manifest'>;
  readonly node: NodeLike;
}

/**
 * The markers placed for a manifest and the node they were placed for: reused while those stay
 * the same. Keyed by the manifest (each store's reads are its own objects), so nothing of one
 * store's text is kept past that manifest or seen by another store.
 */
const placedFor = new WeakMap<
  Manifest,
  { readonly node: NodeLike; readonly markers: WarningMarkers }
>();

function placed(manifest: Manifest, node: NodeLike): WarningMarkers | undefined {
  const entry = placedFor.get(manifest);
  return entry?.node === node ? entry.markers : undefined;
}

/**
 * The work {@link selectWarningMarkers} does for `state`, one workload per step, so the editor can
 * spread it over several tasks: a newly opened 5 MB file has thousands of workloads to place, about
 * a second of parsing. Once the steps ran, the selector returns their result. No steps when the
 * markers' inputs did not change (most store changes: a status message, a selection).
 */
export function* warningMarkerSteps(state: MarkerState): Generator<void, void, void> {
  const { node } = state;
  const { manifest } = state.analysis;
  if (!manifest || placed(manifest, node)) return;
  const markers: WarningMarker[] = [];
  yield* markerSteps(manifest, node, markers);
  placedFor.set(manifest, { node, markers: { text: manifest.text, markers } });
}

/**
 * The warnings of every container in the file on the selected node, placed on the text: a
 * user scrolling a ten-document file expects to see every offending line, not only the selected
 * container's. Same object while the manifest and node are unchanged.
 */
export function selectWarningMarkers(state: MarkerState): WarningMarkers | null {
  const { manifest } = state.analysis;
  if (!manifest) return null;
  const steps = warningMarkerSteps(state);
  while (!steps.next().done);
  return placed(manifest, state.node) ?? null;
}
