import { describe, expect, it } from 'vitest';
import { compareRuntimes } from './compareRuntimes.ts';
import { caps, testPod } from '../../../testing/testPod.ts';

function compare(sc: Record<string, unknown> | undefined) {
  const { manifest, container } = testPod(sc);
  return compareRuntimes(manifest, container);
}

describe('compareRuntimes', () => {
  it('the seed (add NET_ADMIN): CRI-O lacks the five defaults it dropped in 1.18', () => {
    const c = compare(caps(['NET_ADMIN'], undefined));
    expect(c.identical).toBe(false);
    expect(c.differences.map((d) => d.capability.name)).toEqual([
      'NET_RAW',
      'SYS_CHROOT',
      'MKNOD',
      'AUDIT_WRITE',
      'SETFCAP',
    ]);
    expect(c.differences[0]?.bounding).toEqual({ containerd: true, 'cri-o': false, docker: true });
    expect(c.results.docker.ok).toBe(true);
  });
  it('a refusing runtime shows null beside the others', () => {
    const c = compare(caps(['FOO'], ['ALL']));
    expect(c.results['cri-o'].ok).toBe(false);
    expect(c.identical).toBe(false);
    expect(c.differences).toEqual([]);
  });
  it('add and drop of one name: the drop wins on two runtimes, the add on Docker', () => {
    const c = compare(caps(['SYS_TIME'], ['SYS_TIME', 'ALL']));
    const time = c.differences.find((d) => d.capability.name === 'SYS_TIME');
    expect(time?.effective).toEqual({ containerd: false, 'cri-o': false, docker: true });
  });
  it('drop ALL is the same everywhere', () => {
    expect(compare(caps(undefined, ['ALL'])).identical).toBe(true);
  });
  it('privileged non-root: only CRI-O keeps effective capabilities', () => {
    const c = compare({ privileged: true, runAsUser: 1000 });
    expect(c.differences).toHaveLength(41);
    expect(c.differences[0]?.bounding).toEqual({ containerd: true, 'cri-o': true, docker: true });
    expect(c.differences[0]?.effective).toEqual({
      containerd: false,
      'cri-o': true,
      docker: false,
    });
  });
});
