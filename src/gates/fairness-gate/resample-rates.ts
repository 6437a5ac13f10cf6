/**
 * The rates of one attribute's groups on the current bootstrap resample,
 * computed once per resample (bootstrapMarginals' `prepare` hook) and read
 * by all of the attribute's statistics, instead of each statistic
 * recomputing the rates it needs from the counts.
 *
 * The rates come from ratesOfCells, which computes them as groupRate does,
 * so a statistic that reads them gets the very values it would have
 * computed itself.
 */
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

  /** Recomputes everything from one resample's counts (`cells`: TP, FN, FP, TN of each group). */
  readonly prepare = (resampled: readonly ConfusionCounts[], cells: Float64Array): void => {
    const overall = this.overall;
    overall.tp = overall.fn = overall.fp = overall.tn = 0;
    for (let g = 0; g < resampled.length; g++) {
      const c = resampled[g];
      overall.tp += c.tp;
      overall.fn += c.fn;
      overall.fp += c.fp;
      overall.tn += c.tn;
    }
    ratesOfCells(cells, this.groups, this.rates);
    const total = this.overallCells;
    total[0] = overall.tp;
    total[1] = overall.fn;
    total[2] = overall.fp;
    total[3] = overall.tn;
    ratesOfCells(total, 1, this.overallRates);
  };
}

export function rateIndex(rate: RateName): number {
  return RATE_NAMES.indexOf(rate);
}
