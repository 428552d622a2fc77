import type { StateCreator } from 'zustand';
import { DEFAULT_RUNTIME, type RuntimeId } from '../core/model.ts';
import { analyzeSelection } from './analysis.ts';
import type { AppMiddlewares, AppState } from './appState.ts';

/** The orders the checklist can list capabilities in. */
export const CHECKLIST_ORDERS = ['number', 'risk', 'name'] as const;
export type ChecklistOrder = (typeof CHECKLIST_ORDERS)[number];

export interface PreferencesSlice {
  runtime: RuntimeId;
  checklistOrder: ChecklistOrder;
  setRuntime: (runtime: RuntimeId) => void;
  setChecklistOrder: (order: ChecklistOrder) => void;
}

export const createPreferencesSlice: StateCreator<
  AppState,
  AppMiddlewares,
  [],
  PreferencesSlice
> = (set, get) => ({
  runtime: DEFAULT_RUNTIME,
  checklistOrder: 'number',
  setRuntime: (runtime) => set({ runtime, ...analyzeSelection(get(), get().selection, runtime) }),
  setChecklistOrder: (checklistOrder) => set({ checklistOrder }),
});
