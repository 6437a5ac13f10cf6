/**
 * A Great Expectations expectation suite (JSON; the 0.x `expectation_type`
 * and GX 1.x `type` spellings) to the contract model. `mostly` is kept on
 * each rule. Expectations modelgate does not implement become warning
 * checks that say so: a suite is never passed by silently skipping a rule.
 *
 * Semantics follow the GX docs: between is inclusive unless strict_min /
 * strict_max; match_regex searches (re.search, not anchored); unique counts
 * every row of a repeated value as unexpected; a missing column is an error.
 */
import { z } from 'zod';
import { UserError } from '../../../core/errors.js';
import { parseDatetime } from '../column-data.js';
import { objectOf, type ContractFormatEntry } from './format.js';
import { zodError } from './modelgate.js';
import type { ColumnContract, ColumnRule, ColumnType, Contract, Severity, TableRule } from './model.js';
import type { ContractSource } from './source.js';

const expectationSchema = z
  .object({
    expectation_type: z.string().optional(),
    type: z.string().optional(),
    kwargs: z.record(z.string(), z.unknown()).optional(),
    meta: z.record(z.string(), z.unknown()).optional(),
    severity: z.string().optional(),
  })
  .loose();

/** A pandas/numpy/Python type name as GE writes it, as a modelgate type. */
function geType(name: string): ColumnType | undefined {
  const n = name.toLowerCase();
  if (/^u?int(8|16|32|64)?$|^long$|^integer(type)?$/.test(n)) return 'integer';
  if (/^float(16|32|64)?$|^double$|^number$|^decimal$/.test(n)) return 'number';
  if (/^(str|string|object|unicode|text)$/.test(n)) return 'string';
  if (/^(bool|boolean)$/.test(n)) return 'boolean';
  if (/^datetime(64)?(\[.*\])?$|^timestamp$|^date$/.test(n)) return 'datetime';
  if (n === 'category') return 'category';
  return undefined;
}

const suiteSchema = z.object({ expectations: z.array(expectationSchema) }).loose();

export function readGreatExpectationsContract(source: ContractSource): Contract {
  const parsed = suiteSchema.safeParse(source.value);
  if (!parsed.success) throw zodError(source, parsed.error, 'Great Expectations suite');
  const columns = new Map<string, ColumnContract>();
  const table: TableRule[] = [];
  const column = (name: string): ColumnContract => {
    let c = columns.get(name);
    if (!c) {
      c = { name, rules: [{ kind: 'present', severity: 'error' }] };
      columns.set(name, c);
    }
    return c;
  };

  parsed.data.expectations.forEach((e, index) => {
    const at = (key?: string) => {
      const path = key ? ['expectations', index, 'kwargs', key] : ['expectations', index];
      return { file: source.file, line: source.lineOf(path), field: `expectations[${index}]${key ? `.kwargs.${key}` : ''}` };
    };
    const type = e.type ?? e.expectation_type;
    if (!type) throw new UserError('expectation has no type (expectation_type or type)', at());
    const kw = e.kwargs ?? {};
    const sevText = String(e.severity ?? e.meta?.severity ?? 'error').toLowerCase();
    const severity: Severity = sevText === 'warn' || sevText === 'warning' ? 'warn' : 'error';
    const origin = `${source.file}:${at().line ?? ''}`;

    const num = (key: string, required = false): number | undefined => {
      const v = kw[key];
      if (v === undefined || v === null) {
        if (required) throw new UserError(`${type} needs kwargs.${key}`, at(key));
        return undefined;
      }
      if (typeof v !== 'number') throw new UserError(`${type}: kwargs.${key} must be a number, got ${JSON.stringify(v)}`, at(key));
      return v;
    };
    const str = (key: string): string => {
      const v = kw[key];
      if (typeof v !== 'string' || v === '') throw new UserError(`${type} needs kwargs.${key} (a string)`, at(key));
      return v;
    };
    const list = (key: string): string[] => {
      const v = kw[key];
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new UserError(`${type} needs kwargs.${key} (a list of column names)`, at(key));
      return v as string[];
    };
    const mostly = num('mostly');
    if (mostly !== undefined && (mostly < 0 || mostly > 1)) throw new UserError(`mostly must be between 0 and 1, got ${mostly}`, at('mostly'));
    const base = { severity, origin, ...(mostly !== undefined ? { mostly } : {}) };
    const add = (rule: ColumnRule) => column(str('column')).rules.push(rule);
    const boundValue = (key: string): number | string | undefined => {
      const v = kw[key];
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'number' && typeof v !== 'string') throw new UserError(`${type}: kwargs.${key} must be a number or date`, at(key));
      return v;
    };

    switch (type) {
      case 'expect_column_to_exist':
        column(str('column'));
        break;
      case 'expect_column_values_to_be_of_type':
      case 'expect_column_values_to_be_in_type_list': {
        const names = type.endsWith('type_list') ? kw.type_list : [kw.type_];
        if (!Array.isArray(names) || names.length === 0 || names.some((x) => typeof x !== 'string')) {
          throw new UserError(`${type} needs kwargs.${type.endsWith('type_list') ? 'type_list' : 'type_'}`, at());
        }
        const mapped = new Set((names as string[]).map(geType));
        if (mapped.size !== 1 || mapped.has(undefined)) {
          table.push({ kind: 'unsupported', name: type, detail: `expectations[${index}] (${origin}): type ${names.join(', ')} has no single modelgate type`, severity: 'warn' });
          break;
        }
        const t = [...mapped][0] as ColumnType;
        const c = column(str('column'));
        c.type = t;
        if (t !== 'string') c.rules.push({ kind: 'type', type: t, ...base });
        break;
      }
      case 'expect_column_values_to_not_be_null':
        add({ kind: 'not-null', ...base });
        break;
      case 'expect_column_values_to_be_between': {
        const lo = boundValue('min_value');
        const hi = boundValue('max_value');
        if (lo === undefined && hi === undefined) throw new UserError(`${type} needs min_value or max_value`, at());
        // Date bounds make the column a datetime column (GE compares them as dates); its cells must then parse as dates.
        if ([lo, hi].some((b) => typeof b === 'string')) {
          for (const [key, b] of [['min_value', lo], ['max_value', hi]] as const) {
            if (typeof b === 'string' && Number.isNaN(parseDatetime(b))) throw new UserError(`${type}: kwargs.${key} "${b}" is neither a number nor an ISO-8601 date`, at(key));
          }
          const c = column(str('column'));
          if (c.type !== 'datetime') {
            c.type = 'datetime';
            c.rules.push({ kind: 'type', type: 'datetime', severity, origin });
          }
        }
        if (lo !== undefined) add({ kind: 'min', value: lo, exclusive: kw.strict_min === true || undefined, ...base });
        if (hi !== undefined) add({ kind: 'max', value: hi, exclusive: kw.strict_max === true || undefined, ...base });
        break;
      }
      case 'expect_column_values_to_be_in_set': {
        const set = kw.value_set;
        if (!Array.isArray(set)) throw new UserError(`${type} needs kwargs.value_set (a list)`, at('value_set'));
        add({ kind: 'values', values: set.filter((v): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v)), ...base });
        break;
      }
      case 'expect_column_values_to_be_unique':
        add({ kind: 'unique', ...base });
        break;
      case 'expect_column_values_to_match_regex': {
        const regex = str('regex');
        try {
          new RegExp(regex, 'u');
        } catch (err) {
          throw new UserError(`column "${String(kw.column)}": regex /${regex}/ does not compile: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`, at('regex'));
        }
        add({ kind: 'pattern', pattern: regex, ...base });
        break;
      }
      case 'expect_column_value_lengths_to_be_between': {
        const lo = num('min_value');
        const hi = num('max_value');
        if (lo !== undefined) add({ kind: 'min-length', value: lo, ...base });
        if (hi !== undefined) add({ kind: 'max-length', value: hi, ...base });
        break;
      }
      case 'expect_column_mean_to_be_between': {
        const lo = num('min_value');
        const hi = num('max_value');
        add({ kind: 'mean', min: lo, max: hi, exclusiveMin: kw.strict_min === true || undefined, exclusiveMax: kw.strict_max === true || undefined, severity, origin });
        break;
      }
      case 'expect_table_columns_to_match_ordered_list':
        table.push({ kind: 'column-order', columns: list('column_list'), severity, origin, exact: true });
        break;
      case 'expect_table_columns_to_match_set':
        table.push({ kind: 'column-set', columns: list('column_set'), exactMatch: kw.exact_match !== false, severity, origin });
        break;
      case 'expect_table_row_count_to_be_between': {
        const lo = num('min_value');
        const hi = num('max_value');
        table.push({ kind: 'row-count', min: lo, max: hi, severity, origin });
        break;
      }
      case 'expect_compound_columns_to_be_unique':
      case 'expect_multicolumn_values_to_be_unique':
        table.push({ kind: 'primary-key', columns: list('column_list'), ...base });
        break;
      default:
        table.push({ kind: 'unsupported', name: type, detail: `expectations[${index}] (${origin})`, severity: 'warn' });
    }
  });
  return { source: source.file, format: 'great-expectations', columns: [...columns.values()], table };
}

export const greatExpectationsFormat = {
  name: 'great-expectations',
  detectedBy: 'an `expectations` list',
  readAs: 'a Great Expectations expectation suite (JSON; 0.x `expectation_type` and 1.x `type`)',
  detect: (source) => Array.isArray(objectOf(source)?.expectations),
  read: (source) => ({ kind: 'table', contract: readGreatExpectationsContract(source) }),
} as const satisfies ContractFormatEntry<'great-expectations'>;
