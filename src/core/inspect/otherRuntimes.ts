import type { RuntimeProfile } from '../runtimes/profile.ts';
import type { NodeProfile } from '../node/nodeProfile.ts';
import { otherRuntimeRules } from '../runtimes/rules.ts';
import type { CapabilityEntry } from './entries.ts';

/** What one runtime does with one `add`/`drop` entry on its own. */
export type EntryFate = 'uses' | 'ignores' | 'refuses';

/** How `profile` treats `entry`, asked of its own rules (never re-derived here). */
export function entryFate(
  profile: RuntimeProfile,
  entry: Pick<CapabilityEntry, 'list' | 'name'>,
): EntryFate {
  const request = {
    add: entry.list === 'add' ? [entry.name] : [],
    drop: entry.list === 'drop' ? [entry.name] : [],
    privileged: false,
  };
  if (!profile.apply(request).ok) return 'refuses';
  return profile.resolve(entry.name) ? 'uses' : 'ignores';
}

// [one runtime, several runtimes]
const FATE_WORDS: Readonly<Record<EntryFate, readonly [string, string]>> = {
  uses: ['accepts it', 'accept it'],
  ignores: ['silently ignores it', 'silently ignore it'],
  refuses: ['refuses the container', 'refuse the container'],
};

/**
 * "containerd silently ignores it; Docker accepts it", for every runtime other than `node`'s, on
 * the same kernel and OCI runtime.
 */
export function otherRuntimesSentence(node: NodeProfile, entry: CapabilityEntry): string {
  const others = otherRuntimeRules(node);
  const byFate = new Map<EntryFate, string[]>();
  for (const other of others) {
    const fate = entryFate(other, entry);
    byFate.set(fate, [...(byFate.get(fate) ?? []), other.label]);
  }
  const parts = [...byFate].map(
    ([fate, labels]) => `${labels.join(' and ')} ${FATE_WORDS[fate][labels.length > 1 ? 1 : 0]}`,
  );
  return `${parts.join('; ')}.`;
}
