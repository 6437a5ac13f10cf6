/**
 * The README demo: loans.csv satisfies each of the four contracts written
 * for it, and broken.csv breaks exactly the five injected problems listed in
 * examples/validate-schema/generate.mjs. The CSV is parsed here with
 * csv-parse into a Table, independently of modelgate's own readers.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { parseContract } from '../../../src/gates/validate-schema/contract/load.js';
import { evaluateContract } from '../../../src/gates/validate-schema/evaluate.js';
import { makeTable } from './helpers.js';

const dir = new URL('../../../examples/validate-schema/', import.meta.url);
const read = (name: string) => readFileSync(fileURLToPath(new URL(name, dir)), 'utf8');

function csvTable(name: string) {
  const rows: string[][] = parse(read(name));
  const [header, ...body] = rows;
  const cells: Record<string, (string | number | null)[]> = {};
  header.forEach((h, j) => {
    const col = body.map((r) => (r[j] === '' ? null : r[j]));
    const numeric = col.every((v) => v === null || Number.isFinite(Number(v)));
    cells[h] = numeric ? col.map((v) => (v === null ? null : Number(v))) : col;
  });
  return makeTable(cells, name);
}

function contract(name: string) {
  const loaded = parseContract(name, read(name));
  if (loaded.kind !== 'table') throw new Error('expected a table contract');
  return loaded.contract;
}

const CONTRACTS = ['contract.yml', 'table-schema.json', 'expectations.json', 'mlflow-model/MLmodel'];

describe('examples/validate-schema', () => {
  test.each(CONTRACTS)('loans.csv satisfies %s', (name) => {
    const checks = evaluateContract(csvTable('loans.csv'), contract(name), { maxExamples: 5 });
    expect(checks.length).toBeGreaterThan(5);
    expect(checks.filter((c) => c.verdict !== 'pass')).toEqual([]);
  });

  test('broken.csv breaks exactly the injected problems', () => {
    const checks = evaluateContract(csvTable('broken.csv'), contract('contract.yml'), { maxExamples: 5 });
    const bad = Object.fromEntries(checks.filter((c) => c.verdict !== 'pass').map((c) => [c.id, c]));
    // generate.mjs edits rows[11], [41], [77], [120] (copy of [119]) and [205] (0-based): data rows 12, 42, 78, 120–121, 206; lines one more.
    expect(Object.keys(bad).sort()).toEqual(
      ['column.age.max', 'column.annual_income.type', 'column.credit_score.not-null', 'column.loan_id.unique', 'column.purpose.values', 'table.primary-key'].sort(),
    );
    expect(bad['column.credit_score.not-null']).toMatchObject({ value: 1, rows: [12], lines: [13], verdict: 'fail' });
    expect(bad['column.age.max']).toMatchObject({ value: 1, rows: [42], lines: [43], examples: ['117'] });
    expect(bad['column.purpose.values']).toMatchObject({ value: 1, rows: [78], examples: ['vacation'] });
    expect(bad['column.loan_id.unique']).toMatchObject({ value: 2, rows: [120, 121], examples: ['10120', '10120'] });
    expect(bad['table.primary-key']).toMatchObject({ value: 2, rows: [120, 121] });
    expect(bad['column.annual_income.type']).toMatchObject({ value: 1, rows: [206], lines: [207], examples: ['52k'] });
  });
});
