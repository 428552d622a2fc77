import { formatPolicyVersion, LATEST_MINOR } from '../core/psa/version.ts';
import type { PsaLevel } from '../core/psa/types.ts';

/** The levels a user can aim for; `privileged` allows everything, so there is nothing to check. */
export const TARGET_LEVELS: readonly PsaLevel[] = ['baseline', 'restricted'];

export const DEFAULT_TARGET: PsaLevel = 'restricted';
export const DEFAULT_POLICY_VERSION = 'latest';

/** `latest`, then every `v1.N` the core has checks for, newest first. */
export const POLICY_VERSIONS: readonly string[] = [
  DEFAULT_POLICY_VERSION,
  ...Array.from({ length: LATEST_MINOR + 1 }, (_, i) => formatPolicyVersion(LATEST_MINOR - i)),
];
