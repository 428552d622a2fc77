import { bit } from '../capmask.ts';
import type { CapabilityInfo, CapMask } from '../model.ts';
import { kernelLastCap, maskUpTo } from '../node/kernel.ts';
import { atLeast, defaultNode, type NodeProfile } from '../node/nodeProfile.ts';
import { CONTAINERD_DEFAULTS } from './containerd.ts';
import { capabilityByOciName, isAll } from './names.ts';
import type { CapabilityRequest, RuntimeProfile, RuntimeSets } from './profile.ts';

// NormalizeLegacyCapabilities: upper-case, then add the prefix only when it is missing.
function ociName(name: string): string {
  const upper = name.toUpperCase();
  return upper.startsWith('CAP_') ? upper : `CAP_${upper}`;
}

/**
 * What dockerd knows and what it may grant. 20.10 (oci/caps/utils.go at v20.10.24 `init`) lists
 * gocapability's capabilities up to the kernel's last one, capped at CAP_AUDIT_READ (37), and
 * anything else is unknown. From 23.0 (daemon/pkg/oci/caps/utils_linux.go `initCaps`) it knows
 * containerd's pkg/cap Known() (0–40) and grants Current(): a known capability the kernel lacks
 * is "not supported by your kernel".
 */
interface DockerCaps {
  readonly known: number;
  readonly available: number;
}

function dockerCaps(node: NodeProfile): DockerCaps {
  const last = kernelLastCap(node.kernel);
  const legacy = !atLeast(node.runtimeVersion, '23');
  const known = legacy ? Math.min(last, 37) : 40;
  return { known, available: Math.min(known, last) };
}

type Normalized = { ok: true; all: boolean; mask: CapMask } | { ok: false; message: string };

function normalize(caps: DockerCaps, names: readonly string[]): Normalized {
  let mask = 0n;
  let all = false;
  for (const name of names) {
    if (isAll(name)) {
      all = true;
      continue;
    }
    const spelled = ociName(name);
    const cap = capabilityByOciName(spelled);
    if (!cap || cap.number > caps.known) {
      return { ok: false, message: `unknown capability: ${JSON.stringify(spelled)}` };
    }
    if (cap.number > caps.available) {
      return {
        ok: false,
        message: `capability not supported by your kernel or not available in the current environment: ${JSON.stringify(spelled)}`,
      };
    }
    mask |= bit(cap.number);
  }
  return { ok: true, all, mask };
}

function applyOn(caps: DockerCaps, request: CapabilityRequest): RuntimeSets {
  // Container create runs validateCapabilities (daemon/container.go) before anything else, even
  // for a privileged container: CapAdd first, then CapDrop, each error wrapped with its field.
  const add = normalize(caps, request.add);
  if (!add.ok) return refuse(`invalid CapAdd: ${add.message}`);
  const drop = normalize(caps, request.drop);
  if (!drop.ok) return refuse(`invalid CapDrop: ${drop.message}`);

  const all = maskUpTo(caps.available);
  // TweakCapabilities returns early for privileged, before it looks at a single name.
  if (request.privileged) {
    return { ok: true, bounding: all, inheritable: 0n, ambient: 0n, notes: [] };
  }
  if (request.add.length === 0 && request.drop.length === 0) {
    return { ok: true, bounding: CONTAINERD_DEFAULTS, inheritable: 0n, ambient: 0n, notes: [] };
  }
  let bounding: CapMask;
  if (add.all) bounding = all & ~drop.mask;
  else if (drop.all) bounding = add.mask;
  else bounding = (CONTAINERD_DEFAULTS & ~drop.mask) | add.mask;
  return { ok: true, bounding, inheritable: 0n, ambient: 0n, notes: [] };
}

function refuse(message: string): RuntimeSets {
  return { ok: false, refusal: { by: 'docker', message }, notes: [] };
}

/**
 * Docker Engine through cri-dockerd on `node` (RUNTIME-SEMANTICS §5, §14): add wins, add ALL beats
 * drop ALL; 20.10 knows capabilities 0–37 only.
 */
export function dockerRules(node: NodeProfile): RuntimeProfile {
  const caps = dockerCaps(node);
  return {
    id: 'docker',
    label: 'Docker',
    defaults: CONTAINERD_DEFAULTS,
    resolve: (name): CapabilityInfo | undefined => {
      const cap = capabilityByOciName(ociName(name));
      return cap && cap.number <= caps.available ? cap : undefined;
    },
    apply: (request) => applyOn(caps, request),
  };
}

/** Docker on its default node. */
export const DOCKER: RuntimeProfile = dockerRules(defaultNode('docker'));
