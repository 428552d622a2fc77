import { describe, expect, it } from 'vitest';
import { parseManifest, parseManifestDocuments, rangeOfPath } from './parse.ts';

const containers = `
      initContainers: [{name: init, image: x}]
      containers: [{name: app, image: x}, {name: side, image: x}]
      ephemeralContainers: [{name: debug, image: x}]`;

function workloadDoc(kind: string, apiVersion: string, template: string): string {
  return `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: w, namespace: ns}\n${template}`;
}

describe('parseManifest: workload kinds', () => {
  const cases: [string, string, string, (string | number)[]][] = [
    ['Pod', 'v1', `spec:${containers.replace(/\n {4}/g, '\n')}`, ['spec']],
    [
      'Deployment',
      'apps/v1',
      `spec:\n  template:\n    spec:${containers}`,
      ['spec', 'template', 'spec'],
    ],
    [
      'ReplicaSet',
      'apps/v1',
      `spec:\n  template:\n    spec:${containers}`,
      ['spec', 'template', 'spec'],
    ],
    [
      'StatefulSet',
      'apps/v1',
      `spec:\n  template:\n    spec:${containers}`,
      ['spec', 'template', 'spec'],
    ],
    [
      'DaemonSet',
      'apps/v1',
      `spec:\n  template:\n    spec:${containers}`,
      ['spec', 'template', 'spec'],
    ],
    ['Job', 'batch/v1', `spec:\n  template:\n    spec:${containers}`, ['spec', 'template', 'spec']],
    [
      'ReplicationController',
      'v1',
      `spec:\n  template:\n    spec:${containers}`,
      ['spec', 'template', 'spec'],
    ],
    [
      'CronJob',
      'batch/v1',
      `spec:\n  jobTemplate:\n    spec:\n      template:\n        spec:${containers.replace(/\n/g, '\n    ')}`,
      ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    ],
    [
      'PodTemplate',
      'v1',
      `template:\n  spec:${containers.replace(/\n {2}/g, '\n')}`,
      ['template', 'spec'],
    ],
  ];

  it.each(cases)('locates the containers of a %s', (kind, apiVersion, body, podSpecPath) => {
    const m = parseManifest(workloadDoc(kind, apiVersion, body));
    expect(m.problems).toEqual([]);
    expect(m.workloads).toHaveLength(1);
    const w = m.workloads[0]!;
    expect([w.kind, w.apiVersion, w.name, w.namespace, w.podSpecPath]).toEqual([
      kind,
      apiVersion,
      'w',
      'ns',
      podSpecPath,
    ]);
    expect(w.containers.map((c) => [c.type, c.index, c.name, c.path])).toEqual([
      ['container', 0, 'app', [...podSpecPath, 'containers', 0]],
      ['container', 1, 'side', [...podSpecPath, 'containers', 1]],
      ['initContainer', 0, 'init', [...podSpecPath, 'initContainers', 0]],
      ['ephemeralContainer', 0, 'debug', [...podSpecPath, 'ephemeralContainers', 0]],
    ]);
    expect(w.containers[0]?.spec).toEqual({ name: 'app', image: 'x' });
  });
});

describe('parseManifest: documents', () => {
  it('reads a List, item by item, with item paths', () => {
    const m = parseManifest(`apiVersion: v1
kind: List
items:
- {apiVersion: v1, kind: Service, metadata: {name: s}}
- apiVersion: v1
  kind: Pod
  metadata: {name: p}
  spec: {containers: [{name: c, image: x}]}
`);
    expect(m.problems).toEqual([]);
    expect(m.others.map((o) => [o.kind, o.name])).toEqual([['Service', 's']]);
    expect(m.workloads[0]).toMatchObject({ path: ['items', 1], podSpecPath: ['items', 1, 'spec'] });
    expect(m.workloads[0]?.containers[0]?.path).toEqual(['items', 1, 'spec', 'containers', 0]);
  });

  it('reads JSON', () => {
    const m = parseManifest(
      '{\n\t"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "j"},\n\t"spec": {"containers": [{"name": "c"}]}\n}\n',
    );
    expect(m.problems).toEqual([]);
    expect(m.workloads.map((w) => w.containers[0]?.name)).toEqual(['c']);
  });

  it('reads many documents, skipping empty ones but counting them', () => {
    const m = parseManifest(`---
# nothing here
---
apiVersion: v1
kind: Namespace
metadata: {name: n}
---
apiVersion: v1
kind: Pod
metadata: {name: a}
spec: {containers: [{name: c}]}
---
apiVersion: v1
kind: Pod
metadata: {name: b}
spec: {containers: [{name: c}]}
`);
    expect(m.problems).toEqual([]);
    expect(m.others).toEqual([
      { documentIndex: 1, kind: 'Namespace', name: 'n', data: expect.anything() },
    ]);
    expect(m.workloads.map((w) => [w.name, w.documentIndex])).toEqual([
      ['a', 2],
      ['b', 3],
    ]);
    expect(m.workloads[1]?.containers[0]?.workloadIndex).toBe(1);
    expect(parseManifest('').workloads).toEqual([]);
    expect(parseManifest('').problems).toEqual([]);
  });
});

describe('parseManifest: problems', () => {
  it('reports a syntax error with offsets and a 1-based line and column', () => {
    const m = parseManifest('kind: Pod\nspec:\n  containers: [\n');
    expect(m.workloads).toEqual([]);
    expect(m.problems[0]).toMatchObject({ severity: 'error', line: 4, column: 1 });
    expect(m.problems[0]?.message).not.toContain('\n');
  });

  it('reports a duplicate key', () => {
    const m = parseManifest('kind: Pod\nkind: Pod\n');
    expect(m.problems).toEqual([
      {
        message: 'Map keys must be unique',
        start: 10,
        end: 11,
        line: 2,
        column: 1,
        severity: 'error',
      },
    ]);
  });

  it('reports a mapping where a list belongs, at that node', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    name: c\n';
    const m = parseManifest(text);
    expect(m.problems).toHaveLength(1);
    const p = m.problems[0]!;
    expect(p.message).toBe('`containers` must be a list, found a mapping');
    expect([p.line, p.column, text.slice(p.start, p.end)]).toEqual([6, 5, 'name: c\n']);
  });

  it('reports misshapen containers and capabilities without dropping the rest', () => {
    const m = parseManifest(`apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - image: noname
  - just-a-string
  - name: bad
    securityContext: {capabilities: {add: NET_ADMIN}}
  - name: good
`);
    expect(m.problems.map((p) => [p.line, p.message])).toEqual([
      [6, 'an entry of `containers` has no `name`'],
      [7, 'an entry of `containers` must be a mapping, found a string'],
      [9, '`add` must be a list of capability names, found a string'],
    ]);
    expect(m.workloads[0]?.containers.map((c) => [c.name, c.index])).toEqual([['good', 3]]);
  });

  it('reports documents that are not objects and workloads without a pod spec', () => {
    const m = parseManifest(
      'just text\n---\n- a\n---\napiVersion: v1\nmetadata: {}\n---\nkind: Deployment\nspec: {template: 3}\n',
    );
    expect(m.problems.map((p) => [p.line, p.message])).toEqual([
      [1, 'expected a Kubernetes object (a mapping with apiVersion and kind), found a string'],
      [3, 'expected a Kubernetes object (a mapping with apiVersion and kind), found a list'],
      [5, 'missing `kind`: not a Kubernetes object'],
      [9, '`template` must be a mapping, found a number'],
    ]);
  });

  it('turns an alias bomb into a problem instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${'abcdefghijkl'[i]}: &${'abcdefghijkl'[i]} [${Array(10)
          .fill(`*${'abcdefghijkl'[i - 1]}`)
          .join(', ')}]`,
      );
    const m = parseManifest(`${lines.join('\n')}\n`);
    expect(m.problems).toHaveLength(1);
    expect(m.problems[0]?.message).toMatch(/alias/i);
  });
});

describe('rangeOfPath', () => {
  it('maps a path to the offsets of its node, or of its nearest ancestor', () => {
    const text = 'kind: Pod\nspec:\n  containers:\n  - name: c\n';
    const { documents } = parseManifestDocuments(text);
    const doc = documents[0]!;
    const [s, e] = rangeOfPath(doc, ['spec', 'containers', 0, 'name'])!;
    expect(text.slice(s, e)).toBe('c');
    const [s2, e2] = rangeOfPath(doc, ['spec', 'containers', 0, 'securityContext'])!;
    expect(text.slice(s2, e2)).toBe('name: c\n');
  });
});
