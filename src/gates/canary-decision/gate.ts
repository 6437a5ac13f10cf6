/**
 * canary-decision: read the canary's and the baseline's metrics (files or
 * Prometheus), judge each metric as Kayenta does, score, and decide
 * promote / continue / rollback — optionally with always-valid p-values
 * carried across repeated looks.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { UserError } from '../../core/errors.js';
import { defineGate, type GateContext, type GateResult } from '../../core/gate.js';
import type { InputSpec, OutputSpec } from '../../core/inputs.js';
import { makeReport } from '../../core/make-report.js';
import type { Table } from '../../core/table.js';
import { readTable } from '../../readers/index.js';
import { loadCanaryConfig, metricFromSettings, type CanaryConfig } from './config.js';
import { evaluateCanary, metricsSection, type CanaryOptions } from './evaluate.js';
import { fetchPrometheusMetrics, parseDuration, parseTime } from './prometheus.js';
import { renderMarkdown } from './render.js';
import { reportSections } from './report-sections.js';
import { defaultMetricColumns, metricData, splitByVariant, type RawMetricData, type VariantTables } from './samples.js';
import { emptyState, parseSequentialState, type SequentialState } from './sequential-state.js';

export const inputs: InputSpec[] = [
  {
    name: 'samples',
    kind: 'string',
    description:
      'Metric samples of both variants in one file (CSV, TSV, JSON Lines, JSON, Parquet, optionally .gz): one row per request or interval, one column per metric, and a `variant` column of `canary`/`baseline`.',
  },
  { name: 'canary-samples', kind: 'string', description: "The canary's samples, one file per variant (instead of `samples`)." },
  { name: 'baseline-samples', kind: 'string', description: "The baseline's samples, with the same metric columns as `canary-samples`." },
  { name: 'variant-column', kind: 'string', default: 'variant', description: 'Column of `samples` naming the variant of each row.' },
  { name: 'canary-label', kind: 'string', default: 'canary', description: 'Value of the variant column for canary rows.' },
  { name: 'baseline-label', kind: 'string', default: 'baseline', description: 'Value of the variant column for baseline rows.' },
  {
    name: 'config',
    kind: 'yaml',
    description:
      'Metric settings: inline YAML mapping each metric name to its settings (`direction`, `group`, `critical`, `min`/`max`, `max-increase`/`max-decrease`, `statistic`, `type`, `nan-strategy`, `must-have-data`, `min-samples`, `allowed-`/`critical-increase`/`-decrease`, `query`), or the path of such a file or of a Kayenta canary configuration JSON. Default: every numeric column, `direction: either`.',
  },
  { name: 'group-weights', kind: 'yaml', description: 'Weights (percent) of metric groups in the score, e.g. `{ latency: 60, errors: 40 }`; groups without one share the rest.' },
  { name: 'confidence', kind: 'number', default: '0.95', description: 'Confidence level of the intervals (and 1 − α of the sequential test).' },
  { name: 'pass-score', kind: 'number', description: 'Score (0–100) at or above which the canary is promoted. Default: the Kayenta configuration\'s `scoreThresholds.pass`, else 95.' },
  { name: 'marginal-score', kind: 'number', description: 'Score below which the canary is rolled back. Default: the Kayenta configuration\'s `scoreThresholds.marginal`, else 75.' },
  { name: 'promote-probability', kind: 'number', default: '0.95', description: 'Conversion metrics: probability that the canary is better needed to pass (Beta–Binomial).' },
  { name: 'prometheus-url', kind: 'string', description: 'Base URL of a Prometheus server to read metrics from with `query_range`.' },
  {
    name: 'queries',
    kind: 'yaml',
    description: 'PromQL template per metric, `$selector` (or `${scope}`) standing for the variant\'s label selector, e.g. `{ errors: "sum(rate(errors_total{$selector}[1m]))" }`.',
  },
  { name: 'window', kind: 'string', default: '30m', description: 'Length of the Prometheus window ending at `end`.' },
  { name: 'step', kind: 'string', default: '1m', description: 'Prometheus query resolution step: one sample per step.' },
  { name: 'end', kind: 'string', description: 'End of the Prometheus window (RFC 3339 or Unix seconds). Default: now.' },
  { name: 'canary-selector', kind: 'string', default: 'variant="canary"', description: 'PromQL label matchers selecting the canary.' },
  { name: 'baseline-selector', kind: 'string', default: 'variant="baseline"', description: 'PromQL label matchers selecting the baseline.' },
  { name: 'step-weight', kind: 'number', default: '10', description: 'Traffic percentage added to the canary on promote.' },
  { name: 'max-weight', kind: 'number', default: '50', description: 'Largest canary weight before full promotion (100).' },
  { name: 'current-weight', kind: 'number', description: "The canary's traffic percentage now. Default: the state file's, else 0." },
  {
    name: 'sequential',
    kind: 'boolean',
    default: 'false',
    description: 'Judge with always-valid p-values (mixture SPRT) carried across runs in `state`, so re-checking every 30 minutes does not inflate false rollbacks.',
  },
  {
    name: 'state',
    kind: 'string',
    description: 'Sequential mode: path of the state file, read when present and rewritten after the run. Keep it between runs with actions/cache or an artifact.',
    notInPolicy: true,
  },
  { name: 'mixing-sd', kind: 'number', default: '0.1', description: 'Sequential mode: standard deviation of the mSPRT mixing distribution, in pooled standard deviations (the effect size it is most sensitive to).' },
];

export const outputs: OutputSpec[] = [
  { name: 'decision', description: '`promote`, `continue` or `rollback`.' },
  { name: 'score', description: 'The canary score, 0–100.' },
  { name: 'next-weight', description: "The canary's next traffic percentage (0 on rollback, 100 for full promotion)." },
  { name: 'state-path', description: 'Sequential mode: path of the updated state file.' },
];

const optionalString = z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().min(1).optional());
const optionalNumber = (min: number, max: number) => z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number().min(min).max(max).optional());

export const schema = z.object({
  samples: optionalString,
  'canary-samples': optionalString,
  'baseline-samples': optionalString,
  'variant-column': z.string().min(1).default('variant'),
  'canary-label': z.string().min(1).default('canary'),
  'baseline-label': z.string().min(1).default('baseline'),
  config: z.unknown().optional(),
  'group-weights': z.record(z.string(), z.number().min(0).max(100)).optional(),
  confidence: z.coerce.number().gt(0).lt(1).default(0.95),
  'pass-score': optionalNumber(0, 100),
  'marginal-score': optionalNumber(0, 100),
  'promote-probability': z.coerce.number().gt(0.5).lt(1).default(0.95),
  'prometheus-url': optionalString.refine((v) => v === undefined || /^https?:\/\//.test(v), 'must be an http(s) URL'),
  queries: z.record(z.string(), z.string().min(1)).optional(),
  window: z.string().min(1).default('30m'),
  step: z.string().min(1).default('1m'),
  end: optionalString,
  'canary-selector': z.string().default('variant="canary"'),
  'baseline-selector': z.string().default('variant="baseline"'),
  'step-weight': z.coerce.number().min(0).max(100).default(10),
  'max-weight': z.coerce.number().min(0).max(100).default(50),
  'current-weight': optionalNumber(0, 100),
  sequential: z.boolean().default(false),
  state: optionalString,
  'mixing-sd': z.coerce.number().positive().default(0.1),
});

export type CanaryDecisionInputs = z.infer<typeof schema>;

async function readSamples(inputs: CanaryDecisionInputs, ctx: GateContext): Promise<{ tables: VariantTables; variantColumn: string | null } | null> {
  const read = (path: string): Promise<Table> => readTable(path, { cwd: ctx.cwd, progress: ctx.progress });
  if (inputs.samples) {
    if (inputs['canary-samples'] || inputs['baseline-samples']) {
      throw new UserError('give either `samples` or `canary-samples` and `baseline-samples`, not both', { field: 'input samples' });
    }
    const table = await read(inputs.samples);
    const labels = { column: inputs['variant-column'], canary: inputs['canary-label'], baseline: inputs['baseline-label'] };
    return { tables: splitByVariant(table, labels), variantColumn: labels.column };
  }
  if (inputs['canary-samples'] || inputs['baseline-samples']) {
    if (!inputs['canary-samples'] || !inputs['baseline-samples']) {
      throw new UserError('`canary-samples` and `baseline-samples` go together', { field: inputs['canary-samples'] ? 'input baseline-samples' : 'input canary-samples' });
    }
    const [canary, baseline] = await Promise.all([read(inputs['canary-samples']), read(inputs['baseline-samples'])]);
    return { tables: { canary: { table: canary, rows: null }, baseline: { table: baseline, rows: null } }, variantColumn: null };
  }
  return null;
}

async function readState(path: string | undefined, cwd: string): Promise<SequentialState> {
  if (!path) return emptyState();
  const full = resolve(cwd, path);
  if (!existsSync(full)) return emptyState();
  return parseSequentialState(await readFile(full, 'utf8'), path);
}

export async function runCanaryDecision(inputs: CanaryDecisionInputs, ctx: GateContext): Promise<GateResult> {
  const config: CanaryConfig = await loadCanaryConfig(inputs.config, ctx.cwd);
  if (inputs['group-weights']) config.groupWeights = { ...config.groupWeights, ...inputs['group-weights'] };
  for (const [name, query] of Object.entries(inputs.queries ?? {})) {
    const existing = config.metrics.find((m) => m.name === name);
    if (existing) existing.query = query;
    else config.metrics.push(metricFromSettings(name, { query }, 'input queries'));
  }

  const files = await readSamples(inputs, ctx);
  if (!inputs['prometheus-url']) {
    const fromInput = Object.keys(inputs.queries ?? {});
    if (fromInput.length > 0) throw new UserError(`metric ${fromInput[0]} has a query but no \`prometheus-url\` is set`, { field: 'input prometheus-url' });
    // Queries that came with a configuration (a Kayenta one, say) do not stop
    // the same metrics from being read from samples files.
    if (files) for (const m of config.metrics) m.query = undefined;
  }
  const promMetrics = config.metrics.filter((m) => m.query);
  if (promMetrics.length > 0 && !inputs['prometheus-url']) {
    throw new UserError(`metric ${promMetrics[0].name} has a query but no \`prometheus-url\` is set`, { field: 'input prometheus-url' });
  }
  if (!files && !inputs['prometheus-url']) {
    throw new UserError('no metrics source: set `samples`, `canary-samples` and `baseline-samples`, or `prometheus-url` with `queries`', { field: 'input samples' });
  }
  if (config.metrics.length === 0) {
    if (!files) throw new UserError('no metrics: give `queries` (or a `config` with queries) for Prometheus', { field: 'input queries' });
    const columns = defaultMetricColumns(files.tables, files.variantColumn);
    if (columns.length === 0) throw new UserError('no numeric metric columns in the samples', { file: files.tables.canary.table.source });
    for (const c of columns) config.metrics.push(metricFromSettings(c, {}, 'default settings'));
  }

  const data = new Map<string, RawMetricData>();
  const fileMetrics = config.metrics.filter((m) => !m.query);
  if (fileMetrics.length > 0) {
    if (!files) throw new UserError(`metric ${fileMetrics[0].name} has no query and there are no samples files`, { field: 'input config' });
    for (const m of fileMetrics) data.set(m.name, metricData(files.tables, m));
  }
  if (promMetrics.length > 0) {
    const end = inputs.end ? parseTime(inputs.end, 'input end') : new Date();
    const fetched = await fetchPrometheusMetrics(
      {
        url: inputs['prometheus-url']!,
        end,
        windowSeconds: parseDuration(inputs.window, 'input window'),
        stepSeconds: parseDuration(inputs.step, 'input step'),
        selectors: { canary: inputs['canary-selector'], baseline: inputs['baseline-selector'] },
      },
      promMetrics,
    );
    for (const [k, v] of fetched) data.set(k, v);
  }

  const passScore = inputs['pass-score'] ?? config.scoreThresholds?.pass ?? 95;
  const marginalScore = inputs['marginal-score'] ?? config.scoreThresholds?.marginal ?? 75;
  if (marginalScore > passScore) {
    throw new UserError(`marginal-score ${marginalScore} is above pass-score ${passScore}`, { field: 'input marginal-score' });
  }
  const state = inputs.sequential ? await readState(inputs.state, ctx.cwd) : null;
  const options: CanaryOptions = {
    confidence: inputs.confidence,
    passScore,
    marginalScore,
    promoteProbability: inputs['promote-probability'],
    sequential: inputs.sequential,
    mixingSd: inputs['mixing-sd'],
    stepWeight: inputs['step-weight'],
    maxWeight: inputs['max-weight'],
    currentWeight: inputs['current-weight'] ?? null,
    state,
  };
  const e = evaluateCanary(config.metrics, data, config.groupWeights, options);

  let statePath = '';
  if (inputs.sequential && e.state) {
    if (inputs.state) {
      statePath = resolve(ctx.cwd, inputs.state);
      await mkdir(dirname(statePath), { recursive: true });
      await writeFile(statePath, `${JSON.stringify(e.state, null, 2)}\n`);
    } else {
      ctx.log.warn('canary-decision: sequential mode without `state`: nothing carries the p-values to the next run');
    }
  }

  const summary = `${e.decision}: ${e.reason}`;
  const report = makeReport({
    gate: 'canary-decision',
    inputs: { ...inputs },
    checks: e.checks,
    summary,
    verdict: e.verdict,
    sections: {
      decision: e.decision,
      score: Number(e.score.toFixed(4)),
      nextWeight: e.nextWeight,
      metrics: metricsSection(e.metrics),
      groups: e.groups,
      thresholds: { pass: passScore, marginal: marginalScore, confidence: inputs.confidence },
      ...(e.state ? { sequential: { looks: e.state.looks, statePath: inputs.state ?? null } } : {}),
    },
  });
  return {
    report,
    outputs: { decision: e.decision, score: String(Number(e.score.toFixed(2))), 'next-weight': String(e.nextWeight), 'state-path': statePath },
    markdown: renderMarkdown(e, { confidence: inputs.confidence, sequential: inputs.sequential }),
    conclusion: e.decision === 'continue' ? 'neutral' : undefined,
  };
}

export default defineGate<CanaryDecisionInputs>({
  name: 'canary-decision',
  title: 'Canary decision',
  description:
    "Judge a canary against its baseline metric by metric (Mann–Whitney U with a Hodges–Lehmann interval, as Kayenta), score it, and decide promote, continue or rollback; optionally with always-valid p-values across repeated looks.",
  inputs,
  outputs,
  schema: schema as unknown as z.ZodType<CanaryDecisionInputs>,
  run: runCanaryDecision,
  reportSections,
});
