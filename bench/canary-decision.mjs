// canary-decision's judge on 1,000,000 canary vs 1,000,000 baseline samples
// (read from CSV, Mann–Whitney U, the Hodges–Lehmann estimate and its
// interval, scoring, report) against pandas + scipy.stats.mannwhitneyu on
// the same files (bench/canary-decision.py), in one run: wall time and peak
// memory as ratios (peer ÷ modelgate: above 1 means modelgate wins), and the
// p-values of both compared.
//
//   npm run build -- --out <dir> && MODELGATE_DIST=<dir> node bench/canary-decision.mjs
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, PYTHON, row, NODE, NODE_VERSION } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const n = Number(process.env.BENCH_ROWS ?? 1_000_000);
const canaryPath = join(root, 'bench/data', `canary-${n}.csv`);
const baselinePath = join(root, 'bench/data', `baseline-${n}.csv`);

/** Log-normal latencies in ms with two decimals (so with ties), a 1% slower canary; a 32-bit LCG, deterministic. */
async function generate(path, count, scale, seed) {
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  let s = seed >>> 0;
  const u = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 4294967296;
  let buf = 'latency_ms\n';
  for (let i = 0; i < count; i++) {
    const z = Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
    buf += `${(scale * Math.exp(0.4 * z)).toFixed(2)}\n`;
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

if (!existsSync(canaryPath)) await generate(canaryPath, n, 121.2, 7);
if (!existsSync(baselinePath)) await generate(baselinePath, n, 120, 11);

const cli = join(resolve(root, process.env.MODELGATE_DIST ?? 'dist'), 'cli.js');
const report = join(root, 'bench/data/canary-decision-report.json');
const args = [cli, 'canary-decision', '--canary-samples', canaryPath, '--baseline-samples', baselinePath];
args.push('--config', 'latency_ms: { direction: increase }', '--report-path', report, '--comment', 'never', '--fail-on', 'never');

const ours = measure(NODE, args);
if (ours.status !== 0) throw new Error(`modelgate exited ${ours.status}: ${ours.stderr}`);
const peer = measure(PYTHON, [join(root, 'bench/canary-decision.py'), canaryPath, baselinePath]);
if (peer.status !== 0) throw new Error(`scipy peer failed: ${peer.stderr}`);

const mine = JSON.parse(readFileSync(report, 'utf8')).metrics[0];
const theirs = JSON.parse(peer.stdout);
const rel = Math.abs(mine.pValue - theirs.pvalue) / Math.max(theirs.pvalue, 1e-300);
if (rel > 1e-6) throw new Error(`p-values differ: modelgate ${mine.pValue}, scipy ${theirs.pvalue}`);

console.log(`\ncanary-decision, ${n.toLocaleString('en-US')} vs ${n.toLocaleString('en-US')} samples (CSV in, one metric); modelgate on Node ${NODE_VERSION}`);
console.log(`p-value modelgate ${mine.pValue.toPrecision(8)}, scipy ${theirs.pvalue.toPrecision(8)}; modelgate also computed the Hodges–Lehmann estimate ${mine.estimate} with interval [${mine.ciLow}, ${mine.ciHigh}] (${mine.classification})`);
console.log(`${''.padEnd(34)} ${'modelgate'.padStart(9)} ${'scipy'.padStart(9)} ${'ratio'.padStart(8)}`);
console.log(row('wall time (s)', ours.seconds, peer.seconds));
console.log(row('peak memory (MB)', ours.peakMB, peer.peakMB));
