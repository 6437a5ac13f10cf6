import { describe, expect, it } from 'vitest';
import { expandPaths, readTable } from '../../src/readers/index.js';
import { put, scratchDir, userError } from './helpers.js';

describe('expandPaths', () => {
  const dir = scratchDir();
  put(dir, 'data/b.csv', 'a\n1\n');
  put(dir, 'data/a.csv', 'a\n2\n');
  put(dir, 'data/nested/c.csv', 'a\n3\n');
  put(dir, 'data/notes.txt', 'x\n');

  it('returns a plain path as written', async () => {
    expect(await expandPaths('data/a.csv', dir)).toEqual(['data/a.csv']);
  });

  it('expands a glob against cwd into sorted paths relative to it', async () => {
    expect(await expandPaths('data/*.csv', dir)).toEqual(['data/a.csv', 'data/b.csv']);
    expect(await expandPaths('data/**/*.csv', dir)).toEqual(['data/a.csv', 'data/b.csv', 'data/nested/c.csv']);
  });

  it('takes several patterns, one per line, with "!" to exclude', async () => {
    expect(await expandPaths('data/*.csv\n data/nested/*.csv \n!data/b.csv\n', dir)).toEqual(['data/a.csv', 'data/nested/c.csv']);
  });

  it('gives paths readTable can read with the same cwd', async () => {
    const [first] = await expandPaths('data/*.csv', dir);
    const table = await readTable(first, { cwd: dir });
    expect(table.source).toBe('data/a.csv');
  });

  it('rejects a pattern that matches nothing and a missing plain path', async () => {
    expect((await userError(expandPaths('data/*.parquet', dir))).format()).toBe('data/*.parquet: no file matches the pattern "data/*.parquet"');
    expect((await userError(expandPaths('data/zzz.csv', dir))).format()).toBe('data/zzz.csv: file not found');
  });
});

describe('format choice', () => {
  const dir = scratchDir();

  it('sniffs JSON Lines, JSON arrays and CSV from the content when the name says nothing', async () => {
    put(dir, 'lines.data', '{"a":1}\n{"a":2}\n');
    put(dir, 'array.data', '  [{"a":1}]');
    put(dir, 'table.data', 'a;b\n1;2\n');
    expect((await readTable('lines.data', { cwd: dir })).rowLines).not.toBeNull();
    expect((await readTable('array.data', { cwd: dir })).rowLines).toBeNull();
    expect((await readTable('table.data', { cwd: dir })).columns.map((c) => c.name)).toEqual(['a', 'b']);
  });

  it('sniffs inside a gzip file with no telling name', async () => {
    put(dir, 'packed.gz', '{"a":1}\n');
    expect((await readTable('packed.gz', { cwd: dir })).columns.map((c) => c.name)).toEqual(['a']);
  });

  it('prefers the extension to options.format, and options.format to sniffing', async () => {
    put(dir, 'x.csv', 'a,b\n1,2\n');
    expect((await readTable('x.csv', { cwd: dir, format: 'jsonl' })).columns).toHaveLength(2);
    put(dir, 'y.data', '{"a":1}\n');
    const err = await userError(readTable('y.data', { cwd: dir, format: 'json' }));
    expect(err.format()).toBe('y.data:1: expected a JSON array of objects, found an object (for one object per line, name the file .jsonl)');
  });

  it('resolves against options.cwd but names the file as written', async () => {
    put(dir, 'sub/z.csv', 'a,b\n1\n');
    const err = await userError(readTable('sub/z.csv', { cwd: dir }));
    expect(err.format()).toBe('sub/z.csv:2: 1 field, the header has 2');
  });
});

describe('a path with pattern characters (issue #17 item 15)', () => {
  const dir = scratchDir();
  put(dir, 'data/loans[2024].csv', 'a\n1\n');
  // What `loans[2024].csv` matches as a pattern: one of the characters 2, 0, 4.
  put(dir, 'data/loans2.csv', 'a\n2\n');
  put(dir, 'other/loans4.csv', 'a\n4\n');

  it('is read as the file it names when that file exists', async () => {
    expect(await expandPaths('data/loans[2024].csv', dir)).toEqual(['data/loans[2024].csv']);
    const table = await readTable('data/loans[2024].csv', { cwd: dir });
    expect(table.source).toBe('data/loans[2024].csv');
  });

  it('is that file among several lines too, and only that file', async () => {
    expect(await expandPaths('data/loans[2024].csv\nother/*.csv', dir)).toEqual(['data/loans[2024].csv', 'other/loans4.csv']);
  });

  it('is a pattern when no file has that name', async () => {
    expect(await expandPaths('other/loans[2024].csv', dir)).toEqual(['other/loans4.csv']);
  });

  it('works in a working directory whose own name holds pattern characters', async () => {
    const cwd = `${dir}/data`;
    const bracketed = scratchDir();
    put(bracketed, 'runs[1]/x/a.csv', 'a\n1\n');
    put(bracketed, 'runs[1]/x/b.csv', 'a\n2\n');
    expect(await expandPaths('*.csv', `${bracketed}/runs[1]/x`)).toEqual(['a.csv', 'b.csv']);
    expect(await expandPaths('loans*.csv', cwd)).toEqual(['loans2.csv', 'loans[2024].csv']);
  });
});
