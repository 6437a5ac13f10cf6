import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/stats/random/prng.js';
import { multinomial } from '../../../src/stats/random/multinomial.js';

describe('multinomial', () => {
  it('sums to n and has the multinomial means and covariances', () => {
    // Hand-derived: E[X_i] = n p_i, Var X_i = n p_i (1 − p_i), Cov(X_i, X_j) = −n p_i p_j.
    const rng = createRng(5);
    const probs = Float64Array.from([0.5, 0.3, 0.15, 0.05]);
    const n = 10_000;
    const reps = 20_000;
    const out = new Float64Array(4);
    const mean = new Float64Array(4);
    const sq = new Float64Array(4);
    let cross01 = 0;
    for (let r = 0; r < reps; r++) {
      multinomial(rng, n, probs, out);
      expect(out[0] + out[1] + out[2] + out[3]).toBe(n);
      for (let i = 0; i < 4; i++) {
        mean[i] += out[i];
        sq[i] += out[i] * out[i];
      }
      cross01 += out[0] * out[1];
    }
    for (let i = 0; i < 4; i++) {
      const m = mean[i] / reps;
      const v = sq[i] / reps - m * m;
      const ev = n * probs[i] * (1 - probs[i]);
      expect(Math.abs(m - n * probs[i])).toBeLessThan(5 * Math.sqrt(ev / reps));
      expect(Math.abs(v / ev - 1)).toBeLessThan(0.05);
    }
    const cov = cross01 / reps - (mean[0] / reps) * (mean[1] / reps);
    const ecov = -n * probs[0] * probs[1];
    expect(Math.abs(cov / ecov - 1)).toBeLessThan(0.06);
  });

  it('normalises weights and keeps zero-probability cells empty', () => {
    const rng = createRng(3);
    const out = new Float64Array(3);
    for (let r = 0; r < 100; r++) {
      multinomial(rng, 500, Float64Array.from([30, 0, 70]), out);
      expect(out[1]).toBe(0);
      expect(out[0] + out[2]).toBe(500);
    }
  });

  it('rejects bad probabilities', () => {
    const rng = createRng(3);
    const out = new Float64Array(2);
    expect(() => multinomial(rng, 5, Float64Array.from([0, 0]), out)).toThrow(RangeError);
    expect(() => multinomial(rng, 5, Float64Array.from([-1, 2]), out)).toThrow(RangeError);
    expect(() => multinomial(rng, 5, Float64Array.from([Number.NaN, 2]), out)).toThrow(RangeError);
  });
});
