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
import { barChart, code, mermaidLabel, table, text } from '../../src/render/markdown.js';

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
  const hostile = ['%%{init: {"theme": "dark", "securityLevel": "loose"}}%%', 'a %% comment', '#quot;quoted#quot;', '<b>bold</b>', 'x"]\n  bar [999]'];

  it('labels lose what Mermaid would read as syntax', () => {
    for (const value of hostile) {
      const label = mermaidLabel(value);
      expect(label).not.toMatch(/[%#<>"\r\n`[\]]/);
    }
    // The look is kept: full-width signs in place of the ASCII ones.
    expect(mermaidLabel('50% <b>')).toBe('50％ ＜b＞');
  });

  it('a chart of hostile categories has no directive, comment or extra line', () => {
    const chart = barChart({ title: '%%{init: {}}%%', categories: hostile, series: [{ name: 's', values: hostile.map(() => 1) }], yLabel: '#lt;' });
    const lines = chart.split('\n');
    // Fence, xychart-beta, title, x-axis, y-axis, one bar series, fence.
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe('```mermaid');
    expect(lines.at(-1)).toBe('```');
    expect(chart).not.toContain('%');
    expect(chart).not.toContain('#');
    expect(lines.slice(1, -1).join('\n')).not.toContain('```');
  });
});
