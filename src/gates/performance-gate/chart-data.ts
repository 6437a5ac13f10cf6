/**
 * The curves the visual report draws, as a compact `charts` section of the
 * JSON report (never rows):
 *
 * - binary tasks with scores: the ROC and precision–recall curves of the
 *   candidate and the baseline (scikit-learn's definitions, src/stats/metrics/),
 *   and their reliability curves (10 uniform bins) when every score is a
 *   probability;
 * - regression: histograms of the residuals y − ŷ of both on shared bins.
 *
 * A curve has a point per distinct score (a million on a large file); it is
 * thinned to the points at least 1/250 apart from the last one kept in
 * either coordinate, which keeps its shape at any size a chart is drawn,
 * and numbers are kept to 5 significant digits.
 */
import { binaryClfCurve } from '../../stats/metrics/binary-clf-curve.js';
import { calibrationCurve } from '../../stats/metrics/calibration-curve.js';
import { precisionRecallCurve } from '../../stats/metrics/precision-recall-curve.js';
import { rocCurve } from '../../stats/metrics/roc-curve.js';
import { scoreOrder } from '../../stats/metrics/score-order.js';
import type { Predictions } from './predictions.js';

export interface RocPoints {
  fpr: number[];
  tpr: number[];
}
export interface PrPoints {
  recall: number[];
  precision: number[];
}
export interface CalibrationPoints {
  predicted: number[];
  observed: number[];
  count: number[];
}
export interface PerformanceCharts {
  roc?: { candidate: RocPoints; baseline?: RocPoints };
  pr?: { candidate: PrPoints; baseline?: PrPoints };
  calibration?: { candidate: CalibrationPoints; baseline?: CalibrationPoints };
  residuals?: { edges: number[]; candidate: number[]; baseline?: number[] };
}

const STEP = 1 / 250;
const RESIDUAL_BINS = 30;

const round = (v: number) => Number(v.toPrecision(5));

/** Indices of the points to keep: the first, the last, and each one STEP away from the last kept. */
export function thinCurve(xs: number[], ys: number[], step = STEP): number[] {
  const keep: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const last = keep[keep.length - 1];
    if (last === undefined || i === xs.length - 1 || Math.abs(xs[i] - xs[last]) >= step || Math.abs(ys[i] - ys[last]) >= step) keep.push(i);
  }
  return keep;
}

function binaryCurves(p: Predictions): { roc: RocPoints; pr: PrPoints; calibration?: CalibrationPoints } | undefined {
  const scores = p.scores?.[0];
  if (!scores || p.task !== 'binary') return undefined;
  let positives = 0;
  for (let i = 0; i < p.label.length; i++) if (p.label[i] === 1) positives++;
  // Both classes are needed for rates (0/0 otherwise).
  if (positives === 0 || positives === p.label.length) return undefined;
  const counts = binaryClfCurve(p.label, scores, scoreOrder(scores));
  const roc = rocCurve(p.label, scores, counts);
  const pr = precisionRecallCurve(p.label, scores, counts);
  const rk = thinCurve(roc.fpr, roc.tpr);
  const pk = thinCurve(pr.recall, pr.precision);
  const out: { roc: RocPoints; pr: PrPoints; calibration?: CalibrationPoints } = {
    roc: { fpr: rk.map((k) => round(roc.fpr[k])), tpr: rk.map((k) => round(roc.tpr[k])) },
    pr: { recall: pk.map((k) => round(pr.recall[k])), precision: pk.map((k) => round(pr.precision[k])) },
  };
  if (!p.scoreOutsideUnit) {
    const c = calibrationCurve(p.label, scores, 10);
    out.calibration = { predicted: c.predicted.map(round), observed: c.observed.map(round), count: c.count };
  }
  return out;
}

function residualsOf(p: Predictions): Float64Array | undefined {
  if (p.task !== 'regression' || !p.actual || !p.estimate) return undefined;
  const r = new Float64Array(p.actual.length);
  for (let i = 0; i < r.length; i++) r[i] = p.actual[i] - p.estimate[i];
  return r;
}

/** The q-quantile of an ascending array (linear interpolation, numpy's default). */
function quantileSorted(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
}

/**
 * Shares of residuals on RESIDUAL_BINS equal bins spanning the pooled 1st to
 * 99th percentiles, so that a few large errors do not squash the picture;
 * residuals beyond land in the end bins.
 */
function residualHistograms(candidate: Float64Array, baseline?: Float64Array): PerformanceCharts['residuals'] {
  const pooled = Float64Array.from([...candidate, ...(baseline ?? [])].filter(Number.isFinite)).sort();
  if (pooled.length === 0) return undefined;
  let lo = quantileSorted(pooled, 0.01);
  let hi = quantileSorted(pooled, 0.99);
  if (lo === hi) [lo, hi] = [lo - 0.5, hi + 0.5];
  const width = (hi - lo) / RESIDUAL_BINS;
  const shares = (r: Float64Array) => {
    const counts = new Array<number>(RESIDUAL_BINS).fill(0);
    let n = 0;
    for (const v of r) {
      if (!Number.isFinite(v)) continue;
      counts[Math.min(RESIDUAL_BINS - 1, Math.max(0, Math.floor((v - lo) / width)))]++;
      n++;
    }
    return counts.map((c) => round(n ? c / n : 0));
  };
  return {
    edges: Array.from({ length: RESIDUAL_BINS + 1 }, (_, i) => round(lo + i * width)),
    candidate: shares(candidate),
    ...(baseline ? { baseline: shares(baseline) } : {}),
  };
}

export function performanceCharts(candidate: Predictions, baseline?: Predictions): PerformanceCharts | undefined {
  const out: PerformanceCharts = {};
  const c = binaryCurves(candidate);
  const b = baseline ? binaryCurves(baseline) : undefined;
  if (c) {
    out.roc = { candidate: c.roc, ...(b ? { baseline: b.roc } : {}) };
    out.pr = { candidate: c.pr, ...(b ? { baseline: b.pr } : {}) };
    if (c.calibration) out.calibration = { candidate: c.calibration, ...(b?.calibration ? { baseline: b.calibration } : {}) };
  }
  const rc = residualsOf(candidate);
  if (rc) out.residuals = residualHistograms(rc, baseline ? residualsOf(baseline) : undefined);
  return Object.keys(out).length ? out : undefined;
}
