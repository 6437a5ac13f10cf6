/**
 * Put the baseline's predictions on the candidate's rows: by the id column
 * when there is one (every candidate id must appear exactly once in the
 * baseline), else by row order (the two files must have the same number of
 * rows). Where the baseline file has labels too, they must agree with the
 * candidate's: a paired comparison on different truths is meaningless.
 */
import { UserError } from '../../core/errors.js';
import { pairById, type Pairing } from './pair-by-id.js';
import type { Predictions } from './predictions.js';

function take<T extends Int32Array | Float64Array>(a: T, order: Int32Array | null): T {
  if (!order) return a; // paired by row order: already aligned
  const out = new (a.constructor as { new (n: number): T })(order.length);
  for (let i = 0; i < order.length; i++) out[i] = a[order[i]];
  return out;
}

/**
 * The baseline's predictions on the candidate's rows. `debug` receives one
 * line saying how rows were paired by id and how long it took (wall and CPU
 * time of this process, all threads).
 */
export function alignBaseline(candidate: Predictions, baseline: Predictions, files: { candidate: string; baseline: string }, debug?: (line: string) => void): Predictions {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let order: Int32Array | null;
  let pairing: Pairing | undefined;
  if (candidate.ids && baseline.ids) {
    pairing = pairById(candidate.ids, baseline.ids);
    order = pairing.order;
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
  // The truths must agree row by row (read through `order`, no copy made).
  if (baseline.label.length > 0) {
    const label = baseline.label;
    for (let i = 0; i < candidate.rows; i++) {
      const j = order ? order[i] : i;
      if (label[j] !== candidate.label[i]) {
        throw new UserError(
          `the label differs from the candidate's on the same row (${baseline.classes[label[j]]} vs ${candidate.classes[candidate.label[i]]}); both files must hold the same rows`,
          { file: files.baseline, field: `label (row ${j + 1})` },
        );
      }
    }
  }
  if (baseline.actual) {
    const actual = baseline.actual;
    for (let i = 0; i < candidate.rows; i++) {
      const j = order ? order[i] : i;
      if (actual[j] !== candidate.actual![i]) throw new UserError('the actual value differs from the candidate file\'s on the same row', { file: files.baseline, field: `label (row ${j + 1})` });
    }
  }
  aligned.label = candidate.label;
  aligned.actual = candidate.actual;
  if (baseline.predicted) aligned.predicted = take(baseline.predicted, order);
  if (baseline.scores) aligned.scores = baseline.scores.map((s) => take(s, order));
  if (baseline.estimate) aligned.estimate = take(baseline.estimate, order);
  if (pairing && debug) {
    const cpu = process.cpuUsage(cpuStart);
    debug(`paired ${candidate.rows} rows by id in ${(performance.now() - start).toFixed(1)} ms, ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms CPU (${pairing.method})`);
  }
  return aligned;
}
