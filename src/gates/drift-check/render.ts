/**
 * The drift-check Markdown body: the dataset verdict, the per-column table
 * sorted by severity, small histograms of reference vs current for the most
 * drifted columns, data-quality findings and the definitions used. Every
 * value from the data goes through text()/code().
 */
import { code, details, icon, num, pct, sparkline, table, text } from '../../render/markdown.js';
import type { Check } from '../../core/report.js';
import type { CheckVerdict } from '../../core/verdict.js';
import { passCondition } from './checks.js';
import type { ColumnResult, DriftEvaluation } from './evaluate.js';
import { METHODS, type MethodName } from './methods.js';

const MAX_ROWS = 60;

/** A row's icon is its check's verdict (checks.ts decided it), not a second judgement. */
function verdictOf(checks: Check[], id: string): CheckVerdict {
  return checks.find((c) => c.id === id)?.verdict ?? 'pass';
}

function score(c: ColumnResult): string {
  if (c.status === 'insufficient' || c.statistic === null) return '–';
  if (c.score === 'p-value') {
    const adj = c.adjustedPValue !== null && c.adjustedPValue !== c.pValue ? ` (adj. ${num(c.adjustedPValue)})` : '';
    return `p = ${num(c.pValue)}${adj}`;
  }
  return num(c.statistic);
}

export function renderDrift(e: DriftEvaluation, checks: Check[]): string {
  const d = e.dataset;
  const out: string[] = [];
  const columnIcon = (c: ColumnResult) => icon(verdictOf(checks, `column.${c.name}.drift`));
  const verdictLine = `${icon(verdictOf(checks, 'dataset.drift-share'))} **${d.drifted ? 'Dataset drift' : 'No dataset drift'}**: ${d.driftedColumns.length} of ${d.evaluatedColumns} columns drifted (${pct(d.share)}, threshold ${pct(d.threshold)}).`;
  out.push(verdictLine);
  if (d.insufficientColumns) out.push(`${icon('insufficient')} ${d.insufficientColumns} columns had too few values to test.`);
  const special = e.columns.filter((c) => c.role !== 'feature');
  for (const c of special) {
    out.push(`${columnIcon(c)} ${c.role === 'target' ? 'Target' : 'Prediction'} ${code(c.name)}: ${c.drifted ? '**drifted**' : 'no drift'} (${text(c.method)} ${score(c)}).`);
  }

  const rows = e.columns.slice(0, MAX_ROWS).map((c) => [
    columnIcon(c),
    code(c.name) + (c.role !== 'feature' ? ` (${c.role})` : ''),
    c.type,
    text(c.method),
    score(c),
    text(passCondition(c.operator, c.threshold)),
    num(c.nReference),
    num(c.nCurrent),
  ]);
  out.push(table(['', 'Column', 'Type', 'Method', 'Score', 'Passes when', 'Reference', 'Current'], rows, ['c', 'l', 'l', 'l', 'r', 'l', 'r', 'r']));
  if (e.columns.length > MAX_ROWS) out.push(`…and ${e.columns.length - MAX_ROWS} more columns in the JSON report.`);

  const hist = e.columns.filter((c) => c.histogram);
  if (hist.length) {
    const lines = hist.map((c) => {
      const h = c.histogram!;
      const top = Math.max(...h.reference, ...h.current);
      return `${code(c.name)}\n\n\`\`\`text\nreference ${sparkline(h.reference, top)}\ncurrent   ${sparkline(h.current, top)}\n\`\`\`\n${text(h.labels[0])} … ${text(h.labels[h.labels.length - 1])}`;
    });
    out.push(details('Histograms of the most drifted columns (reference vs current)', lines.join('\n\n'), true));
  }

  const flagged = e.quality.filter((q) => q.flagged);
  if (flagged.length || e.unmatched.length) {
    const items = flagged.map((q) => {
      if (q.kind === 'null-share') return `- ${icon('warn')} ${code(q.column)}: null share ${pct(q.reference)} → ${pct(q.current)} (allowed increase ${pct(q.threshold)})`;
      const cats = (q.categories ?? []).slice(0, 5).map((c) => code(c)).join(', ');
      const what = q.kind === 'new-categories' ? 'new categories' : 'categories gone';
      return `- ${icon('warn')} ${code(q.column)}: ${what} ${cats}${(q.categories?.length ?? 0) > 5 ? ', …' : ''} (${pct(q.value, 2)} of rows)`;
    });
    for (const u of e.unmatched) items.push(`- ${icon('warn')} ${code(u.column)} is only in the ${u.in} data`);
    out.push(`**Data quality**\n\n${items.join('\n')}`);
  }

  const used = [...new Set(e.columns.filter((c) => c.status !== 'insufficient').map((c) => c.method))] as MethodName[];
  if (used.length) {
    const defs = used.map((m) => {
      const meth = METHODS[m];
      return `- **${text(m)}** (${text(meth.title)}, ${meth.score}): ${text(meth.definition)}.`;
    });
    out.push(details('Definitions used', defs.join('\n')));
  }
  return out.join('\n\n');
}
