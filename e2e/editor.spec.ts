import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { replaceOnce } from '../testing/replaceOnce.ts';

/** The Monaco editor, driven the way a user would: clipboard paste, keyboard, mouse hover. */
class ManifestEditorPage {
  readonly textbox: Locator;
  readonly lines: Locator;

  constructor(readonly page: Page) {
    this.textbox = page.getByRole('textbox', { name: 'Manifest YAML' });
    this.lines = page.locator('.monaco-editor .view-lines');
  }

  /** Replaces the whole text exactly; typing would be auto-indented (TOOLCHAIN.md). */
  async replaceWith(text: string) {
    // Keys sent before Monaco shows are lost: the fixture only waits for its textarea.
    await expect(this.page.locator('.monaco-editor').first()).toBeVisible({ timeout: 20_000 });
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.textbox.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  /** The rendered token that shows exactly `text`. */
  token(text: string): Locator {
    return this.lines.locator('span > span', { hasText: new RegExp(`^${text}$`) });
  }

  /**
   * Whether a squiggle of `severity` lies under `token`. Markers come from several sources at
   * different times (Podcaps' warnings at once, monaco-yaml's schema check later, in its worker),
   * so a squiggle somewhere says nothing about the one a test is about to hover.
   */
  async hasSquiggleUnder(token: Locator, severity: 'warning' | 'error'): Promise<boolean> {
    const box = await token.boundingBox();
    if (!box) return false;
    const squiggles = await this.page
      .locator(`.monaco-editor .squiggly-${severity}`)
      .evaluateAll((nodes) =>
        nodes.map((node) => node.getBoundingClientRect().toJSON() as DOMRect),
      );
    return squiggles.some(
      (s) =>
        s.left < box.x + box.width &&
        box.x < s.right &&
        s.top < box.y + box.height &&
        box.y < s.bottom,
    );
  }
}

interface Fixtures {
  editor: ManifestEditorPage;
  /** Console errors and requests that left 127.0.0.1, both checked after each test. */
  leaks: { consoleErrors: string[]; foreignRequests: string[] };
}

const test = base.extend<Fixtures>({
  leaks: async ({ page }, use) => {
    const leaks = { consoleErrors: [] as string[], foreignRequests: [] as string[] };
    page.on('console', (message) => {
      if (message.type() === 'error') leaks.consoleErrors.push(message.text());
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1') {
        leaks.foreignRequests.push(request.url());
      }
    });
    await use(leaks);
    expect(leaks.foreignRequests).toEqual([]);
    expect(leaks.consoleErrors.filter((e) => /web worker|requestHandler/i.test(e))).toEqual([]);
  },
  editor: async ({ page, leaks: _leaks }, use) => {
    await page.goto('/');
    const editor = new ManifestEditorPage(page);
    await expect(editor.textbox).toBeAttached();
    await use(editor);
  },
});

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: "three"
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx
`;

test('the editor shows the manifest from the store', async ({ editor }) => {
  await expect(editor.lines).toContainText('kind: Pod');
  await expect(editor.lines).toContainText('name: mypod');
  await expect(editor.lines).toContainText('- NET_ADMIN');
});

test('the Kubernetes schema flags a wrong field type, and hover explains it', async ({
  editor,
  page,
}) => {
  await editor.replaceWith(DEPLOYMENT);
  await expect(editor.lines).toContainText('kind: Deployment');
  await expect(page.locator('.squiggly-warning').first()).toBeVisible();
  // Hovering before the schema's marker exists shows the field's description without it.
  const three = editor.token('"three"');
  await expect.poll(() => editor.hasSquiggleUnder(three, 'warning')).toBe(true);

  await three.hover();
  const hover = page.locator('.monaco-hover').filter({ hasText: 'Incorrect type' });
  await expect(hover).toBeVisible();
  await expect(hover).toContainText('number');
});

test('hover shows the Kubernetes description of a field', async ({ editor, page }) => {
  await editor.replaceWith(replaceOnce(DEPLOYMENT, '"three"', '3'));
  await expect(editor.lines).toContainText('replicas: 3');
  await editor.token('replicas').hover();
  const hover = page.locator('.monaco-hover').filter({ hasText: 'Number of desired pods' });
  await expect(hover).toBeVisible();
});

test('completion offers capability names inside add:', async ({ editor, page }) => {
  // The paste leaves the cursor at the end, on the new list item.
  await editor.replaceWith(
    `apiVersion: v1
kind: Pod
metadata:
  name: mypod
spec:
  containers:
    - name: myshell
      image: busybox
      securityContext:
        capabilities:
          add:
            - NET_A`,
  );
  // Completion is one request to the YAML worker: asked while the worker is still starting (a
  // loaded CI box), Monaco shows "No suggestions" and does not ask again. Ask again, as a user
  // would, until the worker answers.
  const suggestion = page.getByRole('option', { name: /NET_ADMIN/ });
  await expect(async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+Space');
    await expect(suggestion).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await expect(editor.lines).toContainText('- NET_ADMIN');
  await expect(editor.lines).not.toContainText('NET_ANET_ADMIN');
});

test('undo and redo in the editor carry the store along', async ({ editor, page }) => {
  const dropNetRaw = page.getByRole('checkbox', { name: 'drop NET_RAW' });
  await expect(dropNetRaw).not.toBeChecked();

  // A form edit lands in the editor as a single undo step.
  await dropNetRaw.check();
  await expect(editor.lines).toContainText('drop:');
  await expect(editor.lines).toContainText('- NET_RAW');

  await editor.textbox.focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(editor.lines).not.toContainText('NET_RAW');
  await expect(editor.lines).toContainText('- NET_ADMIN');
  await expect(dropNetRaw).not.toBeChecked();

  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(editor.lines).toContainText('- NET_RAW');
  await expect(dropNetRaw).toBeChecked();
});

test('parse problems from the store show as editor markers', async ({ editor, page }) => {
  await editor.replaceWith('apiVersion: v1\nkind: Pod\nmetadata: { name: broken\n');
  const squiggle = page.locator('.squiggly-error').first();
  await expect(squiggle).toBeVisible();
  // The squiggle lies under the text layer, which takes the pointer: hover at its position.
  const box = await squiggle.boundingBox();
  if (!box) throw new Error('the squiggle has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // The source tells Podcaps' markers apart from monaco-yaml's own syntax errors.
  await expect(page.locator('.monaco-hover').filter({ hasText: 'Podcaps' })).toBeVisible();
});

test('the editor theme follows the system color scheme', async ({ editor, page }) => {
  await expect(editor.lines).toContainText('kind: Pod');
  await expect(page.locator('.monaco-editor').first()).toHaveClass(/\bvs\b/);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('.monaco-editor').first()).toHaveClass(/\bvs-dark\b/);
});
