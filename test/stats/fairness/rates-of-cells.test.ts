import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupRate, RATE_NAMES, ratesOfCells } from '../../../src/stats/fairness/group-rates.js';

describe('ratesOfCells', () => {
  it('gives every group the rates groupRate gives, bit for bit, NaN where a denominator is zero', () => {
    const count = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 2_000_000 }));
    const group = fc.record({ tp: count, fn: count, fp: count, tn: count });
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 12 }), (groups) => {
        const cells = Float64Array.from(groups.flatMap((c) => [c.tp, c.fn, c.fp, c.tn]));
        const out = new Float64Array(RATE_NAMES.length * groups.length);
        ratesOfCells(cells, groups.length, out);
        RATE_NAMES.forEach((rate, r) =>
          groups.forEach((c, g) => expect(Object.is(out[r * groups.length + g], groupRate(c, rate))).toBe(true)),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('matches hand-computed rates: TP 30, FN 10, FP 20, TN 40', () => {
    const out = new Float64Array(8);
    ratesOfCells(Float64Array.from([30, 10, 20, 40]), 1, out);
    // selection 50/100, TPR 30/40, FPR 20/60, FNR 10/40, TNR 40/60, precision 30/50, NPV 40/50, accuracy 70/100
    expect([...out]).toEqual([0.5, 0.75, 20 / 60, 0.25, 40 / 60, 0.6, 0.8, 0.7]);
    // No positive labels: TPR and FNR undefined; precision 0/5, NPV 5/5.
    ratesOfCells(Float64Array.from([0, 0, 5, 5]), 1, out);
    expect(Number.isNaN(out[1]) && Number.isNaN(out[3])).toBe(true);
    expect([out[0], out[5], out[6]]).toEqual([0.5, 0, 1]);
  });
});
