/**
 * The confusion matrix every classification metric of a hard prediction is
 * a function of.
 *
 * Definition: counts[t * k + p] is the number of rows whose true class is t
 * and whose predicted class is p (rows = truth, columns = prediction, as
 * `sklearn.metrics.confusion_matrix`). Classes are indices 0..k−1; for a
 * binary task class 1 is the positive class, so tn = counts[0], fp =
 * counts[1], fn = counts[2], tp = counts[3].
 *
 * Because these metrics depend on the rows only through these k² counts,
 * resampling rows is the same as drawing the counts from a multinomial
 * (see src/stats/resampling/multinomial-bootstrap.ts).
 *
 * Reference: scikit-learn user guide, 3.3.2.7 "Confusion matrix".
 */
export interface ConfusionMatrix {
  /** Number of classes. */
  k: number;
  /** k × k counts, row-major, rows = true class, columns = predicted class. */
  counts: Float64Array;
}

export function confusionMatrix(truth: ArrayLike<number>, pred: ArrayLike<number>, k: number): ConfusionMatrix {
  if (truth.length !== pred.length) throw new RangeError(`confusionMatrix: ${truth.length} labels but ${pred.length} predictions`);
  const counts = new Float64Array(k * k);
  for (let i = 0; i < truth.length; i++) {
    const t = truth[i];
    const p = pred[i];
    if (!(t >= 0 && t < k && p >= 0 && p < k)) throw new RangeError(`confusionMatrix: row ${i} has class ${t}/${p} outside 0..${k - 1}`);
    counts[t * k + p]++;
  }
  return { k, counts };
}

/** Row sums (true-class supports), column sums (predicted-class counts), diagonal and total. */
export function margins(cm: ConfusionMatrix): { support: Float64Array; predicted: Float64Array; correct: Float64Array; total: number } {
  const { k, counts } = cm;
  const support = new Float64Array(k);
  const predicted = new Float64Array(k);
  const correct = new Float64Array(k);
  let total = 0;
  for (let t = 0; t < k; t++) {
    for (let p = 0; p < k; p++) {
      const c = counts[t * k + p];
      support[t] += c;
      predicted[p] += c;
      total += c;
    }
    correct[t] = counts[t * k + t];
  }
  return { support, predicted, correct, total };
}

/**
 * How per-class scores are combined, as scikit-learn's `average`:
 * `binary` reports the positive class (index 1) only; `macro` is the
 * unweighted mean over the classes that occur in the truth or the
 * predictions; `weighted` weights each class by its true support.
 */
export type Average = 'binary' | 'macro' | 'weighted';

/**
 * Combine per-class scores. A class with a zero denominator scores 0, as
 * scikit-learn's default `zero_division="warn"` does.
 */
export function averageScores(perClass: Float64Array, cm: ConfusionMatrix, average: Average): number {
  const { support, predicted, total } = margins(cm);
  if (average === 'binary') {
    if (cm.k !== 2) throw new RangeError(`average=binary needs 2 classes, got ${cm.k}`);
    return perClass[1];
  }
  if (average === 'macro') {
    let sum = 0;
    let m = 0;
    for (let c = 0; c < cm.k; c++) {
      if (support[c] + predicted[c] === 0) continue;
      sum += perClass[c];
      m++;
    }
    return m === 0 ? Number.NaN : sum / m;
  }
  if (total === 0) return Number.NaN;
  let sum = 0;
  for (let c = 0; c < cm.k; c++) sum += (perClass[c] * support[c]) / total;
  return sum;
}
