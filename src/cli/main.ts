import { type Command, EXIT } from './command.ts';
import { capshCommand } from './commands/capshCommand.ts';
import { checkCommand } from './commands/checkCommand.ts';
import { compareCommand } from './commands/compareCommand.ts';
import { decodeCommand } from './commands/decodeCommand.ts';
import { importCommand } from './commands/importCommand.ts';
import { fixCommand } from './commands/fixCommand.ts';
import { inspectCommand } from './commands/inspectCommand.ts';
import { suggestCommand } from './commands/suggestCommand.ts';
import { type CliIO, InputError } from './io.ts';
import { PODCAPS_VERSION } from './cliVersion.ts';

/** Every subcommand; adding one is one line here. */
const COMMANDS: Readonly<Record<string, Command>> = {
  capsh: capshCommand,
  check: checkCommand,
  compare: compareCommand,
  decode: decodeCommand,
  import: importCommand,
  fix: fixCommand,
  inspect: inspectCommand,
  suggest: suggestCommand,
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
  return `Usage: podcaps COMMAND [ARGS]\n\nCommands:\n${lines.join('\n')}\n\nRun \`podcaps COMMAND --help\` for a command's options.\n`;
}

// node:util parseArgs reports bad flags as TypeErrors with an ERR_PARSE_ARGS_* code.
function isArgsError(error: unknown): error is Error {
  return (
    error instanceof Error &&
    String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')
  );
}

/**
 * The `podcaps` command line. Resolves to the exit code: 0 done, 1 refused (by the API server or
 * a runtime), 2 bad input or options. Never throws and never prints a stack trace for bad input.
 */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(usage());
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`${PODCAPS_VERSION}\n`);
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr.write(`podcaps: unknown command "${name}" (try podcaps --help)\n`);
    return EXIT.badInput;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof InputError || isArgsError(error)) {
      io.stderr.write(`podcaps ${name}: ${error.message}\n`);
      return EXIT.badInput;
    }
    // A bug of ours, not the user's: say so in one line, keep the detail for a report.
    io.stderr.write(`podcaps ${name}: internal error: ${String(error)}\n`);
    return 70;
  }
}
