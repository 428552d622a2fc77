import type { CapMask, ContainerRef, Manifest, WorkloadRef } from '../model.ts';
import { type NodeLike, type NodeProfile, toNode } from '../node/nodeProfile.ts';
import { asInteger, asRecord } from '../plain.ts';
import { capabilityRequest, runtimeSets, workloadOf } from '../process.ts';
import type { CapabilityRequest, RuntimeProfile, RuntimeSets } from '../runtimes/profile.ts';
import { runtimeRules } from '../runtimes/rules.ts';
import { capabilitySettings, type CapabilitySettings } from './entries.ts';

/** Everything the checks look at for one container on one node. */
export interface InspectContext {
  readonly workload: WorkloadRef;
  readonly container: ContainerRef;
  /** The node the container runs on. */
  readonly node: NodeProfile;
  /** Its runtime's rules on that node. */
  readonly runtime: RuntimeProfile;
  readonly settings: CapabilitySettings;
  readonly request: CapabilityRequest;
  /** The runtime's own answer: its sets, or its refusal (the API server is not consulted). */
  readonly sets: RuntimeSets;
  /** runAsUser, the container's over the pod's; 0 when unset (the model takes the image user as root). */
  readonly uid: number;
}

/** Builds the context of `container` (which must belong to `manifest`) on `node`. */
export function inspectContext(
  manifest: Manifest,
  container: ContainerRef,
  nodeLike: NodeLike,
): InspectContext {
  const node = toNode(nodeLike);
  const workload = workloadOf(manifest, container);
  const sc = asRecord(container.spec.securityContext);
  const psc = asRecord(workload.podSpec.securityContext);
  return {
    workload,
    container,
    node,
    runtime: runtimeRules(node),
    settings: capabilitySettings(container),
    request: capabilityRequest(container),
    sets: runtimeSets(container, node),
    uid: asInteger(sc?.runAsUser) ?? asInteger(psc?.runAsUser) ?? 0,
  };
}

/** The bounding set `profile` builds for `request`, or undefined when it refuses the container. */
export function boundingOf(
  profile: RuntimeProfile,
  request: CapabilityRequest,
): CapMask | undefined {
  const sets = profile.apply(request);
  return sets.ok ? sets.bounding : undefined;
}
