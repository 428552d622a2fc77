import { useMemo, useState } from 'react';
import { hasCap } from '../core/capmask.ts';
import { runtimeRules } from '../core/runtimes/rules.ts';
import { nodeName } from '../core/node/nodeLabel.ts';
import { breaksWithout } from '../core/inspect/breaksWithout.ts';
import { useAppStore } from '../store/useAppStore.ts';
import { selectCanToggle, selectReadingText } from '../store/textPhase.ts';
import { selectIsWindowsPod } from '../store/windowsPod.ts';
import { CapabilityRow } from './CapabilityRow.tsx';
import { WINDOWS_REASON_ID, WindowsReason } from './inspect/WindowsReason.tsx';
import type { ChecklistOrder } from '../store/preferencesSlice.ts';
import { checklistRows, ORDER_LABELS } from './checklistRows.ts';
import { OtherNames } from './OtherNames.tsx';
import { WholeSetToggles } from './WholeSetToggles.tsx';

/**
 * All 41 capabilities for the selected container: the view over its add/drop lists. The rows read
 * their add/drop and simulated state themselves (CapabilityRow); this reads what all rows share.
 */
export function Checklist() {
  // The filter is what the user looks for right now; the order is a preference kept across reloads.
  const [query, setQuery] = useState('');
  const order = useAppStore((s) => s.checklistOrder);
  const setOrder = useAppStore((s) => s.setChecklistOrder);
  const node = useAppStore((s) => s.node);
  const textValid = useAppStore((s) => s.analysis.valid);
  const hasContainer = useAppStore((s) => s.analysis.container !== null);
  const toggleCapability = useAppStore((s) => s.toggleCapability);
  const isWindows = useAppStore(selectIsWindowsPod);
  // Until the text is read (the parser's code arriving, a large text in the worker), a toggle
  // could only act on an older read; while it does not parse, the checklist is read-only.
  const canToggle = useAppStore(selectCanToggle);
  const readingText = useAppStore(selectReadingText);

  const rows = useMemo(() => checklistRows(query, order), [query, order]);
  const profile = runtimeRules(node);
  const disabled = !canToggle || !hasContainer || isWindows;
  const describedBy = isWindows ? WINDOWS_REASON_ID : undefined;

  return (
    <section className="checklist" aria-labelledby="checklist-heading">
      <div className="panel-head checklist-controls">
        <h2 id="checklist-heading">Capabilities</h2>
        <input
          type="search"
          aria-label="Filter capabilities"
          placeholder="Filter by name or words"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <label>
          Order{' '}
          <select value={order} onChange={(e) => setOrder(e.target.value as ChecklistOrder)}>
            {Object.entries(ORDER_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!textValid && (
        <p className="note">
          Read-only until the YAML parses again: showing the last valid version.
        </p>
      )}
      {readingText && <p className="note">Reading the manifest…</p>}
      {isWindows && <WindowsReason />}
      <WholeSetToggles disabled={disabled} describedBy={describedBy} />
      <OtherNames />
      <div className="table-scroll">
        <table className="cap-table">
          <thead>
            <tr>
              <th scope="col">Capability</th>
              <th scope="col">Risk</th>
              <th scope="col">Default on {nodeName(node)}</th>
              <th scope="col" title="In the bounding set: the most the process could ever have">
                Bounding
              </th>
              <th scope="col" title="In the effective set: what the process can do right now">
                Effective
              </th>
              <th scope="col">add</th>
              <th scope="col">drop</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((cap) => {
              const isDefault = hasCap(profile.defaults, cap.number);
              return (
                <CapabilityRow
                  key={cap.number}
                  cap={cap}
                  isDefault={isDefault}
                  breaks={isDefault ? breaksWithout(cap.name) : undefined}
                  disabled={disabled}
                  describedBy={describedBy}
                  onToggle={toggleCapability}
                />
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="note">No capability matches “{query}”.</p>}
    </section>
  );
}
