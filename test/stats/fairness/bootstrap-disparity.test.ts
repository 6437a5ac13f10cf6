import { describe, expect, it } from 'vitest';
import type { ConfusionCounts } from '../../../src/stats/fairness/confusion-counts.js';
import { bootstrapDisparity } from '../../../src/stats/fairness/bootstrap-disparity.js';
import { demographicParityDifference } from '../../../src/stats/fairness/demographic-parity-difference.js';
import { demographicParityRatio } from '../../../src/stats/fairness/demographic-parity-ratio.js';
import { equalizedOddsDifference } from '../../../src/stats/fairness/equalized-odds-difference.js';
import { createRng } from '../../../src/stats/random/prng.js';
import { multinomial } from '../../../src/stats/random/multinomial.js';

// Population: the example as cell probabilities (A: 60%, B: 40%).
// True DPD 0.15, DP ratio 0.70, equalized odds difference 0.20.
const POP = new Float64Array([24, 6, 6, 24, 12, 8, 2, 18]);

function toGroups(cells: Float64Array): ConfusionCounts[] {
  return [0, 1].map((g) => ({ tp: cells[4 * g], fn: cells[4 * g + 1], fp: cells[4 * g + 2], tn: cells[4 * g + 3] }));
}

describe('bootstrapDisparity', () => {
  it('covers the true disparity at close to the nominal 95% rate', () => {
    const rng = createRng(12345);
    const sample = new Float64Array(8);
    const stats = [
      (g: readonly ConfusionCounts[]) => demographicParityDifference(g),
      (g: readonly ConfusionCounts[]) => demographicParityRatio(g),
      (g: readonly ConfusionCounts[]) => equalizedOddsDifference(g),
    ];
    const truth = [0.15, 0.7, 0.2];
    const hits = [0, 0, 0];
    const datasets = 400;
    for (let r = 0; r < datasets; r++) {
      multinomial(rng, 1000, POP, sample);
      const ci = bootstrapDisparity(toGroups(sample), stats, { resamples: 400, seed: r + 1, confidence: 0.95 });
      ci.forEach((c, i) => {
        if (c.low <= truth[i] && truth[i] <= c.high) hits[i]++;
      });
    }
    for (const h of hits) {
      // Monte Carlo standard error at 95% with 400 data sets is about 0.011.
      expect(h / datasets).toBeGreaterThan(0.91);
      expect(h / datasets).toBeLessThan(0.985);
    }
  });

  it('is deterministic for a seed and the interval contains the estimate', () => {
    const groups = toGroups(POP.map((x) => x * 5));
    const s = [(g: readonly ConfusionCounts[]) => demographicParityDifference(g)];
    const a = bootstrapDisparity(groups, s, { resamples: 500, seed: 7, confidence: 0.9 });
    const b = bootstrapDisparity(groups, s, { resamples: 500, seed: 7, confidence: 0.9 });
    const c = bootstrapDisparity(groups, s, { resamples: 500, seed: 8, confidence: 0.9 });
    expect(a).toEqual(b);
    expect(a[0].low).not.toBe(c[0].low);
    expect(a[0].low).toBeLessThan(0.15);
    expect(a[0].high).toBeGreaterThan(0.15);
    expect(a[0].defined).toBe(500);
  });

  it('a narrower interval for more data (the width shrinks like 1/√n)', () => {
    const s = [(g: readonly ConfusionCounts[]) => demographicParityDifference(g)];
    const small = bootstrapDisparity(toGroups(POP), s, { resamples: 2000, seed: 3, confidence: 0.95 })[0];
    const big = bootstrapDisparity(toGroups(POP.map((x) => x * 100)), s, { resamples: 2000, seed: 3, confidence: 0.95 })[0];
    const ratio = (small.high - small.low) / (big.high - big.low);
    expect(ratio).toBeGreaterThan(7);
    expect(ratio).toBeLessThan(13);
  });

  it('leaves out resamples where the statistic is undefined and counts them', () => {
    // Group B has a single positive: many resamples lose it and its TPR.
    const groups: ConfusionCounts[] = [
      { tp: 20, fn: 20, fp: 10, tn: 50 },
      { tp: 1, fn: 0, fp: 2, tn: 7 },
    ];
    const tprGap = (g: readonly ConfusionCounts[]) => {
      const a = g[0].tp / (g[0].tp + g[0].fn);
      const b = g[1].tp / (g[1].tp + g[1].fn);
      return Math.abs(a - b);
    };
    const [ci] = bootstrapDisparity(groups, [tprGap], { resamples: 1000, seed: 1, confidence: 0.95 });
    // P(no positive of B drawn) = (1 − 1/110)^110 ≈ 0.366
    expect(ci.defined).toBeGreaterThan(560);
    expect(ci.defined).toBeLessThan(700);
  });

  it('rejects bad options', () => {
    const g = toGroups(POP);
    expect(() => bootstrapDisparity(g, [], { resamples: 0, seed: 1, confidence: 0.95 })).toThrow(RangeError);
    expect(() => bootstrapDisparity(g, [], { resamples: 10, seed: 1, confidence: 1 })).toThrow(RangeError);
  });
});
