import type { ContainerRef, ContainerType, NodePath, WorkloadRef } from '../model.ts';
import { asRecord } from '../plain.ts';

/** Where each workload kind keeps its pod template (metadata and spec), relative to the object. */
const POD_TEMPLATE: Readonly<Record<string, NodePath>> = {
  Pod: [],
  PodTemplate: ['template'],
  Deployment: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

/** The workload kinds Podcaps reads containers from (besides `List`). */
export const WORKLOAD_KINDS: readonly string[] = Object.keys(POD_TEMPLATE);

const CONTAINER_LISTS: readonly (readonly [string, ContainerType])[] = [
  ['containers', 'container'],
  ['initContainers', 'initContainer'],
  ['ephemeralContainers', 'ephemeralContainer'],
];

/** Reports a structural problem at a path of the current document. */
export type Report = (path: NodePath, message: string) => void;

/** What one document holds. */
export interface LocatedDocument {
  readonly workloads: WorkloadRef[];
  readonly others: { documentIndex: number; kind: string; name: string; data: unknown }[];
}

function kindOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value}`;
}

/**
 * Finds the workloads and their containers in one parsed document (plain data, as `toJS` gives it).
 * Never throws: anything misshapen is passed to `report` with its path and skipped.
 * `firstWorkloadIndex` is the index the first workload found here gets in `Manifest.workloads`.
 */
export function locateDocument(
  documentIndex: number,
  data: unknown,
  firstWorkloadIndex: number,
  report: Report,
): LocatedDocument {
  const result: LocatedDocument = { workloads: [], others: [] };
  const root = asRecord(data);
  if (!root) {
    report(
      [],
      `expected a Kubernetes object (a mapping with apiVersion and kind), found ${describe(data)}`,
    );
    return result;
  }
  visitObject(root, [], undefined, { documentIndex, firstWorkloadIndex, report, result });
  return result;
}

interface Walk {
  readonly documentIndex: number;
  readonly firstWorkloadIndex: number;
  readonly report: Report;
  readonly result: LocatedDocument;
}

function visitObject(
  object: Readonly<Record<string, unknown>>,
  path: NodePath,
  impliedKind: string | undefined,
  walk: Walk,
): void {
  const kind = kindOf(object.kind) || impliedKind || '';
  const metadata = expectOptionalMapping(object, 'metadata', path, walk) ?? {};
  const name = typeof metadata.name === 'string' ? metadata.name : '';
  if (!kind) {
    walk.report(path.length ? path : ['kind'], 'missing `kind`: not a Kubernetes object');
    return;
  }
  if (kind === 'List' || (kind.endsWith('List') && Array.isArray(object.items))) {
    visitList(object, path, kind === 'List' ? undefined : kind.slice(0, -'List'.length), walk);
    return;
  }
  const templatePath = POD_TEMPLATE[kind];
  if (!templatePath) {
    walk.result.others.push({ documentIndex: walk.documentIndex, kind, name, data: object });
    return;
  }
  const template = expectMapping(object, templatePath, path, walk);
  if (!template) return;
  const podSpecPath = [...path, ...templatePath, 'spec'];
  const podSpec = expectMapping(template, ['spec'], [...path, ...templatePath], walk);
  if (!podSpec) return;
  checkPodSecurityContext(podSpec, podSpecPath, walk);
  const workloadIndex = walk.firstWorkloadIndex + walk.result.workloads.length;
  const containers: ContainerRef[] = [];
  for (const [key, type] of CONTAINER_LISTS) {
    containers.push(...visitContainers(podSpec, key, type, podSpecPath, workloadIndex, walk));
  }
  walk.result.workloads.push({
    documentIndex: walk.documentIndex,
    kind,
    apiVersion: typeof object.apiVersion === 'string' ? object.apiVersion : '',
    name,
    namespace: typeof metadata.namespace === 'string' ? metadata.namespace : undefined,
    path,
    podSpecPath,
    podSpec,
    podMetadata:
      (templatePath.length > 0
        ? expectOptionalMapping(template, 'metadata', [...path, ...templatePath], walk)
        : metadata) ?? {},
    containers,
  });
}

function visitList(
  object: Readonly<Record<string, unknown>>,
  path: NodePath,
  itemKind: string | undefined,
  walk: Walk,
): void {
  const items = object.items;
  if (items === undefined || items === null) return;
  if (!Array.isArray(items)) {
    walk.report([...path, 'items'], `\`items\` must be a list, found ${describe(items)}`);
    return;
  }
  items.forEach((item, i) => {
    const itemPath = [...path, 'items', i];
    const record = asRecord(item);
    if (record) visitObject(record, itemPath, itemKind, walk);
    else walk.report(itemPath, `a List item must be a Kubernetes object, found ${describe(item)}`);
  });
}

/** The mapping at `rel` below `base` (an object at `basePath`), reporting where the walk breaks. */
function expectMapping(
  base: Readonly<Record<string, unknown>>,
  rel: NodePath,
  basePath: NodePath,
  walk: Walk,
): Readonly<Record<string, unknown>> | undefined {
  let node: Readonly<Record<string, unknown>> = base;
  for (let i = 0; i < rel.length; i++) {
    const key = rel[i] as string;
    const next = node[key];
    const at = [...basePath, ...rel.slice(0, i + 1)];
    const record = asRecord(next);
    if (!record) {
      walk.report(
        next === undefined || next === null ? [...basePath, ...rel.slice(0, i)] : at,
        next === undefined || next === null
          ? `missing \`${at.join('.')}\``
          : `\`${key}\` must be a mapping, found ${describe(next)}`,
      );
      return undefined;
    }
    node = record;
  }
  return node;
}

function visitContainers(
  podSpec: Readonly<Record<string, unknown>>,
  key: string,
  type: ContainerType,
  podSpecPath: NodePath,
  workloadIndex: number,
  walk: Walk,
): ContainerRef[] {
  const list = podSpec[key];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    walk.report([...podSpecPath, key], `\`${key}\` must be a list, found ${describe(list)}`);
    return [];
  }
  const found: ContainerRef[] = [];
  list.forEach((entry, index) => {
    const path = [...podSpecPath, key, index];
    const spec = asRecord(entry);
    if (!spec) {
      walk.report(path, `an entry of \`${key}\` must be a mapping, found ${describe(entry)}`);
      return;
    }
    if (typeof spec.name !== 'string' || spec.name === '') {
      const bad = spec.name !== undefined && spec.name !== null && typeof spec.name !== 'string';
      walk.report(
        bad ? [...path, 'name'] : path,
        bad
          ? `\`name\` must be a string, found ${describe(spec.name)}`
          : `an entry of \`${key}\` has no \`name\``,
      );
      return;
    }
    if (checkSecurityContext(spec, path, walk)) {
      found.push({ workloadIndex, type, index, name: spec.name, path, spec });
    }
  });
  return found;
}

// The fields the simulation reads must have the shape Kubernetes decodes, or the API would reject it.
function checkSecurityContext(
  spec: Readonly<Record<string, unknown>>,
  path: NodePath,
  walk: Walk,
): boolean {
  const sc = spec.securityContext;
  if (sc === undefined || sc === null) return true;
  const scPath = [...path, 'securityContext'];
  const record = asRecord(sc);
  if (!record) {
    walk.report(scPath, `\`securityContext\` must be a mapping, found ${describe(sc)}`);
    return false;
  }
  checkScalars(record, CONTAINER_SCALARS, scPath, walk);
  const caps = record.capabilities;
  if (caps === undefined || caps === null) return true;
  const capsRecord = asRecord(caps);
  if (!capsRecord) {
    walk.report(
      [...scPath, 'capabilities'],
      `\`capabilities\` must be a mapping, found ${describe(caps)}`,
    );
    return false;
  }
  let ok = true;
  for (const listKey of ['add', 'drop']) {
    const value = capsRecord[listKey];
    if (value === undefined || value === null) continue;
    const at = [...scPath, 'capabilities', listKey];
    if (!Array.isArray(value)) {
      walk.report(
        at,
        `\`${listKey}\` must be a list of capability names, found ${describe(value)}`,
      );
      ok = false;
      continue;
    }
    value.forEach((item, i) => {
      if (typeof item !== 'string') {
        walk.report([...at, i], `a capability name must be a string, found ${describe(item)}`);
        ok = false;
      }
    });
  }
  return ok;
}

/** The type each securityContext field the simulation or Pod Security reads must have. */
type ScalarType = 'integer' | 'boolean';

const POD_SCALARS: Readonly<Record<string, ScalarType>> = {
  runAsUser: 'integer',
  runAsGroup: 'integer',
  fsGroup: 'integer',
  runAsNonRoot: 'boolean',
};

const CONTAINER_SCALARS: Readonly<Record<string, ScalarType>> = {
  runAsUser: 'integer',
  runAsGroup: 'integer',
  runAsNonRoot: 'boolean',
  privileged: 'boolean',
  allowPrivilegeEscalation: 'boolean',
  readOnlyRootFilesystem: 'boolean',
};

// The API server rejects `runAsUser: "0"` or `privileged: "true"` when it decodes the object; the
// simulation would otherwise quietly read them as unset, and show a state no pod can reach.
function checkScalars(
  record: Readonly<Record<string, unknown>>,
  fields: Readonly<Record<string, ScalarType>>,
  path: NodePath,
  walk: Walk,
): void {
  for (const [field, type] of Object.entries(fields)) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    const ok = type === 'integer' ? Number.isInteger(value) : typeof value === 'boolean';
    if (!ok) {
      const wanted = type === 'integer' ? 'an integer' : 'true or false';
      walk.report([...path, field], `\`${field}\` must be ${wanted}, found ${describe(value)}`);
    }
  }
}

function checkPodSecurityContext(
  podSpec: Readonly<Record<string, unknown>>,
  podSpecPath: NodePath,
  walk: Walk,
): void {
  const sc = expectOptionalMapping(podSpec, 'securityContext', podSpecPath, walk);
  if (!sc) return;
  const scPath = [...podSpecPath, 'securityContext'];
  checkScalars(sc, POD_SCALARS, scPath, walk);
  const groups = sc.supplementalGroups;
  if (groups === undefined || groups === null) return;
  if (!Array.isArray(groups)) {
    walk.report(
      [...scPath, 'supplementalGroups'],
      `\`supplementalGroups\` must be a list of integers, found ${describe(groups)}`,
    );
    return;
  }
  groups.forEach((g, i) => {
    if (!Number.isInteger(g)) {
      walk.report(
        [...scPath, 'supplementalGroups', i],
        `a supplemental group must be an integer, found ${describe(g)}`,
      );
    }
  });
}

/** The mapping at `key` of `base`, or undefined when absent; reports anything else that is there. */
function expectOptionalMapping(
  base: Readonly<Record<string, unknown>>,
  key: string,
  basePath: NodePath,
  walk: Walk,
): Readonly<Record<string, unknown>> | undefined {
  const value = base[key];
  if (value === undefined || value === null) return undefined;
  const record = asRecord(value);
  if (!record)
    walk.report([...basePath, key], `\`${key}\` must be a mapping, found ${describe(value)}`);
  return record;
}
