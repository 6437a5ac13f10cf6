/**
 * fairness-gate end to end: the built action (actions/fairness-gate/
 * action.yml → runs.main) started the way the runner starts it, under Node 20
 * and Node 24, against the fake GitHub API, on the example predictions of a
 * fair and a biased model with the example policy file. Checks outputs, the
 * JSON report, the job summary and the sticky comment.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker } from '../../src/github/comment.js';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { REPO_ROOT, runAction, type ActionRun, type RunActionOptions } from '../harness/run-action.js';

const EXAMPLES = 'examples/fairness-gate';
const POLICY = `${EXAMPLES}/modelgate.yml`;
const MARKER = commentMarker('fairness-gate');

function readReport(run: ActionRun, cwd: string): Record<string, any> {
  const path = run.outputs['report-path'];
  expect(path, 'report-path output').toBeTruthy();
  const abs = isAbsolute(path) ? path : join(cwd, path);
  expect(existsSync(abs), `report at ${abs}`).toBe(true);
  return JSON.parse(readFileSync(abs, 'utf8'));
}

describe.each(['node20', 'node24'] as const)('fairness-gate action on %s', (node) => {
  let workspace: string;
  const runs: ActionRun[] = [];
  const servers: FakeGitHub[] = [];

  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), `modelgate-fairness-e2e-${node}-`));
    mkdirSync(join(workspace, EXAMPLES), { recursive: true });
    for (const f of ['fair.csv', 'biased.csv', 'modelgate.yml']) copyFileSync(join(REPO_ROOT, EXAMPLES, f), join(workspace, EXAMPLES, f));
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
    const r = await runAction({ gate: 'fairness-gate', node, api, cwd: workspace, inputs, event: 'pull_request' });
    runs.push(r);
    return r;
  }

  it('passes the fair model, then fails the biased one in the same sticky comment', async () => {
    const api = await startFakeGitHub();
    servers.push(api);

    const fair = await run(api, { predictions: `${EXAMPLES}/fair.csv`, policy: POLICY });
    expect(fair.exitCode, fair.stdout + fair.stderr).toBe(0);
    expect(fair.outputs.verdict).toBe('pass');
    expect(fair.outputs['insufficient-groups']).toBe('0');
    expect(fair.outputs['worst-metric']).toBeTruthy();
    expect(fair.errors).toEqual([]);
    const fairReport = readReport(fair, workspace);
    expect(fairReport).toMatchObject({ gate: 'fairness-gate', verdict: 'pass', summary: fair.outputs.summary });
    expect(fairReport.groups).toHaveLength(47);
    expect(fairReport.groups.find((g: any) => g.attribute === 'race' && g.group === 'C')).toMatchObject({ n: 600, selectionRate: 0.38, tpr: 0.8, fpr: 0.1 });
    expect(fair.summary).toContain('No disparity beyond its threshold');
    // On a pass the groups are there, collapsed.
    expect(fair.summary).toContain('<details><summary>Groups of sex, race, age');

    const comments = () => api.issueComments('acme', 'models', 12);
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain(MARKER);

    const biased = await run(api, { predictions: `${EXAMPLES}/biased.csv`, policy: POLICY });
    expect(biased.exitCode).not.toBe(0);
    expect(biased.outputs.verdict).toBe('fail');
    expect(biased.outputs['worst-metric']).toBeTruthy();
    expect(biased.errors.length).toBeGreaterThan(0);
    const report = readReport(biased, workspace);
    expect(report.verdict).toBe('fail');
    const di = report.disparities.find((d: any) => d.metric === 'disparate_impact' && d.attribute === 'race');
    expect(di).toMatchObject({ group: 'C', reference: 'A', threshold: '>= 0.8', verdict: 'fail' });
    expect(di.value).toBeCloseTo(23 / 38, 12);
    expect(di.ciHigh).toBeLessThan(0.8);
    // The reason line: race C against A, 0.23 against 0.38 (examples/fairness-gate/generate.py).
    const sentence = '\n\nrace `C` against `A`: selection rate 23.0% vs 38.0%';
    expect(biased.summary).toContain(sentence);

    // One comment, updated in place to the failing run.
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain(sentence);
    expect(api.requestsTo('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}')).toHaveLength(1);
  });
});
