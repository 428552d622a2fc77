import { parseArgs } from 'node:util';
import { formatCapsh } from '../../core/capsh.ts';
import { simulate } from '../../core/process.ts';
import { refuserLabel } from '../../core/runtimes/runtimeTable.ts';
import { type Command, EXIT } from '../command.ts';
import { type CliIO, InputError } from '../io.ts';
import { readManifest } from '../readManifest.ts';
import { selectContainer } from '../select.ts';
import { NODE_OPTIONS, NODE_USAGE, nodeFromFlags } from '../nodeFlags.ts';

const usage = `Usage: podcaps capsh FILE [--container NAME] [--workload NAME] [--runtime NAME[@VERSION]]
                    [--oci-runtime NAME[@VERSION]] [--kernel X.Y] [--kubernetes X.Y]

Print what \`capsh --print\` would show inside a container of the manifest FILE
(YAML or JSON; \`-\` reads standard input), as libcap 2.66 prints it.

Options:
  --container NAME  the container (also an init or ephemeral container);
                    default: the first of \`containers\` of the workload
  --workload NAME   the workload, by metadata.name; default: the first one
  -h, --help        show this help

${NODE_USAGE}

Exit status: 0 printed; 1 the API server or the runtime would refuse the
container (its message on stderr); 2 a problem with the input or the options.
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
  if (positionals.length !== 1) {
    throw new InputError(
      positionals.length === 0 ? 'missing FILE' : `expected one FILE, got ${positionals.length}`,
    );
  }
  const file = await readManifest(positionals[0]!, io);
  const container = selectContainer(file, values);
  const result = simulate(file.manifest, container, node);
  for (const note of result.notes) io.stderr.write(`warning: ${note.message}\n`);
  if (!result.ok) {
    const by = refuserLabel(result.refusal.by);
    io.stderr.write(`${by}: ${result.refusal.message}\n`);
    return EXIT.refused;
  }
  io.stdout.write(formatCapsh(result.state));
  return EXIT.ok;
}

/** `podcaps capsh`: the simulated `capsh --print` of one container. */
export const capshCommand: Command = {
  usage,
  run,
};
