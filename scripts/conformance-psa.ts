// Pod Security conformance: runs `podcaps check FILE --level LEVEL --version vX.Y` in-process on
// every upstream fixture (LEVEL/vX.Y/{pass,fail}/*.yaml) and expects exit 0 for pass/, 1 for fail/.
// Usage: npx tsx scripts/conformance-psa.ts [dir]   (default ../shared/fixtures/pod-security)
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.ts';

const DEFAULT_DIR = '../shared/fixtures/pod-security';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const given = process.argv[2];
const root = given === undefined ? resolve(repoRoot, DEFAULT_DIR) : resolve(given);

function subdirs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
}

async function check(file: string, level: string, version: string) {
  let out = '';
  const sink = { write: (chunk: string) => (out += chunk) };
  const io = { stdin: (async function* () {})(), stdout: sink, stderr: sink };
  const code = await main(['check', file, '--level', level, '--version', version], io);
  return { code, out };
}

async function run(): Promise<number> {
  if (!existsSync(root)) {
    console.log(`pod-security conformance: skipped (${given ?? DEFAULT_DIR} not found)`);
    return 0;
  }
  let passed = 0;
  let failed = 0;
  for (const level of subdirs(root).sort()) {
    for (const version of subdirs(join(root, level)).sort()) {
      for (const [outcome, expected] of [
        ['pass', 0],
        ['fail', 1],
      ] as const) {
        const dir = join(root, level, version, outcome);
        if (!existsSync(dir)) continue;
        for (const name of readdirSync(dir)
          .filter((n) => /\.ya?ml$/.test(n))
          .sort()) {
          const file = join(dir, name);
          const { code, out } = await check(file, level, version);
          if (code === expected) {
            passed++;
            continue;
          }
          failed++;
          const why = out.trim().split('\n').pop() ?? '';
          console.log(`${relative(root, file)}: expected exit ${expected}, got ${code}: ${why}`);
        }
      }
    }
  }
  console.log(`pod-security conformance: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await run();
