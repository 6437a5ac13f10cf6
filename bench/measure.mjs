// Run a command and measure its wall time and peak resident memory, using
// GNU time (Debian package `time`) for the child's maximum RSS.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
