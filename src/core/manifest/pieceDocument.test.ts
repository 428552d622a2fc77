import { describe, expect, it } from 'vitest';
import { documentInSpan } from './pieceDocument.ts';

const FIRST = 'kind: Pod\nmetadata: {name: a}\n';
const SECOND = 'kind: Pod\nmetadata: {name: b}\n';
const TEXT = `${FIRST}---\n${SECOND}`;
const SECOND_START = TEXT.indexOf(SECOND);

describe('documentInSpan', () => {
  it('parses the piece alone and says where it starts in the whole text', () => {
    const span = { start: SECOND_START, end: TEXT.length, documentIndex: 0, documentCount: 1 };
    const found = documentInSpan(TEXT, span);
    expect(found?.offset).toBe(SECOND_START);
    expect(found?.text).toBe(SECOND);
    expect(found?.doc.getIn(['metadata', 'name'])).toBe('b');
  });

  it('leaves it to the whole text when the piece holds other documents alone', () => {
    const span = { start: 0, end: TEXT.length, documentIndex: 0, documentCount: 1 };
    expect(documentInSpan(TEXT, span)).toBeUndefined();
  });

  it('leaves it to the whole text when the document has errors', () => {
    const text = `${FIRST}---\nkind: [Pod\n`;
    const span = { start: FIRST.length + 4, end: text.length, documentIndex: 0, documentCount: 1 };
    expect(documentInSpan(text, span)).toBeUndefined();
  });
});
