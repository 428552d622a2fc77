import { Fragment, memo } from 'react';

/**
 * `text` with a line-break opportunity (`<wbr>`) after every `separator`, so that a long line
 * wraps between capability names (after `,`) or between a name's words (after `_`), never inside
 * one. `<wbr>` adds no text: the element's textContent stays exactly `text`. Memoised: a toggle
 * changes a few of the capsh panel's lines, and the others keep their elements.
 */
export const BreakAfter = memo(function BreakAfter({
  text,
  separator,
}: {
  text: string;
  separator: string;
}) {
  const parts = text.split(separator);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 && (
        <>
          {separator}
          <wbr />
        </>
      )}
    </Fragment>
  ));
});
