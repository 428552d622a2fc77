import { describe, expect, it } from 'vitest';
import { lineStarts, positionAt, regionOf } from './lineColumn.ts';

describe('lineColumn', () => {
  const text = 'a: 1\r\nbb: 2\n\nccc: 3';
  const starts = lineStarts(text);

  it('counts lines at \\n only, a \\r staying in its line', () => {
    expect(starts).toEqual([0, 6, 12, 13]);
  });

  it('gives 1-based lines and columns', () => {
    expect(positionAt(starts, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(starts, 4)).toEqual({ line: 1, column: 5 });
    expect(positionAt(starts, 7)).toEqual({ line: 2, column: 2 });
    expect(positionAt(starts, 12)).toEqual({ line: 3, column: 1 });
    expect(positionAt(starts, text.length)).toEqual({ line: 4, column: 7 });
  });

  it('makes a region of a span, its end just after the last character', () => {
    expect(regionOf(starts, { start: 13, end: 16 })).toEqual({
      start: { line: 4, column: 1 },
      end: { line: 4, column: 4 },
    });
  });
});
