/**
 * The automatic part of a "Make baseline": the edits a pod needs to pass the baseline checks that
 * have one safe answer, as path operations with the sentence that tells the user. The baseline
 * counterpart of makeRestrictedPlan.ts, and as sparing: only what baseline flags is touched.
 */
import type { PathOp } from '../manifest/editText.ts';
import type { NodePath } from '../model.ts';
import { mayAdd } from './checks/capabilities.ts';
import type { Fix, FixKind } from './makeRestrictedPlan.ts';
import {
  list,
  podContainers,
  podSecurityContext,
  record,
  securityContext,
  text,
  type Data,
} from './podData.ts';
import { sortedSet } from './text.ts';

/**
 * The fixes the pod at `podSpecPath` needs for baseline: no `privileged: true`, no capability in
 * `add` beyond the runtime defaults minus NET_RAW, no `Unconfined` seccomp profile (on a container
 * or the pod) — which baseline forbids, where restricted also wants one set.
 *
 * @param spec - the pod spec as plain data, as the evaluator reads it.
 * @param podSpecPath - where that spec sits in its YAML document.
 */
export function planBaselineFixes(spec: Data, podSpecPath: NodePath): Fix[] {
  const fixes: Fix[] = [];
  for (const c of podContainers(spec)) {
    const at = [...podSpecPath, ...c.path];
    const context = securityContext(c);
    const keepDepth = at.length;
    const sc = (...keys: string[]): NodePath => [...at, 'securityContext', ...keys];
    const fix = (kind: FixKind, ops: PathOp[], values?: string[]) =>
      fixes.push({ kind, container: c.name, ops, ...(values ? { values } : {}) });

    const added = list(record(context?.['capabilities'])?.['add']);
    const extra = sortedSet(
      added.filter((cap): cap is string => typeof cap === 'string' && !mayAdd('baseline', cap)),
    );
    if (extra.length > 0) {
      const path = sc('capabilities', 'add');
      const ops = extra.map((value): PathOp => ({ op: 'remove-items', path, value, keepDepth }));
      fix('remove-non-default-add', ops, extra);
    }
    if (context?.['privileged'] === true) {
      fix('unprivileged', [{ op: 'delete', path: sc('privileged'), keepDepth }]);
    }
    if (text(record(context?.['seccompProfile'])?.['type']) === 'Unconfined') {
      const ops: PathOp[] = [
        { op: 'set', path: sc('seccompProfile', 'type'), value: 'RuntimeDefault' },
      ];
      fix('container-seccomp', ops, ['Unconfined']);
    }
  }
  if (text(record(podSecurityContext(spec)?.['seccompProfile'])?.['type']) === 'Unconfined') {
    const path = [...podSpecPath, 'securityContext', 'seccompProfile', 'type'];
    fixes.push({
      kind: 'pod-seccomp',
      ops: [{ op: 'set', path, value: 'RuntimeDefault' }],
      values: ['Unconfined'],
    });
  }
  return fixes;
}
