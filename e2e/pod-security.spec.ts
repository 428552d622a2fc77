import type { Locator } from '@playwright/test';
import { replaceOnce } from '../testing/replaceOnce.ts';
import { EXAMPLE } from './exampleTexts.ts';
import { expect, test as base, type PodcapsPage } from './fixtures.ts';

/** The Pod Security panel, by role and accessible name. */
class PodSecurityPanel {
  readonly region: Locator;
  readonly target: Locator;
  readonly version: Locator;
  readonly makeRestricted: Locator;
  readonly cannotFix: Locator;
  readonly changed: Locator;

  constructor(readonly app: PodcapsPage) {
    this.region = app.page.getByRole('region', { name: 'Pod Security' });
    this.target = this.region.getByRole('combobox', { name: 'Target level' });
    this.version = this.region.getByRole('combobox', { name: 'Policy version' });
    this.makeRestricted = this.region.getByRole('button', { name: 'Make restricted' });
    this.cannotFix = this.region.getByRole('list', { name: 'Cannot fix automatically' });
    this.changed = this.region.getByRole('list', { name: /^Changed/ });
  }

  violations(policy: string): Locator {
    return this.region.getByRole('list', { name: `Violations of ${policy}` });
  }

  showInEditor(reason: string): Locator {
    return this.region.getByRole('button', { name: `Show in editor: ${reason}`, exact: true });
  }

  /** What the editor has selected, read the way a user would: Ctrl+C, then the clipboard. */
  async editorSelection(): Promise<string> {
    await this.app.page.evaluate(() => navigator.clipboard.writeText(''));
    await this.app.page.keyboard.press('ControlOrMeta+C');
    // Monaco's copy of a multi-line selection in Chromium pads lines with white space; the text has none.
    return (await this.app.clipboard()).replace(/[^\S\n]+$/gm, '');
  }
}

const test = base.extend<{ psa: PodSecurityPanel }>({
  psa: async ({ app }, use) => {
    await app.goto();
    await use(new PodSecurityPanel(app));
  },
});

// The example with comments and odd quoting that "Make restricted" must leave alone.
const COMMENTED = `# the classic example
apiVersion: v1
kind: Pod
metadata:
  name: mypod # keep
spec:
  containers:
    - name: myshell
      image: "ubuntu:14.04"
      command:
        - /bin/sleep
        - '300'
      securityContext:
        capabilities:
          add:
            - NET_ADMIN # why not
`;

const HOST_NETWORK = `apiVersion: v1
kind: Pod
metadata:
  name: net
spec:
  hostNetwork: true
  containers:
    - name: app
      image: nginx
`;

test('the example meets only privileged and lists what restricted forbids', async ({ psa }) => {
  // Baseline forbids adding NET_ADMIN, so the example fails it too.
  await expect(psa.region).toContainText('Highest level met: privileged at latest');
  await expect(psa.target).toHaveValue('restricted');
  await expect(psa.version).toHaveValue('latest');
  const violations = psa.violations('restricted:latest');
  await expect(violations.getByRole('listitem')).toHaveCount(4);
  for (const reason of [
    'allowPrivilegeEscalation != false',
    'unrestricted capabilities',
    'runAsNonRoot != true',
    'seccompProfile',
  ]) {
    await expect(psa.showInEditor(reason)).toBeVisible();
  }
  await expect(violations).toContainText(
    'container "myshell" must set securityContext.capabilities.drop=["ALL"]',
  );

  await psa.target.selectOption('baseline');
  await expect(psa.violations('baseline:latest')).toContainText('non-default capabilities');
  await expect(psa.version.getByRole('option')).toHaveCount(39);
  await psa.version.selectOption('v1.0');
  await expect(psa.violations('baseline:v1.0')).toBeVisible();

  // Without NET_ADMIN the pod is baseline.
  await psa.app.checkbox('add NET_ADMIN').uncheck();
  await expect(psa.region).toContainText('Highest level met: baseline at v1.0');
  await expect(psa.region).toContainText('Meets baseline:v1.0: no violations.');
});

test("a violation's link selects the offending node in the editor", async ({ psa, app }) => {
  await app.editorReady();
  await psa.showInEditor('unrestricted capabilities').click();
  await expect(app.editor).toBeFocused();
  expect(await psa.editorSelection()).toBe(
    'capabilities:\n          add:\n            - NET_ADMIN',
  );

  await psa.showInEditor('allowPrivilegeEscalation != false').click();
  await expect(app.editor).toBeFocused();
  expect(await psa.editorSelection()).toMatch(/^securityContext:\n {8}capabilities:\n/);
  expect(await app.copiedYaml()).toBe(EXAMPLE);
});

test('Make restricted is one undo step and touches nothing else', async ({ psa, app }) => {
  await app.editorReady();
  await app.openText('mypod.yaml', COMMENTED);
  await psa.makeRestricted.click();

  await expect(psa.region).toContainText('Highest level met: restricted at latest');
  await expect(psa.makeRestricted).toBeDisabled();
  await expect(psa.region).toContainText('already meets restricted:latest');
  await expect(psa.changed).toContainText('Added "ALL" to securityContext.capabilities.drop');
  expect(await app.copiedYaml()).toBe(`# the classic example
apiVersion: v1
kind: Pod
metadata:
  name: mypod # keep
spec:
  containers:
    - name: myshell
      image: "ubuntu:14.04"
      command:
        - /bin/sleep
        - '300'
      securityContext:
        capabilities:
          drop:
            - ALL
        allowPrivilegeEscalation: false
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
`);

  await app.page.locator('.monaco-editor .view-lines').first().click();
  await app.page.keyboard.press('ControlOrMeta+Z');
  await expect(psa.region).toContainText('Highest level met: privileged');
  expect(await app.copiedYaml()).toBe(COMMENTED);
  // The report described the undone text, so it is gone.
  await expect(psa.changed).toHaveCount(0);
  await expect(psa.makeRestricted).toBeEnabled();
});

test('what Make restricted cannot fix is listed', async ({ psa, app }) => {
  await app.openText('net.yaml', HOST_NETWORK);
  await psa.makeRestricted.click();
  await expect(psa.cannotFix).toContainText("Shares the node's namespaces");
  await expect(psa.cannotFix).toContainText('hostNetwork=true');
  await expect(psa.region).toContainText('Highest level met: privileged');
  await expect(psa.makeRestricted).toBeEnabled();
});

test('Make restricted waits for valid YAML', async ({ psa, app }) => {
  await app.pasteIntoEditor(`${EXAMPLE}  broken: [\n`);
  await expect(app.alert).toBeVisible();
  await expect(psa.makeRestricted).toBeDisabled();
  await expect(psa.region).toContainText('Fix the YAML first');
  await expect(psa.showInEditor('seccompProfile')).toBeDisabled();
});

test('a Namespace with enforce labels sets the defaults', async ({ psa, app }) => {
  await app.openText(
    'team.yaml',
    `apiVersion: v1
kind: Namespace
metadata:
  name: team
  labels:
    pod-security.kubernetes.io/enforce: baseline
    pod-security.kubernetes.io/enforce-version: v1.25
---
${replaceOnce(HOST_NETWORK, '  name: net\n', '  name: net\n  namespace: team\n')}`,
  );
  await expect(psa.region).toContainText('Namespace team enforces');
  await expect(psa.target).toHaveValue('baseline');
  await expect(psa.version).toHaveValue('v1.25');
  await expect(psa.violations('baseline:v1.25')).toContainText('host namespaces');
});

// A container near the top and the pod's securityContext at the bottom, a list and a block between.
const FAR_APART = `apiVersion: v1
kind: Pod
metadata:
  name: twonodes
spec:
  containers:
    - name: app
      image: nginx
      securityContext:
        allowPrivilegeEscalation: false
      env:
        - name: FIRST
          value: "1"
        - name: SECOND
          value: "2"
  volumes:
    - name: data
      emptyDir: {}
  securityContext:
    runAsNonRoot: true
`;

test('Make restricted of two nodes far apart leaves the fold and the cursor between them', async ({
  psa,
  app,
}) => {
  await app.editorReady();
  await app.openText('twonodes.yaml', FAR_APART);
  const lines = app.page.locator('.monaco-editor .view-lines').first();
  const folded = app.page.locator('.monaco-editor .inline-folded');
  await lines.click();
  // Fold `volumes:` (line 16), then put the cursor at the end of `- name: SECOND` (line 14).
  await app.page.keyboard.press('ControlOrMeta+Home');
  for (let i = 1; i < 16; i++) await app.page.keyboard.press('ArrowDown');
  // The folding ranges come from the YAML worker: ask again until it has answered.
  await expect(async () => {
    await app.page.keyboard.press('ControlOrMeta+Shift+BracketLeft');
    await expect(folded).toHaveCount(1, { timeout: 500 });
  }).toPass();
  await expect(lines).not.toContainText('emptyDir');
  for (let i = 0; i < 2; i++) await app.page.keyboard.press('ArrowUp');
  await app.page.keyboard.press('End');

  await psa.makeRestricted.click();
  await expect(psa.changed).toContainText('Added "ALL" to securityContext.capabilities.drop');
  await expect(psa.changed).toContainText('seccompProfile.type');
  // Both nodes changed, the fold between them is still closed.
  await expect(folded).toHaveCount(1);
  await expect(lines).not.toContainText('emptyDir');
  // Back in the editor without a click: what is typed lands where the cursor was.
  await app.editor.focus();
  await app.page.keyboard.type(' # here');
  await expect(lines).toContainText('- name: SECOND # here');
  const text = await app.copiedYaml();
  expect(text).toContain(
    '      env:\n        - name: FIRST\n          value: "1"\n        - name: SECOND # here\n',
  );
  expect(text).toContain('        capabilities:\n          drop:\n            - ALL\n');
  expect(text).toContain('    seccompProfile:\n      type: RuntimeDefault\n');
});
