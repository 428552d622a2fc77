import { atLeast, defaultNode, type NodeProfile } from './nodeProfile.ts';
import { RUNTIMES } from '../runtimes/runtimeTable.ts';

/**
 * The OCI runtime choices the app offers: runc, and crun on either side of 1.29, where it starts
 * refusing capability names it does not know. Each stands for the newest version of its range.
 */
export const OCI_CHOICES = [
  { value: 'runc', label: 'runc', ociRuntime: 'runc', ociRuntimeVersion: '1.5' },
  { value: 'crun@1.28', label: 'crun ≤ 1.28', ociRuntime: 'crun', ociRuntimeVersion: '1.28' },
  { value: 'crun@1.29', label: 'crun ≥ 1.29', ociRuntime: 'crun', ociRuntimeVersion: '1.29' },
] as const satisfies readonly {
  value: string;
  label: string;
  ociRuntime: NodeProfile['ociRuntime'];
  ociRuntimeVersion: string;
}[];

export type OciChoice = (typeof OCI_CHOICES)[number];

/** The choice `node`'s OCI runtime falls under (a linked crun 1.10 is `crun ≤ 1.28`). */
export function ociChoiceOf(node: NodeProfile): OciChoice {
  const [runc, crunOld, crunNew] = OCI_CHOICES;
  if (node.ociRuntime === 'runc') return runc;
  return atLeast(node.ociRuntimeVersion, '1.29') ? crunNew : crunOld;
}

/** Each axis of `node` as a reader names it: `containerd 2.3`, `runc`, `Linux 6.12`, `Kubernetes 1.37`. */
export function axisLabels(node: NodeProfile): readonly [string, string, string, string] {
  return [
    `${RUNTIMES[node.runtime].label} ${node.runtimeVersion}`,
    ociChoiceOf(node).label,
    `Linux ${node.kernel}`,
    `Kubernetes ${node.kubernetes}`,
  ];
}

/** The whole node on one line: `containerd 2.3 · runc · Linux 6.12 · Kubernetes 1.37`. */
export function nodeSummary(node: NodeProfile): string {
  return axisLabels(node).join(' · ');
}

/**
 * A short label per node that tells them apart: only the axes where they differ (`containerd 1.7`
 * vs `containerd 2.1`, `Linux 5.4` vs `Linux 6.12`); the whole node where none does.
 */
export function distinguishingLabels(nodes: readonly NodeProfile[]): string[] {
  const labels = nodes.map(axisLabels);
  const differing = [0, 1, 2, 3].filter((axis) => new Set(labels.map((l) => l[axis])).size > 1);
  if (differing.length === 0) return labels.map((l) => l.join(' · '));
  return labels.map((l) => differing.map((axis) => l[axis]).join(' · '));
}

/**
 * How the panels name the node they speak for: the runtime alone on its default node (`containerd`,
 * as before profiles), else the runtime and whatever differs from that default
 * (`containerd 1.7 · Linux 5.4`).
 */
export function nodeName(node: NodeProfile): string {
  const own = axisLabels(node);
  const usual = axisLabels(defaultNode(node.runtime));
  const runtime = own[0] === usual[0] ? RUNTIMES[node.runtime].label : own[0];
  return [runtime, ...own.slice(1).filter((label, i) => label !== usual[i + 1])].join(' · ');
}
