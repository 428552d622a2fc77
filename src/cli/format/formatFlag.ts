import { InputError } from '../io.ts';

/** The output formats of `check` and `inspect`. */
export const FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;
export type Format = (typeof FORMATS)[number];

/** The parseArgs options both commands declare for it. */
export const FORMAT_OPTIONS = {
  format: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

/**
 * `--format NAME`, with `--json` kept as the older spelling of `--format json`. Both at once must
 * agree, or the command would have to guess which one the user meant.
 */
export function formatFlag(values: {
  format?: string | undefined;
  json?: boolean | undefined;
}): Format {
  const { format, json } = values;
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) {
    throw new InputError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
  }
  if (json && format !== undefined && format !== 'json') {
    throw new InputError(`--json and --format ${format} contradict each other`);
  }
  return json ? 'json' : ((format as Format | undefined) ?? 'text');
}
