/**
 * Always-valid p-value of the mixture sequential probability ratio test
 * (mSPRT) for a difference of two means, normal approximation.
 *
 * Definition: after each look n, with θ̂ₙ the estimated difference
 * (canary − baseline), Vₙ its variance (σ²_c/n_c + σ²_b/n_b) and a normal
 * mixing distribution N(θ₀, τ²) over the alternative, the mixture
 * likelihood ratio is
 *   Λₙ = √(Vₙ / (Vₙ + τ²)) · exp( τ² (θ̂ₙ − θ₀)² / (2 Vₙ (Vₙ + τ²)) )
 * and the always-valid p-value is pₙ = min(pₙ₋₁, 1/Λₙ), p₀ = 1.
 * Because Λ is a non-negative martingale under H0 (θ = θ₀), Ville's
 * inequality gives P(∃n: pₙ ≤ α) ≤ α: however often the canary is looked
 * at, rejecting when pₙ ≤ α keeps the false-alarm rate at α. The running
 * minimum is what must be carried from run to run.
 *
 * p-value method: 1/Λₙ (Ville's inequality), not a tail probability.
 *
 * References:
 * - R. Johari, L. Pekelis, D. Walsh, "Always valid inference: bringing
 *   sequential analysis to A/B testing", arXiv:1512.04922 (2015), §4.
 * - R. Johari, P. Koomen, L. Pekelis, D. Walsh, "Peeking at A/B tests",
 *   KDD 2017.
 * - H. Robbins, "Statistical methods related to the law of the iterated
 *   logarithm", Ann. Math. Statist. 41 (1970) 1397–1409 (mixture martingales).
 */
export interface MixtureSprtInput {
  /** θ̂ₙ: the current estimate of the difference. */
  estimate: number;
  /** Vₙ: the variance of that estimate (> 0). */
  variance: number;
  /** τ²: variance of the mixing distribution (> 0), on the scale of the difference. */
  mixingVariance: number;
  /** θ₀ under H0; default 0. */
  null?: number;
  /** pₙ₋₁ from the previous look; default 1 (first look). */
  previousPValue?: number;
}

export interface MixtureSprtResult {
  /** Λₙ. */
  likelihoodRatio: number;
  /** pₙ = min(pₙ₋₁, 1/Λₙ). */
  pValue: number;
}

export function mixtureSprt(input: MixtureSprtInput): MixtureSprtResult {
  const { estimate, variance, mixingVariance } = input;
  const theta0 = input.null ?? 0;
  const previous = input.previousPValue ?? 1;
  if (!(variance > 0) || !(mixingVariance > 0) || !Number.isFinite(estimate)) {
    // No information at this look: the p-value stays where it was.
    return { likelihoodRatio: NaN, pValue: previous };
  }
  const v = variance;
  const t2 = mixingVariance;
  const d = estimate - theta0;
  const logLambda = 0.5 * Math.log(v / (v + t2)) + (t2 * d * d) / (2 * v * (v + t2));
  const likelihoodRatio = Math.exp(logLambda);
  const pValue = Math.min(previous, Math.min(1, Math.exp(-logLambda)));
  return { likelihoodRatio, pValue };
}
