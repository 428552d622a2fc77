// One test file per axis of the node profile (RUNTIME-SEMANTICS Part 3), each case from its source.
import { describe, expect, it } from 'vitest';
import { formatCapsh } from '../capsh.ts';
import { containerWarnings } from '../inspect/inspectContainer.ts';
import { parseManifest } from '../manifest/parse.ts';
import type { SimulationResult } from '../model.ts';
import { simulate } from '../process.ts';
import { replaceOnce } from '../../../testing/replaceOnce.ts';
import { kernelLastCap } from './kernel.ts';
import { DEFAULT_NODE, defaultNode, type NodeProfile } from './nodeProfile.ts';
import { nodeFromJSON, parseKernel, parseOciRuntime, parseRuntime } from './parseNode.ts';

function node(partial: Partial<NodeProfile>): NodeProfile {
  return { ...defaultNode(partial.runtime), ...partial };
}

/** A one-container Pod from YAML pieces: the container's securityContext and ports, pod extras. */
function pod(sc: string, { podSpec = '', ports = '' } = {}) {
  const text = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${podSpec}  containers:
    - name: c
      image: debian:12
${ports}      securityContext:
${sc}`;
  const manifest = parseManifest(text);
  const container = manifest.workloads[0]?.containers[0];
  if (!container) throw new Error(JSON.stringify(manifest.problems));
  return { manifest, container };
}

function sim(sc: string, profile: NodeProfile, extra = {}): SimulationResult {
  const { manifest, container } = pod(sc, extra);
  return simulate(manifest, container, profile);
}

function capsh(sc: string, profile: NodeProfile): string {
  const result = sim(sc, profile);
  if (!result.ok) throw new Error(result.refusal.message);
  return formatCapsh(result.state);
}

const PRIVILEGED = '        privileged: true\n';
const ADD = (...names: string[]) => `        capabilities:\n          add: [${names.join(', ')}]\n`;

const UP_TO_AUDIT_READ =
  'cap_chown,cap_dac_override,cap_dac_read_search,cap_fowner,cap_fsetid,cap_kill,cap_setgid,cap_setuid,cap_setpcap,cap_linux_immutable,cap_net_bind_service,cap_net_broadcast,cap_net_admin,cap_net_raw,cap_ipc_lock,cap_ipc_owner,cap_sys_module,cap_sys_rawio,cap_sys_chroot,cap_sys_ptrace,cap_sys_pacct,cap_sys_admin,cap_sys_boot,cap_sys_nice,cap_sys_resource,cap_sys_time,cap_sys_tty_config,cap_mknod,cap_lease,cap_audit_write,cap_audit_control,cap_setfcap,cap_mac_override,cap_mac_admin,cap_syslog,cap_wake_alarm,cap_block_suspend,cap_audit_read';

const TAIL = `Ambient set =
Current IAB: IAB
Securebits: 00/0x0/1'b0 (no-new-privs=0)
 secure-noroot: no (unlocked)
 secure-no-suid-fixup: no (unlocked)
 secure-keep-caps: no (unlocked)
 secure-no-ambient-raise: no (unlocked)
uid=0(root) euid=0(root)
gid=0(root)
groups=0(root)
Guessed mode: HYBRID (4)
`;

function golden(current: string, bounding: string, iab: string): string {
  return `Current: ${current}\nBounding set =${bounding}\n${replaceOnce(TAIL, 'IAB: IAB', `IAB: ${iab}`)}`;
}

describe('kernel: cap_last_cap per mainline version (man7 capabilities(7))', () => {
  it('is 37 before 5.8, 39 in 5.8, 40 from 5.9', () => {
    expect(['4.18', '5.4', '5.8', '5.10', '6.12'].map(kernelLastCap)).toEqual([37, 37, 39, 40, 40]);
  });
});

describe('golden capsh --print texts', () => {
  it('kernel 5.4, containerd privileged: every capability up to AUDIT_READ is all there is, so =ep', () => {
    expect(capsh(PRIVILEGED, node({ kernel: '5.4' }))).toBe(golden('=ep', UP_TO_AUDIT_READ, ''));
  });
  it('kernel 5.4, containerd add ALL: the same; capsh names nothing above cap_audit_read', () => {
    expect(capsh(ADD('ALL'), node({ kernel: '5.4' }))).toBe(golden('=ep', UP_TO_AUDIT_READ, ''));
  });
  it('kernel 5.8, privileged: PERFMON and BPF, no CHECKPOINT_RESTORE', () => {
    expect(capsh(PRIVILEGED, node({ kernel: '5.8' }))).toBe(
      golden('=ep', `${UP_TO_AUDIT_READ},cap_perfmon,cap_bpf`, ''),
    );
  });
  it('kernel 5.8, add ALL on CRI-O: the same bounding set', () => {
    expect(capsh(ADD('ALL'), node({ runtime: 'cri-o', kernel: '5.8' }))).toBe(
      golden('=ep', `${UP_TO_AUDIT_READ},cap_perfmon,cap_bpf`, ''),
    );
  });
  it('Docker 20.10 privileged on kernel 6.12: stops at AUDIT_READ (oci/caps/utils.go at v20.10.24)', () => {
    expect(capsh(PRIVILEGED, node({ runtime: 'docker', runtimeVersion: '20.10' }))).toBe(
      golden(
        '=ep cap_perfmon,cap_bpf,cap_checkpoint_restore-ep',
        UP_TO_AUDIT_READ,
        '!cap_perfmon,!cap_bpf,!cap_checkpoint_restore',
      ),
    );
  });
  it('Docker 20.10 add ALL on kernel 6.12: the same', () => {
    expect(capsh(ADD('ALL'), node({ runtime: 'docker', runtimeVersion: '20.10' }))).toBe(
      golden(
        '=ep cap_perfmon,cap_bpf,cap_checkpoint_restore-ep',
        UP_TO_AUDIT_READ,
        '!cap_perfmon,!cap_bpf,!cap_checkpoint_restore',
      ),
    );
  });
  it('Docker 20.10 privileged on kernel 5.4: =ep, the kernel and the engine end at the same place', () => {
    expect(
      capsh(PRIVILEGED, node({ runtime: 'docker', runtimeVersion: '20.10', kernel: '5.4' })),
    ).toBe(golden('=ep', UP_TO_AUDIT_READ, ''));
  });
  it('the default node is unchanged: privileged gives all 41', () => {
    expect(capsh(PRIVILEGED, DEFAULT_NODE)).toBe(
      golden('=ep', `${UP_TO_AUDIT_READ},cap_perfmon,cap_bpf,cap_checkpoint_restore`, ''),
    );
  });
});

describe('kernel: adding a capability the kernel lacks', () => {
  const k54 = (runtime: NodeProfile['runtime'], extra: Partial<NodeProfile> = {}) =>
    sim(ADD('BPF'), node({ runtime, kernel: '5.4', ...extra }));
  it('containerd + runc: skipped with runc warning (libcontainer/capabilities New)', () => {
    const result = k54('containerd');
    expect(result.ok).toBe(true);
    expect(result.notes[0]?.message).toBe(
      'runc: ignoring unknown or unavailable capabilities: [CAP_BPF]',
    );
  });
  it('containerd + crun: libcap knows the name, capset drops the bit silently', () => {
    const result = k54('containerd', { ociRuntime: 'crun', ociRuntimeVersion: '1.29' });
    expect(result.ok).toBe(true);
    expect(result.ok && result.state.bounding & (1n << 39n)).toBe(0n);
  });
  it('CRI-O: refused, getOCICapabilitiesList skips cap > lastCap', () => {
    expect(k54('cri-o')).toMatchObject({
      ok: false,
      refusal: { by: 'cri-o', message: 'unknown capability "CAP_BPF" to add' },
    });
  });
  it('Docker >= 23: known but not supported by the kernel (NormalizeLegacyCapabilities)', () => {
    expect(k54('docker')).toMatchObject({
      refusal: {
        by: 'docker',
        message:
          'invalid CapAdd: capability not supported by your kernel or not available in the current environment: "CAP_BPF"',
      },
    });
  });
  it('Docker 20.10: unknown, on any kernel', () => {
    expect(sim(ADD('BPF'), node({ runtime: 'docker', runtimeVersion: '20.10' }))).toMatchObject({
      refusal: { message: 'invalid CapAdd: unknown capability: "CAP_BPF"' },
    });
  });
  it('CRI-O and Docker accept a drop of it: drops are checked against known names only', () => {
    const drop = '        capabilities:\n          drop: [BPF]\n';
    expect(sim(drop, node({ runtime: 'cri-o', kernel: '5.4' })).ok).toBe(true);
  });
});

describe('OCI runtime: a name containerd doubles (CAP_CAP_SYS_ADMIN)', () => {
  const prefixed = ADD('CAP_SYS_ADMIN');
  it('runc skips it with a warning', () => {
    expect(sim(prefixed, node({})).notes[0]?.message).toBe(
      'runc: ignoring unknown or unavailable capabilities: [CAP_CAP_SYS_ADMIN]',
    );
  });
  it('crun 1.28 warns in its words and starts the container', () => {
    const result = sim(prefixed, node({ ociRuntime: 'crun', ociRuntimeVersion: '1.28' }));
    expect(result.ok).toBe(true);
    expect(result.notes[0]?.message).toBe('crun: unknown cap: `CAP_CAP_SYS_ADMIN`');
  });
  it('crun 1.29 refuses the container (read_caps: "unknown capability `%s`")', () => {
    expect(sim(prefixed, node({ ociRuntime: 'crun', ociRuntimeVersion: '1.29' }))).toMatchObject({
      ok: false,
      refusal: { by: 'crun', message: 'unknown capability `CAP_CAP_SYS_ADMIN`' },
    });
  });
});

describe('user namespaces (hostUsers: false)', () => {
  const podSpec = '  hostUsers: false\n';
  it('are Forbidden with host namespaces, in validateHostUsers order', () => {
    const result = sim(ADD('NET_ADMIN'), DEFAULT_NODE, {
      podSpec: `${podSpec}  hostIPC: true\n  hostNetwork: true\n`,
    });
    expect(result).toMatchObject({
      ok: false,
      refusal: {
        by: 'api-server',
        message:
          'Pod "p" is invalid: [spec.hostNetwork: Forbidden: when `hostUsers` is false, spec.hostIPC: Forbidden: when `hostUsers` is false]',
      },
    });
  });
  it('are refused by the kubelet on cri-dockerd and containerd 1.7', () => {
    for (const profile of [node({ runtime: 'docker' }), node({ runtimeVersion: '1.7' })]) {
      expect(sim(ADD('NET_ADMIN'), profile, { podSpec })).toMatchObject({
        ok: false,
        refusal: {
          by: 'kubelet',
          message: 'RuntimeClass handler "" does not support user namespaces',
        },
      });
    }
  });
  it('are refused on a kernel before 6.3 and with runc 1.1', () => {
    expect(sim(ADD('NET_ADMIN'), node({ kernel: '6.1' }), { podSpec }).ok).toBe(false);
    expect(sim(ADD('NET_ADMIN'), node({ ociRuntimeVersion: '1.1' }), { podSpec }).ok).toBe(false);
  });
  it('leave the capsh text unchanged on a node that supports them', () => {
    const { manifest, container } = pod(ADD('NET_ADMIN'), { podSpec });
    const plain = pod(ADD('NET_ADMIN'));
    const a = simulate(manifest, container, DEFAULT_NODE);
    const b = simulate(plain.manifest, plain.container, DEFAULT_NODE);
    expect(a.ok && b.ok && formatCapsh(a.state)).toBe(b.ok && formatCapsh(b.state));
  });
  it('say so in an info warning, naming what has no effect and what stays in the pod', () => {
    const { manifest, container } = pod(ADD('SYS_MODULE', 'SYS_ADMIN'), { podSpec });
    const warnings = containerWarnings(manifest, container, DEFAULT_NODE);
    const userns = warnings.find((w) => w.code === 'user-namespace');
    expect(userns?.severity).toBe('info');
    expect(userns?.message).toContain('SYS_MODULE has no effect there');
    expect(userns?.message).toContain("SYS_ADMIN acts only on the pod's own mounts");
    expect(userns?.paths).toEqual([['spec', 'hostUsers']]);
    // SYS_MODULE does nothing in a user namespace: no danger; SYS_ADMIN stays flagged, lower.
    const dangerous = warnings.filter((w) => w.code === 'dangerous-capability');
    expect(dangerous.map((w) => [w.capability, w.severity])).toEqual([['SYS_ADMIN', 'warning']]);
  });
  it('before Kubernetes 1.33 the field is dropped: the warning says so, nothing is refused', () => {
    const profile = node({ kubernetes: '1.32' });
    const { manifest, container } = pod(ADD('SYS_MODULE'), {
      podSpec: `${podSpec}  hostPID: true\n`,
    });
    expect(simulate(manifest, container, profile).ok).toBe(true);
    const warnings = containerWarnings(manifest, container, profile);
    expect(warnings.find((w) => w.code === 'user-namespace')?.message).toContain(
      'hostUsers: false has no effect on Kubernetes 1.32',
    );
    expect(warnings.some((w) => w.code === 'dangerous-capability')).toBe(true);
  });
});

describe('low-port-denied', () => {
  const ports = '      ports:\n        - containerPort: 80\n';
  const nonRoot = '        runAsUser: 1000\n';
  const codes = (profile: NodeProfile, extra: { podSpec?: string } = {}, sc = nonRoot) => {
    const { manifest, container } = pod(sc, { ports, ...extra });
    return containerWarnings(manifest, container, profile).filter(
      (w) => w.code === 'low-port-denied',
    );
  };
  it('warns on containerd 1.7 and CRI-O, not on containerd 2.x (enable_unprivileged_ports)', () => {
    expect(codes(node({ runtimeVersion: '1.7' }))).toHaveLength(1);
    expect(codes(node({ runtime: 'cri-o' }))).toHaveLength(1);
    expect(codes(node({ runtimeVersion: '2.1' }))).toHaveLength(0);
  });
  it('warns on containerd 2.x with host networking, which keeps the node value', () => {
    expect(codes(node({}), { podSpec: '  hostNetwork: true\n' })[0]?.message).toContain(
      "the pod shares the node's network",
    );
  });
  it('follows a sysctl the pod sets itself', () => {
    const sysctl = (v: string) =>
      `  securityContext:\n    sysctls:\n      - name: net.ipv4.ip_unprivileged_port_start\n        value: "${v}"\n`;
    expect(codes(node({ runtimeVersion: '1.7' }), { podSpec: sysctl('0') })).toHaveLength(0);
    expect(codes(node({}), { podSpec: sysctl('1024') })).toHaveLength(1);
  });
  it('is silent for root, which holds NET_BIND_SERVICE from the defaults', () => {
    expect(codes(node({ runtime: 'cri-o' }), {}, '        runAsUser: 0\n')).toHaveLength(0);
  });
  it('points at the port and names the node', () => {
    const [w] = codes(node({ runtimeVersion: '1.7' }));
    expect(w?.paths).toEqual([['spec', 'containers', 0, 'ports', 0, 'containerPort']]);
    expect(w?.message).toContain('on containerd 1.7 the process (uid 1000) cannot bind it');
  });
});

describe('parsing the profile', () => {
  it('reads NAME@VERSION and fills the newest version', () => {
    expect(parseRuntime('CRI-O')).toEqual({
      ok: true,
      value: { runtime: 'cri-o', runtimeVersion: '1.36' },
    });
    expect(parseRuntime('docker@20.10')).toEqual({
      ok: true,
      value: { runtime: 'docker', runtimeVersion: '20.10' },
    });
    expect(parseRuntime('containerd@1.5').ok).toBe(false);
    expect(parseOciRuntime('crun')).toEqual({
      ok: true,
      value: { ociRuntime: 'crun', ociRuntimeVersion: '1.29' },
    });
    expect(parseKernel('5.9').ok).toBe(false);
  });
  it('checks a stored profile field by field', () => {
    expect(nodeFromJSON({ runtime: 'docker', runtimeVersion: '20.10', kernel: '9.9' })).toEqual({
      ...defaultNode('docker'),
      runtimeVersion: '20.10',
    });
    expect(nodeFromJSON({ runtime: 'podman' })).toBeUndefined();
    expect(nodeFromJSON('containerd')).toBeUndefined();
  });
});

describe('warnings that follow the node', () => {
  const warnings = (sc: string, profile: NodeProfile) => {
    const { manifest, container } = pod(sc);
    return containerWarnings(manifest, container, profile);
  };
  it('unavailable-capability: a capability the kernel lacks, per runtime', () => {
    const onRunc = warnings(ADD('BPF'), node({ kernel: '5.4' })).find(
      (w) => w.code === 'unavailable-capability',
    );
    expect(onRunc?.message).toBe(
      'BPF is not available on this node: Linux 5.4 ends at capability 37 (BPF is 39, added in Linux 5.8). containerd passes it on, runc skips it with a warning, and the container starts without it. CRI-O and Docker refuse the container. Use a newer kernel, or remove it.',
    );
    expect(onRunc?.fix).toEqual({ kind: 'remove-capability', list: 'add', name: 'BPF' });
    const onCrio = warnings(ADD('BPF'), node({ runtime: 'cri-o', kernel: '5.4' }));
    expect(onCrio.find((w) => w.code === 'unavailable-capability')?.message).toContain(
      'CRI-O refuses to create the container.',
    );
    expect(
      warnings(ADD('BPF'), DEFAULT_NODE).some((w) => w.code === 'unavailable-capability'),
    ).toBe(false);
  });
  it('unavailable-capability: Docker 20.10 does not know PERFMON on any kernel', () => {
    const docker = warnings(ADD('PERFMON'), node({ runtime: 'docker', runtimeVersion: '20.10' }));
    expect(docker.find((w) => w.code === 'unavailable-capability')?.message).toContain(
      'Docker 20.10 knows capabilities 0–37 only',
    );
  });
  it('unknown-capability and cap-prefix name crun when crun 1.29 refuses', () => {
    const crun = node({ ociRuntime: 'crun', ociRuntimeVersion: '1.29' });
    expect(
      warnings(ADD('FOO'), crun).find((w) => w.code === 'unknown-capability')?.message,
    ).toContain('containerd passes it on and crun 1.29 refuses to create the container.');
    expect(
      warnings(ADD('CAP_SYS_ADMIN'), crun).find((w) => w.code === 'cap-prefix')?.message,
    ).toContain('and crun 1.29 refuses an unknown capability, so the container does not start.');
  });
  it('privileged on Docker 20.10 says which capabilities it does not give', () => {
    const [w] = warnings(PRIVILEGED, node({ runtime: 'docker', runtimeVersion: '20.10' }));
    expect(w?.message).toContain(
      'privileged: true gives all 38 capabilities this node grants (not PERFMON, BPF, CHECKPOINT_RESTORE)',
    );
  });
});
