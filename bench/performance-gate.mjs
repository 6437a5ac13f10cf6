// performance-gate on 1,000,000 binary predictions of two models (candidate
// and champion), against scikit-learn plus numpy, in two parts:
//
// 1. Paired by row order: 8 metrics and a 1,000-resample paired bootstrap of
//    every confusion-matrix metric's difference (ROC AUC by DeLong), against
//    scikit-learn for the metrics plus a vectorised numpy row-resampling
//    bootstrap of the same metrics (bench/performance-gate/peer.py).
// 2. Paired by `id-column`: the same predictions with an id per row, the
//    champion's file in another order, against a pandas merge on the id
//    (validate="one_to_one") + scikit-learn for the metrics + a numpy paired
//    bootstrap of accuracy with the same number of resamples
//    (bench/performance-gate/peer-by-id.py). modelgate still bootstraps every
//    confusion-matrix metric, so the peer does less work than modelgate here.
//    Also timed: the same ids already in the same order in both files, text
//    ids, and the join's own share of modelgate's run (its debug line).
//
// Prints wall time, CPU time and peak memory, peer ÷ modelgate (above 1:
// modelgate wins), and checks that both sides agree on the metrics and
// intervals. BENCH_ROWS and BENCH_RESAMPLES change the size; BENCH_PART=order
// or BENCH_PART=id runs one part.
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, median, PYTHON, row, NODE, NODE_VERSION } from './measure.mjs';

const GNU_TIME = '/usr/bin/time';
const root = fileURLToPath(new URL('..', import.meta.url));
const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const B = Number(process.env.BENCH_RESAMPLES ?? 1000);
const part = process.env.BENCH_PART ?? 'all';
const dataDir = join(root, 'bench/data');
const file = (name) => join(dataDir, `perf-${name}-${rows}.csv`);
const METRICS = ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'specificity', 'f1', 'mcc', 'roc_auc'];
const cli = join(process.env.MODELGATE_DIST ? process.env.MODELGATE_DIST : join(root, 'dist'), 'cli.js');

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

/** The two models' predictions on the same rows: a label and each model's score and prediction per row. */
function predictions() {
  const r = mulberry32(1);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  const c = new Array(rows);
  const b = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const y = r() < 0.3 ? 1 : 0;
    const shared = 0.9 * gauss();
    const sc = 1 / (1 + Math.exp(-(1.5 * (2 * y - 1) + shared + 0.7 * gauss() - 0.4)));
    const sb = 1 / (1 + Math.exp(-(1.45 * (2 * y - 1) + shared + 0.7 * gauss() - 0.4)));
    c[i] = `${y},${sc.toFixed(5)},${sc >= 0.5 ? 1 : 0}`;
    b[i] = `${y},${sb.toFixed(5)},${sb >= 0.5 ? 1 : 0}`;
  }
  return { c, b };
}

/**
 * Row ids as a production table has them: distinct integers in no particular
 * order (i × 2654435761 mod 2³² is a bijection of 32-bit integers), and as
 * text, the same numbers as "cust-" + 8 hex digits.
 */
const numericId = (i) => 1_000_000_000 + (Math.imul(i, 2654435761) >>> 0);
const textId = (i) => `cust-${(Math.imul(i, 2654435761) >>> 0).toString(16).padStart(8, '0')}`;

async function write(path, header, n, line) {
  const out = createWriteStream(path);
  let buf = `${header}\n`;
  for (let k = 0; k < n; k++) {
    buf += `${line(k)}\n`;
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

async function generate() {
  const names = ['candidate', 'baseline', 'ids-candidate', 'ids-baseline-shuffled', 'ids-baseline-aligned', 'textids-candidate', 'textids-baseline-shuffled'];
  if (names.every((n) => existsSync(file(n)))) return;
  console.log(`generating ${rows.toLocaleString('en-US')} paired predictions in bench/data ...`);
  mkdirSync(dataDir, { recursive: true });
  const { c, b } = predictions();
  // The champion's file in a random order (Fisher–Yates, seeded).
  const order = Int32Array.from({ length: rows }, (_, i) => i);
  const r = mulberry32(2);
  for (let i = rows - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const head = 'label,score,prediction';
  await write(file('candidate'), head, rows, (i) => c[i]);
  await write(file('baseline'), head, rows, (i) => b[i]);
  await write(file('ids-candidate'), `id,${head}`, rows, (i) => `${numericId(i)},${c[i]}`);
  await write(file('ids-baseline-shuffled'), `id,${head}`, rows, (k) => `${numericId(order[k])},${b[order[k]]}`);
  await write(file('ids-baseline-aligned'), `id,${head}`, rows, (i) => `${numericId(i)},${b[i]}`);
  await write(file('textids-candidate'), `id,${head}`, rows, (i) => `${textId(i)},${c[i]}`);
  await write(file('textids-baseline-shuffled'), `id,${head}`, rows, (k) => `${textId(order[k])},${b[order[k]]}`);
}

/**
 * Wall time, CPU time (user + system) and peak memory of a command, by GNU
 * time. CPU time is reported too: on a shared machine the wall time of a
 * seconds-long run is partly waiting for a core.
 */
function run(cmd, argv, env) {
  const stats = join(tmpdir(), `modelgate-perf-bench-${process.pid}.txt`);
  const r = measure(GNU_TIME, ['-f', '%e %U %S %M', '-o', stats, cmd, ...argv], env ? { env: { ...process.env, ...env } } : {});
  if (r.status !== 0 && !(cmd === NODE && r.status === 1)) throw new Error(`${cmd} exited ${r.status}: ${r.stderr}`);
  const [wall, user, sys, kb] = readFileSync(stats, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  rmSync(stats, { force: true });
  return { seconds: wall, cpu: user + sys, peakMB: kb / 1024, stdout: r.stdout, stderr: r.stderr };
}

/** modelgate takes about a second: the median of 3 runs keeps a load spike on a shared machine from deciding the ratio. */
function medianRun(argv, env) {
  const runs = [0, 1, 2].map(() => run(NODE, argv, env));
  const pick = (key) => median(runs.map((x) => x[key]));
  return { seconds: pick('seconds'), cpu: pick('cpu'), peakMB: pick('peakMB'), stderr: runs.map((x) => x.stderr) };
}

function modelgateArgs(candidate, baseline, report, extra = []) {
  return [
    cli, 'performance-gate',
    '--predictions', candidate, '--baseline-predictions', baseline,
    '--prediction-column', 'prediction', '--score-column', 'score',
    '--metrics', METRICS.join(','), '--bootstrap', String(B), '--seed', '1', '--max-drop', '0.01',
    '--report-path', report, '--comment', 'never', ...extra,
  ];
}

function header(peerName) {
  console.log(`${''.padEnd(34)} ${'modelgate'.padStart(9)} ${peerName.padStart(9)} ${'ratio'.padStart(8)}`);
}

await generate();

if (part === 'all' || part === 'order') {
  const report = join(dataDir, 'performance-gate-report.json');
  const ours = medianRun(modelgateArgs(file('candidate'), file('baseline'), report));
  const peer = run(PYTHON, [join(root, 'bench/performance-gate/peer.py'), file('candidate'), file('baseline'), String(B), '1']);

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
  console.log(`\nperformance-gate, ${rows.toLocaleString('en-US')} binary predictions paired by row order, ${METRICS.length} metrics, ${B.toLocaleString('en-US')}-resample paired bootstrap of each confusion-matrix metric; modelgate on Node ${NODE_VERSION}`);
  console.log('(modelgate: median of 3 runs; peer: scikit-learn + numpy row bootstrap of the same metrics, 1 run)');
  header('sklearn');
  console.log(row('wall time (s)', ours.seconds, peer.seconds));
  console.log(row('CPU time, user + system (s)', ours.cpu, peer.cpu));
  console.log(row('peak memory (MB)', ours.peakMB, peer.peakMB));
  console.log(`agreement: metrics within ${worstMetric.toExponential(1)}, interval ends within ${worstInterval.toFixed(5)} (Monte Carlo)`);
  if (worstMetric > 1e-9) {
    console.log('metrics disagree with scikit-learn');
    process.exitCode = 1;
  }
}

if (part === 'all' || part === 'id') {
  const idArgs = ['--id-column', 'id'];
  const debug = { MODELGATE_DEBUG: '1' };
  /** The join's own wall and CPU time in ms, from the debug line gate.ts writes ("paired … by id in 12.3 ms, 11.0 ms CPU"). */
  const joinMs = (stderr) => {
    const found = stderr.map((s) => /by id in ([\d.]+) ms, ([\d.]+) ms CPU/.exec(s));
    return { wall: median(found.map((m) => Number(m?.[1] ?? NaN))), cpu: median(found.map((m) => Number(m?.[2] ?? NaN))) };
  };
  const cases = [
    { label: 'numeric ids, champion shuffled', candidate: file('ids-candidate'), baseline: file('ids-baseline-shuffled'), peer: true },
    { label: 'numeric ids, same order', candidate: file('ids-candidate'), baseline: file('ids-baseline-aligned') },
    { label: 'text ids, champion shuffled', candidate: file('textids-candidate'), baseline: file('textids-baseline-shuffled'), peer: true },
  ];
  console.log(`\nperformance-gate with id-column, ${rows.toLocaleString('en-US')} binary predictions, ${METRICS.length} metrics, ${B.toLocaleString('en-US')}-resample paired bootstrap; modelgate on Node ${NODE_VERSION}`);
  console.log('(modelgate: median of 3 runs; peer: pandas merge on id (one_to_one) + scikit-learn metrics + numpy paired bootstrap of accuracy, 1 run)');
  // Without id-column, for the cost of the id: same predictions, paired by row order.
  const plainReport = join(dataDir, 'performance-gate-report-plain.json');
  const plain = medianRun(modelgateArgs(file('ids-candidate'), file('ids-baseline-aligned'), plainReport));
  console.log(`no id-column (same files, paired by row order): ${plain.seconds.toFixed(3)} s wall, ${plain.cpu.toFixed(3)} s CPU`);
  for (const c of cases) {
    const report = join(dataDir, 'performance-gate-report-ids.json');
    const ours = medianRun(modelgateArgs(c.candidate, c.baseline, report, idArgs), debug);
    const idJoin = joinMs(ours.stderr);
    console.log(`\n${c.label}: the id join took ${idJoin.wall.toFixed(1)} ms wall (${((100 * idJoin.wall) / 1000 / ours.seconds).toFixed(1)}% of the run), ${idJoin.cpu.toFixed(1)} ms CPU (${((100 * idJoin.cpu) / 1000 / ours.cpu).toFixed(1)}%)`);
    if (!c.peer) {
      console.log(`modelgate: ${ours.seconds.toFixed(3)} s wall, ${ours.cpu.toFixed(3)} s CPU, ${ours.peakMB.toFixed(0)} MB peak`);
      continue;
    }
    const peer = run(PYTHON, [join(root, 'bench/performance-gate/peer-by-id.py'), c.candidate, c.baseline, String(B), '1']);
    const ourMetrics = JSON.parse(readFileSync(report, 'utf8')).metrics;
    const theirs = JSON.parse(peer.stdout);
    let worstMetric = 0;
    for (const m of ourMetrics) worstMetric = Math.max(worstMetric, Math.abs(m.value - theirs.metrics.candidate[m.name]), Math.abs(m.baseline - theirs.metrics.baseline[m.name]));
    const acc = ourMetrics.find((m) => m.name === 'accuracy');
    const worstInterval = Math.max(Math.abs(acc.ciLow - theirs.intervals.accuracy[0]), Math.abs(acc.ciHigh - theirs.intervals.accuracy[1]));
    header('pandas');
    console.log(row('wall time (s)', ours.seconds, peer.seconds));
    console.log(row('CPU time, user + system (s)', ours.cpu, peer.cpu));
    console.log(row('peak memory (MB)', ours.peakMB, peer.peakMB));
    console.log(`agreement: metrics within ${worstMetric.toExponential(1)}, accuracy interval ends within ${worstInterval.toFixed(5)} (Monte Carlo)`);
    if (!(worstMetric <= 1e-9)) {
      console.log('metrics disagree with scikit-learn');
      process.exitCode = 1;
    }
  }
}
