/**
 * How a manifest is written — line endings, indentation step, where `- ` goes, JSON or YAML — so
 * that text we insert looks like the text around it.
 */
import { isMap, isScalar, isSeq, visit, Scalar } from 'yaml';
import type { Document, Node } from 'yaml';
import { countLineBreaks, type LineBreaks } from './lineBreaks.ts';

/** The writing habits of a file, detected from its own text. */
export interface Layout {
  /** The file's usual line break (`\r\n` when most lines end in CRLF). */
  readonly eol: string;
  /** Columns between a block mapping key and the keys of its nested mapping. */
  readonly step: number;
  /** Columns between a key and the `-` of its block sequence (0 for `key:\n- a`). */
  readonly seqIndent: number;
  /** Spaces between `-` and the item. */
  readonly dashPad: number;
}

/** Column of an offset within its line. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** Offset of the first character of the line that holds `offset`. */
export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just past the line break that ends the line holding `offset` (or the text's end). */
export function lineEndOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/**
 * The line break that ends the line holding `offset`, so lines inserted there match their
 * neighbours even in a file that mixes endings; `fallback` for a last line without one.
 */
export function lineBreakAt(text: string, offset: number, fallback: string): string {
  const nl = text.indexOf('\n', offset);
  if (nl < 0) return fallback;
  return text[nl - 1] === '\r' ? '\r\n' : '\n';
}

/** True when only spaces or tabs precede `offset` on its line. */
export function startsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStartOf(text, offset), offset));
}

/**
 * Detects the layout, preferring evidence from the edited document and falling back to the other
 * documents of the stream, then to the most common Kubernetes style (2 spaces, `- ` indented).
 */
export function detectLayout(
  text: string,
  docs: readonly Document[],
  documentIndex: number,
): Layout {
  const { crlf, lf } = countLineBreaks(text);
  const eol = crlf * 2 > lf ? '\r\n' : '\n';
  const target = docs[documentIndex];
  const own = target ? collectEvidence(text, [target]) : emptyEvidence();
  const all = collectEvidence(text, docs);
  const step = mostCommon(own.steps) ?? mostCommon(all.steps) ?? 2;
  const seqIndent = mostCommon(own.seqIndents) ?? mostCommon(all.seqIndents) ?? step;
  const dashPad = mostCommon(own.dashPads) ?? mostCommon(all.dashPads) ?? 1;
  return { eol, step, seqIndent, dashPad };
}

/**
 * {@link detectLayout} of a piece of a longer text, when the piece alone decides it: the line
 * ending counts `outside` (the rest of the text) too, and the edited document must show every
 * habit itself. Undefined when it does not, since the fallback would look at the other documents.
 */
export function detectPieceLayout(
  text: string,
  docs: readonly Document[],
  documentIndex: number,
  outside: LineBreaks,
): Layout | undefined {
  const own = countLineBreaks(text);
  const eol = (own.crlf + outside.crlf) * 2 > own.lf + outside.lf ? '\r\n' : '\n';
  const target = docs[documentIndex];
  if (!target) return undefined;
  const evidence = collectEvidence(text, [target]);
  const step = mostCommon(evidence.steps);
  const seqIndent = mostCommon(evidence.seqIndents);
  const dashPad = mostCommon(evidence.dashPads);
  if (step === undefined || seqIndent === undefined || dashPad === undefined) return undefined;
  return { eol, step, seqIndent, dashPad };
}

interface Evidence {
  steps: number[];
  seqIndents: number[];
  dashPads: number[];
}

function emptyEvidence(): Evidence {
  return { steps: [], seqIndents: [], dashPads: [] };
}

function collectEvidence(text: string, docs: readonly Document[]): Evidence {
  const evidence = emptyEvidence();
  for (const doc of docs) {
    visit(doc, {
      Pair(_, pair) {
        if (!isScalar(pair.key) || !pair.key.range) return;
        const keyCol = columnOf(text, pair.key.range[0]);
        const value = pair.value;
        if (isMap(value) && !value.flow && value.range) {
          const step = columnOf(text, value.range[0]) - keyCol;
          if (step > 0) evidence.steps.push(step);
        } else if (isSeq(value) && !value.flow && value.range) {
          const dash = value.range[0];
          const seqIndent = columnOf(text, dash) - keyCol;
          if (seqIndent >= 0) evidence.seqIndents.push(seqIndent);
          const first = value.items[0];
          if (
            isNodeWithRange(first) &&
            lineStartOf(text, first.range[0]) === lineStartOf(text, dash)
          ) {
            evidence.dashPads.push(first.range[0] - dash - 1);
          }
        }
      },
    });
  }
  return evidence;
}

function isNodeWithRange(value: unknown): value is Node & { range: [number, number, number] } {
  return (isScalar(value) || isMap(value) || isSeq(value)) && Boolean(value.range);
}

function mostCommon(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  let best: number | undefined;
  let bestCount = 0;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    // Ties go to the value seen first: the one nearest the top of the file.
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** A scalar value the engine writes. */
export type ScalarValue = string | number | boolean | null;

/** How a new string scalar is quoted. */
export type Quoting = 'plain' | 'double' | 'single';

const PLAIN_SAFE = /^[A-Za-z_/][A-Za-z0-9_./:-]*(?<!:)$/;
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

/**
 * Renders a scalar as YAML (or JSON) source. Strings stay plain only where plain YAML would read
 * them back as the same string; otherwise they get the requested quotes, or double quotes.
 */
export function formatScalar(
  value: ScalarValue,
  json: boolean,
  quoting: Quoting = 'plain',
): string {
  if (typeof value !== 'string') return value === null ? 'null' : String(value);
  if (json || quoting === 'double') return JSON.stringify(value);
  if (quoting === 'single') return `'${value.replaceAll("'", "''")}'`;
  return PLAIN_SAFE.test(value) && !RESERVED.test(value) ? value : JSON.stringify(value);
}

/** The quoting an existing scalar uses, so a rename or a new sibling can reuse it. */
export function quotingOf(node: unknown): Quoting {
  if (!isScalar(node)) return 'plain';
  if (node.type === Scalar.QUOTE_DOUBLE) return 'double';
  if (node.type === Scalar.QUOTE_SINGLE) return 'single';
  return 'plain';
}
