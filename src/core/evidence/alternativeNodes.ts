import { formatCapsh } from '../capsh.ts';
import type { ContainerRef, Manifest, ProcessState } from '../model.ts';
import {
  KERNEL_VERSIONS,
  OCI_RUNTIME_VERSIONS,
  RUNTIME_VERSIONS,
  nodeKey,
  type NodeProfile,
} from '../node/nodeProfile.ts';
import { simulate } from '../process.ts';
import { RUNTIMES } from '../runtimes/runtimeTable.ts';
import { RUNTIME_IDS } from '../model.ts';
import type { Alternative } from './compare.ts';

/** A profile one change away from the node, and what changed. */
export interface Neighbour {
  readonly label: string;
  readonly node: NodeProfile;
  /** Set when the change is the runtime or its version: lets equivalent versions be merged. */
  readonly runtimeVersion?: string;
}

/**
 * Labels of neighbours that give the same process: every version of one runtime reads as the
 * runtime alone ("CRI-O"), some versions as "containerd 1.6 or 1.7".
 */
function groupLabel(group: readonly Neighbour[]): string {
  const parts: string[] = [];
  const byRuntime = new Map<string, string[]>();
  for (const n of group) {
    if (n.runtimeVersion === undefined) parts.push(n.label);
    else
      byRuntime.set(n.node.runtime, [...(byRuntime.get(n.node.runtime) ?? []), n.runtimeVersion]);
  }
  const runtimeParts = [...byRuntime].map(([runtime, versions]) => {
    const id = runtime as keyof typeof RUNTIME_VERSIONS;
    const label = RUNTIMES[id].label;
    return versions.length === RUNTIME_VERSIONS[id].length
      ? label
      : `${label} ${versions.join(' or ')}`;
  });
  return [...runtimeParts, ...parts].join(' or ');
}

/**
 * The profiles a real container may have run on instead of `node`, one axis changed at a time
 * (another runtime or runtime version, another kernel, another OCI runtime), each with a label
 * that says what changed: the node-profile change the comparison offers when one agrees.
 */
export function neighbourNodes(node: NodeProfile): Neighbour[] {
  const out: Neighbour[] = [];
  const seen = new Set([nodeKey(node)]);
  const add = (label: string, candidate: NodeProfile, runtimeVersion?: string) => {
    const key = nodeKey(candidate);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ label, node: candidate, ...(runtimeVersion ? { runtimeVersion } : {}) });
  };
  for (const runtime of RUNTIME_IDS) {
    for (const runtimeVersion of RUNTIME_VERSIONS[runtime]) {
      const label = `${RUNTIMES[runtime].label} ${runtimeVersion}`;
      add(label, { ...node, runtime, runtimeVersion }, runtimeVersion);
    }
  }
  for (const kernel of KERNEL_VERSIONS) add(`Linux ${kernel}`, { ...node, kernel });
  for (const ociRuntime of ['runc', 'crun'] as const) {
    const ociRuntimeVersion = OCI_RUNTIME_VERSIONS[ociRuntime].at(-1) ?? '';
    add(`${ociRuntime} ${ociRuntimeVersion}`, { ...node, ociRuntime, ociRuntimeVersion });
  }
  add('crun 1.28', { ...node, ociRuntime: 'crun', ociRuntimeVersion: '1.28' });
  return out;
}

/** The container simulated on every neighbour of `node` that accepts it, for compareWithContainer. */
export function alternativeSimulations(
  manifest: Manifest,
  container: ContainerRef,
  node: NodeProfile,
): Alternative[] {
  // Neighbours that give the same process are one alternative, so the answer names each cause once.
  const groups = new Map<string, { state: ProcessState; members: Neighbour[] }>();
  for (const neighbour of neighbourNodes(node)) {
    const result = simulate(manifest, container, neighbour.node);
    if (!result.ok) continue;
    const key = formatCapsh(result.state);
    const group = groups.get(key);
    if (group) group.members.push(neighbour);
    else groups.set(key, { state: result.state, members: [neighbour] });
  }
  return [...groups.values()].map(({ state, members }) => ({ label: groupLabel(members), state }));
}
