/**
 * canary-decision: read the canary's and the baseline's metrics (files or
 * Prometheus), judge each metric as Kayenta does, score, and decide
 * promote / continue / rollback — optionally with always-valid p-values
 * carried across repeated looks.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UserError } from '../../core/errors.js';
import { defineGate, type GateContext, type GateResult } from '../../core/gate.js';
import { makeReport } from '../../core/make-report.js';
import type { Table } from '../../core/table.js';
import { readTable } from '../../readers/index.js';
import { loadCanaryConfig, metricFromSettings, type CanaryConfig } from './config.js';
import { evaluateCanary, metricsSection, type CanaryOptions } from './evaluate.js';
import { inputs, outputs, type CanaryDecisionInputs } from './inputs.js';
import { fetchPrometheusMetrics, parseDuration, parseTime } from './prometheus.js';
import { renderCanaryHeadline, renderMarkdown, type CanaryRenderOptions } from './render.js';
import { reportSections } from './report-sections.js';
import { defaultMetricColumns, metricData, splitByVariant, type RawMetricData, type VariantTables } from './samples.js';
import { emptyState, parseSequentialState, type SequentialState } from './sequential-state.js';

export { inputs, outputs, type CanaryDecisionInputs };

async function readSamples(inputs: CanaryDecisionInputs, ctx: GateContext): Promise<{ tables: VariantTables; variantColumn: string | null } | null> {
  const read = (path: string): Promise<Table> => readTable(path, { ...ctx.readLimits, cwd: ctx.cwd, progress: ctx.progress });
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
        secret: ctx.secret,
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

  const report = makeReport({
    gate: 'canary-decision',
    inputs: { ...inputs },
    checks: e.checks,
    reason: `${e.decision}, ${e.reason}`,
    verdict: e.verdict,
    sections: {
      decision: e.decision,
      score: Number(e.score.toFixed(4)),
      nextWeight: e.nextWeight,
      metrics: metricsSection(e.metrics),
      groups: e.groups,
      thresholds: { pass: passScore, marginal: marginalScore, confidence: inputs.confidence },
      ...(e.state ? { sequential: { looks: e.state.looks, statePath: inputs.state ?? null } } : {}),
      // Summaries for the visual report: each metric's histograms on shared bins, the weight history.
      charts: {
        distributions: e.metrics.filter((r) => r.histogram).map((r) => ({ metric: r.name, ...r.histogram! })),
        ...(e.state?.history ? { weights: e.state.history } : {}),
      },
    },
  });
  const source = inputs.samples ?? (inputs['canary-samples'] ? `${inputs['canary-samples']}, ${inputs['baseline-samples']}` : (inputs['prometheus-url'] ?? ''));
  const renderOptions: CanaryRenderOptions = {
    confidence: inputs.confidence,
    sequential: inputs.sequential,
    metrics: config.metrics,
    source,
    ...(inputs['current-weight'] !== undefined ? { currentWeight: inputs['current-weight'] } : {}),
  };
  return {
    report,
    outputs: { decision: e.decision, score: String(Number(e.score.toFixed(2))), 'next-weight': String(e.nextWeight), 'state-path': statePath },
    markdown: renderMarkdown(e, renderOptions),
    headline: renderCanaryHeadline(e, renderOptions),
    neutral: e.decision === 'continue',
  };
}

export default defineGate({
  name: 'canary-decision',
  title: 'Canary decision',
  description:
    "Judge a canary against its baseline metric by metric (Mann–Whitney U with a Hodges–Lehmann interval, as Kayenta), score it, and decide promote, continue or rollback; optionally with always-valid p-values across repeated looks.",
  inputs,
  outputs,
  run: runCanaryDecision,
  reportSections,
});
