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
  return defuse(s.replace(LINE_BREAK, ' ').replace(/[<>&"]/g, (ch) => HTML_ENTITY[ch] ?? '&quot;'));
}

export function htmlCode(value: unknown): string {
  return `<code>${htmlText(value)}</code>`;
}

/** A collapsible section; `summary` is HTML (see htmlText), not Markdown. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
