import { compareNodes, type NodeComparison } from '../core/inspect/compareNodes.ts';
import { containerWarnings } from '../core/inspect/inspectContainer.ts';
import type { InspectionWarning } from '../core/inspect/warning.ts';
import { RUNTIME_IDS } from '../core/model.ts';
import {
  type NodeLike,
  type NodeProfile,
  RUNTIME_VERSIONS,
  toNode,
} from '../core/node/nodeProfile.ts';
import type { Analysis } from '../core/analysis/analysis.ts';
import type { PhaseState } from './textPhase.ts';
import { memoizeLast } from '../core/memoizeLast.ts';

interface InspectionInput {
  readonly analysis: Pick<Analysis, 'manifest' | 'container'>;
  readonly node: NodeLike;
}

const NO_WARNINGS: readonly InspectionWarning[] = [];

const warningsOf = memoizeLast(
  (
    manifest: Analysis['manifest'],
    container: Analysis['container'],
    node: NodeLike,
  ): readonly InspectionWarning[] =>
    manifest && container ? containerWarnings(manifest, container, node) : NO_WARNINGS,
);

/** The selected container's warnings on the selected node (of the last valid parse). */
export function selectWarnings(state: InspectionInput): readonly InspectionWarning[] {
  return warningsOf(state.analysis.manifest, state.analysis.container, state.node);
}

/**
 * The nodes of the runtime comparison: `node` itself, then either `other` alone, or (without it)
 * the two other runtimes at their newest on `node`'s kernel, OCI runtime and Kubernetes, in
 * RUNTIME_IDS order as compareRuntimes does.
 */
export function comparedNodes(node: NodeProfile, other: NodeProfile | null): NodeProfile[] {
  if (other) return [node, other];
  return RUNTIME_IDS.map((runtime) =>
    runtime === node.runtime
      ? node
      : { ...node, runtime, runtimeVersion: RUNTIME_VERSIONS[runtime].at(-1) ?? '' },
  );
}

const comparisonOf = memoizeLast(
  (
    manifest: Analysis['manifest'],
    container: Analysis['container'],
    node: NodeLike,
    other: NodeProfile | null,
  ): NodeComparison | null =>
    manifest && container
      ? compareNodes(manifest, container, comparedNodes(toNode(node), other))
      : null,
);

/**
 * The selected container on every runtime side by side, or on the selected node and `other`;
 * null when there is none. The same object while its inputs are the same.
 */
export function selectComparison(
  state: InspectionInput,
  other: NodeProfile | null = null,
): NodeComparison | null {
  return comparisonOf(state.analysis.manifest, state.analysis.container, state.node, other);
}

/**
 * Whether the editor's text is the one the warnings describe: only then do their paths locate the
 * right nodes, and only then may a fix edit the text.
 */
export function selectWarningsCurrent(state: PhaseState): boolean {
  return state.phase === 'ready' && state.analysis.manifest?.text === state.text;
}
