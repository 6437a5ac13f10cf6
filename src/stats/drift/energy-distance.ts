/**
 * Energy distance between two samples, as `scipy.stats.energy_distance(u, v)`:
 *   D(u, v) = √( 2E|X − Y| − E|X − X'| − E|Y − Y'| ) = √2 · ( ∫ (U(t) − V(t))² dt )^½
 * with U, V the empirical CDFs (the second form is what is computed, exactly,
 * over the gaps between pooled values). A distance: no p-value; symmetric.
 *
 * References:
 * - G. J. Székely, "E-statistics: the energy of statistical samples",
 *   Bowling Green State University Technical Report 03-05 (2003).
 * - scipy.stats.energy_distance, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.energy_distance.html
 */
import { cdfDistanceSorted } from './cdf-distance.js';

/** Both samples ascending, without NaN. */
export function energyDistanceSorted(us: ArrayLike<number>, vs: ArrayLike<number>): number {
  return Math.SQRT2 * cdfDistanceSorted(2, us, vs);
}
