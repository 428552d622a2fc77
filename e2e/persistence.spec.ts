import { manyPods } from './exampleTexts.ts';
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

test('a manifest too large for localStorage survives a reload', async ({ app }) => {
  // ~6 MB through the file input, the reading worker, a reload and the clipboard: see the 5 MB
  // test in performance.spec.ts for what that takes on a loaded machine.
  test.setTimeout(150_000);
  const big = manyPods(6_000_000);
  const firstWorkload = app.container.locator('option:checked');
  await app.goto();
  await app.runtime.selectOption({ label: 'Docker' });
  await app.openText('big.yaml', big);
  await expect(firstWorkload).toHaveText('pod-0 / myshell', { timeout: 90_000 });
  // The write waits for a pause and goes to IndexedDB: reload once it is done (localStorage then
  // holds the marker in the text's place), not while it may still be running.
  await expect
    .poll(() => app.page.evaluate(() => localStorage.getItem('podcaps')), { timeout: 30_000 })
    .toContain('"textIn":"indexeddb"');
  // Kept without a word: "too large to keep" is only for a text IndexedDB refuses too.
  await expect(app.status).toHaveText('Opened big.yaml');

  await app.page.reload();
  await expect(firstWorkload).toHaveText('pod-0 / myshell', { timeout: 90_000 });
  await expect(app.runtime).toHaveValue('docker');
  expect(await app.copiedYaml()).toBe(big);
});
