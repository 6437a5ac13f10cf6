/**
 * Charts that tell the truth, or none (issue #12). GitHub draws Mermaid's
 * `xychart-beta` in comments and job summaries; its limits decide the rules:
 *
 * - One bar series per chart: several bar series are drawn on top of each
 *   other at the same x, so the one behind hides. Other series are lines (a
 *   threshold, a baseline, the reference distribution), each in its own
 *   colour and named in a legend under the chart, since xychart draws none.
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

export interface ChartLine {
  /** What the line is, for the legend ("baseline", "threshold 0.75"). */
  name: string;
  /** One value (a flat line: a threshold) or one per category. */
  values: number | number[];
}

export interface BarChart {
  /** What a bar is, in words ("Selection rate by race, %"). */
  title: string;
  /** The category axis' label (e.g. the attribute). */
  xLabel: string;
  /** The value axis' label, with its unit. */
  yLabel: string;
  categories: string[];
  /** The one bar series, non-negative. */
  bars: number[];
  /** What the bars are, for the legend ("challenger"); the legend is left out when no series is named. */
  barName?: string;
  /** An optional line over the same categories: a threshold (one value) or a second distribution. */
  line?: number | number[];
  /** What `line` is, for the legend. */
  lineName?: string;
  /** More lines, drawn after `line`: e.g. the baseline, then the threshold. */
  lines?: ChartLine[];
  /** Top of the value axis; by default a nice number at or above every value. */
  yMax?: number;
  /** How a value is written in the table that stands in for a chart. */
  format?: (v: number) => string;
}

/**
 * xychart colours its plots in order from this palette: the bars, then each
 * line. The legend under a chart names them with the square emoji of the
 * same colour (xychart draws no legend of its own), so the colours are set
 * here rather than left to the theme, whose first colour is a pale lilac.
 */
const PALETTE = [
  { color: '#3b82f6', square: '🟦' },
  { color: '#f4900c', square: '🟧' },
  { color: '#57606a', square: '⬛' },
  { color: '#16a34a', square: '🟩' },
];

/** How a chart's legend line begins (the terminal drops it with its chart). */
export const LEGEND_START = `${PALETTE[0].square} bars: `;

function expand(values: number | number[], n: number): number[] {
  return typeof values === 'number' ? Array.from({ length: n }, () => values) : values;
}

/**
 * A Mermaid bar chart under the rules above, or a Markdown table of the same
 * numbers when a chart would not tell the truth (fewer than three bars, a
 * negative or non-finite value). A named series gets a legend line under
 * the chart.
 */
export function barChart(c: BarChart): string {
  const n = c.categories.length;
  const lines: { name: string; values: number[] }[] = [];
  if (c.line !== undefined) lines.push({ name: c.lineName ?? 'line', values: expand(c.line, n) });
  for (const l of c.lines ?? []) lines.push({ name: l.name, values: expand(l.values, n) });
  lines.splice(PALETTE.length - 1);
  const all = [...c.bars, ...lines.flatMap((l) => l.values)];
  const chartable = c.bars.length >= 3 && all.every((v) => Number.isFinite(v) && v >= 0);
  if (!chartable) return chartTable(c, lines);
  const top = c.yMax ?? niceCeil(Math.max(...all));
  const value = (v: number) => String(Number(v.toPrecision(4)));
  const out = [
    '```mermaid',
    '---',
    'config:',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${PALETTE.map((p) => p.color).join(', ')}"`,
    '---',
    'xychart-beta',
    `  title "${mermaidText(c.title, 90)}"`,
    `  x-axis "${mermaidText(c.xLabel)}" [${c.categories.map((x) => `"${mermaidText(x, 24)}"`).join(', ')}]`,
    `  y-axis "${mermaidText(c.yLabel)}" 0 --> ${value(top)}`,
    `  bar [${c.bars.map(value).join(', ')}]`,
    ...lines.map((l) => `  line [${l.values.map(value).join(', ')}]`),
    '```',
  ];
  const named = c.barName !== undefined || c.lineName !== undefined || (c.lines?.length ?? 0) > 0;
  if (named) {
    const legend = [`${LEGEND_START}${text(c.barName ?? c.yLabel)}`, ...lines.map((l, i) => `${PALETTE[i + 1].square} line: ${text(l.name)}`)];
    out.push(legend.join(' · '));
  }
  return out.join('\n');
}

function chartTable(c: BarChart, lines: { name: string; values: number[] }[]): string {
  const f = c.format ?? ((v: number) => num(v));
  const header = [text(c.xLabel), text(c.barName ?? c.yLabel), ...lines.map((l) => text(l.name))];
  const rows = c.categories.map((cat, i) => [text(cat), f(c.bars[i]), ...lines.map((l) => f(l.values[i]))]);
  return table(header, rows, ['l', ...header.slice(1).map(() => 'r' as const)]);
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
