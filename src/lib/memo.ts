/**
 * `fn` remembering its last call: called again with the same arguments (each the same value or
 * object, `Object.is`), it returns the same result object without running. What a view-model
 * needs so that a part of its output keeps its identity while its inputs do not change (a chart
 * layer given the same option object is not redrawn), as a selector library or MobX's
 * `computed` would, in a few lines.
 */
export function memoLast<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (
      last &&
      last.args.length === args.length &&
      last.args.every((a, i) => Object.is(a, args[i]))
    ) {
      return last.result;
    }
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
