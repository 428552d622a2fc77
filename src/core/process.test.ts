import { describe, expect, it } from 'vitest';
import { FULL_MASK, maskToNames } from './capmask.ts';
import { parseManifest } from './manifest/parse.ts';
import type { RuntimeId, SimulationResult } from './model.ts';
import { simulate } from './process.ts';
import { RUNTIMES } from './runtimes/runtimeTable.ts';
import { replaceOnce } from '../../testing/replaceOnce.ts';

function sim(yaml: string, container: string, runtime: RuntimeId = 'containerd'): SimulationResult {
  const manifest = parseManifest(yaml);
  expect(manifest.problems).toEqual([]);
  const ref = manifest.workloads.flatMap((w) => w.containers).find((c) => c.name === container);
  if (!ref) throw new Error(`no container ${container}`);
  return simulate(manifest, ref, runtime);
}

function pod(containerSc: string, podSc = '', extra = ''): string {
  return `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
${extra}  securityContext: {${podSc}}
  containers:
  - name: c
    image: busybox
    securityContext: {${containerSc}}
`;
}

describe('simulate: execve', () => {
  it('root gets the bounding set as effective and permitted', () => {
    const r = sim(pod('capabilities: {add: [NET_ADMIN]}'), 'c');
    expect(r.ok && r.state.effective).toBe(RUNTIMES.containerd.defaults | (1n << 12n));
    expect(r.ok && r.state.permitted).toBe(r.ok && r.state.bounding);
    expect(r.ok && r.state.uid).toEqual({ id: 0, name: 'root' });
  });

  it('a non-root user gets nothing effective, whatever it adds', () => {
    for (const id of ['containerd', 'cri-o', 'docker'] as const) {
      const r = sim(pod('runAsUser: 1001, capabilities: {add: [NET_BIND_SERVICE]}'), 'c', id);
      expect(r.ok && r.state.effective).toBe(0n);
      expect(r.ok && maskToNames(r.state.bounding)).toContain('NET_BIND_SERVICE');
    }
  });

  it('privileged root: everything effective; inheritable and ambient only on CRI-O', () => {
    for (const id of ['containerd', 'docker'] as const) {
      const r = sim(pod('privileged: true'), 'c', id);
      expect(r.ok && [r.state.effective, r.state.inheritable, r.state.ambient]).toEqual([
        FULL_MASK,
        0n,
        0n,
      ]);
    }
    const r = sim(pod('privileged: true'), 'c', 'cri-o');
    expect(r.ok && [r.state.effective, r.state.inheritable, r.state.ambient]).toEqual([
      FULL_MASK,
      FULL_MASK,
      FULL_MASK,
    ]);
  });

  it('privileged non-root keeps its capabilities only on CRI-O (ambient)', () => {
    expect(sim(pod('privileged: true, runAsUser: 1001'), 'c', 'containerd')).toMatchObject({
      ok: true,
      state: { effective: 0n, bounding: FULL_MASK },
    });
    expect(sim(pod('privileged: true, runAsUser: 1001'), 'c', 'cri-o')).toMatchObject({
      ok: true,
      state: { effective: FULL_MASK, permitted: FULL_MASK },
    });
  });

  it('no-new-privs is set exactly when allowPrivilegeEscalation is false', () => {
    expect(sim(pod('allowPrivilegeEscalation: false'), 'c')).toMatchObject({
      state: { noNewPrivs: true },
    });
    expect(sim(pod('allowPrivilegeEscalation: true'), 'c')).toMatchObject({
      state: { noNewPrivs: false },
    });
    expect(sim(pod(''), 'c')).toMatchObject({ state: { noNewPrivs: false } });
  });
});

describe('simulate: identity', () => {
  it('the container overrides the pod', () => {
    const r = sim(pod('runAsUser: 0, runAsGroup: 5', 'runAsUser: 1001, runAsGroup: 2000'), 'c');
    expect(r.ok && [r.state.uid, r.state.gid]).toEqual([
      { id: 0, name: 'root' },
      { id: 5, name: 'tty' },
    ]);
  });

  it('gid defaults to the passwd primary group, else 0', () => {
    expect(sim(pod('runAsUser: 65534'), 'c')).toMatchObject({
      state: { gid: { id: 65534, name: 'nogroup' }, groups: [{ id: 65534, name: 'nogroup' }] },
    });
    expect(sim(pod('runAsUser: 10001'), 'c')).toMatchObject({
      state: { uid: { id: 10001, name: '???' }, gid: { id: 0, name: 'root' } },
    });
  });

  it('supplementary groups: primary gid first if absent, fsGroup, ascending, no duplicates', () => {
    const r = sim(
      pod(
        '',
        'runAsUser: 33, runAsGroup: 4000, supplementalGroups: [3000, 27, 3000], fsGroup: 5000',
      ),
      'c',
    );
    expect(r.ok && r.state.groups.map((g) => `${g.id}(${g.name})`)).toEqual([
      '27(sudo)',
      '3000(???)',
      '4000(???)',
      '5000(???)',
    ]);
  });
});

describe('simulate: API server refusals', () => {
  it('refuses allowPrivilegeEscalation false with privileged', () => {
    expect(sim(pod('privileged: true, allowPrivilegeEscalation: false'), 'c')).toEqual({
      ok: false,
      refusal: {
        by: 'api-server',
        message:
          'Pod "p" is invalid: spec.containers[0].securityContext: cannot set `allowPrivilegeEscalation` to false and `privileged` to true',
      },
      notes: [],
    });
  });

  it('refuses allowPrivilegeEscalation false with the literal CAP_SYS_ADMIN only', () => {
    const literal = sim(
      pod('allowPrivilegeEscalation: false, capabilities: {add: [CAP_SYS_ADMIN]}'),
      'c',
    );
    expect(literal.ok === false && literal.refusal.message).toContain(
      'cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN',
    );
    expect(
      sim(pod('allowPrivilegeEscalation: false, capabilities: {add: [SYS_ADMIN]}'), 'c').ok,
    ).toBe(true);
  });

  it('refuses capabilities in a windows pod, naming the container path', () => {
    const yaml = `apiVersion: apps/v1
kind: Deployment
metadata: {name: win}
spec:
  template:
    spec:
      os: {name: windows}
      initContainers:
      - {name: a, image: x}
      - name: b
        image: x
        securityContext: {capabilities: {drop: [ALL]}}
      containers:
      - {name: c, image: x}
`;
    expect(sim(yaml, 'c')).toMatchObject({
      ok: false,
      refusal: {
        message:
          'Deployment "win" is invalid: spec.template.spec.initContainers[1].securityContext.capabilities: Forbidden: cannot be set for a windows pod',
      },
    });
    expect(sim(replaceOnce(yaml, 'windows', 'linux'), 'c').ok).toBe(true);
  });

  it('refuses before the runtime looks at names', () => {
    const r = sim(
      pod('privileged: true, allowPrivilegeEscalation: false, capabilities: {add: [NET_FOO]}'),
      'c',
      'cri-o',
    );
    expect(r.ok === false && r.refusal.by).toBe('api-server');
  });
});

describe('simulate: runtime refusals and notes', () => {
  it('passes the runtime refusal and notes through', () => {
    expect(sim(pod('capabilities: {add: [NET_FOO]}'), 'c', 'docker')).toMatchObject({
      ok: false,
      refusal: { by: 'docker', message: 'invalid CapAdd: unknown capability: "CAP_NET_FOO"' },
    });
    expect(sim(pod('capabilities: {add: [NET_FOO]}'), 'c', 'containerd').notes).toHaveLength(1);
  });
});
