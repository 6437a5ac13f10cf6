/**
 * Scores outside [0, 1]: an error for the metrics that read them as
 * probabilities (log_loss, brier), a warning for those that only rank them
 * (roc_auc, pr_auc), in the report and in the log.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/adapters/cli/run-cli.js';
import { UserError } from '../../../src/core/errors.js';
import { alignBaseline } from '../../../src/gates/performance-gate/align-baseline.js';
import { evaluate } from '../../../src/gates/performance-gate/evaluate.js';
import type { MetricOptions } from '../../../src/gates/performance-gate/evaluate-metrics.js';
import { extractPredictions, type ColumnOptions } from '../../../src/gates/performance-gate/predictions.js';
import { renderMarkdown, renderPerformanceHeadline } from '../../../src/gates/performance-gate/render.js';
import { makeTable } from './helpers.js';

const binary: ColumnOptions = { task: 'auto', labelColumn: 'label', scoreColumns: ['score'], decisionThreshold: 0.5 };
const options = (metrics: string[]): MetricOptions => ({ metrics, thresholds: {}, maxDrop: {}, decideOn: 'interval', confidence: 0.95, bootstrap: 0, seed: 1 });

/** Four rows; the third (line 4) scores 1.3, a logit-like value. */
const outside = () => makeTable({ label: [0, 1, 1, 0], score: [0.2, 0.9, 1.3, 0.4] }, 'scores.csv');

function failure(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    if (err instanceof UserError) return err.format();
    throw err;
  }
  throw new Error('expected a UserError');
}

describe('scores outside [0, 1]', () => {
  it('log_loss and brier refuse them: the file, the line, the column and the value', () => {
    const p = extractPredictions(outside(), binary);
    expect(failure(() => evaluate({ candidate: p, options: options(['accuracy', 'log_loss']) }))).toBe(
      'scores.csv:4: score: log_loss needs probabilities in [0, 1], found 1.3: give the probability column (not a logit or margin), or leave log_loss out of metrics',
    );
    const negative = extractPredictions(makeTable({ label: [0, 1], score: [-0.2, 0.8] }, 'neg.csv'), binary);
    expect(failure(() => evaluate({ candidate: negative, options: options(['brier', 'log_loss']) }))).toMatch(/^neg\.csv:2: score: brier and log_loss need probabilities in \[0, 1\], found -0\.2/);
    // The default binary metrics with a score column include log_loss.
    expect(failure(() => evaluate({ candidate: p, options: options([]) }))).toMatch(/^scores\.csv:4: score: log_loss needs probabilities/);
  });

  it("the baseline's scores are checked too, naming the baseline file", () => {
    const c = extractPredictions(makeTable({ label: [0, 1, 1, 0], score: [0.2, 0.9, 0.8, 0.4] }, 'cand.csv'), binary);
    const b = alignBaseline(c, extractPredictions(outside(), binary, c), { candidate: 'cand.csv', baseline: 'scores.csv' });
    expect(failure(() => evaluate({ candidate: c, baseline: { predictions: b, file: 'scores.csv' }, options: options(['brier']) }))).toMatch(/^scores\.csv:4: score: brier needs/);
  });

  it('multiclass log_loss names the class column that leaves [0, 1]', () => {
    const t = makeTable({ label: ['a', 'b', 'c'], p_a: [0.7, 0.1, 0.2], p_b: [0.2, 0.8, 0.1], p_c: [0.1, 0.1, 1.7] }, 'multi.csv');
    const p = extractPredictions(t, { ...binary, scoreColumns: [], scorePrefix: 'p_' });
    expect(failure(() => evaluate({ candidate: p, options: options(['log_loss']) }))).toMatch(/^multi\.csv:4: p_c: log_loss needs probabilities in \[0, 1\], found 1\.7/);
  });

  it('roc_auc and pr_auc only rank: a warning check, shown in the findings', () => {
    const p = extractPredictions(outside(), binary);
    const e = evaluate({ candidate: p, options: options(['roc_auc', 'pr_auc']) });
    const warning = e.checks.find((c) => c.id === 'scores.candidate.range')!;
    expect(warning).toMatchObject({ subject: 'score', value: 1.3, threshold: '[0, 1]', verdict: 'warn', severity: 'warn' });
    expect(warning.message).toBe(
      'the candidate\'s score column "score" in scores.csv has values outside [0, 1] (first 1.3, line 4): roc_auc, pr_auc only rank scores and are unaffected, but check that this is the column meant',
    );
    expect(e.verdict).toBe('warn');
    // ROC AUC by hand: positives score 0.9 and 1.3, negatives 0.2 and 0.4; all 4 pairs ordered → 1.
    expect(e.metrics.find((m) => m.name === 'roc_auc')!.value).toBe(1);
    expect(renderMarkdown(e)).toMatch(/\| ⚠️ \| scores are probabilities \| 1\.3 \|/);
    // The only finding is the reason in the headline, in words.
    expect(renderPerformanceHeadline(e, 'warn', { predictions: 'scores.csv', sliceBy: [] }).reason).toMatch(/^the candidate's score column .*has values outside \\\[0, 1\\\]/);
    // Scores inside [0, 1] give no such check.
    const inside = extractPredictions(makeTable({ label: [0, 1], score: [0, 1] }), binary);
    expect(evaluate({ candidate: inside, options: options(['roc_auc', 'log_loss']) }).checks.some((c) => c.id.startsWith('scores.'))).toBe(false);
  });

  describe('through the CLI', () => {
    const work = mkdtempSync(join(tmpdir(), 'perf-score-range-'));
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    writeFileSync(join(work, 'margins.csv'), 'label,margin\n0,-2.5\n1,1.75\n1,0.3\n0,-0.1\n');

    async function cli(args: string[]) {
      let err = '';
      const report = join(work, 'report.json');
      const code = await runCli(['performance-gate', '--predictions', 'margins.csv', '--score-column', 'margin', '--report-path', report, ...args], {
        stdout: () => {},
        stderr: (s) => (err += s),
        isTTY: false,
        cwd: work,
        env: {},
      });
      return { code, err, report: code === 2 ? undefined : JSON.parse(readFileSync(report, 'utf8')) };
    }

    it('roc_auc on margins: exit 0, a logged warning and a warn check in the report', async () => {
      const r = await cli(['--metrics', 'roc_auc']);
      expect(r.code).toBe(0);
      expect(r.err).toContain('warning: performance-gate: the candidate\'s score column "margin" in margins.csv has values outside [0, 1] (first -2.5, line 2)');
      expect(r.report.verdict).toBe('warn');
      expect(r.report.checks.map((c: { id: string }) => c.id)).toContain('scores.candidate.range');
    });

    it('log_loss on margins: exit 2 with one line', async () => {
      const r = await cli(['--metrics', 'log_loss']);
      expect(r.code).toBe(2);
      expect(r.err.trim()).toBe('modelgate: margins.csv:2: margin: log_loss needs probabilities in [0, 1], found -2.5: give the probability column (not a logit or margin), or leave log_loss out of metrics');
    });
  });
});
