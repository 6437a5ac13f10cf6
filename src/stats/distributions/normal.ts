/**
 * The normal distribution N(μ, σ²): cdf, survival function and quantile
 * (scipy.stats.norm.cdf / sf / ppf).
 *
 *   Φ(z) = ½ erfc(−z/√2),  1 − Φ(z) = ½ erfc(z/√2)
 *
 * The quantile starts from Abramowitz & Stegun 26.2.23 (|error| < 4.5e-4)
 * and refines with Halley steps on the exact cdf, which reach full double
 * precision in two or three steps. The tail nearer to p is used so that
 * tiny probabilities keep their relative accuracy.
 */
import { erfc } from '../special/erf.js';

const SQRT2 = Math.SQRT2;
const SQRT_2PI = Math.sqrt(2 * Math.PI);

export function normalCdf(x: number, mean = 0, sd = 1): number {
  return 0.5 * erfc(-(x - mean) / (sd * SQRT2));
}

export function normalSf(x: number, mean = 0, sd = 1): number {
  return 0.5 * erfc((x - mean) / (sd * SQRT2));
}

export function normalPdf(x: number, mean = 0, sd = 1): number {
  const z = (x - mean) / sd;
  return Math.exp(-0.5 * z * z) / (sd * SQRT_2PI);
}

/** Lower-tail standard normal quantile for 0 < p ≤ 0.5. */
function lowerQuantile(p: number): number {
  const t = Math.sqrt(-2 * Math.log(p));
  let x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
  for (let i = 0; i < 6; i++) {
    const e = normalCdf(x) - p;
    const u = e * SQRT_2PI * Math.exp(0.5 * x * x);
    const step = u / (1 + 0.5 * x * u);
    x -= step;
    if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(x))) break;
  }
  return x;
}

export function normalQuantile(p: number, mean = 0, sd = 1): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const z = p <= 0.5 ? lowerQuantile(p) : -lowerQuantile(1 - p);
  return mean + sd * z;
}
