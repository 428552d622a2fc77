import { isWindowsPod } from '../core/plain.ts';
import type { Analysis } from '../core/analysis/analysis.ts';

/**
 * Whether the selected container is in a Windows pod (`spec.os.name: windows`), where Linux
 * capabilities mean nothing and the API server rejects them. Apart from the inspection selectors,
 * so that the checklist (first paint) does not pull the inspection core in with it.
 */
export function selectIsWindowsPod(state: {
  readonly analysis: Pick<Analysis, 'workload'>;
}): boolean {
  const { workload } = state.analysis;
  return workload !== null && isWindowsPod(workload.podSpec);
}
