import { describe, expect, test } from 'vitest';
import { replaceOnce } from '../../../testing/replaceOnce.ts';
import {
  applyPathOps,
  deleteAt,
  ensureSequenceItem,
  removeSequenceItems,
  setScalarAt,
} from './editText.ts';
import type { PathOp } from './editText.ts';
import type { EditResult } from './editResult.ts';
import { applyEdits } from './editSplice.ts';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web # the name
spec:
  # pod-level settings
  hostNetwork: false
  containers:
    - name: app
      image: nginx
      securityContext:
        runAsUser: 1000
`;

function textOf(text: string, result: EditResult): string {
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.message}`);
  expect(applyEdits(text, result.edits)).toBe(result.text);
  return result.text;
}

describe('the generic engine', () => {
  test('"Make restricted" as one batch over the pod and a container', () => {
    const ops: PathOp[] = [
      { op: 'set', path: ['spec', 'securityContext', 'runAsNonRoot'], value: true },
      {
        op: 'set',
        path: ['spec', 'securityContext', 'seccompProfile', 'type'],
        value: 'RuntimeDefault',
      },
      {
        op: 'set',
        path: ['spec', 'containers', 0, 'securityContext', 'allowPrivilegeEscalation'],
        value: false,
      },
      {
        op: 'ensure-item',
        path: ['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop'],
        value: 'ALL',
      },
    ];
    const result = applyPathOps(POD, 0, ops);
    expect(textOf(POD, result)).toBe(`apiVersion: v1
kind: Pod
metadata:
  name: web # the name
spec:
  # pod-level settings
  hostNetwork: false
  containers:
    - name: app
      image: nginx
      securityContext:
        runAsUser: 1000
        allowPrivilegeEscalation: false
        capabilities:
          drop:
            - ALL
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
`);
    // Both insertions land at the end of the text, so they merge into one edit.
    expect(result.ok && result.edits.length).toBe(1);
  });

  test('edits far apart stay separate and sorted', () => {
    const result = applyPathOps(POD, 0, [
      { op: 'set', path: ['spec', 'containers', 0, 'image'], value: 'nginx:1.27' },
      { op: 'set', path: ['metadata', 'name'], value: 'api' },
    ]);
    expect(result.ok && result.edits).toEqual([
      { start: POD.indexOf('web'), end: POD.indexOf('web') + 3, insert: 'api' },
      { start: POD.indexOf('nginx') + 5, end: POD.indexOf('nginx') + 5, insert: ':1.27' },
    ]);
    expect(textOf(POD, result)).toBe(
      replaceOnce(replaceOnce(POD, 'web', 'api'), 'nginx', 'nginx:1.27'),
    );
  });

  test('setScalarAt keeps the quoting of a string it replaces, and quotes what YAML would misread', () => {
    const quoted = replaceOnce(POD, 'image: nginx', "image: 'nginx'");
    expect(
      textOf(quoted, setScalarAt(quoted, 0, ['spec', 'containers', 0, 'image'], 'busybox')),
    ).toBe(replaceOnce(POD, 'image: nginx', "image: 'busybox'"));
    expect(textOf(POD, setScalarAt(POD, 0, ['metadata', 'name'], 'true'))).toBe(
      replaceOnce(POD, 'web', '"true"'),
    );
    expect(textOf(POD, setScalarAt(POD, 0, ['spec', 'hostNetwork'], true))).toBe(
      replaceOnce(POD, 'hostNetwork: false', 'hostNetwork: true'),
    );
  });

  test('deleteAt removes a key with its lines and keeps the comment above it', () => {
    expect(textOf(POD, deleteAt(POD, 0, ['spec', 'hostNetwork']))).toBe(
      replaceOnce(POD, '  hostNetwork: false\n', ''),
    );
  });

  test('deleteAt without keepDepth leaves an emptied mapping as {}', () => {
    expect(
      textOf(POD, deleteAt(POD, 0, ['spec', 'containers', 0, 'securityContext', 'runAsUser'])),
    ).toBe(replaceOnce(POD, 'securityContext:\n        runAsUser: 1000', 'securityContext: {}'));
  });

  test('deleteAt with keepDepth prunes emptied ancestors up to it', () => {
    const path = ['spec', 'containers', 0, 'securityContext', 'runAsUser'];
    expect(textOf(POD, deleteAt(POD, 0, path, 3))).toBe(
      replaceOnce(POD, '      securityContext:\n        runAsUser: 1000\n', ''),
    );
  });

  test('deleteAt of a list index removes one item only', () => {
    const text = 'args:\n  - a\n  - b\n  - c\n';
    expect(textOf(text, deleteAt(text, 0, ['args', 0]))).toBe('args:\n  - b\n  - c\n');
  });

  test('remove-items removes every item of the value, and a single one in one step', () => {
    const text = 'add:\n  - A\n  - B\n  - A\n  - C\n  - A\n';
    expect(textOf(text, removeSequenceItems(text, 0, ['add'], 'A'))).toBe('add:\n  - B\n  - C\n');
    expect(textOf(text, removeSequenceItems(text, 0, ['add'], 'B'))).toBe(
      'add:\n  - A\n  - A\n  - C\n  - A\n',
    );
    const twice = 'add:\n  - A\n  - A\n';
    expect(textOf(twice, removeSequenceItems(twice, 0, ['add'], 'A'))).toBe('{}\n');
    expect(textOf(twice, removeSequenceItems(twice, 0, ['add'], 'A', 1))).toBe('add: []\n');
  });

  test('replace-items replaces every item of the value, and lists the new one once', () => {
    const ops = (from: string, to: string): PathOp[] => [
      { op: 'replace-items', path: ['add'], from, to },
    ];
    const text = 'add:\n  - a\n  - B\n  - a\n';
    expect(textOf(text, applyPathOps(text, 0, ops('a', 'A')))).toBe('add:\n  - A\n  - B\n');
    expect(textOf(text, applyPathOps(text, 0, ops('a', 'B')))).toBe('add:\n  - B\n');
  });

  test('a missing path is no change for deletions', () => {
    expect(deleteAt(POD, 0, ['spec', 'nothing'])).toEqual({ ok: true, text: POD, edits: [] });
    expect(removeSequenceItems(POD, 0, ['spec', 'nothing'], 'x')).toEqual({
      ok: true,
      text: POD,
      edits: [],
    });
  });

  test('ensureSequenceItem on a root-level list', () => {
    const text = '# finalizers\nitems:\n- a # first\n';
    expect(textOf(text, ensureSequenceItem(text, 0, ['items'], 'b'))).toBe(
      '# finalizers\nitems:\n- a # first\n- b\n',
    );
  });

  test('only the addressed document changes', () => {
    const text = `${POD}---\n${POD}...\n`;
    const result = setScalarAt(text, 1, ['metadata', 'name'], 'second');
    expect(textOf(text, result)).toBe(`${POD}---\n${replaceOnce(POD, 'web', 'second')}...\n`);
  });

  test('refuses to set inside a scalar or list', () => {
    expect(setScalarAt(POD, 0, ['kind', 'x'], 1)).toEqual({
      ok: false,
      error: { kind: 'path', message: 'kind is a scalar, not where kind.x can be.' },
    });
    expect(setScalarAt(POD, 0, ['spec', 'containers'], 1)).toEqual({
      ok: false,
      error: { kind: 'path', message: 'spec.containers is not a scalar.' },
    });
  });

  test('refuses a text that does not parse, and an empty text', () => {
    const broken = setScalarAt('a: [1\n', 0, ['b'], 1);
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.error.kind).toBe('parse');
    expect(setScalarAt('', 0, ['b'], 1)).toEqual({
      ok: false,
      error: { kind: 'document', message: 'No document 0 (the text has 0).' },
    });
  });
});
