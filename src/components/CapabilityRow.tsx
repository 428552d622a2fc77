import { memo } from 'react';
import type { CapabilityInfo } from '../core/model.ts';
import type { CapabilityList } from '../store/formSlice.ts';
import { RISK_LABELS } from './checklistRows.ts';

export interface CapabilityRowProps {
  cap: CapabilityInfo;
  isDefault: boolean;
  /** Undefined when there is no simulated process (the container is refused, or none is selected). */
  inBounding: boolean | undefined;
  inEffective: boolean | undefined;
  added: boolean;
  dropped: boolean;
  disabled: boolean;
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

/** One capability: what it is, how risky, who grants it, and the add/drop toggles. */
export const CapabilityRow = memo(function CapabilityRow(props: CapabilityRowProps) {
  const { cap, isDefault, inBounding, inEffective, added, dropped, disabled, onToggle } = props;
  return (
    <tr className={inEffective ? 'granted' : undefined}>
      <th scope="row" className="cap-name">
        <span className="cap-k8s">{cap.name}</span> <span className="cap-number">{cap.number}</span>
        <span className="cap-summary">{cap.summary}</span>
      </th>
      <td>
        <span className={`risk risk-${cap.risk}`}>{RISK_LABELS[cap.risk]}</span>
      </td>
      <td className="mark">{isDefault ? 'default' : ''}</td>
      <YesNo value={inBounding} label="bounding set" />
      <YesNo value={inEffective} label="effective set" />
      <td className="toggle">
        <input
          type="checkbox"
          aria-label={`add ${cap.name}`}
          checked={added}
          disabled={disabled}
          onChange={() => onToggle('add', cap.name)}
        />
      </td>
      <td className="toggle">
        <input
          type="checkbox"
          aria-label={`drop ${cap.name}`}
          checked={dropped}
          disabled={disabled}
          onChange={() => onToggle('drop', cap.name)}
        />
      </td>
    </tr>
  );
});
