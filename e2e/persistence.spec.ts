import { expect, test } from './fixtures.ts';

test('the text and the runtime survive a reload', async ({ app }) => {
  await app.goto();
  await app.checkbox('add SYS_PTRACE').check();
  await app.runtime.selectOption({ label: 'CRI-O' });
  const text = await app.copiedYaml();
  await app.page.reload();
  await expect(app.checkbox('add SYS_PTRACE')).toBeChecked();
  await expect(app.runtime).toHaveValue('cri-o');
  expect(await app.copiedYaml()).toBe(text);
});
