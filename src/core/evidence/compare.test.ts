import { describe, expect, it } from 'vitest';
import { formatCapsh } from '../capsh.ts';
import { parseManifest } from '../manifest/parse.ts';
import type { ProcessState, RuntimeId } from '../model.ts';
import { simulate } from '../process.ts';
import { replaceOnce } from '../../../testing/replaceOnce.ts';
import { compareWithContainer, describeComparison } from './compare.ts';
import { EvidenceError, parseCapText, parseContainerOutput } from './observed.ts';

function state(sc: object, runtime: RuntimeId = 'containerd'): ProcessState {
  const m = parseManifest(
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: { containers: [{ name: 'c', image: 'x', securityContext: sc }] },
    }),
  );
  const r = simulate(m, m.workloads[0]!.containers[0]!, runtime);
  if (!r.ok) throw new Error(r.refusal.message);
  return r.state;
}

const NET_ADMIN = { capabilities: { add: ['NET_ADMIN'] } };
const sim = state(NET_ADMIN);
const status = (eff: string, bnd = eff, uid = '0') =>
  `Name:\tsh\nUid:\t${uid}\t${uid}\t${uid}\t${uid}\nGid:\t0\t0\t0\t0\nGroups:\t0\nNoNewPrivs:\t0\nCapInh:\t0000000000000000\nCapPrm:\t${eff}\nCapEff:\t${eff}\nCapBnd:\t${bnd}\nCapAmb:\t0000000000000000\n`;

describe('parseContainerOutput', () => {
  it('reads the simulated capsh --print back to the same state', () => {
    for (const s of [
      sim,
      state({ privileged: true }),
      state({ runAsUser: 33 }),
      state({ capabilities: { drop: ['ALL'] } }),
    ]) {
      expect(compareWithContainer(parseContainerOutput(formatCapsh(s)), s).matches).toBe(true);
    }
  });

  it('reads older capsh text ("= cap_x+ep") and every /proc status field', () => {
    expect(parseCapText('= cap_chown,cap_kill+ep')).toEqual({ e: 0x21n, i: 0n, p: 0x21n });
    expect(parseCapText('=ep cap_chown-e')).toMatchObject({ e: ((1n << 41n) - 1n) & ~1n });
    expect(parseContainerOutput(status('00000000a80425fb', '00000000a80425fb', '1000'))).toEqual({
      source: 'status',
      uid: 1000,
      gid: 0,
      groups: [0],
      noNewPrivs: false,
      inheritable: 0n,
      permitted: 0xa80425fbn,
      effective: 0xa80425fbn,
      bounding: 0xa80425fbn,
      ambient: 0n,
    });
  });

  it('refuses text that is neither, in one line', () => {
    expect(() => parseContainerOutput('hello')).toThrow(EvidenceError);
    expect(() => parseContainerOutput('CapEff:\tzz\n')).toThrow(/^CapEff: not a hexadecimal/);
  });
});

describe('compareWithContainer explanations', () => {
  it('a bounding set without NET_ADMIN: names it, and says another runtime agrees', () => {
    const c = compareWithContainer(parseContainerOutput(status('00000000a80425fb')), sim, [
      { label: 'CRI-O', state: state(NET_ADMIN, 'cri-o') },
      { label: 'no add', state: state({}) },
    ]);
    expect(c.matches).toBe(false);
    expect(c.agreeing).toEqual(['no add']);
    const bounding = c.differences.find((d) => d.field === 'bounding')!;
    expect(bounding.missing).toEqual(['NET_ADMIN']);
    expect(bounding.causes[0]).toBe('the node runs no add, which gives exactly this');
    expect(describeComparison(c).join('\n')).toMatch(/Bounding set: missing NET_ADMIN\. Likeliest/);
    expect(describeComparison(c).at(-1)).toBe('Simulating no add would make them agree.');
  });

  it('CRI-O defaults seen where containerd was simulated', () => {
    const c = compareWithContainer(
      parseContainerOutput(formatCapsh(state({}, 'cri-o'))),
      state({}),
      [{ label: 'CRI-O', state: state({}, 'cri-o') }],
    );
    expect(c.agreeing).toEqual(['CRI-O']);
    expect(c.differences.find((d) => d.field === 'bounding')?.missing).toEqual([
      'NET_RAW',
      'SYS_CHROOT',
      'MKNOD',
      'AUDIT_WRITE',
      'SETFCAP',
    ]);
  });

  it('an older kernel when only PERFMON, BPF, CHECKPOINT_RESTORE are missing', () => {
    const c = compareWithContainer(
      parseContainerOutput(status('0000003fffffffff')),
      state({ privileged: true }),
    );
    expect(c.differences.find((d) => d.field === 'bounding')?.causes[0]).toMatch(
      /older node kernel/,
    );
  });

  it("the image's USER when the process is not root and has no effective set", () => {
    const c = compareWithContainer(
      parseContainerOutput(status('0000000000000000', '00000000a80425fb', '101')),
      state({}),
    );
    expect(c.differences.map((d) => d.field)).toEqual(['effective', 'permitted', 'uid']);
    expect(c.differences[0]!.causes[0]).toMatch(/^the image's USER: the process runs as uid 101/);
    expect(c.differences[2]!.causes[0]).toMatch(/^the image's USER/);
  });

  it('file capabilities when a non-root process holds some of its bounding set', () => {
    const c = compareWithContainer(
      parseContainerOutput(status('0000000000000400', '00000000a80425fb', '33')),
      state({ runAsUser: 33 }),
    );
    expect(c.differences[0]!.extra).toEqual(['NET_BIND_SERVICE']);
    expect(c.differences[0]!.causes[0]).toMatch(/^file capabilities on the binary/);
  });

  it('a webhook or node setting for extra bounding capabilities; an old runtime for inheritable', () => {
    const extra = compareWithContainer(parseContainerOutput(status('00000000a80435fb')), state({}));
    expect(extra.differences.find((d) => d.field === 'bounding')?.causes[0]).toMatch(
      /mutating admission webhook/,
    );
    const inh = compareWithContainer(
      parseContainerOutput(
        replaceOnce(
          status('00000000a80425fb'),
          'CapInh:\t0000000000000000',
          'CapInh:\t00000000a80425fb',
        ),
      ),
      state({}),
    );
    expect(inh.differences.map((d) => [d.field, d.causes[0]!.slice(0, 30)])).toEqual([
      ['inheritable', 'another runtime version: conta'],
    ]);
  });

  it('no-new-privs set by a webhook', () => {
    const c = compareWithContainer(
      parseContainerOutput(
        replaceOnce(status('00000000a80425fb'), 'NoNewPrivs:\t0', 'NoNewPrivs:\t1'),
      ),
      state({}),
    );
    expect(c.differences.map((d) => d.field)).toEqual(['noNewPrivs']);
    expect(c.differences[0]!.causes[0]).toMatch(/allowPrivilegeEscalation: false/);
  });
});
