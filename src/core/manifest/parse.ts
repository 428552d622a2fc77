import { type Document, LineCounter, parseAllDocuments } from 'yaml';
import type { Manifest, NodePath, TextProblem, WorkloadRef } from '../model.ts';
import { type LocatedDocument, locateDocument } from './locate.ts';
import { wholeTextProblems } from './textChecks.ts';

/** Aliases expanded per document before we call it an alias bomb (yaml's own default is 100). */
const MAX_ALIAS_COUNT = 100;

/**
 * The longest text read, in UTF-16 code units (about 8 MB of ASCII). Reading takes about half a
 * second per megabyte, and a paste of something else (a log, a binary) should say so at once
 * rather than freeze the page.
 */
export const MAX_MANIFEST_LENGTH = 8 * 1024 * 1024;

/** The problem a text longer than {@link MAX_MANIFEST_LENGTH} gets instead of being read. */
export function tooLargeProblem(text: string): TextProblem | undefined {
  if (text.length <= MAX_MANIFEST_LENGTH) return undefined;
  const mib = (n: number) => `${(n / 2 ** 20).toFixed(1).replace(/\.0$/, '')} MiB`;
  return {
    message: `the text is too large to read: ${mib(text.length)}, more than the ${mib(MAX_MANIFEST_LENGTH)} Podcaps reads`,
    start: 0,
    end: 0,
    line: 1,
    column: 1,
    severity: 'error',
  };
}

/** A manifest together with the `yaml` Documents it was read from (for mapping paths to offsets). */
export interface ParsedManifest {
  readonly manifest: Manifest;
  /** Every document of the stream, empty ones included: `WorkloadRef.documentIndex` indexes this. */
  readonly documents: readonly Document.Parsed[];
  /**
   * The line starts the parser reported, which `TextProblem.line` counts. The parser does not
   * report the line breaks inside some tokens it rejects, so these are not always every `\n`.
   */
  readonly lineStarts: readonly number[];
}

/**
 * Reads a manifest text (YAML or JSON, one or more documents) into its workloads and containers.
 * Never throws: syntax errors and misshapen objects come back as `problems`, located by offsets.
 * `documentIndex` counts every document of the stream, empty ones included.
 */
export function parseManifest(text: string): Manifest {
  return parseManifestDocuments(text).manifest;
}

/** {@link parseManifest}, also returning the parsed Documents, so callers can find node ranges. */
export function parseManifestDocuments(text: string): ParsedManifest {
  const tooLarge = tooLargeProblem(text);
  if (tooLarge) {
    const manifest = { text, workloads: [], others: [], problems: [tooLarge] };
    return { manifest, documents: [], lineStarts: [0] };
  }
  const parsed = parseStreamDocuments(text);
  const first = wholeTextProblems(text, parsed.manifest.problems);
  if (first.length === 0) return parsed;
  const problems = [...first, ...parsed.manifest.problems];
  return { ...parsed, manifest: { ...parsed.manifest, problems } };
}

/**
 * {@link parseManifestDocuments} without the checks of the text as a whole (its size, binary
 * content, templates): for pieces of a stream, which reader.ts reads apart and puts together.
 */
export function parseStreamDocuments(text: string): ParsedManifest {
  const lineCounter = new LineCounter();
  const problems: TextProblem[] = [];
  const problem = (
    message: string,
    start: number,
    end: number,
    severity: TextProblem['severity'],
  ) => {
    const { line, col } = lineCounter.linePos(start);
    problems.push({ message, start, end: Math.max(end, start), line, column: col, severity });
  };
  let documents: Document.Parsed[] = [];
  try {
    const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    documents = Array.isArray(parsed) ? parsed : [];
  } catch (error) {
    problem(`cannot read the text: ${String(error)}`, 0, 0, 'error');
    const manifest = { text, workloads: [], others: [], problems };
    return { manifest, documents, lineStarts: lineCounter.lineStarts };
  }

  const workloads: WorkloadRef[] = [];
  const others: LocatedDocument['others'] = [];
  documents.forEach((doc, documentIndex) => {
    for (const e of doc.errors) problem(firstLine(e.message), e.pos[0], e.pos[1], 'error');
    for (const w of doc.warnings) problem(firstLine(w.message), w.pos[0], w.pos[1], 'warning');
    if (doc.errors.length > 0 || isEmpty(doc)) return;
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const [start, end] = doc.contents?.range ?? [0, 0];
      problem(error instanceof Error ? error.message : String(error), start, end, 'error');
      return;
    }
    const located = locateDocument(documentIndex, data, workloads.length, (path, message) => {
      const [start, end] = rangeOfPath(doc, path) ?? [0, 0];
      problem(message, start, end, 'error');
    });
    workloads.push(...located.workloads);
    others.push(...located.others);
  });
  const manifest = { text, workloads, others, problems };
  return { manifest, documents, lineStarts: lineCounter.lineStarts };
}

/**
 * Character offsets [start, end) of the node at `path` in `doc`; for a path that does not exist,
 * the range of its nearest existing ancestor; undefined only when the document has no content.
 */
export function rangeOfPath(doc: Document.Parsed, path: NodePath): [number, number] | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: readonly number[] } | null | undefined)?.range;
    if (range && range[0] !== undefined && range[1] !== undefined) return [range[0], range[1]];
  }
  return undefined;
}

/**
 * `[start, to)` without the trailing line break and blanks a block collection's range holds: a
 * marker or a selection should end on the node's last character.
 */
export function trimmedRange(
  text: string,
  [start, to]: readonly [number, number],
): { start: number; end: number } {
  let end = to;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** rangeOfPath, trimmed (trimmedRange); `text` is the text `doc` was parsed from. */
export function trimmedRangeOfPath(
  text: string,
  doc: Document.Parsed,
  path: NodePath,
): { start: number; end: number } | undefined {
  const range = rangeOfPath(doc, path);
  return range ? trimmedRange(text, range) : undefined;
}

function isEmpty(doc: Document.Parsed): boolean {
  const contents = doc.contents as { value?: unknown } | null;
  return contents === null || (contents.value === null && !('items' in contents));
}

// With prettyErrors the message carries " at line L, column C:" and a code excerpt; TextProblem
// holds the position already, and callers want one line.
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
}
