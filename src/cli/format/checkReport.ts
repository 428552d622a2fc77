/**
 * `podcaps check` results as findings (one per offending node of each violation), JUnit cases
 * (one per workload) and the `range`s of its JSON.
 */
import type { WorkloadRef } from '../../core/model.ts';
import type { Region } from '../../core/report/lineColumn.ts';
import { violationPaths } from '../../core/report/violationPaths.ts';
import type { PsaResult, PsaViolation } from '../../core/psa/types.ts';
import type { ManifestFile } from '../readManifest.ts';
import type { Finding, Report, Rule } from './findings.ts';
import type { regionFinder } from './findingRegions.ts';
import { checkRule } from './reportRules.ts';

/** One workload and its verdict. */
export interface CheckedWorkload {
  readonly file: ManifestFile;
  readonly workload: WorkloadRef;
  readonly result: PsaResult;
}

type FindRegion = ReturnType<typeof regionFinder>;

/** `Deployment web` or `Deployment web (ns shop)`, as check's text lines name a workload. */
export function workloadLabel(workload: WorkloadRef): string {
  const name = workload.name === '' ? '(unnamed)' : workload.name;
  const ns = workload.namespace === undefined ? '' : ` (ns ${workload.namespace})`;
  return `${workload.kind} ${name}${ns}`;
}

/** The region of each node of `violation`, in violationPaths' order, duplicates kept out. */
export function violationRegions(
  checked: CheckedWorkload,
  violation: PsaViolation,
  find: FindRegion,
): { region: Region | null; path: string }[] {
  const seen = new Set<string>();
  const out: { region: Region | null; path: string }[] = [];
  for (const path of violationPaths(checked.workload, violation)) {
    const region = find(checked.file, checked.workload.documentIndex, path);
    const key = JSON.stringify(region);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ region, path: path.join('.') });
  }
  return out;
}

/** The SARIF, annotation and JUnit view of a check run. */
export function checkReport(checked: readonly CheckedWorkload[], find: FindRegion): Report {
  const rules = new Map<string, Rule>();
  const findings: Finding[] = [];
  for (const c of checked) {
    const label = workloadLabel(c.workload);
    for (const v of c.result.violations) {
      if (!rules.has(v.checkId)) rules.set(v.checkId, checkRule(v.checkId));
      const message = `${label} violates PodSecurity "${c.result.policy}": ${v.reason} (${v.detail})`;
      const regions = violationRegions(c, v, find);
      // A violation without a node to show (none so far) is still reported, on the workload.
      for (const { region, path } of regions.length > 0 ? regions : [{ region: null, path: '' }]) {
        findings.push({
          ruleId: v.checkId,
          level: 'error',
          message,
          title: `${v.checkId}: ${label}`,
          file: c.file.file,
          region,
          identity: `${c.workload.kind}/${c.workload.namespace ?? ''}/${c.workload.name}/${path}`,
        });
      }
    }
  }
  const cases = checked.map((c) => ({
    suite: c.file.source,
    name: workloadLabel(c.workload),
    failures: c.result.violations.map((v) => ({
      type: v.checkId,
      message: `violates PodSecurity "${c.result.policy}": ${v.reason} (${v.detail})`,
    })),
    notes: [],
  }));
  return { rules: [...rules.values()], findings, cases };
}
