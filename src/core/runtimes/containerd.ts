import { bit, namesToMask } from '../capmask.ts';
import type { CapMask, SimulationNote } from '../model.ts';
import { kernelLastCap, maskUpTo } from '../node/kernel.ts';
import { DEFAULT_NODE, type NodeProfile, atLeast } from '../node/nodeProfile.ts';
import { capabilityByOciName, isAll } from './names.ts';
import type { CapabilityRequest, RuntimeProfile, RuntimeSets } from './profile.ts';

/** containerd's `defaultUnixCaps` (pkg/oci/spec.go), also moby's `DefaultCapabilities`. */
export const CONTAINERD_DEFAULTS: CapMask = namesToMask([
  'CHOWN',
  'DAC_OVERRIDE',
  'FSETID',
  'FOWNER',
  'MKNOD',
  'NET_RAW',
  'SETGID',
  'SETUID',
  'SETFCAP',
  'SETPCAP',
  'NET_BIND_SERVICE',
  'SYS_CHROOT',
  'KILL',
  'AUDIT_WRITE',
]);

// internal/cri/opts/spec_opts.go WithCapabilities: the prefix is always prepended, never checked.
function ociName(name: string): string {
  return `CAP_${name.toUpperCase()}`;
}

/**
 * What the OCI runtime does with the names containerd put in the spec that it cannot use.
 * runc (libcontainer/capabilities New) skips unknown and kernel-unavailable names with one warning.
 * crun reads each name with libcap's cap_from_name (src/libcrun/linux.c read_caps): a name libcap
 * knows but the kernel lacks passes, and capset drops the bit silently; an unknown name is warned
 * about and skipped up to 1.28, and fails the container from 1.29 (commit 2e822523 "linux: reject
 * invalid capabilities in config.json").
 */
function ociRuntimeVerdict(
  node: NodeProfile,
  unknown: readonly string[],
  unavailable: readonly string[],
): { refusal?: string; notes: SimulationNote[] } {
  if (node.ociRuntime === 'runc') {
    const skipped = [...unknown, ...unavailable];
    return skipped.length === 0
      ? { notes: [] }
      : {
          notes: [
            {
              message: `runc: ignoring unknown or unavailable capabilities: [${skipped.join(' ')}]`,
            },
          ],
        };
  }
  const notes: SimulationNote[] = unavailable.map((name) => ({
    message: `crun: ${name} is above the kernel's last capability (${kernelLastCap(node.kernel)}); the kernel drops it silently`,
  }));
  const [first] = unknown;
  if (first === undefined) return { notes };
  if (atLeast(node.ociRuntimeVersion, '1.29'))
    return { refusal: `unknown capability \`${first}\``, notes };
  return {
    notes: [...unknown.map((name) => ({ message: `crun: unknown cap: \`${name}\`` })), ...notes],
  };
}

function applyOn(node: NodeProfile, request: CapabilityRequest): RuntimeSets {
  const last = kernelLastCap(node.kernel);
  // WithAllCurrentCapabilities (privileged) and the CRI plugin's ALL take the capabilities
  // containerd knows and the kernel has (pkg/cap Current, getAllCapabilities: cap > last skipped).
  const all = maskUpTo(last);
  // WithPrivileged runs after the CRI add/drop and resets B/E/P to every current capability;
  // WithoutAmbientCaps clears A; I stays empty without a base runtime spec.
  if (request.privileged) {
    return { ok: true, bounding: all, inheritable: 0n, ambient: 0n, notes: [] };
  }
  let bounding = CONTAINERD_DEFAULTS;
  if (request.add.some(isAll)) bounding = all;
  if (request.drop.some(isAll)) bounding = 0n;

  const unknown: string[] = [];
  const unavailable: string[] = [];
  const notes: SimulationNote[] = [];
  for (const name of request.add) {
    if (isAll(name)) continue;
    const cap = capabilityByOciName(ociName(name));
    const spelled = ociName(name);
    if (!cap) {
      if (!unknown.includes(spelled)) unknown.push(spelled);
    } else if (cap.number > last) {
      if (!unavailable.includes(spelled)) unavailable.push(spelled);
    } else bounding |= bit(cap.number);
  }
  for (const name of request.drop) {
    if (isAll(name)) continue;
    const cap = capabilityByOciName(ociName(name));
    if (cap) bounding &= ~bit(cap.number);
    else
      notes.push({
        message: `drop ${JSON.stringify(name)} has no effect: containerd looks for ${ociName(name)}, which is not a capability`,
        capability: name,
      });
  }
  const verdict = ociRuntimeVerdict(node, unknown, unavailable);
  if (verdict.refusal !== undefined) {
    return { ok: false, refusal: { by: 'crun', message: verdict.refusal }, notes: verdict.notes };
  }
  return { ok: true, bounding, inheritable: 0n, ambient: 0n, notes: [...verdict.notes, ...notes] };
}

/**
 * containerd's CRI plugin on `node` (RUNTIME-SEMANTICS §3, §13–§15): drop wins; unknown names are
 * left to the OCI runtime. 1.6 to 2.3 build the same sets; 2.0 changed the pod's sysctls
 * (node/sysctls.ts), not its capabilities.
 */
export function containerdRules(node: NodeProfile): RuntimeProfile {
  const last = kernelLastCap(node.kernel);
  return {
    id: 'containerd',
    label: 'containerd',
    defaults: CONTAINERD_DEFAULTS,
    resolve: (name) => {
      const cap = capabilityByOciName(ociName(name));
      return cap && cap.number <= last ? cap : undefined;
    },
    apply: (request) => applyOn(node, request),
  };
}

/** containerd on the default node. */
export const CONTAINERD: RuntimeProfile = containerdRules({
  ...DEFAULT_NODE,
  runtime: 'containerd',
});
