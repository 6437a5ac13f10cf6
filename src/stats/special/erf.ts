/**
 * Error function and its complement, through the incomplete gamma function:
 *   erf(x)  = sign(x) · P(1/2, x²)
 *   erfc(x) = Q(1/2, x²) for x ≥ 0, and 2 − erfc(−x) for x < 0
 * (Abramowitz & Stegun 7.1.1 with 6.5.16), so that erfc keeps its relative
 * accuracy far into the tail, where 1 − erf(x) would round to zero.
 */
import { regularizedGammaP, regularizedGammaQ } from './regularized-gamma.js';

export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === 0) return x;
  const v = regularizedGammaP(0.5, x * x);
  return x < 0 ? -v : v;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - regularizedGammaQ(0.5, x * x);
  return regularizedGammaQ(0.5, x * x);
}
