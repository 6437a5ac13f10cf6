import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRng } from '../../../src/stats/random/prng.js';
import { multinomialBootstrap } from '../../../src/stats/resampling/multinomial-bootstrap.js';
import { rowBootstrap } from '../../../src/stats/resampling/row-bootstrap.js';
import { percentileInterval } from '../../../src/stats/resampling/percentile-interval.js';

const golden = JSON.parse(readFileSync(new URL('../../golden/performance.json', import.meta.url), 'utf8'));

/** Joint cells of (candidate correct, baseline correct): index 2·cand + base. */
function pairedCells(y: number[], cand: number[], base: number[]): Float64Array {
  const cells = new Float64Array(4);
  for (let i = 0; i < y.length; i++) cells[2 * (cand[i] === y[i] ? 1 : 0) + (base[i] === y[i] ? 1 : 0)]++;
  return cells;
}
const accuracyDiff = (c: Float64Array) => (c[2] - c[1]) / (c[0] + c[1] + c[2] + c[3]);

describe('percentile interval', () => {
  it("equals numpy.percentile's linear interpolation", () => {
    const reps = Float64Array.from(golden.percentile.replicates);
    golden.percentile.q.forEach((q: number, i: number) => {
      if (q === 0.5) return;
      const conf = q < 0.5 ? 1 - 2 * q : 2 * q - 1;
      const iv = percentileInterval(reps, conf);
      expect(q < 0.5 ? iv.low : iv.high).toBeCloseTo(golden.percentile.values[i], 12);
    });
  });

  it('drops and counts NaN replicates', () => {
    const iv = percentileInterval(Float64Array.from([1, Number.NaN, 2, 3]), 0.5);
    expect(iv.undefinedReplicates).toBe(1);
    expect(iv.low).toBe(1.5);
    expect(iv.high).toBe(2.5);
  });
});

describe('paired bootstrap of an accuracy difference', () => {
  const g = golden.bootstrap;
  const cells = pairedCells(g.y, g.cand, g.base);

  it('the multinomial bootstrap agrees with scipy.stats.bootstrap (percentile, paired)', () => {
    const reps = multinomialBootstrap(cells, 20_000, createRng(1), accuracyDiff);
    const iv = percentileInterval(reps, 0.95);
    // One row changes the difference by 1/400; Monte Carlo error of a 2.5% quantile with 20k replicates is about that.
    expect(Math.abs(iv.low - g.ciLow)).toBeLessThanOrEqual(2 / 400 + 1e-12);
    expect(Math.abs(iv.high - g.ciHigh)).toBeLessThanOrEqual(2 / 400 + 1e-12);
    let m = 0;
    let s = 0;
    for (const r of reps) m += r;
    m /= reps.length;
    for (const r of reps) s += (r - m) ** 2;
    expect(Math.sqrt(s / (reps.length - 1)) / g.standardError).toBeGreaterThan(0.95);
    expect(Math.sqrt(s / (reps.length - 1)) / g.standardError).toBeLessThan(1.05);
  });

  it('the row bootstrap agrees with scipy.stats.bootstrap too', () => {
    const n = g.y.length;
    const reps = rowBootstrap(n, 20_000, createRng(2), (rows) => {
      let d = 0;
      for (let i = 0; i < n; i++) {
        const r = rows[i];
        d += (g.cand[r] === g.y[r] ? 1 : 0) - (g.base[r] === g.y[r] ? 1 : 0);
      }
      return d / n;
    });
    const iv = percentileInterval(reps, 0.95);
    expect(Math.abs(iv.low - g.ciLow)).toBeLessThanOrEqual(2 / 400 + 1e-12);
    expect(Math.abs(iv.high - g.ciHigh)).toBeLessThanOrEqual(2 / 400 + 1e-12);
  });

  it('is reproducible for a seed', () => {
    const a = multinomialBootstrap(cells, 50, createRng(9), accuracyDiff);
    const b = multinomialBootstrap(cells, 50, createRng(9), accuracyDiff);
    expect(Array.from(a)).toEqual(Array.from(b));
  });

  it('95% intervals cover the true difference about 95% of the time', () => {
    // Population: each row is (cand correct, base correct) with probabilities
    // p11 = 0.70, p10 = 0.12, p01 = 0.08, p00 = 0.10; true difference 0.12 − 0.08 = 0.04.
    const rng = createRng(77);
    const probs = [0.1, 0.08, 0.12, 0.7]; // index 2·cand + base
    const n = 400;
    const trials = 400;
    let covered = 0;
    for (let t = 0; t < trials; t++) {
      const cellsT = new Float64Array(4);
      for (let i = 0; i < n; i++) {
        const u = rng.next();
        cellsT[u < probs[0] ? 0 : u < probs[0] + probs[1] ? 1 : u < probs[0] + probs[1] + probs[2] ? 2 : 3]++;
      }
      const iv = percentileInterval(multinomialBootstrap(cellsT, 400, rng, accuracyDiff), 0.95);
      if (iv.low <= 0.04 && 0.04 <= iv.high) covered++;
    }
    // Binomial sd of the coverage over 400 trials is 0.011: allow 3.5 sd.
    expect(covered / trials).toBeGreaterThan(0.91);
    expect(covered / trials).toBeLessThan(0.99);
  });
});
