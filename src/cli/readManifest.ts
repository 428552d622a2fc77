import type { Document } from 'yaml';
import { parseManifestDocuments } from '../core/manifest/parse.ts';
import type { Manifest } from '../core/model.ts';
import { type CliIO, InputError, readInput } from './io.ts';
import { noWorkloadError } from './noWorkload.ts';

/** A manifest read from a FILE argument. */
export interface ManifestFile {
  /** The argument as given (`-` for standard input). */
  readonly file: string;
  /** The name messages use: the path, or `<stdin>`. */
  readonly source: string;
  readonly manifest: Manifest;
  /** The parsed documents, which `WorkloadRef.documentIndex` indexes: reports locate nodes in them. */
  readonly documents: readonly Document.Parsed[];
}

/**
 * Reads and parses FILE (`-` for standard input). Throws InputError with the first error as
 * `source:line:column: message`; its warnings go to stderr only once the input has no error, so
 * bad input gets exactly one line there.
 */
export async function readManifest(file: string, io: CliIO): Promise<ManifestFile> {
  const source = file === '-' ? '<stdin>' : file;
  const { manifest, documents } = parseManifestDocuments(await readInput(file, io));
  const errors = manifest.problems.filter((p) => p.severity === 'error');
  const first = errors[0];
  if (first) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    throw new InputError(`${source}:${first.line}:${first.column}: ${first.message}${more}`);
  }
  for (const p of manifest.problems) {
    io.stderr.write(`${source}:${p.line}:${p.column}: warning: ${p.message}\n`);
  }
  return { file, source, manifest, documents };
}

/**
 * Reads every FILE argument of a command that takes several, all before it prints a result, so a
 * bad file fails the run with nothing on stdout. Throws InputError when there is no FILE, when
 * `-` is given twice (standard input can be read once), or when no file holds a workload.
 */
export async function readManifests(files: readonly string[], io: CliIO): Promise<ManifestFile[]> {
  if (files.length === 0) throw new InputError('missing FILE');
  if (files.filter((f) => f === '-').length > 1) {
    throw new InputError('standard input (-) can be read only once');
  }
  const read: ManifestFile[] = [];
  for (const file of files) read.push(await readManifest(file, io));
  const [first] = read;
  if (first && read.every((f) => f.manifest.workloads.length === 0)) {
    throw noWorkloadError(first.source, first.manifest, read.length - 1);
  }
  return read;
}
