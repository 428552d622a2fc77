/**
 * Least privilege from a trace: the audited checks of one container become `drop: [ALL]` plus
 * exactly those `add`s, written as one minimal edit (comments and every other byte kept).
 */
import { asRecord, asStringList } from '../plain.ts';
import { applyContainerActions, type ContainerAction } from '../manifest/editCapabilities.ts';
import type { EditResult } from '../manifest/editResult.ts';
import type { ContainerRef, Manifest } from '../model.ts';
import { workloadOf } from '../process.ts';
import { type TraceCheck, type TraceReading, TraceError } from './trace.ts';

/** What the trace asks for the container, and why anything was left out. */
export interface Suggestion {
  /** Kubernetes names, in capability-number order. */
  readonly add: readonly string[];
  /** Capabilities checked only without audit, with how often. */
  readonly unaudited: readonly { readonly name: string; readonly checks: number }[];
  readonly notes: readonly string[];
}

/** The checks that belong to `container` where the trace says whose they are. */
function ofContainer(reading: TraceReading, container: ContainerRef): TraceCheck[] {
  const named = reading.checks.filter((c) => c.container !== undefined);
  if (named.length === 0) return [...reading.checks];
  const mine = reading.checks.filter((c) => c.container === container.name);
  if (mine.length === 0) {
    const seen = [...new Set(named.map((c) => c.container))].join(', ');
    throw new TraceError(
      `the trace has no check from container "${container.name}" (it names: ${seen})`,
    );
  }
  return mine;
}

/** The capabilities `container` needs according to `reading`. */
export function suggestFromTrace(reading: TraceReading, container: ContainerRef): Suggestion {
  const checks = ofContainer(reading, container);
  const audited = new Map<number, string>();
  const unaudited = new Map<number, { name: string; checks: number }>();
  for (const c of checks) {
    if (c.audited) audited.set(c.cap.number, c.cap.name);
    else {
      const u = unaudited.get(c.cap.number) ?? { name: c.cap.name, checks: 0 };
      u.checks++;
      unaudited.set(c.cap.number, u);
    }
  }
  const add = [...audited.entries()].sort(([a], [b]) => a - b).map(([, n]) => n);
  const left = [...unaudited.entries()]
    .filter(([n]) => !audited.has(n))
    .sort(([a], [b]) => a - b)
    .map(([, u]) => u);
  const notes: string[] = [];
  const others = checks.length !== reading.checks.length;
  notes.push(
    `${checks.length} check(s)${others ? ` of container "${container.name}"` : ''} in the ${reading.format} trace; add: ${add.length > 0 ? add.join(', ') : 'nothing'}`,
  );
  if (reading.format === 'bcc' && !others) {
    notes.push(
      'bcc capable output does not say which container a check came from: every line was counted (trace with -c/--cgroupmap, or filter the lines by COMM first)',
    );
  }
  if (left.length > 0) {
    notes.push(
      `left out ${left.map((u) => `${u.name} (${u.checks} non-audited check${u.checks > 1 ? 's' : ''})`).join(', ')}: the kernel was asked without audit (CAP_OPT_NOAUDIT), a probe whose refusal the program handles, not a need`,
    );
  }
  return { add, unaudited: left, notes };
}

/**
 * The manifest text with `container`'s capabilities set to `drop: [ALL]` and `add: names`
 * (privileged removed, since it would override both), as one minimal edit.
 */
export function applySuggestion(
  manifest: Manifest,
  container: ContainerRef,
  add: readonly string[],
): EditResult {
  const sc = asRecord(container.spec.securityContext);
  const caps = asRecord(sc?.capabilities);
  const actions: ContainerAction[] = [];
  if (sc?.privileged === true) actions.push({ type: 'set-privileged', value: false });
  // New items before removals: a list that never becomes empty keeps its place, style and comment.
  actions.push({ type: 'set-capability', list: 'drop', name: 'ALL', present: true });
  for (const name of add)
    actions.push({ type: 'set-capability', list: 'add', name, present: true });
  for (const name of new Set(asStringList(caps?.add))) {
    if (!add.includes(name)) {
      actions.push({ type: 'replace-capability', list: 'add', from: name, to: null });
    }
  }
  for (const name of new Set(asStringList(caps?.drop))) {
    if (name !== 'ALL') {
      actions.push({ type: 'replace-capability', list: 'drop', from: name, to: null });
    }
  }
  const workload = workloadOf(manifest, container);
  return applyContainerActions(
    manifest.text,
    { documentIndex: workload.documentIndex, path: container.path },
    actions,
  );
}
