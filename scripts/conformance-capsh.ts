// Runs every capsh fixture through the real command line (`node bin/podcaps.js capsh ...`) and
// compares stdout byte for byte. Usage: npx tsx scripts/conformance-capsh.ts [fixturesDir]
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import {
  type CapshCase,
  DEFAULT_FIXTURES,
  REPO_ROOT,
  fixturesDir,
  loadCases,
  mismatch,
} from './capsh-cases.ts';

const PARALLEL = 2;

function runCase(c: CapshCase): Promise<string | undefined> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(REPO_ROOT, 'bin/podcaps.js'), ...c.args],
      { encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done(mismatch(c, code, stdout, stderr));
      },
    );
  });
}

async function main(): Promise<number> {
  const arg = process.argv[2] ?? DEFAULT_FIXTURES;
  const dir = fixturesDir(arg);
  if (!dir) {
    console.log(`capsh conformance: skipped (${arg} not found)`);
    return 0;
  }
  const cases = loadCases(dir);
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++]!;
      const problem = await runCase(c);
      if (problem) {
        failed++;
        console.log(`FAIL ${c.name}: ${problem}`);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  console.log(`capsh conformance: ${cases.length - failed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
