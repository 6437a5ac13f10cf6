import type { AggregationMethod } from './aggregation.js';
import type { ConfusionCounts } from './confusion-counts.js';

/** Options shared by the Fairlearn-style disparity metrics. */
export interface DisparityOptions {
  /** `between_groups` (default, Fairlearn's default) or `to_overall`. */
  method?: AggregationMethod;
  /**
   * The whole population's counts, for `to_overall`. Default: the sum of the
   * groups given. Pass it explicitly when some groups were set aside (too
   * small) but the overall rate should still be over every row, as in
   * Fairlearn, whose `overall` is computed on all data.
   */
  overall?: ConfusionCounts;
}
