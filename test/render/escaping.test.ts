/**
 * Hostile values through the Markdown escaping helpers (#17 items 2 and 5).
 * What must hold comes from the formats themselves:
 * - CommonMark ends a line at LF, CR or CR LF (spec 0.31, "Characters and
 *   lines"), so no escaped value may hold any of them: a lone CR would end a
 *   table row just as LF does.
 * - An HTML comment starts with `<!--` (spec, "Raw HTML"); a code span shows
 *   its content as it is, so the raw text would still hold the comment.
 * - Mermaid reads `%%{…}%%` directives and `%%` comments anywhere in a
 *   diagram, and `#…;` entity codes in labels.
 */
import { describe, expect, it } from 'vitest';
import { barChart, mermaidText } from '../../src/render/charts.js';
import { code, htmlText, table, text } from '../../src/render/markdown.js';

const MARKER = '<!-- modelgate:fairness-gate -->';
const LINE_ENDINGS = /[\r\n]/;

describe('line endings in values', () => {
  for (const [name, value] of [
    ['lone CR', 'north\rsouth'],
    ['CR LF', 'north\r\nsouth'],
    ['LF', 'north\nsouth'],
  ] as const) {
    it(`${name}: text and code keep one line, and a table keeps its rows`, () => {
      expect(text(value)).not.toMatch(LINE_ENDINGS);
      expect(code(value)).not.toMatch(LINE_ENDINGS);
      const md = table(['group', 'rate'], [[text(value), '0.5'], [code(value), '0.4']]);
      // Header, separator and two rows: four lines, each a whole row.
      const lines = md.split(/\r\n|\r|\n/);
      expect(lines).toHaveLength(4);
      for (const line of lines) expect(line).toMatch(/^\| .* \|$/);
    });
  }
});

describe('HTML comments in values', () => {
  it('text leaves no comment opener or closer in the raw Markdown', () => {
    const out = text(`x ${MARKER} y`);
    expect(out).not.toContain('<!--');
    expect(out).not.toContain('-->');
  });

  it('code falls back to escaped <code> for a value with < or >', () => {
    for (const value of [MARKER, '<!--', '-->', '<=50K', '>50K']) {
      const out = code(value);
      expect(out).not.toMatch(/<!--|-->/);
      expect(out.startsWith('<code>') && out.endsWith('</code>')).toBe(true);
      // Nothing but the wrapper is HTML.
      expect(out.slice('<code>'.length, -'</code>'.length)).not.toMatch(/[<>]/);
    }
    // Ordinary values stay code spans.
    expect(code('income_band')).toBe('`income_band`');
  });
});

describe('Mermaid in values', () => {
  const hostile = ['%%{init: {"theme": "dark", "securityLevel": "loose"}}%%', 'a %% comment', '#quot;quoted#quot;', '&#60;b&#62;', '<b>bold</b>', 'x"]\n  bar [999]'];
  // What Mermaid would read as syntax inside a quoted label: a directive or
  // comment (`%%`), an entity code (`#name;`, `#123;`, `&…;`), HTML, a quote
  // or bracket that ends the label, a line ending or a backtick (the fence).
  const SYNTAX = /%%|#[A-Za-z0-9]+;|&#?[A-Za-z0-9]+;|[<>"\r\n`[\]]/;

  it('labels lose what Mermaid would read as syntax', () => {
    for (const value of hostile) expect(mermaidText(value, 200)).not.toMatch(SYNTAX);
    // The look is kept: a single % or # stays, < and > become look-alikes.
    expect(mermaidText('50% of #1 <b>')).toBe('50% of #1 ‹b›');
  });

  it('a chart of hostile categories has no directive, comment or extra line', () => {
    const chart = barChart({ title: '%%{init: {}}%%', xLabel: '#lt;', yLabel: '%%', categories: hostile, bars: hostile.map(() => 1) });
    // The chart's own front matter (its palette) comes first; what follows it is the diagram.
    const all = chart.split('\n');
    expect(all[0]).toBe('```mermaid');
    const lines = ['```mermaid', ...all.slice(all.indexOf('xychart-beta'))];
    // Fence, xychart-beta, title, x-axis, y-axis, one bar series, fence (no legend: no series is named).
    expect(lines).toHaveLength(7);
    expect(lines.at(-1)).toBe('```');
    for (const line of lines.slice(2, 5)) {
      // Only the labels' own quotes and the axis' brackets are syntax.
      const labels = [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) expect(label).not.toMatch(SYNTAX);
    }
    expect(chart).not.toContain('%%');
    expect(lines.slice(1, -1).join('\n')).not.toContain('```');
  });
});

describe('values inside raw HTML (a <summary>)', () => {
  it('keep one line and open no tag or comment', () => {
    for (const value of ['a\rb', 'a\r\nb', '<!-- modelgate:drift-check -->', '"><img src=x>']) {
      const out = htmlText(value);
      expect(out).not.toMatch(/[\r\n<>"]/);
    }
  });
});
