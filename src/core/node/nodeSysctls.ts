import type { WorkloadRef } from '../model.ts';
import { asRecord } from '../plain.ts';
import { atLeast, type NodeProfile } from './nodeProfile.ts';
import { RUNTIMES } from '../runtimes/runtimeTable.ts';

const PORT_SYSCTL = 'net.ipv4.ip_unprivileged_port_start';

/** Where the pod's `net.ipv4.ip_unprivileged_port_start` comes from, and its value. */
export interface PortStart {
  readonly value: number;
  /** `pod`: its own sysctl; `runtime`: the runtime sets it; `node`: the node's (kernel default 1024). */
  readonly source: 'pod' | 'runtime' | 'node';
  /** A sentence saying what the node does, for messages: "containerd 2.3 sets … to 0 for the pod". */
  readonly explanation: string;
}

function podSysctl(workload: WorkloadRef, name: string): string | undefined {
  const sysctls = asRecord(workload.podSpec.securityContext)?.sysctls;
  if (!Array.isArray(sysctls)) return undefined;
  for (const entry of sysctls) {
    const record = asRecord(entry);
    if (record?.name === name)
      return typeof record.value === 'string' ? record.value : String(record.value);
  }
  return undefined;
}

function runtimeName(node: NodeProfile): string {
  return `${RUNTIMES[node.runtime].label} ${node.runtimeVersion}`;
}

/**
 * Whether the runtime opens low ports to every user of the pod. containerd from 2.0:
 * `enable_unprivileged_ports` defaults to true (internal/cri/config/config_unix.go) and the sandbox
 * gets the sysctl unless it shares the node's network or sets it itself
 * (internal/cri/server/podsandbox/sandbox_run_linux.go); 1.6/1.7 default to false. Docker since
 * 20.10 sets it for a container with its own network namespace (daemon/oci_linux.go); whether a
 * cri-dockerd pod gets it through its sandbox was not verified. CRI-O sets no default sysctls.
 */
function runtimeOpensPorts(node: NodeProfile): boolean {
  if (node.runtime === 'containerd') return atLeast(node.runtimeVersion, '2.0');
  return node.runtime === 'docker';
}

/** The `net.ipv4.ip_unprivileged_port_start` the container's process sees on `node`. */
export function unprivilegedPortStart(workload: WorkloadRef, node: NodeProfile): PortStart {
  const own = podSysctl(workload, PORT_SYSCTL);
  if (own !== undefined && /^\d+$/.test(own)) {
    return { value: Number(own), source: 'pod', explanation: `the pod sets ${PORT_SYSCTL}=${own}` };
  }
  const hostNetwork = workload.podSpec.hostNetwork === true;
  if (!hostNetwork && runtimeOpensPorts(node)) {
    const unverified =
      node.runtime === 'docker' ? ' (for a cri-dockerd pod this is not verified)' : '';
    return {
      value: 0,
      source: 'runtime',
      explanation: `${runtimeName(node)} sets ${PORT_SYSCTL}=0 for the pod${unverified}, so any user may bind a port below 1024`,
    };
  }
  return {
    value: 1024,
    source: 'node',
    explanation: hostNetwork
      ? `the pod shares the node's network, where ${PORT_SYSCTL} is the kernel default 1024`
      : `${runtimeName(node)} leaves the pod's ${PORT_SYSCTL} at the kernel default 1024`,
  };
}
