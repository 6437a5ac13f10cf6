/**
 * One attribute's bootstrap statistics evaluated together on each resample:
 * the rates of every group are computed once (ratesOfCells, the same
 * expressions as groupRate, so the same values), the per-group disparities
 * r_g / r_ref are read straight from them in one loop, and the other
 * statistics (aggregates, reference metrics, the overall one) are called
 * with those rates at hand.
 */
import type { BatchStatistics } from '../../stats/fairness/bootstrap-marginals.js';
import type { ConfusionCounts } from '../../stats/fairness/confusion-counts.js';
import { RATE_NAMES, ratesOfCells, type RateName } from '../../stats/fairness/group-rates.js';

export class ResampleRates {
  /** Rate r (its index in RATE_NAMES) of group g at [r · groups + g]. */
  readonly rates: Float64Array;
  /** Rate r of the whole resample (all groups together) at [r]. */
  readonly overallRates = new Float64Array(RATE_NAMES.length);
  /** Counts of the whole resample. */
  readonly overall: ConfusionCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  private readonly overallCells = new Float64Array(4);

  constructor(readonly groups: number) {
    this.rates = new Float64Array(RATE_NAMES.length * groups);
  }

  /** Where rate `rate` of group `group` is in `rates`. */
  slot(rate: RateName, group: number): number {
    return rateIndex(rate) * this.groups + group;
  }

  /** Recomputes everything from one resample's counts (`cells`: TP, FN, FP, TN of each group). */
  update(cells: Float64Array): void {
    const total = this.overallCells;
    total.fill(0);
    for (let i = 0; i < cells.length; i += 4) {
      total[0] += cells[i];
      total[1] += cells[i + 1];
      total[2] += cells[i + 2];
      total[3] += cells[i + 3];
    }
    const overall = this.overall;
    overall.tp = total[0];
    overall.fn = total[1];
    overall.fp = total[2];
    overall.tn = total[3];
    ratesOfCells(cells, this.groups, this.rates);
    ratesOfCells(total, 1, this.overallRates);
  }
}

export function rateIndex(rate: RateName): number {
  return RATE_NAMES.indexOf(rate);
}

/** A statistic on a resample: a ratio of two of its rates (slots in ResampleRates.rates), or a function of it. */
export type ResampleStatistic = { ratio: [number, number] } | { compute: () => number };

/** The statistics, in order, as one batch that first brings `rates` up to date. */
export function batchOf(statistics: readonly ResampleStatistic[], rates: ResampleRates): BatchStatistics {
  const ratioAt: number[] = [];
  const numerators: number[] = [];
  const denominators: number[] = [];
  const computeAt: number[] = [];
  const computes: (() => number)[] = [];
  statistics.forEach((s, j) => {
    if ('ratio' in s) {
      ratioAt.push(j);
      numerators.push(s.ratio[0]);
      denominators.push(s.ratio[1]);
    } else {
      computeAt.push(j);
      computes.push(s.compute);
    }
  });
  const at = Int32Array.from(ratioAt);
  const num = Int32Array.from(numerators);
  const den = Int32Array.from(denominators);
  const r = rates.rates;
  return {
    count: statistics.length,
    evaluate(cells, out) {
      rates.update(cells);
      for (let j = 0; j < at.length; j++) out[at[j]] = r[num[j]] / r[den[j]];
      for (let j = 0; j < computes.length; j++) out[computeAt[j]] = computes[j]();
    },
  };
}
