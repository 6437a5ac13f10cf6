/**
 * The canary score, as Kayenta's WeightedSumScorer: per group,
 * 100 × passing metrics / judged metrics (Pass, High, Low; a must-have-data
 * metric without data counts as judged and failing; other Nodata metrics,
 * Inconclusive ones and report-only ones are left out). Groups are combined with the
 * configured weights; groups without a weight share what the weights leave
 * of 100. A critical failure sets the score to 0.
 *
 * One deliberate difference: Kayenta leaves out groups without data but
 * keeps their weight in the denominator, so missing data lowers the score
 * and can turn into a rollback. Here the weights of the groups with data
 * are rescaled to their sum, and missing data instead blocks promotion
 * (decide.ts). With every group judged the two agree.
 */
import type { MetricResult } from './classify-metric.js';

export interface GroupScore {
  name: string;
  /** 0–100, or null when no metric of the group was judged. */
  score: number | null;
  passed: number;
  judged: number;
  /** Metrics without (enough) data. */
  noData: number;
  /** Metrics with data but no conclusion (conversion metrics), left out like noData. */
  inconclusive: number;
  weight: number;
}

export interface ScoreResult {
  score: number;
  groups: GroupScore[];
  criticalFailure: boolean;
  /** No metric was judged at all (each lacked data or was inconclusive). */
  noData: boolean;
}

export function scoreMetrics(results: MetricResult[], groupWeights: Record<string, number>): ScoreResult {
  const groups = new Map<string, GroupScore>();
  for (const r of results) {
    if (r.scoring === 'report-only') continue;
    for (const g of r.groups) {
      let gs = groups.get(g);
      if (!gs) groups.set(g, (gs = { name: g, score: null, passed: 0, judged: 0, noData: 0, inconclusive: 0, weight: 0 }));
      if (r.scoring === 'nodata') gs.noData++;
      else if (r.scoring === 'inconclusive') gs.inconclusive++;
      else {
        gs.judged++;
        if (r.scoring === 'judged' && r.classification === 'Pass') gs.passed++;
      }
    }
  }
  const all = [...groups.values()];
  const explicit = all.filter((g) => groupWeights[g.name] !== undefined);
  const implicit = all.filter((g) => groupWeights[g.name] === undefined);
  const explicitSum = Object.values(groupWeights).reduce((a, b) => a + b, 0);
  const share = implicit.length ? Math.max(0, 100 - explicitSum) / implicit.length : 0;
  for (const g of explicit) g.weight = groupWeights[g.name];
  for (const g of implicit) g.weight = share;
  let weighted = 0;
  let weightWithData = 0;
  for (const g of all) {
    if (g.judged === 0) continue;
    g.score = (100 * g.passed) / g.judged;
    weighted += g.score * g.weight;
    weightWithData += g.weight;
  }
  const criticalFailure = results.some((r) => r.criticalFailure);
  const noData = weightWithData === 0 && all.every((g) => g.judged === 0);
  let score = weightWithData > 0 ? weighted / weightWithData : 0;
  if (criticalFailure) score = 0;
  return { score, groups: all, criticalFailure, noData };
}
