import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateManifest } from '../../../bench/generate.ts';
import { EXAMPLE_MANIFEST } from '../../core/example.ts';
import { replaceOnce } from '../../../testing/replaceOnce.ts';
import { podcaps, tempFiles } from '../../../testing/cliRun.ts';

const { file } = tempFiles('podcaps-fix-');

const FIXED_EXAMPLE = `apiVersion: v1
kind: Pod
metadata:
  name: mypod
spec:
  containers:
    - name: myshell
      image: "ubuntu:14.04"
      command:
        - /bin/sleep
        - "300"
      securityContext:
        capabilities:
          drop:
            - ALL
        allowPrivilegeEscalation: false
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
`;

describe('podcaps fix', () => {
  it('fixes the example in place, says what it did, and check then agrees', async () => {
    const f = file('mypod.yaml', EXAMPLE_MANIFEST);
    expect((await podcaps(['check', f])).code).toBe(1);
    const { code, stdout, stderr } = await podcaps(['fix', f]);
    expect([code, stderr]).toEqual([0, '']);
    expect(readFileSync(f, 'utf8')).toBe(FIXED_EXAMPLE);
    expect(stdout.split('\n')).toEqual([
      `${f}: Pod mypod: Set securityContext.allowPrivilegeEscalation to false in container "myshell".`,
      `${f}: Pod mypod: Added "ALL" to securityContext.capabilities.drop in container "myshell".`,
      `${f}: Pod mypod: Removed "NET_ADMIN" from securityContext.capabilities.add in container "myshell": restricted allows only NET_BIND_SERVICE there.`,
      `${f}: Pod mypod: Set the pod's securityContext.runAsNonRoot to true: the kubelet will refuse to start a container whose image runs as root (uid 0) unless that container sets a non-zero runAsUser.`,
      `${f}: Pod mypod: Set the pod's securityContext.seccompProfile.type to "RuntimeDefault".`,
      '',
    ]);
    expect(await podcaps(['check', f])).toEqual({
      code: 0,
      stdout: `${f}: Pod mypod: ok\n`,
      stderr: '',
    });
    // Its own output needs nothing more.
    expect(await podcaps(['fix', f, '--dry-run'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--dry-run writes nothing and prints a unified diff', async () => {
    const f = file('dry.yaml', EXAMPLE_MANIFEST);
    const { code, stdout } = await podcaps(['fix', f, '--dry-run']);
    expect(code).toBe(0);
    expect(readFileSync(f, 'utf8')).toBe(EXAMPLE_MANIFEST);
    expect(stdout).toBe(`--- a/${f}
+++ b/${f}
@@ -10,6 +10,11 @@
         - /bin/sleep
         - "300"
       securityContext:
         capabilities:
-          add:
-            - NET_ADMIN
+          drop:
+            - ALL
+        allowPrivilegeEscalation: false
+  securityContext:
+    runAsNonRoot: true
+    seccompProfile:
+      type: RuntimeDefault
`);
  });

  it('keeps comments, quoting and the other documents', async () => {
    const service = `# the front door
apiVersion: v1
kind: Service
metadata: {name: "web"}   # quoted on purpose
`;
    const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      securityContext: {runAsNonRoot: true, seccompProfile: {type: 'RuntimeDefault'}}
      containers:
        - name: nginx   # the web server
          image: "nginx:1.27"
          securityContext:
            privileged: true      # TODO: remove
            allowPrivilegeEscalation: false
            capabilities:
              drop: ["ALL"]   # start from nothing
              add: ["NET_BIND_SERVICE", "SYS_ADMIN"]
`;
    const f = file('kept.yaml', `${service}---\n${deployment}`);
    expect((await podcaps(['fix', f])).code).toBe(0);
    expect(readFileSync(f, 'utf8')).toBe(
      `${service}---\n${replaceOnce(
        replaceOnce(deployment, '            privileged: true      # TODO: remove\n', ''),
        '["NET_BIND_SERVICE", "SYS_ADMIN"]',
        '["NET_BIND_SERVICE"]',
      )}`,
    );
  });

  it('--level baseline changes only what baseline forbids', async () => {
    const f = file(
      'baseline.yaml',
      `kind: Pod
metadata: {name: p}
spec:
  containers:
    - name: c
      image: x
      securityContext:
        privileged: true
        seccompProfile: {type: Unconfined}
        capabilities: {add: [CHOWN, SYS_ADMIN]}
`,
    );
    const { code, stdout } = await podcaps(['fix', f, '--level', 'baseline']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Removed "SYS_ADMIN" from securityContext.capabilities.add in container "c": baseline allows only the runtime defaults (minus NET_RAW) there.',
    );
    expect(readFileSync(f, 'utf8')).toBe(`kind: Pod
metadata: {name: p}
spec:
  containers:
    - name: c
      image: x
      securityContext:
        seccompProfile: {type: RuntimeDefault}
        capabilities: {add: [CHOWN]}
`);
    expect((await podcaps(['check', f, '--level', 'baseline'])).code).toBe(0);
    expect((await podcaps(['check', f, '--level', 'restricted'])).code).toBe(1);
  });

  it('exits 1 naming each workload it cannot fix, with why; check agrees', async () => {
    const f = file(
      'host.yaml',
      'kind: Pod\nmetadata: {name: host}\nspec:\n  hostNetwork: true\n  containers: [{name: c, image: x}]\n',
    );
    const { code, stderr } = await podcaps(['fix', f]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `${f}: Pod host: cannot meet restricted automatically: Shares the node's namespaces (hostNetwork=true). Remove these fields if the workload can run without the node's network, processes or shared memory.\n`,
    );
    expect((await podcaps(['check', f])).code).toBe(1);
  });

  it('reads - and writes the fixed text to standard output', async () => {
    const { code, stdout } = await podcaps(['fix', '-'], EXAMPLE_MANIFEST);
    expect([code, stdout]).toEqual([0, FIXED_EXAMPLE]);
  });

  it('bad input: exit 2, one line, and no file written', async () => {
    const good = file('untouched.yaml', EXAMPLE_MANIFEST);
    const bad = file('broken.yaml', 'kind: Pod\nspec: [\n');
    const r = await podcaps(['fix', good, bad]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(new RegExp(`^podcaps fix: ${bad}:\\d+:\\d+: [^\\n]+\\n$`));
    expect(readFileSync(good, 'utf8')).toBe(EXAMPLE_MANIFEST);
    expect(await podcaps(['fix', good, '--level', 'privileged'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'podcaps fix: --level must be one of baseline, restricted (got "privileged")\n',
    });
    expect((await podcaps(['fix', good, '--version', '1.30'])).stderr).toBe(
      'podcaps fix: --version must be vX.Y or latest (got "1.30")\n',
    );
  });

  it('on a generated fleet: every workload check calls fixable then passes, every comment kept', async () => {
    const text = generateManifest(20_000, 7);
    const f = file('fleet.yaml', text);
    const { code, stderr } = await podcaps(['fix', f]);
    const fixed = readFileSync(f, 'utf8');
    const comments = (t: string) => t.split('\n').flatMap((l) => l.match(/#.*$/) ?? []);
    expect(comments(fixed)).toEqual(comments(text));
    const check = await podcaps(['check', f, '--json']);
    const verdicts = JSON.parse(check.stdout) as { name: string; allowed: boolean }[];
    const refused = verdicts.filter((v) => !v.allowed).map((v) => v.name);
    // fix names each workload it could not bring to the level, and check refuses exactly those.
    const named = [
      ...new Set(stderr.split('\n').flatMap((l) => l.match(/: \w+ (\S+): cannot/)?.[1] ?? [])),
    ];
    expect(named).toEqual([...new Set(refused)]);
    expect(code).toBe(refused.length === 0 ? 0 : 1);
    expect(check.code).toBe(code);
    expect(verdicts.length).toBeGreaterThan(8);
  });
});

// The upstream Pod Security fixtures, read in place (never copied into the repo).
const fixtures = resolve(import.meta.dirname, '../../../../shared/fixtures/pod-security');
const fixturesFound = existsSync(fixtures);

describe.runIf(fixturesFound)('podcaps fix on the upstream failing fixtures', () => {
  it(
    'agrees with check at the fixture level and version, on three versions',
    { timeout: 120_000 },
    async () => {
      let disagreements = 0;
      let fixedCount = 0;
      let files = 0;
      // The first version, the one where restricted changed most (1.25), and the newest: every
      // version would take half a minute for little more.
      for (const level of ['baseline', 'restricted']) {
        const versions = readdirSync(join(fixtures, level)).sort(
          (a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]),
        );
        for (const version of new Set([versions[0]!, 'v1.25', versions[versions.length - 1]!])) {
          const failDir = join(fixtures, level, version, 'fail');
          if (!existsSync(failDir) || !statSync(failDir).isDirectory()) continue;
          for (const name of readdirSync(failDir)) {
            const f = file(
              `${level}-${version}-${name}`,
              readFileSync(join(failDir, name), 'utf8'),
            );
            const args = ['--level', level, '--version', version];
            const fix = await podcaps(['fix', f, ...args]);
            const check = await podcaps(['check', f, ...args]);
            files++;
            if (fix.code === 0) fixedCount++;
            if (fix.code !== check.code) disagreements++;
          }
        }
      }
      expect(disagreements).toBe(0);
      expect(files).toBeGreaterThan(200);
      // Measured on every version: 1001 of the 3486 failing fixtures are fixed automatically.
      expect(fixedCount).toBeGreaterThan(files / 5);
    },
  );
});
