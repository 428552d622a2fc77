/**
 * What stops working when a runtime default is dropped: the note the checklist shows beside each
 * default capability, so that "drop ALL, add back what you need" is an informed choice.
 * Covers the union of the runtimes' defaults (a test holds it to the runtime profiles).
 */
export const BREAKS_WITHOUT: Readonly<Record<string, string>> = {
  CHOWN: 'chown and chgrp of files the process does not own, as entrypoints often do on volumes',
  DAC_OVERRIDE:
    "root reading or writing files whose permission bits exclude it (another user's files, 0600 secrets)",
  FSETID: 'keeping set-user-ID and set-group-ID bits when such files are written or chowned',
  FOWNER: "chmod, touch and setfacl on files owned by another user, e.g. files of a volume's owner",
  MKNOD: 'creating device files with mknod (rare outside image builds)',
  NET_RAW: 'ping, traceroute, arping and packet capture (tcpdump), which need raw sockets',
  SETGID:
    'switching groups: su, gosu, su-exec, and servers (nginx, apache) whose workers change group',
  SETUID:
    'switching users: su, sudo, gosu, su-exec, and nginx or apache worker processes dropping root',
  SETFCAP: 'setcap and installing packages that give files capabilities',
  SETPCAP:
    'a process dropping capabilities from its own bounding set, as capsh --drop and some supervisors do',
  NET_BIND_SERVICE: 'listening on ports below 1024 (80, 443) as root',
  SYS_CHROOT: 'chroot, used by some package tools, build scripts and sshd privilege separation',
  KILL: "signalling other users' processes, e.g. a root supervisor stopping its non-root workers",
  AUDIT_WRITE:
    'login, sshd, su and sudo writing audit records; some of them fail outright without it',
};

/** What breaks without capability `name` (a Kubernetes name), or undefined when no default holds it. */
export function breaksWithout(name: string): string | undefined {
  return Object.hasOwn(BREAKS_WITHOUT, name) ? BREAKS_WITHOUT[name] : undefined;
}
