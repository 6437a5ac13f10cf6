/**
 * Searches in an ascending array that start from a known position and gallop
 * (probe 1, 2, 4, … ahead, then bisect), so a sweep over ascending keys costs
 * O(k·log(n/k)) for k keys instead of O(n) or O(k·log n).
 *
 * Reference: J. L. Bentley and A. C.-C. Yao, "An almost optimal algorithm for
 * unbounded searching", Inf. Process. Lett. 5(3) (1976) 82–87.
 */

/**
 * The first index i ≥ from with sorted[i] ≥ v (`inclusive` false: numpy's
 * searchsorted side='left') or sorted[i] > v (`inclusive` true: side='right');
 * sorted.length if there is none. Every value before `from` must be below v
 * (or ≤ v when inclusive).
 */
export function searchSortedFrom(sorted: ArrayLike<number>, v: number, from: number, inclusive: boolean): number {
  const n = sorted.length;
  let lo = from;
  // Short gaps are common (a sweep over nearly as many keys as values): step
  // through the first few values before galloping.
  const near = Math.min(n, from + 8);
  if (inclusive) while (lo < near && sorted[lo] <= v) lo++;
  else while (lo < near && sorted[lo] < v) lo++;
  if (lo < near || lo === n) return lo;
  let hi = lo;
  let step = 1;
  // Invariant: every value in [from, lo) passes (is below v, or ≤ v when inclusive).
  while (hi < n && (inclusive ? sorted[hi] <= v : sorted[hi] < v)) {
    lo = hi + 1;
    hi = lo + step;
    step *= 2;
  }
  if (hi > n) hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (inclusive ? sorted[mid] <= v : sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
