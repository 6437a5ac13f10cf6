/**
 * Regularized incomplete beta function
 *   I_x(a, b) = B(x; a, b) / B(a, b),  a, b > 0, 0 ≤ x ≤ 1
 * (scipy.special.betainc).
 *
 * Continued fraction (Abramowitz & Stegun 26.5.8) evaluated with the
 * modified Lentz method; it converges fast for x < (a + 1)/(a + b + 2),
 * and the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) covers the rest
 * (Numerical Recipes, 3rd ed., §6.4). `complement` asks for 1 − I_x(a, b)
 * computed without cancellation.
 */
import { logBeta } from './log-gamma.js';

const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITER = 100_000;

function continuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITER; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}

/** x^a (1−x)^b / (a B(a,b)), the prefactor of the continued fraction. */
function front(a: number, b: number, x: number): number {
  return Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b)) / a;
}

export function regularizedBeta(x: number, a: number, b: number, complement = false): number {
  if (Number.isNaN(x) || Number.isNaN(a) || Number.isNaN(b) || a <= 0 || b <= 0 || x < 0 || x > 1) return NaN;
  if (x === 0) return complement ? 1 : 0;
  if (x === 1) return complement ? 0 : 1;
  if (x < (a + 1) / (a + b + 2)) {
    const v = front(a, b, x) * continuedFraction(a, b, x);
    return complement ? 1 - v : v;
  }
  const w = front(b, a, 1 - x) * continuedFraction(b, a, 1 - x);
  return complement ? w : 1 - w;
}
