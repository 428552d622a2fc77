import type { CapabilityInfo, RiskLevel } from './model.ts';

/** Highest capability number on the simulated host (kernel 5.9+: CAP_CHECKPOINT_RESTORE). */
export const CAP_LAST_CAP = 40;

type Row = readonly [name: string, since: string, risk: RiskLevel, summary: string];

// Index = capability number (moby/sys/capability enum.go); kernel versions per RUNTIME-SEMANTICS §9.
// Risk reflects what a container holding the capability can do to the node or other tenants:
// critical = a known path to full host compromise; high = breaks isolation or other workloads;
// medium = powerful inside the container or against the network; low = routine, in the defaults.
const ROWS: readonly Row[] = [
  ['CHOWN', '2.2', 'low', 'Change the owner and group of any file, whoever owns it.'],
  [
    'DAC_OVERRIDE',
    '2.2',
    'medium',
    'Read, write and execute any file regardless of its permission bits.',
  ],
  [
    'DAC_READ_SEARCH',
    '2.2',
    'high',
    'Read any file and list any directory; with open_by_handle_at it has been used to escape containers.',
  ],
  [
    'FOWNER',
    '2.2',
    'low',
    'Act as the owner of any file: chmod, set times, change ACLs and flags.',
  ],
  [
    'FSETID',
    '2.2',
    'low',
    'Keep the set-user-ID and set-group-ID bits when a file is modified or chowned.',
  ],
  ['KILL', '2.2', 'low', 'Send signals to processes of other users in the same PID namespace.'],
  [
    'SETGID',
    '2.2',
    'medium',
    'Switch to any group ID and set supplementary groups (what su and login need).',
  ],
  [
    'SETUID',
    '2.2',
    'medium',
    'Switch to any user ID, including root (what su, sudo and login need).',
  ],
  [
    'SETPCAP',
    '2.2',
    'medium',
    'Drop capabilities from the bounding set and grant inheritable capabilities it holds.',
  ],
  [
    'LINUX_IMMUTABLE',
    '2.2',
    'medium',
    'Set or clear the immutable and append-only file attributes.',
  ],
  ['NET_BIND_SERVICE', '2.2', 'low', 'Listen on privileged ports below 1024, such as 80 and 443.'],
  [
    'NET_BROADCAST',
    '2.2',
    'low',
    'Send broadcasts and listen to multicast (unused by current kernels).',
  ],
  [
    'NET_ADMIN',
    '2.2',
    'high',
    'Configure the network namespace: interfaces, routes, firewall rules, promiscuous mode.',
  ],
  [
    'NET_RAW',
    '2.2',
    'medium',
    'Open raw and packet sockets: ping, packet capture, and crafted or spoofed packets.',
  ],
  [
    'IPC_LOCK',
    '2.2',
    'medium',
    'Lock memory so it is never swapped out (mlock, huge pages) beyond the usual limit.',
  ],
  [
    'IPC_OWNER',
    '2.2',
    'medium',
    'Bypass permission checks on System V IPC objects (shared memory, queues, semaphores).',
  ],
  [
    'SYS_MODULE',
    '2.2',
    'critical',
    'Load and unload kernel modules: arbitrary code in the host kernel.',
  ],
  [
    'SYS_RAWIO',
    '2.2',
    'critical',
    'Raw I/O: access /dev/mem, I/O ports and raw block devices, bypassing the kernel.',
  ],
  ['SYS_CHROOT', '2.2', 'low', 'Call chroot and switch mount namespaces with setns.'],
  [
    'SYS_PTRACE',
    '2.2',
    'critical',
    'Trace and inject code into any process it can see, and read its memory.',
  ],
  ['SYS_PACCT', '2.2', 'medium', 'Turn process accounting on or off.'],
  [
    'SYS_ADMIN',
    '2.2',
    'critical',
    'A catch-all of administration rights: mount, namespaces, BPF and more; close to full root.',
  ],
  ['SYS_BOOT', '2.2', 'high', 'Reboot the machine or load a new kernel with kexec.'],
  [
    'SYS_NICE',
    '2.2',
    'medium',
    'Raise process priority, use real-time scheduling and set CPU affinity of other processes.',
  ],
  [
    'SYS_RESOURCE',
    '2.2',
    'medium',
    'Exceed resource limits and quotas, and use reserved disk space.',
  ],
  ['SYS_TIME', '2.2', 'high', 'Set the system clock, which is shared with the whole host.'],
  ['SYS_TTY_CONFIG', '2.2', 'medium', 'Configure terminals with vhangup and privileged ioctls.'],
  [
    'MKNOD',
    '2.4',
    'low',
    'Create device files with mknod (the device cgroup still limits their use).',
  ],
  ['LEASE', '2.4', 'low', 'Take file leases on files the process does not own.'],
  [
    'AUDIT_WRITE',
    '2.6.11',
    'low',
    'Write records to the kernel audit log (what login and sshd do).',
  ],
  ['AUDIT_CONTROL', '2.6.11', 'high', 'Enable or disable kernel auditing and change its rules.'],
  ['SETFCAP', '2.6.24', 'medium', 'Set file capabilities on executables, e.g. with setcap.'],
  ['MAC_OVERRIDE', '2.6.25', 'high', 'Override mandatory access control such as Smack.'],
  [
    'MAC_ADMIN',
    '2.6.25',
    'high',
    'Change mandatory access control policy or configuration (Smack, AppArmor).',
  ],
  ['SYSLOG', '2.6.37', 'medium', 'Read and clear the kernel log, which can leak kernel addresses.'],
  ['WAKE_ALARM', '3.0', 'low', 'Set alarms that wake the system from suspend.'],
  ['BLOCK_SUSPEND', '3.5', 'low', 'Keep the system from suspending (epoll wake-up events).'],
  ['AUDIT_READ', '3.16', 'medium', 'Read the audit log through a multicast netlink socket.'],
  [
    'PERFMON',
    '5.8',
    'high',
    'Use perf events and other performance monitoring, which can observe the host kernel.',
  ],
  [
    'BPF',
    '5.8',
    'critical',
    'Load BPF programs and create maps; with PERFMON or NET_ADMIN can inspect or alter the kernel.',
  ],
  [
    'CHECKPOINT_RESTORE',
    '5.9',
    'high',
    "Checkpoint and restore processes: choose PIDs, read other processes' state.",
  ],
];

/** All 41 capabilities, indexed by number (CAPABILITIES[n].number === n). */
export const CAPABILITIES: readonly CapabilityInfo[] = ROWS.map(
  ([name, since, risk, summary], number) => ({
    number,
    name,
    capName: `cap_${name.toLowerCase()}`,
    since,
    summary,
    risk,
  }),
);

const BY_NAME: ReadonlyMap<string, CapabilityInfo> = new Map(CAPABILITIES.map((c) => [c.name, c]));

/**
 * Looks a capability up by its exact Kubernetes spelling (`NET_ADMIN`).
 * Exact on purpose: runtimes disagree on case and prefix, so normalisation belongs to each runtime.
 */
export function capabilityByName(name: string): CapabilityInfo | undefined {
  return BY_NAME.get(name);
}

/** Looks a capability up by number; undefined outside 0..40. */
export function capabilityByNumber(n: number): CapabilityInfo | undefined {
  return CAPABILITIES[n];
}
