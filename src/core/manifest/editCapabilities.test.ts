import { describe, expect, test } from 'vitest';
import { isNode, parseAllDocuments } from 'yaml';
import { EXAMPLE_MANIFEST } from '../example.ts';
import { replaceOnce } from '../../../testing/replaceOnce.ts';
import { applyContainerActions } from './editCapabilities.ts';
import type { ContainerAction, ContainerTarget } from './editCapabilities.ts';
import { applyEdits } from './editSplice.ts';

const EXAMPLE_WITHOUT_SECURITY_CONTEXT = `apiVersion: v1
kind: Pod
metadata:
  name: mypod
spec:
  containers:
    - name: myshell
      image: "ubuntu:14.04"
      command:
        - /bin/sleep
        - "300"
`;

const FIRST: ContainerTarget = { documentIndex: 0, path: ['spec', 'containers', 0] };

const add = (name: string): ContainerAction => ({
  type: 'set-capability',
  list: 'add',
  name,
  present: true,
});
const drop = (name: string): ContainerAction => ({
  type: 'set-capability',
  list: 'drop',
  name,
  present: true,
});
const unAdd = (name: string): ContainerAction => ({
  type: 'set-capability',
  list: 'add',
  name,
  present: false,
});
const unDrop = (name: string): ContainerAction => ({
  type: 'set-capability',
  list: 'drop',
  name,
  present: false,
});
const privileged = (value: boolean): ContainerAction => ({ type: 'set-privileged', value });

/** Applies the actions, checks the edit list reproduces the text, and returns the new text. */
function edit(text: string, actions: ContainerAction[], target: ContainerTarget = FIRST): string {
  const result = applyContainerActions(text, target, actions);
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.message}`);
  expect(applyEdits(text, result.edits)).toBe(result.text);
  return result.text;
}

function errorOf(text: string, actions: ContainerAction[], target: ContainerTarget = FIRST) {
  const result = applyContainerActions(text, target, actions);
  return result.ok ? undefined : result.error;
}

describe('the classic example', () => {
  test('drop NET_RAW appends a drop list after add', () => {
    expect(edit(EXAMPLE_MANIFEST, [drop('NET_RAW')])).toBe(`${EXAMPLE_MANIFEST}          drop:
            - NET_RAW
`);
  });

  test('the change is one insertion after the add list', () => {
    const result = applyContainerActions(EXAMPLE_MANIFEST, FIRST, [drop('NET_RAW')]);
    expect(result).toEqual({
      ok: true,
      text: `${EXAMPLE_MANIFEST}          drop:\n            - NET_RAW\n`,
      edits: [
        {
          start: EXAMPLE_MANIFEST.length,
          end: EXAMPLE_MANIFEST.length,
          insert: '          drop:\n            - NET_RAW\n',
        },
      ],
    });
  });

  test('removing NET_ADMIN removes capabilities and securityContext entirely', () => {
    expect(edit(EXAMPLE_MANIFEST, [unAdd('NET_ADMIN')])).toBe(EXAMPLE_WITHOUT_SECURITY_CONTEXT);
  });

  test('adding to the existing add list appends a line in the same style', () => {
    expect(edit(EXAMPLE_MANIFEST, [add('SYS_TIME')])).toBe(
      `${EXAMPLE_MANIFEST}            - SYS_TIME\n`,
    );
  });

  test('add ALL and drop ALL are ordinary names', () => {
    expect(edit(EXAMPLE_MANIFEST, [add('ALL'), drop('ALL')]))
      .toBe(`${EXAMPLE_MANIFEST}            - ALL
          drop:
            - ALL
`);
  });

  test('privileged true goes into securityContext, false takes it out again', () => {
    const withPrivileged = edit(EXAMPLE_MANIFEST, [privileged(true)]);
    expect(withPrivileged).toBe(`${EXAMPLE_MANIFEST}        privileged: true\n`);
    expect(edit(withPrivileged, [privileged(false)])).toBe(EXAMPLE_MANIFEST);
  });

  test('privileged false on a container with nothing else removes securityContext', () => {
    const text = `${EXAMPLE_WITHOUT_SECURITY_CONTEXT}      securityContext:\n        privileged: true\n`;
    expect(edit(text, [privileged(false)])).toBe(EXAMPLE_WITHOUT_SECURITY_CONTEXT);
  });

  test('an existing privileged: false is flipped in place', () => {
    const text = replaceOnce(
      EXAMPLE_MANIFEST,
      '        capabilities:',
      '        privileged: false # for now\n        capabilities:',
    );
    expect(edit(text, [privileged(true)])).toBe(
      replaceOnce(
        EXAMPLE_MANIFEST,
        '        capabilities:',
        '        privileged: true # for now\n        capabilities:',
      ),
    );
  });

  test('creating every level from nothing', () => {
    expect(edit(EXAMPLE_WITHOUT_SECURITY_CONTEXT, [add('NET_ADMIN')])).toBe(EXAMPLE_MANIFEST);
  });

  test('actions that change nothing give no edits and the same text', () => {
    for (const actions of [
      [add('NET_ADMIN')],
      [unDrop('NET_RAW')],
      [unAdd('SYS_TIME')],
      [privileged(false)],
    ]) {
      expect(applyContainerActions(EXAMPLE_MANIFEST, FIRST, actions)).toEqual({
        ok: true,
        text: EXAMPLE_MANIFEST,
        edits: [],
      });
    }
  });

  test('a batch is one change against the old text', () => {
    const result = applyContainerActions(EXAMPLE_MANIFEST, FIRST, [
      drop('ALL'),
      add('SYS_TIME'),
      unAdd('NET_ADMIN'),
    ]);
    expect(result.ok && result.text).toBe(`${EXAMPLE_WITHOUT_SECURITY_CONTEXT}      securityContext:
        capabilities:
          add:
            - SYS_TIME
          drop:
            - ALL
`);
    expect(result.ok && result.edits.length).toBe(1);
  });
});

describe('replace-capability', () => {
  const withPrefix = replaceOnce(
    EXAMPLE_MANIFEST,
    '- NET_ADMIN',
    '- CAP_NET_ADMIN # from the docs',
  );

  test('renames in place and keeps the comment', () => {
    const action: ContainerAction = {
      type: 'replace-capability',
      list: 'add',
      from: 'CAP_NET_ADMIN',
      to: 'NET_ADMIN',
    };
    expect(edit(withPrefix, [action])).toBe(
      replaceOnce(EXAMPLE_MANIFEST, '- NET_ADMIN', '- NET_ADMIN # from the docs'),
    );
  });

  test('keeps double and single quotes', () => {
    const quoted = replaceOnce(
      EXAMPLE_MANIFEST,
      '- NET_ADMIN',
      `- "cap_net_admin"\n            - 'net_raw'`,
    );
    const fixed = edit(quoted, [
      { type: 'replace-capability', list: 'add', from: 'cap_net_admin', to: 'NET_ADMIN' },
      { type: 'replace-capability', list: 'add', from: 'net_raw', to: 'NET_RAW' },
    ]);
    expect(fixed).toBe(
      replaceOnce(EXAMPLE_MANIFEST, '- NET_ADMIN', `- "NET_ADMIN"\n            - 'NET_RAW'`),
    );
  });

  test('removes the item when the target name is already listed', () => {
    const both = replaceOnce(
      EXAMPLE_MANIFEST,
      '- NET_ADMIN',
      '- CAP_NET_ADMIN\n            - NET_ADMIN',
    );
    const action: ContainerAction = {
      type: 'replace-capability',
      list: 'add',
      from: 'CAP_NET_ADMIN',
      to: 'NET_ADMIN',
    };
    expect(edit(both, [action])).toBe(EXAMPLE_MANIFEST);
  });

  test('to null deletes, and the emptied levels go', () => {
    const action: ContainerAction = {
      type: 'replace-capability',
      list: 'add',
      from: 'CAP_NET_ADMIN',
      to: null,
    };
    expect(edit(withPrefix, [action])).toBe(EXAMPLE_WITHOUT_SECURITY_CONTEXT);
  });
});

describe('a multi-document file with comments everywhere', () => {
  const MULTI = `# Rendered by helm\r
---
# The namespace
apiVersion: v1
kind: Namespace
metadata: {name: demo}  # flow on purpose
...
---
apiVersion: apps/v1
kind: Deployment # a deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
      # the app
      - name: app
        image: 'nginx:1.27'   # pinned

        securityContext:
          runAsUser: 1000 # not root
          # capabilities we need
          capabilities:
            add: # keep sorted
            - NET_BIND_SERVICE  # port 80
            # - SYS_TIME   (not yet)
            drop: ["ALL"]
          readOnlyRootFilesystem: true
      # the sidecar
      - name: sidecar
        image: busybox
        securityContext: {capabilities: {drop: [ALL]}}
---
# trailing document
kind: Service
`;
  const APP: ContainerTarget = {
    documentIndex: 1,
    path: ['spec', 'template', 'spec', 'containers', 0],
  };
  const SIDECAR: ContainerTarget = {
    documentIndex: 1,
    path: ['spec', 'template', 'spec', 'containers', 1],
  };

  function capabilitiesOf(text: string, target: ContainerTarget): unknown {
    const doc = parseAllDocuments(text)[target.documentIndex];
    expect(doc?.errors).toEqual([]);
    const node = doc?.getIn([...target.path, 'securityContext', 'capabilities']);
    return isNode(node) ? node.toJSON() : node;
  }

  test('adding to a block list with comments inside changes only that list', () => {
    const text = edit(MULTI, [add('NET_ADMIN')], APP);
    expect(text).toBe(
      replaceOnce(
        MULTI,
        '            # - SYS_TIME',
        '            - NET_ADMIN\n            # - SYS_TIME',
      ),
    );
  });

  test('removing from the flow drop list keeps every byte outside it', () => {
    const result = applyContainerActions(MULTI, APP, [unDrop('ALL'), add('CHOWN')]);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.text).toBe(
      replaceOnce(
        replaceOnce(MULTI, '            drop: ["ALL"]\n', ''),
        '            # - SYS_TIME',
        '            - CHOWN\n            # - SYS_TIME',
      ),
    );
    const first = result.edits[0];
    const last = result.edits[result.edits.length - 1];
    if (!first || !last) throw new Error('expected edits');
    expect(result.text.slice(0, first.start)).toBe(MULTI.slice(0, first.start));
    const tail = MULTI.length - last.end;
    expect(result.text.slice(result.text.length - tail)).toBe(MULTI.slice(last.end));
    expect(capabilitiesOf(result.text, APP)).toEqual({ add: ['NET_BIND_SERVICE', 'CHOWN'] });
  });

  test('emptying capabilities keeps the sibling keys and their comments', () => {
    const text = edit(MULTI, [unAdd('NET_BIND_SERVICE'), unDrop('ALL')], APP);
    expect(text).toBe(`# Rendered by helm\r
---
# The namespace
apiVersion: v1
kind: Namespace
metadata: {name: demo}  # flow on purpose
...
---
apiVersion: apps/v1
kind: Deployment # a deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
      # the app
      - name: app
        image: 'nginx:1.27'   # pinned

        securityContext:
          runAsUser: 1000 # not root
          # capabilities we need
          readOnlyRootFilesystem: true
      # the sidecar
      - name: sidecar
        image: busybox
        securityContext: {capabilities: {drop: [ALL]}}
---
# trailing document
kind: Service
`);
  });

  test('the flow securityContext of the sidecar is edited in flow style', () => {
    expect(edit(MULTI, [add('NET_RAW')], SIDECAR)).toBe(
      replaceOnce(
        MULTI,
        '{capabilities: {drop: [ALL]}}',
        '{capabilities: {drop: [ALL], add: [NET_RAW]}}',
      ),
    );
    expect(edit(MULTI, [drop('CHOWN')], SIDECAR)).toBe(
      replaceOnce(MULTI, '{capabilities: {drop: [ALL]}}', '{capabilities: {drop: [ALL, CHOWN]}}'),
    );
    expect(edit(MULTI, [unDrop('ALL')], SIDECAR)).toBe(
      replaceOnce(MULTI, '        securityContext: {capabilities: {drop: [ALL]}}\n', ''),
    );
  });

  test('a new block list follows the document: dash at the key column', () => {
    expect(edit(MULTI, [unAdd('NET_BIND_SERVICE'), drop('NET_RAW'), add('SYS_PTRACE')], APP)).toBe(
      replaceOnce(
        MULTI,
        `            add: # keep sorted
            - NET_BIND_SERVICE  # port 80
            # - SYS_TIME   (not yet)
            drop: ["ALL"]
`,
        `            # - SYS_TIME   (not yet)
            drop: ["ALL", "NET_RAW"]
            add:
            - SYS_PTRACE
`,
      ),
    );
  });
});

describe('indentation and sequence styles', () => {
  const FLUSH = `kind: Pod
spec:
  containers:
  - name: a
    image: x
    args:
    - run
`;
  const FOUR = `kind: Pod
spec:
    containers:
        -   name: a
            image: x
`;
  const FOUR_FLUSH = `kind: Pod
spec:
    containers:
    - name: a
      image: x
`;

  test('dash at the key column, 2 spaces', () => {
    expect(edit(FLUSH, [add('NET_ADMIN'), privileged(true)])).toBe(`${FLUSH}    securityContext:
      capabilities:
        add:
        - NET_ADMIN
      privileged: true
`);
  });

  test('4-space steps with an indented dash and its padding', () => {
    expect(edit(FOUR, [drop('ALL')])).toBe(`${FOUR}            securityContext:
                capabilities:
                    drop:
                        -   ALL
`);
  });

  test('4-space steps with the dash at the key column', () => {
    expect(edit(FOUR_FLUSH, [drop('ALL')])).toBe(`${FOUR_FLUSH}      securityContext:
          capabilities:
              drop:
              - ALL
`);
  });

  test('a creation then a removal gives back the text', () => {
    for (const text of [FLUSH, FOUR, FOUR_FLUSH, EXAMPLE_WITHOUT_SECURITY_CONTEXT]) {
      expect(
        edit(edit(text, [add('SYS_TIME'), drop('ALL')]), [unAdd('SYS_TIME'), unDrop('ALL')]),
      ).toBe(text);
    }
  });

  test('a file without a final line break keeps it that way', () => {
    const text = 'spec:\n  containers:\n    - name: a';
    const added = edit(text, [add('NET_ADMIN')]);
    expect(added).toBe(
      'spec:\n  containers:\n    - name: a\n      securityContext:\n        capabilities:\n          add:\n            - NET_ADMIN',
    );
    expect(edit(added, [unAdd('NET_ADMIN')])).toBe(text);
  });
});

describe('existing levels', () => {
  const base = (securityContext: string) =>
    `${EXAMPLE_WITHOUT_SECURITY_CONTEXT}      securityContext:${securityContext}`;

  test('securityContext with other keys gets capabilities appended', () => {
    expect(edit(base('\n        runAsUser: 0\n'), [drop('NET_RAW')])).toBe(
      base(
        '\n        runAsUser: 0\n        capabilities:\n          drop:\n            - NET_RAW\n',
      ),
    );
  });

  test('capabilities with drop only gets add', () => {
    expect(
      edit(base('\n        capabilities:\n          drop: [ALL]\n'), [add('NET_BIND_SERVICE')]),
    ).toBe(
      base(
        '\n        capabilities:\n          drop: [ALL]\n          add:\n            - NET_BIND_SERVICE\n',
      ),
    );
  });

  test('an empty securityContext value is filled below its key, keeping its comment', () => {
    expect(edit(base(' # todo\n'), [add('NET_ADMIN')])).toBe(
      base(' # todo\n        capabilities:\n          add:\n            - NET_ADMIN\n'),
    );
  });

  test('null values are replaced', () => {
    expect(edit(base(' null\n'), [add('NET_ADMIN')])).toBe(EXAMPLE_MANIFEST);
    expect(edit(base('\n        capabilities: ~\n'), [add('NET_ADMIN')])).toBe(EXAMPLE_MANIFEST);
    expect(edit(base('\n        capabilities:\n          add:\n'), [add('NET_ADMIN')])).toBe(
      EXAMPLE_MANIFEST,
    );
  });

  test('an empty flow securityContext is filled in flow style', () => {
    expect(edit(base(' {}\n'), [add('NET_ADMIN')])).toBe(
      base(' {capabilities: {add: [NET_ADMIN]}}\n'),
    );
  });

  test('an existing empty securityContext is not removed by an action that changes nothing', () => {
    expect(edit(base(' {}\n'), [unAdd('NET_ADMIN'), privileged(false)])).toBe(base(' {}\n'));
  });

  test('every equal item is removed, quoted or not, and only exact names', () => {
    const text = base(
      `\n        capabilities:\n          add:\n            - NET_ADMIN\n            - "NET_ADMIN"\n            - net_admin\n            - 'NET_ADMIN'\n`,
    );
    expect(edit(text, [unAdd('NET_ADMIN')])).toBe(
      base(`\n        capabilities:\n          add:\n            - net_admin\n`),
    );
  });

  test('a quoted list gets a quoted new item', () => {
    const text = base(`\n        capabilities:\n          add:\n            - "NET_ADMIN"\n`);
    expect(edit(text, [add('SYS_TIME')])).toBe(`${text}            - "SYS_TIME"\n`);
  });

  test('flow lists: append, remove first, remove last, remove only', () => {
    const flow = base(`\n        capabilities:\n          add: [NET_ADMIN, SYS_TIME]   # two\n`);
    expect(edit(flow, [add('CHOWN')])).toBe(replaceOnce(flow, 'SYS_TIME]', 'SYS_TIME, CHOWN]'));
    expect(edit(flow, [unAdd('NET_ADMIN')])).toBe(replaceOnce(flow, 'NET_ADMIN, ', ''));
    expect(edit(flow, [unAdd('SYS_TIME')])).toBe(replaceOnce(flow, ', SYS_TIME', ''));
    expect(edit(flow, [unAdd('SYS_TIME'), unAdd('NET_ADMIN')])).toBe(
      EXAMPLE_WITHOUT_SECURITY_CONTEXT,
    );
  });

  test('a container whose first key is securityContext keeps its dash', () => {
    const text = `spec:\n  containers:\n    - securityContext:\n        privileged: true\n      name: a\n`;
    expect(edit(text, [privileged(false)])).toBe(`spec:\n  containers:\n    - name: a\n`);
  });
});

describe('flow and JSON containers', () => {
  test('a flow container mapping', () => {
    const text = `spec:\n  containers:\n    - {name: c, image: x}\n`;
    const added = edit(text, [add('NET_ADMIN')]);
    expect(added).toBe(
      `spec:\n  containers:\n    - {name: c, image: x, securityContext: {capabilities: {add: [NET_ADMIN]}}}\n`,
    );
    expect(edit(added, [unAdd('NET_ADMIN')])).toBe(text);
  });

  test('compact JSON stays valid JSON', () => {
    const text = `{"kind": "Pod", "spec": {"containers": [{"name": "a", "image": "b"}]}}`;
    const added = edit(text, [add('NET_ADMIN'), privileged(true)]);
    expect(added).toBe(
      `{"kind": "Pod", "spec": {"containers": [{"name": "a", "image": "b", "securityContext": {"capabilities": {"add": ["NET_ADMIN"]}, "privileged": true}}]}}`,
    );
    expect(JSON.parse(added)).toEqual({
      kind: 'Pod',
      spec: {
        containers: [
          {
            name: 'a',
            image: 'b',
            securityContext: { capabilities: { add: ['NET_ADMIN'] }, privileged: true },
          },
        ],
      },
    });
    expect(edit(added, [unAdd('NET_ADMIN'), privileged(false)])).toBe(text);
  });

  test('pretty-printed JSON gets new entries on their own lines', () => {
    const text = `{
  "kind": "Pod",
  "spec": {
    "containers": [
      {
        "name": "a",
        "securityContext": {
          "capabilities": {
            "drop": [
              "ALL"
            ]
          }
        }
      }
    ]
  }
}
`;
    const added = edit(text, [drop('NET_RAW'), add('NET_BIND_SERVICE')]);
    expect(added).toBe(`{
  "kind": "Pod",
  "spec": {
    "containers": [
      {
        "name": "a",
        "securityContext": {
          "capabilities": {
            "drop": [
              "ALL",
              "NET_RAW"
            ],
            "add": ["NET_BIND_SERVICE"]
          }
        }
      }
    ]
  }
}
`);
    expect(JSON.parse(added)).toEqual({
      kind: 'Pod',
      spec: {
        containers: [
          {
            name: 'a',
            securityContext: {
              capabilities: { drop: ['ALL', 'NET_RAW'], add: ['NET_BIND_SERVICE'] },
            },
          },
        ],
      },
    });
    const removed = edit(text, [unDrop('ALL')]);
    expect(removed).toBe(`{
  "kind": "Pod",
  "spec": {
    "containers": [
      {
        "name": "a"
      }
    ]
  }
}
`);
    expect(JSON.parse(removed)).toEqual({ kind: 'Pod', spec: { containers: [{ name: 'a' }] } });
  });
});

describe('CRLF files', () => {
  const crlf = (text: string) => text.replaceAll('\n', '\r\n');

  test('created and removed lines use CRLF', () => {
    expect(edit(crlf(EXAMPLE_MANIFEST), [drop('NET_RAW')])).toBe(
      crlf(`${EXAMPLE_MANIFEST}          drop:\n            - NET_RAW\n`),
    );
    expect(edit(crlf(EXAMPLE_MANIFEST), [unAdd('NET_ADMIN')])).toBe(
      crlf(EXAMPLE_WITHOUT_SECURITY_CONTEXT),
    );
    expect(edit(crlf(EXAMPLE_WITHOUT_SECURITY_CONTEXT), [add('NET_ADMIN')])).toBe(
      crlf(EXAMPLE_MANIFEST),
    );
  });

  test('no edit splits a CRLF pair', () => {
    const text = crlf(
      replaceOnce(EXAMPLE_MANIFEST, '- NET_ADMIN', '- NET_ADMIN\n            - NET_RAW'),
    );
    const result = applyContainerActions(text, FIRST, [unAdd('NET_RAW')]);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.text).toBe(crlf(EXAMPLE_MANIFEST));
    for (const { start, end } of result.edits) {
      expect(text[start - 1] === '\r' && text[start] === '\n').toBe(false);
      expect(text[end - 1] === '\r' && text[end] === '\n').toBe(false);
    }
  });
});

describe('refusals', () => {
  test('invalid YAML', () => {
    expect(errorOf('spec:\n  containers: [\n', [add('NET_ADMIN')])?.kind).toBe('parse');
  });

  test('a missing document or container', () => {
    expect(
      errorOf(EXAMPLE_MANIFEST, [add('NET_ADMIN')], { documentIndex: 3, path: FIRST.path }),
    ).toEqual({
      kind: 'document',
      message: 'No document 3 (the text has 1).',
    });
    expect(
      errorOf(EXAMPLE_MANIFEST, [add('NET_ADMIN')], {
        documentIndex: 0,
        path: ['spec', 'containers', 1],
      }),
    ).toEqual({
      kind: 'path',
      message: 'spec.containers.1 does not exist.',
    });
  });

  test('a container that is not a mapping', () => {
    const text = 'spec:\n  containers:\n    - just-a-name\n';
    expect(errorOf(text, [add('NET_ADMIN')])).toEqual({
      kind: 'path',
      message: 'spec.containers.0 is not a mapping.',
    });
  });

  test('an alias is not edited through', () => {
    const text = `x: &caps {add: [NET_ADMIN]}\n${replaceOnce(EXAMPLE_WITHOUT_SECURITY_CONTEXT, 'kind: Pod', 'kind: Pod\nz: 1')}      securityContext:\n        capabilities: *caps\n`;
    expect(errorOf(text, [add('SYS_TIME')])).toEqual({
      kind: 'path',
      message:
        'spec.containers.0.securityContext.capabilities is an alias, not where spec.containers.0.securityContext.capabilities.add can be.',
    });
  });

  test('a securityContext or list of the wrong kind', () => {
    const scalar = `${EXAMPLE_WITHOUT_SECURITY_CONTEXT}      securityContext: yes\n`;
    expect(errorOf(scalar, [add('NET_ADMIN')])?.kind).toBe('path');
    const addScalar = replaceOnce(
      EXAMPLE_MANIFEST,
      'add:\n            - NET_ADMIN',
      'add: NET_ADMIN',
    );
    expect(errorOf(addScalar, [add('SYS_TIME')])).toEqual({
      kind: 'path',
      message: 'spec.containers.0.securityContext.capabilities.add is not a list.',
    });
  });
});
