import { memo } from 'react';
import { useAppStore } from '../store/useAppStore.ts';

/**
 * add ALL, drop ALL and privileged: the toggles that act on every capability at once. Memoised:
 * the checklist re-renders with every toggle, these only when what they show changes.
 */
export const WholeSetToggles = memo(function WholeSetToggles({
  disabled,
  describedBy,
}: {
  disabled: boolean;
  /** The id of the element saying why the toggles are disabled, if one does. */
  describedBy?: string | undefined;
}) {
  // Three booleans, not the request: a toggle of one capability leaves this fieldset alone.
  const addAll = useAppStore((s) => s.analysis.request.add.includes('ALL'));
  const dropAll = useAppStore((s) => s.analysis.request.drop.includes('ALL'));
  const privileged = useAppStore((s) => s.analysis.request.privileged);
  const toggleCapability = useAppStore((s) => s.toggleCapability);
  const setPrivileged = useAppStore((s) => s.setPrivileged);
  return (
    <fieldset className="whole-set" disabled={disabled}>
      <legend>Whole set</legend>
      <label>
        <input
          type="checkbox"
          aria-describedby={describedBy}
          checked={addAll}
          onChange={() => toggleCapability('add', 'ALL')}
        />
        add ALL
      </label>
      <label>
        <input
          type="checkbox"
          aria-describedby={describedBy}
          checked={dropAll}
          onChange={() => toggleCapability('drop', 'ALL')}
        />
        drop ALL
      </label>
      <label>
        <input
          type="checkbox"
          aria-describedby={describedBy}
          checked={privileged}
          onChange={(e) => setPrivileged(e.target.checked)}
        />
        privileged
      </label>
      {privileged && (
        <p className="note">Privileged: the runtime ignores add and drop and grants everything.</p>
      )}
    </fieldset>
  );
});
