/**
 * A reference profile's number columns reach the tests as distinct values
 * and counts (column-sample.ts `distinct`): every method, the auto choice,
 * the report histograms and the data-quality findings come out exactly as
 * from the raw reference, and the paths that can use the counts (ks,
 * wasserstein, energy, binned methods, auto, histograms) never expand them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Column, Table } from '../../../src/core/table.js';
import { distinctSample, expandDistinct, sampleSize, type ColumnSample } from '../../../src/gates/drift-check/column-sample.js';
import { tableSource, type DataSource } from '../../../src/gates/drift-check/data-source.js';
import { evaluateDrift } from '../../../src/gates/drift-check/evaluate.js';
import { METHOD_NAMES, type MethodName } from '../../../src/gates/drift-check/methods.js';
import { DEFAULT_OPTIONS, type DriftOptions } from '../../../src/gates/drift-check/options.js';
import { profileSource, profileTable, type NumberProfile } from '../../../src/gates/drift-check/profile.js';

const opts = (o: Partial<DriftOptions> = {}): DriftOptions => ({ ...DEFAULT_OPTIONS, minSamples: 1, histograms: 100, ...o });

function numCol(name: string, values: number[]): Column {
  return { kind: 'number', name, values: Float64Array.from(values), missing: null };
}
function table(source: string, columns: Column[]): Table {
  return { source, columns, rowCount: columns[0].values.length, rowLines: null };
}
/** Deterministic values with ties (mulberry32), `levels` distinct levels, shifted. */
function values(n: number, seed: number, levels: number, shift: number): number[] {
  let a = seed >>> 0;
  const u = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Tenths: not exact in binary, so a sum in another order would show.
  return Array.from({ length: n }, () => Math.floor((u() + shift) * levels) / 10);
}

/** The reference as a profile source whose distinct samples throw when expanded. */
function unexpandable(t: Table): DataSource {
  const src = profileSource(profileTable(t, 0), t.source);
  return {
    ...src,
    columns: src.columns.map((c) => ({
      ...c,
      sample: (type) => {
        const s = c.sample(type);
        if (s.type === 'numerical') {
          expect(s.distinct).toBeDefined();
          Object.defineProperty(s, 'values', { get: () => { throw new Error(`column ${c.name} was expanded`); } });
        }
        return s;
      },
    })),
  };
}

/** JSON-free deep copy that keeps NaN and −0 for Object.is comparison by toEqual. */
const plain = (x: unknown) => structuredClone(x);

describe('a profile reference gives the raw reference results', () => {
  // Columns: few levels (categories under auto), many levels, with shifts so that some drift; two
  // levels whose shares move (for fisher_exact, which takes two categories only).
  const two = (n: number, seed: number, share: number) => values(n, seed, 100, 0).map((v) => (v < 10 * share ? 0.1 : 0.2));
  const ref = table('ref.csv', [numCol('few', values(3000, 1, 4, 0)), numCol('mid', values(3000, 2, 40, 0)), numCol('many', values(3000, 3, 4000, 0)), numCol('two', two(3000, 7, 0.5))]);
  const cur = table('cur.csv', [numCol('few', values(800, 4, 4, 0.2)), numCol('mid', values(800, 5, 40, 0.05)), numCol('many', values(800, 6, 4000, 0)), numCol('two', two(800, 8, 0.35))]);
  const fromProfile = () => profileSource(profileTable(ref, 0), 'ref.mgprof');

  for (const method of ['auto', ...METHOD_NAMES] as ('auto' | MethodName)[]) {
    it(`${method}: statistics, p-values, verdicts and histograms`, () => {
      const a = evaluateDrift(tableSource(ref), tableSource(cur), opts({ method }));
      const b = evaluateDrift(fromProfile(), tableSource(cur), opts({ method }));
      expect(plain(b)).toEqual(plain(a));
      expect(a.columns.some((c) => c.drifted && c.histogram)).toBe(true);
    });
  }

  it('every binning rule of the binned methods', () => {
    for (const binning of ['auto', 'sturges', 'doane', 'equal-width', 'quantile'] as const) {
      const a = evaluateDrift(tableSource(ref), tableSource(cur), opts({ method: 'psi', binning }));
      const b = evaluateDrift(fromProfile(), tableSource(cur), opts({ method: 'psi', binning }));
      expect(plain(b), binning).toEqual(plain(a));
    }
  });

  it('a number column compared as categorical (chi2 over its values)', () => {
    const o = opts({ columnTypes: { few: 'categorical', mid: 'categorical' }, columns: ['few', 'mid'], method: 'chi2' });
    expect(plain(evaluateDrift(fromProfile(), tableSource(cur), o))).toEqual(plain(evaluateDrift(tableSource(ref), tableSource(cur), o)));
  });

  it('on random data with ties, ks and wasserstein', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -30, max: 30 }), { minLength: 1, maxLength: 200 }),
        fc.array(fc.integer({ min: -30, max: 30 }), { minLength: 1, maxLength: 200 }),
        (r, c) => {
          const rt = table('r.csv', [numCol('x', r.map((v) => v / 7))]);
          const ct = table('c.csv', [numCol('x', c.map((v) => v / 7))]);
          for (const method of ['ks', 'wasserstein', 'energy', 'auto'] as const) {
            const a = evaluateDrift(tableSource(rt), tableSource(ct), opts({ method }));
            const b = evaluateDrift(profileSource(profileTable(rt, 0), 'r.mgprof'), tableSource(ct), opts({ method }));
            expect(plain(b)).toEqual(plain(a));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a sketched profile (block maxima and counts): the distinct path equals its own expansion, every method', () => {
    const sketch = profileTable(ref, 50);
    expect((sketch.columns[2] as NumberProfile).error).toBeGreaterThan(0);
    const distinct = profileSource(sketch, 'ref.mgprof');
    // The same profile with the distinct values dropped: every test runs on the expanded values.
    const expanded: DataSource = {
      ...distinct,
      columns: distinct.columns.map((c) => ({
        ...c,
        sample: (type) => {
          const s = c.sample(type);
          return s.type === 'numerical' ? { type: 'numerical', values: s.values, rows: s.rows, missing: s.missing } : s;
        },
      })),
    };
    for (const method of ['auto', ...METHOD_NAMES] as ('auto' | MethodName)[]) {
      expect(plain(evaluateDrift(distinct, tableSource(cur), opts({ method }))), method).toEqual(plain(evaluateDrift(expanded, tableSource(cur), opts({ method }))));
    }
  });

  it('an empty reference column (every cell missing) with min-samples 0', () => {
    const empty = table('ref.csv', [numCol('x', [NaN, NaN, Infinity])]);
    const c = table('cur.csv', [numCol('x', [0.1, 0.2, 0.2, 0.3])]);
    for (const method of ['auto', 'ks', 'wasserstein', 'energy', 'psi', 'chi2'] as const) {
      const a = evaluateDrift(tableSource(empty), tableSource(c), opts({ method, minSamples: 0 }));
      const b = evaluateDrift(profileSource(profileTable(empty, 0), 'ref.mgprof'), tableSource(c), opts({ method, minSamples: 0 }));
      expect(plain(b), method).toEqual(plain(a));
      expect(b.columns[0].nReference).toBe(0);
    }
  });

  it('ks, wasserstein, energy, the binned methods, auto and the histograms never expand the profile', () => {
    for (const method of ['auto', 'ks', 'wasserstein', 'energy', 'psi', 'jensenshannon', 'chi2'] as const) {
      const a = evaluateDrift(tableSource(ref), tableSource(cur), opts({ method }));
      const b = evaluateDrift(unexpandable(ref), tableSource(cur), opts({ method }));
      expect(plain(b), method).toEqual(plain(a));
    }
  });

  it('the methods that need every value still work: the expansion is the raw sorted sample', () => {
    const s = profileSource(profileTable(ref, 0), 'ref.mgprof').columns[1].sample('numerical');
    const raw = tableSource(ref).columns[1].sample('numerical');
    expect(s.type === 'numerical' && s.distinct).toBeTruthy();
    expect(sampleSize(s)).toBe(3000);
    expect((s as { values: Float64Array }).values).toEqual((raw as { values: Float64Array }).values);
  });
});

describe('distinctSample', () => {
  it('keeps a well-formed column: ascending values, positive integer counts', () => {
    const s = distinctSample(Float64Array.of(-1, 0.5, 2), Float64Array.of(2, 1, 3), 8, 2)!;
    expect(s.distinct!.n).toBe(6);
    expect([...s.values]).toEqual([-1, -1, 0.5, 2, 2, 2]);
    expect([...expandDistinct(Float64Array.of(1, 2), Float64Array.of(1, 2))]).toEqual([1, 2, 2]);
  });
  it('refuses an edited column, which the profile then expands as before', () => {
    expect(distinctSample(Float64Array.of(2, 1), Float64Array.of(1, 1), 2, 0)).toBeUndefined();
    expect(distinctSample(Float64Array.of(1, 1), Float64Array.of(1, 1), 2, 0)).toBeUndefined();
    expect(distinctSample(Float64Array.of(-0, 0), Float64Array.of(1, 1), 2, 0)).toBeUndefined();
    expect(distinctSample(Float64Array.of(1, 2), Float64Array.of(1, 0), 1, 0)).toBeUndefined();
    expect(distinctSample(Float64Array.of(1, 2), Float64Array.of(1, 1.5), 3, 0)).toBeUndefined();
    expect(distinctSample(Float64Array.of(1, NaN), Float64Array.of(1, 1), 2, 0)).toBeUndefined();
    // A column with a zero count appended (an edited file): still evaluated, on the expanded values.
    const ref = table('ref.csv', [numCol('x', values(500, 7, 30, 0))]);
    const cur = table('cur.csv', [numCol('x', values(400, 8, 30, 0.1))]);
    const profile = profileTable(ref, 0);
    const col = profile.columns[0] as NumberProfile;
    const edited = { ...profile, columns: [{ ...col, values: Float64Array.from([...col.values, 1e9]), counts: Float64Array.from([...col.counts, 0]) }] };
    const source = profileSource(edited, 'edited.mgprof');
    const sample: ColumnSample = source.columns[0].sample('numerical');
    expect(sample.type === 'numerical' && sample.distinct).toBeFalsy();
    for (const method of ['ks', 'auto', 'psi'] as const) {
      expect(plain(evaluateDrift(source, tableSource(cur), opts({ method })))).toEqual(plain(evaluateDrift(tableSource(ref), tableSource(cur), opts({ method }))));
    }
  });
});
