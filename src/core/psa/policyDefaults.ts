import { KUBERNETES_VERSIONS } from '../node/nodeProfile.ts';
import { formatPolicyVersion, LATEST_MINOR } from './policyVersion.ts';
import type { PsaLevel } from './types.ts';

/** The levels a user can aim for; `privileged` allows everything, so there is nothing to check. */
export const TARGET_LEVELS: readonly PsaLevel[] = ['baseline', 'restricted'];

export const DEFAULT_TARGET: PsaLevel = 'restricted';
export const DEFAULT_POLICY_VERSION = 'latest';

/**
 * The policy version a pod is held to when neither the user nor the Namespace names one: the
 * cluster's own (`v1.33` on Kubernetes 1.33), and `latest` on the newest Kubernetes offered, so
 * the default node reads as before profiles existed.
 */
export function defaultPolicyVersion(kubernetes: string): string {
  return kubernetes === KUBERNETES_VERSIONS.at(-1) ? DEFAULT_POLICY_VERSION : `v${kubernetes}`;
}

/** `latest`, then every `v1.N` the core has checks for, newest first. */
export const POLICY_VERSIONS: readonly string[] = [
  DEFAULT_POLICY_VERSION,
  ...Array.from({ length: LATEST_MINOR + 1 }, (_, i) => formatPolicyVersion(LATEST_MINOR - i)),
];
