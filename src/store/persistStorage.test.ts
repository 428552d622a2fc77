// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LARGE_TEXT } from './documentSlice.ts';
import {
  createPersistStorage,
  textMarkerOf,
  writeFailedMessage,
  type TextStore,
} from './persistStorage.ts';

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('createPersistStorage', () => {
  it('writes a small text at once, and not again while text and runtime stay the same', () => {
    const storage = createPersistStorage<{ text: string; runtime: string }>();
    const write = vi.spyOn(Storage.prototype, 'setItem');
    storage.setItem('k', { state: { text: 'a', runtime: 'r' }, version: 1 });
    storage.setItem('k', { state: { text: 'a', runtime: 'r' }, version: 1 });
    expect(write).toHaveBeenCalledTimes(1);
    storage.setItem('k', { state: { text: 'a', runtime: 's' }, version: 1 });
    expect(write).toHaveBeenCalledTimes(2);
    expect(JSON.parse(localStorage.getItem('k') ?? 'null')).toEqual({
      state: { text: 'a', runtime: 's' },
      version: 1,
    });
  });

  it('writes when any persisted field changes, not only the text or the runtime', () => {
    const storage = createPersistStorage<{ text: string; runtime: string; order: string }>();
    const write = vi.spyOn(Storage.prototype, 'setItem');
    storage.setItem('k', { state: { text: 'a', runtime: 'r', order: 'number' }, version: 1 });
    storage.setItem('k', { state: { text: 'a', runtime: 'r', order: 'risk' }, version: 1 });
    expect(write).toHaveBeenCalledTimes(2);
    expect(JSON.parse(localStorage.getItem('k') ?? 'null')).toEqual({
      state: { text: 'a', runtime: 'r', order: 'risk' },
      version: 1,
    });
  });

  it('writes a large text once typing pauses, restarting the wait on each change', () => {
    vi.useFakeTimers();
    const storage = createPersistStorage<{ text: string; runtime: string }>();
    const write = vi.spyOn(Storage.prototype, 'setItem');
    const big = 'x'.repeat(LARGE_TEXT + 1);
    storage.setItem('k', { state: { text: big, runtime: 'r' }, version: 1 });
    vi.advanceTimersByTime(400);
    storage.setItem('k', { state: { text: big + 'y', runtime: 'r' }, version: 1 });
    vi.advanceTimersByTime(400);
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(write).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem('k')).toContain(big + 'y');
  });

  it('writes a pending large text when the page is hidden', () => {
    vi.useFakeTimers();
    const storage = createPersistStorage<{ text: string; runtime: string }>();
    const big = 'x'.repeat(LARGE_TEXT + 1);
    storage.setItem('k', { state: { text: big, runtime: 'r' }, version: 1 });
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem('k')).toContain(big);
  });
});

/** A Storage whose writes the browser refuses, as Chromium does over its ~5 MB per origin. */
function refuseWrites(name = 'QuotaExceededError') {
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', name);
  });
}

/** Like a quota: a value holding `huge` is refused, anything smaller is written. */
function refuseHuge() {
  const real = Storage.prototype.setItem;
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
    this: Storage,
    key: string,
    value: string,
  ) {
    if (value.includes('huge')) throw new DOMException('full', 'QuotaExceededError');
    real.call(this, key, value);
  });
}

/** IndexedDB as the storage sees it, in memory; `failing` makes every call reject. */
function memoryTextStore() {
  const texts = new Map<string, unknown>();
  const calls: string[] = [];
  const fake = { texts, calls, failing: false, textStore: async () => store };
  const refuse = async (call: string) => {
    calls.push(call);
    if (fake.failing) throw new DOMException('IndexedDB is not available', 'InvalidStateError');
  };
  const store: TextStore = {
    get: async (key) => {
      await refuse(`get ${key}`);
      return texts.get(key);
    },
    set: async (key, text) => {
      await refuse(`set ${key}`);
      texts.set(key, text);
    },
    del: async (key) => {
      await refuse(`del ${key}`);
      texts.delete(key);
    },
  };
  return fake;
}

/** Lets every pending promise settle (the fake's calls are microtasks). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

const stored = () => JSON.parse(localStorage.getItem('k') ?? 'null') as unknown;

describe('a text too large for localStorage', () => {
  it('goes to IndexedDB; localStorage holds the rest and a marker, and nothing is told', async () => {
    const idb = memoryTextStore();
    const told: string[] = [];
    const storage = createPersistStorage<{ text: string; runtime: string }>({
      textStore: idb.textStore,
      onWriteFailed: (message) => told.push(message),
    });
    storage.setItem('k', { state: { text: 'small', runtime: 'r' }, version: 1 });
    refuseHuge();
    storage.setItem('k', { state: { text: 'huge text', runtime: 's' }, version: 1 });
    await settled();
    expect(idb.texts.get('k')).toBe('huge text');
    expect(stored()).toEqual({
      state: { runtime: 's', textIn: 'indexeddb', textLength: 9 },
      version: 1,
    });
    expect(told).toEqual([]);
  });

  it('is written once typing pauses, as in localStorage', async () => {
    vi.useFakeTimers();
    const idb = memoryTextStore();
    const storage = createPersistStorage<{ text: string }>({ textStore: idb.textStore });
    refuseHuge();
    const huge = `huge ${'x'.repeat(LARGE_TEXT)}`;
    storage.setItem('k', { state: { text: huge }, version: 1 });
    storage.setItem('k', { state: { text: `${huge}y` }, version: 1 });
    await vi.advanceTimersByTimeAsync(400);
    expect(idb.calls).toEqual([]);
    await vi.runAllTimersAsync();
    expect(idb.calls).toEqual(['set k']);
    expect(idb.texts.get('k')).toBe(`${huge}y`);
  });

  it('moves back to localStorage once a text fits again, and the IndexedDB copy is deleted', async () => {
    const idb = memoryTextStore();
    const storage = createPersistStorage<{ text: string; runtime: string }>({
      textStore: idb.textStore,
    });
    refuseHuge();
    storage.setItem('k', { state: { text: 'huge text', runtime: 'r' }, version: 1 });
    await settled();
    storage.setItem('k', { state: { text: 'small', runtime: 'r' }, version: 1 });
    expect(stored()).toEqual({ state: { text: 'small', runtime: 'r' }, version: 1 });
    await settled();
    expect(idb.texts.has('k')).toBe(false);
    // Small texts from then on never reach IndexedDB.
    storage.setItem('k', { state: { text: 'smaller', runtime: 'r' }, version: 1 });
    await settled();
    expect(idb.calls).toEqual(['set k', 'del k']);
  });

  it('is not offered to localStorage again when only a preference changes', async () => {
    const idb = memoryTextStore();
    const storage = createPersistStorage<{ text: string; runtime: string }>({
      textStore: idb.textStore,
    });
    const write = refuseHuge();
    storage.setItem('k', { state: { text: 'huge text', runtime: 'r' }, version: 1 });
    await settled();
    storage.setItem('k', { state: { text: 'huge text', runtime: 's' }, version: 1 });
    await settled();
    const hugeWrites = write.mock.calls.filter(([, value]) => value.includes('huge'));
    expect(hugeWrites).toHaveLength(1);
    expect(stored()).toEqual({
      state: { runtime: 's', textIn: 'indexeddb', textLength: 9 },
      version: 1,
    });
  });

  it('does not store its marker when a later text was written before IndexedDB was done', async () => {
    const idb = memoryTextStore();
    let finish: () => void = () => {};
    const slow: TextStore = {
      ...(await idb.textStore()),
      set: (key, text) =>
        new Promise((resolve) => {
          finish = () => {
            idb.texts.set(key, text);
            resolve();
          };
        }),
    };
    const storage = createPersistStorage<{ text: string }>({ textStore: async () => slow });
    refuseHuge();
    storage.setItem('k', { state: { text: 'huge text' }, version: 1 });
    await settled();
    storage.setItem('k', { state: { text: 'small' }, version: 1 });
    finish();
    await settled();
    expect(stored()).toEqual({ state: { text: 'small' }, version: 1 });
    expect(idb.texts.has('k')).toBe(false);
  });

  it('keeps the stored text or marker when the state comes without a text (it is read back)', async () => {
    const idb = memoryTextStore();
    const storage = createPersistStorage<{ text?: string; runtime: string }>({
      textStore: idb.textStore,
    });
    localStorage.setItem(
      'k',
      JSON.stringify({ state: { runtime: 'r', textIn: 'indexeddb', textLength: 9 }, version: 1 }),
    );
    storage.setItem('k', { state: { runtime: 's' }, version: 1 });
    expect(stored()).toEqual({
      state: { runtime: 's', textIn: 'indexeddb', textLength: 9 },
      version: 1,
    });
    await settled();
    expect(idb.calls).toEqual([]);
  });
});

describe('reading back a text kept in IndexedDB', () => {
  it('gives the text, and a later text that fits deletes the copy', async () => {
    const idb = memoryTextStore();
    idb.texts.set('k', 'huge text');
    const storage = createPersistStorage<{ text: string }>({ textStore: idb.textStore });
    await expect(storage.readKeptText('k')).resolves.toBe('huge text');
    storage.setItem('k', { state: { text: 'small' }, version: 1 });
    await settled();
    expect(idb.texts.has('k')).toBe(false);
  });

  it('gives nothing, never an error, when IndexedDB holds no text or fails', async () => {
    const idb = memoryTextStore();
    const storage = createPersistStorage<{ text: string }>({ textStore: idb.textStore });
    await expect(storage.readKeptText('k')).resolves.toBeUndefined();
    idb.texts.set('k', { not: 'a text' });
    await expect(storage.readKeptText('k')).resolves.toBeUndefined();
    idb.texts.set('k', 'huge text');
    idb.failing = true;
    await expect(storage.readKeptText('k')).resolves.toBeUndefined();
    const noIndexedDb = createPersistStorage<{ text: string }>({
      textStore: () => Promise.reject(new Error('no IndexedDB here')),
    });
    await expect(noIndexedDb.readKeptText('k')).resolves.toBeUndefined();
  });
});

describe('textMarkerOf', () => {
  it('knows the marker it writes, and nothing else', () => {
    expect(textMarkerOf({ runtime: 'r', textIn: 'indexeddb', textLength: 9 })).toEqual({
      textIn: 'indexeddb',
      textLength: 9,
    });
    expect(textMarkerOf({ textIn: 'indexeddb' })).toBeUndefined();
    expect(textMarkerOf({ textIn: 'indexeddb', textLength: '9' })).toBeUndefined();
    expect(textMarkerOf({ textIn: 'indexeddb', textLength: -1 })).toBeUndefined();
    expect(textMarkerOf({ textIn: 'indexeddb', textLength: 1.5 })).toBeUndefined();
    expect(textMarkerOf({ textIn: 'cloud', textLength: 9 })).toBeUndefined();
    expect(textMarkerOf(null)).toBeUndefined();
    expect(textMarkerOf('indexeddb')).toBeUndefined();
  });
});

describe('a write the browser refuses, with IndexedDB failing too', () => {
  it('does not throw, and tells once until a write succeeds again', async () => {
    const idb = memoryTextStore();
    idb.failing = true;
    const told: string[] = [];
    const storage = createPersistStorage<{ text: string }>({
      textStore: idb.textStore,
      onWriteFailed: (message) => told.push(message),
    });
    const write = refuseWrites();
    expect(() => storage.setItem('k', { state: { text: 'a' }, version: 1 })).not.toThrow();
    await settled();
    storage.setItem('k', { state: { text: 'ab' }, version: 1 });
    await settled();
    // Each write is tried, then tried again without its text (refused too here).
    expect(write).toHaveBeenCalledTimes(4);
    expect(idb.calls).toEqual(['set k', 'set k']);
    expect(told).toEqual([
      'This text is too large to keep across reloads (1 kB); Download it to keep it.',
    ]);

    write.mockRestore();
    storage.setItem('k', { state: { text: 'abc' }, version: 1 });
    expect(localStorage.getItem('k')).toContain('abc');
    expect(told).toHaveLength(1);

    refuseWrites();
    storage.setItem('k', { state: { text: 'abcd' }, version: 1 });
    await settled();
    expect(told).toHaveLength(2);
  });

  it('still keeps the other fields, with the text or marker stored before (or none)', async () => {
    const idb = memoryTextStore();
    const storage = createPersistStorage<{ text: string; runtime: string }>({
      textStore: idb.textStore,
    });
    storage.setItem('k', { state: { text: 'small', runtime: 'r' }, version: 1 });
    refuseHuge();
    idb.failing = true;
    storage.setItem('k', { state: { text: 'huge', runtime: 's' }, version: 1 });
    await settled();
    expect(stored()).toEqual({ state: { text: 'small', runtime: 's' }, version: 1 });

    localStorage.clear();
    storage.setItem('k', { state: { text: 'huge', runtime: 't' }, version: 1 });
    await settled();
    expect(stored()).toEqual({ state: { runtime: 't' }, version: 1 });

    idb.failing = false;
    storage.setItem('k', { state: { text: 'huge 1', runtime: 't' }, version: 1 });
    await settled();
    idb.failing = true;
    storage.setItem('k', { state: { text: 'huge 22', runtime: 'u' }, version: 1 });
    await settled();
    expect(stored()).toEqual({
      state: { runtime: 'u', textIn: 'indexeddb', textLength: 6 },
      version: 1,
    });
    expect(idb.texts.get('k')).toBe('huge 1');
  });

  it('does not throw from the timer that writes a large text', async () => {
    vi.useFakeTimers();
    const idb = memoryTextStore();
    idb.failing = true;
    const told: string[] = [];
    const storage = createPersistStorage<{ text: string }>({
      textStore: idb.textStore,
      onWriteFailed: (message) => told.push(message),
    });
    refuseWrites();
    storage.setItem('k', { state: { text: 'x'.repeat(LARGE_TEXT + 1) }, version: 1 });
    await vi.runAllTimersAsync();
    expect(told).toHaveLength(1);
  });

  it('a browser that refuses storage itself, not for size: IndexedDB is not tried', async () => {
    const idb = memoryTextStore();
    const told: string[] = [];
    const storage = createPersistStorage<{ text: string }>({
      textStore: idb.textStore,
      onWriteFailed: (message) => told.push(message),
    });
    refuseWrites('SecurityError');
    storage.setItem('k', { state: { text: 'a' }, version: 1 });
    await settled();
    expect(idb.calls).toEqual([]);
    expect(told).toEqual([
      'This browser does not let Podcaps keep the text across reloads; Download it to keep it.',
    ]);
  });

  it('says how large the text is when over the quota, and to download it', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(writeFailedMessage(quota, 'é'.repeat(2_500_000))).toBe(
      'This text is too large to keep across reloads (5.0 MB); Download it to keep it.',
    );
    expect(writeFailedMessage(quota, 'a'.repeat(1_001))).toMatch(/\(2 kB\)/);
    expect(writeFailedMessage(new DOMException('no', 'SecurityError'), 'a')).toBe(
      'This browser does not let Podcaps keep the text across reloads; Download it to keep it.',
    );
  });
});

describe('reading what storage holds', () => {
  it('ignores corrupt JSON', () => {
    localStorage.setItem('k', '{"state": {"text": "a"');
    expect(createPersistStorage<{ text: string }>().getItem('k')).toBeNull();
  });

  it('survives storage that refuses to be read', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(createPersistStorage<{ text: string }>().getItem('k')).toBeNull();
  });
});

/** What the browser dispatches in this tab when another tab writes `key` of `area`. */
function otherTabWrites(key: string | null, newValue: string | null, area = localStorage) {
  window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea: area }));
}

const value = (state: Record<string, unknown>) => JSON.stringify({ state, version: 1 });

describe('a write of another tab', () => {
  it('tells the text it stored under a key this storage uses', () => {
    const heard: string[] = [];
    const storage = createPersistStorage<{ text: string; runtime: string }>({
      onOtherTabWrote: (text) => heard.push(text),
    });
    storage.getItem('k');
    otherTabWrites('k', value({ text: 'theirs', runtime: 'r' }));
    expect(heard).toEqual(['theirs']);
    storage.dispose();
  });

  it('is not told without a text, for another key or area, or when storage is cleared', () => {
    const heard: string[] = [];
    const storage = createPersistStorage<{ text: string; runtime: string }>({
      onOtherTabWrote: (text) => heard.push(text),
    });
    storage.setItem('k', { state: { text: 'mine', runtime: 'r' }, version: 1 });
    otherTabWrites('k', value({ runtime: 's' }));
    otherTabWrites('k', '{"state": {"text": "cut off');
    otherTabWrites('k', null);
    otherTabWrites(null, null);
    otherTabWrites('other', value({ text: 'theirs', runtime: 'r' }));
    otherTabWrites('k', value({ text: 'theirs', runtime: 'r' }), sessionStorage);
    expect(heard).toEqual([]);
    storage.dispose();
    otherTabWrites('k', value({ text: 'theirs', runtime: 'r' }));
    expect(heard).toEqual([]);
  });

  it('reads a text it kept in IndexedDB, and a later write overtakes a read still running', async () => {
    const idb = memoryTextStore();
    const heard: string[] = [];
    const storage = createPersistStorage<{ text: string }>({
      textStore: idb.textStore,
      onOtherTabWrote: (text) => heard.push(text),
    });
    storage.getItem('k');
    idb.texts.set('k', 'their huge text');
    otherTabWrites('k', value({ textIn: 'indexeddb', textLength: 15 }));
    expect(heard).toEqual([]);
    await settled();
    expect(heard).toEqual(['their huge text']);

    otherTabWrites('k', value({ textIn: 'indexeddb', textLength: 15 }));
    otherTabWrites('k', value({ text: 'their small text' }));
    await settled();
    expect(heard).toEqual(['their huge text', 'their small text']);
    expect(idb.calls).toEqual(['get k', 'get k']);
    // The copy in IndexedDB was read here: a text of this tab's that fits deletes it.
    storage.setItem('k', { state: { text: 'mine' }, version: 1 });
    await settled();
    expect(idb.texts.has('k')).toBe(false);
    storage.dispose();
  });
});

describe('writeNow', () => {
  it('writes at once what setItem would skip as a repeat or delay as large', () => {
    const storage = createPersistStorage<{ text: string }>();
    storage.setItem('k', { state: { text: 'mine' }, version: 1 });
    localStorage.setItem('k', value({ text: 'theirs' }));
    storage.setItem('k', { state: { text: 'mine' }, version: 1 });
    expect(stored()).toEqual({ state: { text: 'theirs' }, version: 1 });
    storage.writeNow('k', { state: { text: 'mine' }, version: 1 });
    expect(stored()).toEqual({ state: { text: 'mine' }, version: 1 });

    const big = 'x'.repeat(LARGE_TEXT + 1);
    storage.writeNow('k', { state: { text: big }, version: 1 });
    expect(stored()).toEqual({ state: { text: big }, version: 1 });
    // Asked for now: the same again is a repeat.
    const write = vi.spyOn(Storage.prototype, 'setItem');
    storage.setItem('k', { state: { text: big }, version: 1 });
    expect(write).not.toHaveBeenCalled();
    storage.dispose();
  });
});

describe('dispose', () => {
  it('writes what waits, then no longer listens to the page going away', () => {
    vi.useFakeTimers();
    const storage = createPersistStorage<{ text: string }>();
    const big = 'x'.repeat(LARGE_TEXT + 1);
    storage.setItem('k', { state: { text: big }, version: 1 });
    storage.dispose();
    expect(stored()).toEqual({ state: { text: big }, version: 1 });

    storage.setItem('k', { state: { text: `${big}y` }, version: 1 });
    window.dispatchEvent(new Event('pagehide'));
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(stored()).toEqual({ state: { text: big }, version: 1 });
  });

  it('removes exactly the listeners it added', () => {
    const added = [vi.spyOn(window, 'addEventListener'), vi.spyOn(document, 'addEventListener')];
    const removed = [
      vi.spyOn(window, 'removeEventListener'),
      vi.spyOn(document, 'removeEventListener'),
    ];
    const storage = createPersistStorage<{ text: string }>();
    storage.dispose();
    const calls = (spies: typeof added) =>
      spies.flatMap((spy) => spy.mock.calls.map(([type, listener]) => [type, listener]));
    expect(calls(added).map(([type]) => type)).toEqual(
      expect.arrayContaining(['pagehide', 'visibilitychange', 'storage']),
    );
    expect(calls(removed)).toEqual(calls(added));
  });
});
