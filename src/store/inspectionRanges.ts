import type { Document } from 'yaml';
import type { InspectionWarning } from '../core/inspect/warning.ts';
import { parseManifestDocuments, rangeOfPath } from '../core/manifest/parse.ts';
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
  const range = rangeOfPath(doc, path);
  return range ? trimmedRange(text, range) : undefined;
}

/** A node's range without the trailing line break and blanks a block collection's range holds. */
export function trimmedRange(text: string, [start, to]: readonly [number, number]): OffsetRange {
  let end = to;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
