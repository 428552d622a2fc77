import type { AppStore } from '../store/createAppStore.ts';
import { decodeManifest, fragmentNode, fragmentPayload } from './shareLink.ts';

/**
 * Loads a manifest shared through `#m=...` and the node it names (a link made before profiles
 * names none: the node stays as it is), then removes the fragment so that a reload shows the
 * (persisted) text rather than loading the link again over later edits.
 */
export async function loadFromFragment(store: AppStore): Promise<void> {
  const payload = fragmentPayload(window.location.hash);
  if (payload === undefined) return;
  const { loadText, setNode, announce } = store.getState();
  try {
    const text = await decodeManifest(payload);
    const node = fragmentNode(window.location.hash);
    if (node) setNode(node);
    loadText(text);
    announce('Opened the manifest from the link');
  } catch {
    announce('The link is damaged: its manifest could not be read', true);
  }
  const url = new URL(window.location.href);
  url.hash = '';
  history.replaceState(history.state, '', url.pathname + url.search);
}
