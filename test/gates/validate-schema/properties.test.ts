/**
 * Properties over random tables (fast-check): the inferred contract always
 * validates the table it came from, and the counts of the unique, min/max
 * and not-null rules equal a naive count written independently here.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseContract } from '../../../src/gates/validate-schema/contract/load.js';
import { evaluateContract } from '../../../src/gates/validate-schema/evaluate.js';
import { inferContract, inferredContractYaml } from '../../../src/gates/validate-schema/infer.js';
import { makeTable } from './helpers.js';

const numberCells = fc.array(fc.option(fc.integer({ min: -50, max: 50 }), { nil: null, freq: 5 }), { minLength: 0, maxLength: 40 });
const floatCells = fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null, freq: 5 }), { minLength: 0, maxLength: 40 });
const textCells = fc.array(fc.option(fc.constantFrom('a', 'b', 'c', 'x y', 'Zürich', '🙂', 'true', '2024-01-01'), { nil: null, freq: 5 }), { minLength: 0, maxLength: 40 });

function sameLength<T>(cols: T[][]): T[][] {
  const n = Math.min(...cols.map((c) => c.length));
  return cols.map((c) => c.slice(0, n));
}

describe('properties', () => {
  test('an inferred contract validates its own table', () => {
    fc.assert(
      fc.property(numberCells, floatCells, textCells, textCells, (a, b, c, d) => {
        const [ca, cb, cc, cd] = sameLength<number | string | null>([a, b, c, d]);
        const table = makeTable({ a: ca, b: cb, c: cc, d: cd });
        const loaded = parseContract('inferred.yml', inferredContractYaml(table, inferContract(table)));
        if (loaded.kind !== 'table') throw new Error('expected a table contract');
        const bad = evaluateContract(table, loaded.contract, { maxExamples: 3 }).filter((x) => x.verdict !== 'pass');
        expect(bad).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('rule counts equal naive counts', () => {
    fc.assert(
      fc.property(numberCells, fc.integer({ min: -50, max: 50 }), (cells, bound) => {
        const checks = evaluateContract(
          makeTable({ x: cells }),
          {
            source: 'c.yml',
            format: 'modelgate',
            columns: [
              {
                name: 'x',
                type: 'integer',
                rules: [
                  { kind: 'unique', severity: 'error' },
                  { kind: 'min', value: bound, severity: 'error' },
                  { kind: 'max', value: bound, severity: 'error' },
                  { kind: 'not-null', severity: 'error' },
                ],
              },
            ],
            table: [],
          },
          { maxExamples: 1000 },
        );
        const present = cells.filter((v): v is number => v !== null);
        const occurrences = (v: number) => present.filter((w) => w === v).length;
        const repeatedRows = cells.flatMap((v, i) => (v !== null && occurrences(v) > 1 ? [i + 1] : []));
        expect(checks[0]).toMatchObject({ value: repeatedRows.length, rows: repeatedRows });
        expect(checks[1].value).toBe(present.filter((v) => v < bound).length);
        expect(checks[2].value).toBe(present.filter((v) => v > bound).length);
        expect(checks[3].value).toBe(cells.length - present.length);
      }),
      { numRuns: 300 },
    );
  });
});
