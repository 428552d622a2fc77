import { describe, expect, it } from 'vitest';
import { podcaps, tempFiles } from '../../../testing/cliRun.ts';

const { file } = tempFiles('podcaps-compare-');
const pod = file(
  'pod.yaml',
  'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: x\n',
);
const status = (caps: string) =>
  `Uid:\t0\t0\t0\t0\nCapInh:\t0000000000000000\nCapPrm:\t${caps}\nCapEff:\t${caps}\nCapBnd:\t${caps}\nCapAmb:\t0000000000000000\n`;

describe('podcaps compare', () => {
  it('exits 0 when the simulated capsh --print is pasted back', async () => {
    const capsh = await podcaps(['capsh', pod]);
    expect(await podcaps(['compare', '-', pod], capsh.stdout)).toEqual({
      code: 0,
      stdout: 'The container matches the simulation.\n',
      stderr: '',
    });
  });

  it('exits 1 and names CRI-O when the container shows CRI-O’s defaults', async () => {
    const r = await podcaps(['compare', file('status', status('00000000000005fb')), pod]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^Bounding set: missing NET_RAW, SYS_CHROOT, MKNOD, AUDIT_WRITE, SETFCAP\. Likeliest: the node runs CRI-O/m,
    );
    expect(r.stdout).toMatch(/\nSimulating CRI-O would make them agree\.\n$/);
  });

  it('exits 2 with one line for text that is neither capsh nor /proc status', async () => {
    expect(await podcaps(['compare', '-', pod], 'hello\n')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'podcaps compare: -: not capsh --print output nor /proc/PID/status (expected a "Current:" line or CapEff: and the other Cap* lines)\n',
    });
  });
});
