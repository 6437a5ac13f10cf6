import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mannWhitneyU, type Alternative } from '../../../src/stats/rank/mann-whitney-u.js';
import { mannWhitneyExactCdf } from '../../../src/stats/rank/mann-whitney-exact.js';

interface Case {
  x: number[];
  y: number[];
  alternative: Alternative;
  auto?: { statistic: number; pvalue: number };
  exact?: { statistic: number; pvalue: number };
  asymptotic?: { statistic: number; pvalue: number };
  asymptotic_nocc?: { statistic: number; pvalue: number };
}

const golden = JSON.parse(readFileSync(new URL('../../golden/canary_mannwhitneyu.json', import.meta.url), 'utf8')) as {
  mannwhitneyu: Case[];
};

function close(actual: number, expected: number) {
  if (Number.isNaN(expected)) return expect(actual).toBeNaN();
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(expected)) + 1e-13);
}

describe('mannWhitneyU against scipy.stats.mannwhitneyu', () => {
  golden.mannwhitneyu.forEach((c, k) => {
    it(`case ${k}: n=${c.x.length},${c.y.length} ${c.alternative}`, () => {
      for (const method of ['auto', 'exact', 'asymptotic'] as const) {
        const want = c[method];
        if (!want) continue;
        const got = mannWhitneyU(c.x, c.y, { alternative: c.alternative, method });
        close(got.statistic, want.statistic);
        close(got.pValue, want.pvalue);
      }
      if (c.asymptotic_nocc) {
        const got = mannWhitneyU(c.x, c.y, { alternative: c.alternative, method: 'asymptotic', continuity: false });
        close(got.pValue, c.asymptotic_nocc.pvalue);
      }
    });
  });

  it('reproduces the published example (Shier 2004): U = 17, exact p = 1/9', () => {
    const r = mannWhitneyU([19, 22, 16, 29, 24], [20, 11, 17, 12]);
    expect(r.statistic).toBe(17);
    expect(r.method).toBe('exact');
    close(r.pValue, 1 / 9);
  });

  it('chooses the asymptotic method when there are ties, however small the samples', () => {
    expect(mannWhitneyU([1, 2, 2], [2, 3]).method).toBe('asymptotic');
    expect(mannWhitneyU([1, 2, 4], [5, 3]).method).toBe('exact');
    expect(mannWhitneyU(new Float64Array(9).map((_, i) => i), new Float64Array(9).map((_, i) => i + 0.5)).method).toBe('asymptotic');
  });

  it('propagates NaN and empty samples as NaN', () => {
    expect(mannWhitneyU([1, NaN], [2, 3]).pValue).toBeNaN();
    expect(mannWhitneyU([], [2, 3]).pValue).toBeNaN();
  });

  it('accepts presorted Float64Arrays without changing the answer', () => {
    const x = Float64Array.from([0.1, 0.5, 0.9, 1.3, 2.2, 2.2]);
    const y = Float64Array.from([0.0, 0.2, 0.4, 2.2, 3.0]);
    const a = mannWhitneyU(x, y, { sorted: true });
    const b = mannWhitneyU(Array.from(x).reverse(), Array.from(y).reverse());
    expect(a.statistic).toBe(b.statistic);
    expect(a.pValue).toBe(b.pValue);
  });
});

describe('mannWhitneyExactCdf', () => {
  it('sums to the hand-counted distribution for m = 2, n = 2', () => {
    // Arrangements of {x1,x2} among 4 ranks: U = 0,1,2,2,3,4 → counts 1,1,2,1,1 of 6.
    expect(mannWhitneyExactCdf(0, 2, 2)).toBeCloseTo(1 / 6, 15);
    expect(mannWhitneyExactCdf(1, 2, 2)).toBeCloseTo(2 / 6, 15);
    expect(mannWhitneyExactCdf(2, 2, 2)).toBeCloseTo(4 / 6, 15);
    expect(mannWhitneyExactCdf(3, 2, 2)).toBeCloseTo(5 / 6, 15);
    expect(mannWhitneyExactCdf(4, 2, 2)).toBe(1);
    expect(mannWhitneyExactCdf(-1, 2, 2)).toBe(0);
  });
});
