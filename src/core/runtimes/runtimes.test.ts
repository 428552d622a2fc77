import { describe, expect, it } from 'vitest';
import { FULL_MASK, maskToNames, namesToMask } from '../capmask.ts';
import type { RuntimeId } from '../model.ts';
import type { RuntimeSets } from './profile.ts';
import { RUNTIMES, isRuntimeId } from './runtimeTable.ts';

function run(
  runtime: RuntimeId,
  add: string[],
  drop: string[] = [],
  privileged = false,
): RuntimeSets {
  return RUNTIMES[runtime].apply({ add, drop, privileged });
}

function bounding(runtime: RuntimeId, add: string[], drop: string[] = []): string[] {
  const sets = run(runtime, add, drop);
  if (!sets.ok) throw new Error(sets.refusal.message);
  return maskToNames(sets.bounding);
}

const DEFAULT_14 = [
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'SETGID',
  'SETUID',
  'SETPCAP',
  'NET_BIND_SERVICE',
  'NET_RAW',
  'SYS_CHROOT',
  'MKNOD',
  'AUDIT_WRITE',
  'SETFCAP',
];
const DEFAULT_9 = [
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'SETGID',
  'SETUID',
  'SETPCAP',
  'NET_BIND_SERVICE',
];
const ALL_BUT_NET_ADMIN = maskToNames(FULL_MASK & ~namesToMask(['NET_ADMIN']));

describe('RUNTIMES table', () => {
  it('labels the runtimes and knows their defaults', () => {
    expect(Object.values(RUNTIMES).map((r) => r.label)).toEqual(['containerd', 'CRI-O', 'Docker']);
    expect(maskToNames(RUNTIMES.containerd.defaults)).toEqual(DEFAULT_14);
    expect(RUNTIMES.containerd.defaults).toBe(0xa80425fbn);
    expect(RUNTIMES['cri-o'].defaults).toBe(0x5fbn);
    expect(RUNTIMES.docker.defaults).toBe(RUNTIMES.containerd.defaults);
    expect(isRuntimeId('cri-o')).toBe(true);
    expect(isRuntimeId('crio')).toBe(false);
    expect(isRuntimeId('toString')).toBe(false);
  });
});

describe('ALL, add and drop order', () => {
  it('containerd and CRI-O: add ALL + drop ALL keeps only the individual adds', () => {
    expect(bounding('containerd', ['ALL', 'NET_ADMIN'], ['ALL'])).toEqual(['NET_ADMIN']);
    expect(bounding('cri-o', ['ALL', 'NET_ADMIN'], ['ALL'])).toEqual(['NET_ADMIN']);
  });

  it('Docker: add ALL beats drop ALL', () => {
    expect(bounding('docker', ['ALL', 'NET_ADMIN'], ['ALL'])).toHaveLength(41);
  });

  it('every runtime: add ALL + drop X is all but X, whatever the case of "all"', () => {
    for (const id of ['containerd', 'cri-o', 'docker'] as const) {
      expect(bounding(id, ['all'], ['NET_ADMIN'])).toEqual(ALL_BUT_NET_ADMIN);
    }
  });

  it('every runtime: drop ALL + add X is X alone', () => {
    for (const id of ['containerd', 'cri-o', 'docker'] as const) {
      expect(bounding(id, ['NET_BIND_SERVICE'], ['All'])).toEqual(['NET_BIND_SERVICE']);
    }
  });

  it('add and drop of one name: drop wins on containerd and CRI-O, add wins on Docker', () => {
    expect(bounding('containerd', ['SYS_TIME'], ['SYS_TIME'])).toEqual(DEFAULT_14);
    expect(bounding('cri-o', ['SYS_TIME'], ['SYS_TIME'])).toEqual(DEFAULT_9);
    expect(bounding('docker', ['SYS_TIME'], ['SYS_TIME'])).toEqual(
      maskToNames(RUNTIMES.docker.defaults | namesToMask(['SYS_TIME'])),
    );
  });

  it('dropping a default removes it; CRI-O also drops defaults it never had', () => {
    expect(bounding('containerd', [], ['NET_RAW'])).toEqual(
      DEFAULT_14.filter((n) => n !== 'NET_RAW'),
    );
    expect(bounding('cri-o', [], ['NET_RAW'])).toEqual(DEFAULT_9);
  });
});

describe('name spelling', () => {
  it('lower case works everywhere', () => {
    for (const id of ['containerd', 'cri-o', 'docker'] as const) {
      expect(bounding(id, ['net_admin'], ['chown'])).toContain('NET_ADMIN');
      expect(bounding(id, ['net_admin'], ['chown'])).not.toContain('CHOWN');
    }
  });

  it('containerd doubles a CAP_ prefix: the add grants nothing and runc says so', () => {
    const sets = run('containerd', ['CAP_NET_ADMIN', 'cap_sys_time']);
    expect(sets).toEqual({
      ok: true,
      bounding: RUNTIMES.containerd.defaults,
      inheritable: 0n,
      ambient: 0n,
      notes: [
        {
          message:
            'runc: ignoring unknown or unavailable capabilities: [CAP_CAP_NET_ADMIN CAP_CAP_SYS_TIME]',
        },
      ],
    });
  });

  it('containerd: a prefixed drop drops nothing, with a note', () => {
    const sets = run('containerd', [], ['CAP_CHOWN']);
    expect(sets.ok && maskToNames(sets.bounding)).toEqual(DEFAULT_14);
    expect(sets.notes).toEqual([
      {
        message:
          'drop "CAP_CHOWN" has no effect: containerd looks for CAP_CAP_CHOWN, which is not a capability',
        capability: 'CAP_CHOWN',
      },
    ]);
  });

  it('CRI-O and Docker accept a CAP_ prefix in any case', () => {
    for (const id of ['cri-o', 'docker'] as const) {
      expect(bounding(id, ['CAP_NET_ADMIN', 'cap_sys_time'], ['Cap_Chown'])).toEqual(
        expect.arrayContaining(['NET_ADMIN', 'SYS_TIME']),
      );
      expect(bounding(id, [], ['cap_chown'])).not.toContain('CHOWN');
    }
  });

  it('resolve tells what a spelling names in each runtime', () => {
    expect(RUNTIMES.containerd.resolve('CAP_NET_ADMIN')).toBeUndefined();
    expect(RUNTIMES.containerd.resolve('net_admin')?.number).toBe(12);
    expect(RUNTIMES['cri-o'].resolve('cap_net_admin')?.number).toBe(12);
    expect(RUNTIMES.docker.resolve('CAP_NET_ADMIN')?.number).toBe(12);
  });
});

describe('unknown names', () => {
  it('containerd starts the container without them', () => {
    const sets = run('containerd', ['NET_FOO']);
    expect(sets.ok && sets.bounding).toBe(RUNTIMES.containerd.defaults);
    expect(sets.notes).toEqual([
      { message: 'runc: ignoring unknown or unavailable capabilities: [CAP_NET_FOO]' },
    ]);
  });

  it('CRI-O refuses an unknown add or drop in its own words', () => {
    expect(run('cri-o', ['NET_FOO'])).toEqual({
      ok: false,
      refusal: { by: 'cri-o', message: 'unknown capability "CAP_NET_FOO" to add' },
      notes: [],
    });
    expect(run('cri-o', ['CAP_CAP_X'])).toMatchObject({
      refusal: { message: 'unknown capability "CAP_CAP_X" to add' },
    });
    expect(run('cri-o', [], ['net_foo'])).toMatchObject({
      refusal: { message: 'failed to drop cap CAP_NET_FOO invalid capability: CAP_NET_FOO' },
    });
    expect(run('cri-o', [], ['cap_net_foo'])).toMatchObject({
      refusal: { message: 'failed to drop cap cap_net_foo invalid capability: CAP_NET_FOO' },
    });
  });

  // daemon/container.go validateCapabilities runs at create: CapAdd, then CapDrop, each wrapped.
  it('Docker refuses an unknown name at create, checking adds first', () => {
    expect(run('docker', ['net_foo'])).toEqual({
      ok: false,
      refusal: { by: 'docker', message: 'invalid CapAdd: unknown capability: "CAP_NET_FOO"' },
      notes: [],
    });
    expect(run('docker', ['BAD_ADD'], ['BAD_DROP'])).toMatchObject({
      refusal: { message: 'invalid CapAdd: unknown capability: "CAP_BAD_ADD"' },
    });
    expect(run('docker', [], ['BAD_DROP'])).toMatchObject({
      refusal: { message: 'invalid CapDrop: unknown capability: "CAP_BAD_DROP"' },
    });
  });
});

describe('privileged', () => {
  it('containerd and Docker: full bounding set, nothing inheritable or ambient, add/drop ignored', () => {
    for (const id of ['containerd', 'docker'] as const) {
      expect(run(id, ['NET_ADMIN'], ['ALL'], true)).toEqual({
        ok: true,
        bounding: FULL_MASK,
        inheritable: 0n,
        ambient: 0n,
        notes: [],
      });
    }
  });

  it('Docker validates the names even of a privileged container (validateCapabilities at create)', () => {
    expect(run('docker', ['NET_FOO'], ['ALL'], true)).toMatchObject({
      ok: false,
      refusal: { by: 'docker', message: 'invalid CapAdd: unknown capability: "CAP_NET_FOO"' },
    });
  });

  it('CRI-O: all five sets full', () => {
    expect(run('cri-o', ['NET_FOO'], ['ALL'], true)).toEqual({
      ok: true,
      bounding: FULL_MASK,
      inheritable: FULL_MASK,
      ambient: FULL_MASK,
      notes: [],
    });
  });
});
