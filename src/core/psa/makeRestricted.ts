/**
 * "Make restricted": every fix the restricted Pod Security level has one safe answer for, applied
 * to one workload's pod as a single edit list (one undo step in the editor), and an honest list of
 * what is left, computed by evaluating the fixed text.
 */
import { countLineBreaks } from '../manifest/edit-layout.ts';
import type { EditResult, TextEdit } from '../manifest/edit-result.ts';
import { applyPathOps, applyPathOpsInPiece } from '../manifest/edit-text.ts';
import type { PathOp } from '../manifest/edit-text.ts';
import {
  parseManifestDocuments,
  parseStreamDocuments,
  tooLargeProblem,
} from '../manifest/parse.ts';
import type { DocumentSpan } from '../manifest/reader.ts';
import type { WorkloadRef } from '../model.ts';
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
 * Applies every automatic restricted fix to `workload`'s pod in `text`: for each container,
 * initContainer and ephemeralContainer `capabilities.drop` gets `ALL`, `capabilities.add` keeps only
 * `NET_BIND_SERVICE`, `allowPrivilegeEscalation: false`, no `privileged: true`, no
 * `runAsNonRoot: false`, no `Unconfined` seccomp; on the pod, `runAsNonRoot: true` and
 * `seccompProfile.type: RuntimeDefault` where containers rely on it. Nothing that already passes is
 * touched, so running it on its own output changes nothing.
 *
 * @param workload - a workload of `parseManifest(text)`; it is looked up again in `text` by its
 *   document and path, so a stale reference fails instead of editing the wrong place.
 * @param span - the piece of `text` that holds the workload's document, as the manifest reader
 *   gives it (`reader.documentSpan(text, workload.documentIndex)`): only that piece is parsed and
 *   edited (on a 1 MB manifest, kilobytes instead of the megabyte a dozen times over), with the
 *   same result. The caller then guarantees that the text outside the piece has no YAML errors,
 *   which the piece cannot see and the whole-text run refuses. Whenever the piece alone cannot
 *   decide, and for every refusal (whose messages count lines from the start of the whole text),
 *   the whole text is used.
 * @example
 * const workload = parseManifest(text).workloads[0];
 * const result = makeRestricted(text, workload);
 * if (result.ok) editor.executeEdits('make-restricted', toMonacoEdits(result.edits));
 */
export function makeRestricted(
  text: string,
  workload: WorkloadRef,
  span?: DocumentSpan,
): MakeRestrictedResult {
  return makeLevel(text, workload, RESTRICTED_LATEST, span);
}

/**
 * {@link makeRestricted} for a chosen level and version: for `baseline`, only what baseline
 * forbids and has one safe answer for is changed (no `privileged: true`, no capability beyond the
 * runtime defaults in `add`, no `Unconfined` seccomp); `cannotFix` is what still violates
 * `target` after the fix, judged at `target.version`.
 */
export function makeLevel(
  text: string,
  workload: WorkloadRef,
  target: FixTarget,
  span?: DocumentSpan,
): MakeRestrictedResult {
  const inPiece = span ? makeRestrictedInSpan(text, workload, span, target) : undefined;
  if (inPiece) return inPiece;
  return restrict(
    {
      text,
      find: findWorkload,
      apply: (ops) => applyPathOps(text, workload.documentIndex, ops),
    },
    workload,
    target,
  );
}

/** Where the workload is looked up and edited: the whole text, or the reader's piece of it. */
interface Scope {
  /** The text parsed and edited. */
  readonly text: string;
  /** The workload at `target`'s place in `text` or in its edit, or why there is none. */
  find(text: string, target: WorkloadRef): WorkloadRef | string;
  /** Applies the operations to the workload's document of `text`. */
  apply(ops: readonly PathOp[]): EditResult;
}

/** Thrown inside a piece's run when only the whole text can decide. */
class NeedsWholeText extends Error {}

/** {@link makeRestricted} on `span` alone, shifted into `text`; undefined when it cannot tell. */
function makeRestrictedInSpan(
  text: string,
  workload: WorkloadRef,
  span: DocumentSpan,
  target: FixTarget,
): MakeRestrictedResult | undefined {
  // Refused before any parse as a whole; the piece would not know.
  if (tooLargeProblem(text)) return undefined;
  const piece = text.slice(span.start, span.end);
  const all = countLineBreaks(text);
  const own = countLineBreaks(piece);
  const surroundings = {
    outside: { crlf: all.crlf - own.crlf, lf: all.lf - own.lf },
    documentCount: span.documentCount,
  };
  let result: MakeRestrictedResult;
  try {
    result = restrict(
      {
        text: piece,
        find: (current, target) => workloadInPiece(current, span, target),
        apply: (ops) =>
          applyPathOpsInPiece(piece, span.documentIndex, ops, surroundings) ?? needsWholeText(),
      },
      workload,
      target,
    );
  } catch (error) {
    if (error instanceof NeedsWholeText) return undefined;
    throw error;
  }
  if (!result.ok) return undefined;
  const fixed = text.slice(0, span.start) + result.text + text.slice(span.end);
  // The whole-text run would refuse to read its own output.
  if (tooLargeProblem(fixed)) return undefined;
  return {
    ...result,
    text: fixed,
    edits: result.edits.map((e) => ({
      ...e,
      start: e.start + span.start,
      end: e.end + span.start,
    })),
  };
}

function needsWholeText(): never {
  throw new NeedsWholeText();
}

function restrict(scope: Scope, workload: WorkloadRef, target: FixTarget): MakeRestrictedResult {
  const current = scope.find(scope.text, workload);
  if (typeof current === 'string') return { ok: false, error: current };

  const plan = target.level === 'restricted' ? planRestrictedFixes : planBaselineFixes;
  const fixes = plan(current.podSpec, current.podSpecPath);
  let accepted = fixes;
  let result = scope.apply(ops(fixes));
  if (!result.ok && !fatal(result.error.kind)) {
    // Some node cannot be edited in place. Keep every fix that can, so one odd node does not block
    // the rest; its check then stays among the violations and is reported below.
    accepted = [];
    let last: EditResult | undefined;
    for (const fix of fixes) {
      const trial = scope.apply(ops([...accepted, fix]));
      if (trial.ok) {
        accepted.push(fix);
        last = trial;
      }
    }
    // The last accepted trial is the edit of every accepted fix: no need to apply them again.
    result = last ?? scope.apply([]);
  }
  if (!result.ok) return { ok: false, error: result.error.message };

  const fixed = scope.find(result.text, current);
  if (typeof fixed === 'string') return { ok: false, error: fixed };
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
  return samePlace(manifest.workloads, target.documentIndex, target) ?? gone(target);
}

/**
 * The workload at `target`'s path in document `span.documentIndex` of `piece` (the span's piece
 * or its edit). Anything the whole text might answer otherwise — errors, which it reports by line,
 * a document count the piece does not keep alone, no such workload — needs the whole text.
 */
function workloadInPiece(piece: string, span: DocumentSpan, target: WorkloadRef): WorkloadRef {
  const { manifest, documents } = parseStreamDocuments(piece);
  if (documents.length !== span.documentCount || documents.some((doc) => doc.errors.length > 0)) {
    return needsWholeText();
  }
  return samePlace(manifest.workloads, span.documentIndex, target) ?? needsWholeText();
}

function samePlace(
  workloads: readonly WorkloadRef[],
  documentIndex: number,
  target: WorkloadRef,
): WorkloadRef | undefined {
  const samePath = JSON.stringify(target.path);
  return workloads.find(
    (w) => w.documentIndex === documentIndex && JSON.stringify(w.path) === samePath,
  );
}

function gone(target: WorkloadRef): string {
  return `The ${target.kind} "${target.name}" is no longer in the text.`;
}
