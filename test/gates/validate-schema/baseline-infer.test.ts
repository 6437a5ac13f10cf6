import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { compareToBaseline } from '../../../src/gates/validate-schema/baseline.js';
import { parseContract } from '../../../src/gates/validate-schema/contract/load.js';
import { evaluateContract } from '../../../src/gates/validate-schema/evaluate.js';
import { inferContract, inferredContractYaml } from '../../../src/gates/validate-schema/infer.js';
import { makeTable } from './helpers.js';

describe('baseline', () => {
  // Baseline: a has 1 of 10 missing (10%), b none. Current: a 3 of 10 (30%), b 1 of 10 (10%).
  const base = makeTable({ a: [1, null, 3, 4, 5, 6, 7, 8, 9, 10], b: ['x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x'] }, 'base.csv');
  const now = makeTable({ a: [1, null, null, null, 5, 6, 7, 8, 9, 10], b: ['x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', null], c: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1] }, 'now.csv');

  test('null-rate rise beyond the threshold: +20 pp breaks 0.10, +10 pp does not', () => {
    const checks = compareToBaseline(now, base, { nullRateIncrease: 0.1, severity: 'warn' });
    expect(checks.map((c) => c.id)).toEqual(['baseline.a.null-rate', 'baseline.b.null-rate']);
    expect(checks[0].value).toBeCloseTo(0.2, 12);
    expect(checks[0].verdict).toBe('warn');
    expect(checks[1].value).toBeCloseTo(0.1, 12);
    expect(checks[1].verdict).toBe('pass');
    expect(compareToBaseline(now, base, { nullRateIncrease: 0.1, severity: 'error' })[0].verdict).toBe('fail');
    expect(compareToBaseline(now, base, { nullRateIncrease: 0.2, severity: 'error' })[0].verdict).toBe('pass');
  });

  test('row-count change is relative to the baseline: 10 → 15 rows is +50%', () => {
    const bigger = makeTable({ a: Array.from({ length: 15 }, (_, i) => i) });
    const [c] = compareToBaseline(bigger, base, { nullRateIncrease: 1, rowCountChange: 0.4, severity: 'warn' }).filter((x) => x.id === 'baseline.row-count');
    expect(c.value).toBeCloseTo(0.5, 12);
    expect(c.verdict).toBe('warn');
    const ok = compareToBaseline(bigger, base, { nullRateIncrease: 1, rowCountChange: 0.5, severity: 'warn' }).find((x) => x.id === 'baseline.row-count');
    expect(ok?.verdict).toBe('pass');
    const smaller = makeTable({ a: [1, 2, 3, 4] });
    const shrink = compareToBaseline(smaller, base, { nullRateIncrease: 1, rowCountChange: 0.5, severity: 'error' }).find((x) => x.id === 'baseline.row-count');
    expect(shrink?.value).toBeCloseTo(-0.6, 12);
    expect(shrink?.verdict).toBe('fail');
  });
});

describe('inference', () => {
  const rows = 12;
  const table = makeTable({
    id: Array.from({ length: rows }, (_, i) => 100 + i),
    income: [1200.5, 3000, null, 52000.25, 800, 1000, 999.99, 45000, 3000, 12, 7000, 0.5],
    grade: ['A', 'B', 'A', 'C', 'B', 'A', 'A', 'B', 'C', 'A', 'B', 'A'],
    code: Array.from({ length: rows }, (_, i) => `L-${i}`),
    active: ['true', 'false', 'true', 'true', 'false', 'true', 'true', 'false', 'true', 'true', 'false', 'true'],
    opened: ['2024-01-01', '2024-02-15', '2023-12-31', '2024-03-01', '2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-06', '2024-01-07', null],
  });

  test('types, nullability, bounds, categories and uniqueness as observed', () => {
    const c = inferContract(table);
    const col = (name: string) => c.columns.find((x) => x.name === name)!;
    expect(col('id')).toEqual({ name: 'id', type: 'integer', nullable: false, min: 100, max: 111, unique: true });
    expect(col('income')).toEqual({ name: 'income', type: 'number', min: 0.5, max: 52000.25 });
    expect(col('grade')).toEqual({ name: 'grade', type: 'category', nullable: false, values: ['A', 'B', 'C'] });
    expect(col('code')).toEqual({ name: 'code', type: 'string', nullable: false, unique: true });
    expect(col('active')).toEqual({ name: 'active', type: 'boolean', nullable: false });
    expect(col('opened')).toEqual({ name: 'opened', type: 'datetime', min: '2023-12-31', max: '2024-03-01' });
  });

  test('round trip: the inferred YAML validates the same data without violations', () => {
    const yaml = inferredContractYaml(table, inferContract(table));
    expect(yaml.startsWith('# modelgate data contract inferred from data.csv (12 rows).')).toBe(true);
    expect(parse(yaml).columns).toHaveLength(6);
    const loaded = parseContract('inferred.yml', yaml);
    if (loaded.kind !== 'table') throw new Error('expected a table contract');
    const checks = evaluateContract(table, loaded.contract, { maxExamples: 5 });
    expect(checks.length).toBeGreaterThan(15);
    expect(checks.filter((c) => c.verdict !== 'pass')).toEqual([]);
  });

  test('the inferred contract catches a value beyond the observed range', () => {
    const loaded = parseContract('inferred.yml', inferredContractYaml(table, inferContract(table)));
    if (loaded.kind !== 'table') throw new Error('expected a table contract');
    const changed = makeTable({ id: [100, 112] });
    const checks = evaluateContract(changed, loaded.contract, { maxExamples: 5 });
    expect(checks.find((c) => c.id === 'column.id.max')).toMatchObject({ value: 1, rows: [2], verdict: 'fail' });
  });
});
