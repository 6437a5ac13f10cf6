/**
 * Put the baseline's predictions on the candidate's rows: by the id column
 * when there is one (every candidate id must appear exactly once in the
 * baseline), else by row order (the two files must have the same number of
 * rows). Where the baseline file has labels too, they must agree with the
 * candidate's: a paired comparison on different truths is meaningless.
 */
import { UserError } from '../../core/errors.js';
import type { Predictions } from './predictions.js';

function take<T extends Int32Array | Float64Array>(a: T, order: Int32Array | null): T {
  if (!order) return a; // paired by row order: already aligned
  const out = new (a.constructor as { new (n: number): T })(order.length);
  for (let i = 0; i < order.length; i++) out[i] = a[order[i]];
  return out;
}

export function alignBaseline(candidate: Predictions, baseline: Predictions, files: { candidate: string; baseline: string }): Predictions {
  let order: Int32Array | null;
  if (candidate.ids && baseline.ids) {
    const where = new Map<string, number>();
    baseline.ids.forEach((id, i) => {
      if (where.has(id)) throw new UserError(`duplicate id "${id}" (rows ${where.get(id)! + 1} and ${i + 1})`, { file: files.baseline, field: 'id-column' });
      where.set(id, i);
    });
    const seen = new Set<string>();
    const byId = new Int32Array(candidate.rows);
    candidate.ids.forEach((id, i) => {
      if (seen.has(id)) throw new UserError(`duplicate id "${id}"`, { file: files.candidate, field: `id-column (row ${i + 1})` });
      seen.add(id);
      const j = where.get(id);
      if (j === undefined) throw new UserError(`id "${id}" has no row in the baseline predictions (${files.baseline})`, { file: files.candidate, field: 'id-column' });
      byId[i] = j;
    });
    order = byId;
  } else {
    if (candidate.rows !== baseline.rows) {
      throw new UserError(
        `the baseline has ${baseline.rows} rows but the candidate has ${candidate.rows}; rows are paired by order, so they must match (or set id-column)`,
        { file: files.baseline },
      );
    }
    order = null;
  }
  const aligned: Predictions = { ...baseline, rows: candidate.rows, ids: candidate.ids };
  if (baseline.label.length > 0) {
    const label = take(baseline.label, order);
    for (let i = 0; i < label.length; i++) {
      if (label[i] !== candidate.label[i]) {
        throw new UserError(
          `the label differs from the candidate's on the same row (${baseline.classes[label[i]]} vs ${candidate.classes[candidate.label[i]]}); both files must hold the same rows`,
          { file: files.baseline, field: `label (row ${(order ? order[i] : i) + 1})` },
        );
      }
    }
  }
  if (baseline.actual) {
    const actual = take(baseline.actual, order);
    for (let i = 0; i < actual.length; i++) {
      if (actual[i] !== candidate.actual![i]) throw new UserError('the actual value differs from the candidate file\'s on the same row', { file: files.baseline, field: `label (row ${(order ? order[i] : i) + 1})` });
    }
  }
  aligned.label = candidate.label;
  aligned.actual = candidate.actual;
  if (baseline.predicted) aligned.predicted = take(baseline.predicted, order);
  if (baseline.scores) aligned.scores = baseline.scores.map((s) => take(s, order));
  if (baseline.estimate) aligned.estimate = take(baseline.estimate, order);
  return aligned;
}
