/**
 * The checklist's form actions on one container: add/drop capability toggles, one-click renames
 * and `privileged`. Each is a pure function of the text; only the container's
 * `securityContext.capabilities` lists or `securityContext.privileged` change.
 */
import type { CapabilityList, NodePath } from '../model.ts';
import { applyPathOps } from './editText.ts';
import type { PathOp } from './editText.ts';
import type { EditResult } from './editResult.ts';

/** A form action on one container. `ALL` is an ordinary name here. */
export type ContainerAction =
  /** Puts `name` in the list, or removes every item equal to it. */
  | {
      readonly type: 'set-capability';
      readonly list: CapabilityList;
      readonly name: string;
      readonly present: boolean;
    }
  /** `true` writes `privileged: true`; `false` removes the key. */
  | { readonly type: 'set-privileged'; readonly value: boolean }
  /** Renames `from` in place (keeping its quotes), or removes it when `to` is null. */
  | {
      readonly type: 'replace-capability';
      readonly list: CapabilityList;
      readonly from: string;
      readonly to: string | null;
    };

/** Where the container is: its document and the path of its mapping (as manifest/locate.ts gives). */
export interface ContainerTarget {
  readonly documentIndex: number;
  readonly path: NodePath;
}

/**
 * Applies form actions, in order, to one container, as one change.
 *
 * @example
 * const result = applyContainerActions(text, { documentIndex: 0, path: ['spec', 'containers', 0] }, [
 *   { type: 'set-capability', list: 'drop', name: 'NET_RAW', present: true },
 * ]);
 * // The app hands the edits to the store, whose editor bridge applies them as they are.
 * if (result.ok) store.setText(result.text, { origin: 'form', edits: result.edits });
 */
export function applyContainerActions(
  text: string,
  target: ContainerTarget,
  actions: readonly ContainerAction[],
): EditResult {
  return applyPathOps(text, target.documentIndex, containerPathOps(target.path, actions));
}

/** The path operations of form actions on the container at `container`. */
export function containerPathOps(
  container: NodePath,
  actions: readonly ContainerAction[],
): PathOp[] {
  return [
    // Checks first that the container exists and is a mapping, so actions never invent one.
    { op: 'expect-mapping', path: container },
    ...actions.map((action) => toPathOp(container, action)),
  ];
}

function toPathOp(container: NodePath, action: ContainerAction): PathOp {
  // Emptied lists, `capabilities` and `securityContext` go; the container itself stays.
  const keepDepth = container.length;
  if (action.type === 'set-privileged') {
    const path = [...container, 'securityContext', 'privileged'];
    return action.value ? { op: 'set', path, value: true } : { op: 'delete', path, keepDepth };
  }
  const path = [...container, 'securityContext', 'capabilities', action.list];
  if (action.type === 'set-capability') {
    return action.present
      ? { op: 'ensure-item', path, value: action.name }
      : { op: 'remove-items', path, value: action.name, keepDepth };
  }
  return action.to === null
    ? { op: 'remove-items', path, value: action.from, keepDepth }
    : { op: 'replace-items', path, from: action.from, to: action.to, keepDepth };
}
