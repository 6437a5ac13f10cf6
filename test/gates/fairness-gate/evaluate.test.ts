import { describe, expect, it } from 'vitest';
import { evaluateTables } from '../../../src/gates/fairness-gate/evaluate.js';
import { renderFairness } from '../../../src/gates/fairness-gate/render.js';
import { parseThreshold } from '../../../src/gates/fairness-gate/thresholds.js';
import { worstVerdict } from '../../../src/core/verdict.js';
import { options, rowsFor, tableOf } from './helpers.js';
import { withDictionaries } from '../../support/dictionary-column.js';

const A = { tp: 24, fn: 6, fp: 6, tn: 24 };
const B = { tp: 12, fn: 8, fp: 2, tn: 18 };
const issueTable = () => tableOf([...rowsFor('A', A), ...rowsFor('B', B)]);

function row(ev: ReturnType<typeof evaluateTables>, metric: string, attribute: string | null = 'group', group?: string) {
  const r = ev.disparities.find((d) => d.metric === metric && d.attribute === attribute && (group === undefined || d.group === group));
  if (!r) throw new Error(`no row ${metric} ${attribute} ${group}`);
  return r;
}

describe('the issue example through the evaluation', () => {
  const ev = evaluateTables(issueTable(), options());

  it('reports the per-group rates', () => {
    const a = ev.groups.find((g) => g.group === 'A')!;
    expect(a).toMatchObject({ attribute: 'group', n: 60, positives: 30, selectionRate: 0.5, tpr: 0.8, fpr: 0.2, status: 'ok' });
    const b = ev.groups.find((g) => g.group === 'B')!;
    expect(b.n).toBe(40);
    expect(b.selectionRate).toBeCloseTo(0.35, 12);
  });

  it('computes the published values and judges them against the defaults', () => {
    expect(row(ev, 'demographic_parity_difference').value).toBeCloseTo(0.15, 12);
    expect(row(ev, 'demographic_parity_difference').verdict).toBe('fail'); // <= 0.1
    expect(row(ev, 'demographic_parity_ratio').value).toBeCloseTo(0.7, 12);
    expect(row(ev, 'equalized_odds_difference').value).toBeCloseTo(0.2, 12);
    expect(row(ev, 'accuracy_parity').value).toBeCloseTo(0.05, 12);
    expect(row(ev, 'accuracy_parity').verdict).toBe('pass');
    const di = row(ev, 'disparate_impact');
    expect(di.value).toBeCloseTo(0.7, 12);
    expect(di.reference).toBe('A');
    expect(di.group).toBe('B');
    expect(di.threshold).toBe('>= 0.8');
    expect(di.verdict).toBe('fail');
    expect(di.message).toBe("selection rate for group B of group is 0.70 of group A's, below the 0.8 rule");
    expect(row(ev, 'average_odds_difference').value).toBeCloseTo(-0.15, 12);
    expect(row(ev, 'average_odds_difference').verdict).toBe('fail'); // |−0.15| > 0.1
    expect(row(ev, 'theil_index', null).threshold).toBeNull();
    expect(row(ev, 'theil_index', null).verdict).toBe('pass');
  });

  it('gives Aequitas per-group disparities against the reference, B only', () => {
    const sel = ev.disparities.filter((d) => d.metric === 'selection_rate_disparity');
    expect(sel.map((d) => d.group)).toEqual(['B']);
    expect(sel[0].value).toBeCloseTo(0.7, 12);
    expect(sel[0].threshold).toBe('in [0.8, 1.25]');
    expect(sel[0].verdict).toBe('fail');
    const fpr = row(ev, 'fpr_disparity', 'group', 'B');
    expect(fpr.value).toBeCloseTo(0.5, 12);
    const fnr = row(ev, 'fnr_disparity', 'group', 'B');
    expect(fnr.value).toBeCloseTo(2, 12);
    expect(fnr.message).toContain('2.00 times');
  });

  it('makes checks whose worst verdict is fail, and names the worst metric', () => {
    expect(worstVerdict(ev.checks.map((c) => c.verdict))).toBe('fail');
    expect(ev.checks.find((c) => c.id === 'disparity.disparate_impact.group')?.verdict).toBe('fail');
    // fnr disparity 2.0 is 0.75 beyond 1.25: the largest margin among failures
    expect(ev.worstMetric).toBe('fnr_disparity');
  });

  it('reference "best" picks the most selected group; a named reference is used as given', () => {
    const best = evaluateTables(issueTable(), options({ reference: { default: { kind: 'best' }, byAttribute: {} } }));
    expect(row(best, 'disparate_impact').reference).toBe('A');
    // For the FPR, lower is better: B (0.1) is the reference, A's FPR is twice it.
    expect(row(best, 'fpr_disparity', 'group', 'A').value).toBeCloseTo(2, 12);
    const named = evaluateTables(issueTable(), options({ reference: { default: { kind: 'named', group: 'B' }, byAttribute: {} } }));
    expect(row(named, 'disparate_impact').value).toBeCloseTo(0.5 / 0.35, 12);
    expect(row(named, 'disparate_impact').verdict).toBe('pass');
    // A group that does not occur is an input error, never a quiet `insufficient`.
    expect(() => evaluateTables(issueTable(), options({ reference: { default: { kind: 'named', group: 'Z' }, byAttribute: {} } }))).toThrow(
      /group "Z" does not occur in any attribute \(group: "A", "B"/,
    );
  });

  it('to_overall aggregation', () => {
    const o = evaluateTables(issueTable(), options({ method: 'to_overall' }));
    expect(row(o, 'demographic_parity_difference').value).toBeCloseTo(0.09, 12);
  });

  it('user thresholds override the defaults, null reports only', () => {
    const t = evaluateTables(
      issueTable(),
      options({
        thresholds: {
          demographic_parity_difference: parseThreshold('<= 0.2', '<=', 't'),
          disparate_impact: parseThreshold(0.6, '>=', 't'),
          average_odds_difference: null,
        },
      }),
    );
    expect(row(t, 'demographic_parity_difference').verdict).toBe('pass');
    expect(row(t, 'disparate_impact').verdict).toBe('pass');
    expect(row(t, 'disparate_impact').threshold).toBe('>= 0.6');
    expect(row(t, 'average_odds_difference').verdict).toBe('pass');
    expect(row(t, 'average_odds_difference').message).toContain('reported, not judged');
  });
});

describe('small groups are insufficient, never silently fair or dropped', () => {
  const C = { tp: 2, fn: 1, fp: 1, tn: 4 }; // 8 rows
  const table = tableOf([...rowsFor('A', A), ...rowsFor('B', B), ...rowsFor('C', C)]);

  it('lists the group, adds an insufficient check and names it on every metric it is left out of', () => {
    const ev = evaluateTables(table, options({ minGroupSize: 30 }));
    const c = ev.groups.find((g) => g.group === 'C')!;
    expect(c.status).toBe('insufficient');
    expect(c.reasons[0]).toBe('8 rows, below min-group-size 30');
    const check = ev.checks.find((k) => k.id === 'group.group.C')!;
    expect(check.verdict).toBe('insufficient');
    const dpd = row(ev, 'demographic_parity_difference');
    expect(dpd.insufficientGroups).toEqual(['C']);
    expect(dpd.comparedGroups).toBe(2);
    expect(dpd.value).toBeCloseTo(0.15, 12);
    const perGroup = row(ev, 'selection_rate_disparity', 'group', 'C');
    expect(perGroup.verdict).toBe('insufficient');
    expect(perGroup.value).toBeNull();
  });

  it('all groups too small: the metrics are insufficient, and the gate is not a pass', () => {
    const ev = evaluateTables(table, options({ minGroupSize: 1000 }));
    expect(row(ev, 'demographic_parity_difference').verdict).toBe('insufficient');
    expect(row(ev, 'demographic_parity_difference').message).toContain('needs at least two groups');
    expect(worstVerdict(ev.checks.map((k) => k.verdict))).toBe('warn');
  });

  it('a group without positives is left out of TPR metrics only', () => {
    const t = tableOf([...rowsFor('A', A), ...rowsFor('B', B), ...rowsFor('N', { tp: 0, fn: 0, fp: 5, tn: 45 })]);
    const ev = evaluateTables(t, options());
    expect(ev.groups.find((g) => g.group === 'N')).toMatchObject({ status: 'insufficient', tpr: null, positives: 0 });
    expect(row(ev, 'equal_opportunity_difference').insufficientGroups).toEqual(['N']);
    expect(row(ev, 'equal_opportunity_difference').value).toBeCloseTo(0.2, 12);
    expect(row(ev, 'demographic_parity_difference').insufficientGroups).toEqual([]);
    expect(row(ev, 'demographic_parity_difference').comparedGroups).toBe(3);
    expect(row(ev, 'fnr_disparity', 'group', 'N').verdict).toBe('insufficient');
    expect(row(ev, 'fnr_disparity', 'group', 'N').message).toContain('0 positive labels');
  });

  it('a single group: nothing to compare, insufficient', () => {
    const ev = evaluateTables(tableOf(rowsFor('A', A)), options());
    expect(row(ev, 'demographic_parity_difference').verdict).toBe('insufficient');
    expect(row(ev, 'disparate_impact').verdict).toBe('insufficient');
    expect(ev.disparities.filter((d) => d.metric === 'selection_rate_disparity')).toEqual([]);
  });
});

describe('intersections, bins and scores', () => {
  const rows = [
    ...rowsFor('A', A).map((r, i) => ({ ...r, sex: i % 2 ? 'F' : 'M', age: 20 + (i % 50) })),
    ...rowsFor('B', B).map((r, i) => ({ ...r, sex: 'F', age: 30 + (i % 40) })),
  ];
  const table = tableOf(rows);

  it('judges every combination; an empty combination is listed as empty, without a check', () => {
    const ev = evaluateTables(table, options({ sensitive: ['group', 'sex'], intersectional: true }));
    const inter = ev.groups.filter((g) => g.attribute === 'group × sex');
    expect(inter.map((g) => g.group)).toEqual(['A × F', 'A × M', 'B × F', 'B × M']);
    expect(inter.map((g) => g.n)).toEqual([30, 30, 40, 0]);
    expect(inter[3].status).toBe('empty');
    expect(ev.checks.some((c) => c.id === 'group.group × sex.B × M')).toBe(false);
    expect(row(ev, 'demographic_parity_difference', 'group × sex').comparedGroups).toBe(3);
    // The marginal counts of the intersection equal the per-attribute counts.
    const sex = ev.groups.filter((g) => g.attribute === 'sex');
    expect(sex.map((g) => [g.group, g.n])).toEqual([
      ['F', 70],
      ['M', 30],
    ]);
  });

  it('cuts a continuous attribute at given points and at quantiles', () => {
    const cut = evaluateTables(table, options({ sensitive: ['age'], bins: { age: { cuts: [30, 50] } } }));
    const groups = cut.groups.map((g) => g.group);
    expect(groups).toEqual(['< 30', '[30, 50)', '>= 50']);
    const expectedN = [rows.filter((r) => r.age < 30).length, rows.filter((r) => r.age >= 30 && r.age < 50).length, rows.filter((r) => r.age >= 50).length];
    expect(cut.groups.map((g) => g.n)).toEqual(expectedN);
    const q = evaluateTables(table, options({ sensitive: ['age'], bins: { age: { quantiles: 4 } } }));
    expect(q.groups).toHaveLength(4);
    for (const g of q.groups) expect(Math.abs(g.n - 25)).toBeLessThanOrEqual(4);
  });

  it('a score column is cut at the decision threshold (>=)', () => {
    const scored = tableOf(rowsFor('A', A).map((r, i) => ({ group: i < 30 ? 'X' : 'Y', label: r.label, score: r.prediction ? 0.5 : 0.49 })));
    const ev = evaluateTables(scored, options({ predictionColumn: undefined, scoreColumn: 'score', decisionThreshold: 0.5 }));
    const total = ev.groups.reduce((s, g) => s + (g.selectionRate ?? 0) * g.n, 0);
    expect(total).toBe(30);
  });
});

describe('intervals decide, and the champion comparison', () => {
  it('decide-on interval: an estimate beyond the threshold on little data warns, on much data fails', () => {
    const small = tableOf([...rowsFor('A', { tp: 6, fn: 1, fp: 1, tn: 6 }), ...rowsFor('B', { tp: 3, fn: 3, fp: 1, tn: 5 })]);
    const ev = evaluateTables(small, options({ bootstrap: 1000, decideOn: 'interval', metrics: ['disparate_impact'] }));
    const di = row(ev, 'disparate_impact');
    expect(di.value).toBeLessThan(0.8);
    expect(di.ciLow).toBeLessThan(di.value!);
    expect(di.ciHigh).toBeGreaterThan(0.8);
    expect(di.verdict).toBe('warn');
    expect(di.message).toContain('a warning, not a failure');
    const scale = (c: typeof A, k: number) => ({ tp: c.tp * k, fn: c.fn * k, fp: c.fp * k, tn: c.tn * k });
    const big = tableOf([...rowsFor('A', scale(A, 20)), ...rowsFor('B', scale(B, 20))]);
    const bigEv = evaluateTables(big, options({ bootstrap: 1000, decideOn: 'interval', metrics: ['disparate_impact'] }));
    expect(row(bigEv, 'disparate_impact').ciHigh).toBeLessThan(0.8);
    expect(row(bigEv, 'disparate_impact').verdict).toBe('fail');
  });

  it('fails when a disparity worsens against the baseline by more than max-increase', () => {
    const champion = tableOf([...rowsFor('A', A), ...rowsFor('B', { tp: 14, fn: 6, fp: 4, tn: 16 })]);
    const ev = evaluateTables(
      issueTable(),
      options({ metrics: ['demographic_parity_difference', 'disparate_impact'], thresholds: { demographic_parity_difference: null, disparate_impact: null }, maxIncrease: 0.05 }),
      champion,
    );
    // champion: B selects 18/40 = 0.45 → DPD 0.05, DI 0.9; candidate DPD 0.15 (+0.10), DI 0.7 (−0.20)
    const dpd = row(ev, 'demographic_parity_difference');
    expect(dpd.baseline).toBeCloseTo(0.05, 12);
    expect(dpd.change).toBeCloseTo(0.1, 12);
    expect(dpd.verdict).toBe('fail');
    expect(row(ev, 'disparate_impact').change).toBeCloseTo(0.2, 12);
    const check = ev.checks.find((c) => c.id === 'baseline.demographic_parity_difference.group')!;
    expect(check.verdict).toBe('fail');
    expect(check.message).toContain('worsened from 0.05 (baseline) to 0.15');
    const md = renderFairness(ev, { confidence: 0.95, bootstrap: 0, decideOn: 'estimate' });
    // Both worsened disparities are listed under the findings, each with its baseline and change.
    expect(md).toContain('Worse than the baseline model:\n\n- ❌ demographic parity difference for group worsened from 0.05 (baseline) to 0.15, by 0.1');
    expect(md).toContain('- ❌ disparate impact for group worsened from 0.9 (baseline) to 0.7, by 0.2');
    const same = evaluateTables(issueTable(), options({ metrics: ['demographic_parity_difference'], maxIncrease: 0.05 }), issueTable());
    expect(same.checks.find((c) => c.id.startsWith('baseline.'))?.verdict).toBe('pass');
  });
});

describe('bad input is one clear error', () => {
  it('names a missing column and suggests the closest', () => {
    expect(() => evaluateTables(issueTable(), options({ sensitive: ['grup'] }))).toThrow(/no column "grup" \(did you mean "group"\?\)/);
  });
  it('names the line of a missing label', () => {
    const t = tableOf([
      { group: 'A', label: 1, prediction: 1 },
      { group: 'A', label: null, prediction: 0 },
    ]);
    try {
      evaluateTables(t, options());
      throw new Error('no error');
    } catch (err) {
      expect((err as { format(): string }).format()).toBe('predictions.csv:3: label: missing value in column "label" (label-column)');
    }
  });
  it('rejects a non-binary label and an absent positive label', () => {
    const multi = tableOf([0, 1, 2].map((l) => ({ group: 'A', label: l, prediction: 1 })));
    expect(() => evaluateTables(multi, options())).toThrow(/more than two values/);
    const noPos = tableOf([{ group: 'A', label: 'no', prediction: 'yes' }, { group: 'B', label: 'no', prediction: 'no' }]);
    expect(() => evaluateTables(noPos, options({ positiveLabel: 'yes' }))).toThrow(/positive-label "yes" never occurs in column "label"/);
  });
  it('asks for bins for a continuous sensitive column', () => {
    const t = tableOf(Array.from({ length: 80 }, (_, i) => ({ age: i, label: i % 2, prediction: 1 })));
    expect(() => evaluateTables(t, options({ sensitive: ['age'] }))).toThrow(/give bins/);
  });
  it('rejects unreadable thresholds', () => {
    expect(() => parseThreshold('about 0.8', '>=', 'thresholds.disparate_impact')).toThrow(/cannot read threshold "about 0.8"/);
    expect(parseThreshold('in [0.8, 1.25]', 'in', 'x')).toMatchObject({ op: 'in', low: 0.8, high: 1.25 });
    expect(parseThreshold('≥ 0.9', '<=', 'x')).toMatchObject({ op: '>=', value: 0.9 });
  });
});

describe('render', () => {
  it('writes the sentences, the tables and a chart, escaping data values', () => {
    const t = tableOf([...rowsFor('A', A), ...rowsFor('B|<b>@team', B)]);
    const ev = evaluateTables(t, options({ bootstrap: 200 }));
    const md = renderFairness(ev, { confidence: 0.95, bootstrap: 200, decideOn: 'estimate' });
    // One finding per fact: B's selection rate (35% = 14/40 vs 50% = 30/60 by the confusion counts above) stands for the three selection-rate metrics.
    expect(md).toContain('| ❌ | group <code>B\\|&lt;b&gt;@\u200bteam</code> vs `A` | selection rate 35.0% vs 50.0% | demographic parity difference 0.150 (95% CI');
    expect(md).toContain('| demographic parity ratio, disparate impact, selection rate disparity |');
    // Two groups are two numbers: a table, not a chart.
    expect(md).not.toContain('xychart-beta');
    expect(md).toContain('| Attribute | Group | n | Selection rate |');
    // A signed difference is judged on its size, and says so beside a negative value.
    expect(md).toMatch(/\| average odds difference \| .* \| −0\.150 \(95% CI .*\) \| size ≤ 0\.1 \|/);
    expect(md).toContain('95% percentile bootstrap, 200 multinomial resamples');
    // Outside the Mermaid block (code, not HTML) no raw HTML or mention survives.
    const prose = md.replace(/```mermaid[\s\S]*?```/g, '');
    expect(prose).not.toContain('<b>');
    expect(prose).not.toContain('@team');
    // A ratio outside its band is shown failing against "the band", never as "(in [0.8, 1.25])".
    expect(md).toContain('| ❌ | false negative rate disparity | group <code>B\\|&lt;b&gt;@\u200bteam</code> | 2.00 (95% CI 0.83 to 7.17) | the band \\[0.8, 1.25\\] | 1 of 1 |');
    expect(md).not.toMatch(/\(in \\?\[/);
  });
});

describe('many small groups of a fair model', () => {
  it('the interval decision does not fail what only chance produced', async () => {
    const { createRng } = await import('../../../src/stats/random/prng.js');
    const rng = createRng(2024);
    const rows: Record<string, string | number>[] = [];
    for (let g = 0; g < 20; g++) {
      for (let i = 0; i < 100; i++) {
        const label = rng.next() < 0.4 ? 1 : 0;
        const prediction = rng.next() < (label ? 0.8 : 0.1) ? 1 : 0;
        rows.push({ group: `g${String(g).padStart(2, '0')}`, label, prediction });
      }
    }
    const table = tableOf(rows);
    const metrics = ['demographic_parity_difference', 'disparate_impact'] as const;
    const byEstimate = evaluateTables(table, options({ metrics: [...metrics] }));
    // Twenty groups of 100 from one population: the range of selection rates is well above 0.1 by chance alone.
    expect(row(byEstimate, 'demographic_parity_difference').value).toBeGreaterThan(0.1);
    expect(row(byEstimate, 'demographic_parity_difference').verdict).toBe('fail');
    const byInterval = evaluateTables(table, options({ metrics: [...metrics], bootstrap: 2000, decideOn: 'interval' }));
    const dpd = row(byInterval, 'demographic_parity_difference');
    // The interval is for the gap between the two extreme groups, so it contains the estimate and reaches the threshold.
    expect(dpd.ciLow!).toBeLessThanOrEqual(dpd.value!);
    expect(dpd.ciLow!).toBeLessThan(0.1);
    expect(dpd.verdict).toBe('warn');
    expect(row(byInterval, 'disparate_impact').verdict).not.toBe('fail');
  });
});

describe('a reference group named for every attribute', () => {
  it('applies where it is a group and falls back to the largest elsewhere; a name found nowhere is an input error', () => {
    const t = tableOf([...rowsFor('A', A).map((r, i) => ({ ...r, sex: i % 3 ? 'F' : 'M' })), ...rowsFor('B', B).map((r, i) => ({ ...r, sex: i % 2 ? 'F' : 'M' }))]);
    const ev = evaluateTables(t, options({ sensitive: ['group', 'sex'], reference: { default: { kind: 'named', group: 'B' }, byAttribute: {} } }));
    expect(row(ev, 'disparate_impact', 'group').reference).toBe('B');
    expect(row(ev, 'disparate_impact', 'sex').reference).toBe('F');
    expect(() => evaluateTables(t, options({ sensitive: ['group', 'sex'], reference: { default: { kind: 'named', group: 'b' }, byAttribute: {} } }))).toThrow(
      /group "b" does not occur in any attribute \(group: "A", "B"; sex: "F", "M"\)/,
    );
  });
});

describe('render of insufficient and empty groups', () => {
  it('names the small groups in a sentence and marks empty intersections', () => {
    const t = tableOf([
      ...rowsFor('A', A).map((r) => ({ ...r, sex: 'F' })),
      ...rowsFor('B', B).map((r) => ({ ...r, sex: 'F' })),
      ...rowsFor('C', { tp: 2, fn: 1, fp: 1, tn: 4 }).map((r) => ({ ...r, sex: 'M' })),
    ]);
    const ev = evaluateTables(t, options({ sensitive: ['group', 'sex'], intersectional: true, minGroupSize: 30 }));
    const md = renderFairness(ev, { confidence: 0.95, bootstrap: 0, decideOn: 'estimate' });
    expect(md).toContain('❔ 3 groups too small to judge, left out of the metrics that need them and never counted as fair: `C` of group (n = 8), `M` of sex (n = 8), `C × M` of group × sex (n = 8).');
    expect(md).toContain('| group | C | 8 | 37.5% | 66.7% | 20.0% | 66.7% | ❔ 8 rows, below min-group-size 30 |');
    // The intersections (A × M and B × M have no rows) stay in the JSON report; the comment says where.
    expect(md).toContain('The 6 groups of 1 intersection are in the JSON report (`groups`).');
    expect(md).toContain('No bootstrap intervals (bootstrap = 0)');
  });
});

describe('dictionary-encoded columns (as the CSV reader hands over category columns)', () => {
  it('give the same evaluation as the same cells held as strings, bootstrap included', () => {
    const rows = [
      ...rowsFor('B', { tp: 30, fn: 10, fp: 8, tn: 52 }),
      ...rowsFor('A', { tp: 20, fn: 20, fp: 5, tn: 55 }),
      ...rowsFor('C', { tp: 9, fn: 1, fp: 2, tn: 8 }),
    ].map((r, i) => ({ ...r, region: i % 7 === 0 ? null : ['north', 'south', 'east'][i % 3] }));
    const plain = tableOf(rows);
    const coded = withDictionaries(plain);
    expect(coded.columns.some((c) => c.kind === 'string' && c.dictionary)).toBe(true);
    const o = options({ sensitive: ['group', 'region'], intersectional: true, bootstrap: 200 });
    expect(evaluateTables(coded, o)).toEqual(evaluateTables(plain, o));
  });
});
