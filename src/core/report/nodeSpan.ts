/**
 * The span of text a report points at for a path into a YAML document: the offending node itself
 * when it exists, and otherwise the place where the missing setting has to be written.
 */
import { isMap, isPair, isScalar, type Document } from 'yaml';
import { trimmedRange } from '../manifest/parse.ts';
import type { NodePath } from '../model.ts';

/** A span `[start, end)` of character offsets into the text the document was parsed from. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

/**
 * Where a finding about `path` goes:
 * - an existing mapping value, from its key to the end of its value (`privileged: true`);
 * - an existing list entry, the entry (`NET_ADMIN` in `add`);
 * - a container, its `securityContext` or its `capabilities`, or a setting missing below one of
 *   them: the container's `name: …` pair. Checks and warnings name these nodes when a setting is
 *   missing (PSA's deepestPath stops at the last node that exists), and the line a reader knows
 *   the container by is where it goes, rather than a region as long as the container;
 * - the pod's `spec` or `securityContext`, or a setting missing below them: that key alone.
 *
 * @returns undefined when the document has no content.
 */
export function nodeSpan(text: string, doc: Document.Parsed, path: NodePath): Span | undefined {
  let depth = path.length;
  while (depth > 0 && !doc.hasIn(path.slice(0, depth))) depth--;
  const exists = depth === path.length;
  const at = path.slice(0, depth);
  const container = containerDepth(path);
  if (container !== undefined && depth >= container) {
    const tail = at.slice(container).join('.');
    if (
      !exists ||
      tail === '' ||
      tail === 'securityContext' ||
      tail === 'securityContext.capabilities'
    ) {
      const name = pairSpan(text, doc, [...path.slice(0, container), 'name']);
      if (name) return name;
    }
  }
  if (depth === 0) {
    const range = doc.contents?.range;
    return range ? trimmedRange(text, [range[0], range[1]]) : undefined;
  }
  const last = at[at.length - 1];
  if (!exists || last === 'spec' || (last === 'securityContext' && container === undefined)) {
    return keySpan(doc, at) ?? pairSpan(text, doc, at);
  }
  return pairSpan(text, doc, at);
}

/** The length of the prefix of `path` that ends at a container entry, if it goes through one. */
function containerDepth(path: NodePath): number | undefined {
  for (let i = path.length - 2; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string' && CONTAINER_LISTS.has(key) && typeof path[i + 1] === 'number') {
      return i + 2;
    }
  }
  return undefined;
}

/** The node at `path` (which exists), from its key when it is a mapping value, trimmed. */
function pairSpan(text: string, doc: Document.Parsed, path: NodePath): Span | undefined {
  const node = doc.getIn(path, true);
  const range = rangeOf(node);
  const key = keyRange(doc, path);
  if (!range && !key) return undefined;
  const start = key?.[0] ?? range?.[0] ?? 0;
  // A key with an empty value (`add:` and nothing) has a value range of zero length at the key.
  const end = Math.max(range?.[1] ?? 0, key?.[1] ?? 0);
  return trimmedRange(text, [start, end]);
}

/** The key of the mapping value at `path` alone. */
function keySpan(doc: Document.Parsed, path: NodePath): Span | undefined {
  const key = keyRange(doc, path);
  return key ? { start: key[0], end: key[1] } : undefined;
}

function keyRange(doc: Document.Parsed, path: NodePath): readonly [number, number] | undefined {
  const last = path[path.length - 1];
  if (typeof last !== 'string') return undefined;
  const parent: unknown = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === last);
  return pair ? rangeOf(pair.key) : undefined;
}

function rangeOf(node: unknown): readonly [number, number] | undefined {
  const range = (node as { range?: readonly number[] } | null | undefined)?.range;
  const start = range?.[0];
  const end = range?.[1];
  return start === undefined || end === undefined ? undefined : [start, end];
}
