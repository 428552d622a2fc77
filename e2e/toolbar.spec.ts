import { readFile } from 'node:fs/promises';
import { replaceOnce } from '../testing/replaceOnce.ts';
import { EXAMPLE } from './exampleTexts.ts';
import { expect, test } from './fixtures.ts';

test('Download saves the exact text as <first workload>.yaml', async ({ app }) => {
  await app.goto();
  const download = app.page.waitForEvent('download');
  await app.button('Download').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('mypod.yaml');
  expect(await readFile(await file.path(), 'utf8')).toBe(EXAMPLE);
  await expect(app.status).toHaveText('Downloaded mypod.yaml');
});

test('Copy YAML puts the exact text on the clipboard', async ({ app }) => {
  await app.goto();
  expect(await app.copiedYaml()).toBe(EXAMPLE);
});

test('Open file loads a file, Reset to example brings the example back', async ({ app }) => {
  await app.goto();
  const mine = replaceOnce(replaceOnce(EXAMPLE, 'mypod', 'other'), 'NET_ADMIN', 'SYS_TIME');
  await app.openText('other.yaml', mine);
  await expect(app.checkbox('add SYS_TIME')).toBeChecked();
  expect(await app.copiedYaml()).toBe(mine);
  await app.button('Reset to example').click();
  await expect(app.checkbox('add NET_ADMIN')).toBeChecked();
  expect(await app.copiedYaml()).toBe(EXAMPLE);
});

test('Reset to example and Open file are each one undo step: the replaced text comes back', async ({
  app,
}) => {
  await app.goto();
  await app.editorReady();
  await app.checkbox('add SYS_TIME').check();
  const edited = await app.copiedYaml();
  const other = replaceOnce(replaceOnce(EXAMPLE, 'mypod', 'other'), 'NET_ADMIN', 'SYS_PTRACE');
  await app.openText('other.yaml', other);
  await expect(app.checkbox('add SYS_PTRACE')).toBeChecked();
  await app.button('Reset to example').click();
  await expect(app.status).toHaveText(
    'Back to the example. Undo in the editor brings your text back',
  );
  await expect(app.checkbox('add SYS_PTRACE')).not.toBeChecked();

  await app.page.locator('.monaco-editor .view-lines').first().click();
  await app.page.keyboard.press('ControlOrMeta+Z');
  await expect(app.checkbox('add SYS_PTRACE')).toBeChecked();
  expect(await app.copiedYaml()).toBe(other);
  await app.page.locator('.monaco-editor .view-lines').first().click();
  await app.page.keyboard.press('ControlOrMeta+Z');
  await expect(app.checkbox('add SYS_TIME')).toBeChecked();
  await expect(app.container.locator('option:checked')).toHaveText('mypod / myshell');
  expect(await app.copiedYaml()).toBe(edited);
});

test('a file dropped on the page is opened', async ({ app }) => {
  await app.goto();
  const text = replaceOnce(EXAMPLE, 'mypod', 'dropped');
  const dataTransfer = await app.page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'dropped.yaml', { type: 'text/yaml' }));
    return dt;
  }, text);
  await app.page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await app.page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(app.status).toHaveText('Opened dropped.yaml');
  await expect(app.container.locator('option:checked')).toHaveText('dropped / myshell');
});

test('Copy link carries the manifest in the fragment and loads it on startup', async ({ app }) => {
  await app.goto();
  await app.checkbox('drop NET_RAW').check();
  const edited = await app.copiedYaml();
  await app.button('Copy link').click();
  await expect(app.status).toHaveText('Copied a link holding the whole manifest');
  const link = await app.clipboard();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#m=[A-Za-z0-9_-]+&runtime=containerd@2\.3&/);

  await app.button('Reset to example').click();
  await app.page.goto('about:blank');
  await app.goto(link.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''));
  await expect(app.checkbox('drop NET_RAW')).toBeChecked();
  await expect(app.page).toHaveURL(/\/$/);
  expect(await app.copiedYaml()).toBe(edited);
});
