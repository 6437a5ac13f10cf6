/**
 * fairness-gate's inputs, each declared once (see core/inputs.ts):
 * action.yml, the CLI flags, the policy keys, the docs table and the typed
 * inputs of `runFairness` all come from this list.
 */
import { z } from 'zod';
import { defineInputs, type InputsOf, type OutputSpec } from '../../core/inputs.js';
import { DEFAULT_METRICS, METRIC_NAMES } from './metrics.js';

const optionalString = z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().min(1).optional());
const list = z.preprocess((v) => (typeof v === 'string' ? v.split(/[,\n]/).map((s) => s.trim()).filter(Boolean) : v), z.array(z.coerce.string()));
/** A group name as YAML may type it (`1`, `true`). */
const groupName = z.union([z.string(), z.number(), z.boolean()]).transform(String);

export const inputs = defineInputs({
  predictions: {
    file: true,
    schema: z.string({ error: 'predictions is required: the file of labels, predictions and sensitive columns' }).min(1),
    description: 'File with one row per scored example: the sensitive columns, the true label and the prediction or score (CSV, TSV, JSON Lines, JSON, Parquet, optionally .gz).',
    examples: ['eval/challenger.csv'],
  },
  sensitive: {
    schema: list.refine((a) => a.length > 0, 'give at least one sensitive column'),
    description: 'Sensitive attribute column(s), comma- or newline-separated. Each is judged on its own.',
    examples: ['sex', 'sex, race'],
  },
  intersectional: {
    schema: z.boolean().default(false),
    description: 'Also judge every combination of two or more sensitive columns (e.g. `sex × race`), as Fairlearn does with several sensitive features. Combinations no row has are listed as empty.',
  },
  bins: {
    schema: z
      .record(z.string(), z.union([z.array(z.number()), z.number(), z.object({ quantiles: z.number() })]), {
        error: 'expected a map from column to cut points or a number of quantiles, e.g. "age: [25, 40, 60]"',
      })
      .optional(),
    description:
      'Groups for continuous sensitive columns, as YAML: cut points (`age: [25, 40, 60]` gives `< 25`, `[25, 40)`, `[40, 60)`, `>= 60`) or a number of quantiles (`income: 4`).',
    examples: ['age: [25, 40, 60]', 'income: 4', '{age: [25, 40, 60], income: 4}'],
  },
  'label-column': { schema: z.string().min(1).default('label'), description: 'Column with the true label.' },
  'prediction-column': { schema: z.string().min(1).default('prediction'), description: 'Column with the predicted label. Ignored when `score-column` is set.' },
  'score-column': {
    schema: optionalString,
    description: 'Column with a score or probability; a score at or above `decision-threshold` is a positive prediction.',
    examples: ['score'],
  },
  'decision-threshold': { schema: z.coerce.number().default(0.5), description: 'Cut-off for `score-column` (score >= threshold is positive).' },
  'positive-label': {
    schema: z.coerce.string().default('1'),
    description: 'The favourable / positive value of the label and prediction columns (compared as a number in numeric columns).',
    examples: ['1', 'approved'],
  },
  'reference-group': {
    schema: z.union([z.record(z.string(), groupName), groupName]).default('largest'),
    description:
      'Group that disparate impact, average odds difference and the per-group disparities compare with: `largest` (default), `best` (the group with the most favourable rate for each metric: highest selection rate or TPR, lowest FPR or FNR), a group name, or a map from attribute to any of these (`{sex: M, race: largest}`). A group that does not occur is an error.',
    examples: ['largest', 'best', '{sex: M, race: largest}'],
  },
  metrics: {
    schema: list.default([...DEFAULT_METRICS]),
    description: `Disparity metrics to compute and judge, from: ${METRIC_NAMES.map((m) => `\`${m}\``).join(', ')}.`,
    examples: ['disparate_impact', 'demographic_parity_difference, equalized_odds_difference'],
  },
  thresholds: {
    schema: z.record(z.string(), z.union([z.number(), z.string(), z.null()]), { error: 'expected a map from metric to threshold, e.g. "disparate_impact: \'>= 0.8\'"' }).optional(),
    description:
      'Thresholds per metric as YAML, overriding the defaults, e.g. `{disparate_impact: ">= 0.8", equalized_odds_difference: "<= 0.1", theil_index: "<= 0.05"}`; `in [a, b]` for a band; `null` to report a metric without judging it.',
    examples: ['{disparate_impact: ">= 0.8", equalized_odds_difference: "<= 0.1", theil_index: "<= 0.05"}', 'disparate_impact: "in [0.8, 1.25]"', 'theil_index: null'],
  },
  'disparity-tolerance': {
    schema: z.coerce.number().gt(0, 'disparity-tolerance must be in (0, 1]').max(1, 'disparity-tolerance must be in (0, 1]').default(0.8),
    description: "Aequitas's τ: a per-group disparity (rate of the group / rate of the reference) passes within [τ, 1/τ].",
  },
  aggregation: {
    schema: z.enum(['between_groups', 'to_overall']).default('between_groups'),
    description: "How the Fairlearn-style metrics summarise groups: `between_groups` (largest minus smallest, smallest over largest) or `to_overall` (each group against the whole population).",
    examples: ['between_groups', 'to_overall'],
  },
  'equalized-odds-agg': {
    schema: z.enum(['worst_case', 'mean']).default('worst_case'),
    description: 'How equalized odds combines the TPR and FPR disparities: `worst_case` (the larger difference / smaller ratio) or `mean` (Fairlearn `agg`).',
    examples: ['worst_case', 'mean'],
  },
  'min-group-size': { schema: z.coerce.number().int().min(1).default(30), description: 'Groups with fewer rows are insufficient: listed, never judged as fair.' },
  'min-positives': {
    schema: z.coerce.number().int().min(1).default(10),
    description: 'Fewest positive labels for a group to have a TPR/FNR (and positive predictions for precision); fewer makes the group insufficient for those metrics.',
  },
  'min-negatives': {
    schema: z.coerce.number().int().min(1).default(10),
    description: 'Fewest negative labels for a group to have an FPR/TNR (and negative predictions for NPV).',
  },
  confidence: {
    schema: z.coerce.number().gt(0, 'confidence must be in (0, 1)').lt(1, 'confidence must be in (0, 1)').default(0.95),
    description: 'Confidence level of the bootstrap intervals.',
  },
  bootstrap: {
    schema: z.coerce.number().int().min(0, 'bootstrap must be 0 (off) or more resamples').max(1_000_000).default(1000),
    description: 'Bootstrap resamples for the intervals (0: none). Resamples draw the per-group confusion counts from a multinomial, so the cost does not grow with the number of rows.',
  },
  seed: { schema: z.coerce.number().int().default(42), description: 'Seed of the bootstrap: the same seed gives the same intervals.' },
  'decide-on': {
    schema: z.enum(['estimate', 'interval']).default('interval'),
    description:
      '`interval`: a metric fails only when its whole interval is beyond the threshold, and warns when just the estimate is; `estimate`: the estimate decides.',
    examples: ['interval', 'estimate'],
  },
  'baseline-predictions': {
    file: true,
    schema: optionalString,
    description: "The champion model's predictions on the same kind of data (same columns): each disparity is compared with the champion's.",
    examples: ['eval/champion.csv'],
  },
  'max-increase': {
    schema: z.coerce.number().min(0).default(0.05),
    description:
      "With `baseline-predictions`: the largest tolerated worsening of a disparity against the champion, in the metric's units (a rise of a difference, a fall of a ratio, a move away from 1 of a per-group disparity).",
  },
});

export type FairnessInputs = InputsOf<typeof inputs>;

export const outputs: OutputSpec[] = [
  { name: 'worst-metric', description: 'The metric furthest beyond its threshold (or the closest to it when all pass).' },
  { name: 'insufficient-groups', description: 'Number of groups too small to judge.' },
];
