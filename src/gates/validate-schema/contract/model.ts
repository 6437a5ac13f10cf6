/**
 * The data contract every reader (modelgate YAML, Frictionless Table Schema,
 * Great Expectations suite, MLflow signature) is turned into. One rule here
 * becomes one Check in the report, so the evaluation code never needs to
 * know which format a rule came from.
 */
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
}

/** Rules about the cells of one column. */
export type ColumnRule = RuleBase &
  (
    | { kind: 'present' }
    | { kind: 'type'; type: ColumnType }
    | { kind: 'not-null' }
    | { kind: 'max-null-fraction'; value: number }
    | { kind: 'min'; value: number | string; exclusive?: boolean }
    | { kind: 'max'; value: number | string; exclusive?: boolean }
    | { kind: 'values'; values: (string | number | boolean)[] }
    | { kind: 'pattern'; pattern: string }
    | { kind: 'unique' }
    | { kind: 'min-length'; value: number }
    | { kind: 'max-length'; value: number }
    | { kind: 'mean'; min?: number; max?: number; exclusiveMin?: boolean; exclusiveMax?: boolean }
  );

export type ColumnRuleKind = ColumnRule['kind'];

export interface ColumnContract {
  name: string;
  /** Declared type; undefined when the format does not say (a GE suite). */
  type?: ColumnType;
  /** Whether the column may be absent from the data; its rules are then skipped. */
  optional?: boolean;
  /** The exact spellings of true and false (Frictionless trueValues/falseValues); default: true/false, t/f, yes/no, y/n, 1/0 in any case. */
  booleanValues?: { true: string[]; false: string[] };
  rules: ColumnRule[];
}

/** Rules about the table as a whole. */
export type TableRule = RuleBase &
  (
    | { kind: 'required-columns'; columns: string[] }
    | { kind: 'no-extra-columns' }
    /** exact: the data's columns are exactly this list (GE); otherwise the listed columns keep this relative order. */
    | { kind: 'column-order'; columns: string[]; exact?: boolean }
    | { kind: 'column-set'; columns: string[]; exactMatch: boolean }
    | { kind: 'row-count'; min?: number; max?: number }
    | { kind: 'primary-key'; columns: string[] }
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
  return describeBare(rule) + mostly;
}

function describeBare(rule: ColumnRule | TableRule): string {
  switch (rule.kind) {
    case 'present':
      return 'present';
    case 'type':
      return `type ${rule.type}`;
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
      return `matches /${rule.pattern}/`;
    case 'unique':
      return 'unique';
    case 'min-length':
      return `length >= ${rule.value}`;
    case 'max-length':
      return `length <= ${rule.value}`;
    case 'mean':
      return bounds('mean', rule.min, rule.max, rule.exclusiveMin, rule.exclusiveMax);
    case 'required-columns':
      return `columns present: ${rule.columns.join(', ')}`;
    case 'no-extra-columns':
      return 'no columns beyond the contract';
    case 'column-order':
      return `columns in order: ${rule.columns.join(', ')}`;
    case 'column-set':
      return `${rule.exactMatch ? 'columns exactly' : 'columns include'}: ${rule.columns.join(', ')}`;
    case 'row-count':
      return bounds('rows', rule.min, rule.max);
    case 'primary-key':
      return `unique key (${rule.columns.join(', ')})`;
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
  unsupported: 'unsupported rule',
};
