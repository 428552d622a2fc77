import { describe, expect, it } from 'vitest';
import { evaluatePod } from '../evaluate.ts';
import { cleanContainer, cleanSpec, pod } from '../../../../testing/psaPods.ts';
import type { PsaLevel } from '../types.ts';

type Obj = Record<string, unknown>;

interface Case {
  readonly name: string;
  readonly level: PsaLevel;
  readonly version: string;
  readonly spec: Obj;
  readonly metadata?: Obj;
  /** Undefined when the pod must be allowed; otherwise the one violation expected. */
  readonly expected?: { checkId: string; reason: string; detail: string };
}

const withApp = (app: Obj, extra: Obj = {}) =>
  cleanSpec({ containers: [cleanContainer('app', app)], ...extra });
const appContext = (securityContext: Obj) =>
  withApp({
    securityContext: {
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      ...securityContext,
    },
  });

const cases: Case[] = [
  // privileged
  {
    name: 'privileged=false is fine',
    level: 'baseline',
    version: 'latest',
    spec: appContext({ privileged: false }),
  },
  {
    name: 'privileged=true on an ephemeral container',
    level: 'baseline',
    version: 'v1.0',
    spec: cleanSpec({
      ephemeralContainers: [{ name: 'debug', securityContext: { privileged: true } }],
    }),
    expected: {
      checkId: 'privileged',
      reason: 'privileged',
      detail: 'container "debug" must not set securityContext.privileged=true',
    },
  },
  // capabilities_baseline
  {
    name: 'default capabilities may be added at baseline',
    level: 'baseline',
    version: 'latest',
    spec: appContext({ capabilities: { add: ['CHOWN', 'KILL'] } }),
  },
  {
    name: 'NET_RAW and lowercase names are not defaults',
    level: 'baseline',
    version: 'latest',
    spec: cleanSpec({
      containers: [
        { name: 'a', securityContext: { capabilities: { add: ['NET_RAW', 'chown'] } } },
        { name: 'b', securityContext: { capabilities: { add: ['CAP_CHOWN'] } } },
      ],
    }),
    expected: {
      checkId: 'capabilities_baseline',
      reason: 'non-default capabilities',
      detail:
        'containers "a", "b" must not include "CAP_CHOWN", "NET_RAW", "chown" in securityContext.capabilities.add',
    },
  },
  {
    name: 'before 1.22 restricted still uses the baseline capability check',
    level: 'restricted',
    version: 'v1.21',
    spec: appContext({ capabilities: { add: ['SYS_ADMIN'] } }),
    expected: {
      checkId: 'capabilities_baseline',
      reason: 'non-default capabilities',
      detail: 'container "app" must not include "SYS_ADMIN" in securityContext.capabilities.add',
    },
  },
  // capabilities_restricted
  {
    name: 'drop ALL and add NET_BIND_SERVICE',
    level: 'restricted',
    version: 'v1.22',
    spec: appContext({ capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } }),
  },
  {
    name: 'drop "all" is not drop "ALL", and CHOWN may not be added',
    level: 'restricted',
    version: 'v1.22',
    spec: appContext({ capabilities: { drop: ['all'], add: ['CHOWN'] } }),
    expected: {
      checkId: 'capabilities_restricted',
      reason: 'unrestricted capabilities',
      detail:
        'container "app" must set securityContext.capabilities.drop=["ALL"]; container "app" must not include "CHOWN" in securityContext.capabilities.add',
    },
  },
  {
    name: 'Windows pods are exempt from the capability rule from 1.25',
    level: 'restricted',
    version: 'v1.25',
    spec: {
      os: { name: 'windows' },
      containers: [{ name: 'w' }],
      securityContext: { runAsNonRoot: true },
    },
  },
  {
    name: 'but not at 1.24',
    level: 'restricted',
    version: 'v1.24',
    spec: {
      os: { name: 'windows' },
      containers: [{ name: 'w', securityContext: { allowPrivilegeEscalation: false } }],
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'Localhost' } },
    },
    expected: {
      checkId: 'capabilities_restricted',
      reason: 'unrestricted capabilities',
      detail: 'container "w" must set securityContext.capabilities.drop=["ALL"]',
    },
  },
  // hostNamespaces
  {
    name: 'host namespaces listed in order',
    level: 'baseline',
    version: 'v1.0',
    spec: cleanSpec({ hostPID: true, hostNetwork: true, hostIPC: false }),
    expected: {
      checkId: 'hostNamespaces',
      reason: 'host namespaces',
      detail: 'hostNetwork=true, hostPID=true',
    },
  },
  {
    // Sorting would put hostIPC first: upstream appends network, PID, IPC in that order.
    name: 'host namespaces in upstream order, not sorted',
    level: 'baseline',
    version: 'latest',
    spec: cleanSpec({ hostIPC: true, hostPID: true, hostNetwork: true }),
    expected: {
      checkId: 'hostNamespaces',
      reason: 'host namespaces',
      detail: 'hostNetwork=true, hostPID=true, hostIPC=true',
    },
  },
  {
    name: 'hostPID before hostIPC',
    level: 'baseline',
    version: 'v1.0',
    spec: cleanSpec({ hostIPC: true, hostPID: true }),
    expected: {
      checkId: 'hostNamespaces',
      reason: 'host namespaces',
      detail: 'hostPID=true, hostIPC=true',
    },
  },
  // hostPathVolumes vs restrictedVolumes
  {
    name: 'hostPath at baseline',
    level: 'baseline',
    version: 'latest',
    spec: cleanSpec({ volumes: [{ name: 'h', hostPath: { path: '/' } }] }),
    expected: { checkId: 'hostPathVolumes', reason: 'hostPath volumes', detail: 'volume "h"' },
  },
  {
    name: 'hostPath at restricted is reported once, as a restricted volume type',
    level: 'restricted',
    version: 'latest',
    spec: cleanSpec({
      volumes: [
        { name: 'h', hostPath: { path: '/' } },
        { name: 'n', nfs: { server: 's', path: '/' } },
      ],
    }),
    expected: {
      checkId: 'restrictedVolumes',
      reason: 'restricted volume types',
      detail: 'volumes "h", "n" use restricted volume types "hostPath", "nfs"',
    },
  },
  {
    name: 'ephemeral, image and source-less volumes are allowed',
    level: 'restricted',
    version: 'latest',
    spec: cleanSpec({
      volumes: [
        { name: 'e', ephemeral: {} },
        { name: 'i', image: { reference: 'x' } },
        { name: 'bare' },
        { name: 'c', csi: { driver: 'd' } },
      ],
    }),
  },
  // hostPorts
  {
    name: 'host ports sorted as strings',
    level: 'baseline',
    version: 'latest',
    spec: withApp({
      ports: [
        { containerPort: 80, hostPort: 9 },
        { containerPort: 81, hostPort: 10 },
        { containerPort: 82, hostPort: 0 },
      ],
    }),
    expected: {
      checkId: 'hostPorts',
      reason: 'hostPort',
      detail: 'container "app" uses hostPorts 10, 9',
    },
  },
  // hostProbesAndHostLifecycle
  {
    name: 'probe hosts are ignored before 1.34',
    level: 'baseline',
    version: 'v1.33',
    spec: withApp({ livenessProbe: { httpGet: { host: 'evil', port: 80 } } }),
  },
  {
    name: 'probe and lifecycle hosts from 1.34',
    level: 'baseline',
    version: 'v1.34',
    spec: withApp({
      livenessProbe: { httpGet: { host: 'b', port: 80 } },
      lifecycle: { preStop: { tcpSocket: { host: 'a', port: 1 } } },
    }),
    expected: {
      checkId: 'hostProbesAndHostLifecycle',
      reason: 'probe or lifecycle host',
      detail: 'container "app" uses probe or lifecycle hosts "a", "b"',
    },
  },
  // appArmorProfile
  {
    name: 'AppArmor localhost and runtime/default annotations are fine',
    level: 'baseline',
    version: 'latest',
    spec: cleanSpec(),
    metadata: {
      annotations: {
        'container.apparmor.security.beta.kubernetes.io/app': 'localhost/x',
        'container.apparmor.security.beta.kubernetes.io/init': 'runtime/default',
      },
    },
  },
  {
    name: 'AppArmor Unconfined by field and annotation',
    level: 'baseline',
    version: 'v1.30',
    spec: appContext({ appArmorProfile: { type: 'Unconfined' } }),
    metadata: {
      annotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'unconfined' },
    },
    expected: {
      checkId: 'appArmorProfile',
      reason: 'forbidden AppArmor profiles',
      detail:
        'container "app" and annotation must not set AppArmor profile type to "Unconfined", "container.apparmor.security.beta.kubernetes.io/app="unconfined""',
    },
  },
  // procMount
  {
    name: 'Unmasked /proc fails at baseline 1.34 even in a user namespace',
    level: 'baseline',
    version: 'v1.34',
    spec: { ...appContext({ procMount: 'Unmasked' }), hostUsers: false },
    expected: {
      checkId: 'procMount',
      reason: 'procMount',
      detail: 'container "app" must not set securityContext.procMount to "Unmasked"',
    },
  },
  {
    name: 'Unmasked /proc in a user namespace is baseline from 1.35',
    level: 'baseline',
    version: 'v1.35',
    spec: { ...appContext({ procMount: 'Unmasked' }), hostUsers: false },
  },
  {
    name: 'Unmasked /proc outside a user namespace still fails baseline 1.35',
    level: 'baseline',
    version: 'v1.35',
    spec: { ...appContext({ procMount: 'Unmasked' }), hostUsers: true },
    expected: {
      checkId: 'procMount',
      reason: 'procMount',
      detail: 'container "app" must not set securityContext.procMount to "Unmasked"',
    },
  },
  {
    name: 'before 1.35 restricted runs the baseline procMount check',
    level: 'restricted',
    version: 'v1.34',
    spec: { ...appContext({ procMount: 'Unmasked' }), hostUsers: false },
    expected: {
      checkId: 'procMount',
      reason: 'procMount',
      detail: 'container "app" must not set securityContext.procMount to "Unmasked"',
    },
  },
  {
    name: 'but never restricted',
    level: 'restricted',
    version: 'v1.35',
    spec: { ...appContext({ procMount: 'Unmasked' }), hostUsers: false },
    expected: {
      checkId: 'procMount_restricted',
      reason: 'procMount',
      detail: 'container "app" must not set securityContext.procMount to "Unmasked"',
    },
  },
  // seLinuxOptions
  {
    name: 'SELinux type, user and role',
    level: 'baseline',
    version: 'latest',
    spec: cleanSpec({
      securityContext: { seLinuxOptions: { type: 'spc_t', user: 'u' } },
      containers: [cleanContainer('app', { securityContext: { seLinuxOptions: { role: 'r' } } })],
    }),
    expected: {
      checkId: 'seLinuxOptions',
      reason: 'seLinuxOptions',
      detail:
        'pod and container "app" set forbidden securityContext.seLinuxOptions: type "spc_t"; user may not be set; role may not be set',
    },
  },
  {
    name: 'container_engine_t before 1.31',
    level: 'baseline',
    version: 'v1.30',
    spec: cleanSpec({ securityContext: { seLinuxOptions: { type: 'container_engine_t' } } }),
    expected: {
      checkId: 'seLinuxOptions',
      reason: 'seLinuxOptions',
      detail: 'pod set forbidden securityContext.seLinuxOptions: type "container_engine_t"',
    },
  },
  {
    name: 'container_engine_t from 1.31',
    level: 'baseline',
    version: 'v1.31',
    spec: cleanSpec({
      securityContext: { seLinuxOptions: { type: 'container_engine_t', level: 's0' } },
    }),
  },
  // seccompProfile
  {
    name: 'seccomp annotations before 1.19',
    level: 'baseline',
    version: 'v1.18',
    spec: cleanSpec(),
    metadata: {
      annotations: {
        'seccomp.security.alpha.kubernetes.io/pod': 'unconfined',
        'container.seccomp.security.alpha.kubernetes.io/app': 'docker/default',
      },
    },
    expected: {
      checkId: 'seccompProfile_baseline',
      reason: 'seccompProfile',
      detail: 'forbidden annotation seccomp.security.alpha.kubernetes.io/pod="unconfined"',
    },
  },
  {
    name: 'seccomp annotations are ignored from 1.19',
    level: 'baseline',
    version: 'v1.19',
    spec: cleanSpec(),
    metadata: { annotations: { 'seccomp.security.alpha.kubernetes.io/pod': 'unconfined' } },
  },
  {
    name: 'Unconfined seccomp from 1.19',
    level: 'baseline',
    version: 'v1.19',
    spec: appContext({ seccompProfile: { type: 'Unconfined' } }),
    expected: {
      checkId: 'seccompProfile_baseline',
      reason: 'seccompProfile',
      detail: 'container "app" must not set securityContext.seccompProfile.type to "Unconfined"',
    },
  },
  {
    name: 'restricted needs a profile on every container without a pod-level one',
    level: 'restricted',
    version: 'v1.19',
    spec: cleanSpec({
      securityContext: { runAsNonRoot: true, seccompProfile: null },
      containers: [
        cleanContainer('app', { securityContext: { seccompProfile: { type: 'Localhost' } } }),
      ],
    }),
    expected: {
      checkId: 'seccompProfile_restricted',
      reason: 'seccompProfile',
      detail:
        'pod or container "init" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"',
    },
  },
  // sysctls
  {
    name: 'tcp_rmem is allowed from 1.32',
    level: 'baseline',
    version: 'v1.32',
    spec: cleanSpec({
      securityContext: { sysctls: [{ name: 'net.ipv4.tcp_rmem', value: '1 2 3' }] },
    }),
  },
  {
    name: 'tcp_rmem is not allowed at 1.31; names keep their order',
    level: 'baseline',
    version: 'v1.31',
    spec: cleanSpec({
      securityContext: {
        sysctls: [
          { name: 'net.ipv4.tcp_rmem' },
          { name: 'kernel.msgmax' },
          { name: 'net.ipv4.tcp_keepalive_time' },
        ],
      },
    }),
    expected: {
      checkId: 'sysctls',
      reason: 'forbidden sysctls',
      detail: 'net.ipv4.tcp_rmem, kernel.msgmax',
    },
  },
  {
    name: 'tcp_notsent_lowat only from 1.37',
    level: 'baseline',
    version: 'v1.36',
    spec: cleanSpec({ securityContext: { sysctls: [{ name: 'net.ipv4.tcp_notsent_lowat' }] } }),
    expected: {
      checkId: 'sysctls',
      reason: 'forbidden sysctls',
      detail: 'net.ipv4.tcp_notsent_lowat',
    },
  },
  {
    name: 'tcp_notsent_lowat at latest',
    level: 'restricted',
    version: 'latest',
    spec: cleanSpec({
      securityContext: {
        runAsNonRoot: true,
        seccompProfile: { type: 'RuntimeDefault' },
        sysctls: [{ name: 'net.ipv4.tcp_notsent_lowat' }],
      },
    }),
  },
  // windowsHostProcess
  {
    name: 'hostProcess on pod and container',
    level: 'baseline',
    version: 'latest',
    spec: cleanSpec({
      securityContext: { windowsOptions: { hostProcess: true } },
      containers: [{ name: 'w', securityContext: { windowsOptions: { hostProcess: true } } }],
    }),
    expected: {
      checkId: 'windowsHostProcess',
      reason: 'hostProcess',
      detail: 'pod and container "w" must not set securityContext.windowsOptions.hostProcess=true',
    },
  },
  // allowPrivilegeEscalation
  {
    name: 'allowPrivilegeEscalation is not required before 1.8',
    level: 'restricted',
    version: 'v1.7',
    spec: cleanSpec({ containers: [{ name: 'app' }], initContainers: [] }),
  },
  {
    name: 'allowPrivilegeEscalation must be false from 1.8',
    level: 'restricted',
    version: 'v1.8',
    spec: cleanSpec({
      containers: [{ name: 'app', securityContext: { allowPrivilegeEscalation: true } }],
      initContainers: [],
    }),
    expected: {
      checkId: 'allowPrivilegeEscalation',
      reason: 'allowPrivilegeEscalation != false',
      detail: 'container "app" must set securityContext.allowPrivilegeEscalation=false',
    },
  },
  // runAsNonRoot
  {
    name: 'runAsNonRoot on every container instead of the pod',
    level: 'restricted',
    version: 'latest',
    spec: cleanSpec({
      securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
      containers: [cleanContainer('app', { securityContext: { runAsNonRoot: true } })],
      initContainers: [],
    }),
  },
  {
    name: 'runAsNonRoot=false anywhere is reported before missing ones',
    level: 'restricted',
    version: 'v1.0',
    spec: {
      containers: [{ name: 'a', securityContext: { runAsNonRoot: false } }, { name: 'b' }],
      securityContext: { runAsNonRoot: false },
    },
    expected: {
      checkId: 'runAsNonRoot',
      reason: 'runAsNonRoot != true',
      detail: 'pod and container "a" must not set securityContext.runAsNonRoot=false',
    },
  },
  // runAsUser
  {
    name: 'runAsUser=0 is allowed before 1.23',
    level: 'restricted',
    version: 'v1.22',
    spec: cleanSpec({
      securityContext: {
        runAsNonRoot: true,
        seccompProfile: { type: 'RuntimeDefault' },
        runAsUser: 0,
      },
    }),
  },
  {
    name: 'runAsUser=0 from 1.23',
    level: 'restricted',
    version: 'v1.23',
    spec: cleanSpec({
      securityContext: {
        runAsNonRoot: true,
        seccompProfile: { type: 'RuntimeDefault' },
        runAsUser: 0,
      },
      containers: [cleanContainer('app', { securityContext: { runAsUser: 0 } })],
    }),
    expected: {
      checkId: 'runAsUser',
      reason: 'runAsUser=0',
      detail: 'pod and container "app" must not set runAsUser=0',
    },
  },
  // User namespaces (hostUsers: false): RUNTIME-SEMANTICS.md §16, policy/helpers.go
  // relaxPolicyForUserNamespacePod. Relaxed from 1.35 only, and only these three checks.
  {
    name: 'root in a user namespace is restricted from 1.35',
    level: 'restricted',
    version: 'v1.35',
    spec: usernsSpec({ runAsUser: 0 }, { runAsUser: 0, runAsNonRoot: false }),
  },
  {
    name: 'root in a user namespace at latest',
    level: 'restricted',
    version: 'latest',
    spec: usernsSpec({ runAsUser: 0, runAsNonRoot: false }),
  },
  {
    name: 'runAsUser=0 in a user namespace is not relaxed at 1.34',
    level: 'restricted',
    version: 'v1.34',
    spec: usernsSpec({ runAsUser: 0, runAsNonRoot: true }),
    expected: {
      checkId: 'runAsUser',
      reason: 'runAsUser=0',
      detail: 'pod must not set runAsUser=0',
    },
  },
  {
    name: 'runAsNonRoot in a user namespace is not relaxed at 1.34',
    level: 'restricted',
    version: 'v1.34',
    spec: usernsSpec({}),
    expected: {
      checkId: 'runAsNonRoot',
      reason: 'runAsNonRoot != true',
      detail: 'pod or containers "init", "app" must set securityContext.runAsNonRoot=true',
    },
  },
  {
    name: 'hostUsers: true is the host user namespace',
    level: 'restricted',
    version: 'latest',
    spec: { ...usernsSpec({ runAsUser: 0, runAsNonRoot: true }), hostUsers: true },
    expected: {
      checkId: 'runAsUser',
      reason: 'runAsUser=0',
      detail: 'pod must not set runAsUser=0',
    },
  },
  {
    name: 'hostUsers as the string "false" is not a boolean, so not relaxed',
    level: 'restricted',
    version: 'latest',
    spec: { ...usernsSpec({ runAsNonRoot: true }, { runAsUser: 0 }), hostUsers: 'false' },
    expected: {
      checkId: 'runAsUser',
      reason: 'runAsUser=0',
      detail: 'containers "init", "app" must not set runAsUser=0',
    },
  },
  {
    name: 'a user namespace does not relax privileged',
    level: 'baseline',
    version: 'latest',
    spec: usernsSpec({}, { privileged: true }),
    expected: {
      checkId: 'privileged',
      reason: 'privileged',
      detail: 'containers "init", "app" must not set securityContext.privileged=true',
    },
  },
  {
    name: 'nor capabilities',
    level: 'restricted',
    version: 'latest',
    spec: usernsSpec({}, { capabilities: { drop: ['ALL'], add: ['SYS_ADMIN'] } }),
    expected: {
      checkId: 'capabilities_restricted',
      reason: 'unrestricted capabilities',
      detail:
        'containers "init", "app" must not include "SYS_ADMIN" in securityContext.capabilities.add',
    },
  },
  {
    name: 'nor allowPrivilegeEscalation',
    level: 'restricted',
    version: 'latest',
    spec: usernsSpec({}, { allowPrivilegeEscalation: true }),
    expected: {
      checkId: 'allowPrivilegeEscalation',
      reason: 'allowPrivilegeEscalation != false',
      detail: 'containers "init", "app" must set securityContext.allowPrivilegeEscalation=false',
    },
  },
  {
    name: 'nor seccomp',
    level: 'restricted',
    version: 'latest',
    spec: { ...usernsSpec({}), securityContext: {} },
    expected: {
      checkId: 'seccompProfile_restricted',
      reason: 'seccompProfile',
      detail:
        'pod or containers "init", "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"',
    },
  },
];

/**
 * A restricted-clean pod in its own user namespace, without runAsNonRoot, with `pod` merged into
 * the pod's securityContext and `container` into each container's.
 */
function usernsSpec(pod: Obj, container: Obj = {}): Obj {
  return {
    hostUsers: false,
    securityContext: { seccompProfile: { type: 'RuntimeDefault' }, ...pod },
    initContainers: [cleanContainer('init', { securityContext: container })],
    containers: [cleanContainer('app', { securityContext: container })],
  };
}

describe('Pod Security checks', () => {
  it('start from a pod that passes everything', () => {
    expect(evaluatePod(pod(cleanSpec()), 'restricted', 'v1.0').violations).toEqual([]);
    expect(evaluatePod(pod(cleanSpec()), 'restricted', 'latest').violations).toEqual([]);
  });

  it.each(cases)('$name ($level $version)', ({ level, version, spec, metadata, expected }) => {
    const result = evaluatePod(pod(spec, metadata), level, version);
    const found = result.violations.map(({ checkId, reason, detail }) => ({
      checkId,
      reason,
      detail,
    }));
    expect(found).toEqual(expected ? [expected] : []);
    expect(result.allowed).toBe(expected === undefined);
  });
});
