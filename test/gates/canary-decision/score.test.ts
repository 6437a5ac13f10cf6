import { describe, expect, it } from 'vitest';
import { scoreMetrics } from '../../../src/gates/canary-decision/score.js';
import { scored } from './helpers.js';

// The cases of Kayenta's ScorerSuite (WeightedSumScorer), with their published scores.
describe('scoreMetrics (Kayenta WeightedSumScorer cases)', () => {
  it('single metric pass → 100', () => {
    expect(scoreMetrics([scored('a', 'Pass')], {}).score).toBe(100);
  });
  it('single metric fail → 0', () => {
    expect(scoreMetrics([scored('a', 'High')], {}).score).toBe(0);
  });
  it('one group, pass and high → 50', () => {
    expect(scoreMetrics([scored('a', 'Pass'), scored('b', 'High')], {}).score).toBe(50);
  });
  it('one group, pass, high and low → 33.33', () => {
    expect(scoreMetrics([scored('a', 'Pass'), scored('b', 'High'), scored('c', 'Low')], {}).score).toBeCloseTo(33.33, 2);
  });
  it('two groups weighted 75/25, the 25 group failing → 75', () => {
    const r = scoreMetrics(
      [scored('a', 'Pass', { groups: ['group-1'] }), scored('b', 'Pass', { groups: ['group-1'] }), scored('c', 'High', { groups: ['group-2'] })],
      { 'group-1': 75, 'group-2': 25 },
    );
    expect(r.score).toBe(75);
  });
  it('two groups weighted 50/50, one half passing and one failing → 25', () => {
    const r = scoreMetrics(
      [scored('a', 'Pass', { groups: ['group-1'] }), scored('b', 'High', { groups: ['group-1'] }), scored('c', 'High', { groups: ['group-2'] })],
      { 'group-1': 50, 'group-2': 50 },
    );
    expect(r.score).toBe(25);
  });
  it('no data → 0 and flagged as no data', () => {
    const r = scoreMetrics([scored('a', 'Nodata')], {});
    expect(r.score).toBe(0);
    expect(r.noData).toBe(true);
  });
  it('a critical failure sets the score to 0', () => {
    const r = scoreMetrics([scored('a', 'Pass'), scored('b', 'High', { criticalFailure: true })], {});
    expect(r.score).toBe(0);
    expect(r.criticalFailure).toBe(true);
  });
  it('a low normal metric next to a passing critical one → 50', () => {
    expect(scoreMetrics([scored('a', 'Low'), scored('b', 'Pass')], {}).score).toBe(50);
  });
  it('a failing report-only metric does not count → 100', () => {
    expect(scoreMetrics([scored('a', 'Pass'), scored('b', 'High', { scoring: 'report-only' })], {}).score).toBe(100);
  });
  it('a must-have-data metric without data counts as failing', () => {
    expect(scoreMetrics([scored('a', 'Pass'), scored('b', 'Nodata', { scoring: 'nodata-fail' })], {}).score).toBe(50);
  });
  it('rescales weights to the groups that have data', () => {
    const r = scoreMetrics([scored('a', 'Pass', { groups: ['g1'] }), scored('b', 'Nodata', { groups: ['g2'] })], { g1: 50, g2: 50 });
    expect(r.score).toBe(100);
    expect(r.groups.find((g) => g.name === 'g2')!.score).toBeNull();
  });
});
