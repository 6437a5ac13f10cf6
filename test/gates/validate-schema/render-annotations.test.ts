import { describe, expect, test } from 'vitest';
import { buildAnnotations } from '../../../src/gates/validate-schema/annotations.js';
import type { RuleCheck } from '../../../src/gates/validate-schema/evaluate.js';
import { renderHeadline, renderMarkdown } from '../../../src/gates/validate-schema/render.js';

function check(id: string, verdict: RuleCheck['verdict'], rows: number[], examples: string[] = []): RuleCheck {
  return {
    id,
    subject: id.split('.')[1] ?? null,
    name: id,
    value: rows.length,
    threshold: '<= 1',
    verdict,
    severity: verdict === 'warn' ? 'warn' : 'error',
    message: `${rows.length} bad`,
    file: 'data/train.csv',
    rows,
    lines: rows.map((r) => r + 1),
    examples,
  };
}

describe('annotations', () => {
  test('round-robin over failing rules, errors first, capped', () => {
    const checks = [check('column.a.max', 'warn', [1, 2, 3]), check('column.b.min', 'fail', [5, 6]), check('column.c.max', 'pass', [])];
    const a = buildAnnotations(checks, 4);
    expect(a.map((x) => [x.level, x.line])).toEqual([
      ['error', 6],
      ['warning', 2],
      ['error', 7],
      ['warning', 3],
    ]);
    expect(a[0].file).toBe('data/train.csv');
    expect(buildAnnotations(checks, 10)).toHaveLength(5);
    expect(buildAnnotations(checks, 0)).toEqual([]);
  });

  test('a rule without rows is annotated once at the file', () => {
    const a = buildAnnotations([{ ...check('column.x.present', 'fail', []), lines: undefined }], 10);
    expect(a).toHaveLength(1);
    expect(a[0].line).toBeUndefined();
  });
});

describe('Markdown', () => {
  test('failing rules in a table first, passing ones collapsed, data values escaped', () => {
    const input = {
      checks: [check('column.@team|x.max', 'fail', [2], ['<script>']), check('column.ok.min', 'pass', [])],
      files: [{ file: 'train.csv', rows: 10, columns: 2 }],
      contract: { path: 'contract.yml', format: 'modelgate' },
      multiFile: false,
    };
    const md = renderMarkdown(input);
    expect(md.indexOf('| ❌ |')).toBeLessThan(md.indexOf('<details>'));
    expect(md).toContain('<details><summary>1 passing rule</summary>');
    const h = renderHeadline(input);
    expect(h.next).toBe('fix row 2 of `data/train.csv`, or change `contract.yml`.');
    expect(h.compared).toBe('`train.csv` (10 rows, 2 columns) against `contract.yml` (modelgate contract).');
    // A value with < or > (which a code span would leave raw in the text: an HTML comment, a forged marker) or with a
    // pipe (which would split the table cell) falls back to escaped text in <code>.
    expect(md).toContain('<code>&lt;script&gt;</code>');
    expect(md).toContain('| ❌ | <code>@\u200bteam\\|x</code> | `max` | 1 bad | 2 (line 3) | <code>&lt;script&gt;</code> |');
  });

  test('long lists are cut to keep the comment under GitHub\'s size limit', () => {
    const passing = Array.from({ length: 250 }, (_, i) => check(`column.c${i}.max`, 'pass', []));
    const md = renderMarkdown({ checks: passing, files: [{ file: 't.csv', rows: 1, columns: 250 }], multiFile: false });
    expect(md).toContain('<details><summary>All 250 rules</summary>');
    expect(renderHeadline({ checks: passing, files: [{ file: 't.csv', rows: 1, columns: 250 }], multiFile: false }).reason).toBe('All 250 rules hold over 1 row.');
    expect(md).toContain('… and 50 more in the JSON report.');
    expect(md).toContain('`column.c199.max`');
    expect(md).not.toContain('`column.c200.max`');
  });
});
