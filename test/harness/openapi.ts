/**
 * GitHub's official OpenAPI description (the `@octokit/openapi` package,
 * which is generated from github/rest-api-description), loaded once per test
 * file, with:
 * - a router from a method and a URL path to the described operation,
 * - ajv validators for request bodies and response bodies (OpenAPI 3.0
 *   schemas: `nullable` is an ajv keyword; `example`, `discriminator` and
 *   `x-*` are annotations, ignored with `strict: false`),
 * - a generator of minimal, schema-valid response bodies from an operation's
 *   response schema (required properties only, filled with the schema's own
 *   `example` values where it gives one).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = any;

export interface Operation {
  /** The templated path as the description writes it, e.g. `/repos/{owner}/{repo}/dispatches`. */
  route: string;
  method: string;
  operationId: string;
  params: Record<string, string>;
  spec: Json;
}

interface Route {
  template: string;
  regex: RegExp;
  names: string[];
  literalSegments: number;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function pointerSegment(s: string): string {
  return encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'));
}

export class GitHubApiDescription {
  readonly doc: Json;
  private readonly routes: Route[];
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(doc: Json) {
    this.doc = doc;
    this.routes = Object.keys(doc.paths).map((template) => {
      const names: string[] = [];
      const pattern = template
        .split('/')
        .map((seg) =>
          seg.replace(/\{([^}]+)\}|[^{}]+/g, (m, name?: string) => {
            if (name) {
              names.push(name);
              return '([^/]+)';
            }
            return m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          }),
        )
        .join('/');
      const literalSegments = template.split('/').filter((s) => s && !s.includes('{')).length;
      return { template, regex: new RegExp(`^${pattern}$`), names, literalSegments };
    });
    // Where two templates match (`/repos/{owner}/{repo}/issues/comments/{id}` and
    // `/repos/{owner}/{repo}/issues/{issue_number}/comments`... ), the one with
    // more literal segments is the more specific, as in GitHub's router.
    this.routes.sort((a, b) => b.literalSegments - a.literalSegments);
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
    (addFormatsModule as unknown as (ajv: Ajv) => void)(this.ajv);
    this.ajv.addSchema(doc, 'github.json');
  }

  /** The operation a request addresses, or undefined when none is described. */
  match(method: string, pathname: string): Operation | { error: 'no-path' | 'no-method'; route?: string } {
    const m = method.toLowerCase();
    let pathMatched: string | undefined;
    for (const route of this.routes) {
      const hit = route.regex.exec(pathname);
      if (!hit) continue;
      pathMatched ??= route.template;
      const spec = this.doc.paths[route.template][m];
      if (!spec) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(hit[i + 1])));
      return { route: route.template, method: m, operationId: spec.operationId, params, spec };
    }
    return pathMatched ? { error: 'no-method', route: pathMatched } : { error: 'no-path' };
  }

  /** Methods described for a path template (for 405-like violations). */
  methodsOf(route: string): string[] {
    return METHODS.filter((m) => this.doc.paths[route]?.[m]);
  }

  private validatorAt(pointer: string[]): ValidateFunction {
    const ref = `github.json#/${pointer.map(pointerSegment).join('/')}`;
    let v = this.validators.get(ref);
    if (!v) {
      v = this.ajv.compile({ $ref: ref });
      this.validators.set(ref, v);
    }
    return v;
  }

  /** Validate a JSON request body; returns error lines (empty when valid). */
  validateRequestBody(op: Operation, body: unknown): string[] {
    const content = this.deref(op.spec.requestBody)?.content?.['application/json'];
    if (!content?.schema) return body === undefined ? [] : ['the operation takes no JSON body'];
    if (body === undefined) return this.deref(op.spec.requestBody).required ? ['the JSON body is required'] : [];
    const v = this.validatorAt(['paths', op.route, op.method, 'requestBody', 'content', 'application/json', 'schema']);
    return v(body) ? [] : formatErrors(v);
  }

  /**
   * Check path and query parameters: each must be declared by the operation
   * (path-level parameters included), hold a value of its declared type, and
   * required query parameters must be present. Octokit sends unknown
   * parameters of a GET as query parameters, so a misspelt one shows here.
   */
  validateParameters(op: Operation, query: URLSearchParams): string[] {
    const declared = [...(this.doc.paths[op.route].parameters ?? []), ...(op.spec.parameters ?? [])].map((p: Json) => this.deref(p));
    const errors: string[] = [];
    const byKey = new Map<string, Json>(declared.map((p: Json) => [`${p.in}:${p.name}`, p]));
    for (const [name, value] of Object.entries(op.params)) {
      const p = byKey.get(`path:${name}`);
      const problem = p ? scalarProblem(this.deref(p.schema), value) : 'is not declared';
      if (problem) errors.push(`path parameter ${name}=${JSON.stringify(value)} ${problem}`);
    }
    for (const name of new Set(query.keys())) {
      const p = byKey.get(`query:${name}`);
      if (!p) {
        errors.push(`query parameter ${name} is not declared by ${op.operationId}`);
        continue;
      }
      for (const value of query.getAll(name)) {
        const problem = scalarProblem(this.deref(p.schema), value);
        if (problem) errors.push(`query parameter ${name}=${JSON.stringify(value)} ${problem}`);
      }
    }
    for (const p of declared) if (p.in === 'query' && p.required && !query.has(p.name)) errors.push(`query parameter ${p.name} is required`);
    return errors;
  }

  /** The response schema of an operation for a status, and its pointer. */
  responseSchema(op: Operation, status: number): { schema: Json; pointer: string[] } | undefined {
    const responses = op.spec.responses ?? {};
    const key = String(status);
    const response = this.deref(responses[key]);
    const schema = response?.content?.['application/json']?.schema;
    if (!schema) return undefined;
    // A $ref'd response (components/responses/...) is validated at its target.
    const base = responses[key].$ref
      ? [...refPointer(responses[key].$ref), 'content', 'application/json', 'schema']
      : ['paths', op.route, op.method, 'responses', key, 'content', 'application/json', 'schema'];
    return { schema, pointer: base };
  }

  validateResponseBody(op: Operation, status: number, body: unknown): string[] {
    const found = this.responseSchema(op, status);
    if (!found) return [];
    const v = this.validatorAt(found.pointer);
    return v(body) ? [] : formatErrors(v);
  }

  /** The first success status the operation describes (201 for creates, 204 for no content). */
  successStatus(op: Operation): number {
    const codes = Object.keys(op.spec.responses ?? {})
      .map(Number)
      .filter((c) => c >= 200 && c < 300)
      .sort((a, b) => a - b);
    return codes[0] ?? 200;
  }

  deref(node: Json): Json {
    let cur = node;
    for (let i = 0; cur && typeof cur === 'object' && typeof cur.$ref === 'string' && i < 20; i++) {
      cur = refPointer(cur.$ref).reduce((o: Json, k) => o?.[k], this.doc);
    }
    return cur;
  }

  /**
   * A minimal value that satisfies `schema`: objects with their required
   * properties, empty arrays, the schema's example or enum value, a value of
   * the declared format. `nullable` properties are filled too (a plausible
   * object beats null) until the depth limit, then null.
   */
  sample(schema: Json, key = 'value', depth = 0): Json {
    const s = this.deref(schema);
    if (!s || typeof s !== 'object') return null;
    if (depth > 12) return s.nullable ? null : s.type === 'array' ? [] : s.type === 'object' ? {} : null;
    if (s.allOf) {
      return s.allOf.reduce((acc: Json, part: Json) => {
        const v = this.sample(part, key, depth + 1);
        return v && typeof v === 'object' && !Array.isArray(v) ? { ...acc, ...v } : v;
      }, {});
    }
    if (s.oneOf) return this.sample(s.oneOf[0], key, depth + 1);
    if (s.anyOf) return this.sample(s.anyOf[0], key, depth + 1);
    if (s.enum) return s.enum.find((e: unknown) => e !== null) ?? s.enum[0];
    const type = Array.isArray(s.type) ? s.type.find((t: string) => t !== 'null') : s.type;
    switch (type ?? (s.properties ? 'object' : undefined)) {
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const name of s.required ?? []) out[name] = this.sample(s.properties?.[name] ?? {}, name, depth + 1);
        return out;
      }
      case 'array':
        return [];
      case 'integer':
      case 'number':
        return typeof s.example === 'number' ? s.example : (s.minimum ?? 1);
      case 'boolean':
        return typeof s.example === 'boolean' ? s.example : false;
      case 'string':
        return sampleString(s, key);
      default:
        return s.nullable ? null : {};
    }
  }
}

function sampleString(s: Json, key: string): string {
  switch (s.format) {
    case 'date-time':
      return '2026-01-01T00:00:00Z';
    case 'date':
      return '2026-01-01';
    case 'uri':
    case 'url':
      return typeof s.example === 'string' && /^https?:\/\//.test(s.example) ? s.example : `https://api.github.com/${key}`;
    case 'email':
      return 'octocat@github.com';
    case 'uuid':
      return '00000000-0000-4000-8000-000000000000';
    default:
      if (typeof s.example === 'string') return s.example;
      return key;
  }
}

/** Why a parameter's text does not fit its schema, or undefined when it does. */
function scalarProblem(schema: Json, value: string): string | undefined {
  if (!schema) return undefined;
  if (schema.enum && !schema.enum.map(String).includes(value)) return `is not one of ${schema.enum.join(', ')}`;
  switch (schema.type) {
    case 'integer':
      if (!/^-?\d+$/.test(value)) return 'is not an integer';
      break;
    case 'number':
      if (value.trim() === '' || !Number.isFinite(Number(value))) return 'is not a number';
      break;
    case 'boolean':
      if (value !== 'true' && value !== 'false') return 'is not true or false';
      break;
  }
  if (typeof schema.minimum === 'number' && Number(value) < schema.minimum) return `is below ${schema.minimum}`;
  if (typeof schema.maximum === 'number' && Number(value) > schema.maximum) return `is above ${schema.maximum}`;
  return undefined;
}

function refPointer(ref: string): string[] {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .map((seg) => decodeURIComponent(seg).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function formatErrors(v: ValidateFunction): string[] {
  return (v.errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '(body)'} ${e.message ?? 'is invalid'}${e.params ? ' ' + JSON.stringify(e.params) : ''}`);
}

let cached: GitHubApiDescription | undefined;

/** The description, parsed once per process (13 MB of JSON). */
export function githubApiDescription(): GitHubApiDescription {
  if (!cached) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    cached = new GitHubApiDescription(JSON.parse(readFileSync(file, 'utf8')));
  }
  return cached;
}
