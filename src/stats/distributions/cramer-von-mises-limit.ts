/**
 * CDF of the limiting (n → ∞) distribution of the Cramér–von Mises
 * statistic ω², as scipy's private `_cdf_cvm_inf` (scipy 1.10), from
 * Csörgő & Faraway (1996) eq. 1.2:
 *   F(x) = 1/(π√x) · Σ_{k≥0} Γ(k + ½)/(Γ(½)·k!)… written as
 *   Σ_k  e^{lnΓ(k+½) − lnΓ(k+1)} / (π^{3/2} √x) · √(4k+1) · e^{−q} · K_{1/4}(q),
 *   q = (4k + 1)² / (16x),
 * summing terms until one is below 1e-7 in absolute value (as scipy). K_{1/4}
 * is the modified Bessel function of the second kind, computed here from
 *   K_ν(z) = ∫₀^∞ e^{−z·cosh t} cosh(νt) dt
 * by the trapezoidal rule, which converges geometrically for this analytic,
 * doubly-exponentially decaying integrand (Trefethen & Weideman 2014).
 *
 * References:
 * - S. Csörgő, J. J. Faraway, J. R. Stat. Soc. B 58(1) (1996) 221–234.
 * - L. N. Trefethen, J. A. C. Weideman, SIAM Rev. 56(3) (2014) 385–458.
 * - DLMF 10.32.9 (integral representation of K_ν).
 */
import { logGamma } from '../special/log-gamma.js';

/** K_ν(z) for z > 0 by the trapezoidal rule on ∫₀^∞ e^{−z cosh t} cosh(νt) dt. */
function besselK(nu: number, z: number): number {
  const h = 0.02;
  let sum = 0.5 * Math.exp(-z);
  for (let i = 1; ; i++) {
    const t = i * h;
    const e = z * Math.cosh(t);
    if (e - nu * t > 745) break;
    sum += Math.exp(-e) * Math.cosh(nu * t);
  }
  return sum * h;
}

export function cramerVonMisesLimitCdf(x: number): number {
  if (!(x > 0)) return 0;
  let total = 0;
  for (let k = 0; k < 1000; k++) {
    const u = Math.exp(logGamma(k + 0.5) - logGamma(k + 1)) / (Math.PI ** 1.5 * Math.sqrt(x));
    const y = 4 * k + 1;
    const q = (y * y) / (16 * x);
    const term = u * Math.sqrt(y) * Math.exp(-q) * besselK(0.25, q);
    total += term;
    if (Math.abs(term) < 1e-7) break;
  }
  return total;
}
