import type { StateCreator } from 'zustand';
import { DEFAULT_RUNTIME, type RuntimeId } from '../core/model.ts';
import { analyzeSelection } from './analysis.ts';
import type { AppMiddlewares, AppState } from './appState.ts';

export interface PreferencesSlice {
  runtime: RuntimeId;
  setRuntime: (runtime: RuntimeId) => void;
}

export const createPreferencesSlice: StateCreator<
  AppState,
  AppMiddlewares,
  [],
  PreferencesSlice
> = (set, get) => ({
  runtime: DEFAULT_RUNTIME,
  setRuntime: (runtime) => set({ runtime, ...analyzeSelection(get(), get().selection, runtime) }),
});
