import { replaceOnce } from '../testing/replaceOnce.ts';
import { EXAMPLE } from './exampleTexts.ts';
import { expect, test } from './fixtures.ts';

const withAdd = (entries: string) => replaceOnce(EXAMPLE, '            - NET_ADMIN\n', entries);

test('a CAP_ prefix warns, its one-click fix is one undo step away from the original', async ({
  app,
}) => {
  await app.goto();
  const original = withAdd('            - CAP_SYS_ADMIN\n');
  await app.pasteIntoEditor(original);
  const warnings = app.page.getByRole('region', { name: 'Warnings' });
  const prefix = warnings.getByRole('listitem').filter({ hasText: 'cap-prefix' });
  await expect(prefix).toContainText('Warning');
  await expect(prefix).toContainText('CAP_SYS_ADMIN');
  await expect(app.page.locator('.monaco-editor .squiggly-warning').first()).toBeVisible();

  await prefix.getByRole('button', { name: 'Fix: replace CAP_SYS_ADMIN with SYS_ADMIN' }).click();
  await expect(prefix).toHaveCount(0);
  await expect(app.checkbox('add SYS_ADMIN')).toBeChecked();
  expect(await app.copiedYaml()).toBe(replaceOnce(original, 'CAP_SYS_ADMIN', 'SYS_ADMIN'));

  await app.page.locator('.monaco-editor .view-lines').first().click();
  await app.page.keyboard.press('ControlOrMeta+Z');
  await expect(prefix).toHaveCount(1);
  expect(await app.copiedYaml()).toBe(original);
});

test('a misspelt name asks "Did you mean", its correction is one form edit and one undo step', async ({
  app,
}) => {
  await app.goto();
  const original = withAdd('            - SYS_ADMINN # typo\n            - "NET_ADMIN"\n');
  const corrected = replaceOnce(original, '- SYS_ADMINN #', '- SYS_ADMIN #');
  await app.pasteIntoEditor(original);
  const warnings = app.page.getByRole('region', { name: 'Warnings' });
  const unknown = warnings.getByRole('listitem').filter({ hasText: 'unknown-capability' });
  await expect(unknown).toContainText('Did you mean SYS_ADMIN?');
  await expect(
    unknown.getByRole('button', { name: 'Fix: remove SYS_ADMINN from add' }),
  ).toBeVisible();
  await expect(app.page.getByRole('region', { name: 'Other names in add/drop' })).toContainText(
    'add: SYS_ADMINN — ignored on containerd: runc skips an unknown capability; probably SYS_ADMIN',
  );
  await expect(app.checkbox('add SYS_ADMIN')).not.toBeChecked();

  await unknown.getByRole('button', { name: 'Fix: replace SYS_ADMINN with SYS_ADMIN' }).click();
  await expect(app.checkbox('add SYS_ADMIN')).toBeChecked();
  await expect(unknown).toHaveCount(0);
  expect(await app.copiedYaml()).toBe(corrected);

  await app.page.locator('.monaco-editor .view-lines').first().click();
  await app.page.keyboard.press('ControlOrMeta+Z');
  await expect(app.checkbox('add SYS_ADMIN')).not.toBeChecked();
  await expect(unknown).toHaveCount(1);
  expect(await app.copiedYaml()).toBe(original);
});

test('Show in editor selects the offending entry', async ({ app }) => {
  await app.goto();
  await app.pasteIntoEditor(withAdd('            - NET_FOO\n'));
  const unknown = app.page
    .getByRole('region', { name: 'Warnings' })
    .getByRole('listitem')
    .filter({ hasText: 'unknown-capability' });
  await unknown.getByRole('button', { name: /^Show in editor/ }).click();
  await expect(app.page.locator('.monaco-editor .selected-text').first()).toBeVisible();
  await expect(unknown.getByRole('button', { name: 'Fix: remove NET_FOO from add' })).toBeVisible();
});

test('the runtime comparison states the differences, and a refusal', async ({ app }) => {
  await app.goto();
  const comparison = app.page.getByRole('region', { name: 'Runtime comparison' });
  const differences = comparison.getByRole('list', { name: 'Differences' });
  await expect(differences.getByRole('listitem').filter({ hasText: /^NET_RAW / })).toHaveText(
    'NET_RAW — containerd ✓, CRI-O ✗, Docker ✓',
  );

  await app.openText('unknown.yaml', withAdd('            - NET_FOO\n'));
  const row = comparison.getByRole('row', { name: /^Container/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText('starts');
  await expect(row.getByRole('cell').nth(1)).toContainText('refused by CRI-O');
  await expect(row.getByRole('cell').nth(1)).toContainText('NET_FOO');
});

test('a Windows pod disables the capability controls and says why', async ({ app }) => {
  await app.goto();
  await app.openText(
    'win.yaml',
    replaceOnce(EXAMPLE, 'spec:\n', 'spec:\n  os:\n    name: windows\n'),
  );
  for (const name of ['add NET_ADMIN', 'drop NET_RAW', 'add ALL', 'drop ALL', 'privileged']) {
    await expect(app.checkbox(name)).toBeDisabled();
    await expect(app.checkbox(name)).toHaveAccessibleDescription(
      /Windows containers have no Linux/,
    );
  }
  const warnings = app.page.getByRole('region', { name: 'Warnings' });
  await warnings.getByRole('button', { name: 'Fix: remove securityContext.capabilities' }).click();
  await expect(warnings).toContainText('No warnings');
});

test('a dropped default says what breaks without it', async ({ app }) => {
  await app.goto();
  const row = app.page.getByRole('row', { name: /^NET_RAW/ });
  await expect(row).toContainText('Without it: ping');
  await app.checkbox('drop NET_RAW').check();
  await expect(row).toContainText('⚠ Without it, breaks: ping');
});
