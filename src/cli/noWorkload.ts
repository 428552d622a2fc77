import { nothingToInspect } from '../core/manifest/notices.ts';
import type { Manifest } from '../core/model.ts';
import { InputError } from './io.ts';

/**
 * The error for a file with no workload to inspect, in the words of the app's alert (the core's
 * nothingToInspect), so the two never disagree. `others` counts further files given in the same
 * run that hold none either: the line names the first, as a bad file's error does.
 */
export function noWorkloadError(source: string, manifest: Manifest, others = 0): InputError {
  // readManifest has already refused a text with errors, the one case without a notice.
  const notice = nothingToInspect(manifest) ?? 'No workload in this file.';
  const more =
    others > 0 ? ` (and ${others} more ${others === 1 ? 'file' : 'files'} with none)` : '';
  return new InputError(`${source}: ${notice}${more}`);
}
