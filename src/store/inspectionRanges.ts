import type { Document } from 'yaml';
import type { InspectionWarning } from '../core/inspect/warning.ts';
import { parseManifestDocuments, trimmedRangeOfPath } from '../core/manifest/parse.ts';
import { memoizeLast } from './inspectionMemo.ts';

/** A span `[start, end)` of character offsets into the text. */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

// The analysis keeps the manifest, not the yaml Documents; re-reading the same text once is
// cheaper than holding every Document alive in the store for the rare warning.
const documentsOf = memoizeLast(
  (text: string): readonly Document.Parsed[] => parseManifestDocuments(text).documents,
);

/**
 * Where the first node of `warning` sits in `text` (the text its manifest was read from). A block
 * collection's range runs on to the next line; the marker and the selection should not.
 */
export function warningRange(text: string, warning: InspectionWarning): OffsetRange | undefined {
  const doc = documentsOf(text)[warning.documentIndex];
  const path = warning.paths[0];
  if (!doc || !path) return undefined;
  return trimmedRangeOfPath(text, doc, path);
}
