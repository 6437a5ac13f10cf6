import { describe, expect, it } from 'vitest';
import { batchOf, ResampleRates } from '../../../src/gates/fairness-gate/resample-rates.js';

describe('batchOf', () => {
  it('evaluates ratios of the resample rates and functions of it, each in its place', () => {
    const rates = new ResampleRates(2);
    const batch = batchOf(
      [
        { ratio: [rates.slot('tpr', 0), rates.slot('tpr', 1)] },
        { compute: () => rates.overall.tp + rates.overallRates[0] },
        { ratio: [rates.slot('selectionRate', 1), rates.slot('selectionRate', 0)] },
      ],
      rates,
    );
    expect(batch.count).toBe(3);
    const out = new Float64Array(3);
    // Group 0: TP 30, FN 10, FP 20, TN 40 (TPR 0.75, selection 0.5); group 1: TP 10, FN 10, FP 5, TN 25 (TPR 0.5, selection 0.3).
    batch.evaluate(Float64Array.from([30, 10, 20, 40, 10, 10, 5, 25]), out);
    // Overall: TP 40 of 150 rows, 65 selected.
    expect([...out]).toEqual([0.75 / 0.5, 40 + 65 / 150, 0.3 / 0.5]);
    // The next resample replaces everything.
    batch.evaluate(Float64Array.from([5, 5, 0, 10, 0, 0, 0, 4]), out);
    expect(out[0]).toBeNaN(); // group 1 has no positives: TPR 0.5 / NaN
    expect(out[1]).toBe(5 + 5 / 24);
    expect(out[2]).toBe(0);
  });
});
