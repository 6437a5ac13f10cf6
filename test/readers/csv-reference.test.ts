/**
 * The hand-written tokenizer against csv-parse, the reference: both must split
 * the same inputs into the same fields, however the input is cut into chunks.
 * csv-parse runs with the options that match the reader's documented rules
 * (BOM stripped, quotes inside unquoted fields allowed, empty lines skipped).
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/readers/csv.js';
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
