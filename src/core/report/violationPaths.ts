/**
 * The YAML nodes a Pod Security violation is about, one per offending node, for reports that point
 * at each of them (SARIF, workflow annotations).
 */
import type { NodePath, WorkloadRef } from '../model.ts';
import { mayAdd } from '../psa/checks/capabilities.ts';
import { list, record } from '../psa/podData.ts';
import type { PsaViolation } from '../psa/types.ts';

const ADD_CHECKS: Readonly<Record<string, 'baseline' | 'restricted'>> = {
  capabilities_baseline: 'baseline',
  capabilities_restricted: 'restricted',
};

/**
 * The violation's `paths` (relative to the pod spec) and `metadataPaths` (relative to the pod's
 * metadata) as paths into the workload's document. A capabilities check names a container's
 * whole `add` list; each entry of it the check refuses is a node of its own here, so a report
 * points at `SYS_ADMIN` rather than at the list that also holds the allowed `NET_BIND_SERVICE`.
 */
export function violationPaths(workload: WorkloadRef, violation: PsaViolation): NodePath[] {
  // The pod's metadata is the sibling of its spec, for a Pod as for a controller's template.
  const metadataPath = [...workload.podSpecPath.slice(0, -1), 'metadata'];
  const level = ADD_CHECKS[violation.checkId];
  const inSpec = (violation.paths ?? []).flatMap((p): NodePath[] => {
    const entries = level && p[p.length - 1] === 'add' ? refusedEntries(workload, p, level) : [];
    const paths = entries.length > 0 ? entries : [p];
    return paths.map((q) => [...workload.podSpecPath, ...q]);
  });
  const inMetadata = (violation.metadataPaths ?? []).map((p) => [...metadataPath, ...p]);
  return [...inSpec, ...inMetadata];
}

/** The paths of the entries of the `add` list at `path` that `level` refuses. */
function refusedEntries(
  workload: WorkloadRef,
  path: NodePath,
  level: 'baseline' | 'restricted',
): NodePath[] {
  let node: unknown = workload.podSpec;
  for (const segment of path) {
    node = typeof segment === 'number' ? list(node)[segment] : record(node)?.[segment];
  }
  return list(node).flatMap((cap, i) =>
    typeof cap === 'string' && !mayAdd(level, cap) ? [[...path, i]] : [],
  );
}
