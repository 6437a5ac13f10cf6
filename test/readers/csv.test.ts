import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../src/core/gate.js';
import { readRecords, readTable } from '../../src/readers/index.js';
import { cells, collect, numberColumn, put, scratchDir, stringColumn, userError } from './helpers.js';

const dir = scratchDir();
const read = (name: string, options = {}) => readTable(name, { cwd: dir, ...options });

describe('CSV and TSV tables', () => {
  it('reads a plain CSV into typed columns, header on line 1', async () => {
    put(dir, 'plain.csv', 'id,score,label\n1,0.5,cat\n2,1.25,dog\n3,-3e2,cat\n');
    const table = await read('plain.csv');
    expect(table.source).toBe('plain.csv');
    expect(table.rowCount).toBe(3);
    expect(table.columns.map((c) => c.name)).toEqual(['id', 'score', 'label']);
    expect(Array.from(numberColumn(table, 'id').values)).toEqual([1, 2, 3]);
    expect(Array.from(numberColumn(table, 'score').values)).toEqual([0.5, 1.25, -300]);
    expect(numberColumn(table, 'score').missing).toBeNull();
    expect(stringColumn(table, 'label').values).toEqual(['cat', 'dog', 'cat']);
    expect(Array.from(table.rowLines!)).toEqual([2, 3, 4]);
  });

  it('strips a UTF-8 BOM and reads CRLF line ends', async () => {
    put(dir, 'bom.csv', '\uFEFFname,value\r\nä,1\r\nb,2\r\n');
    const table = await read('bom.csv');
    expect(table.columns.map((c) => c.name)).toEqual(['name', 'value']);
    expect(stringColumn(table, 'name').values).toEqual(['ä', 'b']);
    expect(Array.from(numberColumn(table, 'value').values)).toEqual([1, 2]);
    expect(Array.from(table.rowLines!)).toEqual([2, 3]);
  });

  it('reads quoted fields holding delimiters, quotes and line breaks, and counts their lines', async () => {
    put(dir, 'quoted.csv', 'id,text\n1,"a, b"\n2,"say ""hi"""\n3,"two\nlines"\n4,"x\r\ny\r\nz"\n5,plain\n');
    const table = await read('quoted.csv');
    expect(stringColumn(table, 'text').values).toEqual(['a, b', 'say "hi"', 'two\nlines', 'x\r\ny\r\nz', 'plain']);
    expect(Array.from(table.rowLines!)).toEqual([2, 3, 4, 6, 9]);
  });

  it('treats a quote inside an unquoted field as text', async () => {
    put(dir, 'inner-quote.csv', 'h\n5"7\n');
    const table = await read('inner-quote.csv');
    expect(stringColumn(table, 'h').values).toEqual(['5"7']);
  });

  it('reads the last record without a final line break, and skips blank lines', async () => {
    put(dir, 'no-eol.csv', 'a,b\n\n1,2\n\n\n3,4');
    const table = await read('no-eol.csv');
    expect(cells(numberColumn(table, 'a'))).toEqual([1, 3]);
    expect(cells(numberColumn(table, 'b'))).toEqual([2, 4]);
    expect(Array.from(table.rowLines!)).toEqual([3, 6]);
  });

  it('reads a header-only file as 0 rows', async () => {
    put(dir, 'header-only.csv', 'a,b,c\n');
    const table = await read('header-only.csv');
    expect(table.rowCount).toBe(0);
    expect(table.columns.map((c) => c.name)).toEqual(['a', 'b', 'c']);
    expect(table.rowLines!.length).toBe(0);
  });

  it('reads TSV by its extension', async () => {
    put(dir, 'data.tsv', 'a\tb,c\n1\tx,y\n');
    const table = await read('data.tsv');
    expect(table.columns.map((c) => c.name)).toEqual(['a', 'b,c']);
    expect(stringColumn(table, 'b,c').values).toEqual(['x,y']);
  });

  describe('delimiter detection', () => {
    it.each([
      ['semicolon', 'a;b;c\n1;2;3\n', ['a', 'b', 'c']],
      ['tab', 'a\tb\tc\n1\t2\t3\n', ['a', 'b', 'c']],
      ['pipe', 'a|b|c\n1|2|3\n', ['a', 'b', 'c']],
      ['comma', 'a,b,c\n1,2,3\n', ['a', 'b', 'c']],
    ])('detects %s from the header of a file with no telling extension', async (_name, content, names) => {
      const file = put(dir, `detect-${_name}.txt`, content);
      const table = await read(file);
      expect(table.columns.map((c) => c.name)).toEqual(names);
      expect(cells(table.columns[2])).toEqual([3]);
    });

    it('ignores delimiters inside quoted header names', async () => {
      put(dir, 'detect-quoted.dat', '"x;y;z",b,c\n1,2,3\n');
      const table = await read('detect-quoted.dat');
      expect(table.columns.map((c) => c.name)).toEqual(['x;y;z', 'b', 'c']);
    });

    it('reads a .csv with semicolons when its header has no comma', async () => {
      put(dir, 'euro.csv', 'a;b\n1;2\n');
      const table = await read('euro.csv');
      expect(table.columns.map((c) => c.name)).toEqual(['a', 'b']);
    });

    it('keeps commas for a .csv whose header has one, even with more semicolons', async () => {
      put(dir, 'comma-wins.csv', 'a;x;y,b\n1,2\n');
      const table = await read('comma-wins.csv');
      expect(table.columns.map((c) => c.name)).toEqual(['a;x;y', 'b']);
    });

    it('uses options.format when the extension says nothing', async () => {
      put(dir, 'noext', 'a\tb\n1\t2\n');
      const table = await read('noext', { format: 'tsv' });
      expect(table.columns.map((c) => c.name)).toEqual(['a', 'b']);
    });
  });

  describe('numbers and missing values', () => {
    it('types a column as number only when every present cell is a number', async () => {
      put(dir, 'types.csv', 'int,float,exp,mixed,words\n1,1.5,1e3,1,inf\n-2,.5,-2.5E-2,x,-inf\n+3,5.,1E+2,3,Infinity\n');
      const table = await read('types.csv');
      expect(cells(numberColumn(table, 'int'))).toEqual([1, -2, 3]);
      expect(cells(numberColumn(table, 'float'))).toEqual([1.5, 0.5, 5]);
      expect(cells(numberColumn(table, 'exp'))).toEqual([1000, -0.025, 100]);
      expect(stringColumn(table, 'mixed').values).toEqual(['1', 'x', '3']);
      expect(cells(numberColumn(table, 'words'))).toEqual([Infinity, -Infinity, Infinity]);
      expect(numberColumn(table, 'words').missing).toBeNull();
    });

    it('flags empty cells and NaN text as missing', async () => {
      put(dir, 'missing.csv', 'x,y,s\n1,,a\n,NaN,\nnan,3,c\n');
      const table = await read('missing.csv');
      const x = numberColumn(table, 'x');
      expect(Array.from(x.missing!)).toEqual([0, 1, 1]);
      expect(Number.isNaN(x.values[1]) && Number.isNaN(x.values[2])).toBe(true);
      expect(cells(numberColumn(table, 'y'))).toEqual([null, null, 3]);
      expect(stringColumn(table, 's').values).toEqual(['a', null, 'c']);
    });

    it('reads an empty quoted field as missing and a quoted number as a number', async () => {
      put(dir, 'quoted-numbers.csv', 'a,b\n"1.5",""\n"2",3\n');
      const table = await read('quoted-numbers.csv');
      expect(cells(numberColumn(table, 'a'))).toEqual([1.5, 2]);
      expect(cells(numberColumn(table, 'b'))).toEqual([null, 3]);
    });

    it('recovers the exact text of earlier cells when a column turns out to be text late', async () => {
      const rows = ['code,n'];
      for (let i = 0; i < 200_000; i++) rows.push(`${i % 3 === 0 ? '007' : i % 3 === 1 ? '1.50' : ''},${i}`);
      rows.push('A12,200000');
      put(dir, 'late-text.csv', rows.join('\n') + '\n');
      const table = await read('late-text.csv');
      const code = stringColumn(table, 'code').values;
      expect(code.slice(0, 4)).toEqual(['007', '1.50', null, '007']);
      expect(code[199_999]).toBe('1.50');
      expect(code[200_000]).toBe('A12');
      expect(numberColumn(table, 'n').values[200_000]).toBe(200_000);
    });

    it('keeps the original text of number cells with keepText', async () => {
      put(dir, 'keep.csv', 'v,w\n1.50,1\n,2\n1e3,x\n');
      const table = await read('keep.csv', { keepText: true });
      const v = numberColumn(table, 'v');
      expect(v.text).toEqual(['1.50', null, '1e3']);
      expect(cells(v)).toEqual([1.5, null, 1000]);
      expect(stringColumn(table, 'w').values).toEqual(['1', '2', 'x']);
    });

    it('parses long and extreme numbers exactly as Number() does', async () => {
      const texts = ['0.1', '123456789012345678', '3.141592653589793238', '1e-320', '1.7976931348623157e308', '-0.000001', '9007199254740993'];
      put(dir, 'precise.csv', 'v\n' + texts.join('\n') + '\n');
      const table = await read('precise.csv');
      expect(Array.from(numberColumn(table, 'v').values)).toEqual(texts.map(Number));
    });
  });

  it('reads repeated categories, rare ids, long and non-ASCII text exactly (string cache on and off)', async () => {
    const categories = ['red', 'green', 'blue', 'amber', 'ä', 'x'.repeat(40), 'Red', 'der'];
    const rows = ['cat,id'];
    const expectedCats: string[] = [];
    const expectedIds: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const cat = categories[(i * 7) % categories.length];
      const id = `id${(i * 2654435761) % 1000003}`;
      expectedCats.push(cat);
      expectedIds.push(id);
      rows.push(`${cat},${id}`);
    }
    put(dir, 'categories.csv', rows.join('\n') + '\n');
    const table = await read('categories.csv');
    expect(stringColumn(table, 'cat').values).toEqual(expectedCats);
    expect(stringColumn(table, 'id').values).toEqual(expectedIds);
  });

  describe('dictionary-encoded text columns', () => {
    /** Checks a column's codes and labels say exactly what its values say. */
    function expectCodesMatch(table: Awaited<ReturnType<typeof read>>, name: string, expected: (string | null)[]): void {
      const column = stringColumn(table, name);
      const { codes, labels } = column.dictionary!;
      expect(new Set(labels).size, 'one code per text').toBe(labels.length);
      expect(Array.from(codes, (c) => (c < 0 ? null : labels[c]))).toEqual(expected);
      expect(column.values).toEqual(expected);
    }

    it('gives equal texts one code whichever way they are written (bare, quoted, doubled quotes, non-ASCII, long)', async () => {
      const long = 'y'.repeat(40);
      const lines = ['k', 'a', '"a"', 'ä', '"ä"', 'say "hi"', '"say ""hi"""', long, `"${long}"`, '""', 'a', 'B'];
      put(dir, 'dict.csv', lines.join('\n') + '\n');
      const table = await read('dict.csv');
      expectCodesMatch(table, 'k', ['a', 'a', 'ä', 'ä', 'say "hi"', 'say "hi"', long, long, null, 'a', 'B']);
      expect(stringColumn(table, 'k').dictionary!.labels).toEqual(['a', 'ä', 'say "hi"', long, 'B']);
    });

    it('keeps empty cells as -1 (missing), and a column that turns to text late gets its earlier cells coded', async () => {
      const rows = ['code,n'];
      for (let i = 0; i < 150_000; i++) rows.push(`${i % 3 === 0 ? '7' : i % 3 === 1 ? '1.50' : ''},${i}`);
      rows.push('A12,0');
      put(dir, 'dict-late.csv', rows.join('\n') + '\n');
      const expected = rows.slice(1).map((r) => r.split(',')[0] || null);
      expectCodesMatch(await read('dict-late.csv'), 'code', expected);
    });

    it('turns to plain strings past 4,096 distinct texts, with every cell kept (also when the turn comes in the late refill)', async () => {
      const rows = ['id,late'];
      const ids: string[] = [];
      const late: string[] = [];
      for (let i = 0; i < 10_000; i++) {
        ids.push(`id${i}`);
        late.push(i === 9_999 ? 'x' : String(i));
        rows.push(`${ids[i]},${late[i]}`);
      }
      put(dir, 'dict-full.csv', rows.join('\n') + '\n');
      const table = await read('dict-full.csv');
      for (const [name, expected] of [['id', ids], ['late', late]] as const) {
        const column = stringColumn(table, name);
        expect(column.dictionary, name).toBeUndefined();
        expect(column.values).toEqual(expected);
      }
    });

    it('is not part of the column value: equality, JSON and structured clone see kind, name and values only', async () => {
      put(dir, 'dict-value.csv', 'k\nu\nv\nu\n');
      const column = stringColumn(await read('dict-value.csv'), 'k');
      expect(column.dictionary).toBeDefined();
      const plain = { kind: 'string', name: 'k', values: ['u', 'v', 'u'] };
      expect(column).toStrictEqual(plain);
      expect(JSON.parse(JSON.stringify(column))).toEqual(plain);
      expect(structuredClone(column)).toEqual(plain);
    });
  });

  it('holds number columns in shared memory with sharedNumbers, with the same values', async () => {
    const rows = ['a,b,c'];
    for (let i = 0; i < 70_000; i++) rows.push(`${i % 13},${i % 5 === 0 ? '' : i / 8},x${i % 3}`);
    put(dir, 'shared.csv', rows.join('\n') + '\n');
    const plain = await read('shared.csv');
    const shared = await read('shared.csv', { sharedNumbers: true });
    for (const name of ['a', 'b']) {
      expect(numberColumn(shared, name).values.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(numberColumn(plain, name).values.buffer).toBeInstanceOf(ArrayBuffer);
      expect(cells(numberColumn(shared, name))).toEqual(cells(numberColumn(plain, name)));
    }
    expect(stringColumn(shared, 'c').values).toEqual(stringColumn(plain, 'c').values);
  });

  it('reads number columns right when the row-count estimate from the first megabyte is far off', async () => {
    const rows = ['n,text'];
    for (let i = 0; i < 2_000; i++) rows.push(`${i},${'long text '.repeat(100)}`);
    for (let i = 2_000; i < 202_000; i++) rows.push(i % 10 === 0 ? `,x` : `${i},x`);
    put(dir, 'uneven.csv', rows.join('\n') + '\n');
    const n = numberColumn(await read('uneven.csv'), 'n');
    expect(n.values.length).toBe(202_000);
    expect(n.values[1_999]).toBe(1_999);
    expect(n.values[201_999]).toBe(201_999);
    expect(n.missing![200_000]).toBe(1);
    expect(n.missing![200_001]).toBe(0);
    expect(Array.from(n.missing!).reduce((a, b) => a + b, 0)).toBe(20_000);
  });

  it('types an all-empty column as a number column with every cell missing', async () => {
    put(dir, 'all-empty.csv', 'a,b\n1,\n2,\n');
    const b = numberColumn(await read('all-empty.csv'), 'b');
    expect(Array.from(b.missing!)).toEqual([1, 1]);
  });

  it('reads rows wider than the tokenizer starts with (150 columns)', async () => {
    const names = Array.from({ length: 150 }, (_, i) => `c${i}`);
    const row = Array.from({ length: 150 }, (_, i) => (i % 2 ? `t${i}` : String(i)));
    put(dir, 'wide.csv', `${names.join(',')}\n${row.join(',')}\n${row.join(',')}\n`);
    const table = await read('wide.csv');
    expect(table.columns).toHaveLength(150);
    expect(cells(numberColumn(table, 'c148'))).toEqual([148, 148]);
    expect(stringColumn(table, 'c149').values).toEqual(['t149', 't149']);
  });

  it('materialises only the requested columns', async () => {
    put(dir, 'select.csv', 'a,b,c\n1,x,3\n4,y,6\n');
    const table = await read('select.csv', { columns: ['c', 'a'] });
    expect(table.columns.map((c) => c.name)).toEqual(['a', 'c']);
    expect(cells(numberColumn(table, 'c'))).toEqual([3, 6]);
  });

  it('stops after maxRows rows', async () => {
    put(dir, 'max.csv', 'a\n1\n2\n3\n4\n');
    const table = await read('max.csv', { maxRows: 2 });
    expect(table.rowCount).toBe(2);
    expect(cells(numberColumn(table, 'a'))).toEqual([1, 2]);
  });

  it('reads a .csv.gz through gzip', async () => {
    put(dir, 'zipped.csv.gz', 'a,b\n1,x\n2,y\n');
    const table = await read('zipped.csv.gz');
    expect(cells(numberColumn(table, 'a'))).toEqual([1, 2]);
    expect(stringColumn(table, 'b').values).toEqual(['x', 'y']);
  });

  it('reads a large gzip file across many chunks with the same result as the plain file', async () => {
    const rows = ['i,text,v'];
    for (let i = 0; i < 120_000; i++) rows.push(`${i},"row ${i}, with ""quotes""\nand a break",${i / 4}`);
    const content = rows.join('\n') + '\n';
    put(dir, 'big.csv', content);
    put(dir, 'big.csv.gz', content);
    const plain = await read('big.csv');
    const zipped = await read('big.csv.gz');
    expect(zipped.rowCount).toBe(120_000);
    expect(stringColumn(zipped, 'text').values[119_999]).toBe('row 119999, with "quotes"\nand a break');
    expect(zipped.rowLines![119_999]).toBe(2 + 2 * 119_999);
    expect(Array.from(numberColumn(zipped, 'v').values)).toEqual(Array.from(numberColumn(plain, 'v').values));
    expect(stringColumn(zipped, 'text').values).toEqual(stringColumn(plain, 'text').values);
  });

  it('reports progress with rows and bytes, ending with done', async () => {
    const rows = ['a,b'];
    for (let i = 0; i < 300_000; i++) rows.push(`${i},${i * 2}`);
    put(dir, 'progress.csv', rows.join('\n') + '\n');
    const calls: Progress[] = [];
    const table = await read('progress.csv', { progress: (p: Progress) => calls.push(p) });
    const last = calls[calls.length - 1];
    expect(last).toEqual({ file: 'progress.csv', rows: 300_000, bytes: expect.any(Number), done: true });
    expect(last.bytes).toBe(Buffer.byteLength(rows.join('\n') + '\n'));
    expect(calls.filter((c) => c.done)).toHaveLength(1);
    for (const call of calls.slice(0, -1)) expect(call.rows).toBeLessThanOrEqual(table.rowCount);
  });

  it('gives only the requested columns of records, up to maxRows', async () => {
    put(dir, 'records-select.csv', 'a,b,c\n1,2,3\n4,5,6\n7,8,9\n');
    const records = await collect(readRecords('records-select.csv', { cwd: dir, columns: ['c'], maxRows: 2 }));
    expect(records).toEqual([
      { record: { c: '3' }, line: 2 },
      { record: { c: '6' }, line: 3 },
    ]);
  });

  it('gives records one by one with their lines', async () => {
    put(dir, 'records.csv', 'a,b\n1,"x\ny"\n,z\n');
    const records = await collect(readRecords('records.csv', { cwd: dir }));
    expect(records).toEqual([
      { record: { a: '1', b: 'x\ny' }, line: 2 },
      { record: { a: null, b: 'z' }, line: 4 },
    ]);
  });
});

describe('CSV errors', () => {
  it.each([
    ['ragged.csv', 'a,b,c,d\n1,2,3,4\n1,2,3,4,5\n', 'ragged.csv:3: 5 fields, the header has 4', 3],
    ['short.csv', 'a,b\n1,2\n\n3\n', 'short.csv:4: 1 field, the header has 2', 4],
    ['dup.csv', 'a,b,a\n1,2,3\n', 'dup.csv:1: duplicate column name "a" (columns 1 and 3 of the header)', 1],
    ['empty-name.csv', 'a,,c\n1,2,3\n', 'empty-name.csv:1: column 2 of the header has an empty name', 1],
    ['unterminated.csv', 'a,b\n1,2\n3,"open\n4,5\n', 'unterminated.csv:3: unterminated quoted field: the quote opened here is never closed', 3],
    ['after-quote.csv', 'a,b\n1,"x"y\n', 'after-quote.csv:2: field 2: unexpected text after the closing quote (a quote inside a quoted field is written as "")', 2],
    ['utf8.csv', Buffer.concat([Buffer.from('a,b\n1,2\nx,'), Buffer.from([0xff, 0x41]), Buffer.from('\n')]), 'utf8.csv:3: invalid UTF-8 (byte 0xff); save the file as UTF-8', 3],
  ])('%s', async (name, content, message, line) => {
    put(dir, name, content);
    const err = await userError(read(name));
    expect(err.format()).toBe(message);
    expect(err.location).toMatchObject({ file: name, line });
  });

  it('with shortRow, reads a short record with its missing cells empty and reports it; a long record still fails', async () => {
    // Record 2 (line 3) has 2 of 3 fields and is read by the plain fast path; record 4 (line 5) has 1
    // and, quoted, is read by the tokenizer: both paths pad.
    put(dir, 'short-ok.csv', 'a,b,c\n1,x,3\n2,y\n4,z,6\n"5"\n7,w,9\n');
    const short: [number, number, number][] = [];
    const table = await read('short-ok.csv', { shortRow: (row: number, fields: number, line: number) => short.push([row, fields, line]) });
    expect(short).toEqual([
      [1, 2, 3],
      [3, 1, 5],
    ]);
    expect(table.rowCount).toBe(5);
    expect(cells(table.columns[0])).toEqual([1, 2, 4, 5, 7]);
    expect(cells(table.columns[1])).toEqual(['x', 'y', 'z', null, 'w']);
    expect(cells(table.columns[2])).toEqual([3, null, 6, null, 9]);
    expect(Array.from(table.rowLines!)).toEqual([2, 3, 4, 5, 6]);
    put(dir, 'long-short.csv', 'a,b\n1\n1,2,3\n');
    const err = await userError(read('long-short.csv', { shortRow: () => {} }));
    expect(err.format()).toBe('long-short.csv:3: 3 fields, the header has 2');
  });

  it('names the line of invalid UTF-8 far into a gzip file', async () => {
    const good = 'a,b\n' + '1,2\n'.repeat(400_000);
    put(dir, 'bad-utf8.csv.gz', Buffer.concat([Buffer.from(good), Buffer.from([0x31, 0x2c, 0xc3, 0x28, 0x0a])]));
    const err = await userError(read('bad-utf8.csv.gz'));
    expect(err.format()).toBe('bad-utf8.csv.gz:400002: invalid UTF-8 (byte 0xc3); save the file as UTF-8');
  });

  it('says UTF-16 files are UTF-16', async () => {
    put(dir, 'utf16.csv', Buffer.from('\uFEFFa,b\n1,2\n', 'utf16le'));
    const err = await userError(read('utf16.csv'));
    expect(err.format()).toBe('utf16.csv:1: invalid UTF-8 (byte 0xff); the file looks like UTF-16; save it as UTF-8');
  });

  it('rejects an empty file and an empty gzip file', async () => {
    put(dir, 'empty.csv', '');
    expect((await userError(read('empty.csv'))).format()).toBe('empty.csv: empty file');
    put(dir, 'empty.csv.gz', '');
    expect((await userError(read('empty.csv.gz'))).format()).toBe('empty.csv.gz: empty file: expected a header line');
    put(dir, 'blank.csv', '\n\n');
    expect((await userError(read('blank.csv'))).format()).toBe('blank.csv: empty file: expected a header line');
  });

  it('rejects a missing file and a directory, naming the path as written', async () => {
    expect((await userError(read('nope/missing.csv'))).format()).toBe('nope/missing.csv: file not found');
    put(dir, 'sub/x.csv', 'a\n1\n');
    expect((await userError(read('sub'))).format()).toBe('sub: is a directory, not a data file');
  });

  it('names an unknown requested column, lists the columns and suggests the closest', async () => {
    put(dir, 'people.csv', 'age,name\n1,a\n');
    const err = await userError(read('people.csv', { columns: ['agee'] }));
    expect(err.format()).toBe('people.csv: no column "agee"; columns are: age, name (did you mean "age"?)');
    const far = await userError(read('people.csv', { columns: ['zzzzzz'] }));
    expect(far.format()).toBe('people.csv: no column "zzzzzz"; columns are: age, name');
  });

  it('rejects a corrupt gzip file', async () => {
    writeFileSync(join(dir, 'corrupt.csv.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07]));
    const err = await userError(read('corrupt.csv.gz'));
    expect(err.format()).toMatch(/^corrupt\.csv\.gz: not a valid gzip file \(/);
  });
});
