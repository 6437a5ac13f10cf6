import type { Rng } from './prng.js';

/**
 * An exact Binomial(n, p) random variate.
 *
 * Definition: P(X = k) = C(n, k) p^k (1 − p)^(n − k), k = 0..n.
 *
 * Method: for p > 1/2 the variate is n − Binomial(n, 1 − p). When n·p < 10
 * it is drawn by sequential inversion of the CDF (the expected number of
 * steps is n·p + 1). Otherwise it uses BTRS, Hörmann's transformed rejection
 * with squeeze: a candidate from a hat built on the transformed uniform is
 * accepted on a cheap squeeze (about 86% of the time) or on the exact
 * log-pmf ratio, so the expected cost is O(1) whatever n is. The log-pmf uses
 * exact log-factorials below 256 and the Stirling series above (error
 * below 1e-13).
 *
 * References: W. Hörmann, "The generation of binomial random variates",
 * Journal of Statistical Computation and Simulation 46 (1993) 101–110,
 * algorithm BTRS; L. Devroye, "Non-Uniform Random Variate Generation" (1986),
 * X.4 (inversion).
 */
export function binomial(rng: Rng, n: number, p: number): number {
  if (!(n >= 0) || !Number.isInteger(n)) throw new RangeError(`binomial: n must be a non-negative integer, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomial: p must be in [0, 1], got ${p}`);
  if (n === 0 || p === 0) return 0;
  if (p === 1) return n;
  if (p > 0.5) return n - binomialLow(rng, n, 1 - p);
  return binomialLow(rng, n, p);
}

/** p ≤ 1/2. */
function binomialLow(rng: Rng, n: number, p: number): number {
  return n * p < 10 ? inversion(rng, n, p) : btrs(rng, n, p);
}

function inversion(rng: Rng, n: number, p: number): number {
  const q = 1 - p;
  const s = p / q;
  const a = (n + 1) * s;
  const r0 = Math.exp(n * Math.log1p(-p));
  for (;;) {
    let r = r0;
    let u = rng.next();
    let x = 0;
    while (u > r) {
      u -= r;
      x++;
      if (x > n) break;
      r *= a / x - s;
    }
    if (x <= n) return x;
    // Rounding pushed u past the total mass: draw again.
  }
}

const LOG_FACT_TABLE = (() => {
  const t = new Float64Array(256);
  for (let k = 1; k < 256; k++) t[k] = t[k - 1] + Math.log(k);
  return t;
})();
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** log(k!) for a non-negative integer k. */
function logFactorial(k: number): number {
  if (k < 256) return LOG_FACT_TABLE[k];
  const x = k + 1;
  const x2 = x * x;
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + (1 / 12 - (1 / 360 - 1 / (1260 * x2)) / x2) / x;
}

function btrs(rng: Rng, n: number, p: number): number {
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  // The constants of the exact test are computed only when a candidate
  // reaches it (about one in seven): most draws end at the squeeze, and
  // these logarithms were most of a draw's cost.
  let alpha = Number.NaN;
  let lpq = Number.NaN;
  let m = 0;
  let h = Number.NaN;
  for (;;) {
    const u = rng.next() - 0.5;
    let v = rng.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    if (h !== h) {
      alpha = (2.83 + 5.1 / b) * spq;
      lpq = Math.log(p / q);
      m = Math.floor((n + 1) * p);
      h = logFactorial(m) + logFactorial(n - m);
    }
    v = Math.log((v * alpha) / (a / (us * us) + b));
    if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq) return k;
  }
}
