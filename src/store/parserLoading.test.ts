// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseManifest } from '../core/manifest/parse.ts';
import { EXAMPLE_MANIFEST } from '../core/example.ts';
import { replaceOnce } from '../core/testing/text.testing.ts';

vi.mock('idb-keyval', () => import('./idbKeyval.testing.ts'));

// Each test gets a store and parser loader of its own, made before the parser's code has loaded,
// as the page makes them at first paint.
beforeEach(() => {
  vi.resetModules();
  localStorage.clear();
});

async function freshModules() {
  const { useAppStore, STORAGE_KEY } = await import('./appStore.ts');
  const { loadParserCode, parserCode } = await import('./parserCode.ts');
  const { selectReadingText } = await import('./documentSlice.ts');
  return { useAppStore, STORAGE_KEY, loadParserCode, parserCode, selectReadingText };
}

describe('before the parser has loaded', () => {
  it('shows the example as the reader reads it, and reads it again once the parser is there', async () => {
    const { useAppStore, loadParserCode, parserCode } = await freshModules();
    expect(parserCode()).toBeUndefined();
    const first = useAppStore.getState();
    expect(first.reading).toBe(true);
    expect(first.parsedText).toBe(EXAMPLE_MANIFEST);
    expect(first.manifest).toEqual(parseManifest(EXAMPLE_MANIFEST));
    expect(first.request.add).toEqual(['NET_ADMIN']);
    await loadParserCode();
    const read = useAppStore.getState();
    expect(read.reading).toBe(false);
    expect(read.manifest).toEqual(first.manifest);
    expect(read.simulation).toEqual(first.simulation);
  });

  it('a form action waits for the parser, then edits the text', async () => {
    const { useAppStore, loadParserCode } = await freshModules();
    useAppStore.getState().toggleCapability('drop', 'NET_RAW');
    expect(useAppStore.getState().text).toBe(EXAMPLE_MANIFEST);
    await loadParserCode();
    await Promise.resolve();
    expect(useAppStore.getState().text).toBe(
      `${EXAMPLE_MANIFEST}          drop:\n            - NET_RAW\n`,
    );
  });

  it('a persisted text shows no analysis (not the example’s) until it is read', async () => {
    const text = replaceOnce(EXAMPLE_MANIFEST, 'mypod', 'savedpod');
    localStorage.setItem('podcaps', JSON.stringify({ state: { text }, version: 1 }));
    const { useAppStore, loadParserCode } = await freshModules();
    let s = useAppStore.getState();
    expect(s.text).toBe(text);
    expect(s.reading).toBe(true);
    expect(s.manifest).toBeNull();
    expect(s.simulation).toBeNull();
    await loadParserCode();
    s = useAppStore.getState();
    expect(s.reading).toBe(false);
    expect(s.workload?.name).toBe('savedpod');
  });

  it('a file opened meanwhile keeps nothing of the example while it waits', async () => {
    const { useAppStore, loadParserCode } = await freshModules();
    useAppStore.getState().loadText(replaceOnce(EXAMPLE_MANIFEST, 'mypod', 'opened'));
    expect(useAppStore.getState().manifest).toBeNull();
    expect(useAppStore.getState().reading).toBe(true);
    await loadParserCode();
    expect(useAppStore.getState().workload?.name).toBe('opened');
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
    // A stand-in of the modules' own (reset above), read from as the store's idb-keyval. Its read
    // is held until the parser has come and found only the empty stand-in text to read.
    const { indexedDb, keptTexts } = await import('./idbKeyval.testing.ts');
    keptTexts.set('podcaps', text);
    let release: () => void = () => {};
    indexedDb.reads = new Promise((resolve) => (release = resolve));
    const { useAppStore, loadParserCode, selectReadingText } = await freshModules();
    let s = useAppStore.getState();
    expect(s.text).toBe('');
    expect(s.reading).toBe(true);
    expect(selectReadingText(s)).toBe(true);
    expect(s.manifest).toBeNull();
    await loadParserCode();
    await new Promise((resolve) => setTimeout(resolve, 0));
    s = useAppStore.getState();
    expect(s.reading).toBe(true);
    expect(selectReadingText(s)).toBe(true);
    expect(s.manifest).toBeNull();
    expect(s.simulation).toBeNull();
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    s = useAppStore.getState();
    expect(s.text).toBe(text);
    expect(s.reading).toBe(false);
    expect(s.workload?.name).toBe('keptpod');
    expect(s.runtime).toBe('docker');
  });
});
