import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { betaProbabilityGreater } from '../../../src/stats/canary/beta-probability-greater.js';

const golden = JSON.parse(readFileSync(new URL('../../golden/canary_bayes.json', import.meta.url), 'utf8')) as {
  cases: { a1: number; b1: number; a2: number; b2: number; p: number; source: 'exact' | 'quad' }[];
};

describe('betaProbabilityGreater', () => {
  golden.cases.forEach((c) => {
    // Exact rationals (generate_canary_bayes.py) to 1e-12; scipy quad for counts in the millions to 1e-9.
    const tolerance = c.source === 'exact' ? 1e-12 : 1e-9;
    it(`P(Beta(${c.a1},${c.b1}) > Beta(${c.a2},${c.b2})) matches the ${c.source} value`, () => {
      expect(Math.abs(betaProbabilityGreater(c.a1, c.b1, c.a2, c.b2) - c.p)).toBeLessThan(tolerance);
    });
  });

  it('is exact for 0/20 against 0/10,000 (hand-derived)', () => {
    // X ~ Beta(1, 21) (0 of 20, uniform prior), Y ~ Beta(1, 10001) (0 of 10,000).
    // P(X > y) = (1 − y)^21 and f_Y(y) = 10001 (1 − y)^10000, so
    // P(X > Y) = ∫₀¹ 10001 (1 − y)^10021 dy = 10001 / 10022 = 0.99790460985831…
    // (Simpson's rule on a window set by X alone gave 0.9975378.)
    expect(Math.abs(betaProbabilityGreater(1, 21, 1, 10001) - 10001 / 10022)).toBeLessThan(1e-15);
    // With both at zero successes the general form is b2 / (b1 + b2): 20 of 20 failures against 2 of 2.
    expect(Math.abs(betaProbabilityGreater(1, 21, 1, 3) - 3 / 24)).toBeLessThan(1e-15);
  });

  it('is ½ for identical posteriors and complements when the roles swap', () => {
    // Symmetry: X and Y identically distributed and continuous, so P(X > Y) = P(Y > X) = ½.
    expect(Math.abs(betaProbabilityGreater(7, 13, 7, 13) - 0.5)).toBeLessThan(1e-14);
    const p = betaProbabilityGreater(30, 70, 25, 75);
    expect(Math.abs(p + betaProbabilityGreater(25, 75, 30, 70) - 1)).toBeLessThan(1e-14);
    // Reflection: P(X > Y) = P(1 − Y > 1 − X), 1 − X ~ Beta(b1, a1).
    expect(Math.abs(p - betaProbabilityGreater(75, 25, 70, 30))).toBeLessThan(1e-14);
  });

  it('gives 0 and 1, not NaN, when the answer is below the smallest double', () => {
    // Beta(1, 3000) against Beta(3000, 1): P(X > Y) = ∫ 3000 y^2999 (1 − y)^3000 dy = 3000 · B(3000, 3001)
    // = 3000 · 2999! 3000! / 6000!, about 10^-1800: 0 in doubles. The reverse is 1 − that = 1.
    expect(betaProbabilityGreater(1, 3000, 3000, 1)).toBe(0);
    expect(betaProbabilityGreater(3000, 1, 1, 3000)).toBe(1);
  });

  it('refuses parameters that are not positive integers', () => {
    expect(() => betaProbabilityGreater(0.5, 1, 1, 1)).toThrow(RangeError);
    expect(() => betaProbabilityGreater(1, 1, 0, 1)).toThrow(RangeError);
    expect(() => betaProbabilityGreater(1, 1, 1, 2.5)).toThrow(RangeError);
  });
});
