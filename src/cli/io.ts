import { readFileSync } from 'node:fs';

/** The streams a command talks through; tests pass in-memory ones. */
export interface CliIO {
  readonly stdin: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: { write(chunk: string): unknown };
}

/** A problem with what the user gave us (exit code 2): its message is shown as is, on one line. */
export class InputError extends Error {}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  ENOTDIR: 'not a directory',
};

/** Reads FILE as UTF-8, or stdin when FILE is `-`. Throws InputError when it cannot. */
export async function readInput(file: string, io: CliIO): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) {
      chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    // Synchronous: a command reads its files one after the other anyway, and node:fs/promises
    // is not loaded at start-up (its code is ~2 ms of a `podcaps capsh`).
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(`cannot read ${file}: ${REASONS[code] ?? (error as Error).message}`);
  }
}
