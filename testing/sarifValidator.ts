// Test helper (not shipped): Microsoft's SARIF validator with GitHub's ingestion rules.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** One problem the validator found. */
export interface ValidatorIssue {
  readonly ruleId: string;
  readonly level: string;
  readonly message: string;
}

/**
 * Runs `sarif-multitool validate --rule-kind "Gh;Sarif"` on `files` (once, for speed: it is a
 * .NET program that takes about a second to start) and returns what it reported. Called directly
 * rather than through the package's bin, which passes its arguments through a shell and so
 * splits `Gh;Sarif` at the semicolon.
 */
export function validateSarif(files: readonly string[], outDir: string): ValidatorIssue[] {
  const tool = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
  const out = join(outDir, 'validation.sarif');
  const run = spawnSync(
    tool,
    ['validate', ...files, '--rule-kind', 'Gh;Sarif', '--output', out, '--log', 'ForceOverwrite'],
    // The .NET runtime inside needs no ICU for this; without the switch it wants libicu installed.
    { encoding: 'utf8', env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' } },
  );
  if (run.status !== 0) throw new Error(`sarif-multitool failed: ${run.stdout}${run.stderr}`);
  const log = JSON.parse(readFileSync(out, 'utf8')) as {
    runs: {
      results?: {
        ruleId: string;
        level?: string;
        message: { id?: string; arguments?: string[] };
      }[];
    }[];
  };
  return (log.runs[0]?.results ?? []).map((r) => ({
    ruleId: r.ruleId,
    // SARIF's default level is warning.
    level: r.level ?? 'warning',
    message: [r.message.id, ...(r.message.arguments ?? [])].join(' '),
  }));
}
