import type {
  CapabilityInfo,
  ContainerRef,
  Manifest,
  RuntimeId,
  SimulationResult,
} from '../model.ts';
import { RUNTIME_IDS } from '../model.ts';
import type { NodeLike } from '../node/nodeProfile.ts';
import { peerNodes } from '../runtimes/rules.ts';
import { compareNodes, type PerColumn } from './compareNodes.ts';

/** Whether a runtime gives the capability; null when that runtime (or the API server) refuses. */
export type PerRuntime = Readonly<Record<RuntimeId, boolean | null>>;

/** A capability whose bounding or effective membership is not the same on every runtime. */
export interface CapabilityDifference {
  readonly capability: CapabilityInfo;
  readonly bounding: PerRuntime;
  readonly effective: PerRuntime;
}

/** The selected container on containerd, CRI-O and Docker, side by side. */
export interface RuntimeComparison {
  /** Per runtime: the refusal, or the process state (bounding, effective, ...). */
  readonly results: Readonly<Record<RuntimeId, SimulationResult>>;
  /** Where the accepting runtimes disagree, in capability-number order. */
  readonly differences: readonly CapabilityDifference[];
  /** True when every runtime accepts or every runtime refuses, and the sets agree. */
  readonly identical: boolean;
}

function byRuntime<T>(values: readonly T[]): Readonly<Record<RuntimeId, T>> {
  return Object.fromEntries(RUNTIME_IDS.map((id, i) => [id, values[i]])) as Record<RuntimeId, T>;
}

/**
 * Simulates `container` (from `manifest`) on every runtime and lists, per capability, where the
 * runtimes disagree — the data behind the app's runtime comparison. The runtimes run on `node`'s
 * kernel, OCI runtime and Kubernetes; `node`'s own runtime at its version, the others at their newest.
 */
export function compareRuntimes(
  manifest: Manifest,
  container: ContainerRef,
  node: NodeLike = 'containerd',
): RuntimeComparison {
  const comparison = compareNodes(manifest, container, peerNodes(node));
  const perRuntime = (values: PerColumn): PerRuntime => byRuntime(values);
  return {
    results: byRuntime(comparison.columns.map((c) => c.result)),
    differences: comparison.differences.map((d) => ({
      capability: d.capability,
      bounding: perRuntime(d.bounding),
      effective: perRuntime(d.effective),
    })),
    identical: comparison.identical,
  };
}
