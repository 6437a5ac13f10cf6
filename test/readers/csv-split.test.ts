// Cutting a CSV in two (src/readers/csv-split.ts) and reading each part on
// its own (readCsvPartUnchecked in csv.ts): joined, the parts must be
// exactly the one-thread table, rows, types and line numbers included, and
// a cut that is not a record boundary must make the first part fail (which
// sends its caller back to a whole-file read). Files are cut from 1 byte up,
// so small files exercise every path.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import type { Column, Table } from '../../src/core/table.js';
import { readCsvPartUnchecked, readCsvTable } from '../../src/readers/csv.js';
import { planCsvSplit } from '../../src/readers/csv-split.js';
import type { ReadOptions } from '../../src/readers/options.js';
import { openSource } from '../../src/readers/source.js';
import { put, scratchDir } from './helpers.js';

const dir = scratchDir();

function joinColumns(a: Column, b: Column): Column {
  if (a.kind === 'number' && b.kind === 'number') {
    const missing = a.missing || b.missing ? Uint8Array.from([...(a.missing ?? new Uint8Array(a.values.length)), ...(b.missing ?? new Uint8Array(b.values.length))]) : null;
    const c: Column = { kind: 'number', name: a.name, values: Float64Array.from([...a.values, ...b.values]), missing };
    if (a.text && b.text) c.text = [...a.text, ...b.text];
    return c;
  }
  if (a.kind === 'string' && b.kind === 'string') return { kind: 'string', name: a.name, values: [...a.values, ...b.values] };
  throw new Error(`column ${a.name}: ${a.kind} in the first part, ${b.kind} in the second`);
}

/** Both parts read here and joined, the second part's lines numbered after the first's. */
async function readInParts(name: string, content: string | Buffer, options: ReadOptions = {}, share = 0.5) {
  put(dir, name, content);
  const source = await openSource(name, { cwd: dir, ...options });
  const split = await planCsvSplit(source, options, 1, share);
  expect(split, `${name} is cut`).not.toBeNull();
  const first = await readCsvPartUnchecked(source, options, split!.first);
  const second = await readCsvPartUnchecked(source, options, split!.second);
  const a = first.table;
  const b = second.table;
  const joined: Table = {
    source: a.source,
    rowCount: a.rowCount + b.rowCount,
    rowLines: Int32Array.from([...a.rowLines!, ...[...b.rowLines!].map((l) => l + first.lines)]),
    columns: a.columns.map((c, i) => joinColumns(c, b.columns[i])),
  };
  return { joined, whole: await readCsvTable(source, options), split: split!, second: b };
}

/** Rows of numbers and repeated text, with a few missing cells. */
function sampleCsv(rows: number, eol = '\n'): string {
  const lines = ['id,x,city,flag'];
  for (let i = 0; i < rows; i++) lines.push(`${i},${i % 7 === 0 ? '' : ((i * 37) % 101) / 10},${['oslo', 'rome', 'lima'][i % 3]},${i % 5 === 0 ? '' : 'y'}`);
  return lines.join(eol) + eol;
}

describe('reading a CSV in two parts', () => {
  it('the joined parts are the one-thread table: types, missing cells, row lines', async () => {
    const { joined, whole, second } = await readInParts('plain.csv', sampleCsv(1000));
    expect(second.rowCount).toBeGreaterThan(400);
    expect(joined).toEqual(whole);
    expect(joined.rowLines![999]).toBe(1001);
  });

  it('the same with CRLF, a BOM, no final line break, a TSV, a column subset, kept text, blank lines and other shares', async () => {
    const cases: [string, string, ReadOptions, number][] = [
      ['crlf.csv', sampleCsv(500, '\r\n'), {}, 0.5],
      ['bom.csv', `\ufeff${sampleCsv(500)}`, {}, 0.5],
      ['no-eol.csv', sampleCsv(500).trimEnd(), {}, 0.5],
      ['tabs.tsv', sampleCsv(500).replaceAll(',', '\t'), {}, 0.5],
      ['subset.csv', sampleCsv(500), { columns: ['city', 'x'] }, 0.5],
      ['text.csv', sampleCsv(500), { keepText: true }, 0.5],
      ['blank.csv', sampleCsv(500).replaceAll('\n2', '\n\n\n2'), {}, 0.5],
      ['share-low.csv', sampleCsv(500), {}, 0.1],
      ['share-high.csv', sampleCsv(500), {}, 0.9],
    ];
    for (const [name, content, options, share] of cases) {
      const { joined, whole } = await readInParts(name, content, options, share);
      expect(joined, name).toEqual(whole);
    }
  });

  it('the share moves the cut', async () => {
    put(dir, 'share.csv', sampleCsv(1000));
    const source = await openSource('share.csv', { cwd: dir });
    const at = async (share: number) => (await planCsvSplit(source, {}, 1, share))!.second.start;
    expect(await at(0.25)).toBeLessThan(await at(0.5));
    expect(await at(0.5)).toBeLessThan(await at(0.75));
    expect(Math.abs((await at(0.55)) - 0.55 * source.size)).toBeLessThan(40); // the next line break
  });

  it('a text column whose second part starts with numbers gets their text from that part', async () => {
    const lines = ['a,b'];
    for (let i = 0; i < 1000; i++) lines.push(`${i},${i === 10 || i === 900 ? 'n/a' : i / 4}`);
    const { joined, whole } = await readInParts('late-text.csv', `${lines.join('\n')}\n`);
    expect(joined).toEqual(whole);
    expect(joined.columns[1].kind).toBe('string');
  });

  it('a cut inside a quoted field spanning lines makes the first part fail', async () => {
    const body = Array.from({ length: 400 }, (_, i) => `line ${i}`).join('\n');
    const content = `a,note\n1,x\n2,"${body}"\n3,y\n`;
    put(dir, 'quoted.csv', content);
    const source = await openSource('quoted.csv', { cwd: dir });
    const split = await planCsvSplit(source, {}, 1);
    expect(split!.second.start).toBeGreaterThan(content.indexOf('"')); // inside the quotes
    const err = await readCsvPartUnchecked(source, {}, split!.first).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(/unterminated quoted field/);
  });

  it('does not cut gzip files, small files, reads limited to some rows, or a header the whole read should report', async () => {
    put(dir, 'z.csv.gz', sampleCsv(1000));
    put(dir, 'small.csv', sampleCsv(10));
    put(dir, 'dup.csv', sampleCsv(1000).replace('id,x', 'id,id'));
    expect(await planCsvSplit(await openSource('z.csv.gz', { cwd: dir }), {}, 1)).toBeNull();
    expect(await planCsvSplit(await openSource('small.csv', { cwd: dir }), {})).toBeNull();
    expect(await planCsvSplit(await openSource('small.csv', { cwd: dir }), { maxRows: 5 }, 1)).toBeNull();
    expect(await planCsvSplit(await openSource('dup.csv', { cwd: dir }), {}, 1)).toBeNull();
    expect(await planCsvSplit(await openSource('small.csv', { cwd: dir }), { columns: ['nope'] }, 1)).toBeNull();
    expect(await planCsvSplit(await openSource('small.csv', { cwd: dir }), {}, 1)).not.toBeNull();
  });
});
