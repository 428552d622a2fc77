import { useMemo } from 'react';
import { useAppStore } from '../store/useAppStore.ts';
import { copyText } from './clipboard.ts';
import { downloadName, kubectlCommands } from '../core/kubectl.ts';

/**
 * The commands that would show the same output on a real cluster, with a copy button. A panel of
 * its own beside `capsh --print`, so that region's only `pre` is the simulated text (SPEC).
 */
export function KubectlCommands() {
  const manifest = useAppStore((s) => s.analysis.manifest);
  const workload = useAppStore((s) => s.analysis.workload);
  const container = useAppStore((s) => s.analysis.container);
  const announce = useAppStore((s) => s.announce);
  const commands = useMemo(
    () =>
      manifest && workload && container
        ? kubectlCommands(downloadName(manifest.workloads), workload, container)
        : [],
    [manifest, workload, container],
  );
  if (commands.length === 0) return null;
  const script = commands.join('\n');
  return (
    <section className="commands" aria-labelledby="kubectl-commands-title">
      <h2 id="kubectl-commands-title">Try it on a cluster</h2>
      <pre>{script}</pre>
      <button type="button" onClick={() => void copyText(script, 'Copied the commands', announce)}>
        Copy commands
      </button>
    </section>
  );
}
