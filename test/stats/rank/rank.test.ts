import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { rank } from '../../../src/stats/rank/rank.js';

const golden = JSON.parse(readFileSync(new URL('../../golden/canary_mannwhitneyu.json', import.meta.url), 'utf8')) as {
  rankdata: { values: number[]; ranks: number[] }[];
};

describe('rank (average ranks)', () => {
  golden.rankdata.forEach((c, k) => {
    it(`matches scipy.stats.rankdata, case ${k}`, () => {
      expect(Array.from(rank(c.values).ranks)).toEqual(c.ranks);
    });
  });

  it('reports the tie groups in ascending order of value', () => {
    // 0 | 2 2 | 5 5 5 | 9 → groups of 2 and 3.
    expect(rank([5, 2, 2, 9, 5, 5, 0]).tieGroups).toEqual([2, 3]);
    expect(rank([1, 2, 3]).tieGroups).toEqual([]);
  });

  it('refuses NaN', () => {
    expect(() => rank([1, NaN])).toThrow(RangeError);
  });
});
