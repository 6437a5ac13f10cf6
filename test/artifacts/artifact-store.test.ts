/**
 * The artifact store against the fake artifact service and the fake GitHub
 * API (with @actions/artifact doing the talking): this run, another run by
 * `latest-success`, and the four errors (no such artifact, expired, no
 * successful run, no `actions: read`), each one line naming the artifact and
 * the run. Its own file: @actions/github reads GITHUB_API_URL once, when it
 * is first loaded, so nothing may load it before the fake's URL is set.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ArtifactStore } from '../../src/artifacts/artifact-store.js';
import { parseArtifactReference, type RunSelector } from '../../src/artifacts/reference.js';
import { UserError } from '../../src/core/errors.js';
import type { CapturedLog } from '../harness/client.js';
import { startFakeArtifacts, type FakeArtifacts } from '../harness/fake-artifacts.js';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';

describe('the artifact store against the fake services', () => {
  let fake: FakeArtifacts;
  let github: FakeGitHub;
  let denied: FakeGitHub;
  let dir: string;
  const saved = { ...process.env };
  let log: CapturedLog;

  beforeAll(async () => {
    fake = await startFakeArtifacts();
    github = await startFakeGitHub();
    denied = await startFakeGitHub();
    fake.attach(github);
    fake.attach(denied, { actionsRead: false });
    dir = mkdtempSync(join(tmpdir(), 'modelgate-artifact-store-'));
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ repository: { full_name: 'acme/models', default_branch: 'main' } }));
    // @actions/artifact reads the process's environment.
    Object.assign(process.env, fake.env(), { GITHUB_SERVER_URL: 'https://github.com', GITHUB_WORKSPACE: dir, GITHUB_API_URL: github.url });
    // @actions/github reads GITHUB_API_URL when it is first loaded: load it after setting it.
    ({ testClient, captureLog } = await import('../harness/client.js'));
    log = captureLog();
    env = {
      ...fake.env(),
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: String(fake.thisRun.id),
      GITHUB_WORKFLOW_REF: 'acme/models/.github/workflows/ml.yml@refs/pull/12/merge',
      GITHUB_EVENT_PATH: event,
    };
    fake.seed({ runId: fake.thisRun.id, name: 'challenger', files: { 'preds.csv': Buffer.from('id,score\n1,0.9\n') } });
    fake.seed({ runId: fake.thisRun.id, name: 'profile.mgprof', file: Buffer.from('profile') });
    // Runs of the workflow on main: an older success, a newer failure, and a fork's PR run on a branch called main.
    const older = fake.addRun({ id: 501, createdAt: '2026-01-02T00:00:00Z' });
    fake.addRun({ id: 502, conclusion: 'failure', createdAt: '2026-01-03T00:00:00Z' });
    const forkRun = fake.addRun({ id: 503, event: 'pull_request', headRepository: 'mallory/models', createdAt: '2026-01-04T00:00:00Z' });
    fake.seed({ runId: older.id, name: 'champion', files: { 'eval/preds.csv': Buffer.from('id,score\n1,0.8\n') } });
    fake.seed({ runId: forkRun.id, name: 'champion', files: { 'eval/preds.csv': Buffer.from('poisoned') } });
    fake.seed({ runId: older.id, name: 'old-profile', file: Buffer.from('x'), expired: true });
  });
  let env: Record<string, string>;
  let testClient: typeof import('../harness/client.js').testClient;
  let captureLog: typeof import('../harness/client.js').captureLog;
  afterEach(() => {
    expect(fake.violations).toEqual([]);
    expect(github.violations).toEqual([]);
  });
  afterAll(async () => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
    await fake.close();
    await github.close();
    await denied.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function store(selector: RunSelector, server: FakeGitHub = github): ArtifactStore {
    return new ArtifactStore({
      env,
      repository: 'acme/models',
      runId: String(fake.thisRun.id),
      selector,
      tempDir: dir,
      github: async () => testClient(server),
      token: 'ghs_faketoken',
      log,
    });
  }
  const open = (s: ArtifactStore, text: string, input = 'predictions') => s.open(parseArtifactReference(text, input), input);
  const failure = async (p: Promise<unknown>): Promise<string> => {
    const err = await p.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    return (err as UserError).format();
  };

  it('opens the one file of an artifact of this run, or a path inside it', async () => {
    const s = store({ kind: 'this' });
    expect(readFileSync(await open(s, 'artifact:challenger'), 'utf8')).toBe('id,score\n1,0.9\n');
    expect(readFileSync(await open(s, 'artifact:challenger/preds.csv'), 'utf8')).toBe('id,score\n1,0.9\n');
    const unzipped = await open(s, 'artifact:profile.mgprof');
    expect(basename(unzipped)).toBe('profile.mgprof');
  });

  it('opens an artifact of the latest successful run of this workflow on the default branch (not a fork PR run)', async () => {
    const s = store({ kind: 'latest-success' });
    expect(readFileSync(await open(s, 'artifact:champion/eval/preds.csv', 'baseline-predictions'), 'utf8')).toBe('id,score\n1,0.8\n');
    const runs = github.requestsTo('GET', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs');
    expect(runs.at(-1)?.query).toMatchObject({ branch: 'main', status: 'success' });
    expect(runs.at(-1)?.path).toContain('/workflows/ml.yml/runs');
  });

  it('error: no such artifact (this run and another run)', async () => {
    expect(await failure(open(store({ kind: 'this' }), 'artifact:nope'))).toBe(
      'artifact:nope (input predictions): this run (7171717171) has no artifact named "nope" (it has "challenger", "profile.mgprof")',
    );
    expect(await failure(open(store({ kind: 'latest-success', branch: 'main' }), 'artifact:nope', 'baseline-predictions'))).toBe(
      'artifact:nope (input baseline-predictions): run 501 (latest success of ml.yml on main) has no artifact named "nope"',
    );
    expect(await failure(open(store({ kind: 'this' }), 'artifact:challenger/missing.csv'))).toBe(
      'artifact:challenger/missing.csv (input predictions): artifact "challenger" of this run has no "missing.csv" (it holds "preds.csv")',
    );
  });

  it('error: an expired artifact', async () => {
    expect(await failure(open(store({ kind: 'id', runId: 501 }), 'artifact:old-profile', 'reference'))).toBe(
      'artifact:old-profile (input reference): artifact "old-profile" of run 501 expired on 2026-01-02; artifacts are kept for the repository\'s retention days',
    );
  });

  it('error: no successful run on the branch', async () => {
    expect(await failure(open(store({ kind: 'latest-success', branch: 'release' }), 'artifact:champion', 'baseline-predictions'))).toBe(
      'artifact:champion (input baseline-predictions): no successful run of workflow ml.yml on branch release in acme/models',
    );
  });

  it('error: a token without actions: read', async () => {
    const message = await failure(open(store({ kind: 'latest-success' }, denied), 'artifact:champion', 'baseline-predictions'));
    expect(message).toBe(
      'artifact:champion (input baseline-predictions): the token cannot read the Actions runs of acme/models (HTTP 403: Resource not accessible by integration); give the job `permissions: actions: read`',
    );
    expect(denied.violations).toEqual([]);
  });

  it('error: this run’s artifacts outside Actions', async () => {
    const s = new ArtifactStore({ env: {}, selector: { kind: 'this' }, tempDir: dir, log });
    expect(await failure(open(s, 'artifact:challenger'))).toBe(
      'artifact:challenger (input predictions): artifacts of this run cannot be read here: not in a GitHub Actions job (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set)',
    );
  });
});
