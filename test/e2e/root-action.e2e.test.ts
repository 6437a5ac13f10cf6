/**
 * The root action (action.yml at the repository root, `uses:
 * modelgate/modelgate@v0`) end to end: four gates in one step on the bundled
 * examples (examples/modelgate.yml), started as the runner starts it, against
 * the fake GitHub API. Proves the outputs (`verdict`, `verdicts`, a folder of
 * reports, each checked against the report schema by the harness), one
 * combined sticky comment created once and then updated, one check run per
 * gate named `modelgate / <gate>`, a gate that cannot run still ending its
 * check run with `failure` and the error while the others run, and a fork's
 * read-only token.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { suiteCheckName, suiteCommentMarker } from '../../src/adapters/action/publish-suite.js';
import { commentMarker } from '../../src/github/comment.js';
import { startFakeArtifacts, type FakeArtifacts } from '../harness/fake-artifacts.js';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { REPO_ROOT, ROOT_ACTION, runAction, type ActionRun, type RunActionOptions } from '../harness/run-action.js';

const FOUR = ['validate-schema', 'drift-check', 'performance-gate', 'fairness-gate'];
const PASSING = { gates: FOUR.join(', '), policy: 'examples/modelgate.yml' };

const workspace = mkdtempSync(join(tmpdir(), 'modelgate-root-action-'));
cpSync(join(REPO_ROOT, 'examples'), join(workspace, 'examples'), { recursive: true });
const runs: ActionRun[] = [];
const servers: FakeGitHub[] = [];
const artifactServices: FakeArtifacts[] = [];

afterEach(() => {
  for (const s of servers) expect(s.violations, 'requests GitHub would reject').toEqual([]);
});
afterAll(async () => {
  for (const r of runs) r.dispose();
  for (const s of servers) await s.close();
  for (const a of artifactServices) await a.close();
  rmSync(workspace, { recursive: true, force: true });
});

async function server(options?: Parameters<typeof startFakeGitHub>[0]) {
  const s = await startFakeGitHub(options);
  servers.push(s);
  return s;
}

async function run(api: FakeGitHub, inputs: RunActionOptions['inputs'], more: Partial<RunActionOptions> = {}) {
  const r = await runAction({ ...ROOT_ACTION, node: 'node24', api, cwd: workspace, inputs, timeoutMs: 120_000, ...more });
  runs.push(r);
  expect(r.runnerWarnings).toEqual([]);
  return r;
}

/** The suite's own sections that are open (a gate's report may have open sections of its own). */
const openSections = (body: string) => [...body.matchAll(/<details open><summary>\S+ [a-z]+ · <b>([^<]+)<\/b>/g)].map((m) => m[1]);

const checkRuns = (api: FakeGitHub) => api.checkRuns.map((c) => [c.name, c.conclusion]);

describe('the root action', () => {
  it('runs four gates in one step: one comment created then updated, four check runs, the verdicts output', async () => {
    const api = await server();
    const pass = await run(api, PASSING);
    expect(pass.exitCode, pass.stdout + pass.stderr).toBe(0);
    expect(pass.outputs.verdict).toBe('pass');
    expect(JSON.parse(pass.outputs.verdicts)).toEqual(Object.fromEntries(FOUR.map((g) => [g, 'pass'])));
    expect(pass.outputs.summary).toBe(`pass: ${FOUR.join(', ')} passed`);
    // One JSON report (each checked against the schema by the harness) and one visual HTML report per
    // gate in the folder, and the comment's text for the fork-safe comment workflow.
    expect(readdirSync(pass.outputs['report-path']).sort()).toEqual([...FOUR.flatMap((g) => [`${g}.json`, `${g}.html`]), 'comment.md'].sort());
    expect(checkRuns(api)).toEqual(FOUR.map((g) => [suiteCheckName(g), 'success']));

    let comments = api.issueComments('acme', 'models', 12);
    expect(comments).toHaveLength(1);
    const first = { ...comments[0] };
    expect(first.body.startsWith(suiteCommentMarker())).toBe(true);
    // No per-gate comment: the suite writes the one combined comment.
    for (const g of FOUR) expect(first.body).not.toContain(commentMarker(g));
    expect(first.body).toContain('| gate | verdict | reason |');
    for (const g of FOUR) expect(first.body).toContain(`(#modelgate-${g})`);
    // Passing sections are collapsed.
    expect(openSections(first.body)).toEqual([]);
    expect(pass.summary).toContain('## ✅ modelgate: **PASS**');

    // The same pull request, now with drifted data: the comment is updated in place.
    const fail = await run(api, { ...PASSING, 'drift-check': 'current: examples/drift-check/current-drifted.csv' });
    expect(fail.exitCode).toBe(1);
    expect(fail.outputs.verdict).toBe('fail');
    expect(JSON.parse(fail.outputs.verdicts)).toMatchObject({ 'drift-check': 'fail', 'validate-schema': 'pass' });
    expect(fail.errors.map((e) => e.message)).toContain(`modelgate: ${fail.outputs.summary}`);
    comments = api.issueComments('acme', 'models', 12);
    expect(comments).toHaveLength(1);
    expect(comments[0].id).toBe(first.id);
    expect(comments[0].body).not.toBe(first.body);
    // The failed gate's section is open, the others stay collapsed.
    expect(openSections(comments[0].body)).toEqual(['Drift check']);
    expect(checkRuns(api).slice(4)).toEqual(FOUR.map((g) => [suiteCheckName(g), g === 'drift-check' ? 'failure' : 'success']));
  });

  it('ends the check run of a gate that cannot run with failure and the error, and runs the others', async () => {
    const api = await server();
    const r = await run(api, { ...PASSING, 'validate-schema': 'data: examples/validate-schema/no-such-file.csv' });
    expect(r.exitCode).toBe(1);
    expect(JSON.parse(r.outputs.verdicts)).toEqual({ 'validate-schema': 'error', 'drift-check': 'pass', 'performance-gate': 'pass', 'fairness-gate': 'pass' });
    const failed = api.checkRuns.find((c) => c.name === suiteCheckName('validate-schema'))!;
    expect(failed.conclusion).toBe('failure');
    expect(failed.output.title).toMatch(/^error: examples\/validate-schema\/no-such-file\.csv: /);
    expect(failed.output.summary).toContain('could not run');
    expect(api.checkRuns.filter((c) => c.conclusion === 'success')).toHaveLength(3);
    // No stale report stands in for the gate that did not run.
    expect(existsSync(join(r.outputs['report-path'], 'validate-schema.json'))).toBe(false);
  });

  it('with a fork\'s read-only token: the same verdict, a warning for the comment and one for the check runs', async () => {
    const api = await server({ readOnly: true });
    const r = await run(api, PASSING, { pullRequest: { fork: true } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(api.comments).toEqual([]);
    expect(api.checkRuns).toEqual([]);
    // One attempt at a check run, not one per gate.
    expect(api.requestsTo('POST', '/repos/{owner}/{repo}/check-runs')).toHaveLength(1);
    expect(r.warnings.filter((w) => /check run/.test(w.message))).toHaveLength(1);
  });

  it('runs the gates the policy file has sections for when `gates` is not given, keeps comment-id apart, and names its check runs with it', async () => {
    const api = await server();
    const r = await run(api, { policy: 'examples/modelgate.yml', 'comment-id': 'nightly', 'check-runs': 'false' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(Object.keys(JSON.parse(r.outputs.verdicts))).toEqual([...FOUR, 'canary-decision']);
    expect(api.checkRuns).toEqual([]);
    const [comment] = api.issueComments('acme', 'models', 12);
    expect(comment.body.startsWith(suiteCommentMarker('nightly'))).toBe(true);
    expect(suiteCheckName('drift-check', 'nightly')).toBe('modelgate / drift-check (nightly)');
  });
  it("uploads each gate's JSON and HTML reports as artifacts and links them from its part of the comment", async () => {
    const api = await server();
    const artifacts = await startFakeArtifacts();
    artifactServices.push(artifacts);
    artifacts.attach(api);
    const r = await run(api, PASSING, { event: 'pull_request', artifacts });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(artifacts.violations, 'requests the artifact service would reject').toEqual([]);
    const uploaded = artifacts.artifactsOf().map((a) => a.name).sort();
    expect(uploaded).toEqual(FOUR.flatMap((g) => [`modelgate-${g}.html`, `modelgate-${g}.json`]).sort());
    const body = api.issueComments('acme', 'models', 12)[0]?.body ?? '';
    for (const a of artifacts.artifactsOf()) expect(body).toContain(`/artifacts/${a.id})`);
    expect(body.match(/📊 \[Visual report \(HTML\)\]/g)).toHaveLength(FOUR.length);
  });
});
