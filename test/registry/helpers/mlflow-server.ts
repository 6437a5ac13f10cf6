/**
 * A loopback MLflow model registry: the documented request and response
 * shapes of the REST endpoints modelgate uses (mlflow.org/docs/latest/rest-api.html),
 * kept in memory. Errors are `{error_code, message}` with MLflow's codes.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

interface Tag {
  key: string;
  value: string;
}
interface Version {
  name: string;
  version: string;
  creation_timestamp: number;
  last_updated_timestamp: number;
  current_stage: string;
  description: string;
  source: string;
  run_id: string;
  status: string;
  tags: Tag[];
}
interface Model {
  name: string;
  creation_timestamp: number;
  last_updated_timestamp: number;
  tags: Tag[];
  aliases: Map<string, string>;
}

export interface LoopbackMlflow {
  url: string;
  models: Map<string, Model>;
  versions: Map<string, Version[]>;
  requests: { method: string; path: string; body: Record<string, unknown>; auth: string | undefined }[];
  close(): Promise<void>;
}

function setTag(tags: Tag[], key: string, value: string) {
  const t = tags.find((x) => x.key === key);
  if (t) t.value = value;
  else tags.push({ key, value });
}

export async function startMlflow(options: { auth?: string } = {}): Promise<LoopbackMlflow> {
  const models = new Map<string, Model>();
  const versions = new Map<string, Version[]>();
  const requests: LoopbackMlflow['requests'] = [];
  const aliasesOf = (name: string, version: string) =>
    [...(models.get(name)?.aliases ?? new Map()).entries()].filter(([, v]) => v === version).map(([a]) => a);
  const viewVersion = (v: Version) => ({ ...v, aliases: aliasesOf(v.name, v.version) });
  const viewModel = (m: Model) => ({
    name: m.name,
    creation_timestamp: m.creation_timestamp,
    last_updated_timestamp: m.last_updated_timestamp,
    tags: m.tags,
    aliases: [...m.aliases.entries()].map(([alias, version]) => ({ alias, version })),
    latest_versions: (versions.get(m.name) ?? []).slice(-1).map(viewVersion),
  });

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      let body: Record<string, unknown> = {};
      if (req.method === 'GET') body = Object.fromEntries(url.searchParams.entries());
      else if (raw) body = JSON.parse(raw);
      requests.push({ method: req.method ?? '', path: url.pathname, body, auth: req.headers.authorization });
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(payload));
      };
      const fail = (status: number, code: string, message: string) => send(status, { error_code: code, message });
      if (options.auth && req.headers.authorization !== options.auth) return fail(401, 'UNAUTHENTICATED', 'bad credentials');
      const name = String(body.name ?? '');
      const model = models.get(name);
      const route = `${req.method} ${url.pathname.replace('/api/2.0/mlflow/', '')}`;
      const now = Date.now();
      switch (route) {
        case 'POST registered-models/create': {
          if (model) return fail(400, 'RESOURCE_ALREADY_EXISTS', `Registered Model (name=${name}) already exists.`);
          const m: Model = { name, creation_timestamp: now, last_updated_timestamp: now, tags: (body.tags as Tag[]) ?? [], aliases: new Map() };
          models.set(name, m);
          versions.set(name, []);
          return send(200, { registered_model: viewModel(m) });
        }
        case 'GET registered-models/get':
          if (!model) return fail(404, 'RESOURCE_DOES_NOT_EXIST', `Registered Model with name=${name} not found`);
          return send(200, { registered_model: viewModel(model) });
        case 'GET registered-models/search':
          return send(200, { registered_models: [...models.values()].map(viewModel) });
        case 'POST registered-models/set-tag':
          if (!model) return fail(404, 'RESOURCE_DOES_NOT_EXIST', `Registered Model with name=${name} not found`);
          setTag(model.tags, String(body.key), String(body.value));
          return send(200, {});
        case 'POST registered-models/alias': {
          if (!model) return fail(404, 'RESOURCE_DOES_NOT_EXIST', `Registered Model with name=${name} not found`);
          const v = String(body.version);
          if (!(versions.get(name) ?? []).some((x) => x.version === v)) return fail(404, 'RESOURCE_DOES_NOT_EXIST', `Model Version (name=${name}, version=${v}) not found`);
          model.aliases.set(String(body.alias), v);
          return send(200, {});
        }
        case 'DELETE registered-models/alias':
          if (!model) return fail(404, 'RESOURCE_DOES_NOT_EXIST', `Registered Model with name=${name} not found`);
          model.aliases.delete(String(body.alias));
          return send(200, {});
        case 'POST model-versions/create': {
          if (!model) return fail(404, 'RESOURCE_DOES_NOT_EXIST', `Registered Model with name=${name} not found`);
          if (typeof body.source !== 'string' || !body.source) return fail(400, 'INVALID_PARAMETER_VALUE', "Missing value for required parameter 'source'.");
          const list = versions.get(name)!;
          const v: Version = {
            name,
            version: String(list.length + 1),
            creation_timestamp: now,
            last_updated_timestamp: now,
            current_stage: 'None',
            description: String(body.description ?? ''),
            source: body.source,
            run_id: String(body.run_id ?? ''),
            status: 'READY',
            tags: (body.tags as Tag[]) ?? [],
          };
          list.push(v);
          return send(200, { model_version: viewVersion(v) });
        }
        case 'GET model-versions/search': {
          const m = /^name\s*=\s*'(.*)'$/.exec(String(body.filter ?? ''));
          const list = m ? versions.get(m[1]) ?? [] : [...versions.values()].flat();
          return send(200, { model_versions: list.map(viewVersion) });
        }
        case 'POST model-versions/set-tag': {
          const v = (versions.get(name) ?? []).find((x) => x.version === String(body.version));
          if (!v) return fail(404, 'RESOURCE_DOES_NOT_EXIST', `Model Version (name=${name}, version=${body.version}) not found`);
          setTag(v.tags, String(body.key), String(body.value));
          return send(200, {});
        }
        default:
          return fail(404, 'ENDPOINT_NOT_FOUND', `no endpoint ${route}`);
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    models,
    versions,
    requests,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
