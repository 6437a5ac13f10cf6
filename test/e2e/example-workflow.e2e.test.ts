/**
 * .github/workflows/example-gates.yml, replayed through the harness: every
 * step that uses an action of this repository runs with the `with:` values
 * the workflow gives it, on Node 24 (what `runs.using` asks for), in a copy
 * of the examples; `run:` steps run in bash with their `env:` expressions
 * (`${{ steps.<id>.outputs.<name> }}`) evaluated; steps using marketplace
 * actions (checkout, upload-artifact) are skipped. The job must be green
 * (every step exits 0), and each distinct `comment-id` keeps its own sticky
 * comment.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { startFakeGitHub } from '../harness/fake-github.js';
import { REPO_ROOT, evaluateTemplate, runAction, type ActionRun } from '../harness/run-action.js';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string | number | boolean>;
}

const workflow = parseYaml(readFileSync(join(REPO_ROOT, '.github/workflows/example-gates.yml'), 'utf8')) as {
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
};
const workspace = mkdtempSync(join(tmpdir(), 'modelgate-example-workflow-'));
cpSync(join(REPO_ROOT, 'examples'), join(workspace, 'examples'), { recursive: true });
const runs: ActionRun[] = [];
afterAll(() => {
  for (const r of runs) r.dispose();
  rmSync(workspace, { recursive: true, force: true });
});

it('grants what the sticky comment and the check run need', () => {
  expect(workflow.permissions).toMatchObject({ 'pull-requests': 'write', checks: 'write' });
});

for (const [name, job] of Object.entries(workflow.jobs)) {
  it(`job ${name} is green on a pull request, with one comment per comment-id`, async () => {
    const api = await startFakeGitHub();
    try {
      const steps: Record<string, { outputs: Record<string, string> }> = {};
      const contexts = () => ({ steps, github: { event_name: 'pull_request', repository: 'acme/models' } });
      const commentIds = new Set<string>();
      let ranLocal = 0;
      for (const step of job.steps) {
        if (step.uses?.startsWith('./actions/')) {
          const gate = step.uses.replace('./actions/', '');
          const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, evaluateTemplate(String(v), contexts())]));
          const r = await runAction({ gate, node: 'node24', api, cwd: workspace, inputs });
          runs.push(r);
          ranLocal++;
          expect(r.exitCode, `${step.id ?? gate}: ${r.stdout}${r.stderr}`).toBe(0);
          expect(r.runnerWarnings).toEqual([]);
          if (step.id) steps[step.id] = { outputs: r.outputs };
          commentIds.add(String(step.with?.['comment-id'] ?? ''));
        } else if (step.run) {
          const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluateTemplate(v, contexts())]));
          const res = spawnSync('bash', ['-e', '-c', step.run], { cwd: workspace, env: { ...process.env, ...env }, encoding: 'utf8' });
          expect(res.status, `run step: ${step.run}\n${res.stdout}${res.stderr}`).toBe(0);
        }
      }
      expect(ranLocal).toBeGreaterThan(0);
      expect(api.issueComments('acme', 'models', 12)).toHaveLength(commentIds.size);
      expect(api.violations).toEqual([]);
    } finally {
      await api.close();
    }
  });
}
