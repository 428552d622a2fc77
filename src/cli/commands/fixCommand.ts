import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { createManifestReader } from '../../core/manifest/reader.ts';
import { makeLevel, type FixTarget } from '../../core/psa/makeRestricted.ts';
import { parsePolicyVersion } from '../../core/psa/policyVersion.ts';
import { type Command, EXIT } from '../command.ts';
import { workloadLabel } from '../format/checkReport.ts';
import { type CliIO, InputError } from '../io.ts';
import { type ManifestFile, readManifests } from '../readManifest.ts';
import { requireContainers } from '../requireContainers.ts';

const LEVELS = ['baseline', 'restricted'] as const;

const usage = `Usage: podcaps fix FILE... [--level LEVEL] [--version VERSION] [--dry-run]

Apply the app's "Make restricted" (or its baseline counterpart) to every
workload of the manifest FILEs, in place, as the smallest edits: comments,
quoting, key order and other documents stay as they are. \`-\` reads standard
input and writes the fixed text to standard output.

Changed: allowPrivilegeEscalation: false, ALL in capabilities.drop, added
capabilities the level forbids removed, privileged: true removed,
runAsNonRoot: true and seccompProfile RuntimeDefault where missing (restricted;
baseline changes only privileged, added capabilities and Unconfined seccomp).
What needs a choice (host namespaces, hostPath volumes, a uid) is listed on
standard error instead.

Options:
  --level LEVEL      ${LEVELS.join(' | ')} (default: restricted)
  --version VERSION  the policy version what is left is judged at, vX.Y or
                     latest (default: latest), as podcaps check takes it
  --dry-run          write nothing; print a unified diff of the changes
  -h, --help         show this help

Exit status: 0 every workload now meets the level; 1 some cannot be fixed
automatically (each named on standard error, with why); 2 a problem with the
input or the options. \`podcaps check\` with the same --level and --version
then agrees.
`;

function target(level: string | undefined, version: string | undefined): FixTarget {
  const chosen = level ?? 'restricted';
  if (!(LEVELS as readonly string[]).includes(chosen)) {
    throw new InputError(`--level must be one of ${LEVELS.join(', ')} (got "${chosen}")`);
  }
  const v = version ?? 'latest';
  if (parsePolicyVersion(v) === undefined) {
    throw new InputError(`--version must be vX.Y or latest (got "${v}")`);
  }
  return { level: chosen as FixTarget['level'], version: v };
}

/** One file's fixed text and what to tell the user about it. */
interface FixedFile {
  readonly text: string;
  readonly applied: string[];
  readonly cannotFix: string[];
}

function fixFile(file: ManifestFile, to: FixTarget): FixedFile {
  // The reader re-reads only the document the last fix changed, and its document handles let
  // makeLevel edit that document's piece: a file of many workloads is not parsed whole once per
  // workload.
  const reader = createManifestReader();
  let text = file.manifest.text;
  const applied: string[] = [];
  const cannotFix: string[] = [];
  const count = file.manifest.workloads.length;
  for (let i = 0; i < count; i++) {
    const read = reader.read(text);
    const workload = read.workloads[i];
    if (!workload) break;
    const label = `${file.source}: ${workloadLabel(workload)}`;
    const result = makeLevel(read, workload, to);
    if (!result.ok) {
      cannotFix.push(`${label}: cannot fix: ${result.error}`);
      continue;
    }
    text = result.text;
    for (const sentence of result.applied) applied.push(`${label}: ${sentence}`);
    for (const why of result.cannotFix) {
      cannotFix.push(`${label}: cannot meet ${to.level} automatically: ${why}`);
    }
  }
  return { text, applied, cannotFix };
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      level: { type: 'string' },
      version: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(usage);
    return EXIT.ok;
  }
  const to = target(values.level, values.version);
  const dryRun = values['dry-run'];
  // Every file is read, and refused if bad, before any is written.
  const files = await readManifests(positionals, io);
  requireContainers(files);
  const results = files.map((file) => ({ file, ...fixFile(file, to) }));
  for (const { file, text, applied, cannotFix } of results) {
    const before = file.manifest.text;
    if (dryRun) {
      if (text !== before) {
        const name = file.file === '-' ? '<stdin>' : file.file;
        io.stdout.write(
          createTwoFilesPatch(`a/${name}`, `b/${name}`, before, text, '', '', {
            headerOptions: FILE_HEADERS_ONLY,
          }),
        );
      }
    } else if (file.file === '-') {
      io.stdout.write(text);
    } else {
      if (text !== before) await writeFile(file.file, text, 'utf8');
      for (const line of applied) io.stdout.write(`${line}\n`);
    }
    for (const line of cannotFix) io.stderr.write(`${line}\n`);
  }
  return results.every((r) => r.cannotFix.length === 0) ? EXIT.ok : EXIT.refused;
}

/** `podcaps fix`: the app's Make restricted (or baseline) applied to files, as minimal edits. */
export const fixCommand: Command = {
  usage,
  run,
};
