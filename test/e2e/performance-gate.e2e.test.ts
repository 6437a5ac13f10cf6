/**
 * performance-gate end to end: the built action started the way the runner
 * starts it, under Node 20 and Node 24, against the fake GitHub API, for a
 * better, an equal (within noise) and a worse challenger than the champion
 * (examples/performance-gate). Checks the outputs, the JSON report, the job
 * summary and the one sticky PR comment that the three runs keep updating.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker } from '../../src/github/comment.js';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { runAction, type ActionRun } from '../harness/run-action.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/performance-gate/', import.meta.url));
const FILES = ['baseline.csv', 'challenger-better.csv', 'challenger-equal.csv', 'challenger-worse.csv', 'latency.csv'];
const MARKER = commentMarker('performance-gate');

const INPUTS = {
  'baseline-predictions': 'baseline.csv',
  'id-column': 'id',
  'prediction-column': 'prediction',
  'score-column': 'score',
  metrics: 'accuracy, f1, roc_auc, log_loss',
  thresholds: 'roc_auc: ">= 0.9"',
  'max-drop': '0.02',
  latency: 'latency.csv',
  'latency-budget': '{p95: 100}',
};

function readReport(run: ActionRun, cwd: string): Record<string, any> {
  const path = run.outputs['report-path'];
  expect(path, 'report-path output').toBeTruthy();
  const abs = isAbsolute(path) ? path : join(cwd, path);
  expect(existsSync(abs), `report at ${abs}`).toBe(true);
  return JSON.parse(readFileSync(abs, 'utf8'));
}

describe.each(['node20', 'node24'] as const)('performance-gate action on %s', (node) => {
  let workspace: string;
  let api: FakeGitHub;
  const runs: ActionRun[] = [];

  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), `modelgate-perf-e2e-${node}-`));
    for (const f of FILES) copyFileSync(join(EXAMPLES, f), join(workspace, f));
    api = await startFakeGitHub();
  });
  afterEach(() => {
    expect(api.violations, 'requests GitHub would reject').toEqual([]);
  });
  afterAll(async () => {
    for (const r of runs) r.dispose();
    await api.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  async function run(challenger: string) {
    const r = await runAction({ gate: 'performance-gate', node, api, cwd: workspace, inputs: { predictions: `challenger-${challenger}.csv`, ...INPUTS } });
    runs.push(r);
    return r;
  }
  const comments = () => api.issueComments('acme', 'models', 12).filter((c) => c.body.includes(MARKER));

  it('a better challenger passes, with positive deltas in outputs, report, summary and the PR comment', async () => {
    const r = await run('better');
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    const metrics = JSON.parse(r.outputs.metrics);
    expect(Object.keys(metrics)).toEqual(['accuracy', 'f1', 'roc_auc', 'log_loss']);
    expect(metrics.roc_auc).toBeGreaterThan(0.9);
    const report = readReport(r, workspace);
    expect(report.verdict).toBe('pass');
    for (const m of report.metrics) {
      expect(m.delta * (m.higherIsBetter ? 1 : -1)).toBeGreaterThan(0);
      expect(m.ciOf).toBe('delta');
    }
    expect(report.latency.observed.p95).toBeLessThan(100);
    expect(r.summary).toContain('| Metric |');
    expect(r.summary).toContain('DeLong');
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain('`roc_auc`');
  });

  it('an equal challenger (differences within noise) passes and updates the same comment', async () => {
    const r = await run('equal');
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    const report = readReport(r, workspace);
    for (const m of report.metrics) {
      // Every interval of the difference reaches inside the 0.02 margin.
      expect(m.higherIsBetter ? m.ciHigh : -m.ciLow).toBeGreaterThan(-0.02);
      expect(Math.abs(m.delta)).toBeLessThan(0.02);
    }
    expect(r.outputs['failed-metrics']).toBe('');
    expect(comments()).toHaveLength(1);
  });

  it('a worse challenger fails the job, names the failed metrics, and the comment says so', async () => {
    const r = await run('worse');
    expect(r.exitCode).not.toBe(0);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.outputs['failed-metrics'].split(',')).toEqual(expect.arrayContaining(['accuracy', 'roc_auc']));
    const report = readReport(r, workspace);
    const acc = report.metrics.find((m: any) => m.name === 'accuracy');
    expect(acc.verdict).toBe('fail');
    expect(acc.pValue).toBeLessThan(1e-6);
    expect(acc.test).toMatch(/McNemar/);
    expect(report.checks.find((c: any) => c.id === 'metric.roc_auc.threshold').verdict).toBe('fail');
    expect(r.errors.length).toBeGreaterThan(0);
    const all = comments();
    expect(all).toHaveLength(1);
    expect(all[0].body).toMatch(/FAIL/);
    expect(all[0].body).toContain('❌');
  });
});
