import { type Command, EXIT } from './command.ts';
import { type CliIO, InputError } from './io.ts';
import { PODCAPS_VERSION } from './cliVersion.ts';

/** A subcommand as `podcaps --help` lists it; its code is loaded only when it runs. */
interface CommandEntry {
  /** One line for `podcaps --help`. */
  readonly summary: string;
  readonly load: () => Promise<Command>;
}

/**
 * Every subcommand; adding one is one line here. Each is a chunk of its own in the bundle
 * (scripts/build-cli.mjs), so a start reads and compiles only the command it runs: `podcaps
 * capsh` never loads Pod Security, SARIF, node:crypto or the diff library.
 */
const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  capsh: {
    summary: 'print the simulated `capsh --print` of a container',
    load: () => import('./commands/capshCommand.ts').then((m) => m.capshCommand),
  },
  check: {
    summary: 'check workloads against the Pod Security Standards (baseline, restricted)',
    load: () => import('./commands/checkCommand.ts').then((m) => m.checkCommand),
  },
  compare: {
    summary: "compare a real container's capsh --print or /proc status with the simulation",
    load: () => import('./commands/compareCommand.ts').then((m) => m.compareCommand),
  },
  decode: {
    summary: 'decode capability masks as `capsh --decode` does',
    load: () => import('./commands/decodeCommand.ts').then((m) => m.decodeCommand),
  },
  import: {
    summary: 'turn docker run lines or a Compose file into Kubernetes YAML',
    load: () => import('./commands/importCommand.ts').then((m) => m.importCommand),
  },
  fix: {
    summary: 'apply the restricted (or baseline) Pod Security fixes to files in place',
    load: () => import('./commands/fixCommand.ts').then((m) => m.fixCommand),
  },
  inspect: {
    summary: 'report capabilities, refusals and warnings for every container',
    load: () => import('./commands/inspectCommand.ts').then((m) => m.inspectCommand),
  },
  suggest: {
    summary: 'set a container to drop ALL plus what a capability trace shows',
    load: () => import('./commands/suggestCommand.ts').then((m) => m.suggestCommand),
  },
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
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    io.stderr.write(`podcaps: unknown command "${name}" (try podcaps --help)\n`);
    return EXIT.badInput;
  }
  try {
    const command = await entry.load();
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
