import type { NodePath } from '../model.ts';
import { asRecord as record, isRecord, isWindowsPod } from '../plain.ts';

// Reading plain pod data the way Go's typed decoding sees it: a missing key and an explicit null are
// both "unset", and a value of the wrong type is treated as unset rather than trusted.

export type Data = Readonly<Record<string, unknown>>;

// The core's narrowing helpers, under the names the checks read best with.
export { isRecord, isWindowsPod, record };

/** The value as a list, or [] when unset or of another type. */
export function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The value as a string, or '' when unset (Go's zero value). */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A container of the pod and where it sits in the pod spec. */
export interface VisitedContainer {
  readonly name: string;
  readonly data: Data;
  readonly path: NodePath;
}

const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;

/** Init, regular and ephemeral containers, in the order upstream's visitContainers walks them. */
export function podContainers(spec: Data): VisitedContainer[] {
  const out: VisitedContainer[] = [];
  for (const key of CONTAINER_LISTS) {
    list(spec[key]).forEach((item, index) => {
      const data = record(item) ?? {};
      out.push({ name: text(data['name']), data, path: [key, index] });
    });
  }
  return out;
}

/** The container's securityContext, or undefined when unset. */
export function securityContext(container: VisitedContainer): Data | undefined {
  return record(container.data['securityContext']);
}

/**
 * Whether the pod runs in its own user namespace (`hostUsers: false`), where uid 0 maps to an
 * unprivileged host uid. Upstream's policy/helpers.go `relaxPolicyForUserNamespacePod`: only an
 * explicit false counts; unset (and, here, a value of another type) means the host's namespace.
 */
export function inUserNamespace(spec: Data): boolean {
  return spec['hostUsers'] === false;
}

/** The pod-level securityContext, or undefined when unset. */
export function podSecurityContext(spec: Data): Data | undefined {
  return record(spec['securityContext']);
}

/** The pod's annotations with string values only (what the API accepts). */
export function annotations(metadata: Data): [string, string][] {
  const raw = record(metadata['annotations']);
  if (!raw) return [];
  return Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string');
}

/**
 * The path of the deepest node that exists along `keys` under `data` (at `base`): where a missing
 * setting would have to be added, for linking a violation to the editor.
 */
export function deepestPath(base: NodePath, data: Data, keys: readonly string[]): NodePath {
  const path: (string | number)[] = [...base];
  let node: Data | undefined = data;
  for (const key of keys) {
    const next: unknown = node?.[key];
    if (next === undefined || next === null) break;
    path.push(key);
    node = record(next);
  }
  return path;
}
