/**
 * Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/)
 * to the contract model, read as frictionless-py (v5) validates a resource:
 *
 * - fields are matched to the data's columns by name; a field the data lacks
 *   is an error (missing-label), so is a column no field names (extra-label);
 * - cells are read after the field's type, `format`, `bareNumber`,
 *   `groupChar`, `decimalChar`, `trueValues` / `falseValues` (the spec's
 *   defaults apply when unset) and `missingValues` (a field's own replace
 *   the schema's); see frictionless-cells.ts;
 * - a constraint the field's type does not support (`minLength` on an
 *   integer) is a schema error, as in frictionless-py's `supported_constraints`;
 * - `pattern` must match the whole value (the spec's implicit anchoring);
 * - `unique` and `primaryKey` name the rows that repeat an earlier one (the
 *   second occurrence onward); a key whose parts are all missing is an error,
 *   a partly missing key is compared like any other.
 *
 * All rules are errors. Types map to modelgate types (date, datetime, time,
 * yearmonth → datetime with the field's own reader; year → integer); `any`
 * and `geojson`/`geopoint` cells are not type-checked.
 */
import { z } from 'zod';
import { UserError } from '../../../core/errors.js';
import { didYouMean } from '../../../core/suggest.js';
import { patternError } from '../pattern.js';
import { objectOf, type ContractFormatEntry } from './format.js';
import { fieldReader } from './frictionless-cells.js';
import { zodError } from './modelgate.js';
import type { ColumnContract, ColumnRule, ColumnType, Contract, TableRule } from './model.js';
import type { ContractSource } from './source.js';

const scalar = z.union([z.string(), z.number(), z.boolean()]);

const fieldSchema = z
  .object({
    name: z.string().min(1),
    type: z.string().optional(),
    format: z.string().optional(),
    trueValues: z.array(z.string()).optional(),
    falseValues: z.array(z.string()).optional(),
    bareNumber: z.boolean().optional(),
    groupChar: z.string().optional(),
    decimalChar: z.string().min(1).optional(),
    missingValues: z.array(z.string()).optional(),
    constraints: z
      .object({
        required: z.boolean().optional(),
        unique: z.boolean().optional(),
        minimum: scalar.optional(),
        maximum: scalar.optional(),
        exclusiveMinimum: scalar.optional(),
        exclusiveMaximum: scalar.optional(),
        pattern: z.string().optional(),
        enum: z.array(scalar).optional(),
        minLength: z.number().int().min(0).optional(),
        maxLength: z.number().int().min(0).optional(),
      })
      .loose()
      .optional(),
  })
  .loose();

const tableSchemaSchema = z
  .object({
    fields: z.array(fieldSchema),
    primaryKey: z.union([z.string(), z.array(z.string())]).optional(),
    missingValues: z.array(z.string()).optional(),
  })
  .loose();

const TYPE_MAP: Record<string, ColumnType | undefined> = {
  string: 'string',
  number: 'number',
  integer: 'integer',
  boolean: 'boolean',
  date: 'datetime',
  datetime: 'datetime',
  time: 'datetime',
  yearmonth: 'datetime',
  year: 'integer',
  object: 'string',
  array: 'string',
  duration: 'string',
  any: undefined,
  geojson: undefined,
  geopoint: undefined,
};

const ORDERED = ['required', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'enum'];
/**
 * The constraints each type supports (frictionless-py's supported_constraints,
 * plus `unique` everywhere and the spec's exclusive bounds beside minimum and
 * maximum).
 */
const SUPPORTED: Record<string, string[]> = {
  any: ['required', 'enum'],
  array: ['required', 'minLength', 'maxLength', 'enum'],
  boolean: ['required', 'enum'],
  date: ORDERED,
  datetime: ORDERED,
  time: ORDERED,
  year: ORDERED,
  yearmonth: ORDERED,
  integer: ORDERED,
  number: ORDERED,
  duration: ['required', 'enum'],
  geojson: ['required', 'enum'],
  geopoint: ['required', 'enum'],
  object: ['required', 'minLength', 'maxLength', 'enum'],
  string: ['required', 'minLength', 'maxLength', 'pattern', 'enum'],
};

// The spec's defaults (frictionless-py settings.DEFAULT_TRUE_VALUES / DEFAULT_FALSE_VALUES).
const TRUE_VALUES = ['true', 'True', 'TRUE', '1'];
const FALSE_VALUES = ['false', 'False', 'FALSE', '0'];

export function readFrictionlessContract(source: ContractSource): Contract {
  const parsed = tableSchemaSchema.safeParse(source.value);
  if (!parsed.success) throw zodError(source, parsed.error, 'Frictionless Table Schema');
  const schema = parsed.data;
  const names = schema.fields.map((f) => f.name);
  const table: TableRule[] = [];
  const columns: ColumnContract[] = schema.fields.map((f, index) => {
    const where = (...path: (string | number)[]) => ({ file: source.file, line: source.lineOf(['fields', index, ...path]), field: `fields[${index}].${path.join('.')}` });
    const at = (key: string) => where('constraints', key);
    // A field without a type is `any` (Table Schema v2; v1 said string, which is not checked either).
    const fieldType = f.type ?? 'any';
    if (!Object.hasOwn(SUPPORTED, fieldType)) throw new UserError(`field "${f.name}": unknown Table Schema type "${fieldType}"`, where('type'));
    const type = TYPE_MAP[fieldType];
    const reader = fieldReader({ ...f, type: fieldType });
    const c = f.constraints ?? {};
    for (const key of Object.keys(c)) {
      if (key !== 'unique' && !SUPPORTED[fieldType].includes(key)) throw new UserError(`field "${f.name}": constraint "${key}" is not supported by type "${fieldType}"`, at(key));
    }
    const rules: ColumnRule[] = [{ kind: 'present', severity: 'error' }];
    if (reader !== undefined && 'unsupported' in reader) {
      table.push({ kind: 'unsupported', name: 'format', detail: `field "${f.name}": ${reader.unsupported} is not checked`, severity: 'warn' });
    } else if (type !== undefined && (type !== 'string' || reader !== undefined)) {
      rules.push({ kind: 'type', type, severity: 'error' });
    }
    const cellReader = reader !== undefined && !('unsupported' in reader) ? reader : undefined;
    if (c.required) rules.push({ kind: 'not-null', severity: 'error' });
    for (const [key, kind, exclusive] of [
      ['minimum', 'min', false],
      ['maximum', 'max', false],
      ['exclusiveMinimum', 'min', true],
      ['exclusiveMaximum', 'max', true],
    ] as const) {
      const v = c[key];
      if (v === undefined) continue;
      if (typeof v === 'boolean') throw new UserError(`field "${f.name}": ${key} must be a number or date`, at(key));
      // Frictionless reads a bound with the field's own reader (its format): it must read.
      if (typeof v === 'string' && cellReader !== undefined && Number.isNaN(cellReader.read(v))) {
        throw new UserError(`field "${f.name}": ${key} "${v}" is not a ${cellReader.describe} value`, at(key));
      }
      rules.push({ kind, value: v, exclusive: exclusive || undefined, severity: 'error' });
    }
    if (c.enum) rules.push({ kind: 'values', values: c.enum, severity: 'error' });
    if (c.pattern !== undefined) {
      const problem = patternError(c.pattern);
      if (problem !== undefined) throw new UserError(`field "${f.name}": pattern /${c.pattern}/ does not compile: ${problem}`, at('pattern'));
      rules.push({ kind: 'pattern', pattern: c.pattern, whole: true, severity: 'error' });
    }
    // minLength/maxLength of an array or object count items or keys, not characters.
    for (const [key, kind] of [
      ['minLength', 'min-length'],
      ['maxLength', 'max-length'],
    ] as const) {
      const v = c[key];
      if (v === undefined) continue;
      if (fieldType === 'string') rules.push({ kind, value: v, severity: 'error' });
      else table.push({ kind: 'unsupported', name: key, detail: `field "${f.name}": ${key} of an ${fieldType} field (item count) is not checked`, severity: 'warn' });
    }
    if (c.unique) rules.push({ kind: 'unique', repeats: 'later', severity: 'error' });
    const booleanValues = fieldType === 'boolean' ? { true: f.trueValues ?? TRUE_VALUES, false: f.falseValues ?? FALSE_VALUES } : undefined;
    // Empty cells are always missing to modelgate's readers; the other tokens come from the field or the schema.
    const missingValues = f.missingValues?.filter((s) => s !== '');
    return {
      name: f.name,
      type,
      rules,
      ...(booleanValues ? { booleanValues } : {}),
      ...(cellReader ? { reader: cellReader } : {}),
      ...(missingValues ? { missingValues } : {}),
    };
  });
  // Columns no field names: frictionless-py's extra-label.
  table.unshift({ kind: 'no-extra-columns', severity: 'error' });
  if (schema.primaryKey !== undefined) {
    const key = typeof schema.primaryKey === 'string' ? [schema.primaryKey] : schema.primaryKey;
    for (const k of key) {
      if (!names.includes(k)) {
        throw new UserError(`unknown column "${k}": it is not among the schema's fields${didYouMean(k, names)}`, {
          file: source.file,
          line: source.lineOf(['primaryKey']),
          field: 'primaryKey',
        });
      }
    }
    table.push({ kind: 'primary-key', columns: key, missing: 'all-parts', repeats: 'later', severity: 'error' });
  }
  // The spec's default missingValues is [""]: empty cells are missing already.
  return { source: source.file, format: 'frictionless', columns, table, missingValues: schema.missingValues?.filter((s) => s !== '') };
}

export const frictionlessFormat = {
  name: 'frictionless',
  detectedBy: 'a `fields` list',
  readAs: '[Frictionless Table Schema](https://specs.frictionlessdata.io/table-schema/)',
  detect: (source) => Array.isArray(objectOf(source)?.fields),
  read: (source) => ({ kind: 'table', contract: readFrictionlessContract(source) }),
} as const satisfies ContractFormatEntry<'frictionless'>;
