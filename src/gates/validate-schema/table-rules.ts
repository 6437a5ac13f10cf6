/**
 * Rules about a table as a whole: required columns, extra columns, column
 * order and set, row count, primary keys and compound uniqueness.
 */
import type { Column, Table } from '../../core/table.js';
import { closeMatches } from '../../core/suggest.js';
import { columnData, numericData, type ColumnData, type NumericData } from './column-data.js';
import type { ColumnContract, Contract, TableRule } from './contract/model.js';
import { duplicateFlags, keepRepeats, compositeKey, repeatedKeyFlags } from './duplicates.js';
import { clip, countResult, Offenders, type RuleResult } from './rule-result.js';

export function evaluateTableRule(rule: TableRule, table: Table, contract: Contract, byName: Map<string, Column>, limit: number): RuleResult {
  const names = table.columns.map((c) => c.name);
  switch (rule.kind) {
    case 'required-columns': {
      const absent = rule.columns.filter((c) => !byName.has(c));
      const hints = absent.map((c) => {
        const near = closeMatches(c, names);
        return near.length ? `${c} (close: ${near.join(', ')})` : c;
      });
      return {
        ok: absent.length === 0,
        value: absent.length,
        message: absent.length ? `Missing columns: ${hints.join('; ')}.` : 'All required columns are present.',
        examples: absent,
      };
    }
    case 'no-extra-columns': {
      const declared = new Set(contract.columns.map((c) => c.name));
      const extra = names.filter((c) => !declared.has(c));
      return {
        ok: extra.length === 0,
        value: extra.length,
        message: extra.length ? `Columns not in the contract: ${extra.join(', ')}.` : 'No columns beyond the contract.',
        examples: extra,
      };
    }
    case 'column-order': {
      if (rule.columns === null) return { ok: true, value: 0, message: 'No column list to compare with: the rule holds vacuously, as in Great Expectations.' };
      const wanted = new Set(rule.columns);
      const actual = rule.exact ? names : names.filter((c) => wanted.has(c));
      const expected = rule.exact ? rule.columns : rule.columns.filter((c) => byName.has(c));
      let misplaced = 0;
      for (let i = 0; i < Math.max(expected.length, actual.length); i++) if (actual[i] !== expected[i]) misplaced++;
      return {
        ok: misplaced === 0,
        value: misplaced,
        message: misplaced ? `Columns are in the order ${actual.join(', ')}; the contract says ${expected.join(', ')}.` : 'Columns are in the contract order.',
        examples: misplaced ? actual : [],
      };
    }
    case 'column-set': {
      const wanted = new Set(rule.columns);
      const absent = rule.columns.filter((c) => !byName.has(c));
      const extra = rule.exactMatch ? names.filter((c) => !wanted.has(c)) : [];
      const bad = absent.length + extra.length;
      return {
        ok: bad === 0,
        value: bad,
        message: bad ? `Missing: ${absent.join(', ') || 'none'}; unexpected: ${extra.join(', ') || 'none'}.` : 'Columns match the set.',
        examples: [...absent, ...extra],
      };
    }
    case 'row-count': {
      const n = table.rowCount;
      const ok = (rule.min === undefined || n >= rule.min) && (rule.max === undefined || n <= rule.max);
      return { ok, value: n, message: `${n} rows.` };
    }
    case 'primary-key':
      return primaryKey(rule, table, contract, byName, limit);
    case 'unique-together':
      return uniqueTogether(rule, table, contract, byName, limit);
    case 'unsupported':
      return { ok: false, value: null, message: `${rule.name} is not supported by modelgate and was not checked: ${rule.detail}` };
  }
}

/** The key columns' data, or the result naming the key columns the data lacks. */
function keyData(columns: string[], table: Table, contract: Contract, byName: Map<string, Column>): ColumnData[] | RuleResult {
  const absent = columns.filter((c) => !byName.has(c));
  if (absent.length) return { ok: false, value: null, message: `Key columns missing from the data: ${absent.join(', ')}.`, examples: absent };
  return columns.map((c) => columnData(byName.get(c)!, table.rowCount, missingValuesOf(contract, c)));
}

function missingValuesOf(contract: Contract, name: string): string[] | undefined {
  return contract.columns.find((c) => c.name === name)?.missingValues ?? contract.missingValues;
}

function primaryKey(rule: Extract<TableRule, { kind: 'primary-key' }>, table: Table, contract: Contract, byName: Map<string, Column>, limit: number): RuleResult {
  const datas = keyData(rule.columns, table, contract, byName);
  if (!Array.isArray(datas)) return datas;
  const n = table.rowCount;
  const o = new Offenders(limit);
  const allParts = rule.missing === 'all-parts';
  const missingParts = (i: number) => {
    let k = 0;
    for (const d of datas) k += d.missing[i];
    return k;
  };
  let flags: Uint8Array | null;
  if (datas.length === 1 && !allParts) {
    // One key column: the unique rule's path (sorted numbers, no per-row key strings).
    const declared: ColumnContract | undefined = contract.columns.find((c) => c.name === rule.columns[0]);
    const column = byName.get(rule.columns[0])!;
    let numeric: NumericData | undefined;
    const getNumeric = () => (numeric ??= numericData(column, datas[0], declared?.type, declared?.booleanValues, declared?.reader));
    flags = duplicateFlags(column, datas[0], declared?.type, getNumeric);
    if (flags) keepRepeats(flags, rule.repeats, (i) => (getNumeric().values[i] === getNumeric().values[i] ? getNumeric().values[i] : `text:${datas[0].text(i)}`));
  } else {
    // Frictionless compares a partly missing key like any other; modelgate never lets a part be missing.
    flags = repeatedKeyFlags(datas, n, allParts ? (i) => missingParts(i) < datas.length : (i) => missingParts(i) === 0);
    if (flags) keepRepeats(flags, rule.repeats, (i) => compositeKey(datas, i));
  }
  for (let i = 0; i < n; i++) {
    const m = missingParts(i);
    const missingOffends = allParts ? m === datas.length : m > 0;
    if (missingOffends || (flags !== null && flags[i] === 1)) o.add(i);
  }
  const what = allParts ? 'rows have an all-missing or repeated key' : 'rows have a missing or repeated key';
  const result = countResult(o, n, rule, rule.repeats === 'later' ? what.replace('repeated key', 'key repeating an earlier row') : what);
  result.examples = o.first.map((i) => clip(datas.map((d) => d.text(i)).join(', ')));
  return result;
}

/**
 * Great Expectations' expect_compound_columns_to_be_unique: rows skipped by
 * `skip` (ignore_row_if) are out of the count and of `mostly`'s denominator;
 * every row of a repeated combination offends, missing parts compared like values.
 */
function uniqueTogether(rule: Extract<TableRule, { kind: 'unique-together' }>, table: Table, contract: Contract, byName: Map<string, Column>, limit: number): RuleResult {
  const datas = keyData(rule.columns, table, contract, byName);
  if (!Array.isArray(datas)) return datas;
  const n = table.rowCount;
  const include = (i: number) => {
    let m = 0;
    for (const d of datas) m += d.missing[i];
    return rule.skip === 'never' || (rule.skip === 'all-missing' ? m < datas.length : m === 0);
  };
  let considered = 0;
  for (let i = 0; i < n; i++) if (include(i)) considered++;
  const flags = repeatedKeyFlags(datas, n, include);
  const o = new Offenders(limit);
  if (flags) for (let i = 0; i < n; i++) if (flags[i] === 1) o.add(i);
  const result = countResult(o, considered, rule, 'rows repeat a combination found in another row');
  result.examples = o.first.map((i) => clip(datas.map((d) => (d.missing[i] === 1 ? '(missing)' : d.text(i))).join(', ')));
  return result;
}
