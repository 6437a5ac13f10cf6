/**
 * Labels and predictions as 0/1 bytes, from a label column and either a
 * prediction column or a score column cut at the decision threshold.
 */
import { UserError } from '../../core/errors.js';
import type { Column, Table } from '../../core/table.js';
import { lineOf, requireColumn } from './columns.js';
import type { FairnessOptions } from './options.js';

export interface Outcomes {
  label: Uint8Array;
  prediction: Uint8Array;
}

type OutcomeOptions = Pick<FairnessOptions, 'labelColumn' | 'predictionColumn' | 'scoreColumn' | 'decisionThreshold' | 'positiveLabel'>;

export function readOutcomes(table: Table, options: OutcomeOptions): Outcomes {
  const label = binaryColumn(table, requireColumn(table, options.labelColumn, 'label-column'), options.positiveLabel, 'label-column');
  let prediction: Uint8Array;
  if (options.scoreColumn !== undefined) {
    prediction = scoreColumn(table, requireColumn(table, options.scoreColumn, 'score-column'), options.decisionThreshold);
  } else if (options.predictionColumn !== undefined) {
    prediction = binaryColumn(table, requireColumn(table, options.predictionColumn, 'prediction-column'), options.positiveLabel, 'prediction-column');
  } else {
    throw new UserError('give prediction-column or score-column', { field: 'prediction-column' });
  }
  return { label, prediction };
}

/**
 * 1 where the cell equals the positive label. A number column compares
 * numerically ("1" matches 1.0); a string column compares text. More than
 * two distinct values is an error: the gate judges binary decisions.
 */
function binaryColumn(table: Table, col: Column, positive: string, input: string): Uint8Array {
  const n = table.rowCount;
  const out = new Uint8Array(n);
  const seen = new Set<string>();
  let positives = 0;
  if (col.kind === 'number') {
    const p = Number(positive);
    if (!Number.isFinite(p) && positive.trim() !== '') {
      throw new UserError(`column "${col.name}" is numeric but positive-label is "${positive}"`, { file: table.source, field: input });
    }
    // Distinct values kept as numbers: a string per row would dominate the cost on large files.
    const values = col.values;
    const missing = col.missing;
    if (missing !== null) {
      const i = missing.indexOf(1);
      if (i >= 0) throw missingCell(table, col, i, input);
    }
    // The first other value; then one pass with no data-dependent branch
    // (labels are a coin toss per row, a branch on them mispredicts often):
    // the 0/1 byte, the positives, and whether any value is neither.
    let other = Number.NaN;
    for (let i = 0; i < n; i++) {
      if (values[i] !== p) {
        other = values[i];
        break;
      }
    }
    let stray = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      const hit = +(v === p);
      out[i] = hit;
      positives += hit;
      stray |= +(v !== p) & +(v !== other);
    }
    let third = false;
    if (stray !== 0) {
      // A third value (or a NaN): the careful pass, for the message.
      other = Number.NaN;
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (v !== p && v !== other) {
          if (other !== other) other = v;
          else third = true;
        }
      }
    }
    const distinct: number[] = [];
    if (other === other) distinct.push(other);
    if (third) {
      for (let i = 0; i < n && distinct.length < 3; i++) {
        const v = values[i];
        if (v !== p && !distinct.includes(v)) distinct.push(v);
      }
    }
    if (positives > 0) seen.add(String(p));
    for (const v of distinct) seen.add(String(v));
  } else {
    for (let i = 0; i < n; i++) {
      const v = col.values[i];
      if (v === null) throw missingCell(table, col, i, input);
      if (v !== positive && seen.size < 3) seen.add(v);
      if (v === positive) {
        out[i] = 1;
        positives++;
      }
    }
  }
  if (col.kind === 'string' && positives > 0) seen.add(positive);
  if (seen.size > 2) {
    throw new UserError(`column "${col.name}" has more than two values (${[...seen].join(', ')}, ...): fairness-gate judges binary decisions`, {
      file: table.source,
      field: input,
    });
  }
  if (n > 0 && positives === 0 && input === 'label-column') {
    throw new UserError(`positive-label "${positive}" never occurs in column "${col.name}" (values: ${[...seen].join(', ')})`, {
      file: table.source,
      field: 'positive-label',
    });
  }
  return out;
}

function scoreColumn(table: Table, col: Column, threshold: number): Uint8Array {
  if (col.kind !== 'number') {
    const i = col.values.findIndex((v) => v !== null && !Number.isFinite(Number(v)));
    throw new UserError(`score column "${col.name}" is not numeric${i >= 0 ? ` ("${col.values[i]}")` : ''}`, {
      file: table.source,
      line: i >= 0 ? lineOf(table, i) : undefined,
      field: 'score-column',
    });
  }
  const out = new Uint8Array(table.rowCount);
  for (let i = 0; i < table.rowCount; i++) {
    if (col.missing && col.missing[i] === 1) throw missingCell(table, col, i, 'score-column');
    out[i] = col.values[i] >= threshold ? 1 : 0;
  }
  return out;
}

function missingCell(table: Table, col: Column, i: number, input: string): UserError {
  return new UserError(`missing value in column "${col.name}" (${input})`, { file: table.source, line: lineOf(table, i), field: col.name });
}
