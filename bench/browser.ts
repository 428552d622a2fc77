/**
 * The app in Chromium on a production build (vite preview on a free loopback port), each figure
 * beside a baseline from the same browser and run: bare Monaco with monaco-yaml as the app sets it
 * up (bench/bare, built apart, never shipped), on the same text, doing the editor's part of the
 * same action. This machine kind runs twice as fast one day as another, so the goals are ratios to
 * that baseline; the absolute figures stay in the table.
 *
 * Rows: a checklist toggle until the capsh panel and the editor show it (bare: the toggle's text
 * change through executeEdits, until the editor shows it), and a keystroke until the kubectl
 * commands show it (bare: until the editor has rendered it), on the example and on a 1 MB
 * manifest. Timed in the page (performance.now() from the click, the edit or the keydown event
 * until a MutationObserver sees the new state), so Playwright's IPC is not counted. App and bare
 * take turns (each page in a window of its own), each run starting with both pages idle; the ratio
 * is the median over the repetitions of each run's app figure over the bare one beside it. Also the
 * longest main-thread task while a 5 MB file is opened (a longtask PerformanceObserver): in the app
 * until its analysis shows, in the bare page the file's setValue, watched as long as the app was.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContextOptions, chromium, type Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { EXAMPLE_MANIFEST } from '../src/core/example.ts';
import { applyContainerActions } from '../src/core/manifest/editCapabilities.ts';
import { smallestEdit, type TextEdit } from '../src/editor/textDiff.ts';
import { LARGE_TEXT, PARSE_DELAY_MS } from '../src/store/documentSlice.ts';
import type { BarePage } from './bare/bare.ts';
import { BARE_PAGE, bareBuild, productionBuild } from './build.ts';
import { generateManifest } from './generate.ts';
import type { BenchRow, BenchSection } from './benchTable.ts';

const REPEAT = 21;
/** Paired runs dropped first: the toggle's and the keystroke's code paths warm up (JIT, caches). */
const WARM_UP = 3;
/**
 * Opens of the 5 MB file, each in both pages. Five, not three: with three, the bare editor's
 * median longest task on that open read 260, 132 and 230 ms in three runs, and the row's ratio
 * read 0.66 and 1.61 on the same commit (a08d239, on 2026-12-03 and 2026-12-04).
 */
const OPEN_ROUNDS = 5;
const TIME_LIMIT_MS = 480_000;
const TOGGLE_RATIO = 2;
const KEYSTROKE_RATIO = 2;
const OPEN_RATIO = 1.5;

// A first document whose pod name sits at the end of line 4, where a keystroke renames the pod:
// the kubectl commands in the capsh region then change with every key.
const HEAD =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: bench\nspec:\n  containers:\n    - name: c\n      image: "ubuntu:14.04"\n      securityContext:\n        capabilities:\n          add:\n            - NET_ADMIN\n';

/** The app's page and the bare editor's, open side by side in one browser context. */
interface Pages {
  readonly app: Page;
  readonly bare: Page;
  readonly bareURL: string;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * A browser row: the app's median, the bare editor's, and the median of their paired ratios.
 * `waited` is a delay the app keeps on purpose (the read of a keystroke in a large text waits
 * PARSE_DELAY_MS for the next key, as SPEC asks): the ratio is of the work, that wait taken out,
 * and the absolute figure keeps it.
 */
function pairedRow(
  what: string,
  app: readonly number[],
  bare: readonly number[],
  goal: number,
  waited = 0,
): BenchRow {
  const ratio = median(app.map((a, i) => (a - waited) / bare[i]!));
  return {
    section: 'browser',
    what,
    value: `${median(app).toFixed(1)} ms`,
    baseline: `bare Monaco ${median(bare).toFixed(1)} ms`,
    figure: waited
      ? `ratio ${ratio.toFixed(2)} less the ${waited} ms wait`
      : `ratio ${ratio.toFixed(2)}`,
    goal: `ratio ≤ ${goal}`,
    pass: ratio <= goal,
  };
}

/** The edits the checklist's `add SYS_ADMIN` makes to `text`'s first container, and back. */
function toggleEdits(text: string): { add: TextEdit; remove: TextEdit } {
  const result = applyContainerActions(
    text,
    { documentIndex: 0, path: ['spec', 'containers', 0] },
    [{ type: 'set-capability', list: 'add', name: 'SYS_ADMIN', present: true }],
  );
  if (!result.ok) throw new Error(`toggle edit refused: ${result.error.message}`);
  return { add: smallestEdit(text, result.text), remove: smallestEdit(result.text, text) };
}

/** One click of `add SYS_ADMIN`, timed until the capsh text and the editor's lines changed. */
function timeToggle(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const box = document.querySelector<HTMLInputElement>('input[aria-label="add SYS_ADMIN"]');
        const pre = document.querySelector('[aria-label="capsh --print"] pre');
        const lines = document.querySelector('.monaco-editor .view-lines');
        if (!box || !pre || !lines) throw new Error('toggle, capsh text or editor missing');
        const adding = !box.checked;
        const capsh = pre.textContent;
        const start = performance.now();
        const done = () =>
          pre.textContent !== capsh && lines.textContent?.includes('SYS_ADMIN') === adding;
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          reject(
            new Error(
              `toggle not seen: capsh changed ${pre.textContent !== capsh}, editor ${lines.textContent}`,
            ),
          );
        }, 10_000);
        box.click();
      }),
  );
}

/**
 * The toggle's text change in the bare editor, applied as src/editor/storeBridge.ts applies a form
 * edit (offsets to a range, executeEdits between undo stops), timed until the editor's lines show it.
 */
function timeBareEdit(page: Page, edit: TextEdit, adding: boolean): Promise<number> {
  return page.evaluate(
    ({ edit, adding }) =>
      new Promise<number>((resolve, reject) => {
        const { monaco, editor } = (window as unknown as { bare: BarePage }).bare;
        const model = editor.getModel();
        const lines = document.querySelector('.monaco-editor .view-lines');
        if (!model || !lines) throw new Error('bare editor missing');
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (lines.textContent?.includes('SYS_ADMIN') !== adding) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`bare edit not seen: editor ${lines.textContent}`));
        }, 10_000);
        const from = model.getPositionAt(edit.start);
        const to = model.getPositionAt(edit.end);
        const range = new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column);
        editor.pushUndoStop();
        editor.executeEdits('bench', [{ range, text: edit.text, forceMoveMarkers: true }]);
        editor.pushUndoStop();
      }),
    { edit, adding },
  );
}

/**
 * Arms a timer from the next keydown until the text of `selector` changes: in the app the kubectl
 * commands (the keystroke renames the pod; they name it, from the same analysis as the capsh
 * panel), in the bare page the editor's lines.
 */
function armKeystroke(page: Page, selector: string): Promise<void> {
  return page.evaluate((selector) => {
    const region = document.querySelector(selector);
    if (!region) throw new Error(`${selector} missing`);
    const before = region.textContent;
    const w = window as unknown as { keystroke?: Promise<number> };
    w.keystroke = new Promise<number>((resolve) => {
      document.addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp;
          const observer = new MutationObserver(() => {
            if (region.textContent === before) return;
            observer.disconnect();
            resolve(performance.now() - start);
          });
          observer.observe(region, { subtree: true, childList: true, characterData: true });
        },
        { capture: true, once: true },
      );
    });
  }, selector);
}

/** Presses `key` in `page` (armed by armKeystroke) and returns the time it took. */
async function timeKeystroke(page: Page, selector: string, key: string): Promise<number> {
  await armKeystroke(page, selector);
  await page.keyboard.press(key);
  return page.evaluate(() => (window as unknown as { keystroke: Promise<number> }).keystroke);
}

/**
 * Waits until the page has been idle for a while (three idle periods of nearly the full 50 ms in a
 * row): a pasted megabyte keeps Monaco tokenizing and the YAML worker validating for a second or
 * so, and a toggle timed meanwhile measures that work, not the toggle (the first toggles after a
 * paste took 45-90 ms, the later ones ~20 ms).
 */
function settle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const deadline = performance.now() + 15_000;
        let quiet = 0;
        const check = (idle: IdleDeadline) => {
          quiet = idle.timeRemaining() >= 45 ? quiet + 1 : 0;
          if (quiet >= 3 || performance.now() > deadline) resolve();
          else requestIdleCallback(check);
        };
        requestIdleCallback(check);
      }),
  );
}

/** Both pages idle: neither one's leftover work lands in the other's measurement. */
async function settleBoth(pages: Pages): Promise<void> {
  await Promise.all([settle(pages.app), settle(pages.bare)]);
}

/**
 * `WARM_UP + count` paired runs, app and bare taking turns (the bare one first every other run),
 * the first WARM_UP pairs dropped: both pages run the action's code paths for the first time
 * then (JIT tiers, Monaco's and the app's caches), and in a dump of single runs both sides took
 * up to twice their later time over the first three or four; the rest is steady state.
 */
async function pairedRuns(
  pages: Pages,
  count: number,
  app: (i: number) => Promise<number>,
  bare: (i: number) => Promise<number>,
): Promise<{ app: number[]; bare: number[] }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < WARM_UP + count; i++) {
    for (const side of i % 2 ? ['bare', 'app'] : ['app', 'bare']) {
      await settleBoth(pages);
      if (side === 'app') a.push(await app(i));
      else b.push(await bare(i));
    }
  }
  return { app: a.slice(WARM_UP), bare: b.slice(WARM_UP) };
}

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 60_000 });
}

/** The bare page with an editor as large as the app's, so both render as many lines. */
async function openBare(pages: Pages): Promise<void> {
  const box = await pages.app.locator('.monaco-editor').first().boundingBox();
  if (!box) throw new Error('the app has no editor on screen');
  await pages.bare.goto(pages.bareURL);
  await pages.bare.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 60_000 });
  await pages.bare.evaluate(
    ({ width, height }) => {
      const editor = document.getElementById('editor');
      if (!editor) throw new Error('bare editor container missing');
      editor.style.width = `${width}px`;
      editor.style.height = `${height}px`;
    },
    { width: box.width, height: box.height },
  );
}

/**
 * Pastes the clipboard over the app editor's text from the keyboard, as a user would, and waits
 * until the editor shows the pasted text's first document (the pod `bench`). In most runs on
 * 2026-12-08 the first paste after the example's toggles never landed (the editor still showed
 * the example a minute later), with the app of before that day too; why is not known (the page's
 * focus is one guess). The second paste always landed, so the paste is tried up to three times.
 */
async function pasteIntoEditor(app: Page): Promise<void> {
  const pasted = app.locator('.monaco-editor .view-lines', { hasText: 'name: bench' });
  for (let attempt = 1; ; attempt++) {
    await app.bringToFront();
    await app.locator('.monaco-editor textarea').first().focus();
    await app.keyboard.press('ControlOrMeta+A');
    await app.keyboard.press('ControlOrMeta+V');
    // The paste leaves the view at the end; the selected container's lines are at the top.
    await app.keyboard.press('ControlOrMeta+Home');
    try {
      await pasted.first().waitFor({ timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      process.stderr.write(`bench: the paste did not land (try ${attempt}), pasting again\n`);
    }
  }
}

async function measure(pages: Pages, label: string, text: string | null): Promise<BenchRow[]> {
  const { app, bare } = pages;
  await openApp(app);
  if (text !== null) {
    await app.evaluate((t) => navigator.clipboard.writeText(t), text);
    // Focused from the keyboard's side, not clicked: a click would leave the pointer over the
    // editor, and with a pointer on the page Chromium updates hover state at the start of each
    // frame after a DOM change, a hit test that lays out the page before Monaco's frame callback
    // (1.6-1.8 ms, plus the layout moved ahead of it, in a trace of 1 MB toggles). The example
    // row and the bare page have no pointer; so the toggles on 1 MB have none either.
    await pasteIntoEditor(app);
    await app
      .getByRole('combobox', { name: 'Container' })
      .locator('option', { hasText: 'bench / c' })
      .first()
      .waitFor({ state: 'attached', timeout: 60_000 });
    // Where a user's click on the checkbox would leave the focus, and where the example row
    // has it: not in the editor, whose focused rendering (cursor, current line) the bare
    // editor, never focused, does not do.
    await app.getByRole('checkbox', { name: 'add SYS_ADMIN' }).focus();
  }
  const model = text ?? EXAMPLE_MANIFEST;
  await openBare(pages);
  await bare.evaluate((t) => {
    const { editor } = (window as unknown as { bare: BarePage }).bare;
    editor.getModel()?.setValue(t);
    editor.setPosition({ lineNumber: 1, column: 1 });
    editor.revealLine(1);
  }, model);
  const edits = toggleEdits(model);
  // The app's first toggle adds SYS_ADMIN (neither text has it), the next removes it, and so on.
  const toggles = await pairedRuns(
    pages,
    REPEAT,
    () => timeToggle(app),
    (i) => timeBareEdit(bare, i % 2 ? edits.remove : edits.add, i % 2 === 0),
  );
  const rows = [
    pairedRow(
      `toggle → capsh panel and editor updated, ${label}`,
      toggles.app,
      toggles.bare,
      TOGGLE_RATIO,
    ),
  ];
  if (text !== null) {
    for (const page of [app, bare]) {
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('ControlOrMeta+Home');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('End');
    }
    const key = (i: number) => (i % 2 ? 'Backspace' : 'x');
    const keys = await pairedRuns(
      pages,
      REPEAT,
      (i) => timeKeystroke(app, '[aria-labelledby="kubectl-commands-title"]', key(i)),
      (i) => timeKeystroke(bare, '.monaco-editor .view-lines', key(i)),
    );
    rows.push(
      pairedRow(
        `keystroke → analysis shown (kubectl commands), ${label}`,
        keys.app,
        keys.bare,
        KEYSTROKE_RATIO,
        // A keystroke in a text over LARGE_TEXT is read PARSE_DELAY_MS after the last key.
        model.length > LARGE_TEXT ? PARSE_DELAY_MS : 0,
      ),
    );
  }
  return rows;
}

/** Records every long task and the moment the file input changes, from now on. */
function watchOpen(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; openedAt: number };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    document
      .querySelector('input[type="file"]')
      ?.addEventListener('change', () => (w.openedAt = performance.now()), { capture: true });
  });
}

function sinceOpened(page: Page): Promise<number> {
  return page.evaluate(
    () => performance.now() - (window as unknown as { openedAt: number }).openedAt,
  );
}

function longestTask(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
  );
}

/**
 * Opens `file` in the app (the Open file input) and waits until its first container (`opened / c`)
 * is in the picker, then 2 s for whatever follows (markers, panels): the longest task meanwhile,
 * and how long that watch lasted.
 */
async function openInApp(
  page: Page,
  file: string,
): Promise<{ longest: number; shown: number; watched: number }> {
  await openApp(page);
  await watchOpen(page);
  await page.locator('input[type="file"]').setInputFiles(file);
  await page
    .getByRole('combobox', { name: 'Container' })
    .locator('option', { hasText: 'opened / c' })
    .first()
    .waitFor({ state: 'attached', timeout: 60_000 });
  const shown = await sinceOpened(page);
  // Whatever the analysis sets off after it shows (editor markers, lazy panels) counts too.
  await page.waitForTimeout(2_000);
  return { longest: await longestTask(page), shown, watched: await sinceOpened(page) };
}

/**
 * Opens `file` in the bare page (read, then setValue, as the app does above 1 MB), waits until the
 * editor shows it and watches for at least `watchMs` from the open, as long as the app was watched:
 * the YAML worker's answer on 5 MB comes seconds later, and it must fall in both windows or neither.
 */
async function openInBare(pages: Pages, file: string, watchMs: number): Promise<number> {
  const page = pages.bare;
  await openBare(pages);
  await watchOpen(page);
  await page.locator('input[type="file"]').setInputFiles(file);
  await page
    .locator('.monaco-editor .view-lines', { hasText: 'name: opened' })
    .waitFor({ timeout: 60_000 });
  await page.waitForTimeout(Math.max(2_000, watchMs - (await sinceOpened(page))));
  return longestTask(page);
}

async function measureOpen(pages: Pages, label: string, text: string): Promise<BenchRow[]> {
  // From a file on disk: Playwright hands a path to the browser, whereas a buffer is decoded by
  // a script in the page, a long task of its own that the app would be blamed for.
  const file = join(await mkdtemp(join(tmpdir(), 'podcaps-open-')), 'big.yaml');
  await writeFile(file, text);
  const app: number[] = [];
  const bare: number[] = [];
  const shown: number[] = [];
  for (let round = 0; round < OPEN_ROUNDS; round++) {
    const run = await openInApp(pages.app, file);
    app.push(run.longest);
    shown.push(run.shown);
    bare.push(await openInBare(pages, file, run.watched));
  }
  return [
    pairedRow(
      `open a ${label} file → page responsive (longest main-thread task, median of ${OPEN_ROUNDS}; analysis shown after ${Math.round(median(shown))} ms)`,
      app,
      bare,
      OPEN_RATIO,
      0,
    ),
  ];
}

function addressOf(server: PreviewServer): string {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  return url;
}

function serve(outDir: string): Promise<PreviewServer> {
  return preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
}

export const browserSection: BenchSection = {
  name: 'browser',
  async run() {
    const [appServer, bareServer] = await Promise.all([
      productionBuild().then(serve),
      bareBuild().then(serve),
    ]);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
    });
    const limit = setTimeout(() => {
      process.stderr.write('bench: browser section over its time limit\n');
      void browser.close();
    }, TIME_LIMIT_MS);
    try {
      // One context each: each gets a window of its own, so both render and take keys at full
      // speed; two tabs of one window left the one behind at a few frames a second.
      const newPage = async (options: BrowserContextOptions) => {
        const context = await browser.newContext({
          viewport: { width: 1400, height: 900 },
          ...options,
        });
        // tsx compiles with keepNames, so functions handed to page.evaluate call a `__name` helper.
        await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
        return context.newPage();
      };
      const pages: Pages = {
        app: await newPage({
          baseURL: addressOf(appServer),
          permissions: ['clipboard-read', 'clipboard-write'],
        }),
        bare: await newPage({}),
        bareURL: new URL(BARE_PAGE, addressOf(bareServer)).href,
      };
      const big = `${HEAD}---\n${generateManifest(1_000_000)}`;
      // Another pod name than the 1 MB text's, which the page keeps from the run before.
      const huge = `${HEAD.replace('name: bench', 'name: opened')}---\n${generateManifest(5_000_000)}`;
      return [
        ...(await measure(pages, 'example', null)),
        ...(await measure(pages, `1 MB (${(big.length / 1e6).toFixed(2)} MB)`, big)),
        ...(await measureOpen(pages, `5 MB (${(huge.length / 1e6).toFixed(2)} MB)`, huge)),
      ];
    } finally {
      clearTimeout(limit);
      await browser.close();
      await Promise.all([appServer.close(), bareServer.close()]);
    }
  },
};
