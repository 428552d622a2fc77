import { replaceOnce } from '../testing/replaceOnce.ts';
import { EXAMPLE, manyPods } from './exampleTexts.ts';
import { expect, test } from './fixtures.ts';

test('the checklist works while the editor chunk is held back', async ({ app }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // Monaco and the editor module stay unanswered until the toggle has been seen to work.
  await app.page.route(/\/assets\/(monaco|ManifestEditor)[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await app.goto();
  await expect(app.page.getByLabel('Manifest YAML (read-only)')).toBeVisible();
  await expect(app.capshText).not.toHaveText(/Bounding set =[^\n]*cap_sys_admin/);
  await app.checkbox('add SYS_ADMIN').check();
  await expect(app.capshText).toHaveText(/Bounding set =[^\n]*cap_sys_admin/);
  await expect(app.page.locator('.monaco-editor')).toHaveCount(0);
  release();
  await app.editorReady();
  expect(await app.copiedYaml()).toBe(
    replaceOnce(
      EXAMPLE,
      '            - NET_ADMIN\n',
      '            - NET_ADMIN\n            - SYS_ADMIN\n',
    ),
  );
});

test('keyboard only: toggle a capability, switch container, copy the YAML', async ({ app }) => {
  const twoContainers = replaceOnce(
    EXAMPLE,
    '  containers:\n',
    '  containers:\n    - name: second\n      image: busybox\n',
  );
  await app.goto();
  await app.openText('two.yaml', twoContainers);
  await expect(app.container.locator('option:checked')).toHaveText('mypod / myshell');
  await app.filter.focus();
  await app.page.keyboard.type('SYS_TIME');
  for (let i = 0; i < 5; i++) await app.page.keyboard.press('Tab');
  await expect(app.checkbox('add SYS_TIME')).toBeFocused();
  await app.page.keyboard.press('Space');
  await expect(app.checkbox('add SYS_TIME')).toBeChecked();
  await expect(app.capshText).toHaveText(/Bounding set =[^\n]*cap_sys_time/);

  await app.container.focus();
  await expect(app.container.locator('option:checked')).toHaveText('mypod / myshell');
  await app.page.keyboard.press('ArrowUp');
  await expect(app.container.locator('option:checked')).toHaveText('mypod / second');
  await expect(app.checkbox('add SYS_TIME')).not.toBeChecked();
  await expect(app.capshText).not.toHaveText(/Bounding set =[^\n]*cap_sys_time/);

  await app.button('Copy YAML').focus();
  await app.page.keyboard.press('Enter');
  await expect(app.status).toHaveText('Copied');
  expect(await app.clipboard()).toContain('            - SYS_TIME\n');
});

test('a 5 MB file is read off the main thread: the page responds while it is read', async ({
  app,
}) => {
  // Moving 5 MB through the file input, Monaco and the clipboard takes a while on a busy machine:
  // ~6 s here alone, 8-11 s with both CPUs loaded, and more beside the suite's other worker.
  test.setTimeout(150_000);
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // The reading worker's script stays unanswered: the read cannot finish before the checks below.
  await app.page.route(/\/assets\/manifestReader\.worker-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const big = manyPods(5_000_000);
  await app.goto();
  // Stored as JSON, the text is past Chromium's localStorage quota (5,242,880 UTF-16 units; its
  // line breaks escaped, this one is ~5.3 M): it goes to IndexedDB, and the status just says Opened.
  await app.openText('big.yaml', big);
  const reading = app.page.getByText('Reading the manifest…').first();
  await expect(reading).toBeVisible();
  // Nothing of the example passes for the new file's analysis, and its toggles wait.
  await expect(app.checkbox('add SYS_ADMIN')).toBeDisabled();
  await expect(app.checkbox('add NET_ADMIN')).not.toBeChecked();
  // The page answers meanwhile: typing filters the checklist, the runtime picker switches.
  await app.filter.fill('SYS_TIME');
  await expect(app.checkbox('add SYS_TIME')).toBeVisible();
  await expect(app.checkbox('add NET_ADMIN')).toHaveCount(0);
  await app.runtime.selectOption({ label: 'Docker' });
  await expect(app.runtime).toHaveValue('docker');
  await expect(reading).toBeVisible();
  release();
  // What this test holds to is that the page answers while the file is read, not how fast it is
  // read (that is `npm run bench`'s row): the wait is long enough for a loaded CI machine.
  await expect(app.container.locator('option:checked')).toHaveText('pod-0 / myshell', {
    timeout: 90_000,
  });
  await expect(reading).toBeHidden();
  await expect(app.checkbox('add SYS_TIME')).toBeEnabled();
  await app.checkbox('add SYS_TIME').check();
  await expect(app.capshText).toHaveText(/Bounding set =[^\n]*cap_sys_time/);
  expect(await app.copiedYaml()).toBe(
    replaceOnce(
      big,
      '            - NET_ADMIN\n',
      '            - NET_ADMIN\n            - SYS_TIME\n',
      'first',
    ),
  );
});
