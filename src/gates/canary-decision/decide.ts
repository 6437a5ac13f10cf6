/**
 * From score to decision (Kayenta's ThresholdScoreClassifier, plus the
 * rules that keep starved canaries from being promoted):
 *   1. a critical failure                        → rollback
 *   2. no metric judged at all                   → continue
 *   3. score < marginal-score                    → rollback
 *   4. a scored metric without (enough) data,
 *      or inconclusive                           → continue
 *   5. score ≥ pass-score                        → promote, else continue
 */
import type { MetricResult } from './classify-metric.js';
import type { ScoreResult } from './score.js';

export type Decision = 'promote' | 'continue' | 'rollback';

export interface DecisionResult {
  decision: Decision;
  reason: string;
}

export function decide(score: ScoreResult, results: MetricResult[], thresholds: { pass: number; marginal: number }): DecisionResult {
  if (score.criticalFailure) {
    const names = results.filter((r) => r.criticalFailure).map((r) => r.name);
    return { decision: 'rollback', reason: `critical metric failed: ${names.join(', ')}` };
  }
  const starved = results.filter((r) => r.scoring === 'nodata');
  const inconclusive = results.filter((r) => r.scoring === 'inconclusive');
  const waiting = [
    starved.length ? `too little data for ${starved.length} metric${starved.length > 1 ? 's' : ''} (${starved.map((r) => r.name).join(', ')})` : '',
    inconclusive.length ? `${inconclusive.length} metric${inconclusive.length > 1 ? 's' : ''} inconclusive (${inconclusive.map((r) => r.name).join(', ')})` : '',
  ]
    .filter(Boolean)
    .join('; ');
  if (score.noData) return { decision: 'continue', reason: inconclusive.length ? `no metric judged yet: ${waiting}` : 'no metric has enough data to judge yet' };
  const s = score.score;
  // One decimal where the score has one (87.5), none where it is whole (100), as the thresholds are written.
  const shown = String(Number(s.toFixed(1)));
  if (s < thresholds.marginal) return { decision: 'rollback', reason: `score ${shown} is below the marginal score ${thresholds.marginal}` };
  if (waiting) return { decision: 'continue', reason: waiting };
  if (s >= thresholds.pass) return { decision: 'promote', reason: `score ${shown} reaches the pass score ${thresholds.pass}` };
  return { decision: 'continue', reason: `score ${shown} is between the marginal (${thresholds.marginal}) and pass (${thresholds.pass}) scores` };
}
