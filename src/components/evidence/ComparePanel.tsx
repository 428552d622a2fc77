import { useMemo, useState } from 'react';
import {
  type Alternative,
  compareWithContainer,
  describeComparison,
} from '../../core/evidence/compare.ts';
import { EvidenceError, parseContainerOutput } from '../../core/evidence/observed.ts';
import { RUNTIME_IDS } from '../../core/model.ts';
import { simulate } from '../../core/process.ts';
import { RUNTIMES } from '../../core/runtimes/table.ts';
import { useAppStore } from '../../store/appStore.ts';

type Outcome = { lines: readonly string[] } | { error: string } | null;

/**
 * `Compare with a real container`: pasted `capsh --print` or `/proc/PID/status` against the
 * simulation of the selected container; the other runtimes are the alternatives it may match.
 */
export function ComparePanel() {
  const [pasted, setPasted] = useState('');
  const simulation = useAppStore((s) => s.simulation);
  const manifest = useAppStore((s) => s.manifest);
  const container = useAppStore((s) => s.container);
  const runtime = useAppStore((s) => s.runtime);

  const outcome: Outcome = useMemo(() => {
    if (pasted.trim() === '') return null;
    if (!simulation?.ok || !manifest || !container) {
      return { error: 'Nothing to compare with: the selected container does not simulate.' };
    }
    try {
      const observed = parseContainerOutput(pasted);
      const alternatives: Alternative[] = [];
      for (const id of RUNTIME_IDS) {
        if (id === runtime) continue;
        const other = simulate(manifest, container, id);
        if (other.ok) alternatives.push({ label: RUNTIMES[id].label, state: other.state });
      }
      return {
        lines: describeComparison(compareWithContainer(observed, simulation.state, alternatives)),
      };
    } catch (e) {
      if (e instanceof EvidenceError) return { error: e.message };
      throw e;
    }
  }, [pasted, simulation, manifest, container, runtime]);

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
