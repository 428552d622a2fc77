import { parseArgs } from 'node:util';
import {
  DecodeError,
  formatDecode,
  formatStatusDecode,
  parseHexMask,
} from '../../core/evidence/decode.ts';
import { type Command, EXIT } from '../command.ts';
import { type CliIO, InputError, readInput } from '../io.ts';

const usage = `Usage: podcaps decode HEX...
       podcaps decode --status FILE

Print what \`capsh --decode=HEX\` prints for each HEX mask (e.g. a CapEff value),
one line each: 0x%016x= and the names of the capabilities in it.
With --status, decode every Cap* line of a /proc/PID/status text (FILE, or -
for standard input), one line per field, starting with the field name.

Options:
  --status FILE  decode the Cap* fields of /proc/PID/status text
  -h, --help     show this help

Exit status: 0 printed; 2 a mask that is not hexadecimal, or no Cap* line.
`;

async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { status: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(usage);
    return EXIT.ok;
  }
  try {
    if (values.status !== undefined) {
      if (positionals.length > 0) throw new InputError('--status takes one FILE and no HEX');
      const lines = formatStatusDecode(await readInput(values.status, io));
      io.stdout.write(`${lines.join('\n')}\n`);
      return EXIT.ok;
    }
    if (positionals.length === 0) throw new InputError('missing HEX (or --status FILE)');
    // Every mask is read before anything is printed, so bad input leaves stdout empty.
    const masks = positionals.map(parseHexMask);
    io.stdout.write(masks.map((m) => `${formatDecode(m)}\n`).join(''));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError(error.message);
    throw error;
  }
}

/** `podcaps decode`: `capsh --decode` for masks and for /proc/PID/status text. */
export const decodeCommand: Command = {
  usage,
  run,
};
