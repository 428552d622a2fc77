import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateManifest } from '../../../bench/generate.ts';
import type { ContainerAction } from './edit-capabilities.ts';
import { applyContainerActions, containerPathOps } from './edit-capabilities.ts';
import { applyContainerActionsInSpan } from './edit-in-piece.ts';
import { countLineBreaks } from './edit-layout.ts';
import { applyPathOpsInPiece } from './edit-text.ts';
import { parseManifest } from './parse.ts';
import { createManifestReader } from './reader.ts';

const ACTIONS: readonly (readonly ContainerAction[])[] = [
  [{ type: 'set-capability', list: 'add', name: 'NET_ADMIN', present: true }],
  [{ type: 'set-capability', list: 'add', name: 'NET_ADMIN', present: false }],
  [{ type: 'set-capability', list: 'drop', name: 'ALL', present: false }],
  [{ type: 'set-capability', list: 'drop', name: 'NET_RAW', present: true }],
  [{ type: 'set-privileged', value: true }],
  [{ type: 'set-privileged', value: false }],
  [{ type: 'replace-capability', list: 'add', from: 'CHOWN', to: null }],
  [
    { type: 'set-capability', list: 'add', name: 'SYS_TIME', present: false },
    { type: 'set-capability', list: 'add', name: 'KILL', present: false },
    { type: 'set-capability', list: 'drop', name: 'ALL', present: false },
  ],
];

/** Every container of `text` under every action list: the piece's edit against the whole text's. */
function expectSameEdits(text: string, actions = ACTIONS): void {
  const reader = createManifestReader();
  const manifest = reader.read(text);
  expect(manifest.problems.filter((p) => p.severity === 'error')).toEqual([]);
  for (const workload of manifest.workloads) {
    const span = reader.documentSpan(text, workload.documentIndex);
    expect(span, `span of document ${workload.documentIndex}`).toBeDefined();
    if (!span) continue;
    for (const container of workload.containers) {
      const target = { documentIndex: workload.documentIndex, path: container.path };
      for (const list of actions) {
        const whole = applyContainerActions(text, target, list);
        expect(applyContainerActionsInSpan(text, span, target, list)).toEqual(whole);
      }
    }
  }
}

describe('applyContainerActionsInSpan', () => {
  it('gives the whole-text edit on a generated multi-document manifest', () => {
    expectSameEdits(generateManifest(6_000));
  }, 30_000);

  it('really edits the piece alone there (no silent fallback)', () => {
    const text = generateManifest(20_000);
    const reader = createManifestReader();
    const manifest = reader.read(text);
    const workload = manifest.workloads[manifest.workloads.length - 1]!;
    const span = reader.documentSpan(text, workload.documentIndex)!;
    const piece = text.slice(span.start, span.end);
    const ops = containerPathOps(workload.containers[0]!.path, ACTIONS[0]!);
    const surroundings = {
      outside: { crlf: 0, lf: countLineBreaks(text).lf - countLineBreaks(piece).lf },
      documentCount: span.documentCount,
    };
    expect(applyPathOpsInPiece(piece, span.documentIndex, ops, surroundings)?.ok).toBe(true);
    expect(piece.length).toBeLessThan(text.length / 4);
  });

  it.each([
    ['CRLF line endings', generateManifest(5_000).replaceAll('\n', '\r\n')],
    [
      'a CRLF document among LF ones (the whole file decides the line ending)',
      (() => {
        const docs = generateManifest(6_000).split('\n---\n');
        docs[1] = docs[1]!.replaceAll('\n', '\r\n');
        return docs.join('\n---\n');
      })(),
    ],
    [
      'a last document without a final line break',
      'kind: Service\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n  - name: c\n    image: x',
    ],
    [
      'a flow document that shows no block layout (the other documents decide)',
      'apiVersion: v1\nkind: Pod\nmetadata:\n    name: wide\nspec:\n    containers:\n    -   name: w\n---\n{apiVersion: v1, kind: Pod, metadata: {name: f}, spec: {containers: [{name: c}]}}\n',
    ],
    [
      'JSON',
      '{"kind": "Service"}\n---\n{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "j"},\n "spec": {"containers": [{"name": "c", "securityContext": {"capabilities": {"add": ["CHOWN"]}}}]}}\n',
    ],
    [
      'a comment before the first marker and a `...` end marker',
      '# leading comment\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n    - name: c\n...\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\nspec:\n  containers:\n  - name: d\n',
    ],
    [
      'a List with two pods in one document',
      'kind: List\nitems:\n- kind: Pod\n  metadata: {name: p}\n  spec:\n    containers:\n    - name: a\n- kind: Pod\n  metadata: {name: q}\n  spec:\n    containers:\n    - name: b\n      securityContext:\n        capabilities:\n          add: [CHOWN]\n',
    ],
  ])('gives the whole-text edit with %s', (_, text) => {
    expectSameEdits(text);
  });

  it('gives the whole-text edit for random documents and actions', () => {
    const docs = generateManifest(4_000).split('\n---\n');
    fc.assert(
      fc.property(
        fc.shuffledSubarray(docs, { minLength: 1 }),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom(...ACTIONS),
        (picked, eol, actions) => {
          const text = `${picked.join('\n---\n')}\n`.replaceAll('\n', eol);
          if (parseManifest(text).workloads.length === 0) return;
          expectSameEdits(text, [actions]);
        },
      ),
      { numRuns: 25 },
    );
  }, 30_000);

  it('falls back to the whole text for refusals, whose messages count lines from its start', () => {
    const text =
      'kind: Service\n---\napiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: c\n    securityContext: 3\n';
    const reader = createManifestReader();
    reader.read(text);
    const span = reader.documentSpan(text, 1)!;
    const target = { documentIndex: 1, path: ['spec', 'containers', 0] };
    const result = applyContainerActionsInSpan(text, span, target, ACTIONS[0]!);
    expect(result).toEqual(applyContainerActions(text, target, ACTIONS[0]!));
    expect(result.ok).toBe(false);
  });
});
