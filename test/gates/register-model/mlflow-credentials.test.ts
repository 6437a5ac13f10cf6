/**
 * MLflow credentials (#17 item 4): a tracking URI with `user:password@`
 * works (fetch refuses such a URL, so they go as Basic authentication,
 * RFC 7617), and no form of a credential reaches stdout, stderr or the
 * report, even when the server's error body echoes the Authorization header
 * it received.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/adapters/cli/run-cli.js';
import { startMlflow, type LoopbackMlflow } from '../../registry/helpers/mlflow-server.js';

const USER = 'ada';
const PASSWORD = 'Pa55:w/rd@mlflow';
const USERINFO = `${USER}:${encodeURIComponent(PASSWORD)}`;
// RFC 7617: base64 of user-id ":" password (UTF-8), by hand from the parts.
const BASIC = Buffer.from(`${USER}:${PASSWORD}`, 'utf8').toString('base64');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlflow-credentials-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const reportPath = join(dir, 'report.json');
  const code = await runCli(['register-model', '--backend', 'mlflow', '--command', 'show', '--report-path', reportPath, ...args], {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    isTTY: false,
    cwd: dir,
    env,
  });
  let report = '';
  try {
    report = readFileSync(reportPath, 'utf8');
  } catch {
    // no report on an input error
  }
  return { code, stdout, stderr, report };
}

function expectNoCredential(texts: string[], forms: string[]) {
  for (const text of texts) for (const form of forms) expect(text).not.toContain(form);
}

describe('an MLflow tracking URI with credentials', () => {
  let srv: LoopbackMlflow;
  afterEach(() => srv?.close());

  it('works, the credentials sent as Basic authentication and never in the URL', async () => {
    srv = await startMlflow({ auth: `Basic ${BASIC}` });
    const withCredentials = srv.url.replace('http://', `http://${USERINFO}@`);
    const run = await cli(['--tracking-uri', withCredentials]);
    expect(run.code, run.stderr).toBe(0);
    expect(srv.requests.length).toBeGreaterThan(0);
    for (const r of srv.requests) expect(r.auth).toBe(`Basic ${BASIC}`);
    expect(JSON.parse(run.report).inputs['tracking-uri']).toBe(srv.url.replace('http://', 'http://***@'));
    expectNoCredential([run.stdout, run.stderr, run.report], [PASSWORD, encodeURIComponent(PASSWORD), USERINFO, BASIC]);
  });

  it('takes the URI credentials before MLFLOW_TRACKING_TOKEN', async () => {
    srv = await startMlflow({ auth: `Basic ${BASIC}` });
    const run = await cli(['--tracking-uri', srv.url.replace('http://', `http://${USERINFO}@`)], { MLFLOW_TRACKING_TOKEN: 'someOtherToken' });
    expect(run.code, run.stderr).toBe(0);
  });
});

describe('an MLflow error body that echoes the Authorization header', () => {
  let echo: Server;
  let url = '';
  beforeEach(async () => {
    echo = createServer((req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error_code: 'INVALID_PARAMETER_VALUE', message: `bad request with Authorization: ${req.headers.authorization}` }));
    });
    await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
  });
  afterEach(() => new Promise<void>((r) => echo.close(() => r())));

  it('is redacted when the credentials come from the URI', async () => {
    const run = await cli(['--tracking-uri', url.replace('http://', `http://${USERINFO}@`)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('INVALID_PARAMETER_VALUE: bad request with Authorization: Basic ***');
    expectNoCredential([run.stdout, run.stderr], [PASSWORD, encodeURIComponent(PASSWORD), USERINFO, BASIC]);
  });

  it('is redacted when they come from MLFLOW_TRACKING_USERNAME and _PASSWORD', async () => {
    const run = await cli(['--tracking-uri', url], { MLFLOW_TRACKING_USERNAME: USER, MLFLOW_TRACKING_PASSWORD: PASSWORD });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Authorization: Basic ***');
    expectNoCredential([run.stdout, run.stderr], [PASSWORD, BASIC]);
  });

  it('is redacted for a token', async () => {
    const run = await cli(['--tracking-uri', url], { MLFLOW_TRACKING_TOKEN: 'mlflowT0kenValue' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Authorization: Bearer ***');
    expect(run.stderr).not.toContain('mlflowT0kenValue');
  });
});
