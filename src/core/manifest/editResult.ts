/**
 * What a text edit of a manifest returns: the new text plus the minimal change, or why it was refused.
 * The editor layer applies `edits` with Monaco's `executeEdits` as one undo step.
 */

/** Replace `[start, end)` of the OLD text with `insert`. Offsets are UTF-16 character offsets. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

/** Why an edit could not be applied. The text is then left exactly as it was. */
export type EditErrorKind =
  /** The text has YAML syntax errors, so no edit can be trusted to be minimal and safe. */
  | 'parse'
  /** No document with the requested index. */
  | 'document'
  /** The path is missing where it must exist, or crosses a node of the wrong kind. */
  | 'path'
  /** The layout around the target is one this engine does not edit (e.g. `- - a`, `? key`). */
  | 'unsupported'
  /** A bug guard: the edit would have produced text that does not parse. */
  | 'internal';

export interface EditError {
  readonly kind: EditErrorKind;
  readonly message: string;
}

/**
 * Either the new text with its edits (character offsets into the OLD text, sorted and
 * non-overlapping; empty when nothing had to change), or an error.
 */
export type EditResult =
  | { readonly ok: true; readonly text: string; readonly edits: readonly TextEdit[] }
  | { readonly ok: false; readonly error: EditError };

/** Builds the error variant of {@link EditResult}. */
export function editError(kind: EditErrorKind, message: string): EditResult {
  return { ok: false, error: { kind, message } };
}
