import { expect, test, type PodcapsPage } from './fixtures.ts';

/** Horizontal and vertical overflow of the page itself, in pixels. */
function pageOverflow(app: PodcapsPage) {
  return app.page.evaluate(() => ({
    x: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    y: document.documentElement.scrollHeight - document.documentElement.clientHeight,
  }));
}

test('at 1440x900 the checklist, the editor and capsh are all in view, no page scroll', async ({
  app,
}) => {
  await app.page.setViewportSize({ width: 1440, height: 900 });
  await app.goto();
  await app.editorReady();
  for (const name of ['Capabilities', 'Manifest', 'capsh --print']) {
    await expect(app.page.getByRole('region', { name, exact: true })).toBeInViewport({ ratio: 1 });
  }
  await expect(app.editor).toBeInViewport();
  expect(await pageOverflow(app)).toEqual({ x: 0, y: 0 });
  // The capsh text wraps between names instead of overflowing its box.
  const overflow = await app.capshText.evaluate((pre) => pre.scrollWidth - pre.clientWidth);
  expect(overflow).toBe(0);
});

test('on a phone-wide screen the page stacks without scrolling sideways', async ({ app }) => {
  await app.page.setViewportSize({ width: 390, height: 844 });
  await app.goto();
  await app.editorReady();
  expect((await pageOverflow(app)).x).toBe(0);
  await expect(app.checkbox('drop NET_RAW')).toBeVisible();
});
