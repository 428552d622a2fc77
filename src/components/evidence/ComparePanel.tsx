import { useMemo, useState } from 'react';
import { compareWithContainer, describeComparison } from '../../core/evidence/compare.ts';
import { EvidenceError, parseContainerOutput } from '../../core/evidence/observed.ts';
import { alternativeSimulations } from '../../core/evidence/alternativeNodes.ts';
import { useAppStore } from '../../store/useAppStore.ts';

type Outcome = { lines: readonly string[] } | { error: string } | null;

/**
 * `Compare with a real container`: pasted `capsh --print` or `/proc/PID/status` against the
 * simulation of the selected container; nodes one change away are the alternatives it may match.
 */
export function ComparePanel() {
  const [pasted, setPasted] = useState('');
  const simulation = useAppStore((s) => s.analysis.simulation);
  const manifest = useAppStore((s) => s.analysis.manifest);
  const container = useAppStore((s) => s.analysis.container);
  // The node the simulation is for: the alternatives are one change away from it.
  const node = useAppStore((s) => s.node);

  const outcome: Outcome = useMemo(() => {
    if (pasted.trim() === '') return null;
    if (!simulation?.ok || !manifest || !container) {
      return { error: 'Nothing to compare with: the selected container does not simulate.' };
    }
    try {
      const observed = parseContainerOutput(pasted);
      const alternatives = alternativeSimulations(manifest, container, node);
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
