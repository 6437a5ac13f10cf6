/**
 * canary-decision against a real Prometheus server (Debian's `prometheus`
 * package; `.ci/run` installs it): started on a loopback port with a
 * temporary data directory holding blocks backfilled from OpenMetrics by
 * `promtool tsdb create-blocks-from openmetrics`, and stopped afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import gate from '../../../src/gates/canary-decision/gate.js';
import { parseInputs } from '../../../src/core/inputs.js';
import { fetchPrometheusMetrics } from '../../../src/gates/canary-decision/prometheus.js';
import { metric, normals } from './helpers.js';
import type { GateContext } from '../../../src/core/gate.js';
import { UserError } from '../../../src/core/errors.js';

const START = 1767225600; // 2026-01-01T00:00:00Z
const POINTS = 60; // one a minute for an hour
const END = START + (POINTS - 1) * 60;

function series(name: string, labels: string, values: number[]): string {
  return values.map((v, i) => `${name}{${labels}} ${v.toFixed(4)} ${START + i * 60}`).join('\n');
}

function openMetrics(): string {
  const lat = (mean: number, seed: number) => normals(POINTS, mean, 5, seed);
  const err = (mean: number, seed: number) => normals(POINTS, mean, 0.001, seed).map((v) => Math.max(0, v));
  return [
    '# TYPE request_latency_ms gauge',
    series('request_latency_ms', 'variant="baseline"', lat(120, 1)),
    series('request_latency_ms', 'variant="healthy"', lat(120, 2)),
    series('request_latency_ms', 'variant="degraded"', lat(150, 3)),
    '# TYPE error_ratio gauge',
    series('error_ratio', 'variant="baseline"', err(0.01, 4)),
    series('error_ratio', 'variant="healthy"', err(0.01, 5)),
    series('error_ratio', 'variant="degraded"', err(0.03, 6)),
    '# EOF',
    '',
  ].join('\n');
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

let dir = '';
let prometheus: ChildProcess | undefined;
let url = '';

async function waitReady(base: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`prometheus exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/-/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('prometheus did not become ready');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'canary-prometheus-'));
  const data = join(dir, 'data');
  writeFileSync(join(dir, 'metrics.om'), openMetrics());
  execFileSync('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', '--quiet', join(dir, 'metrics.om'), data], { stdio: 'pipe' });
  writeFileSync(join(dir, 'prometheus.yml'), 'global:\n  scrape_interval: 1h\n');
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  prometheus = spawn(
    'prometheus',
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${data}`,
      `--web.listen-address=127.0.0.1:${port}`,
      // The backfilled samples are in the past: keep them.
      '--storage.tsdb.retention.time=100y',
    ],
    { stdio: 'ignore' },
  );
  await waitReady(url, prometheus);
}, 60_000);

afterAll(async () => {
  if (prometheus && prometheus.exitCode === null) {
    const exited = new Promise((r) => prometheus!.once('exit', r));
    prometheus.kill('SIGTERM');
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 30_000);

function ctx(): GateContext {
  const quiet = { info() {}, warn() {}, debug() {} };
  return { cwd: process.cwd(), env: {}, log: quiet, run: {}, progress() {}, tempDir: tmpdir() };
}

const queries = { latency: 'request_latency_ms{$selector}', errors: 'error_ratio{$selector}' };
const config = { latency: { direction: 'increase', group: 'latency' }, errors: { direction: 'increase', group: 'errors', critical: true } };

async function runGate(canary: string, extra: Record<string, unknown> = {}) {
  const inputs = parseInputs(gate.inputs, {
    'prometheus-url': url,
    queries,
    config,
    window: '59m',
    step: '1m',
    end: String(END),
    'canary-selector': `variant="${canary}"`,
    'baseline-selector': 'variant="baseline"',
    'current-weight': 10,
    ...extra,
  });
  return gate.run(inputs, ctx());
}

describe('canary-decision with a real Prometheus', () => {
  it('reads one sample per step for each variant through query_range', async () => {
    const data = await fetchPrometheusMetrics(
      { url, end: new Date(END * 1000), windowSeconds: 59 * 60, stepSeconds: 60, selectors: { canary: 'variant="healthy"', baseline: 'variant="baseline"' } },
      [metric('latency', { query: 'request_latency_ms{${scope}}' })],
    );
    const latency = data.get('latency')!;
    expect(latency.canary.length).toBe(POINTS);
    expect(latency.baseline.length).toBe(POINTS);
    expect(latency.baseline[0]).toBeCloseTo(normals(POINTS, 120, 5, 1)[0], 3);
  });

  it('promotes the healthy canary', async () => {
    const r = await runGate('healthy');
    expect(r.outputs.decision).toBe('promote');
    expect(r.outputs['next-weight']).toBe('20');
    expect((r.report.metrics as { nCanary: number }[])[0].nCanary).toBe(POINTS);
  });

  it('rolls back the degraded canary', async () => {
    const r = await runGate('degraded');
    expect(r.outputs.decision).toBe('rollback');
    expect((r.report.metrics as { classification: string }[]).map((m) => m.classification)).toEqual(['High', 'High']);
  });

  it('continues when the canary has no series yet, unless a critical metric has none (Kayenta fails the canary then)', async () => {
    const relaxed = { ...config, errors: { ...config.errors, critical: false } };
    const r = await runGate('not-deployed', { config: relaxed });
    expect(r.outputs.decision).toBe('continue');
    const strict = await runGate('not-deployed');
    expect(strict.outputs.decision).toBe('rollback');
    expect(strict.report.metrics as { name: string; classification: string; critical: boolean }[]).toMatchObject([
      { name: 'latency', classification: 'Nodata', critical: false },
      { name: 'errors', classification: 'Nodata', critical: true },
    ]);
  });

  it("reports Prometheus's own message for a bad query, naming the metric", async () => {
    const err = await runGate('healthy', { queries: { ...queries, latency: 'rate(request_latency_ms{$selector}' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).format()).toMatch(/^metric latency: Prometheus rejected the query .*: bad_data: /);
  });

  it('names an unreachable server', async () => {
    const port = await freePort();
    await expect(runGate('healthy', { 'prometheus-url': `http://127.0.0.1:${port}` })).rejects.toThrow(/cannot reach Prometheus at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  });
});
