import type { CapabilityFix, InspectionWarning, Severity } from '../../core/inspect/warning.ts';

const SEVERITY: Readonly<Record<Severity, { icon: string; label: string }>> = {
  danger: { icon: '⛔', label: 'Danger' },
  warning: { icon: '⚠', label: 'Warning' },
  info: { icon: 'ℹ', label: 'Info' },
};

/** One button of a warning: the edit it makes and its accessible name. */
export interface WarningAction {
  readonly label: string;
  readonly fix: CapabilityFix;
}

interface WarningItemProps {
  warning: InspectionWarning;
  /**
   * The warning's fix, then its correction, each as a button; empty when there are none (or
   * another item offers the same edit).
   */
  actions: readonly WarningAction[];
  /** False while the editor's text is not the one the warning describes. */
  canAct: boolean;
  onShow: (warning: InspectionWarning) => void;
  onApply: (fix: CapabilityFix) => void;
}

/** One warning: severity in words and icon, code, capability, message, and its actions. */
export function WarningItem({ warning, actions, canAct, onShow, onApply }: WarningItemProps) {
  const severity = SEVERITY[warning.severity];
  const about = warning.capability ? `${warning.code}, ${warning.capability}` : warning.code;
  return (
    <li className={`warning-item severity-${warning.severity}`}>
      <p className="warning-head">
        <span className="severity-badge">
          <span aria-hidden="true">{severity.icon}</span> {severity.label}
        </span>{' '}
        <code>{warning.code}</code>
        {warning.capability !== undefined && (
          <>
            {' '}
            <code className="warning-cap">{warning.capability}</code>
          </>
        )}
      </p>
      <p className="warning-message">{warning.message}</p>
      <p className="warning-actions">
        <button type="button" disabled={!canAct} onClick={() => onShow(warning)}>
          Show in editor<span className="visually-hidden"> ({about})</span>
        </button>
        {actions.map(({ label, fix }) => (
          <button
            key={label}
            type="button"
            className="fix-button"
            disabled={!canAct}
            onClick={() => onApply(fix)}
          >
            {label}
          </button>
        ))}
      </p>
    </li>
  );
}
