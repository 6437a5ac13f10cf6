/**
 * The two-sided finite-n Kolmogorov distribution (scipy.stats.kstwo.sf), every branch of Simard–L'Ecuyer's choice against scipy 1.10: the "kolmogorovTwoSidedSf" cases of test/golden/drift.json
 * (written by test/golden/generate_drift.py with Debian's python3-scipy).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kolmogorovTwoSidedSf } from '../../../src/stats/distributions/kolmogorov-two-sided.js';

const golden = JSON.parse(readFileSync(new URL('../../golden/drift.json', import.meta.url), 'utf8')) as {
  cases: { fn: string; args: number[]; expected: { value: number } }[];
};
const cases = golden.cases.filter((c) => c.fn === 'kolmogorovTwoSidedSf');

describe('kolmogorovTwoSidedSf', () => {
  it(`matches scipy to 1e-9 relative or 1e-12 absolute (${cases.length} cases)`, () => {
    expect(cases.length).toBeGreaterThan(5);
    for (const c of cases) {
      const got = (kolmogorovTwoSidedSf as (...a: number[]) => number)(...c.args);
      const want = c.expected.value;
      const err = Math.abs(got - want);
      expect(err <= 1e-12 || err <= 1e-9 * Math.abs(want), `kolmogorovTwoSidedSf(${c.args.join(', ')}) = ${got}, scipy ${want}`).toBe(true);
    }
  });
});
