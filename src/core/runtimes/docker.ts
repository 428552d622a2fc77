import { FULL_MASK, bit } from '../capmask.ts';
import type { CapMask } from '../model.ts';
import { CONTAINERD_DEFAULTS } from './containerd.ts';
import { capabilityByOciName, isAll } from './names.ts';
import type { CapabilityRequest, RuntimeProfile, RuntimeSets } from './profile.ts';

// NormalizeLegacyCapabilities: upper-case, then add the prefix only when it is missing.
function ociName(name: string): string {
  const upper = name.toUpperCase();
  return upper.startsWith('CAP_') ? upper : `CAP_${upper}`;
}

type Normalized = { ok: true; all: boolean; mask: CapMask } | { ok: false; name: string };

function normalize(names: readonly string[]): Normalized {
  let mask = 0n;
  let all = false;
  for (const name of names) {
    if (isAll(name)) {
      all = true;
      continue;
    }
    const cap = capabilityByOciName(ociName(name));
    if (!cap) return { ok: false, name: ociName(name) };
    mask |= bit(cap.number);
  }
  return { ok: true, all, mask };
}

function apply(request: CapabilityRequest): RuntimeSets {
  // TweakCapabilities returns early for privileged, before it looks at a single name.
  if (request.privileged) {
    return { ok: true, bounding: FULL_MASK, inheritable: 0n, ambient: 0n, notes: [] };
  }
  if (request.add.length === 0 && request.drop.length === 0) {
    return { ok: true, bounding: CONTAINERD_DEFAULTS, inheritable: 0n, ambient: 0n, notes: [] };
  }
  // Drops are normalized before adds, so a bad drop is reported first.
  const drop = normalize(request.drop);
  if (!drop.ok) return refuse(drop.name);
  const add = normalize(request.add);
  if (!add.ok) return refuse(add.name);

  let bounding: CapMask;
  if (add.all) bounding = FULL_MASK & ~drop.mask;
  else if (drop.all) bounding = add.mask;
  else bounding = (CONTAINERD_DEFAULTS & ~drop.mask) | add.mask;
  return { ok: true, bounding, inheritable: 0n, ambient: 0n, notes: [] };
}

function refuse(name: string): RuntimeSets {
  return {
    ok: false,
    refusal: { by: 'docker', message: `unknown capability: ${JSON.stringify(name)}` },
    notes: [],
  };
}

/** Docker Engine through cri-dockerd (RUNTIME-SEMANTICS §5): add wins, add ALL beats drop ALL. */
export const DOCKER: RuntimeProfile = {
  id: 'docker',
  label: 'Docker',
  defaults: CONTAINERD_DEFAULTS,
  resolve: (name) => capabilityByOciName(ociName(name)),
  apply,
};
