import { record, type Data } from './podData.ts';
import { checksFor } from './registry.ts';
import type { PodInput, PsaLevel, PsaResult, PsaViolation } from './types.ts';
import { formatPolicyVersion, parsePolicyVersion } from './policyVersion.ts';

/**
 * Evaluates a pod (or a controller's pod template) against a Pod Security Standards level at a
 * policy version, as the Pod Security admission controller would.
 *
 * @param pod - plain data with the pod's `spec` and, optionally, its `metadata` (for annotations).
 * @param level - `privileged` allows everything; `baseline` and `restricted` run their checks.
 * @param version - `latest` or `v1.N`; versions newer than the newest check evaluate as the newest.
 * @throws RangeError when `version` is not `latest` or `v1.N`.
 */
export function evaluatePod(pod: PodInput, level: PsaLevel, version: string): PsaResult {
  const minor = parsePolicyVersion(version);
  if (minor === undefined) {
    throw new RangeError(`invalid Pod Security version "${version}" (expected "latest" or "v1.N")`);
  }
  const policy = `${level}:${version}`;
  const resolved = formatPolicyVersion(minor);
  if (level === 'privileged') {
    return { allowed: true, level, version: resolved, policy, violations: [] };
  }
  const metadata: Data = record(pod.metadata) ?? {};
  const spec: Data = record(pod.spec) ?? {};
  const violations: PsaViolation[] = [];
  for (const check of checksFor(level, minor)) {
    const failure = check.checkPod(metadata, spec);
    if (failure) violations.push({ checkId: check.id, ...failure });
  }
  return { allowed: violations.length === 0, level, version: resolved, policy, violations };
}

/**
 * The most restrictive level the pod meets at a policy version: `restricted`, else `baseline`,
 * else `privileged`.
 */
export function highestLevel(pod: PodInput, version: string): PsaLevel {
  if (evaluatePod(pod, 'restricted', version).allowed) return 'restricted';
  if (evaluatePod(pod, 'baseline', version).allowed) return 'baseline';
  return 'privileged';
}
