/**
 * The k-th smallest of the n1·n2 pairwise differences x_i − y_j of two
 * ascending samples, without forming them all.
 *
 * Definition: D_(k), 1 ≤ k ≤ n1·n2, the k-th order statistic of
 * { x_i − y_j }. The Hodges–Lehmann shift estimate and the bounds of its
 * distribution-free confidence interval are such order statistics
 * (Lehmann 1963; Bauer 1972).
 *
 * Method: count(d) = #{(i, j): x_i − y_j ≤ d} takes one merged pass over the
 * sorted samples (O(n1 + n2)), because the boundary index j moves one way
 * as i grows. A bracket lo < D_(k) ≤ hi is narrowed by interpolating on
 * the counts (the count is close to a smooth distribution function for
 * large samples), with a bisection whenever interpolation stalls; once the
 * bracket holds few enough differences they are listed and sorted. Once the
 * differences left in the bracket agree to 1e-12 relative (they can only
 * differ by the rounding of x_i − y_j), its upper end is returned. The
 * comparisons use the floating-point difference x_i − y_j itself, so the
 * result is exactly one of the differences.
 *
 * References:
 * - J. F. Monahan, "Algorithm 616: fast computation of the Hodges–Lehmann
 *   location estimator", ACM TOMS 10 (1984) 265–270 (selection among
 *   pairwise values by narrowing per-row bounds).
 * - D. B. Johnson, T. Mizoguchi, "Selecting the kth element in X + Y and
 *   X1 + X2 + … + Xm", SIAM J. Comput. 7 (1978) 147–153.
 */

interface Count {
  /** #{(i, j): x_i − y_j ≤ d}. */
  count: number;
  /** The largest difference ≤ d (−∞ if none). */
  below: number;
  /** The smallest difference > d (+∞ if none). */
  above: number;
}

function countAtMost(xs: Float64Array, ys: Float64Array, d: number): Count {
  const n2 = ys.length;
  let j = 0; // first j with x_i − y_j ≤ d; non-decreasing in i
  let count = 0;
  let below = -Infinity;
  let above = Infinity;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    while (j < n2 && x - ys[j] > d) j++;
    count += n2 - j;
    // Differences fall as j grows: row i's largest ≤ d is at j, its smallest > d at j − 1.
    if (j < n2 && x - ys[j] > below) below = x - ys[j];
    if (j > 0 && x - ys[j - 1] < above) above = x - ys[j - 1];
  }
  return { count, below, above };
}

/** The differences in (lo, hi], sorted. */
function listBetween(xs: Float64Array, ys: Float64Array, lo: number, hi: number, size: number): Float64Array {
  const out = new Float64Array(size);
  let m = 0;
  const n2 = ys.length;
  let jHi = 0; // first j with x_i − y_j ≤ hi
  let jLo = 0; // first j with x_i − y_j ≤ lo
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    while (jHi < n2 && x - ys[jHi] > hi) jHi++;
    while (jLo < n2 && x - ys[jLo] > lo) jLo++;
    for (let j = jHi; j < jLo; j++) out[m++] = x - ys[j];
  }
  const list = out.subarray(0, m);
  list.sort();
  return list;
}

/** Counts already taken, so that several order statistics near each other share their work. */
interface Probe {
  /** A value with count(value) = count (a difference when count ≥ some k). */
  at: number;
  count: number;
  /** The smallest difference above `at`. */
  above: number;
}

function select(xs: Float64Array, ys: Float64Array, k: number, probes: Probe[]): number {
  const n1 = xs.length;
  const n2 = ys.length;
  const total = n1 * n2;
  // Invariant: count(lo) < k ≤ count(hi), hi is a difference, and loNext is
  // the smallest difference above lo: when it is hi, D_(k) = hi. Start from
  // the tightest bracket earlier probes give.
  let lo = -Infinity;
  let cLo = 0;
  let loNext = xs[0] - ys[n2 - 1];
  let hi = xs[n1 - 1] - ys[0];
  let cHi = total;
  for (const p of probes) {
    if (p.count < k && p.at >= lo) {
      lo = p.at;
      cLo = p.count;
      loNext = p.above;
    } else if (p.count >= k && p.at < hi) {
      hi = p.at;
      cHi = p.count;
    }
  }
  if (lo === -Infinity) {
    // Below the smallest difference nothing counts.
    const first = countAtMost(xs, ys, loNext);
    probes.push({ at: loNext, count: first.count, above: first.above });
    if (first.count >= k) return loNext;
    lo = loNext;
    cLo = first.count;
    loNext = first.above;
  }
  const limit = Math.max(1 << 16, 2 * (n1 + n2));
  // Illinois-style regula falsi on f(d) = count(d) − k + ½ (the count is
  // close to a smooth distribution function for large samples), with a
  // bisection whenever three steps in a row failed to halve the bracket.
  let fLo = cLo - k + 0.5;
  let fHi = cHi - k + 0.5;
  let lastSide = 0;
  let slow = 0;
  for (;;) {
    if (loNext === hi) return hi;
    if (cHi - cLo <= limit) {
      const between = listBetween(xs, ys, lo, hi, cHi - cLo);
      return between[k - cLo - 1];
    }
    // Every difference in (lo, hi] lies in [loNext, hi]; differences that
    // agree to 12 significant digits differ only by the rounding of x_i − y_j.
    if (hi - loNext <= 1e-12 * Math.max(Math.abs(loNext), Math.abs(hi))) return hi;
    let d = slow >= 3 ? lo + (hi - lo) / 2 : (lo * fHi - hi * fLo) / (fHi - fLo);
    if (!(d > lo && d < hi)) d = lo + (hi - lo) / 2;
    // lo and hi adjacent doubles: every difference in (lo, hi] equals hi.
    if (!(d > lo && d < hi)) return hi;
    const c = countAtMost(xs, ys, d);
    const before = cHi - cLo;
    if (c.count >= k) {
      hi = c.below;
      cHi = c.count;
      // No difference lies in (below, d], so the smallest above `below` is the smallest above d.
      probes.push({ at: hi, count: cHi, above: c.above });
      fHi = cHi - k + 0.5;
      if (lastSide === 1) fLo /= 2;
      lastSide = 1;
    } else {
      lo = d;
      cLo = c.count;
      loNext = c.above;
      probes.push({ at: lo, count: cLo, above: loNext });
      fLo = cLo - k + 0.5;
      if (lastSide === -1) fHi /= 2;
      lastSide = -1;
    }
    slow = cHi - cLo > before / 2 ? slow + 1 : 0;
    if (slow > 3) slow = 0;
  }
}

/** Several order statistics D_(k) at once; those close together share most of the counting. */
export function pairwiseDifferenceOrderStatistics(xs: Float64Array, ys: Float64Array, ks: number[]): number[] {
  const total = xs.length * ys.length;
  for (const k of ks) {
    if (total === 0 || !(k >= 1 && k <= total) || !Number.isInteger(k)) {
      throw new RangeError(`pairwiseDifferenceOrderStatistic: k = ${k} outside 1..${total}`);
    }
  }
  const probes: Probe[] = [];
  return ks.map((k) => (k === total ? xs[xs.length - 1] - ys[0] : select(xs, ys, k, probes)));
}

export function pairwiseDifferenceOrderStatistic(xs: Float64Array, ys: Float64Array, k: number): number {
  return pairwiseDifferenceOrderStatistics(xs, ys, [k])[0];
}
