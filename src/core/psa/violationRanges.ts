/**
 * Where a Pod Security violation sits in the text, so the app can select the offending node in the
 * editor. The core speaks character offsets; the editor converts them to lines and columns.
 */
import { documentOf, type TextRange } from '../manifest/documentHandle.ts';
import type { Manifest, WorkloadRef } from '../model.ts';
import type { PsaViolation } from './types.ts';

/**
 * The text ranges of every node a violation names: its `paths` (relative to the workload's pod
 * spec), then its `metadataPaths` (relative to the pod's metadata). A path that does not exist —
 * a setting that is missing, such as `allowPrivilegeEscalation` — maps to its nearest existing
 * ancestor, which is where the setting would have to be added. A mapping value's range starts at
 * its key, so selecting it shows `hostNetwork: true`, not just `true`.
 *
 * @param manifest - the text, as read: by the manifest reader, whose document handle then parses
 *   only the piece that holds the workload's document, with the same ranges (offsets into the
 *   whole text); or by `parseManifest`.
 * @returns the ranges in the violation's order, duplicates removed; empty when the violation names
 *   no node or the workload's document has no content or does not parse.
 */
export function violationRanges(
  manifest: Manifest,
  workload: WorkloadRef,
  violation: PsaViolation,
): TextRange[] {
  // The pod's metadata is the sibling of its spec, for a Pod as for a controller's template.
  const metadataPath = [...workload.podSpecPath.slice(0, -1), 'metadata'];
  const paths = [
    ...(violation.paths ?? []).map((p) => [...workload.podSpecPath, ...p]),
    ...(violation.metadataPaths ?? []).map((p) => [...metadataPath, ...p]),
  ];
  // Nothing to look up, so nothing to parse (the handle parses on its first question).
  if (paths.length === 0) return [];
  const document = documentOf(manifest, workload.documentIndex);
  const ranges: TextRange[] = [];
  for (const path of paths) {
    const range = document.rangeOf(path, { withKey: true, parsedOnly: true });
    if (range && !ranges.some((r) => r.start === range.start && r.end === range.end)) {
      ranges.push(range);
    }
  }
  return ranges;
}

/**
 * The first range of {@link violationRanges}: the node to select when the user picks a violation.
 *
 * @example
 * const range = violationRange(manifest, workload, result.violations[0]);
 * if (range) editor.setSelection(rangeFromOffsets(model, range.start, range.end));
 */
export function violationRange(
  manifest: Manifest,
  workload: WorkloadRef,
  violation: PsaViolation,
): TextRange | null {
  return violationRanges(manifest, workload, violation)[0] ?? null;
}
