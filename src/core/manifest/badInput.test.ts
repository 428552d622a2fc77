import { describe, expect, it } from 'vitest';
import { BAD_INPUTS } from '../../../testing/badInputCases.ts';
import { MAX_MANIFEST_LENGTH, parseManifest } from './parse.ts';
import { createManifestReader } from './reader.ts';

describe('bad input: the core reports a located problem and never throws', () => {
  it.each(BAD_INPUTS.map((c) => [c.name, c] as const))('%s', (_name, { text, problem }) => {
    const manifest = parseManifest(text);
    expect(createManifestReader().read(text)).toEqual(manifest);
    const first = manifest.problems.find((p) => p.severity === 'error');
    if (problem === undefined) {
      expect(manifest.problems).toEqual([]);
      expect(manifest.workloads).toEqual([]);
      return;
    }
    expect(first).toBeDefined();
    expect(first!.message).not.toContain('\n');
    const shown = `${first!.line}:${first!.column} ${first!.message}`;
    if (typeof problem === 'string') expect(shown).toBe(problem);
    else expect(shown).toMatch(problem);
  });

  it('refuses a 10 MB paste at once, without parsing it', () => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n${'# padding\n'.repeat(1_048_576)}`;
    expect(text.length).toBeGreaterThan(MAX_MANIFEST_LENGTH);
    const manifest = parseManifest(text);
    expect(manifest.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '1:1 the text is too large to read: 10 MiB, more than the 8 MiB Podcaps reads',
    ]);
    expect(createManifestReader().read(text)).toEqual(manifest);
  });
});
