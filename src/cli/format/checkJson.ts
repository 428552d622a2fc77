import type { NodeProfile } from '../../core/node/nodeProfile.ts';
import type { PsaLevel } from '../../core/psa/types.ts';
import type { Region } from '../../core/report/lineColumn.ts';
import { type CheckedWorkload, violationRegions } from './checkReport.ts';
import type { regionFinder } from './findingRegions.ts';

/** One checked workload, as --format json prints it (the README documents this shape). */
interface Verdict {
  readonly file: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string | null;
  readonly level: PsaLevel;
  readonly version: string;
  readonly policy: string;
  readonly allowed: boolean;
  readonly violations: readonly {
    checkId: string;
    reason: string;
    detail: string;
    /** The first offending node: what the SARIF's first result of this violation points at. */
    range: Region | null;
    /** Every offending node, one SARIF result each. */
    ranges: Region[];
  }[];
  /** The node profile the check assumed (its Kubernetes version sets the default policy version). */
  readonly node: NodeProfile;
}

/** The JSON array of a check run, one object per workload. */
export function checkJson(
  checked: readonly CheckedWorkload[],
  find: ReturnType<typeof regionFinder>,
  node: NodeProfile,
): Verdict[] {
  return checked.map((c) => ({
    file: c.file.file,
    kind: c.workload.kind,
    name: c.workload.name,
    namespace: c.workload.namespace ?? null,
    level: c.result.level,
    version: c.result.version,
    policy: c.result.policy,
    allowed: c.result.allowed,
    violations: c.result.violations.map((v) => {
      const ranges = violationRegions(c, v, find).flatMap((r) => (r.region ? [r.region] : []));
      return {
        checkId: v.checkId,
        reason: v.reason,
        detail: v.detail,
        range: ranges[0] ?? null,
        ranges,
      };
    }),
    node,
  }));
}
