import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { METRIC_NAMES, METRICS, type AggregateContext, type AggregateMetric, type ReferenceMetric } from '../../../src/gates/fairness-gate/metrics.js';
import { sumCounts, type ConfusionCounts } from '../../../src/stats/fairness/confusion-counts.js';
import { groupRate, RATE_NAMES, ratesOf, ratesOfCells } from '../../../src/stats/fairness/group-rates.js';

const references = METRIC_NAMES.map((m) => METRICS[m]).filter((d): d is ReferenceMetric => d.kind === 'reference');
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

describe('reference metrics from rates (the bootstrap path)', () => {
  it('covers every reference metric', () => expect(references.map((d) => d.name).sort()).toEqual(['average_odds_difference', 'disparate_impact']));

  it('pairFromRates equals compute on [group, reference] bit for bit, zero and undefined rates included', () => {
    const count = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 100_000 }));
    const group = fc.record({ tp: count, fn: count, fp: count, tn: count });
    fc.assert(
      fc.property(fc.array(group, { minLength: 2, maxLength: 6 }), fc.nat(), fc.nat(), (groups: ConfusionCounts[], a, b) => {
        const g = a % groups.length;
        const ref = b % groups.length;
        const cells = Float64Array.from(groups.flatMap((c) => [c.tp, c.fn, c.fp, c.tn]));
        const rates = new Float64Array(RATE_NAMES.length * groups.length);
        ratesOfCells(cells, groups.length, rates);
        for (const def of references) {
          const want = def.compute([groups[g], groups[ref]], 1);
          const got = def.pairFromRates(rates, groups.length, g, ref);
          expect(Object.is(got, want), `${def.name}: ${got} vs ${want}`).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
