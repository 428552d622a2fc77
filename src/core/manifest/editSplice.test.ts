import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { applyEdits, composeEdits } from './editSplice.ts';
import type { TextEdit } from './editResult.ts';

/** Random sorted, non-overlapping edits against a text of the given length. */
function editsFor(length: number): fc.Arbitrary<TextEdit[]> {
  return fc
    .array(
      fc.record({
        a: fc.integer({ min: 0, max: length }),
        b: fc.integer({ min: 0, max: length }),
        insert: fc.string({ maxLength: 4, unit: fc.constantFrom('a', 'b', '\n', 'x') }),
      }),
      { maxLength: 4 },
    )
    .map((raw) => {
      const sorted = raw
        .map(({ a, b, insert }) => ({ start: Math.min(a, b), end: Math.max(a, b), insert }))
        .sort((x, y) => x.start - y.start);
      const out: TextEdit[] = [];
      for (const edit of sorted) {
        const previous = out[out.length - 1];
        if (!previous || edit.start > previous.end) out.push(edit);
      }
      return out;
    });
}

describe('composeEdits', () => {
  test('a later edit inside an earlier insertion merges with it', () => {
    const original = 'abc';
    const first = [{ start: 1, end: 1, insert: 'XYZ' }];
    expect(composeEdits(original, first, [{ start: 2, end: 3, insert: '' }])).toEqual([
      { start: 1, end: 1, insert: 'XZ' },
    ]);
  });

  test('two sequential batches equal one list against the original', () => {
    const text = fc.string({ maxLength: 12, unit: fc.constantFrom('a', 'b', '\n', 'c') });
    fc.assert(
      fc.property(
        text.chain((original) =>
          editsFor(original.length).chain((first) => {
            const middle = applyEdits(original, first);
            return editsFor(middle.length).map((second) => ({ original, first, second, middle }));
          }),
        ),
        ({ original, first, second, middle }) => {
          const composed = composeEdits(original, first, second);
          expect(applyEdits(original, composed)).toBe(applyEdits(middle, second));
          for (let i = 1; i < composed.length; i++) {
            expect(composed[i - 1]!.end).toBeLessThanOrEqual(composed[i]!.start);
          }
          for (const edit of composed) {
            expect(edit.start).toBeLessThanOrEqual(edit.end);
            expect(original.slice(edit.start, edit.end) === edit.insert).toBe(false);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
