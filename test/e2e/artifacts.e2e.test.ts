/**
 * Artifacts end to end: each gate's built action, started as the runner
 * starts it, against the fake GitHub API and the fake artifact service.
 *
 * - Every run uploads its HTML and JSON reports as unzipped artifacts of the
 *   run, and the sticky comment and job summary link to both.
 * - Every file input of every gate is given as `artifact:` — once from this
 *   run, once from the latest successful run of the workflow on main — and
 *   the verdict and summary are those of the same files given as paths.
 * - The failures are one ::error line naming the artifact and the run; where
 *   the artifact service is missing the step says so in one line and goes on.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeArtifacts, type FakeArtifacts } from '../harness/fake-artifacts.js';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { REPO_ROOT, runAction, type ActionRun, type RunActionOptions } from '../harness/run-action.js';
import { cli } from '../html/example-reports.js';
import { makeFixture, type Fixture } from '../registry/helpers/git-fixture.js';

const ex = (gate: string, file: string) => readFileSync(join(REPO_ROOT, 'examples', gate, file));
const RUN_URL = 'https://github.com/acme/models/actions/runs/7171717171';

/** Every file under a directory, as artifact contents (paths relative to it). */
function filesOf(dir: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p).split('\\').join('/')] = readFileSync(p);
    }
  };
  walk(dir);
  return out;
}

interface GateCase {
  gate: string;
  /** The inputs with local paths (relative to the workspace). */
  local: Record<string, string>;
  /** The same inputs with `artifact:` values, and what to seed for them (in whichever run is read). */
  fromArtifacts: Record<string, string>;
  seed: { name: string; file?: Buffer; files?: Record<string, Buffer> }[];
  /** Inputs common to both. */
  common?: Record<string, string>;
  cwd?: () => string;
}

describe('artifacts in and out, every gate', () => {
  let work: string;
  let fx: Fixture;
  const runs: ActionRun[] = [];
  const services: { github: FakeGitHub; artifacts: FakeArtifacts }[] = [];
  const cases: GateCase[] = [];
  let clones = 0;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'modelgate-e2e-artifacts-'));
    for (const g of ['validate-schema', 'drift-check', 'performance-gate', 'fairness-gate', 'canary-decision']) {
      cpSync(join(REPO_ROOT, 'examples', g), join(work, 'examples', g), { recursive: true });
    }
    // drift-check's reference as two shard profiles (profile-out), to read a comma-separated list of artifacts.
    const lines = readFileSync(join(work, 'examples/drift-check/reference.csv'), 'utf8').trimEnd().split('\n');
    const half = Math.ceil((lines.length - 1) / 2);
    mkdirSync(join(work, 'shards'));
    (await import('node:fs')).writeFileSync(join(work, 'shards/a.csv'), [lines[0], ...lines.slice(1, 1 + half)].join('\n') + '\n');
    (await import('node:fs')).writeFileSync(join(work, 'shards/b.csv'), [lines[0], ...lines.slice(1 + half)].join('\n') + '\n');
    for (const s of ['a', 'b']) {
      const r = await cli(['drift-check', '--reference', `shards/${s}.csv`, '--profile-out', `shards/${s}.mgprof`, '--report-path', `shards/${s}.json`], work);
      expect(r.code, r.stderr).toBe(0);
    }
    fx = makeFixture();
    cpSync(join(REPO_ROOT, 'examples', 'register-model'), fx.work, { recursive: true });
    fx.commit('the example model');

    const vs = 'examples/validate-schema';
    const dc = 'examples/drift-check';
    const pg = 'examples/performance-gate';
    const fg = 'examples/fairness-gate';
    const cd = 'examples/canary-decision';
    cases.push(
      {
        gate: 'validate-schema',
        local: { data: `${vs}/broken.csv`, schema: `${vs}/contract.yml`, baseline: `${vs}/loans.csv` },
        fromArtifacts: { data: 'artifact:loan-data/broken.csv', schema: 'artifact:contract.yml', baseline: 'artifact:loan-data/loans.csv' },
        seed: [
          { name: 'loan-data', files: { 'broken.csv': ex('validate-schema', 'broken.csv'), 'loans.csv': ex('validate-schema', 'loans.csv') } },
          { name: 'contract.yml', file: ex('validate-schema', 'contract.yml') },
        ],
      },
      {
        gate: 'drift-check',
        local: { reference: 'shards/a.mgprof, shards/b.mgprof', current: `${dc}/current-drifted.csv` },
        fromArtifacts: { reference: 'artifact:profile-a, artifact:profile-b', current: 'artifact:serving-window' },
        seed: [
          { name: 'profile-a', files: { 'a.mgprof': readFileSync(join(work, 'shards/a.mgprof')) } },
          { name: 'profile-b', files: { 'b.mgprof': readFileSync(join(work, 'shards/b.mgprof')) } },
          { name: 'serving-window', files: { 'current-drifted.csv': ex('drift-check', 'current-drifted.csv') } },
        ],
        common: { policy: `${dc}/modelgate.yml` },
      },
      {
        gate: 'performance-gate',
        local: {
          predictions: `${pg}/challenger-worse.csv`,
          'baseline-predictions': `${pg}/baseline.csv`,
          'baseline-metrics': `${pg}/baseline-metrics.json`,
          latency: `${pg}/latency.csv`,
          'model-path': `${vs}`,
        },
        fromArtifacts: {
          predictions: 'artifact:challenger-predictions/challenger-worse.csv',
          'baseline-predictions': 'artifact:champion-predictions/preds.csv',
          'baseline-metrics': 'artifact:champion-metrics',
          latency: 'artifact:latency.csv',
          'model-path': 'artifact:model',
        },
        seed: [
          { name: 'challenger-predictions', files: { 'challenger-worse.csv': ex('performance-gate', 'challenger-worse.csv') } },
          { name: 'champion-predictions', files: { 'preds.csv': ex('performance-gate', 'baseline.csv') } },
          { name: 'champion-metrics', files: { 'metrics.json': ex('performance-gate', 'baseline-metrics.json') } },
          { name: 'latency.csv', file: ex('performance-gate', 'latency.csv') },
          { name: 'model', files: filesOf(join(REPO_ROOT, 'examples/validate-schema')) },
        ],
        common: { policy: `${pg}/policy.yml`, 'max-model-size': '50MB' },
      },
      {
        gate: 'fairness-gate',
        local: { predictions: `${fg}/biased.csv`, 'baseline-predictions': `${fg}/fair.csv` },
        fromArtifacts: { predictions: 'artifact:candidate/biased.csv', 'baseline-predictions': 'artifact:champion/fair.csv' },
        seed: [
          { name: 'candidate', files: { 'biased.csv': ex('fairness-gate', 'biased.csv') } },
          { name: 'champion', files: { 'fair.csv': ex('fairness-gate', 'fair.csv') } },
        ],
        common: { policy: `${fg}/modelgate.yml` },
      },
      {
        gate: 'canary-decision',
        local: { 'canary-samples': 'split/canary.csv', 'baseline-samples': 'split/baseline.csv', config: `${cd}/canary.yml`, state: 'split/state.json' },
        fromArtifacts: {
          'canary-samples': 'artifact:windows/canary.csv',
          'baseline-samples': 'artifact:windows/baseline.csv',
          config: 'artifact:canary.yml',
          state: 'artifact:canary-state',
        },
        seed: [],
        common: { sequential: 'true', 'variant-column': 'variant' },
      },
      {
        gate: 'register-model',
        local: { path: 'model', reports: 'reports/performance-gate.json, reports/fairness-gate.json', data: 'modelgate.yml' },
        fromArtifacts: { path: 'artifact:model', reports: 'artifact:gate-reports/performance-gate.json, artifact:gate-reports/fairness-gate.json', data: 'artifact:training-data' },
        seed: [
          { name: 'model', files: filesOf(join(fx.work, 'model')) },
          { name: 'gate-reports', files: filesOf(join(fx.work, 'reports')) },
          { name: 'training-data', files: { 'modelgate.yml': readFileSync(join(fx.work, 'modelgate.yml')) } },
        ],
        common: { name: 'churn', push: 'false', policy: 'modelgate.yml' },
        // A fresh clone each run: `push: false` tags locally, and a second registration would find the first.
        cwd: () => fx.clone(`clone-${++clones}`),
      },
    );
    // canary-decision: the degraded example split per variant, and a state file of an earlier look.
    const degraded = readFileSync(join(work, `${cd}/degraded.csv`), 'utf8').trimEnd().split('\n');
    const variantAt = degraded[0].split(',').indexOf('variant');
    const byVariant = (v: string) => [degraded[0], ...degraded.slice(1).filter((l) => l.split(',')[variantAt] === v)].join('\n') + '\n';
    mkdirSync(join(work, 'split'));
    const fs = await import('node:fs');
    fs.writeFileSync(join(work, 'split/canary.csv'), byVariant('canary'));
    fs.writeFileSync(join(work, 'split/baseline.csv'), byVariant('baseline'));
    const stateText = JSON.stringify({ version: 1, looks: 1, weight: 10, history: [{ look: 1, weight: 10, score: 100, decision: 'promote' }], metrics: {} });
    const canary = cases.find((c) => c.gate === 'canary-decision')!;
    canary.seed.push(
      { name: 'windows', files: { 'canary.csv': Buffer.from(byVariant('canary')), 'baseline.csv': Buffer.from(byVariant('baseline')) } },
      { name: 'canary.yml', file: ex('canary-decision', 'canary.yml') },
      { name: 'canary-state', files: { 'state.json': Buffer.from(stateText) } },
    );
  }, 120_000);

  afterEach(() => {
    for (const s of services) {
      expect(s.github.violations, 'requests GitHub would reject').toEqual([]);
      expect(s.artifacts.violations, 'requests the artifact service would reject').toEqual([]);
    }
  });
  afterAll(async () => {
    for (const r of runs) r.dispose();
    for (const s of services) {
      await s.github.close();
      await s.artifacts.close();
    }
    fx?.cleanup();
    rmSync(work, { recursive: true, force: true });
  });

  async function start(opts: { actionsRead?: boolean } = {}) {
    const github = await startFakeGitHub();
    const artifacts = await startFakeArtifacts();
    artifacts.attach(github, opts);
    services.push({ github, artifacts });
    return { github, artifacts };
  }

  async function run(c: GateCase, api: FakeGitHub, artifacts: FakeArtifacts | undefined, inputs: RunActionOptions['inputs'], extra: Partial<RunActionOptions> = {}) {
    const r = await runAction({ gate: c.gate, node: 'node24', api, cwd: c.cwd?.() ?? work, inputs: { ...c.common, ...inputs }, event: 'pull_request', artifacts, ...extra });
    runs.push(r);
    return r;
  }

  /** The local-path run's verdict and summary, the reference for the artifact runs. */
  async function expected(c: GateCase): Promise<{ verdict: string; summary: string }> {
    // A sequential canary's first look, like the artifact runs' (whose state has no p-values yet).
    rmSync(join(work, 'split/state.json'), { force: true });
    const { github } = await start();
    const r = await run(c, github, undefined, { ...c.local, comment: 'never' });
    expect(r.outputs.verdict, r.stdout + r.stderr).toBeTruthy();
    // Without the artifact service: one line, and the step goes on.
    expect(r.stdout).toContain('report artifacts: not uploaded, not in a GitHub Actions job (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set)');
    return { verdict: r.outputs.verdict, summary: r.outputs.summary };
  }

  for (const gate of ['validate-schema', 'drift-check', 'performance-gate', 'fairness-gate', 'canary-decision', 'register-model']) {
    it(`${gate}: file inputs from this run's artifacts; the reports uploaded unzipped and linked from the comment`, async () => {
      const c = cases.find((x) => x.gate === gate)!;
      const want = await expected(c);
      const { github, artifacts } = await start();
      for (const s of c.seed) artifacts.seed({ runId: artifacts.thisRun.id, ...s });
      const r = await run(c, github, artifacts, c.fromArtifacts);
      expect(r.stderr).toBe('');
      expect({ verdict: r.outputs.verdict, summary: r.outputs.summary }).toEqual(want);

      const uploaded = artifacts.artifactsOf().filter((a) => a.name.startsWith('modelgate-'));
      const html = uploaded.find((a) => a.name === `modelgate-${gate}.html`)!;
      const json = uploaded.find((a) => a.name === `modelgate-${gate}.json`)!;
      expect(html, 'HTML report uploaded').toBeDefined();
      expect(json, 'JSON report uploaded').toBeDefined();
      // Unzipped: the files themselves, typed for a browser.
      expect(html.contentType).toBe('text/html');
      expect(html.content.subarray(0, 15).toString()).toBe('<!doctype html>');
      expect(json.contentType).toBe('application/json');
      expect(JSON.parse(json.content.toString()).gate).toBe(gate);
      expect(JSON.parse(json.content.toString()).inputs).toMatchObject(Object.fromEntries(Object.entries(c.fromArtifacts).filter(([k]) => !['reports', 'data'].includes(k) || gate !== 'register-model')));
      expect(readFileSync(r.outputs['report-path'], 'utf8')).toBe(json.content.toString());

      const links = [`${RUN_URL}/artifacts/${html.id}`, `${RUN_URL}/artifacts/${json.id}`];
      const comment = github.issueComments('acme', 'models', 12)[0]?.body ?? '';
      for (const link of links) {
        expect(comment).toContain(link);
        expect(r.summary).toContain(link);
      }
      expect(comment).toContain(`📊 [Visual report (HTML)](${links[0]}) · [JSON report](${links[1]})`);
    });

    it(`${gate}: file inputs from the latest successful run on main`, async () => {
      const c = cases.find((x) => x.gate === gate)!;
      const want = await expected(c);
      const { github, artifacts } = await start();
      const older = artifacts.addRun({ id: 801, createdAt: '2026-01-02T00:00:00Z' });
      const latest = artifacts.addRun({ id: 802, createdAt: '2026-01-05T00:00:00Z' });
      artifacts.addRun({ id: 803, conclusion: 'failure', createdAt: '2026-01-06T00:00:00Z' });
      for (const s of c.seed) artifacts.seed({ runId: latest.id, ...s });
      artifacts.seed({ runId: older.id, name: c.seed[0]?.name ?? 'x', file: Buffer.from('stale') });
      const r = await run(c, github, artifacts, { ...c.fromArtifacts, 'artifact-run': 'latest-success@main' });
      expect(r.stderr).toBe('');
      expect({ verdict: r.outputs.verdict, summary: r.outputs.summary }).toEqual(want);
      expect(github.requestsTo('GET', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}').length).toBe(new Set(c.seed.map((s) => s.name)).size);
    });
  }

  it("canary-decision: `samples` (both variants in one file) from this run's artifacts", async () => {
    const c: GateCase = {
      gate: 'canary-decision',
      local: { samples: 'examples/canary-decision/degraded.csv', config: 'examples/canary-decision/canary.yml' },
      fromArtifacts: { samples: 'artifact:window/degraded.csv', config: 'artifact:canary.yml' },
      seed: [
        { name: 'window', files: { 'degraded.csv': ex('canary-decision', 'degraded.csv') } },
        { name: 'canary.yml', file: ex('canary-decision', 'canary.yml') },
      ],
    };
    const want = await expected(c);
    const { github, artifacts } = await start();
    for (const s of c.seed) artifacts.seed({ runId: artifacts.thisRun.id, ...s });
    const r = await run(c, github, artifacts, c.fromArtifacts);
    expect({ verdict: r.outputs.verdict, summary: r.outputs.summary }).toEqual(want);
  });

  it('the failures are one ::error line naming the artifact and the run', async () => {
    const c = cases.find((x) => x.gate === 'performance-gate')!;
    const cases4: [string, Record<string, string>, { actionsRead?: boolean }, RegExp][] = [
      ['missing', { 'artifact-run': 'latest-success@main' }, {}, /^artifact:champion-predictions\/preds\.csv \(input baseline-predictions\): run 802 \(latest success of ml\.yml on main\) has no artifact named "champion-predictions"$/],
      ['expired', { 'artifact-run': 'latest-success@main' }, {}, /artifact "champion-predictions" of run 802 \(latest success of ml\.yml on main\) expired on 2026-01-02/],
      ['no run', { 'artifact-run': 'latest-success@release' }, {}, /no successful run of workflow ml\.yml on branch release in acme\/models$/],
      ['no permission', { 'artifact-run': 'latest-success@main' }, { actionsRead: false }, /the token cannot read the Actions runs of acme\/models \(HTTP 403: Resource not accessible by integration\); give the job `permissions: actions: read`$/],
    ];
    for (const [what, extra, opts, message] of cases4) {
      const { github, artifacts } = await start(opts);
      const latest = artifacts.addRun({ id: 802 });
      for (const s of c.seed) if (what !== 'missing' || s.name !== 'champion-predictions') artifacts.seed({ runId: latest.id, ...s, ...(what === 'expired' && s.name === 'champion-predictions' ? { expired: true } : {}) });
      const r = await run(c, github, artifacts, { ...c.fromArtifacts, ...extra });
      expect(r.exitCode, what).not.toBe(0);
      expect(r.errors, what).toHaveLength(1);
      expect(r.errors[0].message, what).toMatch(message);
      expect(r.errors[0].message, what).not.toContain('\n');
    }
  });
});
