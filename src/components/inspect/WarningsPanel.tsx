import { useCallback, useMemo } from 'react';
import type { CapabilityFix, InspectionWarning } from '../../core/inspect/warning.ts';
import { useAppStore, useAppStoreApi, useDeferredAppStore } from '../../store/useAppStore.ts';
import { fixActions, fixLabel } from '../../core/inspect/fixActions.ts';
import { warningRange } from '../../core/inspect/warningRange.ts';
import { selectWarnings, selectWarningsCurrent } from '../../store/inspectionSelectors.ts';
import '../../styles/inspection.css';
import { nodeName } from '../../core/node/nodeLabel.ts';
import { WarningItem, type WarningAction } from './WarningItem.tsx';
import { occurrenceKeys } from '../occurrenceKeys.ts';

/**
 * Each warning's buttons, its fix then its correction; an edit offered by an earlier warning
 * (`cap_net_admin` is both prefixed and lower case) is not offered twice.
 */
function warningActions(warnings: readonly InspectionWarning[]): WarningAction[][] {
  const seen = new Set<string>();
  return warnings.map((w) =>
    [w.fix, w.correction].flatMap((fix) => {
      if (!fix) return [];
      const label = fixLabel(fix);
      if (seen.has(label)) return [];
      seen.add(label);
      return [{ label, fix }];
    }),
  );
}

/** The selected container's warnings on the selected node, each with its way to the text. */
export function WarningsPanel() {
  const warnings = useDeferredAppStore(selectWarnings);
  const current = useDeferredAppStore(selectWarningsCurrent);
  const node = useAppStore((s) => s.node);
  const containerName = useAppStore((s) => s.analysis.container?.name);
  const actions = useMemo(() => warningActions(warnings), [warnings]);
  // Keyed by code and capability (a name listed twice warns twice): a warning that comes in
  // above others leaves their items, and a focused button in one, as they are.
  const keys = useMemo(
    () => occurrenceKeys(warnings.map((w) => `${w.code}-${w.capability ?? ''}`)),
    [warnings],
  );

  const store = useAppStoreApi();
  const show = useCallback(
    (warning: InspectionWarning) => {
      const state = store.getState();
      const range = warningRange({ text: state.text, manifest: state.analysis.manifest }, warning);
      if (range) state.reveal(range.start, range.end);
    },
    [store],
  );
  const apply = useCallback(
    (fix: CapabilityFix) => {
      const { analysis, applyActions } = store.getState();
      applyActions(fixActions(fix, analysis.request));
    },
    [store],
  );

  const where = `${containerName ?? ''} on ${nodeName(node)}`;
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
                key={keys[i]}
                warning={w}
                actions={actions[i] ?? []}
                canAct={current}
                onShow={show}
                onApply={apply}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
