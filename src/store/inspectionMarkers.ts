import { containerWarnings } from '../core/inspect/inspectContainer.ts';
import type { InspectionWarning, Severity, WarningCode } from '../core/inspect/warning.ts';
import { parseManifestDocuments, rangeOfPath } from '../core/manifest/parse.ts';
import type { DocumentSpan, ManifestReader } from '../core/manifest/reader.ts';
import type { Manifest, RuntimeId, WorkloadRef } from '../core/model.ts';
import type { Analysis } from './analysis.ts';
import { memoizeLast } from './inspectionMemo.ts';
import { type OffsetRange, trimmedRange, warningRange } from './inspectionRanges.ts';

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

function workloadWarnings(manifest: Manifest, workload: WorkloadRef, runtime: RuntimeId) {
  return workload.containers.flatMap((container) =>
    containerWarnings(manifest, container, runtime).map((warning) => ({ container, warning })),
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
  readonly runtime: RuntimeId;
  readonly markers: readonly WarningMarker[];
}

// The incremental reader hands out the same WorkloadRef while its piece of text is unchanged, so
// a keystroke recomputes the warnings (and parses for their ranges) of the edited document only.
const byWorkload = new WeakMap<WorkloadRef, PieceMarkers>();

function pieceMarkers(
  manifest: Manifest,
  workload: WorkloadRef,
  runtime: RuntimeId,
  span: DocumentSpan,
): readonly WarningMarker[] {
  const piece = manifest.text.slice(span.start, span.end);
  const cached = byWorkload.get(workload);
  if (cached && cached.runtime === runtime && cached.piece === piece) return cached.markers;
  const found = workloadWarnings(manifest, workload, runtime);
  // Only a document with warnings is parsed again, and only its piece.
  const doc =
    found.length > 0 ? parseManifestDocuments(piece).documents[span.documentIndex] : undefined;
  const markers: WarningMarker[] = [];
  for (const { container, warning } of found) {
    const path = warning.paths[0];
    const range = doc && path ? rangeOfPath(doc, path) : undefined;
    if (range)
      markers.push(markerOf(workload, container.name, warning, trimmedRange(piece, range)));
  }
  byWorkload.set(workload, { piece, runtime, markers });
  return markers;
}

function markersOf(
  manifest: Manifest,
  runtime: RuntimeId,
  reader: ManifestReader | undefined,
): WarningMarker[] {
  const markers: WarningMarker[] = [];
  for (const workload of manifest.workloads) {
    const span = reader?.documentSpan(manifest.text, workload.documentIndex);
    if (span) {
      for (const m of pieceMarkers(manifest, workload, runtime, span)) {
        markers.push({ ...m, start: m.start + span.start, end: m.end + span.start });
      }
      continue;
    }
    for (const { container, warning } of workloadWarnings(manifest, workload, runtime)) {
      const range = warningRange(manifest.text, warning);
      if (range) markers.push(markerOf(workload, container.name, warning, range));
    }
  }
  return markers;
}

const markersMemo = memoizeLast(
  (
    manifest: Manifest | null,
    runtime: RuntimeId,
    reader: ManifestReader | undefined,
  ): WarningMarkers | null =>
    manifest ? { text: manifest.text, markers: markersOf(manifest, runtime, reader) } : null,
);

/**
 * The warnings of every container in the file on the selected runtime, placed on the text: a
 * user scrolling a ten-document file expects to see every offending line, not only the selected
 * container's. Same object while the manifest and runtime are unchanged.
 */
export function selectWarningMarkers(
  state: Pick<Analysis, 'manifest'> & {
    readonly runtime: RuntimeId;
    readonly reader?: ManifestReader;
  },
): WarningMarkers | null {
  return markersMemo(state.manifest, state.runtime, state.reader);
}
