import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../src/core/gate.js';
import { readRecords, readTable } from '../../src/readers/index.js';
import { cells, collect, numberColumn, scratchDir, stringColumn, userError } from './helpers.js';

const dir = scratchDir();
const read = (name: string, options = {}) => readTable(name, { cwd: dir, ...options });

function writeParquet(name: string, gzip = false): string {
  const buffer = parquetWriteBuffer({
    columnData: [
      { name: 'id', data: BigInt64Array.from([1n, 2n, 3n, 9007199254740993n]) },
      { name: 'score', data: [0.5, null, 2.25, -1] },
      { name: 'flag', data: [true, false, null, true] },
      { name: 'label', data: ['a', 'b', null, 'é'] },
      { name: 'code', data: ['007', '1.50', '3', null] },
      { name: 'day', data: [new Date('2024-01-02T00:00:00Z'), null, new Date('1999-12-31T00:00:00Z'), new Date('2024-02-29T00:00:00Z')] },
      { name: 'at', data: [new Date('2024-01-02T03:04:05.678Z'), null, null, new Date(0)] },
    ],
    schema: [
      { name: 'root', num_children: 7 },
      { name: 'id', type: 'INT64', repetition_type: 'REQUIRED' },
      { name: 'score', type: 'DOUBLE', repetition_type: 'OPTIONAL' },
      { name: 'flag', type: 'BOOLEAN', repetition_type: 'OPTIONAL' },
      { name: 'label', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
      { name: 'code', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
      { name: 'day', type: 'INT32', converted_type: 'DATE', repetition_type: 'OPTIONAL' },
      { name: 'at', type: 'INT64', converted_type: 'TIMESTAMP_MILLIS', repetition_type: 'OPTIONAL' },
    ],
    rowGroupSize: 3,
  });
  const bytes = Buffer.from(buffer);
  writeFileSync(join(dir, name), gzip ? gzipSync(bytes) : bytes);
  return name;
}

describe('Parquet', () => {
  it('reads every column into the table representation', async () => {
    writeParquet('t.parquet');
    const table = await read('t.parquet');
    expect(table.rowCount).toBe(4);
    expect(table.rowLines).toBeNull();
    expect(table.columns.map((c) => c.name)).toEqual(['id', 'score', 'flag', 'label', 'code', 'day', 'at']);
    // INT64 becomes a double: 2^53 + 1 rounds to 2^53.
    expect(cells(numberColumn(table, 'id'))).toEqual([1, 2, 3, 9007199254740992]);
    expect(cells(numberColumn(table, 'score'))).toEqual([0.5, null, 2.25, -1]);
    expect(stringColumn(table, 'flag').values).toEqual(['true', 'false', null, 'true']);
    expect(stringColumn(table, 'label').values).toEqual(['a', 'b', null, 'é']);
    expect(cells(numberColumn(table, 'code'))).toEqual([7, 1.5, 3, null]);
    expect(stringColumn(table, 'day').values).toEqual(['2024-01-02', null, '1999-12-31', '2024-02-29']);
    expect(stringColumn(table, 'at').values).toEqual(['2024-01-02T03:04:05.678Z', null, null, '1970-01-01T00:00:00.000Z']);
  });

  it('keeps text on request, selects columns, stops at maxRows', async () => {
    writeParquet('s.parquet');
    const table = await read('s.parquet', { columns: ['code', 'score'], keepText: true, maxRows: 2 });
    expect(table.columns.map((c) => c.name)).toEqual(['score', 'code']);
    expect(table.rowCount).toBe(2);
    expect(numberColumn(table, 'code').text).toEqual(['007', '1.50']);
  });

  it('reads a .parquet.gz and sniffs Parquet without an extension', async () => {
    writeParquet('g.parquet.gz', true);
    expect(cells(numberColumn(await read('g.parquet.gz'), 'score'))).toEqual([0.5, null, 2.25, -1]);
    writeParquet('noext');
    expect((await read('noext')).rowCount).toBe(4);
  });

  it('gives records with JSON-like values across row groups', async () => {
    writeParquet('r.parquet');
    const records = await collect(readRecords('r.parquet', { cwd: dir, columns: ['id', 'flag', 'day'] }));
    expect(records).toEqual([
      { record: { id: 1, flag: true, day: '2024-01-02' }, line: null },
      { record: { id: 2, flag: false, day: null }, line: null },
      { record: { id: 3, flag: null, day: '1999-12-31' }, line: null },
      { record: { id: 9007199254740992, flag: true, day: '2024-02-29' }, line: null },
    ]);
  });

  it('reports progress ending with done', async () => {
    writeParquet('p.parquet');
    const calls: Progress[] = [];
    await read('p.parquet', { progress: (p: Progress) => calls.push(p) });
    expect(calls[calls.length - 1]).toMatchObject({ file: 'p.parquet', rows: 4, done: true });
  });

  it('rejects an unreadable Parquet file and an unknown column', async () => {
    writeFileSync(join(dir, 'bad.parquet'), 'PAR1 this is not parquet PAR1');
    expect((await userError(read('bad.parquet'))).format()).toMatch(/^bad\.parquet: not a readable Parquet file \(.+\)$/);
    writeParquet('c.parquet');
    expect((await userError(read('c.parquet', { columns: ['scor'] }))).format()).toBe(
      'c.parquet: no column "scor"; columns are: id, score, flag, label, code, day, at (did you mean "score"?)',
    );
  });
});
