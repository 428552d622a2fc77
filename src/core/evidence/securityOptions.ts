/**
 * `--user`, `--group-add` and `--security-opt` turned into securityContext fields
 * (docs.docker.com/reference/cli/docker/container/run/#security-opt; Kubernetes
 * SecurityContext/PodSecurityContext).
 */
import type { DockerSpec } from './dockerSpec.ts';

/** A seccomp or AppArmor profile as Kubernetes writes it. */
export interface ProfileField {
  readonly type: 'RuntimeDefault' | 'Unconfined' | 'Localhost';
  readonly localhostProfile?: string;
}

/** The identity and security fields of one container, with a note per decision. */
export interface SecurityFields {
  runAsUser?: number;
  runAsGroup?: number;
  supplementalGroups: number[];
  noNewPrivileges: boolean;
  seccompProfile?: ProfileField;
  appArmorProfile?: ProfileField;
  notes: string[];
}

const NUMBER = /^\d+$/;

function readUser(spec: DockerSpec, out: SecurityFields): void {
  if (spec.user === undefined || spec.user === '') return;
  const [user = '', group] = spec.user.split(':');
  // "root" is uid 0 in every image; any other name depends on the image's /etc/passwd.
  if (NUMBER.test(user) || user === 'root') out.runAsUser = user === 'root' ? 0 : Number(user);
  else {
    out.notes.push(
      `user "${user}" is a name: Kubernetes takes only numbers (runAsUser), and the uid depends on the image's /etc/passwd; left out, so the container runs as the image's USER — set runAsUser to that uid`,
    );
  }
  if (group === undefined || group === '') return;
  if (NUMBER.test(group) || group === 'root') out.runAsGroup = group === 'root' ? 0 : Number(group);
  else {
    out.notes.push(
      `group "${group}" is a name: Kubernetes takes only numbers (runAsGroup); left out — set runAsGroup to its gid from the image's /etc/group`,
    );
  }
}

function readGroups(spec: DockerSpec, out: SecurityFields): void {
  for (const g of spec.groupAdd) {
    if (NUMBER.test(g)) {
      if (!out.supplementalGroups.includes(Number(g))) out.supplementalGroups.push(Number(g));
    } else {
      out.notes.push(
        `group "${g}" is a name: supplementalGroups takes only numbers; left out — add its gid from the image's /etc/group`,
      );
    }
  }
}

// Docker takes `seccomp=x` and the older `seccomp:x` alike.
function splitOpt(opt: string): [string, string | undefined] {
  const m = /^([a-z-]+)[=:](.*)$/.exec(opt);
  return m ? [m[1]!, m[2]!] : [opt, undefined];
}

function basename(path: string): string {
  return path.split('/').pop() ?? path;
}

function readSecurityOpts(spec: DockerSpec, out: SecurityFields): void {
  for (const opt of spec.securityOpt) {
    const [key, value] = splitOpt(opt);
    if (key === 'no-new-privileges') {
      if (value === undefined || value === 'true') out.noNewPrivileges = true;
      else if (value !== 'false') out.notes.push(`security-opt ${opt}: not true or false; ignored`);
    } else if (key === 'seccomp' && value !== undefined) {
      if (value === 'unconfined') out.seccompProfile = { type: 'Unconfined' };
      else if (value === 'builtin') out.seccompProfile = { type: 'RuntimeDefault' };
      else {
        out.seccompProfile = { type: 'Localhost', localhostProfile: basename(value) };
        out.notes.push(
          `seccomp=${value}: a profile file on the Docker host; Kubernetes loads Localhost profiles from the node's kubelet seccomp directory (/var/lib/kubelet/seccomp/${basename(value)}): copy it there`,
        );
      }
    } else if (key === 'apparmor' && value !== undefined) {
      if (value === 'unconfined') out.appArmorProfile = { type: 'Unconfined' };
      else if (value === 'docker-default') out.appArmorProfile = { type: 'RuntimeDefault' };
      else {
        out.appArmorProfile = { type: 'Localhost', localhostProfile: value };
        out.notes.push(
          `apparmor=${value}: a Localhost profile must be loaded on every node that may run the pod (appArmorProfile needs Kubernetes 1.30+)`,
        );
      }
    } else {
      out.notes.push(
        `security-opt ${opt}: not imported (it does not change capabilities; SELinux labels go in seLinuxOptions by hand)`,
      );
    }
  }
}

/** The identity and security fields `spec` asks for. */
export function securityFields(spec: DockerSpec): SecurityFields {
  const out: SecurityFields = { supplementalGroups: [], noNewPrivileges: false, notes: [] };
  readUser(spec, out);
  readGroups(spec, out);
  readSecurityOpts(spec, out);
  if (spec.privileged) {
    if (out.noNewPrivileges) {
      out.noNewPrivileges = false;
      out.notes.push(
        'no-new-privileges with privileged: the API server refuses allowPrivilegeEscalation: false together with privileged: true; left out',
      );
    }
  } else if (out.seccompProfile === undefined) {
    // Docker confines every unprivileged container with its default seccomp profile; Kubernetes
    // runs Unconfined unless asked (or the kubelet's --seccomp-default is on).
    out.seccompProfile = { type: 'RuntimeDefault' };
    out.notes.push(
      `seccompProfile RuntimeDefault: ${spec.engine} applies its default seccomp profile, Kubernetes does not unless asked`,
    );
  }
  return out;
}
