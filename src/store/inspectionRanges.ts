import type { Document } from 'yaml';
import type { InspectionWarning } from '../core/inspect/warning.ts';
import { parseManifestDocuments, trimmedRangeOfPath } from '../core/manifest/parse.ts';
import { documentInSpan } from '../core/manifest/pieceDocument.ts';
import type { ManifestReader } from '../core/manifest/reader.ts';
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
 * collection's range runs on to the next line; the marker and the selection should not. When the
 * reader read `text` in pieces, only the warning's piece is parsed: on a 5 MB manifest, a few
 * kilobytes instead of 1.5 s of the whole text.
 */
export function warningRange(
  text: string,
  warning: InspectionWarning,
  reader?: ManifestReader,
): OffsetRange | undefined {
  const path = warning.paths[0];
  if (!path) return undefined;
  const span = reader?.documentSpan(text, warning.documentIndex);
  const inPiece = span && documentInSpan(text, span);
  if (inPiece) {
    const range = trimmedRangeOfPath(inPiece.text, inPiece.doc, path);
    return range && { start: range.start + inPiece.offset, end: range.end + inPiece.offset };
  }
  const doc = documentsOf(text)[warning.documentIndex];
  return doc && trimmedRangeOfPath(text, doc, path);
}
