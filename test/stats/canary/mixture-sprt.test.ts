import { describe, expect, it } from 'vitest';
import { mixtureSprt } from '../../../src/stats/canary/mixture-sprt.js';
import { mannWhitneyU } from '../../../src/stats/rank/mann-whitney-u.js';
import { createRng } from '../../../src/stats/random/prng.js';
import { normalQuantile } from '../../../src/stats/distributions/normal.js';

describe('mixtureSprt', () => {
  it('computes Λ and 1/Λ by the formula (hand-derived values)', () => {
    // θ̂ = 3, V = 1, τ² = 1: Λ = √½ · e^{9/4} = 6.70885…, p = 0.149057…
    const r = mixtureSprt({ estimate: 3, variance: 1, mixingVariance: 1 });
    expect(r.likelihoodRatio).toBeCloseTo(Math.SQRT1_2 * Math.exp(2.25), 12);
    expect(r.pValue).toBeCloseTo(0.1490571, 6);
    // θ̂ = 1: Λ = √½ · e^{1/4} < 1, so p stays 1.
    expect(mixtureSprt({ estimate: 1, variance: 1, mixingVariance: 1 }).pValue).toBe(1);
  });

  it('never rises above the previous look (running minimum)', () => {
    expect(mixtureSprt({ estimate: 0, variance: 1, mixingVariance: 1, previousPValue: 0.2 }).pValue).toBe(0.2);
    expect(mixtureSprt({ estimate: 0, variance: 0, mixingVariance: 1, previousPValue: 0.3 }).pValue).toBe(0.3);
  });

  it('keeps the false-rollback rate at or under α over 20 looks, where naive re-testing does not', () => {
    // Under H0 (canary = baseline) the data grow by 50 values per variant per look.
    const alpha = 0.05;
    const looks = 20;
    const batch = 50;
    const replications = 1000;
    const rng = createRng(20261126);
    const normal = () => normalQuantile(Math.min(1 - 1e-16, Math.max(1e-16, rng.next())));
    let sequentialAlarms = 0;
    let naiveAlarms = 0;
    for (let rep = 0; rep < replications; rep++) {
      const canary: number[] = [];
      const baseline: number[] = [];
      let sc = 0, sc2 = 0, sb = 0, sb2 = 0;
      let p = 1;
      let naive = false;
      for (let look = 0; look < looks; look++) {
        for (let i = 0; i < batch; i++) {
          const c = normal();
          const b = normal();
          canary.push(c);
          baseline.push(b);
          sc += c; sc2 += c * c; sb += b; sb2 += b * b;
        }
        const n = canary.length;
        const varC = (sc2 - (sc * sc) / n) / (n - 1);
        const varB = (sb2 - (sb * sb) / n) / (n - 1);
        p = mixtureSprt({ estimate: sc / n - sb / n, variance: varC / n + varB / n, mixingVariance: 0.01, previousPValue: p }).pValue;
        if (!naive && mannWhitneyU(canary, baseline).pValue <= alpha) naive = true;
      }
      if (p <= alpha) sequentialAlarms++;
      if (naive) naiveAlarms++;
    }
    expect(sequentialAlarms / replications).toBeLessThanOrEqual(alpha);
    // Twenty looks at α = 0.05 each roughly quadruple the false alarms.
    expect(naiveAlarms / replications).toBeGreaterThan(2 * alpha);
  });
});
