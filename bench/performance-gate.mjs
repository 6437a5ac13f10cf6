// performance-gate on 1,000,000 binary predictions of two models (candidate
// and champion, paired by row): 8 metrics and a 1,000-resample paired
// bootstrap of every confusion-matrix metric's difference (ROC AUC by
// DeLong), against scikit-learn for the metrics plus a vectorised numpy
// row-resampling bootstrap (bench/performance-gate/peer.py), in one run.
// Prints wall time and peak memory, peer ÷ modelgate (above 1: modelgate wins),
// and checks that both sides agree on the metrics and intervals.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, PYTHON, row, NODE, NODE_VERSION } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const B = Number(process.env.BENCH_RESAMPLES ?? 1000);
const dataDir = join(root, 'bench/data');
const candidate = join(dataDir, `perf-candidate-${rows}.csv`);
const baseline = join(dataDir, `perf-baseline-${rows}.csv`);
const METRICS = ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'specificity', 'f1', 'mcc', 'roc_auc'];

// A seeded generator (mulberry32) so the data are the same on every run.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate() {
  mkdirSync(dataDir, { recursive: true });
  const r = mulberry32(1);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  const c = ['label,score,prediction'];
  const b = ['label,score,prediction'];
  for (let i = 0; i < rows; i++) {
    const y = r() < 0.3 ? 1 : 0;
    const shared = 0.9 * gauss();
    const sc = 1 / (1 + Math.exp(-(1.5 * (2 * y - 1) + shared + 0.7 * gauss() - 0.4)));
    const sb = 1 / (1 + Math.exp(-(1.45 * (2 * y - 1) + shared + 0.7 * gauss() - 0.4)));
    c.push(`${y},${sc.toFixed(5)},${sc >= 0.5 ? 1 : 0}`);
    b.push(`${y},${sb.toFixed(5)},${sb >= 0.5 ? 1 : 0}`);
  }
  writeFileSync(candidate, `${c.join('\n')}\n`);
  writeFileSync(baseline, `${b.join('\n')}\n`);
}

if (!existsSync(candidate) || !existsSync(baseline)) {
  console.log(`generating ${rows.toLocaleString('en-US')} paired predictions in bench/data ...`);
  generate();
}
const cli = join(process.env.MODELGATE_DIST ? process.env.MODELGATE_DIST : join(root, 'dist'), 'cli.js');
const report = join(dataDir, 'performance-gate-report.json');
const args = [
  cli, 'performance-gate',
  '--predictions', candidate, '--baseline-predictions', baseline,
  '--prediction-column', 'prediction', '--score-column', 'score',
  '--metrics', METRICS.join(','), '--bootstrap', String(B), '--seed', '1', '--max-drop', '0.01',
  '--report-path', report,
];
// modelgate takes about a second: the median of 3 runs keeps a load spike on a shared machine from deciding the ratio.
const runs = [0, 1, 2].map(() => measure(NODE, args));
const ours = runs.sort((a, b) => a.seconds - b.seconds)[1];
if (ours.status !== 0 && ours.status !== 1) throw new Error(`modelgate exited ${ours.status}: ${ours.stderr}`);
const peer = measure(PYTHON, [join(root, 'bench/performance-gate/peer.py'), candidate, baseline, String(B), '1']);
if (peer.status !== 0) throw new Error(`scikit-learn peer failed: ${peer.stderr}`);

// Both sides must agree: metrics to 1e-9, interval ends within Monte Carlo error.
const ourMetrics = JSON.parse(readFileSync(report, 'utf8')).metrics;
const theirs = JSON.parse(peer.stdout);
let worstMetric = 0;
let worstInterval = 0;
for (const m of ourMetrics) {
  worstMetric = Math.max(worstMetric, Math.abs(m.value - theirs.metrics.candidate[m.name]), Math.abs(m.baseline - theirs.metrics.baseline[m.name]));
  const iv = theirs.intervals[m.name];
  if (iv) worstInterval = Math.max(worstInterval, Math.abs(m.ciLow - iv[0]), Math.abs(m.ciHigh - iv[1]));
}

console.log(`\nperformance-gate, ${rows.toLocaleString('en-US')} paired binary predictions, ${METRICS.length} metrics, ${B.toLocaleString('en-US')}-resample paired bootstrap; modelgate on Node ${NODE_VERSION}`);
console.log(`(modelgate: median of 3 runs; peer: 1 run)`);
console.log(`${''.padEnd(34)} ${'modelgate'.padStart(9)} ${'sklearn'.padStart(9)} ${'ratio'.padStart(8)}`);
console.log(row('wall time (s)', ours.seconds, peer.seconds));
console.log(row('peak memory (MB)', ours.peakMB, peer.peakMB));
console.log(`agreement: metrics within ${worstMetric.toExponential(1)}, interval ends within ${worstInterval.toFixed(5)} (Monte Carlo)`);
if (worstMetric > 1e-9) {
  console.log('metrics disagree with scikit-learn');
  process.exitCode = 1;
}
