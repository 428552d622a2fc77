import type { Manifest, WorkloadRef } from '../core/model.ts';
import { evaluatePod } from '../core/psa/evaluate.ts';
import { namespacePolicies } from '../core/psa/namespaceLabels.ts';
import type { PsaLevel, PsaResult } from '../core/psa/types.ts';
import type { NodeProfile } from '../core/node/nodeProfile.ts';
import { defaultPolicyVersion, DEFAULT_TARGET } from '../core/psa/policyDefaults.ts';

/** The enforce labels of the workload's Namespace, when the text holds that Namespace object. */
export interface NamespaceEnforcement {
  readonly name: string;
  readonly level: PsaLevel | undefined;
  readonly version: string | undefined;
  /** Label values PSA would reject (and so ignored here). */
  readonly problems: readonly string[];
}

/** The Pod Security verdict of the selected workload, for the view. */
export interface PodSecurityView {
  /** The most restrictive level the pod meets at `version`. */
  readonly highest: PsaLevel;
  /** The policy version as chosen or labelled (`latest`, `v1.25`). */
  readonly version: string;
  readonly target: PsaLevel;
  /** Where the target level came from: the user's choice, the Namespace label, or the default. */
  readonly targetSource: 'chosen' | 'namespace' | 'default';
  readonly namespace: NamespaceEnforcement | null;
  /** The pod against `target` at `version`. */
  readonly result: PsaResult;
  /** What "Make restricted" aims for, whatever the pickers say. */
  readonly meetsRestrictedLatest: boolean;
}

/** The part of the store the verdict depends on. */
export interface PodSecurityInput {
  readonly analysis: { readonly workload: WorkloadRef | null; readonly manifest: Manifest | null };
  readonly psaTarget: PsaLevel | null;
  readonly psaVersion: string | null;
  /** Its Kubernetes version is the policy version when nothing else names one. */
  readonly node: Pick<NodeProfile, 'kubernetes'>;
}

function enforcementOf(workload: WorkloadRef, manifest: Manifest): NamespaceEnforcement | null {
  const name = workload.namespace;
  if (name === undefined) return null;
  const namespaces = manifest.others.filter((o) => o.kind === 'Namespace' && o.name === name);
  const { policies, problems } = namespacePolicies(namespaces);
  const policy = policies.get(name);
  if (!policy && problems.length === 0) return null;
  return {
    name,
    level: policy?.level,
    version: policy?.version,
    problems: problems.map((p) => p.message),
  };
}

function evaluate(
  input: PodSecurityInput,
  workload: WorkloadRef,
  namespace: NamespaceEnforcement | null,
) {
  const pod = { metadata: workload.podMetadata, spec: workload.podSpec };
  const target = input.psaTarget ?? namespace?.level ?? DEFAULT_TARGET;
  const targetSource =
    input.psaTarget !== null ? 'chosen' : namespace?.level ? 'namespace' : 'default';
  const version =
    input.psaVersion ?? namespace?.version ?? defaultPolicyVersion(input.node.kubernetes);
  // Each distinct (level, version) is evaluated once: the highest level, the target and
  // "Make restricted" often ask the same question.
  const results = new Map<string, PsaResult>();
  const at = (level: PsaLevel, v: string): PsaResult => {
    const key = `${level}\n${v}`;
    let result = results.get(key);
    if (!result) {
      result = evaluatePod(pod, level, v);
      results.set(key, result);
    }
    return result;
  };
  // As highestLevel (core/psa/evaluate.ts), through the shared results.
  const highest: PsaLevel = at('restricted', version).allowed
    ? 'restricted'
    : at('baseline', version).allowed
      ? 'baseline'
      : 'privileged';
  return {
    highest,
    version,
    target,
    targetSource,
    namespace,
    result: at(target, version),
    meetsRestrictedLatest: at('restricted', 'latest').allowed,
  } satisfies PodSecurityView;
}

/**
 * A selector of the selected workload's Pod Security verdict that evaluates only when what the
 * verdict depends on changes. The parse hands out new objects for every valid keystroke anywhere
 * in the file, so identity alone would re-run every check; the pod's own content is the key, and
 * the same view object comes back for the same key, which also keeps React from re-rendering.
 */
export function createPodSecuritySelector() {
  let lastInput: PodSecurityInput | undefined;
  let lastKey = '';
  let lastView: PodSecurityView | null = null;
  return (input: PodSecurityInput): PodSecurityView | null => {
    if (
      lastInput &&
      input.analysis.workload === lastInput.analysis.workload &&
      input.analysis.manifest === lastInput.analysis.manifest &&
      input.psaTarget === lastInput.psaTarget &&
      input.psaVersion === lastInput.psaVersion &&
      input.node.kubernetes === lastInput.node.kubernetes
    ) {
      return lastView;
    }
    lastInput = input;
    const { workload, manifest } = input.analysis;
    if (!workload || !manifest) {
      lastKey = '';
      lastView = null;
      return null;
    }
    const namespace = enforcementOf(workload, manifest);
    const key = JSON.stringify([
      workload.podSpec,
      workload.podMetadata,
      namespace,
      input.psaTarget,
      input.psaVersion,
      input.node.kubernetes,
    ]);
    if (key !== lastKey || lastView === null) {
      lastKey = key;
      lastView = evaluate(input, workload, namespace);
    }
    return lastView;
  };
}
