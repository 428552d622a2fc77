import { namedGroup, namedUser, primaryGid } from './identity.ts';
import type {
  CapMask,
  ContainerRef,
  Manifest,
  NamedId,
  ProcessState,
  SimulationResult,
  WorkloadRef,
} from './model.ts';
import { asInteger, asRecord, asStringList } from './plain.ts';
import { apiServerRefusal } from './apiserver.ts';
import type { CapabilityRequest, RuntimeSets } from './runtimes/profile.ts';
import { runtimeRules } from './runtimes/rules.ts';
import { type NodeLike, toNode } from './node/nodeProfile.ts';
import { kernelLastCap } from './node/kernel.ts';
import { userNamespaceRefusal } from './node/userNamespaces.ts';

/** What a container's securityContext asks of the runtime (add/drop verbatim, as the kubelet copies them). */
export function capabilityRequest(container: ContainerRef): CapabilityRequest {
  const sc = asRecord(container.spec.securityContext);
  const caps = asRecord(sc?.capabilities);
  return {
    add: asStringList(caps?.add),
    drop: asStringList(caps?.drop),
    privileged: sc?.privileged === true,
  };
}

/**
 * The sets the runtime builds for `container` before exec: the bounding set is what the
 * container can ever hold, whatever user it runs as.
 */
export function runtimeSets(container: ContainerRef, node: NodeLike): RuntimeSets {
  return runtimeRules(node).apply(capabilityRequest(container));
}

interface Identity {
  readonly uid: NamedId;
  readonly gid: NamedId;
  readonly groups: readonly NamedId[];
}

function identity(podSpec: Readonly<Record<string, unknown>>, container: ContainerRef): Identity {
  const sc = asRecord(container.spec.securityContext);
  const psc = asRecord(podSpec.securityContext);
  // The container's own setting wins; the image's default user is taken to be root.
  const uid = asInteger(sc?.runAsUser) ?? asInteger(psc?.runAsUser) ?? 0;
  const gid = asInteger(sc?.runAsGroup) ?? asInteger(psc?.runAsGroup) ?? primaryGid(uid);
  const supplementary = Array.isArray(psc?.supplementalGroups)
    ? psc.supplementalGroups.map(asInteger).filter((g) => g !== undefined)
    : [];
  const fsGroup = asInteger(psc?.fsGroup);
  if (fsGroup !== undefined) supplementary.push(fsGroup);
  // containerd's ensureAdditionalGids puts the primary gid in; the kernel keeps the list sorted.
  const groups = [...new Set([gid, ...supplementary])].sort((a, b) => a - b);
  return { uid: namedUser(uid), gid: namedGroup(gid), groups: groups.map(namedGroup) };
}

/**
 * The effective (and permitted) set after execve of a binary without file capabilities:
 * root gets B ∪ I (∪ A), anyone else only A.
 */
export function effectiveAfterExec(
  sets: { readonly bounding: CapMask; readonly inheritable: CapMask; readonly ambient: CapMask },
  uid: number,
): CapMask {
  return uid === 0 ? sets.bounding | sets.inheritable | sets.ambient : sets.ambient;
}

/**
 * The workload that holds `container`. A container from another manifest is a bug of the caller,
 * not bad input, so it throws rather than answering undefined.
 */
export function workloadOf(manifest: Manifest, container: ContainerRef): WorkloadRef {
  const workload = manifest.workloads[container.workloadIndex];
  if (!workload) throw new RangeError(`no workload ${container.workloadIndex} in the manifest`);
  return workload;
}

/**
 * The capability state `capsh --print` sees after `kubectl exec` into `container`
 * (RUNTIME-SEMANTICS Parts 1 and 3) on `node`, or the refusal of the API server or the runtime.
 * `container` must come from `manifest.workloads[container.workloadIndex].containers`.
 */
export function simulate(
  manifest: Manifest,
  container: ContainerRef,
  nodeLike: NodeLike,
): SimulationResult {
  const node = toNode(nodeLike);
  const workload = workloadOf(manifest, container);

  const refusal =
    apiServerRefusal(workload, container, node) ?? userNamespaceRefusal(workload, node);
  if (refusal) return { ok: false, refusal, notes: [] };

  const sets = runtimeSets(container, node);
  if (!sets.ok) return sets;

  const who = identity(workload.podSpec, container);
  const current = effectiveAfterExec(sets, who.uid.id);
  const sc = asRecord(container.spec.securityContext);
  const state: ProcessState = {
    bounding: sets.bounding,
    effective: current,
    permitted: current,
    inheritable: sets.inheritable,
    ambient: sets.ambient,
    ...who,
    noNewPrivs: sc?.allowPrivilegeEscalation === false,
    lastCap: kernelLastCap(node.kernel),
  };
  return { ok: true, state, notes: sets.notes };
}
