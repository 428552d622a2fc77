import type { ContainerRef, WorkloadRef } from '../core/model.ts';
import { InputError } from './io.ts';
import { noWorkloadError } from './noWorkload.ts';
import type { ManifestFile } from './readManifest.ts';

/** `--workload` and `--container` as given; a missing one matches every workload or container. */
export interface Wanted {
  readonly workload?: string | undefined;
  readonly container?: string | undefined;
}

/** A container with the file it is in. */
export interface PickedContainer {
  readonly file: ManifestFile;
  readonly container: ContainerRef;
}

/** A workload with the file it is in. */
interface PickedWorkload {
  readonly file: ManifestFile;
  readonly workload: WorkloadRef;
}

function label(w: WorkloadRef): string {
  return `${w.kind} "${w.name}"`;
}

// Each name once: across workloads and files the same names come back (app, app, app).
function names(list: readonly { name: string }[]): string {
  return [...new Set(list.map((x) => x.name))].join(', ');
}

/** The inputs as an error message names them: the file, or the first and how many more. */
function inputsName(files: readonly ManifestFile[]): string {
  const first = files[0]?.source ?? 'no file';
  const more = files.length - 1;
  return more <= 0 ? first : `${first} and ${more} more ${more === 1 ? 'file' : 'files'}`;
}

/**
 * The workloads `--workload` names, matched on `metadata.name`, in file and document order; all
 * of them without it. Throws InputError naming the workloads there are when none matches.
 */
function pickWorkloads(
  files: readonly ManifestFile[],
  inputs: string,
  wanted: Wanted,
): PickedWorkload[] {
  const all = files.flatMap((file) =>
    file.manifest.workloads.map((workload) => ({ file, workload })),
  );
  if (wanted.workload === undefined) return all;
  const picked = all.filter(({ workload }) => workload.name === wanted.workload);
  if (picked.length === 0) {
    const found = names(all.map((p) => p.workload));
    throw new InputError(`no workload named "${wanted.workload}" in ${inputs} (found: ${found})`);
  }
  return picked;
}

/**
 * The containers of `workloads` that `--container` names, of any type (containers, then
 * initContainers, then ephemeralContainers of each workload); all of them without it. Throws
 * InputError naming the containers there are when none matches.
 */
function pickContainers(
  workloads: readonly PickedWorkload[],
  inputs: string,
  wanted: Wanted,
): PickedContainer[] {
  const picked = workloads.flatMap(({ file, workload }) =>
    workload.containers
      .filter((c) => wanted.container === undefined || c.name === wanted.container)
      .map((container) => ({ file, container })),
  );
  if (picked.length === 0 && wanted.container !== undefined) {
    const inside = wanted.workload === undefined ? inputs : label(workloads[0]!.workload);
    const found = names(workloads.flatMap((p) => p.workload.containers)) || 'none';
    throw new InputError(`no container named "${wanted.container}" in ${inside} (found: ${found})`);
  }
  // A workload asked for by name that has nothing to report is an answer the user must see.
  if (picked.length === 0 && wanted.workload !== undefined) {
    throw new InputError(`${label(workloads[0]!.workload)} in ${inputs} has no containers`);
  }
  return picked;
}

/**
 * The container a command looks at: `--container` (any type) in `--workload` or else in the
 * first workload that has it; without `--container`, the first regular container of the workload.
 * Throws InputError with a message that says what exists instead.
 */
export function selectContainer(file: ManifestFile, wanted: Wanted): ContainerRef {
  const { source, manifest } = file;
  if (manifest.workloads.length === 0) throw noWorkloadError(source, manifest);
  const workloads = pickWorkloads([file], source, wanted);
  if (wanted.container !== undefined)
    return pickContainers(workloads, source, wanted)[0]!.container;
  const { workload } = workloads[0]!;
  const first = workload.containers.find((c) => c.type === 'container');
  if (!first) throw new InputError(`${label(workload)} in ${source} has no containers`);
  return first;
}

/**
 * Every container of `files` that `--workload` and `--container` pick, by selectContainer's rules
 * but all of them rather than the first, in file and document order; every container without
 * them. Throws InputError, in selectContainer's words, when a flag matches nothing in any file.
 */
export function selectContainers(
  files: readonly ManifestFile[],
  wanted: Wanted,
): PickedContainer[] {
  const inputs = inputsName(files);
  return pickContainers(pickWorkloads(files, inputs, wanted), inputs, wanted);
}
