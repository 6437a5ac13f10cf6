/**
 * The gate's Markdown body: failing and warning rules first in one compact
 * table, passing rules collapsed. Every value from the data or the contract
 * goes through text() or code().
 */
import { code, details, icon, num, table, text } from '../../render/markdown.js';
import type { RuleCheck } from './evaluate.js';

export interface RenderInput {
  checks: RuleCheck[];
  files: { file: string; rows: number; columns: number }[];
  contract?: { path: string; format: string };
  inferredTo?: string;
  /** Whether checks come from several files (then the file is shown per rule). */
  multiFile: boolean;
}

// GitHub cuts comments at 65,536 characters: long lists stop here and point to the JSON report.
const MAX_FAILING_ROWS = 100;
const MAX_PASSING_ROWS = 200;

function clip(s: string, max = 80): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function valueCell(c: RuleCheck): string {
  if (typeof c.value === 'number') {
    if (c.id.endsWith('null-rate') || c.id.endsWith('max-null-fraction') || c.id === 'baseline.row-count') return num(c.value, 3);
    return num(c.value);
  }
  return c.value === null ? '–' : text(c.value);
}

function where(c: RuleCheck): string {
  if (!c.rows.length) return valueCell(c);
  const more = typeof c.value === 'number' && c.value > c.rows.length ? ', …' : '';
  const lines = c.lines?.length ? ` (line${c.lines.length > 1 ? 's' : ''} ${c.lines.join(', ')}${more})` : '';
  return `${valueCell(c)} · row${c.rows.length > 1 ? 's' : ''} ${c.rows.join(', ')}${more}${lines}`;
}

function examples(c: RuleCheck): string {
  const shown = [...new Set(c.examples)].slice(0, 5);
  return shown.map((e) => (e === '' ? '(empty)' : code(e))).join(' ');
}

export function renderMarkdown(input: RenderInput): string {
  const out: string[] = [];
  const rows = input.files.reduce((s, f) => s + f.rows, 0);
  const filesText = input.files.map((f) => `${code(f.file)} (${num(f.rows)} rows, ${num(f.columns)} columns)`).join(', ');
  if (input.contract) {
    out.push(`Checked ${filesText || 'no file'} against ${code(input.contract.path)} (${text(input.contract.format)}).`);
  } else if (input.files.length) {
    out.push(`Read ${filesText}.`);
  }
  if (input.inferredTo) out.push(`Inferred a contract from the data and wrote it to ${code(input.inferredTo)}.`);

  const bad = input.checks.filter((c) => c.verdict !== 'pass');
  const good = input.checks.filter((c) => c.verdict === 'pass');
  const fileCol = input.multiFile;
  if (bad.length) {
    const header = ['', 'Rule', 'Column', 'Expected', 'Offending rows', 'Examples', ...(fileCol ? ['File'] : [])];
    const body = bad.slice(0, MAX_FAILING_ROWS).map((c) => [
      icon(c.verdict),
      code(c.id),
      c.subject === null ? '–' : code(c.subject),
      text(clip(String(c.threshold ?? ''))),
      where(c),
      examples(c) || text(c.message ?? ''),
      ...(fileCol ? [code(c.file)] : []),
    ]);
    out.push(`**${bad.length} of ${input.checks.length} rules violated** over ${num(rows)} rows.`);
    out.push(table(header, body));
    if (bad.length > MAX_FAILING_ROWS) out.push(`… and ${bad.length - MAX_FAILING_ROWS} more violated rules in the JSON report.`);
  } else if (input.checks.length) {
    out.push(`All ${input.checks.length} rules hold over ${num(rows)} rows.`);
  }
  if (good.length) {
    const body = good
      .slice(0, MAX_PASSING_ROWS)
      .map((c) => [code(c.id), c.subject === null ? '–' : code(c.subject), text(clip(String(c.threshold ?? ''))), valueCell(c), ...(fileCol ? [code(c.file)] : [])]);
    const more = good.length > MAX_PASSING_ROWS ? `\n\n… and ${good.length - MAX_PASSING_ROWS} more in the JSON report.` : '';
    out.push(details(`${good.length} passing rules`, table(['Rule', 'Column', 'Expected', 'Value', ...(fileCol ? ['File'] : [])], body) + more));
  }
  return out.join('\n\n');
}
