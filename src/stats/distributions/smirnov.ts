/**
 * The one-sided Kolmogorov–Smirnov (Smirnov) distribution: for n draws from a
 * continuous F with empirical CDF F_n, D⁺_n = sup_t (F_n(t) − F(t)) and
 *
 *   P(D⁺_n ≥ x) = x · Σ_{j=0}^{⌊n(1−x)⌋} C(n, j) (x + j/n)^(j−1) (1 − x − j/n)^(n−j)
 *
 * (Smirnov 1944; Birnbaum & Tingey 1951). This is `scipy.special.smirnov(n, x)`.
 * The terms are summed in log space (the binomial coefficient overflows a
 * double beyond n ≈ 1000), stopping once the remaining terms cannot change
 * the sum, as scipy's cephes/kolmogorov.c does. Like scipy: x ≤ 1/n and
 * x ≥ 1 − 1/n have closed forms, and n > 10⁶ uses the approximation
 * P ≈ exp(−(6nx + 1)² / (18n)).
 *
 * References:
 * - N. V. Smirnov, Usp. Mat. Nauk 10 (1944) 179–206.
 * - Z. W. Birnbaum, F. H. Tingey, Ann. Math. Statist. 22 (1951) 592–596.
 * - P. van Mulbregt, "Computing the CDF and quantiles of the one-sided
 *   Kolmogorov–Smirnov statistic", arXiv:1802.06966 (2018).
 */

/** log(DBL_MIN)-ish: exp() of anything lower underflows to 0 (cephes MINLOG). */
const MIN_LOG = -708.3964185322641;
const SMIRNOV_MAX_COMPUTE_N = 1_000_000;

/** P(D⁺_n ≥ x), the survival function of the one-sided statistic. */
export function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1) || !Number.isInteger(n)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const nx = n * x;
  const nxFloor = Math.floor(nx);
  const alpha = nx - nxFloor;
  // x ≤ 1/n: P(D⁺ < x) = x (1 + x)^(n−1).
  if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) {
    return Math.min(1, Math.max(0, 1 - x * Math.pow(1 + x, n - 1)));
  }
  if (-2 * n * x * x < MIN_LOG) return 0;
  // x ≥ 1 − 1/n: only the j = 0 term remains.
  if (nxFloor >= n - 1) return Math.pow(1 - x, n);
  if (n > SMIRNOV_MAX_COMPUTE_N) {
    const logp = -Math.pow(6 * n * x + 1, 2) / 18 / n;
    return logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp);
  }
  // j runs while 1 − x − j/n > 0, i.e. up to n − ⌊nx⌋ − 1.
  const jMax = n - nxFloor - 1;
  let sum = 0;
  let logC = 0; // log C(n, j)
  for (let j = 0; j <= jMax; j++) {
    const a = x + j / n;
    const b = (n - j) / n - x;
    if (b <= 0) break;
    let term: number;
    if (j === 0) term = Math.exp(n * Math.log1p(-x)) / x;
    else {
      const t = logC + (j - 1) * Math.log(a) + (n - j) * Math.log(b);
      term = t > MIN_LOG - 40 ? Math.exp(t) : 0;
    }
    sum += term;
    if (term !== 0) {
      if (4 * (jMax - j) * Math.abs(term) < Number.EPSILON * sum && j !== jMax) break;
    } else if (j > n / 2) break;
    logC += Math.log((n - j) / (j + 1));
  }
  return Math.min(1, Math.max(0, x * sum));
}
