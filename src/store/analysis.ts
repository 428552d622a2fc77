import type { ManifestReader } from '../core/manifest/reader.ts';
import type {
  ContainerRef,
  Manifest,
  SimulationResult,
  TextProblem,
  WorkloadRef,
} from '../core/model.ts';
import type { NodeLike } from '../core/node/nodeProfile.ts';
import { capabilityRequest, simulate } from '../core/process.ts';
import type { CapabilityRequest } from '../core/runtimes/profile.ts';
import { keyOf, resolveContainer, type ContainerKey } from './containerKey.ts';

/** Everything the views show, derived from the text, the selection and the node. */
export interface Analysis {
  /** The text the fields below describe; a parse of any other text is stale and is dropped. */
  readonly parsedText: string;
  /** Problems of the latest parse (editor markers, the alert). */
  readonly problems: readonly TextProblem[];
  /** Whether the latest text parsed without errors; when not, the checklist is read-only. */
  readonly textValid: boolean;
  /** The last parse without errors: what the checklist and capsh panel show. */
  readonly manifest: Manifest | null;
  readonly selection: ContainerKey | null;
  readonly container: ContainerRef | null;
  readonly workload: WorkloadRef | null;
  readonly request: CapabilityRequest;
  readonly simulation: SimulationResult | null;
}

const NO_REQUEST: CapabilityRequest = { add: [], drop: [], privileged: false };

export const EMPTY_ANALYSIS: Analysis = {
  parsedText: '',
  problems: [],
  textValid: true,
  manifest: null,
  selection: null,
  container: null,
  workload: null,
  request: NO_REQUEST,
  simulation: null,
};

/**
 * Only the analysis fields of `state`: callers pass the whole store, and spreading it back into
 * `set` would overwrite fields changed in the same action (the node, the text) with old values.
 */
function analysisOf(state: Analysis): Analysis {
  const { parsedText, problems, textValid, manifest, selection, container, workload } = state;
  const { request, simulation } = state;
  return {
    parsedText,
    problems,
    textValid,
    manifest,
    selection,
    container,
    workload,
    request,
    simulation,
  };
}

function hasErrors(problems: readonly TextProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Re-resolves the selected container and re-runs the simulation; the text is unchanged. */
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
    ...analysisOf(prev),
    selection: container ? keyOf(container) : null,
    container,
    workload,
    request: container ? capabilityRequest(container) : NO_REQUEST,
    simulation: manifest && container ? simulate(manifest, container, node) : null,
  };
}

/**
 * Reads `text` with the store's incremental `reader` (an edit re-parses only the documents it
 * touched); keeps the previous valid manifest when it does not parse. A `fresh` document (a file
 * opened, a link followed) keeps nothing of the previous one: its checklist would mislead.
 */
export function analyzeText(
  reader: ManifestReader,
  prev: Analysis,
  text: string,
  node: NodeLike,
  fresh = false,
): Analysis {
  return analyzeParsed(prev, reader.read(text), node, fresh);
}

/** {@link analyzeText} of a text already read: `parsed` (e.g. the example's build-time parse). */
export function analyzeParsed(
  prev: Analysis,
  parsed: Manifest,
  node: NodeLike,
  fresh = false,
): Analysis {
  const textValid = !hasErrors(parsed.problems);
  const base = fresh ? freshAnalysis(prev) : analysisOf(prev);
  const next: Analysis = {
    ...base,
    parsedText: parsed.text,
    problems: parsed.problems,
    textValid,
    manifest: textValid ? parsed : base.manifest,
  };
  // While the text is invalid the checklist keeps showing the last valid parse unchanged.
  return textValid ? analyzeSelection(next, prev.selection, node) : next;
}

/** Nothing of the previous document but the selection (picked again if the new one has it). */
export function freshAnalysis(prev: Analysis): Analysis {
  return { ...EMPTY_ANALYSIS, selection: prev.selection };
}
