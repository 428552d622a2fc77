import { memo } from 'react';
import { hasCap } from '../core/capmask.ts';
import type { CapabilityInfo } from '../core/model.ts';
import type { AppState } from '../store/appState.ts';
import type { CapabilityList } from '../store/formSlice.ts';
import { useAppStore } from '../store/useAppStore.ts';
import { RISK_LABELS } from './checklistRows.ts';

interface CapabilityRowProps {
  cap: CapabilityInfo;
  isDefault: boolean;
  /** What stops working without it, for a capability the runtime grants by default. */
  breaks: string | undefined;
  disabled: boolean;
  /** The id of the element saying why the toggles are disabled, if one does. */
  describedBy?: string | undefined;
  onToggle: (list: CapabilityList, name: string) => void;
}

function YesNo({ value, label }: { value: boolean | undefined; label: string }) {
  if (value === undefined) return <td className="mark unknown">–</td>;
  // The mark is for the eye; the words are for screen readers and for anyone without colour.
  return (
    <td className={value ? 'mark yes' : 'mark no'}>
      <span aria-hidden="true">{value ? '✓' : '·'}</span>
      <span className="visually-hidden">{value ? `in ${label}` : `not in ${label}`}</span>
    </td>
  );
}

/** Whether the simulated process has `number` in `set`; undefined when there is none. */
function inSet(s: AppState, set: 'bounding' | 'effective', number: number): boolean | undefined {
  const { simulation } = s.analysis;
  return simulation?.ok ? hasCap(simulation.state[set], number) : undefined;
}

/**
 * One capability: what it is, how risky, who grants it, and the add/drop toggles. Each row reads
 * its own state from the store, so a toggle re-renders the rows whose state it changed, not the
 * checklist and its 41 rows.
 */
export const CapabilityRow = memo(function CapabilityRow(props: CapabilityRowProps) {
  const { cap, isDefault, breaks, disabled, describedBy, onToggle } = props;
  const added = useAppStore((s) => s.analysis.request.add.includes(cap.name));
  const dropped = useAppStore((s) => s.analysis.request.drop.includes(cap.name));
  // Undefined when there is no simulated process (the container is refused, or none is selected).
  const inBounding = useAppStore((s) => inSet(s, 'bounding', cap.number));
  const inEffective = useAppStore((s) => inSet(s, 'effective', cap.number));
  // A default the container no longer has: what breaks is what the user just chose.
  const lost = breaks !== undefined && (dropped || inBounding === false);
  return (
    <tr className={inEffective ? 'granted' : undefined}>
      <th scope="row" className="cap-name">
        {/* The first line sits beside the other cells; the second runs under them (checklist.css). */}
        <span className="cap-title">
          <span className="cap-k8s">{cap.name}</span>{' '}
          <span className="cap-number">{cap.number}</span>
        </span>
        <span className="cap-detail">
          <span className="cap-summary">{cap.summary}</span>
          {breaks !== undefined && (
            <>
              {' '}
              <span className={lost ? 'breaks-note lost' : 'breaks-note'}>
                {lost ? '⚠ Without it, breaks: ' : 'Without it: '}
                {breaks}
              </span>
            </>
          )}
        </span>
      </th>
      <td className="risk-cell">
        <span className={`risk risk-${cap.risk}`}>{RISK_LABELS[cap.risk]}</span>
      </td>
      <td className="mark default-mark">{isDefault ? 'default' : ''}</td>
      <YesNo value={inBounding} label="bounding set" />
      <YesNo value={inEffective} label="effective set" />
      <td className="toggle toggle-add">
        <input
          type="checkbox"
          aria-label={`add ${cap.name}`}
          checked={added}
          disabled={disabled}
          aria-describedby={describedBy}
          onChange={() => onToggle('add', cap.name)}
        />
      </td>
      <td className="toggle toggle-drop">
        <input
          type="checkbox"
          aria-label={`drop ${cap.name}`}
          checked={dropped}
          disabled={disabled}
          aria-describedby={describedBy}
          onChange={() => onToggle('drop', cap.name)}
        />
      </td>
    </tr>
  );
});
