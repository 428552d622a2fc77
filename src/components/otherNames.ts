import { capabilityByName } from '../core/capabilities.ts';
import { closestCapability } from '../core/inspect/closestCapability.ts';
import { entryFate } from '../core/inspect/otherRuntimes.ts';
import { spellingOf } from '../core/inspect/spelling.ts';
import type { RuntimeId } from '../core/model.ts';
import { isAll } from '../core/runtimes/names.ts';
import { RUNTIMES } from '../core/runtimes/table.ts';

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

function effectOf(list: 'add' | 'drop', name: string, runtime: RuntimeId): string {
  const profile = RUNTIMES[runtime];
  if (isAll(name)) return `means ALL on ${profile.label}`;
  const cap = profile.resolve(name);
  if (cap) return `${list}s ${cap.name} on ${profile.label}`;
  // The runtime's own rules decide: passed on for runc to skip, or refused outright.
  return entryFate(profile, { list, name }) === 'ignores'
    ? `ignored on ${profile.label}: runc skips an unknown capability`
    : `${profile.label} refuses the container: unknown capability`;
}

/** Every entry of add/drop that the checkboxes do not show, so none of them is ever hidden. */
export function otherNames(
  request: { add: readonly string[]; drop: readonly string[] },
  runtime: RuntimeId,
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
        effect: effectOf(list, name, runtime),
      });
    }
  }
  return out;
}
