/**
 * The drift evaluation on hand-built Tables: Evidently's auto rules, the
 * dataset verdict, min-samples, data-quality findings, target/prediction
 * apart, p-value correction, and errors that name the column.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import type { Column, Table } from '../../../src/core/table.js';
import { evaluateDrift } from '../../../src/gates/drift-check/evaluate.js';
import { DEFAULT_OPTIONS, type DriftOptions } from '../../../src/gates/drift-check/options.js';
import { driftChecks, driftReason } from '../../../src/gates/drift-check/checks.js';
import { worstVerdict } from '../../../src/core/verdict.js';

function numCol(name: string, values: (number | null)[]): Column {
  const missing = values.some((v) => v === null) ? Uint8Array.from(values, (v) => (v === null ? 1 : 0)) : null;
  return { kind: 'number', name, values: Float64Array.from(values, (v) => (v === null ? NaN : v)), missing };
}
function strCol(name: string, values: (string | null)[]): Column {
  return { kind: 'string', name, values };
}
function table(source: string, columns: Column[]): Table {
  const rowCount = columns[0].kind === 'number' ? columns[0].values.length : columns[0].values.length;
  return { source, columns, rowCount, rowLines: null };
}
const opts = (o: Partial<DriftOptions> = {}): DriftOptions => ({ ...DEFAULT_OPTIONS, ...o });
/** A deterministic, spread-out sequence (golden-ratio steps), shifted and scaled. */
const seq = (n: number, shift = 0, scale = 1) => Array.from({ length: n }, (_, i) => shift + scale * ((i * 0.6180339887498949) % 1));

describe('auto picks the method as Evidently does', () => {
  const pick = (ref: Column, cur: Column) => evaluateDrift(table('ref.csv', [ref]), table('cur.csv', [cur]), opts()).columns[0];
  it('≤ 1000 reference rows: ks for numbers with > 5 values, chisquare for 3–5, z for ≤ 2', () => {
    expect(pick(numCol('a', seq(200)), numCol('a', seq(150))).method).toBe('ks');
    expect(pick(numCol('a', seq(200).map((v) => Math.floor(v * 4))), numCol('a', seq(150).map((v) => Math.floor(v * 4)))).method).toBe('chisquare');
    expect(pick(numCol('a', seq(200).map((v) => Math.floor(v * 2))), numCol('a', seq(150).map((v) => Math.floor(v * 2)))).method).toBe('z');
  });
  it('≤ 1000 reference rows: chisquare for > 2 categories, z for 2', () => {
    const cats = (n: number, k: number) => Array.from({ length: n }, (_, i) => `c${i % k}`);
    expect(pick(strCol('c', cats(300, 3)), strCol('c', cats(200, 3))).method).toBe('chisquare');
    expect(pick(strCol('c', cats(300, 2)), strCol('c', cats(200, 2))).method).toBe('z');
  });
  it('the distinct count pools reference and current (Evidently concatenates both)', () => {
    // 5 values in the reference, a 6th only in the current: > 5 → ks
    const ref = numCol('a', Array.from({ length: 100 }, (_, i) => i % 5));
    const cur = numCol('a', Array.from({ length: 100 }, (_, i) => i % 6));
    expect(pick(ref, cur).method).toBe('ks');
  });
  it('> 1000 reference rows: wasserstein for numbers with > 5 values, jensenshannon (natural log) otherwise', () => {
    expect(pick(numCol('a', seq(1001)), numCol('a', seq(50))).method).toBe('wasserstein');
    const small = pick(numCol('a', seq(1001).map((v) => Math.floor(v * 3))), numCol('a', seq(50).map((v) => Math.floor(v * 3))));
    expect(small.method).toBe('jensenshannon');
    // Evidently's _jensenshannon passes base=None to scipy: the natural log, so no base is reported.
    expect(small.base).toBeUndefined();
    const cat = pick(strCol('c', Array.from({ length: 2000 }, (_, i) => `c${i % 7}`)), strCol('c', Array.from({ length: 40 }, (_, i) => `c${i % 7}`)));
    expect(cat.method).toBe('jensenshannon');
  });
  it('counts reference rows after dropping missing cells, NaN and ±∞', () => {
    const values = [...seq(1000), ...Array(50).fill(null), Infinity, -Infinity];
    expect(pick(numCol('a', values), numCol('a', seq(300))).method).toBe('ks');
    expect(pick(numCol('a', values), numCol('a', seq(300))).nReference).toBe(1000);
    // NaN and ±∞ in a column without missing cells
    expect(pick(numCol('a', [...seq(1000), Infinity, NaN, -Infinity]), numCol('a', seq(300))).nReference).toBe(1000);
  });
});

describe('dataset verdict', () => {
  const ref = table('ref.csv', [numCol('a', seq(400)), numCol('b', seq(400, 0, 2)), numCol('c', seq(400, 5)), strCol('d', seq(400).map((v) => (v < 0.5 ? 'x' : 'y')))]);
  it('a dataset compared with itself never drifts', () => {
    const e = evaluateDrift(ref, ref, opts());
    expect(e.dataset.drifted).toBe(false);
    expect(e.dataset.share).toBe(0);
    expect(e.columns.every((c) => !c.drifted)).toBe(true);
    const checks = driftChecks(e);
    expect(worstVerdict(checks.map((c) => c.verdict))).toBe('pass');
    expect(driftReason(e, checks)('pass')).toMatch(/^no drift in 4 columns/);
  });
  it('drifts when at least drift-share of the columns drift', () => {
    const cur = table('cur.csv', [numCol('a', seq(300, 0.3)), numCol('b', seq(300, 0.5, 2)), numCol('c', seq(300, 5)), strCol('d', seq(300).map((v) => (v < 0.5 ? 'x' : 'y')))]);
    const e = evaluateDrift(ref, cur, opts());
    expect(e.dataset.driftedColumns.sort()).toEqual(['a', 'b']);
    expect(e.dataset.share).toBe(0.5);
    expect(e.dataset.drifted).toBe(true);
    expect(e.columns[0].drifted).toBe(true); // most severe first
    const checks = driftChecks(e);
    expect(checks.find((c) => c.id === 'dataset.drift-share')?.verdict).toBe('fail');
    expect(checks.find((c) => c.id === 'column.a.drift')?.verdict).toBe('warn');
    const e2 = evaluateDrift(ref, cur, opts({ driftShare: 0.75 }));
    expect(e2.dataset.drifted).toBe(false);
    expect(worstVerdict(driftChecks(e2).map((c) => c.verdict))).toBe('warn');
    expect(e.columns.filter((c) => c.histogram).length).toBe(2);
  });
  it('drifted columns below warn-share pass; the dataset warns from warn-share', () => {
    const cur = table('cur.csv', [numCol('a', seq(300, 0.3)), numCol('b', seq(300, 0, 2)), numCol('c', seq(300, 5)), strCol('d', seq(300).map((v) => (v < 0.5 ? 'x' : 'y')))]);
    const quiet = driftChecks(evaluateDrift(ref, cur, opts({ warnShare: 0.5 })));
    expect(quiet.find((c) => c.id === 'column.a.drift')?.verdict).toBe('pass');
    expect(quiet.find((c) => c.id === 'dataset.drift-share')?.verdict).toBe('pass');
    const loud = driftChecks(evaluateDrift(ref, cur, opts({ warnShare: 0.25 })));
    expect(loud.find((c) => c.id === 'dataset.drift-share')?.verdict).toBe('warn');
  });
  it('property: any table compared with itself has no drifted column', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 30, maxLength: 80 }), fc.constantFrom('auto', 'ks', 'psi', 'chi2', 'jensenshannon', 'anderson', 't_test', 'energy'), (xs, method) => {
        const t = table('t.csv', [numCol('x', xs), strCol('s', xs.map((v) => `k${v % 4}`))]);
        const o = opts({ method: method as DriftOptions['method'], columnTypes: { s: 'categorical' } });
        if (['ks', 'anderson', 't_test', 'energy'].includes(method)) o.columns = ['x'];
        const e = evaluateDrift(t, t, o);
        expect(e.columns.some((c) => c.drifted)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});

describe('min-samples, empty and constant columns', () => {
  it('a column with fewer values than min-samples is insufficient, not drifted', () => {
    const e = evaluateDrift(table('r', [numCol('a', seq(20))]), table('c', [numCol('a', seq(20, 9))]), opts());
    expect(e.columns[0].status).toBe('insufficient');
    expect(e.columns[0].drifted).toBe(false);
    expect(e.dataset.evaluatedColumns).toBe(0);
    expect(e.dataset.drifted).toBe(false);
    expect(driftChecks(e).find((c) => c.id === 'column.a.drift')?.verdict).toBe('insufficient');
  });
  it('an all-missing column is insufficient and its null share is a finding', () => {
    const e = evaluateDrift(table('r', [numCol('a', seq(50))]), table('c', [numCol('a', Array(50).fill(null))]), opts());
    expect(e.columns[0].status).toBe('insufficient');
    const nulls = e.quality.find((q) => q.kind === 'null-share');
    expect(nulls).toMatchObject({ flagged: true, reference: 0, current: 1 });
  });
  it('equal constant columns do not drift under any method', () => {
    for (const method of ['ks', 't_test', 'cramer_von_mises', 'wasserstein', 'chisquare'] as const) {
      const e = evaluateDrift(table('r', [numCol('a', Array(40).fill(3))]), table('c', [numCol('a', Array(35).fill(3))]), opts({ method }));
      expect(e.columns[0]).toMatchObject({ drifted: false, statistic: 0 });
    }
  });
});

describe('data quality', () => {
  it('flags a rising null share and new or vanished categories', () => {
    const ref = table('r', [strCol('c', Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? 'rare' : i % 2 ? 'a' : 'b')))]);
    const cur = table('c', [strCol('c', Array.from({ length: 100 }, (_, i) => (i < 20 ? null : i % 7 === 0 ? 'new' : i % 2 ? 'a' : 'b')))]);
    const q = evaluateDrift(ref, cur, opts()).quality;
    expect(q.find((f) => f.kind === 'null-share')).toMatchObject({ flagged: true, value: 0.2 });
    expect(q.find((f) => f.kind === 'new-categories')).toMatchObject({ flagged: true, categories: ['new'] });
    expect(q.find((f) => f.kind === 'missing-categories')).toMatchObject({ flagged: true, categories: ['rare'], value: 0.1 });
  });
});

describe('target and prediction are reported apart', () => {
  it('their drift does not count in the dataset share', () => {
    const ref = table('r', [numCol('a', seq(200)), numCol('y', seq(200))]);
    const cur = table('c', [numCol('a', seq(200)), numCol('y', seq(200, 0.5))]);
    const e = evaluateDrift(ref, cur, opts({ targetColumn: 'y' }));
    const y = e.columns.find((c) => c.name === 'y');
    expect(y).toMatchObject({ role: 'target', drifted: true });
    expect(e.dataset.share).toBe(0);
    expect(e.dataset.evaluatedColumns).toBe(1);
    expect(driftChecks(e).find((c) => c.id === 'column.y.drift')?.verdict).toBe('warn');
  });
});

describe('p-value correction', () => {
  it('bonferroni multiplies the p-values by the number of tested columns', () => {
    const ref = table('r', [numCol('a', seq(100)), numCol('b', seq(100)), numCol('c', seq(100))]);
    const cur = table('c', [numCol('a', seq(100, 0.2)), numCol('b', seq(100)), numCol('c', seq(100))]);
    const raw = evaluateDrift(ref, cur, opts({ method: 'ks' })).columns.find((c) => c.name === 'a')!;
    const adj = evaluateDrift(ref, cur, opts({ method: 'ks', correction: 'bonferroni' })).columns.find((c) => c.name === 'a')!;
    expect(raw.pValue).toBeGreaterThan(0.05 / 3);
    expect(raw.pValue).toBeLessThan(0.05);
    expect(raw.drifted).toBe(true);
    expect(adj.adjustedPValue).toBeCloseTo(Math.min(1, 3 * (raw.pValue as number)), 12);
    expect(adj.drifted).toBe(false);
  });
});

describe('errors name the column and the file', () => {
  const ref = table('ref.csv', [numCol('a', seq(50)), strCol('s', seq(50).map(String))]);
  it('an unknown column', () => {
    expect(() => evaluateDrift(ref, ref, opts({ columns: ['nope'] }))).toThrow(UserError);
    expect(() => evaluateDrift(ref, ref, opts({ targetColumn: 'label' }))).toThrow(/target-column "label" is not a column/);
  });
  it('a numerical method on a categorical column', () => {
    const t = table('ref.csv', [strCol('s', seq(50).map((v) => (v > 0.5 ? 'x' : 'y')))]);
    expect(() => evaluateDrift(t, t, opts({ method: 'ks' }))).toThrow(/method ks needs a numerical column/);
  });
  it('a text value in a column declared numerical', () => {
    const t = table('ref.csv', [strCol('s', ['1', '2', 'three'])]);
    try {
      evaluateDrift(t, t, opts({ columnTypes: { s: 'numerical' } }));
      expect.unreachable();
    } catch (err) {
      expect((err as UserError).format()).toBe('ref.csv: column s: column-types says numerical, but row 3 holds "three", which is not a number');
    }
  });
});
