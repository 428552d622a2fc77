import fc from 'fast-check';
import { describe, it } from 'vitest';
import { generateManifest } from '../../../bench/generate.ts';
import { FLEET, expectSpanLikeWhole, readInPieces } from '../../../testing/handleOracle.ts';

// Documents to shuffle: generated ones (a Deployment, a Pod, a CronJob, a Service), the corners of
// FLEET, and broken ones: their errors sit outside some workload's piece, or inside it.
const DOCUMENTS = [
  ...generateManifest(4_000).split('\n---\n'),
  ...FLEET.split(/^---.*\n/m),
  '{apiVersion: v1, kind: Pod, metadata: {name: flow}, spec: {containers: [{name: f, securityContext: {privileged: true, capabilities: {add: [CHOWN]}}}]}}',
  'apiVersion: v1\nkind: Pod\nmetadata: {name: broken}\nspec:\n  containers: [\n',
  'kind: Service\nmetadata: {name: "open\n',
  'kind: Pod\nkind: Pod\n',
  'apiVersion: v1\nkind: Pod\nmetadata: {name: odd}\nspec:\n  containers:\n  - name: a\n    securityContext: 3\n',
  '# only a comment\n',
];
// `--- ` puts the document on the marker line: a flow document reads, a block one is an error.
const MARKERS = ['---\n', '--- # between\n', '---\t\n', '...\n---\n', '--- ', '---\n\n# next\n'];

const manifest = fc
  .record({
    first: fc.constantFrom(...DOCUMENTS),
    rest: fc.array(fc.tuple(fc.constantFrom(...MARKERS), fc.constantFrom(...DOCUMENTS)), {
      maxLength: 5,
    }),
    eol: fc.constantFrom('\n', '\r\n'),
    finalBreak: fc.boolean(),
  })
  .map(({ first, rest, eol, finalBreak }) => {
    const parts = [first, ...rest.map(([marker, doc]) => marker + doc)];
    const text = parts.map((p) => (p.endsWith('\n') ? p : `${p}\n`)).join('');
    return (finalBreak ? text : text.trimEnd()).replaceAll('\n', eol);
  });

describe('makeRestricted and violationRanges through the reader’s document handles', () => {
  it('give the whole-text results for any multi-document text, errors or not', () => {
    fc.assert(
      fc.property(manifest, (text) => {
        // The handle sees the text's errors, which its piece cannot: the fixes hold beside them
        // too, and the links, which look at the workload's own document only.
        for (const { read, workload } of readInPieces(text)) expectSpanLikeWhole(read, workload);
      }),
      // PSA_SPAN_RUNS=2000 for a deeper search than the default run affords.
      { numRuns: Number(import.meta.env.PSA_SPAN_RUNS ?? 60) },
    );
  }, 120_000);
});
