/**
 * Every gate's action against a GitHub API having a bad day (issue #17's
 * "Done when"): the built action started as the runner starts it (Node 24,
 * the runtime of `runs.using`), once per gate and fault mode, each against a
 * fresh fake GitHub that fails in one way:
 *
 *   500 on every call · 502 after the comment was made · the connection
 *   dropped after the comment was made · the primary rate limit ·
 *   a secondary rate limit · 429 with `retry-after: 600` on every call ·
 *   404 for the pull request · JSON answers cut in half
 *
 * For each it asserts what must not depend on GitHub: the verdict and the
 * exit code are those of the data; no more than one comment carries the
 * gate's marker (exactly one where GitHub recovers within the budget); the
 * GitHub calls all start within `comment-timeout`, and the step ends soon
 * after (the backstop in src/adapters/action/publish.ts is 2 s); a comment
 * that could not be written is a warning, never an error.
 *
 * A small `comment-timeout` keeps the run short; the runs go in parallel.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker } from '../../src/github/comment.js';
import { makeFixture, type Fixture } from '../registry/helpers/git-fixture.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../harness/fake-github.js';
import { REPO_ROOT, runAction, type ActionRun, type RunActionOptions } from '../harness/run-action.js';

/**
 * `comment-timeout` of every run, in seconds. The modes GitHub recovers from
 * need a rate-limit wait (up to 3 s) and @octokit/plugin-throttling's second
 * between writes (GraphQL, the comment, the check run), after Octokit has
 * loaded, on a machine that may be busy with other test files.
 */
const CAP_SECONDS = 12;
/**
 * How long after the deadline the step may still run: publish.ts's 2 s
 * backstop, plus time for the process to exit on a machine shared with other
 * test files. An unbounded wait (the `retry-after: 600`) would take minutes.
 */
const AFTER_DEADLINE_MS = 2_000 + 4_000;
/** Runs at a time: most of a faulted run is waiting on timers, not the CPU. */
const PARALLEL = 8;

type Verdict = 'pass' | 'warn' | 'fail';

interface GateCase {
  gate: string;
  inputs: (cwd: string) => Record<string, string>;
  verdict: Verdict;
  exitCode: 0 | 1;
}

// One small example a gate, with the verdict its own e2e test establishes
// fault-free; failing ones among them, so that the exit code 1 is checked to
// survive a failed comment as well as the exit code 0.
const GATES: GateCase[] = [
  {
    gate: 'validate-schema',
    inputs: () => ({ data: 'examples/validate-schema/broken.csv', schema: 'examples/validate-schema/contract.yml' }),
    verdict: 'fail',
    exitCode: 1,
  },
  {
    gate: 'drift-check',
    inputs: () => ({
      reference: 'examples/drift-check/reference.csv',
      current: 'examples/drift-check/current-stable.csv',
      policy: 'examples/drift-check/modelgate.yml',
    }),
    verdict: 'pass',
    exitCode: 0,
  },
  {
    gate: 'performance-gate',
    inputs: () => ({
      predictions: 'examples/performance-gate/challenger-worse.csv',
      'baseline-predictions': 'examples/performance-gate/baseline.csv',
      'id-column': 'id',
      'prediction-column': 'prediction',
      'score-column': 'score',
      metrics: 'accuracy, roc_auc',
      thresholds: 'roc_auc: ">= 0.9"',
      'max-drop': '0.02',
    }),
    verdict: 'fail',
    exitCode: 1,
  },
  {
    gate: 'fairness-gate',
    inputs: () => ({ predictions: 'examples/fairness-gate/fair.csv', policy: 'examples/fairness-gate/modelgate.yml' }),
    verdict: 'pass',
    exitCode: 0,
  },
  {
    gate: 'canary-decision',
    // Too few samples: `continue`, a warn verdict, which passes the job under the default fail-on.
    inputs: () => ({ samples: 'examples/canary-decision/starved.csv', config: 'examples/canary-decision/canary.yml', 'current-weight': '10' }),
    verdict: 'warn',
    exitCode: 0,
  },
  {
    gate: 'register-model',
    // Verify reads the registry and writes nothing, so runs in parallel clones cannot race.
    inputs: () => ({ command: 'verify', name: 'churn', path: 'models/churn' }),
    verdict: 'pass',
    exitCode: 0,
  },
];

/** How many marked comments GitHub should hold afterwards. */
type Expected = 'one' | 'none' | 'at most one';

interface FaultMode {
  name: string;
  options: FakeGitHubOptions;
  comments: Expected;
  /** The fault happened (a mode that never fired would prove nothing). */
  fired: (api: FakeGitHub) => boolean;
}

const ALWAYS = Number.MAX_SAFE_INTEGER;

const answered = (api: FakeGitHub, status: number, route?: RegExp) =>
  api.requests.some((r) => r.status === status && (!route || route.test(`${r.method} ${r.route}`)));
const CREATE_COMMENT = /^POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments$/;

const FAULTS: FaultMode[] = [
  // Retries (after 1 s, then 4 s) run into the deadline: nothing is posted, the step warns.
  { name: '500 on every call', options: { failFirst: ALWAYS, failStatus: 500 }, comments: 'none', fired: (api) => answered(api, 500) },
  // The create's answer is lost but the comment exists: listing again finds it, no second one.
  {
    name: '502 after the comment was made',
    options: { createFault: { kind: 'made-then-502' } },
    comments: 'one',
    fired: (api) => answered(api, 502, CREATE_COMMENT),
  },
  {
    name: 'connection dropped after the comment was made',
    options: { createFault: { kind: 'made-then-drop' } },
    comments: 'one',
    // A dropped connection has no status.
    fired: (api) => answered(api, 0, CREATE_COMMENT),
  },
  // The limit resets within seconds: waited out once, inside the budget.
  { name: 'primary rate limit', options: { primaryRateLimit: 1 }, comments: 'one', fired: (api) => answered(api, 403) },
  {
    name: 'secondary rate limit (403, retry-after 1)',
    options: { secondaryRateLimit: 2, retryAfterSeconds: 1 },
    comments: 'one',
    fired: (api) => answered(api, 403),
  },
  // A wait of ten minutes does not fit the budget: given up at once.
  {
    name: '429 with retry-after 600 on every call',
    options: { secondaryRateLimit: ALWAYS, secondaryRateLimitStatus: 429, retryAfterSeconds: 600 },
    comments: 'none',
    fired: (api) => answered(api, 429),
  },
  { name: '404 for the pull request', options: { missingIssues: true }, comments: 'none', fired: (api) => answered(api, 404) },
  // Which answers are cut decides whether the comment gets written; never twice.
  { name: 'malformed JSON', options: { malformedJson: 2 }, comments: 'at most one', fired: (api) => api.requests.some((r) => r.cut) },
];

interface Outcome {
  run: ActionRun;
  api: FakeGitHub;
}

const outcomes = new Map<string, Outcome>();
const key = (gate: string, fault: string) => `${gate} / ${fault}`;

let workspace: string;
let registry: Fixture;

/** A clone of the registry for one run (register-model) or the shared workspace (every other gate). */
function workdirOf(gate: string, fault: FaultMode): string {
  if (gate !== 'register-model') return workspace;
  return registry.clone(`verify-${FAULTS.indexOf(fault)}`);
}

async function runOne(c: GateCase, fault: FaultMode): Promise<void> {
  const api = await startFakeGitHub(fault.options);
  const cwd = workdirOf(c.gate, fault);
  const inputs: RunActionOptions['inputs'] = {
    ...c.inputs(cwd),
    comment: 'always',
    'check-name': `modelgate ${c.gate}`,
    'comment-timeout': CAP_SECONDS,
  };
  const run = await runAction({ gate: c.gate, node: 'node24', api, cwd, inputs, event: 'pull_request', timeoutMs: 120_000 });
  outcomes.set(key(c.gate, fault.name), { run, api });
}

/** Run every case, PARALLEL at a time. */
async function runAll(): Promise<void> {
  const queue = GATES.flatMap((c) => FAULTS.map((f) => () => runOne(c, f)));
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await next();
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'modelgate-faults-'));
  for (const dir of ['validate-schema', 'drift-check', 'performance-gate', 'fairness-gate', 'canary-decision']) {
    cpSync(join(REPO_ROOT, 'examples', dir), join(workspace, 'examples', dir), { recursive: true });
  }
  // A registry with churn v0.0.1 registered (fault-free), for verify to check.
  registry = makeFixture();
  registry.write('models/churn/model.json', '{"coef": [0.1, 0.2]}\n');
  registry.commit('train churn');
  const api = await startFakeGitHub();
  const registered = await runAction({ gate: 'register-model', node: 'node24', api, cwd: registry.work, inputs: { name: 'churn', path: 'models/churn' }, event: 'push' });
  await api.close();
  registered.dispose();
  if (registered.exitCode !== 0) throw new Error(`registering the fixture model failed:\n${registered.stdout}${registered.stderr}`);

  await runAll();
}, 300_000);

afterAll(async () => {
  for (const { run, api } of outcomes.values()) {
    run.dispose();
    await api.close();
  }
  if (workspace) rmSync(workspace, { recursive: true, force: true });
  registry?.cleanup();
});

describe.each(GATES)('$gate under GitHub API faults', (c) => {
  const marker = commentMarker(c.gate);

  it.each(FAULTS)('$name', (fault) => {
    const outcome = outcomes.get(key(c.gate, fault.name));
    expect(outcome, 'the run happened').toBeDefined();
    const { run, api } = outcome!;
    // What a failure shows: the step's output and GitHub's side, in ms from the first call.
    const t0 = api.requests[0]?.at ?? 0;
    const calls = api.requests.map((r) => `${r.at - t0} ms ${r.method} ${r.path} → ${r.status}`);
    const log = `${run.stdout}${run.stderr}\nGitHub calls:\n${calls.join('\n')}\nstep ended at ${run.endedAt - t0} ms\n`;

    expect(fault.fired(api), `the fault happened\n${log}`).toBe(true);

    // The verdict and the exit code are the data's, whatever GitHub does.
    expect(run.outputs.verdict, log).toBe(c.verdict);
    expect(run.exitCode, log).toBe(c.exitCode);
    // The only ::error a run may print is its own failure, never GitHub's.
    expect(run.errors.filter((e) => /github|comment|check run|rate limit/i.test(e.message)), log).toEqual([]);

    // At most one comment with our marker, whoever wrote it.
    const marked = api.comments.filter((comment) => comment.body.includes(marker));
    expect(marked.length, log).toBeLessThanOrEqual(1);
    if (fault.comments === 'one') {
      expect(marked, log).toHaveLength(1);
      expect(marked[0].body.split('\n')[0]).toBe(marker);
    }
    if (fault.comments === 'none') {
      expect(marked, log).toHaveLength(0);
      // Not posting is said in a warning.
      expect(run.warnings.map((w) => w.message).join('\n'), log).toMatch(/comment/i);
    }
    // A check run is never duplicated either.
    expect(api.checkRuns.filter((r) => r.name === `modelgate ${c.gate}`).length, log).toBeLessThanOrEqual(1);

    // Time: publishing begins right before the first call; the deadline is
    // CAP_SECONDS later. No call starts after it, and the step ends soon after.
    const times = api.requests.map((r) => r.at);
    expect(times.length, 'GitHub was called').toBeGreaterThan(0);
    const first = Math.min(...times);
    expect(Math.max(...times) - first, log).toBeLessThanOrEqual(CAP_SECONDS * 1000);
    expect(run.endedAt - first, log).toBeLessThanOrEqual(CAP_SECONDS * 1000 + AFTER_DEADLINE_MS);

    expect(api.violations, 'requests GitHub would reject').toEqual([]);
  });
});
