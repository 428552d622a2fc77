// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../core/example.ts';
import { freshStoreForEachTest, withAdd, withStore } from '../../testing/freshStore.ts';
import { OtherTabAlert } from './OtherTabAlert.tsx';

const useAppStore = freshStoreForEachTest();
afterEach(cleanup);

const theirs = withAdd('            - SYS_PTRACE\n');
const alert = () => screen.queryByRole('alert', { name: 'Another tab saved a different manifest' });

describe('OtherTabAlert', () => {
  it('says nothing while no other tab stored a different text', () => {
    render(withStore(useAppStore, <OtherTabAlert />));
    expect(alert()).toBeNull();
  });

  it.each([
    ["Load the other tab's text", theirs],
    ["Keep this tab's text", EXAMPLE_MANIFEST],
  ])('%s: does so, and the alert goes', (name, text) => {
    render(withStore(useAppStore, <OtherTabAlert />));
    act(() => useAppStore.getState().otherTabWrote(theirs));
    expect(alert()).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name }));
    expect(useAppStore.getState().text).toBe(text);
    expect(alert()).toBeNull();
  });
});
