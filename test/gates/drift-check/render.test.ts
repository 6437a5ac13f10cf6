/** The Markdown body: verdict, table sorted by severity, histograms, findings, definitions; data escaped. */
import { describe, expect, it } from 'vitest';
import type { Column, Table } from '../../../src/core/table.js';
import { evaluateDrift } from '../../../src/gates/drift-check/evaluate.js';
import { DEFAULT_OPTIONS } from '../../../src/gates/drift-check/options.js';
import { renderDrift, renderDriftHeadline } from '../../../src/gates/drift-check/render.js';
import { driftChecks } from '../../../src/gates/drift-check/checks.js';

const seq = (n: number, shift = 0) => Array.from({ length: n }, (_, i) => shift + ((i * 0.6180339887498949) % 1));
const num = (name: string, v: number[]): Column => ({ kind: 'number', name, values: Float64Array.from(v), missing: null });
const t = (cols: Column[]): Table => ({ source: 'x.csv', columns: cols, rowCount: (cols[0].values as Float64Array).length, rowLines: null });

describe('renderDrift', () => {
  const ref = t([num('@team|a', seq(200)), num('b', seq(200)), num('c', seq(200))]);
  const cur = t([num('@team|a', seq(200, 0.4)), num('b', seq(200, 0.2)), num('c', seq(200))]);
  const e = evaluateDrift(ref, cur, DEFAULT_OPTIONS);
  const md = renderDrift(e, driftChecks(e));
  it('states the dataset verdict in the headline, with the largest drift beside its p-value', () => {
    const h = renderDriftHeadline(e, driftChecks(e), 'fail', { reference: 'ref.csv', current: 'cur.csv', referenceRows: 200, currentRows: 200 });
    // 2 of the 3 features drift: 2/3 = 66.7%, over the default share of 50%.
    expect(h.reason).toMatch(/^Dataset drift: 2 of 3 features drifted \(66\.7%; the gate fails from 50\.0%\); largest: .*team.*, PSI [\d.]+ \(large\), p < 0\.001\.$/);
    expect(h.next).toMatch(/^check the upstream data of /);
    expect(h.compared).toBe('`ref.csv` (200 rows) → `cur.csv` (200 rows): 3 features.');
  });
  it('lists columns by severity and escapes names', () => {
    const a = md.indexOf('@\u200bteam');
    const b = md.indexOf('`b`');
    const c = md.indexOf('`c`');
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThan(b);
    expect(b).toBeLessThan(c);
    expect(md).not.toContain('@team');
  });
  it('draws reference and current histograms and names the definitions', () => {
    // One bar series (current) and the reference as a line, named in the title (xychart draws no legend).
    // xychart draws no legend: one under the chart names each series by its colour.
    expect(md).toContain('🟦 bars: current · 🟧 line: reference');
    expect(md.match(/^ {2}bar \[/gm)?.length).toBe(md.match(/^ {2}line \[/gm)?.length);
    expect(md).toContain('Definitions used');
    expect(md).toContain('**ks** (Kolmogorov–Smirnov, p-value)');
  });
});
