/**
 * Timing helpers for the benchmarks: medians over interleaved rounds of CPU time, robust to a busy
 * machine (several engineers' test runs share it; wall time then measures them, not us).
 */

/** CPU milliseconds (user + system, this process) of one call of `fn`, over `repeat` calls. */
function sample(fn: () => void, repeat: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < repeat; i++) fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / repeat;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Median milliseconds per call of each function. The functions run alternately, round after
 * round, so a burst of load on the machine hits all of them alike and their ratio stays fair.
 */
export function compare(fns: readonly (() => void)[], budgetMs: number): number[] {
  return compareRounds(fns, budgetMs).map(median);
}

/**
 * Median, over rounds, of `b / a` measured within the same round: a paired comparison, so a burst
 * of load or a garbage collection owed by earlier work skews one round, not the figure. At 1 KB a
 * single collection is worth several calls, and a ratio of two medians swung by ±0.3 between runs.
 */
export function compareRatio(
  a: () => void,
  b: () => void,
  budgetMs: number,
): { a: number; b: number; ratio: number } {
  const [sa, sb] = compareRounds([a, b], budgetMs) as [number[], number[]];
  return { a: median(sa), b: median(sb), ratio: median(sa.map((x, i) => sb[i]! / x)) };
}

/** Per-function samples (milliseconds per call), one per round. */
function compareRounds(fns: readonly (() => void)[], budgetMs: number): number[][] {
  // Warm up (JIT, caches) and size the repeat count so that a sample takes at least ~50 ms.
  for (const fn of fns) sample(fn, 3);
  const first = fns.map((fn) => sample(fn, 1));
  const repeat = Math.max(1, Math.ceil(50 / Math.max(0.01, Math.min(...first))));
  const roundMs = first.reduce((a, b) => a + b, 0) * repeat;
  const rounds = Math.max(3, Math.min(40, Math.floor(budgetMs / Math.max(roundMs, 1))));
  const samples: number[][] = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    // Alternate the order too, so that neither function always runs on the other's garbage.
    const order = fns.map((_, i) => i);
    if (r % 2) order.reverse();
    for (const i of order) samples[i]!.push(sample(fns[i]!, repeat));
  }
  return samples;
}

/** `1234.5` → `1235 ms CPU`, `3.21` → `3.21 ms CPU`. */
export function ms(value: number): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ms CPU`;
}
