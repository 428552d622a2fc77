/**
 * Where a Pod Security violation sits in the text, so the app can select the offending node in the
 * editor. The core speaks character offsets; the editor converts them to lines and columns.
 */
import { isMap, isScalar } from 'yaml';
import type { Document } from 'yaml';
import { parseManifestDocuments, trimmedRange } from '../manifest/parse.ts';
import { documentInSpan, type PieceDocument } from '../manifest/pieceDocument.ts';
import type { DocumentSpan } from '../manifest/reader.ts';
import type { NodePath, WorkloadRef } from '../model.ts';
import type { PsaViolation } from './types.ts';

/** A span `[start, end)` of character offsets into the whole text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The text ranges of every node a violation names: its `paths` (relative to the workload's pod
 * spec), then its `metadataPaths` (relative to the pod's metadata). A path that does not exist —
 * a setting that is missing, such as `allowPrivilegeEscalation` — maps to its nearest existing
 * ancestor, which is where the setting would have to be added. A mapping value's range starts at
 * its key, so selecting it shows `hostNetwork: true`, not just `true`.
 *
 * @param span - the piece of `text` that holds the workload's document, as the manifest reader
 *   gives it (`reader.documentSpan(text, workload.documentIndex)`): only that piece is parsed, not
 *   the whole text, with the same ranges (offsets into the whole text). The whole text is parsed
 *   when the piece alone cannot tell.
 * @returns the ranges in the violation's order, duplicates removed; empty when the violation names
 *   no node or the workload's document has no content or does not parse.
 */
export function violationRanges(
  text: string,
  workload: WorkloadRef,
  violation: PsaViolation,
  span?: DocumentSpan,
): TextRange[] {
  // The pod's metadata is the sibling of its spec, for a Pod as for a controller's template.
  const metadataPath = [...workload.podSpecPath.slice(0, -1), 'metadata'];
  const paths = [
    ...(violation.paths ?? []).map((p) => [...workload.podSpecPath, ...p]),
    ...(violation.metadataPaths ?? []).map((p) => [...metadataPath, ...p]),
  ];
  // Nothing to look up, so nothing to parse.
  if (paths.length === 0) return [];
  const found = (span && documentInSpan(text, span)) ?? documentInText(text, workload);
  if (!found) return [];
  const ranges: TextRange[] = [];
  for (const path of paths) {
    const range = nodeRange(found.text, found.doc, path);
    if (!range) continue;
    const start = range.start + found.offset;
    const end = range.end + found.offset;
    if (!ranges.some((r) => r.start === start && r.end === end)) ranges.push({ start, end });
  }
  return ranges;
}

/**
 * The first range of {@link violationRanges}: the node to select when the user picks a violation.
 *
 * @example
 * const range = violationRange(text, workload, result.violations[0]);
 * if (range) editor.setSelection(rangeFromOffsets(model, range.start, range.end));
 */
export function violationRange(
  text: string,
  workload: WorkloadRef,
  violation: PsaViolation,
  span?: DocumentSpan,
): TextRange | null {
  return violationRanges(text, workload, violation, span)[0] ?? null;
}

/** The workload's document in the whole text; undefined when it is missing or does not parse. */
function documentInText(text: string, workload: WorkloadRef): PieceDocument | undefined {
  const doc = parseManifestDocuments(text).documents[workload.documentIndex];
  return doc && doc.errors.length === 0 ? { text, offset: 0, doc } : undefined;
}

/** The range of the deepest existing node along `path`, from its key when it is a mapping value. */
function nodeRange(text: string, doc: Document.Parsed, path: NodePath): TextRange | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    const node = nodeAt(doc, prefix);
    const range = rangeOf(node);
    if (!range) continue;
    const key = depth > 0 ? keyOf(nodeAt(doc, prefix.slice(0, -1)), path[depth - 1]) : undefined;
    const start = key?.[0] ?? range[0];
    return trimmedRange(text, [start, Math.max(range[1], key?.[1] ?? 0)]);
  }
  return undefined;
}

function nodeAt(doc: Document.Parsed, path: NodePath): unknown {
  return path.length === 0 ? doc.contents : doc.getIn(path, true);
}

function rangeOf(node: unknown): readonly [number, number] | undefined {
  const range = (node as { range?: readonly number[] } | null | undefined)?.range;
  const start = range?.[0];
  const end = range?.[1];
  return start === undefined || end === undefined ? undefined : [start, end];
}

/** The range of the key `segment` in `parent` when `parent` is a mapping. */
function keyOf(parent: unknown, segment: unknown): readonly [number, number] | undefined {
  if (!isMap(parent) || typeof segment !== 'string') return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === segment);
  return pair ? rangeOf(pair.key) : undefined;
}
