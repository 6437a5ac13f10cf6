/**
 * The suite (src/run/run-suite.ts) in process, on the bundled examples:
 * which gates run and in what order, each gate's settings, the shared read of
 * a file two gates name (and that it changes no report), a gate that cannot
 * run, register-model after the model gates, and redaction.
 */
import { comparableBody } from '../../src/render/report-markdown.js';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import type { Report } from '../../src/core/report.js';
import { loadGate } from '../../src/gates/index.js';
import { runGate } from '../../src/run/run-gate.js';
import { parseGateSettings, runSuite, type SuiteContext } from '../../src/run/run-suite.js';
import { SUITE_INPUTS, SUITE_ORDER } from '../../src/run/suite-inputs.js';
import { GATE_NAMES } from '../../src/core/report.js';
import { makeFixture } from '../registry/helpers/git-fixture.js';
import { REPO_ROOT } from '../harness/run-action.js';

const work = mkdtempSync(join(tmpdir(), 'modelgate-suite-'));
cpSync(join(REPO_ROOT, 'examples'), join(work, 'examples'), { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

function context(cwd = work, logs: string[] = []): SuiteContext {
  const log = (level: string) => (m: string) => void logs.push(`${level}: ${m}`);
  return {
    cwd,
    env: { PATH: process.env.PATH },
    log: { info: log('info'), warn: log('warn'), debug: log('debug') },
    run: {},
    progress: () => {},
    tempDir: tmpdir(),
    defaultReportDir: mkdtempSync(join(tmpdir(), 'modelgate-suite-reports-')),
  };
}

const POLICY = 'examples/modelgate.yml';

describe('which gates run', () => {
  it('declares one settings input per gate, named after it', () => {
    const names = SUITE_INPUTS.specs.map((s) => s.name);
    for (const gate of GATE_NAMES) expect(names).toContain(gate);
    expect([...SUITE_ORDER].sort()).toEqual([...GATE_NAMES].sort());
  });

  it('runs the gates named, in dependency order whatever the order written', async () => {
    const out = await runSuite({ policy: POLICY, gates: 'fairness-gate, validate-schema' }, context());
    expect(out.entries.map((e) => e.gate)).toEqual(['validate-schema', 'fairness-gate']);
    expect(out.verdicts).toEqual({ 'validate-schema': 'pass', 'fairness-gate': 'pass' });
    expect(out.conclusion).toBe('success');
  });

  it('without `gates`, runs the gates the policy file has sections for', async () => {
    const out = await runSuite({ policy: POLICY }, context());
    expect(out.entries.map((e) => e.gate)).toEqual(['validate-schema', 'drift-check', 'performance-gate', 'fairness-gate', 'canary-decision']);
  });

  it('refuses an unknown gate, no gate at all, and settings for a gate that does not run', async () => {
    await expect(runSuite({ policy: POLICY, gates: 'drift-chek' }, context())).rejects.toThrow('unknown gate "drift-chek"; did you mean "drift-check"?');
    const empty = mkdtempSync(join(tmpdir(), 'modelgate-suite-empty-'));
    await expect(runSuite({}, context(empty))).rejects.toThrow(/^no gates to run/);
    await expect(runSuite({ policy: POLICY, gates: 'validate-schema', 'drift-check': 'current: x.csv' }, context())).rejects.toThrow(
      'drift-check is not among the gates to run (validate-schema)',
    );
  });
});

describe("a gate's settings for the run", () => {
  const gate = async (name: string) => (await loadGate(name))!;

  it('are written like its step: lists, maps and scalars become the strings a `with:` value would be', async () => {
    const drift = await gate('drift-check');
    expect(parseGateSettings(drift, 'exclude: [id, ts]\nthreshold: {ks: 0.01}\ndrift-share: 0.3\nfail-on: warn\n')).toEqual({
      exclude: 'id\nts',
      threshold: '{"ks":0.01}',
      'drift-share': '0.3',
      'fail-on': 'warn',
    });
    expect(parseGateSettings(drift, '{current: a.csv}')).toEqual({ current: 'a.csv' });
    expect(parseGateSettings(drift, '')).toEqual({});
  });

  it('name the input a typo meant, and refuse the inputs of the whole run', async () => {
    const drift = await gate('drift-check');
    const error = (text: string) => {
      try {
        parseGateSettings(drift, text);
      } catch (err) {
        return (err as UserError).format();
      }
      return 'no error';
    };
    expect(error('curent: a.csv')).toBe('input drift-check: drift-check has no input "curent"; did you mean "current"?');
    expect(error('comment: never')).toBe('input drift-check: "comment" is an input of the whole run, not of one gate');
    expect(error('[a, b]')).toMatch(/^input drift-check: expected a map/);
    expect(error('a: [')).toMatch(/^input drift-check: invalid YAML/);
    expect(error('exclude: ["a,b"]')).toBe('input drift-check: item 1 of exclude must be a single value without commas');
  });

  it('override the policy file', async () => {
    const out = await runSuite({ policy: POLICY, gates: 'drift-check', 'drift-check': 'current: examples/drift-check/current-drifted.csv' }, context());
    expect(out.verdicts).toEqual({ 'drift-check': 'fail' });
    expect(out.conclusion).toBe('failure');
    expect(out.summary).toMatch(/^fail: drift-check failed \(dataset drift/);
  });
});

const stable = (r: Report) => ({ ...r, createdAt: undefined });

describe('a file two gates name', () => {
  it('is read once, and each gate reports exactly what it reports alone', async () => {
    // performance-gate and fairness-gate judging the same predictions.
    writeFileSync(
      join(work, 'shared.yml'),
      [
        'performance-gate:',
        '  label-column: label',
        '  score-column: score',
        '  prediction-column: prediction',
        '  thresholds: { roc_auc: ">= 0.8" }',
        'fairness-gate:',
        '  sensitive: [sex, race]',
        '  label-column: label',
        '  score-column: score',
        '',
      ].join('\n'),
    );
    const both = 'predictions: examples/fairness-gate/fair.csv';
    const settings = { policy: 'shared.yml', gates: 'performance-gate, fairness-gate', 'performance-gate': both, 'fairness-gate': both };
    const logs: string[] = [];
    const ctx = context(work, logs);
    const suite = await runSuite(settings, ctx);
    expect(suite.sharedReads).toEqual({ reads: 1, served: 2 });
    expect(logs.some((l) => l.startsWith('debug: read once for performance-gate, fairness-gate: ') && l.endsWith('fair.csv'))).toBe(true);

    for (const entry of suite.entries) {
      if (entry.status !== 'ran') throw new Error(`${entry.gate} did not run: ${JSON.stringify(entry)}`);
      const own = parseGateSettings((await loadGate(entry.gate))!, settings[entry.gate as 'fairness-gate']);
      const alone = await runGate(entry.gate, { ...own, policy: 'shared.yml', 'report-path': join(ctx.defaultReportDir, `alone-${entry.gate}.json`) }, ctx);
      expect(stable(entry.outcome.result.report)).toEqual(stable(alone.result.report));
      // The same report, but for the run line, which names each one's own JSON file.
      expect(comparableBody(entry.outcome.markdown)).toBe(comparableBody(alone.markdown));
    }
  });
});

describe('a gate that cannot run', () => {
  it('is recorded with its one-line error; the others run and the run fails', async () => {
    const out = await runSuite({ policy: POLICY, gates: 'validate-schema, drift-check', 'validate-schema': 'schema: examples/nope.yml' }, context());
    expect(out.verdicts).toEqual({ 'validate-schema': 'error', 'drift-check': 'pass' });
    expect(out.verdict).toBe('fail');
    expect(out.conclusion).toBe('failure');
    const [entry] = out.entries;
    expect(entry.status === 'error' && entry.error).toMatch(/^examples\/nope\.yml: /);
  });

  it('makes each named gate report a policy file that cannot be read', async () => {
    const out = await runSuite({ policy: 'missing.yml', gates: 'validate-schema, drift-check' }, context());
    expect(out.entries.map((e) => (e.status === 'error' ? e.error : e.status))).toEqual(['missing.yml: policy file not found', 'missing.yml: policy file not found']);
  });

  it('never shows a password of its settings', async () => {
    const out = await runSuite(
      { gates: 'canary-decision', 'canary-decision': 'prometheus-url: http://user:s3cr3t-pw@127.0.0.1:1\nconfig: examples/canary-decision/canary.yml\nqueries: "x: up"' },
      context(),
    );
    const text = JSON.stringify(out.entries) + out.summary;
    expect(out.verdicts['canary-decision']).toBe('error');
    expect(text).not.toContain('s3cr3t-pw');
  });
});

describe('register-model in the suite', () => {
  it('records the reports of the gates before it, and is skipped when one of them failed', async () => {
    const fx = makeFixture();
    try {
      cpSync(join(REPO_ROOT, 'examples'), join(fx.work, 'examples'), { recursive: true });
      fx.commit('the examples');
      const register = 'name: churn\npath: examples/register-model/model\npush: false';
      const gates = 'validate-schema, fairness-gate, register-model';
      const ok = await runSuite({ policy: POLICY, gates, 'register-model': register }, context(fx.work));
      expect(ok.verdicts).toEqual({ 'validate-schema': 'pass', 'fairness-gate': 'pass', 'register-model': 'pass' });
      const registered = ok.entries[2].status === 'ran' ? ok.entries[2].outcome.result.report : undefined;
      // The verdicts recorded with the version are those of this run's gates.
      expect(JSON.stringify(registered)).toContain('fairness-gate');
      expect(JSON.stringify(registered)).toContain('validate-schema');

      const failing = await runSuite(
        { policy: POLICY, gates, 'register-model': register, 'fairness-gate': 'predictions: examples/fairness-gate/biased.csv' },
        context(fx.work),
      );
      expect(failing.verdicts).toEqual({ 'validate-schema': 'pass', 'fairness-gate': 'fail', 'register-model': 'skipped' });
      expect(failing.summary).toContain('register-model skipped (not registered: fairness-gate failed)');
    } finally {
      fx.cleanup();
    }
  });
});

describe('the report folder', () => {
  it('holds one report per gate that ran, and none left from an earlier run for a gate that did not', async () => {
    const dir = join(work, 'reports-here');
    await runSuite({ policy: POLICY, gates: 'validate-schema', 'report-path': 'reports-here' }, context());
    expect(JSON.parse(readFileSync(join(dir, 'validate-schema.json'), 'utf8')).verdict).toBe('pass');
    writeFileSync(join(work, 'broken-policy.yml'), 'validate-schema:\n  schema: examples/nope.yml\n');
    await runSuite({ policy: 'broken-policy.yml', gates: 'validate-schema', 'report-path': 'reports-here' }, context());
    expect(() => readFileSync(join(dir, 'validate-schema.json'))).toThrow();
  });
});
