// The shared CSV reader (src/readers) on a 1,000,000-row × 20-column CSV,
// side by side in one run with csv-parse (the library it replaces for CSV)
// and pandas.read_csv: median wall time and peak RSS over BENCH_REPEAT runs,
// each in its own process, with ratios (peer ÷ modelgate: above 1 means
// modelgate wins).
//
//   node bench/readers.mjs            (BENCH_ROWS, BENCH_REPEAT to change the size and repeats)
//
// The readers are compiled privately with tsc into bench/data/readers-build
// (git-ignored, inside the repository so that node_modules resolve), never
// into the shared dist/.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate } from './generate-table.mjs';
import { median, NODE, NODE_VERSION, PYTHON } from './measure.mjs';

/**
 * Wall time, CPU time (user + system) and peak RSS of a command, from GNU
 * time. CPU time is shown beside wall time because it is far less disturbed
 * by other work on a busy machine.
 */
function measure(cmd, args) {
  const stats = join(tmpdir(), `modelgate-bench-readers-${process.pid}.txt`);
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', stats, cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const [wall, user, system, kb] = readFileSync(stats, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  rmSync(stats, { force: true });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, seconds: wall, cpu: user + system, peakMB: kb / 1024 };
}

const root = fileURLToPath(new URL('..', import.meta.url));
const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const repeat = Number(process.env.BENCH_REPEAT ?? 3);
const data = join(root, 'bench/data', `table-${rows}.csv`);
if (!existsSync(data)) {
  console.log(`generating ${data} ...`);
  await generate(rows, data);
}

const build = join(root, 'bench/data/readers-build');
rmSync(build, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/typescript/bin/tsc'),
    ...['--outDir', build, '--rootDir', join(root, 'src'), '--module', 'nodenext', '--moduleResolution', 'nodenext'],
    ...['--target', 'es2022', '--strict', '--skipLibCheck', '--types', 'node', '--noEmit', 'false'],
    join(root, 'src/readers/index.ts'),
  ],
  { cwd: root, stdio: 'inherit' },
);
const readers = pathToFileURL(join(build, 'readers/index.js')).href;

// Each contender reads the file into typed columns and prints rows, columns and number columns.
const modelgate = `
  const { readTable } = await import(${JSON.stringify(readers)});
  const t = await readTable(process.argv[1]);
  console.log(JSON.stringify({ rows: t.rowCount, columns: t.columns.length, numeric: t.columns.filter((c) => c.kind === 'number').length }));
`;
// csv-parse as a reader would use it: stream the records, keep each column's
// text, then type every column whose present cells are all numbers.
const csvParse = `
  const { createReadStream } = await import('node:fs');
  const { parse } = await import(${JSON.stringify(pathToFileURL(join(root, 'node_modules/csv-parse/lib/index.js')).href)});
  let header = null; let columns = null; let rows = 0;
  for await (const record of createReadStream(process.argv[1]).pipe(parse({ bom: true, relax_quotes: true, skip_empty_lines: true }))) {
    if (!header) { header = record; columns = header.map(() => []); continue; }
    for (let i = 0; i < record.length; i++) columns[i].push(record[i]);
    rows++;
  }
  let numeric = 0;
  for (const cells of columns) {
    const values = new Float64Array(cells.length);
    let ok = true;
    for (let i = 0; i < cells.length && ok; i++) {
      const v = cells[i] === '' ? NaN : Number(cells[i]);
      if (Number.isNaN(v) && cells[i] !== '' && cells[i].toLowerCase() !== 'nan') ok = false;
      values[i] = v;
    }
    if (ok) numeric++;
  }
  console.log(JSON.stringify({ rows, columns: columns.length, numeric }));
`;
const pandas = `
import sys, json, pandas as pd
df = pd.read_csv(sys.argv[1])
print(json.dumps({"rows": len(df), "columns": df.shape[1], "numeric": int(sum(k in "fiu" for k in df.dtypes.map(lambda d: d.kind)))}))
`;

// Both JavaScript readers run on the Node the actions run on (measure.mjs).
const nodeVersion = NODE_VERSION;

const contenders = [
  ['modelgate readTable', NODE, ['--input-type=module', '-e', modelgate, data]],
  ['csv-parse', NODE, ['--input-type=module', '-e', csvParse, data]],
  ['pandas.read_csv', PYTHON, ['-c', pandas, data]],
];

const results = [];
for (const [name, cmd, args] of contenders) {
  const runs = [];
  for (let i = 0; i < repeat; i++) {
    const r = measure(cmd, args);
    if (r.status !== 0) throw new Error(`${name} exited ${r.status}: ${r.stderr}`);
    runs.push(r);
  }
  const pick = (key) => median(runs.map((r) => r[key]));
  results.push({ name, seconds: pick('seconds'), cpu: pick('cpu'), peakMB: pick('peakMB'), out: JSON.parse(runs[0].stdout) });
}

const ours = results[0];
const cell = (value, digits, base) => `${value.toFixed(digits).padStart(8)} ${(value / base).toFixed(2).padStart(6)}×`;
console.log(`\nCSV reader, ${rows.toLocaleString('en-US')} rows × 20 columns, median of ${repeat} runs, Node ${nodeVersion} (ratio = peer ÷ modelgate)`);
console.log(`${'reader'.padEnd(20)} ${'wall (s)'.padStart(15)} ${'CPU (s)'.padStart(15)} ${'peak RSS (MB)'.padStart(15)}   typed columns`);
for (const r of results) {
  console.log(
    `${r.name.padEnd(20)} ${cell(r.seconds, 2, ours.seconds)} ${cell(r.cpu, 2, ours.cpu)} ${cell(r.peakMB, 0, ours.peakMB)}   ${r.out.rows} rows, ${r.out.numeric}/${r.out.columns} numeric`,
  );
}
