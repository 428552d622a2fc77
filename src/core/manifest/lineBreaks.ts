/**
 * Line-break counts, apart from the edit code: the manifest reader keeps them per piece it read
 * (so an edit of one piece of a long text need not count the rest again), and the edits use them
 * to choose the line ending of what they insert (editLayout.ts).
 */

/** How many line breaks a text has: CRLF pairs, and every `\n` (CRLF ones included). */
export interface LineBreaks {
  readonly crlf: number;
  readonly lf: number;
}

/** The line breaks of `text` (counting, without the arrays `split` would build). */
export function countLineBreaks(text: string): LineBreaks {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    lf++;
    if (text.charCodeAt(i - 1) === 13) crlf++;
  }
  return { crlf, lf };
}
