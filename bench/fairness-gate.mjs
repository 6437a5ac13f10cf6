// fairness-gate on 1,000,000 rows with three sensitive attributes (sex, race,
// age cut into 4 bands), all their intersections and 2,000 bootstrap
// resamples, against a numpy row-resampling bootstrap of the same metrics
// (bench/fairness-gate.py), in one run: wall time and peak memory as ratios
// (peer ÷ modelgate: above 1 means modelgate wins), and the estimates of both
// compared.
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { once } from 'node:events';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, median, PYTHON, row, NODE, NODE_VERSION } from './measure.mjs';

const GNU_TIME = '/usr/bin/time';

const root = fileURLToPath(new URL('..', import.meta.url));
const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const resamples = Number(process.env.BENCH_RESAMPLES ?? 2000);
const data = join(root, 'bench/data', `fairness-${rows}.csv`);

/** Deterministic data (a 32-bit LCG): groups differ in base rate and in the model's TPR/FPR. */
async function generate(n, path) {
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  let s = 12345;
  const u = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  const races = ['A', 'B', 'C', 'D', 'E'];
  let buf = 'sex,race,age,label,prediction\n';
  for (let i = 0; i < n; i++) {
    const sex = u() < 0.52 ? 'F' : 'M';
    const r = u();
    const race = races[r < 0.5 ? 0 : r < 0.7 ? 1 : r < 0.85 ? 2 : r < 0.95 ? 3 : 4];
    const age = 18 + Math.floor(u() * 62);
    const g = races.indexOf(race);
    const label = u() < 0.3 + 0.04 * g ? 1 : 0;
    const tpr = 0.85 - 0.05 * g - (sex === 'F' ? 0.02 : 0);
    const fpr = 0.1 + 0.01 * g + (age < 30 ? 0.03 : 0);
    const prediction = u() < (label ? tpr : fpr) ? 1 : 0;
    buf += `${sex},${race},${age},${label},${prediction}\n`;
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

if (!existsSync(data)) {
  console.log(`generating ${data} ...`);
  await generate(rows, data);
}
const cli = join(resolve(root, process.env.MODELGATE_DIST ?? 'dist'), 'cli.js');
const report = join(root, 'bench/data/fairness-gate-report.json');
const args = [cli, 'fairness-gate', '--predictions', data, '--sensitive', 'sex,race,age', '--bins', 'age: [30, 45, 60]', '--intersectional', 'true'];
args.push('--bootstrap', String(resamples), '--min-group-size', '1', '--min-positives', '1', '--min-negatives', '1', '--report-path', report, '--comment', 'never', '--fail-on', 'never');

/**
 * Wall time, CPU time (user + system) and peak memory of a command, by GNU
 * time. CPU time is reported too because on a shared machine the wall time of
 * a seconds-long run is mostly waiting for a core.
 */
function run(cmd, argv) {
  const stats = join(tmpdir(), `modelgate-fairness-bench-${process.pid}.txt`);
  const r = measure(GNU_TIME, ['-f', '%e %U %S %M', '-o', stats, cmd, ...argv]);
  if (r.status !== 0) throw new Error(`${cmd} exited ${r.status}: ${r.stderr}`);
  const [wall, user, sys, kb] = readFileSync(stats, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  rmSync(stats, { force: true });
  return { seconds: wall, cpu: user + sys, peakMB: kb / 1024, stdout: r.stdout };
}

// modelgate is cheap to run: the median of three runs steadies its figures on a busy machine.
function medianRun(argv) {
  const runs = [0, 1, 2].map(() => run(NODE, argv));
  return { seconds: median(runs.map((r) => r.seconds)), cpu: median(runs.map((r) => r.cpu)), peakMB: median(runs.map((r) => r.peakMB)) };
}
const ours = medianRun(args);
// The same run without resampling: the difference is the bootstrap's own cost.
const baseArgs = args.map((a, i) => (args[i - 1] === '--bootstrap' ? '0' : args[i - 1] === '--report-path' ? `${report}.no-bootstrap.json` : a));
const oursBase = medianRun(baseArgs);
const peer = run(PYTHON, [join(root, 'bench/fairness-gate.py'), data, String(resamples)]);

// The estimates must agree; the intervals only statistically (different random streams).
const mine = JSON.parse(readFileSync(report, 'utf8'));
const peerOut = JSON.parse(peer.stdout);
const theirs = peerOut.metrics;
let compared = 0;
let worstCi = 0;
for (const d of mine.disparities) {
  if (d.group !== null && d.metric.endsWith('_disparity')) continue;
  const key = `${d.metric}|${d.attribute ?? ''}`;
  if (!theirs[key] || d.value === null) continue;
  const [v, lo, hi] = theirs[key];
  if (Math.abs(v - d.value) > 1e-9) throw new Error(`${key}: modelgate ${d.value}, numpy ${v}`);
  if (d.ciLow !== null) worstCi = Math.max(worstCi, Math.abs(d.ciLow - lo), Math.abs(d.ciHigh - hi));
  compared++;
}

console.log(`\nfairness-gate, ${rows.toLocaleString('en-US')} rows, 3 attributes + 4 intersections, ${resamples} resamples; modelgate on Node ${NODE_VERSION}`);
console.log(`estimates equal for ${compared} metric × attribute pairs; largest interval-end difference ${worstCi.toExponential(1)}`);
console.log(`${''.padEnd(34)} ${'modelgate'.padStart(9)} ${'numpy'.padStart(9)} ${'ratio'.padStart(8)}`);
console.log(row('wall time (s)', ours.seconds, peer.seconds));
console.log(row('CPU time, user + system (s)', ours.cpu, peer.cpu));
console.log(row('peak memory (MB)', ours.peakMB, peer.peakMB));
// Stages, in CPU time: modelgate's bootstrap is its run minus the same run
// without resampling; the peer times its own stages.
const oursBoot = Math.max(0.001, ours.cpu - oursBase.cpu);
console.log(row(`bootstrap stage, CPU (s, B = ${resamples})`, oursBoot, peerOut.cpu.bootstrap));
console.log(row('the rest, CPU (s) (peer: read_csv only)', oursBase.cpu, peerOut.cpu.read));
