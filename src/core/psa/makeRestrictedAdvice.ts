/**
 * What "Make restricted" leaves to the user: each remaining restricted violation as one sentence
 * that says what is wrong in plain words, PSA's own detail (what `kubectl` would print), and what
 * to do about it. Podcaps does not change these itself because the right answer depends on what the
 * workload needs (a node's directory, the node's network, a uid the image can run as, ...).
 */
import type { PsaViolation } from './types.ts';

interface Advice {
  /** What the pod does, in plain words. */
  readonly what: string;
  /** What the user can do about it. */
  readonly todo: string;
}

// Fixed automatically unless the node could not be edited in place, which is the only way these
// remain after "Make restricted".
const BY_HAND =
  'Podcaps could not change this part of the text in place (it is an alias or a value of an unexpected type); change it by hand.';

const ADVICE: Readonly<Record<string, Advice>> = {
  appArmorProfile: {
    what: 'Turns AppArmor off',
    todo: 'Remove the Unconfined AppArmor profile or annotation, or use RuntimeDefault or a Localhost profile.',
  },
  hostNamespaces: {
    what: "Shares the node's namespaces",
    todo: "Remove these fields if the workload can run without the node's network, processes or shared memory.",
  },
  hostPathVolumes: {
    what: "Mounts a directory of the node's file system",
    todo: 'Replace the hostPath volume with a persistentVolumeClaim, emptyDir, configMap or secret.',
  },
  restrictedVolumes: {
    what: 'Uses a volume type that restricted forbids',
    todo: 'Use a persistentVolumeClaim, emptyDir, configMap, secret, projected, downwardAPI, csi, ephemeral or image volume instead.',
  },
  hostPorts: {
    what: 'Opens a port on the node itself',
    todo: 'Remove hostPort and reach the container through a Service instead.',
  },
  hostProbesAndHostLifecycle: {
    what: 'Points a probe or lifecycle hook at another host',
    todo: 'Remove the host field, so the kubelet connects to the pod itself.',
  },
  procMount: {
    what: 'Unmasks /proc',
    todo: 'Remove procMount or set it to Default.',
  },
  procMount_restricted: {
    what: 'Unmasks /proc',
    todo: 'Remove procMount or set it to Default.',
  },
  seLinuxOptions: {
    what: 'Sets SELinux options that restricted forbids',
    todo: 'Remove the SELinux user and role, and use one of the container types.',
  },
  sysctls: {
    what: 'Sets kernel parameters (sysctls) that are not isolated per pod',
    todo: 'Remove them, or set them on the node instead.',
  },
  windowsHostProcess: {
    what: "Runs as a Windows HostProcess container, with the node's own rights",
    todo: 'Only the privileged level allows it; remove hostProcess if the workload can run without it.',
  },
  runAsUser: {
    what: 'Runs as root (uid 0) on purpose',
    todo: 'Set runAsUser to a non-zero uid the image can run as; with runAsNonRoot=true the kubelet refuses to start a container as uid 0.',
  },
  allowPrivilegeEscalation: { what: 'Allows privilege escalation', todo: BY_HAND },
  capabilities_baseline: { what: 'Adds capabilities beyond the defaults', todo: BY_HAND },
  capabilities_restricted: {
    what: 'Keeps more capabilities than restricted allows',
    todo: BY_HAND,
  },
  privileged: { what: 'Runs a privileged container', todo: BY_HAND },
  runAsNonRoot: { what: 'May run as root', todo: BY_HAND },
  seccompProfile_baseline: { what: 'Turns seccomp off', todo: BY_HAND },
  seccompProfile_restricted: { what: 'Runs without a seccomp profile', todo: BY_HAND },
};

/**
 * One sentence for a violation that remains after "Make restricted":
 * `<what it does> (<PSA's detail>). <what to do>`.
 */
export function adviceFor(violation: PsaViolation): string {
  const advice = ADVICE[violation.checkId];
  const detail = violation.detail ? ` (${violation.detail})` : '';
  if (!advice) return `${violation.reason}${detail}.`;
  return `${advice.what}${detail}. ${advice.todo}`;
}
