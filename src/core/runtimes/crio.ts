import { FULL_MASK, bit, namesToMask } from '../capmask.ts';
import type { CapMask } from '../model.ts';
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
function resolve(name: string) {
  return capabilityByOciName(prefixed(name).toUpperCase());
}

function apply(request: CapabilityRequest): RuntimeSets {
  // SpecSetupCapabilities is skipped; runtime-tools SetupPrivileged fills all five sets.
  if (request.privileged) {
    return { ok: true, bounding: FULL_MASK, inheritable: FULL_MASK, ambient: FULL_MASK, notes: [] };
  }
  const addAll = request.add.some(isAll);
  const dropAll = request.drop.some(isAll);
  let bounding = 0n;
  if (!addAll && !dropAll) bounding = CRIO_DEFAULTS;
  if (addAll) bounding = FULL_MASK;
  if (dropAll) bounding = 0n;

  for (const name of request.add) {
    if (isAll(name)) continue;
    const cap = resolve(name);
    if (!cap) {
      return refuse(`unknown capability ${JSON.stringify(prefixed(name))} to add`);
    }
    bounding |= bit(cap.number);
  }
  for (const name of request.drop) {
    if (isAll(name)) continue;
    const cap = resolve(name);
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

/** CRI-O (RUNTIME-SEMANTICS §4): 9 defaults, drop wins, a `CAP_` prefix is fine, unknown names refused. */
export const CRIO: RuntimeProfile = {
  id: 'cri-o',
  label: 'CRI-O',
  defaults: CRIO_DEFAULTS,
  resolve,
  apply,
};
