import { RUNTIMES } from '../runtimes/table.ts';
import type { NodeProfile } from './nodeProfile.ts';

/** `containerd 2.3, runc 1.5, Linux 6.12, Kubernetes 1.37`: the whole profile, for messages. */
export function describeNode(node: NodeProfile): string {
  return `${RUNTIMES[node.runtime].label} ${node.runtimeVersion}, ${node.ociRuntime} ${node.ociRuntimeVersion}, Linux ${node.kernel}, Kubernetes ${node.kubernetes}`;
}
