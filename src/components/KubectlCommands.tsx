import { useMemo } from 'react';
import { useAppStore } from '../store/appStore.ts';
import { copyText } from './clipboard.ts';
import { downloadName, kubectlCommands } from './kubectl.ts';

/** The commands that would show the same output on a real cluster, with a copy button. */
export function KubectlCommands() {
  const manifest = useAppStore((s) => s.manifest);
  const workload = useAppStore((s) => s.workload);
  const container = useAppStore((s) => s.container);
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
    <div className="commands">
      <h3>Try it on a cluster</h3>
      <pre>{script}</pre>
      <button type="button" onClick={() => void copyText(script, 'Copied the commands', announce)}>
        Copy commands
      </button>
    </div>
  );
}
