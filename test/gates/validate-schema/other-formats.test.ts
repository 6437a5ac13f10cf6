/**
 * Frictionless Table Schema, Great Expectations suites, MLflow signatures
 * and JSON Schema on hand-built data; expected counts derived by hand.
 */
import { describe, expect, test } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import { parseContract, type LoadedContract } from '../../../src/gates/validate-schema/contract/load.js';
import { validateRecords } from '../../../src/gates/validate-schema/contract/json-schema.js';
import type { Contract } from '../../../src/gates/validate-schema/contract/model.js';
import { evaluateContract, type RuleCheck } from '../../../src/gates/validate-schema/evaluate.js';
import { makeTable } from './helpers.js';

function tableContract(file: string, text: string): Contract {
  const loaded: LoadedContract = parseContract(file, text);
  if (loaded.kind !== 'table') throw new Error('expected a table contract');
  return loaded.contract;
}

function byId(checks: RuleCheck[]): Record<string, RuleCheck> {
  return Object.fromEntries(checks.map((c) => [c.id, c]));
}

function errorLine(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as UserError).format();
  }
  throw new Error('expected a UserError');
}

describe('Frictionless Table Schema', () => {
  const schema = {
    fields: [
      { name: 'id', type: 'integer', constraints: { required: true, unique: true } },
      { name: 'income', type: 'number', constraints: { minimum: 0, maximum: 1000000 } },
      { name: 'purpose', type: 'string', constraints: { enum: ['car', 'home'] } },
      { name: 'zip', type: 'string', constraints: { pattern: '[0-9]{5}', minLength: 5, maxLength: 5 } },
      { name: 'opened', type: 'date' },
    ],
    primaryKey: 'id',
    missingValues: ['', 'NA'],
  };
  const data = makeTable({
    id: [1, 2, 2, null],
    income: ['5000', 'NA', '-3', 'lots'],
    purpose: ['car', 'boat', 'home', 'NA'],
    zip: ['12345', '1234', 'x12345', '54321'],
    opened: ['2024-01-02', '2024-13-01', null, '2024-02-29'],
  });

  test('fields, constraints and the primary key become rules', () => {
    const c = tableContract('schema.json', JSON.stringify(schema));
    expect(c.format).toBe('frictionless');
    const checks = byId(evaluateContract(data, c, { maxExamples: 5 }));
    expect(checks['column.id.not-null']).toMatchObject({ value: 1, rows: [4] });
    // frictionless-py's unique-error names the row repeating an earlier value: row 3 (2 again).
    expect(checks['column.id.unique']).toMatchObject({ value: 1, rows: [3] });
    // NA is a missing value; "lots" is not a number; -3 is below the minimum.
    expect(checks['column.income.type']).toMatchObject({ value: 1, rows: [4], examples: ['lots'] });
    expect(checks['column.income.min']).toMatchObject({ value: 1, rows: [3] });
    expect(checks['column.purpose.values']).toMatchObject({ value: 1, rows: [2], examples: ['boat'] });
    // The pattern is anchored in Table Schema: "x12345" does not match, "1234" does not either.
    expect(checks['column.zip.pattern']).toMatchObject({ value: 2, rows: [2, 3] });
    expect(checks['column.zip.min-length']).toMatchObject({ value: 1, rows: [2] });
    expect(checks['column.zip.max-length']).toMatchObject({ value: 1, rows: [3] });
    expect(checks['column.opened.type']).toMatchObject({ value: 1, rows: [2] });
    // primary-key errors: row 3 repeats row 2's key; row 4's key is all missing.
    expect(checks['table.primary-key']).toMatchObject({ value: 2, rows: [3, 4] });
  });

  test('trueValues and falseValues are the exact spellings of a boolean field', () => {
    const c = tableContract('s.json', JSON.stringify({ fields: [{ name: 'ok', type: 'boolean', trueValues: ['Y'], falseValues: ['N'] }] }));
    const checks = byId(evaluateContract(makeTable({ ok: ['Y', 'N', 'yes', 'y', null] }), c, { maxExamples: 5 }));
    expect(checks['column.ok.type']).toMatchObject({ value: 2, rows: [3, 4] });
  });

  test('a bad pattern and an unknown primary key column name the place', () => {
    const bad = { fields: [{ name: 'zip', type: 'string', constraints: { pattern: '(' } }] };
    expect(errorLine(() => parseContract('s.json', JSON.stringify(bad, null, 2)))).toMatch(/^s\.json:\d+: fields\[0\]\.constraints\.pattern: field "zip": pattern \/\(\/ does not compile/);
    const key = { fields: [{ name: 'loan_id' }], primaryKey: ['loan_idd'] };
    expect(errorLine(() => parseContract('s.json', JSON.stringify(key)))).toMatch(/primaryKey: unknown column "loan_idd".*did you mean "loan_id"/);
  });
});

describe('Great Expectations suite', () => {
  const suite = {
    expectation_suite_name: 'loans',
    expectations: [
      { expectation_type: 'expect_column_values_to_not_be_null', kwargs: { column: 'id' } },
      { expectation_type: 'expect_column_values_to_be_between', kwargs: { column: 'age', min_value: 18, max_value: 100, mostly: 0.75 } },
      { expectation_type: 'expect_column_values_to_be_between', kwargs: { column: 'score', min_value: 0, max_value: 1, strict_max: true } },
      { type: 'expect_column_values_to_be_in_set', kwargs: { column: 'grade', value_set: ['A', 'B'] } },
      { expectation_type: 'expect_column_values_to_be_unique', kwargs: { column: 'id' } },
      { expectation_type: 'expect_column_values_to_match_regex', kwargs: { column: 'email', regex: '@' } },
      { expectation_type: 'expect_column_mean_to_be_between', kwargs: { column: 'age', min_value: 30, max_value: 60 } },
      { expectation_type: 'expect_table_columns_to_match_ordered_list', kwargs: { column_list: ['id', 'age', 'score', 'grade', 'email'] } },
      { expectation_type: 'expect_table_row_count_to_be_between', kwargs: { min_value: 1, max_value: 3 } },
      { expectation_type: 'expect_column_kl_divergence_to_be_less_than', kwargs: { column: 'age' }, meta: {} },
    ],
  };
  // ages 17, 40, 70, 90: one of four out of range → 0.75 conforming, mostly 0.75 holds; mean 54.25.
  const data = makeTable({
    id: [1, 2, 2, null],
    age: [17, 40, 70, 90],
    score: [0, 0.5, 1, 0.2],
    grade: ['A', 'B', 'C', 'A'],
    email: ['a@b', 'c', 'd@e', null],
  });

  test('expectations map to rules; mostly honoured; unknown types warn', () => {
    const c = tableContract('suite.json', JSON.stringify(suite));
    expect(c.format).toBe('great-expectations');
    const checks = byId(evaluateContract(data, c, { maxExamples: 5 }));
    expect(checks['column.id.not-null']).toMatchObject({ value: 1, rows: [4], verdict: 'fail' });
    expect(checks['column.age.min']).toMatchObject({ value: 1, rows: [1], verdict: 'pass' });
    expect(checks['column.age.max']).toMatchObject({ value: 0, verdict: 'pass' });
    expect(checks['column.score.max']).toMatchObject({ value: 1, rows: [3], verdict: 'fail', threshold: '< 1' });
    expect(checks['column.grade.values']).toMatchObject({ value: 1, rows: [3] });
    expect(checks['column.id.unique']).toMatchObject({ value: 2, rows: [2, 3] });
    expect(checks['column.email.pattern']).toMatchObject({ value: 1, rows: [2] });
    expect(checks['column.age.mean']).toMatchObject({ value: 54.25, verdict: 'pass' });
    expect(checks['table.column-order']).toMatchObject({ value: 0, verdict: 'pass' });
    expect(checks['table.row-count']).toMatchObject({ value: 4, verdict: 'fail' });
    const unsupported = checks['table.unsupported.expect_column_kl_divergence_to_be_less_than'];
    expect(unsupported.verdict).toBe('warn');
    expect(unsupported.message).toMatch(/not supported/);
  });

  test('mostly just below the conforming share fails', () => {
    const strict = { expectations: [{ expectation_type: 'expect_column_values_to_be_between', kwargs: { column: 'age', min_value: 18, mostly: 0.76 } }] };
    const checks = byId(evaluateContract(data, tableContract('s.json', JSON.stringify(strict)), { maxExamples: 5 }));
    expect(checks['column.age.min'].verdict).toBe('fail');
  });

  test('type expectations judge cells as pandas holds them', () => {
    const types = {
      expectations: [
        { expectation_type: 'expect_column_values_to_be_of_type', kwargs: { column: 'n', type_: 'int64' } },
        { expectation_type: 'expect_column_values_to_be_in_type_list', kwargs: { column: 'x', type_list: ['float64', 'float32'] } },
        { expectation_type: 'expect_column_values_to_be_in_type_list', kwargs: { column: 'y', type_list: ['int64', 'str'] } },
        { expectation_type: 'expect_column_values_to_be_of_type', kwargs: { column: 'y', type_: 'geometry' } },
      ],
    };
    // pandas reads n (1, 2.5, 3) as float64, which is not int64: all three cells are of the wrong type.
    // x ("1.5", "a", "2") and y ("1", "b", "2") are object columns of str: no cell of x is a float,
    // every cell of y is a str.
    const t = makeTable({ n: [1, 2.5, 3], x: ['1.5', 'a', '2'], y: ['1', 'b', '2'] });
    const checks = byId(evaluateContract(t, tableContract('s.json', JSON.stringify(types)), { maxExamples: 5 }));
    expect(checks['column.n.value-type']).toMatchObject({ value: 3, rows: [1, 2, 3], verdict: 'fail' });
    expect(checks['column.x.value-type']).toMatchObject({ value: 3, verdict: 'fail' });
    expect(checks['column.y.value-type']).toMatchObject({ value: 0, verdict: 'pass' });
    expect(checks['table.unsupported.expect_column_values_to_be_of_type'].verdict).toBe('warn');
  });

  test('date bounds make the column a datetime column', () => {
    const dates = { expectations: [{ expectation_type: 'expect_column_values_to_be_between', kwargs: { column: 'd', min_value: '2024-01-01', max_value: '2024-12-31' } }] };
    const t = makeTable({ d: ['2024-03-01', '2023-12-31', 'soon', '2025-01-01T00:00:00Z'] });
    const checks = byId(evaluateContract(t, tableContract('s.json', JSON.stringify(dates)), { maxExamples: 5 }));
    expect(checks['column.d.type']).toMatchObject({ value: 1, rows: [3] });
    expect(checks['column.d.min']).toMatchObject({ value: 1, rows: [2] });
    expect(checks['column.d.max']).toMatchObject({ value: 1, rows: [4] });
  });

  test('a bad regex and a missing kwarg name the expectation', () => {
    const bad = { expectations: [{ expectation_type: 'expect_column_values_to_match_regex', kwargs: { column: 'email', regex: '[' } }] };
    expect(errorLine(() => parseContract('s.json', JSON.stringify(bad)))).toMatch(/expectations\[0\]\.kwargs\.regex: column "email": regex \/\[\/ does not compile/);
    const noColumn = { expectations: [{ expectation_type: 'expect_column_values_to_not_be_null', kwargs: {} }] };
    expect(errorLine(() => parseContract('s.json', JSON.stringify(noColumn)))).toMatch(/expectations\[0\]\.kwargs\.column: .*needs kwargs\.column/);
  });
});

describe('MLflow MLmodel signature', () => {
  const mlmodel = `artifact_path: model
flavors:
  python_function:
    loader_module: mlflow.sklearn
signature:
  inputs: '[{"type": "double", "name": "income", "required": true}, {"type": "long", "name": "age", "required": true}, {"type": "string", "name": "grade", "required": true}, {"type": "boolean", "name": "owner", "required": false}]'
  outputs: '[{"type": "long", "required": true}]'
`;

  test('column-based signature types are checked', () => {
    const c = tableContract('MLmodel', mlmodel);
    expect(c.format).toBe('mlflow');
    const data = makeTable({ income: ['1.5', 'x', '3'], age: [30, 40.5, null], grade: ['a', 'b', 'c'] });
    const checks = byId(evaluateContract(data, c, { maxExamples: 5 }));
    expect(checks['column.income.type']).toMatchObject({ value: 1, rows: [2] });
    expect(checks['column.age.type']).toMatchObject({ value: 1, rows: [2] });
    expect(checks['column.age.not-null']).toMatchObject({ value: 1, rows: [3], verdict: 'warn' });
    // owner is optional (required: false) and absent: no check.
    expect(Object.keys(checks).some((id) => id.includes('owner'))).toBe(false);
  });

  test('a tensor-based signature is refused', () => {
    const tensor = `signature:\n  inputs: '[{"type": "tensor", "tensor-spec": {"dtype": "float32", "shape": [-1, 28, 28]}}]'\n`;
    expect(errorLine(() => parseContract('MLmodel', tensor))).toMatch(/^MLmodel:2: signature\.inputs: tensor-based signatures are not supported for tables/);
  });
});

describe('JSON Schema for records', () => {
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: ['id', 'email'],
    properties: {
      id: { type: 'integer' },
      age: { type: 'integer', minimum: 18, maximum: 100 },
      email: { type: 'string', format: 'email' },
    },
  };

  async function* records(items: unknown[]): AsyncIterable<{ record: unknown; line: number }> {
    let line = 0;
    for (const record of items) yield { record, line: ++line };
  }

  test('errors are grouped by keyword and place, with rows and lines', async () => {
    const loaded = parseContract('record.schema.json', JSON.stringify(schema));
    if (loaded.kind !== 'records') throw new Error('expected a record contract');
    const { checks, rows } = await validateRecords(
      records([
        { id: 1, age: 30, email: 'a@b.io' },
        { id: 2, age: 17, email: 'not-an-email' },
        { id: 3, age: 101 },
        { id: 'x', age: 40, email: 'c@d.io' },
        { id: 5, age: 16, email: 'e@f.io' },
      ]),
      loaded.validator,
      'data.jsonl',
      5,
    );
    expect(rows).toBe(5);
    const c = byId(checks);
    expect(c['records.schema']).toMatchObject({ value: 4, rows: [2, 3, 4, 5], verdict: 'fail' });
    expect(c['column.age.minimum']).toMatchObject({ value: 2, rows: [2, 5], examples: ['17', '16'], threshold: '>= 18' });
    expect(c['column.age.maximum']).toMatchObject({ value: 1, rows: [3] });
    expect(c['column.email.format']).toMatchObject({ value: 1, rows: [2] });
    expect(c['column.email.required']).toMatchObject({ value: 1, rows: [3], subject: 'email' });
    expect(c['column.id.type']).toMatchObject({ value: 1, rows: [4], examples: ['x'] });
  });

  test('a schema that does not compile is a UserError naming the file', () => {
    expect(errorLine(() => parseContract('r.json', JSON.stringify({ type: 'object', properties: { a: { type: 'integr' } } })))).toMatch(/^r\.json: the JSON Schema does not compile/);
  });
});
