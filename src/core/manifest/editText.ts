/**
 * The generic in-place editing engine: set, delete and list-membership operations on one YAML (or
 * JSON) document of a multi-document text, done by splicing source ranges so that every byte outside
 * the edited node — comments, quoting, blank lines, other documents, line endings — is kept.
 *
 * Each operation re-parses the text it edits; a batch folds its steps into one edit list against
 * the original text, so the editor can apply it as a single undo step.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Document, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { NodePath } from '../model.ts';
import { editError } from './editResult.ts';
import type { EditError, EditResult, TextEdit } from './editResult.ts';
import { applyEdits, composeEdits } from './editSplice.ts';
import {
  columnOf,
  detectLayout,
  detectPieceLayout,
  formatScalar,
  lineBreakAt,
  lineEndOf,
  lineStartOf,
  quotingOf,
  startsLine,
} from './editLayout.ts';
import type { Layout, ScalarValue } from './editLayout.ts';
import type { LineBreaks } from './lineBreaks.ts';
import {
  renderBlockItems,
  renderBlockPairs,
  renderFlowPair,
  renderFlowValue,
} from './editRender.ts';
import type { Leaf } from './editRender.ts';

/**
 * One operation of a batch. `keepDepth` bounds pruning: when a removal empties a mapping or list,
 * that collection is removed too, and so on upwards, but never one whose path is `keepDepth`
 * segments long or shorter. Without it only the addressed node goes.
 */
export type PathOp =
  /** Changes nothing; fails unless `path` is an existing mapping (a guard before other ops). */
  | { readonly op: 'expect-mapping'; readonly path: NodePath }
  /** Sets a scalar, creating missing mappings on the way. */
  | { readonly op: 'set'; readonly path: NodePath; readonly value: ScalarValue }
  /** Removes a mapping key or a list item; a missing path is no change. */
  | { readonly op: 'delete'; readonly path: NodePath; readonly keepDepth?: number }
  /** Appends `value` to the list at `path` unless an item equals it, creating the list if missing. */
  | { readonly op: 'ensure-item'; readonly path: NodePath; readonly value: string }
  /** Removes every item of the list at `path` that equals `value`. */
  | {
      readonly op: 'remove-items';
      readonly path: NodePath;
      readonly value: string;
      readonly keepDepth?: number;
    }
  /**
   * Renames items equal to `from` to `to`, keeping their quoting. If `to` is already in the list,
   * the `from` items are removed instead, so no duplicate appears.
   */
  | {
      readonly op: 'replace-items';
      readonly path: NodePath;
      readonly from: string;
      readonly to: string;
      readonly keepDepth?: number;
    };

type Collection = YAMLMap<unknown, unknown> | YAMLSeq<unknown>;
type Ranged = { range: [number, number, number] };

/** What one step of an operation does to the current text. */
type Step =
  | { readonly ok: true; readonly edits: TextEdit[]; readonly again: boolean }
  | { readonly ok: false; readonly error: EditError };

interface Context {
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly layout: Layout;
  readonly json: boolean;
}

/** One resolved path segment: the collection and the index of the segment's item in it. */
interface Link {
  readonly coll: Collection;
  readonly index: number;
}

type Located =
  | { readonly kind: 'found'; readonly node: unknown; readonly trail: readonly Link[] }
  | {
      readonly kind: 'missing';
      /** How many segments resolved; `at` is the node at that prefix (a collection or a null). */
      readonly depth: number;
      readonly at: unknown;
      readonly trail: readonly Link[];
    }
  | { readonly kind: 'error'; readonly message: string };

const MAX_STEPS = 10_000;

/**
 * Applies a batch of operations, in order, to document `documentIndex` of `text`. `parsed`, the
 * documents of `text` when the caller parsed it already (`parseAllDocuments(text)`, options of
 * parse.ts or none), spares the first step its parse.
 *
 * @example
 * applyPathOps(text, 0, [
 *   { op: 'set', path: ['spec', 'securityContext', 'runAsNonRoot'], value: true },
 *   { op: 'set', path: ['spec', 'securityContext', 'seccompProfile', 'type'], value: 'RuntimeDefault' },
 * ]);
 */
export function applyPathOps(
  text: string,
  documentIndex: number,
  ops: readonly PathOp[],
  parsed?: readonly Document.Parsed[],
): EditResult {
  return run(text, documentIndex, ops, undefined, parsed);
}

/**
 * What {@link applyPathOpsInPiece} must know of the text around a piece: the piece then edits
 * exactly as it would in place.
 */
export interface PieceSurroundings {
  /** Line breaks of the text outside the piece, which take part in choosing the line ending. */
  readonly outside: LineBreaks;
  /** How many documents the piece holds when parsed alone. */
  readonly documentCount: number;
  /** The piece's documents, parsed alone, when the caller has them: the first step reuses them. */
  readonly documents?: readonly Document.Parsed[];
}

/**
 * Thrown inside a piece's edit when only the whole text can decide. Caught in one place only, the
 * document handle (documentHandle.ts), which then edits the whole text.
 */
export class NeedsWholeText extends Error {}

/**
 * {@link applyPathOps} on a piece of a longer text that holds whole documents and starts at a
 * line start (as the manifest reader cuts them), with offsets counted from the piece. The caller
 * guarantees that the text outside the piece parses without errors, and reads the edited piece as
 * it reads it in place, to check that it still parses: the piece alone cannot tell (see
 * documentHandle.ts). The result is the piece's share of what the whole text's edit gives, byte
 * for byte. Throws {@link NeedsWholeText} when the piece alone cannot tell (its documents read
 * differently alone, or the edited document shows too little of its layout and the other
 * documents would decide): the whole text must be edited then.
 */
export function applyPathOpsInPiece(
  piece: string,
  documentIndex: number,
  ops: readonly PathOp[],
  surroundings: PieceSurroundings,
): EditResult {
  return run(piece, documentIndex, ops, surroundings, surroundings.documents);
}

/**
 * The documents of the texts an edit parses, each parsed once: the original (which verified()
 * counts) and the latest step's (which the next step, or verified(), may ask for again).
 */
function documentParser(text: string, parsed: readonly Document.Parsed[] | undefined) {
  const parse = (source: string): readonly Document.Parsed[] => {
    const docs = parseAllDocuments(source);
    return Array.isArray(docs) ? docs : [];
  };
  const original = { text, docs: parsed };
  let latest: { text: string; docs: readonly Document.Parsed[] } | undefined;
  return (source: string): readonly Document.Parsed[] => {
    if (source === original.text) return (original.docs ??= parse(source));
    if (latest?.text !== source) latest = { text: source, docs: parse(source) };
    return latest.docs;
  };
}

function run(
  text: string,
  documentIndex: number,
  ops: readonly PathOp[],
  piece: PieceSurroundings | undefined,
  parsed: readonly Document.Parsed[] | undefined,
): EditResult {
  try {
    const documentsOf = documentParser(text, parsed);
    let current = text;
    let edits: TextEdit[] = [];
    let steps = 0;
    for (const op of ops) {
      for (;;) {
        if (++steps > MAX_STEPS) return editError('internal', 'Too many edit steps.');
        const ctx = prepare(current, documentsOf(current), documentIndex, piece);
        if ('error' in ctx) return { ok: false, error: ctx.error };
        const step = runStep(ctx, op);
        if (!step.ok) return step;
        if (step.edits.length === 0) break;
        const sorted = [...step.edits].sort((a, b) => a.start - b.start);
        edits = composeEdits(text, edits, sorted);
        current = applyEdits(current, sorted);
        if (!step.again) break;
      }
    }
    return verified(text, current, edits, piece ? undefined : documentsOf);
  } catch (error) {
    if (error instanceof NeedsWholeText) throw error;
    return editError(
      'internal',
      `Edit failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Sets the scalar at `path` (creating missing mappings); see {@link applyPathOps}. */
export function setScalarAt(
  text: string,
  documentIndex: number,
  path: NodePath,
  value: ScalarValue,
): EditResult {
  return applyPathOps(text, documentIndex, [{ op: 'set', path, value }]);
}

/** Removes the key or item at `path`, pruning emptied ancestors deeper than `keepDepth`. */
export function deleteAt(
  text: string,
  documentIndex: number,
  path: NodePath,
  keepDepth?: number,
): EditResult {
  return applyPathOps(text, documentIndex, [{ op: 'delete', path, keepDepth }]);
}

/** Makes the list at `path` contain `value`, creating the list and its parents if missing. */
export function ensureSequenceItem(
  text: string,
  documentIndex: number,
  path: NodePath,
  value: string,
): EditResult {
  return applyPathOps(text, documentIndex, [{ op: 'ensure-item', path, value }]);
}

/** Removes every item equal to `value` from the list at `path`, pruning emptied ancestors. */
export function removeSequenceItems(
  text: string,
  documentIndex: number,
  path: NodePath,
  value: string,
  keepDepth?: number,
): EditResult {
  return applyPathOps(text, documentIndex, [{ op: 'remove-items', path, value, keepDepth }]);
}

function prepare(
  text: string,
  docs: readonly Document.Parsed[],
  documentIndex: number,
  piece: PieceSurroundings | undefined,
): Context | { error: EditError } {
  if (piece && docs.length !== piece.documentCount) throw new NeedsWholeText();
  for (const doc of docs) {
    const first = doc.errors[0];
    if (first) return { error: { kind: 'parse', message: first.message } };
  }
  const doc = docs[documentIndex];
  if (!doc) {
    return {
      error: {
        kind: 'document',
        message: `No document ${documentIndex} (the text has ${docs.length}).`,
      },
    };
  }
  const root = doc.contents;
  const json = (isMap(root) || isSeq(root)) && root.flow === true && isJsonLike(root);
  const layout = piece
    ? detectPieceLayout(text, docs, documentIndex, piece.outside)
    : detectLayout(text, docs, documentIndex);
  if (!layout) throw new NeedsWholeText();
  return { text, doc, layout, json };
}

/** JSON documents quote their keys; a YAML flow mapping at the root usually does not. */
function isJsonLike(root: Collection): boolean {
  if (isSeq(root))
    return root.items.every((item) => !isScalar(item) || quotingOf(item) !== 'single');
  const first = root.items[0];
  return first === undefined || quotingOf(first.key) === 'double';
}

/**
 * The edit list reproduces the edited text, which parses (as many documents as before, none with
 * errors). `documentsOf` parses the whole text's original and edit; without it (a piece) the
 * caller reads the edited piece itself, as it reads it in place.
 */
function verified(
  original: string,
  text: string,
  edits: TextEdit[],
  documentsOf: ((text: string) => readonly Document.Parsed[]) | undefined,
): EditResult {
  if (applyEdits(original, edits) !== text) {
    return editError('internal', 'The edit list does not reproduce the edited text.');
  }
  if (documentsOf) {
    const before = documentsOf(original);
    const after = documentsOf(text);
    if (after.some((doc) => doc.errors.length > 0) || before.length !== after.length) {
      return editError(
        'internal',
        'The edit would have produced text that does not parse; nothing was changed.',
      );
    }
  }
  return { ok: true, text, edits };
}

function runStep(ctx: Context, op: PathOp): Step {
  switch (op.op) {
    case 'expect-mapping': {
      const located = locate(ctx.doc, op.path);
      if (located.kind === 'error') return pathError(located.message);
      if (located.kind === 'missing') return pathError(`${showPath(op.path)} does not exist.`);
      return isMap(located.node) ? done([]) : pathError(`${showPath(op.path)} is not a mapping.`);
    }
    case 'set':
      return setStep(ctx, op.path, op.value);
    case 'delete': {
      const located = locate(ctx.doc, op.path);
      if (located.kind === 'error') return pathError(located.message);
      if (located.kind === 'missing') return done([]);
      // A deleted list index is taken by the next item, so one step only.
      return removeAt(ctx, located.trail, op.keepDepth ?? op.path.length - 1, false);
    }
    case 'ensure-item':
      return ensureItemStep(ctx, op.path, op.value);
    case 'remove-items':
      return listStep(ctx, op.path, (seq, trail) => {
        const index = indexOfItem(seq, op.value);
        if (index < 0) return done([]);
        const keepDepth = op.keepDepth ?? op.path.length - 1;
        // Another step (a parse of the new text) only for another item of the same value.
        const again = hasOtherItem(seq, op.value, index);
        return removeAt(ctx, [...trail, { coll: seq, index }], keepDepth, again);
      });
    case 'replace-items':
      return listStep(ctx, op.path, (seq, trail) => {
        const index = indexOfItem(seq, op.from);
        if (index < 0 || op.from === op.to) return done([]);
        const again = hasOtherItem(seq, op.from, index);
        if (indexOfItem(seq, op.to) >= 0) {
          const keepDepth = op.keepDepth ?? op.path.length - 1;
          return removeAt(ctx, [...trail, { coll: seq, index }], keepDepth, again);
        }
        const item = seq.items[index];
        if (!hasRange(item)) return unsupported('A list item without source position.');
        const insert = formatScalar(op.to, ctx.json, quotingOf(item));
        return {
          ok: true,
          edits: [{ start: item.range[0], end: item.range[1], insert }],
          again,
        };
      });
  }
}

function done(edits: TextEdit[]): Step {
  return { ok: true, edits, again: false };
}

function pathError(message: string): Step {
  return { ok: false, error: { kind: 'path', message } };
}

function unsupported(message: string): Step {
  return { ok: false, error: { kind: 'unsupported', message } };
}

/** Runs `onList` on the list at `path`; a missing or null list is no change. */
function listStep(
  ctx: Context,
  path: NodePath,
  onList: (seq: YAMLSeq<unknown>, trail: readonly Link[]) => Step,
): Step {
  const located = locate(ctx.doc, path);
  if (located.kind === 'error') return pathError(located.message);
  if (located.kind === 'missing' || isNullScalar(located.node)) return done([]);
  if (!isSeq(located.node)) return pathError(`${showPath(path)} is not a list.`);
  return onList(located.node, located.trail);
}

function setStep(ctx: Context, path: NodePath, value: ScalarValue): Step {
  const located = locate(ctx.doc, path);
  if (located.kind === 'error') return pathError(located.message);
  if (located.kind === 'missing') return create(ctx, path, located, { kind: 'scalar', value });
  const node = located.node;
  if (!isScalar(node) || !hasRange(node)) return pathError(`${showPath(path)} is not a scalar.`);
  if (node.value === value) return done([]);
  const [start, end] = node.range;
  const quoting = typeof value === 'string' ? quotingOf(node) : 'plain';
  let insert = formatScalar(value, ctx.json, quoting);
  // `key:` with no value: `key:true` would read as one plain scalar, so keep a space after the colon.
  if (start === end && ctx.text[start - 1] === ':') insert = ' ' + insert;
  return done([{ start, end, insert }]);
}

function ensureItemStep(ctx: Context, path: NodePath, value: string): Step {
  const located = locate(ctx.doc, path);
  if (located.kind === 'error') return pathError(located.message);
  if (located.kind === 'missing')
    return create(ctx, path, located, { kind: 'seq', items: [value] });
  const seq = located.node;
  if (isNullScalar(seq)) {
    return create(
      ctx,
      path,
      { kind: 'missing', depth: path.length, at: seq, trail: located.trail },
      {
        kind: 'seq',
        items: [value],
      },
    );
  }
  if (!isSeq(seq) || !hasRange(seq)) return pathError(`${showPath(path)} is not a list.`);
  if (indexOfItem(seq, value) >= 0) return done([]);
  const last = seq.items[seq.items.length - 1];
  const quoting = quotingOf(last);
  if (seq.flow) return done([insertIntoFlow(ctx, seq, formatScalar(value, ctx.json, quoting))]);
  const dash = seq.range[0];
  const first = seq.items[0];
  const pad =
    hasRange(first) && lineStartOf(ctx.text, first.range[0]) === lineStartOf(ctx.text, dash)
      ? first.range[0] - dash - 1
      : ctx.layout.dashPad;
  const lines = renderBlockItems([value], columnOf(ctx.text, dash), pad, quoting);
  return done([insertLinesAfter(ctx, contentEnd(seq), lines)]);
}

/** Creates the missing tail of `path` (after `located.depth` segments) ending in `leaf`. */
function create(
  ctx: Context,
  path: NodePath,
  located: Extract<Located, { kind: 'missing' }>,
  leaf: Leaf,
): Step {
  const rest = path.slice(located.depth);
  if (!rest.every((segment): segment is string => typeof segment === 'string')) {
    return pathError(`${showPath(path)}: cannot create list items by index.`);
  }
  const at = located.at;
  if (isMap(at) && hasRange(at)) {
    const [key, ...keys] = rest;
    if (key === undefined) return pathError(`${showPath(path)} already exists.`);
    if (at.flow || at.items.length === 0) {
      return done([insertIntoFlow(ctx, at, renderFlowPair(key, keys, leaf, ctx.json))]);
    }
    const firstKey = at.items[0]?.key;
    if (!hasRange(firstKey)) return unsupported('A mapping key without source position.');
    const lines = renderBlockPairs(rest, leaf, columnOf(ctx.text, firstKey.range[0]), ctx.layout);
    return done([insertLinesAfter(ctx, contentEnd(at), lines)]);
  }
  if (isNullScalar(at) && hasRange(at)) return fillNull(ctx, located.trail, at, rest, leaf);
  return pathError(`${showPath(path.slice(0, located.depth))} is not a mapping.`);
}

/** Replaces a null value (`key:`, `key: null`, `key: ~`) by the created nodes. */
function fillNull(
  ctx: Context,
  trail: readonly Link[],
  nullNode: Ranged,
  keys: readonly string[],
  leaf: Leaf,
): Step {
  const parent = trail[trail.length - 1];
  const pair = parent && isMap(parent.coll) ? parent.coll.items[parent.index] : undefined;
  if (!parent || !pair || !hasRange(pair.key))
    return unsupported('A null value outside a mapping.');
  const [start, end] = nullNode.range;
  if (parent.coll.flow) {
    const value = renderFlowValue(keys, leaf, ctx.json);
    const insert = ctx.text[start - 1] === ':' ? ' ' + value : value;
    return done([{ start, end, insert }]);
  }
  const keyCol = columnOf(ctx.text, pair.key.range[0]);
  const lines =
    keys.length > 0
      ? renderBlockPairs(keys, leaf, keyCol + ctx.layout.step, ctx.layout)
      : leaf.kind === 'seq'
        ? renderBlockItems(leaf.items, keyCol + ctx.layout.seqIndent, ctx.layout.dashPad)
        : [];
  const edits: TextEdit[] = [];
  if (end > start) {
    let from = start;
    while (from > 0 && (ctx.text[from - 1] === ' ' || ctx.text[from - 1] === '\t')) from--;
    edits.push({ start: from, end, insert: '' });
  }
  edits.push(insertLinesAfter(ctx, Math.max(end, start), lines));
  return done(edits);
}

/**
 * Removes the item `trail` ends at. While that leaves its collection empty and the collection's
 * path is longer than `keepDepth`, the collection goes instead; one that must stay becomes `{}`/`[]`.
 * `again` asks for another step on the new text.
 */
function removeAt(ctx: Context, trail: readonly Link[], keepDepth: number, again: boolean): Step {
  let depth = trail.length;
  while (depth - 1 > keepDepth && trail[depth - 1]?.coll.items.length === 1) depth--;
  const link = trail[depth - 1];
  if (!link) return pathError('Cannot remove the document itself.');
  const edits = removeItem(ctx, link, trail[depth - 2]);
  return 'error' in edits ? { ok: false, error: edits.error } : { ok: true, edits, again };
}

function removeItem(
  ctx: Context,
  link: Link,
  parentLink: Link | undefined,
): TextEdit[] | { error: EditError } {
  const { coll, index } = link;
  const text = ctx.text;
  if (!hasRange(coll))
    return { error: { kind: 'unsupported', message: 'A collection without source position.' } };
  if (coll.items.length === 1) return [emptyCollection(ctx, coll, parentLink)];
  const starts = coll.items.map(itemStart);
  const ends = coll.items.map(itemEnd);
  const start = starts[index];
  const end = ends[index];
  if (
    start === undefined ||
    end === undefined ||
    starts.includes(undefined) ||
    ends.includes(undefined)
  ) {
    return { error: { kind: 'unsupported', message: 'An item without source position.' } };
  }
  if (coll.flow) {
    const next = starts[index + 1];
    const previousEnd = ends[index - 1];
    if (next !== undefined) return [{ start, end: next, insert: '' }];
    if (previousEnd !== undefined) return [{ start: previousEnd, end, insert: '' }];
    return { error: { kind: 'unsupported', message: 'A flow item without neighbours.' } };
  }
  // A block sequence item starts at its dash; the value comes after it.
  const head = isSeq(coll) ? dashBefore(text, start) : start;
  if (head === undefined)
    return { error: { kind: 'unsupported', message: 'A list item without its dash.' } };
  if (startsLine(text, head)) return [deleteLines(ctx, head, end)];
  // The first key of a compact mapping shares its line with the `- ` of its list item.
  const next = starts[index + 1];
  if (isMap(coll) && next !== undefined) return [{ start: head, end: next, insert: '' }];
  return {
    error: { kind: 'unsupported', message: 'A list item that shares its line with another.' },
  };
}

/** Leaves `{}` or `[]` where a collection lost its last item but must stay. */
function emptyCollection(
  ctx: Context,
  coll: Collection & Ranged,
  parentLink: Link | undefined,
): TextEdit {
  const empty = isMap(coll) ? '{}' : '[]';
  if (coll.flow) return { start: coll.range[0], end: coll.range[1], insert: empty };
  const end = contentEnd(coll);
  const pair =
    parentLink && isMap(parentLink.coll) ? parentLink.coll.items[parentLink.index] : undefined;
  if (pair && hasRange(pair.key)) {
    // A flow node on its own line at the key's column would not parse, so put it after the colon.
    const colon = ctx.text.indexOf(':', pair.key.range[1]);
    return { start: colon + 1, end, insert: ' ' + empty };
  }
  return { start: coll.range[0], end, insert: empty };
}

/** Deletes the whole lines from the one holding `from` to the one holding `to - 1`. */
function deleteLines(ctx: Context, from: number, to: number): TextEdit {
  const text = ctx.text;
  const start = lineStartOf(text, from);
  const end = lineEndOf(text, Math.max(from, to - 1));
  if (end === text.length && !text.endsWith('\n') && start > 0) {
    // The last line has no line break: take the one before it, so the file's ending stays as it was.
    const before = text[start - 2] === '\r' ? start - 2 : start - 1;
    return { start: before, end, insert: '' };
  }
  return { start, end, insert: '' };
}

/** Inserts whole lines after the line that holds `contentEndOffset - 1`. */
function insertLinesAfter(
  ctx: Context,
  contentEndOffset: number,
  lines: readonly string[],
): TextEdit {
  const { text, layout } = ctx;
  const last = Math.max(0, contentEndOffset - 1);
  const at = lineEndOf(text, last);
  const eol = lineBreakAt(text, last, layout.eol);
  if (at === text.length && !text.endsWith('\n')) {
    return { start: at, end: at, insert: eol + lines.join(eol) };
  }
  return { start: at, end: at, insert: lines.map((line) => line + eol).join('') };
}

/** Appends an entry to a flow collection, on its own line when the collection is written one per line. */
function insertIntoFlow(ctx: Context, coll: Collection & Ranged, entry: string): TextEdit {
  const last = coll.items[coll.items.length - 1];
  const start = itemStart(last);
  const end = itemEnd(last);
  if (last === undefined || start === undefined || end === undefined) {
    const open = coll.range[0] + 1;
    return { start: open, end: open, insert: entry };
  }
  const multiline = ctx.text.slice(coll.range[0], start).includes('\n');
  const eol = lineBreakAt(ctx.text, coll.range[0], ctx.layout.eol);
  const separator = multiline ? ',' + eol + ' '.repeat(columnOf(ctx.text, start)) : ', ';
  return { start: end, end, insert: separator + entry };
}

function locate(doc: Document.Parsed, path: NodePath): Located {
  let node: unknown = doc.contents;
  const trail: Link[] = [];
  for (let depth = 0; depth < path.length; depth++) {
    const segment = path[depth];
    if (isMap(node) && typeof segment === 'string') {
      const index = node.items.findIndex(
        (pair) => isScalar(pair.key) && pair.key.value === segment,
      );
      if (index < 0) return { kind: 'missing', depth, at: node, trail };
      trail.push({ coll: node, index });
      node = node.items[index]?.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      if (segment < 0 || segment >= node.items.length) {
        return { kind: 'error', message: `${showPath(path.slice(0, depth + 1))} does not exist.` };
      }
      trail.push({ coll: node, index: segment });
      node = node.items[segment];
    } else if (isNullScalar(node) || node === null || node === undefined) {
      return { kind: 'missing', depth, at: node, trail };
    } else {
      const kind = isMap(node)
        ? 'a mapping'
        : isSeq(node)
          ? 'a list'
          : isAlias(node)
            ? 'an alias'
            : 'a scalar';
      return {
        kind: 'error',
        message: `${showPath(path.slice(0, depth))} is ${kind}, not where ${showPath(path)} can be.`,
      };
    }
  }
  return { kind: 'found', node, trail };
}

/** Whether a list item is the scalar `value`. */
function isItem(item: unknown, value: string): boolean {
  return isScalar(item) && item.value === value;
}

function indexOfItem(seq: YAMLSeq<unknown>, value: string): number {
  return seq.items.findIndex((item) => isItem(item, value));
}

/** Whether `seq` holds an item `value` besides the one at `index`. */
function hasOtherItem(seq: YAMLSeq<unknown>, value: string, index: number): boolean {
  return seq.items.some((item, i) => i !== index && isItem(item, value));
}

function isNullScalar(node: unknown): boolean {
  return isScalar(node) && node.value === null;
}

function hasRange(node: unknown): node is Ranged {
  return (isScalar(node) || isMap(node) || isSeq(node)) && Array.isArray(node.range);
}

function itemStart(item: unknown): number | undefined {
  if (isPair(item)) return hasRange(item.key) ? item.key.range[0] : undefined;
  return hasRange(item) ? item.range[0] : undefined;
}

function itemEnd(item: unknown): number | undefined {
  if (isPair(item)) return pairEnd(item);
  return hasRange(item) ? contentEnd(item) : undefined;
}

function pairEnd(pair: Pair<unknown, unknown>): number | undefined {
  if (hasRange(pair.value)) return contentEnd(pair.value);
  return hasRange(pair.key) ? pair.key.range[1] : undefined;
}

/** Where a node's own text ends: its last scalar or closing bracket, without trailing comments. */
function contentEnd(node: Ranged): number {
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
    const end = itemEnd(node.items[node.items.length - 1]);
    if (end !== undefined) return end;
  }
  return node.range[1];
}

/** The `-` of the block sequence item whose value starts at `valueStart`. */
function dashBefore(text: string, valueStart: number): number | undefined {
  let at = valueStart - 1;
  while (at >= 0 && (text[at] === ' ' || text[at] === '\t')) at--;
  return text[at] === '-' ? at : undefined;
}

function showPath(path: NodePath): string {
  return path.length === 0 ? 'The document' : path.map(String).join('.');
}
