// Reads a large manifest off the page's main thread (about 350 ms per MB) and posts back what the
// read learned; the page's reader adopts it, so its keystrokes and form edits stay incremental.
import { createManifestReader } from '../core/manifest/reader.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data;
  // A reader per text: nothing of an earlier text is worth keeping here, the page keeps it.
  const reader = createManifestReader();
  reader.read(text);
  scope.postMessage({ id, snapshot: reader.snapshot() });
};
