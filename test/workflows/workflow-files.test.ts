/**
 * Every action.yml, workflow and workflow template of the repository is
 * validated with GitHub's own parser (see ./parse.ts), and the actions are
 * checked for what the runner needs: `runs.using: node24` and an existing
 * `runs.main`. Workflow steps that use this repository's actions must only
 * pass inputs the action declares, and example paths they name must exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { availableGates } from '../../src/gates/index.js';
import { actionErrors, workflowErrors } from './parse.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function yamlFiles(dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f));
}

const actionFiles = existsSync(join(root, 'actions'))
  ? readdirSync(join(root, 'actions'))
      .map((d) => join('actions', d, 'action.yml'))
      .filter((f) => existsSync(join(root, f)))
  : [];
const workflowFiles = yamlFiles('.github/workflows');
const templateFiles = yamlFiles('action-templates');
const read = (f: string) => readFileSync(join(root, f), 'utf8');

describe('the validator', () => {
  it('rejects a broken workflow', async () => {
    const broken = ['on: push', 'jobs:', '  test:', '    runs-on: ubuntu-latest', '    stpes:', '      - run: npm test', ''].join('\n');
    const errors = await workflowErrors('broken.yml', broken);
    expect(errors.join('\n')).toMatch(/Unexpected value 'stpes'/);
  });

  it('rejects workflow YAML that does not parse', async () => {
    expect(await workflowErrors('bad.yml', 'on: [push\njobs: {}\n')).not.toEqual([]);
  });

  it('rejects what only shows when the run is built: unknown contexts and job dependencies', async () => {
    const step = (run: string) => `    runs-on: ubuntu-latest\n    steps:\n      - run: ${run}\n`;
    expect((await workflowErrors('ctx.yml', `on: push\njobs:\n  a:\n${step('echo ${{ secretz.X }}')}`)).join('\n')).toMatch(/Unrecognized named-value: 'secretz'/);
    const cycle = `on: push\njobs:\n  a:\n    needs: b\n${step('echo a')}  b:\n    needs: a\n${step('echo b')}`;
    expect((await workflowErrors('cycle.yml', cycle)).join('\n')).toMatch(/at least one job with no dependencies|cycle/i);
  });

  it('rejects a broken action.yml', () => {
    expect(actionErrors('action.yml', 'name: x\ndescription: y\nruns:\n  using: node99\n  main: index.js\n').join('\n')).toMatch(/Unexpected value 'node99'/);
    expect(actionErrors('action.yml', 'name: x\ndescription: y\nruns:\n  main: index.js\n').join('\n')).toMatch(/Required property is missing: using/);
  });

  it('accepts a minimal valid workflow and action', async () => {
    expect(await workflowErrors('ok.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n')).toEqual([]);
    expect(actionErrors('action.yml', 'name: x\ndescription: y\nruns:\n  using: node24\n  main: index.js\n')).toEqual([]);
  });
});

describe('actions/*/action.yml', () => {
  it('exists for every registered gate', () => {
    for (const gate of availableGates()) expect(actionFiles).toContain(join('actions', gate, 'action.yml'));
  });

  for (const file of actionFiles) {
    it(`${file} is valid, runs on node24 and its main exists`, () => {
      const text = read(file);
      expect(actionErrors(file, text)).toEqual([]);
      const doc = parseYaml(text) as { runs: { using: string; main: string } };
      expect(doc.runs.using).toBe('node24');
      expect(existsSync(resolve(root, dirname(file), doc.runs.main)), `${doc.runs.main} from ${file}`).toBe(true);
    });
  }
});

describe('workflows', () => {
  it('include the CI and the example gates', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining([join('.github/workflows', 'ci.yml'), join('.github/workflows', 'example-gates.yml')]));
  });

  for (const file of [...workflowFiles, ...templateFiles]) {
    it(`${file} is a valid workflow`, async () => {
      expect(await workflowErrors(file, read(file))).toEqual([]);
    });
  }

  for (const file of workflowFiles) {
    it(`${file} calls this repository's actions with inputs they declare`, () => {
      const doc = parseYaml(read(file)) as { jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }> };
      for (const job of Object.values(doc.jobs)) {
        for (const step of job.steps ?? []) {
          if (!step.uses?.startsWith('./')) continue;
          const actionYml = join(root, step.uses, 'action.yml');
          expect(existsSync(actionYml), `${step.uses} has an action.yml`).toBe(true);
          const declared = Object.keys((parseYaml(readFileSync(actionYml, 'utf8')) as { inputs?: object }).inputs ?? {});
          for (const [name, value] of Object.entries(step.with ?? {})) {
            expect(declared, `${file}: ${step.uses} input ${name}`).toContain(name);
            if (typeof value === 'string' && value.startsWith('examples/')) expect(existsSync(join(root, value)), `${file}: ${value}`).toBe(true);
          }
        }
      }
    });
  }
});
