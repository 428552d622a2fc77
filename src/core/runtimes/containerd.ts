import { FULL_MASK, bit, namesToMask } from '../capmask.ts';
import type { CapMask, SimulationNote } from '../model.ts';
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

function apply(request: CapabilityRequest): RuntimeSets {
  // WithPrivileged runs after the CRI add/drop and resets B/E/P to every current capability;
  // WithoutAmbientCaps clears A; I stays empty without a base runtime spec.
  if (request.privileged) {
    return { ok: true, bounding: FULL_MASK, inheritable: 0n, ambient: 0n, notes: [] };
  }
  let bounding = CONTAINERD_DEFAULTS;
  if (request.add.some(isAll)) bounding = FULL_MASK;
  if (request.drop.some(isAll)) bounding = 0n;

  const ignored: string[] = [];
  const notes: SimulationNote[] = [];
  for (const name of request.add) {
    if (isAll(name)) continue;
    const cap = capabilityByOciName(ociName(name));
    if (cap) bounding |= bit(cap.number);
    else if (!ignored.includes(ociName(name))) ignored.push(ociName(name));
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
  if (ignored.length > 0) {
    // runc (libcontainer/capabilities New) logs this once, with the unknown names, and goes on.
    notes.unshift({
      message: `runc: ignoring unknown or unavailable capabilities: [${ignored.join(' ')}]`,
    });
  }
  return { ok: true, bounding, inheritable: 0n, ambient: 0n, notes };
}

/** containerd's CRI plugin with runc (RUNTIME-SEMANTICS §3): drop wins; unknown names are skipped. */
export const CONTAINERD: RuntimeProfile = {
  id: 'containerd',
  label: 'containerd',
  defaults: CONTAINERD_DEFAULTS,
  resolve: (name) => capabilityByOciName(ociName(name)),
  apply,
};
