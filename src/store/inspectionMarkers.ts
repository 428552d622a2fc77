import { containerWarnings } from '../core/inspect/inspectContainer.ts';
import type { InspectionWarning, Severity, WarningCode } from '../core/inspect/warning.ts';
import { trimmedRangeOfPath } from '../core/manifest/parse.ts';
import { documentInSpan } from '../core/manifest/pieceDocument.ts';
import type { DocumentSpan, ManifestReader } from '../core/manifest/reader.ts';
import type { Manifest, WorkloadRef } from '../core/model.ts';
import type { NodeLike } from '../core/node/nodeProfile.ts';
import type { Analysis } from '../core/analysis/analysis.ts';
import { type OffsetRange, warningRange } from './inspectionRanges.ts';

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

function pieceMarkers(
  manifest: Manifest,
  workload: WorkloadRef,
  node: NodeLike,
  span: DocumentSpan,
): readonly WarningMarker[] {
  const piece = manifest.text.slice(span.start, span.end);
  const cached = byWorkload.get(workload);
  if (cached && cached.node === node && cached.piece === piece) return cached.markers;
  const found = workloadWarnings(manifest, workload, node);
  // Only a document with warnings is parsed again, and only its piece.
  const inPiece = found.length > 0 ? documentInSpan(manifest.text, span) : undefined;
  const markers: WarningMarker[] = [];
  for (const { container, warning } of found) {
    const path = warning.paths[0];
    const range = inPiece && path ? trimmedRangeOfPath(piece, inPiece.doc, path) : undefined;
    if (range) markers.push(markerOf(workload, container.name, warning, range));
  }
  byWorkload.set(workload, { piece, node, markers });
  return markers;
}

/** Places the markers of `manifest`, one workload per step (see {@link warningMarkerSteps}). */
function* markerSteps(
  manifest: Manifest,
  node: NodeLike,
  reader: ManifestReader | undefined,
  markers: WarningMarker[],
): Generator<void, void, void> {
  for (const workload of manifest.workloads) {
    const span = reader?.documentSpan(manifest.text, workload.documentIndex);
    if (span) {
      for (const m of pieceMarkers(manifest, workload, node, span)) {
        markers.push({ ...m, start: m.start + span.start, end: m.end + span.start });
      }
    } else {
      for (const { container, warning } of workloadWarnings(manifest, workload, node)) {
        const range = warningRange(manifest.text, warning);
        if (range) markers.push(markerOf(workload, container.name, warning, range));
      }
    }
    yield;
  }
}

interface MarkerState {
  readonly analysis: Pick<Analysis, 'manifest'>;
  readonly node: NodeLike;
  readonly reader?: ManifestReader;
}

/** The markers last placed and what they were placed for: reused while those stay the same. */
let last:
  | {
      readonly manifest: Manifest;
      readonly node: NodeLike;
      readonly reader: ManifestReader | undefined;
      readonly markers: WarningMarkers;
    }
  | undefined;

function inputsOf(state: MarkerState) {
  return {
    manifest: state.analysis.manifest,
    node: state.node,
    reader: state.reader,
  };
}

function lastFor({ manifest, node, reader }: ReturnType<typeof inputsOf>) {
  return last?.manifest === manifest && last.node === node && last.reader === reader
    ? last.markers
    : undefined;
}

/**
 * The work {@link selectWarningMarkers} does for `state`, one workload per step, so the editor can
 * spread it over several tasks: a newly opened 5 MB file has thousands of workloads to place, about
 * a second of parsing. Once the steps ran, the selector returns their result. No steps when the
 * markers' inputs did not change (most store changes: a status message, a selection).
 */
export function* warningMarkerSteps(state: MarkerState): Generator<void, void, void> {
  const inputs = inputsOf(state);
  const { manifest, node, reader } = inputs;
  if (!manifest || lastFor(inputs)) return;
  const markers: WarningMarker[] = [];
  yield* markerSteps(manifest, node, reader, markers);
  last = { manifest, node, reader, markers: { text: manifest.text, markers } };
}

/**
 * The warnings of every container in the file on the selected node, placed on the text: a
 * user scrolling a ten-document file expects to see every offending line, not only the selected
 * container's. Same object while the manifest and node are unchanged.
 */
export function selectWarningMarkers(state: MarkerState): WarningMarkers | null {
  const inputs = inputsOf(state);
  if (!inputs.manifest) return null;
  const steps = warningMarkerSteps(state);
  while (!steps.next().done);
  return lastFor(inputs) ?? null;
}
