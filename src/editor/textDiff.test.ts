import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallestEdit } from './textDiff.ts';

function apply(before: string, edit: ReturnType<typeof smallestEdit>): string {
  return before.slice(0, edit.start) + edit.text + before.slice(edit.end);
}

describe('smallestEdit', () => {
  it('replaces only what changed inside a line', () => {
    const before = 'add:\n  - NET_ADMIN\n';
    const after = 'add:\n  - NET_RAW\n';
    expect(smallestEdit(before, after)).toEqual({ start: 13, end: 18, text: 'RAW' });
  });

  it('is an insertion when text is added', () => {
    const before = 'add:\n  - NET_ADMIN\n';
    const after = 'add:\n  - NET_ADMIN\n  - NET_RAW\n';
    expect(smallestEdit(before, after)).toEqual({ start: 19, end: 19, text: '  - NET_RAW\n' });
  });

  it('is a deletion when text is removed', () => {
    expect(smallestEdit('a\nb\nc\n', 'a\nc\n')).toEqual({ start: 2, end: 4, text: '' });
  });

  it('is empty for equal texts', () => {
    expect(smallestEdit('same', 'same')).toEqual({ start: 4, end: 4, text: '' });
  });

  it('does not let prefix and suffix overlap on repeated characters', () => {
    // "aaa" -> "aa": the common prefix is 2 and the suffix may not reuse those characters.
    expect(smallestEdit('aaa', 'aa')).toEqual({ start: 2, end: 3, text: '' });
  });

  it('never splits a surrogate pair', () => {
    // U+1F600 and U+1F601 share their high surrogate.
    const edit = smallestEdit('x\u{1F600}y', 'x\u{1F601}y');
    expect(edit).toEqual({ start: 1, end: 3, text: '\u{1F601}' });
  });

  it('always reproduces the new text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        const edit = smallestEdit(a, b);
        expect(apply(a, edit)).toBe(b);
        expect(edit.start).toBeLessThanOrEqual(edit.end);
      }),
    );
  });
});
