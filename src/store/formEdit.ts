import type { Analysis } from '../core/analysis/analysis.ts';
import { applyContainerActions, type ContainerAction } from '../core/manifest/edit-capabilities.ts';
import type { TextEdit } from '../core/manifest/edit-result.ts';
import { applyContainerActionsInSpan } from '../core/manifest/edit-in-piece.ts';
import type { ManifestReader } from '../core/manifest/reader.ts';

export type EditOutcome =
  { ok: true; text: string; edits: readonly TextEdit[] } | { ok: false; error: string };

/**
 * Applies form actions (one, or several as one change) to the selected container of the text
 * `analysis` describes, which the caller has checked is the current text and parses.
 */
export function editSelectedContainer(
  analysis: Analysis,
  action: ContainerAction | readonly ContainerAction[],
  reader?: ManifestReader,
): EditOutcome {
  const { workload, container, text } = analysis;
  if (!workload || !container) return { ok: false, error: 'No container is selected.' };
  const target = { documentIndex: workload.documentIndex, path: container.path };
  const actions: readonly ContainerAction[] = Array.isArray(action) ? action : [action];
  const span = reader?.documentSpan(text, workload.documentIndex);
  const result = span
    ? applyContainerActionsInSpan(text, span, target, actions)
    : applyContainerActions(text, target, actions);
  return result.ok
    ? { ok: true, text: result.text, edits: result.edits }
    : { ok: false, error: result.error.message };
}
