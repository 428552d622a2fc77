/**
 * `podcaps inspect` results as findings (one per warning, at its first node), JUnit cases (one per
 * container) and what `--fail-on` counts.
 */
import type { ContainerInspection } from '../../core/inspect/inspectContainer.ts';
import type { InspectionWarning, Severity } from '../../core/inspect/warning.ts';
import type { Region } from '../../core/report/lineColumn.ts';
import { InputError } from '../io.ts';
import type { ManifestFile } from '../readManifest.ts';
import type { Finding, FindingLevel, Report, Rule } from './findings.ts';
import type { regionFinder } from './findingRegions.ts';
import { warningRule } from './reportRules.ts';

/** One inspected container and the file it is in. */
export interface InspectedContainer {
  readonly file: ManifestFile;
  readonly inspection: ContainerInspection;
}

type FindRegion = ReturnType<typeof regionFinder>;

const LEVEL: Readonly<Record<Severity, FindingLevel>> = {
  danger: 'error',
  warning: 'warning',
  info: 'note',
};

/** `--fail-on` values, most severe first; `never` keeps inspect's exit 0 whatever it finds. */
export const FAIL_ON = ['danger', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

const RANK: Readonly<Record<Severity, number>> = { danger: 0, warning: 1, info: 2 };

/** The `--fail-on` value, checked. */
export function failOnFlag(value: string): FailOn {
  if (!(FAIL_ON as readonly string[]).includes(value)) {
    throw new InputError(`--fail-on must be one of ${FAIL_ON.join(', ')} (got "${value}")`);
  }
  return value as FailOn;
}

/** Whether a warning of `severity` fails the run under `failOn` (that severity or worse). */
export function fails(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && RANK[severity] <= RANK[failOn];
}

/** The region of the warning's first node, where the app puts its marker. */
export function warningRegion(
  item: InspectedContainer,
  warning: InspectionWarning,
  find: FindRegion,
): Region | null {
  const path = warning.paths[0];
  return path ? find(item.file, warning.documentIndex, path) : null;
}

function containerLabel({ workload, container }: ContainerInspection): string {
  const name = workload.name === '' ? '(unnamed)' : workload.name;
  return `${workload.kind} ${name}, container ${container.name}`;
}

/** The SARIF, annotation and JUnit view of an inspect run. */
export function inspectReport(
  items: readonly InspectedContainer[],
  find: FindRegion,
  failOn: FailOn,
): Report {
  const rules = new Map<string, Rule>();
  const findings: Finding[] = [];
  for (const item of items) {
    const label = containerLabel(item.inspection);
    const { workload } = item.inspection;
    for (const w of item.inspection.warnings) {
      if (!rules.has(w.code)) rules.set(w.code, warningRule(w.code));
      findings.push({
        ruleId: w.code,
        level: LEVEL[w.severity],
        message: `${label}: ${w.message}`,
        title: `${w.code}: ${label}`,
        file: item.file.file,
        region: warningRegion(item, w, find),
        identity: `${workload.kind}/${workload.namespace ?? ''}/${workload.name}/${(w.paths[0] ?? []).join('.')}`,
      });
    }
  }
  const cases = items.map(({ file, inspection }) => {
    const counted = inspection.warnings.filter((w) => fails(w.severity, failOn));
    const rest = inspection.warnings.filter((w) => !fails(w.severity, failOn));
    const sim = inspection.simulation;
    return {
      suite: file.source,
      name: containerLabel(inspection),
      failures: counted.map((w) => ({ type: w.code, message: `${w.severity}: ${w.message}` })),
      notes: [
        ...(sim.ok ? [] : [`refused by ${sim.refusal.by}: ${sim.refusal.message}`]),
        ...rest.map((w) => `${w.severity} ${w.code}: ${w.message}`),
      ],
    };
  });
  return { rules: [...rules.values()], findings, cases };
}
