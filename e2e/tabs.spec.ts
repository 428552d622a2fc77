import { expect, test } from './fixtures.ts';

// Two tabs of one browser share localStorage, and the tab that saves last decides what a reload
// opens. Each test edits in both tabs: the tab whose text was saved over says so, and its two
// choices do what they say.

test("Keep this tab's text stores it again over the other tab's", async ({ app, otherTab }) => {
  await app.goto();
  await otherTab.goto();

  await app.checkbox('add SYS_PTRACE').check();
  await expect(otherTab.otherTabAlert).toBeVisible();
  await otherTab.checkbox('drop NET_RAW').check();
  await expect(app.otherTabAlert).toBeVisible();
  // Each tab still holds its own text.
  await expect(app.checkbox('add SYS_PTRACE')).toBeChecked();
  await expect(app.checkbox('drop NET_RAW')).not.toBeChecked();
  await expect(otherTab.checkbox('add SYS_PTRACE')).not.toBeChecked();
  await expect(otherTab.checkbox('drop NET_RAW')).toBeChecked();

  await app.button("Keep this tab's text").click();
  await expect(app.otherTabAlert).toBeHidden();
  await expect(app.checkbox('add SYS_PTRACE')).toBeChecked();
  await app.page.bringToFront();
  const kept = await app.copiedYaml();

  // The other tab was saved over in turn, and was told; a reload there opens the kept text.
  await expect(otherTab.otherTabAlert).toBeVisible();
  await otherTab.page.reload();
  await expect(otherTab.checkbox('add SYS_PTRACE')).toBeChecked();
  await expect(otherTab.checkbox('drop NET_RAW')).not.toBeChecked();
  await expect(otherTab.otherTabAlert).toBeHidden();
  await otherTab.page.bringToFront();
  expect(await otherTab.copiedYaml()).toBe(kept);
});

test("Load the other tab's text opens it as one undo step", async ({ app, otherTab }) => {
  await app.goto();
  await otherTab.goto();
  await app.editorReady();

  await app.checkbox('add SYS_PTRACE').check();
  await expect(otherTab.otherTabAlert).toBeVisible();
  await otherTab.checkbox('drop NET_RAW').check();
  await expect(app.otherTabAlert).toBeVisible();

  // The tab that saved last opens on its own text: it is the other one that would lose its text,
  // and it still says so.
  await otherTab.page.reload();
  await expect(otherTab.checkbox('drop NET_RAW')).toBeChecked();
  await expect(otherTab.checkbox('add SYS_PTRACE')).not.toBeChecked();
  await expect(otherTab.otherTabAlert).toBeHidden();
  await expect(app.otherTabAlert).toBeVisible();
  await expect(app.checkbox('add SYS_PTRACE')).toBeChecked();

  await app.button("Load the other tab's text").click();
  await expect(app.otherTabAlert).toBeHidden();
  await expect(app.checkbox('drop NET_RAW')).toBeChecked();
  await expect(app.checkbox('add SYS_PTRACE')).not.toBeChecked();

  // Ctrl+Z in the editor brings this tab's own text back, saved over the other's: which says so.
  await app.page.locator('.monaco-editor .view-lines').first().click();
  await app.page.keyboard.press('ControlOrMeta+Z');
  await expect(app.checkbox('add SYS_PTRACE')).toBeChecked();
  await expect(app.checkbox('drop NET_RAW')).not.toBeChecked();
  await expect(otherTab.otherTabAlert).toBeVisible();
});
