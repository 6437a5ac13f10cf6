/**
 * P(X > Y) for independent X ~ Beta(a1, b1) and Y ~ Beta(a2, b2): with
 * uniform Beta(1, 1) priors and binomial counts (s successes, f failures
 * per variant), the posterior probability that the canary's rate is higher
 * than the baseline's — the Beta–Binomial model of Bayesian A/B testing.
 *
 * Definition: P(X > Y) = ∫₀¹ f_X(p) · F_Y(p) dp, with f_X the Beta(a1, b1)
 * density and F_Y(p) = I_p(a2, b2) the regularized incomplete beta function.
 *
 * Method: composite Simpson's rule on that integral, over the window where
 * f_X carries its mass (mean ± 12 standard deviations, clipped to [0, 1]),
 * so that counts in the millions are as cheap as small ones. Closed forms
 * exist (Miller 2015: a sum of α terms), but their cost grows with the
 * counts. Needs a1, b1 ≥ 1 (a bounded density); a2, b2 > 0.
 *
 * References:
 * - E. Miller, "Formulas for Bayesian A/B testing", 2015,
 *   https://www.evanmiller.org/bayesian-ab-testing.html
 * - A. Gelman et al., "Bayesian Data Analysis", 3rd ed., 2013, §2.4
 *   (beta-binomial conjugacy).
 */
import { logBeta } from '../special/log-gamma.js';
import { regularizedBeta } from '../special/regularized-beta.js';

const INTERVALS = 2000;

export function betaProbabilityGreater(a1: number, b1: number, a2: number, b2: number): number {
  if (!(a1 >= 1 && b1 >= 1)) throw new RangeError(`betaProbabilityGreater: needs a1, b1 ≥ 1, got ${a1}, ${b1}`);
  if (!(a2 > 0 && b2 > 0)) throw new RangeError(`betaProbabilityGreater: needs a2, b2 > 0, got ${a2}, ${b2}`);
  const s = a1 + b1;
  const mean = a1 / s;
  const sd = Math.sqrt((a1 * b1) / (s * s * (s + 1)));
  const lo = Math.max(0, mean - 12 * sd);
  const hi = Math.min(1, mean + 12 * sd);
  const lb = logBeta(a1, b1);
  const density = (p: number): number => {
    // At the ends p^(a1−1) or (1−p)^(b1−1) is 1 when its exponent is 0, else 0.
    if (p <= 0) return a1 === 1 ? Math.exp(-lb) : 0;
    if (p >= 1) return b1 === 1 ? Math.exp(-lb) : 0;
    return Math.exp((a1 - 1) * Math.log(p) + (b1 - 1) * Math.log1p(-p) - lb);
  };
  const f = (p: number) => {
    const d = density(p);
    return d === 0 ? 0 : d * regularizedBeta(Math.min(1, Math.max(0, p)), a2, b2);
  };
  const h = (hi - lo) / INTERVALS;
  let sum = f(lo) + f(hi);
  for (let i = 1; i < INTERVALS; i++) sum += (i % 2 === 1 ? 4 : 2) * f(lo + i * h);
  return Math.min(1, Math.max(0, (sum * h) / 3));
}
