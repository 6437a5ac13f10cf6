import { describe, expect, it } from 'vitest';
import { sparkline } from '../../src/render/charts.js';
import { code, num, pct, table, text } from '../../src/render/markdown.js';
import { truncateMarkdown } from '../../src/render/report-markdown.js';

describe('escaping data for Markdown', () => {
  it('breaks @mentions so nobody is pinged', () => {
    expect(text('@security-team')).toBe('@\u200bsecurity-team');
    expect(code('@octocat')).toBe('`@\u200boctocat`');
  });

  it('escapes HTML and Markdown syntax', () => {
    expect(text('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(text('a|b')).toBe('a\\|b');
    expect(text('**bold** _it_ [link](http://x) `c` ~~s~~')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\[link\\](http://x) \\`c\\` \\~\\~s\\~\\~');
    expect(text('line1\nline2')).toBe('line1 line2');
  });

  it('does not let #123 link an issue', () => {
    expect(text('#123')).toBe('#\u200b123');
  });

  it('keeps a value with backticks or pipes safe in code', () => {
    expect(code('a`b|c')).toBe('<code>a\\`b\\|c</code>');
  });
});

describe('numbers', () => {
  it('formats numbers and shares', () => {
    expect(num(1234567)).toBe('1,234,567');
    // Three significant figures, the minus sign U+2212, exponent form below 10^-4.
    expect(num(0.123456)).toBe('0.123');
    expect(num(-0.0875)).toBe('\u22120.0875');
    expect(num(1.5e-7)).toBe('1.50e\u22127');
    expect(num(null)).toBe('–');
    expect(num(Infinity)).toBe('∞');
    expect(pct(0.1234)).toBe('12.3%');
  });
});

describe('tables, sparklines, truncation', () => {
  it('builds a GFM table with alignment', () => {
    expect(table(['a', 'b'], [['1', '2']], ['l', 'r'])).toBe('| a | b |\n| --- | ---: |\n| 1 | 2 |');
    expect(table(['a'], [])).toBe('');
  });

  it('draws a sparkline scaled to the maximum', () => {
    // level = round(v / max × 7) over ▁..█: 1/4 → round(1.75) = 2 (▃), 2/4 → round(3.5) = 4 (▅)
    expect(sparkline([0, 1, 2, 4])).toBe(' ▃▅█');
  });

  it('truncates at a line boundary with a note', () => {
    const md = 'line one\nline two\nline three\n';
    // room for text: 24 − 4 (note) − 2 (blank line) = 18; the last newline before it ends "line two"
    const out = truncateMarkdown(md, 24, 'NOTE');
    expect(out).toBe('line one\nline two\n\nNOTE');
    expect(out.length).toBeLessThanOrEqual(24);
    expect(truncateMarkdown(md, 100, 'NOTE')).toBe(md);
  });
});

describe('the report on a terminal', async () => {
  const { markdownForTerminal } = await import('../../src/render/terminal.js');
  it('undoes Markdown escapes and HTML, drops fenced charts, keeps tables', () => {
    const md = [
      '## ✅ Schema: **PASS**',
      '',
      `Column ${text('loan_id')} has ${text('<5')} nulls, owner ${text('@team')}`,
      '```mermaid',
      'xychart-beta',
      '```',
      '🟦 bars: current · 🟧 line: reference',
      '<details><summary>3 passing rules</summary>',
      '',
      '| a | b |',
      '</details>',
      '<sub>modelgate 0.1.0</sub> <!-- modelgate-state verdict=pass -->',
    ].join('\n');
    expect(markdownForTerminal(md, false)).toBe(
      ['✅ Schema: PASS', '', 'Column loan_id has <5 nulls, owner @team', '3 passing rules:', '', '| a | b |', '', 'modelgate 0.1.0'].join('\n'),
    );
  });

  it('drops a section that held only a chart and its legend, and the backticks of code spans', () => {
    const md = [
      'Column `plan` drifted',
      '',
      '<details><summary>Distributions of <code>plan</code></summary>',
      '',
      '```mermaid',
      'xychart-beta',
      '  bar [1, 2, 3]',
      '```',
      '🟦 bars: current · 🟧 line: reference',
      '',
      '</details>',
      '',
      '<details><summary>Definitions used</summary>',
      '',
      '- ks',
      '',
      '</details>',
    ].join('\n');
    expect(markdownForTerminal(md, false)).toBe(['Column plan drifted', '', 'Definitions used:', '', '- ks', '', ''].join('\n'));
  });
});
