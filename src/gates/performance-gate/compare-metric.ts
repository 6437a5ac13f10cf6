/**
 * One metric's value, its baseline on the same rows, and how sure the
 * difference is: a confidence interval (of the difference when there is a
 * baseline, else of the value) and, with a baseline, a two-sided p-value.
 *
 * The interval comes from the cheapest exact method for the metric:
 *  - confusion-matrix metrics: a paired bootstrap that draws the joint
 *    (truth × candidate × baseline) cell counts from a multinomial —
 *    identical in distribution to resampling rows, at O(B × cells);
 *  - binary ROC AUC: DeLong's variance, normal interval (and DeLong's test);
 *  - other metrics: a paired bootstrap resampling rows.
 * p-values: McNemar's test for accuracy, DeLong's for ROC AUC, otherwise the
 * bootstrap's two-sided achieved significance level
 * 2·min(#{θ* ≤ 0} + 1, #{θ* ≥ 0} + 1) / (B + 1) (Efron & Tibshirani 1993,
 * ch. 16), which is approximate.
 */
import { createRng } from '../../stats/random/prng.js';
import { multinomialBootstrap } from '../../stats/resampling/multinomial-bootstrap.js';
import { rowBootstrap } from '../../stats/resampling/row-bootstrap.js';
import { countBootstrap } from '../../stats/resampling/count-bootstrap.js';
import { percentileInterval } from '../../stats/resampling/percentile-interval.js';
import { mcnemar } from '../../stats/tests/mcnemar.js';
import { delong } from '../../stats/tests/delong.js';
import { normalQuantile } from '../../stats/distributions/normal.js';
import type { MetricDef } from './metric-catalog.js';
import type { Predictions } from './predictions.js';

export interface Comparison {
  value: number;
  baseline: number | null;
  delta: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** What the interval is for. */
  ciOf: 'delta' | 'value' | null;
  pValue: number | null;
  /** How the interval / p-value were obtained. */
  test: string | null;
  /** Bootstrap replicates on which the metric was undefined (e.g. one class drawn). */
  undefinedReplicates?: number;
}

export interface StatsOptions {
  confidence: number;
  bootstrap: number;
  seed: number;
}

/** FNV-1a, so that each metric has its own reproducible stream whatever else is configured. */
function streamSeed(seed: number, name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return (h ^ seed) | 0;
}

const jointCache = new WeakMap<Predictions, WeakMap<Predictions, Float64Array>>();
const singleCache = new WeakMap<Predictions, Float64Array>();

/** Counts of (truth, candidate prediction, baseline prediction), index (t·k + c)·k + b. */
function jointCells(c: Predictions, b: Predictions): Float64Array {
  let inner = jointCache.get(c);
  if (!inner) jointCache.set(c, (inner = new WeakMap()));
  let cells = inner.get(b);
  if (!cells) {
    const k = c.classes.length;
    cells = new Float64Array(k * k * k);
    const y = c.label;
    const pc = c.predicted!;
    const pb = b.predicted!;
    for (let i = 0; i < y.length; i++) cells[(y[i] * k + pc[i]) * k + pb[i]]++;
    inner.set(b, cells);
  }
  return cells;
}

function singleCells(c: Predictions): Float64Array {
  let cells = singleCache.get(c);
  if (!cells) {
    const k = c.classes.length;
    cells = new Float64Array(k * k);
    for (let i = 0; i < c.label.length; i++) cells[c.label[i] * k + c.predicted![i]]++;
    singleCache.set(c, cells);
  }
  return cells;
}

/** The occupied cells of a count table: their indices and counts. */
function nonZero(cells: Float64Array): { index: Int32Array; counts: Float64Array } {
  const index: number[] = [];
  for (let j = 0; j < cells.length; j++) if (cells[j] > 0) index.push(j);
  return { index: Int32Array.from(index), counts: Float64Array.from(index, (j) => cells[j]) };
}

function bootstrapPValue(reps: Float64Array): number {
  let le = 0;
  let ge = 0;
  let m = 0;
  for (const r of reps) {
    if (Number.isNaN(r)) continue;
    m++;
    if (r <= 0) le++;
    if (r >= 0) ge++;
  }
  if (m === 0) return Number.NaN;
  return Math.min(1, (2 * (Math.min(le, ge) + 1)) / (m + 1));
}

const orNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

export function compareMetric(def: MetricDef, candidate: Predictions, baseline: Predictions | undefined, o: StatsOptions): Comparison {
  const rng = createRng(streamSeed(o.seed, def.name));
  const B = o.bootstrap;

  if (def.resampling === 'auc') {
    const d = delong(candidate.label, candidate.scores![0], baseline?.scores?.[0]);
    const z = normalQuantile((1 + o.confidence) / 2);
    if (!baseline) {
      const half = z * Math.sqrt(d.varA);
      return {
        value: d.aucA,
        baseline: null,
        delta: null,
        ciLow: orNull(Math.max(0, d.aucA - half)),
        ciHigh: orNull(Math.min(1, d.aucA + half)),
        ciOf: Number.isFinite(half) ? 'value' : null,
        pValue: null,
        test: 'DeLong',
      };
    }
    const half = z * Math.sqrt(d.varianceDiff);
    return {
      value: d.aucA,
      baseline: d.aucB,
      delta: orNull(d.difference),
      ciLow: orNull(d.difference - half),
      ciHigh: orNull(d.difference + half),
      ciOf: 'delta',
      pValue: orNull(d.pValue),
      test: "DeLong's test",
    };
  }

  // Confusion-matrix metrics read the (cached) matrix instead of the rows again.
  const k0 = candidate.classes.length;
  const value = def.fromMatrix ? def.fromMatrix({ k: k0, counts: singleCells(candidate) }) : def.compute(candidate);
  const base = baseline ? (def.fromMatrix ? def.fromMatrix({ k: k0, counts: singleCells(baseline) }) : def.compute(baseline)) : null;
  const result: Comparison = { value, baseline: base, delta: base === null ? null : value - base, ciLow: null, ciHigh: null, ciOf: null, pValue: null, test: null };

  if (def.resampling === 'cells') {
    const k = candidate.classes.length;
    const f = def.fromMatrix!;
    if (baseline) {
      const cells = jointCells(candidate, baseline);
      if (def.name === 'accuracy') {
        // Discordant rows: only the candidate right (b) / only the baseline right (c).
        let b = 0;
        let c = 0;
        for (let t = 0; t < k; t++) {
          for (let pc = 0; pc < k; pc++) {
            for (let pb = 0; pb < k; pb++) {
              const n = cells[(t * k + pc) * k + pb];
              if (pc === t && pb !== t) b += n;
              if (pc !== t && pb === t) c += n;
            }
          }
        }
        const mc = mcnemar(b, c);
        result.pValue = mc.pValue;
        result.test = mc.method === 'exact' ? "McNemar's exact test" : "McNemar's test (χ², continuity-corrected)";
      }
      if (B > 0) {
        // Only the occupied cells can be drawn: resample those (at most min(k³, rows) of them).
        const occupied = nonZero(cells);
        const truth = Int32Array.from(occupied.index, (j) => Math.floor(j / (k * k)));
        const predC = Int32Array.from(occupied.index, (j) => Math.floor(j / k) % k);
        const predB = Int32Array.from(occupied.index, (j) => j % k);
        const cmC = { k, counts: new Float64Array(k * k) };
        const cmB = { k, counts: new Float64Array(k * k) };
        const reps = multinomialBootstrap(occupied.counts, B, rng, (draw) => {
          cmC.counts.fill(0);
          cmB.counts.fill(0);
          for (let j = 0; j < draw.length; j++) {
            cmC.counts[truth[j] * k + predC[j]] += draw[j];
            cmB.counts[truth[j] * k + predB[j]] += draw[j];
          }
          return f(cmC) - f(cmB);
        });
        Object.assign(result, interval(reps, o.confidence, 'delta'));
        if (result.pValue === null) {
          result.pValue = orNull(bootstrapPValue(reps));
          result.test = 'paired bootstrap (multinomial cells)';
        } else result.test += ' + paired bootstrap CI';
      }
    } else if (B > 0) {
      const occupied = nonZero(singleCells(candidate));
      const cm = { k, counts: new Float64Array(k * k) };
      const reps = multinomialBootstrap(occupied.counts, B, rng, (draw) => {
        cm.counts.fill(0);
        for (let j = 0; j < draw.length; j++) cm.counts[occupied.index[j]] = draw[j];
        return f(cm);
      });
      Object.assign(result, interval(reps, o.confidence, 'value'));
      result.test = 'bootstrap (multinomial cells)';
    }
    return result;
  }

  // Row resampling: for mean-decomposable metrics a replicate is a weighted
  // sum of precomputed per-row terms (rows read in order); otherwise the
  // metric is recomputed on the drawn rows. Both draw the same rows.
  if (B > 0 && candidate.rows > 0) {
    let reps: Float64Array;
    if (def.perRow) {
      const tc = def.perRow(candidate);
      const tb = baseline ? def.perRow(baseline) : undefined;
      const g = def.fromMean ?? ((m: number) => m);
      const n = candidate.rows;
      reps = countBootstrap(n, B, rng, (counts) => {
        let sc = 0;
        let sb = 0;
        for (let i = 0; i < n; i++) {
          const w = counts[i];
          if (w === 0) continue;
          sc += w * tc[i];
          if (tb) sb += w * tb[i];
        }
        return tb ? g(sc / n) - g(sb / n) : g(sc / n);
      });
    } else {
      reps = rowBootstrap(candidate.rows, B, rng, baseline ? (rows) => def.compute(candidate, rows) - def.compute(baseline, rows) : (rows) => def.compute(candidate, rows));
    }
    Object.assign(result, interval(reps, o.confidence, baseline ? 'delta' : 'value'));
    if (baseline) result.pValue = orNull(bootstrapPValue(reps));
    result.test = baseline ? 'paired bootstrap (rows)' : 'bootstrap (rows)';
  }
  return result;
}

function interval(reps: Float64Array, confidence: number, of: 'delta' | 'value'): Partial<Comparison> {
  const iv = percentileInterval(reps, confidence);
  return { ciLow: orNull(iv.low), ciHigh: orNull(iv.high), ciOf: Number.isFinite(iv.low) ? of : null, undefinedReplicates: iv.undefinedReplicates || undefined };
}
