/**
 * Charts that tell the truth, or none (issue #12). GitHub draws Mermaid's
 * `xychart-beta` in comments and job summaries; its limits decide the rules:
 *
 * - One bar series per chart: several bar series are drawn on top of each
 *   other at the same x, so the one behind hides. A second series may be a
 *   line (a threshold, or the reference distribution), named in the title,
 *   since xychart draws no legend.
 * - The value axis starts at zero. Bars below zero would be drawn up from the
 *   axis's bottom, which misleads, so a chart of negative values is a table.
 * - A chart carries at least three numbers (bars); fewer is a table.
 * - Labels survive Mermaid's own escaping: Mermaid writes "<" as the text
 *   "&lt;" into the picture, and its title font lacks "−" and "≤", so those
 *   are replaced by look-alikes; quotes and brackets that would end a label
 *   are replaced too.
 */
import { table, text } from './markdown.js';
import { num } from './numbers.js';

/** A label, title or category as Mermaid shows it faithfully (see above). */
export function mermaidText(s: string, max = 60): string {
  const t = s
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/["`]/g, "'")
    .replace(/\[/g, '(')
    .replace(/\]/g, ')')
    .replace(/<=/g, '‹=')
    .replace(/>=/g, '≥')
    .replace(/≤/g, '‹=')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/\u2212/g, '-')
    // Mermaid reads `%%{init: …}%%` directives and `%%` comments anywhere in a
    // diagram, and `#name;` / `#123;` as entity codes in a label (#17 item 5).
    .replace(/%(?=%)/g, '% ')
    .replace(/#(?=#?[A-Za-z0-9]+;)/g, '# ')
    // A fenced block mentions nobody, but a copy of its text elsewhere might.
    .replace(/@/g, '@\u200b')
    // "&lt;" in the data would be read by Mermaid as an entity: keep it text.
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '& ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The smallest "nice" number (1, 2, 2.5, 5 × 10^k) at or above x: the top of an axis. */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= x * (1 - 1e-12)) return Number((m * p).toPrecision(12));
  return 10 * p;
}

export interface BarChart {
  /** What a bar is, in words ("Selection rate by race, %"); a line, if any, is named here too. */
  title: string;
  /** The category axis' label (e.g. the attribute). */
  xLabel: string;
  /** The value axis' label, with its unit. */
  yLabel: string;
  categories: string[];
  /** The one bar series, non-negative. */
  bars: number[];
  /** An optional line over the same categories: a threshold (one value) or a second distribution. */
  line?: number | number[];
  /** Top of the value axis; by default a nice number at or above every value. */
  yMax?: number;
  /** How a value is written in the table that stands in for a chart. */
  format?: (v: number) => string;
}

/**
 * A Mermaid bar chart under the rules above, or a Markdown table of the same
 * numbers when a chart would not tell the truth (fewer than three bars, a
 * negative or non-finite value).
 */
export function barChart(c: BarChart): string {
  const lineValues = c.line === undefined ? [] : typeof c.line === 'number' ? c.categories.map(() => c.line as number) : c.line;
  const all = [...c.bars, ...lineValues];
  const chartable = c.bars.length >= 3 && all.every((v) => Number.isFinite(v) && v >= 0);
  if (!chartable) return chartTable(c, lineValues);
  const top = c.yMax ?? niceCeil(Math.max(...all));
  const value = (v: number) => String(Number(v.toPrecision(4)));
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidText(c.title, 90)}"`,
    `  x-axis "${mermaidText(c.xLabel)}" [${c.categories.map((x) => `"${mermaidText(x, 24)}"`).join(', ')}]`,
    `  y-axis "${mermaidText(c.yLabel)}" 0 --> ${value(top)}`,
    `  bar [${c.bars.map(value).join(', ')}]`,
  ];
  if (lineValues.length) lines.push(`  line [${lineValues.map(value).join(', ')}]`);
  lines.push('```');
  return lines.join('\n');
}

function chartTable(c: BarChart, lineValues: number[]): string {
  const f = c.format ?? ((v: number) => num(v));
  const header = [text(c.xLabel), text(c.yLabel)];
  if (lineValues.length) header.push('line');
  const rows = c.categories.map((cat, i) => [text(cat), f(c.bars[i]), ...(lineValues.length ? [f(lineValues[i])] : [])]);
  return table(header, rows, ['l', 'r', 'r']);
}

const SPARK = '▁▂▃▄▅▆▇█';

/** A one-line sparkline of non-negative values (the terminal's stand-in for a chart). */
export function sparkline(values: ArrayLike<number>, max?: number): string {
  let top = max ?? 0;
  if (max === undefined) for (let i = 0; i < values.length; i++) top = Math.max(top, values[i]);
  let out = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out += top > 0 && v > 0 ? SPARK[Math.min(SPARK.length - 1, Math.floor((v / top) * (SPARK.length - 1) + 0.5))] : ' ';
  }
  return out;
}
