import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/stats/random/prng.js';
import { countBootstrap } from '../../../src/stats/resampling/count-bootstrap.js';
import { randomBelow, rowBootstrap } from '../../../src/stats/resampling/row-bootstrap.js';

describe('countBootstrap', () => {
  it('draws the same rows as rowBootstrap from the same stream, as counts', () => {
    const n = 500;
    const x = Float64Array.from({ length: n }, (_, i) => Math.sin(i) * 10);
    const viaRows = rowBootstrap(n, 50, createRng(4), (rows) => {
      let s = 0;
      for (const r of rows) s += x[r];
      return s / n;
    });
    const viaCounts = countBootstrap(n, 50, createRng(4), (counts) => {
      let total = 0;
      let s = 0;
      for (let i = 0; i < n; i++) {
        total += counts[i];
        s += counts[i] * x[i];
      }
      expect(total).toBe(n);
      return s / n;
    });
    for (let r = 0; r < 50; r++) expect(viaCounts[r]).toBeCloseTo(viaRows[r], 10);
  });

  it('randomBelow is uniform over [0, n)', () => {
    const rng = createRng(10);
    const counts = new Float64Array(3);
    for (let i = 0; i < 300_000; i++) counts[randomBelow(rng, 3)]++;
    // Each share 1/3 ± 5 standard errors (sd of a share = sqrt(2/9 / 3e5) ≈ 0.00086).
    for (const c of counts) expect(Math.abs(c / 300_000 - 1 / 3)).toBeLessThan(0.0043);
    for (let i = 0; i < 1000; i++) {
      const v = randomBelow(rng, 5_000_000);
      expect(v >= 0 && v < 5_000_000 && Number.isInteger(v)).toBe(true);
    }
  });
});
