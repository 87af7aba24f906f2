/**
 * Binary search over ascending numbers (offsets), for the indexes that map an
 * offset to its citation, block or section in O(log n).
 */

/** The index of the first value `>= target` (`values.length` when none is). */
export function lowerBound(values: ArrayLike<number>, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The index of the first value `> target` (`values.length` when none is). */
export function upperBound(values: ArrayLike<number>, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! <= target) low = mid + 1;
    else high = mid;
  }
  return low;
}
