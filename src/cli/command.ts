import type { CliIO } from './io.ts';

/** One `podcaps` subcommand. */
export interface Command {
  /** One line for `podcaps --help`. */
  readonly summary: string;
  /** The full `podcaps NAME --help` text, newline-terminated. */
  readonly usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  readonly run: (args: string[], io: CliIO) => Promise<number>;
}

/** Exit codes every command shares. */
export const EXIT = { ok: 0, refused: 1, badInput: 2 } as const;
