import type { StateCreator } from 'zustand';
import type { WorkloadRef } from '../core/model.ts';
import type { PsaLevel, PsaViolation } from '../core/psa/types.ts';
import type { AppMiddlewares, AppState } from './appState.ts';
import { BLOCK_MESSAGES, selectEditBlock } from './textPhase.ts';

/** What the latest "Make restricted" did, shown beside its button. */
export interface RestrictedReport {
  /** The text it produced: once the text differs (the user edited or undid), the report is stale. */
  readonly text: string;
  /** The workload it fixed, as `documentIndex/path`. */
  readonly workload: string;
  readonly applied: readonly string[];
  readonly cannotFix: readonly string[];
}

export interface PodSecuritySlice {
  /** The level chosen in the picker; null follows the Namespace label, else restricted. */
  psaTarget: PsaLevel | null;
  /** The policy version chosen in the picker; null follows the Namespace label, else latest. */
  psaVersion: string | null;
  restrictedReport: RestrictedReport | null;
  setPsaTarget: (level: PsaLevel) => void;
  setPsaVersion: (version: string) => void;
  /** Selects the node a violation names in the editor. */
  revealViolation: (violation: PsaViolation) => Promise<void>;
  /** Applies every automatic restricted fix to the selected workload as one form edit. */
  makeWorkloadRestricted: () => Promise<void>;
}

export function workloadId(workload: WorkloadRef): string {
  return `${workload.documentIndex}/${JSON.stringify(workload.path)}`;
}

/** Why the text cannot be used right now, or null: offsets and paths of an older read would mislead. */
function staleReason(state: AppState): string | null {
  const block = selectEditBlock(state);
  if (block) return BLOCK_MESSAGES[block];
  if (!state.analysis.workload) return 'No workload is selected.';
  return null;
}

export function createPodSecuritySlice(): StateCreator<
  AppState,
  AppMiddlewares,
  [],
  PodSecuritySlice
> {
  return (set, get) => ({
    psaTarget: null,
    psaVersion: null,
    restrictedReport: null,
    setPsaTarget: (psaTarget) => set({ psaTarget }),
    setPsaVersion: (psaVersion) => set({ psaVersion }),
    revealViolation: async (violation) => {
      // The Pod Security code loads after first paint, with its panel (the only caller).
      const { violationRange } = await import('../core/psa/violationRanges.ts');
      get().flushParse();
      const state = get();
      const stale = staleReason(state);
      const { manifest, workload } = state.analysis;
      // The analysis' manifest is the text's (staleReason checked): its document handle parses
      // only the reader's piece of a long text.
      const range =
        stale === null && manifest && workload
          ? violationRange(manifest, workload, violation)
          : null;
      if (range) state.reveal(range.start, range.end);
      else state.announce(stale ?? `Cannot find "${violation.reason}" in the text.`, true);
    },
    makeWorkloadRestricted: async () => {
      const { makeRestricted } = await import('../core/psa/makeRestricted.ts');
      get().flushParse();
      const state = get();
      const stale = staleReason(state);
      const { manifest, workload } = state.analysis;
      if (stale !== null || !manifest || !workload) {
        state.announce(stale ?? 'No workload is selected.', true);
        return;
      }
      const result = makeRestricted(manifest, workload);
      if (!result.ok) {
        state.announce(result.error, true);
        return;
      }
      set({
        restrictedReport: {
          text: result.text,
          workload: workloadId(workload),
          applied: result.applied,
          cannotFix: result.cannotFix,
        },
      });
      // Origin `form`: the editor applies the edits as they are, as one undoable change.
      if (result.text !== state.text) {
        state.setText(result.text, { origin: 'form', edits: result.edits });
      }
      state.announce(
        result.cannotFix.length === 0
          ? `${workload.name} now meets restricted.`
          : `${workload.name}: ${result.cannotFix.length} left to fix by hand.`,
      );
    },
  });
}

/**
 * The latest "Make restricted" report while it still describes the text and the selected workload;
 * null once the user changed either. Returns the stored object, so it is a stable selector.
 */
export function selectCurrentReport(state: AppState): RestrictedReport | null {
  const report = state.restrictedReport;
  const { workload } = state.analysis;
  if (!report || report.text !== state.text || !workload) return null;
  return report.workload === workloadId(workload) ? report : null;
}
