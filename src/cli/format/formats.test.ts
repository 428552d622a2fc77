import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../../core/example.ts';
import { podcaps, tempFiles } from '../../../testing/cliRun.ts';
import { validateSarif } from '../../../testing/sarifValidator.ts';

const { dir, file } = tempFiles('podcaps-format-');

const EXAMPLE = file('mypod.yaml', EXAMPLE_MANIFEST);

// Three documents: a Deployment that fails on set values, a Service, a Pod that passes.
const MULTI = file(
  'multi.yaml',
  `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
        seccompProfile: {type: RuntimeDefault}
      containers:
        - name: nginx
          image: nginx
          securityContext:
            privileged: true
            allowPrivilegeEscalation: true
            capabilities:
              drop: [ALL]
              add: [NET_BIND_SERVICE, SYS_ADMIN]
---
apiVersion: v1
kind: Service
metadata: {name: web}
---
apiVersion: v1
kind: Pod
metadata: {name: ok}
spec:
  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
  containers:
    - name: app
      image: app
      securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
`,
);

// Comments and a blank line before the first document: lines must still count from the file's
// first line (a peer's SARIF is two lines off here).
const COMMENTED_TEXT = `# Rendered by Helm: do not edit.
# Source: shop/templates/api.yaml

---
apiVersion: v1
kind: Pod
metadata: {name: api}
spec:
  containers:
    - name: api
      image: api
      securityContext:
        capabilities:
          add: ["SYS_ADMIN"]
`;
const COMMENTED = file('commented.yaml', COMMENTED_TEXT);

/** `{start: {line, column}, end: {line, column}}` from four numbers. */
function at(line: number, column: number, endLine: number, endColumn: number) {
  return { start: { line, column }, end: { line: endLine, column: endColumn } };
}

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string }[] } };
    results: {
      ruleId: string;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string };
          region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
        };
      }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

/** `ruleId uri startLine:startColumn-endLine:endColumn` of each result. */
function sarifRegions(stdout: string): string[] {
  // Absolute paths become file: URIs (SARIF forbids a relative reference starting with /).
  const uri = (u: string) => (u.startsWith('file://') ? decodeURI(u.slice('file://'.length)) : u);
  const log = JSON.parse(stdout) as SarifLog;
  return log.runs[0]!.results.map((r) => {
    const { artifactLocation, region: g } = r.locations[0]!.physicalLocation;
    return `${r.ruleId} ${uri(artifactLocation.uri)} ${g.startLine}:${g.startColumn}-${g.endLine}:${g.endColumn}`;
  });
}

function parseXml(text: string): Document {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not XML: ${error.textContent}`);
  return doc;
}

describe('--format on the example', () => {
  it('check --format sarif: a result per offending node, on the container for missing settings', async () => {
    const { code, stdout, stderr } = await podcaps(['check', EXAMPLE, '--format', 'sarif']);
    expect([code, stderr]).toEqual([1, '']);
    const log = JSON.parse(stdout) as SarifLog;
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.tool.driver).toMatchObject({ name: 'podcaps', version: '0.1.0' });
    // `name: myshell` is line 7, columns 7 to 19; `NET_ADMIN` line 15, columns 15 to 23.
    expect(sarifRegions(stdout)).toEqual([
      `allowPrivilegeEscalation ${EXAMPLE} 7:7-7:20`,
      `capabilities_restricted ${EXAMPLE} 7:7-7:20`,
      `capabilities_restricted ${EXAMPLE} 15:15-15:24`,
      `runAsNonRoot ${EXAMPLE} 7:7-7:20`,
      `seccompProfile_restricted ${EXAMPLE} 7:7-7:20`,
    ]);
    expect(log.runs[0]!.tool.driver.rules.map((r) => r.id)).toEqual([
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'runAsNonRoot',
      'seccompProfile_restricted',
    ]);
    const fingerprints = log.runs[0]!.results.map(
      (r) => r.partialFingerprints['podcapsFinding/v1'],
    );
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it('inspect --format sarif: a result per warning, its level from the severity', async () => {
    const { code, stdout } = await podcaps(['inspect', EXAMPLE, '--format', 'sarif']);
    expect(code).toBe(0);
    const results = (JSON.parse(stdout) as SarifLog).runs[0]!.results;
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['dangerous-capability', 'error'],
      ['net-raw-granted', 'warning'],
      ['no-drop-all', 'note'],
    ]);
    expect(sarifRegions(stdout)).toEqual([
      `dangerous-capability ${EXAMPLE} 15:15-15:24`,
      `net-raw-granted ${EXAMPLE} 7:7-7:20`,
      `no-drop-all ${EXAMPLE} 7:7-7:20`,
    ]);
  });

  it('check --format json: each violation carries its range and every node', async () => {
    const { stdout } = await podcaps(['check', EXAMPLE, '--format', 'json']);
    const [verdict] = JSON.parse(stdout) as {
      violations: { checkId: string; range: unknown; ranges: unknown[] }[];
    }[];
    const caps = verdict!.violations.find((v) => v.checkId === 'capabilities_restricted');
    expect(caps?.range).toEqual(at(7, 7, 7, 20));
    expect(caps?.ranges).toEqual([at(7, 7, 7, 20), at(15, 15, 15, 24)]);
    // --json is the same output.
    expect((await podcaps(['check', EXAMPLE, '--json'])).stdout).toBe(stdout);
  });

  it('inspect --format json: each warning carries its range', async () => {
    const { stdout } = await podcaps(['inspect', EXAMPLE, '--format', 'json']);
    const [row] = JSON.parse(stdout) as { warnings: { code: string; range: unknown }[] }[];
    expect(row!.warnings.map((w) => [w.code, w.range])).toEqual([
      ['dangerous-capability', at(15, 15, 15, 24)],
      ['net-raw-granted', at(7, 7, 7, 20)],
      ['no-drop-all', at(7, 7, 7, 20)],
    ]);
  });

  it('--format github: one workflow command per finding, escaped as the runner reads them', async () => {
    const { code, stdout } = await podcaps(['inspect', EXAMPLE, '--format', 'github']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.map((l) => l.slice(0, l.indexOf('::', 2)))).toEqual([
      `::error file=${EXAMPLE},line=15,col=15,endLine=15,endColumn=24,title=dangerous-capability%3A Pod mypod%2C container myshell`,
      `::warning file=${EXAMPLE},line=7,col=7,endLine=7,endColumn=20,title=net-raw-granted%3A Pod mypod%2C container myshell`,
      `::notice file=${EXAMPLE},line=7,col=7,endLine=7,endColumn=20,title=no-drop-all%3A Pod mypod%2C container myshell`,
      '',
    ]);
    expect(lines[0]).toMatch(/::Pod mypod, container myshell: NET_ADMIN is dangerous: /);
    const check = await podcaps(['check', EXAMPLE, '--format', 'github']);
    expect(check.stdout.split('\n')[0]).toBe(
      `::error file=${EXAMPLE},line=7,col=7,endLine=7,endColumn=20,title=allowPrivilegeEscalation%3A Pod mypod::Pod mypod violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "myshell" must set securityContext.allowPrivilegeEscalation=false)`,
    );
  });

  it('--format junit: a test case per workload (check) or container (inspect), as XML', async () => {
    const check = parseXml((await podcaps(['check', EXAMPLE, '--format', 'junit'])).stdout);
    const suites = check.documentElement;
    expect([suites.tagName, suites.getAttribute('tests'), suites.getAttribute('failures')]).toEqual(
      ['testsuites', '1', '1'],
    );
    const testcase = check.getElementsByTagName('testcase')[0]!;
    expect(testcase.getAttribute('name')).toBe('Pod mypod');
    expect(
      [...testcase.getElementsByTagName('failure')].map((f) => f.getAttribute('type')),
    ).toEqual([
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'runAsNonRoot',
      'seccompProfile_restricted',
    ]);
    const inspect = parseXml((await podcaps(['inspect', EXAMPLE, '--format', 'junit'])).stdout);
    const cases = [...inspect.getElementsByTagName('testcase')];
    expect(cases.map((c) => c.getAttribute('name'))).toEqual(['Pod mypod, container myshell']);
    // --fail-on never (the default): the warnings are listed, not failures.
    expect(cases[0]!.getElementsByTagName('failure')).toHaveLength(0);
    expect(cases[0]!.getElementsByTagName('system-out')[0]?.textContent).toMatch(
      /^danger dangerous-capability: /,
    );
  });
});

describe('--format on a multi-document file', () => {
  it('points each result into its own document', async () => {
    const { stdout } = await podcaps(['check', MULTI, '--format', 'sarif']);
    // `privileged: true` line 15; `allowPrivilegeEscalation: true` line 16; `SYS_ADMIN` alone
    // of `add: [NET_BIND_SERVICE, SYS_ADMIN]` on line 19, NET_BIND_SERVICE being allowed.
    expect(sarifRegions(stdout)).toEqual([
      `privileged ${MULTI} 15:13-15:29`,
      `allowPrivilegeEscalation ${MULTI} 16:13-16:43`,
      `capabilities_restricted ${MULTI} 19:39-19:48`,
    ]);
  });

  it('has a JUnit case per workload, the Service none', async () => {
    const doc = parseXml((await podcaps(['check', MULTI, '--format', 'junit'])).stdout);
    const cases = [...doc.getElementsByTagName('testcase')];
    expect(
      cases.map((c) => [c.getAttribute('name'), c.getElementsByTagName('failure').length]),
    ).toEqual([
      ['Deployment web', 3],
      ['Pod ok', 0],
    ]);
  });

  it('inspect warnings in the later documents', async () => {
    const { stdout } = await podcaps(['inspect', MULTI, '--format', 'json']);
    const rows = JSON.parse(stdout) as {
      container: string;
      warnings: { code: string; range: unknown }[];
    }[];
    expect(rows.map((r) => [r.container, r.warnings.map((w) => [w.code, w.range])])).toEqual([
      [
        'nginx',
        // Privileged already holds every capability: SYS_ADMIN gets no warning of its own.
        [['privileged', at(15, 13, 15, 29)]],
      ],
      ['app', []],
    ]);
  });
});

describe('--format on a file whose first document starts with comments', () => {
  it('counts lines from the top of the file', async () => {
    const { stdout } = await podcaps([
      'check',
      COMMENTED,
      '--level',
      'baseline',
      '--format',
      'sarif',
    ]);
    // `"SYS_ADMIN"` with its quotes, line 14, after five lines of comments, blank and `---`.
    expect(sarifRegions(stdout)).toEqual([`capabilities_baseline ${COMMENTED} 14:17-14:28`]);
    expect(COMMENTED_TEXT.split('\n')[13]!.slice(16, 27)).toBe('"SYS_ADMIN"');
  });
});

describe('--format with standard input', () => {
  it('names the file - as given, and gives annotations no file', async () => {
    const sarif = await podcaps(['check', '-', '--format', 'sarif'], COMMENTED_TEXT);
    expect(sarifRegions(sarif.stdout)[0]).toBe('allowPrivilegeEscalation - 10:7-10:16');
    const github = await podcaps(['inspect', '-', '--format', 'github'], COMMENTED_TEXT);
    expect(github.stdout.split('\n')[0]).toMatch(
      /^::error line=14,col=17,endLine=14,endColumn=28,title=dangerous-capability%3A Pod api%2C container api::/,
    );
    const junit = parseXml(
      (await podcaps(['inspect', '-', '--format', 'junit'], COMMENTED_TEXT)).stdout,
    );
    expect(junit.getElementsByTagName('testsuite')[0]?.getAttribute('name')).toBe('<stdin>');
  });
});

describe('SARIF artifact URIs', () => {
  it('keep a relative FILE as given, and make an absolute one a file: URI', async () => {
    const given = relative(process.cwd(), EXAMPLE);
    const uriOf = async (f: string) =>
      (JSON.parse((await podcaps(['check', f, '--format', 'sarif'])).stdout) as SarifLog).runs[0]!
        .results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(await uriOf(given)).toBe(given);
    expect(await uriOf(EXAMPLE)).toBe(`file://${EXAMPLE}`);
  });
});

describe('--format and --fail-on: bad values', () => {
  it.each([
    [
      ['check', EXAMPLE, '--format', 'xml'],
      'podcaps check: --format must be one of text, json, sarif, junit, github (got "xml")\n',
    ],
    [
      ['inspect', EXAMPLE, '--json', '--format', 'sarif'],
      'podcaps inspect: --json and --format sarif contradict each other\n',
    ],
    [
      ['inspect', EXAMPLE, '--fail-on', 'error'],
      'podcaps inspect: --fail-on must be one of danger, warning, info, never (got "error")\n',
    ],
  ])('%j', async (args, stderr) => {
    expect(await podcaps(args)).toEqual({ code: 2, stdout: '', stderr });
  });
});

describe('inspect --fail-on', () => {
  it.each([
    ['never', 0],
    ['danger', 1],
    ['warning', 1],
    ['info', 1],
  ])(
    '--fail-on %s on the example (danger, warning and info found): exit %i',
    async (level, exit) => {
      expect((await podcaps(['inspect', EXAMPLE, '--fail-on', level])).code).toBe(exit);
    },
  );

  it('counts only that severity and worse', async () => {
    // Drops ALL and adds nothing dangerous: only the info that uid 1000 never gets NET_BIND_SERVICE.
    const mild = file(
      'mild.yaml',
      'kind: Pod\nmetadata: {name: m}\nspec:\n  securityContext: {runAsUser: 1000}\n  containers:\n    - name: c\n      image: x\n      securityContext: {capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}}\n',
    );
    const { stdout } = await podcaps(['inspect', mild, '--json']);
    const severities = (
      JSON.parse(stdout) as { warnings: { severity: string }[] }[]
    )[0]!.warnings.map((w) => w.severity);
    expect(severities).toEqual(['warning']);
    expect((await podcaps(['inspect', mild, '--fail-on', 'danger'])).code).toBe(0);
    expect((await podcaps(['inspect', mild, '--fail-on', 'warning'])).code).toBe(1);
    const junit = parseXml(
      (await podcaps(['inspect', mild, '--fail-on', 'warning', '--format', 'junit'])).stdout,
    );
    expect(junit.getElementsByTagName('failure')[0]?.getAttribute('type')).toBe(
      'ineffective-for-non-root',
    );
  });
});

describe('the SARIF passes Microsoft’s validator with GitHub’s ingestion rules', () => {
  it('with no error, for every input above', { timeout: 60_000 }, async () => {
    const logs: string[] = [];
    const runs: [string[], string?][] = [
      [['check', EXAMPLE]],
      [['inspect', EXAMPLE]],
      [['check', relative(process.cwd(), MULTI)]],
      [['inspect', MULTI, '--runtime', 'docker']],
      [['check', COMMENTED]],
      [['check', '-'], COMMENTED_TEXT],
    ];
    for (const [i, [args, stdin]] of runs.entries()) {
      const { stdout } = await podcaps([...args, '--format', 'sarif'], stdin);
      const path = join(dir, `run-${i}.sarif`);
      writeFileSync(path, stdout);
      logs.push(path);
    }
    const issues = validateSarif(logs, dir);
    expect(issues.filter((i) => i.level === 'error')).toEqual([]);
  });

  it('which does find errors: a region that starts on line 0', { timeout: 60_000 }, async () => {
    const { stdout } = await podcaps(['check', EXAMPLE, '--format', 'sarif']);
    const broken = join(dir, 'broken.sarif');
    writeFileSync(broken, stdout.replace(/"startLine": 7/g, '"startLine": 0'));
    const issues = validateSarif([broken], dir);
    expect(issues.some((i) => i.level === 'error')).toBe(true);
  });
});
