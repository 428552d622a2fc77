import type { NodePath } from '../model.ts';
import type { Data } from './podData.ts';
import type { PolicyMinor } from './policyVersion.ts';

/** A failed check: PSA's reason and detail plus, where cheap, the nodes that caused it. */
export interface CheckFailure {
  readonly reason: string;
  readonly detail: string;
  readonly paths?: readonly NodePath[];
  readonly metadataPaths?: readonly NodePath[];
}

/** One version of a check's logic; undefined means the pod is allowed. */
export type CheckPodFn = (metadata: Data, spec: Data) => CheckFailure | undefined;

export interface VersionedCheck {
  /** First policy version (minor of v1.N) this logic applies to. */
  readonly minimumVersion: PolicyMinor;
  readonly checkPod: CheckPodFn;
  /** Baseline check IDs this restricted check replaces at restricted level from this version on. */
  readonly overrides?: readonly string[];
}

/** A Pod Security check with its versions, oldest first (pod-security-admission policy/checks.go). */
export interface PsaCheck {
  readonly id: string;
  readonly level: 'baseline' | 'restricted';
  readonly versions: readonly VersionedCheck[];
}

/** Makes a failure result, leaving out empty path lists. */
export function fail(
  reason: string,
  detail: string,
  paths: readonly NodePath[] = [],
  metadataPaths: readonly NodePath[] = [],
): CheckFailure {
  return {
    reason,
    detail,
    ...(paths.length > 0 ? { paths } : {}),
    ...(metadataPaths.length > 0 ? { metadataPaths } : {}),
  };
}
