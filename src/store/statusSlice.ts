import type { StateCreator } from 'zustand';
import type { AppMiddlewares, AppState } from './appState.ts';

export interface StatusSlice {
  /** Feedback for the status live region ("Copied", "Downloaded mypod.yaml"). */
  status: { message: string; isError: boolean; nonce: number };
  announce: (message: string, isError?: boolean) => void;
}

export const createStatusSlice: StateCreator<AppState, AppMiddlewares, [], StatusSlice> = (
  set,
) => ({
  status: { message: '', isError: false, nonce: 0 },
  // The nonce lets the same message ("Copied") be announced twice in a row.
  announce: (message, isError = false) =>
    set((s) => ({ status: { message, isError, nonce: s.status.nonce + 1 } })),
});
