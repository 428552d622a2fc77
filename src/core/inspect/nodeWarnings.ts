import { capabilityByName } from '../capabilityCatalog.ts';
import { hasCap, maskToNames } from '../capmask.ts';
import { asInteger, asRecord } from '../plain.ts';
import { unprivilegedPortStart } from '../node/nodeSysctls.ts';
import { effectiveAfterExec } from '../process.ts';
import { asksForUserNamespace, runsInUserNamespace } from '../node/userNamespaces.ts';
import { RUNTIMES } from '../runtimes/runtimeTable.ts';
import type { InspectContext } from './context.ts';
import { LIMITED_TO_USER_NAMESPACE, NO_EFFECT_IN_USER_NAMESPACE } from './userNamespaceEffects.ts';
import type { InspectionWarning } from './warning.ts';

const NET_BIND_SERVICE = capabilityByName('NET_BIND_SERVICE')?.number ?? 10;

function nodeName(ctx: InspectContext): string {
  return `${RUNTIMES[ctx.node.runtime].label} ${ctx.node.runtimeVersion}`;
}

/**
 * `user-namespace` (info): the pod asks for `hostUsers: false`. On Kubernetes ≥ 1.33 the sets
 * capsh shows are unchanged, but they act inside the pod's user namespace only; before 1.33 the
 * API server drops the field and the pod quietly runs in the node's user namespace.
 */
export function userNamespaceWarnings(ctx: InspectContext): InspectionWarning[] {
  if (!asksForUserNamespace(ctx.workload)) return [];
  const path = [...ctx.workload.podSpecPath, 'hostUsers'];
  const base = {
    code: 'user-namespace',
    severity: 'info',
    documentIndex: ctx.workload.documentIndex,
    paths: [path],
  } as const;
  if (!runsInUserNamespace(ctx.workload, ctx.node)) {
    return [
      {
        ...base,
        message: `hostUsers: false has no effect on Kubernetes ${ctx.node.kubernetes}: the UserNamespacesSupport feature gate is off by default before 1.33, and the API server then drops the field, so the pod runs in the node's user namespace with every capability acting on the node.`,
      },
    ];
  }
  const granted = ctx.sets.ok ? maskToNames(ctx.sets.bounding) : [];
  const inert = granted.filter((n) => NO_EFFECT_IN_USER_NAMESPACE.has(n));
  const limited = granted.filter((n) => LIMITED_TO_USER_NAMESPACE.has(n));
  const inertText =
    inert.length > 0
      ? ` Of what this container holds, ${inert.join(', ')} ${inert.length > 1 ? 'have' : 'has'} no effect there (the kernel checks ${inert.length > 1 ? 'them' : 'it'} against the node's user namespace).`
      : ' Capabilities the kernel checks against the node itself (SYS_MODULE, SYS_TIME, SYS_RAWIO, BPF, …) have no effect there.';
  const limitedText =
    limited.length > 0
      ? ` ${limited.join(', ')} ${limited.length > 1 ? 'act' : 'acts'} only on the pod's own mounts, network and processes.`
      : '';
  return [
    {
      ...base,
      message: `hostUsers: false: the pod runs in its own user namespace, and uid 0 inside maps to an unprivileged uid on the node. capsh --print shows the same sets, but they are namespaced: they act only on what the pod's user namespace owns.${inertText}${limitedText}`,
    },
  ];
}

/**
 * `low-port-denied` (warning): a declared containerPort below 1024 that the process cannot bind on
 * this node: no effective NET_BIND_SERVICE (in a user-namespace pod it still works, for the pod's own
 * network) and no unprivileged-port sysctl at or below the port (node/sysctls.ts).
 */
export function lowPortWarnings(ctx: InspectContext): InspectionWarning[] {
  if (!ctx.sets.ok) return [];
  const ports = ctx.container.spec.ports;
  if (!Array.isArray(ports)) return [];
  const effective = effectiveAfterExec(ctx.sets, ctx.uid);
  if (hasCap(effective, NET_BIND_SERVICE)) return [];
  const start = unprivilegedPortStart(ctx.workload, ctx.node);
  const out: InspectionWarning[] = [];
  ports.forEach((entry, i) => {
    const port = asInteger(asRecord(entry)?.containerPort);
    if (port === undefined || port <= 0 || port >= 1024 || port >= start.value) return;
    const who = ctx.uid === 0 ? 'root without NET_BIND_SERVICE' : `uid ${ctx.uid}`;
    const remedy =
      start.source === 'pod'
        ? ` Lower the pod's sysctl to ${port} or less, or listen on ${start.value} or above.`
        : ' Listen on 1024 or above (and map the port in the Service), or set the pod sysctl net.ipv4.ip_unprivileged_port_start to the port or less' +
          (ctx.node.runtime === 'containerd'
            ? ' (containerd 2.0 and newer set it to 0 themselves).'
            : '.');
    out.push({
      code: 'low-port-denied',
      severity: 'warning',
      message: `containerPort ${port} is below 1024, and on ${nodeName(ctx)} the process (${who}) cannot bind it: it holds no effective NET_BIND_SERVICE, and ${start.explanation}.${remedy}`,
      documentIndex: ctx.workload.documentIndex,
      paths: [[...ctx.container.path, 'ports', i, 'containerPort']],
    });
  });
  return out;
}
