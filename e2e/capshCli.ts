/**
 * What the real `podcaps capsh` prints for a text, a container and a node, put the way the capsh
 * panel shows it: the simulated text, or the refusal and who refuses; the runtime's notes.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ModelNode, Selected } from './sequenceModel.ts';

const BIN = fileURLToPath(new URL('../bin/podcaps.js', import.meta.url));

/** The capsh panel's content, as sequences.spec.ts reads it from the page. */
export interface PanelContent {
  /** The text of each `pre`: the simulated output, or the refusal's message. */
  readonly pre: readonly string[];
  /** The line above a refusal (`Docker refuses to start the container:`); none when it runs. */
  readonly refusal: readonly string[];
  /** The items of the `Runtime notes` list. */
  readonly notes: readonly string[];
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(args: readonly string[], stdin: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [BIN, ...args], (error, stdout, stderr) => {
      const code = error ? error.code : 0;
      if (typeof code !== 'number') reject(error);
      else resolve({ code, stdout, stderr });
    });
    child.stdin?.end(stdin);
  });
}

/** The refusal's first line as the panel words it, from the CLI's `who: message` label. */
function refusalLine(by: string): string {
  return by === 'API server'
    ? 'The API server rejects this pod:'
    : `${by} refuses to start the container:`;
}

/** The panel podcaps capsh implies, or an Error saying what the CLI did instead. */
export async function cliPanel(
  text: string,
  selected: Selected,
  node: ModelNode,
): Promise<PanelContent> {
  const args = [
    'capsh',
    '-',
    '--workload',
    selected.workload,
    '--container',
    selected.name,
    '--runtime',
    `${node.runtime}@${node.runtimeVersion}`,
    '--kernel',
    node.kernel,
  ];
  const { code, stdout, stderr } = await run(args, text);
  const lines = stderr.split('\n').filter((l) => l !== '');
  // Runtime notes are `warning: …`; the input's own warnings name the source (`-:3:5: warning`).
  const notes = lines.filter((l) => l.startsWith('warning: ')).map((l) => l.slice(9));
  const rest = lines.filter((l) => !l.startsWith('warning: ') && !l.startsWith('-:'));
  if (code === 0 && rest.length === 0) return { pre: [stdout], refusal: [], notes };
  const refusal = rest[0];
  const colon = refusal?.indexOf(': ') ?? -1;
  if (code === 1 && rest.length === 1 && refusal && colon > 0) {
    return {
      pre: [refusal.slice(colon + 2)],
      refusal: [refusalLine(refusal.slice(0, colon))],
      notes,
    };
  }
  throw new Error(`podcaps ${args.join(' ')} exited ${code}:\n${stderr}`);
}

const cache = new Map<string, Promise<PanelContent>>();

/** {@link cliPanel}, run once per text, container and node. */
export function cachedCliPanel(
  text: string,
  selected: Selected,
  node: ModelNode,
): Promise<PanelContent> {
  const key = JSON.stringify([text, selected, node]);
  let panel = cache.get(key);
  if (!panel) {
    panel = cliPanel(text, selected, node);
    cache.set(key, panel);
  }
  return panel;
}
