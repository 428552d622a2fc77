import type { Document } from 'yaml';
import type { ContainerRef, Manifest, TextProblem, WorkloadRef } from '../model.ts';
import { type DocumentPiece, type EditedPiece, registerPieces } from './documentPieces.ts';
import { countLineBreaks, type LineBreaks } from './lineBreaks.ts';
import {
  type ParsedManifest,
  parseManifest,
  parseStreamDocuments,
  tooLargeProblem,
} from './parse.ts';
import { type StreamPiece, splitStream } from './split.ts';
import { firstNotPrintable, wholeTextProblems } from './textChecks.ts';

/** Reads manifest texts, reusing the work done for the documents an edit did not touch. */
export interface ManifestReader {
  /**
   * The same Manifest as `parseManifest(text)`, field for field. Its document handles
   * (`documentOf(manifest, index)`, documentHandle.ts) work on the piece of the text that holds
   * the document when the text was read in pieces: an edit of that document then parses the
   * piece, not the whole text, and reading the edited text does not parse the piece again.
   */
  read(text: string): Manifest;
  /**
   * How many characters of `text` a read would parse: those of the pieces this reader has not
   * seen (an estimate, cheap beside the read). The app reads a large unseen text in a worker.
   */
  unreadLength(text: string): number;
  /** What the last read learned, without the text: structured-clonable (a worker posts it). */
  snapshot(): ReaderSnapshot;
  /**
   * Takes in what another reader learned from reading `text` (its {@link snapshot}), so that
   * reading `text`, or an edit of it, parses only what that reader did not.
   */
  adopt(text: string, snapshot: ReaderSnapshot): void;
}

/**
 * The pieces a reader read, each as offsets into the text it read plus what parsing it gave; or
 * the manifest of a text read whole. Holds no copy of the text: the receiver has it.
 */
export interface ReaderSnapshot {
  readonly sources: readonly SourceSnapshot[];
  readonly whole: Manifest | undefined;
}

interface SourceSnapshot {
  readonly start: number;
  readonly end: number;
  /** Whether the source is the piece with `---` appended (see StreamPiece.beforeDocumentStart). */
  readonly marker: boolean;
  readonly result: SourceResult;
}

/** Where a unit's documents and workloads sit in the text read. */
interface UnitSpan {
  readonly start: number;
  readonly end: number;
  /** Whether the unit was read with `---` appended (see StreamPiece.beforeDocumentStart). */
  readonly marker: boolean;
  readonly firstDocument: number;
  readonly documentCount: number;
  /** How many workloads the documents before the unit hold. */
  readonly workloadBase: number;
  /** Its place in the read's units. */
  readonly unitIndex: number;
}

/** What one parsed source holds, with indices and offsets counted from the source itself. */
interface SourceResult {
  readonly documentCount: number;
  /** Line starts the parser reported besides the source's own start (see ParsedManifest). */
  readonly newlineCount: number;
  readonly lastLineStart: number;
  /** Where the last document starts: to check that the appended `---` opened it. */
  readonly lastDocumentStart: number | undefined;
  /**
   * Whether the first document has errors of stray tokens. The parser emits those before the
   * document is complete, and in the whole stream the composer gives them to the document before.
   */
  readonly leaksBack: boolean;
  readonly manifest: Manifest;
  /** The last placement handed out, so an unmoved piece gives the very same objects again. */
  placed?: Placed;
  /** The source's line breaks, counted when an edit first asks (documentPieces.ts `outside`). */
  lineBreaks?: LineBreaks;
  /** firstNotPrintable of the source, found once: a read of an edit scans only the new pieces. */
  notPrintableAt?: number;
}

interface Placed {
  readonly documentBase: number;
  readonly workloadBase: number;
  readonly offset: number;
  readonly lineBase: number;
  readonly workloads: readonly WorkloadRef[];
  readonly others: Manifest['others'];
  readonly problems: readonly TextProblem[];
}

function readSource(source: string): SourceResult {
  return sourceResult(parseStreamDocuments(source));
}

function sourceResult({ manifest, documents, lineStarts }: ParsedManifest): SourceResult {
  let lastLineStart = 0;
  for (const start of lineStarts) lastLineStart = Math.max(lastLineStart, start);
  const last = documents[documents.length - 1];
  return {
    documentCount: documents.length,
    newlineCount: lineStarts.length - 1,
    lastLineStart,
    lastDocumentStart: last?.range[0],
    leaksBack: documents[0]?.errors.some((e) => e.code === 'UNEXPECTED_TOKEN') === true,
    manifest,
  };
}

/** The line breaks of a parsed source (its manifest's text is the source), counted once. */
function lineBreaksOf(result: SourceResult): LineBreaks {
  result.lineBreaks ??= countLineBreaks(result.manifest.text);
  return result.lineBreaks;
}

/** A run of pieces read as one source. */
interface Unit {
  readonly piece: StreamPiece;
  readonly result: SourceResult;
  /**
   * The piece's documents, kept only for the piece an edit just made when it was read without a
   * `---` appended: that parse is the one a document handle of the piece would make (the same
   * text, the same options), so the next edit of the piece need not parse it again.
   */
  readonly documents?: readonly Document.Parsed[];
}

/**
 * Where the first character YAML forbids sits in the text the units cover (they cover it all, in
 * order), or -1: each source is scanned once, so typing in one piece of a 1 MB text scans that
 * piece, not the megabyte (1.6 of a re-read's 9.2 ms on 2026-12-08). A source with the `---`
 * appended holds no such character in the marker, so an offset in it lies in its piece.
 */
function notPrintableIn(units: readonly Unit[]): number {
  for (const { piece, result } of units) {
    result.notPrintableAt ??= firstNotPrintable(result.manifest.text);
    if (result.notPrintableAt !== -1) return piece.start + result.notPrintableAt;
  }
  return -1;
}

/**
 * Whether the piece, read alone, ended where the whole stream ends it (see split.ts), on a line
 * start the parser reported: the next piece's lines and columns count from there.
 */
function cutHeld(piece: StreamPiece, result: SourceResult): boolean {
  if (!piece.beforeDocumentStart) return true;
  const end = piece.text.length;
  return result.lastLineStart === end && result.lastDocumentStart === end;
}

/** The unit of `spans` (in document order) that holds document `documentIndex`. */
function unitOf(spans: readonly UnitSpan[], documentIndex: number): UnitSpan | undefined {
  // Binary search: every workload of a large file asks.
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const u = spans[mid]!;
    if (documentIndex < u.firstDocument) high = mid - 1;
    else if (documentIndex >= u.firstDocument + u.documentCount) low = mid + 1;
    else return u;
  }
  return undefined;
}

function place(
  result: SourceResult,
  documentBase: number,
  workloadBase: number,
  offset: number,
  lineBase: number,
): Placed {
  const { workloads, others, problems } = result.manifest;
  // Workloads keep their identity while only offsets move (text edited above them), and
  // problems theirs while only indices move, so views keyed on them do not redraw needlessly.
  const last = result.placed;
  const samePlace = last?.documentBase === documentBase && last.workloadBase === workloadBase;
  const sameOffset = last?.offset === offset && last.lineBase === lineBase;
  // Unmoved (the pieces before an edit): the very same placement, nothing to build.
  if (last && samePlace && sameOffset) return last;
  const placed: Placed = {
    documentBase,
    workloadBase,
    offset,
    lineBase,
    workloads:
      last && samePlace
        ? last.workloads
        : documentBase === 0 && workloadBase === 0
          ? workloads
          : workloads.map((w) => shiftWorkload(w, documentBase, workloadBase)),
    others:
      last && samePlace
        ? last.others
        : documentBase === 0
          ? others
          : others.map((o) => ({ ...o, documentIndex: o.documentIndex + documentBase })),
    problems:
      last && sameOffset
        ? last.problems
        : offset === 0
          ? problems
          : problems.map((p) => ({
              ...p,
              start: p.start + offset,
              end: p.end + offset,
              // Pieces start at line starts, so only the line moves, never the column.
              line: p.line + lineBase,
            })),
  };
  result.placed = placed;
  return placed;
}

function shiftWorkload(w: WorkloadRef, documentBase: number, workloadBase: number): WorkloadRef {
  const containers: ContainerRef[] = w.containers.map((c) => ({
    ...c,
    workloadIndex: c.workloadIndex + workloadBase,
  }));
  return { ...w, documentIndex: w.documentIndex + documentBase, containers };
}

/**
 * An edit of one piece that readEdited read in place: the whole edited text, and the units of the
 * read it edited with the edited piece in place (later pieces moved by the edit's length change).
 */
interface EditedRead {
  readonly text: string;
  /** The units of the read that was edited: the fast path holds only while they are the last. */
  readonly base: readonly Unit[];
  readonly units: readonly Unit[];
  /** The unit the edit replaced. */
  readonly replaced: Unit;
}

/**
 * A reader that splits the text at document markers (see split.ts), parses only the pieces whose
 * text it did not see in the previous call, and shifts the cached results of the others into
 * place. Typing in one document of a 1 MB manifest then parses a few kilobytes, not the megabyte.
 * A read of the text a document handle's edit just made (readEdited) does not even split it: the
 * edit says which piece changed. Texts with a `%` directive line are parsed whole. Never throws,
 * as {@link parseManifest}.
 */
export function createManifestReader(): ManifestReader {
  let cache = new Map<string, SourceResult>();
  let lastUnits: readonly Unit[] = [];
  // The last text read whole (a `%` line), so that an adopted worker result is not read again.
  let whole: Manifest | undefined;
  // The latest edit read in place, for the read of its text that follows.
  let edited: EditedRead | undefined;
  const sourceOf = (piece: StreamPiece) =>
    piece.beforeDocumentStart ? `${piece.text}---` : piece.text;

  /** What document handles need of the unit that holds `documentIndex` (documentHandle.ts). */
  const documentPiece = (
    read: Manifest,
    units: readonly Unit[],
    unit: UnitSpan,
    documentIndex: number,
  ): DocumentPiece => ({
    start: unit.start,
    end: unit.end,
    text: units[unit.unitIndex]!.piece.text,
    documents: units[unit.unitIndex]!.documents,
    documentIndex: documentIndex - unit.firstDocument,
    documentCount: unit.documentCount,
    outside(): LineBreaks {
      let crlf = 0;
      let lf = 0;
      units.forEach(({ result }, i) => {
        if (i === unit.unitIndex) return;
        const breaks = lineBreaksOf(result);
        crlf += breaks.crlf;
        lf += breaks.lf;
      });
      return { crlf, lf };
    },
    readEdited(text: string): EditedPiece | undefined {
      const whole = read.text.slice(0, unit.start) + text + read.text.slice(unit.end);
      // A text this large the reader refuses, as only an edit of the whole text can say.
      if (tooLargeProblem(whole)) return undefined;
      const piece = { start: unit.start, text, beforeDocumentStart: unit.marker };
      const source = sourceOf(piece);
      const parsed = parseStreamDocuments(source);
      const result = sourceResult(parsed);
      const inPlace =
        cutHeld(piece, result) &&
        result.documentCount === unit.documentCount + (unit.marker ? 1 : 0) &&
        parsed.documents.every((doc) => doc.errors.length === 0);
      if (!inPlace) return undefined;
      // The next read, of the edited text, finds the piece read (read() keeps what it uses).
      cache.set(source, result);
      // Reading the edited text right after needs no split of it when the text read had no
      // errors (the other pieces have none) and the edited piece brings none of the whole text's.
      const fits =
        !read.problems.some((p) => p.severity === 'error') &&
        wholeTextProblems(text, []).length === 0;
      if (fits) {
        const delta = text.length - (unit.end - unit.start);
        const next = units.map((u, i): Unit => {
          if (i === unit.unitIndex) {
            return unit.marker ? { piece, result } : { piece, result, documents: parsed.documents };
          }
          if (i < unit.unitIndex) return u;
          return { piece: { ...u.piece, start: u.piece.start + delta }, result: u.result };
        });
        edited = { text: whole, base: units, units: next, replaced: units[unit.unitIndex]! };
      }
      const local = documentIndex - unit.firstDocument;
      const workloads = result.manifest.workloads
        .filter((w) => w.documentIndex === local)
        .map((w) => shiftWorkload(w, unit.firstDocument, unit.workloadBase));
      return { text: whole, workloads };
    },
  });

  /** The units of `text`: its pieces, each parsed or found in the cache. */
  const unitsOf = (text: string, pieces: readonly StreamPiece[]): Unit[] => {
    // Only the sources of this text are kept: the cache never outgrows the text.
    const next = new Map<string, SourceResult>();
    const lookup = (piece: StreamPiece): SourceResult => {
      const source = sourceOf(piece);
      const result = next.get(source) ?? cache.get(source) ?? readSource(source);
      next.set(source, result);
      return result;
    };
    const units: Unit[] = [];
    for (const first of pieces) {
      let piece = first;
      let result = lookup(piece);
      for (;;) {
        const previous = units[units.length - 1];
        if (previous && result.leaksBack) {
          // Read it with the piece before, where its stray tokens land.
          units.pop();
          const { start, text: before } = previous.piece;
          piece = {
            start,
            text: before + piece.text,
            beforeDocumentStart: piece.beforeDocumentStart,
          };
        } else if (!cutHeld(piece, result)) {
          // Past a cut that did not hold, the rest of the text is one source, read as a whole.
          piece = {
            start: piece.start,
            text: text.slice(piece.start),
            beforeDocumentStart: false,
          };
        } else {
          break;
        }
        result = lookup(piece);
      }
      units.push({ piece, result });
      if (!piece.beforeDocumentStart) break;
    }
    cache = next;
    return units;
  };

  /** The latest in-place edit, when it made `text` from the last read (its units then hold). */
  const editOf = (text: string): EditedRead | undefined =>
    edited?.base === lastUnits && edited.text === text ? edited : undefined;

  /**
   * The units of the text the latest in-place edit made, when `text` is that text and the edit
   * was of the last read: the other pieces are the last read's, moved, so nothing is split or
   * looked up. The cache keeps the edited piece and loses the one it replaced.
   */
  const editedUnits = (text: string): readonly Unit[] | undefined => {
    const edit = editOf(text);
    edited = undefined;
    if (!edit) return undefined;
    const { replaced } = edit;
    if (!edit.units.some((u) => u.result === replaced.result))
      cache.delete(sourceOf(replaced.piece));
    return edit.units;
  };

  /**
   * The manifest of `text` from its units, each unit's results placed where it sits. `checked`:
   * the whole text's own problems are known to be none (an edited read: see readEdited).
   */
  const assemble = (text: string, units: readonly Unit[], checked = false): Manifest => {
    const workloads: WorkloadRef[] = [];
    const others: Manifest['others'][number][] = [];
    const problems: TextProblem[] = [];
    let documentBase = 0;
    let lineBase = 0;
    const unitSpans: UnitSpan[] = [];
    units.forEach(({ piece, result }, unitIndex) => {
      const placed = place(result, documentBase, workloads.length, piece.start, lineBase);
      workloads.push(...placed.workloads);
      others.push(...placed.others);
      problems.push(...placed.problems);
      // The `---` appended to the piece opened a document that belongs to the next piece.
      const documentCount = result.documentCount - (piece.beforeDocumentStart ? 1 : 0);
      unitSpans.push({
        start: piece.start,
        end: piece.start + piece.text.length,
        marker: piece.beforeDocumentStart,
        firstDocument: documentBase,
        documentCount,
        workloadBase: workloads.length - placed.workloads.length,
        unitIndex,
      });
      documentBase += documentCount;
      lineBase += result.newlineCount;
    });
    lastUnits = units;
    const manifest: Manifest = {
      text,
      workloads,
      others,
      problems: checked
        ? problems
        : [...wholeTextProblems(text, problems, notPrintableIn(units)), ...problems],
    };
    registerPieces(manifest, (documentIndex) => {
      const unit = unitOf(unitSpans, documentIndex);
      return unit && documentPiece(manifest, units, unit, documentIndex);
    });
    return manifest;
  };

  return {
    unreadLength(text: string): number {
      // Refused at once, without parsing (parse.ts).
      if (tooLargeProblem(text)) return 0;
      // Every piece of an in-place edit's text is read but the edited one, which readEdited read.
      if (editOf(text)) return 0;
      const pieces = splitStream(text);
      if (!pieces) return whole?.text === text ? 0 : text.length;
      let unread = 0;
      for (const piece of pieces) if (!cache.has(sourceOf(piece))) unread += piece.text.length;
      return unread;
    },
    snapshot(): ReaderSnapshot {
      return {
        whole: whole && { ...whole, text: '' },
        sources: lastUnits.map(({ piece, result }) => ({
          start: piece.start,
          end: piece.start + piece.text.length,
          marker: piece.beforeDocumentStart,
          // Without the placement (the receiver places anew) and the source text (it has it).
          result: {
            documentCount: result.documentCount,
            newlineCount: result.newlineCount,
            lastLineStart: result.lastLineStart,
            lastDocumentStart: result.lastDocumentStart,
            leaksBack: result.leaksBack,
            manifest: { ...result.manifest, text: '' },
          },
        })),
      };
    },
    adopt(text: string, snapshot: ReaderSnapshot): void {
      if (snapshot.whole) whole = { ...snapshot.whole, text };
      for (const { start, end, marker, result } of snapshot.sources) {
        const source = text.slice(start, end) + (marker ? '---' : '');
        cache.set(source, { ...result, manifest: { ...result.manifest, text: source } });
      }
    },
    read(text: string): Manifest {
      const fast = editedUnits(text);
      if (fast) return assemble(text, fast, true);
      lastUnits = [];
      const pieces = tooLargeProblem(text) ? undefined : splitStream(text);
      if (!pieces) {
        cache = new Map();
        if (whole?.text !== text) whole = parseManifest(text);
        return whole;
      }
      whole = undefined;
      return assemble(text, unitsOf(text, pieces));
    },
  };
}
