import { useMemo, useState } from 'react';
import {
  type Alternative,
  compareWithContainer,
  describeComparison,
} from '../../core/evidence/compare.ts';
import { EvidenceError, parseContainerOutput } from '../../core/evidence/observed.ts';
import type { ContainerRef, Manifest } from '../../core/model.ts';
import {
  KERNEL_VERSIONS,
  nodeKey,
  RUNTIME_VERSIONS,
  type NodeProfile,
} from '../../core/node/nodeProfile.ts';
import { simulate } from '../../core/process.ts';
import { useAppStore } from '../../store/appStore.ts';
import { comparedNodes } from '../../store/inspectionSelectors.ts';
import { distinguishingLabels } from '../nodeLabel.ts';

type Outcome = { lines: readonly string[] } | { error: string } | null;

/**
 * The nodes a real container may have run on instead of `node`, each named by what differs: the
 * other runtimes on this node, the runtime's other versions, the other kernels.
 */
function alternativesOf(
  manifest: Manifest,
  container: ContainerRef,
  node: NodeProfile,
): Alternative[] {
  const nodes = [
    ...comparedNodes(node, null),
    ...RUNTIME_VERSIONS[node.runtime].map((runtimeVersion) => ({ ...node, runtimeVersion })),
    ...KERNEL_VERSIONS.map((kernel) => ({ ...node, kernel })),
  ];
  const alternatives: Alternative[] = [];
  for (const other of nodes) {
    // The node itself is the simulation, not an alternative.
    if (nodeKey(other) === nodeKey(node)) continue;
    const [, label = nodeKey(other)] = distinguishingLabels([node, other]);
    const result = simulate(manifest, container, other);
    if (result.ok) alternatives.push({ label, state: result.state });
  }
  return alternatives;
}

/**
 * `Compare with a real container`: pasted `capsh --print` or `/proc/PID/status` against the
 * simulation of the selected container on the selected node; the other runtimes, runtime versions
 * and kernels are the alternatives it may match.
 */
export function ComparePanel() {
  const [pasted, setPasted] = useState('');
  const simulation = useAppStore((s) => s.simulation);
  const manifest = useAppStore((s) => s.manifest);
  const container = useAppStore((s) => s.container);
  const node = useAppStore((s) => s.node);

  const outcome: Outcome = useMemo(() => {
    if (pasted.trim() === '') return null;
    if (!simulation?.ok || !manifest || !container) {
      return { error: 'Nothing to compare with: the selected container does not simulate.' };
    }
    try {
      const observed = parseContainerOutput(pasted);
      const alternatives = alternativesOf(manifest, container, node);
      return {
        lines: describeComparison(compareWithContainer(observed, simulation.state, alternatives)),
      };
    } catch (e) {
      if (e instanceof EvidenceError) return { error: e.message };
      throw e;
    }
  }, [pasted, simulation, manifest, container, node]);

  return (
    <div className="evidence-panel">
      <h2>Compare with a real container</h2>
      <textarea
        aria-label="Output from the container"
        rows={6}
        spellCheck={false}
        placeholder="kubectl exec POD -- capsh --print   or   kubectl exec POD -- cat /proc/1/status"
        value={pasted}
        onChange={(e) => setPasted(e.target.value)}
      />
      <section aria-label="Comparison" aria-live="polite">
        {outcome === null && <p className="note">Paste what the real container printed.</p>}
        {outcome && 'error' in outcome && <p role="alert">{outcome.error}</p>}
        {outcome && 'lines' in outcome && outcome.lines.map((l, i) => <p key={i}>{l}</p>)}
      </section>
    </div>
  );
}
