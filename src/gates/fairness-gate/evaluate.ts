/**
 * fairness-gate's evaluation: from per-group confusion counts (and the
 * champion's, when given) and typed options to the `groups` and
 * `disparities` report sections and the checks. Pure: no I/O.
 */
import type { Check } from '../../core/report.js';
import type { CheckVerdict } from '../../core/verdict.js';
import type { Table } from '../../core/table.js';
import { sumCounts, type ConfusionCounts } from '../../stats/fairness/confusion-counts.js';
import { groupRate, groupRates, type RateName } from '../../stats/fairness/group-rates.js';
import { bootstrapMarginals } from '../../stats/fairness/bootstrap-marginals.js';
import { countGroups, type AttributeCounts } from './group-counts.js';
import { ineligibleForAll, ineligibleReason } from './eligibility.js';
import { METRICS, type AggregateContext, type AggregateMetric, type MetricDef, type MetricName, type ReferenceMetric } from './metrics.js';
import { batchOf, rateIndex, ResampleRates, type ResampleStatistic } from './resample-rates.js';
import type { FairnessOptions, ReferenceChoice } from './options.js';
import { readOutcomes } from './outcomes.js';
import { assertReferenceGroupsExist, chooseReference } from './reference.js';
import type { DisparityRow, GroupRow } from './report-types.js';
import { intervalViolates, parseThreshold, satisfies, violationMargin, type Threshold } from './thresholds.js';
import { disparitySentence } from './sentences.js';

/**
 * What a disparity row is about, for grouping findings by their cause
 * (findings.ts): the rate it compares and the two groups it compares (the
 * group and its reference, or an aggregate's lowest and highest group of
 * that rate). Null for a metric of the whole population.
 */
export interface DisparityCause {
  rate: RateName;
  groups: [string, string];
}

export interface FairnessEvaluation {
  groups: GroupRow[];
  disparities: DisparityRow[];
  /** For each disparity row (same index), what it compares; not part of the JSON report. */
  causes: (DisparityCause | null)[];
  checks: Check[];
  /** Metric of the worst disparity row (failed first, then by how far over its threshold). */
  worstMetric: string;
  attributes: AttributeCounts[];
}

const RANK: Record<CheckVerdict, number> = { pass: 0, insufficient: 1, warn: 2, fail: 3 };

/** Read labels, predictions and groups from the table(s), then evaluate. */
export function evaluateTables(table: Table, options: FairnessOptions, baseline?: Table): FairnessEvaluation {
  const attributes = countGroups(table, readOutcomes(table, options), options);
  assertReferenceGroupsExist(attributes, options.reference);
  const baseAttributes = baseline ? countGroups(baseline, readOutcomes(baseline, options), options) : undefined;
  return evaluateFairness(attributes, options, baseAttributes);
}

/** A disparity row before its verdict, with the statistic to bootstrap. */
interface Pending {
  row: DisparityRow;
  attributeIndex: number;
  def: MetricDef;
  /** What the bootstrap computes on each resample; none when the row is not bootstrapped. */
  statistic?: ResampleStatistic;
  threshold: Threshold | null;
  /** For sentences: the groups attaining the extremes. */
  detail: { low?: string; high?: string; lowRate?: number; highRate?: number; rate?: RateName };
  /** Verdict from the threshold alone, before the baseline comparison. */
  tv?: CheckVerdict;
}

export function evaluateFairness(attributes: AttributeCounts[], options: FairnessOptions, baseline?: AttributeCounts[]): FairnessEvaluation {
  const groups = groupRows(attributes, options);
  const pending: Pending[] = [];
  const overall = attributes.length ? sumCounts(attributes[0].counts) : { tp: 0, fn: 0, fp: 0, tn: 0 };
  // The statistics read each resample's rates from these (see resample-rates.ts).
  const resampleRates = attributes.map((a) => new ResampleRates(a.groups.length));

  for (const name of options.metrics) {
    const def = METRICS[name];
    const threshold = thresholdOf(name, options);
    if (def.kind === 'overall') {
      const value = def.compute(overall);
      pending.push({
        row: baseRow(name, null, null, value, threshold, null, 1, []),
        attributeIndex: 0,
        def,
        statistic: { compute: () => def.compute(resampleRates[0].overall) },
        threshold,
        detail: {},
      });
      continue;
    }
    attributes.forEach((attr, ai) => pending.push(...metricRows(def, attr, ai, threshold, options, attributes, resampleRates[ai])));
  }

  // Bootstrap: with intersections, one resample of the finest groups serves
  // every attribute (as a row resample would); otherwise each attribute
  // draws its own.
  const joint = attributes.length > 1 && attributes.every((a) => a.jointIndex) ? attributes[attributes.length - 1] : undefined;
  if (options.bootstrap > 0 && joint) {
    const perAttribute = attributes.map((_, ai) => pending.filter((p) => p.attributeIndex === ai && p.statistic && p.row.value !== null));
    const intervals = bootstrapMarginals(
      joint.counts,
      attributes.map((attr, ai) => ({
        map: attr.jointIndex!,
        groups: attr.groups.length,
        statistics: [],
        batch: batchOf(perAttribute[ai].map((p) => p.statistic!), resampleRates[ai]),
      })),
      { resamples: options.bootstrap, seed: options.seed | 0, confidence: options.confidence },
    );
    perAttribute.forEach((rows, ai) =>
      rows.forEach((p, i) => {
        p.row.ciLow = finiteOrNull(intervals[ai][i].low);
        p.row.ciHigh = finiteOrNull(intervals[ai][i].high);
      }),
    );
  } else if (options.bootstrap > 0) {
    attributes.forEach((attr, ai) => {
      const mine = pending.filter((p) => p.attributeIndex === ai && p.statistic && p.row.value !== null);
      if (mine.length === 0) return;
      // One view whose groups are the attribute's own: bootstrapDisparity, draw for draw.
      const [intervals] = bootstrapMarginals(
        attr.counts,
        [{ map: Int32Array.from(attr.counts.keys()), groups: attr.counts.length, statistics: [], batch: batchOf(mine.map((p) => p.statistic!), resampleRates[ai]) }],
        { resamples: options.bootstrap, seed: (options.seed + 7919 * ai) | 0, confidence: options.confidence },
      );
      mine.forEach((p, i) => {
        p.row.ciLow = finiteOrNull(intervals[i].low);
        p.row.ciHigh = finiteOrNull(intervals[i].high);
      });
    });
  }

  const baseRows = baseline ? evaluateFairness(baseline, { ...options, bootstrap: 0, maxIncrease: undefined }).disparities : undefined;
  const checks: Check[] = [];
  for (const g of groups) {
    if (g.status !== 'insufficient') continue;
    checks.push({
      id: `group.${g.attribute}.${g.group}`,
      subject: `${g.attribute}=${g.group}`,
      name: 'group large enough to judge',
      value: g.n,
      threshold: `>= ${options.minGroupSize} rows`,
      verdict: 'insufficient',
      severity: 'warn',
      message: `group ${g.group} of ${g.attribute} is too small to judge (${g.reasons.join('; ')}); it is left out of the metrics that need it`,
    });
  }
  for (const p of pending) {
    judge(p, options);
    const key = rowKey(p.row);
    if (baseRows) compareBaseline(p, baseRows.find((b) => rowKey(b) === key), options, checks);
    checks.push({
      id: `disparity.${p.row.metric}${p.row.attribute !== null ? `.${p.row.attribute}` : ''}${p.def.kind === 'per-group' ? `.${p.row.group}` : ''}`,
      subject: p.row.attribute === null ? null : p.def.kind === 'per-group' ? `${p.row.attribute}=${p.row.group}` : p.row.attribute,
      name: p.def.label,
      value: p.row.value,
      threshold: p.row.threshold,
      verdict: p.tv ?? p.row.verdict,
      severity: 'error',
      message: p.row.message,
    });
  }
  const disparities = pending.map((p) => p.row);
  return { groups, disparities, causes: pending.map(causeOf), checks, worstMetric: worstMetric(pending), attributes };
}

function causeOf(p: Pending): DisparityCause | null {
  const { rate, low, high } = p.detail;
  if (!rate) return null;
  if (p.def.kind === 'aggregate') return low !== undefined && high !== undefined ? { rate, groups: [low, high] } : null;
  return p.row.group !== null && p.row.reference !== null ? { rate, groups: [p.row.group, p.row.reference] } : null;
}

function rowKey(r: DisparityRow): string {
  return `${r.metric}|${r.attribute}|${METRICS[r.metric as MetricName]?.kind === 'per-group' ? r.group : ''}`;
}

function thresholdOf(name: MetricName, options: FairnessOptions): Threshold | null {
  if (name in options.thresholds) return options.thresholds[name] ?? null;
  const def = METRICS[name];
  if (def.kind === 'per-group') {
    const tau = options.disparityTolerance;
    return { op: 'in', low: tau, high: 1 / tau, text: `in [${round(tau)}, ${round(1 / tau)}]` };
  }
  return def.defaultThreshold === null ? null : parseThreshold(def.defaultThreshold, def.defaultOp, `thresholds.${name}`);
}

function round(x: number): number {
  return Number(x.toPrecision(4));
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function baseRow(
  metric: string,
  attribute: string | null,
  group: string | null,
  value: number,
  threshold: Threshold | null,
  reference: string | null,
  compared: number,
  insufficient: string[],
): DisparityRow {
  return {
    metric,
    attribute,
    group,
    value: Number.isNaN(value) ? null : value,
    ciLow: null,
    ciHigh: null,
    threshold: threshold?.text ?? null,
    reference,
    verdict: 'pass',
    comparedGroups: compared,
    insufficientGroups: insufficient,
    message: '',
  };
}

function referenceChoice(attr: AttributeCounts, options: FairnessOptions, all: readonly AttributeCounts[]): ReferenceChoice {
  const own = options.reference.byAttribute[attr.name];
  if (own) return own;
  const d = options.reference.default;
  // A group name given for every attribute applies where it is a group
  // (`reference-group: M` with sex and race); a name that is a group of no
  // attribute at all was refused before (assertReferenceGroupsExist).
  if (d.kind === 'named' && !attr.groups.includes(d.group) && all.some((a) => a.groups.includes(d.group))) return { kind: 'largest' };
  return d;
}

function metricRows(
  def: MetricDef,
  attr: AttributeCounts,
  ai: number,
  threshold: Threshold | null,
  options: FairnessOptions,
  allAttributes: readonly AttributeCounts[],
  resample: ResampleRates,
): Pending[] {
  const eligible: number[] = [];
  const setAside: string[] = [];
  attr.counts.forEach((c, i) => {
    const why = ineligibleForAll(c, def.rates, options);
    if (why === null) eligible.push(i);
    else if (why !== 'no rows') setAside.push(attr.groups[i]);
  });
  // Reused buffer: statistics run one after another, and this keeps the
  // bootstrap loop from allocating an array per replicate.
  const buffer: ConfusionCounts[] = new Array(eligible.length);
  const pick = (g: readonly ConfusionCounts[]) => {
    for (let k = 0; k < eligible.length; k++) buffer[k] = g[eligible[k]];
    return buffer;
  };

  if (def.kind === 'aggregate') {
    const ctx = { method: options.method, agg: options.agg, overall: sumCounts(attr.counts) };
    const resampledCtx = { ...ctx };
    const value = eligible.length >= 2 ? def.compute(pick(attr.counts), ctx) : Number.NaN;
    const row = baseRow(def.name, attr.name, null, value, threshold, null, eligible.length, setAside);
    const rate = def.rates.length === 2 ? widerRate(attr, eligible, def.rates, def.name.endsWith('_ratio')) : def.rates[0];
    const detail = extremes(attr, eligible, rate);
    // The interval is for the disparity between the groups that attain it
    // in the data (the lowest and highest of each rate), not for a max/min
    // re-taken over all groups in every resample: the bootstrap of an
    // extremum over many groups is biased upwards and inconsistent when
    // groups tie (Andrews 2000), which would fail fair models with many
    // small groups. With two groups both are the same.
    const extreme = extremeGroups(attr, eligible, def.rates);
    return [
      {
        row,
        attributeIndex: ai,
        def,
        statistic: eligible.length >= 2 ? { compute: aggregateStatistic(def, extreme, resample, resampledCtx) } : undefined,
        threshold,
        detail,
      },
    ];
  }
  if (def.kind === 'reference') {
    const ref = chooseReference(attr.counts, attr.groups, eligible, referenceChoice(attr, options, allAttributes), def.rate);
    if ('reason' in ref || eligible.length < 2) {
      const row = baseRow(def.name, attr.name, null, Number.NaN, threshold, null, eligible.length, setAside);
      row.message = 'reason' in ref ? ref.reason : '';
      return [{ row, attributeIndex: ai, def, threshold, detail: {} }];
    }
    const sub = [...pick(attr.counts)];
    const refInSub = eligible.indexOf(ref.index);
    const value = def.compute(sub, refInSub);
    const worst = def.worstGroup(sub, refInSub);
    const row = baseRow(def.name, attr.name, worst >= 0 ? attr.groups[eligible[worst]] : null, value, threshold, attr.groups[ref.index], eligible.length, setAside);
    return [
      {
        row,
        attributeIndex: ai,
        def,
        // Fixed to the group that attains the value in the data (see the aggregate case).
        statistic: worst >= 0 ? { compute: referenceStatistic(def, eligible[worst], ref.index, resample) } : undefined,
        threshold,
        detail: { rate: def.rate },
      },
    ];
  }
  if (def.kind === 'per-group') {
    const ref = chooseReference(attr.counts, attr.groups, eligible, referenceChoice(attr, options, allAttributes), def.rate);
    const out: Pending[] = [];
    attr.counts.forEach((c, i) => {
      const n = c.tp + c.fn + c.fp + c.tn;
      if (n === 0) return;
      if (!('reason' in ref) && i === ref.index) return;
      const refName = 'reason' in ref ? null : attr.groups[ref.index];
      const why = ineligibleReason(c, def.rate, options) ?? ineligibleForAll(c, def.rates, options);
      if (why !== null || 'reason' in ref) {
        const row = baseRow(def.name, attr.name, attr.groups[i], Number.NaN, threshold, refName, 0, why !== null ? [attr.groups[i]] : []);
        row.message = why ?? ('reason' in ref ? ref.reason : '');
        out.push({ row, attributeIndex: ai, def, threshold, detail: {} });
        return;
      }
      const r = ref.index;
      const value = groupRate(c, def.rate) / groupRate(attr.counts[r], def.rate);
      const row = baseRow(def.name, attr.name, attr.groups[i], value, threshold, refName, 2, []);
      if (!Number.isFinite(value)) row.value = null;
      out.push({
        row,
        attributeIndex: ai,
        def,
        statistic: { ratio: [resample.slot(def.rate, i), resample.slot(def.rate, r)] },
        threshold,
        detail: { rate: def.rate },
      });
    });
    return out;
  }
  return [];
}

/**
 * An aggregate metric on a resample: def.compute on the extreme groups'
 * counts, taken from the rates the resample already has (def.fromRates).
 */
function aggregateStatistic(
  def: AggregateMetric,
  extreme: readonly number[],
  resample: ResampleRates,
  ctx: AggregateContext,
): () => number {
  const slots = def.rates.map((r) => extreme.map((g) => resample.slot(r, g)));
  const overallSlots = def.rates.map(rateIndex);
  const rates = def.rates.map(() => new Float64Array(extreme.length));
  const overall = new Float64Array(def.rates.length);
  ctx.overall = resample.overall;
  return () => {
    for (let j = 0; j < slots.length; j++) {
      const from = slots[j];
      const to = rates[j];
      for (let k = 0; k < from.length; k++) to[k] = resample.rates[from[k]];
      overall[j] = resample.overallRates[overallSlots[j]];
    }
    return def.fromRates(rates, overall, ctx);
  };
}

/** A reference metric on a resample: def.compute on the worst group and the reference, from the resample's rates (def.pairFromRates). */
function referenceStatistic(def: ReferenceMetric, worst: number, reference: number, resample: ResampleRates): () => number {
  return () => def.pairFromRates(resample.rates, resample.groups, worst, reference);
}

/** Indices of the groups with the lowest and highest value of each rate, among the eligible. */
function extremeGroups(attr: AttributeCounts, eligible: number[], rates: RateName[]): number[] {
  const out = new Set<number>();
  for (const r of rates) {
    const e = extremes(attr, eligible, r);
    if (e.low !== undefined) out.add(attr.groups.indexOf(e.low));
    if (e.high !== undefined) out.add(attr.groups.indexOf(e.high));
  }
  // All tied: any two groups are the extreme pair.
  for (const i of eligible) {
    if (out.size >= 2) break;
    out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * For equalized odds: the rate (TPR or FPR) that sets the value, for the
 * sentence: the wider spread for the difference, the smaller low/high ratio
 * for the ratio (TPR 0.5 vs 0.8 and FPR 0.05 vs 0.1 make a difference of
 * 0.3 from TPR but a ratio of 0.5 from FPR).
 */
function widerRate(attr: AttributeCounts, eligible: number[], rates: RateName[], byRatio: boolean): RateName {
  let best = rates[0];
  let spread = -1;
  for (const r of rates) {
    const e = extremes(attr, eligible, r);
    const s = byRatio ? 1 - (e.highRate ? (e.lowRate ?? 0) / e.highRate : 1) : (e.highRate ?? 0) - (e.lowRate ?? 0);
    if (s > spread) {
      spread = s;
      best = r;
    }
  }
  return best;
}

function extremes(attr: AttributeCounts, eligible: number[], rate: RateName): Pending['detail'] {
  let lo = -1;
  let hi = -1;
  for (const i of eligible) {
    const v = groupRate(attr.counts[i], rate);
    if (Number.isNaN(v)) continue;
    if (lo < 0 || v < groupRate(attr.counts[lo], rate)) lo = i;
    if (hi < 0 || v > groupRate(attr.counts[hi], rate)) hi = i;
  }
  if (lo < 0) return { rate };
  return {
    rate,
    low: attr.groups[lo],
    high: attr.groups[hi],
    lowRate: groupRate(attr.counts[lo], rate),
    highRate: groupRate(attr.counts[hi], rate),
  };
}

function judge(p: Pending, options: FairnessOptions): void {
  const row = p.row;
  let verdict: CheckVerdict;
  if (row.value === null) {
    verdict = p.threshold === null && row.comparedGroups >= 2 ? 'pass' : 'insufficient';
    if (!row.message) {
      row.message =
        row.comparedGroups < 2 && p.def.kind !== 'overall'
          ? `${p.def.label} for ${row.attribute} needs at least two groups large enough to judge; ${row.comparedGroups} ${row.comparedGroups === 1 ? 'is' : 'are'}`
          : `${p.def.label} is undefined here (a rate with a zero denominator)`;
    } else {
      row.message = `${p.def.label}${row.attribute ? ` for ${row.attribute}` : ''}${row.group ? ` (group ${row.group})` : ''} cannot be judged: ${row.message}`;
    }
  } else if (p.threshold === null) {
    verdict = 'pass';
  } else {
    const v = p.def.absolute ? Math.abs(row.value) : row.value;
    const estimateBad = !satisfies(v, p.threshold);
    const hasInterval = options.decideOn === 'interval' && row.ciLow !== null && row.ciHigh !== null;
    if (!estimateBad) verdict = 'pass';
    else if (!hasInterval) verdict = 'fail';
    else {
      let lo = row.ciLow!;
      let hi = row.ciHigh!;
      if (p.def.absolute) {
        const a = Math.abs(lo);
        const b = Math.abs(hi);
        [lo, hi] = lo <= 0 && hi >= 0 ? [0, Math.max(a, b)] : [Math.min(a, b), Math.max(a, b)];
      }
      verdict = intervalViolates(lo, hi, p.threshold) ? 'fail' : 'warn';
    }
  }
  row.verdict = verdict;
  p.tv = verdict;
  if (row.value !== null) row.message = disparitySentence(p.def, row, p.threshold, p.detail, options, verdict);
}

/** Badness of a value: larger is worse, in the metric's own units. */
function badness(value: number, def: MetricDef, threshold: Threshold | null): number {
  if (def.absolute) return Math.abs(value);
  if (threshold?.op === 'in') return Math.abs(1 - value);
  if (threshold && (threshold.op === '>=' || threshold.op === '>')) return -value;
  if (!threshold && def.defaultOp === '>=') return -value;
  return value;
}

function compareBaseline(p: Pending, base: DisparityRow | undefined, options: FairnessOptions, checks: Check[]): void {
  const row = p.row;
  row.baseline = base?.value ?? null;
  row.change = row.value !== null && base && base.value !== null ? badness(row.value, p.def, p.threshold) - badness(base.value, p.def, p.threshold) : null;
  if (options.maxIncrease === undefined || row.change === null) return;
  const worse = row.change > options.maxIncrease;
  const where = `${row.attribute ?? 'all rows'}${p.def.kind === 'per-group' ? ` (group ${row.group})` : ''}`;
  checks.push({
    id: `baseline.${row.metric}${row.attribute !== null ? `.${row.attribute}` : ''}${p.def.kind === 'per-group' ? `.${row.group}` : ''}`,
    subject: row.attribute,
    name: `${p.def.label} against the baseline`,
    value: row.change,
    threshold: `<= ${options.maxIncrease}`,
    verdict: worse ? 'fail' : 'pass',
    severity: 'error',
    message: worse
      ? `${p.def.label} for ${where} worsened from ${fmt(base!.value!)} (baseline) to ${fmt(row.value!)}, by ${fmt(row.change)}, more than max-increase ${options.maxIncrease}`
      : `${p.def.label} for ${where} changed by ${fmt(row.change)} against the baseline (allowed ${options.maxIncrease})`,
  });
  if (worse && RANK[row.verdict] < RANK.fail) row.verdict = 'fail';
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(3)));
}

function worstMetric(pending: Pending[]): string {
  let best: Pending | undefined;
  let bestKey = [-Infinity, -Infinity];
  for (const p of pending) {
    if (p.row.value === null && p.row.verdict === 'pass') continue;
    const margin = p.threshold && p.row.value !== null ? violationMargin(p.def.absolute ? Math.abs(p.row.value) : p.row.value, p.threshold) : -Infinity;
    const key = [RANK[p.row.verdict], margin];
    if (key[0] > bestKey[0] || (key[0] === bestKey[0] && key[1] > bestKey[1])) {
      best = p;
      bestKey = key;
    }
  }
  return best ? best.row.metric : '';
}

function groupRows(attributes: AttributeCounts[], options: FairnessOptions): GroupRow[] {
  // The rates the judged metrics need decide whether a group is insufficient.
  const needed = new Set<RateName>(['selectionRate']);
  for (const m of options.metrics) for (const r of METRICS[m].rates) needed.add(r);
  const rows: GroupRow[] = [];
  for (const attr of attributes) {
    attr.counts.forEach((c, i) => {
      const n = c.tp + c.fn + c.fp + c.tn;
      const rates = groupRates(c);
      const reasons = new Set<string>();
      for (const r of needed) {
        const why = ineligibleReason(c, r, options);
        if (why) reasons.add(why);
      }
      rows.push({
        attribute: attr.name,
        group: attr.groups[i],
        n,
        positives: c.tp + c.fn,
        selectionRate: nn(rates.selectionRate),
        tpr: nn(rates.tpr),
        fpr: nn(rates.fpr),
        fnr: nn(rates.fnr),
        tnr: nn(rates.tnr),
        precision: nn(rates.precision),
        npv: nn(rates.npv),
        accuracy: nn(rates.accuracy),
        status: n === 0 ? 'empty' : reasons.size ? 'insufficient' : 'ok',
        reasons: n === 0 ? [] : [...reasons],
      });
    });
  }
  return rows;
}

function nn(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}
