import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FAKE_TOKEN, evaluateTemplate, inputVariable, parseFileCommands, parseWorkflowCommands, runAction } from './run-action.js';

describe('runner conventions', () => {
  it('names input variables as the runner does', () => {
    expect(inputVariable('fail-on')).toBe('INPUT_FAIL-ON');
    expect(inputVariable('my input')).toBe('INPUT_MY_INPUT');
  });

  it('reads GITHUB_OUTPUT blocks and lines', () => {
    const text = 'verdict<<ghadelimiter_1\npass\nghadelimiter_1\nsummary<<EOF\nline 1\nline 2\nEOF\nlegacy=a=b\n';
    expect(parseFileCommands(text)).toEqual({ verdict: 'pass', summary: 'line 1\nline 2', legacy: 'a=b' });
    expect(() => parseFileCommands('x<<END\nnever closed\n')).toThrow(/delimiter/);
  });

  it('unescapes workflow commands', () => {
    const [cmd] = parseWorkflowCommands('noise\n::error file=data/a%2Cb.csv,line=3,title=Bad%3A value::first%0Asecond 100%25\n');
    expect(cmd).toEqual({ command: 'error', properties: { file: 'data/a,b.csv', line: '3', title: 'Bad: value' }, message: 'first\nsecond 100%' });
  });

  it("evaluates action.yml defaults with GitHub's expression engine", () => {
    const ctx = { github: { token: 'T', repository: 'o/r', event_name: 'push' }, runner: { temp: '/t' } };
    expect(evaluateTemplate('${{ github.token }}', ctx)).toBe('T');
    expect(evaluateTemplate('report-${{ github.event_name }}.json', ctx)).toBe('report-push.json');
    expect(evaluateTemplate("${{ github.event_name == 'push' && 'yes' || 'no' }}", ctx)).toBe('yes');
    expect(evaluateTemplate('plain', ctx)).toBe('plain');
  });
});

describe('runAction on a stand-in action', () => {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-harness-action-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'action'));
  writeFileSync(
    join(dir, 'action', 'action.yml'),
    [
      'name: probe',
      'description: reports what it was given',
      'inputs:',
      '  github-token:',
      '    description: token',
      '    default: ${{ github.token }}',
      '  fail-on:',
      '    description: level',
      '    default: error',
      '  data:',
      '    description: file',
      '    required: true',
      'runs:',
      '  using: node24',
      '  main: main.mjs',
      '',
    ].join('\n'),
  );
  // Plain Node, no dependencies: writes what the runner gave it back as outputs.
  writeFileSync(
    join(dir, 'action', 'main.mjs'),
    `import { appendFileSync, readFileSync } from 'node:fs';
const e = process.env;
const event = JSON.parse(readFileSync(e.GITHUB_EVENT_PATH, 'utf8'));
const out = (k, v) => appendFileSync(e.GITHUB_OUTPUT, k + '<<DELIM\\n' + v + '\\nDELIM\\n');
out('token', e['INPUT_GITHUB-TOKEN']);
out('fail-on', e['INPUT_FAIL-ON']);
out('data', e.INPUT_DATA);
out('node', process.version);
out('cwd', process.cwd());
out('pr', String(event.pull_request?.number));
out('fork', String(event.pull_request?.head.repo.fork));
out('api', e.GITHUB_API_URL);
appendFileSync(e.GITHUB_STEP_SUMMARY, '# Probe\\n');
console.log('::warning title=Heads up::something%0Anoteworthy');
console.log('::error file=a.csv,line=2::broken');
console.log('::set-output name=old::value');
process.exitCode = 1;
`,
  );

  it('passes inputs, defaults, payload and files like the runner, under Node 20 and 24', async () => {
    for (const node of ['node20', 'node24'] as const) {
      const run = await runAction({
        gate: 'probe',
        actionDir: join(dir, 'action'),
        inputs: { data: 'x.csv', extra: 1 },
        node,
        api: 'http://127.0.0.1:9',
        cwd: dir,
        pullRequest: { number: 77, fork: true },
      });
      try {
        expect(run.exitCode).toBe(1);
        expect(run.outputs.token).toBe(FAKE_TOKEN);
        expect(run.outputs['fail-on']).toBe('error');
        expect(run.outputs.data).toBe('x.csv');
        expect(run.outputs.node).toMatch(node === 'node20' ? /^v20\./ : /^v24\./);
        expect(run.outputs.cwd).toBe(dir);
        expect(run.outputs.pr).toBe('77');
        expect(run.outputs.fork).toBe('true');
        expect(run.outputs.api).toBe('http://127.0.0.1:9');
        expect(run.summary).toBe('# Probe\n');
        expect(run.warnings).toEqual([{ command: 'warning', properties: { title: 'Heads up' }, message: 'something\nnoteworthy' }]);
        expect(run.errors).toEqual([{ command: 'error', properties: { file: 'a.csv', line: '2' }, message: 'broken' }]);
        expect(run.runnerWarnings).toEqual([expect.stringMatching(/Unexpected input\(s\) 'extra'/), expect.stringMatching(/`set-output` command is deprecated/)]);
        // The deprecated command does not set an output.
        expect(run.outputs.old).toBeUndefined();
      } finally {
        run.dispose();
      }
    }
  });
});

describe('MODELGATE_DIST', () => {
  it('moves an entry under dist/ to the same place in the other build', async () => {
    const { REPO_ROOT, resolveEntry } = await import('./run-action.js');
    const dir = mkdtempSync(join(tmpdir(), 'modelgate-harness-dist-'));
    try {
      const main = join(REPO_ROOT, 'dist', 'actions', 'probe.js');
      writeFileSync(join(dir, 'action.yml'), `name: p\ndescription: d\nruns:\n  using: node24\n  main: ${JSON.stringify(main)}\n`);
      const other = join(dir, 'private-build');
      expect(resolveEntry('probe', undefined, dir)).toBe(main);
      expect(resolveEntry('probe', other, dir)).toBe(join(other, 'actions', 'probe.js'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
