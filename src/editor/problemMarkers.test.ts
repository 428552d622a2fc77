import { describe, expect, it } from 'vitest';
import type { TextProblem } from '../core/model.ts';
import { problemsToMarkers } from './problemMarkers.ts';

/** Monaco's getPositionAt over a plain string: 1-based lines and columns, clamped to the text. */
function modelOf(text: string) {
  return {
    getPositionAt(offset: number) {
      const before = text.slice(0, Math.min(Math.max(offset, 0), text.length));
      const lines = before.split('\n');
      return { lineNumber: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
    },
  } as Parameters<typeof problemsToMarkers>[1];
}

const severity = { Error: 8, Warning: 4 } as const;

function problem(start: number, end: number, severity: TextProblem['severity']): TextProblem {
  return { message: `problem at ${start}`, start, end, line: 0, column: 0, severity };
}

describe('problemsToMarkers', () => {
  it('turns offsets into line and column ranges', () => {
    const text = 'kind: Pod\nspec:\n  containers: [\n';
    const [marker] = problemsToMarkers([problem(18, 31, 'error')], modelOf(text), severity);
    expect(marker).toEqual({
      message: 'problem at 18',
      severity: 8,
      startLineNumber: 3,
      startColumn: 3,
      endLineNumber: 3,
      endColumn: 16,
      source: 'Podcaps',
    });
  });

  it('maps warnings and widens empty ranges to one character', () => {
    const [marker] = problemsToMarkers([problem(4, 4, 'warning')], modelOf('abc\ndef'), severity);
    expect(marker).toMatchObject({
      severity: 4,
      startLineNumber: 2,
      startColumn: 1,
      endLineNumber: 2,
      endColumn: 2,
    });
  });
});
