/**
 * Markdown building blocks for job summaries and PR comments.
 *
 * Every value that comes from data or configuration (column names, category
 * values, file names) goes through `text()` or `code()`: Markdown and HTML
 * are escaped, and `@name` is broken with a zero-width space so that a
 * column called "@security-team" pings nobody.
 */
import { VERDICT_ICON, type CheckVerdict } from '../core/verdict.js';

// Characters that start Markdown emphasis, code, links, tables, strikethrough
// or HTML anywhere in a line; line-start markers (#, -, 1.) cannot occur
// because values are inlined after other text.
const MD_SPECIAL = /[\\`*_[\]|<>&~$]/g;
const HTML_ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/** Break @mentions and #references that GitHub would link. */
function defuse(s: string): string {
  return s.replace(/@/g, '@\u200b').replace(/#(?=\d)/g, '#\u200b');
}

/**
 * Every line ending Markdown knows (CommonMark: LF, CR, CR LF). A lone CR
 * left in a value would end a table row or a line just as LF does.
 */
const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Escape a data value for Markdown text (also inside table cells). `<` and
 * `>` become entities, so no value can open an HTML comment: a value holding
 * `<!-- modelgate:… -->` cannot pass for a comment marker.
 */
export function text(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  const escaped = s.replace(LINE_BREAK, ' ').replace(MD_SPECIAL, (ch) => HTML_ENTITY[ch] ?? `\\${ch}`);
  return defuse(escaped);
}

/**
 * A data value as inline code. Backticks inside cannot be escaped in a code
 * span, and a code span shows `<!--` as it is, which leaves an HTML comment
 * (a marker) in the raw text; such values fall back to escaped text in
 * <code>. So do `|` (it would split a table cell).
 */
export function code(value: unknown): string {
  const s = (value === null || value === undefined ? '' : String(value)).replace(LINE_BREAK, ' ');
  if (/[`|<>]/.test(s)) return `<code>${text(s)}</code>`;
  return `\`${defuse(s)}\``;
}

/** A number for a report: up to `digits` significant digits, no exponent for ordinary sizes. */
/**
 * A whole number below 10^15 in magnitude with en-US thousands separators
 * ("1,234,567", "-1,234", "-0"), written out rather than by Intl: the first
 * Intl.NumberFormat of a process loads ICU's locale data (about 12 ms,
 * measured) and toLocaleString builds a new formatter per call (about 30 µs),
 * while a report formats hundreds of counts. test/render checks it against
 * Intl's en-US output.
 */
export function groupDigits(value: number): string {
  if (Object.is(value, -0)) return '-0';
  const digits = String(Math.abs(value));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return value < 0 ? `-${out}` : out;
}

export function num(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined) return '–';
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return groupDigits(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e9)) return value.toExponential(digits - 1);
  return String(Number(value.toPrecision(digits)));
}

/** A share as a percentage, e.g. 0.1234 → "12.3%". */
export function pct(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return `${(value * 100).toFixed(digits)}%`;
}

export function icon(verdict: CheckVerdict): string {
  return VERDICT_ICON[verdict];
}

/** A GitHub-flavoured Markdown table; cells must already be escaped. */
export function table(header: string[], rows: string[][], align?: ('l' | 'r' | 'c')[]): string {
  if (rows.length === 0) return '';
  const sep = header.map((_, i) => {
    const a = align?.[i] ?? 'l';
    return a === 'r' ? '---:' : a === 'c' ? ':---:' : '---';
  });
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(sep), ...rows.map(line)].join('\n');
}

/** A collapsible section. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

const SPARK = '▁▂▃▄▅▆▇█';

/** A one-line sparkline of non-negative values, e.g. a histogram. */
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

/**
 * Mermaid labels are quoted strings: the characters that would end them (or
 * the code fence) become `'`, brackets are dropped. Mermaid also reads
 * `%%{init: …}%%` directives and `%%` comments anywhere in a diagram, `#…;`
 * entity codes and HTML in labels: `%`, `#`, `<` and `>` become their
 * full-width forms, which look alike and mean nothing to it.
 */
export function mermaidLabel(s: string): string {
  return s
    .replace(/["\n\r`]/g, "'")
    .replace(/[[\]]/g, '')
    .replace(/[%#<>]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

/**
 * A Mermaid xy bar chart (GitHub renders Mermaid in comments and summaries),
 * one or two series over the same categories.
 */
export function barChart(options: {
  title: string;
  categories: string[];
  series: { name: string; values: number[] }[];
  yLabel?: string;
}): string {
  const cats = options.categories.map((c) => `"${mermaidLabel(c)}"`).join(', ');
  const lines = ['```mermaid', 'xychart-beta', `  title "${mermaidLabel(options.title)}"`, `  x-axis [${cats}]`];
  if (options.yLabel) lines.push(`  y-axis "${mermaidLabel(options.yLabel)}"`);
  for (const s of options.series) {
    const vals = s.values.map((v) => (Number.isFinite(v) ? Number(v.toPrecision(6)) : 0)).join(', ');
    lines.push(`  bar [${vals}]`);
  }
  lines.push('```');
  return lines.join('\n');
}
