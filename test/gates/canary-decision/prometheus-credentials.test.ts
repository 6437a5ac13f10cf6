/**
 * A Prometheus URL with `user:password@` (#17 item 4): fetch refuses such a
 * URL outright, so the credentials must travel as a Basic Authorization
 * header (RFC 7617: base64 of `user:password`, the parts percent-decoded), and
 * they must show up nowhere the run writes: not in the report, the Markdown,
 * the error line, nor in an error body that echoes the header back.
 *
 * The server is a loopback stand-in for Prometheus behind basic auth
 * (`basic_auth_users` in its web config): it checks the header, answers
 * `query_range` with the documented matrix shape, and on bad credentials
 * answers 401 with a body that echoes the Authorization header, as some
 * proxies do.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/adapters/cli/run-cli.js';
import { fetchPrometheusMetrics } from '../../../src/gates/canary-decision/prometheus.js';
import { metric } from './helpers.js';

const USER = 'grafana-reader';
const PASSWORD = 'S3cr3t@p4ss:w/rd%';
// Percent-encoded as a URL must hold it (RFC 3986 userinfo: no raw @, : after the first, / or %).
const USERINFO = `${USER}:${encodeURIComponent(PASSWORD)}`;
// RFC 7617, section 2: base64 of user-id ":" password, by hand from the parts.
const EXPECTED_AUTH = `Basic ${Buffer.from(`${USER}:${PASSWORD}`, 'utf8').toString('base64')}`;
const WRONG = 'Wr0ngPassw0rd';

interface Seen {
  authorization?: string;
  url: string;
}

let server: Server;
let base = '';
const seen: Seen[] = [];

/** 60 points a minute apart: canary around 100 ms, baseline around 100 ms (values by hand). */
function matrix(canary: boolean) {
  const values = Array.from({ length: 60 }, (_, i) => [1767225600 + i * 60, String(100 + ((i * 7) % 5) - (canary ? 0 : 1))]);
  return { status: 'success', data: { resultType: 'matrix', result: [{ metric: { variant: canary ? 'canary' : 'baseline' }, values }] } };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      seen.push({ authorization: req.headers.authorization, url: req.url ?? '' });
      if (req.headers.authorization !== EXPECTED_AUTH) {
        res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Basic realm="prometheus"' });
        res.end(JSON.stringify({ status: 'error', errorType: 'unauthorized', error: `rejected Authorization: ${req.headers.authorization ?? '(none)'}` }));
        return;
      }
      if (req.url !== '/prom/api/v1/query_range' || req.method !== 'POST') {
        res.writeHead(404).end();
        return;
      }
      const query = new URLSearchParams(body).get('query') ?? '';
      if (query.includes('echo')) {
        // A query error whose text quotes the request's headers.
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: 'error', errorType: 'bad_data', error: `cannot parse ${query}; request had Authorization: ${req.headers.authorization}` }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(matrix(query.includes('canary'))));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `127.0.0.1:${(server.address() as AddressInfo).port}/prom`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const source = (url: string) => ({
  url,
  end: new Date((1767225600 + 59 * 60) * 1000),
  windowSeconds: 59 * 60,
  stepSeconds: 60,
  selectors: { canary: 'variant="canary"', baseline: 'variant="baseline"' },
});

describe('a Prometheus URL with credentials', () => {
  it('works: the credentials go in a Basic Authorization header, not in the URL', async () => {
    const before = seen.length;
    const told: string[] = [];
    const data = await fetchPrometheusMetrics({ ...source(`http://${USERINFO}@${base}`), secret: (s) => told.push(s) }, [
      metric('latency_ms', { query: 'latency_ms{$selector}' }),
    ]);
    expect(data.get('latency_ms')!.canary).toHaveLength(60);
    const requests = seen.slice(before);
    expect(requests).toHaveLength(2);
    for (const r of requests) {
      expect(r.authorization).toBe(EXPECTED_AUTH);
      expect(r.url).toBe('/prom/api/v1/query_range');
    }
    // The run is told the header's credential, to mask and redact it.
    expect(told).toEqual([EXPECTED_AUTH.slice('Basic '.length)]);
  });

  it('sends no Authorization header to a URL without credentials', async () => {
    const before = seen.length;
    await expect(fetchPrometheusMetrics(source(`http://${base}`), [metric('m', { query: 'm{$selector}' })])).rejects.toThrow(
      /answered HTTP 401: it asks for credentials/,
    );
    // Both variants are queried at once; the second may land just after the first one's refusal.
    for (let i = 0; i < 50 && seen.length < before + 2; i++) await new Promise((r) => setTimeout(r, 10));
    expect(seen.slice(before).map((r) => r.authorization)).toEqual([undefined, undefined]);
  });

  it('runs the whole gate with them, and no form of the password appears in the report, stdout or stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'canary-credentials-'));
    try {
      let stdout = '';
      let stderr = '';
      const io = { stdout: (s: string) => void (stdout += s), stderr: (s: string) => void (stderr += s), isTTY: false, cwd: dir, env: {} };
      const args = (userinfo: string, query = 'latency_ms{$selector}') => [
        'canary-decision',
        '--prometheus-url', `http://${userinfo}@${base}`,
        '--queries', `{latency_ms: "${query}"}`,
        '--config', '{latency_ms: {direction: increase}}',
        '--window', '59m', '--step', '1m', '--end', String(1767225600 + 59 * 60),
        '--report-path', join(dir, 'report.json'),
      ];
      const ok = await runCli(args(USERINFO), io);
      expect(ok, stderr).toBe(0);
      const report = readFileSync(join(dir, 'report.json'), 'utf8');
      expect(JSON.parse(report).inputs['prometheus-url']).toBe(`http://***@${base}`);

      // A wrong password: the server echoes the header it got into its error body.
      const wrongUserinfo = `${USER}:${WRONG}`;
      const failed = await runCli(args(wrongUserinfo), io);
      expect(failed).toBe(2);
      expect(stderr).toMatch(/prometheus-url: Prometheus at http:\/\/127\.0\.0\.1:\d+\/prom answered HTTP 401: the user and password in the URL were refused/);
      // The right password, and an error body that quotes the header it came with.
      const echoed = await runCli(args(USERINFO, 'echo{$selector}'), io);
      expect(echoed).toBe(2);
      expect(stderr).toMatch(/request had Authorization: Basic \*\*\*/);
      const forms = [
        PASSWORD,
        encodeURIComponent(PASSWORD),
        USERINFO,
        EXPECTED_AUTH.slice('Basic '.length),
        WRONG,
        Buffer.from(`${USER}:${WRONG}`).toString('base64'),
      ];
      for (const text of [stdout, stderr, report]) for (const form of forms) expect(text).not.toContain(form);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
