import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type * as Monaco from 'monaco-editor';
import type { TextProblem } from '../core/model.ts';
import { replaceOnce } from '../../testing/replaceOnce.ts';
import type { TextChange } from '../store/textOrigin.ts';
import {
  bindEditorToStore,
  FORM_EDIT_SOURCE,
  lineBreakOf,
  LOAD_SOURCE,
  UNDOABLE_LOAD,
  type EditorStoreState,
} from './storeBridge.ts';

interface Position {
  lineNumber: number;
  column: number;
}
type ChangeListener = (e: { isUndoing: boolean; isRedoing: boolean }) => void;

class FakeRange {
  constructor(
    readonly startLineNumber: number,
    readonly startColumn: number,
    readonly endLineNumber: number,
    readonly endColumn: number,
  ) {}
}

/** Just enough of Monaco's model and editor, over a plain string, to observe the bridge. */
function fakeEditor(initial: string) {
  let value = initial;
  const listeners: ChangeListener[] = [];
  const calls: string[] = [];
  let readOnly = false;
  const fire = (undo = false) => listeners.forEach((l) => l({ isUndoing: undo, isRedoing: false }));
  const positionAt = (offset: number): Position => {
    const lines = value.slice(0, offset).split('\n');
    return { lineNumber: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
  };
  const offsetAt = ({ lineNumber, column }: Position) =>
    value
      .split('\n')
      .slice(0, lineNumber - 1)
      .join('\n').length +
    (lineNumber > 1 ? 1 : 0) +
    column -
    1;
  let eol = value.includes('\r\n') ? '\r\n' : '\n';
  const model = {
    getValue: vi.fn(() => value),
    getEOL: () => eol,
    pushEOL: (sequence: number) => {
      eol = sequence === 1 ? '\r\n' : '\n';
      calls.push(`pushEOL ${JSON.stringify(eol)}`);
      value = value.replace(/\r?\n/g, eol);
    },
    getFullModelRange: () => {
      const end = positionAt(value.length);
      return new FakeRange(1, 1, end.lineNumber, end.column);
    },
    setValue: (text: string) => {
      calls.push('setValue');
      value = text;
      fire();
    },
    getPositionAt: positionAt,
    onDidChangeContent: (listener: ChangeListener) => {
      listeners.push(listener);
      return { dispose: () => listeners.splice(listeners.indexOf(listener), 1) };
    },
  };
  const editor = {
    getModel: () => model,
    pushUndoStop: () => calls.push('pushUndoStop'),
    executeEdits: (source: string, edits: { range: FakeRange; text: string }[]) => {
      // As Monaco: every range is of the model before the call; applied from the last one back.
      const placed = edits.map(({ range, text }) => ({
        start: offsetAt({ lineNumber: range.startLineNumber, column: range.startColumn }),
        end: offsetAt({ lineNumber: range.endLineNumber, column: range.endColumn }),
        text,
      }));
      for (const { start, end, text } of placed) {
        calls.push(`executeEdits ${source} ${start}-${end} ${JSON.stringify(text)}`);
      }
      for (const { start, end, text } of [...placed].sort((a, b) => b.start - a.start)) {
        // Monaco writes inserted line breaks as the model's own.
        value = value.slice(0, start) + text.replace(/\r?\n/g, eol) + value.slice(end);
      }
      fire();
      return true;
    },
    setSelection: (range: FakeRange) => calls.push(`setSelection ${JSON.stringify(range)}`),
    revealRangeInCenter: () => calls.push('revealRangeInCenter'),
    focus: () => calls.push('focus'),
    updateOptions: (options: { readOnly?: boolean }) => {
      readOnly = options.readOnly ?? readOnly;
    },
    setPosition: (p: Position) => calls.push(`setPosition ${p.lineNumber}:${p.column}`),
    revealLine: (line: number) => calls.push(`revealLine ${line}`),
  };
  const markers: { owner: string; markers: unknown[] }[] = [];
  const monaco = {
    Range: FakeRange,
    MarkerSeverity: { Error: 8, Warning: 4 },
    editor: {
      EndOfLineSequence: { LF: 0, CRLF: 1 },
      setModelMarkers: (_model: unknown, owner: string, list: unknown[]) =>
        markers.push({ owner, markers: list }),
    },
  };
  return {
    monaco: monaco as unknown as typeof Monaco,
    editor: editor as unknown as Monaco.editor.IStandaloneCodeEditor,
    model,
    calls,
    markers,
    readOnly: () => readOnly,
    /** The user types or undoes: Monaco changes its model, then tells listeners. */
    userEdit(text: string, undo = false) {
      value = text;
      fire(undo);
    },
    value: () => value,
  };
}

function fakeStore(text: string) {
  const setText = vi.fn((next: string, { origin, edits }: TextChange) =>
    store.setState({ text: next, textOrigin: origin, textEdits: edits ?? null }),
  );
  const store = createStore<EditorStoreState>()(() => ({
    text,
    textOrigin: 'load',
    textEdits: null,
    setText,
    analysis: { text, problems: [] },
    revealRequest: null,
    phase: 'ready',
  }));
  return { store, setText };
}

const TEXT = 'kind: Pod\ncapabilities:\n  add:\n    - NET_ADMIN\n';
/** A parse problem on TEXT's first four characters. */
const problem: TextProblem = {
  message: 'bad',
  start: 0,
  end: 4,
  line: 1,
  column: 1,
  severity: 'error',
};

describe('bindEditorToStore', () => {
  it('sends typing and undo to the store with their origin', () => {
    const fake = fakeEditor(TEXT);
    const { store, setText } = fakeStore(TEXT);
    bindEditorToStore(fake.monaco, fake.editor, store);

    fake.userEdit(TEXT + '# note\n');
    fake.userEdit(TEXT, true);
    expect(setText.mock.calls).toEqual([
      [TEXT + '# note\n', { origin: 'typing' }],
      [TEXT, { origin: 'undo' }],
    ]);
    expect(fake.calls).toEqual([]);
  });

  it('applies a form edit as one undo step of the smallest range, without echo', () => {
    const fake = fakeEditor(TEXT);
    const { store, setText } = fakeStore(TEXT);
    bindEditorToStore(fake.monaco, fake.editor, store);

    const next = replaceOnce(TEXT, 'NET_ADMIN', 'NET_RAW');
    store.getState().setText(next, { origin: 'form' });
    expect(fake.value()).toBe(next);
    expect(fake.calls).toEqual([
      'pushUndoStop',
      `executeEdits ${FORM_EDIT_SOURCE} 41-46 "RAW"`,
      'pushUndoStop',
    ]);
    expect(setText).toHaveBeenCalledTimes(1);
  });

  it('replaces the whole text on load as one undo step, without echo', () => {
    const fake = fakeEditor(TEXT);
    const { store, setText } = fakeStore(TEXT);
    bindEditorToStore(fake.monaco, fake.editor, store);

    store.getState().setText('kind: Job\n', { origin: 'load' });
    expect(fake.value()).toBe('kind: Job\n');
    expect(fake.calls).toEqual([
      'pushUndoStop',
      `executeEdits ${LOAD_SOURCE} 0-${TEXT.length} "kind: Job\\n"`,
      'pushUndoStop',
      'setPosition 1:1',
      'revealLine 1',
    ]);
    expect(setText).toHaveBeenCalledTimes(1);
  });

  it('switches the line breaks on a load in the same undo step, as Monaco would for the text', () => {
    const fake = fakeEditor(TEXT);
    const { store } = fakeStore(TEXT);
    const binding = bindEditorToStore(fake.monaco, fake.editor, store);

    store.getState().setText('kind: Job\r\nspec: {}\r\n', { origin: 'load' });
    expect(fake.calls.slice(0, 3)).toEqual([
      'pushUndoStop',
      'pushEOL "\\r\\n"',
      `executeEdits ${LOAD_SOURCE} 0-${TEXT.length + 4} "kind: Job\\r\\nspec: {}\\r\\n"`,
    ]);
    expect(fake.value()).toBe('kind: Job\r\nspec: {}\r\n');
    expect(binding.modelText()).toBe('kind: Job\r\nspec: {}\r\n');
  });

  it('replaces a text above UNDOABLE_LOAD with setValue, its history dropped', () => {
    const fake = fakeEditor(TEXT);
    const { store } = fakeStore(TEXT);
    bindEditorToStore(fake.monaco, fake.editor, store);
    const big = `# ${'x'.repeat(UNDOABLE_LOAD)}\n`;
    store.getState().setText(big, { origin: 'load' });
    expect(fake.calls).toEqual(['setValue']);
    expect(fake.value()).toBe(big);
  });

  it('opens on the store text without an undo step when the model differs', () => {
    const fake = fakeEditor('');
    const { store, setText } = fakeStore(TEXT);
    bindEditorToStore(fake.monaco, fake.editor, store);
    expect(fake.value()).toBe(TEXT);
    expect(fake.calls).toEqual(['setValue']);
    expect(setText).not.toHaveBeenCalled();
  });

  it("is read-only while last time's text is read back, then editable again", () => {
    const fake = fakeEditor('');
    const { store } = fakeStore('');
    store.setState({ phase: 'restoring' });
    bindEditorToStore(fake.monaco, fake.editor, store);
    expect(fake.readOnly()).toBe(true);
    store.setState({ text: TEXT, textOrigin: 'load', phase: 'ready' });
    expect(fake.readOnly()).toBe(false);
    expect(fake.value()).toBe(TEXT);
  });

  it('reads the model once per change, not on every store update', () => {
    const fake = fakeEditor(TEXT);
    const { store } = fakeStore(TEXT);
    bindEditorToStore(fake.monaco, fake.editor, store);
    fake.model.getValue.mockClear();

    fake.userEdit(TEXT + 'a');
    store.setState({ revealRequest: null, analysis: { text: TEXT, problems: [] } });
    expect(fake.model.getValue).toHaveBeenCalledTimes(1);
  });

  it('mirrors problems of the current text as podcaps markers, skipping stale ones', () => {
    const fake = fakeEditor(TEXT);
    const { store } = fakeStore(TEXT);
    bindEditorToStore(fake.monaco, fake.editor, store);

    store.setState({ analysis: { problems: [problem], text: 'older text' } });
    expect(fake.markers.at(-1)?.markers).toEqual([]);
    store.setState({ analysis: { problems: [problem], text: TEXT } });
    expect(fake.markers.at(-1)).toEqual({
      owner: 'podcaps',
      markers: [expect.objectContaining({ message: 'bad', severity: 8, endColumn: 5 })],
    });
  });

  it('sets no markers over none: a read without problems after one without leaves them alone', () => {
    const fake = fakeEditor(TEXT);
    const { store } = fakeStore(TEXT);
    bindEditorToStore(fake.monaco, fake.editor, store);
    // The first read sets them whatever they are (the model may hold an earlier binding's).
    expect(fake.markers).toEqual([{ owner: 'podcaps', markers: [] }]);
    store.setState({ analysis: { problems: [], text: TEXT } });
    store.setState({ analysis: { problems: [], text: TEXT } });
    expect(fake.markers).toHaveLength(1);
    store.setState({ analysis: { problems: [problem], text: TEXT } });
    store.setState({ analysis: { problems: [], text: TEXT } });
    expect(fake.markers.map((m) => m.markers.length)).toEqual([0, 1, 0]);
    store.setState({ analysis: { problems: [], text: TEXT } });
    expect(fake.markers).toHaveLength(3);
  });

  it('selects, centers and focuses a requested range', () => {
    const fake = fakeEditor(TEXT);
    const { store } = fakeStore(TEXT);
    bindEditorToStore(fake.monaco, fake.editor, store);

    store.setState({ revealRequest: { start: 37, end: 46, nonce: 1 } });
    expect(fake.calls).toEqual([
      `setSelection ${JSON.stringify(new FakeRange(4, 7, 4, 16))}`,
      'revealRangeInCenter',
      'focus',
    ]);
  });

  it("applies the core's edits as they are, nothing between two far-apart nodes replaced", () => {
    const fake = fakeEditor(TEXT);
    const { store, setText } = fakeStore(TEXT);
    bindEditorToStore(fake.monaco, fake.editor, store);

    // One change of the first line and the last: a diff would replace everything between.
    const edits = [
      { start: 6, end: 9, insert: 'Job' },
      { start: TEXT.length, end: TEXT.length, insert: '# end\n' },
    ];
    const next = 'kind: Job\ncapabilities:\n  add:\n    - NET_ADMIN\n# end\n';
    store.getState().setText(next, { origin: 'form', edits });
    expect(fake.value()).toBe(next);
    expect(fake.calls).toEqual([
      'pushUndoStop',
      `executeEdits ${FORM_EDIT_SOURCE} 6-9 "Job"`,
      `executeEdits ${FORM_EDIT_SOURCE} ${TEXT.length}-${TEXT.length} "# end\\n"`,
      'pushUndoStop',
    ]);
    expect(setText).toHaveBeenCalledTimes(1);
  });

  it('diffs instead when the edits are not of the text the model holds', () => {
    const fake = fakeEditor(TEXT);
    const { store } = fakeStore(TEXT);
    bindEditorToStore(fake.monaco, fake.editor, store);
    // Monaco gives the model one line break: it no longer holds the store's text exactly.
    const mixed = 'kind: Pod\r\nx\n';
    store.getState().setText(mixed, { origin: 'form' });
    expect(fake.value()).toBe('kind: Pod\nx\n');
    // Offsets into the store's text would land one character off in the model: the bridge diffs.
    const next = `${mixed}# end\n`;
    store.getState().setText(next, {
      origin: 'form',
      edits: [{ start: mixed.length, end: mixed.length, insert: '# end\n' }],
    });
    expect(fake.value()).toBe('kind: Pod\nx\n# end\n');
  });

  it('stops listening and clears its markers when disposed', () => {
    const fake = fakeEditor(TEXT);
    const { store, setText } = fakeStore(TEXT);
    bindEditorToStore(fake.monaco, fake.editor, store).dispose();

    store.getState().setText('kind: Job\n', { origin: 'form' });
    fake.userEdit('typed');
    expect(fake.calls).toEqual([]);
    expect(setText).toHaveBeenCalledTimes(1);
    expect(fake.markers.at(-1)).toEqual({ owner: 'podcaps', markers: [] });
  });
});

describe('lineBreakOf', () => {
  it.each([
    ['a\nb\n', '\n'],
    ['a\r\nb\r\n', '\r\n'],
    ['a\r\nb\nc\n', '\n'],
    ['a\r\nb\r\nc\n', '\r\n'],
    ['a\rb\rc\n', '\r\n'],
  ])('%j has Monaco line breaks %j', (text, eol) => {
    expect(lineBreakOf(text, '\n')).toBe(eol);
  });

  it('keeps the fallback for a text without line breaks', () => {
    expect(lineBreakOf('kind: Pod', '\r\n')).toBe('\r\n');
    expect(lineBreakOf('', '\n')).toBe('\n');
  });
});
