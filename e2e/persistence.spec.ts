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

test('the checklist order and the Pod Security target survive a reload; the filter does not', async ({
  app,
}) => {
  await app.goto();
  const order = app.page.getByRole('combobox', { name: 'Order' });
  const target = app.page
    .getByRole('region', { name: 'Pod Security' })
    .getByRole('combobox', { name: 'Target level' });
  const firstRow = app.page.locator('.checklist tbody tr').first();
  await order.selectOption({ label: 'Risk, highest first' });
  await target.selectOption('baseline');
  await app.filter.fill('net');
  await expect(firstRow).toContainText('Critical');
  await app.page.reload();
  await expect(order).toHaveValue('risk');
  await expect(target).toHaveValue('baseline');
  await expect(app.filter).toHaveValue('');
  await expect(firstRow).toContainText('Critical');
});
