/**
 * Evaluate a contract on a table: every rule becomes one Check with the
 * count of offending rows (or the observed statistic for aggregate rules),
 * the rule as written, the first offending row numbers and file lines, and
 * a few offending values. Pure: a Table and a Contract in, Checks out.
 */
import type { Check } from '../../core/report.js';
import type { CheckVerdict } from '../../core/verdict.js';
import type { Column, Table } from '../../core/table.js';
import { closeMatches } from '../../core/suggest.js';
import { columnData, isNumericType, numericData, parseDatetime, parseNumber, type ColumnData, type NumericData } from './column-data.js';
import { describeRule, RULE_NAMES, type ColumnContract, type ColumnRule, type Contract, type Severity, type TableRule } from './contract/model.js';

/** A check of this gate: a core Check plus where the violations are. */
export interface RuleCheck extends Check {
  /** Data file the rule was checked on. */
  file: string;
  /** 1-based data row numbers of the first offending rows. */
  rows: number[];
  /** 1-based file lines of those rows, where the format has lines. */
  lines?: number[];
  /** Offending values of those rows (text as in the file). */
  examples: string[];
}

export interface EvaluateOptions {
  /** How many offending rows and values to keep per rule. */
  maxExamples: number;
}

/** Offending rows of one rule: their count and the first few indices. */
class Offenders {
  count = 0;
  readonly first: number[] = [];
  constructor(private readonly limit: number) {}
  add(i: number): void {
    this.count++;
    if (this.first.length < this.limit) this.first.push(i);
  }
}

function verdictOf(ok: boolean, severity: Severity): CheckVerdict {
  return ok ? 'pass' : severity === 'error' ? 'fail' : 'warn';
}

/** Whether a rule with `mostly` holds: the conforming share of `denominator` cells is at least `mostly`. */
function holds(offending: number, denominator: number, mostly: number | undefined): boolean {
  if (offending === 0) return true;
  if (mostly === undefined || mostly >= 1) return false;
  if (denominator === 0) return true;
  return (denominator - offending) / denominator >= mostly;
}

function ruleId(column: string | null, kind: string, used: Map<string, number>): string {
  const base = column === null ? `table.${kind}` : `column.${column}.${kind}`;
  const n = (used.get(base) ?? 0) + 1;
  used.set(base, n);
  return n === 1 ? base : `${base}#${n}`;
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

export function evaluateContract(table: Table, contract: Contract, options: EvaluateOptions): RuleCheck[] {
  const checks: RuleCheck[] = [];
  const used = new Map<string, number>();
  const limit = Math.max(0, options.maxExamples);
  const byName = new Map<string, Column>();
  for (const c of table.columns) byName.set(c.name, c);
  const dataNames = table.columns.map((c) => c.name);

  const rowsOf = (first: number[]) => first.map((i) => i + 1);
  const linesOf = (first: number[]) => (table.rowLines ? first.map((i) => table.rowLines![i]) : undefined);

  for (const col of contract.columns) {
    const column = byName.get(col.name);
    if (!column) {
      const present = col.rules.find((r) => r.kind === 'present');
      if (present && !col.optional) {
        const near = closeMatches(col.name, dataNames);
        checks.push({
          id: ruleId(col.name, 'present', used),
          subject: col.name,
          name: RULE_NAMES.present,
          // Like every rule, the value counts what offends: here, the one missing column.
          value: 1,
          threshold: describeRule(present),
          verdict: verdictOf(false, present.severity),
          severity: present.severity,
          message: `Column "${col.name}" is missing from the data${near.length ? `; close matches: ${near.join(', ')}` : ''}.`,
          file: table.source,
          rows: [],
          examples: near,
        });
      }
      continue;
    }
    const data = columnData(column, table.rowCount, contract.missingValues);
    let numeric: NumericData | undefined;
    const getNumeric = (): NumericData => (numeric ??= numericData(column, data, col.type, col.booleanValues));
    for (const rule of col.rules) {
      const result = evaluateColumnRule(rule, col, column, data, getNumeric, limit);
      const first = result.offenders?.first ?? [];
      const check: RuleCheck = {
        id: ruleId(col.name, rule.kind, used),
        subject: col.name,
        name: RULE_NAMES[rule.kind],
        value: result.value,
        threshold: describeRule(rule),
        verdict: verdictOf(result.ok, rule.severity),
        severity: rule.severity,
        message: result.message,
        file: table.source,
        rows: rowsOf(first),
        examples: first.map((i) => clip(data.text(i))),
      };
      const lines = linesOf(first);
      if (lines && first.length) check.lines = lines;
      checks.push(check);
    }
  }

  for (const rule of contract.table) {
    const result = evaluateTableRule(rule, table, contract, byName, limit);
    const first = result.offenders?.first ?? [];
    const check: RuleCheck = {
      id: ruleId(null, rule.kind === 'unsupported' ? `unsupported.${rule.name}` : rule.kind, used),
      subject: null,
      name: rule.kind === 'unsupported' ? `unsupported: ${rule.name}` : RULE_NAMES[rule.kind],
      value: result.value,
      threshold: describeRule(rule),
      verdict: rule.kind === 'unsupported' ? 'warn' : verdictOf(result.ok, rule.severity),
      severity: rule.kind === 'unsupported' ? 'warn' : rule.severity,
      message: result.message,
      file: table.source,
      rows: rowsOf(first),
      examples: result.examples ?? [],
    };
    const lines = linesOf(first);
    if (lines && first.length) check.lines = lines;
    checks.push(check);
  }
  return checks;
}

interface RuleResult {
  ok: boolean;
  value: number | string | null;
  message: string;
  offenders?: Offenders;
  examples?: string[];
}

function countResult(o: Offenders, denominator: number, rule: ColumnRule | TableRule, what: string): RuleResult {
  const ok = holds(o.count, denominator, rule.mostly);
  const share = o.count > 0 && denominator > 0 ? ` (${((o.count / denominator) * 100).toFixed(2)}%)` : '';
  const message = `${o.count} of ${denominator} ${what}${share}.`;
  return { ok, value: o.count, message, offenders: o };
}

function comparable(rule: { value: number | string }, type: ColumnContract['type']): number {
  if (typeof rule.value === 'number') return rule.value;
  return type === 'datetime' ? parseDatetime(rule.value) : parseNumber(rule.value);
}

function evaluateColumnRule(
  rule: ColumnRule,
  col: ColumnContract,
  column: Column,
  data: ColumnData,
  getNumeric: () => NumericData,
  limit: number,
): RuleResult {
  const n = data.rowCount;
  const present = n - data.missingCount;
  const missing = data.missing;
  const o = new Offenders(limit);
  switch (rule.kind) {
    case 'present':
      return { ok: true, value: 0, message: 'Column is present.' };
    case 'type': {
      if (rule.type === 'string' || rule.type === 'category') return { ok: true, value: 0, message: `Every cell is a ${rule.type}.` };
      const num = getNumeric();
      if (num.malformedCount > 0) scanFlags(num.malformed, n, o);
      return countResult(o, present, rule, `present cells are not ${rule.type === 'integer' ? 'an integer' : `a ${rule.type}`}`);
    }
    case 'not-null':
      scanFlags(missing, n, o);
      return countResult(o, n, rule, 'cells are missing');
    case 'max-null-fraction': {
      const fraction = n > 0 ? data.missingCount / n : 0;
      for (let i = 0; i < n && o.first.length < limit; i++) if (missing[i] === 1) o.first.push(i);
      return {
        ok: fraction <= rule.value,
        value: fraction,
        message: `${data.missingCount} of ${n} cells are missing (${(fraction * 100).toFixed(2)}%).`,
        offenders: o,
      };
    }
    case 'min':
    case 'max': {
      const bound = comparable(rule, col.type);
      const num = getNumeric();
      const v = num.values;
      const isMin = rule.kind === 'min';
      // Malformed cells are the type rule's business when a type is declared; without one they cannot satisfy a numeric bound.
      const nanOffends = col.type === undefined;
      if (isMin) scanBelow(v, missing, n, bound, rule.exclusive === true, nanOffends, o);
      else scanAbove(v, missing, n, bound, rule.exclusive === true, nanOffends, o);
      return countResult(o, present, rule, isMin ? `values are below ${rule.value}` : `values are above ${rule.value}`);
    }
    case 'values': {
      // A number column read without its text ("36" in a category column) compares by value when every allowed value is a number.
      const byValue =
        isNumericType(col.type) ||
        (column.kind === 'number' && column.text === undefined && rule.values.every((x) => typeof x === 'number' || !Number.isNaN(parseNumber(String(x))))) ||
        (col.type === undefined && column.kind === 'number' && rule.values.every((x) => typeof x === 'number'));
      if (byValue) {
        const allowed = new Set<number>();
        for (const a of rule.values) {
          const x = typeof a === 'number' ? a : typeof a === 'boolean' ? (a ? 1 : 0) : col.type === 'datetime' ? parseDatetime(a) : col.type === 'boolean' ? numericBoolean(a) : parseNumber(a);
          if (!Number.isNaN(x)) allowed.add(x);
        }
        scanNumberSet(getNumeric().values, missing, n, allowed, o);
      } else {
        const allowedText = new Set(rule.values.map(String));
        scanText(data, o, (t) => !allowedText.has(t));
      }
      return countResult(o, present, rule, 'values are outside the allowed set');
    }
    case 'pattern': {
      const re = new RegExp(rule.pattern, 'u');
      scanText(data, o, (t) => !re.test(t));
      return countResult(o, present, rule, `values do not match /${rule.pattern}/`);
    }
    case 'min-length':
    case 'max-length': {
      const isMin = rule.kind === 'min-length';
      const limit = rule.value;
      scanText(data, o, isMin ? (t) => codePointLength(t) < limit : (t) => codePointLength(t) > limit);
      return countResult(o, present, rule, isMin ? `values are shorter than ${rule.value}` : `values are longer than ${rule.value}`);
    }
    case 'unique': {
      markDuplicates(column, data, col.type, getNumeric, o);
      return countResult(o, present, rule, 'rows share their value with another row');
    }
    case 'mean': {
      const { sum, count } = sumPresent(getNumeric().values, n);
      if (count === 0) return { ok: false, value: null, message: 'No numeric values to average.' };
      const mean = sum / count;
      const okLo = rule.min === undefined || (rule.exclusiveMin ? mean > rule.min : mean >= rule.min);
      const okHi = rule.max === undefined || (rule.exclusiveMax ? mean < rule.max : mean <= rule.max);
      return { ok: okLo && okHi, value: mean, message: `Mean of ${count} values is ${mean}.` };
    }
  }
}

// The scans below are small functions of their own so that V8 optimises each
// loop on its own (one big switch with every loop in it ran ~5× slower).

function scanFlags(flags: Uint8Array, n: number, o: Offenders): void {
  for (let i = 0; i < n; i++) if (flags[i] === 1) o.add(i);
}

function scanBelow(v: Float64Array, missing: Uint8Array, n: number, bound: number, exclusive: boolean, nanOffends: boolean, o: Offenders): void {
  for (let i = 0; i < n; i++) {
    if (missing[i] === 1) continue;
    const x = v[i];
    if (x !== x) {
      if (nanOffends) o.add(i);
    } else if (exclusive ? x <= bound : x < bound) o.add(i);
  }
}

function scanAbove(v: Float64Array, missing: Uint8Array, n: number, bound: number, exclusive: boolean, nanOffends: boolean, o: Offenders): void {
  for (let i = 0; i < n; i++) {
    if (missing[i] === 1) continue;
    const x = v[i];
    if (x !== x) {
      if (nanOffends) o.add(i);
    } else if (exclusive ? x >= bound : x > bound) o.add(i);
  }
}

function scanNumberSet(v: Float64Array, missing: Uint8Array, n: number, allowed: Set<number>, o: Offenders): void {
  for (let i = 0; i < n; i++) if (missing[i] === 0 && !allowed.has(v[i])) o.add(i);
}

/** Present cells whose text offends; string columns are read straight from their array. */
function scanText(data: ColumnData, o: Offenders, offends: (text: string) => boolean): void {
  const n = data.rowCount;
  const missing = data.missing;
  const strings = data.strings;
  if (strings !== undefined) {
    for (let i = 0; i < n; i++) if (missing[i] === 0 && offends(strings[i] as string)) o.add(i);
  } else {
    for (let i = 0; i < n; i++) if (missing[i] === 0 && offends(data.text(i))) o.add(i);
  }
}

/** Length in Unicode code points (what a reader counts as characters), without allocating. */
function codePointLength(s: string): number {
  let len = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    len++;
  }
  return len;
}

function sumPresent(v: Float64Array, n: number): { sum: number; count: number } {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (x === x) {
      sum += x;
      count++;
    }
  }
  return { sum, count };
}

function numericBoolean(s: string): number {
  const w = s.trim().toLowerCase();
  return w === 'true' || w === '1' ? 1 : w === 'false' || w === '0' ? 0 : NaN;
}

/**
 * 1 for every present cell whose value occurs more than once (all
 * occurrences, as Great Expectations counts them), or null when no value
 * repeats. Numbers: a sorted copy (native typed-array sort) finds the
 * repeated values, so a column of distinct ids costs one sort and no hash
 * map of a million boxed doubles. Text: one pass over a Map from value to
 * its first row.
 */
export function duplicateFlags(
  column: Column,
  data: ColumnData,
  type: ColumnContract['type'],
  getNumeric: () => NumericData,
): Uint8Array | null {
  const n = data.rowCount;
  const missing = data.missing;
  let flags: Uint8Array | null = null;
  const markText = (include: (i: number) => boolean) => {
    const first = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      if (missing[i] === 1 || !include(i)) continue;
      const key = data.text(i);
      const at = first.get(key);
      if (at === undefined) first.set(key, i);
      else {
        flags ??= new Uint8Array(n);
        if (at >= 0) {
          flags[at] = 1;
          first.set(key, -1);
        }
        flags[i] = 1;
      }
    }
  };
  if (column.kind === 'number' || isNumericType(type)) {
    const v = getNumeric().values;
    let present = 0;
    for (let i = 0; i < n; i++) if (v[i] === v[i]) present++;
    const sorted = new Float64Array(present);
    for (let i = 0, k = 0; i < n; i++) if (v[i] === v[i]) sorted[k++] = v[i];
    sorted.sort();
    let repeated: Set<number> | null = null;
    for (let k = 1; k < present; k++) {
      if (sorted[k] === sorted[k - 1]) (repeated ??= new Set()).add(sorted[k]);
    }
    if (repeated !== null) {
      flags = new Uint8Array(n);
      for (let i = 0; i < n; i++) if (v[i] === v[i] && repeated.has(v[i])) flags[i] = 1;
    }
    // Present cells that are not numbers (malformed for the type) are compared by their text.
    if (present + data.missingCount < n) markText((i) => v[i] !== v[i]);
    return flags;
  }
  markText(() => true);
  return flags;
}

function markDuplicates(
  column: Column,
  data: ColumnData,
  type: ColumnContract['type'],
  getNumeric: () => NumericData,
  o: Offenders,
): void {
  const flags = duplicateFlags(column, data, type, getNumeric);
  if (flags === null) return;
  for (let i = 0; i < data.rowCount; i++) if (flags[i] === 1) o.add(i);
}

function evaluateTableRule(
  rule: TableRule,
  table: Table,
  contract: Contract,
  byName: Map<string, Column>,
  limit: number,
): RuleResult {
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
    case 'primary-key': {
      const o = new Offenders(limit);
      const cols = rule.columns.map((c) => byName.get(c));
      if (cols.some((c) => c === undefined)) {
        const absent = rule.columns.filter((c) => !byName.has(c));
        return { ok: false, value: null, message: `Key columns missing from the data: ${absent.join(', ')}.`, examples: absent };
      }
      const datas = (cols as Column[]).map((c) => columnData(c, table.rowCount, contract.missingValues));
      const n = table.rowCount;
      let flags: Uint8Array | null;
      if (datas.length === 1) {
        // One key column: the unique rule's path (sorted numbers, no per-row key strings).
        const declared = contract.columns.find((c) => c.name === rule.columns[0])?.type;
        let numeric: NumericData | undefined;
        flags = duplicateFlags(cols[0] as Column, datas[0], declared, () => (numeric ??= numericData(cols[0] as Column, datas[0], declared)));
      } else {
        flags = null;
        const first = new Map<string, number>();
        for (let i = 0; i < n; i++) {
          let key = '';
          let complete = true;
          for (let k = 0; k < datas.length; k++) {
            if (datas[k].missing[i] === 1) {
              complete = false;
              break;
            }
            // A unit separator cannot occur in ordinary text, so joined keys do not collide.
            key += (k ? '\u001f' : '') + datas[k].text(i);
          }
          if (!complete) continue;
          const at = first.get(key);
          if (at === undefined) first.set(key, i);
          else {
            flags ??= new Uint8Array(n);
            if (at >= 0) {
              flags[at] = 1;
              first.set(key, -1);
            }
            flags[i] = 1;
          }
        }
      }
      for (let i = 0; i < n; i++) {
        let bad = flags !== null && flags[i] === 1;
        for (let k = 0; !bad && k < datas.length; k++) if (datas[k].missing[i] === 1) bad = true;
        if (bad) o.add(i);
      }
      const result = countResult(o, n, rule, 'rows have a missing or repeated key');
      result.examples = o.first.map((i) => clip(datas.map((d) => d.text(i)).join(', ')));
      return result;
    }
    case 'unsupported':
      return { ok: false, value: null, message: `${rule.name} is not supported by modelgate and was not checked: ${rule.detail}` };
  }
}
