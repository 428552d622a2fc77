import { useCallback, useMemo } from 'react';
import type { InspectionWarning } from '../../core/inspect/warning.ts';
import { RUNTIMES } from '../../core/runtimes/table.ts';
import { useAppStore } from '../../store/appStore.ts';
import { fixActions, fixLabel } from '../../store/inspectionFix.ts';
import { warningRange } from '../../store/inspectionRanges.ts';
import { selectWarnings, selectWarningsCurrent } from '../../store/inspectionSelectors.ts';
import '../../styles/inspection.css';
import { WarningItem } from './WarningItem.tsx';

/**
 * Each warning's fix button name; a fix offered by an earlier warning (`cap_net_admin` is both
 * prefixed and lower case) is not offered twice.
 */
function fixLabels(warnings: readonly InspectionWarning[]): (string | undefined)[] {
  const seen = new Set<string>();
  return warnings.map((w) => {
    if (!w.fix) return undefined;
    const label = fixLabel(w.fix);
    if (seen.has(label)) return undefined;
    seen.add(label);
    return label;
  });
}

/** The selected container's warnings on the selected runtime, each with its way to the text. */
export function WarningsPanel() {
  const warnings = useAppStore(selectWarnings);
  const current = useAppStore(selectWarningsCurrent);
  const runtime = useAppStore((s) => s.runtime);
  const containerName = useAppStore((s) => s.container?.name);
  const labels = useMemo(() => fixLabels(warnings), [warnings]);

  const show = useCallback((warning: InspectionWarning) => {
    const { text, reveal } = useAppStore.getState();
    const range = warningRange(text, warning);
    if (range) reveal(range.start, range.end);
  }, []);
  const fix = useCallback((warning: InspectionWarning) => {
    const { request, applyActions } = useAppStore.getState();
    if (warning.fix) applyActions(fixActions(warning.fix, request));
  }, []);

  const where = `${containerName ?? ''} on ${RUNTIMES[runtime].label}`;
  return (
    <section className="warnings-panel" aria-labelledby="warnings-heading">
      <h2 id="warnings-heading">Warnings</h2>
      {containerName === undefined ? (
        <p className="note">No container selected.</p>
      ) : warnings.length === 0 ? (
        <p className="note">No warnings for {where}.</p>
      ) : (
        <>
          <p className="note">
            {warnings.length} for {where}
            {current ? '.' : ' (of the last valid YAML: fix the YAML to act on them).'}
          </p>
          <ul className="warning-list">
            {warnings.map((w, i) => (
              <WarningItem
                key={`${w.code}-${w.capability ?? ''}-${i}`}
                warning={w}
                fixLabel={labels[i]}
                canAct={current}
                onShow={show}
                onFix={fix}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
