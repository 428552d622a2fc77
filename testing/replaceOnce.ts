/**
 * Text edits for building test inputs and expectations from fixtures (imported by tests only; the
 * `.testing.ts` name keeps it out of the test run itself). It sits in src/core, the bottom layer,
 * so the tests of every layer and the end-to-end specs can share it without an upward import.
 */

/**
 * `text` with `needle` replaced by `replacement`, taken literally (no `$&` patterns) or computed
 * from the match.
 *
 * `String.prototype.replace` returns the text unchanged when the needle is missing, so an
 * expectation built with it after a fixture changes silently says "the edit did nothing", and a
 * test input silently stops testing its case. This throws instead, unless the needle occurs as
 * `occurrences` says: a number is the exact count, and every occurrence is replaced (1 by default);
 * `'first'` or `'all'` (for a fixture that repeats its needle any number of times) need one or more
 * and replace the first or all of them. A RegExp needle is counted globally, whatever its flags.
 */
export function replaceOnce(
  text: string,
  needle: string | RegExp,
  replacement: string | ((match: string) => string),
  occurrences: number | 'first' | 'all' = 1,
): string {
  const pattern =
    typeof needle === 'string'
      ? new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g')
      : new RegExp(needle.source, needle.flags.includes('g') ? needle.flags : `${needle.flags}g`);
  const found = [...text.matchAll(pattern)].length;
  if (typeof occurrences === 'number' ? found !== occurrences : found === 0) {
    const shown = typeof needle === 'string' ? JSON.stringify(needle) : String(needle);
    const wanted = typeof occurrences === 'number' ? `not ${occurrences}` : 'not one or more';
    const shownText = text.length > 2_000 ? `${text.slice(0, 2_000)}…` : text;
    throw new Error(`replaceOnce: ${shown} occurs ${found} times, ${wanted}, in:\n${shownText}`);
  }
  const replace = (match: string) =>
    typeof replacement === 'string' ? replacement : replacement(match);
  if (occurrences === 'first')
    return text.replace(new RegExp(pattern.source, pattern.flags.replace('g', '')), replace);
  return text.replace(pattern, replace);
}
