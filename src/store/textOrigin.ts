/**
 * Where a change of the manifest text came from. The editor bridge uses it to decide how to apply a
 * change to Monaco: a `form` edit becomes one undoable edit, a `load` replaces the model (and its
 * undo history), and `typing` / `undo` came from Monaco itself and must not be echoed back.
 */
export type TextOrigin = 'typing' | 'undo' | 'form' | 'load';
