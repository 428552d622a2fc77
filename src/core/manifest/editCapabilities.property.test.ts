import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { isMap, isPair, isScalar, parseAllDocuments } from 'yaml';
import type { Node } from 'yaml';
import { EXAMPLE_MANIFEST } from '../example.ts';
import { applyContainerActions } from './editCapabilities.ts';
import type { ContainerAction, ContainerTarget } from './editCapabilities.ts';
import type { CapabilityList } from '../model.ts';

interface Sample {
  readonly name: string;
  readonly text: string;
  readonly target: ContainerTarget;
}

const SAMPLES: readonly Sample[] = [
  {
    name: 'classic',
    text: EXAMPLE_MANIFEST,
    target: { documentIndex: 0, path: ['spec', 'containers', 0] },
  },
  {
    name: 'multi-document, dash at the key column, comments',
    text: `# head
kind: Namespace
---
kind: Deployment # deploy
spec:
  template:
    spec:
      containers:
      # first
      - name: a
        image: x   # pinned
      # second
      - name: b
        securityContext:
          runAsUser: 1000 # keep
          # caps follow
          capabilities:
            drop: ["ALL"]   # all gone
        # after b
      - name: c
...
---
kind: Service
`,
    target: { documentIndex: 1, path: ['spec', 'template', 'spec', 'containers', 1] },
  },
  {
    name: '4 spaces, flow lists',
    text: `kind: Pod
spec:
    containers:
        -   name: a
            securityContext:
                capabilities: {add: [SYS_TIME, CHOWN]}
                privileged: false
            image: x
`,
    target: { documentIndex: 0, path: ['spec', 'containers', 0] },
  },
  {
    name: 'flow container',
    text: `kind: Pod
spec:
  initContainers:
  - {name: init, securityContext: {capabilities: {drop: [NET_RAW]}}, image: y}
`,
    target: { documentIndex: 0, path: ['spec', 'initContainers', 0] },
  },
  {
    name: 'compact first key',
    text: `spec:
  containers:
    - securityContext:
        capabilities:
          add: ['NET_ADMIN']
      name: a
`,
    target: { documentIndex: 0, path: ['spec', 'containers', 0] },
  },
  {
    name: 'pretty JSON',
    text: `{
  "kind": "Pod",
  "spec": {
    "containers": [
      {
        "name": "a",
        "image": "b"
      }
    ]
  }
}
`,
    target: { documentIndex: 0, path: ['spec', 'containers', 0] },
  },
  {
    name: 'CRLF with quoted items',
    text: 'kind: Pod\r\nspec:\r\n  containers:\r\n  - name: a\r\n    securityContext:\r\n      capabilities:\r\n        add:\r\n        - "SYS_ADMIN"\r\n        drop:\r\n        - "ALL"\r\n  - name: b\r\n',
    target: { documentIndex: 0, path: ['spec', 'containers', 0] },
  },
];

const NAMES = ['NET_ADMIN', 'NET_RAW', 'SYS_TIME', 'ALL', 'CHOWN'] as const;

const action = fc.record({
  type: fc.constant('set-capability' as const),
  list: fc.constantFrom<CapabilityList>('add', 'drop'),
  name: fc.constantFrom(...NAMES),
  present: fc.boolean(),
});

function container(text: string, target: ContainerTarget) {
  const doc = parseAllDocuments(text)[target.documentIndex];
  if (!doc) throw new Error('no document');
  expect(doc.errors).toEqual([]);
  const node = doc.getIn(target.path);
  if (!isMap(node)) throw new Error('no container');
  return node;
}

function listsOf(text: string, target: ContainerTarget): Record<CapabilityList, unknown> {
  const js = container(text, target).toJSON() as {
    securityContext?: { capabilities?: Partial<Record<CapabilityList, string[]>> };
  };
  return {
    add: js.securityContext?.capabilities?.add,
    drop: js.securityContext?.capabilities?.drop,
  };
}

/** The text without the container's securityContext entry (its lines, or its flow entry). */
function withoutSecurityContext(text: string, target: ContainerTarget): string {
  const map = container(text, target);
  const index = map.items.findIndex(
    (pair) => isScalar(pair.key) && pair.key.value === 'securityContext',
  );
  const pair = map.items[index];
  if (!pair) return text;
  const key = pair.key as Node;
  const value = pair.value as Node;
  const keyStart = key.range![0];
  const next = map.items[index + 1];
  const nextStart = next && isPair(next) ? (next.key as Node).range![0] : undefined;
  if (map.flow) {
    if (nextStart !== undefined) return text.slice(0, keyStart) + text.slice(nextStart);
    const previous = map.items[index - 1]!.value as Node;
    return text.slice(0, previous.range![1]) + text.slice(value.range![1]);
  }
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  if (/\S/.test(text.slice(lineStart, keyStart)) && nextStart !== undefined) {
    return text.slice(0, keyStart) + text.slice(nextStart);
  }
  const end = value.range![1];
  let lineEnd = text[end - 1] === '\n' ? end : text.indexOf('\n', end) + 1;
  // Comment lines indented under the key still belong to the securityContext region.
  const deeper = new RegExp(`^ {${keyStart - lineStart + 1},}#[^\\n]*\\n`);
  for (
    let match = deeper.exec(text.slice(lineEnd));
    match;
    match = deeper.exec(text.slice(lineEnd))
  ) {
    lineEnd += match[0].length;
  }
  return text.slice(0, lineStart) + text.slice(lineEnd);
}

describe('random set-capability sequences', () => {
  test.each(SAMPLES)('$name', ({ text, target }) => {
    const initial = listsOf(text, target);
    fc.assert(
      fc.property(
        fc.array(action, { maxLength: 8 }),
        fc.boolean(),
        (actions: ContainerAction[], batch) => {
          const expected: Record<CapabilityList, string[]> = {
            add: [...((initial.add as string[] | undefined) ?? [])],
            drop: [...((initial.drop as string[] | undefined) ?? [])],
          };
          let current = text;
          if (batch) {
            const result = applyContainerActions(current, target, actions);
            if (!result.ok) throw new Error(result.error.message);
            current = result.text;
          }
          for (const one of actions) {
            if (one.type !== 'set-capability') continue;
            const list = expected[one.list];
            if (one.present && !list.includes(one.name)) list.push(one.name);
            if (!one.present) expected[one.list] = list.filter((name) => name !== one.name);
            if (!batch) {
              const result = applyContainerActions(current, target, [one]);
              if (!result.ok) throw new Error(result.error.message);
              current = result.text;
            }
          }
          const lists = listsOf(current, target);
          expect(lists.add).toEqual(expected.add.length > 0 ? expected.add : undefined);
          expect(lists.drop).toEqual(expected.drop.length > 0 ? expected.drop : undefined);
          expect(withoutSecurityContext(current, target)).toBe(
            withoutSecurityContext(text, target),
          );
          if (text.trimStart().startsWith('{'))
            expect(() => JSON.parse(current) as unknown).not.toThrow();
          if (text.includes('\r\n')) expect(current.replaceAll('\r\n', '')).not.toContain('\n');
        },
      ),
      { numRuns: 150 },
    );
  });
});
