import type { Analysis } from '../core/analysis/analysis.ts';
import { documentOf } from '../core/manifest/documentHandle.ts';
import { type ContainerAction, containerPathOps } from '../core/manifest/editCapabilities.ts';
import type { TextEdit } from '../core/manifest/editResult.ts';

export type EditOutcome =
  { ok: true; text: string; edits: readonly TextEdit[] } | { ok: false; error: string };

/**
 * Applies form actions (one, or several as one change) to the selected container of the text
 * `analysis` describes, which the caller has checked is the current text and parses.
 */
export function editSelectedContainer(
  analysis: Analysis,
  action: ContainerAction | readonly ContainerAction[],
): EditOutcome {
  const { manifest, workload, container, text } = analysis;
  if (!manifest || !workload || !container) {
    return { ok: false, error: 'No container is selected.' };
  }
  const actions: readonly ContainerAction[] = Array.isArray(action) ? action : [action];
  // The manifest is the text's read (it parses): its handle of the document edits the reader's
  // piece of a long text, not the whole text.
  const document = documentOf(manifest.text === text ? manifest : text, workload.documentIndex);
  const result = document.edit(containerPathOps(container.path, actions));
  return result.ok
    ? { ok: true, text: result.text, edits: result.edits }
    : { ok: false, error: result.error.message };
}
