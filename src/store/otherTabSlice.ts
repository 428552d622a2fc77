import type { StateCreator } from 'zustand';
import type { AppMiddlewares, AppState } from './appState.ts';

export interface OtherTabSlice {
  /**
   * The text another tab of the app stored over this tab's, while it differs from this tab's and
   * the user has not chosen: a reload here would open it. Null otherwise.
   */
  otherTabText: string | null;
  /** The storage saw another tab store `text` (persistStorage.ts, `onOtherTabWrote`). */
  otherTabWrote: (text: string) => void;
  /** Opens the other tab's text, as one load (Ctrl+Z in the editor brings this tab's back). */
  loadOtherTabsText: () => void;
  /** Stores this tab's text again, over the other tab's. */
  keepThisTabsText: () => void;
}

/**
 * What the app knows of another tab's write. `writeThisTab` stores this tab's state at once: the
 * storage would skip it as a repeat of what it last wrote, and the other tab's copy is there now.
 */
export function createOtherTabSlice(
  writeThisTab: () => void,
): StateCreator<AppState, AppMiddlewares, [], OtherTabSlice> {
  return (set, get) => ({
    otherTabText: null,
    otherTabWrote: (text) => {
      // This tab's own text is still being read back: nothing of it can be lost yet.
      if (get().phase === 'restoring') return;
      // The same text (the other tab changed a preference): nothing of this tab's is lost.
      set({ otherTabText: text === get().text ? null : text });
    },
    loadOtherTabsText: () => {
      const text = get().otherTabText;
      if (text === null) return;
      set({ otherTabText: null });
      get().loadText(text);
    },
    keepThisTabsText: () => {
      set({ otherTabText: null });
      writeThisTab();
    },
  });
}
