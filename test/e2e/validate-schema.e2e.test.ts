/**
 * validate-schema end to end: the built action (actions/validate-schema/
 * action.yml → runs.main) started the way the runner starts it, under Node 20
 * and Node 24, against the fake GitHub API. Proves outputs, job summary,
 * JSON report, the sticky comment (one, however many runs), failure
 * reporting, and that a read-only token still gives the verdict.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker } from '../../src/github/comment.js';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { REPO_ROOT, runAction, type ActionRun, type RunActionOptions } from '../harness/run-action.js';

// The README's example: a loan-application training set, its contract, and a
// copy with injected problems. Copied into a scratch workspace at the same
// relative paths as in .github/workflows/example-gates.yml.
const EXAMPLES = 'examples/validate-schema';
const GOOD = { data: `${EXAMPLES}/loans.csv`, schema: `${EXAMPLES}/contract.yml` };
const BROKEN = { data: `${EXAMPLES}/broken.csv`, schema: `${EXAMPLES}/contract.yml` };
const MARKER = commentMarker('validate-schema');

function readReport(run: ActionRun, cwd: string): Record<string, unknown> {
  const path = run.outputs['report-path'];
  expect(path, 'report-path output').toBeTruthy();
  const abs = isAbsolute(path) ? path : join(cwd, path);
  expect(existsSync(abs), `report at ${abs}`).toBe(true);
  return JSON.parse(readFileSync(abs, 'utf8')) as Record<string, unknown>;
}

describe.each(['node20', 'node24'] as const)('validate-schema action on %s', (node) => {
  let workspace: string;
  const runs: ActionRun[] = [];
  const servers: FakeGitHub[] = [];

  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), `modelgate-e2e-${node}-`));
    mkdirSync(join(workspace, EXAMPLES), { recursive: true });
    for (const f of ['loans.csv', 'broken.csv', 'contract.yml']) copyFileSync(join(REPO_ROOT, EXAMPLES, f), join(workspace, EXAMPLES, f));
  });
  afterEach(() => {
    for (const s of servers) expect(s.violations, 'requests GitHub would reject').toEqual([]);
  });
  afterAll(async () => {
    for (const r of runs) r.dispose();
    for (const s of servers) await s.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  async function server(options?: Parameters<typeof startFakeGitHub>[0]) {
    const s = await startFakeGitHub(options);
    servers.push(s);
    return s;
  }
  async function run(api: FakeGitHub, inputs: RunActionOptions['inputs']) {
    const r = await runAction({ gate: 'validate-schema', node, api, cwd: workspace, inputs });
    runs.push(r);
    return r;
  }

  it('passes, sets outputs, writes summary and report, and keeps one sticky comment over two runs', async () => {
    const api = await server();
    const first = await run(api, GOOD);
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.outputs.verdict).toBe('pass');
    expect(first.outputs.summary).toBeTruthy();
    expect(first.errors).toEqual([]);
    const report = readReport(first, workspace);
    expect(report).toMatchObject({ gate: 'validate-schema', verdict: 'pass', summary: first.outputs.summary });
    expect(first.summary.trim().length).toBeGreaterThan(0);

    const comments = () => api.issueComments('acme', 'models', 12);
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain(MARKER);
    expect(comments()[0].user.login).toBe('github-actions[bot]');

    const second = await run(api, GOOD);
    expect(second.exitCode, second.stdout + second.stderr).toBe(0);
    expect(comments()).toHaveLength(1);
    expect(api.requestsTo('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments')).toHaveLength(1);
  });

  it('fails on broken data with an ::error, verdict fail, an updated comment and a failing check run', async () => {
    const api = await server();
    await run(api, GOOD);
    const failed = await run(api, { ...BROKEN, 'check-name': 'modelgate / validate-schema' });
    expect(failed.exitCode).not.toBe(0);
    expect(failed.outputs.verdict).toBe('fail');
    expect(failed.errors.length).toBeGreaterThan(0);
    expect(readReport(failed, workspace)).toMatchObject({ verdict: 'fail' });

    const comments = api.issueComments('acme', 'models', 12);
    expect(comments).toHaveLength(1);
    expect(api.requestsTo('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}')).toHaveLength(1);
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]).toMatchObject({ name: 'modelgate / validate-schema', conclusion: 'failure' });
    // The check run is on the PR's head commit, not the merge commit.
    expect(api.checkRuns[0].headSha).toBe('4c8f2d1e9b7a6c5d3e2f1a0b9c8d7e6f5a4b3c2d');
  });

  it('with a read-only token still gives the verdict and outputs, with a warning', async () => {
    const api = await server({ readOnly: true });
    const r = await run(api, { ...GOOD, 'check-name': 'modelgate / validate-schema' });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(r.outputs.summary).toBeTruthy();
    expect(readReport(r, workspace)).toMatchObject({ verdict: 'pass' });
    expect(api.comments).toHaveLength(0);
    const warnings = r.warnings.map((w) => w.message).join('\n');
    expect(warnings).toMatch(/pull request comment.*HTTP 403/);
    expect(warnings).toMatch(/check run.*HTTP 403.*checks: write/);
    expect(api.checkRuns).toHaveLength(0);
  });
});
