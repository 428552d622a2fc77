/**
 * `text` cut after each newline, each piece keeping its own: joined again they are `text`, byte for
 * byte, so the panel's textContent (what is copied, what the tests compare with capsh) is
 * unchanged. The capsh panel shows each piece as a box of its own (a line-wide inline block,
 * layout.css): the browser then lays out only the lines a change touched (a toggle changes two of
 * capsh's thirteen), not one long text with every line in it, which took ~0.4 ms of each toggle's
 * layout.
 */
export function capshLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
