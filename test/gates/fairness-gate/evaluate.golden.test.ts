import { describe, expect, it } from 'vitest';
import { evaluateTables } from '../../../src/gates/fairness-gate/evaluate.js';
import { METRIC_NAMES } from '../../../src/gates/fairness-gate/metrics.js';
import { expectClose, loadFairnessGolden } from '../../stats/fairness/golden.js';
import { makeTable, options } from './helpers.js';

// The golden rows go through the whole evaluation (reading labels, grouping,
// intersections with empty combinations, eligibility, reference choice) and
// must give pandas' group counts and Fairlearn/AIF360 values.
const cases = loadFairnessGolden();

describe('evaluation on tables against the pandas reproduction', () => {
  for (const c of cases) {
    it(c.name, () => {
      const attrs = Object.keys(c.rows).filter((k) => k.startsWith('a'));
      const table = makeTable({ ...c.rows, label: c.rows.yt, prediction: c.rows.yp });
      const ev = evaluateTables(table, options({ sensitive: attrs, intersectional: true, metrics: [...METRIC_NAMES] }));
      for (const [attr, golden] of Object.entries(c.attributes)) {
        const mine = ev.groups.filter((g) => g.attribute === attr);
        expect(mine.map((g) => [g.group, g.n])).toEqual(golden.groups.map((g) => [g.group, g.n]));
        mine.forEach((g, i) => {
          expectClose(g.selectionRate ?? Number.NaN, golden.groups[i].selectionRate, `${attr}/${g.group} selection`);
          expectClose(g.tpr ?? Number.NaN, golden.groups[i].tpr, `${attr}/${g.group} tpr`);
          expect(g.status).toBe(g.n === 0 ? 'empty' : g.tpr === null || g.fpr === null || g.precision === null ? 'insufficient' : 'ok');
        });
        const nonEmpty = golden.groups.filter((g) => g.n > 0);
        const value = (m: string) => ev.disparities.find((d) => d.metric === m && d.attribute === attr)!.value ?? Number.NaN;
        if (nonEmpty.length < 2) {
          expect(ev.disparities.find((d) => d.metric === 'demographic_parity_difference' && d.attribute === attr)!.verdict).toBe('insufficient');
          continue;
        }
        // Metrics over one rate: eligibility equals pandas' NaN skipping.
        for (const m of ['demographic_parity_difference', 'demographic_parity_ratio', 'equal_opportunity_difference', 'predictive_parity_difference', 'accuracy_parity']) {
          expectClose(value(m), golden.metrics[`${m}.between_groups`], `${attr} ${m}`);
        }
        // Over two rates and against the reference: equal when no non-empty group lacks a rate.
        const complete = nonEmpty.every((g) => g.tpr !== null && g.fpr !== null);
        if (complete) {
          expectClose(value('equalized_odds_difference'), golden.metrics['equalized_odds_difference.worst_case.between_groups'], `${attr} eod`);
          expectClose(value('equalized_odds_ratio'), golden.metrics['equalized_odds_ratio.worst_case.between_groups'], `${attr} eor`);
          expectClose(value('average_odds_difference'), golden.metrics.average_odds_difference, `${attr} aod`);
        }
        expectClose(value('disparate_impact'), golden.metrics.disparate_impact, `${attr} di`);
      }
      expectClose(ev.disparities.find((d) => d.metric === 'theil_index')!.value!, Object.values(c.attributes)[0].metrics.theil_index, 'theil');
    });
  }
});
