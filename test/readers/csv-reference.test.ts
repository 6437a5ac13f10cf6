/**
 * The hand-written tokenizer against csv-parse, the reference: both must split
 * the same inputs into the same fields, however the input is cut into chunks.
 * csv-parse runs with the options that match the reader's documented rules
 * (BOM stripped, quotes inside unquoted fields allowed, empty lines skipped).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/readers/csv.js';
import { readTable } from '../../src/readers/index.js';
import { userError } from './helpers.js';
import { cellText } from '../../src/readers/text-column-builder.js';

async function* chunksOf(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function ours(bytes: Buffer, delimiter: string, chunkSize: number): Promise<string[][]> {
  const records: string[][] = [];
  for await (const tokenizer of tokenize(chunksOf(bytes, chunkSize), 'test.csv', () => delimiter.charCodeAt(0))) {
    for (;;) {
      const n = tokenizer.next();
      if (n < 0) break;
      const fields: string[] = [];
      for (let i = 0; i < n; i++) fields.push(cellText(tokenizer.buf, tokenizer.starts[i], tokenizer.ends[i], tokenizer.quoting[i]));
      records.push(fields);
    }
  }
  return records;
}

function reference(bytes: Buffer, delimiter: string): string[][] {
  return parse(bytes, { bom: true, relax_quotes: true, skip_empty_lines: true, relax_column_count: true, delimiter }) as string[][];
}

const TRICKY: [string, string, string][] = [
  ['embedded delimiters', 'a,b\n"1,2",3\n', ','],
  ['embedded quotes', 'a,b\n"say ""hi""",""""\n', ','],
  ['embedded LF', 'a,b\n"x\ny",z\n', ','],
  ['embedded CRLF with CRLF records', 'a,b\r\n"x\r\ny",z\r\n', ','],
  ['CR-only records', 'a,b\r1,2\r3,4\r', ','],
  ['empty fields and trailing delimiter', 'a,b,c\n,,\n1,,\n', ','],
  ['empty quoted fields', 'a,b\n"",""\n', ','],
  ['quote inside an unquoted field', 'a,b\n5"7,x""y\n', ','],
  ['spaces kept', 'a,b\n 1 , x \n', ','],
  ['BOM', '\uFEFFa,b\n1,2\n', ','],
  ['blank lines', '\na,b\n\n1,2\n\n3,4\n\n', ','],
  ['blank CRLF lines', '\r\na,b\r\n\r\n1,2\r\n\r\n', ','],
  ['no final line break', 'a,b\n1,2', ','],
  ['last field quoted at the end', 'a,b\n1,"2"', ','],
  ['multibyte text', 'ключ,値\n"é,ü","日本\n語"\n', ','],
  ['semicolons', 'a;b\n"1;2";3\n', ';'],
  ['tabs', 'a\tb\n"x\ty"\tz\n', '\t'],
  ['pipes', 'a|b\n1|"|"\n', '|'],
];

describe('tokenizer agrees with csv-parse', () => {
  it.each(TRICKY)('%s', async (_name, text, delimiter) => {
    const bytes = Buffer.from(text, 'utf8');
    const expected = reference(bytes, delimiter);
    for (const size of [1, 2, 3, 5, 7, 64, bytes.length]) {
      expect(await ours(bytes, delimiter, size), `chunks of ${size}`).toEqual(expected);
    }
  });

  it('on random records of awkward text, in random chunk sizes', async () => {
    const piece = fc.constantFrom('a', 'b', ' ', ',', ';', '"', '\n', '\r\n', 'é', '日', '1', '.', '-');
    const field = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
    const record = fc.array(field, { minLength: 2, maxLength: 5 });
    const quoteIfNeeded = (f: string) => (/[",;\r\n]/.test(f) || f === '' ? `"${f.replaceAll('"', '""')}"` : f);
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 40 }), fc.boolean(), async (records, size, crlf) => {
        const text = records.map((r) => r.map(quoteIfNeeded).join(',')).join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n');
        const bytes = Buffer.from(text, 'utf8');
        const expected = reference(bytes, ',');
        expect(expected).toEqual(records);
        expect(await ours(bytes, ',', size)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('both reject an unterminated quote', async () => {
    const bytes = Buffer.from('a,b\n1,"open\n', 'utf8');
    expect(() => reference(bytes, ',')).toThrow();
    await expect(ours(bytes, ',', 4)).rejects.toThrow('unterminated quoted field');
  });

  it('both reject text after a closing quote (csv-parse in its strict mode: relax_quotes would keep the raw text)', async () => {
    const bytes = Buffer.from('a,b\n"x"y,1\n', 'utf8');
    expect(() => parse(bytes, { bom: true })).toThrow('Invalid Closing Quote');
    await expect(ours(bytes, ',', 3)).rejects.toThrow('unexpected text after the closing quote');
  });
});

describe("the tokenizer's plain-decimal fast path", () => {
  it('gives Number() of every plain decimal it accepts, and declines the rest', async () => {
    const plainish = fc
      .tuple(fc.constantFrom('', '-', '+'), fc.stringMatching(/^[0-9]{0,18}$/), fc.option(fc.stringMatching(/^[0-9]{0,18}$/)), fc.boolean())
      .map(([sign, int, frac, exp]) => `${sign}${int}${frac === null ? '' : '.' + frac}${exp ? 'e1' : ''}`);
    await fc.assert(
      fc.asyncProperty(fc.array(plainish, { minLength: 1, maxLength: 20 }), async (texts) => {
        const bytes = Buffer.from('h\n' + texts.map((t) => (t === '' ? '""' : t)).join('\n') + '\n');
        let row = -1;
        for await (const tokenizer of tokenize(chunksOf(bytes, 64), 'test.csv', () => 44)) {
          for (;;) {
            const n = tokenizer.next();
            if (n < 0) break;
            if (row >= 0 && tokenizer.plain[0] === 1) {
              const text = texts[row];
              expect(/^-?[0-9]*\.?[0-9]*$/.test(text), text).toBe(true);
              expect(tokenizer.numbers[0]).toBe(Number(text));
            }
            row++;
          }
        }
        expect(row).toBe(texts.length);
      }),
      { numRuns: 1000 },
    );
  });
});

/**
 * The whole reader (readTable: the fast path for plain records,
 * csv-plain-records.ts, and the tokenizer for the rest) against csv-parse:
 * files mixing plain numeric records, quoted fields, CRLF, lone CR and blank
 * lines, large enough to cross chunk boundaries, read into the same cells.
 * Number columns hold Number() of each cell (null where empty); text columns
 * hold csv-parse's strings.
 */
describe('readTable agrees with csv-parse', () => {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-csv-reference-'));

  /** The table csv-parse's records make: `numeric` names the columns that must be numbers. */
  function expectedColumns(records: string[][], numeric: Set<number>): (number | string | null)[][] {
    const columns = records[0].map((): (number | string | null)[] => []);
    for (const r of records.slice(1)) r.forEach((cell, i) => columns[i].push(cell === '' ? null : numeric.has(i) ? Number(cell) : cell));
    return columns;
  }

  it('on a 3 MB file of mixed record kinds, whichever path reads each record', async () => {
    let s = 7;
    const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
    const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)];
    const numbers = ['0', '-0', '7', '-12.5', '0.001', '123456789012345', '1234567890123456789', '1e3', '-2.5E-2', '.5', '5.', '', '3.14159'];
    const texts = ['a', 'b c', 'x"y', '"q,uoted"', '"multi\nline"', '"say ""hi"""', 'é', '', 'sku12'];
    const lines = ['num1,txt,num2,late'];
    let late = 0;
    let size = 0;
    while (size < 3_000_000) {
      const kind = next();
      if (kind < 0.01) lines.push(''); // a blank line
      const lateCell = late++ < 40_000 ? String(late) : pick(['x', '7', 'y']);
      lines.push([pick(numbers), pick(texts), pick(numbers), lateCell].join(','));
      size += lines[lines.length - 1].length + 1;
    }
    const eol = ['\n', '\r\n', '\r'];
    let text = lines[0] + '\n';
    for (const line of lines.slice(1)) text += line + (next() < 0.97 ? '\n' : pick(eol));
    const bytes = Buffer.from(text, 'utf8');
    writeFileSync(join(dir, 'mixed.csv'), bytes);
    const records = parse(bytes, { bom: true, relax_quotes: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
    const table = await readTable('mixed.csv', { cwd: dir });
    expect(table.rowCount).toBe(records.length - 1);
    const expected = expectedColumns(records, new Set([0, 2]));
    expect(table.columns.map((c) => c.kind)).toEqual(['number', 'string', 'number', 'string']);
    table.columns.forEach((column, i) => {
      const got = column.kind === 'string' ? column.values : Array.from(column.values, (v, k) => (column.missing && column.missing[k] ? null : v));
      expect(got.length).toBe(expected[i].length);
      for (let k = 0; k < got.length; k++) if (!Object.is(got[k], expected[i][k])) expect([column.name, k, got[k]]).toEqual([column.name, k, expected[i][k]]);
    });
  });

  it('fails a record with too many or too few fields with the line, as the tokenizer does', async () => {
    const body = Array.from({ length: 5000 }, (_, i) => `${i},${i / 2}`);
    for (const [bad, message] of [['1,2,3', '3 fields, the header has 2'], ['1', '1 field, the header has 2']] as const) {
      writeFileSync(join(dir, 'ragged.csv'), ['a,b', ...body, bad, ...body].join('\n') + '\n');
      const err = await userError(readTable('ragged.csv', { cwd: dir }));
      expect(err.format()).toBe(`ragged.csv:5002: ${message}`);
    }
  });
});
