import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { binLabels, binValues } from '../../../src/gates/fairness-gate/binning.js';

interface GoldenBins {
  values: number[];
  k: number;
  cuts: number[];
  counts: number[];
}
const golden: GoldenBins[] = JSON.parse(readFileSync(fileURLToPath(new URL('../../golden/fairness.json', import.meta.url)), 'utf8')).bins;

describe('quantile bins against numpy.quantile', () => {
  it('has cases', () => expect(golden.length).toBeGreaterThan(5));
  for (const [i, g] of golden.entries()) {
    it(`case ${i}: ${g.values.length} values in ${g.k} quantiles`, () => {
      const b = binValues(Float64Array.from(g.values), null, { quantiles: g.k }, 'x');
      expect(b.cuts.length).toBe(g.cuts.length);
      b.cuts.forEach((c, j) => expect(c).toBeCloseTo(g.cuts[j], 10));
      const counts = new Array(b.labels.length).fill(0);
      for (const c of b.codes) counts[c]++;
      expect(counts).toEqual(g.counts);
    });
  }
});

describe('cut points', () => {
  it('are closed on the left, with missing values apart', () => {
    const b = binValues(Float64Array.from([10, 25, 39.9, 40, 70, Number.NaN]), Uint8Array.from([0, 0, 0, 0, 0, 1]), { cuts: [25, 40] }, 'age');
    expect(Array.from(b.codes)).toEqual([0, 1, 1, 2, 2, -1]);
    expect(b.labels).toEqual(['< 25', '[25, 40)', '>= 40']);
    expect(binLabels([0.5])).toEqual(['< 0.5', '>= 0.5']);
  });
  it('reject cut points that do not increase, and a constant column for quantiles', () => {
    expect(() => binValues(Float64Array.from([1, 2]), null, { cuts: [3, 3] }, 'age')).toThrow(/must increase/);
    expect(() => binValues(Float64Array.from([5, 5, 5]), null, { quantiles: 4 }, 'age')).toThrow(/single value/);
    expect(() => binValues(Float64Array.from([1, 2]), null, { quantiles: 1 }, 'age')).toThrow(/from 2 to 100/);
  });
});
