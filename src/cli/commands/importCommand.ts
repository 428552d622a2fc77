import { parseArgs } from 'node:util';
import { ImportError, importDocker } from '../../core/evidence/importDocker.ts';
import { type Command, EXIT } from '../command.ts';
import { type CliIO, InputError, readInput } from '../io.ts';

const usage = `Usage: podcaps import FILE

Turn \`docker run\` / \`podman run\` command lines (one per line; a trailing
backslash continues a line) or a Compose file (FILE, or - for standard input)
into Kubernetes YAML on stdout: a Pod per command, a Deployment per service.
The capabilities are written so that containerd and CRI-O grant what Docker
granted (canonical names, add-wins resolved, CRI-O's smaller defaults added);
each decision is a note on stderr and a comment in the YAML.

Options:
  -h, --help  show this help

Exit status: 0 converted; 2 input that is not docker/podman run or Compose.
`;

async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(usage);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    throw new InputError(
      positionals.length === 0 ? 'missing FILE' : `expected one FILE, got ${positionals.length}`,
    );
  }
  const text = await readInput(positionals[0]!, io);
  let result;
  try {
    result = importDocker(text);
  } catch (error) {
    if (error instanceof ImportError) throw new InputError(error.message);
    throw error;
  }
  for (const note of result.notes) io.stderr.write(`note: ${note.where}: ${note.message}\n`);
  io.stdout.write(result.yaml);
  return EXIT.ok;
}

/** `podcaps import`: docker run / Compose → Kubernetes YAML that keeps Docker's capabilities. */
export const importCommand: Command = {
  usage,
  run,
};
