import { bit, namesToMask } from '../capmask.ts';
import type { CapMask } from '../model.ts';
import { kernelLastCap, maskUpTo } from '../node/kernel.ts';
import { defaultNode, type NodeProfile } from '../node/nodeProfile.ts';
import { capabilityByOciName, hasCapPrefix, isAll } from './names.ts';
import type { CapabilityRequest, RuntimeProfile, RuntimeSets } from './profile.ts';

/** CRI-O's `default_capabilities` since v1.18 (internal/config/capabilities). */
export const CRIO_DEFAULTS: CapMask = namesToMask([
  'CHOWN',
  'DAC_OVERRIDE',
  'FSETID',
  'FOWNER',
  'SETGID',
  'SETUID',
  'SETPCAP',
  'NET_BIND_SERVICE',
  'KILL',
]);

// toCAPPrefixed keeps a name that already has the prefix (in any case), else prefixes it upper-cased.
function prefixed(name: string): string {
  return hasCapPrefix(name) ? name : `CAP_${name.toUpperCase()}`;
}

// runtime-tools upper-cases again before touching the spec.
function known(name: string) {
  return capabilityByOciName(prefixed(name).toUpperCase());
}

function applyOn(last: number, request: CapabilityRequest): RuntimeSets {
  // getOCICapabilitiesList (internal/factory/container/container.go): what CRI-O knows, less what
  // the kernel lacks (`cap > lastCap` skipped). ALL and privileged mean this list, and an add
  // outside it is refused.
  const all = maskUpTo(last);
  // SpecSetupCapabilities is skipped; runtime-tools SetupPrivileged fills all five sets.
  if (request.privileged) {
    return { ok: true, bounding: all, inheritable: all, ambient: all, notes: [] };
  }
  const addAll = request.add.some(isAll);
  const dropAll = request.drop.some(isAll);
  let bounding = 0n;
  if (!addAll && !dropAll) bounding = CRIO_DEFAULTS;
  if (addAll) bounding = all;
  if (dropAll) bounding = 0n;

  for (const name of request.add) {
    if (isAll(name)) continue;
    const cap = known(name);
    if (!cap || cap.number > last) {
      return refuse(`unknown capability ${JSON.stringify(prefixed(name))} to add`);
    }
    bounding |= bit(cap.number);
  }
  for (const name of request.drop) {
    if (isAll(name)) continue;
    // runtime-tools CapValid(cap, false): known is enough, the kernel is not asked for a drop.
    const cap = known(name);
    if (!cap) {
      const upper = prefixed(name).toUpperCase();
      return refuse(`failed to drop cap ${prefixed(name)} invalid capability: ${upper}`);
    }
    bounding &= ~bit(cap.number);
  }
  return { ok: true, bounding, inheritable: 0n, ambient: 0n, notes: [] };
}

function refuse(message: string): RuntimeSets {
  return { ok: false, refusal: { by: 'cri-o', message }, notes: [] };
}

/**
 * CRI-O on `node` (RUNTIME-SEMANTICS §4, §13): 9 defaults, drop wins, a `CAP_` prefix is fine,
 * unknown names and names the kernel lacks are refused. 1.28 to 1.36 build the same sets.
 */
export function crioRules(node: NodeProfile): RuntimeProfile {
  const last = kernelLastCap(node.kernel);
  return {
    id: 'cri-o',
    label: 'CRI-O',
    defaults: CRIO_DEFAULTS,
    resolve: (name) => {
      const cap = known(name);
      return cap && cap.number <= last ? cap : undefined;
    },
    apply: (request) => applyOn(last, request),
  };
}

/** CRI-O on its default node. */
export const CRIO: RuntimeProfile = crioRules(defaultNode('cri-o'));
