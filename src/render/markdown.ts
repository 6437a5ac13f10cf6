/**
 * Markdown building blocks for job summaries and PR comments.
 *
 * Every value that comes from data or configuration (column names, category
 * values, file names) goes through `text()` or `code()`: Markdown and HTML
 * are escaped, and `@name` is broken with a zero-width space so that a
 * column called "@security-team" pings nobody.
 */
import { VERDICT_ICON, type CheckVerdict } from '../core/verdict.js';

// Numbers are written one way everywhere (numbers.ts); re-exported for the gates' renderers.
export { groupDigits, num, pct } from './numbers.js';

// Characters that start Markdown emphasis, code, links, tables, strikethrough
// or HTML anywhere in a line; line-start markers (#, -, 1.) cannot occur
// because values are inlined after other text.
const MD_SPECIAL = /[\\`*_[\]|<>&~$]/g;
const HTML_ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/** Break @mentions and #references that GitHub would link. */
function defuse(s: string): string {
  return s.replace(/@/g, '@\u200b').replace(/#(?=\d)/g, '#\u200b');
}

/** Escape a data value for Markdown text (also inside table cells). */
export function text(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  const escaped = s
    .replace(/\r?\n/g, ' ')
    .replace(MD_SPECIAL, (ch) => HTML_ENTITY[ch] ?? `\\${ch}`);
  return defuse(escaped);
}

/**
 * A data value as inline code. Backticks inside cannot be escaped in a code
 * span, so such values fall back to escaped text in <code>.
 */
export function code(value: unknown): string {
  const s = (value === null || value === undefined ? '' : String(value)).replace(/\r?\n/g, ' ');
  if (s.includes('`') || s.includes('|')) return `<code>${text(s)}</code>`;
  return `\`${defuse(s)}\``;
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

/**
 * A data value inside raw HTML whose content GitHub does not read as
 * Markdown, such as a <details>' <summary>: there a backslash escape would
 * show, so only HTML is escaped (and mentions broken). `htmlCode` wraps it
 * in <code>, as `code()` does in Markdown.
 */
export function htmlText(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return defuse(s.replace(/\r?\n/g, ' ').replace(/[<>&"]/g, (ch) => HTML_ENTITY[ch] ?? '&quot;'));
}

export function htmlCode(value: unknown): string {
  return `<code>${htmlText(value)}</code>`;
}

/** A collapsible section; `summary` is HTML (see htmlText), not Markdown. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
