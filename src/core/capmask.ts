import { CAPABILITIES, CAP_LAST_CAP, capabilityByName } from './capabilityCatalog.ts';
import type { CapabilityInfo, CapMask } from './model.ts';

/** The empty set. */
export const EMPTY_MASK: CapMask = 0n;

/** Every capability 0..CAP_LAST_CAP: what "ALL" and `privileged` mean on the simulated host. */
export const FULL_MASK: CapMask = (1n << BigInt(CAP_LAST_CAP + 1)) - 1n;

/** The mask holding capability number `n` only. */
export function bit(n: number): CapMask {
  return 1n << BigInt(n);
}

/** Whether capability number `n` is in `mask`. */
export function hasCap(mask: CapMask, n: number): boolean {
  return (mask & bit(n)) !== 0n;
}

/** Capability numbers in `mask`, ascending. */
export function maskToNumbers(mask: CapMask): number[] {
  const out: number[] = [];
  for (let n = 0; n <= CAP_LAST_CAP; n++) if (hasCap(mask, n)) out.push(n);
  return out;
}

/** The capabilities in `mask`, in number order. */
export function maskToCapabilities(mask: CapMask): CapabilityInfo[] {
  return CAPABILITIES.filter((c) => hasCap(mask, c.number));
}

/** Kubernetes names (`NET_ADMIN`) of the capabilities in `mask`, in number order. */
export function maskToNames(mask: CapMask): string[] {
  return maskToCapabilities(mask).map((c) => c.name);
}

/**
 * Mask of the given Kubernetes names (exact spelling). Unknown names are ignored; use
 * {@link capabilityByName} first when they matter.
 */
export function namesToMask(names: Iterable<string>): CapMask {
  let mask = EMPTY_MASK;
  for (const name of names) {
    const cap = capabilityByName(name);
    if (cap) mask |= bit(cap.number);
  }
  return mask;
}
