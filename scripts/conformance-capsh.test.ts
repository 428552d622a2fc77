import { describe, expect, it } from 'vitest';
import { podcaps } from '../testing/cliRun.ts';
import { DEFAULT_FIXTURES, fixturesDir, loadCases, mismatch } from './capsh-cases.ts';

const dir = fixturesDir();
if (!dir) console.log(`capsh fixtures: skipped (${DEFAULT_FIXTURES} not found)`);
const cases = dir ? loadCases(dir) : [];

describe.runIf(dir)('capsh fixtures through podcaps main()', () => {
  it('found cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { code, stdout, stderr } = await podcaps(c.args);
    expect(mismatch(c, code, stdout, stderr)).toBeUndefined();
  });
});
