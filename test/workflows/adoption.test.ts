/**
 * What a user copies must work as copied: every workflow template (one per
 * flow, in the layout of an organisation's workflow templates: `<name>.yml`
 * plus `<name>.properties.json`), every workflow of the repository, and every
 * YAML snippet of README.md and docs/ that is a workflow or a list of steps
 * passes GitHub's parser (./parse.ts) and actionlint (./actionlint.ts), and
 * calls modelgate's actions, at the one release tag, only with inputs they
 * declare. workflow-files.test.ts checks the same files' structure with the
 * parser alone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020Module from 'ajv/dist/2020.js';
import { parse as parseYaml, stringify } from 'yaml';
import { availableGates } from '../../src/gates/index.js';
import { REPO_ROOT } from '../harness/run-action.js';
import { actionlintErrors } from './actionlint.js';
import { workflowErrors } from './parse.js';

const read = (f: string) => readFileSync(join(REPO_ROOT, f), 'utf8');
// ajv is CommonJS with `exports.default`: under NodeNext the default import is the module object.
type Ctor = new (o: object) => { compile(s: unknown): ((d: unknown) => boolean) & { errors?: unknown } };
const Ajv2020 = ((Ajv2020Module as unknown as { default?: Ctor }).default ?? Ajv2020Module) as unknown as Ctor;
const validatePolicy = new Ajv2020({ strict: false }).compile(JSON.parse(read('docs/schemas/policy.schema.json')));

/** A snippet that is a policy file: a map whose keys are gates (and `defaults`). */
function isPolicy(doc: unknown): boolean {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return false;
  const keys = Object.keys(doc);
  return keys.length > 0 && keys.every((k) => k === 'defaults' || (availableGates() as string[]).includes(k));
}

const RELEASE_TAG = `v${(JSON.parse(read('package.json')) as { version: string }).version.split('.')[0]}`;

const templates = readdirSync(join(REPO_ROOT, 'action-templates'))
  .filter((f) => f.endsWith('.yml'))
  .map((f) => `action-templates/${f}`);
const workflows = readdirSync(join(REPO_ROOT, '.github/workflows'))
  .filter((f) => f.endsWith('.yml'))
  .map((f) => `.github/workflows/${f}`);

type Step = { uses?: string; with?: Record<string, unknown> };
type Workflow = { jobs: Record<string, { steps?: Step[] }> };

/** The inputs an action of this repository declares, from its action.yml. */
function declaredInputs(uses: string): string[] | undefined {
  const m = /^modelgate\/modelgate(?:\/(actions\/[a-z-]+))?@/.exec(uses);
  if (!m) return undefined;
  const file = join(REPO_ROOT, m[1] ?? '', 'action.yml');
  expect(existsSync(file), `${uses}: no ${m[1] ?? ''}/action.yml`).toBe(true);
  return Object.keys((parseYaml(readFileSync(file, 'utf8')) as { inputs?: object }).inputs ?? {});
}

/** Problems of the modelgate steps of a workflow: another owner or release, or an input the action lacks. */
function modelgateStepProblems(where: string, wf: Workflow): string[] {
  const problems: string[] = [];
  for (const [jobName, job] of Object.entries(wf.jobs ?? {})) {
    for (const step of job.steps ?? []) {
      if (!step.uses || !/modelgate/.test(step.uses) || step.uses.startsWith('./')) continue;
      if (!/^modelgate\/modelgate(\/actions\/[a-z-]+)?@/.test(step.uses)) problems.push(`${where} ${jobName}: ${step.uses} is not modelgate/modelgate`);
      else if (!step.uses.endsWith(`@${RELEASE_TAG}`)) problems.push(`${where} ${jobName}: ${step.uses} is not @${RELEASE_TAG}`);
      const declared = declaredInputs(step.uses) ?? [];
      for (const name of Object.keys(step.with ?? {})) {
        if (!declared.includes(name)) problems.push(`${where} ${jobName}: ${step.uses} has no input "${name}"`);
      }
    }
  }
  return problems;
}

async function allProblems(where: string, content: string): Promise<string[]> {
  const parsed = await workflowErrors(where, content);
  const linted = await actionlintErrors(where, content);
  const steps = parsed.length === 0 ? modelgateStepProblems(where, parseYaml(content) as Workflow) : [];
  return [...parsed.map((e) => `parser: ${e}`), ...linted.map((e) => `actionlint: ${e}`), ...steps];
}

/** The ```yaml blocks of a Markdown file (indented ones too, dedented), with their line. */
export function yamlBlocks(markdown: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^( *)```ya?ml\s*$/.exec(lines[i]);
    if (!open) continue;
    const indent = open[1].length;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^ *```\s*$/.test(lines[j]); j++) body.push(lines[j].slice(Math.min(indent, lines[j].search(/\S|$/))));
    out.push({ line: i + 1, text: body.join('\n') + '\n' });
    i = j;
  }
  return out;
}

/** A snippet as a workflow: itself when it has jobs; a list of steps wrapped in one job; undefined otherwise (settings, a `with:` map). */
function asWorkflow(text: string): string | undefined {
  const doc: unknown = parseYaml(text);
  if (doc && typeof doc === 'object' && !Array.isArray(doc) && 'jobs' in doc) return text;
  if (Array.isArray(doc) && doc.every((s) => s && typeof s === 'object' && ('uses' in s || 'run' in s))) {
    return stringify({ on: 'workflow_dispatch', permissions: { contents: 'read' }, jobs: { snippet: { 'runs-on': 'ubuntu-latest', steps: doc } } }, { lineWidth: 0 });
  }
  return undefined;
}

describe('the checks', () => {
  it('actionlint rejects an unknown context, a misspelt input of a known action and a missing runs-on', async () => {
    const bad = 'on: push\njobs:\n  a:\n    steps:\n      - run: echo ${{ secretz.X }}\n      - uses: actions/checkout@v4\n        with: { fetch-depht: 0 }\n';
    const errors = (await actionlintErrors('bad.yml', bad)).join('\n');
    expect(errors).toMatch(/undefined variable "secretz"/);
    expect(errors).toMatch(/input "fetch-depht" is not defined/);
    expect(errors).toMatch(/"runs-on" section is missing/);
  });

  it('actionlint rejects YAML a run line breaks (an unquoted "key: value" in a plain scalar)', async () => {
    const bad = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "verdicts: x"\n';
    expect((await actionlintErrors('bad.yml', bad)).join('\n')).toMatch(/could not parse as YAML/);
  });

  it("a modelgate step with another owner, another release or an input the action lacks is refused", () => {
    const wf = { jobs: { a: { steps: [{ uses: 'acme/modelgate/actions/drift-check@v0' }, { uses: 'modelgate/modelgate@v9' }, { uses: `modelgate/modelgate/actions/drift-check@${RELEASE_TAG}`, with: { refrence: 'x' } }] } } };
    expect(modelgateStepProblems('t', wf)).toEqual([
      't a: acme/modelgate/actions/drift-check@v0 is not modelgate/modelgate',
      't a: modelgate/modelgate@v9 is not @' + RELEASE_TAG,
      `t a: modelgate/modelgate/actions/drift-check@${RELEASE_TAG} has no input "refrence"`,
    ]);
  });

  it('finds indented yaml blocks and wraps a list of steps in a job', () => {
    const md = 'x\n```yaml\n- uses: a/b@v1\n```\n- item:\n\n  ```yaml\n  on: push\n  jobs: {}\n  ```\n';
    expect(yamlBlocks(md)).toEqual([
      { line: 2, text: '- uses: a/b@v1\n' },
      { line: 7, text: 'on: push\njobs: {}\n' },
    ]);
    expect(parseYaml(asWorkflow('- uses: a/b@v1\n')!)).toMatchObject({ jobs: { snippet: { 'runs-on': 'ubuntu-latest', steps: [{ uses: 'a/b@v1' }] } } });
    expect(asWorkflow('defaults:\n  fail-on: warn\n')).toBeUndefined();
    expect(isPolicy(parseYaml('defaults:\n  fail-on: warn\ndrift-check:\n  drift-share: 0.3\n'))).toBe(true);
    expect(validatePolicy(parseYaml('drift-check:\n  drift-shar: 0.3\n'))).toBe(false);
  });
});

describe('workflow templates', () => {
  it('cover the six flows', () => {
    for (const flow of ['pr-gates', 'scheduled-drift', 'retrain-on-drift', 'sharded-drift', 'canary-loop', 'fork-safe-comment', 'register-model', 'promote-model', 'deploy-model']) {
      expect(templates).toContain(`action-templates/${flow}.yml`);
    }
  });

  for (const file of templates) {
    it(`${file} has a .properties.json as GitHub's workflow templates need`, () => {
      const props = JSON.parse(read(file.replace(/\.yml$/, '.properties.json'))) as Record<string, unknown>;
      expect(Object.keys(props).sort()).toEqual(['categories', 'description', 'filePatterns', 'iconName', 'name']);
      expect(typeof props.name).toBe('string');
      expect(typeof props.description).toBe('string');
      expect((props.description as string).length).toBeLessThanOrEqual(150);
      expect(props.iconName).toMatch(/^octicon [a-z-]+$/);
      expect(Array.isArray(props.categories) && props.categories.length > 0).toBe(true);
      for (const p of props.filePatterns as string[]) expect(() => new RegExp(p)).not.toThrow();
    });
  }

  it('the PR gates template keeps its required job unfiltered and its permissions minimal', () => {
    const wf = parseYaml(read('action-templates/pr-gates.yml')) as { on: Record<string, unknown>; permissions: Record<string, string> };
    expect(wf.on.pull_request ?? null).toBeNull();
    expect(JSON.stringify(wf.on)).not.toMatch(/paths/);
    expect(wf.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', checks: 'write' });
  });

  it('no workflow or template filters its pull_request trigger by path (a required check would stay pending)', () => {
    for (const file of [...workflows, ...templates]) {
      const on = (parseYaml(read(file)) as { on: unknown }).on;
      const pr = on && typeof on === 'object' && !Array.isArray(on) ? (on as Record<string, unknown>).pull_request : undefined;
      if (pr && typeof pr === 'object') expect(Object.keys(pr), file).not.toEqual(expect.arrayContaining(['paths']));
      if (pr && typeof pr === 'object') expect(Object.keys(pr), file).not.toEqual(expect.arrayContaining(['paths-ignore']));
    }
  });

  it('the root action.yml is a Marketplace listing: name modelgate, a description under 125 characters, branding', () => {
    const action = parseYaml(read('action.yml')) as { name: string; description: string; branding: { icon: string; color: string } };
    expect(action.name).toBe('modelgate');
    expect(action.description.length).toBeLessThan(125);
    expect(action.branding.icon).toMatch(/^[a-z-]+$/);
    expect(action.branding.color).toMatch(/^(white|black|yellow|blue|green|orange|red|purple|gray-dark)$/);
  });

  it('the fork-safe comment template never checks out code', () => {
    const text = read('action-templates/fork-safe-comment.yml');
    expect(text).toMatch(/^ {2}workflow_run:/m);
    expect(text).not.toMatch(/uses: actions\/checkout/);
  });
});

describe('workflows and templates pass the parser and actionlint', () => {
  for (const file of [...workflows, ...templates]) {
    it(file, async () => {
      expect(await allProblems(file, read(file))).toEqual([]);
    });
  }
});

describe('YAML snippets of README.md and docs/', () => {
  const docs = ['README.md', ...readdirSync(join(REPO_ROOT, 'docs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  const snippets = docs.flatMap((file) => yamlBlocks(read(file)).map((b) => ({ where: `${file}:${b.line}`, ...b })));

  it('are found (the README has a complete workflow)', () => {
    expect(snippets.filter((s) => s.where.startsWith('README.md:')).length).toBeGreaterThanOrEqual(4);
    expect(snippets.some((s) => s.where.startsWith('README.md:') && asWorkflow(s.text) === s.text)).toBe(true);
  });

  for (const s of snippets) {
    const kind = asWorkflow(s.text) ? ' and, as a workflow, passes the parser and actionlint' : isPolicy(parseYaml(s.text)) ? ' and, as a policy file, its JSON Schema' : '';
    it(`${s.where} parses${kind}`, async () => {
      const doc: unknown = parseYaml(s.text);
      const wf = asWorkflow(s.text);
      if (wf) expect(await allProblems(s.where, wf)).toEqual([]);
      else if (isPolicy(doc)) expect(validatePolicy(doc), JSON.stringify(validatePolicy.errors)).toBe(true);
    });
  }
});
