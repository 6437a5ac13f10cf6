/**
 * The limiting Cramér–von Mises distribution (scipy's _cdf_cvm_inf) against scipy 1.10: the "cramerVonMisesLimitCdf" cases of test/golden/drift.json
 * (written by test/golden/generate_drift.py with Debian's python3-scipy).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cramerVonMisesLimitCdf } from '../../../src/stats/distributions/cramer-von-mises-limit.js';

const golden = JSON.parse(readFileSync(new URL('../../golden/drift.json', import.meta.url), 'utf8')) as {
  cases: { fn: string; args: number[]; expected: { value: number } }[];
};
const cases = golden.cases.filter((c) => c.fn === 'cramerVonMisesLimitCdf');

describe('cramerVonMisesLimitCdf', () => {
  it(`matches scipy to 1e-9 relative or 1e-12 absolute (${cases.length} cases)`, () => {
    expect(cases.length).toBeGreaterThan(5);
    for (const c of cases) {
      const got = (cramerVonMisesLimitCdf as (...a: number[]) => number)(...c.args);
      const want = c.expected.value;
      const err = Math.abs(got - want);
      expect(err <= 1e-12 || err <= 1e-9 * Math.abs(want), `cramerVonMisesLimitCdf(${c.args.join(', ')}) = ${got}, scipy ${want}`).toBe(true);
    }
  });
});
