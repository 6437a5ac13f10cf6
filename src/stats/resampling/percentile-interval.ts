export interface Interval {
  low: number;
  high: number;
  /** Replicates that were NaN (statistic undefined) and left out. */
  undefinedReplicates: number;
}

/**
 * The bootstrap percentile confidence interval: the (1 − c)/2 and (1 + c)/2
 * quantiles of the replicate values, with numpy's default linear
 * interpolation between order statistics (position q·(B − 1)). NaN
 * replicates are dropped and counted; with none left the interval is NaN.
 *
 * References: B. Efron, R. J. Tibshirani, "An Introduction to the
 * Bootstrap" (1993), ch. 13; `scipy.stats.bootstrap(method="percentile")`.
 */
export function percentileInterval(replicates: Float64Array, confidence: number): Interval {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  const values = replicates.filter((v) => !Number.isNaN(v)).sort();
  const undefinedReplicates = replicates.length - values.length;
  if (values.length === 0) return { low: Number.NaN, high: Number.NaN, undefinedReplicates };
  const q = (p: number): number => {
    const h = (values.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(values.length - 1, lo + 1);
    return values[lo] + (h - lo) * (values[hi] - values[lo]);
  };
  return { low: q((1 - confidence) / 2), high: q((1 + confidence) / 2), undefinedReplicates };
}
