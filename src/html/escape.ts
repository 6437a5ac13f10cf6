/**
 * Escaping for the HTML report. Every value that comes from a file, a
 * setting or the report (column names, categories, groups, messages) goes
 * through `esc` before it reaches the page, in text and in attribute values
 * alike: the five characters that can end a text node or a quoted
 * attribute, or start markup, become entities. The page has no script and a
 * Content-Security-Policy that allows none (page.ts), so nothing escaped
 * wrongly could run either.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  // Lone surrogates and control characters other than tab and newline are not text.
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
}

/** A label cut to `max` characters (with an ellipsis), escaped. */
export function escShort(value: unknown, max = 28): string {
  const s = value === null || value === undefined ? '' : String(value);
  return esc(s.length > max ? `${s.slice(0, max - 1)}…` : s);
}
