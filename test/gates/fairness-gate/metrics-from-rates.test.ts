import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { METRIC_NAMES, METRICS, type AggregateContext, type AggregateMetric } from '../../../src/gates/fairness-gate/metrics.js';
import { sumCounts, type ConfusionCounts } from '../../../src/stats/fairness/confusion-counts.js';
import { groupRate, ratesOf } from '../../../src/stats/fairness/group-rates.js';

const aggregates = METRIC_NAMES.map((m) => METRICS[m]).filter((d): d is AggregateMetric => d.kind === 'aggregate');

describe('aggregate metrics from rates (the bootstrap path)', () => {
  it('covers every aggregate metric', () => expect(aggregates.map((d) => d.name).sort()).toEqual(
    [
      'accuracy_parity',
      'demographic_parity_difference',
      'demographic_parity_ratio',
      'equal_opportunity_difference',
      'equalized_odds_difference',
      'equalized_odds_ratio',
      'predictive_parity_difference',
    ],
  ));

  it('fromRates equals compute bit for bit, for both aggregations and both odds combinations', () => {
    const count = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 100_000 }));
    const group = fc.record({ tp: count, fn: count, fp: count, tn: count });
    fc.assert(
      fc.property(
        fc.array(group, { minLength: 1, maxLength: 8 }),
        fc.array(group, { maxLength: 4 }),
        fc.constantFrom('between_groups' as const, 'to_overall' as const),
        fc.constantFrom('worst_case' as const, 'mean' as const),
        (compared: ConfusionCounts[], others: ConfusionCounts[], method, agg) => {
          // The overall counts include groups that are not compared (set aside as too small).
          const ctx: AggregateContext = { method, agg, overall: sumCounts([...compared, ...others]) };
          for (const def of aggregates) {
            const want = def.compute(compared, ctx);
            const got = def.fromRates(
              def.rates.map((r) => ratesOf(compared, r)),
              def.rates.map((r) => groupRate(ctx.overall, r)),
              ctx,
            );
            expect(Object.is(got, want), `${def.name}: ${got} vs ${want}`).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
