// Binary search over sorted data, written once (line starts, token offsets, merged spans, run lists).

/**
 * The first index in [0, length) where `before(index)` is false, for a test that is true for a prefix
 * and false after it; `length` when it is true everywhere.
 */
function partitionPoint(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** partitionPoint over the values of a list: the first index whose value fails `before`. */
export function partitionList<T>(list: ArrayLike<T>, before: (value: T) => boolean): number {
  return partitionPoint(list.length, (mid) => {
    const value = list[mid];
    return value !== undefined && before(value); // mid < length: always a value of the list
  });
}

/**
 * The first index of an ascending list whose value is ≥ `value` (partitionList(sorted, (v) => v < value)), written out:
 * no closures per call (sequence-numbering asks it for every marker it looks for; round 34).
 */
export function indexAtOrAfter(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? Infinity) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the last value ≤ `value` in an ascending list whose first value is 0 (e.g. line starts): at least 0. */
export function indexAtOrBefore(sorted: ArrayLike<number>, value: number): number {
  // partitionList's search written out: no two closures per call (positionAt runs for every finding).
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? Infinity) <= value) low = mid + 1;
    else high = mid;
  }
  return Math.max(0, low - 1);
}
