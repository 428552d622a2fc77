/**
 * Compares what a real container printed with the simulation and explains each difference with
 * its likeliest causes (RUNTIME-SEMANTICS §3–§7, §13–§15). The caller passes alternative
 * simulations (other runtimes today, other node profiles later) so the explanation can say which
 * one would agree.
 */
import { bit, maskToCapabilities } from '../capmask.ts';
import type { CapMask, ProcessState } from '../model.ts';
import type { ObservedState } from './observed.ts';

/** Another simulation the real container may match, e.g. `{ label: 'CRI-O', state }`. */
export interface Alternative {
  readonly label: string;
  readonly state: ProcessState;
}

/** The fields compared, in the order capsh prints them. */
export const COMPARED_FIELDS = [
  'effective',
  'permitted',
  'inheritable',
  'bounding',
  'ambient',
  'noNewPrivs',
  'uid',
  'gid',
  'groups',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** One field that differs. */
export interface Difference {
  readonly field: ComparedField;
  /** For capability sets: names (`NET_ADMIN`) the simulation has and the container lacks. */
  readonly missing: readonly string[];
  /** …and those the container has and the simulation lacks. */
  readonly extra: readonly string[];
  /** For the other fields: both values as text. */
  readonly simulated: string;
  readonly observed: string;
  /** Likeliest first. */
  readonly causes: readonly string[];
}

export interface Comparison {
  readonly matches: boolean;
  readonly differences: readonly Difference[];
  /** Labels of the alternatives that agree with the container on every field it showed. */
  readonly agreeing: readonly string[];
}

const CAP_FIELDS = new Set<ComparedField>([
  'effective',
  'permitted',
  'inheritable',
  'bounding',
  'ambient',
]);

function valueOf(state: ProcessState, field: ComparedField): string {
  switch (field) {
    case 'uid':
      return String(state.uid.id);
    case 'gid':
      return String(state.gid.id);
    case 'groups':
      return state.groups.map((g) => g.id).join(',');
    case 'noNewPrivs':
      return state.noNewPrivs ? '1' : '0';
    default:
      return `0x${state[field].toString(16)}`;
  }
}

function observedValue(o: ObservedState, field: ComparedField): string | undefined {
  const v = o[field];
  if (v === undefined) return undefined;
  if (typeof v === 'bigint') return `0x${v.toString(16)}`;
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (Array.isArray(v)) return v.join(',');
  return String(v);
}

function names(mask: CapMask): string[] {
  return maskToCapabilities(mask).map((c) => c.name);
}

// PERFMON (38) and BPF (39) came with Linux 5.8, CHECKPOINT_RESTORE (40) with 5.9; Docker 20.10
// stops "all" at AUDIT_READ (37) (RUNTIME-SEMANTICS §5, §13).
const NEWEST = bit(38) | bit(39) | bit(40);

function capCauses(
  field: ComparedField,
  missing: CapMask,
  extra: CapMask,
  sim: ProcessState,
  o: ObservedState,
): string[] {
  const causes: string[] = [];
  const uid = o.uid ?? sim.uid.id;
  if (field === 'bounding') {
    if (missing !== 0n && (missing & ~NEWEST) === 0n) {
      causes.push(
        'an older node kernel (PERFMON and BPF need Linux 5.8, CHECKPOINT_RESTORE 5.9) or Docker 20.10, which stops "all" at AUDIT_READ',
      );
    }
    if (missing !== 0n) {
      causes.push(
        "a node-level runtime setting grants fewer defaults (CRI-O's default_capabilities in crio.conf, containerd's base_runtime_spec)",
        'a mutating admission webhook added drop entries to the container',
      );
    }
    if (extra !== 0n) {
      causes.push(
        'a mutating admission webhook added capabilities or privileged: true',
        "a node-level runtime setting grants more defaults (CRI-O's default_capabilities, containerd's base_runtime_spec), or another runtime version (CRI-O before 1.18 also granted NET_RAW and SYS_CHROOT)",
      );
    }
    return causes;
  }
  if (field === 'inheritable' && extra !== 0n) {
    causes.push(
      'another runtime version: containerd before 1.6.2/1.5.11, CRI-O before 1.24 or 1.24.3–1.24.6, Docker before 20.10.14 filled the inheritable set (CVE-2022-24769); or CRI-O add_inheritable_capabilities=true',
    );
    return causes;
  }
  if (field === 'ambient' && extra !== 0n) {
    causes.push(
      'CRI-O fills the ambient set of a privileged container; otherwise the process raised them itself (e.g. capsh --addamb)',
    );
    return causes;
  }
  // Effective and permitted.
  const bounding = o.bounding ?? sim.bounding;
  if (extra !== 0n && (extra & ~bounding) === 0n && uid !== 0) {
    causes.push(
      'file capabilities on the binary (setcap): at execve a non-root process gains the file’s permitted set within the bounding set; capsh itself has none, so run it to see the container’s own view',
    );
  }
  if (missing !== 0n && uid !== 0 && sim.uid.id === 0) {
    causes.push(
      `the image's USER: the process runs as uid ${uid}, not root, because the manifest sets no runAsUser; a non-root process gets no effective capabilities (set runAsUser: 0, or grant them with file capabilities)`,
    );
  }
  if (extra !== 0n && uid === 0 && sim.uid.id !== 0) {
    causes.push('a mutating admission webhook or the image changed the user to root');
  }
  if (missing !== 0n && (o.bounding === undefined || (missing & ~bounding) === 0n)) {
    causes.push(
      'the program dropped them itself after it started (many servers do); capsh run with kubectl exec shows the container’s own set',
    );
  }
  return causes;
}

function otherCauses(field: ComparedField, sim: ProcessState, o: ObservedState): string[] {
  switch (field) {
    case 'uid':
      return sim.uid.id === 0
        ? [
            "the image's USER (the manifest sets no runAsUser, so the image decides)",
            'a mutating admission webhook set runAsUser',
          ]
        : [
            'a mutating admission webhook changed runAsUser',
            "the pod's runAsUser is overridden by the container's",
          ];
    case 'gid':
    case 'groups':
      return [
        "the image's /etc/passwd and /etc/group (its primary group and group memberships)",
        'a mutating admission webhook set runAsGroup, fsGroup or supplementalGroups',
      ];
    case 'noNewPrivs':
      return o.noNewPrivs
        ? [
            'a mutating admission webhook or policy engine set allowPrivilegeEscalation: false',
            'the command was started by a tool that sets no_new_privs (e.g. a sandboxing wrapper)',
          ]
        : ['a mutating admission webhook removed allowPrivilegeEscalation: false'];
    default:
      return [];
  }
}

function agrees(o: ObservedState, state: ProcessState): boolean {
  return COMPARED_FIELDS.every((f) => {
    const v = observedValue(o, f);
    return v === undefined || v === valueOf(state, f);
  });
}

/**
 * The differences between what the container showed and `simulated`, each with its causes; the
 * alternatives that agree on everything the container showed come first among the causes.
 */
export function compareWithContainer(
  observed: ObservedState,
  simulated: ProcessState,
  alternatives: readonly Alternative[] = [],
): Comparison {
  const agreeing = alternatives.filter((a) => agrees(observed, a.state)).map((a) => a.label);
  const differences: Difference[] = [];
  for (const field of COMPARED_FIELDS) {
    const seen = observedValue(observed, field);
    const expected = valueOf(simulated, field);
    if (seen === undefined || seen === expected) continue;
    const matchingAlternatives = alternatives
      .filter((a) => valueOf(a.state, field) === seen)
      .map((a) => a.label);
    const first =
      matchingAlternatives.length > 0
        ? [`the node runs ${matchingAlternatives.join(' or ')}, which gives exactly this`]
        : [];
    if (CAP_FIELDS.has(field)) {
      const s = simulated[field as 'bounding'];
      const o = observed[field as 'bounding']!;
      const missing = s & ~o;
      const extra = o & ~s;
      differences.push({
        field,
        missing: names(missing),
        extra: names(extra),
        simulated: expected,
        observed: seen,
        causes: [...first, ...capCauses(field, missing, extra, simulated, observed)],
      });
    } else {
      differences.push({
        field,
        missing: [],
        extra: [],
        simulated: expected,
        observed: seen,
        causes: [...first, ...otherCauses(field, simulated, observed)],
      });
    }
  }
  return { matches: differences.length === 0, differences, agreeing };
}

const LABELS: Readonly<Record<ComparedField, string>> = {
  effective: 'Effective set',
  permitted: 'Permitted set',
  inheritable: 'Inheritable set',
  bounding: 'Bounding set',
  ambient: 'Ambient set',
  noNewPrivs: 'no-new-privs',
  uid: 'uid',
  gid: 'gid',
  groups: 'groups',
};

/** The comparison as lines for the CLI and the app's Comparison region. */
export function describeComparison(c: Comparison): string[] {
  if (c.matches) return ['The container matches the simulation.'];
  const lines = [`The container differs from the simulation in ${c.differences.length} field(s).`];
  for (const d of c.differences) {
    const parts: string[] = [];
    if (d.missing.length > 0) parts.push(`missing ${d.missing.join(', ')}`);
    if (d.extra.length > 0) parts.push(`extra ${d.extra.join(', ')}`);
    if (parts.length === 0) parts.push(`${d.observed} instead of ${d.simulated}`);
    lines.push(`${LABELS[d.field]}: ${parts.join('; ')}. Likeliest: ${d.causes[0] ?? 'unknown'}.`);
    for (const cause of d.causes.slice(1)) lines.push(`  or: ${cause}.`);
  }
  if (c.agreeing.length > 0) {
    lines.push(`Simulating ${c.agreeing.join(' or ')} would make them agree.`);
  }
  return lines;
}
