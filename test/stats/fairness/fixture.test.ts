import { describe, expect, it } from 'vitest';
import type { ConfusionCounts } from '../../../src/stats/fairness/confusion-counts.js';
import { groupRates } from '../../../src/stats/fairness/group-rates.js';
import { demographicParityDifference } from '../../../src/stats/fairness/demographic-parity-difference.js';
import { demographicParityRatio } from '../../../src/stats/fairness/demographic-parity-ratio.js';
import { equalizedOddsDifference } from '../../../src/stats/fairness/equalized-odds-difference.js';
import { equalizedOddsRatio } from '../../../src/stats/fairness/equalized-odds-ratio.js';
import { equalOpportunityDifference } from '../../../src/stats/fairness/equal-opportunity-difference.js';
import { disparateImpact, disparateImpactGroup } from '../../../src/stats/fairness/disparate-impact.js';
import { averageOddsDifference } from '../../../src/stats/fairness/average-odds-difference.js';
import { accuracyParity } from '../../../src/stats/fairness/accuracy-parity.js';
import { predictiveParityDifference } from '../../../src/stats/fairness/predictive-parity-difference.js';
import { groupDisparity, withinBand } from '../../../src/stats/fairness/group-disparity.js';
import { theilIndex } from '../../../src/stats/fairness/theil-index.js';

// The example, values derived by hand:
// A: n=60, selection 30/60 = 0.5, TPR 24/30 = 0.8, FPR 6/30 = 0.2, precision 24/30 = 0.8, accuracy 48/60 = 0.8
// B: n=40, selection 14/40 = 0.35, TPR 12/20 = 0.6, FPR 2/20 = 0.1, precision 12/14, accuracy 30/40 = 0.75
const A: ConfusionCounts = { tp: 24, fn: 6, fp: 6, tn: 24 };
const B: ConfusionCounts = { tp: 12, fn: 8, fp: 2, tn: 18 };

describe('the issue example (two groups)', () => {
  it('per-group rates', () => {
    expect(groupRates(A)).toEqual({ selectionRate: 0.5, tpr: 0.8, fpr: 0.2, fnr: 0.2, tnr: 0.8, precision: 0.8, npv: 0.8, accuracy: 0.8 });
    const b = groupRates(B);
    expect(b.selectionRate).toBeCloseTo(0.35, 15);
    expect(b.tpr).toBeCloseTo(0.6, 15);
    expect(b.fpr).toBeCloseTo(0.1, 15);
    expect(b.npv).toBeCloseTo(18 / 26, 15);
  });

  it('demographic parity difference 0.15, ratio 0.70; equalized odds difference 0.20', () => {
    expect(demographicParityDifference([A, B])).toBeCloseTo(0.15, 12);
    expect(demographicParityRatio([A, B])).toBeCloseTo(0.7, 12);
    expect(equalizedOddsDifference([A, B])).toBeCloseTo(0.2, 12);
    // mean of the TPR range 0.2 and FPR range 0.1
    expect(equalizedOddsDifference([A, B], { agg: 'mean' })).toBeCloseTo(0.15, 12);
    // min(0.6/0.8, 0.1/0.2) = 0.5
    expect(equalizedOddsRatio([A, B])).toBeCloseTo(0.5, 12);
    expect(equalOpportunityDifference([A, B])).toBeCloseTo(0.2, 12);
    expect(accuracyParity([A, B])).toBeCloseTo(0.05, 12);
    expect(predictiveParityDifference([A, B])).toBeCloseTo(12 / 14 - 0.8, 12);
  });

  it('to_overall: overall selection 44/100, TPR 36/50, FPR 8/50', () => {
    expect(demographicParityDifference([A, B], { method: 'to_overall' })).toBeCloseTo(0.09, 12); // |0.35 − 0.44|
    expect(demographicParityRatio([A, B], { method: 'to_overall' })).toBeCloseTo(0.35 / 0.44, 12);
    // TPR: |0.8−0.72|, |0.6−0.72| → 0.12; FPR: |0.2−0.16|, |0.1−0.16| → 0.06
    expect(equalizedOddsDifference([A, B], { method: 'to_overall' })).toBeCloseTo(0.12, 12);
  });

  it('AIF360 and Aequitas style, A the privileged / reference group', () => {
    expect(disparateImpact([A, B], 0)).toBeCloseTo(0.7, 12);
    expect(disparateImpactGroup([A, B], 0)).toBe(1);
    // ½[(0.1 − 0.2) + (0.6 − 0.8)] = −0.15
    expect(averageOddsDifference([A, B], 0)).toBeCloseTo(-0.15, 12);
    const d = groupDisparity([A, B], 0, 'selectionRate');
    expect(d[0]).toBe(1);
    expect(d[1]).toBeCloseTo(0.7, 12);
    expect(withinBand(d[1], 0.8)).toBe(false);
    expect(withinBand(1.2, 0.8)).toBe(true);
    expect(withinBand(1.3, 0.8)).toBe(false);
    expect(withinBand(Number.NaN, 0.8)).toBe(false);
  });

  it('Theil index from the benefits b = ŷ − y + 1', () => {
    // n=100: 14 FN (b=0), 78 correct (b=1), 8 FP (b=2); μ = 0.94
    const mu = 0.94;
    const expected = (78 * (1 / mu) * Math.log(1 / mu) + 8 * (2 / mu) * Math.log(2 / mu)) / 100;
    expect(theilIndex({ tp: 36, fn: 14, fp: 8, tn: 42 })).toBeCloseTo(expected, 14);
    expect(theilIndex({ tp: 5, fn: 0, fp: 0, tn: 5 })).toBe(0);
  });
});

describe('edge cases', () => {
  it('a group without positives has undefined TPR, skipped by the aggregates', () => {
    const noPos: ConfusionCounts = { tp: 0, fn: 0, fp: 3, tn: 17 };
    expect(Number.isNaN(groupRates(noPos).tpr)).toBe(true);
    expect(equalOpportunityDifference([A, B, noPos])).toBeCloseTo(0.2, 12);
    // FPR is defined for it (0.15), so equalized odds still compares the FPRs: max(0.2, 0.1)
    expect(equalizedOddsDifference([A, B, noPos])).toBeCloseTo(0.2, 12);
  });

  it('a single group: zero difference, unit ratio (as Fairlearn); no other group for disparate impact', () => {
    expect(demographicParityDifference([A])).toBe(0);
    expect(demographicParityRatio([A])).toBe(1);
    expect(Number.isNaN(disparateImpact([A], 0))).toBe(true);
    expect(Number.isNaN(averageOddsDifference([A], 0))).toBe(true);
  });

  it('an empty group has every rate undefined and changes nothing', () => {
    const empty: ConfusionCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };
    expect(Object.values(groupRates(empty)).every(Number.isNaN)).toBe(true);
    expect(demographicParityRatio([A, empty, B])).toBeCloseTo(0.7, 12);
    expect(disparateImpact([A, empty, B], 0)).toBeCloseTo(0.7, 12);
  });

  it('a zero reference selection rate gives an infinite disparity, not a pass', () => {
    const none: ConfusionCounts = { tp: 0, fn: 10, fp: 0, tn: 10 };
    expect(groupDisparity([none, A], 0, 'selectionRate')[1]).toBe(Infinity);
    expect(withinBand(Infinity, 0.8)).toBe(false);
  });
});
