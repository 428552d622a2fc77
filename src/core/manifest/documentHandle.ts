/**
 * Document handles: one document of a read text, to edit, to find a node's range in, or to find a
 * workload in, by path, with offsets into the whole text. A handle of a text the manifest reader
 * read in pieces works on the piece that holds the document (on a 1 MB manifest, kilobytes instead
 * of the megabyte); any other handle, and a piece handle whenever the piece alone cannot tell,
 * works on the whole text. That fallback lives here and nowhere else, and both ways give the same
 * results byte for byte (documentHandle.test.ts and the Pod Security span tests check it).
 *
 * Handles are not on the Manifest object itself: a manifest stays plain data that `toEqual`
 * compares field by field with `parseManifest(text)` and a worker posts through a structured
 * clone. The reader registers each manifest it reads in a WeakMap instead (documentPieces.ts),
 * and {@link documentOf} looks it up; a manifest it does not know (parsed whole, cloned, built at
 * build time) gets whole-text handles.
 */
import { type Document, isMap, isScalar, parseAllDocuments } from 'yaml';
import type { Manifest, NodePath, WorkloadRef } from '../model.ts';
import { type DocumentPiece, pieceFinderOf } from './documentPieces.ts';
import type { EditError, TextEdit } from './editResult.ts';
import { applyPathOps, applyPathOpsInPiece, NeedsWholeText, type PathOp } from './editText.ts';
import {
  parseManifestDocuments,
  tooLargeProblem,
  trimmedRange,
  trimmedRangeOfPath,
} from './parse.ts';

/** `[start, end)` character offsets into the whole text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** What {@link DocumentHandle.rangeOf} gives for a path. */
export interface RangeOptions {
  /** A mapping value's range from its key: selecting it shows `hostNetwork: true`, not `true`. */
  readonly withKey?: boolean;
  /** Nothing for a document with YAML errors, rather than where the parser's recovery put nodes. */
  readonly parsedOnly?: boolean;
}

/** An edit's result, offsets into the whole text; when it succeeded, also the edited document. */
export type DocumentEdit =
  | {
      readonly ok: true;
      /** The whole new text. */
      readonly text: string;
      /** The change as offsets into the old whole text, sorted and non-overlapping. */
      readonly edits: readonly TextEdit[];
      /** The same document in the new text. */
      readonly document: DocumentHandle;
    }
  | { readonly ok: false; readonly error: EditError };

/** One document of a text: see the module comment. */
export interface DocumentHandle {
  /** The whole text the document is part of. */
  readonly text: string;
  /** Its index among the text's documents, empty ones included (`WorkloadRef.documentIndex`). */
  readonly index: number;
  /**
   * Where the reader's piece that holds the document lies in the text, when the handle can work
   * on it alone; undefined for a handle of the whole text. Known without parsing: a view may key
   * what it computed on the piece's text, which an edit elsewhere leaves as it was.
   */
  readonly piece: TextRange | undefined;
  /** applyPathOps on this document: the whole text's result, whichever text was parsed. */
  edit(ops: readonly PathOp[]): DocumentEdit;
  /**
   * The trimmed range of the node at `path` (trimmedRangeOfPath: for a missing path, its nearest
   * existing ancestor's); undefined when the document is missing or has no content.
   */
  rangeOf(path: NodePath, options?: RangeOptions): TextRange | undefined;
  /**
   * The workload whose object sits at `path` in this document, as a fresh parse of the text
   * locates it; undefined when there is none, or when the text has YAML errors or is too large to
   * read (an edit would refuse it, and only a parse of the whole text says where and why).
   */
  workloadAt(path: NodePath): WorkloadRef | undefined;
}

/**
 * The handle of document `index` of `source`: a read manifest (whose problems say whether the
 * text has errors, which a piece alone cannot see: then the whole text is used), or a bare text
 * (whole-text handles, that parse it when asked).
 *
 * @example
 * const edit = documentOf(reader.read(text), workload.documentIndex).edit(ops);
 * if (edit.ok) store.setText(edit.text, { origin: 'form', edits: edit.edits });
 */
export function documentOf(source: Manifest | string, index: number): DocumentHandle {
  if (typeof source === 'string') return wholeHandle(source, index, undefined);
  // Errors elsewhere the piece cannot see, and their messages count lines from the text's start.
  if (source.problems.some((p) => p.severity === 'error')) {
    return wholeHandle(source.text, index, undefined);
  }
  const workloads = () => source.workloads.filter((w) => w.documentIndex === index);
  const piece = pieceFinderOf(source)?.(index);
  return piece
    ? pieceHandle(source.text, index, piece, workloads)
    : wholeHandle(source.text, index, workloads);
}

/**
 * A handle that works on the whole text. `known`, when given, are the document's workloads, read
 * from a text without YAML errors (no parse needed to find one).
 */
function wholeHandle(
  text: string,
  index: number,
  known: (() => readonly WorkloadRef[]) | undefined,
): DocumentHandle {
  return {
    text,
    index,
    piece: undefined,
    edit(ops) {
      // A refused text has no documents here, but the edit parses it all the same.
      const parsed = tooLargeProblem(text) ? undefined : wholeDocuments(text);
      const result = applyPathOps(text, index, ops, parsed);
      if (!result.ok) return result;
      return { ...result, document: wholeHandle(result.text, index, undefined) };
    },
    rangeOf(path, options) {
      const doc = wholeDocuments(text)?.[index];
      return doc ? rangeIn(text, doc, path, options) : undefined;
    },
    workloadAt(path) {
      return samePath(known ? known() : workloadsIfReadable(text, index), path);
    },
  };
}

/** The document's workloads in a fresh parse of `text`; none when it has YAML errors or is refused. */
function workloadsIfReadable(text: string, index: number): readonly WorkloadRef[] {
  const { manifest, documents } = parseManifestDocuments(text);
  // Only syntax errors count: a misshapen object elsewhere is none of this document's business.
  if (documents.length === 0 || documents.some((doc) => doc.errors.length > 0)) return [];
  return manifest.workloads.filter((w) => w.documentIndex === index);
}

/**
 * A handle that works on `piece` of `text` while the piece alone decides, the whole text
 * otherwise. The text has no errors (documentOf checked), so the piece's edits and ranges are the
 * whole text's.
 */
function pieceHandle(
  text: string,
  index: number,
  piece: DocumentPiece,
  known: () => readonly WorkloadRef[],
): DocumentHandle {
  const whole = wholeHandle(text, index, known);
  const source = piece.text;
  // Parsed once, on first use (or not at all when the reader kept the parse of the piece an edit
  // made): an edit's first step, every trial edit and every range reuse it.
  let parsed: { docs: readonly Document.Parsed[] | undefined } | undefined;
  const documents = () => (parsed ??= { docs: piece.documents ?? parseDocuments(source) }).docs;
  /** The document in the piece, when the piece holds the documents it holds in place. */
  const ownDocument = () => {
    const docs = documents() ?? [];
    const doc = docs[piece.documentIndex];
    return docs.length === piece.documentCount && doc && doc.errors.length === 0 ? doc : undefined;
  };
  const shift = (e: TextEdit): TextEdit => ({
    ...e,
    start: e.start + piece.start,
    end: e.end + piece.start,
  });
  const editPiece = (ops: readonly PathOp[]): DocumentEdit => {
    const result = applyPathOpsInPiece(source, piece.documentIndex, ops, {
      outside: piece.outside(),
      documentCount: piece.documentCount,
      documents: documents(),
    });
    if (!result.ok) {
      // Refusals of the path or the layout read the document alone, so the piece's are the whole
      // text's; a parse error's message counts lines from the start of the text it parsed.
      if (result.error.kind === 'path' || result.error.kind === 'unsupported') return result;
      throw new NeedsWholeText();
    }
    const edited = piece.readEdited(result.text);
    if (!edited) throw new NeedsWholeText();
    return {
      ok: true,
      text: edited.text,
      edits: result.edits.map(shift),
      document: wholeHandle(edited.text, index, () => edited.workloads),
    };
  };
  return {
    text,
    index,
    piece: { start: piece.start, end: piece.end },
    edit: (ops) =>
      inPieceOr(
        () => editPiece(ops),
        () => whole.edit(ops),
      ),
    rangeOf(path, options) {
      const doc = ownDocument();
      if (!doc) return whole.rangeOf(path, options);
      const range = rangeIn(source, doc, path, options);
      return range && { start: range.start + piece.start, end: range.end + piece.start };
    },
    workloadAt: (path) => whole.workloadAt(path),
  };
}

/** The one fallback: what the piece gives, or, when only the whole text can decide, the whole's. */
function inPieceOr<T>(inPiece: () => T, inWhole: () => T): T {
  try {
    return inPiece();
  } catch (error) {
    if (error instanceof NeedsWholeText) return inWhole();
    throw error;
  }
}

/** The documents of `text`; undefined when the parser threw (an edit then says why). */
function parseDocuments(text: string): readonly Document.Parsed[] | undefined {
  try {
    const docs = parseAllDocuments(text);
    return Array.isArray(docs) ? docs : [];
  } catch {
    return undefined;
  }
}

// The documents of the last whole text parsed here: a view asks for several ranges in a row, and
// re-reading the same text once is cheaper than holding every text's Documents alive.
let lastWhole: { text: string; docs: readonly Document.Parsed[] | undefined } | undefined;

/**
 * The whole text's documents, as parseManifestDocuments gives them (none for a refused text);
 * undefined when the parser threw.
 */
function wholeDocuments(text: string): readonly Document.Parsed[] | undefined {
  if (lastWhole?.text === text) return lastWhole.docs;
  const docs = tooLargeProblem(text) ? [] : parseDocuments(text);
  lastWhole = { text, docs };
  return docs;
}

function rangeIn(
  text: string,
  doc: Document.Parsed,
  path: NodePath,
  options: RangeOptions = {},
): TextRange | undefined {
  if (options.parsedOnly && doc.errors.length > 0) return undefined;
  return options.withKey ? keyedRange(text, doc, path) : trimmedRangeOfPath(text, doc, path);
}

/** The range of the deepest existing node along `path`, from its key when it is a mapping value. */
function keyedRange(text: string, doc: Document.Parsed, path: NodePath): TextRange | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    const range = nodeRange(nodeAt(doc, prefix));
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

function nodeRange(node: unknown): readonly [number, number] | undefined {
  const range = (node as { range?: readonly number[] } | null | undefined)?.range;
  const start = range?.[0];
  const end = range?.[1];
  return start === undefined || end === undefined ? undefined : [start, end];
}

/** The range of the key `segment` in `parent` when `parent` is a mapping. */
function keyOf(parent: unknown, segment: unknown): readonly [number, number] | undefined {
  if (!isMap(parent) || typeof segment !== 'string') return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === segment);
  return pair ? nodeRange(pair.key) : undefined;
}

function samePath(workloads: readonly WorkloadRef[], path: NodePath): WorkloadRef | undefined {
  const wanted = JSON.stringify(path);
  return workloads.find((w) => JSON.stringify(w.path) === wanted);
}
