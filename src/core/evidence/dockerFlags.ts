/**
 * Which `docker run` / `podman run` options take a value. Needed to find the image: in
 * `docker run -e X ubuntu`, `X` belongs to `-e`, and `ubuntu` is the image. Taken from the
 * reference pages (docs.docker.com/reference/cli/docker/container/run/ and
 * docs.podman.io/en/latest/markdown/podman-run.1.html); a switch is any option not listed here.
 */

// prettier-ignore
const DOCKER_VALUE_FLAGS = [
  'add-host', 'annotation', 'attach', 'blkio-weight', 'blkio-weight-device', 'cap-add', 'cap-drop',
  'cgroup-parent', 'cgroupns', 'cidfile', 'cpu-count', 'cpu-percent', 'cpu-period', 'cpu-quota',
  'cpu-rt-period', 'cpu-rt-runtime', 'cpu-shares', 'cpus', 'cpuset-cpus', 'cpuset-mems',
  'detach-keys', 'device', 'device-cgroup-rule', 'device-read-bps', 'device-read-iops',
  'device-write-bps', 'device-write-iops', 'dns', 'dns-opt', 'dns-option', 'dns-search',
  'domainname', 'entrypoint', 'env', 'env-file', 'expose', 'gpus', 'group-add', 'health-cmd',
  'health-interval', 'health-retries', 'health-start-interval', 'health-start-period',
  'health-timeout', 'hostname', 'io-maxbandwidth', 'io-maxiops', 'ip', 'ip6', 'ipc', 'isolation',
  'kernel-memory', 'label', 'label-file', 'link', 'link-local-ip', 'log-driver', 'log-opt',
  'mac-address', 'memory', 'memory-reservation', 'memory-swap', 'memory-swappiness', 'mount',
  'name', 'net', 'net-alias', 'network', 'network-alias', 'oom-score-adj', 'pid', 'pids-limit',
  'platform', 'publish', 'pull', 'restart', 'runtime', 'security-opt', 'shm-size', 'stop-signal',
  'stop-timeout', 'storage-opt', 'sysctl', 'tmpfs', 'ulimit', 'user', 'userns', 'uts', 'volume',
  'volume-driver', 'volumes-from', 'workdir',
] as const;

// Podman's own options that take a value (its switches need no entry).
// prettier-ignore
const PODMAN_VALUE_FLAGS = [
  'arch', 'authfile', 'blkio-weight-device', 'cert-dir', 'cgroup-conf', 'cgroups', 'chrootdirs',
  'conmon-pidfile', 'creds', 'decryption-key', 'device-cgroup-rule', 'env-merge', 'gidmap',
  'group-entry', 'health-log-destination', 'health-max-log-count', 'health-max-log-size',
  'health-on-failure', 'health-startup-cmd', 'health-startup-interval', 'health-startup-retries',
  'health-startup-success', 'health-startup-timeout', 'hostuser', 'image-volume', 'init-path',
  'log-opt', 'mask', 'os', 'passwd-entry', 'personality', 'pidfile', 'pod', 'pod-id-file',
  'preserve-fd', 'preserve-fds', 'rdt-class', 'requires', 'retry', 'retry-delay', 'sdnotify',
  'seccomp-policy', 'secret', 'shm-size-systemd', 'subgidname', 'subuidname', 'systemd', 'timeout',
  'tz', 'uidmap', 'umask', 'unmask', 'unsetenv', 'variant',
] as const;

/** Short options that take a value, with their long names. */
const SHORT_VALUE: Readonly<Record<string, string>> = {
  a: 'attach',
  c: 'cpu-shares',
  e: 'env',
  h: 'hostname',
  l: 'label',
  m: 'memory',
  p: 'publish',
  u: 'user',
  v: 'volume',
  w: 'workdir',
};

/** Short switches, with their long names (for notes). */
const SHORT_SWITCH: Readonly<Record<string, string>> = {
  d: 'detach',
  i: 'interactive',
  t: 'tty',
  P: 'publish-all',
  q: 'quiet',
};

const VALUE_FLAGS: ReadonlySet<string> = new Set<string>([
  ...DOCKER_VALUE_FLAGS,
  ...PODMAN_VALUE_FLAGS,
]);

/** Whether the long option `--NAME` takes a value. */
export function longTakesValue(name: string): boolean {
  return VALUE_FLAGS.has(name);
}

/** The long name of short option `-C`, and whether it takes a value; undefined when unknown. */
export function shortOption(letter: string): { long: string; value: boolean } | undefined {
  if (Object.hasOwn(SHORT_VALUE, letter)) return { long: SHORT_VALUE[letter]!, value: true };
  if (Object.hasOwn(SHORT_SWITCH, letter)) return { long: SHORT_SWITCH[letter]!, value: false };
  return undefined;
}
