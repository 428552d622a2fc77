import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentOf } from './documentHandle.ts';
import { type ContainerAction, containerPathOps } from './editCapabilities.ts';
import { parseManifest } from './parse.ts';
import { createManifestReader } from './reader.ts';

// Fragments chosen to stress the cuts: valid workloads, scalars and flow collections that a marker
// interrupts, errors, aliases, markers with trailing content, comments between documents.
const FRAGMENTS = [
  'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n  - name: c\n    securityContext: {capabilities: {add: [NET_ADMIN]}}\n',
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d # comment\nspec:\n  template:\n    spec:\n      containers: [{name: x}, {name: y, securityContext: {runAsUser: 0}}]\n',
  'kind: Pod\nspec:\n  containers: [\n',
  'kind: Pod\nkind: Pod\n',
  'note: |\n  text\n',
  'note: >-\n  folded\n\n',
  'quoted: "open\n',
  "single: 'open\n  more\n",
  'plain: multi\n  line\n',
  'a: &x [1, 2]\nb: *x\nc: *missing\n',
  '- just\n- a list\n',
  'scalar text\n',
  '# only a comment\n',
  '\n',
  '{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "s"}}\n',
  'kind: List\nitems:\n- kind: Pod\n  spec: {containers: [{name: l}]}\n- 3\n',
  '\tkind: Pod\n',
  'key: [unclosed, {\n',
  '!!binary foo\n',
  'apiVersion: v1\nkind: Pod\nspec: {containers: [{name: n, securityContext: {capabilities: {add: NET_ADMIN}}}]}\n',
  'script: |\n  echo start\n---\n  echo after\n',
  '%YAML 1.2\n',
  'x: "a \\" b\n',
  'k: \u0000\uFFFD\n',
  '\uFEFFkind: Pod\n',
  'm: {a: 1, a: 2}\n',
  '? complex\n: key\n',
  'anchors: &a\n  x: 1\nmore: *a\n',
];
const SEPARATORS = [
  '---\n',
  '--- \n',
  '---\t# c\n',
  '...\n',
  '...\n---\n',
  '',
  '--- |\n',
  '--- x: 1\n',
  '... # end\n',
  '---',
];

const documentText = fc
  .array(fc.tuple(fc.constantFrom(...SEPARATORS), fc.constantFrom(...FRAGMENTS)), {
    minLength: 0,
    maxLength: 8,
  })
  .map((parts) => parts.map(([sep, frag]) => sep + frag).join(''));

const variant = fc.constantFrom('plain', 'crlf', 'bom', 'no-final-newline');

function applyVariant(text: string, v: string): string {
  if (v === 'crlf') return text.replace(/\n/g, '\r\n');
  if (v === 'bom') return `\uFEFF${text}`;
  if (v === 'no-final-newline') return text.replace(/\n$/, '');
  return text;
}

// Edits are positions and lengths as fractions of the text, so they fit any text.
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 40 }),
  insert: fc.constantFrom(
    '',
    'x',
    '\n',
    '---\n',
    '\n---\n',
    '...\n',
    ' ',
    '  - name: z\n',
    ':',
    '"',
    '[',
    '#',
    '\t',
    '\r\n',
  ),
});

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

describe('createManifestReader', () => {
  it('gives what parseManifest gives, for any text and after any series of edits', () => {
    fc.assert(
      fc.property(documentText, variant, fc.array(edit, { maxLength: 6 }), (base, v, edits) => {
        const reader = createManifestReader();
        let text = applyVariant(base, v);
        expect(reader.read(text)).toEqual(parseManifest(text));
        for (const e of edits) {
          text = applyEdit(text, e);
          expect(reader.read(text)).toEqual(parseManifest(text));
        }
      }),
      // READER_RUNS=30000 for a deeper search than the default run affords.
      { numRuns: Number(import.meta.env.READER_RUNS ?? 300) },
    );
  }, 120_000);

  // Short texts over YAML's indicator characters, with markers sprinkled in: the odd corners of
  // the parser (stray tokens, unclosed quotes, props before a marker) that fragments may miss.
  const token = fc.constantFrom(
    ...'-.:"\'[]{}#|>&*!?,%\t a b'.split(''),
    '\n',
    '\n---\n',
    '\n--- ',
    '\n...\n',
    '\n  ',
    '\r\n',
    'k: ',
    '- ',
  );
  it('gives what parseManifest gives for texts of YAML punctuation', () => {
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 60 }),
        fc.array(edit, { maxLength: 4 }),
        (tokens, edits) => {
          const reader = createManifestReader();
          let text = tokens.join('');
          expect(reader.read(text)).toEqual(parseManifest(text));
          for (const e of edits) {
            text = applyEdit(text, e);
            expect(reader.read(text)).toEqual(parseManifest(text));
          }
        },
      ),
      { numRuns: Number(import.meta.env.READER_RUNS ?? 300) },
    );
  }, 120_000);

  // A checklist toggle reads the text its document handle's edit made without splitting it
  // (readEdited): that read must be the same as any other, whatever came before and after it.
  const action = fc.constantFrom<ContainerAction>(
    { type: 'set-capability', list: 'add', name: 'SYS_ADMIN', present: true },
    { type: 'set-capability', list: 'add', name: 'NET_ADMIN', present: false },
    { type: 'set-capability', list: 'drop', name: 'ALL', present: true },
    { type: 'set-privileged', value: true },
    { type: 'set-privileged', value: false },
  );
  const step = fc.oneof(
    fc.record({ kind: fc.constant('form' as const), pick: fc.nat(), action }),
    fc.record({ kind: fc.constant('text' as const), edit }),
  );
  // Mostly workloads (so that there are containers to edit), among the other fragments.
  const workloadText = fc
    .array(
      fc.tuple(
        fc.constantFrom(...SEPARATORS),
        fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(FRAGMENTS[0]!, FRAGMENTS[1]!, FRAGMENTS[19]!) },
          { weight: 2, arbitrary: fc.constantFrom(...FRAGMENTS) },
        ),
      ),
      { minLength: 1, maxLength: 8 },
    )
    .map((parts) => parts.map(([sep, frag]) => sep + frag).join(''));
  it('gives what parseManifest gives after form edits through document handles', () => {
    let formEdits = 0;
    fc.assert(
      fc.property(workloadText, variant, fc.array(step, { maxLength: 8 }), (base, v, steps) => {
        const reader = createManifestReader();
        let text = applyVariant(base, v);
        let manifest = reader.read(text);
        for (const s of steps) {
          if (s.kind === 'text') {
            text = applyEdit(text, s.edit);
          } else {
            const containers = manifest.workloads.flatMap((w) =>
              w.containers.map((c) => ({ documentIndex: w.documentIndex, path: c.path })),
            );
            const container = containers[s.pick % Math.max(1, containers.length)];
            if (!container) continue;
            const result = documentOf(manifest, container.documentIndex).edit(
              containerPathOps(container.path, [s.action]),
            );
            if (!result.ok) continue;
            text = result.text;
            formEdits++;
          }
          manifest = reader.read(text);
          expect(manifest).toEqual(parseManifest(text));
        }
      }),
      { numRuns: Number(import.meta.env.READER_RUNS ?? 300) },
    );
    // The property is about form edits: enough of the runs must make some.
    expect(formEdits).toBeGreaterThan(40);
  }, 120_000);
});
