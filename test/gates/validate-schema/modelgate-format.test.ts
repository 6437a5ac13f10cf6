import { describe, expect, test } from 'vitest';
import Ajv2020Module from 'ajv/dist/2020.js';
import { UserError } from '../../../src/core/errors.js';
import { parseContract } from '../../../src/gates/validate-schema/contract/load.js';
import { contractJsonSchema } from '../../../src/gates/validate-schema/contract/modelgate.js';
import type { Contract } from '../../../src/gates/validate-schema/contract/model.js';
import { evaluateContract } from '../../../src/gates/validate-schema/evaluate.js';
import { makeTable } from './helpers.js';

function tableContract(text: string, file = 'contract.yml'): Contract {
  const loaded = parseContract(file, text);
  if (loaded.kind !== 'table') throw new Error('expected a table contract');
  return loaded.contract;
}

/** The UserError's one line, or a failure if none is thrown. */
function errorLine(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as UserError).format();
  }
  throw new Error('expected a UserError');
}

const CONTRACT = `contract: 1
missing-values: [NA]
columns:
  - name: id
    type: integer
    nullable: false
    unique: true
  - name: age
    type: integer
    min: 18
    max: { value: 100, severity: warn }
  - name: grade
    type: category
    values: [A, B, C]
  - name: email
    type: string
    required: false
    pattern: '^[^@]+@[^@]+$'
extra-columns: error
column-order: true
rows: { min: 2, max: 10 }
primary-key: [id]
`;

describe('modelgate contract format', () => {
  test('rules and severities map to the model', () => {
    const c = tableContract(CONTRACT);
    expect(c.format).toBe('modelgate');
    expect(c.missingValues).toEqual(['NA']);
    const age = c.columns.find((x) => x.name === 'age')!;
    expect(age.rules.map((r) => [r.kind, r.severity])).toEqual([
      ['present', 'error'],
      ['type', 'error'],
      ['min', 'error'],
      ['max', 'warn'],
    ]);
    expect(c.columns.find((x) => x.name === 'email')!.optional).toBe(true);
    expect(c.table.map((r) => r.kind)).toEqual(['no-extra-columns', 'column-order', 'row-count', 'primary-key']);
  });

  test('evaluated on a table: each broken rule with its rows', () => {
    const t = makeTable({ id: [1, 2, 2], age: [17, 101, 'NA'], grade: ['A', 'D', 'B'], notes: ['', '', ''] });
    const checks = evaluateContract(t, tableContract(CONTRACT), { maxExamples: 5 });
    const byId = Object.fromEntries(checks.map((c) => [c.id, c]));
    expect(byId['column.id.unique']).toMatchObject({ value: 2, rows: [2, 3], verdict: 'fail' });
    expect(byId['column.age.type']).toMatchObject({ value: 0, verdict: 'pass' });
    expect(byId['column.age.min']).toMatchObject({ value: 1, rows: [1], verdict: 'fail' });
    expect(byId['column.age.max']).toMatchObject({ value: 1, rows: [2], verdict: 'warn' });
    expect(byId['column.grade.values']).toMatchObject({ value: 1, rows: [2], examples: ['D'] });
    expect(byId['table.no-extra-columns']).toMatchObject({ value: 1, examples: ['notes'], verdict: 'fail' });
    expect(byId['table.row-count']).toMatchObject({ value: 3, verdict: 'pass' });
    expect(byId['table.primary-key']).toMatchObject({ value: 2, rows: [2, 3] });
    expect(checks.some((c) => c.subject === 'email')).toBe(false);
  });

  test('JSON is read too', () => {
    const c = tableContract(JSON.stringify({ columns: [{ name: 'a', type: 'number', max: 1 }] }), 'c.json');
    expect(c.columns[0].rules.map((r) => r.kind)).toEqual(['present', 'type', 'max']);
  });

  test('the published JSON Schema accepts the example and rejects a misspelt type', () => {
    const schema = contractJsonSchema();
    const Ajv = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as new (o: object) => { compile(s: object): (d: unknown) => boolean };
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate({ columns: [{ name: 'id', type: 'integer', max: { value: 3, severity: 'warn' } }], 'primary-key': 'id' })).toBe(true);
    expect(validate({ columns: [{ name: 'id', type: 'int' }] })).toBe(false);
    expect(validate({ columns: [{ name: 'id', maximum: 3 }] })).toBe(false);
  });
});

describe('contract errors name the place', () => {
  test('invalid YAML gives its line', () => {
    const text = 'columns:\n  - name: a\n    type: integer\n    type: number\n';
    expect(errorLine(() => parseContract('c.yml', text))).toMatch(/^c\.yml:4: invalid YAML/);
  });

  test('a field that does not fit the format: zod path and line', () => {
    const text = 'columns:\n  - name: id\n  - name: age\n    type: integr\n';
    const line = errorLine(() => parseContract('c.yml', text));
    expect(line).toMatch(/^c\.yml:4: columns\[1\]\.type: not a valid modelgate contract/);
  });

  test('an unknown key inside a column', () => {
    const text = 'columns:\n  - name: id\n    maximum: 3\n';
    expect(errorLine(() => parseContract('c.yml', text))).toMatch(/^c\.yml:3: columns\[0\]\.maximum: .*Unrecognized key/);
  });

  test('a regex that does not compile names the column and the pattern', () => {
    const text = 'columns:\n  - name: code\n    type: string\n    pattern: "[a-"\n';
    const line = errorLine(() => parseContract('c.yml', text));
    expect(line).toMatch(/^c\.yml:4: columns\[0\]\.pattern: column "code": pattern \/\[a-\/ does not compile/);
  });

  test('an unknown column in the primary key lists close matches', () => {
    const text = 'columns:\n  - name: customer_id\n  - name: age\nprimary-key: [customer_id, agee]\n';
    const line = errorLine(() => parseContract('c.yml', text));
    expect(line).toMatch(/^c\.yml:4: primary-key: unknown column "agee".*did you mean "age"/);
  });

  test('a column declared twice', () => {
    expect(errorLine(() => parseContract('c.yml', 'columns:\n  - name: a\n  - name: a\n'))).toMatch(/^c\.yml:3: columns\[1\]\.name: column "a" is declared twice/);
  });

  test('min on a category column', () => {
    expect(errorLine(() => parseContract('c.yml', 'columns:\n  - name: a\n    type: category\n    min: 3\n'))).toMatch(/^c\.yml:4: columns\[0\]\.min:/);
  });

  test('unknown schema format and an undetectable contract', () => {
    expect(errorLine(() => parseContract('c.yml', 'columns: []\n', 'avro' as never))).toMatch(/schema-format: unknown schema format "avro"/);
    expect(errorLine(() => parseContract('c.yml', 'hello: world\n'))).toMatch(/^c\.yml: cannot tell the contract format/);
  });

  test('an empty contract', () => {
    expect(errorLine(() => parseContract('c.yml', '\n'))).toMatch(/^c\.yml: the contract is empty/);
  });
});
