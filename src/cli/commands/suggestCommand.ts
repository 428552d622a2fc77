import { parseArgs } from 'node:util';
import { applySuggestion, suggestFromTrace } from '../../core/evidence/suggest.ts';
import { readTrace, TraceError } from '../../core/evidence/trace.ts';
import { type Command, EXIT } from '../command.ts';
import { type CliIO, InputError, readInput } from '../io.ts';
import { readManifest } from '../readManifest.ts';
import { selectContainer } from '../select.ts';

const usage = `Usage: podcaps suggest --trace TRACE FILE [--workload NAME] [--container NAME]

Write to stdout the manifest FILE (or - for standard input) with the container's
capabilities set to drop: [ALL] plus add: exactly the capabilities the trace
shows it checked with audit. The edit is minimal: comments and every other
byte are kept. TRACE is bcc/bpftrace \`capable\` output, Inspektor Gadget
\`trace_capabilities -o json\` output, or one capability name per line. Checks
made without audit (AUDIT 0) are left out and listed on stderr.

Options:
  --trace TRACE     the capability trace (a file)
  --container NAME  the container; default: the first of \`containers\`
  --workload NAME   the workload, by metadata.name; default: the first one
  -h, --help        show this help

Exit status: 0 written; 2 a problem with the input (a trace with no capability
check, no such container, invalid YAML).
`;

async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      trace: { type: 'string' },
      container: { type: 'string' },
      workload: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(usage);
    return EXIT.ok;
  }
  if (values.trace === undefined) throw new InputError('missing --trace TRACE');
  if (positionals.length !== 1) {
    throw new InputError(
      positionals.length === 0 ? 'missing FILE' : `expected one FILE, got ${positionals.length}`,
    );
  }
  if (values.trace === '-' && positionals[0] === '-') {
    throw new InputError('standard input (-) can be read only once');
  }
  const traceText = await readInput(values.trace, io);
  const file = await readManifest(positionals[0]!, io);
  const container = selectContainer(file, values);
  let suggestion;
  try {
    suggestion = suggestFromTrace(readTrace(traceText), container);
  } catch (error) {
    if (error instanceof TraceError) throw new InputError(`${values.trace}: ${error.message}`);
    throw error;
  }
  const result = applySuggestion(file.manifest, container, suggestion.add);
  if (!result.ok) throw new InputError(`${file.source}: ${result.error.message}`);
  for (const note of suggestion.notes) io.stderr.write(`note: ${note}\n`);
  io.stdout.write(result.text);
  return EXIT.ok;
}

/** `podcaps suggest`: least privilege for one container from a capability trace. */
export const suggestCommand: Command = {
  usage,
  run,
};
