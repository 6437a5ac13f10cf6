/**
 * Latency percentiles against a budget. Percentiles use linear
 * interpolation between order statistics (numpy's default, Hyndman & Fan
 * type 7). Budget keys: `p<q>` for any percentile q in (0, 100], `mean`,
 * `max`; values in milliseconds; a sample passes when it is ≤ its budget.
 */
import type { Check } from '../../core/report.js';
import { UserError } from '../../core/errors.js';

export interface LatencySection {
  file: string;
  samples: number;
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
  budget: Record<string, number>;
  observed: Record<string, number>;
}

function quantile(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** The statistic a budget key names. */
function statistic(sorted: Float64Array, key: string, mean: number): number {
  if (key === 'mean') return mean;
  if (key === 'max') return sorted[sorted.length - 1];
  const m = /^p(\d+(?:\.\d+)?)$/.exec(key);
  if (!m || Number(m[1]) <= 0 || Number(m[1]) > 100) throw new UserError(`unknown budget key "${key}" (use p50, p95, p99.9, mean or max)`, { field: 'latency-budget' });
  return quantile(sorted, Number(m[1]) / 100);
}

export function evaluateLatency(samples: Float64Array, file: string, budget: Record<string, number>): { section: LatencySection; checks: Check[] } {
  if (samples.length === 0) throw new UserError('no latency samples', { file });
  const sorted = Float64Array.from(samples).sort();
  let mean = 0;
  for (const v of sorted) mean += v / sorted.length;
  const observed: Record<string, number> = {};
  const checks: Check[] = [];
  for (const [key, limit] of Object.entries(budget)) {
    const value = statistic(sorted, key, mean);
    observed[key] = value;
    const pass = value <= limit;
    checks.push({
      id: `latency.${key}`,
      subject: 'latency',
      name: `latency ${key}`,
      value,
      threshold: `<= ${limit} ms`,
      verdict: pass ? 'pass' : 'fail',
      severity: 'error',
      message: `${key} latency ${Number(value.toPrecision(4))} ms ${pass ? 'is within' : 'exceeds'} the budget of ${limit} ms (${samples.length} samples)`,
    });
  }
  return {
    section: {
      file,
      samples: samples.length,
      mean,
      p50: quantile(sorted, 0.5),
      p90: quantile(sorted, 0.9),
      p95: quantile(sorted, 0.95),
      p99: quantile(sorted, 0.99),
      max: sorted[sorted.length - 1],
      budget,
      observed,
    },
    checks,
  };
}
