import { describe, expect, it } from 'vitest';
import type { RuntimeId } from '../model.ts';
import { parseManifest } from '../manifest/parse.ts';
import { DANGEROUS_CAPABILITIES } from './dangerous.ts';
import { containerWarnings } from './inspectContainer.ts';
import { caps, testPod } from '../../../testing/testPod.ts';
import type { InspectionWarning } from './warning.ts';

type PerRuntime = Readonly<Record<RuntimeId, readonly string[]>>;
const RUNTIMES: readonly RuntimeId[] = ['containerd', 'cri-o', 'docker'];

function warningsFor(
  runtime: RuntimeId,
  sc: Record<string, unknown> | undefined,
  podSpec: Record<string, unknown> = {},
): InspectionWarning[] {
  const { manifest, container } = testPod(sc, podSpec);
  return containerWarnings(manifest, container, runtime);
}

function codes(
  runtime: RuntimeId,
  sc: Record<string, unknown> | undefined,
  podSpec = {},
): string[] {
  return warningsFor(runtime, sc, podSpec)
    .map((w) => w.code)
    .sort();
}

function expectCodes(sc: Record<string, unknown> | undefined, expected: PerRuntime, podSpec = {}) {
  for (const runtime of RUNTIMES) {
    expect({ runtime, codes: codes(runtime, sc, podSpec) }).toEqual({
      runtime,
      codes: [...expected[runtime]].sort(),
    });
  }
}

const same = (...list: string[]): PerRuntime => ({ containerd: list, 'cri-o': list, docker: list });
const ADD = (i: number) => ['spec', 'containers', 0, 'securityContext', 'capabilities', 'add', i];
const DROP = (i: number) => ['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop', i];

describe('a clean container', () => {
  it('drop ALL and add a harmless capability as root: nothing to say on any runtime', () => {
    expectCodes(caps(['NET_BIND_SERVICE'], ['ALL']), same());
  });
  it('no securityContext: NET_RAW from defaults on containerd and Docker, never on CRI-O', () => {
    expectCodes(undefined, {
      containerd: ['net-raw-granted', 'no-drop-all'],
      'cri-o': ['no-drop-all'],
      docker: ['net-raw-granted', 'no-drop-all'],
    });
  });
});

describe('cap-prefix', () => {
  it('an added CAP_NET_ADMIN is not granted on containerd, so it is not reported as dangerous there', () => {
    expectCodes(caps(['CAP_NET_ADMIN'], ['ALL']), {
      containerd: ['cap-prefix'],
      'cri-o': ['cap-prefix', 'dangerous-capability'],
      docker: ['cap-prefix', 'dangerous-capability'],
    });
    const [w] = warningsFor('containerd', caps(['CAP_NET_ADMIN'], ['ALL']));
    expect(w?.message).toContain('NOT granted');
    expect(w?.message).toContain('CAP_CAP_NET_ADMIN');
    expect(w?.paths).toEqual([ADD(0)]);
    expect(w?.capability).toBe('CAP_NET_ADMIN');
    expect(w?.fix).toEqual({
      kind: 'replace-capability',
      list: 'add',
      from: 'CAP_NET_ADMIN',
      to: 'NET_ADMIN',
    });
    const [crio] = warningsFor('cri-o', caps(['CAP_NET_ADMIN'], ['ALL']));
    expect(crio?.message).toContain('CRI-O accepts');
    expect(crio?.message).toContain('containerd silently ignores it');
    expect(crio?.message).toContain('Pod Security Admission');
  });
  it('a dropped CAP_NET_RAW drops nothing on containerd: NET_RAW stays granted there', () => {
    expectCodes(caps(undefined, ['CAP_NET_RAW']), {
      containerd: ['cap-prefix', 'net-raw-granted', 'no-drop-all'],
      'cri-o': ['cap-prefix', 'no-drop-all'],
      docker: ['cap-prefix', 'no-drop-all'],
    });
    const containerd = warningsFor('containerd', caps(undefined, ['CAP_NET_RAW']));
    expect(containerd[0]?.severity).toBe('warning');
    expect(containerd.find((w) => w.code === 'net-raw-granted')?.paths).toEqual([DROP(0)]);
    expect(warningsFor('docker', caps(undefined, ['CAP_NET_RAW']))[0]?.severity).toBe('info');
  });
  it('a lower-case prefix is both prefixed and not upper case; CAP_ALL is simply unknown', () => {
    expectCodes(caps(['cap_chown'], ['ALL']), same('cap-prefix', 'not-uppercase'));
    expectCodes(caps(['CAP_ALL'], ['ALL']), same('unknown-capability'));
  });
});

describe('not-uppercase', () => {
  it('net_admin and All are understood by every runtime but reported', () => {
    expectCodes(
      caps(['net_admin'], ['All']),
      same('not-uppercase', 'not-uppercase', 'dangerous-capability'),
    );
    const [first, second] = warningsFor('cri-o', caps(['chown'], ['all']));
    expect(first?.fix).toEqual({
      kind: 'replace-capability',
      list: 'add',
      from: 'chown',
      to: 'CHOWN',
    });
    expect(second?.message).toContain('exactly "ALL"');
  });
  it('a lower-case drop of one capability still drops it (NET_RAW not granted), as info', () => {
    expectCodes(caps(undefined, ['net_raw']), same('not-uppercase', 'no-drop-all'));
    expect(warningsFor('containerd', caps(undefined, ['net_raw']))[0]?.severity).toBe('info');
  });
  it('canonical names raise nothing', () => {
    expectCodes(caps(['CHOWN'], ['ALL']), same());
  });
});

describe('unknown-capability', () => {
  it('containerd skips it, CRI-O and Docker refuse the container', () => {
    expectCodes(caps(['FOO'], ['ALL']), same('unknown-capability'));
    expect(warningsFor('containerd', caps(['FOO'], ['ALL']))[0]?.message).toContain(
      'starts without it',
    );
    expect(warningsFor('cri-o', caps(['FOO'], ['ALL']))[0]?.message).toContain(
      'CRI-O refuses to create the container',
    );
    const [docker] = warningsFor('docker', caps(['FOO'], ['ALL']));
    expect(docker?.message).toContain('Docker refuses to create the container');
    expect(docker?.fix).toEqual({ kind: 'remove-capability', list: 'add', name: 'FOO' });
  });
  it('an unknown drop on CRI-O refuses the container, so no grant-based warning follows', () => {
    expectCodes(caps(undefined, ['BAR']), {
      containerd: ['unknown-capability', 'net-raw-granted', 'no-drop-all'],
      'cri-o': ['unknown-capability', 'no-drop-all'],
      docker: ['unknown-capability', 'no-drop-all'],
    });
  });
  it('is reported under privileged too, with the note that it has no effect today', () => {
    // Docker validates the names at create even for a privileged container, so it refuses.
    expectCodes(
      { privileged: true, ...caps(['FOO'], undefined) },
      {
        containerd: ['privileged', 'unknown-capability'],
        'cri-o': ['privileged', 'unknown-capability'],
        docker: ['unknown-capability'],
      },
    );
    const w = warningsFor('cri-o', { privileged: true, ...caps(['FOO'], undefined) });
    expect(w.find((x) => x.code === 'unknown-capability')?.message).toContain('no effect today');
    const d = warningsFor('docker', { privileged: true, ...caps(['FOO'], undefined) });
    expect(d.find((x) => x.code === 'unknown-capability')?.message).toContain(
      'Even with privileged: true Docker checks the names, so it refuses the container.',
    );
  });
});

describe('unknown-capability for a misspelt name', () => {
  it('asks "Did you mean SYS_ADMIN?" after the usual sentences and offers the replacement as a correction', () => {
    expectCodes(caps(['SYS_ADMINN'], ['ALL']), same('unknown-capability'));
    expect(warningsFor('containerd', caps(['SYS_ADMINN'], ['ALL']))).toEqual([
      {
        code: 'unknown-capability',
        severity: 'warning',
        message:
          '"SYS_ADMINN" is not one of the 41 Linux capabilities. containerd skips it (runc logs a warning) and the container starts without it. CRI-O and Docker refuse the container. Remove it, or correct the name. Did you mean SYS_ADMIN?',
        capability: 'SYS_ADMINN',
        documentIndex: 0,
        paths: [ADD(0)],
        fix: { kind: 'remove-capability', list: 'add', name: 'SYS_ADMINN' },
        correction: {
          kind: 'replace-capability',
          list: 'add',
          from: 'SYS_ADMINN',
          to: 'SYS_ADMIN',
        },
      },
    ]);
    for (const runtime of RUNTIMES) {
      const [w] = warningsFor(runtime, caps(['SYS_ADMINN'], ['ALL']));
      expect(w?.message).toMatch(/ Remove it, or correct the name\. Did you mean SYS_ADMIN\?$/);
      expect(w?.correction).toEqual({
        kind: 'replace-capability',
        list: 'add',
        from: 'SYS_ADMINN',
        to: 'SYS_ADMIN',
      });
    }
  });
  it('corrects a drop in the drop list, and names the entry as written', () => {
    const w = warningsFor('cri-o', caps(['NET-ADMIN'], ['ALL', 'sys_tme'])).filter(
      (x) => x.code === 'unknown-capability',
    );
    expect(w.map((x) => [x.capability, x.paths, x.fix, x.correction])).toEqual([
      [
        'NET-ADMIN',
        [ADD(0)],
        { kind: 'remove-capability', list: 'add', name: 'NET-ADMIN' },
        { kind: 'replace-capability', list: 'add', from: 'NET-ADMIN', to: 'NET_ADMIN' },
      ],
      [
        'sys_tme',
        [DROP(1)],
        { kind: 'remove-capability', list: 'drop', name: 'sys_tme' },
        { kind: 'replace-capability', list: 'drop', from: 'sys_tme', to: 'SYS_TIME' },
      ],
    ]);
    expect(w[1]?.message).toContain('Did you mean SYS_TIME?');
  });
  it('CAP_SYS_ADMN is one unknown-capability warning, corrected to SYS_ADMIN without the prefix', () => {
    expectCodes(caps(['CAP_SYS_ADMN'], ['ALL']), same('unknown-capability'));
    expect(warningsFor('docker', caps(['CAP_SYS_ADMN'], ['ALL']))[0]?.correction).toEqual({
      kind: 'replace-capability',
      list: 'add',
      from: 'CAP_SYS_ADMN',
      to: 'SYS_ADMIN',
    });
  });
  it('offers no correction and asks nothing for unrelated names or ties', () => {
    for (const name of ['FOO', 'NET_FOO', 'NET_BAR', 'MADE_UP', 'SET_ID', 'CAP_ALL']) {
      for (const runtime of RUNTIMES) {
        const [w] = warningsFor(runtime, caps([name], ['ALL']));
        expect({ name, runtime, code: w?.code, correction: w?.correction }).toEqual({
          name,
          runtime,
          code: 'unknown-capability',
          correction: undefined,
        });
        expect(w?.message).toMatch(/ Remove it, or correct the name\.$/);
        expect(w?.fix).toEqual({ kind: 'remove-capability', list: 'add', name });
      }
    }
  });
  it('only unknown-capability carries a correction: cap-prefix and not-uppercase have their fix', () => {
    const all = RUNTIMES.flatMap((r) => warningsFor(r, caps(['cap_net_admin', 'Chown'], ['all'])));
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((w) => 'correction' in w)).toEqual([]);
  });
});

describe('add-and-drop', () => {
  it('drop wins on containerd and CRI-O, add wins on Docker', () => {
    expectCodes(caps(['SYS_TIME'], ['SYS_TIME']), {
      containerd: ['add-and-drop', 'net-raw-granted', 'no-drop-all'],
      'cri-o': ['add-and-drop', 'no-drop-all'],
      docker: ['add-and-drop', 'dangerous-capability', 'net-raw-granted', 'no-drop-all'],
    });
    const [containerd] = warningsFor('containerd', caps(['SYS_TIME'], ['SYS_TIME']));
    expect(containerd?.paths).toEqual([ADD(0), DROP(0)]);
    expect(containerd?.message).toContain('containerd does not grant it');
    expect(containerd?.message).toContain('Docker grants it');
    // The fix keeps what this runtime does: remove the side that loses here.
    expect(containerd?.fix).toEqual({ kind: 'remove-capability', list: 'add', name: 'SYS_TIME' });
    const [docker] = warningsFor('docker', caps(['SYS_TIME'], ['SYS_TIME']));
    expect(docker?.fix).toEqual({ kind: 'remove-capability', list: 'drop', name: 'SYS_TIME' });
  });
  it("compares names after each runtime's normalisation", () => {
    expectCodes(caps(['CAP_SYS_TIME'], ['sys_time', 'ALL']), {
      containerd: ['cap-prefix', 'not-uppercase'],
      'cri-o': ['cap-prefix', 'not-uppercase', 'add-and-drop'],
      docker: ['cap-prefix', 'not-uppercase', 'add-and-drop', 'dangerous-capability'],
    });
  });
  it('ALL in both lists: only the adds on containerd and CRI-O, everything on Docker', () => {
    expectCodes(caps(['ALL'], ['ALL']), {
      containerd: ['add-and-drop'],
      'cri-o': ['add-and-drop'],
      docker: ['add-all', 'add-and-drop'],
    });
    const [w] = warningsFor('docker', caps(['ALL'], ['ALL']));
    expect(w?.code).toBe('add-all');
  });
  it('is not raised for add ALL with individual drops, nor for privileged', () => {
    expectCodes(caps(['NET_ADMIN'], ['ALL']), same('dangerous-capability'));
    expectCodes({ privileged: true, ...caps(['SYS_TIME'], ['SYS_TIME']) }, same('privileged'));
  });
});

describe('add-all and privileged', () => {
  it('add ALL is reported with what it amounts to', () => {
    expectCodes(caps(['ALL'], undefined), same('add-all', 'no-drop-all'));
    const [w] = warningsFor('containerd', caps(['ALL'], ['SYS_ADMIN']));
    expect(w?.message).toContain('40 of the 41');
    expect(w?.message).toContain('all but SYS_ADMIN');
    expectCodes(caps(['all'], ['ALL']), {
      containerd: ['not-uppercase', 'add-and-drop'],
      'cri-o': ['not-uppercase', 'add-and-drop'],
      docker: ['not-uppercase', 'add-and-drop', 'add-all'],
    });
  });
  it('privileged root: only privileged, whatever the lists say', () => {
    expectCodes({ privileged: true }, same('privileged'));
    expectCodes(
      { privileged: false },
      {
        containerd: ['net-raw-granted', 'no-drop-all'],
        'cri-o': ['no-drop-all'],
        docker: ['net-raw-granted', 'no-drop-all'],
      },
    );
  });
  it('privileged non-root loses everything except on CRI-O, where ambient keeps it', () => {
    expectCodes(
      { privileged: true, runAsUser: 1000 },
      {
        containerd: ['privileged', 'ineffective-for-non-root'],
        'cri-o': ['privileged'],
        docker: ['privileged', 'ineffective-for-non-root'],
      },
    );
    expect(warningsFor('cri-o', { privileged: true })[0]?.message).toContain('ambient');
  });
});

describe('ineffective-for-non-root', () => {
  it('fires for an added capability of a non-root user on every runtime', () => {
    expectCodes(
      caps(['NET_BIND_SERVICE'], ['ALL'], { runAsUser: 1000 }),
      same('ineffective-for-non-root'),
    );
    // CRI-O sets no unprivileged-port sysctl, so the low-port advice applies there.
    const [w] = warningsFor('cri-o', caps(['NET_BIND_SERVICE'], ['ALL'], { runAsUser: 1000 }));
    expect(w?.message).toContain('uid 1000');
    expect(w?.message).toContain(
      "Here CRI-O 1.36 leaves the pod's net.ipv4.ip_unprivileged_port_start at the kernel default 1024: to serve a low port as non-root, listen above 1024",
    );
    expect(w?.message).toContain('do work');
    expect(w?.paths).toEqual([ADD(0)]);
    // containerd ≥ 2.0 opens low ports to every user of the pod: the message says so instead.
    const [c] = warningsFor('containerd', caps(['NET_BIND_SERVICE'], ['ALL'], { runAsUser: 1000 }));
    expect(c?.message).toContain(
      'It is not needed for low ports here: containerd 2.3 sets net.ipv4.ip_unprivileged_port_start=0 for the pod, so any user may bind a port below 1024.',
    );
  });
  it('says allowPrivilegeEscalation: false defeats file capabilities', () => {
    const sc = caps(['NET_BIND_SERVICE'], ['ALL'], {
      runAsUser: 1000,
      allowPrivilegeEscalation: false,
    });
    expect(warningsFor('containerd', sc)[0]?.message).toContain('non-functional');
  });
  it('takes uid from the container over the pod, and an unset user as root', () => {
    const add = caps(['NET_BIND_SERVICE'], ['ALL']);
    expectCodes(add, same('ineffective-for-non-root'), { securityContext: { runAsUser: 33 } });
    expectCodes(caps(['NET_BIND_SERVICE'], ['ALL'], { runAsUser: 0 }), same(), {
      securityContext: { runAsUser: 33 },
    });
    expectCodes(caps(['NET_BIND_SERVICE'], ['ALL'], { runAsNonRoot: true }), same());
  });
  it('is not raised for a capability the runtime does not grant, nor with nothing added', () => {
    expectCodes(caps(['CAP_NET_BIND_SERVICE'], ['ALL'], { runAsUser: 1000 }), {
      containerd: ['cap-prefix'],
      'cri-o': ['cap-prefix', 'ineffective-for-non-root'],
      docker: ['cap-prefix', 'ineffective-for-non-root'],
    });
    expectCodes(caps(undefined, ['ALL'], { runAsUser: 1000 }), same());
  });
});

describe('dangerous-capability', () => {
  it.each(Object.keys(DANGEROUS_CAPABILITIES))(
    '%s is reported on every runtime, with its reason',
    (name) => {
      expectCodes(caps([name], ['ALL']), same('dangerous-capability'));
      const [w] = warningsFor('cri-o', caps([name], ['ALL']));
      expect(w?.severity).toBe('danger');
      expect(w?.message).toContain(DANGEROUS_CAPABILITIES[name]);
    },
  );
  it('one warning per capability, pointing at every entry that adds it', () => {
    const [w, ...rest] = warningsFor('docker', caps(['SYS_ADMIN', 'sys_admin'], ['ALL'])).filter(
      (x) => x.code === 'dangerous-capability',
    );
    expect(rest).toEqual([]);
    expect(w?.paths).toEqual([ADD(0), ADD(1)]);
  });
  it('is also raised for a non-root user, whose bounding set still holds it', () => {
    expectCodes(
      caps(['SYS_PTRACE'], ['ALL'], { runAsUser: 1000 }),
      same('dangerous-capability', 'ineffective-for-non-root'),
    );
  });
});

describe('net-raw-granted and no-drop-all', () => {
  it('a drop of NET_RAW or of ALL silences net-raw-granted', () => {
    expectCodes(caps(undefined, ['NET_RAW']), same('no-drop-all'));
    expectCodes(caps(undefined, ['ALL']), same());
  });
  it('an explicit add of NET_RAW is a choice, not a default', () => {
    expectCodes(caps(['NET_RAW'], undefined), same('no-drop-all'));
  });
  it('no-drop-all offers drop ALL as a fix and points at capabilities', () => {
    const w = warningsFor('containerd', caps(['CHOWN'], undefined)).find(
      (x) => x.code === 'no-drop-all',
    );
    expect(w?.fix).toEqual({ kind: 'add-capability', list: 'drop', name: 'ALL' });
    expect(w?.paths).toEqual([['spec', 'containers', 0, 'securityContext', 'capabilities']]);
  });
});

describe('windows-capabilities', () => {
  it('capabilities on a Windows pod are the only finding', () => {
    expectCodes(caps(['NET_ADMIN'], undefined), same('windows-capabilities'), {
      os: { name: 'windows' },
    });
    const [w] = warningsFor('docker', caps([], []), { os: { name: 'windows' } });
    expect(w?.fix).toEqual({ kind: 'remove-capabilities' });
  });
  it('a Windows pod without capabilities, or a Linux pod, raises no such warning', () => {
    expectCodes(undefined, same(), { os: { name: 'windows' } });
    expectCodes(caps(undefined, ['ALL']), same(), { os: { name: 'linux' } });
  });
});

it('paths are relative to the document that holds the container', () => {
  const manifest = parseManifest(
    'kind: Namespace\napiVersion: v1\nmetadata: {name: n}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n      containers:\n        - name: c\n          securityContext: {capabilities: {add: [CAP_CHOWN], drop: [ALL]}}\n',
  );
  const container = manifest.workloads[0]?.containers[0];
  if (!container) throw new Error('no container');
  const [w] = containerWarnings(manifest, container, 'containerd');
  expect(w?.documentIndex).toBe(1);
  expect(w?.paths).toEqual([
    ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 0],
  ]);
});
