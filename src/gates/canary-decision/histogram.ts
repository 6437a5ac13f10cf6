/**
 * Canary and baseline histograms on shared bins, for the report's small
 * distribution chart. The bins span the pooled 1st–99th percentiles so that
 * a few outliers do not squash the picture; values outside land in the end
 * bins.
 */
import { quantileSorted } from './statistic.js';

export interface HistogramPair {
  edges: number[];
  canary: number[];
  baseline: number[];
}

export const HISTOGRAM_BINS = 16;

function counts(sorted: Float64Array, lo: number, width: number, bins: number): number[] {
  const out = new Array<number>(bins).fill(0);
  for (let i = 0; i < sorted.length; i++) {
    const k = width > 0 ? Math.floor((sorted[i] - lo) / width) : 0;
    out[Math.min(bins - 1, Math.max(0, k))]++;
  }
  // Shares, so variants of different sizes compare.
  return out.map((c) => c / sorted.length);
}

export function histogramPair(canary: Float64Array, baseline: Float64Array, bins = HISTOGRAM_BINS): HistogramPair {
  const lo = Math.min(quantileSorted(canary, 0.01), quantileSorted(baseline, 0.01));
  const hi = Math.max(quantileSorted(canary, 0.99), quantileSorted(baseline, 0.99));
  const width = (hi - lo) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => lo + i * width);
  return { edges, canary: counts(canary, lo, width, bins), baseline: counts(baseline, lo, width, bins) };
}
