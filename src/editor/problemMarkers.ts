import type { editor, MarkerSeverity } from 'monaco-editor';
import type { TextProblem } from '../core/model.ts';

/** Owner of the markers Podcaps sets, apart from monaco-yaml's own ('yaml'). */
export const PODCAPS_MARKER_OWNER = 'podcaps';

/**
 * Converts the core's offset-based problems to Monaco markers. Severities are passed in (Monaco's
 * enum values) so this stays importable without loading Monaco, e.g. in unit tests.
 */
export function problemsToMarkers(
  problems: readonly TextProblem[],
  model: Pick<editor.ITextModel, 'getPositionAt'>,
  severity: Pick<typeof MarkerSeverity, 'Error' | 'Warning'>,
): editor.IMarkerData[] {
  return problems.map((problem) => {
    const start = model.getPositionAt(problem.start);
    // An empty range would underline nothing: widen it to one character.
    const end = model.getPositionAt(Math.max(problem.end, problem.start + 1));
    return {
      message: problem.message,
      severity: problem.severity === 'error' ? severity.Error : severity.Warning,
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
      source: 'Podcaps',
    };
  });
}
