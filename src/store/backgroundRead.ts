import type { ReaderSnapshot } from '../core/manifest/reader.ts';

/** Above this many characters to parse, a read goes to the worker: it would block ~70 ms here. */
export const BACKGROUND_READ = 200_000;

let worker: Worker | undefined;
let lastId = 0;

/** Whether this environment has workers (not Node, where the store's tests run). */
export function canReadInBackground(): boolean {
  return typeof Worker !== 'undefined';
}

/**
 * Reads `text` in a worker and resolves with what the read learned. The store has at most one read
 * in flight, so a reply is matched to its request by id only as a safeguard.
 */
export async function readInBackground(text: string): Promise<ReaderSnapshot> {
  // Imported on first use: most sessions never open a text this large.
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
}
