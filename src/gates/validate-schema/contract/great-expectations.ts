/**
 * A Great Expectations expectation suite (JSON; the 0.x `expectation_type`
 * and GX 1.x `type` spellings) to the contract model, with GE's semantics as
 * its pandas engine has them (great_expectations 1.2, the expectations in
 * great_expectations/expectations/core and their metrics):
 *
 * - between is inclusive unless strict_min / strict_max; a text cell against
 *   a numeric bound is a TypeError in GE, so it fails the rule whatever
 *   `mostly` says; min_value above max_value, or both unset, is refused;
 * - match_regex searches (re.search: anywhere unless anchored); an empty
 *   regex matches everything;
 * - unique counts every row of a repeated value as unexpected;
 * - compound uniqueness skips rows after ignore_row_if (by default rows whose
 *   parts are all missing) and compares the others, missing parts included;
 * - value lengths of a number column are an error in GE (len() of an int),
 *   so the rule fails; both bounds unset is refused;
 * - the mean of a true/false column is the share of true;
 * - type expectations judge cells as pandas holds them (see ValueKind);
 * - `mostly` where GE's map expectations take it, `row_condition` with the
 *   `pandas` or `great_expectations` parser (row-condition.ts) where GE takes
 *   one; a kwarg modelgate does not implement is refused, naming it.
 *
 * Expectations modelgate does not implement become warning checks that say
 * so: a suite is never passed by silently skipping a rule.
 */
import { z } from 'zod';
import { UserError } from '../../../core/errors.js';
import { parseDatetime } from '../column-data.js';
import { patternError } from '../pattern.js';
import { parseRowCondition, type ConditionParser, type RowCondition } from '../row-condition.js';
import { objectOf, type ContractFormatEntry } from './format.js';
import { zodError } from './modelgate.js';
import type { ColumnContract, ColumnRule, Contract, Severity, TableRule, ValueKind } from './model.js';
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

const suiteSchema = z.object({ expectations: z.array(expectationSchema) }).loose();

/**
 * What each implemented expectation takes besides the kwargs every
 * expectation may carry: its own kwargs, whether it takes `mostly` (GE's map
 * expectations) and a row condition (map, aggregate and row-count ones).
 */
const EXPECTATIONS: Record<string, { kwargs: string[]; mostly?: true; condition?: true }> = {
  expect_column_to_exist: { kwargs: ['column', 'column_index'] },
  expect_column_values_to_be_of_type: { kwargs: ['column', 'type_'], mostly: true, condition: true },
  expect_column_values_to_be_in_type_list: { kwargs: ['column', 'type_list'], mostly: true, condition: true },
  expect_column_values_to_not_be_null: { kwargs: ['column'], mostly: true, condition: true },
  expect_column_values_to_be_between: { kwargs: ['column', 'min_value', 'max_value', 'strict_min', 'strict_max'], mostly: true, condition: true },
  expect_column_values_to_be_in_set: { kwargs: ['column', 'value_set'], mostly: true, condition: true },
  expect_column_values_to_be_unique: { kwargs: ['column'], mostly: true, condition: true },
  expect_column_values_to_match_regex: { kwargs: ['column', 'regex'], mostly: true, condition: true },
  expect_column_value_lengths_to_be_between: { kwargs: ['column', 'min_value', 'max_value', 'strict_min', 'strict_max'], mostly: true, condition: true },
  expect_column_mean_to_be_between: { kwargs: ['column', 'min_value', 'max_value', 'strict_min', 'strict_max'], condition: true },
  expect_table_columns_to_match_ordered_list: { kwargs: ['column_list'] },
  expect_table_columns_to_match_set: { kwargs: ['column_set', 'exact_match'] },
  expect_table_row_count_to_be_between: { kwargs: ['min_value', 'max_value'], condition: true },
  expect_compound_columns_to_be_unique: { kwargs: ['column_list', 'ignore_row_if'], mostly: true, condition: true },
  expect_multicolumn_values_to_be_unique: { kwargs: ['column_list', 'ignore_row_if'], mostly: true, condition: true },
};

/** Kwargs that only shape GE's output or error handling, not the result. */
const PRESENTATION_KWARGS = new Set(['result_format', 'catch_exceptions', 'include_config', 'meta']);

const IGNORE_ROW_IF = { all_values_are_missing: 'all-missing', any_value_is_missing: 'any-missing', never: 'never' } as const;

/**
 * A type name as GE's pandas engine reads it (a numpy dtype, a pandas type,
 * or a Python type for object columns), as the kind of cell it accepts;
 * undefined for a name modelgate does not know.
 */
export function geValueKind(name: string): ValueKind | undefined {
  const n = name.toLowerCase();
  if (/^u?int(8|16|32|64)?$|^long$|^integer$|^int64dtype$/.test(n)) return 'integer';
  if (/^float(16|32|64)?$|^double$|^number$|^decimal$|^float64dtype$/.test(n)) return 'float';
  if (/^(str|str_|string|string_types|unicode|text)$/.test(n)) return 'text';
  if (/^(object|object_|o|category)$/.test(n)) return 'object';
  if (/^(bool|bool_|boolean)$/.test(n)) return 'boolean';
  if (/^datetime64(\[.*\])?$/.test(n)) return 'datetime';
  if (/^(timestamp|datetimetzdtype|datetimetzdtypetype)$/.test(n)) return 'datetime-tz';
  if (n === 'datetime' || n === 'date') return 'datetime-any';
  return undefined;
}

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
    const spec = EXPECTATIONS[type];
    if (!spec) {
      table.push({ kind: 'unsupported', name: type, detail: `expectations[${index}] (${origin})`, severity: 'warn' });
      return;
    }
    for (const key of Object.keys(kw)) {
      const known =
        spec.kwargs.includes(key) ||
        PRESENTATION_KWARGS.has(key) ||
        (key === 'mostly' && spec.mostly) ||
        ((key === 'row_condition' || key === 'condition_parser') && spec.condition);
      if (!known) {
        const why = key === 'mostly' || key === 'row_condition' || key === 'condition_parser' ? `${type} does not take kwargs.${key}` : `kwargs.${key} of ${type} is not supported by modelgate`;
        throw new UserError(why, at(key));
      }
    }

    const num = (key: string, integer = false): number | undefined => {
      const v = kw[key];
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'number' || (integer && !Number.isInteger(v))) {
        throw new UserError(`${type}: kwargs.${key} must be ${integer ? 'an integer' : 'a number'}, got ${JSON.stringify(v)}`, at(key));
      }
      return v;
    };
    const flag = (key: string): boolean | undefined => {
      const v = kw[key];
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'boolean') throw new UserError(`${type}: kwargs.${key} must be true or false, got ${JSON.stringify(v)}`, at(key));
      return v || undefined;
    };
    const str = (key: string, allowEmpty = false): string => {
      const v = kw[key];
      if (typeof v !== 'string' || (v === '' && !allowEmpty)) throw new UserError(`${type} needs kwargs.${key} (a string)`, at(key));
      return v;
    };
    const list = (key: string, nullable = false): string[] | null => {
      const v = kw[key];
      if (nullable && (v === null || v === undefined)) return null;
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new UserError(`${type} needs kwargs.${key} (a list of column names)`, at(key));
      return v as string[];
    };
    const bothBounds = (lo: number | string | undefined, hi: number | string | undefined, refuseNone: boolean, refuseCrossed: boolean) => {
      if (refuseNone && lo === undefined && hi === undefined) throw new UserError(`${type}: min_value and max_value cannot both be unset`, at());
      const order = (b: number | string) => (typeof b === 'number' ? b : parseDatetime(b));
      if (refuseCrossed && lo !== undefined && hi !== undefined && typeof lo === typeof hi && order(lo) > order(hi)) {
        throw new UserError(`${type}: min_value (${lo}) is greater than max_value (${hi})`, at('min_value'));
      }
    };

    const mostly = num('mostly');
    if (mostly !== undefined && (mostly < 0 || mostly > 1)) throw new UserError(`mostly must be between 0 and 1, got ${mostly}`, at('mostly'));
    const where = rowCondition(kw, type, at);
    const base = { severity, origin, ...(mostly !== undefined ? { mostly } : {}), ...(where ? { where } : {}) };
    const add = (rule: ColumnRule) => column(str('column')).rules.push(rule);
    const boundValue = (key: string): number | string | undefined => {
      const v = kw[key];
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'number' && typeof v !== 'string') throw new UserError(`${type}: kwargs.${key} must be a number or date`, at(key));
      if (typeof v === 'string' && Number.isNaN(parseDatetime(v))) throw new UserError(`${type}: kwargs.${key} "${v}" is neither a number nor an ISO-8601 date`, at(key));
      return v;
    };

    switch (type) {
      case 'expect_column_to_exist': {
        const c = column(str('column'));
        // GE tests `if column_index:`, so 0 (like null) asks only that the column exists.
        const position = num('column_index', true);
        if (position) {
          const present = c.rules.find((r) => r.kind === 'present' && r.position === undefined);
          if (present && present.kind === 'present') present.position = position;
          else c.rules.push({ kind: 'present', position, severity, origin });
        }
        break;
      }
      case 'expect_column_values_to_be_of_type':
      case 'expect_column_values_to_be_in_type_list': {
        const isList = type.endsWith('type_list');
        const names = isList ? kw.type_list : [kw.type_];
        if (isList && (names === null || names === undefined)) {
          add({ kind: 'value-type', kinds: null, written: [], ...base });
          break;
        }
        const key = isList ? 'type_list' : 'type_';
        if (!Array.isArray(names) || names.length === 0 || names.some((x) => typeof x !== 'string')) throw new UserError(`${type} needs kwargs.${key}`, at(key));
        const kinds = (names as string[]).map(geValueKind);
        const unknown = (names as string[]).filter((_, i) => kinds[i] === undefined);
        if (unknown.length) {
          column(str('column'));
          table.push({ kind: 'unsupported', name: type, detail: `expectations[${index}] (${origin}): type ${unknown.join(', ')} is not a pandas type modelgate knows`, severity: 'warn' });
          break;
        }
        add({ kind: 'value-type', kinds: kinds as ValueKind[], written: names as string[], ...base });
        break;
      }
      case 'expect_column_values_to_not_be_null':
        add({ kind: 'not-null', ...base });
        break;
      case 'expect_column_values_to_be_between': {
        const lo = boundValue('min_value');
        const hi = boundValue('max_value');
        bothBounds(lo, hi, true, true);
        // Date bounds make the column a datetime column (GE compares them as dates); its cells must then parse as dates.
        if ([lo, hi].some((b) => typeof b === 'string')) {
          const c = column(str('column'));
          if (c.type !== 'datetime') {
            c.type = 'datetime';
            c.rules.push({ kind: 'type', type: 'datetime', severity, origin });
          }
        }
        const strictKinds = true;
        if (lo !== undefined) add({ kind: 'min', value: lo, exclusive: flag('strict_min'), strictKinds, ...base });
        if (hi !== undefined) add({ kind: 'max', value: hi, exclusive: flag('strict_max'), strictKinds, ...base });
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
        // An empty regex is a valid pattern that matches every value (re.search("", s)).
        const regex = str('regex', true);
        const problem = patternError(regex);
        if (problem !== undefined) throw new UserError(`column "${String(kw.column)}": regex /${regex}/ does not compile: ${problem}`, at('regex'));
        add({ kind: 'pattern', pattern: regex, ...base });
        break;
      }
      case 'expect_column_value_lengths_to_be_between': {
        const lo = num('min_value', true);
        const hi = num('max_value', true);
        // GE refuses both unset; crossed bounds are allowed and every value fails.
        bothBounds(lo, hi, true, false);
        if (lo !== undefined) add({ kind: 'min-length', value: lo, exclusive: flag('strict_min'), textOnly: true, ...base });
        if (hi !== undefined) add({ kind: 'max-length', value: hi, exclusive: flag('strict_max'), textOnly: true, ...base });
        break;
      }
      case 'expect_column_mean_to_be_between': {
        // Both bounds unset: GE passes vacuously (the mean is still reported).
        const lo = num('min_value');
        const hi = num('max_value');
        add({ kind: 'mean', min: lo, max: hi, exclusiveMin: flag('strict_min'), exclusiveMax: flag('strict_max'), ...base });
        break;
      }
      case 'expect_table_columns_to_match_ordered_list':
        table.push({ kind: 'column-order', columns: list('column_list', true), severity, origin, exact: true });
        break;
      case 'expect_table_columns_to_match_set':
        // A missing set is the empty set; GE tests `if exact_match:`, so unset means "at least these".
        table.push({ kind: 'column-set', columns: list('column_set', true) ?? [], exactMatch: kw.exact_match === true, severity, origin });
        break;
      case 'expect_table_row_count_to_be_between': {
        const lo = num('min_value', true);
        const hi = num('max_value', true);
        bothBounds(lo, hi, false, true);
        table.push({ kind: 'row-count', min: lo, max: hi, ...base });
        break;
      }
      case 'expect_compound_columns_to_be_unique':
      case 'expect_multicolumn_values_to_be_unique': {
        const ignore = kw.ignore_row_if ?? 'all_values_are_missing';
        if (typeof ignore !== 'string' || !Object.hasOwn(IGNORE_ROW_IF, ignore)) {
          throw new UserError(`${type}: kwargs.ignore_row_if must be one of ${Object.keys(IGNORE_ROW_IF).join(', ')}, got ${JSON.stringify(ignore)}`, at('ignore_row_if'));
        }
        table.push({ kind: 'unique-together', columns: list('column_list')!, skip: IGNORE_ROW_IF[ignore as keyof typeof IGNORE_ROW_IF], ...base });
        break;
      }
    }
  });
  return { source: source.file, format: 'great-expectations', columns: [...columns.values()], table };
}

const PARSERS: Record<string, ConditionParser | null> = {
  pandas: 'pandas',
  great_expectations: 'great_expectations',
  great_expectations__experimental__: 'great_expectations',
  // A valid GE parser whose conditions are Spark SQL expressions, which modelgate does not read.
  spark: null,
};

/** The expectation's row condition, if it has one. */
function rowCondition(kw: Record<string, unknown>, type: string, at: (key?: string) => { file: string; line?: number; field: string }): RowCondition | undefined {
  const text = kw.row_condition;
  if (text === undefined || text === null || text === '') return undefined;
  if (typeof text !== 'string') throw new UserError(`${type}: kwargs.row_condition must be a string`, at('row_condition'));
  const parserName = kw.condition_parser;
  if (parserName === undefined || parserName === null) throw new UserError(`${type}: kwargs.row_condition needs kwargs.condition_parser (pandas or great_expectations)`, at('row_condition'));
  if (typeof parserName !== 'string' || !Object.hasOwn(PARSERS, parserName)) {
    throw new UserError(`${type}: kwargs.condition_parser ${JSON.stringify(parserName)} is not one of ${Object.keys(PARSERS).join(', ')}`, at('condition_parser'));
  }
  const parser = PARSERS[parserName];
  if (parser === null) throw new UserError(`${type}: kwargs.condition_parser "${parserName}" is not supported by modelgate (use pandas or great_expectations)`, at('condition_parser'));
  try {
    return parseRowCondition(text, parser);
  } catch (err) {
    throw new UserError(`${type}: kwargs.row_condition ${JSON.stringify(text)} is not supported by modelgate: ${(err as Error).message}`, at('row_condition'));
  }
}

export const greatExpectationsFormat = {
  name: 'great-expectations',
  detectedBy: 'an `expectations` list',
  readAs: 'a Great Expectations expectation suite (JSON; 0.x `expectation_type` and 1.x `type`)',
  detect: (source) => Array.isArray(objectOf(source)?.expectations),
  read: (source) => ({ kind: 'table', contract: readGreatExpectationsContract(source) }),
} as const satisfies ContractFormatEntry<'great-expectations'>;
