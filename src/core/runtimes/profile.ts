import type { CapabilityInfo, CapMask, Refusal, RuntimeId, SimulationNote } from '../model.ts';

/** What a container's securityContext asks of the runtime, as the kubelet passes it on (verbatim). */
export interface CapabilityRequest {
  readonly add: readonly string[];
  readonly drop: readonly string[];
  readonly privileged: boolean;
}

/**
 * The capability sets a runtime hands to runc for a container, before `execve`.
 * Effective and permitted are left out on purpose: after `execve` of a binary without file
 * capabilities they follow from these three and the uid (see process.ts).
 */
export type RuntimeSets =
  | {
      readonly ok: true;
      readonly bounding: CapMask;
      readonly inheritable: CapMask;
      readonly ambient: CapMask;
      readonly notes: readonly SimulationNote[];
    }
  | { readonly ok: false; readonly refusal: Refusal; readonly notes: readonly SimulationNote[] };

/** One container runtime's capability rules (RUNTIME-SEMANTICS Part 1, §3–§6). */
export interface RuntimeProfile {
  readonly id: RuntimeId;
  /** Display label: `containerd`, `CRI-O`, `Docker`. */
  readonly label: string;
  /** The capabilities the runtime grants when the pod asks for nothing. */
  readonly defaults: CapMask;
  /**
   * The capability a user-written `add`/`drop` entry ends up naming in this runtime, or undefined
   * when the runtime cannot use it (unknown, or a doubled `CAP_` prefix). Not meaningful for "ALL".
   */
  readonly resolve: (name: string) => CapabilityInfo | undefined;
  /** The sets this runtime builds for the request, or its refusal. */
  readonly apply: (request: CapabilityRequest) => RuntimeSets;
}
