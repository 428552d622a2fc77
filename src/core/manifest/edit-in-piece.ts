/**
 * Form edits of one document of a long text that parse only the piece holding it: on a 1 MB
 * manifest the whole-text edit re-parses the megabyte several times (hundreds of milliseconds per
 * checkbox), the piece a few kilobytes. The result is byte for byte the whole-text edit's.
 */
import type { ContainerAction, ContainerTarget } from './edit-capabilities.ts';
import { applyContainerActions, containerPathOps } from './edit-capabilities.ts';
import { countLineBreaks } from './edit-layout.ts';
import type { EditResult } from './edit-result.ts';
import { applyPathOpsInPiece } from './edit-text.ts';
import type { DocumentSpan } from './reader.ts';

/**
 * {@link applyContainerActions} on `text`, parsing only `span` (the piece the manifest reader
 * says holds `target.documentIndex`). The caller guarantees that `text` parses without errors:
 * the piece alone cannot see errors elsewhere, which the whole-text edit refuses. Falls back to
 * the whole text whenever the piece alone cannot decide, and for refusals, whose messages count
 * lines from the start of the whole text.
 */
export function applyContainerActionsInSpan(
  text: string,
  span: DocumentSpan,
  target: ContainerTarget,
  actions: readonly ContainerAction[],
): EditResult {
  const piece = text.slice(span.start, span.end);
  const all = countLineBreaks(text);
  const own = countLineBreaks(piece);
  const result = applyPathOpsInPiece(
    piece,
    span.documentIndex,
    containerPathOps(target.path, actions),
    {
      outside: { crlf: all.crlf - own.crlf, lf: all.lf - own.lf },
      documentCount: span.documentCount,
    },
  );
  if (!result?.ok) return applyContainerActions(text, target, actions);
  return {
    ok: true,
    text: text.slice(0, span.start) + result.text + text.slice(span.end),
    edits: result.edits.map((e) => ({
      ...e,
      start: e.start + span.start,
      end: e.end + span.start,
    })),
  };
}
