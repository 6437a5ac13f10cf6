// drift-check on a reference and a current CSV of 1,000,000 rows × 20
// columns (16 numeric, 4 categorical; 5 numeric and 1 categorical column
// shifted in the current file), against pandas read_csv + scipy (ks_2samp
// for numbers, chi2_contingency for categories: bench/drift-check.py), in
// one run: wall time and peak memory, as ratios (peer ÷ modelgate: above 1
// means modelgate wins), and the statistics of both compared.
//   MODELGATE_DIST=<built dir> node bench/drift-check.mjs   (BENCH_ROWS to change the size)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, median, PYTHON, row, NODE, NODE_VERSION } from './measure.mjs';
import { generate } from './drift-data.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const refPath = join(root, 'bench/data', `drift-reference-${rows}.csv`);
const curPath = join(root, 'bench/data', `drift-current-${rows}.csv`);
if (!existsSync(refPath)) {
  console.log(`generating ${refPath} ...`);
  await generate(rows, refPath, 1, false);
}
if (!existsSync(curPath)) {
  console.log(`generating ${curPath} ...`);
  await generate(rows, curPath, 2, true);
}

const cli = join(resolve(root, process.env.MODELGATE_DIST ?? 'dist'), 'cli.js');
const report = join(root, 'bench/data/drift-check-report.json');
// The same tests as the peer: ks on numbers, chi2 (contingency) on categories.
const args = [cli, 'drift-check', '--reference', refPath, '--current', curPath, '--method', 'ks'];
args.push('--column-methods', '{segment: chi2, region: chi2, channel: chi2, sku: chi2}', '--min-samples', '1');
args.push('--report-path', report, '--comment', 'never', '--fail-on', 'never');

// modelgate is cheap to run: the median of three runs steadies its figures on a busy machine.
function medianRun(argv) {
  const runs = [0, 1, 2].map(() => measure(NODE, argv));
  const failed = runs.find((r) => r.status !== 0);
  if (failed) throw new Error(`modelgate exited ${failed.status}: ${failed.stderr}`);
  return { seconds: median(runs.map((r) => r.seconds)), peakMB: median(runs.map((r) => r.peakMB)), status: 0 };
}
const ours = medianRun(args);

// The reference as a profile (written once, untimed), as a job would restore it from the cache.
const profile = join(root, 'bench/data', `drift-reference-${rows}.mgprof`);
const made = measure(NODE, [cli, 'drift-check', '--reference', refPath, '--profile-out', profile, '--report-path', `${report}.profile.json`, '--comment', 'never']);
if (made.status !== 0) throw new Error(`profile-out exited ${made.status}: ${made.stderr}`);
const profArgs = args.map((a, i) => (args[i - 1] === '--reference' ? profile : args[i - 1] === '--report-path' ? `${report}.p.json` : a));
const oursProfile = medianRun(profArgs);
// Exact columns must match the raw run; sketched ones (more distinct values than
// profile-points) must have their KS statistic within the stated bound.
const rawCols = new Map(JSON.parse(readFileSync(report, 'utf8')).columns.map((c) => [c.name, c]));
let sketched = 0;
let worstShift = 0;
for (const c of JSON.parse(readFileSync(`${report}.p.json`, 'utf8')).columns) {
  const r = rawCols.get(c.name);
  if (c.referenceError === undefined) {
    if (c.statistic !== r.statistic || c.pValue !== r.pValue) throw new Error(`${c.name}: the exact profile gave ${c.statistic}, the raw file ${r.statistic}`);
    continue;
  }
  sketched++;
  const shift = Math.abs(c.statistic - r.statistic);
  if (shift >= c.referenceError) throw new Error(`${c.name}: D moved by ${shift}, beyond the sketch's bound ${c.referenceError}`);
  worstShift = Math.max(worstShift, shift);
}
const verdictsEqual = JSON.stringify(JSON.parse(readFileSync(`${report}.p.json`, 'utf8')).dataset.driftedColumns) === JSON.stringify(JSON.parse(readFileSync(report, 'utf8')).dataset.driftedColumns);
const peer = measure(PYTHON, [join(root, 'bench/drift-check.py'), refPath, curPath]);
if (peer.status !== 0) throw new Error(`pandas+scipy peer failed: ${peer.stderr}`);

// Both must compute the same statistics and p-values.
const mine = JSON.parse(readFileSync(report, 'utf8'));
const theirs = JSON.parse(peer.stdout);
let worst = 0;
for (const c of mine.columns) {
  const [stat, p] = theirs.columns[c.name];
  const rel = (x, y) => Math.abs(x - y) / Math.max(Math.abs(y), 1e-300);
  const err = Math.max(rel(c.statistic, stat), Math.abs(c.pValue - p) <= 1e-12 ? 0 : rel(c.pValue, p));
  if (err > 1e-6) throw new Error(`${c.name}: modelgate ${c.statistic} / ${c.pValue}, scipy ${stat} / ${p}`);
  worst = Math.max(worst, err);
}

console.log(`\ndrift-check, ${rows.toLocaleString('en-US')} rows × 20 columns in each of two CSVs (16 ks, 4 chi2); modelgate on Node ${NODE_VERSION}`);
console.log(`statistics and p-values equal for ${mine.columns.length} columns (largest relative difference ${worst.toExponential(1)})`);
console.log(`drifted: ${JSON.stringify(mine.dataset.driftedColumns)}`);
console.log(`${''.padEnd(34)} ${'modelgate'.padStart(9)} ${'pandas'.padStart(9)} ${'ratio'.padStart(8)}`);
console.log(row('wall time (s)', ours.seconds, peer.seconds));
console.log(row('peak memory (MB)', ours.peakMB, peer.peakMB));
console.log(row('wall time, reference profile (s)', oursProfile.seconds, peer.seconds));
console.log(row('peak memory, reference profile (MB)', oursProfile.peakMB, peer.peakMB));
console.log(
  `profile: ${(statSync(profile).size / 1e6).toFixed(1)} MB, written in ${made.seconds.toFixed(2)} s; ${sketched} sketched columns, ` +
    `largest KS shift ${worstShift.toExponential(1)} (bound 1/65536 = 1.5e-5); drifted columns ${verdictsEqual ? 'the same as' : 'DIFFERENT from'} the raw run`,
);
console.log(`pandas: read_csv ${theirs.seconds.read.toFixed(2)} s, tests ${theirs.seconds.tests.toFixed(2)} s`);
