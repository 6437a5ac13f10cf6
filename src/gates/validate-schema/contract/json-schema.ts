/**
 * JSON Schema contracts for record data (JSON Lines, JSON arrays): each
 * record is validated with ajv (draft-07 or 2020-12, after `$schema`) and
 * ajv-formats, with `pattern` run on RE2 (pattern.ts). Errors are grouped by
 * the failing keyword at the failing place (array indices folded), so "age >
 * maximum" in 300 records is one check with 300 offending rows, like a
 * column rule of a table contract.
 */
import AjvDraft7Module from 'ajv';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { UserError } from '../../../core/errors.js';
import { ajvRegExpEngine } from '../pattern.js';
import type { RuleCheck } from '../evaluate.js';
import { objectOf, type ContractFormatEntry } from './format.js';
import type { ContractSource } from './source.js';

// ajv ships CommonJS with `exports.default`; under NodeNext the default import is the module object.
type Ctor = new (opts: Record<string, unknown>) => { compile(schema: unknown): ValidateFunction };
const unwrapDefault = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;
const AjvDraft7 = unwrapDefault<Ctor>(AjvDraft7Module);
const Ajv2020 = unwrapDefault<Ctor>(Ajv2020Module);
const addFormats = unwrapDefault<(ajv: unknown) => void>(addFormatsModule);

export interface RecordValidator {
  source: string;
  validate: ValidateFunction;
  /**
   * For records read from CSV/TSV, whose cells are all text: ajv's
   * coerceTypes reads "42" as the number 42 where the schema wants a number,
   * and empty cells are dropped from the record so that `required` sees them.
   */
  validateText: ValidateFunction;
}

export function compileJsonSchema(source: ContractSource): RecordValidator {
  const schema = source.value;
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    throw new UserError('a JSON Schema must be an object', { file: source.file });
  }
  const draft = String((schema as { $schema?: unknown }).$schema ?? '');
  const Ctor = draft.includes('2020-12') || draft.includes('2019-09') ? Ajv2020 : AjvDraft7;
  // Patterns run on RE2 (pattern.ts): linear time, so a schema's pattern cannot hang the gate.
  const options = { allErrors: true, strict: false, unicodeRegExp: true, code: { regExp: ajvRegExpEngine } };
  const ajv = new Ctor(options);
  const coercing = new Ctor({ ...options, coerceTypes: true });
  addFormats(ajv);
  addFormats(coercing);
  try {
    return { source: source.file, validate: ajv.compile(schema), validateText: coercing.compile(schema) };
  } catch (err) {
    throw new UserError(`the JSON Schema does not compile: ${(err as Error).message.split('\n')[0]}`, { file: source.file });
  }
}

function thresholdOf(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'maximum':
    case 'minimum':
    case 'exclusiveMaximum':
    case 'exclusiveMinimum':
      return `${String(p.comparison)} ${String(p.limit)}`;
    case 'enum':
      return `in [${(p.allowedValues as unknown[]).map((v) => String(v)).join(', ')}]`;
    case 'pattern':
      return `matches /${String(p.pattern)}/`;
    case 'type':
      return `type ${String(p.type)}`;
    case 'format':
      return `format ${String(p.format)}`;
    case 'required':
      return 'present';
    case 'additionalProperties':
      return 'no properties beyond the schema';
    case 'maxLength':
      return `length <= ${String(p.limit)}`;
    case 'minLength':
      return `length >= ${String(p.limit)}`;
    case 'const':
      return `= ${JSON.stringify(p.allowedValue)}`;
    default:
      return `${e.keyword} ${JSON.stringify(p)}`;
  }
}

function valueAt(record: unknown, pointer: string): unknown {
  let v: unknown = record;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

interface Group {
  check: RuleCheck;
}

/** Validate every record; one check for the records overall plus one per failing keyword and place. */
export async function validateRecords(
  records: AsyncIterable<{ record: unknown; line?: number | null }>,
  validator: RecordValidator,
  dataFile: string,
  maxExamples: number,
  textCells = false,
): Promise<{ checks: RuleCheck[]; rows: number; columns: number }> {
  const keys = new Set<string>();
  const validate = textCells ? validator.validateText : validator.validate;
  const groups = new Map<string, Group>();
  let rows = 0;
  let invalid = 0;
  const invalidRows: number[] = [];
  const invalidLines: number[] = [];
  for await (const item of records) {
    const line = item.line ?? undefined;
    let record = item.record;
    if (textCells && record !== null && typeof record === 'object') {
      const present: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(record)) if (v !== null && v !== '') present[k] = v;
      record = present;
    }
    rows++;
    if (record !== null && typeof record === 'object') for (const k in record) keys.add(k);
    if (validate(record)) continue;
    invalid++;
    if (invalidRows.length < maxExamples) {
      invalidRows.push(rows);
      if (line !== undefined) invalidLines.push(line);
    }
    const seen = new Set<string>();
    for (const e of validate.errors ?? []) {
      const missing = e.keyword === 'required' ? String((e.params as { missingProperty: string }).missingProperty) : null;
      const path = (e.instancePath + (missing !== null ? `/${missing}` : '')).replace(/\/\d+(?=\/|$)/g, '/*');
      const segments = path.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
      const subject = segments.length ? segments[0] : null;
      const where = segments.length ? `column.${segments.join('.')}` : 'record';
      const id = `${where}.${e.keyword}`;
      if (seen.has(id)) continue;
      seen.add(id);
      let g = groups.get(id);
      if (!g) {
        g = {
          check: {
            id,
            subject,
            name: e.keyword,
            value: 0,
            threshold: thresholdOf(e),
            verdict: 'fail',
            severity: 'error',
            message: '',
            file: dataFile,
            rows: [],
            lines: [],
            examples: [],
          },
        };
        groups.set(id, g);
      }
      const c = g.check;
      c.value = (c.value as number) + 1;
      if (c.rows.length < maxExamples) {
        c.rows.push(rows);
        if (line !== undefined) c.lines!.push(line);
        const v = missing !== null ? '(missing)' : valueAt(record, e.instancePath);
        const s = typeof v === 'string' ? v : JSON.stringify(v) ?? 'undefined';
        c.examples.push(s.length > 80 ? `${s.slice(0, 77)}...` : s);
        if (!c.message) c.message = `${segments.length ? segments.join('.') : 'record'} ${e.message ?? 'is invalid'}`;
      }
    }
  }
  const checks: RuleCheck[] = [
    {
      id: 'records.schema',
      subject: null,
      name: 'records match the JSON Schema',
      value: invalid,
      threshold: validator.source,
      verdict: invalid === 0 ? 'pass' : 'fail',
      severity: 'error',
      message: invalid === 0 ? `All ${rows} records are valid.` : `${invalid} of ${rows} records are invalid.`,
      file: dataFile,
      rows: invalidRows,
      ...(invalidLines.length ? { lines: invalidLines } : {}),
      examples: [],
    },
  ];
  for (const g of groups.values()) {
    const c = g.check;
    c.message = `${c.value} records: ${c.message}.`;
    if (!c.lines?.length) delete c.lines;
    checks.push(c);
  }
  return { checks, rows, columns: keys.size };
}

export const jsonSchemaFormat = {
  name: 'json-schema',
  detectedBy: '`$schema`, `properties` or `type: object`',
  readAs: 'a JSON Schema each record of a JSON/JSON Lines file is validated against (ajv, with ajv-formats)',
  detect(source) {
    const o = objectOf(source);
    return o !== undefined && ('$schema' in o || 'properties' in o || o.type === 'object');
  },
  read: (source) => ({ kind: 'records', validator: compileJsonSchema(source), format: 'json-schema' }),
} as const satisfies ContractFormatEntry<'json-schema'>;
