/**
 * Line and column positions for reports that leave the process (SARIF, workflow commands, JSON).
 * The core speaks character offsets everywhere else; only what is printed needs lines.
 */

/** A 1-based line and 1-based column, the column counted in UTF-16 code units (SARIF's default). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A region of the text: `start` is its first character, `end` the position just after its last. */
export interface Region {
  readonly start: Position;
  readonly end: Position;
}

/**
 * The offsets at which each line of `text` starts. Only `\n` ends a line: a `\r` before it stays
 * in the line, as the `yaml` parser and editors count them.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The position of `offset` given the text's {@link lineStarts}. */
export function positionAt(starts: readonly number[], offset: number): Position {
  // Binary search: a 5 MB manifest has 200,000 lines and a report may hold thousands of results.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

/** The region of `[start, end)`, as {@link Region} counts it. */
export function regionOf(starts: readonly number[], range: { start: number; end: number }): Region {
  return { start: positionAt(starts, range.start), end: positionAt(starts, range.end) };
}
