// Reading a CSV in two parts (src/readers/csv-split.ts) must give exactly
// the table, or the error, of the one-thread read. The second part runs in
// this thread here (through structured clone, as postMessage would carry it)
// and files are cut from 1 byte up, so small files exercise every path.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import type { Table } from '../../src/core/table.js';
import { readCsvTable } from '../../src/readers/csv.js';
import { csvPartTask, planCsvSplit, readCsvTableSplit, type CsvPartRequest, type PackedTable } from '../../src/readers/csv-split.js';
import type { ReadOptions } from '../../src/readers/options.js';
import { openSource } from '../../src/readers/source.js';
import { put, scratchDir } from './helpers.js';

const dir = scratchDir();

/** The second part read here, its result carried through structured clone with its buffers transferred. */
async function here(req: CsvPartRequest): Promise<{ packed: PackedTable; lines: number }> {
  const cloned = structuredClone(req);
  const { value, transfer } = await csvPartTask(cloned);
  return structuredClone(value, { transfer }) as { packed: PackedTable; lines: number };
}

async function both(name: string, content: string, options: ReadOptions = {}) {
  put(dir, name, content);
  const source = await openSource(name, { cwd: dir, ...options });
  const reasons: string[] = [];
  const split = await readCsvTableSplit(source, options, { runSecond: here, minBytes: 1, onWhole: (r) => reasons.push(r) }).catch((e: unknown) => e);
  const whole = await readCsvTable(source, options).catch((e: unknown) => e);
  return { split, whole, reasons };
}

/** Rows of numbers and repeated text, with a few missing cells. */
function sampleCsv(rows: number, eol = '\n'): string {
  const lines = ['id,x,city,flag'];
  for (let i = 0; i < rows; i++) lines.push(`${i},${i % 7 === 0 ? '' : ((i * 37) % 101) / 10},${['oslo', 'rome', 'lima'][i % 3]},${i % 5 === 0 ? '' : 'y'}`);
  return lines.join(eol) + eol;
}

describe('reading a CSV in two parts', () => {
  it('joins the halves into the one-thread table: types, missing cells, row lines', async () => {
    const { split, whole, reasons } = await both('plain.csv', sampleCsv(1000));
    expect(reasons).toEqual([]);
    expect(split).toEqual(whole);
    const t = split as Table;
    expect(t.rowCount).toBe(1000);
    expect(t.rowLines![999]).toBe(1001);
    expect(t.columns.map((c) => c.kind)).toEqual(['number', 'number', 'string', 'string']);
  });

  it('the same with CRLF, a BOM, no final line break, a TSV, a column subset, kept text and blank lines', async () => {
    const cases: [string, string, ReadOptions][] = [
      ['crlf.csv', sampleCsv(500, '\r\n'), {}],
      ['bom.csv', `\ufeff${sampleCsv(500)}`, {}],
      ['no-eol.csv', sampleCsv(500).trimEnd(), {}],
      ['tabs.tsv', sampleCsv(500).replaceAll(',', '\t'), {}],
      ['subset.csv', sampleCsv(500), { columns: ['city', 'x'] }],
      ['text.csv', sampleCsv(500), { keepText: true }],
      ['blank.csv', sampleCsv(500).replaceAll('\n2', '\n\n\n2'), {}],
    ];
    for (const [name, content, options] of cases) {
      const { split, whole, reasons } = await both(name, content, options);
      expect(reasons, name).toEqual([]);
      expect(split, name).toEqual(whole);
    }
  });

  it('a text column whose second part starts with numbers gets their text from that part', async () => {
    const lines = ['a,b'];
    for (let i = 0; i < 1000; i++) lines.push(`${i},${i === 10 || i === 900 ? 'n/a' : i / 4}`);
    const { split, whole, reasons } = await both('late-text.csv', `${lines.join('\n')}\n`);
    expect(reasons).toEqual([]);
    expect(split).toEqual(whole);
    expect((split as Table).columns[1].kind).toBe('string');
  });

  it('a column empty in the first part and text in the second joins as text', async () => {
    const lines = ['a,b'];
    for (let i = 0; i < 1000; i++) lines.push(`${i},${i > 700 ? 'z' : ''}`);
    const { split, whole, reasons } = await both('empty-then-text.csv', `${lines.join('\n')}\n`);
    expect(reasons).toEqual([]);
    expect(split).toEqual(whole);
  });

  it('numbers in the first part and text in the second: read again whole, same table', async () => {
    const lines = ['a,b'];
    for (let i = 0; i < 1000; i++) lines.push(`${i},${i > 700 ? 'z' : i}`);
    const { split, whole, reasons } = await both('numbers-then-text.csv', `${lines.join('\n')}\n`);
    expect(reasons).toEqual(['a column is numbers in one part and text in the other']);
    expect(split).toEqual(whole);
  });

  it('a cut inside a quoted field spanning lines: read again whole, same table', async () => {
    const body = Array.from({ length: 400 }, (_, i) => `line ${i}`).join('\n');
    const content = `a,note\n1,x\n2,"${body}"\n3,y\n`;
    const source = await openSource((put(dir, 'quoted.csv', content), 'quoted.csv'), { cwd: dir });
    const plan = await planCsvSplit(source, {}, 1);
    expect(plan).not.toBeNull();
    expect(plan!.second.start).toBeGreaterThan(content.indexOf('"')); // the cut is inside the quotes
    const { split, whole, reasons } = await both('quoted.csv', content);
    expect(reasons[0]).toMatch(/^the first part failed/);
    expect(split).toEqual(whole);
    expect((split as Table).rowCount).toBe(3);
  });

  it('an error in either part is the one-thread read’s error, with its line', async () => {
    const good = sampleCsv(1000).split('\n');
    for (const at of [100, 900]) {
      const lines = [...good];
      lines[at] = '1,2,3';
      const { split, whole } = await both(`ragged-${at}.csv`, lines.join('\n'));
      expect(whole).toBeInstanceOf(UserError);
      expect(split).toBeInstanceOf(UserError);
      expect((split as UserError).format()).toBe((whole as UserError).format());
      expect((split as UserError).location.line).toBe(at + 1);
    }
  });

  it('invalid UTF-8 in the second part is reported with its line, as in one thread', async () => {
    const text = sampleCsv(1000);
    const at = text.indexOf('\n900,');
    const bytes = Buffer.concat([Buffer.from(text.slice(0, at + 1)), Buffer.from([0x39, 0x39, 0x39, 0x2c, 0xff, 0x2c, 0x6f, 0x2c, 0x79, 0x0a]), Buffer.from(text.slice(at + 1))]);
    put(dir, 'bad-utf8.csv', bytes);
    const source = await openSource('bad-utf8.csv', { cwd: dir });
    const split = await readCsvTableSplit(source, {}, { runSecond: here, minBytes: 1 }).catch((e: unknown) => e);
    const whole = await readCsvTable(source, {}).catch((e: unknown) => e);
    expect(split).toBeInstanceOf(UserError);
    expect((split as UserError).format()).toBe((whole as UserError).format());
  });

  it('reports progress done once, with every row', async () => {
    put(dir, 'progress.csv', sampleCsv(1000));
    const source = await openSource('progress.csv', { cwd: dir });
    const done: number[] = [];
    await readCsvTableSplit(source, { progress: (p) => p.done && done.push(p.rows) }, { runSecond: here, minBytes: 1 });
    expect(done).toEqual([1000]);
  });

  it('does not cut gzip files, small files, or reads limited to some rows', async () => {
    put(dir, 'z.csv.gz', sampleCsv(1000));
    put(dir, 'small.csv', sampleCsv(10));
    expect(await planCsvSplit(await openSource('z.csv.gz', { cwd: dir }), {}, 1)).toBeNull();
    expect(await planCsvSplit(await openSource('small.csv', { cwd: dir }), {})).toBeNull();
    expect(await planCsvSplit(await openSource('small.csv', { cwd: dir }), { maxRows: 5 }, 1)).toBeNull();
    expect(await planCsvSplit(await openSource('small.csv', { cwd: dir }), {}, 1)).not.toBeNull();
  });

  it('without a second thread (from source) reads the file whole', async () => {
    put(dir, 'alone.csv', sampleCsv(100));
    const source = await openSource('alone.csv', { cwd: dir });
    const reasons: string[] = [];
    const t = await readCsvTableSplit(source, {}, { minBytes: 1, onWhole: (r) => reasons.push(r) });
    expect(reasons).toEqual(['no second thread']);
    expect(t).toEqual(await readCsvTable(source, {}));
  });
});
