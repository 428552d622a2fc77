import type { CliIO } from '../io.ts';
import type { Report } from './findings.ts';
import type { Format } from './formatFlag.ts';

/** How a command's results are written in each format; each is built only when asked for. */
export interface Outputs {
  readonly text: () => string;
  /** The JSON value (printed pretty, newline-terminated). */
  readonly json: () => unknown;
  readonly report: () => Report;
  /** The name of the JUnit `<testsuites>`. */
  readonly junitName: string;
}

/**
 * Writes the results in `format` to stdout. The machine formats' writers are loaded when asked
 * for (SARIF's fingerprints need node:crypto): a text or JSON run never reads their code.
 */
export async function writeReport(io: CliIO, format: Format, outputs: Outputs): Promise<void> {
  switch (format) {
    case 'text':
      io.stdout.write(outputs.text());
      return;
    case 'json':
      io.stdout.write(`${JSON.stringify(outputs.json(), null, 2)}\n`);
      return;
    case 'sarif': {
      const { formatSarif } = await import('./sarif.ts');
      io.stdout.write(formatSarif(outputs.report()));
      return;
    }
    case 'junit': {
      const { formatJunit } = await import('./junit.ts');
      io.stdout.write(formatJunit(outputs.junitName, outputs.report().cases));
      return;
    }
    case 'github': {
      const { formatGithub } = await import('./github.ts');
      io.stdout.write(formatGithub(outputs.report().findings));
      return;
    }
  }
}
