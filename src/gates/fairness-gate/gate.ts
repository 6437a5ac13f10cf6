/**
 * fairness-gate: group fairness metrics (Fairlearn, AIF360 and Aequitas
 * definitions) with bootstrap intervals, judged against thresholds and
 * against the champion model, with groups too small to judge listed as
 * insufficient.
 */
import { z } from 'zod';
import { UserError } from '../../core/errors.js';
import { defineGate, type GateContext, type GateResult, type Progress } from '../../core/gate.js';
import type { InputSpec, OutputSpec } from '../../core/inputs.js';
import { makeReport } from '../../core/make-report.js';
import { reportNumber } from '../../core/report-number.js';
import { worstVerdict } from '../../core/verdict.js';
import { readTable } from '../../readers/index.js';
import { evaluateTables, type FairnessEvaluation } from './evaluate.js';
import { DEFAULT_METRICS, METRIC_NAMES, METRICS, type MetricName } from './metrics.js';
import type { BinSpec, FairnessOptions, ReferenceChoice } from './options.js';
import { renderFairness } from './render.js';
import type { DisparityRow } from './report-types.js';
import { reportSections } from './report-sections.js';
import { fmt } from './sentences.js';
import { parseThreshold, type Threshold } from './thresholds.js';

export const inputs: InputSpec[] = [
  {
    name: 'predictions',
    kind: 'string',
    required: true,
    description: 'File with one row per scored example: the sensitive columns, the true label and the prediction or score (CSV, TSV, JSON Lines, JSON, Parquet, optionally .gz).',
  },
  {
    name: 'sensitive',
    kind: 'list',
    required: true,
    description: 'Sensitive attribute column(s), comma- or newline-separated. Each is judged on its own.',
  },
  {
    name: 'intersectional',
    kind: 'boolean',
    default: 'false',
    description: 'Also judge every combination of two or more sensitive columns (e.g. `sex × race`), as Fairlearn does with several sensitive features. Combinations no row has are listed as empty.',
  },
  {
    name: 'bins',
    kind: 'yaml',
    description:
      'Groups for continuous sensitive columns, as YAML: cut points (`age: [25, 40, 60]` gives `< 25`, `[25, 40)`, `[40, 60)`, `>= 60`) or a number of quantiles (`income: 4`).',
  },
  { name: 'label-column', kind: 'string', default: 'label', description: 'Column with the true label.' },
  {
    name: 'prediction-column',
    kind: 'string',
    default: 'prediction',
    description: 'Column with the predicted label. Ignored when `score-column` is set.',
  },
  {
    name: 'score-column',
    kind: 'string',
    description: 'Column with a score or probability; a score at or above `decision-threshold` is a positive prediction.',
  },
  { name: 'decision-threshold', kind: 'number', default: '0.5', description: 'Cut-off for `score-column` (score >= threshold is positive).' },
  {
    name: 'positive-label',
    kind: 'string',
    default: '1',
    description: 'The favourable / positive value of the label and prediction columns (compared as a number in numeric columns).',
  },
  {
    name: 'reference-group',
    kind: 'yaml',
    default: 'largest',
    description:
      'Group that disparate impact, average odds difference and the per-group disparities compare with: `largest` (default), `best` (the group with the most favourable rate for each metric: highest selection rate or TPR, lowest FPR or FNR), a group name, or a map from attribute to any of these (`{sex: M, race: largest}`).',
  },
  {
    name: 'metrics',
    kind: 'list',
    default: DEFAULT_METRICS.join(', '),
    description: `Disparity metrics to compute and judge, from: ${METRIC_NAMES.map((m) => `\`${m}\``).join(', ')}.`,
  },
  {
    name: 'thresholds',
    kind: 'yaml',
    description:
      'Thresholds per metric as YAML, overriding the defaults, e.g. `{disparate_impact: ">= 0.8", equalized_odds_difference: "<= 0.1", theil_index: "<= 0.05"}`; `in [a, b]` for a band; `null` to report a metric without judging it.',
  },
  {
    name: 'disparity-tolerance',
    kind: 'number',
    default: '0.8',
    description: "Aequitas's τ: a per-group disparity (rate of the group / rate of the reference) passes within [τ, 1/τ].",
  },
  {
    name: 'aggregation',
    kind: 'string',
    default: 'between_groups',
    description: "How the Fairlearn-style metrics summarise groups: `between_groups` (largest minus smallest, smallest over largest) or `to_overall` (each group against the whole population).",
  },
  {
    name: 'equalized-odds-agg',
    kind: 'string',
    default: 'worst_case',
    description: 'How equalized odds combines the TPR and FPR disparities: `worst_case` (the larger difference / smaller ratio) or `mean` (Fairlearn `agg`).',
  },
  { name: 'min-group-size', kind: 'number', default: '30', description: 'Groups with fewer rows are insufficient: listed, never judged as fair.' },
  {
    name: 'min-positives',
    kind: 'number',
    default: '10',
    description: 'Fewest positive labels for a group to have a TPR/FNR (and positive predictions for precision); fewer makes the group insufficient for those metrics.',
  },
  {
    name: 'min-negatives',
    kind: 'number',
    default: '10',
    description: 'Fewest negative labels for a group to have an FPR/TNR (and negative predictions for NPV).',
  },
  { name: 'confidence', kind: 'number', default: '0.95', description: 'Confidence level of the bootstrap intervals.' },
  {
    name: 'bootstrap',
    kind: 'number',
    default: '1000',
    description: 'Bootstrap resamples for the intervals (0: none). Resamples draw the per-group confusion counts from a multinomial, so the cost does not grow with the number of rows.',
  },
  { name: 'seed', kind: 'number', default: '42', description: 'Seed of the bootstrap: the same seed gives the same intervals.' },
  {
    name: 'decide-on',
    kind: 'string',
    default: 'interval',
    description:
      '`interval`: a metric fails only when its whole interval is beyond the threshold, and warns when just the estimate is; `estimate`: the estimate decides.',
  },
  {
    name: 'baseline-predictions',
    kind: 'string',
    description: "The champion model's predictions on the same kind of data (same columns): each disparity is compared with the champion's.",
  },
  {
    name: 'max-increase',
    kind: 'number',
    default: '0.05',
    description:
      "With `baseline-predictions`: the largest tolerated worsening of a disparity against the champion, in the metric's units (a rise of a difference, a fall of a ratio, a move away from 1 of a per-group disparity).",
  },
];

export const outputs: OutputSpec[] = [
  { name: 'worst-metric', description: 'The metric furthest beyond its threshold (or the closest to it when all pass).' },
  { name: 'insufficient-groups', description: 'Number of groups too small to judge.' },
];

const optionalString = z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().min(1).optional());
const list = z.preprocess((v) => (typeof v === 'string' ? v.split(/[,\n]/).map((s) => s.trim()).filter(Boolean) : v), z.array(z.coerce.string()));

export const schema = z.object({
  predictions: z.string({ error: 'predictions is required: the file of labels, predictions and sensitive columns' }).min(1),
  sensitive: list.refine((a) => a.length > 0, 'give at least one sensitive column'),
  intersectional: z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean()).default(false),
  bins: z.unknown().optional(),
  'label-column': z.string().min(1).default('label'),
  'prediction-column': z.string().min(1).default('prediction'),
  'score-column': optionalString,
  'decision-threshold': z.coerce.number().default(0.5),
  'positive-label': z.coerce.string().default('1'),
  'reference-group': z.unknown().optional(),
  metrics: list.optional(),
  thresholds: z.unknown().optional(),
  'disparity-tolerance': z.coerce.number().gt(0, 'disparity-tolerance must be in (0, 1]').max(1, 'disparity-tolerance must be in (0, 1]').default(0.8),
  aggregation: z.enum(['between_groups', 'to_overall']).default('between_groups'),
  'equalized-odds-agg': z.enum(['worst_case', 'mean']).default('worst_case'),
  'min-group-size': z.coerce.number().int().min(1).default(30),
  'min-positives': z.coerce.number().int().min(1).default(10),
  'min-negatives': z.coerce.number().int().min(1).default(10),
  confidence: z.coerce.number().gt(0, 'confidence must be in (0, 1)').lt(1, 'confidence must be in (0, 1)').default(0.95),
  bootstrap: z.coerce.number().int().min(0).max(1_000_000).default(1000),
  seed: z.coerce.number().int().default(42),
  'decide-on': z.enum(['estimate', 'interval']).default('interval'),
  'baseline-predictions': optionalString,
  'max-increase': z.coerce.number().min(0).default(0.05),
});

export type FairnessInputs = z.infer<typeof schema>;

function parseBins(raw: unknown): Record<string, BinSpec> {
  if (raw === undefined || raw === null || raw === '') return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new UserError('expected a map from column to cut points or a number of quantiles, e.g. "age: [25, 40, 60]"', { field: 'input bins' });
  const out: Record<string, BinSpec> = {};
  for (const [col, spec] of Object.entries(raw as Record<string, unknown>)) {
    if (Array.isArray(spec) && spec.every((x) => typeof x === 'number')) out[col] = { cuts: spec as number[] };
    else if (typeof spec === 'number') out[col] = { quantiles: spec };
    else if (spec && typeof spec === 'object' && typeof (spec as { quantiles?: unknown }).quantiles === 'number') out[col] = { quantiles: (spec as { quantiles: number }).quantiles };
    else throw new UserError(`expected a list of cut points or a number of quantiles, got ${JSON.stringify(spec)}`, { field: `input bins.${col}` });
  }
  return out;
}

function referenceOf(raw: unknown, field: string): ReferenceChoice {
  const s = String(raw).trim();
  if (s === 'largest') return { kind: 'largest' };
  if (s === 'best') return { kind: 'best' };
  if (s === '') throw new UserError('empty reference group', { field });
  return { kind: 'named', group: s };
}

function parseReference(raw: unknown): FairnessOptions['reference'] {
  if (raw === undefined || raw === null || raw === '') return { default: { kind: 'largest' }, byAttribute: {} };
  if (typeof raw === 'object' && !Array.isArray(raw)) {
    const byAttribute: Record<string, ReferenceChoice> = {};
    for (const [attr, v] of Object.entries(raw as Record<string, unknown>)) byAttribute[attr] = referenceOf(v, `input reference-group.${attr}`);
    return { default: { kind: 'largest' }, byAttribute };
  }
  return { default: referenceOf(raw, 'input reference-group'), byAttribute: {} };
}

function parseMetrics(raw: string[] | undefined): MetricName[] {
  if (!raw || raw.length === 0) return [...DEFAULT_METRICS];
  for (const m of raw) {
    if (!(METRIC_NAMES as readonly string[]).includes(m)) {
      throw new UserError(`unknown metric "${m}"; known: ${METRIC_NAMES.join(', ')}`, { field: 'input metrics' });
    }
  }
  return [...new Set(raw)] as MetricName[];
}

function parseThresholds(raw: unknown): Partial<Record<MetricName, Threshold | null>> {
  if (raw === undefined || raw === null || raw === '') return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new UserError('expected a map from metric to threshold, e.g. "disparate_impact: \'>= 0.8\'"', { field: 'input thresholds' });
  const out: Partial<Record<MetricName, Threshold | null>> = {};
  for (const [name, v] of Object.entries(raw as Record<string, unknown>)) {
    if (!(METRIC_NAMES as readonly string[]).includes(name)) {
      throw new UserError(`unknown metric "${name}"; known: ${METRIC_NAMES.join(', ')}`, { field: 'input thresholds' });
    }
    const def = METRICS[name as MetricName];
    out[name as MetricName] = v === null || v === 'none' ? null : parseThreshold(v, def.defaultOp, `input thresholds.${name}`);
  }
  return out;
}

/** The typed evaluation options from the validated inputs. */
export function toOptions(i: FairnessInputs): FairnessOptions {
  return {
    sensitive: i.sensitive,
    intersectional: i.intersectional,
    bins: parseBins(i.bins),
    labelColumn: i['label-column'],
    predictionColumn: i['score-column'] ? undefined : i['prediction-column'],
    scoreColumn: i['score-column'],
    decisionThreshold: i['decision-threshold'],
    positiveLabel: i['positive-label'],
    reference: parseReference(i['reference-group']),
    metrics: parseMetrics(i.metrics),
    thresholds: parseThresholds(i.thresholds),
    disparityTolerance: i['disparity-tolerance'],
    method: i.aggregation,
    agg: i['equalized-odds-agg'],
    minGroupSize: i['min-group-size'],
    minPositives: i['min-positives'],
    minNegatives: i['min-negatives'],
    confidence: i.confidence,
    bootstrap: i.bootstrap,
    seed: i.seed,
    decideOn: i['decide-on'],
    maxIncrease: i['baseline-predictions'] ? i['max-increase'] : undefined,
  };
}

export function summarise(ev: FairnessEvaluation, rows: number): string {
  const verdict = worstVerdict(ev.checks.map((c) => c.verdict));
  const judged = ev.disparities.filter((d) => d.threshold !== null);
  const failed = ev.checks.filter((c) => c.verdict === 'fail');
  const warned = ev.checks.filter((c) => c.verdict === 'warn');
  const insufficient = ev.groups.filter((g) => g.status === 'insufficient').length;
  const attrs = new Set(ev.groups.map((g) => g.attribute)).size;
  const worst = ev.disparities.find((d) => d.metric === ev.worstMetric && (d.verdict === verdict || verdict === 'pass'));
  const worstText = worst && worst.value !== null ? `; worst ${worst.metric}${worst.attribute ? ` for ${worst.attribute}` : ''} = ${fmt(worst.value)}${worst.threshold ? ` (${worst.threshold})` : ''}` : '';
  const small = insufficient ? `; ${insufficient} group(s) too small to judge` : '';
  if (verdict === 'pass') return `pass: ${judged.length} disparities within thresholds over ${attrs} attribute(s) and ${rows} rows${small}`;
  if (verdict === 'fail') return `fail: ${failed.length} of ${ev.checks.length} checks fail${worstText}${small}`;
  return `warn: ${warned.length} check(s) warn${worstText}${small}`;
}

/** A disparity row as the JSON report writes it: an infinite value (a ratio over a zero rate) as "Infinity", not as null (see core/report-number.ts). */
function disparityForReport(d: DisparityRow) {
  const { baseline, change, ...rest } = d;
  return {
    ...rest,
    value: reportNumber(d.value),
    ciLow: reportNumber(d.ciLow),
    ciHigh: reportNumber(d.ciHigh),
    ...(baseline !== undefined ? { baseline: reportNumber(baseline) } : {}),
    ...(change !== undefined ? { change: reportNumber(change) } : {}),
  };
}

export async function runFairness(inputs: FairnessInputs, ctx: GateContext): Promise<GateResult> {
  const options = toOptions(inputs);
  const columns = [...options.sensitive, options.labelColumn, options.scoreColumn ?? options.predictionColumn!];
  const read = (file: string) => readTable(file, { cwd: ctx.cwd, columns, progress: (p: Progress) => ctx.progress(p) });
  const table = await read(inputs.predictions);
  const baseline = inputs['baseline-predictions'] ? await read(inputs['baseline-predictions']) : undefined;
  const ev = evaluateTables(table, options, baseline);
  const summary = summarise(ev, table.rowCount);
  const report = makeReport({
    gate: 'fairness-gate',
    inputs: inputs as Record<string, unknown>,
    checks: ev.checks,
    summary,
    sections: { groups: ev.groups, disparities: ev.disparities.map(disparityForReport) },
  });
  return {
    report,
    outputs: { 'worst-metric': ev.worstMetric, 'insufficient-groups': String(ev.groups.filter((g) => g.status === 'insufficient').length) },
    markdown: renderFairness(ev, { confidence: options.confidence, bootstrap: options.bootstrap, decideOn: options.decideOn }),
  };
}

export default defineGate<FairnessInputs>({
  name: 'fairness-gate',
  title: 'Fairness',
  description:
    'Group fairness metrics (demographic parity, equalized odds, disparate impact, Aequitas disparities) with bootstrap intervals, against thresholds and the champion model; groups too small to judge are listed, never counted as fair.',
  inputs,
  outputs,
  schema: schema as unknown as z.ZodType<FairnessInputs>,
  run: runFairness,
  reportSections,
});
