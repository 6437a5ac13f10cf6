/**
 * Two-sample Kolmogorov–Smirnov test (two-sided), as
 * `scipy.stats.ks_2samp(x, y, method='auto')` in scipy 1.10.
 *
 * Definition: with F_x, F_y the empirical CDFs,
 *   D = sup_t |F_x(t) − F_y(t)|,
 * evaluated at every pooled value (ties are handled by right-continuous
 * CDFs, i.e. `searchsorted(side='right')`).
 *
 * p-value:
 * - exact when max(n_x, n_y) ≤ 10000 (scipy's MAX_AUTO_N): P(D' ≥ D) over
 *   all C(n_x+n_y, n_x) equally likely orderings, counted on the lattice of
 *   Hodges (1958) — for n_x = n_y the alternating reflection sum in a
 *   Horner-like form, otherwise Viehmann's (2021) recursion for 1 − p inside
 *   the band |x/m − y/n| < h/lcm(m,n), with h = round(D·lcm). If that
 *   computation leaves [0, 1] scipy falls back to the asymptotic method, and
 *   so does this one.
 * - asymptotic otherwise: P(D_{n_e} > D) of the one-sample two-sided
 *   distribution (`kstwo.sf`) with n_e = round(m·n/(m+n)) (Smirnov 1939;
 *   see kolmogorov-two-sided.ts).
 * The result is clipped to [0, 1].
 *
 * References:
 * - J. L. Hodges Jr., Ark. Mat. 3(43) (1958) 469–486.
 * - T. Viehmann, "Numerically more stable computation of the p-values for
 *   the two-sample Kolmogorov–Smirnov test", arXiv:2102.08037 (2021).
 * - N. V. Smirnov, Bull. Math. Univ. Moscou 2(2) (1939).
 * - scipy.stats.ks_2samp, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.ks_2samp.html
 */
import { kolmogorovTwoSidedSf } from '../distributions/kolmogorov-two-sided.js';

export interface KsResult {
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
}

const MAX_AUTO_N = 10000;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** numpy's round: half to even. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** P(D_{n,n} ≥ h/n): 2·(A₀(1 − A₁(1 − A₂(…)))) with Aₖ the reflection ratios. */
function probOutsideSquare(n: number, h: number): number {
  let P = 0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
    k--;
  }
  return 2 * P;
}

/** 1 − (share of lattice paths staying strictly inside |x/m − y/n| < h/lcm). */
function outerProbInside(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let j = minj; j < maxj; j++) A[j] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
    minj = Math.min(minj, n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, Math.min(lenA, maxj - minj + (lastlen - curlen)));
  }
  return A[maxj - minj - 1];
}

function sortedCopy(a: ArrayLike<number>): Float64Array {
  const s = Float64Array.from(a);
  s.sort();
  return s;
}

/**
 * The statistic D of two ascending samples, walking them in merged order.
 * Computed as scipy does (cdf1 − cdf2 with each CDF a quotient), so that
 * h = round(D·lcm) lands on the same integer.
 */
export function ksStatisticSorted(xs: Float64Array, ys: Float64Array): number {
  const n1 = xs.length;
  const n2 = ys.length;
  let i = 0;
  let j = 0;
  let maxS = -Infinity;
  let minS = Infinity;
  while (i < n1 || j < n2) {
    const v = i < n1 && (j >= n2 || xs[i] <= ys[j]) ? xs[i] : ys[j];
    while (i < n1 && xs[i] <= v) i++;
    while (j < n2 && ys[j] <= v) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxS) maxS = diff;
    if (diff < minS) minS = diff;
  }
  const minAbs = Math.min(Math.max(-minS, 0), 1);
  return minAbs > maxS ? minAbs : maxS;
}

/**
 * Two-sided two-sample KS test. NaN must be removed by the caller (scipy
 * would sort NaN last and give a meaningless D); an empty sample gives NaN.
 */
export function kolmogorovSmirnov(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: { method?: 'auto' | 'exact' | 'asymptotic'; sorted?: boolean } = {},
): KsResult {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) return { statistic: NaN, pValue: NaN, method: 'asymptotic' };
  const xs = options.sorted && x instanceof Float64Array ? x : sortedCopy(x);
  const ys = options.sorted && y instanceof Float64Array ? y : sortedCopy(y);
  return ksTestOfStatistic(ksStatisticSorted(xs, ys), n1, n2, options.method);
}

/**
 * The test from the statistic D (as ksStatisticSorted computes it) and the
 * sample sizes: the exact or asymptotic p-value described above, and D
 * itself rounded to the lattice h/lcm in the exact case, as scipy does.
 */
export function ksTestOfStatistic(statistic: number, n1: number, n2: number, method: 'auto' | 'exact' | 'asymptotic' = 'auto'): KsResult {
  let d = statistic;
  const g = gcd(n1, n2);
  const n1g = n1 / g;
  const n2g = n2 / g;
  let mode = method;
  if (mode === 'auto') mode = Math.max(n1, n2) <= MAX_AUTO_N ? 'exact' : 'asymptotic';
  else if (mode === 'exact' && n1g >= 2147483647 / n2g) mode = 'asymptotic';

  let prob = NaN;
  if (mode === 'exact') {
    const lcm = n1g * n2;
    const h = roundHalfEven(d * lcm);
    d = h / lcm;
    if (h === 0) prob = 1;
    else prob = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
    if (!(prob >= 0 && prob <= 1)) mode = 'asymptotic';
  }
  if (mode === 'asymptotic') {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const en = (m * n) / (m + n);
    prob = kolmogorovTwoSidedSf(roundHalfEven(en), d);
  }
  return { statistic: d, pValue: Math.min(1, Math.max(0, prob)), method: mode };
}
