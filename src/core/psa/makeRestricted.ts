/**
 * "Make restricted": every fix the restricted Pod Security level has one safe answer for, applied
 * to one workload's pod as a single edit list (one undo step in the editor), and an honest list of
 * what is left, computed by evaluating the fixed text.
 */
import type { TextEdit } from '../manifest/edit-result.ts';
import { applyPathOps } from '../manifest/edit-text.ts';
import type { PathOp } from '../manifest/edit-text.ts';
import { parseManifestDocuments } from '../manifest/parse.ts';
import type { WorkloadRef } from '../model.ts';
import { evaluatePod } from './evaluate.ts';
import { adviceFor } from './makeRestrictedAdvice.ts';
import { describeFixes, planRestrictedFixes, type Fix } from './makeRestrictedPlan.ts';

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
 * Applies every automatic restricted fix to `workload`'s pod in `text`: for each container,
 * initContainer and ephemeralContainer `capabilities.drop` gets `ALL`, `capabilities.add` keeps only
 * `NET_BIND_SERVICE`, `allowPrivilegeEscalation: false`, no `privileged: true`, no
 * `runAsNonRoot: false`, no `Unconfined` seccomp; on the pod, `runAsNonRoot: true` and
 * `seccompProfile.type: RuntimeDefault` where containers rely on it. Nothing that already passes is
 * touched, so running it on its own output changes nothing.
 *
 * @param workload - a workload of `parseManifest(text)`; it is looked up again in `text` by its
 *   document and path, so a stale reference fails instead of editing the wrong place.
 * @example
 * const workload = parseManifest(text).workloads[0];
 * const result = makeRestricted(text, workload);
 * if (result.ok) editor.executeEdits('make-restricted', toMonacoEdits(result.edits));
 */
export function makeRestricted(text: string, workload: WorkloadRef): MakeRestrictedResult {
  const current = findWorkload(text, workload);
  if (typeof current === 'string') return { ok: false, error: current };

  const fixes = planRestrictedFixes(current.podSpec, current.podSpecPath);
  let accepted = fixes;
  let result = applyPathOps(text, current.documentIndex, ops(fixes));
  if (!result.ok && !fatal(result.error.kind)) {
    // Some node cannot be edited in place. Keep every fix that can, so one odd node does not block
    // the rest; its check then stays among the violations and is reported below.
    accepted = [];
    for (const fix of fixes) {
      const trial = applyPathOps(text, current.documentIndex, ops([...accepted, fix]));
      if (trial.ok) accepted.push(fix);
    }
    result = applyPathOps(text, current.documentIndex, ops(accepted));
  }
  if (!result.ok) return { ok: false, error: result.error.message };

  const fixed = findWorkload(result.text, current);
  if (typeof fixed === 'string') return { ok: false, error: fixed };
  const verdict = evaluatePod(
    { metadata: fixed.podMetadata, spec: fixed.podSpec },
    'restricted',
    'latest',
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

/** The workload at the same document and path in a fresh parse of `text`, or why there is none. */
function findWorkload(text: string, target: WorkloadRef): WorkloadRef | string {
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
  const samePath = JSON.stringify(target.path);
  const found = manifest.workloads.find(
    (w) => w.documentIndex === target.documentIndex && JSON.stringify(w.path) === samePath,
  );
  return found ?? `The ${target.kind} "${target.name}" is no longer in the text.`;
}
