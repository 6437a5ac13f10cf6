/**
 * The report sections validate-schema writes match its published schema
 * (reportSections), on every code path: each contract format, JSON Schema on
 * records (with and without a baseline), a glob of files, a baseline, and
 * inference with and without a contract. The report is taken as written
 * (through JSON), its common fields dropped, and the rest parsed strictly:
 * a section or field the schema lacks, or a required one the code leaves
 * out, fails.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import type { GateContext } from '../../../src/core/gate.js';
import gate from '../../../src/gates/validate-schema/gate.js';
import { parseInputs } from '../../../src/core/inputs.js';
import { reportSections } from '../../../src/gates/validate-schema/report-sections.js';
import { ownSections } from '../../support/report-sections.js';

const examples = fileURLToPath(new URL('../../../examples/validate-schema/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'modelgate-vs-sections-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));


function context(cwd: string): GateContext {
  return { cwd, env: {}, log: { info: () => {}, warn: () => {}, debug: () => {} }, run: {}, progress: () => {}, tempDir: work };
}

/** The gate's own sections of the report, as the JSON file holds them. */
async function sections(values: Record<string, unknown>, cwd = examples): Promise<Record<string, unknown>> {
  const result = await gate.run(parseInputs(gate.inputs, values), context(cwd));
  const written = ownSections(JSON.parse(JSON.stringify(result.report)) as Record<string, unknown>);
  return written;
}

function expectValid(own: Record<string, unknown>): void {
  const parsed = reportSections.strict().safeParse(own);
  expect(parsed.error?.issues ?? []).toEqual([]);
}

describe('validate-schema report sections follow reportSections', () => {
  test.each([
    ['contract.yml', 'modelgate'],
    ['table-schema.json', 'frictionless'],
    ['expectations.json', 'great-expectations'],
    ['mlflow-model/MLmodel', 'mlflow'],
  ])('loans.csv against %s', async (contract, format) => {
    const own = await sections({ data: 'loans.csv', schema: contract });
    expectValid(own);
    const { charts, ...rest } = own as { charts: { columns: { column: string; rows: number }[] } };
    expect(rest).toEqual({ files: [{ file: 'loans.csv', rows: 300, columns: 10 }], contract: { path: contract, format } });
    // The visual report's column summaries: one per contract column found in the data.
    expect(charts.columns.length).toBeGreaterThan(0);
    expect(charts.columns.every((c) => c.rows === 300)).toBe(true);
  });

  test('a failing file and a glob of files', async () => {
    expectValid(await sections({ data: 'broken.csv', schema: 'contract.yml' }));
    const own = await sections({ data: '*.csv', schema: 'contract.yml' });
    expectValid(own);
    expect(own.files).toHaveLength(2);
  });

  test('JSON Schema on records, alone and with a baseline', async () => {
    writeFileSync(join(work, 'r.jsonl'), '{"id": 1, "age": 30}\n{"id": 2, "age": 300}\n{"id": "3", "age": 40, "extra": true}\n');
    writeFileSync(join(work, 'base.jsonl'), '{"id": 1, "age": 30}\n{"id": 2, "age": 31}\n');
    writeFileSync(join(work, 's.json'), JSON.stringify({ type: 'object', required: ['id'], properties: { id: { type: 'integer' }, age: { maximum: 120 } } }));
    const own = await sections({ data: 'r.jsonl', schema: 's.json' }, work);
    expectValid(own);
    expect(own).toEqual({ files: [{ file: 'r.jsonl', rows: 3, columns: 3 }], contract: { path: 's.json', format: 'json-schema' } });
    expectValid(await sections({ data: 'r.jsonl', schema: 's.json', baseline: 'base.jsonl', 'row-count-change': 0.1 }, work));
  });

  test('a baseline with a contract, and inference alone or with a contract', async () => {
    writeFileSync(join(work, 'base.csv'), 'id,x\n' + Array.from({ length: 10 }, (_, i) => `${i},${i}`).join('\n') + '\n');
    writeFileSync(join(work, 'now.csv'), 'id,x\n1,\n2,5\n3,\n4,7\n');
    const inferredOnly = await sections({ data: 'now.csv', baseline: 'base.csv', 'row-count-change': 0.5, 'infer-to': 'inferred/c.yml' }, work);
    expectValid(inferredOnly);
    expect(inferredOnly).toEqual({ files: [{ file: 'now.csv', rows: 4, columns: 2 }], inferred: 'inferred/c.yml' });
    const both = await sections({ data: 'now.csv', schema: 'inferred/c.yml', baseline: 'base.csv', 'infer-to': 'inferred/d.yml' }, work);
    expectValid(both);
    expect(Object.keys(both).sort()).toEqual(['charts', 'contract', 'files', 'inferred']);
  });

  test('the strict parse catches an unknown section, an unknown field and a missing one', async () => {
    const own = await sections({ data: 'loans.csv', schema: 'contract.yml' });
    expect(reportSections.strict().safeParse({ ...own, extra: 1 }).success).toBe(false);
    expect(reportSections.strict().safeParse({ ...own, contract: { ...(own.contract as object), version: 2 } }).success).toBe(false);
    expect(reportSections.strict().safeParse({ contract: own.contract }).success).toBe(false);
    expect(reportSections.strict().safeParse({ ...own, files: [{ file: 'loans.csv', rows: 300 }] }).success).toBe(false);
  });
});
