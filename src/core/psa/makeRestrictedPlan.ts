/**
 * The automatic part of "Make restricted": which edits a pod needs to pass the restricted checks
 * that have one safe answer (capabilities, privilege escalation, privileged, runAsNonRoot, seccomp),
 * as path operations for the manifest editing engine, each with the sentence that tells the user.
 *
 * Only what the evaluator would flag is touched, so a pod that already passes a check keeps its text
 * for that check byte for byte, and planning the fixed pod again yields nothing.
 */
import type { PathOp } from '../manifest/editText.ts';
import type { NodePath } from '../model.ts';
import {
  inUserNamespace,
  isWindowsPod,
  list,
  podContainers,
  podSecurityContext,
  record,
  securityContext,
  text,
  type Data,
} from './podData.ts';
import { containersPhrase, joinQuote, sortedSet } from './text.ts';

/** What one fix does; sentences are built per kind, so several containers read as one line. */
export type FixKind =
  | 'no-escalation'
  | 'drop-all'
  | 'remove-add'
  | 'remove-non-default-add'
  | 'unprivileged'
  | 'container-non-root'
  | 'container-seccomp'
  | 'pod-non-root'
  | 'pod-seccomp';

/**
 * One fix: the operations that make it, applied all or nothing. A fix whose node the engine cannot
 * edit in place (an alias, a value of the wrong type) is left out on its own, and the check it was
 * for stays among the violations.
 */
export interface Fix {
  readonly kind: FixKind;
  /** The container's name, for container fixes. */
  readonly container?: string;
  /** The values it removes or replaces (capabilities, a seccomp type). */
  readonly values?: readonly string[];
  readonly ops: readonly PathOp[];
}

const SECURE_SECCOMP = ['RuntimeDefault', 'Localhost'];

/**
 * The fixes the pod at `podSpecPath` (in its document) needs for the automatic restricted checks,
 * in the order they should be applied.
 *
 * @param spec - the pod spec as plain data, as the evaluator reads it.
 * @param podSpecPath - where that spec sits in its YAML document.
 */
export function planRestrictedFixes(spec: Data, podSpecPath: NodePath): Fix[] {
  // Windows pods are exempt from the Linux-only checks, and the API server refuses those fields on
  // them, so adding them would break the pod.
  const linux = !isWindowsPod(spec);
  // restricted:latest does not ask a pod in its own user namespace to run as non-root
  // (policy/check_runAsNonRoot.go runAsNonRoot1_35), and runAsNonRoot: true beside its
  // runAsUser: 0 would make the kubelet refuse to start the container.
  const nonRootRequired = !inUserNamespace(spec);
  const fixes: Fix[] = [];
  const podContext = podSecurityContext(spec);
  const podNonRoot = podContext?.['runAsNonRoot'];
  const podProfile = podContext?.['seccompProfile'];
  let someInheritNonRoot = false;
  let someInheritSeccomp = false;

  for (const c of podContainers(spec)) {
    const at = [...podSpecPath, ...c.path];
    const context = securityContext(c);
    const caps = record(context?.['capabilities']);
    // Emptied lists, `capabilities` and `securityContext` go; the container itself stays.
    const keepDepth = at.length;
    const sc = (...keys: string[]): NodePath => [...at, 'securityContext', ...keys];
    const fix = (kind: FixKind, ops: PathOp[], values?: string[]) =>
      fixes.push({ kind, container: c.name, ops, ...(values ? { values } : {}) });

    // Additions first: securityContext then never empties when a removal below takes its last key.
    if (linux && context?.['allowPrivilegeEscalation'] !== false) {
      fix('no-escalation', [{ op: 'set', path: sc('allowPrivilegeEscalation'), value: false }]);
    }
    // Other drop entries stay: ALL covers them, but they are the user's words, they cost nothing,
    // and they still apply if ALL is ever taken out again.
    if (linux && !strings(caps?.['drop']).includes('ALL')) {
      fix('drop-all', [{ op: 'ensure-item', path: sc('capabilities', 'drop'), value: 'ALL' }]);
    }
    const extra = sortedSet(strings(caps?.['add']).filter((cap) => cap !== 'NET_BIND_SERVICE'));
    if (linux && extra.length > 0) {
      const path = sc('capabilities', 'add');
      const ops = extra.map((value): PathOp => ({ op: 'remove-items', path, value, keepDepth }));
      fix('remove-add', ops, extra);
    }
    if (context?.['privileged'] === true) {
      fix('unprivileged', [{ op: 'delete', path: sc('privileged'), keepDepth }]);
    }
    const nonRoot = context?.['runAsNonRoot'];
    if (nonRootRequired && nonRoot === false) {
      // The pod-level `true` set below then applies; an explicit false would override it.
      fix('container-non-root', [{ op: 'delete', path: sc('runAsNonRoot'), keepDepth }]);
    }
    if (nonRoot !== true) someInheritNonRoot = true;

    const profile = record(context?.['seccompProfile']);
    if (!profile) {
      someInheritSeccomp = true;
    } else if (linux && !SECURE_SECCOMP.includes(text(profile['type']))) {
      const ops: PathOp[] = [
        { op: 'set', path: sc('seccompProfile', 'type'), value: 'RuntimeDefault' },
      ];
      fix('container-seccomp', ops, [text(profile['type'])]);
    }
  }

  const pod = (...keys: string[]): NodePath => [...podSpecPath, 'securityContext', ...keys];
  if (nonRootRequired && (podNonRoot === false || (podNonRoot !== true && someInheritNonRoot))) {
    fixes.push({
      kind: 'pod-non-root',
      ops: [{ op: 'set', path: pod('runAsNonRoot'), value: true }],
    });
  }
  const podType = text(record(podProfile)?.['type']);
  const podProfileBad = record(podProfile) !== undefined && !SECURE_SECCOMP.includes(podType);
  if (linux && (podProfileBad || (record(podProfile) === undefined && someInheritSeccomp))) {
    fixes.push({
      kind: 'pod-seccomp',
      ops: [{ op: 'set', path: pod('seccompProfile', 'type'), value: 'RuntimeDefault' }],
      ...(podProfileBad ? { values: [podType] } : {}),
    });
  }
  return fixes;
}

/**
 * What the applied fixes did, one sentence per kind (per container where the values differ), in
 * the order the fixes came.
 */
export function describeFixes(fixes: readonly Fix[]): string[] {
  const sentences: string[] = [];
  const seen = new Set<FixKind>();
  for (const fix of fixes) {
    if (PER_CONTAINER.has(fix.kind)) {
      sentences.push(sentence(fix.kind, [fix.container ?? ''], fix.values ?? []));
    } else if (!seen.has(fix.kind)) {
      seen.add(fix.kind);
      const same = fixes.filter((f) => f.kind === fix.kind);
      const names = same.flatMap((f) => (f.container === undefined ? [] : [f.container]));
      sentences.push(sentence(fix.kind, names, fix.values ?? []));
    }
  }
  return sentences;
}

const PER_CONTAINER = new Set<FixKind>([
  'remove-add',
  'remove-non-default-add',
  'container-seccomp',
]);

function sentence(kind: FixKind, names: readonly string[], values: readonly string[]): string {
  const who = containersPhrase(names);
  const was = values.length > 0 ? ` (it was ${joinQuote(values)})` : '';
  switch (kind) {
    case 'no-escalation':
      return `Set securityContext.allowPrivilegeEscalation to false in ${who}.`;
    case 'drop-all':
      return `Added "ALL" to securityContext.capabilities.drop in ${who}.`;
    case 'remove-add':
      return `Removed ${joinQuote(values)} from securityContext.capabilities.add in ${who}: restricted allows only NET_BIND_SERVICE there.`;
    case 'remove-non-default-add':
      return `Removed ${joinQuote(values)} from securityContext.capabilities.add in ${who}: baseline allows only the runtime defaults (minus NET_RAW) there.`;
    case 'unprivileged':
      return `Removed securityContext.privileged=true from ${who}.`;
    case 'container-non-root':
      return `Removed securityContext.runAsNonRoot=false from ${who}, so the pod's runAsNonRoot=true applies.`;
    case 'container-seccomp':
      return `Set securityContext.seccompProfile.type to "RuntimeDefault" in ${who}${was}.`;
    case 'pod-non-root':
      return "Set the pod's securityContext.runAsNonRoot to true: the kubelet will refuse to start a container whose image runs as root (uid 0) unless that container sets a non-zero runAsUser.";
    case 'pod-seccomp':
      return `Set the pod's securityContext.seccompProfile.type to "RuntimeDefault"${was}.`;
  }
}

function strings(value: unknown): string[] {
  return list(value).filter((v): v is string => typeof v === 'string');
}
