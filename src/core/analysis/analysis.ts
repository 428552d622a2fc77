import type { ManifestReader } from '../manifest/reader.ts';
import type {
  ContainerRef,
  Manifest,
  SimulationResult,
  TextProblem,
  WorkloadRef,
} from '../model.ts';
import type { NodeLike } from '../node/nodeProfile.ts';
import { capabilityRequest, simulate } from '../process.ts';
import type { CapabilityRequest } from '../runtimes/profile.ts';
import { keyOf, resolveContainer, type ContainerKey } from './containerKey.ts';

/**
 * Everything the views show, derived from a text, the selected container and the node: one value,
 * replaced whole, so no field of it can describe another text than the others do.
 */
export interface Analysis {
  /** The text the fields below describe; a read of any other text is stale and is dropped. */
  readonly text: string;
  /** Problems of the read (editor markers, the alert). */
  readonly problems: readonly TextProblem[];
  /** Whether `text` read without errors; when not, the checklist shows `manifest` read-only. */
  readonly valid: boolean;
  /** The last read without errors: what the checklist and capsh panel show. */
  readonly manifest: Manifest | null;
  readonly selection: ContainerKey | null;
  readonly container: ContainerRef | null;
  readonly workload: WorkloadRef | null;
  readonly request: CapabilityRequest;
  readonly simulation: SimulationResult | null;
}

const NO_REQUEST: CapabilityRequest = { add: [], drop: [], privileged: false };

export const EMPTY_ANALYSIS: Analysis = {
  text: '',
  problems: [],
  valid: true,
  manifest: null,
  selection: null,
  container: null,
  workload: null,
  request: NO_REQUEST,
  simulation: null,
};

function hasErrors(problems: readonly TextProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** `prev` with the container `key` names resolved again and simulated on `node`; same text. */
export function analyzeSelection(
  prev: Analysis,
  key: ContainerKey | null,
  node: NodeLike,
): Analysis {
  const manifest = prev.manifest;
  const container = manifest ? resolveContainer(manifest, key, prev.container) : null;
  const workload =
    manifest && container ? (manifest.workloads[container.workloadIndex] ?? null) : null;
  return {
    ...prev,
    selection: container ? keyOf(container) : null,
    container,
    workload,
    request: container ? capabilityRequest(container) : NO_REQUEST,
    simulation: manifest && container ? simulate(manifest, container, node) : null,
  };
}

/**
 * Reads `text` with an incremental `reader` (an edit re-parses only the documents it touched);
 * keeps the previous valid manifest when it does not parse.
 */
export function analyzeText(
  reader: ManifestReader,
  prev: Analysis,
  text: string,
  node: NodeLike,
): Analysis {
  return analyzeParsed(prev, reader.read(text), node);
}

/** {@link analyzeText} of a text already read: `parsed` (e.g. the example's build-time parse). */
export function analyzeParsed(prev: Analysis, parsed: Manifest, node: NodeLike): Analysis {
  const valid = !hasErrors(parsed.problems);
  const next: Analysis = {
    ...prev,
    text: parsed.text,
    problems: parsed.problems,
    valid,
    manifest: valid ? parsed : prev.manifest,
  };
  // While the text is invalid the checklist keeps showing the last valid read unchanged.
  return valid ? analyzeSelection(next, prev.selection, node) : next;
}

/**
 * Nothing of the previous document but the selection (picked again if the new one has it): a
 * document opened or followed from a link keeps nothing else, its checklist would mislead.
 */
export function freshAnalysis(prev: Analysis): Analysis {
  return { ...EMPTY_ANALYSIS, selection: prev.selection };
}
