import type { InspectionWarning, Severity } from '../../core/inspect/warning.ts';

const SEVERITY: Readonly<Record<Severity, { icon: string; label: string }>> = {
  danger: { icon: '⛔', label: 'Danger' },
  warning: { icon: '⚠', label: 'Warning' },
  info: { icon: 'ℹ', label: 'Info' },
};

interface WarningItemProps {
  warning: InspectionWarning;
  /** The fix button's name, or undefined when there is no fix (or another item offers the same). */
  fixLabel: string | undefined;
  /** False while the editor's text is not the one the warning describes. */
  canAct: boolean;
  onShow: (warning: InspectionWarning) => void;
  onFix: (warning: InspectionWarning) => void;
}

/** One warning: severity in words and icon, code, capability, message, and its actions. */
export function WarningItem({ warning, fixLabel, canAct, onShow, onFix }: WarningItemProps) {
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
        {fixLabel !== undefined && (
          <button
            type="button"
            className="fix-button"
            disabled={!canAct}
            onClick={() => onFix(warning)}
          >
            {fixLabel}
          </button>
        )}
      </p>
    </li>
  );
}
