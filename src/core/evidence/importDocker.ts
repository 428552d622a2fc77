/**
 * `podcaps import` and the app's Import dialog: `docker run` / `podman run` command lines or a
 * Compose file → Kubernetes YAML that keeps what the container could do under Docker.
 */
import { looksLikeCompose, readCompose } from './compose.ts';
import { readRunCommands } from './dockerRun.ts';
import { ImportError } from './dockerSpec.ts';
import { kubernetesName, toKubernetes } from './toKubernetes.ts';

/** A note about one imported container: where it came from and what was decided. */
export interface ImportNote {
  /** `line 3`, `service web`. */
  readonly where: string;
  readonly message: string;
}

/** The YAML (documents joined by `---`) and every note, in input order. */
export interface ImportResult {
  readonly yaml: string;
  readonly notes: readonly ImportNote[];
}

/**
 * Converts `text`. Throws {@link ImportError} (one-line message) for input that is neither: a command
 * that is not `docker run`/`podman run`, a Compose file without services, a capability Docker
 * would refuse.
 */
export function importDocker(text: string): ImportResult {
  if (text.trim() === '') throw new ImportError('nothing to import: the input is empty');
  const specs = looksLikeCompose(text) ? readCompose(text) : readRunCommands(text);
  const used = new Map<string, number>();
  const docs: string[] = [];
  const notes: ImportNote[] = [];
  for (const spec of specs) {
    const base = kubernetesName(spec);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    // Two commands of one image get one Pod each: ubuntu, ubuntu-2, ...
    const object = toKubernetes(spec, n === 1 ? base : `${base}-${n}`);
    docs.push(object.yaml);
    notes.push(...object.notes.map((message) => ({ where: spec.where, message })));
  }
  return { yaml: docs.join('---\n'), notes };
}

export { ImportError };
