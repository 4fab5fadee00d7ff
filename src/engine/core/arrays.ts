/**
 * Array helpers for arrays of any length. `target.push(...items)`,
 * `Math.max(...values)` and `fn(...rows)` pass every element as an argument
 * on the call stack: from about 120,000 elements (fewer when the stack is
 * already deep) that throws "Maximum call stack size exceeded". A ledger of
 * 10,000 rows has that many cells, so anything sized by rows or cells goes
 * through these loops instead.
 */

/** Appends `items` to `target` one by one; returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, at least `floor` (so an empty list gives `floor`). */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The smallest of `values`, at most `ceiling` (so an empty list gives `ceiling`). */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const v of values) if (v < min) min = v;
  return min;
}

/** The length of the longest row (0 for none): the width of a block of rows. */
export function widest(rows: readonly (readonly unknown[])[], floor = 0): number {
  let width = floor;
  for (const r of rows) if (r.length > width) width = r.length;
  return width;
}

/**
 * An empty record for keys that come from a file (column headers, unit names): without a prototype, a header
 * named `__proto__`, `constructor` or `toString` is a key like any other, neither an inherited member nor a
 * setter of the prototype.
 */
export function wordRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
