/**
 * Cheap splitting of a YAML stream into pieces that parse the same alone as they do in place.
 *
 * In YAML a line that starts, at column 0, with `---` followed by a space, a tab or the end of the
 * line is a document marker wherever it appears: it ends a block scalar, a quoted or plain scalar
 * and a flow collection alike (YAML 1.2.2 §9.1.4, `c-forbidden`), and the `yaml` lexer checks for
 * it in every state. So the stream can be cut before every such line without running the parser.
 *
 * `...` lines are markers too, but not cuts: what follows one up to the next `---` is composed
 * with the document it ended (stray tokens there are that document's errors).
 *
 * The `yaml` parser does not always honour a `---`: a quoted scalar with no closing quote runs to
 * the end of the stream, and a bare document holding only stray tokens takes the `---` as its own
 * start. The reader notices (the piece's `---` did not open a document) and reads the rest whole.
 */

/** One piece of the stream, cut before a `---` line. */
export interface StreamPiece {
  /** Offset of the piece in the whole text. */
  readonly start: number;
  readonly text: string;
  /**
   * Whether the next piece's `---` line ends this one. The piece is then parsed with that `---`
   * appended, so that whatever the marker interrupts (an open flow collection, a scalar) is
   * reported exactly as in the whole stream; the empty document it opens is not counted.
   */
  readonly beforeDocumentStart: boolean;
}

// A `---` line, or a line starting with `%` (after a byte order mark, which the lexer skips
// there): a directive when it follows `...` or opens the stream, and directives change how the
// documents after them are read.
const CUT = /^(?:---(?=[ \t\r\n]|$)|\uFEFF?%)/gm;

/**
 * The pieces of `text`, in order, joining back to `text`; or undefined when the text has a line
 * starting with `%` (a possible `%YAML`/`%TAG` directive), which only a full parse reads right.
 */
export function splitStream(text: string): StreamPiece[] | undefined {
  const pieces: StreamPiece[] = [];
  let start = 0;
  CUT.lastIndex = 0;
  for (let match = CUT.exec(text); match; match = CUT.exec(text)) {
    if (match[0] !== '---') return undefined;
    if (match.index === 0) continue;
    pieces.push({ start, text: text.slice(start, match.index), beforeDocumentStart: true });
    start = match.index;
  }
  pieces.push({ start, text: text.slice(start), beforeDocumentStart: false });
  return pieces;
}
