import type {
  CapMask,
  ContainerRef,
  Manifest,
  RuntimeId,
  SimulationResult,
  WorkloadRef,
} from '../model.ts';
import { isWindowsPod } from '../plain.ts';
import { simulate, workloadOf } from '../process.ts';
import { runtimeRules } from '../runtimes/rules.ts';
import { type NodeLike, type NodeProfile, toNode } from '../node/nodeProfile.ts';
import { conflictWarnings } from './conflictWarnings.ts';
import { inspectContext, type InspectContext } from './context.ts';
import { grantWarnings } from './grantWarnings.ts';
import { lowPortWarnings, userNamespaceWarnings } from './nodeWarnings.ts';
import { spellingWarnings } from './spellingWarnings.ts';
import { WARNING_CODES, type InspectionWarning } from './warning.ts';

/** One container on one runtime: what it ends up with, and what is wrong with how it asks. */
export interface ContainerInspection {
  readonly workload: WorkloadRef;
  readonly container: ContainerRef;
  readonly runtime: RuntimeId;
  /** The node it was inspected on (its `runtime` is {@link runtime}). */
  readonly node: NodeProfile;
  /** The full simulation (API server first, then the runtime), as the capsh panel shows it. */
  readonly simulation: SimulationResult;
  /** Bounding-set capabilities beyond the runtime's defaults; empty when refused. */
  readonly added: CapMask;
  /** Runtime defaults missing from the bounding set; empty when refused. */
  readonly dropped: CapMask;
  /** In {@link WARNING_CODES} order, then in document order. */
  readonly warnings: readonly InspectionWarning[];
}

function windowsWarnings(ctx: InspectContext): InspectionWarning[] {
  if (!ctx.settings.hasCapabilities) return [];
  return [
    {
      code: 'windows-capabilities',
      severity: 'warning',
      message:
        'This pod sets spec.os.name: windows, and the API server rejects capabilities on a Windows pod ("cannot be set for a windows pod"): Windows containers have no Linux capabilities. Remove securityContext.capabilities.',
      documentIndex: ctx.workload.documentIndex,
      paths: [ctx.settings.capabilitiesPath],
      fix: { kind: 'remove-capabilities' },
    },
  ];
}

const ORDER = new Map(WARNING_CODES.map((code, i) => [code, i]));

/**
 * The warnings for `container` on `node`: each code's trigger follows that runtime's own
 * resolution of the lists (RUNTIME-SEMANTICS), asked of the runtime profiles, never re-derived.
 * `container` must come from `manifest`.
 */
export function containerWarnings(
  manifest: Manifest,
  container: ContainerRef,
  node: NodeLike,
): InspectionWarning[] {
  const ctx = inspectContext(manifest, container, node);
  // Linux capabilities mean nothing on Windows; the only finding is that the field is forbidden.
  if (isWindowsPod(ctx.workload.podSpec)) return windowsWarnings(ctx);
  const warnings = [
    ...spellingWarnings(ctx),
    ...conflictWarnings(ctx),
    ...grantWarnings(ctx),
    ...lowPortWarnings(ctx),
    ...userNamespaceWarnings(ctx),
  ];
  // Stable sort: code order first, the checks already emit in document order within a code.
  return warnings.sort((a, b) => (ORDER.get(a.code) ?? 0) - (ORDER.get(b.code) ?? 0));
}

/** Inspects one container: the simulation, the difference from the runtime's defaults, the warnings. */
export function inspectContainer(
  manifest: Manifest,
  container: ContainerRef,
  nodeLike: NodeLike,
): ContainerInspection {
  const node = toNode(nodeLike);
  const workload = workloadOf(manifest, container);
  const simulation = simulate(manifest, container, node);
  const defaults = runtimeRules(node).defaults;
  const bounding = simulation.ok ? simulation.state.bounding : undefined;
  return {
    workload,
    container,
    runtime: node.runtime,
    node,
    simulation,
    added: bounding === undefined ? 0n : bounding & ~defaults,
    dropped: bounding === undefined ? 0n : defaults & ~bounding,
    warnings: containerWarnings(manifest, container, node),
  };
}
