import type { Refusal, WorkloadRef } from '../model.ts';
import { asRecord } from '../plain.ts';
import { RUNTIMES } from '../runtimes/runtimeTable.ts';
import { atLeast, type NodeProfile } from './nodeProfile.ts';

/** Whether the pod asks for its own user namespace (`spec.hostUsers: false`, KEP-127). */
export function asksForUserNamespace(workload: WorkloadRef): boolean {
  return workload.podSpec.hostUsers === false;
}

/**
 * Whether `hostUsers` reaches the node at all. The UserNamespacesSupport gate is on by default
 * from Kubernetes 1.33 (beta and off 1.30–1.32, alpha before); with it off the API server drops
 * the field from a new pod (pkg/api/pod/util.go dropDisabledFields), so the pod runs in the
 * node's user namespace and nothing says so.
 */
export function userNamespaceGateOn(node: NodeProfile): boolean {
  return atLeast(node.kubernetes, '1.33');
}

/** Whether the pod really runs in its own user namespace on `node`. */
export function runsInUserNamespace(workload: WorkloadRef, node: NodeProfile): boolean {
  return asksForUserNamespace(workload) && userNamespaceGateOn(node);
}

/**
 * What this node lacks for user namespaces, or undefined when it has all of it
 * (RUNTIME-SEMANTICS §16, kubernetes.io "User Namespaces"): containerd ≥ 2.0 or CRI-O ≥ 1.25,
 * runc ≥ 1.2 or crun ≥ 1.9, Linux ≥ 6.3 (idmap mounts on the file systems pods use);
 * cri-dockerd has no support (Mirantis/cri-dockerd#74).
 */
export function missingForUserNamespaces(node: NodeProfile): string | undefined {
  const runtime = `${RUNTIMES[node.runtime].label} ${node.runtimeVersion}`;
  if (node.runtime === 'docker')
    return 'cri-dockerd (Docker Engine) does not support user namespaces';
  if (node.runtime === 'containerd' && !atLeast(node.runtimeVersion, '2.0')) {
    return `${runtime} does not support user namespaces (containerd 2.0 or newer does)`;
  }
  if (node.ociRuntime === 'runc' && !atLeast(node.ociRuntimeVersion, '1.2')) {
    return `runc ${node.ociRuntimeVersion} does not support user namespaces (runc 1.2 or newer does)`;
  }
  if (node.ociRuntime === 'crun' && !atLeast(node.ociRuntimeVersion, '1.9')) {
    return `crun ${node.ociRuntimeVersion} does not support user namespaces (crun 1.9 or newer does)`;
  }
  if (!atLeast(node.kernel, '6.3')) {
    return `Linux ${node.kernel} lacks the idmap mounts user-namespace pods need (Linux 6.3 or newer)`;
  }
  return undefined;
}

/**
 * The kubelet's refusal of a `hostUsers: false` pod on a node that cannot give it a user
 * namespace: pkg/kubelet/userns/userns_manager.go GetOrCreateUserNamespaceMappings asks the
 * runtime handler's features (kubelet ≥ 1.30) and fails the sandbox with this sentence. The
 * handler is the pod's RuntimeClass (`""` without one). Where the runtime reports support but
 * the OCI runtime or kernel lack it, the failure really comes later, from the runtime; the
 * explanation names what is missing either way.
 */
export function userNamespaceRefusal(
  workload: WorkloadRef,
  node: NodeProfile,
): Refusal | undefined {
  if (!runsInUserNamespace(workload, node)) return undefined;
  if (missingForUserNamespaces(node) === undefined) return undefined;
  const handler = asRecord(workload.podSpec)?.runtimeClassName;
  const name = typeof handler === 'string' ? handler : '';
  return {
    by: 'kubelet',
    message: `RuntimeClass handler ${JSON.stringify(name)} does not support user namespaces`,
  };
}
