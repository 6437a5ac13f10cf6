import { describe, expect, it } from 'vitest';
import { sumCounts, type ConfusionCounts } from '../../../src/stats/fairness/confusion-counts.js';
import { groupRates, RATE_NAMES, type RateName } from '../../../src/stats/fairness/group-rates.js';
import { demographicParityDifference } from '../../../src/stats/fairness/demographic-parity-difference.js';
import { demographicParityRatio } from '../../../src/stats/fairness/demographic-parity-ratio.js';
import { equalizedOddsDifference } from '../../../src/stats/fairness/equalized-odds-difference.js';
import { equalizedOddsRatio } from '../../../src/stats/fairness/equalized-odds-ratio.js';
import { equalOpportunityDifference } from '../../../src/stats/fairness/equal-opportunity-difference.js';
import { predictiveParityDifference } from '../../../src/stats/fairness/predictive-parity-difference.js';
import { accuracyParity } from '../../../src/stats/fairness/accuracy-parity.js';
import { disparateImpact } from '../../../src/stats/fairness/disparate-impact.js';
import { averageOddsDifference } from '../../../src/stats/fairness/average-odds-difference.js';
import { groupDisparity } from '../../../src/stats/fairness/group-disparity.js';
import { theilIndex } from '../../../src/stats/fairness/theil-index.js';
import type { AggregationMethod } from '../../../src/stats/fairness/aggregation.js';
import { expectClose, loadFairnessGolden } from './golden.js';

const cases = loadFairnessGolden();

describe('fairness metrics against the numpy/pandas reproduction of Fairlearn, AIF360 and Aequitas', () => {
  it('has the layouts the issue asks for', () => {
    const names = cases.map((c) => c.name);
    expect(names).toContain('single-group');
    expect(names).toContain('group-without-positives');
    expect(names).toContain('empty-combination');
    expect(cases.filter((c) => Object.keys(c.attributes).some((a) => a.includes('×'))).length).toBeGreaterThan(5);
  });

  for (const c of cases) {
    for (const [attr, golden] of Object.entries(c.attributes)) {
      it(`${c.name} / ${attr}`, () => {
        const groups: ConfusionCounts[] = golden.groups.map((g) => ({ tp: g.tp, fn: g.fn, fp: g.fp, tn: g.tn }));
        for (const [i, g] of golden.groups.entries()) {
          const rates = groupRates(groups[i]);
          for (const r of RATE_NAMES) expectClose(rates[r], g[r], `${g.group}.${r}`);
        }
        const overall = sumCounts(groups);
        const m = golden.metrics;
        for (const method of ['between_groups', 'to_overall'] as AggregationMethod[]) {
          const o = { method, overall };
          expectClose(demographicParityDifference(groups, o), m[`demographic_parity_difference.${method}`], `dpd ${method}`);
          expectClose(demographicParityRatio(groups, o), m[`demographic_parity_ratio.${method}`], `dpr ${method}`);
          expectClose(equalizedOddsDifference(groups, o), m[`equalized_odds_difference.worst_case.${method}`], `eod ${method}`);
          expectClose(equalizedOddsDifference(groups, { ...o, agg: 'mean' }), m[`equalized_odds_difference.mean.${method}`], `eod mean ${method}`);
          expectClose(equalizedOddsRatio(groups, o), m[`equalized_odds_ratio.worst_case.${method}`], `eor ${method}`);
          expectClose(equalizedOddsRatio(groups, { ...o, agg: 'mean' }), m[`equalized_odds_ratio.mean.${method}`], `eor mean ${method}`);
          expectClose(equalOpportunityDifference(groups, o), m[`equal_opportunity_difference.${method}`], `eopd ${method}`);
          expectClose(predictiveParityDifference(groups, o), m[`predictive_parity_difference.${method}`], `ppd ${method}`);
          expectClose(accuracyParity(groups, o), m[`accuracy_parity.${method}`], `acc ${method}`);
        }
        expectClose(disparateImpact(groups, golden.reference), m.disparate_impact, 'disparate impact');
        expectClose(averageOddsDifference(groups, golden.reference), m.average_odds_difference, 'average odds difference');
        expectClose(theilIndex(overall), m.theil_index, 'theil index');
        for (const [rate, expected] of Object.entries(golden.disparity)) {
          const d = groupDisparity(groups, golden.reference, rate as RateName);
          expected.forEach((e, i) => expectClose(d[i], e, `disparity ${rate} ${golden.groups[i].group}`));
        }
      });
    }
  }
});
