import { useMemo, useState } from 'react';
import { maskToCapabilities } from '../../core/capmask.ts';
import type { CapMask, SimulationResult } from '../../core/model.ts';
import {
  KERNEL_VERSIONS,
  KUBERNETES_VERSIONS,
  RUNTIME_VERSIONS,
} from '../../core/node/nodeProfile.ts';
import type { NodeProfile } from '../../core/node/nodeProfile.ts';
import { RUNTIMES, refuserLabel } from '../../core/runtimes/runtimeTable.ts';
import { useAppStore, useDeferredAppStore } from '../../store/useAppStore.ts';
import { selectComparison } from '../../store/inspectionSelectors.ts';
import { changedNode } from '../../store/preferencesSlice.ts';
import { BreakAfter } from '../BreakAfter.tsx';
import { distinguishingLabels, OCI_CHOICES, ociChoiceOf } from '../../core/node/nodeLabel.ts';
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

/** The other runtimes (the default), or one axis of the node changed: `kernel:5.4`. */
const OTHER_RUNTIMES = '';

/** Per axis, the values the node could have instead of its own, as `Compare with` options. */
function alternatives(node: NodeProfile) {
  const runtime = RUNTIMES[node.runtime].label;
  return [
    {
      group: 'Runtime version',
      options: RUNTIME_VERSIONS[node.runtime]
        .filter((v) => v !== node.runtimeVersion)
        .map((v) => ({ value: `runtimeVersion:${v}`, label: `${runtime} ${v}` })),
    },
    {
      group: 'OCI runtime',
      options: OCI_CHOICES.filter((c) => c !== ociChoiceOf(node)).map((c) => ({
        value: `oci:${c.value}`,
        label: c.label,
      })),
    },
    {
      group: 'Kernel',
      options: KERNEL_VERSIONS.filter((v) => v !== node.kernel).map((v) => ({
        value: `kernel:${v}`,
        label: `Linux ${v}`,
      })),
    },
    {
      group: 'Kubernetes version',
      options: KUBERNETES_VERSIONS.filter((v) => v !== node.kubernetes).map((v) => ({
        value: `kubernetes:${v}`,
        label: `Kubernetes ${v}`,
      })),
    },
  ];
}

/** The node `choice` names: `node` with one axis changed; null for the other runtimes. */
function otherNode(node: NodeProfile, choice: string): NodeProfile | null {
  const [axis, value = ''] = choice.split(':');
  switch (axis) {
    case 'runtimeVersion':
      return changedNode(node, { runtimeVersion: value });
    case 'kernel':
      return changedNode(node, { kernel: value });
    case 'kubernetes':
      return changedNode(node, { kubernetes: value });
    case 'oci': {
      const oci = OCI_CHOICES.find((c) => c.value === value);
      return oci ? changedNode(node, oci) : null;
    }
    default:
      return null;
  }
}

/**
 * The selected container on containerd, CRI-O and Docker side by side, or on the selected node
 * and one other (`Compare with`: containerd 1.7 against 2.1, kernel 5.4 against 6.12), the
 * differences in words.
 */
export function RuntimeComparison() {
  const node = useAppStore((s) => s.node);
  // A choice that is the node itself now (the node was changed to it) compares the runtimes again.
  const [chosen, setChosen] = useState(OTHER_RUNTIMES);
  const groups = useMemo(() => alternatives(node), [node]);
  const offered = groups.some((g) => g.options.some((o) => o.value === chosen));
  const choice = offered ? chosen : OTHER_RUNTIMES;
  const other = useMemo(() => otherNode(node, choice), [node, choice]);
  const comparison = useDeferredAppStore((s) => selectComparison(s, other));
  const labels = useMemo(
    () =>
      comparison === null
        ? []
        : other === null
          ? comparison.columns.map((c) => RUNTIMES[c.node.runtime].label)
          : distinguishingLabels(comparison.columns.map((c) => c.node)),
    [comparison, other],
  );
  const differing = useMemo(
    () => new Set(comparison?.differences.map((d) => d.capability.name)),
    [comparison],
  );
  return (
    <section className="runtime-comparison" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">Runtime comparison</h2>
      <label className="compare-with">
        Compare with{' '}
        <select value={choice} onChange={(e) => setChosen(e.target.value)}>
          <option value={OTHER_RUNTIMES}>the other runtimes</option>
          {groups.map((g) => (
            <optgroup key={g.group} label={g.group}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {comparison === null ? (
        <p className="note">No container to compare.</p>
      ) : (
        <>
          <table>
            <thead>
              <tr>
                <td />
                {labels.map((label, i) => (
                  <th key={i} scope="col">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Container</th>
                {comparison.columns.map((c, i) => (
                  <td key={i}>
                    <Outcome result={c.result} />
                  </td>
                ))}
              </tr>
              {(['bounding', 'effective'] as const).map((set) => (
                <tr key={set}>
                  <th scope="row">{set === 'bounding' ? 'Bounding set' : 'Effective set'}</th>
                  {comparison.columns.map(({ result }, i) => (
                    <td key={i}>
                      {result.ok ? <CapSet mask={result.state[set]} differing={differing} /> : '–'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {comparison.identical ? (
            <p>{other === null ? 'The same on all three runtimes.' : 'The same on both nodes.'}</p>
          ) : comparison.differences.length > 0 ? (
            <>
              <h3 id="differences-heading">Differences</h3>
              <ul aria-labelledby="differences-heading">
                {comparison.differences.map((d) => (
                  <li key={d.capability.number}>{differenceText(labels, d)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>
              {other === null
                ? 'The runtimes that start it agree on every capability.'
                : 'Where both start it, they agree on every capability.'}
            </p>
          )}
        </>
      )}
    </section>
  );
}
