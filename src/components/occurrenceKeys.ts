/**
 * A React key for each of `names` that stays with its item while others come and go: the name
 * and how often it came before (`a`, `b`, `a` → `0:a`, `0:b`, `1:a`). An index would give every
 * item after an inserted one a new key, and React would rebuild them, their text nodes and the
 * focus inside them with them.
 */
export function occurrenceKeys(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = seen.get(name) ?? 0;
    seen.set(name, count + 1);
    return `${count}:${name}`;
  });
}
