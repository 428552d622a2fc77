import { capabilityByName } from '../capabilityCatalog.ts';
import { closestCapability } from './closestCapability.ts';
import { entryFate } from './otherRuntimes.ts';
import { spellingOf } from './spelling.ts';
import type { NodeLike } from '../node/nodeProfile.ts';
import { toNode } from '../node/nodeProfile.ts';
import { isAll } from '../runtimes/names.ts';
import { runtimeRules } from '../runtimes/rules.ts';
import { nodeName } from '../node/nodeLabel.ts';

/** An add/drop entry that is not a canonical Kubernetes name, and what the runtime makes of it. */
export interface OtherName {
  readonly list: 'add' | 'drop';
  readonly name: string;
  /**
   * The canonical name it was meant as, if any: the same name respelt (`CAP_SYS_TIME`, `net_raw`),
   * or for an unknown name the capability it is evidently a misspelling of (`SYS_ADMINN`).
   */
  readonly suggestion: string | undefined;
  /** The suggestion is a guess at a misspelling, not the same name written another way. */
  readonly guessed: boolean;
  readonly effect: string;
}

function effectOf(list: 'add' | 'drop', name: string, node: NodeLike): string {
  const profile = runtimeRules(node);
  const { ociRuntime } = toNode(node);
  const label = nodeName(toNode(node));
  if (isAll(name)) return `means ALL on ${label}`;
  const cap = profile.resolve(name);
  if (cap) return `${list}s ${cap.name} on ${label}`;
  // The runtime's own rules on this node decide: passed on for the OCI runtime, or refused.
  return entryFate(profile, { list, name }) === 'ignores'
    ? `ignored on ${label}: ${ociRuntime} skips an unknown capability`
    : `${label} refuses the container: unknown capability`;
}

/** Every entry of add/drop that the checkboxes do not show, so none of them is ever hidden. */
export function otherNames(
  request: { add: readonly string[]; drop: readonly string[] },
  node: NodeLike,
): OtherName[] {
  const out: OtherName[] = [];
  for (const list of ['add', 'drop'] as const) {
    for (const name of request[list]) {
      if (name === 'ALL' || capabilityByName(name)) continue;
      const { canonical } = spellingOf(name);
      const guess = canonical === undefined ? closestCapability(name) : undefined;
      out.push({
        list,
        name,
        suggestion: canonical ?? guess,
        guessed: guess !== undefined,
        effect: effectOf(list, name, node),
      });
    }
  }
  return out;
}
