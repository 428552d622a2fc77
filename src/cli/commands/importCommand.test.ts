import { describe, expect, it } from 'vitest';
import { podcaps, tempFiles } from '../../../testing/cliRun.ts';

const { file } = tempFiles('podcaps-import-');

describe('podcaps import', () => {
  it('writes a Pod per command on stdout and a note per decision on stderr', async () => {
    const r = await podcaps(
      ['import', '-'],
      'docker run --cap-add=NET_ADMIN --cap-drop NET_RAW ubuntu:14.04 sleep 300\n',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Imported by podcaps from line 1: docker run/);
    expect(r.stdout).toContain('kind: Pod\nmetadata:\n  name: ubuntu\n');
    expect(r.stdout).toMatch(/add:\n\s+- NET_ADMIN\n/);
    expect(r.stdout).toMatch(/drop:\n\s+- NET_RAW\n/);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(
        /^note: line 1: docker grants SYS_CHROOT, MKNOD, AUDIT_WRITE, SETFCAP by default and CRI-O does not/,
      ),
      expect.stringMatching(/^note: line 1: seccompProfile RuntimeDefault/),
    ]);
  });

  it('reads a Compose file and the simulated capsh of the result is Docker’s', async () => {
    const compose = file(
      'compose.yaml',
      'services:\n  web:\n    image: nginx\n    cap_drop: [ALL]\n    cap_add: [cap_net_bind_service]\n',
    );
    const r = await podcaps(['import', compose]);
    expect([r.code, r.stdout.includes('kind: Deployment')]).toEqual([0, true]);
    const yaml = file('imported.yaml', r.stdout);
    const capsh = await podcaps(['capsh', yaml, '--runtime', 'cri-o']);
    expect(capsh.stdout.split('\n')[0]).toBe('Current: cap_net_bind_service=ep');
  });

  it('exits 2 with one line for a command that is not docker run', async () => {
    expect(await podcaps(['import', '-'], 'kubectl apply -f x.yaml\n')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'podcaps import: line 1: not a docker run or podman run command: "kubectl apply -f"\n',
    });
  });

  it('exits 2 with one line for a Compose file without services', async () => {
    expect(await podcaps(['import', file('empty.yaml', 'version: "3.9"\nservices: {}\n')])).toEqual(
      {
        code: 2,
        stdout: '',
        stderr: 'podcaps import: Compose file has no services (expected a services: mapping)\n',
      },
    );
  });
});
