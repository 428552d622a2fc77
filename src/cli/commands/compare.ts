import { parseArgs } from 'node:util';
import {
  type Alternative,
  compareWithContainer,
  describeComparison,
} from '../../core/evidence/compare.ts';
import { EvidenceError, parseContainerOutput } from '../../core/evidence/observed.ts';
import { DEFAULT_RUNTIME, RUNTIME_IDS } from '../../core/model.ts';
import { simulate } from '../../core/process.ts';
import { RUNTIMES, refuserLabel } from '../../core/runtimes/table.ts';
import { type Command, EXIT } from '../command.ts';
import { type CliIO, InputError, readInput } from '../io.ts';
import { readManifest } from '../readManifest.ts';
import { runtimeFlag } from '../runtimeFlag.ts';
import { selectContainer } from '../select.ts';

const usage = `Usage: podcaps compare OUTPUT FILE [--container NAME] [--workload NAME] [--runtime RUNTIME]

Compare what a real container printed (OUTPUT: \`capsh --print\` or
/proc/PID/status text; - for standard input) with the simulation of the
container of the manifest FILE, and explain each difference with its likeliest
causes. The other runtimes are tried too, and named when one would agree.

Options:
  --container NAME  the container; default: the first of \`containers\`
  --workload NAME   the workload, by metadata.name; default: the first one
  --runtime NAME    ${RUNTIME_IDS.join(' | ')} (default: ${DEFAULT_RUNTIME})
  -h, --help        show this help

Exit status: 0 it matches; 1 it differs (or the container would be refused);
2 a problem with the input.
`;

async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      container: { type: 'string' },
      workload: { type: 'string' },
      runtime: { type: 'string', default: DEFAULT_RUNTIME },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(usage);
    return EXIT.ok;
  }
  const runtime = runtimeFlag(values.runtime);
  if (positionals.length !== 2) throw new InputError('expected OUTPUT and FILE');
  const [outputFile, manifestFile] = positionals as [string, string];
  if (outputFile === '-' && manifestFile === '-') {
    throw new InputError('standard input (-) can be read only once');
  }
  let observed;
  try {
    observed = parseContainerOutput(await readInput(outputFile, io));
  } catch (error) {
    if (error instanceof EvidenceError) throw new InputError(`${outputFile}: ${error.message}`);
    throw error;
  }
  const file = await readManifest(manifestFile, io);
  const container = selectContainer(file, values);
  const result = simulate(file.manifest, container, runtime);
  if (!result.ok) {
    io.stderr.write(`${refuserLabel(result.refusal.by)}: ${result.refusal.message}\n`);
    return EXIT.refused;
  }
  const alternatives: Alternative[] = [];
  for (const id of RUNTIME_IDS) {
    const other = id === runtime ? undefined : simulate(file.manifest, container, id);
    if (other?.ok) alternatives.push({ label: RUNTIMES[id].label, state: other.state });
  }
  const comparison = compareWithContainer(observed, result.state, alternatives);
  io.stdout.write(`${describeComparison(comparison).join('\n')}\n`);
  return comparison.matches ? EXIT.ok : EXIT.refused;
}

/** `podcaps compare`: a real container's capsh or /proc status against the simulation. */
export const compareCommand: Command = {
  summary: "compare a real container's capsh --print or /proc status with the simulation",
  usage,
  run,
};
