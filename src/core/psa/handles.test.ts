import { describe, expect, it, vi } from 'vitest';
import type * as YamlModule from 'yaml';
import { generateManifest } from '../../../bench/generate.ts';
import { documentOf } from '../manifest/documentHandle.ts';
import { parseManifest } from '../manifest/parse.ts';
import { createManifestReader } from '../manifest/reader.ts';
import { replaceOnce } from '../../../testing/replaceOnce.ts';
import { evaluatePod } from './evaluate.ts';
import { FLEET, expectSpanLikeWhole, readInPieces } from '../../../testing/handleOracle.ts';
import { makeRestricted } from './makeRestricted.ts';
import { violationRanges } from './violationRanges.ts';

// The length of every text the `yaml` package parses: a handle's run must parse its piece only.
const parsed = vi.hoisted(() => [] as number[]);
vi.mock('yaml', async (importOriginal) => {
  const yaml = await importOriginal<typeof YamlModule>();
  return {
    ...yaml,
    parseAllDocuments: ((source: string, options?: object) => {
      parsed.push(source.length);
      return yaml.parseAllDocuments(source, options);
    }) as typeof yaml.parseAllDocuments,
  };
});

/** The longest text `run` had parsed. */
function longestParse(run: () => void): number {
  parsed.length = 0;
  run();
  return Math.max(0, ...parsed);
}

/** Each workload as `name@documentIndex`. */
function names(text: string): string[] {
  return readInPieces(text).map(({ workload }) => `${workload.name}@${workload.documentIndex}`);
}

describe('makeRestricted and violationRanges through the reader’s document handles', () => {
  it.each([
    ['LF', FLEET],
    ['CRLF', FLEET.replaceAll('\n', '\r\n')],
    ['no final line break', FLEET.trimEnd()],
    [
      'one CRLF document among LF ones (the whole file decides the line ending)',
      replaceOnce(FLEET, /apiVersion: apps\/v1[^]*?\n\.\.\.\n/, (doc) =>
        doc.replaceAll('\n', '\r\n'),
      ),
    ],
  ])('give the whole-text results for every workload of a multi-document file, %s', (_, text) => {
    // The first, a middle and the last document; a flow document on its marker line, an alias
    // that makes a fix be refused, a List of two pods, comments and markers with trailing content.
    expect(names(text)).toEqual([
      'first@0',
      'middle@2',
      'flow@3',
      'shared@4',
      'p@5',
      'q@5',
      'last@6',
    ]);
    for (const { read, workload } of readInPieces(text)) {
      expectSpanLikeWhole(read, workload);
      const result = makeRestricted(read, workload);
      expect(result.ok && result.applied.length > 0, workload.name).toBe(true);
    }
  });

  // Reads and edits a generated 40 kB manifest, LF and CRLF: about 4.5 s on its own on the shared
  // 2-core machine, so the 5 s default timed it out whenever other test files ran beside it.
  it(
    'parse only the piece: the first, a middle and the last workload of a generated manifest',
    { timeout: 30_000 },
    () => {
      for (const eol of ['\n', '\r\n']) {
        const text = generateManifest(40_000).replaceAll('\n', eol);
        const pieces = readInPieces(text);
        for (const at of [0, pieces.length >> 1, pieces.length - 1]) {
          const { read, workload } = pieces[at]!;
          const piece = documentOf(read, workload.documentIndex).piece!;
          const pieceLength = piece.end - piece.start;
          expect(pieceLength).toBeLessThan(text.length / 8);
          const pod = { metadata: workload.podMetadata, spec: workload.podSpec };
          const [violation] = evaluatePod(pod, 'restricted', 'latest').violations;
          if (!violation) throw new Error(`${workload.name} already meets restricted`);
          // The piece, then its edit (a few lines longer); never the text.
          expect(longestParse(() => makeRestricted(read, workload))).toBeLessThan(
            pieceLength * 1.5,
          );
          expect(longestParse(() => violationRanges(read, workload, violation))).toBe(pieceLength);
          expectSpanLikeWhole(read, workload);
        }
      }
    },
  );

  it('see an error in another document, which the piece cannot, and refuse as the whole text does', () => {
    const broken = replaceOnce(FLEET, 'metadata: {name: svc}\n', 'metadata: {name: svc\n');
    const [first] = readInPieces(broken);
    if (!first) throw new Error('no workload');
    expect(documentOf(first.read, first.workload.documentIndex).piece).toBeUndefined();
    // The whole text refuses, citing the error's line; the store refuses even before (its
    // "Fix the YAML first."), so the app shows what it showed.
    const result = makeRestricted(first.read, first.workload);
    expect(result).toEqual(makeRestricted(parseManifest(broken), first.workload));
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^The text has a YAML error at line 18, column 1 /) as unknown,
    });
    // A link looks at the workload's own document only, whole or not.
    expectSpanLikeWhole(first.read, first.workload, false);
    expect(
      violationRanges(first.read, first.workload, {
        checkId: 'privileged',
        reason: '',
        detail: '',
        paths: [['containers', 0, 'securityContext', 'privileged']],
      }),
    ).toHaveLength(1);
  });

  it('use the whole text when the piece has an error, so the message counts lines from its start', () => {
    const stale = readInPieces(FLEET).find(({ workload }) => workload.name === 'last')!;
    const broken = replaceOnce(FLEET, '  - name: z\n', '  - name: z\n  bad: [\n');
    const read = createManifestReader().read(broken);
    const result = makeRestricted(read, stale.workload);
    expect(result).toEqual(makeRestricted(parseManifest(broken), stale.workload));
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^The text has a YAML error at line 87, column 1 /) as unknown,
    });
    const pod = { metadata: stale.workload.podMetadata, spec: stale.workload.podSpec };
    for (const violation of evaluatePod(pod, 'restricted', 'latest').violations) {
      expect(violationRanges(read, stale.workload, violation)).toEqual([]);
    }
  });

  it('refuse, as the whole text does, a workload that is no longer in its document', () => {
    const stale = readInPieces(FLEET).find(({ workload }) => workload.name === 'middle')!;
    const changed = replaceOnce(FLEET, 'kind: Deployment', 'kind: Service');
    expect(parseManifest(changed).workloads.map((w) => w.name)).not.toContain('middle');
    const read = createManifestReader().read(changed);
    expect(documentOf(read, stale.workload.documentIndex).piece).toBeDefined();
    expect(makeRestricted(read, stale.workload)).toEqual({
      ok: false,
      error: 'The Deployment "middle" is no longer in the text.',
    });
  });
});
