import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { percentileInterval } from '../../../src/stats/fairness/bootstrap-disparity.js';

/** The definition, by sorting: type-7 percentiles of the sorted non-NaN values. */
function bySorting(values: number[], confidence: number): { low: number; high: number; defined: number } {
  const d = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  const m = d.length;
  if (m === 0) return { low: Number.NaN, high: Number.NaN, defined: 0 };
  const q = (p: number) => {
    const h = (m - 1) * p;
    const lo = Math.floor(h);
    const a = d[lo];
    const b = d[Math.min(m - 1, lo + 1)];
    return a === b ? a : a + (h - lo) * (b - a);
  };
  return { low: q((1 - confidence) / 2), high: q(1 - (1 - confidence) / 2), defined: m };
}

describe('percentileInterval (by selection)', () => {
  it('gives numpy type-7 percentiles: 1..10 at 80% is [1.9, 9.1]', () => {
    // numpy.percentile(np.arange(1, 11), [10, 90]) = [1.9, 9.1]
    const iv = percentileInterval(Float64Array.from([7, 3, 10, 1, 9, 2, 8, 4, 6, 5]), 0.8);
    expect(iv.low).toBeCloseTo(1.9, 12);
    expect(iv.high).toBeCloseTo(9.1, 12);
    expect(iv.defined).toBe(10);
  });

  it('leaves NaN out and keeps Infinity', () => {
    // defined and sorted: 1, 2, Infinity; the 25th percentile is 1.5, the 75th interpolates into Infinity.
    const iv = percentileInterval(Float64Array.from([Number.NaN, Infinity, 2, Number.NaN, 1]), 0.5);
    expect(iv.defined).toBe(3);
    expect(iv.low).toBe(1.5);
    expect(iv.high).toBe(Infinity);
  });

  it('equals the percentiles of the sorted values at low confidence, where both percentiles share order statistics', () => {
    // Below 50% the two percentiles can fall between the same two order statistics.
    const value = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -5, max: 5, noNaN: true }));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 700 }), fc.double({ min: 0.001, max: 0.5, noNaN: true }), (values, confidence) => {
        const got = percentileInterval(Float64Array.from(values), confidence);
        const want = bySorting(values, confidence);
        expect(got.low === want.low && got.high === want.high && got.defined === want.defined).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('equals the percentiles of the sorted values on bootstrap-sized arrays (the sampling step of the selection)', () => {
    // Lengths past 600 make the selection narrow its range on a sample first; few distinct values give long ties.
    const value = fc.oneof(fc.integer({ min: -4, max: 4 }), fc.double({ min: -1, max: 1, noNaN: true }), fc.constantFrom(Infinity, -Infinity, Number.NaN));
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 590, maxLength: 3000 }),
        fc.constantFrom(0.5, 0.9, 0.95, 0.99, 0.999),
        fc.boolean(),
        (values, confidence, sorted) => {
          const input = sorted ? [...values].sort((a, b) => a - b) : values;
          const got = percentileInterval(Float64Array.from(input), confidence);
          const want = bySorting(values, confidence);
          expect(got.defined).toBe(want.defined);
          expect(got.low === want.low || (Number.isNaN(got.low) && Number.isNaN(want.low))).toBe(true);
          expect(got.high === want.high || (Number.isNaN(got.high) && Number.isNaN(want.high))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('equals the percentiles of the sorted values, ties, NaN and infinities included', () => {
    const value = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: false }), fc.constantFrom(Infinity, -Infinity, Number.NaN));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 80 }), fc.constantFrom(0.5, 0.8, 0.9, 0.95, 0.99, 0.999), (values, confidence) => {
        const got = percentileInterval(Float64Array.from(values), confidence);
        const want = bySorting(values, confidence);
        expect(got.defined).toBe(want.defined);
        // == rather than Object.is: selection may return -0 where sorting gives +0.
        expect(got.low === want.low || (Number.isNaN(got.low) && Number.isNaN(want.low))).toBe(true);
        expect(got.high === want.high || (Number.isNaN(got.high) && Number.isNaN(want.high))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
