import type { CapabilityList, ContainerRef, NodePath } from '../model.ts';
import { asRecord } from '../plain.ts';

/** One entry of `capabilities.add` or `capabilities.drop`, where it sits in the YAML document. */
export interface CapabilityEntry {
  readonly list: CapabilityList;
  /** Position in the YAML sequence (not among the usable entries: markers need the real node). */
  readonly index: number;
  /** As written; a number or boolean spelled out as Kubernetes would decode it. */
  readonly name: string;
  readonly path: NodePath;
}

/** Where a container's capability settings are, and what they say. */
export interface CapabilitySettings {
  readonly add: readonly CapabilityEntry[];
  readonly drop: readonly CapabilityEntry[];
  /** Whether `securityContext.capabilities` is present at all (even empty). */
  readonly hasCapabilities: boolean;
  readonly capabilitiesPath: NodePath;
  readonly privileged: boolean;
  readonly privilegedPath: NodePath;
  readonly allowPrivilegeEscalation: boolean | undefined;
}

function entries(
  container: ContainerRef,
  caps: Readonly<Record<string, unknown>> | undefined,
  list: CapabilityList,
): CapabilityEntry[] {
  const raw = caps?.[list];
  if (!Array.isArray(raw)) return [];
  const out: CapabilityEntry[] = [];
  raw.forEach((value: unknown, index) => {
    // The same entries process.ts hands the runtime (plain.ts asStringList): scalars only.
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      out.push({
        list,
        index,
        name: String(value),
        path: [...container.path, 'securityContext', 'capabilities', list, index],
      });
    }
  });
  return out;
}

/** Reads the capability-related settings of `container`, with the YAML path of each. */
export function capabilitySettings(container: ContainerRef): CapabilitySettings {
  const sc = asRecord(container.spec.securityContext);
  const caps = asRecord(sc?.capabilities);
  const ape = sc?.allowPrivilegeEscalation;
  return {
    add: entries(container, caps, 'add'),
    drop: entries(container, caps, 'drop'),
    hasCapabilities: sc?.capabilities !== undefined && sc.capabilities !== null,
    capabilitiesPath: [...container.path, 'securityContext', 'capabilities'],
    privileged: sc?.privileged === true,
    privilegedPath: [...container.path, 'securityContext', 'privileged'],
    allowPrivilegeEscalation: typeof ape === 'boolean' ? ape : undefined,
  };
}
