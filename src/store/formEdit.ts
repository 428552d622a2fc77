import { applyContainerActions, type ContainerAction } from '../core/manifest/edit-capabilities.ts';
import { applyContainerActionsInSpan } from '../core/manifest/edit-in-piece.ts';
import type { ManifestReader } from '../core/manifest/reader.ts';
import type { Analysis } from './analysis.ts';

export type EditOutcome = { ok: true; text: string } | { ok: false; error: string };

/**
 * Applies form actions (one, or several as one change) to the selected container of the current
 * text. Refused while the text does not parse: the checklist then shows an older parse, whose paths
 * may no longer match the text.
 */
export function editSelectedContainer(
  state: Analysis & { readonly text: string },
  action: ContainerAction | readonly ContainerAction[],
  reader?: ManifestReader,
): EditOutcome {
  if (!state.textValid || state.parsedText !== state.text) {
    return { ok: false, error: 'Fix the YAML first: the checklist is read-only until it parses.' };
  }
  const { workload, container } = state;
  if (!workload || !container) return { ok: false, error: 'No container is selected.' };
  const target = { documentIndex: workload.documentIndex, path: container.path };
  const actions: readonly ContainerAction[] = Array.isArray(action) ? action : [action];
  // The text parses (checked above), which editing only the document's piece relies on.
  const span = reader?.documentSpan(state.text, workload.documentIndex);
  const result = span
    ? applyContainerActionsInSpan(state.text, span, target, actions)
    : applyContainerActions(state.text, target, actions);
  return result.ok ? { ok: true, text: result.text } : { ok: false, error: result.error.message };
}
