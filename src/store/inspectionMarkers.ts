import { containerWarnings } from '../core/inspect/inspectContainer.ts';
import type { Severity, WarningCode } from '../core/inspect/warning.ts';
import type { Manifest, RuntimeId } from '../core/model.ts';
import type { Analysis } from './analysis.ts';
import { memoizeLast } from './inspectionMemo.ts';
import { warningRange } from './inspectionRanges.ts';

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

function markersOf(manifest: Manifest, runtime: RuntimeId): WarningMarker[] {
  const markers: WarningMarker[] = [];
  for (const workload of manifest.workloads) {
    for (const container of workload.containers) {
      for (const warning of containerWarnings(manifest, container, runtime)) {
        const range = warningRange(manifest.text, warning);
        if (!range) continue;
        markers.push({
          ...range,
          severity: warning.severity,
          code: warning.code,
          message: `${workload.name} / ${container.name}: ${warning.message}`,
        });
      }
    }
  }
  return markers;
}

const markersMemo = memoizeLast(
  (manifest: Manifest | null, runtime: RuntimeId): WarningMarkers | null =>
    manifest ? { text: manifest.text, markers: markersOf(manifest, runtime) } : null,
);

/**
 * The warnings of every container in the file on the selected runtime, placed on the text: a
 * user scrolling a ten-document file expects to see every offending line, not only the selected
 * container's. Same object while the manifest and runtime are unchanged.
 */
export function selectWarningMarkers(
  state: Pick<Analysis, 'manifest'> & { readonly runtime: RuntimeId },
): WarningMarkers | null {
  return markersMemo(state.manifest, state.runtime);
}
