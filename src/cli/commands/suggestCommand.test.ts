import { describe, expect, it } from 'vitest';
import { BCC_CAPABLE, GADGET_JSON_LINES } from '../../../testing/traceFixtures.ts';
import { podcaps, tempFiles } from '../../../testing/cliRun.ts';

const { file } = tempFiles('podcaps-suggest-');

const DEPLOYMENT = `# the web tier
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      containers:
        - name: sidecar
          image: envoy
        - name: nginx   # serves :80
          image: nginx
`;
const manifest = file('web.yaml', DEPLOYMENT);

describe('podcaps suggest', () => {
  it('edits only the selected container, keeping every other byte', async () => {
    const r = await podcaps([
      'suggest',
      '--trace',
      file('trace.json', GADGET_JSON_LINES),
      manifest,
      '--container',
      'nginx',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`# the web tier
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      containers:
        - name: sidecar
          image: envoy
        - name: nginx   # serves :80
          image: nginx
          securityContext:
            capabilities:
              drop:
                - ALL
              add:
                - NET_BIND_SERVICE
`);
    expect(r.stderr).toBe(
      'note: 2 check(s) of container "nginx" in the inspektor-gadget trace; add: NET_BIND_SERVICE\n' +
        'note: left out SYS_RESOURCE (1 non-audited check): the kernel was asked without audit (CAP_OPT_NOAUDIT), a probe whose refusal the program handles, not a need\n',
    );
  });

  it('reads a bcc trace and the manifest from stdin', async () => {
    const r = await podcaps(
      ['suggest', '--trace', file('capable.txt', BCC_CAPABLE), '-'],
      DEPLOYMENT,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '        - name: sidecar\n          image: envoy\n          securityContext:',
    );
    expect(r.stderr).toMatch(/does not say which container/);
  });

  it('exits 2 with one line for a trace with no capability lines', async () => {
    const trace = file('empty.txt', 'TIME UID PID COMM CAP NAME AUDIT\n');
    expect(await podcaps(['suggest', '--trace', trace, manifest])).toEqual({
      code: 2,
      stdout: '',
      stderr: `podcaps suggest: ${trace}: the trace has no capability check (expected bcc capable output, Inspektor Gadget trace_capabilities JSON, or one name per line)\n`,
    });
  });

  it('exits 2 without --trace', async () => {
    expect((await podcaps(['suggest', manifest])).stderr).toBe(
      'podcaps suggest: missing --trace TRACE\n',
    );
  });
});
