/**
 * The built bundle reading a large CSV on two threads (src/parallel/,
 * src/readers/csv-split.ts): under Node 20 and Node 24 the worker starts
 * from dist/, the file is really read in two parts (as the debug log says), and the report is the one of a one-thread run
 * (MODELGATE_THREADS=1).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeBinary, REPO_ROOT } from '../harness/run-action.js';

const cli = join(resolve(REPO_ROOT, process.env.MODELGATE_DIST ?? 'dist'), 'cli.js');
let work: string;

/** About 18 MB: above the 16 MiB from which a file is cut. */
function bigCsv(rows: number, shift: number): string {
  const out: string[] = ['id,x1,x2,x3,x4,x5,x6,x7,segment'];
  let s = 7;
  const u = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  for (let i = 0; i < rows; i++) {
    const xs = Array.from({ length: 7 }, (_, f) => ((u() + (f < 2 ? shift : 0)) * (f + 1) * 100).toFixed(4));
    out.push(`${i},${xs.join(',')},${['a', 'b', 'c', 'd'][Math.floor(u() * u() * 4)]}`);
  }
  return `${out.join('\n')}\n`;
}

function run(node: 'node20' | 'node24', args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(nodeBinary(node), [cli, ...args], { cwd: work, encoding: 'utf8', env: { PATH: process.env.PATH, MODELGATE_DEBUG: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const report = (name: string) => JSON.parse(readFileSync(join(work, name), 'utf8'));

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'modelgate-threads-'));
  writeFileSync(join(work, 'reference.csv'), bigCsv(20_000, 0));
  writeFileSync(join(work, 'current.csv'), bigCsv(290_000, 0.1));
  // x3 turns to text in the last rows: the halves do not join, and the file is read whole.
  const mixed = bigCsv(290_000, 0.1).trimEnd().split('\n');
  for (let i = mixed.length - 5; i < mixed.length; i++) mixed[i] = mixed[i].replace(/^(\d+,[^,]*,[^,]*),[^,]*/, '$1,n/a');
  writeFileSync(join(work, 'mixed.csv'), `${mixed.join('\n')}\n`);
  const made = run('node20', ['drift-check', '--reference', 'reference.csv', '--profile-out', 'reference.mgprof', '--comment', 'never']);
  expect(made.code, made.stderr).toBe(0);
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(['node20', 'node24'] as const)('two threads from dist/ under %s', (node) => {
  it('drift-check reads and sorts the current file in two halves, with the one-thread report', () => {
    expect(readFileSync(join(work, 'current.csv')).length).toBeGreaterThan(16 * 1024 * 1024);
    const args = ['drift-check', '--reference', 'reference.mgprof', '--current', 'current.csv', '--exclude', 'id', '--comment', 'never', '--fail-on', 'never'];
    const two = run(node, [...args, '--report-path', `two-${node}.json`]);
    expect(two.code, two.stderr).toBe(0);
    expect(two.stderr).toMatch(/current\.csv read and sorted in two threads/);
    const one = run(node, [...args, '--report-path', `one-${node}.json`], { MODELGATE_THREADS: '1' });
    expect(one.code, one.stderr).toBe(0);
    expect(one.stderr).not.toMatch(/two threads/);
    const [a, b] = [report(`two-${node}.json`), report(`one-${node}.json`)];
    expect(a.columns).toEqual(b.columns);
    expect(a.rows).toEqual({ reference: 20_000, current: 290_000, sampledReference: null, sampledCurrent: null });
    expect(a.dataset).toEqual(b.dataset);
    expect(a.columns.filter((c: { drifted: boolean }) => c.drifted).map((c: { name: string }) => c.name)).toEqual(['x1', 'x2']);
  }, 60_000);

  it('a column that is numbers in one half and text in the other: read whole, the one-thread report', () => {
    const args = ['drift-check', '--reference', 'reference.mgprof', '--current', 'mixed.csv', '--exclude', 'id', '--comment', 'never', '--fail-on', 'never'];
    const two = run(node, [...args, '--report-path', `mixed-two-${node}.json`]);
    expect(two.code, two.stderr).toBe(0);
    expect(two.stderr).toMatch(/mixed\.csv read in one thread \(column x3 is numbers in one half and text in the other\)/);
    const one = run(node, [...args, '--report-path', `mixed-one-${node}.json`], { MODELGATE_THREADS: '1' });
    expect(one.code, one.stderr).toBe(0);
    const [a, b] = [report(`mixed-two-${node}.json`), report(`mixed-one-${node}.json`)];
    expect(a.columns).toEqual(b.columns);
    expect(a.columns.find((c: { name: string }) => c.name === 'x3').type).toBe('categorical');
  }, 60_000);
});
