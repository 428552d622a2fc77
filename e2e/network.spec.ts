import { replaceOnce } from '../testing/replaceOnce.ts';
import { EXAMPLE } from './exampleTexts.ts';
import { expect, test } from './fixtures.ts';

test('no request leaves 127.0.0.1 over a whole session', async ({ app }) => {
  const local: string[] = [];
  const remote: string[] = [];
  app.page.on('request', (request) => {
    const { hostname, protocol } = new URL(request.url());
    if (!/^(https?|wss?):$/.test(protocol)) return;
    (hostname === '127.0.0.1' ? local : remote).push(request.url());
  });

  await app.goto();
  await app.editorReady();
  await app.checkbox('drop NET_RAW').check();
  await app.runtime.selectOption({ label: 'Docker' });
  await app.filter.fill('admin');
  await app.pasteIntoEditor(replaceOnce(EXAMPLE, 'mypod', 'netpod'));
  await expect(app.container.locator('option:checked')).toHaveText('netpod / myshell');
  const download = app.page.waitForEvent('download');
  await app.button('Download').click();
  await download;
  await app.button('Copy link').click();
  await expect(app.status).toHaveText('Copied a link holding the whole manifest');
  await app.page.goto(await app.clipboard());
  await app.page.reload();
  await app.editorReady();

  // The listener did see the app's own requests, so an empty `remote` means something.
  expect(local.length).toBeGreaterThan(3);
  expect(remote).toEqual([]);
});
