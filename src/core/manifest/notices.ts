import type { Manifest } from '../model.ts';
import { WORKLOAD_KINDS } from './locate.ts';

/** Objects named one by one before the rest are counted, so the message stays one short line. */
const NAMED_OBJECTS = 3;

// Whole lines that hold no YAML node: blank, a comment, a document marker (`---`, `...`).
const NO_NODE_LINE = /^(?:---|\.\.\.)?[ \t]*(?:#.*)?$/gm;

function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function heldObjects(others: Manifest['others']): string {
  const named = others
    .slice(0, NAMED_OBJECTS)
    .map((o) => (o.name ? `${o.kind} "${o.name}"` : `a ${o.kind} without a name`));
  const rest = others.length - named.length;
  return rest > 0 ? `${named.join(', ')} and ${rest} more objects` : andList(named);
}

// `kind` is case-sensitive in Kubernetes: `kind: pod` is a valid object of an unknown kind, which
// the reader files among the others. Name the kind the user most likely meant.
function kindHint(others: Manifest['others']): string {
  for (const { kind } of others) {
    const meant = WORKLOAD_KINDS.find((k) => k.toLowerCase() === kind.toLowerCase());
    if (meant) return ` Kinds are case-sensitive: write ${meant}, not ${kind}.`;
  }
  return '';
}

/**
 * Why a manifest that parses has nothing to inspect, in one line the app's alert and the CLI both
 * show: an empty text, one of only comments, or objects none of which is a workload (it names
 * them, and the kinds Podcaps reads). Undefined when the manifest holds a workload, or when it has
 * errors, which say what is wrong better than a missing workload would.
 */
export function nothingToInspect(manifest: Manifest): string | undefined {
  if (manifest.workloads.length > 0) return undefined;
  if (manifest.problems.some((p) => p.severity === 'error')) return undefined;
  const { text, others } = manifest;
  if (text.trim() === '') return 'The file is empty: there is no workload to inspect.';
  if (others.length === 0 && text.replace(NO_NODE_LINE, '').trim() === '') {
    return 'The file holds only comments and empty documents: there is no workload to inspect.';
  }
  const kinds = `Podcaps reads ${andList([...WORKLOAD_KINDS, 'List'])}.`;
  if (others.length === 0) return `No workload in this file. ${kinds}`;
  return `No workload in this file: it holds ${heldObjects(others)}. ${kinds}${kindHint(others)}`;
}
