/**
 * modelgate's own contract format (YAML or JSON), defined with zod so that
 * the same definition validates contracts and publishes their JSON Schema
 * (docs/schemas/contract.schema.json, written by `npm run build` from
 * `contractJsonSchema()`).
 *
 * Every rule may be written plainly (`max: 100`) or with its own severity
 * (`max: { value: 100, severity: warn }`); the column's `severity` is the
 * default for its rules.
 */
import { z } from 'zod';
import { UserError } from '../../../core/errors.js';
import { didYouMean } from '../../../core/suggest.js';
import { parseDatetime } from '../column-data.js';
import { patternError } from '../pattern.js';
import { COLUMN_TYPES, type ColumnContract, type ColumnRule, type Contract, type Severity, type TableRule } from './model.js';
import { objectOf, type ContractFormatEntry } from './format.js';
import { formatPath, type ContractSource } from './source.js';

const severity = z.enum(['error', 'warn']).describe('`error` fails the gate, `warn` only warns');

function rule<T extends z.ZodType>(value: T) {
  return z.union([
    value,
    z
      .object({
        value,
        severity: severity.optional(),
        mostly: z.number().min(0).max(1).optional().describe('The rule holds when at least this share of cells conform'),
      })
      .strict(),
  ]);
}

const bound = z.union([z.number(), z.string()]);

export const contractColumnSchema = z
  .object({
    name: z.string().min(1).describe('Column name as in the header'),
    type: z.enum(COLUMN_TYPES).optional().describe('Type every present cell must parse as'),
    description: z.string().optional(),
    required: z.boolean().optional().describe('Whether the column must be present (default true)'),
    nullable: rule(z.boolean()).optional().describe('false: no cell may be missing'),
    'max-null-fraction': rule(z.number().min(0).max(1)).optional().describe('Largest allowed share of missing cells'),
    min: rule(bound).optional().describe('Smallest allowed value (a number, or an ISO date for datetime columns)'),
    max: rule(bound).optional().describe('Largest allowed value'),
    values: rule(z.array(z.union([z.string(), z.number(), z.boolean()])).min(1)).optional().describe('Allowed values'),
    pattern: rule(z.string()).optional().describe('Regular expression (RE2 syntax: no lookaround or backreferences) each value must match, anywhere unless anchored with ^ and $'),
    unique: rule(z.boolean()).optional().describe('No two rows share a value'),
    'min-length': rule(z.number().int().min(0)).optional(),
    'max-length': rule(z.number().int().min(0)).optional(),
    severity: severity.optional().describe('Default severity of this column\'s rules (default error)'),
  })
  .strict();

export const contractFileSchema = z
  .object({
    contract: z.literal(1).optional().describe('Version of the contract format'),
    name: z.string().optional(),
    description: z.string().optional(),
    severity: severity.optional().describe('Default severity of every rule (default error)'),
    'missing-values': z.array(z.string()).optional().describe('Cell texts read as missing besides empty cells, e.g. ["NA", "-"]'),
    columns: z.array(contractColumnSchema).describe('The columns, in their expected order'),
    'extra-columns': z
      .enum(['allow', 'warn', 'error'])
      .optional()
      .describe('What columns not named in the contract do: allowed (default), a warning or an error'),
    'column-order': rule(z.boolean()).optional().describe('true: the columns must appear in the order listed'),
    rows: z
      .object({ min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional(), severity: severity.optional() })
      .strict()
      .optional()
      .describe('Bounds on the row count'),
    'primary-key': rule(z.union([z.string(), z.array(z.string()).min(1)]))
      .optional()
      .describe('Column(s) whose values together identify a row: unique and never missing'),
  })
  .strict()
  .describe('modelgate data contract');

export type ContractFile = z.infer<typeof contractFileSchema>;

/** JSON Schema of the contract format, for editors and the docs. */
export function contractJsonSchema(): Record<string, unknown> {
  return {
    title: 'modelgate data contract',
    ...(z.toJSONSchema(contractFileSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>),
  };
}

type Written<T> = T | { value: T; severity?: Severity; mostly?: number };

function unwrap<T>(w: Written<T>, fallback: Severity): { value: T; severity: Severity; mostly?: number } {
  if (w !== null && typeof w === 'object' && !Array.isArray(w) && 'value' in (w as object)) {
    const o = w as { value: T; severity?: Severity; mostly?: number };
    return { value: o.value, severity: o.severity ?? fallback, ...(o.mostly !== undefined ? { mostly: o.mostly } : {}) };
  }
  return { value: w as T, severity: fallback };
}

/** Turn a zod issue into one UserError line naming file, line and field. */
export function zodError(source: ContractSource, error: z.ZodError, what: string): UserError {
  // The deepest issue is the most specific; zod lists union alternatives in `errors`.
  let issue = error.issues[0];
  let path: PropertyKey[] = [...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length) {
    const inner = issue.errors.map((e) => e[0]).filter(Boolean).sort((a, b) => b.path.length - a.path.length)[0];
    if (inner) {
      path = [...path, ...inner.path];
      issue = inner as typeof issue;
    }
  }
  // An unknown key is reported at the key itself, where the typo is.
  if (issue.code === 'unrecognized_keys' && issue.keys.length) path = [...path, issue.keys[0]];
  const field = formatPath(path);
  return new UserError(`not a valid ${what}: ${issue.message}`, { file: source.file, line: source.lineOf(path), field: field || undefined });
}

export function readModelgateContract(source: ContractSource): Contract {
  const parsed = contractFileSchema.safeParse(source.value);
  if (!parsed.success) throw zodError(source, parsed.error, 'modelgate contract');
  const file = parsed.data;
  const defaultSeverity: Severity = file.severity ?? 'error';
  const names = file.columns.map((c) => c.name);
  const columns: ColumnContract[] = [];
  const seen = new Map<string, number>();

  file.columns.forEach((c, index) => {
    const at = (key?: string) => ({ file: source.file, line: source.lineOf(key ? ['columns', index, key] : ['columns', index]), field: `columns[${index}]${key ? `.${key}` : ''}` });
    if (seen.has(c.name)) throw new UserError(`column "${c.name}" is declared twice (also columns[${seen.get(c.name)}])`, at('name'));
    seen.set(c.name, index);
    const sev = c.severity ?? defaultSeverity;
    const rules: ColumnRule[] = [];
    const origin = (key: string) => `${source.file}:${source.lineOf(['columns', index, key]) ?? ''}`;
    if (c.required !== false) rules.push({ kind: 'present', severity: sev });
    if (c.type) rules.push({ kind: 'type', type: c.type, severity: sev });
    if (c.nullable !== undefined) {
      const r = unwrap(c.nullable, sev);
      if (r.value === false) rules.push({ kind: 'not-null', severity: r.severity, mostly: r.mostly, origin: origin('nullable') });
    }
    if (c['max-null-fraction'] !== undefined) {
      const r = unwrap(c['max-null-fraction'], sev);
      rules.push({ kind: 'max-null-fraction', value: r.value, severity: r.severity, origin: origin('max-null-fraction') });
    }
    for (const key of ['min', 'max'] as const) {
      if (c[key] === undefined) continue;
      const r = unwrap(c[key] as Written<number | string>, sev);
      if (c.type === 'string' || c.type === 'category' || c.type === 'boolean') {
        throw new UserError(`column "${c.name}": ${key} needs a number, integer or datetime column, not ${c.type}`, at(key));
      }
      if (typeof r.value === 'string' && c.type !== 'datetime') {
        throw new UserError(`column "${c.name}": ${key} must be a number (a date is allowed for datetime columns only)`, at(key));
      }
      if (typeof r.value === 'string' && Number.isNaN(parseDatetime(r.value))) {
        throw new UserError(`column "${c.name}": ${key} "${r.value}" is not an ISO-8601 date`, at(key));
      }
      rules.push({ kind: key, value: r.value, severity: r.severity, mostly: r.mostly, origin: origin(key) });
    }
    if (c.values !== undefined) {
      const r = unwrap(c.values, sev);
      rules.push({ kind: 'values', values: r.value, severity: r.severity, mostly: r.mostly, origin: origin('values') });
    }
    if (c.pattern !== undefined) {
      const r = unwrap(c.pattern, sev);
      const problem = patternError(r.value);
      if (problem !== undefined) throw new UserError(`column "${c.name}": pattern /${r.value}/ does not compile: ${problem}`, at('pattern'));
      rules.push({ kind: 'pattern', pattern: r.value, severity: r.severity, mostly: r.mostly, origin: origin('pattern') });
    }
    if (c.unique !== undefined) {
      const r = unwrap(c.unique, sev);
      if (r.value) rules.push({ kind: 'unique', severity: r.severity, mostly: r.mostly, origin: origin('unique') });
    }
    for (const key of ['min-length', 'max-length'] as const) {
      if (c[key] === undefined) continue;
      const r = unwrap(c[key] as Written<number>, sev);
      rules.push({ kind: key, value: r.value, severity: r.severity, mostly: r.mostly, origin: origin(key) });
    }
    columns.push({ name: c.name, type: c.type, optional: c.required === false, rules });
  });

  const table: TableRule[] = [];
  const known = (name: string, key: string) => {
    if (!seen.has(name)) {
      throw new UserError(`unknown column "${name}": it is not among the contract's columns${didYouMean(name, names)}`, {
        file: source.file,
        line: source.lineOf([key]),
        field: key,
      });
    }
  };
  const extra = file['extra-columns'] ?? 'allow';
  if (extra !== 'allow') table.push({ kind: 'no-extra-columns', severity: extra });
  if (file['column-order'] !== undefined) {
    const r = unwrap(file['column-order'], defaultSeverity);
    if (r.value) table.push({ kind: 'column-order', columns: names, severity: r.severity });
  }
  if (file.rows !== undefined) {
    const { min, max } = file.rows;
    if (min !== undefined && max !== undefined && min > max) {
      throw new UserError(`rows.min (${min}) is larger than rows.max (${max})`, { file: source.file, line: source.lineOf(['rows']), field: 'rows' });
    }
    table.push({ kind: 'row-count', min, max, severity: file.rows.severity ?? defaultSeverity });
  }
  if (file['primary-key'] !== undefined) {
    const r = unwrap(file['primary-key'], defaultSeverity);
    const cols = typeof r.value === 'string' ? [r.value] : r.value;
    for (const c of cols) known(c, 'primary-key');
    table.push({ kind: 'primary-key', columns: cols, severity: r.severity, mostly: r.mostly });
  }
  return { source: source.file, format: 'modelgate', columns, table, missingValues: file['missing-values'] };
}

export const modelgateFormat = {
  name: 'modelgate',
  detectedBy: 'a `columns` list',
  readAs: "modelgate's own YAML/JSON format, below",
  detect: (source) => Array.isArray(objectOf(source)?.columns),
  read: (source) => ({ kind: 'table', contract: readModelgateContract(source) }),
} as const satisfies ContractFormatEntry<'modelgate'>;
