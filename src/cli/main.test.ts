import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceOnce } from '../../testing/replaceOnce.ts';
import { podcaps, tempFiles } from '../../testing/cliRun.ts';

const { dir, file } = tempFiles('podcaps-cli-');

const POD = `apiVersion: v1
kind: Pod
metadata: {name: mypod}
spec:
  initContainers:
  - name: init
    image: x
    securityContext: {capabilities: {drop: [ALL], add: [CHOWN]}}
  containers:
  - name: myshell
    image: x
    securityContext: {capabilities: {drop: [ALL], add: [KILL]}}
  - name: other
    image: x
    securityContext: {capabilities: {drop: [ALL]}}
`;
const pod = file('pod.yaml', POD);

describe('podcaps', () => {
  it('prints usage for --help (exit 0) and for nothing (exit 2)', async () => {
    const help = await podcaps(['--help']);
    // Other commands join the table over time, so check the frame and this command's line.
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toMatch(
      /^Usage: podcaps COMMAND \[ARGS\]\n\nCommands:\n( {2}\w+ +\S.*\n)+\nRun `podcaps COMMAND --help` for a command's options\.\n$/,
    );
    // The name column is as wide as the longest command name, so match any padding.
    expect(help.stdout).toMatch(
      /\n {2}capsh +print the simulated `capsh --print` of a container\n/,
    );
    const none = await podcaps([]);
    expect([none.code, none.stdout, none.stderr]).toEqual([2, '', help.stdout]);
  });

  it('prints the package version for --version', async () => {
    expect(await podcaps(['--version'])).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });

  it('rejects an unknown command', async () => {
    expect(await podcaps(['frob'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'podcaps: unknown command "frob" (try podcaps --help)\n',
    });
  });
});

describe('podcaps capsh', () => {
  it('prints usage for --help', async () => {
    const r = await podcaps(['capsh', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: podcaps capsh FILE \[--container NAME\]/);
  });

  it('prints the first regular container by default', async () => {
    const r = await podcaps(['capsh', pod]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'Current: cap_kill=ep',
      'Bounding set =cap_kill',
    ]);
  });

  it('finds an init container by name, and reads stdin for -', async () => {
    const r = await podcaps(['capsh', '-', '--container', 'init', '--runtime', 'cri-o'], POD);
    expect(r.stdout.split('\n')[0]).toBe('Current: cap_chown=ep');
  });

  it('takes the runtime in any case, as the app spells it (CRI-O)', async () => {
    const lower = await podcaps(['capsh', '-', '--container', 'init', '--runtime', 'cri-o'], POD);
    const label = await podcaps(['capsh', '-', '--container', 'init', '--runtime', 'CRI-O'], POD);
    expect(label).toEqual(lower);
    expect(label.code).toBe(0);
  });

  it('refuses in the runtime words with exit 1', async () => {
    const bad = file('unknown.yaml', replaceOnce(POD, 'add: [KILL]', 'add: [NET_FOO]'));
    expect(await podcaps(['capsh', bad, '--runtime', 'docker'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Docker: invalid CapAdd: unknown capability: "CAP_NET_FOO"\n',
    });
  });

  it('sends warnings to stderr and keeps stdout the capsh text', async () => {
    const odd = file('odd.yaml', replaceOnce(POD, 'add: [KILL]', 'add: [KILL, CAP_SYS_TIME]'));
    const r = await podcaps(['capsh', odd]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Current: cap_kill=ep');
    expect(r.stderr).toBe(
      'warning: runc: ignoring unknown or unavailable capabilities: [CAP_CAP_SYS_TIME]\n',
    );
  });

  const badInputs: [string, () => string[], string][] = [
    ['a missing FILE', () => ['capsh'], 'podcaps capsh: missing FILE\n'],
    ['two FILEs', () => ['capsh', pod, pod], 'podcaps capsh: expected one FILE, got 2\n'],
    [
      'an unreadable file',
      () => ['capsh', join(dir, 'nope.yaml')],
      `podcaps capsh: cannot read ${join(dir, 'nope.yaml')}: no such file\n`,
    ],
    ['a directory', () => ['capsh', dir], `podcaps capsh: cannot read ${dir}: is a directory\n`],
    [
      'invalid YAML',
      () => ['capsh', file('broken.yaml', 'kind: Pod\nspec:\n  containers: [\n')],
      `podcaps capsh: ${join(dir, 'broken.yaml')}:4:1: Flow sequence in block collection must be sufficiently indented and end with a ]\n`,
    ],
    [
      'a mapping where a list belongs',
      () => [
        'capsh',
        file(
          'map.yaml',
          'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    name: c\n',
        ),
      ],
      `podcaps capsh: ${join(dir, 'map.yaml')}:6:5: \`containers\` must be a list, found a mapping\n`,
    ],
    [
      'no such container',
      () => ['capsh', pod, '--container', 'web'],
      `podcaps capsh: no container named "web" in ${pod} (found: myshell, other, init)\n`,
    ],
    [
      'no such container, each name found listed once',
      () => [
        'capsh',
        file('twins.yaml', `${POD}---\n${replaceOnce(POD, 'mypod', 'twin')}`),
        '--container',
        'web',
      ],
      `podcaps capsh: no container named "web" in ${join(dir, 'twins.yaml')} (found: myshell, other, init)\n`,
    ],
    [
      'no such workload',
      () => ['capsh', pod, '--workload', 'api'],
      `podcaps capsh: no workload named "api" in ${pod} (found: mypod)\n`,
    ],
    [
      'no workloads',
      () => ['capsh', file('svc.yaml', 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n')],
      `podcaps capsh: ${join(dir, 'svc.yaml')}: No workload in this file: it holds Service "s". Podcaps reads Pod, PodTemplate, Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, ReplicationController, CronJob and List.\n`,
    ],
    [
      'a workload without containers',
      () => [
        'capsh',
        file('empty.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: e}\nspec: {}\n'),
      ],
      `podcaps capsh: Pod "e" in ${join(dir, 'empty.yaml')} has no containers\n`,
    ],
    [
      'a bad runtime',
      () => ['capsh', pod, '--runtime', 'podman'],
      'podcaps capsh: --runtime must be NAME[@VERSION]: containerd@1.6|1.7|2.0|2.1|2.2|2.3, cri-o@1.28|1.29|1.30|1.31|1.32|1.33|1.34|1.35|1.36, docker@20.10|23|24|25|26|27|28|29 (got "podman")\n',
    ],
    [
      'an unknown flag',
      () => ['capsh', pod, '--bogus'],
      `podcaps capsh: Unknown option '--bogus'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- "--bogus"\n`,
    ],
    [
      'a flag without its value',
      () => ['capsh', pod, '--container'],
      "podcaps capsh: Option '--container <value>' argument missing\n",
    ],
  ];

  it.each(badInputs)('exits 2 with one line for %s', async (_what, args, stderr) => {
    expect(await podcaps(args())).toEqual({ code: 2, stdout: '', stderr });
  });
});
