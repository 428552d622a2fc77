// Ported from kubernetes/pod-security-admission policy/registry_test.go and policy/checks_test.go
// at commit 8f84a87c7f617f64a4ddc1aea24aeeb7a2e07cb8 (Copyright 2021 and 2022 The Kubernetes
// Authors, Apache License 2.0): the same tables, plus the Podcaps tests marked below.
import { describe, expect, it } from 'vitest';
import type { PsaCheck } from './checkDefinition.ts';
import { PSA_CHECKS, selectChecks } from './registry.ts';
import type { PsaLevel } from './types.ts';
import { LATEST_MINOR } from './policyVersion.ts';

/** upstream generateCheck: each version's logic fails with the reason "ID:v1.N". */
function generateCheck(id: string, level: 'baseline' | 'restricted', minors: number[]): PsaCheck {
  return {
    id,
    level,
    versions: minors.map((minor) => ({
      minimumVersion: minor,
      checkPod: () => ({ reason: `${id}:v1.${minor}`, detail: '' }),
    })),
  };
}

/** upstream withOverrides: every version of the check overrides `overrides`. */
function withOverrides(check: PsaCheck, overrides: string[]): PsaCheck {
  return { ...check, versions: check.versions.map((v) => ({ ...v, overrides })) };
}

// Upstream's "latest" and "v1.10000" both evaluate as the newest version any check defines;
// selectChecks takes the minor, and any minor at or above that newest one gives the same result.
type Row = readonly [PsaLevel, string | number, readonly string[]];

/** upstream registryTestCase.Run: the forbidden reasons of the checks that run, in order. */
function reasons(checks: readonly PsaCheck[], level: PsaLevel, minor: number): string[] {
  if (level === 'privileged') return [];
  return selectChecks(checks, level, minor).map((c) => c.checkPod({}, {})?.reason ?? '');
}

function runRows(checks: readonly PsaCheck[], rows: readonly Row[]) {
  const newest = Math.max(...checks.flatMap((c) => c.versions.map((v) => v.minimumVersion)), 0);
  it.each(rows)('%s:%s', (level, version, expected) => {
    const minor = version === 'latest' ? newest : Number(version);
    expect(reasons(checks, level, minor)).toEqual(expected);
  });
}

const baselineChecks = [
  generateCheck('a', 'baseline', [0]),
  generateCheck('b', 'baseline', [10]),
  generateCheck('c', 'baseline', [0, 5, 10]),
  generateCheck('d', 'baseline', [11, 15, 20]),
];
const restrictedChecks = [
  generateCheck('e', 'restricted', [0]),
  generateCheck('f', 'restricted', [12, 16, 21]),
  withOverrides(generateCheck('g', 'restricted', [10]), ['a']),
  withOverrides(generateCheck('h', 'restricted', [0]), ['b']),
];
const multiOverride: PsaCheck = {
  id: 'i',
  level: 'restricted',
  versions: [
    { ...generateCheck('i', 'restricted', [10]).versions[0]!, overrides: ['c'] },
    { ...generateCheck('i', 'restricted', [21]).versions[0]!, overrides: ['d'] },
  ],
};

describe('TestCheckRegistry', () => {
  const checks = [...baselineChecks, ...restrictedChecks, multiOverride];
  const rows: Row[] = [
    ['privileged', 0, []],
    ['privileged', 'latest', []],
    ['baseline', 0, ['a:v1.0', 'c:v1.0']],
    ['baseline', 4, ['a:v1.0', 'c:v1.0']],
    ['baseline', 5, ['a:v1.0', 'c:v1.5']],
    ['baseline', 10, ['a:v1.0', 'b:v1.10', 'c:v1.10']],
    ['baseline', 11, ['a:v1.0', 'b:v1.10', 'c:v1.10', 'd:v1.11']],
    ['baseline', 'latest', ['a:v1.0', 'b:v1.10', 'c:v1.10', 'd:v1.20']],
    ['restricted', 0, ['a:v1.0', 'c:v1.0', 'e:v1.0', 'h:v1.0']],
    ['restricted', 4, ['a:v1.0', 'c:v1.0', 'e:v1.0', 'h:v1.0']],
    ['restricted', 5, ['a:v1.0', 'c:v1.5', 'e:v1.0', 'h:v1.0']],
    ['restricted', 10, ['e:v1.0', 'g:v1.10', 'h:v1.0', 'i:v1.10']],
    ['restricted', 11, ['d:v1.11', 'e:v1.0', 'g:v1.10', 'h:v1.0', 'i:v1.10']],
    ['restricted', 'latest', ['c:v1.10', 'e:v1.0', 'f:v1.21', 'g:v1.10', 'h:v1.0', 'i:v1.21']],
    ['restricted', 10000, ['c:v1.10', 'e:v1.0', 'f:v1.21', 'g:v1.10', 'h:v1.0', 'i:v1.21']],
  ];
  runRows(checks, rows);

  // Podcaps: the order comes from the IDs (upstream sorts them in populate), not from the list.
  describe('with the checks listed in reverse', () => {
    runRows([...checks].reverse(), rows);
  });
});

describe('TestCheckRegistry_NoBaseline', () => {
  runRows(restrictedChecks, [
    ['privileged', 0, []],
    ['privileged', 'latest', []],
    ['baseline', 0, []],
    ['baseline', 10, []],
    ['baseline', 'latest', []],
    ['restricted', 0, ['e:v1.0', 'h:v1.0']],
    ['restricted', 10, ['e:v1.0', 'g:v1.10', 'h:v1.0']],
    ['restricted', 'latest', ['e:v1.0', 'f:v1.21', 'g:v1.10', 'h:v1.0']],
    ['restricted', 10000, ['e:v1.0', 'f:v1.21', 'g:v1.10', 'h:v1.0']],
  ]);
});

describe('TestCheckRegistry_NoRestricted', () => {
  const rows: Row[] = [
    ['baseline', 0, ['a:v1.0', 'c:v1.0']],
    ['baseline', 4, ['a:v1.0', 'c:v1.0']],
    ['baseline', 5, ['a:v1.0', 'c:v1.5']],
    ['baseline', 10, ['a:v1.0', 'b:v1.10', 'c:v1.10']],
    ['baseline', 11, ['a:v1.0', 'b:v1.10', 'c:v1.10', 'd:v1.11']],
    ['baseline', 'latest', ['a:v1.0', 'b:v1.10', 'c:v1.10', 'd:v1.20']],
  ];
  runRows(baselineChecks, rows);
  // Restricted results should be identical to baseline.
  runRows(
    baselineChecks,
    rows.map(([, version, expected]) => ['restricted', version, expected] as const),
  );
});

describe('TestCheckRegistry_Empty', () => {
  runRows(
    [],
    [
      ['privileged', 'latest', []],
      ['baseline', 'latest', []],
      ['restricted', 'latest', []],
    ],
  );
});

// TestValidChecks: what upstream's NewEvaluator (validateChecks) requires of the checks, and that
// every override names an existing check.
describe('TestValidChecks', () => {
  const byId = new Map(PSA_CHECKS.map((c) => [c.id, c]));

  it('has unique IDs', () => {
    expect(byId.size).toBe(PSA_CHECKS.length);
  });

  it.each(PSA_CHECKS)('$id: versions strictly increasing, overrides only baseline checks', (c) => {
    const minors = c.versions.map((v) => v.minimumVersion);
    expect(minors.length).toBeGreaterThan(0);
    expect(minors).toEqual([...new Set(minors)].sort((a, b) => a - b));
    for (const { overrides = [] } of c.versions) {
      if (overrides.length > 0) expect(c.level).toBe('restricted');
      for (const id of overrides) expect(byId.get(id)?.level).toBe('baseline');
    }
  });

  // Podcaps: `latest` is upstream's maxVersion, the newest MinimumVersion of any check.
  it('evaluates latest as the newest check version', () => {
    const newest = Math.max(...PSA_CHECKS.flatMap((c) => c.versions.map((v) => v.minimumVersion)));
    expect(LATEST_MINOR).toBe(newest);
  });
});

// Podcaps: the registrations of upstream's policy/check_*.go (ID, level, MinimumVersion of each
// version, OverrideCheckIDs), transcribed at the commit above. Every version boundary the ported
// check tables and evaluatePod rely on is pinned here.
describe('the checks as upstream registers them', () => {
  const upstream = [
    ['allowPrivilegeEscalation', 'restricted', [[8], [25]]],
    ['appArmorProfile', 'baseline', [[0]]],
    ['capabilities_baseline', 'baseline', [[0]]],
    [
      'capabilities_restricted',
      'restricted',
      [
        [22, 'capabilities_baseline'],
        [25, 'capabilities_baseline'],
      ],
    ],
    ['hostNamespaces', 'baseline', [[0]]],
    ['hostPathVolumes', 'baseline', [[0]]],
    ['hostPorts', 'baseline', [[0]]],
    ['hostProbesAndHostLifecycle', 'baseline', [[34]]],
    ['privileged', 'baseline', [[0]]],
    ['procMount', 'baseline', [[0], [35]]],
    ['procMount_restricted', 'restricted', [[35, 'procMount']]],
    ['restrictedVolumes', 'restricted', [[0, 'hostPathVolumes']]],
    ['runAsNonRoot', 'restricted', [[0], [35]]],
    ['runAsUser', 'restricted', [[23], [35]]],
    ['seLinuxOptions', 'baseline', [[0], [31]]],
    ['seccompProfile_baseline', 'baseline', [[0], [19]]],
    [
      'seccompProfile_restricted',
      'restricted',
      [
        [19, 'seccompProfile_baseline'],
        [25, 'seccompProfile_baseline'],
      ],
    ],
    ['sysctls', 'baseline', [[0], [27], [29], [32], [37]]],
    ['windowsHostProcess', 'baseline', [[0]]],
  ] as const;

  it('has the same checks, levels, versions and overrides', () => {
    const ours = PSA_CHECKS.map((c) => [
      c.id,
      c.level,
      c.versions.map((v) => [v.minimumVersion, ...(v.overrides ?? [])]),
    ]).sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1));
    expect(ours).toEqual(upstream);
  });
});
