// Reads the capsh fixture cases (../shared/fixtures/capsh by default): shared by the conformance
// script and its Vitest twin, so both run exactly the same cases.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_FIXTURES = '../shared/fixtures/capsh';

export interface CapshCase {
  readonly name: string;
  /** Arguments after `podcaps`. */
  readonly args: string[];
  /** Exact stdout, or the phrase stderr must contain when `refused`. */
  readonly expected: string;
  readonly refused: boolean;
}

/** The fixtures directory, resolved against the repository root; undefined when it is absent. */
export function fixturesDir(dir = DEFAULT_FIXTURES): string | undefined {
  const full = resolve(REPO_ROOT, dir);
  return existsSync(full) && statSync(full).isDirectory() ? full : undefined;
}

/** Every case folder of `dir`, sorted by name. */
export function loadCases(dir: string): CapshCase[] {
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'case.json')))
    .sort()
    .map((name) => {
      const folder = join(dir, name);
      const spec = JSON.parse(readFileSync(join(folder, 'case.json'), 'utf8')) as {
        runtime: string;
        container: string;
        workload?: string;
        expect?: string;
      };
      const refused = spec.expect === 'error';
      const args = [
        'capsh',
        join(folder, 'manifest.yaml'),
        '--runtime',
        spec.runtime,
        '--container',
        spec.container,
      ];
      if (spec.workload !== undefined) args.push('--workload', spec.workload);
      const expected = refused
        ? readFileSync(join(folder, 'expected-error.txt'), 'utf8').trim()
        : readFileSync(join(folder, 'expected.txt'), 'utf8');
      return { name, args, expected, refused };
    });
}

/** Why a run does not match its case, or undefined when it does. */
export function mismatch(
  c: CapshCase,
  code: number,
  stdout: string,
  stderr: string,
): string | undefined {
  if (c.refused) {
    if (code !== 1) return `expected exit 1 (refused), got ${code}; stderr: ${firstLine(stderr)}`;
    if (!stderr.includes(c.expected)) return `stderr lacks "${c.expected}": ${firstLine(stderr)}`;
    return undefined;
  }
  if (code !== 0) return `expected exit 0, got ${code}; stderr: ${firstLine(stderr)}`;
  if (stdout === c.expected) return undefined;
  const want = c.expected.split('\n');
  const got = stdout.split('\n');
  const i = want.findIndex((line, n) => line !== got[n]);
  const at = i === -1 ? got.length : i;
  return `stdout differs at line ${at + 1}: expected ${JSON.stringify(want[at] ?? '<end>')}, got ${JSON.stringify(got[at] ?? '<end>')}`;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}
