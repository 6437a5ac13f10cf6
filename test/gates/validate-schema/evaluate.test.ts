/**
 * Every contract rule on hand-built tables: offending counts, row numbers
 * (1-based data rows) and file lines (row + 1, the header being line 1)
 * are derived by hand from the cells written below.
 */
import { describe, expect, test } from 'vitest';
import { evaluateContract, type RuleCheck } from '../../../src/gates/validate-schema/evaluate.js';
import type { ColumnContract, ColumnRule, Contract, TableRule } from '../../../src/gates/validate-schema/contract/model.js';
import { makeTable } from './helpers.js';

type Cell = number | string | null;

function contractOf(columns: ColumnContract[], table: TableRule[] = [], missingValues?: string[]): Contract {
  return { source: 'c.yml', format: 'modelgate', columns, table, missingValues };
}

function run(cells: Record<string, Cell[]>, columns: ColumnContract[], table: TableRule[] = [], maxExamples = 5, missingValues?: string[]): RuleCheck[] {
  return evaluateContract(makeTable(cells), contractOf(columns, table, missingValues), { maxExamples });
}

function one(cells: Cell[], rule: ColumnRule, type?: ColumnContract['type']): RuleCheck {
  const checks = run({ x: cells }, [{ name: 'x', type, rules: [rule] }]);
  expect(checks).toHaveLength(1);
  return checks[0];
}

const E = 'error' as const;

describe('column rules', () => {
  test('not-null counts missing cells and names their rows and lines', () => {
    const c = one([1, null, 3, null], { kind: 'not-null', severity: E });
    expect(c).toMatchObject({ id: 'column.x.not-null', subject: 'x', value: 2, verdict: 'fail', rows: [2, 4], lines: [3, 5], threshold: 'not null' });
    expect(one([1, 2], { kind: 'not-null', severity: E })).toMatchObject({ value: 0, verdict: 'pass', rows: [] });
  });

  test('min and max, inclusive and exclusive, skip missing cells', () => {
    const cells = [18, 17, null, 120, 121, 50];
    expect(one(cells, { kind: 'min', value: 18, severity: E })).toMatchObject({ value: 1, rows: [2], examples: ['17'], threshold: '>= 18' });
    expect(one(cells, { kind: 'max', value: 120, severity: E })).toMatchObject({ value: 1, rows: [5], examples: ['121'], threshold: '<= 120' });
    expect(one(cells, { kind: 'min', value: 18, exclusive: true, severity: E })).toMatchObject({ value: 2, rows: [1, 2], threshold: '> 18' });
    expect(one(cells, { kind: 'max', value: 120, exclusive: true, severity: E })).toMatchObject({ value: 2, rows: [4, 5] });
    expect(one([18, 19], { kind: 'min', value: 18, severity: E }).verdict).toBe('pass');
  });

  test('min on a text column with a declared number type leaves malformed cells to the type rule', () => {
    const checks = run({ x: ['5', 'abc', '-1', '7'] }, [
      { name: 'x', type: 'number', rules: [{ kind: 'type', type: 'number', severity: E }, { kind: 'min', value: 0, severity: E }] },
    ]);
    expect(checks[0]).toMatchObject({ id: 'column.x.type', value: 1, rows: [2], examples: ['abc'] });
    expect(checks[1]).toMatchObject({ id: 'column.x.min', value: 1, rows: [3], examples: ['-1'] });
  });

  test('without a declared type, a cell that is not a number breaks a numeric bound', () => {
    expect(one(['5', 'n/a', '9'], { kind: 'max', value: 10, severity: E })).toMatchObject({ value: 1, rows: [2], examples: ['n/a'] });
  });

  test('type integer flags fractions and words; boolean and datetime parse their spellings', () => {
    expect(one([1, 2.5, 3, -0.5], { kind: 'type', type: 'integer', severity: E }, 'integer')).toMatchObject({ value: 2, rows: [2, 4] });
    expect(one(['1', '2', 'x', '4.0'], { kind: 'type', type: 'integer', severity: E }, 'integer')).toMatchObject({ value: 1, rows: [3] });
    expect(one(['true', 'False', 'yes', 'maybe', null], { kind: 'type', type: 'boolean', severity: E }, 'boolean')).toMatchObject({ value: 1, rows: [4] });
    expect(
      one(['2024-01-31', '2024-02-30T10:00:00Z', '31/01/2024', '2024-03-01 12:30:00', '2024-03-01T12:30:00+02:00'], { kind: 'type', type: 'datetime', severity: E }, 'datetime'),
    ).toMatchObject({ value: 2, rows: [2, 3] });
  });

  test('datetime bounds compare instants', () => {
    const c = one(['2024-01-01', '2023-12-31T23:59:59Z', '2024-06-30'], { kind: 'min', value: '2024-01-01', severity: E }, 'datetime');
    expect(c).toMatchObject({ value: 1, rows: [2] });
  });

  test('allowed values on text and on numbers', () => {
    expect(one(['A', 'B', 'Z', null, 'a'], { kind: 'values', values: ['A', 'B'], severity: E }, 'category')).toMatchObject({ value: 2, rows: [3, 5], examples: ['Z', 'a'] });
    expect(one([1, 2, 3, 2], { kind: 'values', values: [1, 2], severity: E }, 'integer')).toMatchObject({ value: 1, rows: [3] });
    // Frictionless enums of a number field may be written as strings.
    expect(one([1, 2.5, 3], { kind: 'values', values: ['1', '2.5'], severity: E }, 'number')).toMatchObject({ value: 1, rows: [3] });
  });

  test('a category column the reader made numeric compares allowed values by value', () => {
    // The reader read "36", "60", "48" as numbers; the contract lists them as strings.
    expect(one([36, 60, 48, null], { kind: 'values', values: ['36', '60'], severity: E }, 'category')).toMatchObject({ value: 1, rows: [3], examples: ['48'] });
  });

  test('pattern searches unless anchored', () => {
    expect(one(['a@b.io', 'nope', 'x@y', null], { kind: 'pattern', pattern: '@', severity: E })).toMatchObject({ value: 1, rows: [2] });
    expect(one(['AB12', 'xAB12', 'AB123'], { kind: 'pattern', pattern: '^[A-Z]{2}\\d{2}$', severity: E })).toMatchObject({ value: 2, rows: [2, 3] });
  });

  test('lengths count characters, not UTF-16 units', () => {
    expect(one(['né', 'abc', '🙂🙂', 'a'], { kind: 'max-length', value: 2, severity: E })).toMatchObject({ value: 1, rows: [2] });
    expect(one(['né', 'abc', '🙂🙂', 'a'], { kind: 'min-length', value: 2, severity: E })).toMatchObject({ value: 1, rows: [4] });
  });

  test('unique marks every row of a repeated value and ignores missing cells', () => {
    expect(one([1, 2, 2, null, null, 3, 1], { kind: 'unique', severity: E })).toMatchObject({ value: 4, rows: [1, 2, 3, 7] });
    expect(one(['a', 'b', null, 'c'], { kind: 'unique', severity: E })).toMatchObject({ value: 0, verdict: 'pass' });
  });

  test('max-null-fraction compares the share of missing cells', () => {
    const c = one([1, null, 3, null, 5], { kind: 'max-null-fraction', value: 0.3, severity: E });
    expect(c.value).toBeCloseTo(0.4, 12);
    expect(c.verdict).toBe('fail');
    expect(c.rows).toEqual([2, 4]);
    expect(one([1, null, 3, null, 5], { kind: 'max-null-fraction', value: 0.4, severity: E }).verdict).toBe('pass');
  });

  test('mean: (1+2+3+10)/4 = 4', () => {
    const c = one([1, 2, null, 3, 10], { kind: 'mean', min: 0, max: 3.5, severity: E });
    expect(c.value).toBe(4);
    expect(c.verdict).toBe('fail');
    expect(one([1, 2, 3, 10], { kind: 'mean', min: 4, max: 4, severity: E }).verdict).toBe('pass');
    expect(one([1, 2, 3, 10], { kind: 'mean', min: 4, exclusiveMin: true, severity: E }).verdict).toBe('fail');
  });

  test('missing-value tokens count as missing', () => {
    const checks = run({ x: ['1', 'NA', '3', '-'] }, [{ name: 'x', type: 'integer', rules: [{ kind: 'type', type: 'integer', severity: E }, { kind: 'not-null', severity: E }] }], [], 5, ['NA', '-']);
    expect(checks[0]).toMatchObject({ value: 0, verdict: 'pass' });
    expect(checks[1]).toMatchObject({ value: 2, rows: [2, 4] });
  });
});

describe('severity and mostly', () => {
  test('a broken warn rule warns, a broken error rule fails', () => {
    expect(one([5, 500], { kind: 'max', value: 100, severity: 'warn' }).verdict).toBe('warn');
    expect(one([5, 500], { kind: 'max', value: 100, severity: 'error' }).verdict).toBe('fail');
  });

  test('mostly: 9 of 10 present cells in range pass at 0.9 and fail at 0.95', () => {
    const cells = [1, 2, 3, 4, 5, 6, 7, 8, 9, 99, null];
    const at90 = one(cells, { kind: 'max', value: 10, mostly: 0.9, severity: E });
    expect(at90).toMatchObject({ value: 1, verdict: 'pass', rows: [10], threshold: '<= 10 (mostly 0.9)' });
    expect(one(cells, { kind: 'max', value: 10, mostly: 0.95, severity: E }).verdict).toBe('fail');
  });

  test('mostly on not-null counts all rows: 3 of 4 present is 0.75', () => {
    expect(one([1, null, 3, 4], { kind: 'not-null', mostly: 0.75, severity: E }).verdict).toBe('pass');
    expect(one([1, null, 3, 4], { kind: 'not-null', mostly: 0.76, severity: E }).verdict).toBe('fail');
  });

  test('max-examples limits the rows kept, not the count', () => {
    const checks = run({ x: [null, null, null, null] }, [{ name: 'x', rules: [{ kind: 'not-null', severity: E }] }], [], 2);
    expect(checks[0]).toMatchObject({ value: 4, rows: [1, 2] });
  });
});

describe('presence', () => {
  test('a missing required column fails and names close matches; its other rules are not run', () => {
    const checks = run({ agee: [1], id: [1] }, [{ name: 'age', rules: [{ kind: 'present', severity: E }, { kind: 'max', value: 3, severity: E }] }]);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ id: 'column.age.present', value: 1, verdict: 'fail', examples: ['agee'] });
    expect(checks[0].message).toContain('agee');
  });

  test('an absent optional column is skipped', () => {
    expect(run({ id: [1] }, [{ name: 'age', optional: true, rules: [{ kind: 'max', value: 3, severity: E }] }])).toEqual([]);
  });
});

describe('table rules', () => {
  const cells = { id: [1, 2, 2, 4], b: ['x', 'y', 'y', null], c: [0, 0, 0, 0] };

  test('row count bounds', () => {
    expect(run(cells, [], [{ kind: 'row-count', min: 5, severity: E }])[0]).toMatchObject({ id: 'table.row-count', value: 4, verdict: 'fail' });
    expect(run(cells, [], [{ kind: 'row-count', min: 1, max: 4, severity: E }])[0].verdict).toBe('pass');
  });

  test('composite primary key: repeated keys and keys with a missing part', () => {
    // (1,x) (2,y) (2,y) (4,null): rows 2 and 3 repeat, row 4 has a missing part.
    const c = run(cells, [], [{ kind: 'primary-key', columns: ['id', 'b'], severity: E }])[0];
    expect(c).toMatchObject({ id: 'table.primary-key', value: 3, rows: [2, 3, 4], lines: [3, 4, 5], verdict: 'fail' });
    expect(run(cells, [], [{ kind: 'primary-key', columns: ['id', 'c'], severity: E }])[0]).toMatchObject({ value: 2, rows: [2, 3] });
  });

  test('no extra columns', () => {
    const c = run(cells, [{ name: 'id', rules: [] }], [{ kind: 'no-extra-columns', severity: 'warn' }])[0];
    expect(c).toMatchObject({ value: 2, verdict: 'warn', examples: ['b', 'c'] });
  });

  test('column order, relative and exact', () => {
    expect(run(cells, [], [{ kind: 'column-order', columns: ['id', 'c'], severity: E }])[0].verdict).toBe('pass');
    expect(run(cells, [], [{ kind: 'column-order', columns: ['c', 'id'], severity: E }])[0]).toMatchObject({ value: 2, verdict: 'fail' });
    expect(run(cells, [], [{ kind: 'column-order', columns: ['id', 'c'], exact: true, severity: E }])[0]).toMatchObject({ value: 2, verdict: 'fail' });
    expect(run(cells, [], [{ kind: 'column-order', columns: ['id', 'b', 'c'], exact: true, severity: E }])[0].verdict).toBe('pass');
  });

  test('required columns and column sets', () => {
    expect(run(cells, [], [{ kind: 'required-columns', columns: ['id', 'd'], severity: E }])[0]).toMatchObject({ value: 1, examples: ['d'] });
    expect(run(cells, [], [{ kind: 'column-set', columns: ['id', 'b'], exactMatch: true, severity: E }])[0]).toMatchObject({ value: 1, examples: ['c'] });
    expect(run(cells, [], [{ kind: 'column-set', columns: ['id', 'b'], exactMatch: false, severity: E }])[0].verdict).toBe('pass');
  });

  test('an unsupported rule is a warning, never a silent pass', () => {
    const c = run(cells, [], [{ kind: 'unsupported', name: 'expect_column_kl_divergence_to_be_less_than', detail: 'x', severity: 'warn' }])[0];
    expect(c.verdict).toBe('warn');
    expect(c.message).toContain('not supported');
  });

  test('repeated rules on one column get distinct ids', () => {
    const checks = run({ x: [1] }, [{ name: 'x', rules: [{ kind: 'max', value: 5, severity: E }, { kind: 'max', value: 0, severity: E }] }]);
    expect(checks.map((c) => c.id)).toEqual(['column.x.max', 'column.x.max#2']);
  });
});
