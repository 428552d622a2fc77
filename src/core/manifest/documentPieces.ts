/**
 * Where the manifest reader cut the texts it read, for document handles (documentHandle.ts). Apart
 * from the handles, so that the reader (and the worker that runs it) does not carry the edit code.
 */
import type { Document } from 'yaml';
import type { Manifest, WorkloadRef } from '../model.ts';
import type { LineBreaks } from './lineBreaks.ts';

/**
 * What the reader knows of the piece that holds a document of a text it read: reader.ts gives
 * it, these handles use it. The piece starts at a line start and holds whole documents.
 */
export interface DocumentPiece {
  readonly start: number;
  readonly end: number;
  /**
   * The piece's text, `text.slice(start, end)` of the text read, kept by the reader: slicing an
   * edited text (a concatenation) would copy all of it first.
   */
  readonly text: string;
  /**
   * The piece's documents as `parseAllDocuments(text)` gives them, when the reader has that very
   * parse (the piece an edit just made, read as it is); undefined otherwise. Never modified.
   */
  readonly documents?: readonly Document.Parsed[];
  /** The document's index among those the piece holds when parsed alone. */
  readonly documentIndex: number;
  /** How many documents the piece holds when parsed alone. */
  readonly documentCount: number;
  /**
   * The line breaks of the text outside the piece (they take part in choosing the line ending an
   * edit inserts): the reader keeps each piece's count, so this does not count the whole text.
   */
  outside(): LineBreaks;
  /**
   * Reads an edit of the piece as the reader will read it in place: the whole edited text (the
   * read text with `piece` in place of the old piece) and the workloads of the edited document,
   * placed in it; undefined when the edit would not read without YAML errors in place (or the
   * piece alone cannot tell), or when the edited text is too large to read. The reader keeps what it parsed, and a read of that very text right
   * after reuses every other piece as it is, without splitting or scanning the whole text again.
   */
  readEdited(piece: string): EditedPiece | undefined;
}

/** What {@link DocumentPiece.readEdited} gives. */
export interface EditedPiece {
  readonly text: string;
  readonly workloads: readonly WorkloadRef[];
}

/** The piece of each document of one read text, or undefined where the whole text decides. */
export type PieceFinder = (documentIndex: number) => DocumentPiece | undefined;

const finders = new WeakMap<Manifest, PieceFinder>();

/** Called by the reader for each manifest it read in pieces, to give its handles their piece. */
export function registerPieces(manifest: Manifest, find: PieceFinder): void {
  finders.set(manifest, find);
}

/** The pieces of a manifest the reader read in pieces; undefined for any other manifest. */
export function pieceFinderOf(manifest: Manifest): PieceFinder | undefined {
  return finders.get(manifest);
}
