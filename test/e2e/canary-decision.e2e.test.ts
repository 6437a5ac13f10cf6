/**
 * canary-decision end to end: the built action (actions/canary-decision/
 * action.yml → runs.main) started the way the runner starts it, under Node 20
 * and Node 24, against the fake GitHub API, for a healthy, a degraded and a
 * starved canary (examples/canary-decision). Checks outputs, the JSON report,
 * the job summary, the sticky comment and the check run's conclusion.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker } from '../../src/github/comment.js';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { REPO_ROOT, runAction, type ActionRun, type RunActionOptions } from '../harness/run-action.js';

const EXAMPLES = 'examples/canary-decision';
const CONFIG = `${EXAMPLES}/canary.yml`;
const MARKER = commentMarker('canary-decision');

function readReport(run: ActionRun, cwd: string): Record<string, any> {
  const path = run.outputs['report-path'];
  expect(path, 'report-path output').toBeTruthy();
  const abs = isAbsolute(path) ? path : join(cwd, path);
  expect(existsSync(abs), `report at ${abs}`).toBe(true);
  return JSON.parse(readFileSync(abs, 'utf8'));
}

describe.each(['node20', 'node24'] as const)('canary-decision action on %s', (node) => {
  let workspace: string;
  const runs: ActionRun[] = [];
  const servers: FakeGitHub[] = [];

  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), `modelgate-canary-e2e-${node}-`));
    mkdirSync(join(workspace, EXAMPLES), { recursive: true });
    for (const f of ['healthy.csv', 'degraded.csv', 'starved.csv', 'canary.yml']) copyFileSync(join(REPO_ROOT, EXAMPLES, f), join(workspace, EXAMPLES, f));
  });
  afterEach(() => {
    for (const s of servers) expect(s.violations, 'requests GitHub would reject').toEqual([]);
  });
  afterAll(async () => {
    for (const r of runs) r.dispose();
    for (const s of servers) await s.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  async function run(api: FakeGitHub, inputs: RunActionOptions['inputs']) {
    const r = await runAction({ gate: 'canary-decision', node, api, cwd: workspace, inputs, event: 'pull_request' });
    runs.push(r);
    return r;
  }

  it('promotes the healthy canary, rolls back the degraded one and continues the starved one, in one sticky comment', async () => {
    const api = await startFakeGitHub();
    servers.push(api);
    const comments = () => api.issueComments('acme', 'models', 12);

    const healthy = await run(api, { samples: `${EXAMPLES}/healthy.csv`, config: CONFIG, 'current-weight': 10, 'step-weight': 20 });
    expect(healthy.exitCode, healthy.stdout + healthy.stderr).toBe(0);
    expect(healthy.outputs).toMatchObject({ decision: 'promote', score: '100', 'next-weight': '30', verdict: 'pass' });
    const report = readReport(healthy, workspace);
    expect(report).toMatchObject({ gate: 'canary-decision', decision: 'promote', score: 100, verdict: 'pass' });
    expect(report.metrics.map((m: any) => [m.name, m.group, m.classification, m.nCanary, m.nBaseline])).toEqual([
      ['latency_ms', 'latency', 'Pass', 1500, 1500],
      ['error', 'errors', 'Pass', 1500, 1500],
      ['converted', 'business', 'Pass', 1500, 1500],
    ]);
    for (const key of ['canaryMean', 'baselineMean', 'estimate', 'ciLow', 'ciHigh', 'pValue']) expect(typeof report.metrics[0][key]).toBe('number');
    expect(healthy.summary).toContain('\n\nPromote: score 100');
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain(MARKER);
    expect(comments()[0].body).toContain('\n\nPromote: score 100');

    const degraded = await run(api, { samples: `${EXAMPLES}/degraded.csv`, config: CONFIG, 'current-weight': 10 });
    expect(degraded.exitCode).not.toBe(0);
    expect(degraded.outputs).toMatchObject({ decision: 'rollback', score: '0', 'next-weight': '0', verdict: 'fail' });
    const bad = readReport(degraded, workspace);
    expect(bad.metrics.find((m: any) => m.name === 'error')).toMatchObject({ classification: 'High', critical: true });
    expect(degraded.errors.length).toBeGreaterThan(0);
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain('\n\nRoll back: the critical metric `error`');

    // `continue` is a warn verdict: neutral by default, and a failure when
    // fail-on says warnings fail (the CLI's exit code agrees: see test/run/conclusion.test.ts).
    const starved = await run(api, { samples: `${EXAMPLES}/starved.csv`, config: CONFIG, 'current-weight': 10, 'check-name': 'canary' });
    expect(starved.exitCode, starved.stdout + starved.stderr).toBe(0);
    expect(starved.outputs).toMatchObject({ decision: 'continue', 'next-weight': '10', verdict: 'warn' });
    expect(readReport(starved, workspace).metrics.every((m: any) => m.classification === 'Nodata')).toBe(true);
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]).toMatchObject({ name: 'canary', conclusion: 'neutral' });
    const strict = await run(api, { samples: `${EXAMPLES}/starved.csv`, config: CONFIG, 'current-weight': 10, 'check-name': 'canary', 'fail-on': 'warn' });
    expect(strict.exitCode).toBe(1);
    expect(api.checkRuns[1]).toMatchObject({ name: 'canary', conclusion: 'failure' });
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain('\n\nKeep waiting: ');
  });
});
