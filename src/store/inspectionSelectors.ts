import { compareRuntimes, type RuntimeComparison } from '../core/inspect/compareRuntimes.ts';
import { containerWarnings } from '../core/inspect/inspectContainer.ts';
import type { InspectionWarning } from '../core/inspect/warning.ts';
import type { Analysis } from './analysis.ts';
import { memoizeLast } from './inspectionMemo.ts';

type InspectionInput = Pick<Analysis, 'manifest' | 'container' | 'workload'> & {
  readonly runtime: Parameters<typeof containerWarnings>[2];
};

const NO_WARNINGS: readonly InspectionWarning[] = [];

const warningsOf = memoizeLast(
  (
    manifest: Analysis['manifest'],
    container: Analysis['container'],
    runtime: InspectionInput['runtime'],
  ): readonly InspectionWarning[] =>
    manifest && container ? containerWarnings(manifest, container, runtime) : NO_WARNINGS,
);

/** The selected container's warnings on the selected runtime (of the last valid parse). */
export function selectWarnings(state: InspectionInput): readonly InspectionWarning[] {
  return warningsOf(state.manifest, state.container, state.runtime);
}

const comparisonOf = memoizeLast(
  (manifest: Analysis['manifest'], container: Analysis['container']): RuntimeComparison | null =>
    manifest && container ? compareRuntimes(manifest, container) : null,
);

/** The selected container on every runtime, side by side; null when there is none. */
export function selectComparison(state: InspectionInput): RuntimeComparison | null {
  return comparisonOf(state.manifest, state.container);
}

/**
 * Whether the editor's text is the one the warnings describe: only then do their paths locate the
 * right nodes, and only then may a fix edit the text.
 */
export function selectWarningsCurrent(
  state: Pick<Analysis, 'manifest' | 'textValid' | 'parsedText'> & { readonly text: string },
): boolean {
  return state.textValid && state.parsedText === state.text && state.manifest?.text === state.text;
}
