import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRng } from '../../../src/stats/random/prng.js';
import { binomial } from '../../../src/stats/random/binomial.js';

const golden = JSON.parse(readFileSync(new URL('../../golden/performance_random.json', import.meta.url), 'utf8'));

describe('binomial', () => {
  for (const g of golden.binomial as { n: number; p: number; mean: number; var: number; lo: number; pmf: number[] }[]) {
    it(`matches scipy's Binomial(${g.n}, ${g.p}) pmf`, () => {
      const rng = createRng(2024);
      const draws = 200_000;
      const counts = new Float64Array(g.pmf.length);
      let sum = 0;
      let sumSq = 0;
      let allIntegers = true;
      for (let i = 0; i < draws; i++) {
        const x = binomial(rng, g.n, g.p);
        if (!Number.isInteger(x) || x < 0 || x > g.n) allIntegers = false;
        sum += x;
        sumSq += x * x;
        const j = x - g.lo;
        if (j >= 0 && j < counts.length) counts[j]++;
      }
      expect(allIntegers).toBe(true);
      const mean = sum / draws;
      const variance = sumSq / draws - mean * mean;
      // Mean within 5 standard errors, variance within 3%.
      expect(Math.abs(mean - g.mean)).toBeLessThan(5 * Math.sqrt(g.var / draws) + 1e-12);
      expect(Math.abs(variance / g.var - 1)).toBeLessThan(0.03);
      // Total variation distance of the histogram from the pmf. With m cells
      // and N draws its expectation is about sqrt(m / (2πN)), ≤ 0.07 here.
      let tv = 0;
      for (let j = 0; j < counts.length; j++) tv += Math.abs(counts[j] / draws - g.pmf[j]);
      tv /= 2;
      expect(tv).toBeLessThan(Math.max(0.01, 1.5 * Math.sqrt(g.pmf.length / (2 * Math.PI * draws))));
    });
  }

  it('handles the degenerate cases', () => {
    const rng = createRng(1);
    expect(binomial(rng, 0, 0.3)).toBe(0);
    expect(binomial(rng, 10, 0)).toBe(0);
    expect(binomial(rng, 10, 1)).toBe(10);
    expect(() => binomial(rng, -1, 0.5)).toThrow(RangeError);
    expect(() => binomial(rng, 2.5, 0.5)).toThrow(RangeError);
    expect(() => binomial(rng, 10, 1.5)).toThrow(RangeError);
    expect(() => binomial(rng, 10, Number.NaN)).toThrow(RangeError);
  });

  it('is reproducible for a seed', () => {
    const a = createRng(99);
    const b = createRng(99);
    for (let i = 0; i < 100; i++) expect(binomial(a, 5000, 0.37)).toBe(binomial(b, 5000, 0.37));
  });
});
