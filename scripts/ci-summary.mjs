// Adds up what .ci/run ran: the checks of `npm test` (lint, types, build), Vitest and Playwright JSON
// reports, and the conformance suites' closing lines. Prints one line `N passed, N failed`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'ci-results';
let passed = 0;
let failed = 0;
const parts = [];

function readJson(name) {
  const file = join(dir, name);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

const steps = readJson('steps.json');
if (steps) {
  for (const [name, ok] of Object.entries(steps)) {
    // unit and e2e are counted test by test from their own reports, when those exist.
    if (name === 'unit' && existsSync(join(dir, 'vitest.json'))) continue;
    if (name === 'e2e' && existsSync(join(dir, 'playwright.json'))) continue;
    if (ok) passed++;
    else failed++;
    parts.push(`${name}: ${ok ? 'ok' : 'FAILED'}`);
  }
} else {
  failed++;
  parts.push('npm test: no step report (did it run?)');
}

const vitest = readJson('vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  parts.push(`unit: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`);
}

const playwright = readJson('playwright.json');
if (playwright) {
  const { expected = 0, unexpected = 0, flaky = 0 } = playwright.stats ?? {};
  passed += expected + flaky;
  failed += unexpected;
  parts.push(`e2e: ${expected + flaky} passed, ${unexpected} failed`);
}

for (const file of readdirSync(dir).filter((f) => f.startsWith('conformance-'))) {
  const text = readFileSync(join(dir, file), 'utf8');
  const match = /(\d+) passed, (\d+) failed\s*$/.exec(text.trim());
  if (match) {
    passed += Number(match[1]);
    failed += Number(match[2]);
    parts.push(text.trim().split('\n').at(-1));
  } else if (/skipped/.test(text)) {
    parts.push(text.trim().split('\n').at(-1));
  } else {
    failed++;
    parts.push(`${file}: no summary line`);
  }
}

console.log(parts.map((p) => `  ${p}`).join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
