import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { podcaps, tempFiles } from '../../../testing/cliRun.ts';

const { dir, file } = tempFiles('podcaps-inspect-');

interface Row {
  workload: string;
  container: string;
  containerType: string;
  refusal: string | null;
  warnings: { code: string }[];
  [key: string]: unknown;
}

/** `workload/container` → sorted codes, from `podcaps inspect --json`. */
async function codesOf(path: string, runtime: string): Promise<Record<string, string[]>> {
  const { code, stdout, stderr } = await podcaps(['inspect', path, '--runtime', runtime, '--json']);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  const rows = JSON.parse(stdout) as Row[];
  return Object.fromEntries(
    rows.map((r) => [`${r.workload}/${r.container}`, r.warnings.map((w) => w.code).sort()]),
  );
}

const SEED = file(
  'mypod.yaml',
  `apiVersion: v1
kind: Pod
metadata:
  name: mypod
spec:
  containers:
    - name: myshell
      image: "ubuntu:14.04"
      command: [/bin/sleep, "300"]
      securityContext:
        capabilities:
          add:
            - NET_ADMIN
`,
);

// A Helm-like render: a namespace, a Deployment with an init container, a CronJob, a List.
const STACK = file(
  'stack.yaml',
  `apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  template:
    spec:
      securityContext: {runAsUser: 101}
      initContainers:
        - name: fix-perms
          image: busybox
          securityContext:
            runAsUser: 0
            capabilities: {add: [CAP_CHOWN], drop: [ALL]}
      containers:
        - name: nginx
          image: nginx
          securityContext:
            allowPrivilegeEscalation: false
            capabilities: {add: [NET_BIND_SERVICE], drop: [ALL]}
        - name: exporter
          image: exporter
          securityContext:
            capabilities: {drop: [all]}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: backup}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: dump
              image: pg
              securityContext:
                capabilities: {add: [sys_ptrace, FOO], drop: [SYS_PTRACE]}
---
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata: {name: debug}
    spec:
      containers:
        - name: tools
          image: netshoot
          securityContext: {privileged: true, runAsUser: 1000}
      ephemeralContainers:
        - name: dbg
          image: busybox
          securityContext:
            capabilities: {add: [ALL], drop: [ALL]}
`,
);

const WINDOWS = file(
  'windows.json',
  JSON.stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'win' },
    spec: {
      os: { name: 'windows' },
      containers: [
        { name: 'iis', image: 'iis', securityContext: { capabilities: { drop: ['ALL'] } } },
        { name: 'plain', image: 'iis' },
      ],
    },
  }),
);

describe('podcaps inspect --json: codes per container', () => {
  it('the seed example', async () => {
    expect(await codesOf(SEED, 'containerd')).toEqual({
      'mypod/myshell': ['dangerous-capability', 'net-raw-granted', 'no-drop-all'],
    });
    expect(await codesOf(SEED, 'cri-o')).toEqual({
      'mypod/myshell': ['dangerous-capability', 'no-drop-all'],
    });
  });

  it('a multi-document render on containerd', async () => {
    expect(await codesOf(STACK, 'containerd')).toEqual({
      'web/fix-perms': ['cap-prefix'],
      'web/nginx': ['ineffective-for-non-root'],
      'web/exporter': ['not-uppercase'],
      // containerd: the drop wins; FOO is skipped; NET_RAW from the defaults stays.
      'backup/dump': [
        'add-and-drop',
        'net-raw-granted',
        'no-drop-all',
        'not-uppercase',
        'unknown-capability',
      ],
      'debug/tools': ['ineffective-for-non-root', 'privileged'],
      'debug/dbg': ['add-and-drop'],
    });
  });

  it('the same render on CRI-O', async () => {
    expect(await codesOf(STACK, 'cri-o')).toEqual({
      'web/fix-perms': ['cap-prefix'],
      'web/nginx': ['ineffective-for-non-root'],
      'web/exporter': ['not-uppercase'],
      // Refused over FOO, so nothing grant-based; CRI-O has no NET_RAW by default anyway.
      'backup/dump': ['add-and-drop', 'no-drop-all', 'not-uppercase', 'unknown-capability'],
      // Privileged non-root keeps its capabilities through ambient on CRI-O.
      'debug/tools': ['privileged'],
      'debug/dbg': ['add-and-drop'],
    });
  });

  it('the same render on Docker', async () => {
    expect(await codesOf(STACK, 'docker')).toEqual({
      'web/fix-perms': ['cap-prefix'],
      'web/nginx': ['ineffective-for-non-root'],
      'web/exporter': ['not-uppercase'],
      'backup/dump': ['add-and-drop', 'no-drop-all', 'not-uppercase', 'unknown-capability'],
      'debug/tools': ['ineffective-for-non-root', 'privileged'],
      // add ALL beats drop ALL on Docker.
      'debug/dbg': ['add-all', 'add-and-drop'],
    });
  });

  it('a Windows pod (JSON input)', async () => {
    expect(await codesOf(WINDOWS, 'containerd')).toEqual({
      'win/iis': ['windows-capabilities'],
      'win/plain': [],
    });
  });
});

/** A JSON pod, for standard input. */
const STDIN_POD = JSON.stringify({
  kind: 'Pod',
  apiVersion: 'v1',
  metadata: { name: 's' },
  spec: { containers: [{ name: 'c', image: 'x' }] },
});

describe('podcaps inspect --json: the shape', () => {
  it('has every documented key, with the sets in Kubernetes names', async () => {
    const { stdout } = await podcaps(['inspect', STACK, '--json', '--runtime', 'cri-o']);
    const rows = JSON.parse(stdout) as Row[];
    expect(rows.map((r) => [r.workload, r.container, r.containerType, r.kind])).toEqual([
      ['web', 'nginx', 'container', 'Deployment'],
      ['web', 'exporter', 'container', 'Deployment'],
      ['web', 'fix-perms', 'initContainer', 'Deployment'],
      ['backup', 'dump', 'container', 'CronJob'],
      ['debug', 'tools', 'container', 'Pod'],
      ['debug', 'dbg', 'ephemeralContainer', 'Pod'],
    ]);
    const nginx = rows[0];
    expect(nginx).toMatchObject({
      file: STACK,
      runtime: 'cri-o',
      uid: 101,
      // No passwd entry for 101, so no primary group: gid 0 (RUNTIME-SEMANTICS, Identity).
      gid: 0,
      bounding: ['NET_BIND_SERVICE'],
      effective: [],
      added: [],
      dropped: ['CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'SETGID', 'SETUID', 'SETPCAP'],
      refusal: null,
    });
    expect(nginx?.warnings[0]).toEqual({
      code: 'ineffective-for-non-root',
      severity: 'warning',
      message: expect.stringContaining('uid 101'),
      capability: 'NET_BIND_SERVICE',
      // `NET_BIND_SERVICE` in `add: [NET_BIND_SERVICE]` on line 23; the end is just after it.
      range: { start: { line: 23, column: 34 }, end: { line: 23, column: 50 } },
    });
    const dump = rows[3];
    expect(dump).toMatchObject({ uid: null, gid: null, bounding: null, effective: null });
    expect(dump?.refusal).toBe('unknown capability "CAP_FOO" to add');
  });

  it('reads standard input, and names it `-` as given', async () => {
    const { code, stdout } = await podcaps(['inspect', '-', '--json'], STDIN_POD);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Row[])[0]).toMatchObject({
      file: '-',
      workload: 's',
      uid: 0,
    });
  });

  it('names each file as given, standard input among them', async () => {
    const { stdout } = await podcaps(['inspect', SEED, '-', '--json'], STDIN_POD);
    expect((JSON.parse(stdout) as Row[]).map((r) => [r['file'], r.container])).toEqual([
      [SEED, 'myshell'],
      ['-', 'c'],
    ]);
  });
});

describe('podcaps inspect: human output', () => {
  it('groups by file, workload and container', async () => {
    const { code, stdout, stderr } = await podcaps(['inspect', SEED, STACK, '--runtime', 'docker']);
    expect([code, stderr]).toEqual([0, '']);
    expect(
      stdout.startsWith(
        `${SEED}\n  Pod mypod\n    container myshell on Docker\n      user       uid=0(root) gid=0(root)\n`,
      ),
    ).toBe(true);
    expect(stdout).toContain(`\n${STACK}\n  Deployment web\n    container nginx on Docker\n`);
    expect(stdout).toContain('\n    init container fix-perms on Docker\n');
    expect(stdout).toContain('\n    ephemeral container dbg on Docker\n');
    expect(stdout).toContain('      added      NET_ADMIN\n');
    expect(stdout).toContain(
      '      danger     dangerous-capability NET_ADMIN: NET_ADMIN is dangerous',
    );
  });
  it('heads standard input <stdin>', async () => {
    const { code, stdout } = await podcaps(['inspect', SEED, '-'], readFileSync(SEED, 'utf8'));
    expect(code).toBe(0);
    expect(stdout.startsWith(`${SEED}\n  Pod mypod\n`)).toBe(true);
    expect(stdout).toContain('\n\n<stdin>\n  Pod mypod\n    container myshell on containerd\n');
  });

  it('shows a refusal in place of the sets', async () => {
    const { stdout } = await podcaps(['inspect', STACK, '--runtime', 'cri-o']);
    expect(stdout).toContain(
      '    container dump on CRI-O\n      refused    by cri-o: unknown capability "CAP_FOO" to add\n',
    );
  });
});

// A second file with a container named as the seed's, here an init container of another workload.
const SHELLS = file(
  'shells.yaml',
  `apiVersion: apps/v1
kind: Deployment
metadata: {name: api}
spec:
  template:
    spec:
      initContainers: [{name: myshell, image: busybox}]
      containers: [{name: app, image: api}]
`,
);

/** `[file, workload, container, containerType]` of each row of `podcaps inspect ARGS --json`. */
async function picked(args: string[]): Promise<string[][]> {
  const { code, stdout, stderr } = await podcaps(['inspect', ...args, '--json']);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return (JSON.parse(stdout) as Row[]).map((r) => [
    String(r['file']),
    r.workload,
    r.container,
    r.containerType,
  ]);
}

describe('podcaps inspect --workload and --container', () => {
  it('are in the usage', async () => {
    const { code, stdout } = await podcaps(['inspect', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Usage: podcaps inspect FILE\.\.\. \[--workload NAME\] \[--container NAME\]\n/,
    );
  });

  it('keep only the container that both name', async () => {
    expect(await picked([SEED, STACK, '--workload', 'web', '--container', 'nginx'])).toEqual([
      [STACK, 'web', 'nginx', 'container'],
    ]);
  });

  it('--workload alone keeps every container of that workload, of every type', async () => {
    expect(await picked([SEED, STACK, '--workload', 'web'])).toEqual([
      [STACK, 'web', 'nginx', 'container'],
      [STACK, 'web', 'exporter', 'container'],
      [STACK, 'web', 'fix-perms', 'initContainer'],
    ]);
  });

  it('--container alone keeps that name in every workload of every file, of any type', async () => {
    expect(await picked([SEED, STACK, SHELLS, '--container', 'myshell'])).toEqual([
      [SEED, 'mypod', 'myshell', 'container'],
      [SHELLS, 'api', 'myshell', 'initContainer'],
    ]);
    expect(await picked([STACK, '--container', 'dbg'])).toEqual([
      [STACK, 'debug', 'dbg', 'ephemeralContainer'],
    ]);
  });

  it('print only the matches in the human form too', async () => {
    const { code, stdout } = await podcaps(['inspect', SEED, SHELLS, '--container', 'myshell']);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter((l) => /^ {0,4}\S/.test(l))).toEqual([
      SEED,
      '  Pod mypod',
      '    container myshell on containerd',
      SHELLS,
      '  Deployment api',
      '    init container myshell on containerd',
    ]);
  });

  it.each([
    [
      'no such workload in any file',
      () => [SEED, STACK, '--workload', 'nope'],
      `no workload named "nope" in ${SEED} and 1 more file (found: mypod, web, backup, debug)`,
    ],
    [
      'no such container in one file',
      () => [STACK, '--container', 'nope'],
      `no container named "nope" in ${STACK} (found: nginx, exporter, fix-perms, dump, tools, dbg)`,
    ],
    [
      'no such container in several files, each name once',
      () => [SEED, SHELLS, '-', '--container', 'nope'],
      `no container named "nope" in ${SEED} and 2 more files (found: myshell, app, c)`,
    ],
    [
      'a container of another workload',
      () => [SEED, STACK, '--workload', 'web', '--container', 'myshell'],
      'no container named "myshell" in Deployment "web" (found: nginx, exporter, fix-perms)',
    ],
    [
      'a workload named that has no containers',
      () => [
        file('empty.yaml', 'kind: Pod\nmetadata:\n  name: bare\nspec: {}\n'),
        '--workload',
        'bare',
      ],
      `Pod "bare" in ${join(dir, 'empty.yaml')} has no containers`,
    ],
  ])('exits 2 with one line for %s', async (_what, args, message) => {
    expect(await podcaps(['inspect', ...args()], STDIN_POD)).toEqual({
      code: 2,
      stdout: '',
      stderr: `podcaps inspect: ${message}\n`,
    });
  });
});

describe('podcaps inspect: bad input exits 2 with one line', () => {
  it.each([
    [['inspect'], 'podcaps inspect: missing FILE\n'],
    [
      ['inspect', join(dir, 'nope.yaml')],
      `podcaps inspect: cannot read ${join(dir, 'nope.yaml')}: no such file\n`,
    ],
    [
      ['inspect', SEED, '--runtime', 'podman'],
      'podcaps inspect: --runtime must be NAME[@VERSION]: containerd@1.6|1.7|2.0|2.1|2.2|2.3, cri-o@1.28|1.29|1.30|1.31|1.32|1.33|1.34|1.35|1.36, docker@20.10|23|24|25|26|27|28|29 (got "podman")\n',
    ],
  ])('%j', async (args, message) => {
    expect(await podcaps(args)).toEqual({ code: 2, stdout: '', stderr: message });
  });
  it('invalid YAML: file:line:column', async () => {
    const bad = file('bad.yaml', 'kind: Pod\nspec:\n  containers: [\n');
    const { code, stdout, stderr } = await podcaps(['inspect', bad]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(new RegExp(`^podcaps inspect: ${bad}:\\d+:\\d+: .+\\n$`));
  });
  it('a file without workloads', async () => {
    const svc = file('svc.yaml', 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n');
    expect(await podcaps(['inspect', svc])).toEqual({
      code: 2,
      stdout: '',
      stderr: `podcaps inspect: ${svc}: No workload in this file: it holds Service "s". Podcaps reads Pod, PodTemplate, Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, ReplicationController, CronJob and List.\n`,
    });
  });
});
