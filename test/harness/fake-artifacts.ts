/**
 * A stand-in for the Actions artifact service on a loopback port, speaking
 * the protocol @actions/artifact (v2 and later) speaks on a runner:
 *
 * - the results service's Twirp JSON API at ACTIONS_RESULTS_URL
 *   (`POST /twirp/github.actions.results.api.v1.ArtifactService/<Method>`,
 *   bearer ACTIONS_RUNTIME_TOKEN, a JWT whose `scp` claim holds
 *   `Actions.Results:<run backend id>:<job backend id>`): CreateArtifact,
 *   FinalizeArtifact, ListArtifacts, GetSignedArtifactURL;
 * - Azure-blob-style signed URLs it hands out: block uploads
 *   (`PUT ?comp=block&blockid=`, `PUT ?comp=blocklist` with the XML list, as
 *   @azure/storage-blob's `uploadStream` sends them) and downloads (`GET`,
 *   with the blob's content type and a Content-Disposition naming the file);
 * - the public REST API of other runs, routed into the fake GitHub
 *   (`attach`): a workflow's runs, a run's artifacts, and the artifact
 *   download that redirects to a signed blob URL (410 once expired).
 *
 * Every request is checked: an unknown method, a wrong token or backend id,
 * an unsigned or unknown blob URL, a finalize without upload is a recorded
 * violation (and an error answer). Tests end with `expect(fake.violations).toEqual([])`.
 * Protocol references: @actions/artifact's lib/internal (upload-artifact.js,
 * blob-upload.js, download-artifact.js, find/*.js, shared/artifact-twirp-client.js)
 * and its generated results/api/v1/artifact.js (field names).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32 } from 'node:zlib';
import type { FakeGitHub, RouteAnswer } from './fake-github.js';

export interface FakeRun {
  id: number;
  backendId: string;
  jobBackendId: string;
  /** Workflow file, e.g. "ml.yml". */
  workflow: string;
  branch: string;
  event: string;
  conclusion: 'success' | 'failure' | null;
  /** `owner/repo` the run's code came from (a fork's for fork pull requests). */
  headRepository: string;
  createdAt: string;
}

export interface StoredArtifact {
  id: number;
  runId: number;
  name: string;
  /** The bytes stored (a zip for zipped artifacts, the file itself for unzipped ones). */
  content: Buffer;
  contentType: string;
  finalized: boolean;
  expired: boolean;
  /** The `expires_at` CreateArtifact asked for, when it asked. */
  expiresAt?: string;
  createdAt: string;
}

export interface ArtifactViolation {
  method: string;
  url: string;
  message: string;
}

export interface FakeArtifacts {
  /** Base URL to use as ACTIONS_RESULTS_URL. */
  url: string;
  /** The run the action runs in (GITHUB_RUN_ID of the harness). */
  thisRun: FakeRun;
  runs: FakeRun[];
  artifacts: StoredArtifact[];
  violations: ArtifactViolation[];
  /** Variables a runner gives a JavaScript action for artifacts. */
  env(): Record<string, string>;
  /** Another run of a workflow (defaults: the same workflow, on main, pushed, successful). */
  addRun(run: Partial<FakeRun> & { id: number }): FakeRun;
  /**
   * An artifact already in a run: `file` stores one file unzipped (named
   * after the artifact), `files` a zip of several, as actions/upload-artifact makes.
   */
  seed(a: { runId: number; name: string; file?: Buffer; files?: Record<string, Buffer>; expired?: boolean }): StoredArtifact;
  /** Finalized artifacts of a run (this run by default). */
  artifactsOf(runId?: number): StoredArtifact[];
  /** Routes the REST endpoints of runs and artifacts into the fake GitHub; `actionsRead: false` answers them 403. */
  attach(github: FakeGitHub, options?: { owner?: string; repo?: string; actionsRead?: boolean }): void;
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
const HARNESS_RUN_ID = 7171717171;
const ZIP_TYPE = 'application/zip';

function base64url(s: string): string {
  return Buffer.from(s).toString('base64url');
}

/** A JWT of the shape the runner's ACTIONS_RUNTIME_TOKEN has (the library reads `scp` and never checks the signature). */
function runtimeToken(run: FakeRun): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ scp: `Actions.ExampleScope Actions.Results:${run.backendId}:${run.jobBackendId}`, iss: 'fake-artifacts' }));
  return `${header}.${payload}.${base64url('signature')}`;
}

/** A zip archive of stored (uncompressed) entries: what unzip-stream reads back. */
export function zipStored(files: Record<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(0, 10); // time, date
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export async function startFakeArtifacts(options: { workflow?: string } = {}): Promise<FakeArtifacts> {
  const workflow = options.workflow ?? 'ml.yml';
  let nextArtifactId = 90_000;
  const blocks = new Map<string, Map<string, Buffer>>();
  const signatures = new Map<string, string>();
  const newRun = (r: Partial<FakeRun> & { id: number }): FakeRun => ({
    backendId: randomUUID(),
    jobBackendId: randomUUID(),
    workflow,
    branch: 'main',
    event: 'push',
    conclusion: 'success',
    headRepository: 'acme/models',
    createdAt: new Date(Date.UTC(2026, 0, 1)).toISOString(),
    ...r,
  });
  const thisRun = newRun({ id: HARNESS_RUN_ID, branch: 'feature', event: 'pull_request', conclusion: null, createdAt: new Date().toISOString() });
  const token = runtimeToken(thisRun);

  const state: FakeArtifacts = {
    url: '',
    thisRun,
    runs: [thisRun],
    artifacts: [],
    violations: [],
    env: () => ({ ACTIONS_RESULTS_URL: `${state.url}/`, ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RUNTIME_URL: `${state.url}/runtime/` }),
    addRun(r) {
      const run = newRun(r);
      state.runs.push(run);
      return run;
    },
    seed(a) {
      const zipped = a.files !== undefined;
      const stored: StoredArtifact = {
        id: nextArtifactId++,
        runId: a.runId,
        name: a.name,
        content: zipped ? zipStored(a.files!) : (a.file ?? Buffer.alloc(0)),
        contentType: zipped ? ZIP_TYPE : 'text/plain',
        finalized: true,
        expired: a.expired ?? false,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, state.artifacts.length)).toISOString(),
      };
      state.artifacts.push(stored);
      return stored;
    },
    artifactsOf(runId = HARNESS_RUN_ID) {
      return state.artifacts.filter((a) => a.runId === runId && a.finalized);
    },
    attach(github, opts = {}) {
      const owner = opts.owner ?? 'acme';
      const repo = opts.repo ?? 'models';
      const denied = (): RouteAnswer => ({ status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } });
      const notFound = (): RouteAnswer => ({ status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } });
      const ours = (p: Record<string, string>) => p.owner === owner && p.repo === repo;
      github.route('get /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', ({ params, query, api }) => {
        if (opts.actionsRead === false) return denied();
        if (!ours(params)) return notFound();
        let runs = state.runs.filter((r) => r.workflow === params.workflow_id || String(workflowId(r.workflow)) === params.workflow_id);
        if (query.get('branch')) runs = runs.filter((r) => r.branch === query.get('branch'));
        if (query.get('status') === 'success') runs = runs.filter((r) => r.conclusion === 'success');
        if (query.get('event')) runs = runs.filter((r) => r.event === query.get('event'));
        runs.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
        const perPage = Number(query.get('per_page') ?? 30);
        const sample = api.sample(api.doc.components.schemas['workflow-run']);
        const repoSample = sample.repository;
        return {
          status: 200,
          body: {
            total_count: runs.length,
            workflow_runs: runs.slice(0, perPage).map((r) => ({
              ...sample,
              id: r.id,
              run_number: r.id % 1000,
              head_branch: r.branch,
              event: r.event,
              status: 'completed',
              conclusion: r.conclusion,
              workflow_id: workflowId(r.workflow),
              path: `.github/workflows/${r.workflow}`,
              created_at: r.createdAt,
              updated_at: r.createdAt,
              html_url: `https://github.com/${owner}/${repo}/actions/runs/${r.id}`,
              head_repository: { ...repoSample, full_name: r.headRepository, name: r.headRepository.split('/')[1] },
              repository: { ...repoSample, full_name: `${owner}/${repo}`, name: repo },
            })),
          },
        };
      });
      github.route('get /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', ({ params, query, api }) => {
        if (opts.actionsRead === false) return denied();
        if (!ours(params)) return notFound();
        const runId = Number(params.run_id);
        const name = query.get('name');
        const list = state.artifacts.filter((a) => a.runId === runId && a.finalized && (name === null || a.name === name));
        const sample = api.sample(api.doc.components.schemas.artifact);
        return {
          status: 200,
          body: {
            total_count: list.length,
            artifacts: list.map((a) => ({
              ...sample,
              id: a.id,
              node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
              name: a.name,
              size_in_bytes: a.content.length,
              url: `${github.url}/repos/${owner}/${repo}/actions/artifacts/${a.id}`,
              archive_download_url: `${github.url}/repos/${owner}/${repo}/actions/artifacts/${a.id}/zip`,
              expired: a.expired,
              created_at: a.createdAt,
              expires_at: a.expired ? '2026-01-02T00:00:00Z' : '2099-01-01T00:00:00Z',
              updated_at: a.createdAt,
              digest: null,
              workflow_run: { id: runId, repository_id: 1001, head_repository_id: 1001, head_branch: state.runs.find((r) => r.id === runId)?.branch ?? 'main', head_sha: '4c8f2d1e9b7a6c5d3e2f1a0b9c8d7e6f5a4b3c2d' },
            })),
          },
        };
      });
      github.route('get /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', ({ params }) => {
        if (opts.actionsRead === false) return denied();
        const a = state.artifacts.find((x) => x.id === Number(params.artifact_id));
        if (!ours(params) || !a) return notFound();
        if (a.expired) return { status: 410, body: { message: 'Artifact has expired', documentation_url: 'https://docs.github.com/rest' } };
        return { status: 302, headers: { location: signedUrl(a) } };
      });
    },
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };

  /** GitHub's numeric id of a workflow file (any stable number will do). */
  function workflowId(file: string): number {
    let h = 0;
    for (const c of file) h = (h * 31 + c.charCodeAt(0)) % 1_000_000;
    return 160_000_000 + h;
  }

  function signedUrl(a: StoredArtifact): string {
    let sig = signatures.get(String(a.id));
    if (!sig) {
      sig = randomBytes(12).toString('base64url');
      signatures.set(String(a.id), sig);
    }
    return `${state.url}/devstoreaccount1/actions-results/${a.id}/${encodeURIComponent(a.name)}?sv=2023-11-03&se=2099-01-01T00%3A00%3A00Z&sp=rcw&sr=b&sig=${sig}`;
  }

  const violation = (req: IncomingMessage, message: string) => state.violations.push({ method: req.method ?? '', url: req.url ?? '', message });

  async function twirp(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.headers.authorization !== `Bearer ${token}`) {
      violation(req, 'missing or wrong ACTIONS_RUNTIME_TOKEN');
      return json(res, 401, { code: 'unauthenticated', msg: 'bad token' });
    }
    if (!String(req.headers['content-type']).startsWith('application/json')) violation(req, `content-type ${req.headers['content-type']}, expected application/json`);
    const body = JSON.parse((await readBody(req)).toString('utf8') || '{}') as Record<string, any>;
    if (body.workflow_run_backend_id !== thisRun.backendId || body.workflow_job_run_backend_id !== thisRun.jobBackendId) {
      violation(req, `${method}: backend ids ${body.workflow_run_backend_id}/${body.workflow_job_run_backend_id} are not this run's`);
      return json(res, 400, { code: 'invalid_argument', msg: 'unknown run' });
    }
    const mine = () => state.artifacts.filter((a) => a.runId === thisRun.id);
    switch (method) {
      case 'CreateArtifact': {
        if (typeof body.name !== 'string' || body.version !== 7) violation(req, `CreateArtifact: name ${body.name}, version ${body.version}`);
        if (mine().some((a) => a.name === body.name && a.finalized)) {
          return json(res, 409, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' });
        }
        const a: StoredArtifact = {
          id: nextArtifactId++,
          runId: thisRun.id,
          name: body.name,
          content: Buffer.alloc(0),
          contentType: typeof body.mime_type === 'string' ? body.mime_type : ZIP_TYPE,
          finalized: false,
          expired: false,
          ...(body.expires_at ? { expiresAt: body.expires_at } : {}),
          createdAt: new Date().toISOString(),
        };
        state.artifacts.push(a);
        return json(res, 200, { ok: true, signed_upload_url: signedUrl(a) });
      }
      case 'FinalizeArtifact': {
        const a = mine().find((x) => x.name === body.name && !x.finalized);
        if (!a) {
          violation(req, `FinalizeArtifact: no artifact "${body.name}" being uploaded`);
          return json(res, 404, { code: 'not_found', msg: 'no such artifact' });
        }
        if (String(body.size) !== String(a.content.length)) violation(req, `FinalizeArtifact: size ${body.size}, uploaded ${a.content.length}`);
        a.finalized = true;
        return json(res, 200, { ok: true, artifact_id: String(a.id) });
      }
      case 'ListArtifacts': {
        let list = mine().filter((a) => a.finalized);
        if (body.name_filter !== undefined) list = list.filter((a) => a.name === body.name_filter);
        if (body.id_filter !== undefined) list = list.filter((a) => String(a.id) === String(body.id_filter));
        return json(res, 200, {
          artifacts: list.map((a) => ({
            workflow_run_backend_id: thisRun.backendId,
            workflow_job_run_backend_id: thisRun.jobBackendId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.content.length),
            created_at: a.createdAt,
          })),
        });
      }
      case 'GetSignedArtifactURL': {
        const a = mine().find((x) => x.name === body.name && x.finalized);
        if (!a) {
          violation(req, `GetSignedArtifactURL: no artifact "${body.name}"`);
          return json(res, 404, { code: 'not_found', msg: 'no such artifact' });
        }
        return json(res, 200, { signed_url: signedUrl(a) });
      }
      default:
        violation(req, `unknown method ${method}`);
        return json(res, 404, { code: 'bad_route', msg: `no method ${method}` });
    }
  }

  async function blob(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const m = /^\/devstoreaccount1\/actions-results\/(\d+)\//.exec(url.pathname);
    const a = m ? state.artifacts.find((x) => x.id === Number(m[1])) : undefined;
    if (!a || url.searchParams.get('sig') !== signatures.get(String(a.id))) {
      violation(req, 'blob request to an unknown or unsigned URL');
      res.writeHead(403).end();
      return;
    }
    const comp = url.searchParams.get('comp');
    if (req.method === 'PUT' && comp === 'block') {
      const id = url.searchParams.get('blockid') ?? '';
      const staged = blocks.get(String(a.id)) ?? new Map<string, Buffer>();
      staged.set(id, await readBody(req));
      blocks.set(String(a.id), staged);
      res.writeHead(201, { 'x-ms-request-id': randomUUID(), 'x-ms-version': '2025-05-05', 'x-ms-request-server-encrypted': 'true' }).end();
      return;
    }
    if (req.method === 'PUT' && comp === 'blocklist') {
      const xml = (await readBody(req)).toString('utf8');
      const ids = [...xml.matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map((x) => x[1]);
      const staged = blocks.get(String(a.id)) ?? new Map<string, Buffer>();
      const missing = ids.filter((id) => !staged.has(id));
      if (missing.length) violation(req, `block list names blocks never staged: ${missing.join(', ')}`);
      a.content = Buffer.concat(ids.map((id) => staged.get(id) ?? Buffer.alloc(0)));
      a.contentType = String(req.headers['x-ms-blob-content-type'] ?? a.contentType);
      blocks.delete(String(a.id));
      res.writeHead(201, { etag: `"0x${a.id.toString(16)}"`, 'last-modified': new Date().toUTCString(), 'x-ms-request-id': randomUUID(), 'x-ms-version': '2025-05-05', 'x-ms-request-server-encrypted': 'true' }).end();
      return;
    }
    if (req.method === 'GET' && !comp) {
      if (!a.finalized) violation(req, 'download of an artifact not finalized');
      const file = a.contentType === ZIP_TYPE ? `${a.name}.zip` : a.name;
      res.writeHead(200, {
        'content-type': a.contentType,
        'content-length': a.content.length,
        'content-disposition': `attachment; filename="${file.replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(file)}`,
      });
      res.end(a.content);
      return;
    }
    violation(req, `blob: unexpected ${req.method} comp=${comp}`);
    res.writeHead(400).end();
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', state.url);
    const handled = url.pathname.startsWith(SERVICE)
      ? req.method === 'POST'
        ? twirp(req, res, url.pathname.slice(SERVICE.length))
        : Promise.resolve(violation(req, 'twirp methods are POST')).then(() => json(res, 405, { code: 'bad_route', msg: 'POST only' }))
      : blob(req, res, url);
    handled.catch((err: unknown) => {
      violation(req, `harness error: ${String(err)}`);
      if (!res.headersSent) json(res, 500, { code: 'internal', msg: String(err) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
