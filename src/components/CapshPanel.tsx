import { useMemo } from 'react';
import { formatCapsh } from '../core/capsh.ts';
import { refuserLabel } from '../core/runtimes/runtimeTable.ts';
import { useAppStore } from '../store/useAppStore.ts';
import { selectReadingText } from '../store/textPhase.ts';
import { BreakAfter } from './BreakAfter.tsx';
import { capshLines } from './capshLines.ts';
import { nodeName } from '../core/node/nodeLabel.ts';

/** What `capsh --print` prints in the selected container, or why the container never starts. */
export function CapshPanel() {
  const simulation = useAppStore((s) => s.analysis.simulation);
  const textValid = useAppStore((s) => s.analysis.valid);
  const node = useAppStore((s) => s.node);
  const readingText = useAppStore(selectReadingText);
  const text = useMemo(
    () => (simulation?.ok ? formatCapsh(simulation.state) : undefined),
    [simulation],
  );

  return (
    <section className="capsh-panel" aria-label="capsh --print">
      <div className="panel-head">
        <h2>
          <code>capsh --print</code>
        </h2>
        <p className="runtime-line">Runtime: {nodeName(node)}</p>
      </div>
      {!textValid && <p className="note">Showing the last valid version of the YAML.</p>}
      {readingText && <p className="note">Reading the manifest…</p>}
      {simulation === null && !readingText && <p className="note">No container to simulate.</p>}
      {text !== undefined && (
        // A set is one long line: let it wrap between names, never inside one. Each line is a
        // box of its own (capshLines), so a toggle that changes two lines lays out those two.
        <pre className="capsh-output">
          {capshLines(text).map((line, i) => (
            <span className="capsh-line" key={i}>
              <BreakAfter text={line} separator="," />
            </span>
          ))}
        </pre>
      )}
      {simulation && !simulation.ok && (
        <div className="refusal">
          <p>
            {simulation.refusal.by === 'api-server'
              ? 'The API server rejects this pod:'
              : `${refuserLabel(simulation.refusal.by)} refuses to start the container:`}
          </p>
          <pre className="capsh-output error">{simulation.refusal.message}</pre>
        </div>
      )}
      {simulation && simulation.notes.length > 0 && (
        <ul className="notes" aria-label="Runtime notes">
          {simulation.notes.map((n, i) => (
            <li key={i}>{n.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
