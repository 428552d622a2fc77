import type { ContainerRef, Manifest, WorkloadRef } from '../core/model.ts';
import { InputError } from './io.ts';
import { noWorkloadError } from './noWorkload.ts';

function label(w: WorkloadRef): string {
  return `${w.kind} "${w.name}"`;
}

function names(list: readonly { name: string }[]): string {
  return list.map((x) => x.name).join(', ');
}

/**
 * The container a command looks at: `--container` (any type) in `--workload` or else in the
 * first workload that has it; without `--container`, the first regular container of the workload.
 * Throws InputError with a message that says what exists instead.
 */
export function selectContainer(
  manifest: Manifest,
  source: string,
  wanted: { workload?: string | undefined; container?: string | undefined },
): ContainerRef {
  if (manifest.workloads.length === 0) throw noWorkloadError(source, manifest);
  let candidates = manifest.workloads;
  if (wanted.workload !== undefined) {
    candidates = manifest.workloads.filter((w) => w.name === wanted.workload);
    if (candidates.length === 0) {
      throw new InputError(
        `no workload named "${wanted.workload}" in ${source} (found: ${names(manifest.workloads)})`,
      );
    }
  }
  if (wanted.container !== undefined) {
    for (const w of candidates) {
      const found = w.containers.find((c) => c.name === wanted.container);
      if (found) return found;
    }
    const where = wanted.workload === undefined ? source : label(candidates[0]!);
    const found = candidates.flatMap((w) => w.containers);
    throw new InputError(
      `no container named "${wanted.container}" in ${where} (found: ${names(found) || 'none'})`,
    );
  }
  const workload = candidates[0]!;
  const first = workload.containers.find((c) => c.type === 'container');
  if (!first) throw new InputError(`${label(workload)} in ${source} has no containers`);
  return first;
}
