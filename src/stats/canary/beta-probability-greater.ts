/**
 * P(X > Y) for independent X ~ Beta(a1, b1) and Y ~ Beta(a2, b2) with
 * positive integer parameters: with uniform Beta(1, 1) priors and binomial
 * counts (s successes, f failures per variant, parameters 1 + s and 1 + f),
 * the posterior probability that the canary's rate is higher than the
 * baseline's — the Beta–Binomial model of Bayesian A/B testing.
 *
 * Definition: P(X > Y) = ∫₀¹ f_Y(q) · (1 − F_X(q)) dq.
 *
 * Method: the closed form for an integer parameter (Miller 2015; Cook 2005
 * for the same sum): with A ~ Beta(αA, βA), B ~ Beta(αB, βB), αB an integer,
 *   P(B > A) = Σ_{i=0}^{αB−1} t_i,
 *   t_i = B(αA + i, βA + βB) / ((βB + i) · B(1 + i, βB) · B(αA, βA)).
 * Consecutive terms have a rational ratio and the first is a product:
 *   t_0 = B(αA, βA + βB) / B(αA, βA) = Π_{k=0}^{αA−1} (βA + k) / (βA + βB + k),
 *   t_{i+1} / t_i = (αA + i)(βB + i) / ((αA + βA + βB + i)(1 + i)),
 * so the sum takes only multiplications (no log-gamma, whose absolute error
 * grows with the counts), with a power-of-two scale kept apart so that
 * terms below the smallest double are not lost. Every factor is a ratio of
 * exact integers, so the relative error is about (number of factors) × 2⁻⁵³.
 *
 * Of the four equivalent sums (swap the variables: P(X > Y) = 1 − P(Y > X);
 * reflect them: P(X > Y) = P(1 − Y > 1 − X), 1 − X ~ Beta(b1, a1)) the one
 * over the smallest parameter is taken, and its first term from the shorter
 * product (Γ(βA + βB)Γ(αA + βA) / (Γ(αA + βA + βB)Γ(βA)) is also
 * Π_{k=0}^{βB−1} (βA + k) / (αA + βA + k)). The cost is O(min(a1, b1, a2, b2)
 * + min(…)) multiplications, so millions of requests stay cheap.
 *
 * References:
 * - E. Miller, "Formulas for Bayesian A/B testing", 2015,
 *   https://www.evanmiller.org/bayesian-ab-testing.html (the sum).
 * - J. D. Cook, "Exact calculation of beta inequalities", UT MD Anderson
 *   technical report, 2005 (recurrences for integer parameters).
 * - A. Gelman et al., "Bayesian Data Analysis", 3rd ed., 2013, §2.4
 *   (beta-binomial conjugacy).
 */

const SCALE_LIMIT = 2 ** 500;
const LOG2_SCALE_LIMIT = 500;

/** A positive number m · 2^e, so that long products neither overflow nor underflow. */
class Scaled {
  m = 1;
  e = 0;
  times(f: number): void {
    this.m *= f;
    if (this.m < 1 / SCALE_LIMIT) {
      this.m *= SCALE_LIMIT;
      this.e -= LOG2_SCALE_LIMIT;
    } else if (this.m > SCALE_LIMIT) {
      this.m /= SCALE_LIMIT;
      this.e += LOG2_SCALE_LIMIT;
    }
  }
  value(): number {
    // 2^e may underflow to 0 for a term far below the sum's precision: then it counts nothing.
    return this.e < -1100 ? 0 : this.m * 2 ** this.e;
  }
}

/** P(B > A), A ~ Beta(αA, βA), B ~ Beta(αB, βB), all positive integers: the sum over αB terms. */
function probabilityBGreater(alphaA: number, betaA: number, alphaB: number, betaB: number): number {
  const term = new Scaled();
  if (alphaA <= betaB) for (let k = 0; k < alphaA; k++) term.times((betaA + k) / (betaA + betaB + k));
  else for (let k = 0; k < betaB; k++) term.times((betaA + k) / (alphaA + betaA + k));
  let sum = 0;
  for (let i = 0; i < alphaB; i++) {
    sum += term.value();
    term.times(((alphaA + i) * (betaB + i)) / ((alphaA + betaA + betaB + i) * (1 + i)));
  }
  return sum;
}

export function betaProbabilityGreater(a1: number, b1: number, a2: number, b2: number): number {
  for (const v of [a1, b1, a2, b2]) {
    if (!(Number.isSafeInteger(v) && v >= 1)) throw new RangeError(`betaProbabilityGreater: needs positive integer parameters, got ${a1}, ${b1}, ${a2}, ${b2}`);
  }
  const shortest = Math.min(a1, b1, a2, b2);
  let p: number;
  if (shortest === a1) p = probabilityBGreater(a2, b2, a1, b1); // P(X > Y) directly
  else if (shortest === b2) p = probabilityBGreater(b1, a1, b2, a2); // P(1 − Y > 1 − X)
  else if (shortest === a2) p = 1 - probabilityBGreater(a1, b1, a2, b2); // 1 − P(Y > X)
  else p = 1 - probabilityBGreater(b2, a2, b1, a1); // 1 − P(1 − X > 1 − Y)
  return Math.min(1, Math.max(0, p));
}
