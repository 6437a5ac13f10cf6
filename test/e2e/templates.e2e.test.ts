/**
 * The modelgate steps of the workflow templates, run as the runner runs
 * them (the committed dist/, against the fake GitHub API) with the
 * template's own `with:` values, `${{ }}` expressions evaluated, in a
 * workspace where the files the template names hold the bundled example
 * data (`USER_FILES`). What is proved: each step starts, reads what the
 * template tells it to, and ends with a verdict and a schema-valid report
 * (the harness checks every report) — no input error, no runner warning.
 *
 * canary-loop.yml's step reads Prometheus: here a stand-in that answers
 * `query_range` with a healthy canary's series (the canary-decision tests
 * cover a real Prometheus).
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { normals } from '../gates/canary-decision/helpers.js';
import { evaluateTemplate, REPO_ROOT, ROOT_ACTION, runAction, type ActionRun } from '../harness/run-action.js';

type Step = { id?: string; uses?: string; with?: Record<string, string | number | boolean> };
type Job = { strategy?: { matrix?: Record<string, unknown[]> }; steps: Step[] };

const read = (f: string) => readFileSync(join(REPO_ROOT, f), 'utf8');
const runs: ActionRun[] = [];
const servers: FakeGitHub[] = [];
const workspaces: string[] = [];

afterAll(async () => {
  for (const r of runs) r.dispose();
  for (const s of servers) await s.close();
  for (const w of workspaces) rmSync(w, { recursive: true, force: true });
});

/** A CSV of the examples as Parquet (numbers as doubles, the rest as text). */
function csvAsParquet(csv: string, rows?: [number, number]): Buffer {
  const lines = csv.trim().split('\n');
  const header = lines[0].split(',');
  const body = lines.slice(1).map((l) => l.split(','));
  const picked = rows ? body.slice(rows[0], rows[1]) : body;
  const columnData = header.map((name, i) => {
    const values = picked.map((r) => r[i]);
    const numeric = values.every((v) => v !== '' && Number.isFinite(Number(v)));
    return { name, data: numeric ? values.map(Number) : values, type: numeric ? ('DOUBLE' as const) : ('STRING' as const) };
  });
  return Buffer.from(parquetWriteBuffer({ columnData }));
}

/** A workspace as a user's repository would be: examples/ plus the files the templates name, made from the examples; a git repository with an `origin`. */
function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'modelgate-templates-'));
  workspaces.push(ws);
  cpSync(join(REPO_ROOT, 'examples'), join(ws, 'examples'), { recursive: true });
  const put = (path: string, content: string | Buffer) => {
    mkdirSync(dirname(join(ws, path)), { recursive: true });
    writeFileSync(join(ws, path), content);
  };
  // pr-gates.yml, register-model.yml: `policy: modelgate.yml`, the bundled examples' policy.
  put('modelgate.yml', read('examples/modelgate.yml'));
  // register-model.yml: `path: models/churn/`.
  cpSync(join(REPO_ROOT, 'examples/register-model/model'), join(ws, 'models/churn'), { recursive: true });
  // scheduled-drift.yml.
  const reference = read('examples/drift-check/reference.csv');
  put('data/train.csv', reference);
  put('data/serving-last-day.csv', read('examples/drift-check/current-stable.csv'));
  // sharded-drift.yml: four Parquet shards of the reference, and the current data.
  const rows = reference.trim().split('\n').length - 1;
  const cut = (k: number) => Math.round((rows * k) / 4);
  for (const shard of [1, 2, 3, 4]) put(`data/train/part-${shard}.parquet`, csvAsParquet(reference, [cut(shard - 1), cut(shard)]));
  put('data/serving-last-week.parquet', csvAsParquet(read('examples/drift-check/current-stable.csv')));
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: ws, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  };
  git('init', '-q');
  git('init', '-q', '--bare', join(ws, '.origin.git'));
  git('remote', 'add', 'origin', join(ws, '.origin.git'));
  git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'add', '-A', '--', '.', ':!.origin.git');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', '-m', 'repository');
  return ws;
}

/** The modelgate steps of a template's job, with the action each runs. */
function modelgateSteps(template: string, job: string): { step: Step; action: { gate: string; actionDir?: string } }[] {
  const wf = parseYaml(read(`action-templates/${template}`)) as { jobs: Record<string, Job> };
  return wf.jobs[job].steps
    .filter((s) => s.uses?.startsWith('modelgate/modelgate'))
    .map((step) => {
      const gate = /^modelgate\/modelgate\/actions\/([a-z-]+)@/.exec(step.uses!)?.[1];
      return { step, action: gate ? { gate } : ROOT_ACTION };
    });
}

async function runStep(ws: string, step: Step, action: { gate: string; actionDir?: string }, contexts: Record<string, unknown>, event: 'pull_request' | 'push' | 'schedule') {
  const api = await startFakeGitHub();
  servers.push(api);
  const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, typeof v === 'string' ? evaluateTemplate(v, contexts) : v]));
  const r = await runAction({ ...action, node: 'node24', api, cwd: ws, inputs, event, timeoutMs: 120_000 });
  runs.push(r);
  expect(r.runnerWarnings).toEqual([]);
  expect(r.errors.map((e) => e.message).join('\n')).not.toMatch(/input|could not run|not found|no such file/i);
  expect(api.violations, 'requests GitHub would reject').toEqual([]);
  return { r, api };
}

describe('workflow templates through the harness', () => {
  it('pr-gates.yml: four gates in one step, one comment, four check runs', async () => {
    const ws = workspace();
    const [{ step, action }] = modelgateSteps('pr-gates.yml', 'gates');
    const { r, api } = await runStep(ws, step, action, {}, 'pull_request');
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(r.outputs.verdicts)).toEqual({ 'validate-schema': 'pass', 'drift-check': 'pass', 'performance-gate': 'pass', 'fairness-gate': 'pass' });
    expect(api.checkRuns.map((c) => c.name).sort()).toEqual(['modelgate / drift-check', 'modelgate / fairness-gate', 'modelgate / performance-gate', 'modelgate / validate-schema']);
    expect(api.comments).toHaveLength(1);
    // The artifact the fork-safe comment workflow posts: the comment's text beside the reports.
    expect(readFileSync(join(r.outputs['report-path'], 'comment.md'), 'utf8')).toMatch(/^<!-- modelgate-suite -->\n/);
  });

  it('scheduled-drift.yml: the drift check on the training and serving data', async () => {
    const ws = workspace();
    const [{ step, action }] = modelgateSteps('scheduled-drift.yml', 'drift');
    const { r } = await runStep(ws, step, action, {}, 'schedule');
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(['pass', 'warn', 'fail']).toContain(r.outputs.verdict);
    expect(r.outputs['drift-detected']).toMatch(/^(true|false)$/);
  });

  it('sharded-drift.yml: four matrix jobs write shard profiles, the compare job merges them and judges', async () => {
    const ws = workspace();
    const [profile] = modelgateSteps('sharded-drift.yml', 'profile');
    for (const shard of [1, 2, 3, 4]) {
      const { r } = await runStep(ws, profile.step, profile.action, { matrix: { shard } }, 'schedule');
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
      expect(readFileSync(join(ws, `profiles/part-${shard}.mgprof`), 'utf8').startsWith('MGDP1')).toBe(true);
    }
    const [compare] = modelgateSteps('sharded-drift.yml', 'compare');
    const { r } = await runStep(ws, compare.step, compare.action, {}, 'schedule');
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(['pass', 'warn']).toContain(r.outputs.verdict);
    // The merged reference holds every row of the four shards.
    const report = JSON.parse(readFileSync(r.outputs['report-path'], 'utf8')) as { rows: { reference: number } };
    expect(report.rows.reference).toBe(read('examples/drift-check/reference.csv').trim().split('\n').length - 1);
  });

  it('register-model.yml registers the model after its gates; promote-model.yml promotes it; deploy-model.yml verifies it', async () => {
    const ws = workspace();
    const [{ step, action }] = modelgateSteps('register-model.yml', 'register');
    const { r } = await runStep(ws, step, action, {}, 'push');
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(r.outputs.verdicts)).toEqual({ 'performance-gate': 'pass', 'fairness-gate': 'pass', 'register-model': 'pass' });
    const tags = spawnSync('git', ['tag', '--list'], { cwd: join(ws, '.origin.git'), encoding: 'utf8' }).stdout;
    expect(tags).toMatch(/^churn@v0\.0\.1$/m);

    // promote-model.yml, dispatched by hand: the version to a stage.
    const [promote] = modelgateSteps('promote-model.yml', 'promote');
    const inputs = { name: 'churn', version: 'v0.0.1', stage: 'dev', reason: 'first release' };
    const promoted = await runStep(ws, promote.step, promote.action, { inputs }, 'push');
    expect(promoted.r.exitCode, promoted.r.stdout + promoted.r.stderr).toBe(0);
    expect([promoted.r.outputs.version, promoted.r.outputs.stage]).toEqual(['v0.0.1', 'dev']);

    // deploy-model.yml, called for that stage: the files checked against the version the stage holds.
    const [verify] = modelgateSteps('deploy-model.yml', 'deploy');
    const verified = await runStep(ws, verify.step, verify.action, { inputs: { name: 'churn', stage: 'dev' }, steps: { target: { outputs: { name: 'churn', stage: 'dev' } } } }, 'push');
    expect(verified.r.exitCode, verified.r.stdout + verified.r.stderr).toBe(0);
    expect(verified.r.outputs.version).toBe('v0.0.1');
  });

  it('canary-loop.yml: looks twice at a healthy canary, carrying the sequential state, and raises its weight', async () => {
    const ws = workspace();
    // The metric settings the template reads, for the metrics its queries name.
    mkdirSync(join(ws, '.modelgate'));
    writeFileSync(
      join(ws, '.modelgate/canary.yml'),
      'latency_ms: { direction: increase, group: latency, max-increase: 20, min-samples: 20 }\nerror: { direction: increase, group: errors, critical: true, max-increase: 0.01, min-samples: 20 }\n',
      { flag: 'w' },
    );
    const prometheus = await fakePrometheus();
    try {
      const [{ step: templateStep, action }] = modelgateSteps('canary-loop.yml', 'judge');
      // The template's own values, but the stand-in's address for its Prometheus.
      const step = { ...templateStep, with: { ...templateStep.with, 'prometheus-url': prometheus.url } };
      const contexts = { inputs: { 'current-weight': '' } };
      const first = await runStep(ws, step, action, contexts, 'schedule');
      expect(first.r.exitCode, first.r.stdout + first.r.stderr).toBe(0);
      expect([first.r.outputs.decision, first.r.outputs['next-weight']]).toEqual(['promote', '10']);
      const second = await runStep(ws, step, action, contexts, 'schedule');
      expect([second.r.outputs.decision, second.r.outputs['next-weight']]).toEqual(['promote', '20']);
      const state = JSON.parse(readFileSync(join(ws, '.canary/state.json'), 'utf8')) as { looks: number; weight: number };
      expect([state.looks, state.weight]).toEqual([2, 20]);
      // Both variants were asked for both metrics, with the template's selectors.
      expect(prometheus.queries.filter((q) => q.includes('track="canary"'))).toHaveLength(4);
      expect(prometheus.queries.filter((q) => q.includes('track="stable"'))).toHaveLength(4);
    } finally {
      await new Promise((done) => prometheus.server.close(done));
    }
  });
});

/** A stand-in for Prometheus's `query_range`: 30 one-minute points per query, the canary as healthy as the baseline. */
async function fakePrometheus(): Promise<{ url: string; server: Server; queries: string[] }> {
  const queries: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const params = new URLSearchParams(body);
      const query = params.get('query') ?? '';
      queries.push(query);
      const end = Number(params.get('end'));
      const canary = query.includes('track="canary"');
      const latency = query.includes('duration');
      const values = latency ? normals(30, 120, 5, canary ? 2 : 1) : normals(30, 0.01, 0.001, canary ? 4 : 3).map((v) => Math.max(0, v));
      const payload = { status: 'success', data: { resultType: 'matrix', result: [{ metric: {}, values: values.map((v, i) => [end - (29 - i) * 60, String(v)]) }] } };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}`, server, queries };
}
