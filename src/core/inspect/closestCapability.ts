import { CAPABILITIES } from '../capabilityCatalog.ts';
import { spellingOf } from './spelling.ts';

/**
 * The letters that tell names apart: upper case, without `-`, ` ` or `_` (so `NET-ADMIN`,
 * `NET ADMIN` and `NETADMIN` all read `NETADMIN`) and without a leading `CAP`. No capability name
 * starts with CAP, so dropping it can only remove a prefix.
 */
function lettersOf(name: string): string {
  const squashed = name.toUpperCase().replace(/[-_ ]/g, '');
  return squashed.startsWith('CAP') ? squashed.slice('CAP'.length) : squashed;
}

/**
 * Optimal string alignment (restricted Damerau–Levenshtein) distance: insertions, deletions,
 * substitutions and swaps of two adjacent letters each cost 1. No dependency of ours provides it,
 * and names are short, so this is the textbook dynamic programme over the full table.
 */
function osaDistance(a: string, b: string): number {
  const width = b.length + 1;
  // d[i * width + j]: the distance between the first i letters of a and the first j of b.
  const d = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number): number => d[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) d[i * width] = i;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * width + j] = best;
    }
  }
  return at(a.length, b.length);
}

// ALL competes without ever being suggested: a near-ALL such as `ALLL` (one edit from ALL and from
// KILL) then gets no suggestion rather than KILL, and a typo is never corrected into `add: [ALL]`.
const CANDIDATES: readonly { readonly name: string; readonly letters: string }[] = [
  ...CAPABILITIES.map((c) => c.name),
  'ALL',
].map((name) => ({ name, letters: lettersOf(name) }));

/** Edits allowed for a name of `length` letters: one typo in a short name, two in a longer one. */
function allowedDistance(length: number): number {
  return length <= 7 ? 1 : 2;
}

/**
 * The capability a misspelt add/drop entry most probably means (`SYS_ADMINN`, `NET-ADMIN`,
 * `CAP_SYS_ADMN`, `sys_tme`), as its canonical Kubernetes name; undefined when there is no clear
 * answer.
 *
 * Strict on purpose, because the app offers the answer as a one-click correction:
 * - a name {@link spellingOf} already understands (`SYS_ADMIN`, `cap_sys_admin`, `All`) is not a
 *   misspelling and gets undefined; its own warnings say how to write it;
 * - case, a `CAP` prefix and `-`/` `/`_` are ignored, then the optimal-string-alignment distance
 *   must be at most 1 for a name of up to 7 letters (separators and prefix not counted) and at most
 *   2 for a longer one;
 * - exactly one capability must be the closest: a tie (`SET_ID`: SETUID or SETGID?) gives undefined,
 *   and so does a name closest to `ALL`.
 *
 * @example
 * closestCapability('SYS_ADMINN'); // 'SYS_ADMIN'
 * closestCapability('NETADMIN'); // 'NET_ADMIN'
 * closestCapability('NET_FOO'); // undefined
 */
export function closestCapability(name: string): string | undefined {
  if (spellingOf(name).canonical !== undefined) return undefined;
  const letters = lettersOf(name);
  const allowed = allowedDistance(letters.length);
  let best = allowed + 1;
  let closest: string | undefined;
  let tied = false;
  for (const candidate of CANDIDATES) {
    // The distance is at least the difference in length: skip the table (and long pasted junk).
    if (Math.abs(candidate.letters.length - letters.length) > allowed) continue;
    const distance = osaDistance(letters, candidate.letters);
    if (distance < best) {
      best = distance;
      closest = candidate.name;
      tied = false;
    } else if (distance === best) {
      tied = true;
    }
  }
  return tied || closest === 'ALL' ? undefined : closest;
}
