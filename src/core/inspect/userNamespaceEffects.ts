/**
 * What a capability still does when the pod runs in its own user namespace (`hostUsers: false`).
 * The kernel asks for these with capable(), against the initial user namespace, so inside a pod's
 * user namespace they do nothing (kubernetes.io "User Namespaces": "CAP_SYS_MODULE does not have any
 * effect"): e.g. kernel/module may_init_module, kernel/time settimeofday via cap_settime,
 * drivers/char/mem open_port, kernel/bpf syscall bpf_capable, kernel/events perfmon_capable,
 * security/apparmor and selinux policy loading, kernel/audit audit_netlink_ok.
 */
export const NO_EFFECT_IN_USER_NAMESPACE: ReadonlySet<string> = new Set([
  'SYS_MODULE',
  'SYS_TIME',
  'SYS_RAWIO',
  'SYS_BOOT',
  'MAC_ADMIN',
  'MAC_OVERRIDE',
  'AUDIT_CONTROL',
  'AUDIT_READ',
  'SYSLOG',
  'LINUX_IMMUTABLE',
  'BPF',
  'PERFMON',
  'WAKE_ALARM',
  'BLOCK_SUSPEND',
]);

/**
 * Capabilities the kernel checks with ns_capable() against the namespace that owns the resource:
 * in a user-namespace pod they act only on the pod's own mounts, network, processes and files
 * ("CAP_SYS_ADMIN is limited to the pod's user namespace"); the host namespaces they would reach
 * are Forbidden with hostUsers: false.
 */
export const LIMITED_TO_USER_NAMESPACE: ReadonlySet<string> = new Set([
  'SYS_ADMIN',
  'NET_ADMIN',
  'SYS_PTRACE',
  'DAC_READ_SEARCH',
  'CHECKPOINT_RESTORE',
]);
