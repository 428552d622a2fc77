import { type NodeLike, nodeKey, toNode } from '../node/nodeProfile.ts';
import type { RuntimeProfile } from './profile.ts';
import { RUNTIMES } from './table.ts';

const cache = new Map<string, RuntimeProfile>();

/**
 * The capability rules of `node`'s runtime on that node: its defaults, how it resolves a name, the
 * sets it builds. A bare runtime id means that runtime's default node (RUNTIMES holds those).
 */
export function runtimeRules(node: NodeLike): RuntimeProfile {
  const profile = toNode(node);
  const key = nodeKey(profile);
  let rules = cache.get(key);
  if (!rules) {
    rules = RUNTIMES[profile.runtime];
    cache.set(key, rules);
  }
  return rules;
}
