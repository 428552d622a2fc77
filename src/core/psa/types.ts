import type { NodePath } from '../model.ts';

/** The Pod Security Standards levels, least to most restrictive. */
export const PSA_LEVELS = ['privileged', 'baseline', 'restricted'] as const;
export type PsaLevel = (typeof PSA_LEVELS)[number];

/** A pod as plain data: what a Pod object, or a controller's pod template, holds. */
export interface PodInput {
  readonly metadata?: unknown;
  readonly spec: unknown;
}

/** One failed check, in PSA's own words. */
export interface PsaViolation {
  /** The upstream check ID, e.g. `capabilities_restricted`. */
  readonly checkId: string;
  /** PSA's short reason, e.g. `unrestricted capabilities`. */
  readonly reason: string;
  /** PSA's detail, e.g. `container "c" must set securityContext.capabilities.drop=["ALL"]`. */
  readonly detail: string;
  /** Offending nodes, relative to the pod spec (e.g. `['containers', 0, 'securityContext']`). */
  readonly paths?: readonly NodePath[];
  /** Offending nodes, relative to the pod metadata (e.g. `['annotations', 'seccomp...']`). */
  readonly metadataPaths?: readonly NodePath[];
}

/** The outcome of evaluating one pod against one level and policy version. */
export interface PsaResult {
  readonly allowed: boolean;
  readonly level: PsaLevel;
  /** The policy version the checks ran at, e.g. `v1.37` for `latest`. */
  readonly version: string;
  /** The policy as PSA names it in messages, with the version as requested: `restricted:latest`. */
  readonly policy: string;
  readonly violations: readonly PsaViolation[];
}
