import { describe, expect, it } from 'vitest';
import type { Progress } from '../../src/core/gate.js';
import { readRecords, readTable } from '../../src/readers/index.js';
import { cells, collect, numberColumn, put, scratchDir, stringColumn, userError } from './helpers.js';

const dir = scratchDir();
const read = (name: string, options = {}) => readTable(name, { cwd: dir, ...options });

describe('JSON Lines', () => {
  it('reads objects into typed columns, keys in first-seen order, absent keys missing', async () => {
    put(dir, 'a.jsonl', '{"id":1,"score":0.5,"ok":true}\n\n{"id":2,"label":"x","ok":false}\r\n{"id":3,"score":null,"tags":[1,2],"meta":{"k":"v"}}\n');
    const table = await read('a.jsonl');
    expect(table.columns.map((c) => c.name)).toEqual(['id', 'score', 'ok', 'label', 'tags', 'meta']);
    expect(table.rowCount).toBe(3);
    expect(cells(numberColumn(table, 'id'))).toEqual([1, 2, 3]);
    expect(cells(numberColumn(table, 'score'))).toEqual([0.5, null, null]);
    expect(stringColumn(table, 'ok').values).toEqual(['true', 'false', null]);
    expect(stringColumn(table, 'label').values).toEqual([null, 'x', null]);
    expect(stringColumn(table, 'tags').values).toEqual([null, null, '[1,2]']);
    expect(stringColumn(table, 'meta').values).toEqual([null, null, '{"k":"v"}']);
    expect(Array.from(table.rowLines!)).toEqual([1, 3, 4]);
  });

  it('types numeric text as numbers, as in CSV, and keeps the text on request', async () => {
    put(dir, 'text-numbers.jsonl', '{"v":"1.50"}\n{"v":2}\n{"v":"NaN"}\n');
    const table = await read('text-numbers.jsonl', { keepText: true });
    const v = numberColumn(table, 'v');
    expect(cells(v)).toEqual([1.5, 2, null]);
    expect(v.text).toEqual(['1.50', '2', 'NaN']);
  });

  it('reads .ndjson and gzip, with a BOM and no final line break', async () => {
    put(dir, 'b.ndjson.gz', '\uFEFF{"a":1}\n{"a":2}');
    const table = await read('b.ndjson.gz');
    expect(cells(numberColumn(table, 'a'))).toEqual([1, 2]);
  });

  it('materialises only the requested columns and honours maxRows', async () => {
    put(dir, 'c.jsonl', '{"a":1,"b":"x"}\n{"a":2,"b":"y"}\n{"a":3,"b":"z"}\n');
    const table = await read('c.jsonl', { columns: ['b'], maxRows: 2 });
    expect(table.columns.map((c) => c.name)).toEqual(['b']);
    expect(stringColumn(table, 'b').values).toEqual(['x', 'y']);
  });

  it('gives records with their lines', async () => {
    put(dir, 'd.jsonl', '{"a":1}\n\n{"a":null,"b":[1]}\n');
    expect(await collect(readRecords('d.jsonl', { cwd: dir }))).toEqual([
      { record: { a: 1 }, line: 1 },
      { record: { a: null, b: [1] }, line: 3 },
    ]);
  });

  it('reports progress ending with done', async () => {
    put(dir, 'e.jsonl', '{"a":1}\n{"a":2}\n');
    const calls: Progress[] = [];
    await read('e.jsonl', { progress: (p: Progress) => calls.push(p) });
    expect(calls).toEqual([{ file: 'e.jsonl', rows: 2, bytes: 16, done: true }]);
  });

  it.each([
    ['bad.jsonl', '{"a":1}\n{"a":2,}\n', /^bad\.jsonl:2: malformed JSON: Expected double-quoted property name$/, 2],
    ['array-line.jsonl', '{"a":1}\n\n[1,2]\n', /^array-line\.jsonl:3: expected a JSON object on each line, found an array$/, 3],
    ['scalar-line.jsonl', '"text"\n', /^scalar-line\.jsonl:1: expected a JSON object on each line, found a string$/, 1],
    ['utf8.jsonl', Buffer.concat([Buffer.from('{"a":1}\n{"a":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}\n')]), /^utf8\.jsonl:2: invalid UTF-8 \(byte 0xc0\)/, 2],
  ])('rejects %s naming the line', async (name, content, message, line) => {
    put(dir, name, content);
    const err = await userError(read(name));
    expect(err.format()).toMatch(message);
    expect(err.location).toMatchObject({ file: name, line });
  });

  it('rejects a file with no objects and names an unknown column', async () => {
    put(dir, 'blank.jsonl', '\n \n');
    expect((await userError(read('blank.jsonl'))).format()).toBe('blank.jsonl: empty file: no JSON objects');
    put(dir, 'cols.jsonl', '{"age":1}\n');
    expect((await userError(read('cols.jsonl', { columns: ['agee'] }))).format()).toBe('cols.jsonl: no column "agee"; columns are: age (did you mean "age"?)');
  });
});

describe('JSON arrays of objects', () => {
  it('reads an array of objects, streamed, with rowLines null', async () => {
    put(dir, 'a.json', '[\n  {"id": 1, "name": "a, \\"b\\" }", "nested": {"x": [1, {"y": "]"}]}},\n  {"id": 2, "name": null}\n]\n');
    const table = await read('a.json');
    expect(table.rowCount).toBe(2);
    expect(table.rowLines).toBeNull();
    expect(cells(numberColumn(table, 'id'))).toEqual([1, 2]);
    expect(stringColumn(table, 'name').values).toEqual(['a, "b" }', null]);
    expect(stringColumn(table, 'nested').values).toEqual(['{"x":[1,{"y":"]"}]}', null]);
  });

  it('reads an empty array as 0 rows, and gzip', async () => {
    put(dir, 'empty-array.json', ' [ ] ');
    expect((await read('empty-array.json')).rowCount).toBe(0);
    put(dir, 'z.json.gz', '[{"a":1},{"a":2}]');
    expect(cells(numberColumn(await read('z.json.gz'), 'a'))).toEqual([1, 2]);
  });

  it('reads a large array across many chunks', async () => {
    const items = Array.from({ length: 50_000 }, (_, i) => JSON.stringify({ i, s: `row ${i} {[",]}` }));
    put(dir, 'big.json.gz', '[\n' + items.join(',\n') + '\n]');
    const table = await read('big.json.gz');
    expect(table.rowCount).toBe(50_000);
    expect(stringColumn(table, 's').values[49_999]).toBe('row 49999 {[",]}');
    expect(numberColumn(table, 'i').values[12_345]).toBe(12_345);
  });

  it('gives records with the line each object starts on', async () => {
    put(dir, 'r.json', '[\n{"a":1},\n{"a":\n2}\n]');
    expect(await collect(readRecords('r.json', { cwd: dir }))).toEqual([
      { record: { a: 1 }, line: 2 },
      { record: { a: 2 }, line: 3 },
    ]);
  });

  it.each([
    ['object.json', '{"a": 1}', 'object.json:1: expected a JSON array of objects, found an object (for one object per line, name the file .jsonl)'],
    ['numbers.json', '[\n1, 2]', 'numbers.json:2: expected an object as each element of the array, found a number'],
    ['mixed.json', '[{"a":1},\n"x"]', 'mixed.json:2: expected an object as each element of the array, found a string'],
    ['trailing.json', '[{"a":1},\n]', 'trailing.json:2: a comma before "]" (trailing commas are not JSON)'],
    ['nocomma.json', '[{"a":1}\n{"a":2}]', 'nocomma.json:2: missing "," between two objects of the array'],
    ['open.json', '[{"a":1},\n{"a":2', 'open.json:2: unterminated JSON object: the file ends inside it'],
    ['unclosed.json', '[{"a":1}\n', 'unclosed.json:2: unterminated JSON array: "]" is missing at the end'],
    ['after.json', '[{"a":1}] x', 'after.json:1: unexpected text after the end of the JSON array'],
  ])('rejects %s', async (name, content, message) => {
    put(dir, name, content);
    expect((await userError(read(name))).format()).toBe(message);
  });

  it('names the line inside an object where its JSON is malformed, without quoting the object', async () => {
    put(dir, 'malformed.json', '[\n{"a": 1},\n{"a": 2,\n "b": 3,}\n]');
    const err = await userError(read('malformed.json'));
    expect(err.format()).toBe('malformed.json:4: malformed JSON: Expected double-quoted property name');
    put(dir, 'malformed2.json', '[{"a": 2,\n "b": tru}]');
    const err2 = await userError(read('malformed2.json'));
    expect(err2.format()).toBe("malformed2.json:1: malformed JSON: Unexpected token '}'");
  });
});
