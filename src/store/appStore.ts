import { create } from 'zustand';
import type { TextOrigin } from './textOrigin.ts';

/**
 * PLACEHOLDER CONTRACT — the store's owner replaces this file with the real store (typed slices,
 * persist, derived analysis). What the editor bridge relies on, and must keep working:
 * - `text`: the manifest text, the single source of truth;
 * - `textOrigin`: the origin of the latest change of `text`;
 * - `setText(text, origin)`: the one way to change the text.
 */
export interface TextSlice {
  text: string;
  textOrigin: TextOrigin;
  setText: (text: string, origin: TextOrigin) => void;
}

export const useAppStore = create<TextSlice>()((set) => ({
  text: '',
  textOrigin: 'load',
  setText: (text, textOrigin) => set({ text, textOrigin }),
}));
