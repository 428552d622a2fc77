import { CAPABILITIES } from '../capabilities.ts';
import { hasCap } from '../capmask.ts';
import type {
  CapabilityInfo,
  ContainerRef,
  Manifest,
  RuntimeId,
  SimulationResult,
} from '../model.ts';
import { simulate } from '../process.ts';
import { RUNTIME_IDS } from '../model.ts';

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

function perRuntime(
  results: Readonly<Record<RuntimeId, SimulationResult>>,
  set: 'bounding' | 'effective',
  n: number,
): PerRuntime {
  const entry = (id: RuntimeId): boolean | null => {
    const result = results[id];
    return result.ok ? hasCap(result.state[set], n) : null;
  };
  return { containerd: entry('containerd'), 'cri-o': entry('cri-o'), docker: entry('docker') };
}

// A refusal is reported once, in `results`; counting it here would mark all 41 as different.
function varies(values: PerRuntime): boolean {
  return new Set(Object.values(values).filter((v) => v !== null)).size > 1;
}

/**
 * Simulates `container` (from `manifest`) on every runtime and lists, per capability, where the
 * runtimes disagree — the data behind the app's runtime comparison.
 */
export function compareRuntimes(manifest: Manifest, container: ContainerRef): RuntimeComparison {
  const results = {
    containerd: simulate(manifest, container, 'containerd'),
    'cri-o': simulate(manifest, container, 'cri-o'),
    docker: simulate(manifest, container, 'docker'),
  };
  const differences = CAPABILITIES.map((capability) => ({
    capability,
    bounding: perRuntime(results, 'bounding', capability.number),
    effective: perRuntime(results, 'effective', capability.number),
  })).filter((d) => varies(d.bounding) || varies(d.effective));
  const refusals = new Set(RUNTIME_IDS.map((id) => results[id].ok));
  return { results, differences, identical: refusals.size === 1 && differences.length === 0 };
}
