/**
 * The gate end to end on files, through the shared readers: the demo data,
 * inference round trip on a file, baseline, JSON Schema on JSON Lines,
 * globs, and the input errors.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import type { GateContext } from '../../../src/core/gate.js';
import { reportSchema } from '../../../src/core/report.js';
import gate from '../../../src/gates/validate-schema/gate.js';
import { parseInputs } from '../../../src/core/inputs.js';

const examples = fileURLToPath(new URL('../../../examples/validate-schema/', import.meta.url));

function context(cwd: string): GateContext {
  return {
    cwd,
    env: {},
    log: { info: () => {}, warn: () => {}, debug: () => {} },
    run: {},
    progress: () => {},
    tempDir: tmpdir(),
  };
}

async function run(values: Record<string, unknown>, cwd = examples) {
  return gate.run(parseInputs(gate.inputs, values), context(cwd));
}

async function userError(values: Record<string, unknown>, cwd = examples): Promise<string> {
  try {
    await run(values, cwd);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as UserError).format();
  }
  throw new Error('expected a UserError');
}

describe('validate-schema on the demo data', () => {
  test('loans.csv passes its contract', async () => {
    const result = await run({ data: 'loans.csv', schema: 'contract.yml' });
    expect(result.report.verdict).toBe('pass');
    expect(reportSchema.safeParse(result.report).success).toBe(true);
    expect(result.outputs).toEqual({ violations: '0', rows: '300' });
    expect(result.annotations).toEqual([]);
    expect(result.report.summary).toMatch(/^pass: \d+ rules hold over 300 rows$/);
  });

  test.each(['table-schema.json', 'expectations.json', 'mlflow-model/MLmodel'])('loans.csv passes %s', async (contract) => {
    const result = await run({ data: 'loans.csv', schema: contract });
    expect(result.report.verdict).toBe('pass');
  });

  test('broken.csv fails with each injected problem, annotated on its line', async () => {
    const result = await run({ data: 'broken.csv', schema: 'contract.yml' });
    expect(result.report.verdict).toBe('fail');
    expect(result.outputs).toEqual({ violations: '6', rows: '300' });
    // Round robin over the six failing rules in contract order, then their second rows (only the duplicate id has one).
    expect(result.annotations!.map((a) => [a.file, a.line, a.level])).toEqual([
      ['broken.csv', 121, 'error'],
      ['broken.csv', 43, 'error'],
      ['broken.csv', 207, 'error'],
      ['broken.csv', 79, 'error'],
      ['broken.csv', 13, 'error'],
      ['broken.csv', 121, 'error'],
      ['broken.csv', 122, 'error'],
      ['broken.csv', 122, 'error'],
    ]);
    expect(result.annotations![1].message).toContain('"117"');
    // One finding per fact: loan_id's unique and primary-key rules are one problem, so five rows; the annotations above give the rows.
    expect(result.headline?.reason).toMatch(/^`loan_id` in rows 120–121: 2 of 300 rows share their value with another row \(0\.67%\); 4 more problems below\.$/);
    expect(result.headline?.next).toBe('fix rows 12, 42, 78, 120–121 and 206 of `broken.csv`, or change `contract.yml`.');
    expect(result.markdown).toContain('| ❌ | `loan_id` | `unique`, `primary-key` |');
    expect(result.markdown).toContain('`vacation`');
    expect(result.report.summary).toMatch(/^fail: 6 of \d+ rules violated \(column\.loan_id\.unique: 2 rows\)$/);
  });

  test('max-annotations caps the annotations', async () => {
    const result = await run({ data: 'broken.csv', schema: 'contract.yml', 'max-annotations': 3 });
    expect(result.annotations).toHaveLength(3);
  });

  test('a glob validates every matching file', async () => {
    const result = await run({ data: '*.csv', schema: 'contract.yml' });
    expect(result.outputs.rows).toBe('600');
    expect(result.report.files).toEqual([
      { file: 'broken.csv', rows: 300, columns: 10 },
      { file: 'loans.csv', rows: 300, columns: 10 },
    ]);
    expect(result.report.checks.some((c) => c.id === 'broken.csv#column.age.max' && c.verdict === 'fail')).toBe(true);
    expect(result.report.checks.find((c) => c.id === 'loans.csv#column.age.max')?.verdict).toBe('pass');
  });
});

describe('inference on a file', () => {
  test('infer-to alone writes a contract that then validates the same file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelgate-vs-'));
    const target = join(dir, 'nested', 'inferred.yml');
    const inferred = await run({ data: 'loans.csv', 'infer-to': target });
    expect(inferred.report.verdict).toBe('pass');
    expect(inferred.report.checks).toEqual([]);
    const yaml = readFileSync(target, 'utf8');
    expect(yaml).toContain('name: purpose');
    expect(yaml).toContain('type: category');
    const again = await run({ data: 'loans.csv', schema: target });
    expect(again.report.verdict).toBe('pass');
    expect(again.report.checks.length).toBeGreaterThan(20);
    // broken.csv breaks the inferred contract too (its age 117 is above the observed maximum, 72 by pandas' describe()).
    const broken = await run({ data: 'broken.csv', schema: target });
    expect(broken.report.checks.find((c) => c.id === 'column.age.max')).toMatchObject({ verdict: 'fail', value: 1, rows: [42] });
  });
});

describe('baseline', () => {
  test('null-rate rise and row-count change against a baseline file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelgate-vs-'));
    // Baseline: 10 rows, x never missing. Current: 4 rows, x missing in 2 (+50 pp), row count −60%.
    writeFileSync(join(dir, 'base.csv'), 'id,x\n' + Array.from({ length: 10 }, (_, i) => `${i},${i}`).join('\n') + '\n');
    writeFileSync(join(dir, 'now.csv'), 'id,x\n1,\n2,5\n3,\n4,7\n');
    const result = await run({ data: 'now.csv', baseline: 'base.csv', 'row-count-change': 0.5, 'infer-to': join(dir, 'c.yml') }, dir);
    const byId = Object.fromEntries(result.report.checks.map((c) => [c.id, c]));
    expect(byId['baseline.x.null-rate']).toMatchObject({ value: 0.5, verdict: 'warn' });
    expect(byId['baseline.id.null-rate']).toMatchObject({ value: 0, verdict: 'pass' });
    expect(byId['baseline.row-count']).toMatchObject({ value: -0.6, verdict: 'warn' });
    const strict = await run({ data: 'now.csv', baseline: 'base.csv', 'baseline-severity': 'error', 'null-rate-increase': 0.6, 'infer-to': join(dir, 'c.yml') }, dir);
    expect(strict.report.checks.map((c) => c.verdict)).toEqual(['pass', 'pass']);
  });
});

describe('JSON Schema on records', () => {
  test('JSON Lines records, with lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelgate-vs-'));
    writeFileSync(join(dir, 'r.jsonl'), '{"id": 1, "age": 30}\n{"id": 2, "age": 300}\n\n{"id": "3", "age": 40}\n');
    writeFileSync(join(dir, 's.json'), JSON.stringify({ type: 'object', required: ['id'], properties: { id: { type: 'integer' }, age: { maximum: 120 } } }));
    const result = await run({ data: 'r.jsonl', schema: 's.json' }, dir);
    const byId = Object.fromEntries(result.report.checks.map((c) => [c.id, c]));
    expect(result.outputs).toEqual({ violations: '3', rows: '3' });
    expect(result.report.files).toEqual([{ file: 'r.jsonl', rows: 3, columns: 2 }]);
    expect(byId['column.age.maximum']).toMatchObject({ rows: [2], lines: [2] });
    expect(byId['column.id.type']).toMatchObject({ rows: [3], lines: [4] });
  });

  test('CSV cells are coerced to the schema types', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelgate-vs-'));
    writeFileSync(join(dir, 'd.csv'), 'id,age\n1,30\n2,x\n,40\n');
    writeFileSync(join(dir, 's.json'), JSON.stringify({ type: 'object', required: ['id'], properties: { id: { type: 'integer' }, age: { type: 'integer' } } }));
    const result = await run({ data: 'd.csv', schema: 's.json' }, dir);
    const byId = Object.fromEntries(result.report.checks.map((c) => [c.id, c]));
    expect(byId['column.age.type']).toMatchObject({ value: 1, rows: [2], lines: [3] });
    expect(byId['column.id.required']).toMatchObject({ value: 1, rows: [3], lines: [4] });
  });
});

describe('text of numeric-looking text columns', () => {
  test('a zip code column keeps its leading zeros for the pattern rule', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelgate-vs-'));
    writeFileSync(join(dir, 'd.csv'), 'zip,n\n01234,1\n12345,2\n9876,3\n');
    writeFileSync(join(dir, 'c.yml'), "columns:\n  - name: zip\n    type: string\n    pattern: '^\\d{5}$'\n");
    const result = await run({ data: 'd.csv', schema: 'c.yml' }, dir);
    // 01234 and 12345 have five digits; 9876 has four.
    expect(result.report.checks.find((c) => c.id === 'column.zip.pattern')).toMatchObject({ value: 1, rows: [3], examples: ['9876'] });
  });

  test('a numeric missing-value token on a number column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelgate-vs-'));
    writeFileSync(join(dir, 'd.csv'), 'x\n1\n-999\n3\n-999.0\n');
    writeFileSync(join(dir, 'c.yml'), "missing-values: ['-999']\ncolumns:\n  - name: x\n    min: 0\n    max-null-fraction: 0.25\n");
    const result = await run({ data: 'd.csv', schema: 'c.yml' }, dir);
    const byId = Object.fromEntries(result.report.checks.map((c) => [c.id, c]));
    expect(byId['column.x.min']).toMatchObject({ value: 0, verdict: 'pass' });
    expect(byId['column.x.max-null-fraction']).toMatchObject({ value: 0.5, verdict: 'fail', rows: [2, 4] });
  });
});

describe('input errors', () => {
  test('no schema and no infer-to', async () => {
    expect(await userError({ data: 'loans.csv' })).toMatch(/input schema: no contract/);
  });

  test('a missing contract file', async () => {
    expect(await userError({ data: 'loans.csv', schema: 'nope.yml' })).toBe('nope.yml: contract file not found');
  });

  test('a contract that does not fit the named format', async () => {
    expect(await userError({ data: 'loans.csv', schema: 'contract.yml', 'schema-format': 'frictionless' })).toMatch(/^contract\.yml: fields: not a valid Frictionless Table Schema/);
  });

  test('an unknown schema format is refused by the input schema', () => {
    expect(gate.inputs.schema.safeParse({ data: 'x.csv', 'schema-format': 'avro' }).success).toBe(false);
  });

  test('the input specs and the input schema name the same inputs, each described', () => {
    expect(gate.inputs.specs.map((i) => i.name).sort()).toEqual(Object.keys(gate.inputs.schema.shape).sort());
    for (const i of gate.inputs.specs) expect(i.description.length, i.name).toBeGreaterThan(20);
    expect(gate.outputs.map((o) => o.name)).toEqual(['violations', 'rows']);
    // The documented defaults parse to the schema's defaults.
    const defaults = Object.fromEntries(gate.inputs.specs.filter((i) => i.default !== undefined).map((i) => [i.name, i.default]));
    expect(parseInputs(gate.inputs, { data: 'x.csv', ...defaults })).toMatchObject({ 'null-rate-increase': 0.1, 'max-examples': 5, 'max-annotations': 10, 'schema-format': 'auto', 'baseline-severity': 'warn' });
  });

  test('numbers arrive as strings from the action and are coerced', () => {
    const parsed = parseInputs(gate.inputs, { data: 'x.csv', 'max-examples': '3', 'null-rate-increase': '0.2', 'row-count-change': '' });
    expect(parsed).toMatchObject({ 'max-examples': 3, 'null-rate-increase': 0.2, 'row-count-change': undefined, 'schema-format': 'auto' });
  });
});
