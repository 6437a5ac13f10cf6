/**
 * Scores outside [0, 1] are not probabilities. A metric that reads scores as
 * probabilities is then wrong, not just imprecise: log loss of a score of 1.3
 * is clipped to that of 1 − 2⁻⁵², and Brier's squared error of a logit means
 * nothing. So those metrics (log_loss, brier) refuse such a file with an
 * error naming the file, the line and the column, as scikit-learn's
 * brier_score_loss does ("y_prob contains values greater than 1"; its
 * log_loss clipped silently up to 1.2 and refuses them from 1.5 on). Metrics
 * that only rank the scores (roc_auc, roc_auc_weighted, pr_auc) are the same
 * for any increasing transform of them, so margins or logits are fine for
 * them; still, scores that are not probabilities may be the wrong column, so
 * they get a warning: a `warn` check in the report and a warning in the log.
 */
import { UserError } from '../../core/errors.js';
import type { Check } from '../../core/report.js';
import type { MetricDef } from './metric-catalog.js';
import type { Predictions } from './predictions.js';

const PROBABILITY_METRICS = ['log_loss', 'brier'];
const RANKING_METRICS = ['roc_auc', 'roc_auc_weighted', 'pr_auc'];

/**
 * Throws for a probability metric on scores outside [0, 1]; returns a
 * warning check per file whose scores leave [0, 1] when only ranking
 * metrics read them.
 */
export function scoreRangeChecks(defs: MetricDef[], files: { role: 'candidate' | 'baseline'; predictions: Predictions }[]): Check[] {
  const names = defs.map((d) => d.name);
  const probability = names.filter((n) => PROBABILITY_METRICS.includes(n));
  const ranking = names.filter((n) => RANKING_METRICS.includes(n));
  const checks: Check[] = [];
  for (const { role, predictions } of files) {
    const out = predictions.scoreOutsideUnit;
    if (!out) continue;
    if (probability.length > 0) {
      throw new UserError(
        `${probability.join(' and ')} ${probability.length > 1 ? 'need' : 'needs'} probabilities in [0, 1], found ${out.value}: give the probability column (not a logit or margin), or leave ${probability.join(' and ')} out of metrics`,
        { file: predictions.source, line: out.line, field: out.column },
      );
    }
    if (ranking.length > 0) {
      checks.push({
        id: `scores.${role}.range`,
        subject: out.column,
        name: 'scores are probabilities',
        value: out.value,
        threshold: '[0, 1]',
        verdict: 'warn',
        severity: 'warn',
        message: `the ${role}'s score column ${JSON.stringify(out.column)} in ${predictions.source} has values outside [0, 1] (first ${out.value}, line ${out.line}): ${ranking.join(', ')} only ${ranking.length > 1 ? 'rank' : 'ranks'} scores and ${ranking.length > 1 ? 'are' : 'is'} unaffected, but check that this is the column meant`,
      });
    }
  }
  return checks;
}
