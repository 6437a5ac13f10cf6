/**
 * canary-decision's inputs, each declared once (see core/inputs.ts):
 * action.yml, the CLI flags, the policy keys, the docs table and the typed
 * inputs of `runCanaryDecision` all come from this list.
 */
import { z } from 'zod';
import { defineInputs, type InputsOf, type OutputSpec } from '../../core/inputs.js';

const optionalString = z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().min(1).optional());
const optionalNumber = (min: number, max: number) => z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number().min(min).max(max).optional());

export const inputs = defineInputs({
  samples: {
    file: true,
    schema: optionalString,
    description:
      'Metric samples of both variants in one file (CSV, TSV, JSON Lines, JSON, Parquet, optionally .gz): one row per request or interval, one column per metric, and a `variant` column of `canary`/`baseline`.',
    examples: ['metrics/canary-window.csv'],
  },
  'canary-samples': { file: true, schema: optionalString, description: "The canary's samples, one file per variant (instead of `samples`)." },
  'baseline-samples': { file: true, schema: optionalString, description: "The baseline's samples, with the same metric columns as `canary-samples`." },
  'variant-column': { schema: z.string().min(1).default('variant'), description: 'Column of `samples` naming the variant of each row.' },
  'canary-label': { schema: z.string().min(1).default('canary'), description: 'Value of the variant column for canary rows.' },
  'baseline-label': { schema: z.string().min(1).default('baseline'), description: 'Value of the variant column for baseline rows.' },
  config: {
    file: true,
    // A map of settings, or the path of a file holding them.
    schema: z.union([z.string().min(1), z.record(z.string(), z.unknown())]).optional(),
    kind: 'yaml',
    description:
      'Metric settings: inline YAML mapping each metric name to its settings (`direction`, `group`, `critical`, `min`/`max`, `max-increase`/`max-decrease`, `statistic`, `type`, `nan-strategy`, `must-have-data`, `min-samples`, `allowed-`/`critical-increase`/`-decrease`, `tolerance`, `effect-size-measure`, `query`), or the path of such a file or of a Kayenta canary configuration JSON. Default: every numeric column, `direction: either`.',
    examples: ['.modelgate/canary.yml', '{error_rate: {direction: increase, critical: true}}'],
  },
  'group-weights': {
    schema: z.record(z.string(), z.number().min(0).max(100)).optional(),
    description: 'Weights (percent) of metric groups in the score, e.g. `{ latency: 60, errors: 40 }`; groups without one share the rest.',
    examples: ['{ latency: 60, errors: 40 }', 'latency: 60, errors: 40'],
  },
  confidence: { schema: z.coerce.number().gt(0).lt(1).default(0.95), description: 'Confidence level of the intervals (and 1 − α of the sequential test).' },
  'pass-score': {
    schema: optionalNumber(0, 100),
    description: "Score (0–100) at or above which the canary is promoted. Default: the Kayenta configuration's `scoreThresholds.pass`, else 95.",
  },
  'marginal-score': {
    schema: optionalNumber(0, 100),
    description: "Score below which the canary is rolled back. Default: the Kayenta configuration's `scoreThresholds.marginal`, else 75.",
  },
  'promote-probability': {
    schema: z.coerce.number().gt(0.5).lt(1).default(0.95),
    description: 'Conversion metrics: probability that the canary is better needed to pass (Beta–Binomial).',
  },
  'prometheus-url': {
    schema: optionalString.refine((v) => v === undefined || /^https?:\/\//.test(v), 'must be an http(s) URL'),
    description: 'Base URL of a Prometheus server to read metrics from with `query_range`. A `user:password@` in it is sent as basic authorization and redacted everywhere.',
    examples: ['http://prometheus.internal:9090'],
  },
  queries: {
    schema: z.record(z.string(), z.string().min(1)).optional(),
    description: 'PromQL template per metric, `$selector` (or `${scope}`) standing for the variant\'s label selector, e.g. `{ errors: "sum(rate(errors_total{$selector}[1m]))" }`.',
    examples: ['{ errors: "sum(rate(errors_total{$selector}[1m]))" }'],
  },
  window: { schema: z.string().min(1).default('30m'), description: 'Length of the Prometheus window ending at `end`.' },
  step: { schema: z.string().min(1).default('1m'), description: 'Prometheus query resolution step: one sample per step.' },
  end: {
    schema: optionalString,
    description: 'End of the Prometheus window (RFC 3339 or Unix seconds). Default: now.',
    examples: ['2026-01-01T12:00:00Z', '1767268800'],
  },
  'canary-selector': { schema: z.string().default('variant="canary"'), description: 'PromQL label matchers selecting the canary.' },
  'baseline-selector': { schema: z.string().default('variant="baseline"'), description: 'PromQL label matchers selecting the baseline.' },
  'step-weight': { schema: z.coerce.number().min(0).max(100).default(10), description: 'Traffic percentage added to the canary on promote.' },
  'max-weight': { schema: z.coerce.number().min(0).max(100).default(50), description: 'Largest canary weight before full promotion (100).' },
  'current-weight': { schema: optionalNumber(0, 100), description: "The canary's traffic percentage now. Default: the state file's, else 0." },
  sequential: {
    schema: z.boolean().default(false),
    description: 'Judge with always-valid p-values (mixture SPRT) carried across runs in `state`, so re-checking every 30 minutes does not inflate false rollbacks.',
  },
  state: {
    file: true,
    schema: optionalString,
    description: 'Sequential mode: path of the state file, read when present and rewritten after the run. Keep it between runs with actions/cache or an artifact.',
    notInPolicy: true,
  },
  'mixing-sd': {
    schema: z.coerce.number().positive().default(0.1),
    description: 'Sequential mode: standard deviation of the mSPRT mixing distribution, in pooled standard deviations (the effect size it is most sensitive to).',
  },
});

export type CanaryDecisionInputs = InputsOf<typeof inputs>;

export const outputs: OutputSpec[] = [
  { name: 'decision', description: '`promote`, `continue` or `rollback`.' },
  { name: 'score', description: 'The canary score, 0–100.' },
  { name: 'next-weight', description: "The canary's next traffic percentage (0 on rollback, 100 for full promotion)." },
  { name: 'state-path', description: 'Sequential mode: path of the updated state file.' },
];
