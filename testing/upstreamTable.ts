/**
 * Runs the table tests ported from kubernetes/pod-security-admission's policy/check_*_test.go
 * (imported by tests only; the `.testing.ts` name keeps it out of the test run itself).
 *
 * Each upstream test calls one version of a check by its Go name (`runAsUser1_35`) and compares
 * `Allowed`, `ForbiddenReason` and `ForbiddenDetail`; `versionOf` picks the same version here, and
 * `runUpstreamTable` compares all three on every case (where some upstream loops skip the strings
 * of an allowed result, an allowed result here must still carry none).
 */
import { describe, expect, it } from 'vitest';
import type { CheckPodFn, PsaCheck } from '../src/core/psa/checkDefinition.ts';

/** The upstream commit the tables were ported from. */
export const UPSTREAM_COMMIT = '8f84a87c7f617f64a4ddc1aea24aeeb7a2e07cb8';

type Obj = Record<string, unknown>;

/** One row of an upstream table: a `corev1.Pod` as plain data, and what the check must say. */
export type UpstreamCase = {
  readonly name: string;
  readonly metadata?: Obj;
  readonly spec?: Obj;
} & ({ readonly allowed: true } | { readonly reason: string; readonly detail: string });

/**
 * The logic of `check` that starts at exactly policy version 1.`minimumVersion`, like calling the
 * Go function of that version. Throws when the check has no such version, so a renumbered or
 * dropped version fails the table instead of silently testing another one.
 */
export function versionOf(check: PsaCheck, minimumVersion: number): CheckPodFn {
  const found = check.versions.find((v) => v.minimumVersion === minimumVersion);
  if (!found) throw new Error(`${check.id} has no version starting at 1.${minimumVersion}`);
  return found.checkPod;
}

/** Upstream's three compared fields; an allowed result has empty strings, as Go's zero values. */
function outcome(fn: CheckPodFn, metadata: Obj, spec: Obj) {
  const failure = fn(metadata, spec);
  return {
    allowed: failure === undefined,
    reason: failure?.reason ?? '',
    detail: failure?.detail ?? '',
  };
}

/** A `describe` block named after the upstream Go test, one `it` per row. */
export function runUpstreamTable(
  goTest: string,
  fn: CheckPodFn,
  cases: readonly UpstreamCase[],
): void {
  describe(goTest, () => {
    it.each(cases)('$name', (c) => {
      const expected =
        'allowed' in c
          ? { allowed: true, reason: '', detail: '' }
          : { allowed: false, reason: c.reason, detail: c.detail };
      expect(outcome(fn, c.metadata ?? {}, c.spec ?? {})).toEqual(expected);
    });
  });
}
