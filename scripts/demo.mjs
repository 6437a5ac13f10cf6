#!/usr/bin/env node
// `npm run demo`: all six gates in one step through `modelgate run`, the
// root action's suite on a terminal, on the bundled examples: a round on
// the good files (every gate passes and register-model records the model
// with the other gates' reports) and a round on the bad ones (broken data,
// drifted data, a worse and a biased model, a degraded canary: those gates
// fail and register-model is skipped). Prints each round's combined report.
//
// Needs only Node (dist/ is committed) and git, because register-model's
// registry is a repository's tags: the demo works in a throwaway repository
// holding a copy of examples/, and pushes nothing.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'modelgate-demo-'));

function git(...args) {
  const r = spawnSync('git', args, { cwd: work, encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    console.error(`The demo needs git (register-model's registry is a repository's tags): git ${args.join(' ')} failed: ${r.error?.message ?? r.stderr.trim()}`);
    process.exit(1);
  }
}

cpSync(join(root, 'examples'), join(work, 'examples'), { recursive: true });
git('init', '-q');
git('-c', 'user.name=modelgate demo', '-c', 'user.email=demo@example.invalid', 'add', '.');
git('-c', 'user.name=modelgate demo', '-c', 'user.email=demo@example.invalid', 'commit', '-q', '-m', 'examples');

// The six gates' settings: examples/modelgate.yml for five, register-model's here.
const common = ['--policy', 'examples/modelgate.yml', '--comment', 'never'];
const register = ['--register-model', 'name: churn\npath: examples/register-model/model\npush: false\nmetadata:\n  owner: demo'];
const gates = ['--gates', 'validate-schema,drift-check,performance-gate,fairness-gate,register-model,canary-decision'];

function round(title, extra, reportDir) {
  const args = ['run', ...gates, ...common, ...register, ...extra, '--report-path', reportDir];
  console.log(`\n\x1b[1m$ modelgate ${args.map((a) => (/[\s:]/.test(a) ? `'${a}'` : a)).join(' ')}\x1b[0m\n# ${title}\n`);
  const env = { ...process.env, GIT_AUTHOR_NAME: 'modelgate demo', GIT_AUTHOR_EMAIL: 'demo@example.invalid', GIT_COMMITTER_NAME: 'modelgate demo', GIT_COMMITTER_EMAIL: 'demo@example.invalid' };
  delete env.GITHUB_ACTIONS;
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, stdio: 'inherit', env });
  console.log(`\n(exit code ${r.status})`);
  return r.status;
}

const good = round('the good files: expect every gate to pass and the model to be registered', [], join(work, 'reports-pass'));
const bad = round(
  'the bad files: expect validate-schema, drift-check, performance-gate, fairness-gate and canary-decision to fail, register-model to be skipped',
  [
    '--validate-schema', 'data: examples/validate-schema/broken.csv',
    '--drift-check', 'current: examples/drift-check/current-drifted.csv',
    '--performance-gate', 'predictions: examples/performance-gate/challenger-worse.csv',
    '--fairness-gate', 'predictions: examples/fairness-gate/biased.csv',
    '--canary-decision', 'samples: examples/canary-decision/degraded.csv',
  ],
  join(work, 'reports-fail'),
);

rmSync(work, { recursive: true, force: true });
const ok = good === 0 && bad === 1;
console.log(ok ? '\nDemo done: the good round passed (exit 0) and the bad round failed (exit 1), as expected.' : '\nDemo did not behave as expected.');
process.exit(ok ? 0 : 1);
