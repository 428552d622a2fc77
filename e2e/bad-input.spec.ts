import { EXAMPLE } from './example.ts';
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

const CASES: readonly { name: string; text: string }[] = [
  { name: 'invalid YAML', text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: x\n' },
  { name: 'tabs for indentation', text: EXAMPLE.replace('  name: mypod', '\tname: mypod') },
  { name: 'duplicate keys', text: EXAMPLE.replace('kind: Pod\n', 'kind: Pod\nkind: Pod\n') },
  { name: 'an alias bomb', text: `${BILLION_LAUGHS}\n` },
  { name: 'binary garbage', text: '\u0000\u0001PK\u0003\u0004\u00ff\u00fe garbage\n' },
  {
    name: 'a string where a mapping belongs',
    text: EXAMPLE.replace(/securityContext:[^]*$/, 'securityContext: "yes"\n'),
  },
  {
    name: 'a Helm template',
    text: `{{- if .Values.enabled }}
${EXAMPLE}{{- end }}
`,
  },
  { name: 'JSON with a syntax error', text: '{"apiVersion": "v1", "kind": "Pod",}\n}' },
];

for (const { name, text } of CASES) {
  test(`bad input: ${name}`, async ({ app }) => {
    await app.goto();
    await app.openText('bad.yaml', text);
    await expect(app.alert).toBeVisible({ timeout: 5_000 });
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
