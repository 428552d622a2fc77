import { useMemo } from 'react';
import { maskToCapabilities } from '../../core/capmask.ts';
import { RUNTIME_IDS, type CapMask, type SimulationResult } from '../../core/model.ts';
import { RUNTIMES, refuserLabel } from '../../core/runtimes/table.ts';
import { useAppStore } from '../../store/appStore.ts';
import { selectComparison } from '../../store/inspectionSelectors.ts';
import { BreakAfter } from '../BreakAfter.tsx';
import { differenceText } from './comparisonText.ts';

function CapSet({ mask, differing }: { mask: CapMask; differing: ReadonlySet<string> }) {
  const caps = maskToCapabilities(mask);
  if (caps.length === 0) return <span className="note">none</span>;
  return (
    <span className="cap-set">
      <span className="cap-count">{caps.length}:</span>{' '}
      {caps.map((cap, i) => (
        <span key={cap.number}>
          {/* Narrow cells wrap NET_BIND_SERVICE after an underscore, not mid-word. */}
          {differing.has(cap.name) ? (
            <mark>
              <BreakAfter text={cap.name} separator="_" />
            </mark>
          ) : (
            <BreakAfter text={cap.name} separator="_" />
          )}
          {i < caps.length - 1 ? ', ' : ''}
        </span>
      ))}
    </span>
  );
}

function Outcome({ result }: { result: SimulationResult }) {
  if (result.ok) return <>starts</>;
  const by = refuserLabel(result.refusal.by);
  return (
    <span className="refused">
      refused by {by}: <code>{result.refusal.message}</code>
    </span>
  );
}

/** The selected container on containerd, CRI-O and Docker, side by side, differences in words. */
export function RuntimeComparison() {
  const comparison = useAppStore(selectComparison);
  const differing = useMemo(
    () => new Set(comparison?.differences.map((d) => d.capability.name)),
    [comparison],
  );
  return (
    <section className="runtime-comparison" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">Runtime comparison</h2>
      {comparison === null ? (
        <p className="note">No container to compare.</p>
      ) : (
        <>
          <table>
            <thead>
              <tr>
                <td />
                {RUNTIME_IDS.map((id) => (
                  <th key={id} scope="col">
                    {RUNTIMES[id].label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Container</th>
                {RUNTIME_IDS.map((id) => (
                  <td key={id}>
                    <Outcome result={comparison.results[id]} />
                  </td>
                ))}
              </tr>
              {(['bounding', 'effective'] as const).map((set) => (
                <tr key={set}>
                  <th scope="row">{set === 'bounding' ? 'Bounding set' : 'Effective set'}</th>
                  {RUNTIME_IDS.map((id) => {
                    const result = comparison.results[id];
                    return (
                      <td key={id}>
                        {result.ok ? (
                          <CapSet mask={result.state[set]} differing={differing} />
                        ) : (
                          '–'
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {comparison.identical ? (
            <p>The same on all three runtimes.</p>
          ) : comparison.differences.length > 0 ? (
            <>
              <h3 id="differences-heading">Differences</h3>
              <ul aria-labelledby="differences-heading">
                {comparison.differences.map((d) => (
                  <li key={d.capability.number}>{differenceText(d)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>The runtimes that start it agree on every capability.</p>
          )}
        </>
      )}
    </section>
  );
}
