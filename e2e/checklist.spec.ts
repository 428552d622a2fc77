import { replaceOnce } from '../testing/replaceOnce.ts';
import { EXAMPLE } from './exampleTexts.ts';
import { expect, test } from './fixtures.ts';

test('a toggle edits the YAML and the capsh panel', async ({ app }) => {
  await app.goto();
  await expect(app.checkbox('add NET_ADMIN')).toBeChecked();
  await expect(app.checkbox('drop NET_RAW')).not.toBeChecked();
  await app.checkbox('drop NET_RAW').check();
  await expect(app.checkbox('drop NET_RAW')).toBeChecked();
  await expect(app.capshText).not.toContainText('cap_net_raw,cap_sys_chroot');
  expect(await app.copiedYaml()).toBe(`${EXAMPLE}          drop:\n            - NET_RAW\n`);

  await app.checkbox('add NET_ADMIN').uncheck();
  await app.checkbox('drop NET_RAW').uncheck();
  expect(await app.copiedYaml()).toBe(EXAMPLE.slice(0, EXAMPLE.indexOf('      securityContext:')));
  await expect(app.capshText).not.toHaveText(/Bounding set =[^\n]*cap_net_admin/);
  await expect(app.capshText).toHaveText(/Bounding set =[^\n]*cap_net_raw/);
});

test('every capability has add and drop toggles, and whole-set toggles exist', async ({ app }) => {
  await app.goto();
  await expect(app.page.getByRole('checkbox', { name: /^add [A-Z_]+$/ })).toHaveCount(42);
  await expect(app.page.getByRole('checkbox', { name: /^drop [A-Z_]+$/ })).toHaveCount(42);
  await expect(app.checkbox('add CHECKPOINT_RESTORE')).toBeVisible();
  await app.checkbox('privileged').check();
  await expect(app.capshText).toContainText('Current: =ep\n');
  expect(await app.copiedYaml()).toContain('            - NET_ADMIN\n        privileged: true\n');
  await app.checkbox('privileged').uncheck();
  await app.checkbox('drop ALL').check();
  await expect(app.capshText).toContainText('Bounding set =cap_net_admin\n');
});

test('filtering by words and ordering by risk', async ({ app }) => {
  await app.goto();
  await app.filter.fill('kernel modules');
  await expect(app.checkbox('add SYS_MODULE')).toBeVisible();
  await expect(app.checkbox('add CHOWN')).toHaveCount(0);
  await app.filter.fill('net admin');
  await expect(app.checkbox('add NET_ADMIN')).toBeVisible();
  await app.filter.fill('');
  await app.page
    .getByRole('combobox', { name: 'Order' })
    .selectOption({ label: 'Risk, highest first' });
  const firstRisk = app.page.locator('.checklist tbody tr').first().getByText('Critical');
  await expect(firstRisk).toBeVisible();
});

test('names that are not canonical are listed with their effect, never hidden', async ({ app }) => {
  await app.goto();
  await app.openText(
    'odd.yaml',
    replaceOnce(
      EXAMPLE,
      '            - NET_ADMIN\n',
      '            - CAP_NET_ADMIN\n            - net_raw\n            - NET_FOO\n',
    ),
  );
  const others = app.page.getByRole('region', { name: 'Other names in add/drop' });
  await expect(others.getByRole('listitem')).toHaveCount(3);
  await expect(others).toContainText('add: CAP_NET_ADMIN');
  await expect(others).toContainText('ignored on containerd');
  await expect(others).toContainText('add: net_raw — adds NET_RAW on containerd');
  // The fix lives with the name's warning, the one place for spelling fixes.
  await app.page
    .getByRole('region', { name: 'Warnings' })
    .getByRole('button', { name: 'Fix: replace CAP_NET_ADMIN with NET_ADMIN', exact: true })
    .click();
  await expect(app.checkbox('add NET_ADMIN')).toBeChecked();
  await expect(others.getByRole('listitem')).toHaveCount(2);
});

test('switching the container shows that container', async ({ app }) => {
  await app.goto();
  await app.openText(
    'two.yaml',
    `${EXAMPLE}---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      initContainers:
        - name: setup
          image: busybox
      containers:
        - name: app
          image: nginx
          securityContext:
            runAsUser: 33
`,
  );
  await expect(app.container.getByRole('option')).toHaveText([
    'mypod / myshell',
    'web / setup',
    'web / app',
  ]);
  // The container's kind is told by its option group, the option itself reads `workload / container`.
  await expect(
    app.container.locator('optgroup[label="Deployment web · init containers"] > option'),
  ).toHaveText(['web / setup']);
  await app.container.selectOption({ label: 'web / app' });
  await expect(app.checkbox('add NET_ADMIN')).not.toBeChecked();
  await expect(app.capshText).toContainText('Current: =\n');
  await expect(app.capshText).toContainText('uid=33(www-data)');
  await expect(app.commandsRegion).toContainText('kubectl exec deploy/web -c app -- capsh --print');
});
