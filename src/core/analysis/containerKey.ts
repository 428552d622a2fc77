import type { ContainerRef, ContainerType, Manifest } from '../model.ts';

/**
 * A container chosen by the user, named the way it survives edits: the workload's position plus the
 * container's list and name. Indexes alone would jump to another container when one is inserted.
 */
export interface ContainerKey {
  readonly workloadIndex: number;
  readonly type: ContainerType;
  readonly name: string;
}

export function keyOf(ref: ContainerRef): ContainerKey {
  return { workloadIndex: ref.workloadIndex, type: ref.type, name: ref.name };
}

export function sameKey(a: ContainerKey | null, b: ContainerKey | null): boolean {
  if (a === null || b === null) return a === b;
  return a.workloadIndex === b.workloadIndex && a.type === b.type && a.name === b.name;
}

/** A string form of a key, for <option> values and React keys. */
export function keyToString(key: ContainerKey): string {
  return `${key.workloadIndex}/${key.type}/${key.name}`;
}

/**
 * The container `key` names in `manifest`, or the best stand-in: while someone renames a container the
 * key goes stale, so fall back to the one at the same place in the same workload, then to the first
 * regular container of the file (what `kubectl exec` picks without `-c`).
 */
export function resolveContainer(
  manifest: Manifest,
  key: ContainerKey | null,
  previous: ContainerRef | null,
): ContainerRef | null {
  const all = manifest.workloads.flatMap((w) => w.containers);
  if (key) {
    const exact = all.find((c) => sameKey(c, key));
    if (exact) return exact;
    if (previous) {
      const samePlace = all.find(
        (c) =>
          c.workloadIndex === previous.workloadIndex &&
          c.type === previous.type &&
          c.index === previous.index,
      );
      if (samePlace) return samePlace;
    }
  }
  return all.find((c) => c.type === 'container') ?? all[0] ?? null;
}
