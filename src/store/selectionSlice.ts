import type { StateCreator } from 'zustand';
import { analyzeSelection } from '../core/analysis/analysis.ts';
import type { ContainerKey } from '../core/analysis/containerKey.ts';
import type { AppMiddlewares, AppState } from './appState.ts';

/** A request to select and show a range of the text (offsets), e.g. from a warning's link. */
export interface RevealRequest {
  readonly start: number;
  readonly end: number;
  /** Changes on every request, so asking twice for the same range reveals it twice. */
  readonly nonce: number;
}

export interface SelectionSlice {
  selectContainer: (key: ContainerKey) => void;
  /** A range of the text the editor should scroll to and select. */
  revealRequest: RevealRequest | null;
  reveal: (start: number, end: number) => void;
}

export const createSelectionSlice: StateCreator<AppState, AppMiddlewares, [], SelectionSlice> = (
  set,
  get,
) => ({
  selectContainer: (key) => set({ analysis: analyzeSelection(get().analysis, key, get().node) }),
  revealRequest: null,
  reveal: (start, end) =>
    set((s) => ({ revealRequest: { start, end, nonce: (s.revealRequest?.nonce ?? 0) + 1 } })),
});
