import type { InspectionWarning } from './warning.ts';
import { documentOf } from '../manifest/documentHandle.ts';
import type { Manifest } from '../model.ts';

/** A span `[start, end)` of character offsets into the text. */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Where the first node of `warning` sits in the current `text`. A block collection's range runs
 * on to the next line; the marker and the selection should not. While `manifest` (the analysis'
 * last valid one) is the text's, its document handle parses only the warning's piece of a text the
 * reader read in pieces: on a 5 MB manifest, a few kilobytes instead of 1.5 s of the whole text.
 * Once the text has moved on (it no longer parses: the warnings are of the last valid YAML), the
 * warning's path is looked up in the text as it is, parsed whole.
 */
export function warningRange(
  { text, manifest }: { readonly text: string; readonly manifest: Manifest | null },
  warning: InspectionWarning,
): OffsetRange | undefined {
  const path = warning.paths[0];
  if (!path) return undefined;
  const source = manifest?.text === text ? manifest : text;
  return documentOf(source, warning.documentIndex).rangeOf(path);
}
