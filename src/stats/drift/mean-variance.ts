/**
 * Mean and sample variance (ddof = 1) of a sample, accurate on data with a
 * large offset (1e9 + N(0, 1)), where the mean of one sample is not enough:
 * a difference of two means of about 0.1 near 1e9 is only known to the
 * means' last bit (1.2e-7), i.e. to 1e-6 of itself.
 *
 * - mean: a Neumaier-compensated sum ÷ n (one rounding's error, whatever
 *   the order of the values);
 * - meanCorrection: Σ dᵢ / n with dᵢ = xᵢ − mean (each dᵢ exact when xᵢ is
 *   within a factor 2 of the mean), compensated: the exact mean is
 *   mean + meanCorrection to about 1e-16 of the spread, so a difference of
 *   means is (m₁ − m₂) + (c₁ − c₂);
 * - variance: the corrected two-pass formula
 *     s² = (Σ dᵢ² − (Σ dᵢ)²/n) / (n − 1)
 *   with both sums compensated (Chan, Golub & LeVeque's correction).
 * A plain left-to-right sum at n = 5,000 with an offset of 1e9 moved Welch's
 * t in its fourth digit. numpy and scipy (`np.mean`, `scipy.stats._var`)
 * sum pairwise in the data's order: there scipy's own t is off by about
 * 1e-6 of itself, which this is not.
 *
 * References:
 * - A. Neumaier, "Rundungsfehleranalyse einiger Verfahren zur Summation
 *   endlicher Summen", ZAMM 54 (1974) 39–51.
 * - T. F. Chan, G. H. Golub, R. J. LeVeque, "Algorithms for computing the
 *   sample variance: analysis and recommendations", Am. Stat. 37(3) (1983)
 *   242–247, eq. 1.7.
 */

/** Σ a, compensated (Neumaier's improvement of Kahan's summation). */
export function compensatedSum(a: ArrayLike<number>, shift = 0, square = false): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < a.length; i++) {
    let v = a[i] - shift;
    if (square) v *= v;
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return s + c;
}

export function meanVariance(a: ArrayLike<number>): { mean: number; meanCorrection: number; variance: number } {
  const n = a.length;
  const mean = compensatedSum(a) / n;
  const d = compensatedSum(a, mean);
  const dd = compensatedSum(a, mean, true);
  return { mean, meanCorrection: d / n, variance: (dd - (d * d) / n) / (n - 1) };
}

/** m₁ − m₂ from two samples' moments, with their corrections. */
export function meanDifference(a: { mean: number; meanCorrection: number }, b: { mean: number; meanCorrection: number }): number {
  return a.mean - b.mean + (a.meanCorrection - b.meanCorrection);
}
