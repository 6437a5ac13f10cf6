/**
 * The statistics over a sample given as distinct values and counts (a
 * reference profile) and the search-based histogram counts give exactly —
 * bit for bit, Object.is — what the expanded-array versions give, on random
 * samples with many ties, and the scipy values of test/golden/drift.json.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cdfDistanceDistinct } from '../../../src/stats/drift/cdf-distance-distinct.js';
import { cdfDistanceSorted } from '../../../src/stats/drift/cdf-distance.js';
import { energyDistanceSorted } from '../../../src/stats/drift/energy-distance.js';
import { histogramBinEdges, histogramBinEdgesOfRange } from '../../../src/stats/drift/histogram-bin-edges.js';
import { histogramCounts } from '../../../src/stats/drift/histogram-counts.js';
import { histogramCountsDistinct, histogramCountsSorted } from '../../../src/stats/drift/histogram-counts-sorted.js';
import { kolmogorovSmirnovDistinct, ksStatisticDistinct } from '../../../src/stats/drift/kolmogorov-smirnov-distinct.js';
import { kolmogorovSmirnov, ksStatisticSorted } from '../../../src/stats/drift/kolmogorov-smirnov.js';
import { searchSortedFrom } from '../../../src/stats/drift/sorted-search.js';
import { wassersteinDistanceSorted } from '../../../src/stats/drift/wasserstein-distance.js';

const sorted = (a: ArrayLike<number>) => Float64Array.from(a).sort();

/** Distinct values (ascending) and counts of a sample. */
function distinctOf(a: ArrayLike<number>): { values: Float64Array; counts: Float64Array; n: number } {
  const s = sorted(a);
  const values: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && s[i] === s[i - 1]) counts[counts.length - 1]++;
    else {
      values.push(s[i]);
      counts.push(1);
    }
  }
  return { values: Float64Array.from(values), counts: Float64Array.from(counts), n: s.length };
}

/** Samples with many ties: a few dozen levels, a quarter step apart. */
const tied = (max: number) => fc.array(fc.integer({ min: -40, max: 40 }).map((v) => v / 4), { minLength: 1, maxLength: max });
/** Samples with few ties. */
const spread = (max: number) => fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: max });
const either = (max: number) => fc.oneof(tied(max), spread(max));

describe('searchSortedFrom', () => {
  it('finds numpy searchsorted left / right from any valid start', () => {
    fc.assert(
      fc.property(tied(200), fc.integer({ min: -45, max: 45 }), fc.boolean(), (a, k, inclusive) => {
        const s = sorted(a);
        const v = k / 4;
        const expected = s.filter((x) => (inclusive ? x <= v : x < v)).length;
        for (const from of [0, Math.floor(expected / 2), expected]) expect(searchSortedFrom(s, v, from, inclusive)).toBe(expected);
      }),
    );
  });
  it('gallops over long runs (a gap far beyond the first steps)', () => {
    const s = Float64Array.from({ length: 100000 }, (_, i) => (i < 77777 ? 1 : 2));
    expect(searchSortedFrom(s, 1, 0, true)).toBe(77777);
    expect(searchSortedFrom(s, 2, 5, false)).toBe(77777);
    expect(searchSortedFrom(s, 3, 0, false)).toBe(100000);
    expect(searchSortedFrom(s, 0, 0, true)).toBe(0);
  });
});

/**
 * D by the definition: a walk over every pooled value, i/n₁ − j/n₂ at each
 * (the merged walk scipy's searchsorted form amounts to), for comparison.
 */
function ksStatisticWalk(xs: Float64Array, ys: Float64Array): number {
  let i = 0;
  let j = 0;
  let maxS = -Infinity;
  let minS = Infinity;
  while (i < xs.length || j < ys.length) {
    const v = i < xs.length && (j >= ys.length || xs[i] <= ys[j]) ? xs[i] : ys[j];
    while (i < xs.length && xs[i] <= v) i++;
    while (j < ys.length && ys[j] <= v) j++;
    const diff = i / xs.length - j / ys.length;
    if (diff > maxS) maxS = diff;
    if (diff < minS) minS = diff;
  }
  const minAbs = Math.min(Math.max(-minS, 0), 1);
  return minAbs > maxS ? minAbs : maxS;
}

describe('the KS statistic over the candidate points equals the walk over every pooled value', () => {
  it('ascending arrays (ksStatisticSorted) and distinct values (ksStatisticDistinct), with and without ties', () => {
    fc.assert(
      fc.property(either(300), either(300), (x, y) => {
        const dx = distinctOf(x);
        const xs = sorted(x);
        const ys = sorted(y);
        const want = ksStatisticWalk(xs, ys);
        expect(Object.is(ksStatisticSorted(xs, ys), want)).toBe(true);
        expect(Object.is(ksStatisticDistinct(dx.values, dx.counts, dx.n, ys), want)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
  it('long runs of ties in the ascending sample (the galloping searches)', () => {
    fc.assert(
      fc.property(tied(30), tied(30), fc.integer({ min: 1, max: 3000 }), (x, y, r) => {
        const ys = sorted(Float64Array.from({ length: y.length * r }, (_, i) => y[i % y.length]));
        const dx = distinctOf(x);
        expect(Object.is(ksStatisticDistinct(dx.values, dx.counts, dx.n, ys), ksStatisticWalk(sorted(x), ys))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('KS with a distinct-values sample equals KS on the expanded sample', () => {
  it('the statistic, p-value and method: exact and asymptotic sizes', () => {
    fc.assert(
      fc.property(tied(40), tied(40), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 }), (x, y, rx, ry) => {
        // Repeat the small samples to sizes on both sides of the exact limit (10,000).
        const xs = Float64Array.from({ length: x.length * rx }, (_, i) => x[i % x.length]);
        const ys = sorted(Float64Array.from({ length: y.length * ry }, (_, i) => y[i % y.length]));
        const want = kolmogorovSmirnov(xs, ys);
        const got = kolmogorovSmirnovDistinct(distinctOf(xs), ys);
        expect(Object.is(got.statistic, want.statistic) && Object.is(got.pValue, want.pValue) && got.method === want.method, JSON.stringify({ got, want })).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
  it('an empty sample gives NaN as kolmogorovSmirnov does', () => {
    const r = kolmogorovSmirnovDistinct({ values: new Float64Array(0), counts: new Float64Array(0), n: 0 }, Float64Array.of(1, 2));
    expect(r.statistic).toBeNaN();
    expect(r.pValue).toBeNaN();
  });
  it('hand-derived: x = {1 ×3, 3 ×1}, y = {0, 2, 2, 4} gives D = 1/2 (at t = 1: F_x = 3/4, F_y = 1/4)', () => {
    // F_x − F_y at 0, 1, 2, 3, 4: −1/4, 1/2, 0, 1/4, 0 → D = 1/2.
    expect(ksStatisticDistinct(Float64Array.of(1, 3), Float64Array.of(3, 1), 4, Float64Array.of(0, 2, 2, 4))).toBe(0.5);
  });
});

describe('the CDF distances with a distinct-values sample equal those on the expanded sample', () => {
  it('p = 1 (Wasserstein) and p = 2 (energy), bit for bit', () => {
    fc.assert(
      fc.property(either(300), either(300), (x, y) => {
        const dx = distinctOf(x);
        const xs = sorted(x);
        const ys = sorted(y);
        expect(Object.is(cdfDistanceDistinct(1, dx.values, dx.counts, dx.n, ys), cdfDistanceSorted(1, xs, ys))).toBe(true);
        expect(Object.is(cdfDistanceDistinct(2, dx.values, dx.counts, dx.n, ys), cdfDistanceSorted(2, xs, ys))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('histogram counts of sorted samples by search', () => {
  const edgesArb = fc.oneof(
    // Non-decreasing edges with repeats, inside and beyond the values' range.
    fc.array(fc.integer({ min: -48, max: 48 }).map((v) => v / 4), { minLength: 2, maxLength: 12 }).map((e) => sorted(e)),
    // Quantile-style outer edges at ±∞.
    fc.array(fc.integer({ min: -40, max: 40 }).map((v) => v / 4), { minLength: 0, maxLength: 8 }).map((e) => Float64Array.from([-Infinity, ...new Set(sorted(e)), Infinity])),
  );
  it('equal numpy.histogram counts (histogramCounts), right-closed last bin included', () => {
    fc.assert(
      fc.property(tied(300), edgesArb, (x, edges) => {
        const xs = sorted(x);
        const want = histogramCounts(xs, edges);
        expect(histogramCountsSorted(xs, edges)).toEqual(want);
        const d = distinctOf(x);
        expect(histogramCountsDistinct(d.values, d.counts, edges)).toEqual(want);
      }),
      { numRuns: 500 },
    );
  });
  it('hand-derived: values on the edges', () => {
    // Bins [0, 1), [1, 2), [2, 3]: 3 lands in the last bin, 3.5 and −1 nowhere.
    const v = Float64Array.of(-1, 0, 0.5, 1, 1, 2, 3, 3, 3.5);
    expect([...histogramCountsSorted(v, Float64Array.of(0, 1, 2, 3))]).toEqual([2, 2, 3]);
    expect([...histogramCountsDistinct(Float64Array.of(-1, 0, 1, 3), Float64Array.of(5, 1, 2, 4), Float64Array.of(0, 1, 2, 3))]).toEqual([1, 2, 4]);
  });
});

describe('bin edges from the range alone', () => {
  it('equal histogramBinEdges for sturges and equal-width', () => {
    fc.assert(
      fc.property(either(300), fc.constantFrom('sturges' as const, 'equal-width' as const), fc.integer({ min: 1, max: 30 }), (x, rule, count) => {
        const xs = sorted(x);
        const got = histogramBinEdgesOfRange(xs[0], xs[xs.length - 1], xs.length, rule, count);
        expect(got).toEqual(histogramBinEdges(x, rule, count));
      }),
    );
  });
  it('an empty sample gives [0, 1]', () => {
    expect([...histogramBinEdgesOfRange(Infinity, -Infinity, 0, 'sturges')]).toEqual([0, 1]);
  });
});

describe('on the scipy golden samples (test/golden/drift.json)', () => {
  type Recipe = { n: number; a: number; m: number; scale: number; offset: number };
  const golden = JSON.parse(readFileSync(new URL('../../golden/drift.json', import.meta.url), 'utf8')) as {
    samples: Record<string, [number[] | Recipe, number[] | Recipe]>;
    cases: { fn: string; args: any[]; expected: Record<string, number | string | (number | string)[]> }[];
  };
  const expand = (s: number[] | Recipe): Float64Array => {
    if (Array.isArray(s)) return Float64Array.from(s);
    const out = new Float64Array(s.n);
    for (let i = 0; i < s.n; i++) out[i] = s.offset + (s.scale * Number((BigInt(i) * BigInt(s.a)) % BigInt(s.m))) / s.m;
    return out;
  };
  const close = (a: number, e: number) => Math.abs(a - e) <= 1e-12 || Math.abs(a - e) <= 1e-9 * Math.abs(e);
  const cases = golden.cases.filter((c) => ['ks', 'wasserstein', 'energy', 'binEdges'].includes(c.fn));

  it(`match scipy and the expanded path (${cases.length} cases)`, () => {
    expect(cases.length).toBeGreaterThan(10);
    for (const c of cases) {
      const [xr, yr] = golden.samples[c.args[0]];
      const x = expand(xr);
      const ys = sorted(expand(yr));
      const dx = distinctOf(x);
      const what = `${c.fn} ${JSON.stringify(c.args)}`;
      if (c.fn === 'ks') {
        const got = kolmogorovSmirnovDistinct(dx, ys);
        const want = kolmogorovSmirnov(x, ys);
        expect(Object.is(got.statistic, want.statistic) && Object.is(got.pValue, want.pValue), what).toBe(true);
        expect(close(got.statistic, c.expected.statistic as number), what).toBe(true);
        expect(close(got.pValue, c.expected.pValue as number), `${what}: p ${got.pValue} vs ${c.expected.pValue}`).toBe(true);
      } else if (c.fn === 'wasserstein' || c.fn === 'energy') {
        const got = c.fn === 'wasserstein' ? cdfDistanceDistinct(1, dx.values, dx.counts, dx.n, ys) : Math.SQRT2 * cdfDistanceDistinct(2, dx.values, dx.counts, dx.n, ys);
        const want = c.fn === 'wasserstein' ? wassersteinDistanceSorted(sorted(x), ys) : energyDistanceSorted(sorted(x), ys);
        expect(Object.is(got, want), what).toBe(true);
        expect(close(got, c.expected.value as number), what).toBe(true);
      } else {
        // Pooled as the scipy generator pools them (x then y, unsorted): the same edges.
        const pooled = Float64Array.from([...x, ...expand(yr)]);
        const edges = histogramBinEdges(pooled, c.args[1]);
        expect([...histogramCountsSorted(ys, edges)], what).toEqual((c.expected.countsOfY as number[]).map(Number));
        expect(histogramCountsDistinct(dx.values, dx.counts, edges), what).toEqual(histogramCounts(x, edges));
        const range = sorted(pooled);
        if (c.args[1] === 'sturges') expect(histogramBinEdgesOfRange(range[0], range[range.length - 1], range.length, 'sturges'), what).toEqual(edges);
      }
    }
  });
});
