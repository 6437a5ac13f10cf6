/**
 * drift-check's Markdown: the headline (how many features drifted, the
 * largest drift, what to check first), one finding per column (its drift,
 * its size beside its p-value, and its data-quality findings together), then
 * collapsed: every column, the distributions of the most drifted columns as
 * charts (current as bars, reference as a line), and the definitions used.
 * Every value from the data goes through text()/code().
 */
import type { Headline } from '../../core/gate.js';
import type { Check } from '../../core/report.js';
import type { CheckVerdict } from '../../core/verdict.js';
import { barChart, niceCeil } from '../../render/charts.js';
import { collapsedSections, findingsTable, plural, worstOf, type Section } from '../../render/findings.js';
import { code, htmlCode, icon, table, text } from '../../render/markdown.js';
import { num, pct, pctDecimals, pValue } from '../../render/numbers.js';
import { passCondition } from './checks.js';
import type { QualityFinding } from './data-quality.js';
import type { ColumnResult, DriftEvaluation } from './evaluate.js';
import { METHODS, type MethodName } from './methods.js';

/** What was compared, from gate.ts: the files (or profiles) and their row counts. */
export interface DriftSources {
  reference: string;
  current: string;
  referenceRows: number;
  currentRows: number;
}

const MAX_ROWS = 60;

const SIZE_LABEL: Partial<Record<MethodName, string>> = {
  psi: 'PSI',
  wasserstein: 'Wasserstein',
  jensenshannon: 'Jensen–Shannon',
  kl_div: 'KL',
  hellinger: 'Hellinger',
  energy: 'energy',
  l_infinity: 'L∞',
  cramers_v: "Cramér's V",
};

/** A check's verdict by id (checks.ts decided it). */
function verdictOf(checks: Check[], id: string): CheckVerdict {
  return checks.find((c) => c.id === id)?.verdict ?? 'pass';
}

/**
 * A column's icon follows the rule that decided the gate: a drifted feature
 * counts toward the dataset's share of drifted columns, so under a failing
 * share it is shown failing, not with its own warning; target and
 * prediction are not counted in the share and keep their own verdict.
 */
function columnVerdict(e: DriftEvaluation, checks: Check[], c: ColumnResult): CheckVerdict {
  const own = verdictOf(checks, `column.${c.name}.drift`);
  if (c.role === 'feature' && c.drifted) return worstOf([own, verdictOf(checks, 'dataset.drift-share')]);
  return own;
}

/** "PSI 0.472 (large)": the drift's size, with the usual reading of PSI (< 0.1 small, 0.1–0.25 moderate, ≥ 0.25 large; Siddiqi 2006). */
function sizeText(c: ColumnResult): string {
  if (!c.size) return '–';
  const label = SIZE_LABEL[c.size.method] ?? c.size.method;
  const reading = c.size.method === 'psi' ? (c.size.value >= 0.25 ? ' (large)' : c.size.value >= 0.1 ? ' (moderate)' : ' (small)') : '';
  return `${text(label)} ${num(c.size.value)}${reading}`;
}

/** The decisive p-value (after the correction), or '–' for a distance method. */
function pText(c: ColumnResult): string {
  if (c.status === 'insufficient' || c.score !== 'p-value') return '–';
  return pValue(c.adjustedPValue ?? c.pValue);
}

function methodTitle(c: ColumnResult): string {
  return text(c.method);
}

/** A data-quality finding in a few words. */
function qualityText(q: QualityFinding): string {
  if (q.kind === 'null-share') {
    const d = pctDecimals([q.reference, q.current]);
    return `null share ${pct(q.reference ?? 0, d)} → ${pct(q.current ?? 0, d)}`;
  }
  const cats = (q.categories ?? []).slice(0, 3).map((c) => code(c)).join(', ');
  const more = (q.categories?.length ?? 0) > 3 ? ', …' : '';
  if (q.kind === 'new-categories') return `new ${(q.categories?.length ?? 0) === 1 ? 'category' : 'categories'} ${cats}${more} (${pct(q.value)} of rows)`;
  return `${(q.categories?.length ?? 0) === 1 ? 'category' : 'categories'} ${cats}${more} gone (${pct(q.value)} of reference rows)`;
}

function columnName(c: ColumnResult): string {
  return code(c.name) + (c.role !== 'feature' ? ` (${c.role})` : '');
}

/** One finding per column: drifted or flagged columns, worst first (the evaluation's order). */
function findings(e: DriftEvaluation, checks: Check[]): { verdict: CheckVerdict; cells: string[] }[] {
  const flagged = e.quality.filter((q) => q.flagged);
  const out: { verdict: CheckVerdict; cells: string[] }[] = [];
  const seen = new Set<string>();
  for (const c of e.columns) {
    const quality = flagged.filter((q) => q.column === c.name);
    const verdict = worstOf([columnVerdict(e, checks, c), ...quality.map((q) => verdictOf(checks, `column.${q.column}.${q.kind}`))]);
    if (!c.drifted && !quality.length && c.status !== 'insufficient') continue;
    seen.add(c.name);
    const what = c.status === 'insufficient' ? `not tested: ${text(c.note ?? '')}` : c.drifted ? `drifted (${methodTitle(c)})` : `no drift (${methodTitle(c)})`;
    out.push({ verdict, cells: [icon(verdict), columnName(c), what, sizeText(c), pText(c), quality.map(qualityText).join('; ') || '–'] });
  }
  for (const q of flagged) {
    if (seen.has(q.column)) continue;
    const v = verdictOf(checks, `column.${q.column}.${q.kind}`);
    out.push({ verdict: v, cells: [icon(v), code(q.column), 'not compared', '–', '–', qualityText(q)] });
  }
  for (const u of e.unmatched) out.push({ verdict: 'warn', cells: [icon('warn'), code(u.column), `only in the ${u.in} data`, '–', '–', '–'] });
  return out;
}

/** "[18, 24.8)" → "18": a bin as the chart's axis shows it, by where it starts (ranges side by side overlap); categories unchanged. */
function binLabel(label: string): string {
  const m = /^[[(]\s*(-?[\d.e+-]+),\s*(-?[\d.e+-]+)\s*[\])]$/.exec(label);
  return m ? num(Number(m[1])) : label;
}

function distributionChart(c: ColumnResult): string {
  const h = c.histogram!;
  const current = h.current.map((v) => v * 100);
  const reference = h.reference.map((v) => v * 100);
  return barChart({
    title: `${c.name}: % of rows per ${c.type === 'numerical' ? 'bin' : 'category'}`,
    xLabel: c.type === 'numerical' ? `${c.name} (bin start)` : c.name,
    yLabel: '% of rows',
    categories: h.labels.map(binLabel),
    bars: current,
    barName: 'current',
    line: reference,
    lineName: 'reference',
    yMax: niceCeil(Math.max(...current, ...reference)),
    format: (v) => `${num(v)}%`,
  });
}

export function renderDrift(e: DriftEvaluation, checks: Check[]): string {
  const out: string[] = [];
  const rows = findings(e, checks);
  if (rows.length) {
    out.push(
      findingsTable(['', 'Column', 'Finding', 'Drift size', 'p', 'Data quality'], rows.map((r) => r.cells), {
        align: ['c', 'l', 'l', 'l', 'r', 'l'],
        more: (n) => `${plural(n, 'more column')} with findings`,
      }),
    );
  }

  const all = e.columns.slice(0, MAX_ROWS).map((c) => [
    icon(columnVerdict(e, checks, c)),
    columnName(c),
    c.type,
    text(c.method),
    sizeText(c),
    pText(c),
    text(passCondition(c.operator, c.threshold).replace(/>=/g, '≥').replace(/<=/g, '≤')),
    num(c.nReference),
    num(c.nCurrent),
  ]);
  const more = e.columns.length > MAX_ROWS ? `\n\n…and ${e.columns.length - MAX_ROWS} more columns in the JSON report.` : '';
  const sections: Section[] = [];
  const allTable = table(['', 'Column', 'Type', 'Method', 'Drift size', 'p', 'Passes when', 'Reference n', 'Current n'], all, ['c', 'l', 'l', 'l', 'l', 'r', 'l', 'r', 'r']);
  sections.push({ title: `All ${plural(e.columns.length, 'column')}`, body: allTable + more });

  const charted = e.columns.filter((c) => c.histogram);
  if (charted.length) {
    sections.push({ title: `Distributions of ${charted.map((c) => htmlCode(c.name)).join(', ')}`, body: charted.map(distributionChart).join('\n\n') });
  }

  const used = [...new Set(e.columns.filter((c) => c.status !== 'insufficient').map((c) => c.method))] as MethodName[];
  if (used.length) {
    const sizes = e.columns.some((c) => c.size?.method === 'psi' && c.method !== 'psi') ? [`- **Drift size** of a p-value method: PSI (${text(METHODS.psi.definition)}); about 0.1 is a moderate shift and 0.25 a large one.`] : [];
    const defs = used.map((m) => {
      const meth = METHODS[m];
      return `- **${text(m)}** (${text(meth.title)}, ${meth.score}): ${text(meth.definition)}.`;
    });
    sections.push({ title: 'Definitions used', body: [...defs, ...sizes].join('\n') });
  }
  const passing = checks.every((c) => c.verdict === 'pass');
  out.push(collapsedSections(sections, passing, `All ${plural(e.columns.length, 'column')}, and the definitions used`));
  return out.filter(Boolean).join('\n\n');
}

function names(cols: string[], max = 3): string {
  const shown = cols.slice(0, max).map((c) => code(c));
  const rest = cols.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${plural(rest, 'more')}`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : (shown[0] ?? '');
}

/** The first three lines: how much drifted and the largest drift; what to check first; what was compared. */
export function renderDriftHeadline(e: DriftEvaluation, checks: Check[], verdict: string, sources: DriftSources): Headline {
  const d = e.dataset;
  const drifted = e.columns.filter((c) => c.role === 'feature' && c.drifted);
  const special = e.columns.filter((c) => c.role !== 'feature' && c.drifted);
  const flagged = e.quality.filter((q) => q.flagged);
  const largest = drifted[0] ?? special[0];
  const largestText = largest ? `; largest: ${code(largest.name)}, ${sizeText(largest)}${pText(largest) !== '–' ? `, p ${pText(largest).startsWith('<') ? pText(largest) : `= ${pText(largest)}`}` : ''}` : '';
  const share = `${d.driftedColumns.length} of ${plural(d.evaluatedColumns, 'feature')} drifted (${pct(d.share)}; the gate fails from ${pct(d.threshold)})`;
  let reason: string;
  if (verdict === 'fail') reason = `Dataset drift: ${share}${largestText}.`;
  else if (verdict === 'pass') reason = drifted.length ? `${share}${largestText}.` : `No drift: ${share}.`;
  else {
    const parts: string[] = [];
    if (special.length) parts.push(`${special.map((c) => `${c.role} ${code(c.name)}`).join(' and ')} drifted`);
    if (drifted.length) parts.push(share);
    if (flagged.length) parts.push(`${plural(flagged.length, 'data-quality finding')}`);
    if (d.insufficientColumns) parts.push(`${plural(d.insufficientColumns, 'column')} with too few values to test`);
    if (e.unmatched.length) parts.push(`${plural(e.unmatched.length, 'column')} in only one file`);
    reason = `${parts.join('; ') || share}${largestText}.`;
  }

  let next: string;
  const driftedNames = new Set([...drifted, ...special].map((c) => c.name));
  const nulls = flagged.filter((q) => q.kind === 'null-share').sort((a, b) => Number(driftedNames.has(b.column)) - Number(driftedNames.has(a.column)));
  const fresh = flagged.filter((q) => q.kind === 'new-categories');
  if (verdict === 'pass' && !flagged.length) next = 'nothing to do.';
  else if (nulls.length) {
    const q = nulls[0];
    const dd = pctDecimals([q.reference, q.current]);
    next = `${code(q.column)}'s null share rose from ${pct(q.reference ?? 0, dd)} to ${pct(q.current ?? 0, dd)}: check the upstream join or source of ${code(q.column)} first.`;
  } else if (fresh.length) {
    const q = fresh[0];
    next = `${code(q.column)} has ${qualityText(q)}: map ${(q.categories?.length ?? 0) === 1 ? 'it' : 'them'} to known categories, or retrain with ${(q.categories?.length ?? 0) === 1 ? 'it' : 'them'}.`;
  } else if (drifted.length || special.length) {
    next = `check the upstream data of ${names([...drifted, ...special].map((c) => c.name))}; if the change is real, retrain on recent data and refresh the reference.`;
  } else if (e.unmatched.length) {
    next = `make both files carry the same columns (${names(e.unmatched.map((u) => u.column))}).`;
  } else {
    next = 'collect more rows, or lower `min-samples`, to test every column.';
  }

  const roles = e.columns.filter((c) => c.role !== 'feature').map((c) => `${c.role} ${code(c.name)}`);
  const compared = `${code(sources.reference)} (${plural(sources.referenceRows, 'row')}) → ${code(sources.current)} (${plural(sources.currentRows, 'row')}): ${plural(e.columns.filter((c) => c.role === 'feature').length, 'feature')}${roles.length ? `, ${roles.join(', ')}` : ''}.`;
  return { reason, next, compared };
}
