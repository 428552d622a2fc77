import type { StateCreator } from 'zustand';
import { analyzeSelection } from './analysis.ts';
import type { AppMiddlewares, AppState } from './appState.ts';
import type { ContainerKey } from './containerKey.ts';

export interface SelectionSlice {
  selectContainer: (key: ContainerKey) => void;
  /** A range of the text the editor should scroll to and select (nonce: ask again for the same range). */
  revealRequest: { start: number; end: number; nonce: number } | null;
  reveal: (start: number, end: number) => void;
}

export const createSelectionSlice: StateCreator<AppState, AppMiddlewares, [], SelectionSlice> = (
  set,
  get,
) => ({
  selectContainer: (key) => set(analyzeSelection(get(), key, get().runtime)),
  revealRequest: null,
  reveal: (start, end) =>
    set((s) => ({ revealRequest: { start, end, nonce: (s.revealRequest?.nonce ?? 0) + 1 } })),
});
