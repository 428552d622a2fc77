import type { StateCreator } from 'zustand';
import type { RuntimeId } from '../core/model.ts';
import { DEFAULT_NODE, RUNTIME_VERSIONS, type NodeProfile } from '../core/node/nodeProfile.ts';
import { analyzeSelection } from '../core/analysis/analysis.ts';
import type { AppMiddlewares, AppState } from './appState.ts';

/** The orders the checklist can list capabilities in. */
export const CHECKLIST_ORDERS = ['number', 'risk', 'name'] as const;
export type ChecklistOrder = (typeof CHECKLIST_ORDERS)[number];

export interface PreferencesSlice {
  /** The node every answer is for: runtime and its version, OCI runtime, kernel, Kubernetes. */
  node: NodeProfile;
  /**
   * Always `node.runtime`. Kept as its own field because the runtime alone is what most views and
   * what stored data and links of before profiles know.
   */
  runtime: RuntimeId;
  checklistOrder: ChecklistOrder;
  /**
   * Switches the runtime, keeping the rest of the node. The version stays when the new runtime
   * has it too, else it becomes that runtime's newest.
   */
  setRuntime: (runtime: RuntimeId) => void;
  /** Changes some axes of the node; a runtime version the runtime does not have is ignored. */
  setNode: (change: Partial<NodeProfile>) => void;
  setChecklistOrder: (order: ChecklistOrder) => void;
}

/** `node` with `change` applied, kept valid: the version always one of the runtime's own. */
export function changedNode(node: NodeProfile, change: Partial<NodeProfile>): NodeProfile {
  const next = { ...node, ...change };
  const versions = RUNTIME_VERSIONS[next.runtime];
  if (versions.includes(next.runtimeVersion)) return next;
  const kept = versions.includes(node.runtimeVersion) ? node.runtimeVersion : versions.at(-1);
  return { ...next, runtimeVersion: kept ?? next.runtimeVersion };
}

export const createPreferencesSlice: StateCreator<
  AppState,
  AppMiddlewares,
  [],
  PreferencesSlice
> = (set, get) => {
  const setNode = (change: Partial<NodeProfile>) => {
    const node = changedNode(get().node, change);
    const { analysis } = get();
    set({
      node,
      runtime: node.runtime,
      analysis: analyzeSelection(analysis, analysis.selection, node),
    });
  };
  return {
    node: DEFAULT_NODE,
    runtime: DEFAULT_NODE.runtime,
    checklistOrder: 'number',
    setRuntime: (runtime) => setNode({ runtime }),
    setNode,
    setChecklistOrder: (checklistOrder) => set({ checklistOrder }),
  };
};
