import { EXAMPLE } from './exampleTexts.ts';
import { expect, test } from './fixtures.ts';

test('a form edit is one undo step in the editor, and the checklist follows', async ({ app }) => {
  await app.goto();
  await app.editorReady();
  await app.checkbox('drop NET_RAW').check();
  await app.checkbox('add SYS_TIME').check();
  await expect(app.checkbox('add SYS_TIME')).toBeChecked();

  await app.page.locator('.monaco-editor .view-lines').first().click();
  await app.page.keyboard.press('ControlOrMeta+Z');
  await expect(app.checkbox('add SYS_TIME')).not.toBeChecked();
  await expect(app.checkbox('drop NET_RAW')).toBeChecked();

  await app.page.keyboard.press('ControlOrMeta+Z');
  await expect(app.checkbox('drop NET_RAW')).not.toBeChecked();
  expect(await app.copiedYaml()).toBe(EXAMPLE);

  await app.page.locator('.monaco-editor .view-lines').first().click();
  await app.page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(app.checkbox('drop NET_RAW')).toBeChecked();
});
