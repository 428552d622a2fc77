import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateManifest } from '../../../bench/generate.ts';
import { type DocumentEdit, documentOf } from './documentHandle.ts';
import { pieceFinderOf, registerPieces } from './documentPieces.ts';
import type { ContainerAction } from './editCapabilities.ts';
import { applyContainerActions, containerPathOps } from './editCapabilities.ts';
import { countLineBreaks } from './lineBreaks.ts';
import type { EditResult } from './editResult.ts';
import { applyPathOpsInPiece } from './editText.ts';
import { MAX_MANIFEST_LENGTH, parseManifest } from './parse.ts';
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

/** The edit without the edited document's handle: what the whole-text edit returns. */
function plain(edit: DocumentEdit): EditResult {
  if (!edit.ok) return edit;
  const { ok, text, edits } = edit;
  return { ok, text, edits };
}

/**
 * Every container of `text` under every action list: the edit of the reader's handle (which works
 * on the piece) against the whole text's, through a handle of the bare text and applyPathOps.
 */
function expectSameEdits(text: string, actions = ACTIONS): void {
  const reader = createManifestReader();
  const manifest = reader.read(text);
  expect(manifest.problems.filter((p) => p.severity === 'error')).toEqual([]);
  for (const workload of manifest.workloads) {
    const document = documentOf(manifest, workload.documentIndex);
    expect(document.piece, `piece of document ${workload.documentIndex}`).toBeDefined();
    for (const container of workload.containers) {
      const target = { documentIndex: workload.documentIndex, path: container.path };
      for (const list of actions) {
        const whole = applyContainerActions(text, target, list);
        const ops = containerPathOps(container.path, list);
        expect(plain(document.edit(ops))).toEqual(whole);
        expect(plain(documentOf(text, workload.documentIndex).edit(ops))).toEqual(whole);
      }
    }
  }
}

describe('DocumentHandle.edit', () => {
  it('gives the whole-text edit on a generated multi-document manifest', () => {
    expectSameEdits(generateManifest(6_000));
  }, 30_000);

  it('gives the whole-text edit when the edit makes the text too large to read', () => {
    const pods = generateManifest(2_000);
    // A comment pads the text to a few characters under the limit; adding SYS_ADMIN (which the
    // generator never writes) crosses it.
    const text = `${pods}---\n# ${'x'.repeat(MAX_MANIFEST_LENGTH - pods.length - 10)}\n`;
    const reader = createManifestReader();
    const manifest = reader.read(text);
    const workload = manifest.workloads[0]!;
    const document = documentOf(manifest, workload.documentIndex);
    expect(document.piece).toBeDefined();
    const list: readonly ContainerAction[] = [
      { type: 'set-capability', list: 'add', name: 'SYS_ADMIN', present: true },
    ];
    const edit = document.edit(containerPathOps(workload.containers[0]!.path, list));
    const target = { documentIndex: workload.documentIndex, path: workload.containers[0]!.path };
    expect(plain(edit)).toEqual(applyContainerActions(text, target, list));
    expect(edit.ok && edit.text.length).toBeGreaterThan(MAX_MANIFEST_LENGTH);
    // And the reader refuses the edited text, as parseManifest does.
    if (!edit.ok) throw new Error(edit.error.message);
    expect(reader.read(edit.text)).toEqual(parseManifest(edit.text));
  }, 60_000);

  it('really edits the piece alone there (no silent fallback)', () => {
    const text = generateManifest(20_000);
    const manifest = createManifestReader().read(text);
    const workload = manifest.workloads[manifest.workloads.length - 1]!;
    const piece = pieceFinderOf(manifest)?.(workload.documentIndex);
    if (!piece) throw new Error('no piece');
    const source = text.slice(piece.start, piece.end);
    const ops = containerPathOps(workload.containers[0]!.path, ACTIONS[0]!);
    const surroundings = {
      outside: { crlf: 0, lf: countLineBreaks(text).lf - countLineBreaks(source).lf },
      documentCount: piece.documentCount,
    };
    // The reader's count of the rest of the text is the rest's own count.
    const all = countLineBreaks(text);
    const own = countLineBreaks(source);
    expect(piece.outside()).toEqual({ crlf: all.crlf - own.crlf, lf: all.lf - own.lf });
    const edit = applyPathOpsInPiece(source, piece.documentIndex, ops, surroundings);
    const read = edit.ok ? piece.readEdited(edit.text) : undefined;
    expect(read?.workloads.length).toBe(1);
    expect(read?.text).toBe(
      edit.ok && text.slice(0, piece.start) + edit.text + text.slice(piece.end),
    );
    expect(source.length).toBeLessThan(text.length / 4);
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
    // A misshapen securityContext is an error of the text: the handle edits it whole.
    const document = documentOf(createManifestReader().read(text), 1);
    const target = { documentIndex: 1, path: ['spec', 'containers', 0] };
    const result = document.edit(containerPathOps(target.path, ACTIONS[0]!));
    expect(result).toEqual(applyContainerActions(text, target, ACTIONS[0]!));
    expect(result.ok).toBe(false);
  });

  it('refuses in the piece what the whole text refuses for the path alone', () => {
    const text =
      'kind: Service\n---\napiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: c\n';
    const document = documentOf(createManifestReader().read(text), 1);
    expect(document.piece).toBeDefined();
    for (const path of [
      ['spec', 'containers', 0, 'name'],
      ['spec', 'containers', 3],
    ]) {
      const target = { documentIndex: 1, path };
      const result = document.edit(containerPathOps(path, ACTIONS[0]!));
      expect(result).toEqual(applyContainerActions(text, target, ACTIONS[0]!));
      expect(result).toMatchObject({ ok: false, error: { kind: 'path' } });
    }
  });

  it('edits the whole text when the text has errors elsewhere, which the piece cannot see', () => {
    const good =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n  - name: c\n';
    const text = `kind: Service\nmetadata: {name: "open\n---\n${good}`;
    const manifest = createManifestReader().read(text);
    expect(manifest.problems.some((p) => p.severity === 'error')).toBe(true);
    const document = documentOf(manifest, 1);
    expect(document.piece).toBeUndefined();
    const target = { documentIndex: 1, path: ['spec', 'containers', 0] };
    const result = document.edit(containerPathOps(target.path, ACTIONS[0]!));
    expect(plain(result)).toEqual(applyContainerActions(text, target, ACTIONS[0]!));
    expect(result).toMatchObject({ ok: false, error: { kind: 'parse' } });
  });

  it('gives the edited document a handle that finds its workloads without a parse of the text', () => {
    const text = generateManifest(6_000);
    const manifest = createManifestReader().read(text);
    const workload = manifest.workloads[manifest.workloads.length - 1]!;
    const ops = containerPathOps(workload.containers[0]!.path, ACTIONS[3]!);
    const edit = documentOf(manifest, workload.documentIndex).edit(ops);
    if (!edit.ok) throw new Error(edit.error.message);
    const reread = parseManifest(edit.text).workloads[manifest.workloads.length - 1];
    expect(edit.document.workloadAt(workload.path)).toEqual(reread);
    expect(documentOf(text, workload.documentIndex).workloadAt(workload.path)).toEqual(workload);
  });
});

const FIRST = 'kind: Pod\nmetadata: {name: a}\n';
const SECOND = 'kind: Pod\nmetadata: {name: b}\n';
const TEXT = `${FIRST}---\n${SECOND}`;
const SECOND_START = TEXT.indexOf(SECOND);

/** A manifest of `text` whose handles use the piece `[start, end)` the test says. */
function withPiece(text: string, start: number, end: number, documentCount = 1) {
  const manifest = { text, workloads: [], others: [], problems: [] };
  registerPieces(manifest, () => ({
    start,
    end,
    text: text.slice(start, end),
    documentIndex: 0,
    documentCount,
    outside: () => countLineBreaks(text.slice(0, start) + text.slice(end)),
    readEdited: () => undefined,
  }));
  return documentOf(manifest, 1);
}

describe('DocumentHandle.rangeOf', () => {
  it('parses the piece alone and gives offsets into the whole text', () => {
    const document = withPiece(TEXT, SECOND_START, TEXT.length);
    expect(document.piece).toEqual({ start: SECOND_START, end: TEXT.length });
    const range = document.rangeOf(['metadata', 'name']);
    expect(range && TEXT.slice(range.start, range.end)).toBe('b');
    expect(range).toEqual(documentOf(TEXT, 1).rangeOf(['metadata', 'name']));
  });

  it('leaves it to the whole text when the piece holds other documents alone', () => {
    const document = withPiece(TEXT, 0, TEXT.length);
    const range = document.rangeOf(['metadata', 'name']);
    expect(range && TEXT.slice(range.start, range.end)).toBe('b');
  });

  it('leaves it to the whole text when the document has errors', () => {
    const text = `${FIRST}---\nkind: [Pod\n`;
    const start = FIRST.length + 4;
    const inPiece = withPiece(text, start, text.length).rangeOf(['kind']);
    expect(inPiece).toEqual(documentOf(text, 1).rangeOf(['kind']));
    expect(inPiece?.start).toBeGreaterThanOrEqual(start);
    // Unless asked for none then, as a violation's link is.
    expect(documentOf(text, 1).rangeOf(['kind'], { parsedOnly: true })).toBeUndefined();
  });

  it('starts a mapping value at its key when asked', () => {
    const range = documentOf(TEXT, 1).rangeOf(['metadata', 'name'], { withKey: true });
    expect(range && TEXT.slice(range.start, range.end)).toBe('name: b');
  });
});
