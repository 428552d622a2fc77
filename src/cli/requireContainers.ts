import { InputError } from './io.ts';
import type { ManifestFile } from './readManifest.ts';

/**
 * Refuses a workload without a regular container, as the API server does (`spec.containers:
 * Required value`): `containers: []` is a manifest nobody can apply, and a report that said
 * nothing about it and exited 0 would read as a pass. In `capsh`'s words.
 */
export function requireContainers(files: readonly ManifestFile[]): void {
  for (const file of files) {
    for (const w of file.manifest.workloads) {
      if (!w.containers.some((c) => c.type === 'container')) {
        throw new InputError(`${w.kind} "${w.name}" in ${file.source} has no containers`);
      }
    }
  }
}
