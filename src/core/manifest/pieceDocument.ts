/**
 * One document of a long text, parsed from the piece the manifest reader says holds it instead of
 * from the whole text: on a 5 MB manifest, kilobytes instead of a second and a half of parsing.
 */
import type { Document } from 'yaml';
import { parseStreamDocuments, tooLargeProblem } from './parse.ts';
import type { DocumentSpan } from './reader.ts';

/** A parsed document and the text it was parsed from, which starts at `offset` in the whole text. */
export interface PieceDocument {
  readonly text: string;
  readonly offset: number;
  readonly doc: Document.Parsed;
}

/**
 * Document `span.documentIndex` of `span`'s piece of `text`, parsed from the piece alone; undefined
 * when the piece cannot tell and the whole text must be parsed instead: a text too large to be
 * read at all, a piece that holds other documents alone than in place, a document with errors
 * (whether the whole text has them too is the whole text's to say).
 */
export function documentInSpan(text: string, span: DocumentSpan): PieceDocument | undefined {
  if (tooLargeProblem(text)) return undefined;
  const piece = text.slice(span.start, span.end);
  const { documents } = parseStreamDocuments(piece);
  const doc = documents[span.documentIndex];
  if (documents.length !== span.documentCount || !doc || doc.errors.length > 0) return undefined;
  return { text: piece, offset: span.start, doc };
}
