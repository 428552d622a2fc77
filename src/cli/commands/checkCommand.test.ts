import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceOnce } from '../../../testing/replaceOnce.ts';
import { podcaps as run, tempFiles } from '../../../testing/cliRun.ts';

/** `podcaps check ARGS`. */
const podcaps = (args: string[], stdin?: string) => run(['check', ...args], stdin);

const { dir, file } = tempFiles('podcaps-check-');

const RESTRICTED_POD = `apiVersion: v1
kind: Pod
metadata: {name: good, namespace: prod}
spec:
  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
  containers:
    - name: app
      image: nginx
      securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
`;

const BASELINE_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: prod}
spec:
  template:
    spec:
      containers: [{name: app, image: nginx}]
`;

const PROD_BASELINE = `apiVersion: v1
kind: Namespace
metadata:
  name: prod
  labels:
    pod-security.kubernetes.io/enforce: baseline
    pod-security.kubernetes.io/enforce-version: v1.25
`;

describe('podcaps check', () => {
  it('prints ok per workload and exits 0 when all are allowed', async () => {
    const f = file('good.yaml', RESTRICTED_POD);
    const result = await podcaps([f]);
    expect(result).toEqual({ code: 0, stdout: `${f}: Pod good (ns prod): ok\n`, stderr: '' });
  });

  it('prints the PSA message and exits 1 when one is not', async () => {
    const f = file('two.yaml', `${RESTRICTED_POD}---\n${BASELINE_DEPLOYMENT}`);
    const result = await podcaps([f]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      `${f}: Pod good (ns prod): ok`,
      `${f}: Deployment web (ns prod): violates PodSecurity "restricted:latest": ` +
        'allowPrivilegeEscalation != false (container "app" must set securityContext.allowPrivilegeEscalation=false), ' +
        'unrestricted capabilities (container "app" must set securityContext.capabilities.drop=["ALL"]), ' +
        'runAsNonRoot != true (pod or container "app" must set securityContext.runAsNonRoot=true), ' +
        'seccompProfile (pod or container "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
      '',
    ]);
  });

  it('takes --level and --version', async () => {
    const f = file('deploy.yaml', BASELINE_DEPLOYMENT);
    expect((await podcaps([f, '--level', 'baseline'])).code).toBe(0);
    // Before 1.8 restricted did not look at allowPrivilegeEscalation, but it did want runAsNonRoot.
    const old = await podcaps([f, '--version', 'v1.7', '--json']);
    const [verdict] = JSON.parse(old.stdout) as { violations: { checkId: string }[] }[];
    expect(verdict?.violations.map((v) => v.checkId)).toEqual(['runAsNonRoot']);
  });

  it('takes --level privileged, which allows everything, as Kubernetes does', async () => {
    const f = file(
      'privileged.yaml',
      replaceOnce(BASELINE_DEPLOYMENT, 'nginx}', 'nginx, securityContext: {privileged: true}}'),
    );
    expect((await podcaps([f, '--level', 'baseline'])).code).toBe(1);
    expect(await podcaps([f, '--level', 'privileged'])).toEqual({
      code: 0,
      stdout: `${f}: Deployment web (ns prod): ok\n`,
      stderr: '',
    });
    const { stdout } = await podcaps([f, '--level', 'privileged', '--json']);
    expect(JSON.parse(stdout)).toMatchObject([
      { level: 'privileged', version: 'v1.37', policy: 'privileged:latest', allowed: true },
    ]);
  });

  it('lists every level it takes in its usage', async () => {
    const { code, stdout } = await podcaps(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      '  --level LEVEL      privileged | baseline | restricted (default: restricted);\n',
    );
  });

  it('prints one JSON object per workload with --json', async () => {
    const f = file(
      'json.yaml',
      `${RESTRICTED_POD}---\n${replaceOnce(BASELINE_DEPLOYMENT, 'namespace: prod', 'namespace: null')}`,
    );
    const { code, stdout, stderr } = await podcaps([f, '--json', '--level', 'restricted']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const verdicts = JSON.parse(stdout) as Record<string, unknown>[];
    expect(verdicts).toHaveLength(2);
    expect(verdicts[0]).toEqual({
      file: f,
      kind: 'Pod',
      name: 'good',
      namespace: 'prod',
      level: 'restricted',
      version: 'v1.37',
      policy: 'restricted:latest',
      allowed: true,
      violations: [],
      node: {
        runtime: 'containerd',
        runtimeVersion: '2.3',
        ociRuntime: 'runc',
        ociRuntimeVersion: '1.5',
        kernel: '6.12',
        kubernetes: '1.37',
      },
    });
    expect(verdicts[1]).toMatchObject({
      kind: 'Deployment',
      name: 'web',
      namespace: null,
      allowed: false,
    });
    // The setting is missing: the range is the container's `name: app` on line 17 (the
    // Deployment starts on line 11), where it has to be written.
    const app = { start: { line: 17, column: 21 }, end: { line: 17, column: 30 } };
    expect(verdicts[1]?.['violations']).toContainEqual({
      checkId: 'runAsNonRoot',
      reason: 'runAsNonRoot != true',
      detail: 'pod or container "app" must set securityContext.runAsNonRoot=true',
      range: app,
      ranges: [app],
    });
  });

  it('reads standard input for -: <stdin> in messages, - in JSON, as given', async () => {
    const { code, stdout } = await podcaps(['-', '--level', 'baseline'], BASELINE_DEPLOYMENT);
    expect(code).toBe(0);
    expect(stdout).toBe('<stdin>: Deployment web (ns prod): ok\n');
    const f = file('beside-stdin.yaml', RESTRICTED_POD);
    const json = await podcaps([f, '-', '--json'], BASELINE_DEPLOYMENT);
    expect(JSON.parse(json.stdout)).toMatchObject([
      { file: f, name: 'good' },
      { file: '-', name: 'web' },
    ]);
  });
});

describe('podcaps check with Namespace labels', () => {
  it('enforces the level and version a Namespace sets for its workloads, even from another file', async () => {
    const ns = file('ns.yaml', PROD_BASELINE);
    const deploy = file('web.yaml', BASELINE_DEPLOYMENT);
    const { code, stdout } = await podcaps([ns, deploy, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject([
      { level: 'baseline', version: 'v1.25', policy: 'baseline:v1.25' },
    ]);
  });

  it('leaves workloads of other namespaces at the defaults', async () => {
    const f = file(
      'other.yaml',
      `${PROD_BASELINE}---\n${replaceOnce(BASELINE_DEPLOYMENT, 'prod', 'dev')}`,
    );
    const { code, stdout } = await podcaps([f]);
    expect(code).toBe(1);
    expect(stdout).toContain('Deployment web (ns dev): violates PodSecurity "restricted:latest"');
  });

  it('lets --level and --version override the labels, each on its own', async () => {
    const f = file('override.yaml', `${PROD_BASELINE}---\n${BASELINE_DEPLOYMENT}`);
    const levelOnly = await podcaps([f, '--level', 'restricted', '--json']);
    expect(levelOnly.code).toBe(1);
    expect(JSON.parse(levelOnly.stdout)).toMatchObject([{ level: 'restricted', version: 'v1.25' }]);
    const versionOnly = await podcaps([f, '--version', 'latest', '--json']);
    expect(versionOnly.code).toBe(0);
    expect(JSON.parse(versionOnly.stdout)).toMatchObject([{ level: 'baseline', version: 'v1.37' }]);
  });

  it('allows anything in a privileged namespace', async () => {
    const f = file(
      'priv.yaml',
      `${replaceOnce(PROD_BASELINE, ': baseline', ': privileged')}---\n${replaceOnce(BASELINE_DEPLOYMENT, 'nginx}', 'nginx, securityContext: {privileged: true}}')}`,
    );
    expect(await podcaps([f])).toMatchObject({
      code: 0,
      stdout: `${f}: Deployment web (ns prod): ok\n`,
    });
  });
});

describe('podcaps check on bad input', () => {
  const expectBadInput = (
    result: { code: number; stdout: string; stderr: string },
    message: string,
  ) => {
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`podcaps check: ${message}\n`);
  };

  it('names an unreadable file', async () => {
    expectBadInput(
      await podcaps([join(dir, 'missing.yaml')]),
      `cannot read ${join(dir, 'missing.yaml')}: no such file`,
    );
  });

  it('locates invalid YAML by file, line and column', async () => {
    const f = file('broken.yaml', 'kind: Pod\nspec:\n  containers: [\n');
    const { code, stderr } = await podcaps([f]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      new RegExp(
        `^podcaps check: ${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: \\S.*\\n$`,
      ),
    );
  });

  it('refuses input without workloads', async () => {
    const f = file('ns-only.yaml', PROD_BASELINE);
    const noWorkload = `No workload in this file: it holds Namespace "prod". Podcaps reads Pod, PodTemplate, Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, ReplicationController, CronJob and List.`;
    expectBadInput(await podcaps([f]), `${f}: ${noWorkload}`);
    const empty = file('empty.yaml', '');
    expectBadInput(await podcaps([f, empty]), `${f}: ${noWorkload} (and 1 more file with none)`);
  });

  it('refuses bad options and bad labels', async () => {
    const f = file('ok.yaml', RESTRICTED_POD);
    expectBadInput(
      await podcaps([f, '--level', 'strict']),
      '--level must be one of privileged, baseline, restricted (got "strict")',
    );
    // Levels are lowercase, as in the Namespace label.
    expectBadInput(
      await podcaps([f, '--level', 'Baseline']),
      '--level must be one of privileged, baseline, restricted (got "Baseline")',
    );
    expectBadInput(
      await podcaps([f, '--version', '1.25']),
      '--version must be vX.Y or latest (got "1.25")',
    );
    expectBadInput(await podcaps([]), 'missing FILE');
    const bad = file(
      'badns.yaml',
      `${replaceOnce(PROD_BASELINE, 'v1.25', 'v2')}---\n${RESTRICTED_POD}`,
    );
    expectBadInput(
      await podcaps([bad]),
      'Namespace prod: label pod-security.kubernetes.io/enforce-version=v2 must be "latest" or "v1.N"',
    );
    const { code, stderr } = await podcaps([f, '--frobnicate']);
    expect(code).toBe(2);
    expect(stderr.split('\n')).toHaveLength(2);
  });
});

// A held-out-style manifest: controllers, several containers of every type, namespace labels.
const MIXED = `apiVersion: v1
kind: Namespace
metadata:
  name: batch
  labels: {pod-security.kubernetes.io/enforce: baseline}
---
apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels: {pod-security.kubernetes.io/enforce: restricted, pod-security.kubernetes.io/enforce-version: v1.33}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: shop-web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata:
      labels: {app: web}
      annotations:
        container.apparmor.security.beta.kubernetes.io/proxy: unconfined
    spec:
      securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
      initContainers:
        - name: migrate
          image: app
          securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, runAsUser: 0}
      containers:
        - name: web
          image: app
          ports: [{containerPort: 8080}]
          livenessProbe: {httpGet: {host: 10.0.0.1, port: 8080}}
          securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}}
        - name: proxy
          image: envoy
          securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL], add: [NET_ADMIN]}}
      ephemeralContainers:
        - name: debug
          image: busybox
          securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly, namespace: batch}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          hostPID: true
          initContainers:
            - name: fetch
              image: curl
              securityContext: {capabilities: {add: [NET_RAW, CHOWN]}}
          containers:
            - name: job
              image: tool
              ports: [{containerPort: 9, hostPort: 9000}]
            - name: sidecar
              image: tool
              securityContext: {seccompProfile: {type: Unconfined}}
          ephemeralContainers:
            - name: shell
              image: busybox
              securityContext: {privileged: true}
`;

describe('podcaps check on a mixed manifest', () => {
  it('reports every container type of controllers under their namespace policies', async () => {
    const f = file('mixed.yaml', MIXED);
    const { code, stdout } = await podcaps([f]);
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      `${f}: Deployment shop-web (ns shop): violates PodSecurity "restricted:v1.33": ` +
        'forbidden AppArmor profile (annotation must not set AppArmor profile type to "container.apparmor.security.beta.kubernetes.io/proxy="unconfined""), ' +
        'unrestricted capabilities (container "proxy" must not include "NET_ADMIN" in securityContext.capabilities.add), ' +
        'runAsUser=0 (container "migrate" must not set runAsUser=0)',
      `${f}: CronJob nightly (ns batch): violates PodSecurity "baseline:latest": ` +
        'non-default capabilities (container "fetch" must not include "NET_RAW" in securityContext.capabilities.add), ' +
        'host namespaces (hostPID=true), ' +
        'hostPort (container "job" uses hostPort 9000), ' +
        'privileged (container "shell" must not set securityContext.privileged=true), ' +
        'seccompProfile (container "sidecar" must not set securityContext.seccompProfile.type to "Unconfined")',
      '',
    ]);
  });

  it('catches the probe host once the policy version knows about it', async () => {
    const f = file('mixed-latest.yaml', MIXED);
    const { stdout } = await podcaps([f, '--version', 'v1.34', '--json']);
    const [web] = JSON.parse(stdout) as { violations: { reason: string; detail: string }[] }[];
    expect(web?.violations).toContainEqual(
      expect.objectContaining({
        checkId: 'hostProbesAndHostLifecycle',
        reason: 'probe or lifecycle host',
        detail: 'container "web" uses probe or lifecycle host "10.0.0.1"',
      }),
    );
  });
});

// A root pod spec in its own user namespace, as each workload kind nests it.
const USERNS_SPEC = `hostUsers: false
securityContext: {runAsUser: 0, seccompProfile: {type: RuntimeDefault}}
containers:
  - name: app
    image: nginx
    securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}`;
const indent = (text: string, by: number) => text.replaceAll('\n', `\n${' '.repeat(by)}`);
const USERNS_WORKLOADS = [
  `apiVersion: v1\nkind: Pod\nmetadata: {name: root}\nspec:\n  ${indent(USERNS_SPEC, 2)}`,
  ...['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].map(
    (kind) =>
      `apiVersion: apps/v1\nkind: ${kind}\nmetadata: {name: root}\nspec:\n  template:\n    spec:\n      ${indent(USERNS_SPEC, 6)}`,
  ),
  `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: root}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          ${indent(USERNS_SPEC, 10)}`,
];

describe('podcaps check on pods in a user namespace (hostUsers: false)', () => {
  it('allows root at restricted from policy v1.35, in every workload kind', async () => {
    const f = file('userns.yaml', USERNS_WORKLOADS.join('\n---\n'));
    const latest = await podcaps([f, '--json']);
    const verdicts = JSON.parse(latest.stdout) as { kind: string; allowed: boolean }[];
    expect(verdicts.map((v) => [v.kind, v.allowed])).toEqual([
      ['Pod', true],
      ['Deployment', true],
      ['StatefulSet', true],
      ['DaemonSet', true],
      ['ReplicaSet', true],
      ['Job', true],
      ['CronJob', true],
    ]);
    expect(latest.code).toBe(0);
  });

  it('denies it at v1.34, which never relaxes', async () => {
    const f = file('userns-1.34.yaml', USERNS_WORKLOADS.join('\n---\n'));
    const { code, stdout } = await podcaps([f, '--version', 'v1.34']);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    for (const line of lines) {
      expect(line).toMatch(
        /: violates PodSecurity "restricted:v1\.34": runAsNonRoot != true \(pod or container "app" must set securityContext\.runAsNonRoot=true\), runAsUser=0 \(pod must not set runAsUser=0\)$/,
      );
    }
  });
});

// The upstream fixtures, read in place (never copied into the repo).
const fixtures = resolve(import.meta.dirname, '../../../../shared/fixtures/pod-security');
const fixturesFound = existsSync(fixtures);
if (!fixturesFound) console.log(`pod-security fixtures: skipped (${fixtures} not found)`);
const subdirs = (dir: string) =>
  readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory());
const fixtureDirs = fixturesFound
  ? subdirs(fixtures).flatMap((level) =>
      subdirs(join(fixtures, level)).map((v) => [level, v] as const),
    )
  : [];

describe.runIf(fixturesFound)('podcaps check on the upstream fixtures', () => {
  it('finds every level and version up to the newest', () => {
    expect(fixtureDirs.length).toBeGreaterThanOrEqual(76);
  });

  it.each(fixtureDirs)('%s %s', async (level, version) => {
    const wrong: string[] = [];
    for (const [outcome, expected] of [
      ['pass', 0],
      ['fail', 1],
    ] as const) {
      const dir = join(fixtures, level, version, outcome);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir)) {
        const { code } = await podcaps([join(dir, name), '--level', level, '--version', version]);
        if (code !== expected) wrong.push(`${outcome}/${name}: exit ${code}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
