/**
 * Bad inputs of every kind the reader and the CLI must turn into one clear problem, shared by the
 * core and CLI suites. `problem` is the first error, as `line:column message` (a RegExp when the
 * wording belongs to the `yaml` package); undefined when the text is fine but holds no workload.
 */
export interface BadInput {
  readonly name: string;
  readonly text: string;
  readonly problem: string | RegExp | undefined;
}

function pod(spec: string, metadata = '{name: p}'): string {
  return `apiVersion: v1\nkind: Pod\nmetadata: ${metadata}\nspec:\n${spec}`;
}

function container(securityContext: string): string {
  return pod(`  containers:\n  - name: c\n    securityContext: ${securityContext}\n`);
}

function aliasBomb(levels: number): string {
  const lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < levels; i++) {
    lines.push(
      `l${i}: &l${i} [${Array(9)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export const BAD_INPUTS: readonly BadInput[] = [
  {
    name: 'invalid YAML',
    text: 'kind: Pod\nspec:\n  containers: [\n',
    problem: /^4:1 Flow sequence/,
  },
  {
    name: 'tabs for indentation',
    text: 'kind: Pod\nspec:\n\tcontainers: []\n',
    problem: '3:1 Tabs are not allowed as indentation',
  },
  {
    name: 'a duplicate key',
    text: 'apiVersion: v1\nkind: Pod\nkind: Pod\n',
    problem: '3:1 Map keys must be unique',
  },
  {
    name: 'a billion laughs alias bomb',
    text: aliasBomb(10),
    problem: /^1:1 Excessive alias count/,
  },
  { name: 'a deep alias bomb', text: aliasBomb(40), problem: /^1:1 Excessive alias count/ },
  {
    name: 'an alias bomb inside a pod',
    text: `${aliasBomb(12)}apiVersion: v1\nkind: Pod\n`,
    problem: /^1:1 Excessive alias count/,
  },
  {
    name: 'NUL bytes',
    text: 'apiVersion: v1\nkind: Pod\u0000\u0000\n',
    problem:
      '2:10 the text holds a control character (U+0000) that YAML does not allow: is it a binary file?',
  },
  {
    name: 'binary garbage decoded as replacement characters',
    text: '\uFFFD\uFFFDPK\u0003\u0004\uFFFD\uFFFD',
    problem:
      '1:5 the text holds a control character (U+0003) that YAML does not allow: is it a binary file?',
  },
  {
    name: 'replacement characters alone',
    text: '\uFFFD\uFFFD\uFFFD',
    problem:
      '1:1 expected a Kubernetes object (a mapping with apiVersion and kind), found a string',
  },
  {
    name: 'a Helm template',
    text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  {{- toYaml .Values.containers | nindent 2 }}\n',
    problem:
      '7:3 this looks like an unrendered Helm template (`{{ }}`): render it first, e.g. with `helm template`',
  },
  {
    name: 'a Helm conditional',
    text: '{{- if .Values.enabled }}\napiVersion: v1\nkind: Pod\n{{- end }}\n',
    problem:
      '1:1 this looks like an unrendered Helm template (`{{ }}`): render it first, e.g. with `helm template`',
  },
  {
    name: 'broken JSON',
    text: '{"apiVersion": "v1", "kind": "Pod",',
    problem: /^1:36 Flow map must end with a \}/,
  },
  {
    name: 'a scalar document',
    text: '42\n',
    problem:
      '1:1 expected a Kubernetes object (a mapping with apiVersion and kind), found a number',
  },
  {
    name: 'a list document',
    text: '- a\n- b\n',
    problem: '1:1 expected a Kubernetes object (a mapping with apiVersion and kind), found a list',
  },
  {
    name: 'a kind that is not a string',
    text: 'apiVersion: v1\nkind: 5\n',
    problem: '2:7 missing `kind`: not a Kubernetes object',
  },
  {
    name: 'only non-workload kinds',
    text: 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n',
    problem: undefined,
  },
  { name: 'empty documents', text: '---\n---\n# nothing\n---\n', problem: undefined },
  { name: 'an empty file', text: '', problem: undefined },
  {
    name: 'metadata as a string',
    text: pod('  containers: [{name: c}]\n', 'oops'),
    problem: '3:11 `metadata` must be a mapping, found a string',
  },
  {
    name: 'spec as a string',
    text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: oops\n',
    problem: '4:7 `spec` must be a mapping, found a string',
  },
  {
    name: 'spec as null',
    text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n',
    problem: '1:1 missing `spec`',
  },
  {
    name: 'template as a number',
    text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template: 3\n',
    problem: '5:13 `template` must be a mapping, found a number',
  },
  {
    name: 'template metadata as a list',
    text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    metadata: [x]\n    spec: {containers: [{name: c}]}\n',
    problem: '6:15 `metadata` must be a mapping, found a list',
  },
  {
    name: 'jobTemplate as a string',
    text: 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: j}\nspec:\n  jobTemplate: x\n',
    problem: '5:16 `jobTemplate` must be a mapping, found a string',
  },
  {
    name: 'containers as a number',
    text: pod('  containers: 5\n'),
    problem: '5:15 `containers` must be a list, found a number',
  },
  {
    name: 'containers as a mapping',
    text: pod('  containers:\n    name: c\n'),
    problem: '6:5 `containers` must be a list, found a mapping',
  },
  {
    name: 'a container as a string',
    text: pod('  containers: [c]\n'),
    problem: '5:16 an entry of `containers` must be a mapping, found a string',
  },
  {
    name: 'a container name as a number',
    text: pod('  containers: [{name: 5}]\n'),
    problem: '5:23 `name` must be a string, found a number',
  },
  {
    name: 'securityContext as a list',
    text: container('[1]'),
    problem: '7:22 `securityContext` must be a mapping, found a list',
  },
  {
    name: 'capabilities as a string',
    text: container('{capabilities: x}'),
    problem: '7:37 `capabilities` must be a mapping, found a string',
  },
  {
    name: 'add as a string',
    text: container('{capabilities: {add: NET_ADMIN}}'),
    problem: '7:43 `add` must be a list of capability names, found a string',
  },
  {
    name: 'drop as a mapping',
    text: container('{capabilities: {drop: {ALL: true}}}'),
    problem: '7:44 `drop` must be a list of capability names, found a mapping',
  },
  {
    name: 'add items that are numbers and mappings',
    text: container('{capabilities: {add: [5, {a: 1}]}}'),
    problem: '7:44 a capability name must be a string, found a number',
  },
  {
    name: 'runAsUser as a string',
    text: container('{runAsUser: "0"}'),
    problem: '7:34 `runAsUser` must be an integer, found a string',
  },
  {
    name: 'privileged as a string',
    text: container('{privileged: "true"}'),
    problem: '7:35 `privileged` must be true or false, found a string',
  },
  {
    name: 'the pod securityContext as a number',
    text: pod('  securityContext: 5\n  containers: [{name: c}]\n'),
    problem: '5:20 `securityContext` must be a mapping, found a number',
  },
  {
    name: 'supplementalGroups as a string',
    text: pod('  securityContext: {supplementalGroups: "1"}\n  containers: [{name: c}]\n'),
    problem: '5:41 `supplementalGroups` must be a list of integers, found a string',
  },
  {
    name: 'List items as a number',
    text: 'apiVersion: v1\nkind: List\nitems: 5\n',
    problem: '3:8 `items` must be a list, found a number',
  },
];
