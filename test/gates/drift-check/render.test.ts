/** The Markdown body: verdict, table sorted by severity, histograms, findings, definitions; data escaped. */
import { describe, expect, it } from 'vitest';
import type { Column, Table } from '../../../src/core/table.js';
import { evaluateDrift } from '../../../src/gates/drift-check/evaluate.js';
import { DEFAULT_OPTIONS } from '../../../src/gates/drift-check/options.js';
import { renderDrift } from '../../../src/gates/drift-check/render.js';
import { driftChecks } from '../../../src/gates/drift-check/checks.js';

const seq = (n: number, shift = 0) => Array.from({ length: n }, (_, i) => shift + ((i * 0.6180339887498949) % 1));
const num = (name: string, v: number[]): Column => ({ kind: 'number', name, values: Float64Array.from(v), missing: null });
const t = (cols: Column[]): Table => ({ source: 'x.csv', columns: cols, rowCount: (cols[0].values as Float64Array).length, rowLines: null });

describe('renderDrift', () => {
  const ref = t([num('@team|a', seq(200)), num('b', seq(200)), num('c', seq(200))]);
  const cur = t([num('@team|a', seq(200, 0.4)), num('b', seq(200, 0.2)), num('c', seq(200))]);
  const e = evaluateDrift(ref, cur, DEFAULT_OPTIONS);
  const md = renderDrift(e, driftChecks(e));
  it('states the dataset verdict', () => {
    expect(md).toMatch(/Dataset drift\*\*: 2 of 3 columns drifted \(66\.7%, threshold 50\.0%\)/);
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
    expect(md).toContain('reference ');
    expect(md).toContain('current   ');
    expect(md).toContain('Definitions used');
    expect(md).toContain('**ks** (Kolmogorov–Smirnov, p-value)');
  });
});
