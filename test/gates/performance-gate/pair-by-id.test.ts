/**
 * Pairing rows by id: the pairs against a plain Map join written here as the
 * oracle, the same-order fast path against the hash join, number and text
 * ids, the fingerprint fallback, and the errors (one line naming the file,
 * the line and the id).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import { alignBaseline } from '../../../src/gates/performance-gate/align-baseline.js';
import { evaluate } from '../../../src/gates/performance-gate/evaluate.js';
import type { MetricOptions } from '../../../src/gates/performance-gate/evaluate-metrics.js';
import { pairById } from '../../../src/gates/performance-gate/pair-by-id.js';
import { extractPredictions, type ColumnOptions } from '../../../src/gates/performance-gate/predictions.js';
import { readRowIds, type NumberIds, type RowIds, type TextIds } from '../../../src/gates/performance-gate/row-ids.js';
import { createRng } from '../../../src/stats/random/prng.js';
import { makeTable } from './helpers.js';

/** Ids as the gate reads them from a file (makeTable puts row i on line i + 2). */
function idsOf(values: (number | string)[], source: string): RowIds {
  const table = makeTable({ id: values }, source);
  return readRowIds(table, table.columns[0]);
}

/** The UserError a call throws, as the CLI prints it. */
function failure(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    if (err instanceof UserError) return err.format();
    throw err;
  }
  throw new Error('expected a UserError');
}

/** The baseline row of each candidate row, from the Pairing (null order = same rows). */
function rowsOf(candidate: RowIds, baseline: RowIds, fingerprint?: (ids: TextIds) => NumberIds): number[] {
  const { order } = pairById(candidate, baseline, fingerprint);
  return order ? Array.from(order) : Array.from({ length: candidate.values.length }, (_, i) => i);
}

/** The oracle: a Map from id (numbers as numbers, else text) to baseline row. */
function mapJoin(candidate: (number | string)[], baseline: (number | string)[]): number[] | 'error' {
  const key = (v: number | string) => (typeof v === 'number' ? `n${v === 0 ? 0 : v}` : `t${v}`);
  const where = new Map<string, number>();
  for (const [j, v] of baseline.entries()) {
    if (where.has(key(v))) return 'error';
    where.set(key(v), j);
  }
  const used = new Set<number>();
  const out: number[] = [];
  for (const v of candidate) {
    const j = where.get(key(v));
    if (j === undefined || used.has(j)) return 'error';
    used.add(j);
    out.push(j);
  }
  return out;
}

describe('pairing rows by id', () => {
  it('shuffled number ids: each candidate row gets the baseline row with its id', () => {
    // candidate 10, 20, 30, 40; baseline 30, 10, 40, 20: 10 is baseline row 1, 20 row 3, 30 row 0, 40 row 2.
    const c = idsOf([10, 20, 30, 40], 'c.csv');
    const b = idsOf([30, 10, 40, 20], 'b.csv');
    expect(rowsOf(c, b)).toEqual([1, 3, 0, 2]);
    expect(pairById(c, b).method).toBe('number ids, hash join');
  });

  it('the baseline may have more rows than the candidate', () => {
    expect(rowsOf(idsOf([5, 6], 'c.csv'), idsOf([7, 6, 9, 5], 'b.csv'))).toEqual([3, 1]);
  });

  it('ids in the same order in both files pair without moving anything, sorted or not', () => {
    const sorted = pairById(idsOf([1, 2, 5, 9], 'c.csv'), idsOf([1, 2, 5, 9], 'b.csv'));
    expect(sorted).toEqual({ order: null, method: 'number ids in the same order, sorted' });
    const falling = pairById(idsOf(['d', 'c', 'b'], 'c.csv'), idsOf(['d', 'c', 'b'], 'b.csv'));
    expect(falling).toEqual({ order: null, method: 'text ids in the same order, sorted' });
    const unsorted = pairById(idsOf([4, 1, 9, 2], 'c.csv'), idsOf([4, 1, 9, 2], 'b.csv'));
    expect(unsorted).toEqual({ order: null, method: 'number ids in the same order' });
  });

  it('number ids compare as numbers (−0 is 0); text ids as text', () => {
    expect(rowsOf(idsOf([0, 1], 'c.csv'), idsOf([1, -0], 'b.csv'))).toEqual([1, 0]);
    // "7.0" and "7" are different texts.
    expect(failure(() => pairById(idsOf(['7.0', 'x'], 'c.csv'), idsOf(['x', '7'], 'b.csv')))).toBe(
      'c.csv:2: id: id "7.0" has no row in the baseline predictions (b.csv)',
    );
  });

  it('a number id column meets a text one as text: 7 reads "7", never "07"', () => {
    const numbers = idsOf([7, 8], 'c.csv');
    expect(numbers.kind).toBe('number');
    expect(rowsOf(numbers, idsOf(['8', '7', 'x'], 'b.csv'))).toEqual([1, 0]);
    expect(failure(() => pairById(numbers, idsOf(['08', '07', 'x'], 'b.csv')))).toBe(
      'c.csv:2: id: id "7" has no row in the baseline predictions (b.csv); 1 more of its ids has none either',
    );
  });

  it('a repeated baseline id: one line naming the file, both lines and the id', () => {
    // Baseline rows 0 and 2 (lines 2 and 4) both have id 3.
    expect(failure(() => pairById(idsOf([1, 2, 3], 'c.csv'), idsOf([3, 1, 3, 2], 'b.csv')))).toBe(
      'b.csv:4: id: duplicate id 3 (also on line 2): each id must name one row',
    );
  });

  it('a repeated candidate id, on the hash join and on the same-order path', () => {
    expect(failure(() => pairById(idsOf([1, 2, 1], 'c.csv'), idsOf([2, 1, 3], 'b.csv')))).toBe(
      'c.csv:4: id: duplicate id 1 (also on line 2): each id must name one row',
    );
    expect(failure(() => pairById(idsOf(['e', 'a', 'e'], 'c.csv'), idsOf(['e', 'a', 'e'], 'b.csv')))).toBe(
      'c.csv:4: id: duplicate id "e" (also on line 2): each id must name one row',
    );
  });

  it('a missing id names the first candidate line lacking one, and how many more do', () => {
    // Candidate ids 2 (line 3) and 3 (line 4) are not in the baseline.
    expect(failure(() => pairById(idsOf([1, 2, 3, 4], 'c.csv'), idsOf([4, 1], 'b.csv')))).toBe(
      'c.csv:3: id: id 2 has no row in the baseline predictions (b.csv); 1 more of its ids has none either',
    );
  });

  it('an id from the file is quoted and escaped in the message: one line', () => {
    const hostile = 'a"b\nc';
    const msg = failure(() => pairById(idsOf([hostile, 'z'], 'c.csv'), idsOf(['z', 'y'], 'b.csv')));
    expect(msg).toBe('c.csv:2: id: id "a\\"b\\nc" has no row in the baseline predictions (b.csv)');
    expect(msg).not.toContain('\n');
  });

  it('ids above 2^53 that read as one number: the message says why', () => {
    // "9007199254740993" and "9007199254740992" both read as 2^53.
    expect(failure(() => pairById(idsOf([2 ** 53, 2 ** 53], 'c.csv'), idsOf([2 ** 53, 1], 'b.csv')))).toBe(
      'c.csv:3: id: duplicate id 9007199254740992 (also on line 2): each id must name one row; ids above 2^53 lose digits when read as numbers: write them as text (e.g. with a prefix)',
    );
  });

  it('without line numbers (Parquet) the message names the row', () => {
    const noLines = (values: number[], source: string): RowIds => ({ kind: 'number', values: Float64Array.from(values), source, column: 'id', lines: null });
    expect(failure(() => pairById(noLines([1, 2, 3], 'c.parquet'), noLines([3, 3, 1, 2], 'b.parquet')))).toBe(
      'b.parquet:2: id: duplicate id 3 (also on row 1): each id must name one row',
    );
  });

  it('a missing id in the id column is an error on its line', () => {
    const table = makeTable({ id: ['a', null, 'c'] }, 'c.csv');
    expect(failure(() => readRowIds(table, table.columns[0]))).toBe('c.csv:3: id: missing id');
  });
});

describe('pairing rows by id, as properties', () => {
  const shuffled = <T>(values: T[], seed: number): T[] => {
    const rng = createRng(seed);
    const out = [...values];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  /** A fingerprint that collides for all ids of one length, to drive the fallback. */
  const weak = (ids: TextIds): NumberIds => ({ ...ids, kind: 'number', values: Float64Array.from(ids.values, (s) => s.length) });

  it('distinct ids in any order pair exactly as a Map join (numbers, text, colliding fingerprints)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { maxLength: 60 }), fc.array(fc.integer({ min: 1001, max: 2000 }), { maxLength: 5 }), fc.integer(), (ids, extra, seed) => {
        const base = shuffled([...ids, ...new Set(extra)], seed);
        const expected = mapJoin(ids, base);
        expect(rowsOf(idsOf(ids, 'c.csv'), idsOf(base, 'b.csv'))).toEqual(expected);
        const text = ids.map((v) => `id-${v}`);
        const textBase = base.map((v) => `id-${v}`);
        expect(rowsOf(idsOf(text, 'c.csv'), idsOf(textBase, 'b.csv'))).toEqual(expected);
        expect(rowsOf(idsOf(text, 'c.csv'), idsOf(textBase, 'b.csv'), weak)).toEqual(expected);
      }),
    );
  });

  it('colliding fingerprints fall back to joining the strings', () => {
    const pairing = pairById(idsOf(['id-1', 'id-2', 'id-3'], 'c.csv'), idsOf(['id-3', 'id-1', 'id-2'], 'b.csv'), weak);
    expect(pairing).toEqual({ order: Int32Array.from([1, 2, 0]), method: 'text ids, hash join (fingerprints collided)' });
    expect(pairById(idsOf(['id-1', 'id-2'], 'c.csv'), idsOf(['id-2', 'id-1'], 'b.csv')).method).toBe('text ids, hash join of fingerprints');
  });

  it('any ids: an error exactly when the Map join finds a repeat or a missing id', () => {
    const small = fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 14 });
    fc.assert(
      fc.property(small, small, (c, b) => {
        const expected = mapJoin(c, b);
        for (const [cand, base, fingerprint] of [
          [idsOf(c, 'c.csv'), idsOf(b, 'b.csv'), undefined],
          [idsOf(c.map((v) => `k${v}`), 'c.csv'), idsOf(b.map((v) => `k${v}`), 'b.csv'), weak],
        ] as const) {
          if (expected === 'error') expect(() => pairById(cand, base, fingerprint)).toThrow(UserError);
          else expect(rowsOf(cand, base, fingerprint)).toEqual(expected);
        }
      }),
    );
  });

  it('the same-order path and the hash join give the same evaluation', () => {
    // One synthetic binary problem with ids; the baseline once in the candidate's order, once shuffled.
    const rng = createRng(7);
    const n = 400;
    const id = Array.from({ length: n }, (_, i) => 1000 + ((i * 7919) % 10007));
    const label = id.map(() => (rng.next() < 0.4 ? 1 : 0));
    const score = label.map((y) => Math.min(1, Math.max(0, 0.3 + 0.4 * y + (rng.next() - 0.5) * 0.6)));
    const baseScore = label.map((y) => Math.min(1, Math.max(0, 0.32 + 0.35 * y + (rng.next() - 0.5) * 0.6)));
    const columns: ColumnOptions = { task: 'auto', labelColumn: 'label', scoreColumns: ['score'], decisionThreshold: 0.5, idColumn: 'id' };
    const options: MetricOptions = { metrics: ['accuracy', 'f1', 'roc_auc', 'log_loss', 'brier'], thresholds: {}, maxDrop: {}, decideOn: 'interval', confidence: 0.95, bootstrap: 200, seed: 3 };
    const candidate = extractPredictions(makeTable({ id, label, score }, 'c.csv'), columns);
    const rows = shuffled(id.map((_, i) => i), 11);
    const evaluated = (baseRows: number[]) => {
      const table = makeTable({ id: baseRows.map((i) => id[i]), label: baseRows.map((i) => label[i]), score: baseRows.map((i) => baseScore[i]) }, 'b.csv');
      const lines: string[] = [];
      const base = alignBaseline(candidate, extractPredictions(table, columns, candidate), { candidate: 'c.csv', baseline: 'b.csv' }, (line) => lines.push(line));
      return { lines, metrics: evaluate({ candidate, baseline: { predictions: base, file: 'b.csv' }, options }).metrics };
    };
    const same = evaluated(id.map((_, i) => i));
    const moved = evaluated(rows);
    expect(same.lines[0]).toMatch(/^paired 400 rows by id in [\d.]+ ms, [\d.]+ ms CPU \(number ids in the same order\)$/);
    expect(moved.lines[0]).toMatch(/\(number ids, hash join\)$/);
    expect(moved.metrics).toEqual(same.metrics);
  });
});
