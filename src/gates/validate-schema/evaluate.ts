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
import { booleanColumnValues, columnData, isNumericType, numericData, parseDatetime, parseNumber, type ColumnData, type NumericData } from './column-data.js';
import { describeRule, RULE_NAMES, type ColumnContract, type ColumnRule, type Contract, type Severity, type ValueKind } from './contract/model.js';
import { duplicateFlags, keepRepeats } from './duplicates.js';
import { compilePattern } from './pattern.js';
import { conditionView, wholeTable, type RowView } from './row-view.js';
import { clip, countResult, Offenders, type RuleResult } from './rule-result.js';
import { evaluateTableRule } from './table-rules.js';

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

/** A record with fewer fields than the header, read with its missing cells empty (ReadOptions.shortRow). */
export interface ShortRow {
  /** 0-based row. */
  row: number;
  fields: number;
}

export interface EvaluateOptions {
  /** How many offending rows and values to keep per rule. */
  maxExamples: number;
  /** The file's short records, reported as one failing check. */
  shortRows?: readonly ShortRow[];
}

function verdictOf(ok: boolean, severity: Severity): CheckVerdict {
  return ok ? 'pass' : severity === 'error' ? 'fail' : 'warn';
}

function ruleId(column: string | null, kind: string, used: Map<string, number>): string {
  const base = column === null ? `table.${kind}` : `column.${column}.${kind}`;
  const n = (used.get(base) ?? 0) + 1;
  used.set(base, n);
  return n === 1 ? base : `${base}#${n}`;
}

/** A column seen through a view, its cells read once and shared by its rules. */
interface ColumnView {
  column: Column;
  data: ColumnData;
  numeric: () => NumericData;
}

export function evaluateContract(table: Table, contract: Contract, options: EvaluateOptions): RuleCheck[] {
  const checks: RuleCheck[] = [];
  const used = new Map<string, number>();
  const limit = Math.max(0, options.maxExamples);
  const whole = wholeTable(table);
  const dataNames = table.columns.map((c) => c.name);
  const views = new Map<string, RowView | string>();
  const columnViews = new Map<RowView, Map<string, ColumnView>>();

  const viewOf = (rule: { where?: ColumnRule['where'] }): RowView | string => {
    if (!rule.where) return whole;
    const key = `${rule.where.parser}\u0000${rule.where.text}`;
    let v = views.get(key);
    if (v === undefined) {
      v = conditionView(table, rule.where, contract.missingValues);
      views.set(key, v);
    }
    return v;
  };
  const columnIn = (view: RowView, col: ColumnContract): ColumnView => {
    let byColumn = columnViews.get(view);
    if (!byColumn) columnViews.set(view, (byColumn = new Map()));
    let cv = byColumn.get(col.name);
    if (!cv) {
      const column = view.byName.get(col.name)!;
      const data = columnData(column, view.table.rowCount, col.missingValues ?? contract.missingValues);
      let numeric: NumericData | undefined;
      cv = { column, data, numeric: () => (numeric ??= numericData(column, data, col.type, col.booleanValues, col.reader)) };
      byColumn.set(col.name, cv);
    }
    return cv;
  };
  const push = (id: string, subject: string | null, name: string, threshold: string, severity: Severity, result: RuleResult, view: RowView, text?: (i: number) => string) => {
    const first = result.offenders?.first ?? [];
    const rows = view.rows ? first.map((i) => view.rows![i]) : first;
    const check: RuleCheck = {
      id,
      subject,
      name,
      value: result.value,
      threshold,
      verdict: verdictOf(result.ok, severity),
      severity,
      message: result.message,
      file: table.source,
      rows: rows.map((i) => i + 1),
      examples: result.examples ?? (text ? first.map((i) => clip(text(i))) : []),
    };
    if (table.rowLines && rows.length) check.lines = rows.map((i) => table.rowLines![i]);
    checks.push(check);
  };

  for (const col of contract.columns) {
    if (!whole.byName.has(col.name)) {
      const present = col.rules.find((r) => r.kind === 'present');
      if (present && !col.optional) {
        const near = closeMatches(col.name, dataNames);
        // Like every rule, the value counts what offends: here, the one missing column.
        push(
          ruleId(col.name, 'present', used),
          col.name,
          RULE_NAMES.present,
          describeRule(present),
          present.severity,
          { ok: false, value: 1, message: `Column "${col.name}" is missing from the data${near.length ? `; close matches: ${near.join(', ')}` : ''}.`, examples: near },
          whole,
        );
      }
      continue;
    }
    for (const rule of col.rules) {
      const id = ruleId(col.name, rule.kind, used);
      const view = viewOf(rule);
      if (typeof view === 'string') {
        push(id, col.name, RULE_NAMES[rule.kind], describeRule(rule), rule.severity, { ok: false, value: null, message: view }, whole);
        continue;
      }
      const cv = columnIn(view, col);
      const result = evaluateColumnRule(rule, col, cv, dataNames, limit);
      push(id, col.name, RULE_NAMES[rule.kind], describeRule(rule), rule.severity, result, view, cv.data.text);
    }
  }

  for (const rule of contract.table) {
    const unsupported = rule.kind === 'unsupported';
    const id = ruleId(null, unsupported ? `unsupported.${rule.name}` : rule.kind, used);
    const name = unsupported ? `unsupported: ${rule.name}` : RULE_NAMES[rule.kind];
    // An unsupported rule warns whatever its severity: it was not checked, it did not fail.
    const severity = unsupported ? 'warn' : rule.severity;
    const view = viewOf(rule);
    const result: RuleResult = typeof view === 'string' ? { ok: false, value: null, message: view } : evaluateTableRule(rule, view.table, contract, view.byName, limit);
    push(id, null, name, describeRule(rule), severity, result, typeof view === 'string' ? whole : view);
  }

  if (options.shortRows && options.shortRows.length > 0) checks.push(shortRowsCheck(table, options.shortRows, limit, used));
  return checks;
}

/**
 * Records with fewer fields than the header: their missing cells are read
 * as missing, and the rows are named here (Frictionless' missing-cell).
 */
function shortRowsCheck(table: Table, short: readonly ShortRow[], limit: number, used: Map<string, number>): RuleCheck {
  const width = table.columns.length;
  const first = short.slice(0, limit);
  const check: RuleCheck = {
    id: ruleId(null, 'missing-cells', used),
    subject: null,
    name: 'missing cells',
    value: short.length,
    threshold: `every row has ${width} fields`,
    verdict: 'fail',
    severity: 'error',
    message: `${short.length} of ${table.rowCount} rows have fewer fields than the header (${width}); their missing cells were read as missing.`,
    file: table.source,
    rows: first.map((s) => s.row + 1),
    examples: first.map((s) => `${s.fields} of ${width} fields`),
  };
  if (table.rowLines) check.lines = first.map((s) => table.rowLines![s.row]);
  return check;
}

/** A bound as a number: read like the column's cells (its own reader, or its type). */
function comparable(rule: { value: number | string }, col: ColumnContract): number {
  if (typeof rule.value === 'number') return rule.value;
  if (col.reader) return col.reader.read(rule.value);
  return col.type === 'datetime' ? parseDatetime(rule.value) : parseNumber(rule.value);
}

function evaluateColumnRule(rule: ColumnRule, col: ColumnContract, cv: ColumnView, dataNames: readonly string[], limit: number): RuleResult {
  const { column, data } = cv;
  const n = data.rowCount;
  const present = n - data.missingCount;
  const missing = data.missing;
  const o = new Offenders(limit);
  switch (rule.kind) {
    case 'present': {
      // Great Expectations' column_index: the column must be at that place.
      if (rule.position !== undefined && dataNames[rule.position] !== col.name) {
        const at = dataNames.indexOf(col.name);
        return { ok: false, value: 1, message: `Column "${col.name}" is at position ${at}, not ${rule.position} (0-based).`, examples: [] };
      }
      return { ok: true, value: 0, message: 'Column is present.' };
    }
    case 'type': {
      if ((rule.type === 'string' || rule.type === 'category') && col.reader === undefined) return { ok: true, value: 0, message: `Every cell is a ${rule.type}.` };
      const num = cv.numeric();
      if (num.malformedCount > 0) scanFlags(num.malformed, n, o);
      const what = col.reader ? col.reader.describe : rule.type === 'integer' ? 'an integer' : `a ${rule.type}`;
      return countResult(o, present, rule, `present cells are not ${col.reader ? `of type ${what}` : what}`);
    }
    case 'value-type': {
      if (rule.kinds === null) return { ok: true, value: 0, message: 'No type given: the rule holds vacuously, as in Great Expectations.' };
      scanValueKinds(column, data, rule.kinds, o);
      return countResult(o, present, rule, `present cells are not of type ${rule.written.join(' or ')}`);
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
      const bound = comparable(rule, col);
      const v = cv.numeric().values;
      const isMin = rule.kind === 'min';
      // Malformed cells are the type rule's business when a type is declared; without one they cannot satisfy a numeric bound.
      const nanOffends = col.type === undefined;
      if (isMin) scanBelow(v, missing, n, bound, rule.exclusive === true, nanOffends, o);
      else scanAbove(v, missing, n, bound, rule.exclusive === true, nanOffends, o);
      const result = countResult(o, present, rule, isMin ? `values are below ${rule.value}` : `values are above ${rule.value}`);
      if (rule.strictKinds && typeof rule.value === 'number') {
        const mismatched = countNaN(v, missing, n);
        if (mismatched > 0) {
          result.ok = false;
          result.message += ` ${mismatched} of them are not numbers and cannot be compared with a number (Great Expectations raises a TypeError), so the rule fails whatever mostly says.`;
        }
      }
      return result;
    }
    case 'values': {
      // A number column read without its text ("36" in a category column) compares by value when every allowed value is a number.
      const byValue =
        isNumericType(col.type) ||
        (column.kind === 'number' && column.text === undefined && rule.values.every((x) => typeof x === 'number' || !Number.isNaN(parseNumber(String(x))))) ||
        (col.type === undefined && column.kind === 'number' && rule.values.every((x) => typeof x === 'number'));
      if (byValue) {
        const allowed = new Set<number>();
        const asBoolean = col.booleanValues ? (s: string) => (col.booleanValues!.true.includes(s) ? 1 : col.booleanValues!.false.includes(s) ? 0 : NaN) : numericBoolean;
        for (const a of rule.values) {
          const x =
            typeof a === 'number'
              ? a
              : typeof a === 'boolean'
                ? a
                  ? 1
                  : 0
                : col.reader
                  ? col.reader.read(a)
                  : col.type === 'datetime'
                    ? parseDatetime(a)
                    : col.type === 'boolean'
                      ? asBoolean(a)
                      : parseNumber(a);
          if (!Number.isNaN(x)) allowed.add(x);
        }
        scanNumberSet(cv.numeric().values, missing, n, allowed, o);
      } else {
        const allowedText = new Set(rule.values.map(String));
        scanText(data, o, (t) => !allowedText.has(t));
      }
      return countResult(o, present, rule, 'values are outside the allowed set');
    }
    case 'pattern': {
      const re = compilePattern(rule.pattern, rule.whole ? 'whole' : 'search');
      scanText(data, o, (t) => !re.test(t));
      return countResult(o, present, rule, `values do not match /${rule.pattern}/${rule.whole ? ' (whole value)' : ''}`);
    }
    case 'min-length':
    case 'max-length': {
      const isMin = rule.kind === 'min-length';
      if (rule.textOnly && column.kind === 'number' && present > 0) {
        scanFlags(missing, n, o, 0);
        return { ok: false, value: o.count, message: `The column holds numbers, which have no length (Great Expectations raises on len() of a number); ${present} present cells.`, offenders: o };
      }
      const limitValue = rule.value;
      const ex = rule.exclusive === true;
      scanText(data, o, isMin ? (t) => (ex ? codePointLength(t) <= limitValue : codePointLength(t) < limitValue) : (t) => (ex ? codePointLength(t) >= limitValue : codePointLength(t) > limitValue));
      const what = isMin ? `values are shorter than ${ex ? 'or as long as ' : ''}${rule.value}` : `values are longer than ${ex ? 'or as long as ' : ''}${rule.value}`;
      return countResult(o, present, rule, what);
    }
    case 'unique': {
      const flags = duplicateFlags(column, data, col.type, cv.numeric);
      if (flags !== null) {
        const numberKeys = column.kind === 'number' || isNumericType(col.type);
        keepRepeats(flags, rule.repeats, (i) => {
          const x = numberKeys ? cv.numeric().values[i] : NaN;
          return x === x ? x : `text:${data.text(i)}`;
        });
        scanFlags(flags, n, o);
      }
      return countResult(o, present, rule, rule.repeats === 'later' ? 'rows repeat the value of an earlier row' : 'rows share their value with another row');
    }
    case 'mean': {
      // A column of true/false words is booleans to pandas: its mean is the share of true.
      const values = (col.type === undefined && booleanColumnValues(column, data)) || cv.numeric().values;
      const { sum, count } = sumPresent(values, n);
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

function scanFlags(flags: Uint8Array, n: number, o: Offenders, flagged = 1): void {
  for (let i = 0; i < n; i++) if (flags[i] === flagged) o.add(i);
}

function countNaN(v: Float64Array, missing: Uint8Array, n: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (missing[i] === 0 && v[i] !== v[i]) k++;
  return k;
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

/**
 * Present cells whose text offends. A dictionary-encoded column is judged
 * once per distinct value (a pattern need not run a million times on four
 * labels); other string columns are read straight from their array.
 */
function scanText(data: ColumnData, o: Offenders, offends: (text: string) => boolean): void {
  const n = data.rowCount;
  const missing = data.missing;
  if (data.dictionary !== undefined) {
    const { codes, labels } = data.dictionary;
    const bad = Uint8Array.from(labels, (l) => (offends(l) ? 1 : 0));
    for (let i = 0; i < n; i++) if (missing[i] === 0 && bad[codes[i]] === 1) o.add(i);
    return;
  }
  const strings = data.strings;
  if (strings !== undefined) {
    for (let i = 0; i < n; i++) if (missing[i] === 0 && offends(strings[i] as string)) o.add(i);
  } else {
    for (let i = 0; i < n; i++) if (missing[i] === 0 && offends(data.text(i))) o.add(i);
  }
}

/**
 * Cells that are none of `kinds`, as pandas holds a file's column: a number
 * column is int64 (all whole) or float64, a text column of true/false words
 * is bool, any other text column is object, its cells str (ISO dates and
 * date-times are also datetime64, or Timestamp with an offset, as a suite's
 * datasets are typed).
 */
function scanValueKinds(column: Column, data: ColumnData, kinds: readonly ValueKind[], o: Offenders): void {
  const n = data.rowCount;
  const missing = data.missing;
  const has = (k: ValueKind) => kinds.includes(k);
  if (column.kind === 'number') {
    const v = column.values;
    let whole = true;
    for (let i = 0; i < n; i++) if (missing[i] === 0 && !Number.isInteger(v[i])) whole = false;
    // A column's dtype is one: int64 when every value is whole, float64 otherwise.
    const ok = has('float') || (whole && has('integer'));
    if (!ok) scanFlags(missing, n, o, 0);
    return;
  }
  const booleans = booleanColumnValues(column, data) !== null;
  scanText(data, o, (t) => {
    if (booleans) return !has('boolean');
    if (has('text') || has('object')) return false;
    if (has('datetime') || has('datetime-tz') || has('datetime-any')) {
      if (!Number.isNaN(parseDatetime(t))) {
        const offset = /(?:Z|[+-]\d{2}:?\d{2})$/.test(t.trim());
        return !(has('datetime-any') || (offset ? has('datetime-tz') : has('datetime')));
      }
    }
    return true;
  });
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

