/**
 * Properties every drift statistic must have, on random samples: p-values in
 * [0, 1], a sample compared with itself shows no difference, and symmetric
 * definitions are symmetric. Plus hand-derived multiple-testing adjustments.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kolmogorovSmirnov } from '../../../src/stats/drift/kolmogorov-smirnov.js';
import { cramerVonMises } from '../../../src/stats/drift/cramer-von-mises.js';
import { andersonDarlingKSample } from '../../../src/stats/drift/anderson-darling-k-sample.js';
import { welchTTest } from '../../../src/stats/drift/welch-t-test.js';
import { wassersteinDistanceSorted } from '../../../src/stats/drift/wasserstein-distance.js';
import { energyDistanceSorted } from '../../../src/stats/drift/energy-distance.js';
import { jensenShannonDistance } from '../../../src/stats/drift/jensen-shannon-distance.js';
import { hellingerDistance } from '../../../src/stats/drift/hellinger-distance.js';
import { populationStabilityIndex } from '../../../src/stats/drift/population-stability-index.js';
import { lInfinityDistance } from '../../../src/stats/drift/l-infinity-distance.js';
import { chiSquareContingency } from '../../../src/stats/drift/chi-square-contingency.js';
import { adjustPValues } from '../../../src/stats/drift/p-value-adjustment.js';

const sample = fc.array(fc.integer({ min: -50, max: 50 }).map((v) => v / 4), { minLength: 2, maxLength: 60 });
const shares = fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 2, maxLength: 8 });
const sortedOf = (a: number[]) => Float64Array.from(a).sort();
const inUnit = (p: number) => p >= 0 && p <= 1;

describe('p-values lie in [0, 1]', () => {
  it('ks, cvm, anderson, welch', () => {
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        expect(inUnit(kolmogorovSmirnov(x, y).pValue)).toBe(true);
        expect(inUnit(cramerVonMises(x, y).pValue)).toBe(true);
        const ad = andersonDarlingKSample([x, y]).pValue;
        expect(Number.isNaN(ad) || (ad >= 0.001 && ad <= 0.25)).toBe(true);
        const t = welchTTest(x, y).pValue;
        expect(Number.isNaN(t) || inUnit(t)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('a sample compared with itself', () => {
  it('has KS p = 1, zero distances and no contingency signal', () => {
    fc.assert(
      fc.property(sample, shares, (x, p) => {
        expect(kolmogorovSmirnov(x, x)).toMatchObject({ statistic: 0, pValue: 1 });
        const s = sortedOf(x);
        expect(wassersteinDistanceSorted(s, s)).toBe(0);
        expect(energyDistanceSorted(s, s)).toBe(0);
        expect(jensenShannonDistance(p, p)).toBeCloseTo(0, 7);
        expect(hellingerDistance(p.map((v) => v / p.reduce((a, b) => a + b)), p.map((v) => v / p.reduce((a, b) => a + b)))).toBeCloseTo(0, 7);
        expect(populationStabilityIndex(p, p)).toBe(0);
        expect(chiSquareContingency([p, p]).pValue).toBeGreaterThan(0.99);
      }),
      { numRuns: 150 },
    );
  });
});

describe('symmetric definitions are symmetric', () => {
  it('ks, wasserstein, energy, jensenshannon, hellinger, psi, l_infinity', () => {
    fc.assert(
      fc.property(sample, sample, shares, shares, (x, y, p0, q0) => {
        const k = Math.min(p0.length, q0.length);
        const p = p0.slice(0, k);
        const q = q0.slice(0, k);
        expect(kolmogorovSmirnov(x, y).statistic).toBeCloseTo(kolmogorovSmirnov(y, x).statistic, 12);
        expect(kolmogorovSmirnov(x, y).pValue).toBeCloseTo(kolmogorovSmirnov(y, x).pValue, 12);
        const [sx, sy] = [sortedOf(x), sortedOf(y)];
        expect(wassersteinDistanceSorted(sx, sy)).toBeCloseTo(wassersteinDistanceSorted(sy, sx), 10);
        expect(energyDistanceSorted(sx, sy)).toBeCloseTo(energyDistanceSorted(sy, sx), 10);
        expect(jensenShannonDistance(p, q)).toBeCloseTo(jensenShannonDistance(q, p), 12);
        expect(hellingerDistance(p, q)).toBeCloseTo(hellingerDistance(q, p), 12);
        expect(populationStabilityIndex(p, q)).toBeCloseTo(populationStabilityIndex(q, p), 12);
        expect(lInfinityDistance(p, q)).toBe(lInfinityDistance(q, p));
      }),
      { numRuns: 150 },
    );
  });
});

describe('p-value adjustment (hand-derived)', () => {
  const p = [0.01, 0.04, 0.03, 0.2];
  it('bonferroni multiplies by m', () => {
    expect(adjustPValues(p, 'bonferroni')).toEqual([0.04, 0.16, 0.12, 0.8]);
  });
  it('holm steps down: sorted 0.01·4, 0.03·3, 0.04·2, 0.2·1, kept monotone', () => {
    const r = adjustPValues(p, 'holm');
    [0.04, 0.09, 0.09, 0.2].forEach((v, i) => expect(r[i]).toBeCloseTo(v, 12));
  });
  it('bh steps up: m·p/rank, minimum from the top', () => {
    // ranks: 0.01→1, 0.03→2, 0.04→3, 0.2→4: 0.04, 0.06, 0.0533…, 0.2 → running min from the top
    const r = adjustPValues(p, 'bh');
    [0.04, 0.16 / 3, 0.16 / 3, 0.2].forEach((v, i) => expect(r[i]).toBeCloseTo(v, 12));
  });
  it('leaves NaN alone and does not count it', () => {
    const r = adjustPValues([0.01, NaN, 0.02], 'bonferroni');
    expect(r[0]).toBeCloseTo(0.02, 12);
    expect(r[1]).toBeNaN();
    expect(r[2]).toBeCloseTo(0.04, 12);
  });
});

describe('radixSortFloat64', () => {
  it('sorts like a numeric comparison sort, negatives, zeros and infinities included', async () => {
    const { radixSortFloat64 } = await import('../../../src/stats/drift/radix-sort-float64.js');
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { minLength: 512, maxLength: 3000 }), (xs) => {
        const got = radixSortFloat64(Float64Array.from(xs));
        const want = [...xs].sort((a, b) => a - b);
        for (let i = 0; i < want.length; i++) expect(got[i] === want[i] || (got[i] === 0 && want[i] === 0)).toBe(true);
      }),
      { numRuns: 40 },
    );
    // A subarray view keeps the rest of its buffer untouched.
    const buf = new Float64Array(2000).map((_, i) => (i * 7919) % 2003 - 1000);
    const view = buf.subarray(0, 1500);
    const tail = buf.slice(1500);
    radixSortFloat64(view);
    for (let i = 1; i < 1500; i++) expect(view[i - 1]).toBeLessThanOrEqual(view[i]);
    expect([...buf.subarray(1500)]).toEqual([...tail]);
  });
});

describe('radixSortFloat64 on clustered values', () => {
  it('sorts values that share their high bits (long runs) and mixed signs', async () => {
    const { radixSortFloat64 } = await import('../../../src/stats/drift/radix-sort-float64.js');
    const n = 5000;
    const tiny = Float64Array.from({ length: n }, (_, i) => 1 + ((i * 7919) % n) * 1e-13); // one long run
    const mixed = Float64Array.from({ length: n }, (_, i) => (i % 2 ? -1 : 1) * (3 + ((i * 104729) % 97) * 1e-9)); // runs of both signs
    for (const data of [tiny, mixed]) {
      const want = [...data].sort((a, b) => a - b);
      expect([...radixSortFloat64(Float64Array.from(data))]).toEqual(want);
    }
  });
});

describe('sortedFinite (the halves of a column, sorted as one)', () => {
  it('gives exactly the radix sort of the parts joined with NaN and ±∞ dropped', async () => {
    const { radixSortFloat64, sortedFinite } = await import('../../../src/stats/drift/radix-sort-float64.js');
    const joinedSorted = (parts: Float64Array[]) => {
      const all = parts.flatMap((p) => [...p]).filter((v) => Number.isFinite(v));
      return radixSortFloat64(Float64Array.from(all));
    };
    const value = fc.oneof(
      fc.double(),
      fc.integer({ min: -300, max: 300 }).map((i) => i), // integers: the low digit pass is skipped
      fc.integer({ min: 0, max: 50 }).map((i) => 1 + i * 1e-13), // one long run of equal high bits
      fc.constantFrom(0, -0, Number.NaN, Infinity, -Infinity),
    );
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 1500 }), { minLength: 1, maxLength: 3 }), (arrays) => {
        const parts = arrays.map((a) => Float64Array.from(a));
        const got = sortedFinite(parts);
        const want = joinedSorted(parts);
        expect(got.length).toBe(want.length);
        for (let i = 0; i < want.length; i++) expect(Object.is(got[i], want[i])).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
  it('covers each combination of skipped passes on large parts', async () => {
    const { radixSortFloat64, sortedFinite } = await import('../../../src/stats/drift/radix-sort-float64.js');
    const n = 3000;
    const cases = {
      both: (i: number) => ((i * 7919) % 2003) / 7 - 100,
      integers: (i: number) => (i * 37) % 101, // same low digit: one pass
      sameExponent: (i: number) => 1 + ((i * 104729) % 997) * 1e-5, // same high digit: one pass
      constant: () => 2.5, // no pass
    };
    for (const [name, f] of Object.entries(cases)) {
      const a = Float64Array.from({ length: n }, (_, i) => (i % 97 === 0 ? Number.NaN : f(i)));
      const b = Float64Array.from({ length: n }, (_, i) => f(i + n));
      const want = radixSortFloat64(Float64Array.from([...a, ...b].filter((v) => Number.isFinite(v))));
      expect([...sortedFinite([a, b])], name).toEqual([...want]);
    }
  });
});
