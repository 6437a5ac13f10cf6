/**
 * Each secret redacted once (src/run/redact.ts, applied in src/run/run-gate.ts):
 * a URL with a password planted in every input of every gate, with the
 * GitHub token and MLflow's token in the environment, must not appear in
 * anything the run writes: stdout and stderr (the runner's own ::add-mask::
 * commands aside, which the runner consumes), the outputs, the job summary,
 * the JSON report, the comment and check run sent to GitHub.
 *
 * The CLI path runs in-process from src/; the action path runs the committed
 * dist/ exactly as the runner does.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/adapters/cli/run-cli.js';
import { COMMON_INPUTS } from '../../src/core/inputs.js';
import { availableGates, loadGate } from '../../src/gates/index.js';
import { Redactor } from '../../src/run/redact.js';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { FAKE_TOKEN, REPO_ROOT, runAction } from '../harness/run-action.js';

const PASSWORD = 'Pl4ntedPassw0rd';
const URL_WITH_PASSWORD = `https://alice:${PASSWORD}@127.0.0.1:9/planted`;
/** The token the fake GitHub accepts: a real secret of the run. */
const TOKEN = FAKE_TOKEN;
const MLFLOW_TOKEN = 'Pl4ntedMlflowT0ken';
/** Every form a leak could take: the password, the userinfo, its Basic authorization, the tokens. */
const FORMS = [PASSWORD, `alice:${PASSWORD}`, Buffer.from(`alice:${PASSWORD}`).toString('base64'), TOKEN, MLFLOW_TOKEN];

/** Minimal valid inputs of each gate on the bundled examples, so that a planted input is reached. */
const BASE: Record<string, Record<string, string>> = {
  'validate-schema': { data: 'examples/validate-schema/loans.csv', schema: 'examples/validate-schema/contract.yml' },
  'drift-check': { reference: 'examples/drift-check/reference.csv', current: 'examples/drift-check/current-drifted.csv', 'cache-profile': 'false' },
  'performance-gate': { predictions: 'examples/performance-gate/challenger-worse.csv', 'prediction-column': 'prediction', 'score-column': 'score', bootstrap: '0' },
  'fairness-gate': { predictions: 'examples/fairness-gate/biased.csv', sensitive: 'sex', 'score-column': 'score', bootstrap: '0' },
  'register-model': { command: 'show', push: 'false' },
  'canary-decision': { samples: 'examples/canary-decision/degraded.csv', config: 'examples/canary-decision/canary.yml' },
};

function leaks(text: string): string[] {
  // The runner consumes ::add-mask:: and never shows it.
  const shown = text
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return FORMS.filter((f) => shown.includes(f));
}

async function cases(): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for (const gate of availableGates()) {
    const g = (await loadGate(gate))!;
    for (const spec of [...g.inputs.specs, ...COMMON_INPUTS]) if (!['github-token', 'report-path', 'comment'].includes(spec.name)) out.push([gate, spec.name]);
  }
  return out;
}

const CASES = await cases();

let temp: string;
let api: FakeGitHub;
let work: string;
beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'modelgate-secrets-'));
  // Inputs that name files to write (profile-out, infer-to, state, …) get the URL too: the runs
  // happen in a copy of the examples, never in the repository.
  work = join(temp, 'work');
  cpSync(join(REPO_ROOT, 'examples'), join(work, 'examples'), { recursive: true });
  api = await startFakeGitHub();
});
afterAll(async () => {
  await api.close();
  rmSync(temp, { recursive: true, force: true });
});

describe('Redactor', () => {
  it('replaces URL credentials, their parts and encodings, and known secrets', () => {
    const r = new Redactor();
    r.addFromValue({ url: URL_WITH_PASSWORD });
    r.add(TOKEN);
    const basic = Buffer.from(`alice:${PASSWORD}`).toString('base64');
    const text = `GET ${URL_WITH_PASSWORD} failed; password ${PASSWORD}; Authorization: Basic ${basic}; token ${TOKEN}; ${encodeURIComponent(TOKEN)}`;
    expect(r.redact(text)).toBe('GET https://***@127.0.0.1:9/planted failed; password ***; Authorization: Basic ***; token ***; ***');
    // A URL never seen before still loses its userinfo.
    expect(new Redactor().redact('see http://bob:pw@h/x and alice@example.com')).toBe('see http://***@h/x and alice@example.com');
  });
  it('takes credential variables from the environment, not ordinary ones', () => {
    const r = new Redactor();
    r.addFromEnv({ MLFLOW_TRACKING_TOKEN: MLFLOW_TOKEN, MLFLOW_TRACKING_PASSWORD: 'hunter22', HOME: '/root', CI: 'true' });
    expect(r.redact(`${MLFLOW_TOKEN} hunter22 /root true`)).toBe('*** *** /root true');
  });
});

describe('no secret in any output of any gate (CLI)', () => {
  it.each(CASES)('%s with the secret in %s', async (gate, input) => {
    let stdout = '';
    let stderr = '';
    const reportPath = join(temp, `cli-${gate}-${input}.json`);
    const htmlPath = join(temp, `cli-${gate}-${input}.html`);
    const explicit = { 'html-report': htmlPath, ...BASE[gate], [input]: URL_WITH_PASSWORD, 'report-path': reportPath };
    const args = [gate, ...Object.entries(explicit).flatMap(([k, v]) => [`--${k}`, v])];
    const cwd = gate === 'register-model' ? temp : work;
    await runCli(args, {
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
      isTTY: false,
      cwd,
      env: { PATH: process.env.PATH, GITHUB_TOKEN: TOKEN, MLFLOW_TRACKING_TOKEN: MLFLOW_TOKEN },
    });
    expect(leaks(stdout), stdout).toEqual([]);
    expect(leaks(stderr), stderr).toEqual([]);
    if (existsSync(reportPath)) expect(leaks(readFileSync(reportPath, 'utf8'))).toEqual([]);
    // The visual report is drawn from the redacted report, and redacted again as a whole.
    if (existsSync(htmlPath)) expect(leaks(readFileSync(htmlPath, 'utf8'))).toEqual([]);
  });
});

describe('no secret in any output of any gate (action)', () => {
  const all = CASES;
  // One run per gate and input would take minutes; the action shares the run
  // path with the CLI, so it is run for the inputs that reach the outputs
  // (URLs the gates use) and for one input of each kind that is refused.
  const chosen = all.filter(([gate, input]) => ['prometheus-url', 'tracking-uri', 'check-name', 'comment-id'].includes(input) || input === Object.keys(BASE[gate])[0]);
  it.each(chosen)('%s with the secret in %s', async (gate, input) => {
    const cwd = gate === 'register-model' ? temp : work;
    const before = api.requests.length;
    const run = await runAction({
      gate,
      node: 'node24',
      api,
      cwd,
      token: TOKEN,
      inputs: { ...BASE[gate], [input]: URL_WITH_PASSWORD, comment: 'always', 'check-name': input === 'check-name' ? URL_WITH_PASSWORD : 'planted' },
      env: { MLFLOW_TRACKING_TOKEN: MLFLOW_TOKEN },
    });
    try {
      expect(leaks(run.stdout), run.stdout).toEqual([]);
      expect(leaks(run.stderr)).toEqual([]);
      expect(leaks(run.summary)).toEqual([]);
      expect(leaks(JSON.stringify(run.outputs))).toEqual([]);
      const reportPath = run.outputs['report-path'];
      if (reportPath) {
        const abs = isAbsolute(reportPath) ? reportPath : join(cwd, reportPath);
        if (existsSync(abs)) expect(leaks(readFileSync(abs, 'utf8'))).toEqual([]);
        const html = abs.replace(/\.json$/, '.html');
        if (existsSync(html)) expect(leaks(readFileSync(html, 'utf8'))).toEqual([]);
      }
      const sent = api.requests.slice(before).map((r) => JSON.stringify(r.body ?? ''));
      expect(leaks(sent.join('\n'))).toEqual([]);
      // The token itself is masked for the runner at the start.
      expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
    } finally {
      run.dispose();
    }
  });
});
