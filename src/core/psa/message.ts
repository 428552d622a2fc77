import type { PsaResult } from './types.ts';

/**
 * PSA's denial message: `violates PodSecurity "restricted:latest": reason (detail), reason, ...`,
 * worded as pod-security-admission's admission response (policy/checks.go ForbiddenDetail).
 */
export function formatForbidden(result: Pick<PsaResult, 'policy' | 'violations'>): string {
  const reasons = result.violations.map((v) => (v.detail ? `${v.reason} (${v.detail})` : v.reason));
  return `violates PodSecurity "${result.policy}": ${reasons.join(', ')}`;
}
