/**
 * "Make restricted": every fix the restricted Pod Security level has one safe answer for, applied
 * to one workload's pod as a single edit list (one undo step in the editor), and an honest list of
 * what is left, computed by evaluating the fixed text.
 */
import { type DocumentEdit, documentOf } from '../manifest/documentHandle.ts';
import type { TextEdit } from '../manifest/editResult.ts';
import type { PathOp } from '../manifest/editText.ts';
import { parseManifestDocuments } from '../manifest/parse.ts';
import type { Manifest, WorkloadRef } from '../model.ts';
import { evaluatePod } from './evaluate.ts';
import { adviceFor } from './makeRestrictedAdvice.ts';
import { planBaselineFixes } from './makeBaselinePlan.ts';
import { describeFixes, planRestrictedFixes, type Fix } from './makeRestrictedPlan.ts';
import type { PsaLevel } from './types.ts';

/** The level and policy version a fix aims at; the app's *Make restricted* is restricted, latest. */
export interface FixTarget {
  readonly level: Exclude<PsaLevel, 'privileged'>;
  /** `latest` or `vX.Y`: what is left is judged at this version, as `podcaps check` would. */
  readonly version: string;
}

const RESTRICTED_LATEST: FixTarget = { level: 'restricted', version: 'latest' };

/** The fixed text and what changed, or why nothing could be changed. */
export type MakeRestrictedResult =
  | {
      readonly ok: true;
      /** The whole new text; identical to the input when nothing needed fixing. */
      readonly text: string;
      /** The change as offsets into the input text, for one `executeEdits` call. */
      readonly edits: TextEdit[];
      /** What was changed, one sentence each. */
      readonly applied: string[];
      /** What still violates restricted after the fix and must be changed by hand, one sentence each. */
      readonly cannotFix: string[];
    }
  | { readonly ok: false; readonly error: string };

/**
 * Applies every automatic restricted fix to `workload`'s pod in `manifest`'s text: for each
 * container, initContainer and ephemeralContainer `capabilities.drop` gets `ALL`,
 * `capabilities.add` keeps only `NET_BIND_SERVICE`, `allowPrivilegeEscalation: false`, no
 * `privileged: true`, no `runAsNonRoot: false`, no `Unconfined` seccomp; on the pod,
 * `runAsNonRoot: true` and `seccompProfile.type: RuntimeDefault` where containers rely on it.
 * Nothing that already passes is touched, so running it on its own output changes nothing.
 *
 * @param manifest - the text, as read: by the manifest reader (reader.ts), whose document handle
 *   then parses and edits only the piece that holds the workload's document (on a 1 MB manifest,
 *   kilobytes instead of the megabyte a dozen times over), or by `parseManifest`. Same result.
 * @param workload - a workload of `parseManifest(text)`; it is looked up again in the text by its
 *   document and path, so a stale reference fails instead of editing the wrong place.
 * @example
 * const manifest = parseManifest(text);
 * const result = makeRestricted(manifest, manifest.workloads[0]);
 * // The app hands the edits to the store, whose editor bridge applies them as they are.
 * if (result.ok) store.setText(result.text, { origin: 'form', edits: result.edits });
 */
export function makeRestricted(manifest: Manifest, workload: WorkloadRef): MakeRestrictedResult {
  return makeLevel(manifest, workload, RESTRICTED_LATEST);
}

/**
 * {@link makeRestricted} for a chosen level and version: for `baseline`, only what baseline
 * forbids and has one safe answer for is changed (no `privileged: true`, no capability beyond the
 * runtime defaults in `add`, no `Unconfined` seccomp); `cannotFix` is what still violates
 * `target` after the fix, judged at `target.version`.
 */
export function makeLevel(
  manifest: Manifest,
  workload: WorkloadRef,
  target: FixTarget,
): MakeRestrictedResult {
  const document = documentOf(manifest, workload.documentIndex);
  const current = document.workloadAt(workload.path);
  if (!current) return { ok: false, error: whyNotFound(document.text, workload) };

  const plan = target.level === 'restricted' ? planRestrictedFixes : planBaselineFixes;
  const fixes = plan(current.podSpec, current.podSpecPath);
  let accepted = fixes;
  let result = document.edit(ops(fixes));
  if (!result.ok && !fatal(result.error.kind)) {
    // Some node cannot be edited in place. Keep every fix that can, so one odd node does not block
    // the rest; its check then stays among the violations and is reported below.
    accepted = [];
    let last: DocumentEdit | undefined;
    for (const fix of fixes) {
      const trial = document.edit(ops([...accepted, fix]));
      if (trial.ok) {
        accepted.push(fix);
        last = trial;
      }
    }
    // The last accepted trial is the edit of every accepted fix: no need to apply them again.
    result = last ?? document.edit([]);
  }
  if (!result.ok) return { ok: false, error: result.error.message };

  const fixed = result.document.workloadAt(current.path);
  if (!fixed) return { ok: false, error: whyNotFound(result.text, current) };
  const verdict = evaluatePod(
    { metadata: fixed.podMetadata, spec: fixed.podSpec },
    target.level,
    target.version,
  );
  return {
    ok: true,
    text: result.text,
    edits: [...result.edits],
    applied: describeFixes(accepted),
    cannotFix: verdict.violations.map(adviceFor),
  };
}

function ops(fixes: readonly Fix[]): PathOp[] {
  return fixes.flatMap((fix) => fix.ops);
}

/** Errors that no subset of the fixes can avoid: the text itself is broken or the document gone. */
function fatal(kind: string): boolean {
  return kind === 'parse' || kind === 'document';
}

/**
 * Why `target` is not at its document and path in `text` (the handle found none): a YAML error,
 * which the message places by line from the start of the text, a text too large to read, or gone.
 */
function whyNotFound(text: string, target: WorkloadRef): string {
  const { manifest, documents } = parseManifestDocuments(text);
  // Only syntax errors stop it: a misshapen object elsewhere in the file is none of this pod's business.
  const error = documents.flatMap((doc) => doc.errors)[0];
  if (error) {
    const problem = manifest.problems.find((p) => p.start === error.pos[0]);
    const where = problem ? ` at line ${problem.line}, column ${problem.column}` : '';
    const what = problem ? ` (${problem.message})` : '';
    return `The text has a YAML error${where}${what}; fix it first.`;
  }
  // Text the reader refuses outright (too large to read) has no documents, only the reason.
  const refused = documents.length === 0 ? manifest.problems[0] : undefined;
  if (refused) return `The text cannot be read: ${refused.message}.`;
  return `The ${target.kind} "${target.name}" is no longer in the text.`;
}
