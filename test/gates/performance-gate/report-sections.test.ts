/**
 * The report sections performance-gate writes match its published schema
 * (reportSections) on every code path: binary with paired baseline
 * predictions, with baseline metric values and with none; slices (evaluated,
 * too small, with an undefined metric); latency and model size; multiclass
 * and regression; an undefined metric (null value); no bootstrap. The
 * report is taken as written (through JSON, where an undefined number is
 * null), its common fields dropped, and the rest parsed strictly: a section
 * or field the schema lacks, or a required one the code leaves out, fails.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import type { GateContext } from '../../../src/core/gate.js';
import gate from '../../../src/gates/performance-gate/gate.js';
import { parseInputs } from '../../../src/core/inputs.js';
import { reportSections } from '../../../src/gates/performance-gate/report-sections.js';
import { ownSections } from '../../support/report-sections.js';

const examples = fileURLToPath(new URL('../../../examples/performance-gate/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'modelgate-perf-sections-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));


function context(cwd: string): GateContext {
  return { cwd, env: {}, log: { info: () => {}, warn: () => {}, debug: () => {} }, run: {}, progress: () => {}, tempDir: work };
}

/** The gate's own sections of the report, as the JSON file holds them, after checking them against the schema. */
async function sections(values: Record<string, unknown>, cwd = examples): Promise<Record<string, any>> {
  const result = await gate.run(parseInputs(gate.inputs, values), context(cwd));
  const written = ownSections(JSON.parse(JSON.stringify(result.report)) as Record<string, unknown>);
  const parsed = reportSections.strict().safeParse(written);
  expect(parsed.error?.issues ?? []).toEqual([]);
  return written;
}

const columns = { 'label-column': 'label', 'prediction-column': 'prediction', 'score-column': 'score' };
const policy = {
  ...columns,
  'id-column': 'id',
  metrics: 'accuracy,f1,roc_auc,pr_auc,log_loss,brier',
  thresholds: { roc_auc: '>= 0.90', log_loss: '<= 0.45', f1: { threshold: 0.75, greater_is_better: true } },
  'max-drop': { default: 0.02, log_loss: '5%' },
  bootstrap: 200,
};

describe('performance-gate report sections follow reportSections', () => {
  test.each(['challenger-better.csv', 'challenger-equal.csv', 'challenger-worse.csv'])(
    '%s against the baseline predictions, with slices, latency and model size',
    async (file) => {
      const own = await sections({
        ...policy,
        predictions: file,
        'baseline-predictions': 'baseline.csv',
        'slice-by': 'region',
        'min-slice-size': 100,
        latency: 'latency.csv',
        'latency-budget': { p95: 100, p99: 200, mean: 50, 'p99.9': 300, max: 400 },
        'model-path': 'policy.yml',
        'max-model-size': '1kB',
      });
      expect(Object.keys(own).sort()).toEqual(['charts', 'classes', 'latency', 'metrics', 'modelSize', 'rows', 'slices', 'task']);
      expect(own.metrics.find((m: any) => m.name === 'roc_auc')).toMatchObject({ ciOf: 'delta', maxDrop: '0.02' });
    },
  );

  test('baseline metric values, no baseline, and no bootstrap', async () => {
    const values = await sections({ ...policy, predictions: 'challenger-better.csv', 'baseline-metrics': 'baseline-metrics.json', metrics: 'accuracy,f1,roc_auc,log_loss,mcc' });
    expect(values.metrics.find((m: any) => m.name === 'mcc')).toMatchObject({ baseline: null, delta: null, verdict: 'fail' });
    const alone = await sections({ ...columns, predictions: 'challenger-better.csv' });
    expect(alone.metrics.every((m: any) => m.baseline === null && m.maxDrop === null)).toBe(true);
    expect(alone.metrics.find((m: any) => m.name === 'roc_auc').ciOf).toBe('value');
    const noBootstrap = await sections({ ...policy, predictions: 'challenger-worse.csv', 'baseline-predictions': 'baseline.csv', 'decide-on': 'estimate', bootstrap: 0 });
    expect(noBootstrap.metrics.find((m: any) => m.name === 'f1')).toMatchObject({ ciOf: null, ciLow: null, ciHigh: null });
  });

  test('an undefined metric and a slice where a metric is undefined', async () => {
    // Slice "b" holds only negatives, so ROC AUC is undefined there; slice "c" is below min-slice-size.
    const rows = ['id,group,label,score,prediction'];
    for (let i = 0; i < 40; i++) rows.push(`${i},a,${i % 2},${((i % 2) * 0.6 + (i % 5) * 0.05).toFixed(2)},${i % 2}`);
    for (let i = 40; i < 70; i++) rows.push(`${i},b,0,${((i % 7) * 0.1).toFixed(2)},${i % 7 > 4 ? 1 : 0}`);
    for (let i = 70; i < 75; i++) rows.push(`${i},c,1,0.9,1`);
    writeFileSync(join(work, 'sliced.csv'), rows.join('\n') + '\n');
    const sliced = await sections({ ...columns, predictions: 'sliced.csv', metrics: 'accuracy,roc_auc', thresholds: { roc_auc: 0.5 }, 'slice-by': 'group', 'min-slice-size': 10 }, work);
    const verdicts = Object.fromEntries(sliced.slices.map((s: any) => [s.slice, s.verdict]));
    expect(verdicts).toMatchObject({ 'group=b': 'insufficient', 'group=c': 'insufficient' });
    expect(sliced.slices.find((s: any) => s.slice === 'group=b').metrics.find((m: any) => m.name === 'roc_auc')).toMatchObject({ value: null, verdict: 'insufficient' });

    writeFileSync(join(work, 'one-class.csv'), 'label,score,prediction\n1,0.9,1\n1,0.8,1\n1,0.3,0\n');
    const undefinedMetric = await sections({ ...columns, task: 'binary', predictions: 'one-class.csv', metrics: 'accuracy,roc_auc' }, work);
    expect(undefinedMetric.metrics.find((m: any) => m.name === 'roc_auc')).toMatchObject({ value: null, verdict: 'fail' });
  });

  test('multiclass and regression', async () => {
    const mc = ['label,proba_a,proba_b,proba_c'];
    const classes = ['a', 'b', 'c'];
    for (let i = 0; i < 60; i++) {
      const p = [0.2, 0.2, 0.2];
      p[(i + (i % 4 === 0 ? 1 : 0)) % 3] = 0.6;
      mc.push(`${classes[i % 3]},${p.join(',')}`);
    }
    mkdirSync(join(work, 'mc'), { recursive: true });
    writeFileSync(join(work, 'mc', 'pred.csv'), mc.join('\n') + '\n');
    writeFileSync(join(work, 'mc', 'base.csv'), mc.join('\n') + '\n');
    const multi = await sections({ predictions: 'mc/pred.csv', 'score-prefix': 'proba_', 'baseline-predictions': 'mc/base.csv', bootstrap: 100 }, work);
    expect(multi).toMatchObject({ task: 'multiclass', classes: ['a', 'b', 'c'] });

    const reg = ['label,prediction'];
    for (let i = 0; i < 50; i++) reg.push(`${(i * 1.37).toFixed(2)},${(i * 1.37 + ((i % 5) - 2) * 0.4).toFixed(2)}`);
    writeFileSync(join(work, 'reg.csv'), reg.join('\n') + '\n');
    const regression = await sections({ predictions: 'reg.csv', 'prediction-column': 'prediction', thresholds: { rmse: '<= 1' }, bootstrap: 100 }, work);
    expect(regression.task).toBe('regression');
    expect(regression).not.toHaveProperty('classes');
  });

  test('an infinite latency sample is refused, since the report could only write its statistics as null', async () => {
    writeFileSync(join(work, 'two.csv'), 'label,prediction\n0,0\n1,1\n');
    writeFileSync(join(work, 'latency-inf.csv'), 'ms\n10\ninf\n');
    const error = await gate
      .run(parseInputs(gate.inputs, { 'prediction-column': 'prediction', predictions: 'two.csv', metrics: 'accuracy', latency: 'latency-inf.csv', 'latency-budget': { p50: 100 } }), context(work))
      .then(() => undefined, (err: unknown) => err);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).format()).toBe('latency-inf.csv:3: ms: latency must be a finite non-negative number of ms, got Infinity');
  });

  test('the strict parse catches an unknown section, an unknown field and a missing one', async () => {
    const own = await sections({ ...columns, predictions: 'challenger-better.csv', metrics: 'accuracy' });
    const strict = reportSections.strict();
    expect(strict.safeParse({ ...own, extra: 1 }).success).toBe(false);
    expect(strict.safeParse({ ...own, metrics: [{ ...own.metrics[0], note: 'x' }] }).success).toBe(false);
    const { ciOf: _ciOf, ...withoutCiOf } = own.metrics[0];
    expect(strict.safeParse({ ...own, metrics: [withoutCiOf] }).success).toBe(false);
    const { rows: _rows, ...withoutRows } = own;
    expect(strict.safeParse(withoutRows).success).toBe(false);
  });
});
