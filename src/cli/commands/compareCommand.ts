import { parseArgs } from 'node:util';
import { compareWithContainer, describeComparison } from '../../core/evidence/compare.ts';
import { EvidenceError, parseContainerOutput } from '../../core/evidence/observed.ts';
import { simulate } from '../../core/process.ts';
import { refuserLabel } from '../../core/runtimes/runtimeTable.ts';
import { alternativeSimulations } from '../../core/evidence/alternativeNodes.ts';
import { type Command, EXIT } from '../command.ts';
import { type CliIO, InputError, readInput } from '../io.ts';
import { readManifest } from '../readManifest.ts';
import { NODE_OPTIONS, NODE_USAGE, nodeFromFlags } from '../nodeFlags.ts';
import { selectContainer } from '../select.ts';

const usage = `Usage: podcaps compare OUTPUT FILE [--container NAME] [--workload NAME] [node profile]

Compare what a real container printed (OUTPUT: \`capsh --print\` or
/proc/PID/status text; - for standard input) with the simulation of the
container of the manifest FILE, and explain each difference with its likeliest
causes. Nodes one change away (another runtime or version, kernel, OCI
runtime) are tried too, and named when one would agree.

Options:
  --container NAME  the container; default: the first of \`containers\`
  --workload NAME   the workload, by metadata.name; default: the first one
  -h, --help        show this help

${NODE_USAGE}

Exit status: 0 it matches; 1 it differs (or the container would be refused);
2 a problem with the input.
`;

async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      container: { type: 'string' },
      workload: { type: 'string' },
      ...NODE_OPTIONS,
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(usage);
    return EXIT.ok;
  }
  const node = nodeFromFlags(values);
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
  const result = simulate(file.manifest, container, node);
  if (!result.ok) {
    io.stderr.write(`${refuserLabel(result.refusal.by)}: ${result.refusal.message}\n`);
    return EXIT.refused;
  }
  const alternatives = alternativeSimulations(file.manifest, container, node);
  const comparison = compareWithContainer(observed, result.state, alternatives);
  io.stdout.write(`${describeComparison(comparison).join('\n')}\n`);
  return comparison.matches ? EXIT.ok : EXIT.refused;
}

/** `podcaps compare`: a real container's capsh or /proc status against the simulation. */
export const compareCommand: Command = {
  usage,
  run,
};
