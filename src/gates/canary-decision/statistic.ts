/**
 * The statistic of a sample that bounds and relative rules compare
 * (mean, median, p90/p95/p99, min, max, sum). Percentiles interpolate
 * linearly between order statistics (Hyndman & Fan type 7, numpy's and R's
 * default), on an ascending array.
 */
import type { StatisticName } from './config.js';

export function quantileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function sampleStatistic(sorted: Float64Array, name: StatisticName): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  switch (name) {
    case 'mean':
    case 'sum': {
      let s = 0;
      for (let i = 0; i < n; i++) s += sorted[i];
      return name === 'sum' ? s : s / n;
    }
    case 'median':
      return quantileSorted(sorted, 0.5);
    case 'p90':
      return quantileSorted(sorted, 0.9);
    case 'p95':
      return quantileSorted(sorted, 0.95);
    case 'p99':
      return quantileSorted(sorted, 0.99);
    case 'min':
      return sorted[0];
    case 'max':
      return sorted[n - 1];
  }
}
