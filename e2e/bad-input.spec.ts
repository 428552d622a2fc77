import { replaceOnce } from '../testing/replaceOnce.ts';
import { EXAMPLE } from './exampleTexts.ts';
import { expect, test } from './fixtures.ts';

/**
 * Bad input, table-driven: each is opened as a file and must give a message (role alert), leave
 * the page responsive and keep the text exactly. A new case is one line.
 */
const BILLION_LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((c, i) => {
    const p = 'abcdefghi'[i];
    return `${c}: &${c} [*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p}]`;
  }),
].join('\n');

// `says` is a part of the alert's message that names what is wrong.
const CASES: readonly { name: string; text: string; says: RegExp }[] = [
  {
    name: 'invalid YAML',
    text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: x\n',
    says: /YAML error at line \d+, column \d+/,
  },
  {
    name: 'tabs for indentation',
    text: replaceOnce(EXAMPLE, '  name: mypod', '\tname: mypod'),
    says: /Tabs are not allowed/,
  },
  {
    name: 'duplicate keys',
    text: replaceOnce(EXAMPLE, 'kind: Pod\n', 'kind: Pod\nkind: Pod\n'),
    says: /Map keys must be unique/,
  },
  { name: 'an alias bomb', text: `${BILLION_LAUGHS}\n`, says: /Excessive alias count/ },
  {
    name: 'binary garbage',
    text: '\u0000\u0001PK\u0003\u0004\u00ff\u00fe garbage\n',
    says: /is it a binary file\?/,
  },
  {
    name: 'a string where a mapping belongs',
    text: replaceOnce(EXAMPLE, /securityContext:[^]*$/, 'securityContext: "yes"\n'),
    says: /`securityContext` must be a mapping/,
  },
  {
    name: 'a Helm template',
    text: `{{- if .Values.enabled }}
${EXAMPLE}{{- end }}
`,
    says: /unrendered Helm template/,
  },
  {
    name: 'JSON with a syntax error',
    text: '{"apiVersion": "v1", "kind": "Pod",}\n}',
    says: /YAML error at line \d+, column \d+/,
  },
  {
    name: 'only a Service',
    text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: dns\n',
    says: /No workload in this file: it holds Service "dns"\. Podcaps reads Pod, .* and List\./,
  },
  {
    name: 'a ConfigMap and a Namespace',
    text: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: prod}\n',
    says: /it holds ConfigMap "cfg" and Namespace "prod"\./,
  },
  { name: 'an empty file', text: '', says: /The file is empty/ },
  { name: 'empty documents', text: '---\n---\n', says: /only comments and empty documents/ },
  {
    name: 'only comments',
    text: '# apiVersion: v1\n# kind: Pod\n',
    says: /only comments and empty documents/,
  },
];

for (const { name, text, says } of CASES) {
  test(`bad input: ${name}`, async ({ app }) => {
    await app.goto();
    await app.openText('bad.yaml', text);
    await expect(app.alert).toBeVisible({ timeout: 5_000 });
    await expect(app.alert).toContainText(says);
    // Nothing to act on: the controls are disabled, not gone.
    await expect(app.checkbox('add NET_ADMIN')).toBeDisabled();
    // Still responsive: the runtime picker reacts.
    await app.runtime.selectOption({ label: 'Docker' });
    await expect(app.runtime).toHaveValue('docker');
    expect(await app.copiedYaml()).toBe(text);
  });
}

test('bad input: a 10 MB file is refused with a message, its text kept', async ({ app }) => {
  const line = '# padding padding padding padding padding padding padding padding padding\n';
  const text = EXAMPLE + line.repeat(Math.ceil(10_000_000 / line.length));
  await app.goto();
  await app.openText('huge.yaml', text);
  await expect(app.alert).toContainText('too large');
  await app.runtime.selectOption({ label: 'Docker' });
  await expect(app.runtime).toHaveValue('docker');
  expect(await app.copiedYaml()).toBe(text);
});
