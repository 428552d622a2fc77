import { RUNTIME_IDS, type RuntimeId } from '../model.ts';
import {
  type NodeLike,
  type NodeProfile,
  RUNTIME_VERSIONS,
  nodeKey,
  toNode,
} from '../node/nodeProfile.ts';
import { containerdRules } from './containerd.ts';
import { crioRules } from './crio.ts';
import { dockerRules } from './docker.ts';
import type { RuntimeProfile } from './profile.ts';

const FACTORIES: Readonly<Record<RuntimeId, (node: NodeProfile) => RuntimeProfile>> = {
  containerd: containerdRules,
  'cri-o': crioRules,
  docker: dockerRules,
};

const byKey = new Map<string, RuntimeProfile>();
// The same profile object comes back for every container of an analysis: skip building its key.
const byObject = new WeakMap<NodeProfile, RuntimeProfile>();

/**
 * The capability rules of `node`'s runtime on that node: its defaults, how it resolves a name, the
 * sets it builds. A bare runtime id means that runtime's default node. Memoised per profile: the
 * rules are pure, and the few dozen profiles a session can name stay small.
 */
export function runtimeRules(node: NodeLike): RuntimeProfile {
  const profile = toNode(node);
  const known = byObject.get(profile);
  if (known) return known;
  const key = nodeKey(profile);
  let rules = byKey.get(key);
  if (!rules) {
    rules = FACTORIES[profile.runtime](profile);
    byKey.set(key, rules);
  }
  byObject.set(profile, rules);
  return rules;
}

/**
 * `node` with each runtime in turn, on the same kernel, OCI runtime and Kubernetes: the node's own
 * runtime at its version, the others at their newest. What "on CRI-O it would…" compares against.
 */
export function peerNodes(node: NodeLike): NodeProfile[] {
  const base = toNode(node);
  return RUNTIME_IDS.map((runtime) =>
    runtime === base.runtime
      ? base
      : { ...base, runtime, runtimeVersion: RUNTIME_VERSIONS[runtime].at(-1) ?? '' },
  );
}

/** The rules of every runtime other than `node`'s, on `node`'s kernel and OCI runtime. */
export function otherRuntimeRules(node: NodeLike): RuntimeProfile[] {
  const base = toNode(node);
  return peerNodes(base)
    .filter((peer) => peer.runtime !== base.runtime)
    .map((peer) => runtimeRules(peer));
}
