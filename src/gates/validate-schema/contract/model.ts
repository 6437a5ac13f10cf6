/**
 * The data contract every reader (modelgate YAML, Frictionless Table Schema,
 * Great Expectations suite, MLflow signature) is turned into. One rule here
 * becomes one Check in the report, so the evaluation code never needs to
 * know which format a rule came from.
 */
import type { RowCondition } from '../row-condition.js';
import type { ContractFormat } from './formats.js';

export type { ContractFormat } from './formats.js';

export type Severity = 'error' | 'warn';

export const COLUMN_TYPES = ['number', 'integer', 'string', 'boolean', 'datetime', 'category'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** Fields every rule has. */
interface RuleBase {
  severity: Severity;
  /**
   * Great Expectations' `mostly`: the rule holds when at least this share of
   * the cells it looks at conform (non-null cells, or all rows for not-null).
   */
  mostly?: number;
  /** Where the rule was written, for messages ("contract.yml:12"). */
  origin?: string;
  /** Great Expectations' `row_condition`: the rule looks only at the rows it selects. */
  where?: RowCondition;
}

/**
 * What a cell is as pandas would hold it, for Great Expectations' type
 * expectations: `integer` and `float` are cells of a number column (whole
 * numbers for `integer`); `text` is a cell of a text column; `boolean` a
 * true/false cell; `datetime` an ISO-8601 date-time without offset (numpy
 * datetime64), `datetime-tz` one with an offset (pandas Timestamp),
 * `datetime-any` either; `object` any cell of a text column.
 */
export const VALUE_KINDS = ['integer', 'float', 'text', 'boolean', 'datetime', 'datetime-tz', 'datetime-any', 'object'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** Rules about the cells of one column. */
export type ColumnRule = RuleBase &
  (
    /** position: the 0-based place the column must have among the data's columns. */
    | { kind: 'present'; position?: number }
    | { kind: 'type'; type: ColumnType }
    /** Each present cell is one of these kinds (types as written, for messages); null: any (a placeholder suite). */
    | { kind: 'value-type'; kinds: ValueKind[] | null; written: string[] }
    | { kind: 'not-null' }
    | { kind: 'max-null-fraction'; value: number }
    /**
     * strictKinds: a present cell of another kind than the bound (text where
     * the bound is a number) fails the rule whatever `mostly` says, as Great
     * Expectations raises a TypeError on it.
     */
    | { kind: 'min'; value: number | string; exclusive?: boolean; strictKinds?: boolean }
    | { kind: 'max'; value: number | string; exclusive?: boolean; strictKinds?: boolean }
    | { kind: 'values'; values: (string | number | boolean)[] }
    /** whole: the pattern must match the whole value (Table Schema); otherwise anywhere (see pattern.ts). */
    | { kind: 'pattern'; pattern: string; whole?: boolean }
    /** repeats: which rows of a repeated value offend: all of them (default, as GE) or the second onward (Frictionless). */
    | { kind: 'unique'; repeats?: Repeats }
    /** textOnly: a number column has no lengths, and the rule fails on it (GE raises on len() of a number). */
    | { kind: 'min-length'; value: number; exclusive?: boolean; textOnly?: boolean }
    | { kind: 'max-length'; value: number; exclusive?: boolean; textOnly?: boolean }
    | { kind: 'mean'; min?: number; max?: number; exclusiveMin?: boolean; exclusiveMax?: boolean }
  );

export type ColumnRuleKind = ColumnRule['kind'];

export type Repeats = 'all' | 'later';

/**
 * A cell reader of the contract's own, for formats whose fields say how
 * their text is written (Frictionless `format`, `groupChar`, `bareNumber`,
 * …): the cell's value as a number (epoch ms for dates, seconds for times,
 * months for year-months, 0 for a valid string), NaN when it does not read.
 */
export interface CellReader {
  read(text: string): number;
  /** Whether a number column's cells must be read from their text (e.g. `decimalChar: ","`) rather than the reader's numbers. */
  needsText: boolean;
  /** The type and format, for messages ("date/%d/%m/%y"). */
  describe: string;
}

export interface ColumnContract {
  name: string;
  /** Declared type; undefined when the format does not say (a GE suite). */
  type?: ColumnType;
  /** Whether the column may be absent from the data; its rules are then skipped. */
  optional?: boolean;
  /** The exact spellings of true and false (Frictionless trueValues/falseValues); default: true/false, t/f, yes/no, y/n, 1/0 in any case. */
  booleanValues?: { true: string[]; false: string[] };
  /** How cells are read, when the format says (Frictionless); else by `type`. */
  reader?: CellReader;
  /** Cell texts read as missing in this column, replacing the contract's (Frictionless field `missingValues`). */
  missingValues?: string[];
  rules: ColumnRule[];
}

/** Rules about the table as a whole. */
export type TableRule = RuleBase &
  (
    | { kind: 'required-columns'; columns: string[] }
    | { kind: 'no-extra-columns' }
    /**
     * exact: the data's columns are exactly this list (GE); otherwise the
     * listed columns keep this relative order. null: no list (GE passes such
     * an expectation vacuously).
     */
    | { kind: 'column-order'; columns: string[] | null; exact?: boolean }
    | { kind: 'column-set'; columns: string[]; exactMatch: boolean }
    | { kind: 'row-count'; min?: number; max?: number }
    /**
     * Unique and never missing (modelgate). missing `all-parts`: a row
     * offends only when every key part is missing, and a partly missing key
     * is compared like any other (Frictionless); repeats as for `unique`.
     */
    | { kind: 'primary-key'; columns: string[]; missing?: 'any-part' | 'all-parts'; repeats?: Repeats }
    /**
     * Great Expectations' compound uniqueness: rows skipped after `skip`
     * (GE's ignore_row_if), missing parts compared like values, every row of
     * a repeated combination offends.
     */
    | { kind: 'unique-together'; columns: string[]; skip: 'all-missing' | 'any-missing' | 'never' }
    /** A rule the source format has but modelgate cannot check: reported as a warning, never dropped. */
    | { kind: 'unsupported'; name: string; detail: string }
  );

export interface Contract {
  /** The contract file as the user named it. */
  source: string;
  format: ContractFormat;
  columns: ColumnContract[];
  table: TableRule[];
  /** Cell texts read as missing besides empty cells (Frictionless `missingValues`). */
  missingValues?: string[];
}

/** The threshold of a rule as written, for the report's `threshold` field. */
export function describeRule(rule: ColumnRule | TableRule): string {
  const mostly = rule.mostly !== undefined && rule.mostly < 1 ? ` (mostly ${rule.mostly})` : '';
  const where = rule.where ? ` where ${rule.where.text}` : '';
  return describeBare(rule) + mostly + where;
}

function describeBare(rule: ColumnRule | TableRule): string {
  switch (rule.kind) {
    case 'present':
      return rule.position ? `present at position ${rule.position}` : 'present';
    case 'type':
      return `type ${rule.type}`;
    case 'value-type':
      return rule.kinds === null ? 'any type' : `type ${rule.written.join(' or ')}`;
    case 'not-null':
      return 'not null';
    case 'max-null-fraction':
      return `null fraction <= ${rule.value}`;
    case 'min':
      return `${rule.exclusive ? '>' : '>='} ${rule.value}`;
    case 'max':
      return `${rule.exclusive ? '<' : '<='} ${rule.value}`;
    case 'values':
      return `in [${rule.values.map(String).join(', ')}]`;
    case 'pattern':
      return `matches /${rule.pattern}/${rule.whole ? ' (whole value)' : ''}`;
    case 'unique':
      return 'unique';
    case 'min-length':
      return `length ${rule.exclusive ? '>' : '>='} ${rule.value}`;
    case 'max-length':
      return `length ${rule.exclusive ? '<' : '<='} ${rule.value}`;
    case 'mean':
      return bounds('mean', rule.min, rule.max, rule.exclusiveMin, rule.exclusiveMax);
    case 'required-columns':
      return `columns present: ${rule.columns.join(', ')}`;
    case 'no-extra-columns':
      return 'no columns beyond the contract';
    case 'column-order':
      return rule.columns === null ? 'columns in order: (no list)' : `columns in order: ${rule.columns.join(', ')}`;
    case 'column-set':
      return `${rule.exactMatch ? 'columns exactly' : 'columns include'}: ${rule.columns.join(', ')}`;
    case 'row-count':
      return bounds('rows', rule.min, rule.max);
    case 'primary-key':
      return `unique key (${rule.columns.join(', ')})`;
    case 'unique-together':
      return `unique together (${rule.columns.join(', ')})`;
    case 'unsupported':
      return rule.name;
  }
}

function bounds(what: string, min?: number, max?: number, exMin?: boolean, exMax?: boolean): string {
  const lo = min === undefined ? '' : `${min} ${exMin ? '<' : '<='} `;
  const hi = max === undefined ? '' : ` ${exMax ? '<' : '<='} ${max}`;
  return `${lo}${what}${hi}`;
}

/** Human name of a rule kind, for report rows. */
export const RULE_NAMES: Record<ColumnRuleKind | TableRule['kind'], string> = {
  present: 'column present',
  type: 'type',
  'value-type': 'value type',
  'not-null': 'not null',
  'max-null-fraction': 'null fraction',
  min: 'minimum',
  max: 'maximum',
  values: 'allowed values',
  pattern: 'pattern',
  unique: 'unique',
  'min-length': 'minimum length',
  'max-length': 'maximum length',
  mean: 'mean',
  'required-columns': 'required columns',
  'no-extra-columns': 'no extra columns',
  'column-order': 'column order',
  'column-set': 'column set',
  'row-count': 'row count',
  'primary-key': 'primary key',
  'unique-together': 'unique together',
  unsupported: 'unsupported rule',
};
