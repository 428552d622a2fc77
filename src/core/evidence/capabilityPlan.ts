/**
 * Docker's capability rules turned into a Kubernetes `capabilities` block that grants the same set
 * on containerd and on CRI-O (RUNTIME-SEMANTICS §3–§5, §17).
 *
 * Docker (moby daemon/pkg/oci/caps/utils.go TweakCapabilities): privileged ignores the lists; add ALL
 * gives all but the individual drops (beating drop ALL); drop ALL gives only the adds; otherwise
 * (defaults − drops) + adds, so a name in both lists is granted (**add wins**). containerd and CRI-O
 * apply adds and then drops (**drop wins**) on top of their own defaults: 14 names on containerd,
 * the same as Docker's, but 9 on CRI-O. kompose copies the lists one to one and so changes what the
 * container can do (kubernetes/kompose#575). We write the lists so that both CRI runtimes end with
 * exactly Docker's set:
 * - names canonical (`NET_ADMIN`): containerd prepends `CAP_` to whatever it gets, so `CAP_NET_ADMIN`
 *   becomes `CAP_CAP_NET_ADMIN`, which runc skips;
 * - a name in both lists only in `add`;
 * - the defaults CRI-O lacks and Docker grants (AUDIT_WRITE, MKNOD, NET_RAW, SETFCAP, SYS_CHROOT,
 *   unless dropped) added explicitly, always: a container moved from Docker keeps them on any node.
 *   Where the engine grants fewer than containerd (Podman), the surplus is dropped explicitly.
 */
import { capabilityByName, CAPABILITIES } from '../capabilityCatalog.ts';
import { hasCap, maskToNames, namesToMask } from '../capmask.ts';
import type { CapMask } from '../model.ts';
import { CONTAINERD_DEFAULTS } from '../runtimes/containerd.ts';
import { CRIO_DEFAULTS } from '../runtimes/crio.ts';
import { isAll } from '../runtimes/names.ts';
import { type DockerSpec, type Engine, ImportError } from './dockerSpec.ts';

/**
 * Podman's default set (containers/common pkg/config/default.go DefaultCapabilities since
 * Podman 4.0, which removed AUDIT_WRITE, MKNOD and NET_RAW). Docker's is containerd's 14 (moby
 * daemon/pkg/oci/caps/defaults.go).
 */
export const PODMAN_DEFAULTS: CapMask = namesToMask([
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

/** The engine's default capability set. */
export function engineDefaults(engine: Engine): CapMask {
  return engine === 'podman' ? PODMAN_DEFAULTS : CONTAINERD_DEFAULTS;
}

/** What to write in the container's securityContext. */
export interface CapabilityPlan {
  readonly privileged: boolean;
  readonly add: readonly string[];
  readonly drop: readonly string[];
  /** The bounding set the engine gives (what the lists reproduce). */
  readonly granted: CapMask;
  /** One sentence per decision. */
  readonly notes: readonly string[];
}

interface ReadList {
  all: boolean;
  /** Canonical names, first spelling wins, in the order written. */
  names: string[];
  renamed: string[];
}

// NormalizeLegacyCapabilities: upper-case, accept an optional CAP_ prefix; anything else is refused.
function readList(spec: DockerSpec, written: readonly string[], flag: string): ReadList {
  const out: ReadList = { all: false, names: [], renamed: [] };
  for (const raw of written) {
    if (isAll(raw)) {
      out.all = true;
      continue;
    }
    const upper = raw.toUpperCase();
    const bare = upper.startsWith('CAP_') ? upper.slice(4) : upper;
    const cap = capabilityByName(bare);
    if (!cap) {
      throw new ImportError(
        `${spec.where}: ${spec.engine} would refuse ${flag} ${raw}: unknown capability: "CAP_${bare}"`,
      );
    }
    if (raw !== cap.name) out.renamed.push(`${raw} → ${cap.name}`);
    if (!out.names.includes(cap.name)) out.names.push(cap.name);
  }
  return out;
}

const byNumber = (a: string, b: string): number =>
  (capabilityByName(a)?.number ?? 0) - (capabilityByName(b)?.number ?? 0);

/** The Kubernetes capability lists (or privileged) that keep what `spec` had under its engine. */
export function planCapabilities(spec: DockerSpec): CapabilityPlan {
  const flags = spec.source === 'run' ? ['--cap-add', '--cap-drop'] : ['cap_add', 'cap_drop'];
  const [addFlag, dropFlag] = flags as [string, string];
  const notes: string[] = [];
  const add = readList(spec, spec.capAdd, addFlag);
  const drop = readList(spec, spec.capDrop, dropFlag);
  const renamed = [...add.renamed, ...drop.renamed];
  if (renamed.length > 0) {
    notes.push(
      `capability names written as Kubernetes spells them (${renamed.join(', ')}): containerd prepends CAP_ to every name, so CAP_NET_ADMIN would become CAP_CAP_NET_ADMIN and grant nothing`,
    );
  }
  const all = namesToMask(CAPABILITIES.map((c) => c.name));

  if (spec.privileged) {
    if (spec.capAdd.length + spec.capDrop.length > 0) {
      notes.push(
        `privileged: ${spec.engine} ignores ${addFlag}/${dropFlag} for a privileged container, and so do containerd and CRI-O; left out`,
      );
    }
    return { privileged: true, add: [], drop: [], granted: all, notes };
  }

  const addMask = namesToMask(add.names);
  const dropMask = namesToMask(drop.names);
  if (add.all) {
    if (drop.all) {
      notes.push(
        `${addFlag} ALL with ${dropFlag} ALL: ${spec.engine} grants everything (add ALL wins), the CRI runtimes would grant only the individual adds; wrote add: [ALL] without drop: [ALL]`,
      );
    }
    const granted = all & ~dropMask;
    return { privileged: false, add: ['ALL'], drop: drop.names, granted, notes };
  }
  if (drop.all) {
    const both = drop.names.filter((n) => hasCap(addMask, capabilityByName(n)!.number));
    if (drop.names.length > 0) {
      notes.push(
        `${dropFlag} ALL: the individual drops (${drop.names.join(', ')}) change nothing under ${spec.engine}${both.length > 0 ? `, and ${both.join(', ')} stay granted because they are added (add wins), which the CRI runtimes would not do` : ''}; left out`,
      );
    }
    return { privileged: false, add: add.names, drop: ['ALL'], granted: addMask, notes };
  }

  const defaults = engineDefaults(spec.engine);
  const granted = (defaults & ~dropMask) | addMask;
  const both = add.names.filter((n) => hasCap(dropMask, capabilityByName(n)!.number));
  for (const name of both) {
    notes.push(
      `${name} is in both ${addFlag} and ${dropFlag}: ${spec.engine} grants it (add wins), containerd and CRI-O would drop it (drop wins); kept only in add`,
    );
  }
  const addNames = [...add.names];
  const missingOnCrio = maskToNames(granted & ~CRIO_DEFAULTS & ~addMask);
  if (missingOnCrio.length > 0) {
    addNames.push(...missingOnCrio.sort(byNumber));
    notes.push(
      `${spec.engine} grants ${missingOnCrio.join(', ')} by default and CRI-O does not (its defaults are 9 names): added explicitly so the container keeps them on CRI-O too (containerd grants them anyway); remove those it does not need`,
    );
  }
  const dropNames = drop.names.filter((n) => !both.includes(n));
  const surplus = maskToNames(CONTAINERD_DEFAULTS & ~granted & ~namesToMask(dropNames));
  if (surplus.length > 0) {
    dropNames.push(...surplus);
    notes.push(
      `containerd grants ${surplus.join(', ')} by default and ${spec.engine} does not: dropped explicitly`,
    );
  }
  return { privileged: false, add: addNames, drop: dropNames, granted, notes };
}
