/**
 * From a predictions table to typed arrays: class indices for the label and
 * the prediction, score columns, or actual and estimated values for a
 * regression. All the checks on the file's content happen here, each as a
 * UserError naming the file, the line and the column.
 */
import { UserError } from '../../core/errors.js';
import { findColumn, isMissing, rowLine, type Column, type Table } from '../../core/table.js';
import type { Task } from './metric-catalog.js';
import { encodeNumbers, type NumberCodes } from './number-codes.js';
import { readRowIds, type RowIds } from './row-ids.js';

export interface Predictions {
  /** The file the predictions were read from. */
  source: string;
  task: Task;
  rows: number;
  /** Class names, negative class first for a binary task (classification only). */
  classes: string[];
  /** Class index of the true label per row (classification). */
  label: Int32Array;
  /** Class index of the prediction per row (classification). */
  predicted?: Int32Array;
  /** Binary: [score of the positive class]; multiclass: one column per class, in `classes` order. */
  scores?: Float64Array[];
  /** Regression: true and predicted values. */
  actual?: Float64Array;
  estimate?: Float64Array;
  /** Row identifiers, when an id column is used. */
  ids?: RowIds;
  /** The first score outside [0, 1] (not a probability), when there is one. */
  scoreOutsideUnit?: ScoreOutsideUnit;
}

export interface ScoreOutsideUnit {
  column: string;
  /** 0-based row, and its line in the file (the 1-based row where the format has no lines). */
  row: number;
  line: number;
  value: number;
}

export interface ColumnOptions {
  task: 'auto' | Task;
  labelColumn: string;
  predictionColumn?: string;
  /** One column (binary), or one per class in sorted class order (multiclass). */
  scoreColumns: string[];
  /** Multiclass: score columns are named prefix + class. */
  scorePrefix?: string;
  positiveLabel?: string;
  /** Binary: predict positive when score ≥ this (when there is no prediction column). */
  decisionThreshold: number;
  idColumn?: string;
}

function where(table: Table, i: number, field: string) {
  return { file: table.source, line: rowLine(table, i) ?? i + 1, field };
}

function column(table: Table, name: string, input: string): Column {
  const c = findColumn(table, name);
  if (!c) {
    const known = table.columns.map((x) => x.name).slice(0, 12).join(', ');
    throw new UserError(`no column "${name}" (set by ${input}); columns are: ${known}`, { file: table.source });
  }
  return c;
}

/** Cell as text: numbers print in their shortest form, so 1 and 1.0 are both "1". */
function cellText(table: Table, c: Column, i: number): string {
  if (isMissing(c, i)) throw new UserError('missing value', where(table, i, c.name));
  return c.kind === 'number' ? String(c.values[i]) : (c.values[i] as string);
}

// One encoding per number column and extraction, used for the task, the classes and the class indices.
const encodings = new WeakMap<Column, NumberCodes | null>();

function numberCodes(table: Table, c: Column & { kind: 'number' }): NumberCodes | null {
  if (!encodings.has(c)) encodings.set(c, encodeNumbers(c.values, c.missing, table.rowCount));
  return encodings.get(c)!;
}

/**
 * The distinct cell texts of a column (a text column's stopping once more
 * than `limit` are found). Number columns collect numbers first: a million
 * String() calls cost more than the whole metric computation.
 */
function distinctTexts(table: Table, c: Column, limit = Number.POSITIVE_INFINITY): string[] {
  if (c.kind === 'number') {
    const encoded = numberCodes(table, c);
    if (encoded && encoded.firstMissing >= 0) throw new UserError('missing value', where(table, encoded.firstMissing, c.name));
    if (encoded) return encoded.values.map(String);
    const seen = new Set<number>();
    for (let i = 0; i < table.rowCount && seen.size <= limit; i++) {
      if (isMissing(c, i)) throw new UserError('missing value', where(table, i, c.name));
      seen.add(c.values[i]);
    }
    return [...seen].map(String);
  }
  const seen = new Set<string>();
  for (let i = 0; i < table.rowCount && seen.size <= limit; i++) seen.add(cellText(table, c, i));
  return [...seen];
}

function numbers(table: Table, c: Column, what: string): Float64Array {
  if (c.kind !== 'number') {
    const i = c.values.findIndex((v) => v !== null && !Number.isFinite(Number(v)));
    throw new UserError(`${what} must be numeric, found "${c.values[i] ?? ''}"`, where(table, Math.max(0, i), c.name));
  }
  for (let i = 0; i < table.rowCount; i++) {
    if (isMissing(c, i) || Number.isNaN(c.values[i])) throw new UserError(`${what} is missing or NaN`, where(table, i, c.name));
  }
  return c.values;
}

function sortClasses(classes: string[]): string[] {
  const numeric = classes.every((c) => Number.isFinite(Number(c)));
  return numeric ? classes.sort((a, b) => Number(a) - Number(b)) : classes.sort();
}

const POSITIVE_NAMES: [string, string][] = [
  ['0', '1'],
  ['false', 'true'],
  ['no', 'yes'],
  ['neg', 'pos'],
  ['negative', 'positive'],
  ['-1', '1'],
];

function binaryClasses(seen: string[], positive: string | undefined, table: Table, labelColumn: string): string[] {
  if (positive !== undefined) {
    const others = seen.filter((c) => c !== positive);
    if (others.length > 1) throw new UserError(`a binary task has two classes, found ${seen.length}: ${seen.slice(0, 5).join(', ')}`, { file: table.source, field: labelColumn });
    return [others[0] ?? `not ${positive}`, positive];
  }
  const lower = seen.map((s) => s.toLowerCase());
  for (const [neg, pos] of POSITIVE_NAMES) {
    if (lower.every((s) => s === neg || s === pos)) {
      const negName = seen[lower.indexOf(neg)] ?? neg;
      const posName = seen[lower.indexOf(pos)] ?? pos;
      return [negName, posName];
    }
  }
  throw new UserError(`cannot tell which class is positive among ${seen.join(', ')}: set positive-label`, { file: table.source, field: labelColumn });
}

function detectTask(table: Table, o: ColumnOptions, labelCol: Column): Task {
  if (o.scorePrefix || o.scoreColumns.length > 1) return 'multiclass';
  const pred = o.predictionColumn ? findColumn(table, o.predictionColumn) : undefined;
  if (labelCol.kind === 'number') {
    // Missing cells and NaN left out; too many values to encode are more than 20.
    const distinct = numberCodes(table, labelCol)?.values.filter((v) => !Number.isNaN(v));
    if (!distinct || distinct.length > 20 || distinct.some((v) => !Number.isInteger(v))) return 'regression';
  }
  const seen = new Set<string>();
  for (const c of [labelCol, pred]) if (c) for (const t of distinctTexts(table, c, 2)) seen.add(t);
  return seen.size <= 2 ? 'binary' : 'multiclass';
}

/** Fixed facts from the candidate that the baseline must share. */
export interface Shape {
  task: Task;
  classes: string[];
}

/**
 * Read the predictions of one model. With `shape` (the baseline), the task
 * and classes are the candidate's and the label column may be absent.
 */
export function extractPredictions(table: Table, o: ColumnOptions, shape?: Shape): Predictions {
  const n = table.rowCount;
  const labelCol = shape ? findColumn(table, o.labelColumn) : column(table, o.labelColumn, 'label-column');
  const predCol = o.predictionColumn ? column(table, o.predictionColumn, 'prediction-column') : undefined;
  const ids = o.idColumn ? readRowIds(table, column(table, o.idColumn, 'id-column')) : undefined;
  const task = shape?.task ?? (o.task === 'auto' ? detectTask(table, o, labelCol!) : o.task);

  if (task === 'regression') {
    if (!predCol) throw new UserError('a regression needs prediction-column', { field: 'prediction-column' });
    const actual = labelCol ? numbers(table, labelCol, 'the label') : undefined;
    return { source: table.source, task, rows: n, classes: [], label: new Int32Array(0), actual, estimate: numbers(table, predCol, 'the prediction'), ids };
  }

  // Score columns.
  let scoreNames = o.scoreColumns;
  let prefixClasses: string[] | undefined;
  if (o.scorePrefix) {
    const prefix = o.scorePrefix;
    scoreNames = table.columns.map((c) => c.name).filter((name) => name.startsWith(prefix) && name.length > prefix.length);
    if (scoreNames.length === 0) throw new UserError(`no column starts with score-prefix "${prefix}"`, { file: table.source, field: 'score-prefix' });
    prefixClasses = scoreNames.map((name) => name.slice(prefix.length));
  }
  if (!predCol && scoreNames.length === 0) throw new UserError('set prediction-column or score-column (or score-prefix): there is nothing to evaluate', { field: 'prediction-column' });

  // Classes: fixed by the candidate, or the sorted union of labels, predictions and score-column classes.
  let classes: string[];
  if (shape) classes = shape.classes;
  else {
    const seen = new Set<string>(prefixClasses ?? []);
    for (const c of [labelCol!, predCol]) if (c) for (const t of distinctTexts(table, c)) seen.add(t);
    classes = task === 'binary' ? binaryClasses(sortClasses([...seen]), o.positiveLabel, table, o.labelColumn) : sortClasses([...seen]);
    if (task === 'binary' && classes.length !== 2) throw new UserError('a binary task needs two classes', { field: o.labelColumn });
  }
  const index = new Map(classes.map((c, i) => [c, i]));
  const toIndex = (c: Column): Int32Array => {
    const out = new Int32Array(n);
    if (c.kind === 'number') {
      // The column's codes become the class indices: each distinct number is looked up once.
      const encoded = numberCodes(table, c);
      if (encoded) {
        encodings.delete(c); // remapped in place below: a second use encodes afresh
        const classOf = encoded.values.map((v) => index.get(String(v)) ?? -1);
        const codes = encoded.codes;
        for (let i = 0; i < n; i++) {
          const code = codes[i];
          if (code < 0) throw new UserError('missing value', where(table, i, c.name));
          const k = classOf[code];
          if (k < 0) throw new UserError(`class "${String(c.values[i])}" is not one of ${classes.join(', ')}`, where(table, i, c.name));
          codes[i] = k;
        }
        return codes;
      }
      // Map each distinct number once, not each cell's text; the common
      // classes (a few numbers) by a linear scan, others through the map.
      const byValue = new Map<number, number>();
      // A class is matched by number only when it prints back as itself ("1", not "1.0").
      const few = classes.length <= 8 ? classes.map((t) => (String(Number(t)) === t ? Number(t) : Number.NaN)) : [];
      for (let i = 0; i < n; i++) {
        const v = c.values[i];
        let k: number | undefined = -1;
        for (let f = 0; f < few.length; f++) {
          if (few[f] === v) {
            k = f;
            break;
          }
        }
        if (k < 0) k = byValue.get(v);
        if (k === undefined) {
          const t = cellText(table, c, i);
          k = index.get(t);
          if (k === undefined) throw new UserError(`class "${t}" is not one of ${classes.join(', ')}`, where(table, i, c.name));
          byValue.set(v, k);
        }
        if (c.missing !== null && c.missing[i] === 1) throw new UserError('missing value', where(table, i, c.name));
        out[i] = k;
      }
      return out;
    }
    if (c.dictionary) {
      // Dictionary-encoded text (readers/text-dictionary.ts): each label looked up once.
      const { codes, labels } = c.dictionary;
      const classOf = labels.map((t) => index.get(t) ?? -1);
      for (let i = 0; i < n; i++) {
        const code = codes[i];
        if (code < 0) throw new UserError('missing value', where(table, i, c.name));
        const k = classOf[code];
        if (k < 0) throw new UserError(`class "${labels[code]}" is not one of ${classes.join(', ')}`, where(table, i, c.name));
        out[i] = k;
      }
      return out;
    }
    for (let i = 0; i < n; i++) {
      const t = cellText(table, c, i);
      const k = index.get(t);
      if (k === undefined) throw new UserError(`class "${t}" is not one of ${classes.join(', ')}`, where(table, i, c.name));
      out[i] = k;
    }
    return out;
  };

  let scores: Float64Array[] | undefined;
  if (scoreNames.length > 0) {
    if (task === 'binary' && scoreNames.length !== 1) throw new UserError(`a binary task takes one score column (the positive class's), got ${scoreNames.length}`, { field: 'score-column' });
    if (task === 'multiclass') {
      if (prefixClasses) {
        const byClass = new Map(prefixClasses.map((c, i) => [c, scoreNames[i]]));
        const missing = classes.filter((c) => !byClass.has(c));
        if (missing.length) throw new UserError(`no score column for class ${missing.join(', ')} (expected ${o.scorePrefix}${missing[0]})`, { file: table.source, field: 'score-prefix' });
        scoreNames = classes.map((c) => byClass.get(c)!);
      } else if (scoreNames.length !== classes.length) {
        throw new UserError(`${scoreNames.length} score columns for ${classes.length} classes (${classes.join(', ')}); list one per class in this order`, { field: 'score-column' });
      }
    }
    scores = scoreNames.map((name) => numbers(table, column(table, name, o.scorePrefix ? 'score-prefix' : 'score-column'), 'a score'));
  }
  const scoreOutsideUnit = scores ? firstOutsideUnit(table, scoreNames, scores) : undefined;

  let predicted: Int32Array;
  if (predCol) predicted = toIndex(predCol);
  else if (task === 'binary') {
    predicted = new Int32Array(n);
    const s = scores![0];
    for (let i = 0; i < n; i++) predicted[i] = s[i] >= o.decisionThreshold ? 1 : 0;
  } else {
    predicted = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      let best = 0;
      for (let c = 1; c < classes.length; c++) if (scores![c][i] > scores![best][i]) best = c;
      predicted[i] = best;
    }
  }
  const label = labelCol ? toIndex(labelCol) : new Int32Array(0);
  return { source: table.source, task, rows: n, classes, label, predicted, scores, ids, ...(scoreOutsideUnit ? { scoreOutsideUnit } : {}) };
}

/** The earliest row (then the first column) with a score outside [0, 1], if any. */
function firstOutsideUnit(table: Table, names: string[], scores: Float64Array[]): ScoreOutsideUnit | undefined {
  let found: ScoreOutsideUnit | undefined;
  scores.forEach((s, c) => {
    const end = found ? found.row : s.length;
    for (let i = 0; i < end; i++) {
      if (!(s[i] >= 0 && s[i] <= 1)) {
        found = { column: names[c], row: i, line: rowLine(table, i) ?? i + 1, value: s[i] };
        break;
      }
    }
  });
  return found;
}
