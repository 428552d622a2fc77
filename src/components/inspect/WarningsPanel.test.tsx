// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { replaceOnce } from '../../../testing/replaceOnce.ts';
import { WarningsPanel } from './WarningsPanel.tsx';
import { freshStoreForEachTest, withAdd, withStore } from '../../../testing/freshStore.ts';

const useAppStore = freshStoreForEachTest();
afterEach(cleanup);

/** The list item of the unknown-capability warning about `name`, found by its Show button. */
function unknownItem(name: string): HTMLElement {
  // jsdom's accessible name drops the space before the visually hidden "(code, name)".
  const show = screen.getByRole('button', {
    name: new RegExp(`^Show in editor ?\\(unknown-capability, ${name}\\)$`),
  });
  const item = show.closest('li');
  if (!item) throw new Error(`no list item around ${name}'s warning`);
  return item;
}

describe('WarningsPanel', () => {
  it('offers a misspelling both its remove fix and its correction; the correction replaces the entry', () => {
    const text = withAdd('            - SYS_ADMINN\n');
    useAppStore.getState().loadText(text);
    render(withStore(useAppStore, <WarningsPanel />));
    const item = unknownItem('SYS_ADMINN');
    expect(within(item).getByText(/Did you mean SYS_ADMIN\?$/).textContent).toBe(
      '"SYS_ADMINN" is not one of the 41 Linux capabilities. containerd skips it (runc logs a warning) and the container starts without it. CRI-O and Docker refuse the container. Remove it, or correct the name. Did you mean SYS_ADMIN?',
    );
    const buttons = within(item)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(buttons).toEqual([
      'Show in editor (unknown-capability, SYS_ADMINN)',
      'Fix: remove SYS_ADMINN from add',
      'Fix: replace SYS_ADMINN with SYS_ADMIN',
    ]);

    fireEvent.click(
      within(item).getByRole('button', { name: 'Fix: replace SYS_ADMINN with SYS_ADMIN' }),
    );
    expect(useAppStore.getState().textOrigin).toBe('form');
    expect(useAppStore.getState().text).toBe(replaceOnce(text, 'SYS_ADMINN', 'SYS_ADMIN'));
  });

  it('offers only the remove fix when no capability is clearly meant', () => {
    useAppStore.getState().loadText(withAdd('            - NET_FOO\n'));
    render(withStore(useAppStore, <WarningsPanel />));
    const fixes = within(unknownItem('NET_FOO'))
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(fixes).toEqual([
      'Show in editor (unknown-capability, NET_FOO)',
      'Fix: remove NET_FOO from add',
    ]);
  });

  it('offers one correction for a misspelling written twice', () => {
    useAppStore.getState().loadText(withAdd('            - NET_ADMN\n            - NET_ADMN\n'));
    render(withStore(useAppStore, <WarningsPanel />));
    expect(screen.getAllByRole('button', { name: /^Fix: replace NET_ADMN/ })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: /^Fix: remove NET_ADMN/ })).toHaveLength(1);
  });

  it("keeps a warning's item, and the focus in it, when a warning comes in above it", async () => {
    render(withStore(useAppStore, <WarningsPanel />));
    const codes = () =>
      screen.getAllByRole('button', { name: /^Show in editor/ }).map((b) => b.textContent);
    const show = screen.getByRole('button', {
      name: /^Show in editor ?\(net-raw-granted, NET_RAW\)$/,
    });
    const item = show.closest('li');
    show.focus();
    act(() => useAppStore.getState().toggleCapability('add', 'SYS_ADMIN'));
    // SYS_ADMIN's warning comes in above NET_RAW's: the item, its button and the focus stay.
    await waitFor(() =>
      expect(codes().indexOf('Show in editor (dangerous-capability, SYS_ADMIN)')).toBeGreaterThan(
        -1,
      ),
    );
    expect(codes().indexOf('Show in editor (dangerous-capability, SYS_ADMIN)')).toBeLessThan(
      codes().indexOf('Show in editor (net-raw-granted, NET_RAW)'),
    );
    expect(show.isConnected).toBe(true);
    expect(show.closest('li')).toBe(item);
    expect(document.activeElement).toBe(show);
  });
});
