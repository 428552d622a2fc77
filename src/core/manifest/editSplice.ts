/**
 * Pure text splicing: applying edit lists and folding successive edits into one list against the
 * original text, so that a batch of actions reaches the editor as a single undo step.
 */
import type { TextEdit } from './editResult.ts';

/**
 * Applies edits (offsets into `text`, sorted, non-overlapping) and returns the new text.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.insert;
    at = edit.end;
  }
  return out + text.slice(at);
}

/**
 * Folds `next` (edits against the text that `done` produces from `original`) into `done`, giving
 * edits against `original`. Edits that touch or overlap an earlier one are merged with it, so the
 * result stays sorted and non-overlapping.
 */
export function composeEdits(
  original: string,
  done: readonly TextEdit[],
  next: readonly TextEdit[],
): TextEdit[] {
  let edits = [...done];
  let current = applyEdits(original, edits);
  // From the last edit backwards, so that the offsets of the ones still to fold stay valid.
  for (const edit of [...next].sort((a, b) => b.start - a.start)) {
    edits = foldOne(edits, current, edit);
    current = current.slice(0, edit.start) + edit.insert + current.slice(edit.end);
  }
  return minimise(original, edits);
}

function foldOne(edits: readonly TextEdit[], current: string, edit: TextEdit): TextEdit[] {
  const before: TextEdit[] = [];
  const touched: { edit: TextEdit; curStart: number; curEnd: number }[] = [];
  const after: TextEdit[] = [];
  let deltaBefore = 0;
  let delta = 0;
  for (const old of edits) {
    const curStart = old.start + delta;
    const curEnd = curStart + old.insert.length;
    if (curEnd < edit.start) {
      before.push(old);
      deltaBefore = delta + old.insert.length - (old.end - old.start);
    } else if (curStart > edit.end) {
      after.push(old);
    } else {
      touched.push({ edit: old, curStart, curEnd });
    }
    delta += old.insert.length - (old.end - old.start);
  }
  const first = touched[0];
  const last = touched[touched.length - 1];
  const curStart = first ? Math.min(edit.start, first.curStart) : edit.start;
  const curEnd = last ? Math.max(edit.end, last.curEnd) : edit.end;
  const origStart =
    first && first.curStart <= edit.start ? first.edit.start : edit.start - deltaBefore;
  const touchedDelta = touched.reduce(
    (sum, t) => sum + t.edit.insert.length - (t.edit.end - t.edit.start),
    0,
  );
  const origEnd =
    last && last.curEnd >= edit.end ? last.edit.end : edit.end - deltaBefore - touchedDelta;
  const updated = current.slice(0, edit.start) + edit.insert + current.slice(edit.end);
  const growth = edit.insert.length - (edit.end - edit.start);
  const merged = {
    start: origStart,
    end: origEnd,
    insert: updated.slice(curStart, curEnd + growth),
  };
  return [...before, merged, ...after];
}

/** Trims what each edit re-inserts unchanged, and drops edits that change nothing. */
function minimise(original: string, edits: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const edit of edits) {
    const removed = original.slice(edit.start, edit.end);
    let head = 0;
    const max = Math.min(removed.length, edit.insert.length);
    while (head < max && removed[head] === edit.insert[head]) head++;
    let tail = 0;
    while (
      tail < max - head &&
      removed[removed.length - 1 - tail] === edit.insert[edit.insert.length - 1 - tail]
    ) {
      tail++;
    }
    // Never split a CRLF pair: editors treat it as one line break.
    if (
      head > 0 &&
      original[edit.start + head - 1] === '\r' &&
      original[edit.start + head] === '\n'
    )
      head--;
    if (tail > 0 && original[edit.end - tail - 1] === '\r' && original[edit.end - tail] === '\n')
      tail--;
    if (removed.length - head - tail === 0 && edit.insert.length - head - tail === 0) continue;
    out.push({
      start: edit.start + head,
      end: edit.end - tail,
      insert: edit.insert.slice(head, edit.insert.length - tail),
    });
  }
  return out;
}
