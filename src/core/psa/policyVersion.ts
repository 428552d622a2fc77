/**
 * Pod Security policy versions: `v1.N` or `latest`, as the
 * `pod-security.kubernetes.io/<mode>-version` label takes them (pod-security-admission api/helpers.go).
 */

/** A policy version as a comparable number: the minor of `v1.N`. Only major version 1 exists. */
export type PolicyMinor = number;

/** The newest policy version any check defines; `latest` and anything newer evaluate as this one. */
export const LATEST_MINOR: PolicyMinor = 37;

const VERSION_PATTERN = /^v1\.(0|[1-9][0-9]*)$/;

/**
 * Parses `latest` or `v1.N` into the minor version the checks run at. Versions newer than the newest
 * check evaluate as the newest, as upstream does. Returns undefined for anything else (`1.25`, `v2.0`).
 */
export function parsePolicyVersion(text: string): PolicyMinor | undefined {
  if (text === 'latest') return LATEST_MINOR;
  const match = VERSION_PATTERN.exec(text);
  if (!match?.[1]) return undefined;
  return Math.min(Number(match[1]), LATEST_MINOR);
}

/** The `vX.Y` spelling of a minor version. */
export function formatPolicyVersion(minor: PolicyMinor): string {
  return `v1.${minor}`;
}
