/**
 * Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/)
 * to the contract model. Field types map to modelgate types (date, datetime
 * and time-less dates → datetime; year → integer; anything else without a
 * modelgate equivalent → string, i.e. not type-checked); constraints map
 * rule by rule. `pattern` is an implicitly anchored XML Schema regular
 * expression in the spec, so it is wrapped in ^(?:...)$.
 */
import { z } from 'zod';
import { UserError } from '../../../core/errors.js';
import { didYouMean } from '../../../core/suggest.js';
import { objectOf, type ContractFormatEntry } from './format.js';
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

const TYPE_MAP: Record<string, ColumnType> = {
  string: 'string',
  number: 'number',
  integer: 'integer',
  boolean: 'boolean',
  date: 'datetime',
  datetime: 'datetime',
  year: 'integer',
};

export function readFrictionlessContract(source: ContractSource): Contract {
  const parsed = tableSchemaSchema.safeParse(source.value);
  if (!parsed.success) throw zodError(source, parsed.error, 'Frictionless Table Schema');
  const schema = parsed.data;
  const names = schema.fields.map((f) => f.name);
  const columns: ColumnContract[] = schema.fields.map((f, index) => {
    const at = (key: string) => ({ file: source.file, line: source.lineOf(['fields', index, 'constraints', key]), field: `fields[${index}].constraints.${key}` });
    const type = f.type ? TYPE_MAP[f.type] : undefined;
    if (f.type && type === undefined && !['any', 'object', 'array', 'time', 'yearmonth', 'duration', 'geopoint', 'geojson'].includes(f.type)) {
      throw new UserError(`field "${f.name}": unknown Table Schema type "${f.type}"`, {
        file: source.file,
        line: source.lineOf(['fields', index, 'type']),
        field: `fields[${index}].type`,
      });
    }
    const c = f.constraints ?? {};
    const rules: ColumnRule[] = [{ kind: 'present', severity: 'error' }];
    if (type && type !== 'string') rules.push({ kind: 'type', type, severity: 'error' });
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
      rules.push({ kind, value: v, exclusive: exclusive || undefined, severity: 'error' });
    }
    if (c.enum) rules.push({ kind: 'values', values: c.enum, severity: 'error' });
    if (c.pattern !== undefined) {
      const pattern = `^(?:${c.pattern})$`;
      try {
        new RegExp(pattern, 'u');
      } catch (err) {
        throw new UserError(`field "${f.name}": pattern /${c.pattern}/ does not compile: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`, at('pattern'));
      }
      rules.push({ kind: 'pattern', pattern, severity: 'error' });
    }
    if (c.minLength !== undefined) rules.push({ kind: 'min-length', value: c.minLength, severity: 'error' });
    if (c.maxLength !== undefined) rules.push({ kind: 'max-length', value: c.maxLength, severity: 'error' });
    if (c.unique) rules.push({ kind: 'unique', severity: 'error' });
    // The spec's defaults, exact and case-sensitive, apply once a field names either list.
    const booleanValues =
      type === 'boolean' && (f.trueValues || f.falseValues)
        ? { true: f.trueValues ?? ['true', 'True', 'TRUE', '1'], false: f.falseValues ?? ['false', 'False', 'FALSE', '0'] }
        : undefined;
    return { name: f.name, type, rules, ...(booleanValues ? { booleanValues } : {}) };
  });
  const table: TableRule[] = [];
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
    table.push({ kind: 'primary-key', columns: key, severity: 'error' });
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
