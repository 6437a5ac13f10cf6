import { describe, expect, it } from 'vitest';
import { evaluateCanary, type CanaryOptions } from '../../../src/gates/canary-decision/evaluate.js';
import { renderCanaryHeadline, renderMarkdown } from '../../../src/gates/canary-decision/render.js';
import type { MetricConfig } from '../../../src/gates/canary-decision/config.js';
import { metric, normals } from './helpers.js';

const f = (a: number[]) => Float64Array.from(a);
/** n values, the first `ones` of them 1, the rest 0: a per-request flag. */
const flags = (n: number, ones: number) => Float64Array.from({ length: n }, (_, i) => (i < ones ? 1 : 0));

const OPTIONS: CanaryOptions = {
  confidence: 0.95,
  passScore: 95,
  marginalScore: 75,
  promoteProbability: 0.95,
  sequential: false,
  mixingSd: 0.1,
  stepWeight: 10,
  maxWeight: 50,
  currentWeight: 10,
  state: null,
};

function render(metrics: MetricConfig[], data: [string, { canary: Float64Array; baseline: Float64Array }][]) {
  const e = evaluateCanary(metrics, new Map(data), {}, OPTIONS);
  const o = { confidence: 0.95, sequential: false, metrics, source: 'samples.csv' };
  return { e, md: renderMarkdown(e, o), headline: renderCanaryHeadline(e, o) };
}

describe('renderMarkdown', () => {
  const { md, headline } = render(
    [metric('latency_ms', { direction: 'increase' }), metric('@ops|pipe', { group: 'x' })],
    [
      ['latency_ms', { canary: f(normals(100, 260, 10, 1)), baseline: f(normals(100, 200, 10, 2)) }],
      ['@ops|pipe', { canary: f(normals(100, 1, 0.1, 3)), baseline: f(normals(100, 1, 0.1, 4)) }],
    ],
  );

  it('puts the score first, the decision in the headline', () => {
    // One of two equally weighted groups fails: score 50, below the marginal 75, so a rollback.
    expect(md.split('\n')[0]).toBe('Score **50** / 100 · next canary weight 0%.');
    // The samples are normal with means 260 and 200 (sd 10): the means print as 2xx, the shift near +60.
    expect(headline.reason).toMatch(/^Roll back: `latency_ms` went from (19\d|20\d) to (25\d|26\d): shift \+[56]\d\.\d \(\+\d\d\.\d to \+\d\d\.\d\)\.$/);
    expect(headline.next).toContain('send all traffic back to the baseline');
    expect(headline.compared).toBe('canary against baseline from `samples.csv`: 2 metrics in 2 groups, 100 values a side.');
  });

  it('has a row per metric with its icon, change and interval, and a chart of each distribution', () => {
    expect(md).toMatch(/\| ❌ \| `latency_ms` \| 2\d\d \| \d{3} \| shift \+\d\d\.\d \(\+\d\d\.\d to \+\d\d\.\d\) \| higher \|/);
    expect(md).toContain('95% interval');
    expect(md).toContain('latency_ms: % of values per bin');
    expect(md).toMatch(/```mermaid\n(?:---\n[\s\S]*?\n---\n)?xychart-beta\n[\s\S]*?  bar \[[\d., ]+\]\n  line \[[\d., ]+\]\n```\n🟦 bars: canary · 🟧 line: baseline/);
  });

  it('escapes names from the data (no mention, no broken table)', () => {
    expect(md).not.toMatch(/[^`]@ops/);
    expect(md).toContain('<code>@\u200bops\\|pipe</code>');
  });
});

describe('a row tells the truth about its metric', () => {
  it('a critical zero-inflated metric shows the change that failed it, and why its shift is 0', () => {
    // 57 of 1,500 canary requests fail against 22 of 1,500: means 0.038 and 0.0147 (mean change
    // +0.0233 > max-increase 0.01), while most pairwise differences are 0, so the
    // Hodges–Lehmann shift and its interval are 0 (docs/gates/canary-decision.md).
    const { e, md, headline } = render(
      [metric('error', { direction: 'increase', critical: true, 'max-increase': 0.01, 'min-samples': 30 })],
      [['error', { canary: flags(1500, 57), baseline: flags(1500, 22) }]],
    );
    expect(e.decision).toBe('rollback');
    const row = md.split('\n').find((l) => l.includes('`error`'))!;
    expect(row).toContain('| ❌ |');
    expect(row).toContain('| 0.0380 | 0.0147 |');
    expect(row).toContain('mean +0.0233 (limit +0.01)');
    expect(row).toContain('shift 0 (0 to 0): most pairs tie at 0; rank test p < 0.001, canary higher');
    expect(row).toContain('higher (critical)');
    expect(headline.reason).toBe('Roll back: the critical metric `error` went from 0.0147 to 0.0380: mean +0.0233 (limit +0.01).');
  });

  it('"no data" only below min-samples, "inconclusive" as its own state, a group without a judged metric not called "no data"', () => {
    // Conversions 138 of 1,500 against 155 of 1,500: P(canary better) is far from both 0.05 and 0.95.
    const { md } = render(
      [
        metric('converted', { type: 'conversion', direction: 'decrease', group: 'business', 'min-samples': 30 }),
        metric('latency', { direction: 'increase', group: 'latency', 'min-samples': 30 }),
      ],
      [
        ['converted', { canary: flags(1500, 138), baseline: flags(1500, 155) }],
        ['latency', { canary: f(normals(8, 100, 10, 5)), baseline: f(normals(1500, 100, 10, 6)) }],
      ],
    );
    const converted = md.split('\n').find((l) => l.startsWith('| ❔ | `converted`'))!;
    expect(converted).toContain('| inconclusive |');
    expect(converted).not.toContain('no data');
    expect(converted).toContain('| 9.2% | 10.3% |');
    const latency = md.split('\n').find((l) => l.includes('`latency`'))!;
    expect(latency).toContain('no data (8 of 30 values)');
    expect(md).toContain('| business | not scored: inconclusive | 0 / 0 |');
    expect(md).toContain('| latency | not scored: no data | 0 / 0 |');
    expect(md.split('\n')[0]).toBe('No score yet (no metric judged) · next canary weight 10%.');
  });
});
