/**
 * drift-check end to end: the built action (actions/drift-check/action.yml →
 * runs.main) started the way the runner starts it, under Node 20 and Node 24,
 * against the fake GitHub API, on the example data: a batch from the same
 * process passes, a drifted batch fails in the same sticky comment and fires
 * the repository_dispatch. Checks outputs, the JSON report, the job summary
 * and the comment.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker } from '../../src/github/comment.js';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { REPO_ROOT, runAction, type ActionRun, type RunActionOptions } from '../harness/run-action.js';

const EXAMPLES = 'examples/drift-check';
const POLICY = `${EXAMPLES}/modelgate.yml`;
const MARKER = commentMarker('drift-check');

function readReport(run: ActionRun, cwd: string): Record<string, any> {
  const path = run.outputs['report-path'];
  expect(path, 'report-path output').toBeTruthy();
  const abs = isAbsolute(path) ? path : join(cwd, path);
  expect(existsSync(abs), `report at ${abs}`).toBe(true);
  return JSON.parse(readFileSync(abs, 'utf8'));
}

describe.each(['node20', 'node24'] as const)('drift-check action on %s', (node) => {
  let workspace: string;
  const runs: ActionRun[] = [];
  const servers: FakeGitHub[] = [];

  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), `modelgate-drift-e2e-${node}-`));
    mkdirSync(join(workspace, EXAMPLES), { recursive: true });
    for (const f of ['reference.csv', 'current-stable.csv', 'current-drifted.csv', 'modelgate.yml']) {
      copyFileSync(join(REPO_ROOT, EXAMPLES, f), join(workspace, EXAMPLES, f));
    }
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
    const r = await runAction({ gate: 'drift-check', node, api, cwd: workspace, inputs, event: 'pull_request' });
    runs.push(r);
    return r;
  }

  it('passes the stable batch, then fails the drifted one in the same comment and dispatches', async () => {
    const api = await startFakeGitHub();
    servers.push(api);

    const stable = await run(api, { reference: `${EXAMPLES}/reference.csv`, current: `${EXAMPLES}/current-stable.csv`, policy: POLICY, 'dispatch-on-drift': true });
    expect(stable.exitCode, stable.stdout + stable.stderr).toBe(0);
    expect(stable.outputs.verdict).toBe('pass');
    expect(stable.outputs['drift-detected']).toBe('false');
    expect(stable.outputs['drifted-columns']).toBe('[]');
    expect(stable.outputs['drift-share']).toBe('0');
    expect(stable.errors).toEqual([]);
    const stableReport = readReport(stable, workspace);
    expect(stableReport).toMatchObject({ gate: 'drift-check', verdict: 'pass', dataset: { drifted: false, share: 0, threshold: 0.5 } });
    expect(stableReport.columns.map((c: any) => c.name).sort()).toEqual(
      ['age', 'churn_score', 'churned', 'income', 'plan', 'region', 'support_calls', 'tenure_months'].sort(),
    );
    expect(stable.summary).toContain('\n\nNo drift: 0 of 6 features drifted');
    expect(api.dispatches).toHaveLength(0);

    const comments = () => api.issueComments('acme', 'models', 12);
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain(MARKER);

    const drifted = await run(api, { reference: `${EXAMPLES}/reference.csv`, current: `${EXAMPLES}/current-drifted.csv`, policy: POLICY, 'dispatch-on-drift': true });
    expect(drifted.exitCode).not.toBe(0);
    expect(drifted.outputs.verdict).toBe('fail');
    expect(drifted.outputs['drift-detected']).toBe('true');
    const columns = JSON.parse(drifted.outputs['drifted-columns']) as string[];
    expect(columns).toEqual(expect.arrayContaining(['age', 'income', 'plan', 'support_calls']));
    expect(Number(drifted.outputs['drift-share'])).toBeGreaterThanOrEqual(0.5);
    const report = readReport(drifted, workspace);
    expect(report.dataset).toMatchObject({ drifted: true, threshold: 0.5 });
    expect(report.dispatch).toBe('sent');
    const age = report.columns.find((c: any) => c.name === 'age');
    expect(age).toMatchObject({ type: 'numerical', method: 'ks', drifted: true, threshold: 0.05, nReference: 800, nCurrent: 500 });
    expect(age.pValue).toBeLessThan(1e-6);
    expect(drifted.summary).toContain('\n\nDataset drift: 4 of 6 features drifted');
    expect(drifted.summary).toContain('`trial`');

    expect(api.dispatches).toHaveLength(1);
    expect(api.dispatches[0]).toMatchObject({ owner: 'acme', repo: 'models', eventType: 'modelgate-drift' });
    const payload = api.dispatches[0].clientPayload as { columns: { name: string }[] };
    expect(payload.columns.map((c) => c.name)).toEqual(columns);

    // One comment, updated in place to the failing run.
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain('\n\nDataset drift: 4 of 6 features drifted');
  });
});
