/**
 * Remembers the last result of `compute` for arguments equal by reference. Selectors return it, so
 * a view re-renders (and the editor re-marks) only when the manifest, container or runtime changed,
 * and Zustand 5 sees the same array again instead of looping on a fresh one.
 */
export function memoizeLast<Args extends readonly unknown[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  let last: { args: Args; result: Result } | undefined;
  return (...args: Args) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) {
      return last.result;
    }
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}
