import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { generateManifest } from '../../../bench/generate.ts';
import type { DocumentSpan } from '../manifest/reader.ts';
import type { WorkloadRef } from '../model.ts';
import { FLEET, expectSpanLikeWhole, readInPieces } from './inSpan.testing.ts';

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

/**
 * Whether a document of `text` outside the span's has YAML errors, which the piece cannot see.
 * (An error's offset may lie past the piece: an open flow list ends at the next `---`.)
 */
function errorOutside(text: string, workload: WorkloadRef, span: DocumentSpan): boolean {
  const first = workload.documentIndex - span.documentIndex;
  return parseAllDocuments(text).some(
    (doc, i) => (i < first || i >= first + span.documentCount) && doc.errors.length > 0,
  );
}

describe('makeRestricted and violationRanges in the reader’s span', () => {
  it('give the whole-text results for any multi-document text that parses outside the span', () => {
    fc.assert(
      fc.property(manifest, (text) => {
        for (const { workload, span } of readInPieces(text)) {
          // The links hold even beside errors: they look at the workload's own document only.
          expectSpanLikeWhole(text, workload, span, !errorOutside(text, workload, span));
        }
      }),
      // PSA_SPAN_RUNS=2000 for a deeper search than the default run affords.
      { numRuns: Number(import.meta.env.PSA_SPAN_RUNS ?? 60) },
    );
  }, 120_000);
});
