/**
 * An in-memory stand-in for idb-keyval, for the tests of the store (jsdom has no IndexedDB):
 * `vi.mock('idb-keyval', () => import('./idbKeyval.ts'))`. One map for every database, as
 * the store uses one; `indexedDb` makes every call fail, or holds reads back until released.
 */
import type { UseStore } from 'idb-keyval';

export const keptTexts = new Map<IDBValidKey, unknown>();

export const indexedDb = {
  failing: false,
  /** Each call, as `get podcaps`, `set podcaps`, `del podcaps`. */
  calls: [] as string[],
  /** Awaited by every read: replace it with a pending promise to hold reads back. */
  reads: Promise.resolve(),
  reset(): void {
    keptTexts.clear();
    this.failing = false;
    this.calls = [];
    this.reads = Promise.resolve();
  },
};

async function call(what: string, key: IDBValidKey): Promise<void> {
  indexedDb.calls.push(`${what} ${String(key)}`);
  if (indexedDb.failing) throw new DOMException('IndexedDB is not available', 'InvalidStateError');
}

export function createStore(_dbName: string, _storeName: string): UseStore {
  return () => Promise.reject(new Error('the stand-in keeps no object stores'));
}

export async function get(key: IDBValidKey): Promise<unknown> {
  await call('get', key);
  await indexedDb.reads;
  return keptTexts.get(key);
}

export async function set(key: IDBValidKey, value: unknown): Promise<void> {
  await call('set', key);
  keptTexts.set(key, value);
}

export async function del(key: IDBValidKey): Promise<void> {
  await call('del', key);
  keptTexts.delete(key);
}
