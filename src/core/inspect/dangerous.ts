/**
 * Capabilities that let a container harm the node or other tenants, each with the reason.
 * Every capability the catalog rates high or critical is here (a test holds the two together),
 * plus LINUX_IMMUTABLE and SYSLOG, which are rated medium but have a documented abuse.
 */
export const DANGEROUS_CAPABILITIES: Readonly<Record<string, string>> = {
  SYS_ADMIN:
    'it is close to full root: mount file systems, create namespaces, use BPF and many device ioctls; most known container escapes (cgroup release_agent, mounting the host disk) start from it',
  SYS_MODULE:
    'it loads kernel modules, which run arbitrary code in the host kernel: a direct host takeover',
  SYS_PTRACE:
    'it traces and injects code into any process the container can see, which with a shared PID namespace includes the host',
  SYS_RAWIO:
    'it gives raw access to I/O ports, /dev/mem and block devices, bypassing every kernel check on them',
  NET_ADMIN:
    "it reconfigures the pod's network: interfaces, routes and firewall rules, so traffic can be redirected or sniffed, and with hostNetwork the node's own network",
  BPF: 'it loads BPF programs, which can read kernel memory and, with PERFMON or NET_ADMIN, trace or rewrite traffic and processes host-wide',
  PERFMON:
    'it opens perf events that observe the host kernel and other processes, and has been used to leak kernel addresses',
  DAC_READ_SEARCH:
    'it bypasses read permission on every file and allows open_by_handle_at, the call the "shocker" exploit used to read host files from a container',
  SYS_BOOT: 'it reboots the node or loads a new kernel with kexec',
  SYS_TIME: 'it sets the system clock, which is shared by the whole node and every pod on it',
  MAC_ADMIN:
    'it changes the mandatory access control policy (AppArmor, SELinux, Smack) that confines the container',
  MAC_OVERRIDE:
    'it overrides mandatory access control, the layer meant to hold a compromised container',
  LINUX_IMMUTABLE:
    'it clears the immutable and append-only attributes, so protected files and audit trails can be altered',
  AUDIT_CONTROL: 'it changes or disables kernel auditing, which hides what the container does',
  SYSLOG: 'it reads the kernel log, which leaks kernel addresses that defeat KASLR',
  CHECKPOINT_RESTORE:
    "it checkpoints and restores processes: choose PIDs and read other processes' memory maps",
};

/** The reason `name` (a Kubernetes name, `NET_ADMIN`) is dangerous, or undefined when it is not listed. */
export function dangerReason(name: string): string | undefined {
  return Object.hasOwn(DANGEROUS_CAPABILITIES, name) ? DANGEROUS_CAPABILITIES[name] : undefined;
}
