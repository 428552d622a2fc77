import { CAPABILITIES } from '../capabilityCatalog.ts';
import { hasCap } from '../capmask.ts';
import type { CapabilityInfo, ContainerRef, Manifest, SimulationResult } from '../model.ts';
import type { NodeProfile } from '../node/nodeProfile.ts';
import { simulate } from '../process.ts';

/** One column of a comparison: a node and what the container gets there. */
export interface NodeColumn {
  readonly node: NodeProfile;
  readonly result: SimulationResult;
}

/** Per column, in column order: whether that node gives the capability; null where it refuses. */
export type PerColumn = readonly (boolean | null)[];

/** A capability whose bounding or effective membership differs between the columns. */
export interface NodeDifference {
  readonly capability: CapabilityInfo;
  readonly bounding: PerColumn;
  readonly effective: PerColumn;
}

/** The selected container on several nodes, side by side. */
export interface NodeComparison {
  readonly columns: readonly NodeColumn[];
  /** Where the accepting nodes disagree, in capability-number order. */
  readonly differences: readonly NodeDifference[];
  /** True when every node accepts or every node refuses, and the sets agree. */
  readonly identical: boolean;
}

// A refusal is reported once, in the column; counting it here would mark all 41 as different.
function varies(values: PerColumn): boolean {
  return new Set(values.filter((v) => v !== null)).size > 1;
}

/**
 * Simulates `container` (from `manifest`) on each of `nodes` and lists, per capability, where they
 * disagree: containerd vs CRI-O vs Docker, or containerd 1.7 vs 2.1, or kernel 5.4 vs 6.12.
 */
export function compareNodes(
  manifest: Manifest,
  container: ContainerRef,
  nodes: readonly NodeProfile[],
): NodeComparison {
  const columns = nodes.map((node) => ({ node, result: simulate(manifest, container, node) }));
  const per = (set: 'bounding' | 'effective', n: number): PerColumn =>
    columns.map(({ result }) => (result.ok ? hasCap(result.state[set], n) : null));
  const differences = CAPABILITIES.map((capability) => ({
    capability,
    bounding: per('bounding', capability.number),
    effective: per('effective', capability.number),
  })).filter((d) => varies(d.bounding) || varies(d.effective));
  const outcomes = new Set(columns.map((c) => c.result.ok));
  return { columns, differences, identical: outcomes.size <= 1 && differences.length === 0 };
}
