import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { confusionMatrix } from '../../../src/stats/metrics/confusion-matrix.js';
import { accuracy } from '../../../src/stats/metrics/accuracy.js';
import { balancedAccuracy } from '../../../src/stats/metrics/balanced-accuracy.js';
import { precision } from '../../../src/stats/metrics/precision.js';
import { recall } from '../../../src/stats/metrics/recall.js';
import { specificity } from '../../../src/stats/metrics/specificity.js';
import { f1 } from '../../../src/stats/metrics/f1.js';
import { mcc } from '../../../src/stats/metrics/mcc.js';
import { rocAuc } from '../../../src/stats/metrics/roc-auc.js';
import { rocAucOvr } from '../../../src/stats/metrics/roc-auc-ovr.js';
import { averagePrecision } from '../../../src/stats/metrics/average-precision.js';
import { logLoss } from '../../../src/stats/metrics/log-loss.js';
import { logLossMulticlass } from '../../../src/stats/metrics/log-loss-multiclass.js';
import { brier } from '../../../src/stats/metrics/brier.js';
import { mae } from '../../../src/stats/metrics/mae.js';
import { mse } from '../../../src/stats/metrics/mse.js';
import { rmse } from '../../../src/stats/metrics/rmse.js';
import { r2 } from '../../../src/stats/metrics/r2.js';
import { mape } from '../../../src/stats/metrics/mape.js';
import { medianAe } from '../../../src/stats/metrics/median-ae.js';

const golden = JSON.parse(readFileSync(new URL('../../golden/performance.json', import.meta.url), 'utf8'));

/** scikit-learn's null (it raised: undefined) is NaN here. */
function close(actual: number, expected: number | null, rel = 1e-12): void {
  if (expected === null) {
    expect(actual).toBeNaN();
    return;
  }
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(expected)));
}

describe('binary metrics match scikit-learn', () => {
  for (const c of golden.binary) {
    it(c.name, () => {
      const y = Uint8Array.from(c.y);
      const score = Float64Array.from(c.score);
      const cm = confusionMatrix(y, Uint8Array.from(c.pred), 2);
      const e = c.expected;
      close(accuracy(cm), e.accuracy);
      close(balancedAccuracy(cm), e.balanced_accuracy);
      close(precision(cm), e.precision);
      close(recall(cm), e.recall);
      close(specificity(cm), e.specificity);
      close(f1(cm), e.f1);
      close(mcc(cm), e.mcc);
      close(rocAuc(y, score), e.roc_auc);
      close(averagePrecision(y, score), e.pr_auc);
      close(logLoss(y, score), e.log_loss, 1e-10);
      close(brier(y, score), e.brier);
    });
  }
});

describe('multiclass metrics match scikit-learn', () => {
  for (const c of golden.multiclass) {
    it(c.name, () => {
      const y = Int32Array.from(c.y);
      const proba = (c.proba as number[][]).map((col) => Float64Array.from(col));
      const cm = confusionMatrix(y, Int32Array.from(c.pred), c.k);
      const e = c.expected;
      close(accuracy(cm), e.accuracy);
      close(balancedAccuracy(cm), e.balanced_accuracy);
      close(mcc(cm), e.mcc);
      close(logLossMulticlass(y, proba), e.log_loss, 1e-10);
      close(rocAucOvr(y, proba, 'macro'), e.roc_auc_ovr);
      close(rocAucOvr(y, proba, 'weighted'), e.roc_auc_ovr_weighted);
      for (const avg of ['macro', 'weighted'] as const) {
        close(precision(cm, avg), e[`precision_${avg}`]);
        close(recall(cm, avg), e[`recall_${avg}`]);
        close(f1(cm, avg), e[`f1_${avg}`]);
      }
    });
  }
});

describe('regression metrics match scikit-learn', () => {
  for (const c of golden.regression) {
    it(c.name, () => {
      const y = Float64Array.from(c.y);
      const yhat = Float64Array.from(c.yhat);
      const e = c.expected;
      close(mae(y, yhat), e.mae);
      close(mse(y, yhat), e.mse);
      close(rmse(y, yhat), e.rmse);
      close(r2(y, yhat), e.r2);
      close(mape(y, yhat), e.mape);
      close(medianAe(y, yhat), e.median_ae);
    });
  }
});
