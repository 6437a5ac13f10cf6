/**
 * `modelgate run`, the root action's suite on a terminal, from a bare copy
 * of dist/ (no node_modules near) on the bundled examples
 * (examples/modelgate.yml): the four PR gates in one step with one combined
 * report and a folder of one JSON report per gate; exit 1 when a gate fails,
 * 2 when one cannot run (the others still run), and one line for a bad
 * input of the run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../harness/run-action.js';

let work: string;
const FOUR = 'validate-schema,drift-check,performance-gate,fairness-gate';

function run(args: string[]) {
  const r = spawnSync(process.execPath, [join(work, 'dist/cli.js'), 'run', ...args], { cwd: work, encoding: 'utf8', env: { PATH: process.env.PATH } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The combined table's rows: `<gate> <verdict>`. */
const rows = (markdown: string) => [...markdown.matchAll(/^\| \[[^\]]+\]\(#modelgate-([a-z-]+)\) \| \S+ ([a-z]+) \|/gm)].map((m) => `${m[1]} ${m[2]}`);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'modelgate-run-'));
  cpSync(join(REPO_ROOT, 'dist'), join(work, 'dist'), { recursive: true });
  cpSync(join(REPO_ROOT, 'examples'), join(work, 'examples'), { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('modelgate run', () => {
  it('runs four gates in one step: one combined report, one JSON report per gate, exit 0', () => {
    const r = run(['--policy', 'examples/modelgate.yml', '--gates', FOUR, '--report-path', 'reports-pass']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^## ✅ modelgate: \*\*PASS\*\*$/m);
    expect(rows(r.stdout)).toEqual(['validate-schema pass', 'drift-check pass', 'performance-gate pass', 'fairness-gate pass']);
    expect(readdirSync(join(work, 'reports-pass')).filter((f) => f.endsWith('.json')).sort()).toEqual(FOUR.split(',').map((g) => `${g}.json`).sort());
    for (const gate of FOUR.split(',')) {
      const report = JSON.parse(readFileSync(join(work, 'reports-pass', `${gate}.json`), 'utf8')) as { gate: string; verdict: string };
      expect([report.gate, report.verdict]).toEqual([gate, 'pass']);
    }
  });

  it('exits 1 when a gate fails, and the others still report', () => {
    const r = run(['--policy', 'examples/modelgate.yml', '--gates', FOUR, '--report-path', 'reports-fail', '--fairness-gate', 'predictions: examples/fairness-gate/biased.csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(rows(r.stdout)).toEqual(['validate-schema pass', 'drift-check pass', 'performance-gate pass', 'fairness-gate fail']);
  });

  it('exits 2 when a gate cannot run, naming why, while the others run', () => {
    const r = run(['--policy', 'examples/modelgate.yml', '--gates', FOUR, '--report-path', 'reports-error', '--drift-check', 'current: examples/drift-check/missing.csv']);
    expect(r.code, r.stderr).toBe(2);
    expect(rows(r.stdout)).toEqual(['validate-schema pass', 'drift-check error', 'performance-gate pass', 'fairness-gate pass']);
    expect(r.stdout).toMatch(/missing\.csv/);
  });

  it('refuses an unknown gate in one line, suggesting the one meant', () => {
    const r = run(['--gates', 'drift-chek']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/unknown gate "drift-chek"; did you mean "drift-check"\?/);
  });
});
