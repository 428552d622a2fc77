import { Fragment, memo } from 'react';
import { occurrenceKeys } from './occurrenceKeys.ts';

/**
 * `text` with a line-break opportunity (`<wbr>`) after every `separator`, so that a long line
 * wraps between capability names (after `,`) or between a name's words (after `_`), never inside
 * one. `<wbr>` adds no text: the element's textContent stays exactly `text`. Memoised, and each
 * part keyed by its own text (and how often it came before): a toggle that adds or drops a name in
 * the capsh panel inserts or removes that part's nodes, and every other part keeps its text node,
 * which the browser then does not re-shape. The line around them is still laid out again: the
 * panel gives each line a box of its own (capshLines.ts), so that is only the lines that changed.
 */
export const BreakAfter = memo(function BreakAfter({
  text,
  separator,
}: {
  text: string;
  separator: string;
}) {
  const parts = text.split(separator);
  const keys = occurrenceKeys(parts);
  return parts.map((part, i) => {
    // One text node a part, its separator included, and the break after it: three fibers for
    // React to reconcile instead of five (a capsh toggle reconciles ~60 parts).
    if (i === parts.length - 1) return <Fragment key={keys[i]}>{part}</Fragment>;
    return (
      <Fragment key={keys[i]}>
        {part + separator}
        <wbr />
      </Fragment>
    );
  });
});
