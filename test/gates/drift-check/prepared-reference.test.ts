/**
 * The reference prepared ahead of the current file (prepared-reference.ts)
 * and read beside it (reference-worker.ts): the evaluation must be the same
 * as from the Table itself, a column's preparation error surfaces only when
 * the column is compared, numbers move between threads without a copy, and
 * both ways of reading (in this thread, in a worker) give the reference.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import type { Column, Table } from '../../../src/core/table.js';
import { columnSample } from '../../../src/gates/drift-check/column-sample.js';
import { evaluateDrift } from '../../../src/gates/drift-check/evaluate.js';
import { DEFAULT_OPTIONS, type DriftOptions } from '../../../src/gates/drift-check/options.js';
import { mergeSamples, prepareReference, preparedSource, transferList } from '../../../src/gates/drift-check/prepared-reference.js';
import { startReference, type ReferenceRequest } from '../../../src/gates/drift-check/reference-worker.js';
import { sampleRows } from '../../../src/gates/drift-check/sample-rows.js';
import { bundleUrl } from '../../../src/parallel/bundle-url.js';
import { readTable } from '../../../src/readers/index.js';
import { asDictionary, withDictionaries } from '../../support/dictionary-column.js';

const num = (name: string, values: number[], missing?: number[]): Column => ({
  kind: 'number',
  name,
  values: Float64Array.from(values),
  missing: missing ? Uint8Array.from(values, (_, i) => (missing.includes(i) ? 1 : 0)) : null,
});
const str = (name: string, values: (string | null)[]): Column => ({ kind: 'string', name, values });
const table = (source: string, columns: Column[]): Table => ({ source, columns, rowCount: columns[0].values.length, rowLines: null });
const opts = (o: Partial<DriftOptions> = {}): DriftOptions => ({ ...DEFAULT_OPTIONS, minSamples: 1, ...o });
const wave = (n: number, shift: number) => Array.from({ length: n }, (_, i) => shift + ((i * 0.6180339887498949) % 1) * 10);

function referenceTable(): Table {
  const n = 600;
  const x = wave(n, 0);
  x[3] = NaN;
  x[10] = Infinity;
  return table('ref.csv', [
    num('x', x),
    num('gaps', wave(n, 1), [0, 5, 99]),
    num('code', Array.from({ length: n }, (_, i) => i % 7)),
    num('mixed', Array.from({ length: n }, (_, i) => i % 4)),
    str('city', Array.from({ length: n }, (_, i) => (i % 11 === 0 ? null : ['oslo', 'rome', 'lima'][i % 3]))),
  ]);
}
function currentTable(): Table {
  const n = 500;
  return table('cur.csv', [
    num('x', wave(n, 0.7)),
    num('gaps', wave(n, 1.2), [7]),
    num('code', Array.from({ length: n }, (_, i) => (i * 3) % 7)),
    str('mixed', Array.from({ length: n }, (_, i) => (i % 5 === 0 ? 'n/a' : String(i % 4)))),
    str('city', Array.from({ length: n }, (_, i) => ['oslo', 'rome', 'lima', 'kyiv'][i % 4])),
  ]);
}

describe('a prepared reference evaluates as the table itself', () => {
  const options = opts({ columnTypes: { code: 'categorical' }, histograms: 5 });
  it('without sampling, including a number column the current file holds as text', () => {
    const expected = evaluateDrift(referenceTable(), currentTable(), options);
    const prepared = prepareReference(referenceTable(), { columnTypes: options.columnTypes, skip: [], consume: true });
    const got = evaluateDrift(preparedSource(prepared), currentTable(), options);
    expect(got).toEqual(expected);
    expect(got.columns.find((c) => c.name === 'mixed')?.type).toBe('categorical');
    expect(got.columns.find((c) => c.name === 'code')?.type).toBe('categorical');
  });
  it('with sampled rows', () => {
    const rows = sampleRows(600, 250, 3)!;
    const expected = evaluateDrift(referenceTable(), currentTable(), options, { reference: rows });
    const prepared = prepareReference(referenceTable(), { columnTypes: options.columnTypes, skip: [], rows, consume: true });
    expect(prepared.rowCount).toBe(250);
    expect(prepared.tableRows).toBe(600);
    expect(evaluateDrift(preparedSource(prepared), currentTable(), options)).toEqual(expected);
  });
  it('leaves out skipped columns, and excluding them keeps the result', () => {
    const prepared = prepareReference(referenceTable(), { columnTypes: {}, skip: ['city'] });
    expect(prepared.columns.find((c) => c.name === 'city')?.sample).toBeUndefined();
    const o = opts({ exclude: ['city'] });
    expect(evaluateDrift(preparedSource(prepared), currentTable(), o)).toEqual(evaluateDrift(referenceTable(), currentTable(), o));
  });
});

describe('consuming a number column', () => {
  it('gives the same sample as a copy, in the column’s own array', () => {
    for (const rows of [undefined, Uint32Array.from([0, 2, 3, 5, 9, 10, 40, 99, 300])]) {
      const copy = columnSample(referenceTable().columns[1], 'numerical', 'ref.csv', rows);
      const column = referenceTable().columns[1];
      const owned = columnSample(column, 'numerical', 'ref.csv', rows, true);
      expect(owned).toEqual(copy);
      expect(owned.type === 'numerical' && owned.values.buffer).toBe((column.values as Float64Array).buffer);
    }
  });
});

describe('preparation errors wait until the column is compared', () => {
  const bad = () => table('ref.csv', [num('x', wave(50, 0)), str('size', Array.from({ length: 50 }, (_, i) => (i === 7 ? 'huge' : String(i))))]);
  it('a text column declared numerical holding a word', () => {
    const prepared = prepareReference(bad(), { columnTypes: { size: 'numerical' }, skip: [] });
    const source = preparedSource(prepared);
    expect(() => source.columns[1].sample('numerical')).toThrow(UserError);
    expect(() => source.columns[1].sample('numerical')).toThrow(/row 8 holds "huge"/);
    // Not compared: no error.
    const cur = table('cur.csv', [num('x', wave(40, 1))]);
    expect(evaluateDrift(source, cur, opts({ columnTypes: { size: 'numerical' } })).columns.map((c) => c.name)).toEqual(['x']);
    // Compared: the same error as from the table.
    const cur2 = table('cur.csv', [num('x', wave(40, 1)), str('size', Array.from({ length: 40 }, (_, i) => String(i)))]);
    const o = opts({ columnTypes: { size: 'numerical' } });
    let fromTable: unknown;
    try {
      evaluateDrift(bad(), cur2, o);
    } catch (e) {
      fromTable = e;
    }
    expect(fromTable).toBeInstanceOf(UserError);
    expect(() => evaluateDrift(source, cur2, o)).toThrow((fromTable as UserError).message);
  });
});

describe('moving a prepared reference between threads', () => {
  it('transfers the number arrays instead of copying them', () => {
    const prepared = prepareReference(referenceTable(), { columnTypes: {}, skip: [] });
    const buffers = transferList(prepared);
    expect(buffers.length).toBe(4); // x, gaps, code, mixed; city is counts
    const before = evaluateDrift(preparedSource(prepared), currentTable(), opts());
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(prepared, buffers);
    expect(buffers.every((b) => b.byteLength === 0)).toBe(true); // detached here
    const arrived = receiveMessageOnPort(port2)!.message;
    port1.close();
    expect(evaluateDrift(preparedSource(arrived), currentTable(), opts())).toEqual(before);
  });
});

describe('reading the reference', () => {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-drift-prepared-'));
  const csv = ['x,city', ...Array.from({ length: 300 }, (_, i) => `${((i * 37) % 101) / 10},${['oslo', 'rome'][i % 2]}`)].join('\n');
  writeFileSync(join(dir, 'ref.csv'), `${csv}\n`);
  const request: ReferenceRequest = { path: 'ref.csv', cwd: dir, columnTypes: {}, skip: [], seed: 0 };

  it('from source there is no bundle, so it is read in this thread', async () => {
    expect(bundleUrl()).toBeUndefined();
    const got = await startReference(request, undefined);
    const expected = prepareReference(await readTable('ref.csv', { cwd: dir }), { columnTypes: {}, skip: [] });
    expect(got).toEqual(expected);
  });
  it('in this thread, a missing file is the reader’s UserError', async () => {
    await expect(startReference({ ...request, path: 'nope.csv' }, undefined)).rejects.toBeInstanceOf(UserError);
  });

  // A stand-in bundle: the worker plumbing (start, progress, transfer, errors) without the built dist.
  const fake = join(dir, 'index.js');
  writeFileSync(
    fake,
    `import { parentPort, workerData } from 'node:worker_threads';
export async function modelgateWorker() {
  const { task, data } = workerData;
  if (task !== 'drift-reference') throw new Error('unexpected task ' + task);
  if (data.path === 'user-error.csv') return parentPort.postMessage({ failed: { user: true, message: 'not a CSV', file: 'user-error.csv', line: 3 } });
  if (data.path === 'crash.csv') throw new Error('boom');
  parentPort.postMessage({ progress: { file: data.path, rows: 2, bytes: 10, done: true } });
  const values = Float64Array.from([1, 2]);
  const prepared = { source: data.path, tableRows: 2, rowCount: 2, columns: [{ name: 'x', kind: 'number', sample: { type: 'numerical', values, rows: 2, missing: 0 } }] };
  parentPort.postMessage({ done: prepared }, [values.buffer]);
}
`,
  );
  const url = pathToFileURL(fake).href;

  it('in a worker: progress is forwarded and the result arrives', async () => {
    const seen: number[] = [];
    const got = await startReference(request, url, (p) => seen.push(p.rows));
    expect(seen).toEqual([2]);
    expect(got.source).toBe('ref.csv');
    expect(got.columns[0].sample).toEqual({ type: 'numerical', values: Float64Array.from([1, 2]), rows: 2, missing: 0 });
  });
  it('in a worker: a UserError comes back as one, with its location', async () => {
    const err = await startReference({ ...request, path: 'user-error.csv' }, url).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).format()).toBe('user-error.csv:3: not a CSV');
  });
  it('in a worker: a crash is an internal error naming the worker', async () => {
    await expect(startReference({ ...request, path: 'crash.csv' }, url)).rejects.toThrow(/drift-reference worker.*boom/s);
  });
});

describe('a column prepared in two halves (current-in-parts.ts)', () => {
  const options = { columnTypes: {}, skip: [] };
  const c = str('c', Array.from({ length: 401 }, (_, i) => (i % 11 === 0 ? null : ['b', 'a', 'c', 'd'][(i * i) % 4])));
  const x = num('x', Array.from({ length: 401 }, (_, i) => [3, -1, 0.5, 3, 7, NaN, 2][i % 7] + (i % 3 === 0 ? 0 : i / 1000)), [4, 100, 399]);
  const part = (col: Column, from: number, to: number): Column =>
    col.kind === 'number' ? { ...col, values: col.values.slice(from, to), missing: col.missing ? col.missing.slice(from, to) : null } : { ...col, values: col.values.slice(from, to) };
  const sampleOf = (col: Column) => prepareReference(table('cur.csv', [col]), options).columns[0].sample!;

  it('merges to exactly the sample of the whole, counts in first-seen order, sorted values, missing and rows', () => {
    for (const col of [c, x]) {
      for (const cut of [0, 1, 200, 400, 401]) {
        const merged = mergeSamples(sampleOf(part(col, 0, cut)), sampleOf(part(col, cut, 401)));
        const whole = sampleOf(col);
        expect(merged, `${col.name} cut at ${cut}`).toEqual(whole);
        if (whole.type === 'categorical') expect([...(merged as typeof whole).counts.keys()]).toEqual([...whole.counts.keys()]);
      }
    }
  });
  it('does not merge samples of different types', () => {
    expect(mergeSamples(sampleOf(num('x', [1, 2])), sampleOf(str('x', ['u', 'v'])))).toBeNull();
  });
});

describe('dictionary-encoded text columns (as the CSV reader hands over category columns)', () => {
  it('count exactly as the same cells held as strings: counts, first-seen order, missing, sampled rows', () => {
    const city = referenceTable().columns[4];
    const coded = asDictionary(city);
    expect(coded.kind === 'string' && coded.dictionary).toBeTruthy();
    const rows = sampleRows(city.values.length, 97, 3)!;
    for (const pick of [undefined, rows]) {
      const a = columnSample(coded, 'categorical', 'ref.csv', pick);
      const b = columnSample(city, 'categorical', 'ref.csv', pick);
      expect(a).toEqual(b);
      if (a.type === 'categorical' && b.type === 'categorical') expect([...a.counts.keys()]).toEqual([...b.counts.keys()]);
    }
  });

  it('evaluate as the plain table', () => {
    const o = opts({ method: 'chisquare', columns: ['city', 'mixed'] });
    expect(evaluateDrift(withDictionaries(referenceTable()), withDictionaries(currentTable()), o)).toEqual(evaluateDrift(referenceTable(), currentTable(), o));
  });
});
