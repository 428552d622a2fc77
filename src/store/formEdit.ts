import { applyContainerActions, type ContainerAction } from '../core/manifest/edit-capabilities.ts';
import type { Analysis } from './analysis.ts';

export type EditOutcome = { ok: true; text: string } | { ok: false; error: string };

/**
 * Applies form actions (one, or several as one change) to the selected container of the current
 * text. Refused while the text does not parse: the checklist then shows an older parse, whose paths
 * may no longer match the text.
 */
export function editSelectedContainer(
  state: Analysis & { text: string },
  action: ContainerAction | readonly ContainerAction[],
): EditOutcome {
  if (!state.textValid || state.parsedText !== state.text) {
    return { ok: false, error: 'Fix the YAML first: the checklist is read-only until it parses.' };
  }
  const { workload, container } = state;
  if (!workload || !container) return { ok: false, error: 'No container is selected.' };
  const result = applyContainerActions(
    state.text,
    { documentIndex: workload.documentIndex, path: container.path },
    Array.isArray(action) ? action : [action],
  );
  return result.ok ? { ok: true, text: result.text } : { ok: false, error: result.error.message };
}
