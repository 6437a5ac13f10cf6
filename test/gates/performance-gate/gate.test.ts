/**
 * The gate as the CLI runs it (in-process): reading files, inputs through
 * the schema, the report sections and outputs, on the committed example data.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/adapters/cli/run-cli.js';

const examples = fileURLToPath(new URL('../../../examples/performance-gate/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'perf-gate-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const report = join(work, `report-${Math.random().toString(36).slice(2)}.json`);
  const code = await runCli(['performance-gate', ...args, '--report-path', report], {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    isTTY: false,
    cwd: examples,
    env: {},
  });
  let json: Record<string, any> | undefined;
  try {
    json = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    json = undefined;
  }
  return { code, out, err, json };
}

const common = ['--baseline-predictions', 'baseline.csv', '--id-column', 'id', '--prediction-column', 'prediction', '--score-column', 'score', '--metrics', 'accuracy,f1,roc_auc,log_loss', '--max-drop', '0.01'];

describe('performance-gate through the CLI', () => {
  it('a better challenger passes with positive deltas', async () => {
    const r = await cli(['--predictions', 'challenger-better.csv', ...common]);
    expect(r.code, r.err).toBe(0);
    expect(r.json!.verdict).toBe('pass');
    const auc = r.json!.metrics.find((m: any) => m.name === 'roc_auc');
    expect(auc.delta).toBeGreaterThan(0.02);
    expect(auc.ciLow).toBeGreaterThan(0);
    expect(auc.test).toMatch(/DeLong/);
    for (const key of ['name', 'value', 'baseline', 'delta', 'ciLow', 'ciHigh', 'pValue', 'threshold', 'verdict']) expect(auc).toHaveProperty(key);
  });

  it('an equal challenger passes: its differences are within noise', async () => {
    const r = await cli(['--predictions', 'challenger-equal.csv', ...common]);
    expect(r.code, r.err).toBe(0);
    expect(r.json!.verdict).not.toBe('fail');
    for (const m of r.json!.metrics) expect(m.ciLow <= 0.01 && m.ciHigh >= -0.01).toBe(true);
  });

  it('a worse challenger fails', async () => {
    const r = await cli(['--predictions', 'challenger-worse.csv', ...common]);
    expect(r.code).toBe(1);
    expect(r.json!.verdict).toBe('fail');
    const acc = r.json!.metrics.find((m: any) => m.name === 'accuracy');
    expect(acc.verdict).toBe('fail');
    expect(acc.pValue).toBeLessThan(0.001);
  });

  it('thresholds, slices, latency and model size', async () => {
    mkdirSync(join(work, 'model'), { recursive: true });
    writeFileSync(join(work, 'model', 'weights.bin'), Buffer.alloc(2_000_000));
    const r = await cli([
      '--predictions', 'challenger-better.csv', '--prediction-column', 'prediction', '--score-column', 'score',
      '--thresholds', '{roc_auc: ">= 0.85", log_loss: "<= 0.2"}',
      '--slice-by', 'region', '--min-slice-size', '30',
      '--latency', 'latency.csv', '--latency-budget', '{p95: 100, p99: 200}',
      '--model-path', join(work, 'model'), '--max-model-size', '1MB',
    ]);
    expect(r.json!.verdict).toBe('fail');
    const ids = r.json!.checks.filter((c: any) => c.verdict === 'fail').map((c: any) => c.id);
    expect(ids).toContain('metric.log_loss.threshold');
    expect(ids).toContain('model.size');
    expect(ids).not.toContain('metric.roc_auc.threshold');
    expect(r.json!.slices.map((s: any) => s.slice).sort()).toEqual(['region=east', 'region=north', 'region=south', 'region=west']);
    expect(r.json!.latency.observed.p95).toBeLessThan(100);
  });

  it('the example policy file: better and equal pass, worse fails', async () => {
    const verdicts: Record<string, string> = {};
    for (const c of ['better', 'equal', 'worse']) {
      const r = await cli(['--policy', 'policy.yml', '--predictions', `challenger-${c}.csv`, '--baseline-predictions', 'baseline.csv', '--latency', 'latency.csv']);
      verdicts[c] = r.json!.verdict;
    }
    expect(verdicts).toEqual({ better: 'pass', equal: 'pass', worse: 'fail' });
  });

  it('baseline metrics from an MLflow run: no intervals, decided on the estimate', async () => {
    const r = await cli(['--predictions', 'challenger-worse.csv', '--prediction-column', 'prediction', '--score-column', 'score', '--baseline-metrics', 'baseline-metrics.json', '--metrics', 'accuracy,f1,roc_auc,log_loss', '--max-drop', '0.02']);
    expect(r.json!.verdict).toBe('fail');
    const acc = r.json!.metrics.find((m: any) => m.name === 'accuracy');
    expect(acc.baseline).toBe(0.8965);
    expect(r.json!.checks.find((c: any) => c.id === 'metric.accuracy.baseline').message).toMatch(/decided on the estimate/);
  });

  it('one-line maps as action inputs: "p95: 100, p99: 200" and thresholds without braces', async () => {
    const r = await cli([
      '--predictions', 'challenger-better.csv', '--prediction-column', 'prediction', '--score-column', 'score',
      '--thresholds', 'roc_auc: ">= 0.85", log_loss: "<= 0.2"', '--latency', 'latency.csv', '--latency-budget', 'p95: 100, p99: 90',
      '--baseline-predictions', 'baseline.csv', '--max-drop', 'roc_auc: 0.01, log_loss: 5%',
    ]);
    expect(r.err).not.toMatch(/error/i);
    const failed = r.json!.checks.filter((c: any) => c.verdict === 'fail').map((c: any) => c.id).sort();
    expect(failed).toEqual(['latency.p99', 'metric.log_loss.threshold']);
    expect(r.json!.metrics.find((m: any) => m.name === 'log_loss').maxDrop).toBe('5%');
    expect(r.json!.metrics.find((m: any) => m.name === 'accuracy').maxDrop).toBe('0');
    const bad = await cli(['--predictions', 'challenger-better.csv', '--prediction-column', 'prediction', '--latency', 'latency.csv', '--latency-budget', 'p95: [100']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/input latency-budget: invalid YAML/);
  });

  it('bad input is one clear line naming what and where', async () => {
    const missing = await cli(['--predictions', 'challenger-better.csv', '--score-column', 'proba']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/challenger-better\.csv.*no column "proba"/);
    const bad = await cli(['--predictions', 'challenger-better.csv', '--prediction-column', 'prediction', '--thresholds', '{f1: "about 0.8"}']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/thresholds\.f1/);
    const short = join(work, 'short-baseline.csv');
    writeFileSync(short, readFileSync(join(examples, 'baseline.csv'), 'utf8').split('\n').slice(0, 100).join('\n') + '\n');
    const rows = await cli(['--predictions', 'challenger-better.csv', '--prediction-column', 'prediction', '--baseline-predictions', short]);
    expect(rows.code).toBe(2);
    expect(rows.err).toMatch(/short-baseline\.csv: the baseline has 99 rows but the candidate has 2000/);
  });

  it('paired by id-column: a repeated or missing id is one line naming the file, line and id', async () => {
    const lines = readFileSync(join(examples, 'baseline.csv'), 'utf8').trimEnd().split('\n');
    // Line 4 (the third data row) again as line 2002: its id c00003 repeats.
    const repeated = join(work, 'repeated-id.csv');
    writeFileSync(repeated, `${[...lines, lines[3]].join('\n')}\n`);
    const r = await cli(['--predictions', 'challenger-better.csv', '--prediction-column', 'prediction', '--baseline-predictions', repeated, '--id-column', 'id']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain(`${repeated}:2002: id: duplicate id "c00003" (also on line 4)`);
    // Without line 4 the candidate's c00003 has no baseline row.
    const missing = join(work, 'missing-id.csv');
    writeFileSync(missing, `${lines.filter((_, i) => i !== 3).join('\n')}\n`);
    const m = await cli(['--predictions', 'challenger-better.csv', '--prediction-column', 'prediction', '--baseline-predictions', missing, '--id-column', 'id']);
    expect(m.code).toBe(2);
    expect(m.err).toContain(`challenger-better.csv:4: id: id "c00003" has no row in the baseline predictions (${missing})`);
  });
});
