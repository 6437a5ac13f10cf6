/**
 * First Wasserstein (earth mover's) distance between two samples, as
 * `scipy.stats.wasserstein_distance(u, v)`:
 *   W₁(u, v) = ∫ |U(t) − V(t)| dt
 * with U, V the empirical CDFs. In drift-check (as Evidently's
 * `wasserstein`) it is divided by the reference standard deviation
 * (population, ddof = 0), floored at 0.001 so a constant reference does not
 * divide by zero. A distance: no p-value; symmetric in u and v.
 *
 * References:
 * - L. N. Vaserstein, Probl. Peredachi Inf. 5(3) (1969) 64–72.
 * - scipy.stats.wasserstein_distance, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.wasserstein_distance.html
 * - Evidently, src/evidently/calculations/stattests/wasserstein_distance_norm.py
 */
import { cdfDistanceSorted } from './cdf-distance.js';

/** Both samples ascending, without NaN. */
export function wassersteinDistanceSorted(us: ArrayLike<number>, vs: ArrayLike<number>): number {
  return cdfDistanceSorted(1, us, vs);
}
