/**
 * Where the manifest reader cut the texts it read, for document handles (documentHandle.ts). Apart
 * from the handles, so that the reader (and the worker that runs it) does not carry the edit code.
 */
import type { Manifest, WorkloadRef } from '../model.ts';

/**
 * What the reader knows of the piece that holds a document of a text it read: reader.ts gives
 * it, these handles use it. The piece starts at a line start and holds whole documents.
 */
export interface DocumentPiece {
  readonly start: number;
  readonly end: number;
  /** The document's index among those the piece holds when parsed alone. */
  readonly documentIndex: number;
  /** How many documents the piece holds when parsed alone. */
  readonly documentCount: number;
  /**
   * Reads an edit of the piece as the reader will read it in place, once its text is the whole
   * text's: the workloads of the edited document, placed in the whole text; undefined when the
   * edit would not read without YAML errors in place (or the piece alone cannot tell). The reader
   * keeps what it parsed, so reading the edited text does not parse the piece again.
   */
  readEdited(piece: string): readonly WorkloadRef[] | undefined;
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
