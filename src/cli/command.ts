import type { CliIO } from './io.ts';

/** One `podcaps` subcommand, as its module exports it. */
export interface Command {
  /** The full `podcaps NAME --help` text, newline-terminated. */
  readonly usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  readonly run: (args: string[], io: CliIO) => Promise<number>;
}

/** Exit codes every command shares. */
export const EXIT = { ok: 0, refused: 1, badInput: 2 } as const;
