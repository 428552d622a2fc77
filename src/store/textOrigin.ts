import type { TextEdit } from '../core/manifest/editResult.ts';

/**
 * Where a change of the manifest text came from. The editor bridge uses it to decide how to apply a
 * change to Monaco: a `form` edit becomes one undoable edit, a `load` replaces the model (and its
 * undo history), and `typing` / `undo` came from Monaco itself and must not be echoed back.
 */
export type TextOrigin = 'typing' | 'undo' | 'form' | 'load';

/** How a text came to be: `setText`'s second argument. */
export interface TextChange {
  readonly origin: TextOrigin;
  /**
   * The core's minimal edits that turn the previous text into this one (offsets into the previous
   * text, sorted, not overlapping), when it has them: the editor applies them as they are, so
   * nothing outside the changed nodes moves. Without them (typing, a load) it diffs.
   */
  readonly edits?: readonly TextEdit[];
}
