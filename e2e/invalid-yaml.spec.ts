import { replaceOnce } from '../testing/replaceOnce.ts';
import { EXAMPLE } from './exampleTexts.ts';
import { expect, test } from './fixtures.ts';

test('invalid YAML: an alert says where, the checklist goes read-only, the text stays', async ({
  app,
}) => {
  await app.goto();
  const broken = replaceOnce(EXAMPLE, '  name: mypod', '  name: [mypod');
  await app.pasteIntoEditor(broken);
  await expect(app.alert).toContainText(/line \d+, column \d+/);
  await expect(app.checkbox('add NET_ADMIN')).toBeDisabled();
  // The last valid parse stays on screen.
  await expect(app.checkbox('add NET_ADMIN')).toBeChecked();
  await expect(app.capshText).toContainText('cap_net_admin');
  expect(await app.copiedYaml()).toBe(broken);

  await app.pasteIntoEditor(EXAMPLE);
  await expect(app.alert).toHaveCount(0);
  await expect(app.checkbox('add NET_ADMIN')).toBeEnabled();
});

test('an invalid file opened before the editor loads is kept as it is', async ({ app }) => {
  await app.goto();
  const broken = 'apiVersion: v1\nkind: Pod\nmetadata: {name: x\n';
  await app.openText('broken.yaml', broken);
  await expect(app.alert).toBeVisible();
  await expect(app.checkbox('add NET_ADMIN')).toBeDisabled();
  expect(await app.copiedYaml()).toBe(broken);
});
