import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type * as Monaco from 'monaco-editor';
import type { WarningMarkers } from '../core/inspect/warningMarkers.ts';
import {
  bindInspectionMarkers,
  INSPECTION_MARKER_OWNER,
  warningsToMarkers,
} from './inspectionMarkers.ts';

const SEVERITY = { Warning: 4, Info: 2 } as const;

function model(text: { value: string }): Pick<Monaco.editor.ITextModel, 'getPositionAt'> & {
  getValue(): string;
} {
  return {
    getValue: () => text.value,
    getPositionAt: (offset: number) => {
      const lines = text.value.slice(0, offset).split('\n');
      const position = { lineNumber: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
      return position as Monaco.Position;
    },
  };
}

const marker = (start: number, end: number, severity: 'info' | 'warning' | 'danger') =>
  ({ start, end, severity, code: 'cap-prefix', message: 'p / c: m' }) as const;

describe('warningsToMarkers', () => {
  it('places each warning by line and column, danger as a warning, info as info', () => {
    const m = model({ value: 'a: 1\nadd: [CAP_X]\n' });
    const markers = warningsToMarkers(
      [marker(11, 16, 'danger'), marker(11, 11, 'info')],
      m,
      SEVERITY as unknown as typeof Monaco.MarkerSeverity,
    );
    expect(markers[0]).toMatchObject({
      severity: 4,
      code: 'cap-prefix',
      startLineNumber: 2,
      startColumn: 7,
      endLineNumber: 2,
      endColumn: 12,
    });
    // An empty range still underlines one character.
    expect(markers[1]).toMatchObject({ severity: 2, startColumn: 7, endColumn: 8 });
  });
});

describe('bindInspectionMarkers', () => {
  it('sets its own owner only for the text in the model, and clears it on dispose', () => {
    const text = { value: 'add: [CAP_X]\n' };
    const setModelMarkers = vi.fn();
    const monaco = {
      editor: { setModelMarkers },
      MarkerSeverity: SEVERITY,
    } as unknown as typeof Monaco;
    const editor = {
      getModel: () => model(text),
    } as unknown as Monaco.editor.IStandaloneCodeEditor;
    const store = createStore<{ markers: WarningMarkers | null }>()(() => ({
      markers: { text: text.value, markers: [marker(6, 11, 'warning')] },
    }));

    const binding = bindInspectionMarkers(monaco, editor, store, (s) => s.markers);
    expect(setModelMarkers).toHaveBeenCalledTimes(1);
    expect(setModelMarkers.mock.calls[0]?.[1]).toBe(INSPECTION_MARKER_OWNER);
    expect(setModelMarkers.mock.calls[0]?.[2]).toHaveLength(1);

    // Offsets of another text would land on the wrong characters: kept until the model has it.
    store.setState({ markers: { text: 'other', markers: [] } });
    expect(setModelMarkers).toHaveBeenCalledTimes(1);

    binding.dispose();
    expect(setModelMarkers).toHaveBeenLastCalledWith(
      expect.anything(),
      INSPECTION_MARKER_OWNER,
      [],
    );
  });
});
