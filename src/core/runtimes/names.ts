import { capabilityByName } from '../capabilityCatalog.ts';
import type { CapabilityInfo } from '../model.ts';

/** Go's `strings.EqualFold(name, "ALL")`, which every runtime uses to spot "ALL". */
export function isAll(name: string): boolean {
  return name.toUpperCase() === 'ALL';
}

/** Go's `strings.HasPrefix(strings.ToUpper(name), "CAP_")`. */
export function hasCapPrefix(name: string): boolean {
  return name.toUpperCase().startsWith('CAP_');
}

/**
 * The capability an OCI spelling (`CAP_NET_ADMIN`, upper case) names, as runc's known list sees it;
 * undefined for anything else, including a doubled prefix like `CAP_CAP_NET_ADMIN`.
 */
export function capabilityByOciName(ociName: string): CapabilityInfo | undefined {
  return ociName.startsWith('CAP_') ? capabilityByName(ociName.slice(4)) : undefined;
}
