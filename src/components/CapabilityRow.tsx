import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
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

const YesNo = memo(function YesNo({ value, label }: { value: boolean | undefined; label: string }) {
  if (value === undefined) return <td className="mark unknown">–</td>;
  // The mark is for the eye; the words are for screen readers and for anyone without colour.
  return (
    <td className={value ? 'mark yes' : 'mark no'}>
      <span aria-hidden="true">{value ? '✓' : '·'}</span>
      <span className="visually-hidden">{value ? `in ${label}` : `not in ${label}`}</span>
    </td>
  );
});

/**
 * One of the row's checkboxes. Memoised: a toggle of `add` leaves the `drop` box's element as it
 * was, and React skips it (it would otherwise write the input's name and type again).
 */
const Toggle = memo(function Toggle(props: {
  list: CapabilityList;
  name: string;
  checked: boolean;
  disabled: boolean;
  describedBy: string | undefined;
  onToggle: (list: CapabilityList, name: string) => void;
}) {
  const { list, name, checked, disabled, describedBy, onToggle } = props;
  return (
    <td className={`toggle toggle-${list}`}>
      <input
        type="checkbox"
        aria-label={`${list} ${name}`}
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={() => onToggle(list, name)}
      />
    </td>
  );
});

/** What a row shows of the store; undefined sets when there is no simulated process. */
function rowState(s: AppState, cap: CapabilityInfo) {
  const { request, simulation } = s.analysis;
  const state = simulation?.ok ? simulation.state : undefined;
  return {
    added: request.add.includes(cap.name),
    dropped: request.drop.includes(cap.name),
    inBounding: state && hasCap(state.bounding, cap.number),
    inEffective: state && hasCap(state.effective, cap.number),
  };
}

/**
 * One capability: what it is, how risky, who grants it, and the add/drop toggles. Each row reads
 * its own state from the store, so a toggle re-renders the rows whose state it changed, not the
 * checklist and its 41 rows.
 */
export const CapabilityRow = memo(function CapabilityRow(props: CapabilityRowProps) {
  const { cap, isDefault, breaks, disabled, describedBy, onToggle } = props;
  // One selector a row, compared field by field (useShallow): a store change runs 41 selectors,
  // not four a row, on every toggle and keystroke. The sets are undefined when there is no
  // simulated process (the container is refused, or none is selected).
  const { added, dropped, inBounding, inEffective } = useAppStore(
    useShallow((s: AppState) => rowState(s, cap)),
  );
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
      <Toggle
        list="add"
        name={cap.name}
        checked={added}
        disabled={disabled}
        describedBy={describedBy}
        onToggle={onToggle}
      />
      <Toggle
        list="drop"
        name={cap.name}
        checked={dropped}
        disabled={disabled}
        describedBy={describedBy}
        onToggle={onToggle}
      />
    </tr>
  );
});
