/**
 * Table Schemas read as frictionless-py validates a resource. Expected
 * values follow the Table Schema spec and frictionless-py's documented field
 * rules (trueValues defaults, format patterns, bareNumber, groupChar,
 * supported constraints per type, errors on the repeating row), derived by
 * hand in the comments.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import type { GateContext } from '../../../src/core/gate.js';
import type { Table } from '../../../src/core/table.js';
import { parseContract } from '../../../src/gates/validate-schema/contract/load.js';
import { evaluateContract, type RuleCheck } from '../../../src/gates/validate-schema/evaluate.js';
import gate from '../../../src/gates/validate-schema/gate.js';
import { parseInputs } from '../../../src/core/inputs.js';
import { makeTable } from './helpers.js';

type Field = Record<string, unknown> & { name: string };

function checks(table: Table, fields: Field[], extra: Record<string, unknown> = {}): Record<string, RuleCheck> {
  const loaded = parseContract('schema.json', JSON.stringify({ fields, ...extra }, null, 2));
  if (loaded.kind !== 'table') throw new Error('expected a table contract');
  return Object.fromEntries(evaluateContract(table, loaded.contract, { maxExamples: 20 }).map((c) => [c.id, c]));
}

function refusal(fields: Field[]): string {
  try {
    parseContract('schema.json', JSON.stringify({ fields }, null, 2));
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as UserError).format();
  }
  throw new Error('expected the schema to be refused');
}

/** The rows of `column` whose cells fail to read as the field's type. */
function typeErrors(field: Omit<Field, 'name'>, cells: (string | number | null)[]): number[] {
  return checks(makeTable({ v: cells }), [{ name: 'v', ...field }])['column.v.type']?.rows ?? [];
}

describe('labels', () => {
  test('a column no field names is an error (extra-label), a field the data lacks too (missing-label)', () => {
    const c = checks(makeTable({ id: [1, 2], name: ['a', 'b'] }), [{ name: 'id', type: 'integer' }, { name: 'bad', type: 'any' }]);
    expect(c['table.no-extra-columns']).toMatchObject({ value: 1, examples: ['name'], verdict: 'fail' });
    expect(c['column.bad.present']).toMatchObject({ value: 1, verdict: 'fail' });
  });
});

describe('cell types and formats', () => {
  test('booleans take the spec\'s default trueValues/falseValues when the field sets none', () => {
    // Defaults: true, True, TRUE, 1 / false, False, FALSE, 0, exact. "t", "YES", "No" are not booleans.
    expect(typeErrors({ type: 'boolean' }, ['true', 'TRUE', '1', 'False', '0', 't', 'YES', 'No'])).toEqual([6, 7, 8]);
    // Setting trueValues only replaces the true spellings: "yes" is true, "true" no longer is, "0" is still false.
    expect(typeErrors({ type: 'boolean', trueValues: ['yes'] }, ['yes', 'true', '0'])).toEqual([2]);
  });

  test('bareNumber: false strips currency and percent signs; groupChar and decimalChar', () => {
    // "€ -12" → -12, "100%" → 100, "1$" → 1; a bare "ab" has no digit left.
    const c = checks(makeTable({ v: ['€ -12', '100%', '1$', 'ab'] }), [{ name: 'v', type: 'number', bareNumber: false, constraints: { minimum: -12, maximum: 100 } }]);
    expect(c['column.v.type'].rows).toEqual([4]);
    expect(c['column.v.min'].value).toBe(0);
    expect(c['column.v.max'].value).toBe(0);
    // "10.000.000,00" with groupChar "." and decimalChar "," is ten million; "1.234" with decimalChar "," alone is refused.
    const d = checks(makeTable({ v: ['10.000.000,00', '5,5'] }), [{ name: 'v', type: 'number', groupChar: '.', decimalChar: ',', constraints: { minimum: 5.5, maximum: 10000000 } }]);
    expect(d['column.v.type'].value).toBe(0);
    expect([d['column.v.min'].value, d['column.v.max'].value]).toEqual([0, 0]);
    expect(typeErrors({ type: 'number', decimalChar: ',' }, ['1.234', '1,5'])).toEqual([1]);
    // bareNumber on an integer: "ab1$" → 1.
    expect(typeErrors({ type: 'integer', bareNumber: false }, ['ab1$', '-12€', 'x'])).toEqual([3]);
  });

  test('date patterns, the old fmt: prefix and any', () => {
    // %d/%m/%y: "21/11/06" is 2006-11-21 (two-digit years below 69 are 20xx); a time after it does not match.
    const c = checks(makeTable({ v: ['21/11/06', '21/11/06 16:30', '31/02/06'] }), [{ name: 'v', type: 'date', format: '%d/%m/%y', constraints: { minimum: '21/11/06', maximum: '21/11/06' } }]);
    expect(c['column.v.type'].rows).toEqual([2, 3]);
    expect([c['column.v.min'].value, c['column.v.max'].value]).toEqual([0, 0]);
    expect(typeErrors({ type: 'date', format: 'fmt:%d/%m/%y' }, ['21/11/06', '2006-11-21'])).toEqual([2]);
    expect(typeErrors({ type: 'datetime', format: '%d/%m/%y %H:%M' }, ['21/11/06 16:30', '16:30 21/11/06'])).toEqual([2]);
    // any: ISO, or day / month name / year with a time; numbers spelt out are not read.
    expect(typeErrors({ type: 'date', format: 'any' }, ['2019-01-01', '10th Jan 1969', '10th Jan nineteen sixty nine'])).toEqual([3]);
    expect(typeErrors({ type: 'datetime', format: 'any' }, ['10th Jan 1969 9 am', 'invalid'])).toEqual([2]);
    // Defaults: a date is %Y-%m-%d, a datetime needs seconds, an offset ±hh:mm.
    expect(typeErrors({ type: 'date' }, ['2019-01-01', '10th Jan 1969'])).toEqual([2]);
    expect(typeErrors({ type: 'datetime' }, ['2014-01-01T06:00:00Z', '2014-01-01T06:00:00+1:00', '2014-01-01'])).toEqual([2, 3]);
  });

  test('year, yearmonth and time', () => {
    expect(typeErrors({ type: 'year' }, ['2000', '3.14', '200'])).toEqual([2, 3]);
    // yearmonth bounds compare months: 2001-01 is below 2001-02.
    const c = checks(makeTable({ v: ['2001-01', '2001-02', '2001-13'] }), [{ name: 'v', type: 'yearmonth', constraints: { minimum: '2001-02' } }]);
    expect(c['column.v.type'].rows).toEqual([3]);
    expect(c['column.v.min'].rows).toEqual([1]);
    const t = checks(makeTable({ v: ['07:07:06', '08:00:00', '25:00:00'] }), [{ name: 'v', type: 'time', constraints: { minimum: '07:07:07' } }]);
    expect(t['column.v.type'].rows).toEqual([3]);
    expect(t['column.v.min'].rows).toEqual([1]);
  });

  test('string formats: email, uri, uuid, binary', () => {
    expect(typeErrors({ type: 'string', format: 'email' }, ['name@gmail.com', 'http://google.com', 'string'])).toEqual([2, 3]);
    expect(typeErrors({ type: 'string', format: 'uri' }, ['http://google.com', '://no-scheme.test', 'string'])).toEqual([2, 3]);
    expect(typeErrors({ type: 'string', format: 'uuid' }, ['123e4567-e89b-12d3-a456-426614174000', '123e4567'])).toEqual([2]);
    // "string" is six base64 characters: not a multiple of four, so the padding is wrong.
    expect(typeErrors({ type: 'string', format: 'binary' }, ['dGVzdA==', 'string'])).toEqual([2]);
  });

  test('a field\'s own missingValues replace the schema\'s', () => {
    // The field says NA and N/A are missing, so they fail `required`; "-" is missing only to the schema, not to this field.
    const c = checks(makeTable({ v: ['x', 'NA', 'N/A', '-'] }), [{ name: 'v', type: 'string', missingValues: ['', 'NA', 'N/A'], constraints: { required: true } }], { missingValues: ['', '-'] });
    expect(c['column.v.not-null'].rows).toEqual([2, 3]);
  });
});

describe('schema errors', () => {
  test('a constraint the type does not support is refused, naming field, constraint and type', () => {
    expect(refusal([{ name: 'n', type: 'integer', constraints: { minLength: 4 } }])).toMatch(
      /^schema\.json:\d+: fields\[0\]\.constraints\.minLength: field "n": constraint "minLength" is not supported by type "integer"$/,
    );
    expect(refusal([{ name: 'b', type: 'boolean', constraints: { minimum: 4 } }])).toMatch(/constraint "minimum" is not supported by type "boolean"/);
    expect(refusal([{ name: 'd', type: 'date', constraints: { pattern: '[0-9]+' } }])).toMatch(/constraint "pattern" is not supported by type "date"/);
    expect(refusal([{ name: 'a', type: 'any', constraints: { maxLength: 3 } }])).toMatch(/constraint "maxLength" is not supported by type "any"/);
    // Supported ones load: minimum on a time, minLength on a string.
    expect(parseContract('s.json', JSON.stringify({ fields: [{ name: 't', type: 'time', constraints: { minimum: '07:07:07' } }, { name: 's', type: 'string', constraints: { minLength: 4 } }] })).kind).toBe('table');
  });
});

describe('unique and primary key name the repeating rows', () => {
  test('unique: the second occurrence onward', () => {
    // 100, "bad", 100, 0, 0: row 3 repeats row 1, row 5 repeats row 4 ("bad" is a type error, not a repeat).
    const c = checks(makeTable({ u: ['100', 'bad', '100', '0', '0'] }), [{ name: 'u', type: 'number', constraints: { unique: true } }]);
    expect(c['column.u.unique']).toMatchObject({ value: 2, rows: [3, 5] });
    expect(c['column.u.type'].rows).toEqual([2]);
  });

  test('a composite key: an all-missing key is an error, a partly missing one is compared', () => {
    // (1, Alex), (1, John), (-, Paul), (1, John), (-, -): row 4 repeats row 2; row 5 is all missing; row 3 is unique.
    const c = checks(makeTable({ id: [1, 1, null, 1, null], name: ['Alex', 'John', 'Paul', 'John', null] }), [{ name: 'id', type: 'integer' }, { name: 'name', type: 'string' }], { primaryKey: ['id', 'name'] });
    expect(c['table.primary-key']).toMatchObject({ value: 2, rows: [4, 5], lines: [5, 6] });
  });
});

describe('short rows', () => {
  test('a CSV row with fewer cells than the header is a missing-cells error on that row, not a refused file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-short-'));
    writeFileSync(join(dir, 'data.csv'), 'row,word\n2,a\n3,abc\n4\n');
    writeFileSync(join(dir, 'schema.json'), JSON.stringify({ fields: [{ name: 'row', type: 'integer' }, { name: 'word', type: 'string', constraints: { minLength: 2 } }] }));
    const ctx: GateContext = { cwd: dir, env: {}, log: { info: () => {}, warn: () => {}, debug: () => {} }, run: {}, progress: () => {}, tempDir: tmpdir() };
    const result = await gate.run(parseInputs(gate.inputs, { data: 'data.csv', schema: 'schema.json' }), ctx);
    const byId = Object.fromEntries(result.report.checks.map((c) => [c.id, c as RuleCheck]));
    // Line 4 ("4") has one of two fields: one short row. Its missing word is not judged by minLength.
    expect(byId['table.missing-cells']).toMatchObject({ value: 1, rows: [3], lines: [4], examples: ['1 of 2 fields'], verdict: 'fail' });
    expect(byId['column.word.min-length']).toMatchObject({ value: 1, rows: [1] });
    expect(result.outputs.rows).toBe('3');
  });
});
