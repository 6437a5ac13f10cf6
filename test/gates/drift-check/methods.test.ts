/**
 * The method list: every method under Evidently's name has Evidently's
 * default threshold, score kind and comparison (transcribed from Evidently
 * 0.7's src/evidently/legacy/calculations/stattests/*.py, where each file's
 * StatTest(...) sets `default_threshold` — 0.05 when absent, registry.py —
 * and its function returns `p_value < threshold`, `p_value <= threshold`,
 * `distance >= threshold` or `distance > threshold`); names and aliases
 * resolve; the comparisons hold at their boundaries; and the methods that
 * cannot run on a column say why.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Column, Table } from '../../../src/core/table.js';
import { evaluateDrift } from '../../../src/gates/drift-check/evaluate.js';
import { isDrift, METHOD_NAMES, METHODS, MMD_MAX_VALUES, thresholdOf, type MethodName } from '../../../src/gates/drift-check/methods.js';
import { methodTable } from '../../../src/gates/drift-check/method-table.js';
import { DEFAULT_OPTIONS, type DriftOptions } from '../../../src/gates/drift-check/options.js';

// name in Evidently: [file, default threshold, score, comparison that means drift]
const EVIDENTLY: Record<string, [string, number, 'p-value' | 'distance', '<' | '<=' | '>=' | '>']> = {
  ks: ['ks_stattest.py', 0.05, 'p-value', '<='],
  chisquare: ['chisquare_stattest.py', 0.05, 'p-value', '<'],
  z: ['z_stattest.py', 0.05, 'p-value', '<'],
  wasserstein: ['wasserstein_distance_norm.py', 0.1, 'distance', '>='],
  jensenshannon: ['jensenshannon.py', 0.1, 'distance', '>='],
  psi: ['psi.py', 0.1, 'distance', '>='],
  kl_div: ['kl_div.py', 0.1, 'distance', '>='],
  hellinger: ['hellinger_distance.py', 0.1, 'distance', '>='],
  ed: ['energy_distance.py', 0.1, 'distance', '>'],
  anderson: ['anderson_darling_stattest.py', 0.1, 'p-value', '<'],
  cramer_von_mises: ['cramer_von_mises_stattest.py', 0.1, 'p-value', '<='],
  mannw: ['mann_whitney_urank_stattest.py', 0.05, 'p-value', '<'],
  t_test: ['t_test.py', 0.05, 'p-value', '<'],
  es: ['epps_singleton_stattest.py', 0.05, 'p-value', '<'],
  g_test: ['g_stattest.py', 0.1, 'p-value', '<'],
  fisher_exact: ['fisher_exact_stattest.py', 0.1, 'p-value', '<'],
  TVD: ['tvd_stattest.py', 0.1, 'p-value', '<'],
  empirical_mmd: ['mmd_stattest.py', 0.1, 'p-value', '<'],
};

describe("Evidently's names take Evidently's defaults and comparisons", () => {
  for (const [name, [file, threshold, score, operator]] of Object.entries(EVIDENTLY)) {
    it(`${name} (${file})`, () => {
      expect(METHOD_NAMES).toContain(name);
      const m = METHODS[name as MethodName];
      expect(m.threshold).toBe(threshold);
      expect(m.score).toBe(score);
      expect(m.operator).toBe(operator);
    });
  }
});

describe('the method list', () => {
  it('names are unique, and every name and alias resolves to its entry', () => {
    expect(new Set(METHOD_NAMES).size).toBe(METHOD_NAMES.length);
    for (const n of METHOD_NAMES) expect([METHODS[n].name, ...METHODS[n].aliases]).toContain(n);
    expect(METHODS.mannw).toBe(METHODS.mannwhitney);
    expect(METHODS.es).toBe(METHODS.epps_singleton);
    expect(METHODS.ed).toBe(METHODS.energy);
  });

  it('the named variants keep scipy’s defaults apart from Evidently’s', () => {
    expect(METHODS.welch_t_test.definition).toContain('Welch');
    expect(METHODS.t_test.definition).toContain('Student');
    expect(METHODS.mannwhitney_two_sided.definition).toContain('two-sided');
    expect(METHODS.mannwhitney.definition).toContain('"less"');
  });

  it('a threshold given under any of a method’s names applies', () => {
    expect(thresholdOf('mannw', { mannwhitney: 0.01 })).toBe(0.01);
    expect(thresholdOf('mannwhitney', { mannw: 0.02 })).toBe(0.02);
    expect(thresholdOf('ed', { ed: 0.3, energy: 0.2 })).toBe(0.3);
    expect(thresholdOf('energy', {})).toBe(0.1);
  });

  it('each comparison at its boundary', () => {
    expect(isDrift(0.05, 0.05, '<')).toBe(false);
    expect(isDrift(0.05, 0.05, '<=')).toBe(true);
    expect(isDrift(0.1, 0.1, '>=')).toBe(true);
    expect(isDrift(0.1, 0.1, '>')).toBe(false);
    expect(isDrift(0.1000001, 0.1, '>')).toBe(true);
    expect(isDrift(NaN, 0.1, '>')).toBe(false);
  });

  it('the docs table lists every method, its names, defaults and differences', () => {
    const table = methodTable();
    expect(table.startsWith('<!-- generated:methods -->')).toBe(true);
    expect(table.endsWith('<!-- /generated:methods -->')).toBe(true);
    for (const n of METHOD_NAMES) expect(table).toContain(`\`${n}\``);
    expect(table).toContain('| `mannwhitney`, `mannw` | p-value | 0.05 | p < t |');
    expect(table).toContain('| `energy`, `ed` | distance | 0.1 | score > t |');
    expect(table).toContain('| `ks` | p-value | 0.05 | p ≤ t |');
    // The generated page holds it (the build writes it; build --check keeps it current).
    const doc = readFileSync(new URL('../../../docs/gates/drift-check.md', import.meta.url), 'utf8');
    expect(doc).toContain(table);
  });
});

function numCol(name: string, values: number[]): Column {
  return { kind: 'number', name, values: Float64Array.from(values), missing: null };
}
function strCol(name: string, values: string[]): Column {
  return { kind: 'string', name, values };
}
const table = (columns: Column[]): Table => ({ source: 't.csv', columns, rowCount: columns[0].values.length, rowLines: null });
const opts = (o: Partial<DriftOptions>): DriftOptions => ({ ...DEFAULT_OPTIONS, ...o });
const golden = JSON.parse(readFileSync(new URL('../../golden/drift.json', import.meta.url), 'utf8')) as {
  cases: { fn: string; args: unknown[]; expected: Record<string, number | string> }[];
};

describe('methods on columns', () => {
  it("fisher_exact on text: Evidently's test data give scipy's p-value of the 2 × 2 table", () => {
    // Evidently's test: reference ["a","b","b","a","a","b"] × 15, current ["b","b","a","b","b","a"] × 15
    // → reference a 45, b 45; current a 30, b 60; the table [[60, 30], [45, 45]] (second category first).
    const ref = strCol('c', Array.from({ length: 90 }, (_, i) => ['a', 'b', 'b', 'a', 'a', 'b'][i % 6]));
    const cur = strCol('c', Array.from({ length: 90 }, (_, i) => ['b', 'b', 'a', 'b', 'b', 'a'][i % 6]));
    const c = evaluateDrift(table([ref]), table([cur]), opts({ method: 'fisher_exact' })).columns[0];
    const want = golden.cases.find((g) => g.fn === 'fisherExact' && JSON.stringify(g.args) === '[[[60,30],[45,45]]]')!;
    expect(c.pValue).toBeCloseTo(want.expected.pValue as number, 14);
    expect(Math.abs((c.pValue as number) - 0.033)).toBeLessThanOrEqual(1e-3); // Evidently's stated value, to its test's tolerance
    expect(c.drifted).toBe(true);
  });

  it('fisher_exact on more than two categories: insufficient, saying why', () => {
    const ref = strCol('c', Array.from({ length: 60 }, (_, i) => `k${i % 3}`));
    const c = evaluateDrift(table([ref]), table([ref]), opts({ method: 'fisher_exact' })).columns[0];
    expect(c.status).toBe('insufficient');
    expect(c.note).toContain('has 3');
  });

  it('empirical_mmd above its size limit: insufficient, naming `sample`', () => {
    const n = MMD_MAX_VALUES / 2 + 1;
    const x = numCol('x', Array.from({ length: n }, (_, i) => (i * 0.618) % 1));
    const c = evaluateDrift(table([x]), table([x]), opts({ method: 'empirical_mmd' })).columns[0];
    expect(c.status).toBe('insufficient');
    expect(c.note).toContain('sample');
  });

  it('epps_singleton on a pooled sample with no spread in its middle half: insufficient', () => {
    const ref = numCol('x', [...Array(40).fill(1), 2, 3]);
    const cur = numCol('x', [...Array(40).fill(1), 0, 5]);
    const c = evaluateDrift(table([ref]), table([cur]), opts({ method: 'es' })).columns[0];
    expect(c.status).toBe('insufficient');
    expect(c.note).toContain('interquartile');
  });

  it('z counts all but the smallest number, not the first in text order', () => {
    // 9 < 10 by value ("10" < "9" as text): the share of "not 9" is 70/100 in the reference,
    // 55/100 in the current; P = 125/200; z = 0.15/√(0.625·0.375·0.02) = 2.19089023…
    const ref = numCol('x', [...Array(30).fill(9), ...Array(50).fill(10), ...Array(20).fill(11)]);
    const cur = numCol('x', [...Array(45).fill(9), ...Array(40).fill(10), ...Array(15).fill(11)]);
    const c = evaluateDrift(table([ref]), table([cur]), opts({ method: 'z' })).columns[0];
    expect(c.statistic).toBeCloseTo(0.15 / Math.sqrt(0.625 * 0.375 * 0.02), 12);
  });
});
