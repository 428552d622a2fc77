import type { Analysis } from '../core/analysis/analysis.ts';
import type { DocumentSlice } from './documentSlice.ts';
import type { FormSlice } from './formSlice.ts';
import type { OtherTabSlice } from './otherTabSlice.ts';
import type { PodSecuritySlice } from './podSecuritySlice.ts';
import type { PreferencesSlice } from './preferencesSlice.ts';
import type { SelectionSlice } from './selectionSlice.ts';
import type { StatusSlice } from './statusSlice.ts';

/** The whole store: the slices plus the analysis derived from them, as one value. */
export type AppState = DocumentSlice &
  SelectionSlice &
  PreferencesSlice &
  FormSlice &
  StatusSlice &
  PodSecuritySlice &
  OtherTabSlice & {
    /** What the views show of the text, the selected container and the node. */
    readonly analysis: Analysis;
  };

/** Middlewares around the combined store; each slice creator declares them for typed set/get. */
export type AppMiddlewares = [['zustand/persist', unknown]];

/** What survives a reload: the text and the preferences, nothing derived. */
export interface PersistedState {
  /** Left out while the text of last time is read back: the stored one then stays as it is. */
  text?: string;
  /** `node.runtime`, for an older build that reads back the runtime only. */
  runtime: AppState['runtime'];
  node: AppState['node'];
  checklistOrder: AppState['checklistOrder'];
  psaTarget: AppState['psaTarget'];
  psaVersion: AppState['psaVersion'];
}
