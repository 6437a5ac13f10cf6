/**
 * The sum of a float64 array in numpy's order of additions (`numpy.sum` of a
 * contiguous 1-d array): the same rounding, so the same bits. Used where a
 * peer's test compares sums for equality (a permutation test counts the
 * permuted statistics ≥ the observed one, and mathematically equal sums must
 * come out equal in the same way as the peer's).
 *
 * Definition (numpy `pairwise_sum`): fewer than 8 values are added one by one
 * from 0; up to 128 values go to 8 running sums r₀..r₇ (rⱼ takes values
 * j, j+8, …), combined as ((r₀+r₁)+(r₂+r₃))+((r₄+r₅)+(r₆+r₇)), then the
 * n mod 8 last values are added one by one; more than 128 are split at
 * ⌊n/2⌋ rounded down to a multiple of 8 and the halves' sums added.
 *
 * Reference: numpy, numpy/core/src/umath/loops_utils.h.src (`pairwise_sum`).
 */
export function numpyPairwiseSum(a: ArrayLike<number>, from = 0, n = a.length - from): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += a[from + i];
    return res;
  }
  if (n <= 128) {
    let r0 = a[from];
    let r1 = a[from + 1];
    let r2 = a[from + 2];
    let r3 = a[from + 3];
    let r4 = a[from + 4];
    let r5 = a[from + 5];
    let r6 = a[from + 6];
    let r7 = a[from + 7];
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      r0 += a[from + i];
      r1 += a[from + i + 1];
      r2 += a[from + i + 2];
      r3 += a[from + i + 3];
      r4 += a[from + i + 4];
      r5 += a[from + i + 5];
      r6 += a[from + i + 6];
      r7 += a[from + i + 7];
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += a[from + i];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return numpyPairwiseSum(a, from, n2) + numpyPairwiseSum(a, from + n2, n - n2);
}
