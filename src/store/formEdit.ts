import { type ContainerAction, containerPathOps } from '../core/manifest/edit-capabilities.ts';
import type { TextEdit } from '../core/manifest/edit-result.ts';
import { documentOf } from '../core/manifest/documentHandle.ts';
import type { Analysis } from './analysis.ts';

export type EditOutcome =
  { ok: true; text: string; edits: readonly TextEdit[] } | { ok: false; error: string };

/**
 * Applies form actions (one, or several as one change) to the selected container of the current
 * text. Refused while the text does not parse: the checklist then shows an older parse, whose paths
 * may no longer match the text.
 */
export function editSelectedContainer(
  state: Analysis & { readonly text: string },
  action: ContainerAction | readonly ContainerAction[],
): EditOutcome {
  if (!state.textValid || state.parsedText !== state.text) {
    return { ok: false, error: 'Fix the YAML first: the checklist is read-only until it parses.' };
  }
  const { manifest, workload, container } = state;
  if (!manifest || !workload || !container)
    return { ok: false, error: 'No container is selected.' };
  const actions: readonly ContainerAction[] = Array.isArray(action) ? action : [action];
  // The analysis' manifest is the text's (it parses, checked above): its handle of the document
  // edits the reader's piece of a long text, not the whole text.
  const document = documentOf(
    manifest.text === state.text ? manifest : state.text,
    workload.documentIndex,
  );
  const result = document.edit(containerPathOps(container.path, actions));
  return result.ok
    ? { ok: true, text: result.text, edits: result.edits }
    : { ok: false, error: result.error.message };
}
