/** Narrowing helpers for manifest data that came from YAML and may hold anything. */

/** True for a mapping (not null, not a list, not a scalar). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as a mapping, or undefined when it is not one (null, a list, a scalar). */
export function asRecord(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return isRecord(value) ? value : undefined;
}

/**
 * Whether a pod spec says `os.name: windows`: Linux capabilities mean nothing there, the API server
 * rejects them, and PSA exempts the pod from its Linux-only restricted rules.
 */
export function isWindowsPod(podSpec: Readonly<Record<string, unknown>>): boolean {
  return asRecord(podSpec['os'])?.['name'] === 'windows';
}

/** The value when it is a whole number, else undefined. */
export function asInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/**
 * The entries of a list as strings, the way Kubernetes would decode a `[]string`: scalars are
 * spelled out, nulls and nested structures are skipped. Not a list gives [].
 */
export function asStringList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    .map(String);
}
