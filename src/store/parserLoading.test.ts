// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseManifest } from '../core/manifest/parse.ts';
import { EXAMPLE_MANIFEST } from '../core/example.ts';
import { replaceOnce } from '../../testing/replaceOnce.ts';
import { createAppStore } from './createAppStore.ts';
import { indexedDb, keptTexts } from '../../testing/idbKeyval.ts';
import { importParserCode } from './parserCode.ts';
import { selectReadingText } from './textPhase.ts';

vi.mock('idb-keyval', () => import('../../testing/idbKeyval.ts'));

beforeEach(() => {
  localStorage.clear();
  indexedDb.reset();
});

/** Every promise callback queued so far has run: a macrotask comes after all of them. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A store made before the parser's code has loaded, as the page makes it at first paint; the
 * code arrives when `loadParserCode` is called, and the store has read by the time it resolves.
 */
async function storeBeforeParser() {
  const modules = await importParserCode();
  let release: () => void = () => {};
  const arrival = new Promise<void>((resolve) => (release = resolve));
  const useAppStore = createAppStore({ parser: () => arrival.then(() => modules) });
  let loaded = false;
  const loadParserCode = async () => {
    release();
    await settled();
    loaded = true;
  };
  return { useAppStore, loadParserCode, parserLoaded: () => loaded };
}

describe('before the parser has loaded', () => {
  it('shows the example as the reader reads it, and reads it again once the parser is there', async () => {
    const { useAppStore, loadParserCode, parserLoaded } = await storeBeforeParser();
    expect(parserLoaded()).toBe(false);
    const first = useAppStore.getState();
    expect(first.phase).toBe('loading-parser');
    expect(first.analysis.text).toBe(EXAMPLE_MANIFEST);
    expect(first.analysis.manifest).toEqual(parseManifest(EXAMPLE_MANIFEST));
    expect(first.analysis.request.add).toEqual(['NET_ADMIN']);
    await loadParserCode();
    const read = useAppStore.getState();
    expect(read.phase).toBe('ready');
    expect(read.analysis.manifest).toEqual(first.analysis.manifest);
    expect(read.analysis.simulation).toEqual(first.analysis.simulation);
  });

  it('a form action waits for the parser, then edits the text', async () => {
    const { useAppStore, loadParserCode } = await storeBeforeParser();
    useAppStore.getState().toggleCapability('drop', 'NET_RAW');
    expect(useAppStore.getState().text).toBe(EXAMPLE_MANIFEST);
    await loadParserCode();
    expect(useAppStore.getState().text).toBe(
      `${EXAMPLE_MANIFEST}          drop:\n            - NET_RAW\n`,
    );
  });

  it('a persisted text shows no analysis (not the example’s) until it is read', async () => {
    const text = replaceOnce(EXAMPLE_MANIFEST, 'mypod', 'savedpod');
    localStorage.setItem('podcaps', JSON.stringify({ state: { text }, version: 1 }));
    const { useAppStore, loadParserCode } = await storeBeforeParser();
    let s = useAppStore.getState();
    expect(s.text).toBe(text);
    expect(s.phase).toBe('loading-parser');
    expect(s.analysis.manifest).toBeNull();
    expect(s.analysis.simulation).toBeNull();
    await loadParserCode();
    s = useAppStore.getState();
    expect(s.phase).toBe('ready');
    expect(s.analysis.workload?.name).toBe('savedpod');
  });

  it('a file opened meanwhile keeps nothing of the example while it waits', async () => {
    const { useAppStore, loadParserCode } = await storeBeforeParser();
    useAppStore.getState().loadText(replaceOnce(EXAMPLE_MANIFEST, 'mypod', 'opened'));
    expect(useAppStore.getState().analysis.manifest).toBeNull();
    expect(useAppStore.getState().phase).toBe('loading-parser');
    await loadParserCode();
    expect(useAppStore.getState().analysis.workload?.name).toBe('opened');
  });

  it('a text kept in IndexedDB shows no analysis, the parser there or not, until it is read back', async () => {
    const text = replaceOnce(EXAMPLE_MANIFEST, 'mypod', 'keptpod');
    localStorage.setItem(
      'podcaps',
      JSON.stringify({
        state: { runtime: 'docker', textIn: 'indexeddb', textLength: text.length },
        version: 1,
      }),
    );
    // The store's idb-keyval stand-in (reset above). Its read is held until the parser has come
    // and found only the empty stand-in text to read.
    keptTexts.set('podcaps', text);
    let release: () => void = () => {};
    indexedDb.reads = new Promise((resolve) => (release = resolve));
    const { useAppStore, loadParserCode } = await storeBeforeParser();
    let s = useAppStore.getState();
    expect(s.text).toBe('');
    expect(s.phase).toBe('restoring');
    expect(selectReadingText(s)).toBe(true);
    expect(s.analysis.manifest).toBeNull();
    await loadParserCode();
    s = useAppStore.getState();
    expect(s.phase).toBe('restoring');
    expect(selectReadingText(s)).toBe(true);
    expect(s.analysis.manifest).toBeNull();
    expect(s.analysis.simulation).toBeNull();
    release();
    await settled();
    s = useAppStore.getState();
    expect(s.text).toBe(text);
    expect(s.phase).toBe('ready');
    expect(s.analysis.workload?.name).toBe('keptpod');
    expect(s.runtime).toBe('docker');
  });
});
