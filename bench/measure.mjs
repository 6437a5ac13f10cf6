// Run a command and measure its wall time and peak resident memory, using
// GNU time (Debian package `time`) for the child's maximum RSS.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';

export function measure(cmd, args, options = {}) {
  const stats = join(tmpdir(), `modelgate-bench-${process.pid}-${Date.now()}.txt`);
  const useTime = existsSync(GNU_TIME);
  const start = process.hrtime.bigint();
  const r = useTime
    ? spawnSync(GNU_TIME, ['-f', '%M', '-o', stats, cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, ...options })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  let peakMB = NaN;
  if (useTime && existsSync(stats)) {
    peakMB = Number(readFileSync(stats, 'utf8').trim().split('\n').pop()) / 1024;
    rmSync(stats, { force: true });
  }
  return { seconds, peakMB, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Debian's python3 (python3-pandas, python3-scipy, python3-sklearn live there). */
export const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

export function row(label, ours, peer) {
  const ratio = peer / ours;
  return `${label.padEnd(34)} ${ours.toFixed(3).padStart(9)} ${peer.toFixed(3).padStart(9)} ${ratio.toFixed(2).padStart(7)}×`;
}

/**
 * The Node that runs modelgate in the benchmarks: the one GitHub runs the
 * actions on (`runs.using: node24`), the repository's Node 24 binary
 * (devDependency `node`), unless MODELGATE_BENCH_NODE names another (for
 * example Node 20, to compare).
 */
const node24 = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
export const NODE = process.env.MODELGATE_BENCH_NODE || (existsSync(node24) ? node24 : process.execPath);
export const NODE_VERSION = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();
