import { DEFAULT_RUNTIME, type RuntimeId } from '../model.ts';

/**
 * The node a container runs on (SPEC "The node profile", RUNTIME-SEMANTICS Part 3): which runtime
 * at which version, which OCI runtime, which kernel, which Kubernetes. Every answer Podcaps gives
 * (the process's sets, refusals, warnings, Pod Security's default version) is for one node.
 * The default is the newest of each, which is what Podcaps modelled before profiles existed.
 */
export interface NodeProfile {
  readonly runtime: RuntimeId;
  /** One of {@link RUNTIME_VERSIONS} for `runtime`, e.g. `2.3`, `1.36`, `20.10`. */
  readonly runtimeVersion: string;
  readonly ociRuntime: OciRuntimeId;
  /** One of {@link OCI_RUNTIME_VERSIONS} for `ociRuntime`. */
  readonly ociRuntimeVersion: string;
  /** Mainline kernel version `X.Y`, one of {@link KERNEL_VERSIONS}. */
  readonly kernel: string;
  /** Kubernetes minor version `1.N`, one of {@link KUBERNETES_VERSIONS}. */
  readonly kubernetes: string;
}

/** The OCI runtimes that start the container's process. */
export const OCI_RUNTIME_IDS = ['runc', 'crun'] as const;
export type OciRuntimeId = (typeof OCI_RUNTIME_IDS)[number];

/** Supported versions per runtime, oldest first; the last is the default (SPEC's table). */
export const RUNTIME_VERSIONS: Readonly<Record<RuntimeId, readonly string[]>> = {
  containerd: ['1.6', '1.7', '2.0', '2.1', '2.2', '2.3'],
  'cri-o': ['1.28', '1.29', '1.30', '1.31', '1.32', '1.33', '1.34', '1.35', '1.36'],
  docker: ['20.10', '23', '24', '25', '26', '27', '28', '29'],
};

/**
 * Supported versions per OCI runtime, oldest first; the last is the default. For crun the rules
 * change once, at 1.29 (unknown capabilities refused), and user namespaces need 1.9; for runc they
 * need 1.2. Versions between the listed ones behave as the listed one below them.
 */
export const OCI_RUNTIME_VERSIONS: Readonly<Record<OciRuntimeId, readonly string[]>> = {
  runc: ['1.1', '1.2', '1.3', '1.4', '1.5'],
  crun: Array.from({ length: 22 }, (_, i) => `1.${i + 8}`),
};

/** Kernels offered, by mainline version (the axis is really `cap_last_cap`: see kernel.ts). */
export const KERNEL_VERSIONS = [
  '4.18',
  '5.4',
  '5.8',
  '5.10',
  '5.15',
  '6.1',
  '6.6',
  '6.12',
] as const;

/** Kubernetes minor versions offered. */
export const KUBERNETES_VERSIONS = [
  '1.28',
  '1.29',
  '1.30',
  '1.31',
  '1.32',
  '1.33',
  '1.34',
  '1.35',
  '1.36',
  '1.37',
] as const;

function newest(list: readonly string[]): string {
  const last = list[list.length - 1];
  if (last === undefined) throw new RangeError('empty version list');
  return last;
}

/** The default node of `runtime`: the newest version of everything, runc as OCI runtime. */
export function defaultNode(runtime: RuntimeId = DEFAULT_RUNTIME): NodeProfile {
  return {
    runtime,
    runtimeVersion: newest(RUNTIME_VERSIONS[runtime]),
    ociRuntime: 'runc',
    ociRuntimeVersion: newest(OCI_RUNTIME_VERSIONS.runc),
    kernel: newest(KERNEL_VERSIONS),
    kubernetes: newest(KUBERNETES_VERSIONS),
  };
}

/** The default node: containerd 2.3, runc 1.5, Linux 6.12, Kubernetes 1.37. */
export const DEFAULT_NODE: NodeProfile = defaultNode();

/** A runtime id alone means that runtime's default node (what callers passed before profiles). */
export type NodeLike = NodeProfile | RuntimeId;

const DEFAULT_NODES = new Map<RuntimeId, NodeProfile>();

/** The profile `node` stands for (one shared object per runtime id, so memo keys hold). */
export function toNode(node: NodeLike): NodeProfile {
  if (typeof node !== 'string') return node;
  let profile = DEFAULT_NODES.get(node);
  if (!profile) {
    profile = defaultNode(node);
    DEFAULT_NODES.set(node, profile);
  }
  return profile;
}

/** Whether `node` is the default node of its runtime (only the runtime differs from DEFAULT_NODE). */
export function isDefaultNodeOf(node: NodeProfile): boolean {
  return nodeKey(node) === nodeKey(defaultNode(node.runtime));
}

/** A stable string naming the profile, for memo keys and links: `containerd@2.3 runc@1.5 6.12 1.37`. */
export function nodeKey(node: NodeProfile): string {
  return `${node.runtime}@${node.runtimeVersion} ${node.ociRuntime}@${node.ociRuntimeVersion} ${node.kernel} ${node.kubernetes}`;
}

/** Compares two dotted versions numerically: negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const pa = partsOf(a);
  const pb = partsOf(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The numbers of the versions compared so far: the profiles' few, asked several times for every
 * container. Bounded, should a caller ever compare versions it did not validate.
 */
const PARTS = new Map<string, readonly number[]>();
const MAX_PARTS = 256;

function partsOf(version: string): readonly number[] {
  const known = PARTS.get(version);
  if (known) return known;
  const parts = version.split('.').map(Number);
  if (PARTS.size < MAX_PARTS) PARTS.set(version, parts);
  return parts;
}

/** Whether `version` is at least `min`. */
export function atLeast(version: string, min: string): boolean {
  return compareVersions(version, min) >= 0;
}
