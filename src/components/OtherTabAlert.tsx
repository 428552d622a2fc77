import { useId } from 'react';
import { useAppStore } from '../store/useAppStore.ts';

/**
 * Says that another tab stored a different manifest over this tab's (a reload would open that
 * one), and lets the user choose which text is kept: nothing is lost without a word.
 */
export function OtherTabAlert() {
  const differs = useAppStore((s) => s.otherTabText !== null);
  const loadOtherTabsText = useAppStore((s) => s.loadOtherTabsText);
  const keepThisTabsText = useAppStore((s) => s.keepThisTabsText);
  const title = useId();
  if (!differs) return null;
  return (
    <div role="alert" aria-labelledby={title} className="problem-alert other-tab-alert">
      <p>
        <strong id={title}>Another tab saved a different manifest</strong>. Load its text here, or
        keep this tab's: a reload opens the one saved last.
      </p>
      <button type="button" onClick={loadOtherTabsText}>
        Load the other tab's text
      </button>
      <button type="button" onClick={keepThisTabsText}>
        Keep this tab's text
      </button>
    </div>
  );
}
