// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EXAMPLE_MANIFEST } from '../core/example.ts';
import { STORAGE_KEY } from './createAppStore.ts';
import { freshStoreForEachTest, withAdd } from '../../testing/freshStore.ts';
import { indexedDb, keptTexts } from '../../testing/idbKeyval.ts';

vi.mock('idb-keyval', () => import('../../testing/idbKeyval.ts'));

const useAppStore = freshStoreForEachTest();
beforeEach(() => indexedDb.reset());

/** What the browser dispatches here when another tab of the app stores `state`. */
function otherTabStores(state: Record<string, unknown>) {
  const newValue = JSON.stringify({ state, version: 1 });
  localStorage.setItem(STORAGE_KEY, newValue);
  window.dispatchEvent(
    new StorageEvent('storage', { key: STORAGE_KEY, newValue, storageArea: localStorage }),
  );
}

const theirs = withAdd('            - SYS_PTRACE\n');
const storedText = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null').state.text;
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('another tab stores a text', () => {
  it('a different one is held for the user to choose; this tab’s text stays', () => {
    otherTabStores({ text: theirs, runtime: 'containerd' });
    const s = useAppStore.getState();
    expect(s.otherTabText).toBe(theirs);
    expect(s.text).toBe(EXAMPLE_MANIFEST);
  });

  it('the same one (a preference changed there) is nothing to choose, and ends a choice', () => {
    otherTabStores({ text: EXAMPLE_MANIFEST, runtime: 'cri-o' });
    expect(useAppStore.getState().otherTabText).toBeNull();
    otherTabStores({ text: theirs, runtime: 'cri-o' });
    otherTabStores({ text: EXAMPLE_MANIFEST, runtime: 'docker' });
    expect(useAppStore.getState().otherTabText).toBeNull();
    // The preference stays this tab's own.
    expect(useAppStore.getState().runtime).toBe('containerd');
  });

  it('one kept in IndexedDB is read from there', async () => {
    keptTexts.set(STORAGE_KEY, theirs);
    otherTabStores({ runtime: 'containerd', textIn: 'indexeddb', textLength: theirs.length });
    await settled();
    expect(useAppStore.getState().otherTabText).toBe(theirs);
  });

  it('is not compared with the empty stand-in of a text still being read back', () => {
    useAppStore.setState({ text: '', phase: 'restoring' });
    otherTabStores({ text: theirs, runtime: 'containerd' });
    expect(useAppStore.getState().otherTabText).toBeNull();
  });
});

describe('the choice', () => {
  it('loading the other tab’s text makes it this tab’s, as one load', () => {
    otherTabStores({ text: theirs, runtime: 'containerd' });
    useAppStore.getState().loadOtherTabsText();
    const s = useAppStore.getState();
    expect(s.text).toBe(theirs);
    expect(s.textOrigin).toBe('load');
    expect(s.analysis.request.add).toEqual(['SYS_PTRACE']);
    expect(s.otherTabText).toBeNull();
    expect(storedText()).toBe(theirs);
  });

  it('keeping this tab’s text stores it again over the other tab’s', () => {
    useAppStore.getState().toggleCapability('drop', 'NET_RAW');
    const mine = useAppStore.getState().text;
    expect(storedText()).toBe(mine);
    otherTabStores({ text: theirs, runtime: 'containerd' });
    expect(storedText()).toBe(theirs);
    useAppStore.getState().keepThisTabsText();
    expect(storedText()).toBe(mine);
    expect(useAppStore.getState().text).toBe(mine);
    expect(useAppStore.getState().otherTabText).toBeNull();
  });
});
