import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** The app as a user sees it: locators by role and accessible name (SPEC.md, "Accessible names"). */
export class PodcapsPage {
  readonly capshRegion: Locator;
  readonly commandsRegion: Locator;
  readonly capshText: Locator;
  readonly runtime: Locator;
  readonly container: Locator;
  readonly alert: Locator;
  readonly status: Locator;
  readonly editor: Locator;
  readonly filter: Locator;
  readonly otherTabAlert: Locator;

  constructor(readonly page: Page) {
    this.capshRegion = page.getByRole('region', { name: 'capsh --print' });
    this.capshText = this.capshRegion.locator('pre');
    this.commandsRegion = page.getByRole('region', { name: 'Try it on a cluster' });
    // Exact: `Runtime version` and `OCI runtime` would match too.
    this.runtime = page.getByRole('combobox', { name: 'Runtime', exact: true });
    this.container = page.getByRole('combobox', { name: 'Container' });
    // Monaco keeps its own (empty) live alerts in the page: the app's alert is the one by the editor.
    this.alert = page.getByRole('region', { name: 'Manifest' }).getByRole('alert');
    this.status = page.getByRole('status');
    this.editor = page.getByRole('textbox', { name: 'Manifest YAML' });
    this.filter = page.getByRole('searchbox', { name: 'Filter capabilities' });
    this.otherTabAlert = page.getByRole('alert', {
      name: 'Another tab saved a different manifest',
    });
  }

  async goto(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.capshRegion).toBeVisible();
  }

  checkbox(name: string): Locator {
    return this.page.getByRole('checkbox', { name, exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** The exact manifest text, read the way a user would: Copy YAML, then the clipboard. */
  async copiedYaml(): Promise<string> {
    await this.page.evaluate(() => navigator.clipboard.writeText(''));
    await this.button('Copy YAML').click();
    await expect(this.status).toHaveText('Copied');
    return this.clipboard();
  }

  /** Opens `text` as a file through the Open file input, as a user choosing a file would. */
  /** Opens `text` as the file `name`; then the status says `status` (by default, that it opened). */
  async openText(name: string, text: string, status = `Opened ${name}`): Promise<void> {
    await this.page
      .locator('input[type="file"]')
      .setInputFiles({ name, mimeType: 'text/yaml', buffer: Buffer.from(text) });
    await expect(this.status).toHaveText(status);
  }

  /** Waits for the lazily loaded Monaco editor. */
  async editorReady(): Promise<void> {
    await expect(this.page.locator('.monaco-editor').first()).toBeVisible({ timeout: 20_000 });
  }

  /** Replaces the editor's text by pasting (typing would be auto-indented by Monaco). */
  async pasteIntoEditor(text: string): Promise<void> {
    await this.editorReady();
    await this.page.locator('.monaco-editor .view-lines').first().click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.page.keyboard.press('ControlOrMeta+V');
  }
}

/** Requests that went anywhere but the local preview server. */
function isOffHost(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (!/^(https?|wss?):$/.test(protocol)) return false; // data:, blob:, about: stay in the page
  return hostname !== '127.0.0.1';
}

/** Keeps in `seen` what trips the page's Content-Security-Policy. */
function watchCsp(page: Page, seen: string[]): void {
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) seen.push(message.text());
  });
}

/** Keeps in `seen` every request of the page that leaves the machine. */
function watchRequests(page: Page, seen: string[]): void {
  page.on('request', (request) => {
    if (isOffHost(request.url())) seen.push(request.url());
  });
}

export const test = base.extend<{
  app: PodcapsPage;
  /** A second tab of the app: another page of the same browser context (the same storage). */
  otherTab: PodcapsPage;
  offHostRequests: string[];
  cspViolations: string[];
}>({
  // The built page carries a Content-Security-Policy; the app itself must never trip it.
  cspViolations: [
    async ({ page }, use) => {
      const seen: string[] = [];
      watchCsp(page, seen);
      await use(seen);
      expect(seen, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  // Every test also proves that nothing left the machine while it ran.
  offHostRequests: [
    async ({ page }, use) => {
      const seen: string[] = [];
      watchRequests(page, seen);
      await use(seen);
      expect(seen, 'requests that left 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page }, use) => {
    await use(new PodcapsPage(page));
  },
  // Checked as the first tab is: its requests and CSP reports join the first tab's.
  otherTab: async ({ context, offHostRequests, cspViolations }, use) => {
    const page = await context.newPage();
    watchCsp(page, cspViolations);
    watchRequests(page, offHostRequests);
    await use(new PodcapsPage(page));
    await page.close();
  },
});

export { expect };
