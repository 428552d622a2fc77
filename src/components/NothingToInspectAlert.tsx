import { useMemo } from 'react';
import { nothingToInspect } from '../core/manifest/notices.ts';
import { useAppStore } from '../store/useAppStore.ts';

/**
 * Says why a text that parses leaves nothing to inspect (empty, only comments, no workload kind),
 * in the words the CLI prints too; the checklist meanwhile has no container and stays disabled.
 */
export function NothingToInspectAlert() {
  // While the text does not parse, `manifest` is the last valid one: ProblemAlert speaks then.
  // One with a workload never has a notice: select it only when it has none, so a read of a text
  // with workloads (every toggle) does not render this again.
  const manifest = useAppStore((s) =>
    s.analysis.valid && s.analysis.manifest?.workloads.length === 0 ? s.analysis.manifest : null,
  );
  // The notice scans the text for comments: only again when the parse changes, not per render.
  const notice = useMemo(() => (manifest ? nothingToInspect(manifest) : undefined), [manifest]);
  if (!notice) return null;
  return (
    <div role="alert" className="problem-alert">
      <p>
        <strong>Nothing to inspect:</strong> {notice}
      </p>
      <p>
        Your text is kept as it is. Paste or open a manifest with a workload, or Reset to example.
      </p>
    </div>
  );
}
