/**
 * validate-schema's Markdown: one finding per fact (rules broken by the same
 * rows and values are one problem: `column.id.unique` and `table.primary-key`
 * on a repeated key), at most five in the open, passing rules collapsed; and
 * the headline: the first problem, which rows to fix, what was checked.
 * Every value from the data or the contract goes through text() or code().
 */
import type { Headline } from '../../core/gate.js';
import type { CheckVerdict } from '../../core/verdict.js';
import { byVerdict, findingsTable, plural, worstOf } from '../../render/findings.js';
import { code, details, icon, num, table, text } from '../../render/markdown.js';
import { rowRanges } from '../../render/numbers.js';
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

/** One problem: the rules that the same rows (with the same values) break. */
interface Problem {
  checks: RuleCheck[];
  verdict: CheckVerdict;
}

function clip(s: string, max = 80): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function valueCell(c: RuleCheck): string {
  if (typeof c.value === 'number') return num(c.value);
  return c.value === null ? '–' : text(c.value);
}

/** Failing and warning rules grouped by the rows and values they flag (a rule without rows stands alone). */
export function problemsOf(checks: readonly RuleCheck[]): Problem[] {
  const groups = new Map<string, RuleCheck[]>();
  for (const c of checks) {
    if (c.verdict === 'pass') continue;
    const key = c.rows.length ? `${c.file}\u0000${c.rows.join(',')}\u0000${[...new Set(c.examples)].join('\u0001')}` : `${c.file}\u0000${c.id}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const problems = [...groups.values()].map((list) => ({ checks: list, verdict: worstOf(list.map((c) => c.verdict)) }));
  return byVerdict(problems, (p) => p.verdict);
}

function ruleName(c: RuleCheck): string {
  return c.subject !== null && c.id.includes(`.${c.subject}.`) ? c.id.slice(c.id.lastIndexOf('.') + 1) : c.id.replace(/^table\./, '');
}

function rowsCell(c: RuleCheck): string {
  if (!c.rows.length) return '–';
  const more = typeof c.value === 'number' && c.value > c.rows.length ? ', …' : '';
  const lines = c.lines?.length ? ` (line${c.lines.length > 1 ? 's' : ''} ${text(rowRanges(c.lines, 8))}${more})` : '';
  return `${text(rowRanges(c.rows, 8))}${more}${lines}`;
}

function examples(c: RuleCheck): string {
  const shown = [...new Set(c.examples)].slice(0, 3);
  return shown.map((e) => (e === '' ? '(empty)' : code(clip(e, 40)))).join(' ');
}

function problemRow(p: Problem, multiFile: boolean): string[] {
  const first = p.checks[0];
  const subject = p.checks.find((c) => c.subject !== null)?.subject ?? null;
  return [
    icon(p.verdict),
    subject === null ? 'table' : code(subject),
    p.checks.map((c) => code(ruleName(c))).join(', '),
    text(first.message ?? first.name),
    rowsCell(first),
    examples(first) || '–',
    ...(multiFile ? [code(first.file)] : []),
  ];
}

export function renderMarkdown(input: RenderInput): string {
  const out: string[] = [];
  const problems = problemsOf(input.checks);
  const good = input.checks.filter((c) => c.verdict === 'pass');
  const fileCol = input.multiFile;
  if (input.inferredTo) out.push(`Inferred a contract from the data and wrote it to ${code(input.inferredTo)}.`);
  if (problems.length) {
    const header = ['', 'Column', 'Rule', 'Problem', 'Rows', 'Values', ...(fileCol ? ['File'] : [])];
    const rows = problems.slice(0, MAX_FAILING_ROWS).map((p) => problemRow(p, fileCol));
    out.push(findingsTable(header, rows, { more: (n) => `${plural(n, 'more problem')}` }));
    if (problems.length > MAX_FAILING_ROWS) out.push(`… and ${problems.length - MAX_FAILING_ROWS} more problems in the JSON report.`);
  }
  if (good.length) {
    const body = good
      .slice(0, MAX_PASSING_ROWS)
      .map((c) => [code(c.id), text(clip(String(c.threshold ?? ''))), valueCell(c), ...(fileCol ? [code(c.file)] : [])]);
    const more = good.length > MAX_PASSING_ROWS ? `\n\n… and ${good.length - MAX_PASSING_ROWS} more in the JSON report.` : '';
    const title = problems.length ? `${plural(good.length, 'passing rule')}` : `All ${plural(good.length, 'rule')}`;
    out.push(details(title, table(['Rule', 'Expected', 'Value', ...(fileCol ? ['File'] : [])], body, ['l', 'l', 'r']) + more));
  }
  return out.join('\n\n');
}

/** What was checked, in one line: files with their sizes, and the contract. */
function compared(input: RenderInput): string {
  const files = input.files.map((f) => `${code(f.file)} (${plural(f.rows, 'row')}, ${plural(f.columns, 'column')})`);
  const shownFiles = files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more files` : files.join(', ');
  if (input.contract) return `${shownFiles || 'no file'} against ${code(input.contract.path)} (${text(input.contract.format)} contract).`;
  return `${shownFiles}.`;
}

/** The first three lines: the first problem, what to fix, and what was checked. */
export function renderHeadline(input: RenderInput): Headline {
  const problems = problemsOf(input.checks);
  const rows = input.files.reduce((s, f) => s + f.rows, 0);
  const contractFile = input.contract ? code(input.contract.path) : 'the contract';
  if (!problems.length) {
    if (!input.checks.length && input.inferredTo) {
      return {
        reason: `Inferred a contract from ${plural(rows, 'row')} into ${code(input.inferredTo)}.`,
        next: `review ${code(input.inferredTo)} and commit it as the data contract.`,
        compared: compared(input),
      };
    }
    return { reason: `All ${plural(input.checks.length, 'rule')} hold over ${plural(rows, 'row')}.`, next: 'nothing to do.', compared: compared(input) };
  }
  const first = problems[0];
  const c = first.checks[0];
  const where = c.rows.length ? ` in row${c.rows.length > 1 ? 's' : ''} ${text(rowRanges(c.rows, 3))}` : '';
  const subject = c.subject !== null ? code(c.subject) : 'the table';
  const message = text((c.message ?? c.name).replace(/\.$/, ''));
  const rest = problems.length > 1 ? `; ${plural(problems.length - 1, 'more problem')} below` : '';
  const reason = `${subject}${where}: ${message}${rest}.`;

  const failing = problems.filter((p) => p.verdict === 'fail');
  let next: string;
  if (!failing.length) {
    next = `review the warnings below; they do not fail the job${input.contract ? `, or adjust ${contractFile}` : ''}.`;
  } else {
    const files = new Set(failing.flatMap((p) => p.checks.map((x) => x.file)));
    const allRows = [...new Set(failing.flatMap((p) => (p.checks[0].rows.length ? p.checks[0].rows : [])))].sort((a, b) => a - b);
    const withoutRows = failing.filter((p) => !p.checks[0].rows.length).length;
    if (allRows.length && files.size === 1) {
      const more = withoutRows ? ` and ${plural(withoutRows, 'rule')} without rows` : '';
      next = `fix row${allRows.length > 1 ? 's' : ''} ${text(rowRanges(allRows))} of ${code([...files][0])}${more}, or change ${contractFile}.`;
    } else if (allRows.length) {
      next = `fix the rows listed below, or change ${contractFile}.`;
    } else {
      next = `fix the data (see below), or change ${contractFile}.`;
    }
  }
  return { reason, next, compared: compared(input) };
}
