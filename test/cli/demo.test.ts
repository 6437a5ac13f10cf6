/**
 * `npm run demo` (scripts/demo.mjs) runs the committed dist/cli.js: all six
 * gates through `modelgate run` on the bundled examples, a good round that
 * passes and registers the model, and a bad round where five gates fail and
 * register-model is skipped. Each round prints the combined report.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../harness/run-action.js';

it('npm run demo: six gates pass, then five fail and register-model is skipped, with the combined report of each', () => {
  const env = { ...process.env };
  delete env.GITHUB_ACTIONS;
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/demo.mjs')], { cwd: REPO_ROOT, encoding: 'utf8', env, timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  const rounds = r.stdout.split(/^\x1b\[1m\$ modelgate run /m).slice(1);
  expect(rounds).toHaveLength(2);
  const rows = (round: string) => [...round.matchAll(/^\| \[[^\]]+\]\(#modelgate-([a-z-]+)\) \| \S+ ([a-z]+) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
  expect(rounds[0]).toMatch(/^## ✅ modelgate: \*\*PASS\*\*$/m);
  expect(rows(rounds[0])).toEqual([
    'validate-schema pass', 'drift-check pass', 'performance-gate pass', 'fairness-gate pass', 'register-model pass', 'canary-decision pass',
  ]);
  expect(rounds[0]).toMatch(/registered churn v0\.0\.1/);
  expect(rounds[0]).toMatch(/\(exit code 0\)/);
  expect(rounds[1]).toMatch(/^## ❌ modelgate: \*\*FAIL\*\*$/m);
  expect(rows(rounds[1])).toEqual([
    'validate-schema fail', 'drift-check fail', 'performance-gate fail', 'fairness-gate fail', 'register-model skipped', 'canary-decision fail',
  ]);
  expect(rounds[1]).toMatch(/\(exit code 1\)/);
}, 180_000);
