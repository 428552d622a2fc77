import type { ReaderSnapshot } from '../core/manifest/reader.ts';
import type { BackgroundReader } from './storeRuntime.ts';

/** Above this many characters to parse, a read goes to the worker: it would block ~70 ms here. */
export const BACKGROUND_READ = 200_000;

/**
 * A reader in a worker, started on its first read (most sessions never open a text this large)
 * and ended by `dispose`; undefined where there are no workers (Node, where the store's tests
 * run). The store has at most one read in flight, so a reply is matched to its request by id only
 * as a safeguard.
 */
export function createBackgroundReader(): BackgroundReader | undefined {
  if (typeof Worker === 'undefined') return undefined;
  let worker: Worker | undefined;
  let lastId = 0;
  return {
    async read(text: string): Promise<ReaderSnapshot> {
      const { default: ReaderWorker } = await import('./manifestReader.worker.ts?worker');
      const w = (worker ??= new ReaderWorker());
      const id = ++lastId;
      return new Promise((resolve, reject) => {
        w.onmessage = (event: MessageEvent<{ id: number; snapshot: ReaderSnapshot }>) => {
          if (event.data.id === id) resolve(event.data.snapshot);
        };
        w.onerror = (event) => {
          w.terminate();
          worker = undefined;
          reject(new Error(event.message || 'the reading worker failed'));
        };
        w.postMessage({ id, text });
      });
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
    },
  };
}
