/**
 * The rules a SARIF log declares: every inspect warning code and every Pod Security check ID, with
 * what code scanning shows beside an alert. IDs are the stable codes the README documents.
 */
import type { WarningCode } from '../../core/inspect/warning.ts';
import type { Rule } from './findings.ts';

type Text = Omit<Rule, 'id'>;

const PSS = 'https://kubernetes.io/docs/concepts/security/pod-security-standards/';

/** Pod Security check IDs (upstream's), baseline first, then restricted. */
const CHECKS: Readonly<Record<string, Text>> = {
  appArmorProfile: {
    short: 'AppArmor must not be turned off.',
    full: 'Baseline forbids the Unconfined AppArmor profile, set in securityContext.appArmorProfile or the older annotation.',
    help: 'Remove the `Unconfined` AppArmor profile, or use `RuntimeDefault` or a `Localhost` profile.',
    securitySeverity: 7.0,
  },
  capabilities_baseline: {
    short: 'Only the default capabilities may be added.',
    full: 'Baseline allows securityContext.capabilities.add to hold only the runtime defaults minus NET_RAW (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT).',
    help: 'Remove the capability from `securityContext.capabilities.add`, or run the workload in a namespace whose Pod Security level allows it.',
    securitySeverity: 7.5,
  },
  hostNamespaces: {
    short: "The pod must not share the node's namespaces.",
    full: 'Baseline forbids hostNetwork, hostPID and hostIPC: they give the pod the network, processes or shared memory of the node.',
    help: 'Remove `hostNetwork`, `hostPID` and `hostIPC`, or set them to `false`.',
    securitySeverity: 8.0,
  },
  hostPathVolumes: {
    short: "The pod must not mount the node's file system.",
    full: 'Baseline forbids hostPath volumes: they expose directories of the node to the container.',
    help: 'Replace the `hostPath` volume with a `persistentVolumeClaim`, `emptyDir`, `configMap` or `secret`.',
    securitySeverity: 8.0,
  },
  hostPorts: {
    short: 'Containers must not open ports on the node.',
    full: 'Baseline forbids hostPort (other than 0): it binds a port of the node itself.',
    help: 'Remove `hostPort` and reach the container through a Service.',
    securitySeverity: 5.0,
  },
  hostProbesAndHostLifecycle: {
    short: 'Probes and lifecycle hooks must not point at another host.',
    full: 'Baseline forbids the host field of probes and lifecycle handlers: the kubelet would connect to that host on behalf of the pod.',
    help: 'Remove the `host` field of the probe or lifecycle handler.',
    securitySeverity: 5.0,
  },
  privileged: {
    short: 'Containers must not be privileged.',
    full: 'Baseline forbids securityContext.privileged: true: a privileged container holds every capability and reaches every device of the node.',
    help: 'Remove `privileged: true`, and add only the capabilities the container needs.',
    securitySeverity: 9.0,
  },
  procMount: {
    short: '/proc must stay masked.',
    full: 'Baseline forbids procMount other than Default: Unmasked exposes kernel interfaces in /proc.',
    help: 'Remove `procMount` or set it to `Default`.',
    securitySeverity: 6.0,
  },
  seLinuxOptions: {
    short: 'SELinux options must stay within the container types.',
    full: 'Baseline forbids setting the SELinux user or role, and allows only the container types.',
    help: 'Remove the SELinux `user` and `role`, and use `container_t`, `container_init_t`, `container_kvm_t` or `container_engine_t`.',
    securitySeverity: 6.0,
  },
  seccompProfile_baseline: {
    short: 'Seccomp must not be turned off.',
    full: 'Baseline forbids the Unconfined seccomp profile, which lets the container make every system call.',
    help: 'Set `seccompProfile.type` to `RuntimeDefault` or `Localhost`.',
    securitySeverity: 7.0,
  },
  sysctls: {
    short: 'Only the safe sysctls may be set.',
    full: 'Baseline allows only the namespaced sysctls Kubernetes lists as safe.',
    help: 'Remove the sysctl, or set it on the node.',
    securitySeverity: 5.0,
  },
  windowsHostProcess: {
    short: 'Windows HostProcess containers are not allowed.',
    full: 'Baseline forbids hostProcess: such a container runs with the rights of the Windows node.',
    help: 'Remove `hostProcess`.',
    securitySeverity: 9.0,
  },
  allowPrivilegeEscalation: {
    short: 'Containers must forbid privilege escalation.',
    full: 'Restricted requires securityContext.allowPrivilegeEscalation: false: unset, a setuid binary or file capabilities can give the process more than it started with.',
    help: 'Set `securityContext.allowPrivilegeEscalation: false` in the container (`podcaps fix` does).',
    securitySeverity: 6.0,
  },
  capabilities_restricted: {
    short: 'Containers must drop ALL and add at most NET_BIND_SERVICE.',
    full: 'Restricted requires securityContext.capabilities.drop to hold ALL, and add to hold nothing but NET_BIND_SERVICE.',
    help: 'Add `ALL` to `securityContext.capabilities.drop` and remove other entries of `add` (`podcaps fix` does).',
    securitySeverity: 6.0,
  },
  procMount_restricted: {
    short: '/proc must stay masked.',
    full: 'Restricted forbids procMount other than Default, user-namespaced pods included.',
    help: 'Remove `procMount` or set it to `Default`.',
    securitySeverity: 6.0,
  },
  restrictedVolumes: {
    short: 'Only the restricted volume types may be used.',
    full: 'Restricted allows configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret volumes.',
    help: 'Use one of the allowed volume types instead.',
    securitySeverity: 5.0,
  },
  runAsNonRoot: {
    short: 'Containers must run as a non-root user.',
    full: 'Restricted requires runAsNonRoot: true on the pod or on every container, so the kubelet refuses to start a process as uid 0.',
    help: "Set the pod's `securityContext.runAsNonRoot: true` (`podcaps fix` does) and make sure the image runs as a non-zero uid.",
    securitySeverity: 6.0,
  },
  runAsUser: {
    short: 'Containers must not run as uid 0.',
    full: 'Restricted forbids runAsUser: 0 on the pod or on a container.',
    help: 'Set `runAsUser` to a non-zero uid the image can run as.',
    securitySeverity: 6.0,
  },
  seccompProfile_restricted: {
    short: 'A seccomp profile must be set.',
    full: 'Restricted requires seccompProfile.type RuntimeDefault or Localhost, on the pod or on every container.',
    help: "Set the pod's `securityContext.seccompProfile.type: RuntimeDefault` (`podcaps fix` does).",
    securitySeverity: 5.0,
  },
};

/** Inspect warning codes, with severities as the core gives them (danger, warning, info). */
const WARNINGS: Readonly<Record<WarningCode, Text>> = {
  'windows-capabilities': {
    short: 'Capabilities on a Windows pod.',
    full: 'The API server rejects securityContext.capabilities on a pod with spec.os.name: windows.',
    help: 'Remove `securityContext.capabilities` from the container.',
    securitySeverity: 3.0,
  },
  privileged: {
    short: 'A privileged container.',
    full: 'The process holds every capability and reaches every device of the node; what that means on the simulated runtime is in the message.',
    help: 'Remove `privileged: true` and add only the capabilities the container needs.',
    securitySeverity: 9.0,
  },
  'add-all': {
    short: 'Every capability is added.',
    full: 'capabilities.add: [ALL] grants all 41 capabilities, which is close to a privileged container.',
    help: 'Replace `ALL` in `add` with the capabilities the container needs.',
    securitySeverity: 8.5,
  },
  'cap-prefix': {
    short: 'A capability written with the CAP_ prefix.',
    full: 'containerd looks for CAP_CAP_X and grants or drops nothing; CRI-O and Docker accept it; Pod Security rejects it.',
    help: 'Write the name without `CAP_` (`NET_ADMIN`, not `CAP_NET_ADMIN`).',
    securitySeverity: 4.0,
  },
  'not-uppercase': {
    short: 'A capability name not in upper case.',
    full: 'Runtimes accept net_admin or All, but Pod Security compares exact names and rejects them.',
    help: 'Write the name in upper case (`NET_ADMIN`, `ALL`).',
    securitySeverity: 4.0,
  },
  'unknown-capability': {
    short: 'A name that is not one of the 41 capabilities.',
    full: 'containerd ignores it; CRI-O and Docker refuse to start the container.',
    help: 'Correct the spelling, or remove the entry.',
    securitySeverity: 4.0,
  },
  'unavailable-capability': {
    short: 'A capability this node cannot grant.',
    full: 'One of the 41, but the kernel ends before it (BPF before Linux 5.8) or Docker 20.10 does not know it: runc skips it, CRI-O and Docker refuse the container.',
    help: 'Remove the entry, or run the workload on a newer kernel or runtime.',
    securitySeverity: 4.0,
  },
  'add-and-drop': {
    short: 'One capability both added and dropped.',
    full: 'containerd and CRI-O drop it, Docker adds it: the container differs between runtimes.',
    help: 'Keep the name in one of the two lists.',
    securitySeverity: 4.0,
  },
  'ineffective-for-non-root': {
    short: 'Added capabilities a non-root user never receives.',
    full: 'The process does not run as root, so capabilities in the bounding set never become effective without file capabilities or ambient capabilities.',
    help: 'Give the binary file capabilities, or run as root with the capability; the message says what works.',
    securitySeverity: 2.0,
  },
  'dangerous-capability': {
    short: 'A capability on the documented dangerous list.',
    full: 'The capability lets the container harm the node or other tenants; the message says how.',
    help: 'Remove it from `add` unless the workload cannot run without it.',
    securitySeverity: 8.0,
  },
  'net-raw-granted': {
    short: 'NET_RAW from the runtime defaults is not dropped.',
    full: 'NET_RAW allows raw sockets (ARP and DNS spoofing on the pod network) and comes with the runtime defaults.',
    help: 'Add `NET_RAW` (or `ALL`) to `securityContext.capabilities.drop`.',
    securitySeverity: 5.0,
  },
  'no-drop-all': {
    short: 'The container does not drop ALL.',
    full: 'Starting from capabilities.drop: [ALL] and adding back what is needed keeps the container to what it uses.',
    help: 'Add `ALL` to `securityContext.capabilities.drop` and add back what the container needs.',
    securitySeverity: 2.0,
  },
  'low-port-denied': {
    short: 'A declared port below 1024 the process cannot bind on this node.',
    full: 'The process holds no effective NET_BIND_SERVICE and the node sets no unprivileged-port sysctl for the pod (containerd 2.0 and newer do; CRI-O and containerd 1.x do not).',
    help: 'Listen on 1024 or above and map the port in the Service, or set the pod sysctl `net.ipv4.ip_unprivileged_port_start`.',
    securitySeverity: 2.0,
  },
  'user-namespace': {
    short: 'The pod runs in its own user namespace (hostUsers: false).',
    full: 'The capability sets are unchanged but act only on what the pod owns; some capabilities then do nothing. Before Kubernetes 1.33 the API server drops the field.',
    help: 'Nothing to fix: read which capabilities still act outside the pod.',
    securitySeverity: 1.0,
  },
};

function rule(id: string, text: Text | undefined): Rule {
  return {
    id,
    ...(text ?? {
      short: id,
      full: id,
      help: 'See the Pod Security Standards.',
      securitySeverity: 5.0,
    }),
  };
}

/** The rule of a Pod Security check ID. */
export function checkRule(id: string): Rule {
  const found = rule(id, CHECKS[id]);
  return { ...found, help: `${found.help} See ${PSS}.` };
}

/** The rule of an inspect warning code. */
export function warningRule(code: WarningCode): Rule {
  return rule(code, WARNINGS[code]);
}

/** Every Pod Security check ID a rule is written for, for the docs and their test. */
export const CHECK_RULE_IDS: readonly string[] = Object.keys(CHECKS);
