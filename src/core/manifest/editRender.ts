/**
 * Source text for nodes the engine creates: nested keys ending in a scalar or a list of names,
 * written as block YAML lines or as one flow (or JSON) value.
 */
import { formatScalar } from './editLayout.ts';
import type { Layout, Quoting, ScalarValue } from './editLayout.ts';

/** What sits at the end of the keys being created. */
export type Leaf =
  | { readonly kind: 'scalar'; readonly value: ScalarValue }
  | { readonly kind: 'seq'; readonly items: readonly string[]; readonly quoting?: Quoting };

/** A flow value: `{k1: {k2: leaf}}`, or the leaf alone when there are no keys. */
export function renderFlowValue(keys: readonly string[], leaf: Leaf, json: boolean): string {
  const [key, ...rest] = keys;
  if (key === undefined) {
    if (leaf.kind === 'scalar') return formatScalar(leaf.value, json);
    return `[${leaf.items.map((item) => formatScalar(item, json, leaf.quoting)).join(', ')}]`;
  }
  return `{${renderFlowPair(key, rest, leaf, json)}}`;
}

/** One flow mapping entry, `key: value`. */
export function renderFlowPair(
  key: string,
  rest: readonly string[],
  leaf: Leaf,
  json: boolean,
): string {
  return `${formatScalar(key, json)}: ${renderFlowValue(rest, leaf, json)}`;
}

/**
 * Block lines (without line breaks) for nested keys, the first at column `col`; `keys` must not be
 * empty.
 */
export function renderBlockPairs(
  keys: readonly string[],
  leaf: Leaf,
  col: number,
  layout: Layout,
): string[] {
  const [key, ...rest] = keys;
  if (key === undefined) return [];
  const head = ' '.repeat(col) + formatScalar(key, false) + ':';
  if (rest.length > 0) return [head, ...renderBlockPairs(rest, leaf, col + layout.step, layout)];
  if (leaf.kind === 'scalar') return [`${head} ${formatScalar(leaf.value, false)}`];
  return [
    head,
    ...renderBlockItems(leaf.items, col + layout.seqIndent, layout.dashPad, leaf.quoting),
  ];
}

/** Block sequence lines `- item` with the dash at column `dashCol`. */
export function renderBlockItems(
  items: readonly string[],
  dashCol: number,
  dashPad: number,
  quoting?: Quoting,
): string[] {
  return items.map(
    (item) => ' '.repeat(dashCol) + '-' + ' '.repeat(dashPad) + formatScalar(item, false, quoting),
  );
}
