/**
 * The shared read of a file several gates name (src/run/table-cache.ts): a
 * request gets what a read of its own gives, errors included.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/readers/index.js';
import { SharedTables } from '../../src/run/table-cache.js';

const dir = mkdtempSync(join(tmpdir(), 'modelgate-table-cache-'));
const file = join(dir, 'p.csv');
writeFileSync(file, 'id,label,score,group\n1,0,0.2,a\n2,1,0.9,b\n3,1,0.7,a\n');

const shared = (gates = ['performance-gate', 'fairness-gate']) => new SharedTables(new Map([[file, new Set(gates)]]));
const message = async (p: Promise<unknown>) => p.then(() => 'no error', (e: Error) => e.message);

describe('SharedTables', () => {
  it('serves each request the columns it asks for, in the file order, from one read', async () => {
    const cache = shared();
    const a = await cache.run(() => readTable('p.csv', { cwd: dir, columns: ['score', 'label'] }));
    const b = await cache.run(() => readTable('p.csv', { cwd: dir, columns: ['group'] }));
    expect(cache.stats).toEqual({ reads: 1, served: 2 });
    expect(a).toEqual(await readTable('p.csv', { cwd: dir, columns: ['score', 'label'] }));
    expect(b).toEqual(await readTable('p.csv', { cwd: dir, columns: ['group'] }));
    expect(await cache.run(() => readTable('p.csv', { cwd: dir }))).toEqual(await readTable('p.csv', { cwd: dir }));
  });

  it('gives an unknown column the error a read of its own gives', async () => {
    const cache = shared();
    const alone = await message(readTable('p.csv', { cwd: dir, columns: ['label', 'scor'] }));
    expect(alone).toMatch(/no column "scor"/);
    expect(await message(cache.run(() => readTable('p.csv', { cwd: dir, columns: ['label', 'scor'] })))).toBe(alone);
  });

  it('does not share a file only one gate names, nor a read that reports back to its gate', async () => {
    const single = shared(['fairness-gate']);
    await single.run(() => readTable('p.csv', { cwd: dir, columns: ['label'] }));
    expect(single.stats).toEqual({ reads: 0, served: 0 });
    const cache = shared();
    await cache.run(() => readTable('p.csv', { cwd: dir, shortRow: () => {} }));
    await cache.run(() => readTable('p.csv', { cwd: dir, maxRows: 1 }));
    expect(cache.stats).toEqual({ reads: 0, served: 0 });
  });

  it('lets the table go once the last gate naming the file has run', async () => {
    const cache = shared();
    await cache.run(() => readTable('p.csv', { cwd: dir, columns: ['label'] }));
    cache.release('performance-gate');
    await cache.run(() => readTable('p.csv', { cwd: dir, columns: ['label'] }));
    expect(cache.stats).toEqual({ reads: 1, served: 2 });
    cache.release('fairness-gate');
    expect(cache.sharedPaths()).toEqual([]);
    await cache.run(() => readTable('p.csv', { cwd: dir, columns: ['label'] }));
    expect(cache.stats).toEqual({ reads: 1, served: 2 });
  });

  it('falls back to a read of its own when the whole file cannot be read, so the error is the same', async () => {
    const missing = join(dir, 'missing.csv');
    const cache = new SharedTables(new Map([[missing, new Set(['a', 'b'])]]));
    const alone = await message(readTable('missing.csv', { cwd: dir, columns: ['x'] }));
    expect(await message(cache.run(() => readTable('missing.csv', { cwd: dir, columns: ['x'] })))).toBe(alone);
  });
});
