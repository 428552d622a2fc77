import { replaceOnce } from '../testing/replaceOnce.ts';
import { EXAMPLE } from './exampleTexts.ts';
import { expect, test, type PodcapsPage } from './fixtures.ts';

const PRIVILEGED = replaceOnce(
  EXAMPLE,
  '        capabilities:\n          add:\n            - NET_ADMIN\n',
  '        privileged: true\n',
);

const HOST_USERS_FALSE = replaceOnce(EXAMPLE, 'spec:\n', 'spec:\n  hostUsers: false\n');

// A web server on port 80 as a non-root user, without NET_BIND_SERVICE in its effective set.
const LOW_PORT_NON_ROOT = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: nginx
      image: nginx
      ports:
        - containerPort: 80
      securityContext:
        runAsUser: 1000
`;

/** The node's comboboxes, by the accessible names SPEC gives them. */
function node(app: PodcapsPage) {
  const combobox = (name: string) => app.page.getByRole('combobox', { name, exact: true });
  return {
    group: app.page.getByRole('group', { name: 'Node' }),
    runtimeVersion: combobox('Runtime version'),
    ociRuntime: combobox('OCI runtime'),
    kernel: combobox('Kernel'),
    kubernetes: combobox('Kubernetes version'),
  };
}

function warning(app: PodcapsPage, code: string) {
  return app.page
    .getByRole('region', { name: 'Warnings' })
    .getByRole('listitem')
    .filter({ hasText: code });
}

test('the node starts at the defaults, its choices beside Runtime', async ({ app }) => {
  await app.goto();
  const n = node(app);
  await expect(n.group).toBeVisible();
  await expect(app.runtime).toHaveValue('containerd');
  await expect(n.runtimeVersion).toHaveValue('2.3');
  await expect(n.ociRuntime.locator('option:checked')).toHaveText('runc');
  await expect(n.kernel).toHaveValue('6.12');
  await expect(n.kubernetes).toHaveValue('1.37');
  await expect(n.runtimeVersion.getByRole('option')).toHaveText([
    '1.6',
    '1.7',
    '2.0',
    '2.1',
    '2.2',
    '2.3',
  ]);
  await expect(n.ociRuntime.getByRole('option')).toHaveText(['runc', 'crun ≤ 1.28', 'crun ≥ 1.29']);
  await expect(app.capshRegion.getByText('Runtime: containerd', { exact: true })).toBeVisible();
  await expect(app.button('Default node')).toHaveCount(0);
});

test('Docker 20.10 does not know PERFMON: a privileged pod has no cap_perfmon', async ({ app }) => {
  await app.goto();
  await app.openText('privileged.yaml', PRIVILEGED);
  await expect(app.capshText).toContainText('cap_perfmon');
  await app.runtime.selectOption({ label: 'Docker' });
  await expect(node(app).runtimeVersion).toHaveValue('29');
  await expect(app.capshText).toContainText('cap_perfmon');
  await node(app).runtimeVersion.selectOption('20.10');
  // The kernel still knows PERFMON, so capsh names it, as missing: `=ep` minus the three newest.
  await expect(app.capshText).toContainText(
    'Current: =ep cap_perfmon,cap_bpf,cap_checkpoint_restore-ep\n',
  );
  await expect(app.capshText).toContainText(',cap_audit_read\nAmbient set =\n');
  await expect(app.capshText).toContainText(
    'Current IAB: !cap_perfmon,!cap_bpf,!cap_checkpoint_restore\n',
  );
  await expect(app.capshRegion.getByText('Runtime: Docker 20.10', { exact: true })).toBeVisible();
  await expect(
    app.page.getByRole('columnheader', { name: 'Default on Docker 20.10' }),
  ).toBeVisible();
});

test('kernel 5.4 stops before BPF: a privileged pod loses cap_bpf', async ({ app }) => {
  await app.goto();
  await app.openText('privileged.yaml', PRIVILEGED);
  await expect(app.capshText).toContainText('cap_bpf');
  await node(app).kernel.selectOption('5.4');
  await expect(app.capshText).not.toContainText('cap_bpf');
  await expect(app.capshText).not.toContainText('cap_perfmon');
  await expect(app.capshText).toContainText('cap_audit_read');
  await expect(
    app.capshRegion.getByText('Runtime: containerd · Linux 5.4', { exact: true }),
  ).toBeVisible();
  // Back to the default node in one step.
  await app.button('Default node').click();
  await expect(node(app).kernel).toHaveValue('6.12');
  await expect(app.capshText).toContainText('cap_bpf');
});

test('a pod in a user namespace is explained as such', async ({ app }) => {
  await app.goto();
  await expect(warning(app, 'user-namespace')).toHaveCount(0);
  await app.openText('userns.yaml', HOST_USERS_FALSE);
  await expect(warning(app, 'user-namespace')).toBeVisible();
});

test('a low port as non-root is denied on containerd 1.7, not on 2.1', async ({ app }) => {
  await app.goto();
  await app.openText('web.yaml', LOW_PORT_NON_ROOT);
  await node(app).runtimeVersion.selectOption('1.7');
  await expect(warning(app, 'low-port-denied')).toBeVisible();
  await node(app).runtimeVersion.selectOption('2.1');
  await expect(
    app.page.getByRole('region', { name: 'Warnings' }).getByText(/for nginx on containerd 2\.1/),
  ).toBeVisible();
  await expect(warning(app, 'low-port-denied')).toHaveCount(0);
});

test('the runtime comparison compares the node with another: kernel 5.4 against 6.12', async ({
  app,
}) => {
  await app.goto();
  await app.openText('privileged.yaml', PRIVILEGED);
  const comparison = app.page.getByRole('region', { name: 'Runtime comparison' });
  const compareWith = comparison.getByRole('combobox', { name: 'Compare with' });
  await expect(compareWith.locator('option:checked')).toHaveText('the other runtimes');
  await compareWith.selectOption({ label: 'Linux 5.4' });
  await expect(comparison.getByRole('columnheader')).toHaveText(['Linux 6.12', 'Linux 5.4']);
  await expect(
    comparison
      .getByRole('list', { name: 'Differences' })
      .getByRole('listitem')
      .filter({ hasText: /^BPF / }),
  ).toHaveText('BPF — Linux 6.12 ✓, Linux 5.4 ✗');
  await compareWith.selectOption({ label: 'the other runtimes' });
  await expect(comparison.getByRole('columnheader')).toHaveText(['containerd', 'CRI-O', 'Docker']);
});

test('the Kubernetes version is the default Pod Security policy version', async ({ app }) => {
  await app.goto();
  const version = app.page
    .getByRole('region', { name: 'Pod Security' })
    .getByRole('combobox', { name: 'Policy version' });
  await expect(version).toHaveValue('latest');
  await node(app).kubernetes.selectOption('1.33');
  await expect(version).toHaveValue('v1.33');
});

test('the node survives a reload', async ({ app }) => {
  await app.goto();
  await app.openText('privileged.yaml', PRIVILEGED);
  await app.runtime.selectOption({ label: 'CRI-O' });
  await node(app).runtimeVersion.selectOption('1.30');
  await node(app).ociRuntime.selectOption({ label: 'crun ≥ 1.29' });
  await node(app).kernel.selectOption('5.4');
  await node(app).kubernetes.selectOption('1.33');
  await app.page.reload();
  await expect(app.runtime).toHaveValue('cri-o');
  await expect(node(app).runtimeVersion).toHaveValue('1.30');
  await expect(node(app).ociRuntime.locator('option:checked')).toHaveText('crun ≥ 1.29');
  await expect(node(app).kernel).toHaveValue('5.4');
  await expect(node(app).kubernetes).toHaveValue('1.33');
  await expect(app.capshText).not.toContainText('cap_bpf');
});

test('the node travels in a shared link; a link without one keeps the node', async ({ app }) => {
  await app.goto();
  await app.openText('privileged.yaml', PRIVILEGED);
  await app.runtime.selectOption({ label: 'Docker' });
  await node(app).runtimeVersion.selectOption('20.10');
  await node(app).kernel.selectOption('5.4');
  await app.button('Copy link').click();
  await expect(app.status).toHaveText('Copied a link holding the whole manifest');
  const link = (await app.clipboard()).replace(/^http:\/\/127\.0\.0\.1:\d+/, '');
  expect(link).toContain('&runtime=docker@20.10&oci=runc@1.5&kernel=5.4&kubernetes=1.37');

  await app.button('Reset to example').click();
  await app.button('Default node').click();
  await app.runtime.selectOption({ label: 'containerd' });
  await expect(node(app).kernel).toHaveValue('6.12');
  await app.page.goto('about:blank');
  await app.goto(link);
  await expect(app.status).toHaveText('Opened the manifest from the link');
  await expect(app.runtime).toHaveValue('docker');
  await expect(node(app).runtimeVersion).toHaveValue('20.10');
  await expect(node(app).kernel).toHaveValue('5.4');
  await expect(app.capshText).not.toContainText('cap_perfmon');

  // A link made before profiles: the manifest opens, the reader's node stays.
  await app.page.goto('about:blank');
  await app.goto(link.replace(/&.*$/, ''));
  await expect(app.status).toHaveText('Opened the manifest from the link');
  await expect(app.runtime).toHaveValue('docker');
  await expect(node(app).runtimeVersion).toHaveValue('20.10');
  await expect(node(app).kernel).toHaveValue('5.4');
});

test('a real container from an older kernel is recognised as such', async ({ app }) => {
  await app.goto();
  await app.openText('privileged.yaml', PRIVILEGED);
  await node(app).kernel.selectOption('5.4');
  await expect(app.capshText).not.toContainText('cap_bpf');
  const onOldKernel = await app.capshText.evaluate((pre) => pre.textContent ?? '');
  await app.button('Default node').click();
  await expect(app.capshText).toContainText('cap_bpf');
  await app.button('Compare with a real container').click();
  await app.page.getByRole('textbox', { name: 'Output from the container' }).fill(onOldKernel);
  const comparison = app.page.getByRole('region', { name: 'Comparison', exact: true });
  await expect(comparison).toContainText('Linux 5.4');
  await expect(comparison).not.toContainText('matches the simulation');
});
