/**
 * The mlflow backend: an MLflow tracking server's model registry over its
 * REST API (https://mlflow.org/docs/latest/rest-api.html):
 *   POST   /api/2.0/mlflow/registered-models/create   {name, tags?}
 *   GET    /api/2.0/mlflow/registered-models/get      ?name=
 *   POST   /api/2.0/mlflow/registered-models/set-tag  {name, key, value}
 *   POST   /api/2.0/mlflow/registered-models/alias    {name, alias, version}
 *   DELETE /api/2.0/mlflow/registered-models/alias    {name, alias}
 *   POST   /api/2.0/mlflow/model-versions/create      {name, source, run_id?, tags?, description?}
 *   GET    /api/2.0/mlflow/model-versions/search      ?filter=name='x'&max_results=&page_token=
 *   POST   /api/2.0/mlflow/model-versions/set-tag     {name, version, key, value}
 *
 * Stages are aliases (MLflow deprecated model stages in 2.9 in favour of
 * aliases). modelgate's semantic version and manifest hash are model version
 * tags; the record is the model version's description, in the same format
 * as the git backend's tag message. A version is created with its tags and
 * record in one request, so a killed registration leaves none or a whole one.
 */
import { UserError } from '../core/errors.js';
import { splitUrlCredentials } from '../core/url-credentials.js';
import { auditLine, formatTagMessage, recordFromMessage } from './record.js';
import { parseTag } from './gto-tag.js';
import type { ArtifactState, StageAssignment, TagEvent, VersionState } from './registry-state.js';
import { compareVersionStrings, nextVersion } from './semver.js';
import type { ChangePlan, LoadOptions, RegisterOutcome, RegisterPlan, RegistryBackend } from './backend.js';

export interface MlflowConfig {
  /** The server's address, without credentials. */
  trackingUri: string;
  token?: string;
  username?: string;
  password?: string;
}

/**
 * Where the registry is and how to sign in. Credentials, first found wins:
 * `user:password@` in the tracking URI (the most specific thing the step
 * says; sent as Basic authentication, never in the URL), then
 * MLFLOW_TRACKING_TOKEN (Bearer), then MLFLOW_TRACKING_USERNAME and
 * MLFLOW_TRACKING_PASSWORD (Basic), the variables MLflow's own client reads.
 */
export function mlflowConfigFromEnv(env: Record<string, string | undefined>, uri?: string): MlflowConfig {
  const given = uri ?? env.MLFLOW_TRACKING_URI;
  if (!given) throw new UserError('no MLflow server: set tracking-uri or MLFLOW_TRACKING_URI', { field: 'tracking-uri' });
  const { url, username, password } = splitUrlCredentials(given, 'tracking-uri');
  if (!/^https?:\/\//.test(url)) {
    throw new UserError(`the mlflow backend needs an http(s) tracking URI, got "${url}"`, { field: 'tracking-uri' });
  }
  if (username || password) return { trackingUri: url, username, password };
  return {
    trackingUri: url,
    token: env.MLFLOW_TRACKING_TOKEN || undefined,
    username: env.MLFLOW_TRACKING_USERNAME || undefined,
    password: env.MLFLOW_TRACKING_PASSWORD || undefined,
  };
}

interface KeyValue {
  key: string;
  value: string;
}

interface MlflowModelVersion {
  name: string;
  version: string;
  creation_timestamp?: number;
  description?: string;
  source?: string;
  run_id?: string;
  tags?: KeyValue[];
  aliases?: string[];
}

interface MlflowRegisteredModel {
  name: string;
  tags?: KeyValue[];
  aliases?: { alias: string; version: string }[];
}

class MlflowError extends Error {
  readonly status: number;
  readonly errorCode: string;

  constructor(status: number, errorCode: string, message: string) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
  }
}

function userErrorOf(err: unknown): unknown {
  if (!(err instanceof MlflowError)) return err;
  if (err.status === 401 || err.status === 403) {
    return new UserError(`MLflow refused the credentials (${err.status}); set MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME/PASSWORD`, {
      field: 'tracking-uri',
    });
  }
  return new UserError(err.message, { field: 'tracking-uri' });
}

export const TAG_VERSION = 'modelgate.version';
export const TAG_SHA256 = 'modelgate.sha256';
export const TAG_DEREGISTERED = 'modelgate.deregistered';
export const TAG_DEPRECATED = 'modelgate.deprecated';
export const TAG_HISTORY = 'modelgate.history.';

export class MlflowRegistry implements RegistryBackend {
  readonly kind = 'mlflow' as const;
  private readonly cfg: MlflowConfig & { source?: string; runId?: string };
  /** semver → MLflow version number, per model, from the last load. */
  private numbers = new Map<string, Map<string, string>>();

  private readonly authorization?: string;

  /**
   * `secret` is told each credential as it is sent (the token, the Basic
   * value), so that the run masks and redacts it: a server may echo the
   * Authorization header in an error body, which becomes an error message.
   */
  constructor(cfg: MlflowConfig & { source?: string; runId?: string }, secret?: (value: string) => void) {
    this.cfg = cfg;
    if (cfg.token) {
      this.authorization = `Bearer ${cfg.token}`;
      secret?.(cfg.token);
    } else if (cfg.username || cfg.password) {
      const basic = Buffer.from(`${cfg.username ?? ''}:${cfg.password ?? ''}`, 'utf8').toString('base64');
      this.authorization = `Basic ${basic}`;
      secret?.(basic);
      if (cfg.password) secret?.(cfg.password);
    }
  }

  private headers(): Record<string, string> {
    const h: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (this.authorization) h.authorization = this.authorization;
    return h;
  }

  async call<T>(method: 'GET' | 'POST' | 'DELETE', endpoint: string, body: Record<string, unknown>): Promise<T> {
    let url = `${this.cfg.trackingUri}/api/2.0/mlflow/${endpoint}`;
    const init: RequestInit = { method, headers: this.headers() };
    if (method === 'GET') {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(body)) if (v !== undefined && v !== null) q.set(k, String(v));
      url += `?${q}`;
    } else {
      init.body = JSON.stringify(body);
    }
    let res: Response;
    try {
      res = await fetch(url, init);
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      throw new UserError(`cannot reach the MLflow server at ${this.cfg.trackingUri}: ${cause?.code ?? cause?.message ?? (err as Error).message}`, {
        field: 'tracking-uri',
      });
    }
    const textBody = await res.text();
    let json: Record<string, unknown> = {};
    try {
      json = textBody ? JSON.parse(textBody) : {};
    } catch {
      json = {};
    }
    if (!res.ok) {
      const code = typeof json.error_code === 'string' ? json.error_code : `HTTP ${res.status}`;
      const msg = typeof json.message === 'string' ? json.message : textBody.slice(0, 200);
      throw new MlflowError(res.status, code, `MLflow ${endpoint}: ${code}: ${msg}`);
    }
    return json as T;
  }

  /** Call, turning MLflow errors into one-line user errors. */
  private async req<T>(method: 'GET' | 'POST' | 'DELETE', endpoint: string, body: Record<string, unknown>): Promise<T> {
    try {
      return await this.call<T>(method, endpoint, body);
    } catch (err) {
      throw userErrorOf(err);
    }
  }

  private async getModel(name: string): Promise<MlflowRegisteredModel | null> {
    try {
      const r = await this.call<{ registered_model: MlflowRegisteredModel }>('GET', 'registered-models/get', { name });
      return r.registered_model;
    } catch (err) {
      if (err instanceof MlflowError && err.errorCode === 'RESOURCE_DOES_NOT_EXIST') return null;
      throw userErrorOf(err);
    }
  }

  private async listVersions(name: string): Promise<MlflowModelVersion[]> {
    const out: MlflowModelVersion[] = [];
    let token: string | undefined;
    do {
      const r = await this.req<{ model_versions?: MlflowModelVersion[]; next_page_token?: string }>('GET', 'model-versions/search', {
        filter: `name='${name.replace(/'/g, "\\'")}'`,
        max_results: 200,
        page_token: token,
      });
      out.push(...(r.model_versions ?? []));
      token = r.next_page_token || undefined;
    } while (token);
    return out;
  }

  private stateOf(name: string, model: MlflowRegisteredModel | null, versions: MlflowModelVersion[]): ArtifactState {
    const tag = (tags: KeyValue[] | undefined, key: string) => tags?.find((t) => t.key === key)?.value;
    const numbers = new Map<string, string>();
    const byNumber = new Map<string, VersionState>();
    const states: VersionState[] = versions.map((mv) => {
      const version = tag(mv.tags, TAG_VERSION) ?? `mlflow-${mv.version}`;
      numbers.set(version, mv.version);
      const v: VersionState = {
        version,
        commit: `mlflow:${mv.version}`,
        registered: true,
        active: tag(mv.tags, TAG_DEREGISTERED) === undefined,
        registeredAt: mv.creation_timestamp ? Math.floor(mv.creation_timestamp / 1000) : null,
        tag: `${name}/${mv.version}`,
        message: mv.description ?? '',
        stages: [],
        events: [],
      };
      byNumber.set(mv.version, v);
      return v;
    });
    this.numbers.set(name, numbers);
    const stages: Record<string, StageAssignment[]> = {};
    for (const a of model?.aliases ?? []) {
      const v = byNumber.get(String(a.version));
      if (!v || !v.active) continue;
      const s: StageAssignment = { stage: a.alias, version: v.version, since: 0, tag: `${name}@${a.alias}` };
      v.stages.push(s);
      stages[a.alias] = [s];
    }
    // Stage history (for rollback) as GTO-like assignment events.
    const events: TagEvent[] = [];
    let counter = 0;
    for (const t of model?.tags ?? []) {
      if (!t.key.startsWith(TAG_HISTORY)) continue;
      const stage = t.key.slice(TAG_HISTORY.length);
      let list: string[] = [];
      try {
        list = JSON.parse(t.value);
      } catch {
        list = [];
      }
      for (const version of list) {
        const number = numbers.get(version);
        if (!number) continue;
        counter++;
        const tagName = `${name}#${stage}#${counter}`;
        events.push({ tag: tagName, parsed: parseTag(tagName) ?? { artifact: name, action: 'assign', stage, counter }, time: counter, commit: `mlflow:${number}`, message: '' });
      }
    }
    states.sort((a, b) => -compareVersionStrings(a.version, b.version));
    return { name, versions: states, deprecated: tag(model?.tags, TAG_DEPRECATED) !== undefined, stages, events };
  }

  async load(name: string, _options: LoadOptions = {}): Promise<ArtifactState> {
    const model = await this.getModel(name);
    return this.stateOf(name, model, model ? await this.listVersions(name) : []);
  }

  async loadAll(): Promise<ArtifactState[]> {
    const r = await this.req<{ registered_models?: MlflowRegisteredModel[] }>('GET', 'registered-models/search', { max_results: 200 });
    const out: ArtifactState[] = [];
    for (const m of r.registered_models ?? []) out.push(await this.load(m.name));
    return out;
  }

  async register(plan: RegisterPlan): Promise<RegisterOutcome> {
    try {
      await this.call('POST', 'registered-models/create', { name: plan.name });
    } catch (err) {
      if (!(err instanceof MlflowError && err.errorCode === 'RESOURCE_ALREADY_EXISTS')) throw userErrorOf(err);
    }
    const state = await this.load(plan.name);
    for (const v of state.versions) {
      const rec = recordFromMessage(v.message);
      if (v.active && rec && rec.sha256 === plan.manifest.sha256) {
        return { version: v.version, tag: v.tag!, existing: true, record: rec, attempts: 1 };
      }
    }
    let version = plan.version;
    if (version) {
      if (state.versions.some((v) => v.version === version)) {
        throw new UserError(`${plan.name} ${version} is already registered with different content; choose another version or use bump`, { field: 'version' });
      }
    } else {
      version = nextVersion(state.versions.map((v) => v.version), plan.bump);
    }
    const time = new Date().toISOString();
    const record = plan.buildRecord(version, time, null);
    const title = `Registering artifact ${plan.name} version ${version}`;
    const description = formatTagMessage(title, auditLine({ time, actor: plan.actor, action: 'register', reason: null, version }), record);
    const r = await this.req<{ model_version: MlflowModelVersion }>('POST', 'model-versions/create', {
      name: plan.name,
      source: this.cfg.source ?? record.path,
      ...(this.cfg.runId ? { run_id: this.cfg.runId } : {}),
      tags: [
        { key: TAG_VERSION, value: version },
        { key: TAG_SHA256, value: plan.manifest.sha256 },
      ],
      description,
    });
    this.numbers.get(plan.name)?.set(version, r.model_version.version);
    return { version, tag: `${plan.name}/${r.model_version.version}`, existing: false, record, attempts: 1 };
  }

  private number(name: string, version: string): string {
    const n = this.numbers.get(name)?.get(version);
    if (!n) throw new UserError(`${name} has no version ${version} in MLflow`, { field: 'version' });
    return n;
  }

  async apply(name: string, build: (state: ArtifactState) => ChangePlan, options: LoadOptions = {}): Promise<{ written: string[]; plan: ChangePlan }> {
    const model = await this.getModel(name);
    const state = this.stateOf(name, model, model ? await this.listVersions(name) : []);
    const plan = build(state);
    const written: string[] = [];
    const line = auditLine(plan.audit);
    const history = (stage: string): string[] => {
      const t = model?.tags?.find((x) => x.key === TAG_HISTORY + stage);
      try {
        return t ? JSON.parse(t.value) : [];
      } catch {
        return [];
      }
    };
    const auditKey = `modelgate.audit.${Date.now()}`;
    for (const ch of plan.changes) {
      if (ch.kind === 'assign') {
        const n = this.number(name, ch.version);
        await this.req('POST', 'registered-models/alias', { name, alias: ch.stage, version: n });
        await this.req('POST', 'registered-models/set-tag', { name, key: TAG_HISTORY + ch.stage, value: JSON.stringify([...history(ch.stage), ch.version]) });
        await this.req('POST', 'model-versions/set-tag', { name, version: n, key: auditKey, value: line });
        written.push(`alias ${ch.stage} → ${name}/${n}`);
      } else if (ch.kind === 'unassign') {
        const n = this.number(name, ch.version);
        const current = model?.aliases?.find((a) => a.alias === ch.stage);
        if (current && String(current.version) === n) {
          await this.req('DELETE', 'registered-models/alias', { name, alias: ch.stage });
          await this.req('POST', 'model-versions/set-tag', { name, version: n, key: `${auditKey}.unassign`, value: line });
          written.push(`alias ${ch.stage} removed from ${name}/${n}`);
        }
      } else if (ch.kind === 'deregister') {
        const n = this.number(name, ch.version);
        for (const a of model?.aliases ?? []) {
          if (String(a.version) === n) await this.req('DELETE', 'registered-models/alias', { name, alias: a.alias });
        }
        await this.req('POST', 'model-versions/set-tag', { name, version: n, key: TAG_DEREGISTERED, value: line });
        written.push(`${name}/${n} tagged ${TAG_DEREGISTERED}`);
      } else {
        await this.req('POST', 'registered-models/set-tag', { name, key: TAG_DEPRECATED, value: line });
        written.push(`${name} tagged ${TAG_DEPRECATED}`);
      }
    }
    void options;
    return { written, plan };
  }

  modelUri(name: string, version: string): string {
    const n = this.numbers.get(name)?.get(version);
    return n ? `models:/${name}/${n}` : `models:/${name}`;
  }
}
