import { expect, test } from './fixtures.ts';

const RUN = 'docker run --cap-add=NET_ADMIN --cap-drop NET_RAW ubuntu:14.04 sleep 300';

test('Import converts a docker run line as one undo step', async ({ app }) => {
  const { page } = app;
  await app.goto();
  await app.editorReady();
  // The example adds NET_ADMIN already: take it away, so the import visibly brings it back.
  await page.getByRole('checkbox', { name: 'add NET_ADMIN' }).uncheck();
  await expect(page.getByRole('checkbox', { name: 'add NET_ADMIN' })).not.toBeChecked();
  const before = await app.copiedYaml();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from Docker' });
  await dialog.getByRole('textbox', { name: 'docker run command or Compose file' }).fill(RUN);
  await dialog.getByRole('button', { name: 'Convert' }).click();
  await expect(page.getByRole('checkbox', { name: 'add NET_ADMIN' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'drop NET_RAW' })).toBeChecked();
  expect(await app.copiedYaml()).toContain('image: ubuntu:14.04');

  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(page.getByRole('checkbox', { name: 'add NET_ADMIN' })).not.toBeChecked();
  await expect.poll(() => app.copiedYaml()).toBe(before);
});

test('bad Import input keeps the text and shows an alert', async ({ app }) => {
  const { page } = app;
  await app.goto();
  await app.editorReady();
  const before = await app.copiedYaml();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from Docker' });
  const box = dialog.getByRole('textbox', { name: 'docker run command or Compose file' });
  await box.fill('kubectl run x --image=y');
  await dialog.getByRole('button', { name: 'Convert' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'line 1: not a docker run or podman run command: "kubectl run x"',
  );
  await expect(box).toHaveValue('kubectl run x --image=y');
  expect(await app.copiedYaml()).toBe(before);
});

test('Compare: the simulated text matches; a status without NET_ADMIN names it', async ({
  app,
}) => {
  const { page } = app;
  await app.goto();
  await app.editorReady();
  // Give the selected container NET_ADMIN, so the status below lacks it.
  await page.getByRole('checkbox', { name: 'add NET_ADMIN' }).check();
  await expect(app.capshText).toContainText('cap_net_admin');
  const simulated = await app.capshText.innerText();
  await page.getByRole('button', { name: 'Compare with a real container' }).click();
  const box = page.getByRole('textbox', { name: 'Output from the container' });
  const comparison = page.getByRole('region', { name: 'Comparison', exact: true });
  await box.fill(simulated);
  await expect(comparison).toHaveText('The container matches the simulation.');

  // The status of the same container without NET_ADMIN: the containerd defaults.
  await box.fill(
    'Name:\tsh\nUid:\t0\t0\t0\t0\nCapInh:\t0000000000000000\nCapPrm:\t00000000a80425fb\nCapEff:\t00000000a80425fb\nCapBnd:\t00000000a80425fb\nCapAmb:\t0000000000000000\n',
  );
  await expect(comparison).toContainText('missing NET_ADMIN');
  await expect(comparison).not.toContainText('matches the simulation');
});

test('Suggest from a trace sets drop ALL plus the traced capability as one undo step', async ({
  app,
}) => {
  const { page } = app;
  await app.goto();
  await app.editorReady();
  const before = await app.copiedYaml();
  await page.getByRole('button', { name: 'Suggest from a trace' }).click();
  await page.getByRole('textbox', { name: 'Capability trace' }).fill('NET_BIND_SERVICE\n');
  await page.getByRole('button', { name: 'Apply to the container' }).click();
  await expect(page.getByRole('checkbox', { name: 'drop ALL' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'add NET_BIND_SERVICE' })).toBeChecked();
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => app.copiedYaml()).toBe(before);
});
