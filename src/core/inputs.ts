/**
 * Inputs, declared once. A gate declares each input as one entry of
 * `defineInputs({...})`: its name (the key), its description and a zod schema
 * that carries its default. Everything else is derived from that entry:
 *
 * - the input's kind (how an action input, which is always a string, becomes
 *   a value), read off the schema's type;
 * - the default written in the docs and `--help`, read off the schema's
 *   `.default(...)`;
 * - whether it is required (the schema refuses a missing value);
 * - action.yml's `inputs:`, the CLI's `--flags`, the policy file's keys and
 *   JSON Schema, and the reference docs' input table (src/entry/describe.ts
 *   and scripts/build.mjs);
 * - the typed inputs a gate's `run` takes: `z.output` of the object schema.
 *
 * Adding an input is adding one entry; nothing else repeats its name, type or
 * default.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { UserError } from './errors.js';

export type InputKind =
  /** Kept as the string given. */
  | 'string'
  /** A number; validated by the input's schema. */
  | 'number'
  /** `true` or `false`. */
  | 'boolean'
  /** Items separated by commas or new lines. */
  | 'list'
  /** A YAML (or JSON) value: maps such as thresholds, `{a: 1}` or `a: 1, b: 2`. */
  | 'yaml';

/** One input as written by a gate: everything else about it is derived. */
export interface InputDeclaration<S extends z.ZodType = z.ZodType> {
  description: string;
  /** Validates (and may transform) the value; `.default(v)` sets its default. */
  schema: S;
  /** A default that only the runner can supply (e.g. `${{ github.token }}`). */
  actionDefault?: string;
  /** Not read from the policy file (secrets, paths of this run). */
  notInPolicy?: boolean;
  /** A credential: masked in the runner log and redacted from everything the run writes. */
  secret?: boolean;
  /**
   * Example values as a user writes them in a workflow step. `--help` shows
   * them, and a test feeds each through the action and the CLI paths
   * (test/run/documented-examples.test.ts).
   */
  examples?: readonly string[];
  /** Overrides the kind derived from the schema (rarely needed). */
  kind?: InputKind;
  /** Overrides "required" derived from the schema (for inputs required only together with others). */
  required?: boolean;
}

/** The derived, serialisable description of an input (action.yml, docs, CLI help). */
export interface InputSpec {
  name: string;
  description: string;
  kind: InputKind;
  /**
   * The default as the docs write it. modelgate applies defaults itself (the
   * schema's), not action.yml: the runner always passes action.yml defaults,
   * and an explicit input must be told apart from a default to let the policy
   * file fill it in.
   */
  default?: string;
  /** The default as a typed value, when there is one. */
  defaultValue?: unknown;
  required?: boolean;
  actionDefault?: string;
  notInPolicy?: boolean;
  secret?: boolean;
  examples?: readonly string[];
}

export interface OutputSpec {
  name: string;
  description: string;
}

export type InputDeclarations = Record<string, InputDeclaration>;

/** The zod object schema of a set of declarations, key for key. */
export type InputsSchema<D extends InputDeclarations> = z.ZodObject<{ -readonly [K in keyof D]: D[K]['schema'] }>;

export interface InputSet<D extends InputDeclarations = InputDeclarations> {
  /** In declaration order. */
  specs: InputSpec[];
  /** Validates the merged values (defaults < policy < step inputs) into the typed inputs. */
  schema: InputsSchema<D>;
}

/** The typed inputs of a set: what a gate's `run` receives. */
export type InputsOf<S extends InputSet> = z.output<S['schema']>;

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; defaultValue?: unknown; options?: z.ZodType[] };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['default', 'prefault', 'optional', 'nullable', 'nonoptional', 'catch', 'readonly']);

/** How a string input becomes a value, read off the schema's type. */
export function kindOf(schema: z.ZodType): InputKind | undefined {
  const def = defOf(schema);
  if (WRAPPERS.has(def.type) && def.innerType) return kindOf(def.innerType);
  if (def.type === 'pipe') {
    // z.preprocess(f, s) is a pipe from a transform into s; s.transform(f) a pipe from s into a transform.
    return defOf(def.in!).type === 'transform' ? kindOf(def.out!) : kindOf(def.in!);
  }
  switch (def.type) {
    case 'number':
    case 'int':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'list';
    case 'record':
    case 'object':
    case 'map':
    case 'union':
      return 'yaml';
    case 'string':
    case 'enum':
    case 'literal':
      return 'string';
    default:
      return undefined;
  }
}

/** The schema's default value, if it declares one. */
export function defaultOf(schema: z.ZodType): unknown {
  const def = defOf(schema);
  if (def.type === 'default' || def.type === 'prefault') return def.defaultValue;
  if (WRAPPERS.has(def.type) && def.innerType) return defaultOf(def.innerType);
  if (def.type === 'pipe') return defOf(def.in!).type === 'transform' ? defaultOf(def.out!) : defaultOf(def.in!);
  return undefined;
}

/** A default as the docs write it; nothing for an empty list or map. */
function defaultText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.length ? value.join(', ') : undefined;
  if (typeof value === 'object') return Object.keys(value).length ? JSON.stringify(value) : undefined;
  return String(value);
}

function refusesMissing(schema: z.ZodType): boolean {
  try {
    return !schema.safeParse(undefined).success;
  } catch {
    return true;
  }
}

/** Declare a gate's (or the common) inputs: each one once. */
export function defineInputs<const D extends InputDeclarations>(declarations: D): InputSet<D> {
  const specs: InputSpec[] = [];
  const shape: Record<string, z.ZodType> = {};
  for (const [name, d] of Object.entries(declarations)) {
    const kind = d.kind ?? kindOf(d.schema);
    if (!kind) throw new Error(`input ${name}: cannot tell its kind from its schema; declare \`kind\``);
    const defaultValue = defaultOf(d.schema);
    const spec: InputSpec = { name, description: d.description, kind };
    const text = defaultText(defaultValue);
    if (text !== undefined) spec.default = text;
    if (defaultValue !== undefined) spec.defaultValue = defaultValue;
    if (d.required ?? refusesMissing(d.schema)) spec.required = true;
    if (d.actionDefault !== undefined) spec.actionDefault = d.actionDefault;
    if (d.notInPolicy) spec.notInPolicy = true;
    if (d.secret) spec.secret = true;
    if (d.examples) spec.examples = d.examples;
    specs.push(spec);
    shape[name] = d.schema;
  }
  return { specs, schema: z.object(shape) as unknown as InputsSchema<D> };
}

/**
 * A map or scalar written as YAML. Action inputs are one-line strings, and
 * the natural `p95: 100, p99: 200` is not valid YAML (a compact mapping
 * cannot nest), so text that does not parse is tried again as a flow mapping
 * `{p95: 100, p99: 200}`; if that fails too, the first error is reported.
 */
export function parseYamlValue(raw: string, input: string): unknown {
  const s = raw.trim();
  if (s === '') return undefined;
  let first: unknown;
  try {
    return parseYaml(s);
  } catch (err) {
    first = err;
  }
  try {
    return parseYaml(`{${s}}`);
  } catch {
    const msg = first instanceof Error ? first.message.split('\n')[0] : String(first);
    throw new UserError(`invalid YAML: ${msg}`, { field: `input ${input}` });
  }
}

/** Turn one string input into a value according to its kind. */
export function convertInput(spec: Pick<InputSpec, 'name' | 'kind'>, raw: string): unknown {
  switch (spec.kind) {
    case 'string':
      return raw;
    case 'number': {
      const n = Number(raw.trim());
      if (raw.trim() === '' || !Number.isFinite(n)) {
        throw new UserError(`expected a number, got "${raw}"`, { field: `input ${spec.name}` });
      }
      return n;
    }
    case 'boolean': {
      const v = raw.trim().toLowerCase();
      if (v === 'true') return true;
      if (v === 'false') return false;
      throw new UserError(`expected true or false, got "${raw}"`, { field: `input ${spec.name}` });
    }
    case 'list':
      return raw
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
    case 'yaml':
      return parseYamlValue(raw, spec.name);
  }
}

/** Inputs every gate has, in this order, after the gate's own. */
export const COMMON = defineInputs({
  policy: {
    schema: z.string().optional(),
    description:
      'Path of a `modelgate.yml` policy file holding settings for any gate under a key named after the gate. Inputs given to the step override it.',
    notInPolicy: true,
  },
  'fail-on': {
    schema: z.enum(['fail', 'warn', 'never']).default('fail'),
    description: 'Which verdict fails the job: `fail`, `warn` (warnings fail too) or `never` (report only).',
  },
  comment: {
    schema: z.enum(['auto', 'always', 'on-failure', 'never']).default('auto'),
    description:
      'When to write the sticky pull-request comment: `auto` (on pull requests), `always`, `on-failure` (only when the verdict is not pass) or `never`.',
  },
  'comment-id': {
    schema: z.string().regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" and "-" only').optional(),
    description:
      'Distinguishes the sticky comments of two runs of one gate in one workflow (e.g. two data files). Runs with the same id share one comment.',
    examples: ['train', 'test'],
  },
  'report-path': {
    schema: z.string().min(1).optional(),
    description: 'Where to write the JSON report. Default: `modelgate-<gate>.json` in the runner temp directory (the CLI: the working directory).',
    notInPolicy: true,
  },
  'check-name': {
    schema: z.string().min(1).optional(),
    description:
      'When set, also create a check run with this name (needs `checks: write`): conclusion success, failure or neutral, with the summary and annotations.',
  },
  'github-token': {
    schema: z.string().optional(),
    actionDefault: '${{ github.token }}',
    description: 'Token for the pull-request comment and check run. The default `GITHUB_TOKEN` is enough.',
    notInPolicy: true,
    secret: true,
  },
  'comment-timeout': {
    schema: z.number().positive().max(3600).default(60),
    description:
      'Seconds the pull-request comment and the check run may take together, retries and rate-limit waits included. When they are used up the step warns and goes on: the verdict, outputs and exit code never wait on GitHub.',
    examples: ['20'],
  },
});

/** The common inputs' specs (action.yml, docs, CLI flags). */
export const COMMON_INPUTS: InputSpec[] = COMMON.specs;

export type CommonInputs = InputsOf<typeof COMMON>;

export const COMMON_OUTPUTS: OutputSpec[] = [
  { name: 'verdict', description: '`pass`, `warn` or `fail`.' },
  { name: 'report-path', description: 'Path of the JSON report.' },
  { name: 'summary', description: 'One line: the verdict and its main reason.' },
];

/**
 * Validate values given as a step or a policy file would give them (strings
 * converted by each input's kind, typed values as they are) into the typed
 * inputs. The run path does the same after merging defaults and the policy
 * file (src/run/resolve-inputs.ts); tests and tools use this directly.
 */
export function parseInputs<D extends InputDeclarations>(set: InputSet<D>, values: Record<string, unknown>): z.output<InputsSchema<D>> {
  const converted: Record<string, unknown> = { ...values };
  for (const spec of set.specs) {
    const v = values[spec.name];
    if (typeof v === 'string' && spec.kind !== 'string') converted[spec.name] = v === '' ? undefined : convertInput(spec, v);
  }
  return set.schema.parse(converted);
}
