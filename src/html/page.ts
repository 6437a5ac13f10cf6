/**
 * The page every gate's HTML report shares: one self-contained file with its
 * CSS inline and its charts as inline SVG, no script and no external
 * resource. A Content-Security-Policy allows inline styles and nothing else,
 * so even a value that escaped escaping could neither run nor fetch.
 * Light and dark schemes follow `prefers-color-scheme`; the layout is one
 * column on a phone and charts side by side on a wide screen.
 *
 * The header (gate, verdict, summary), the table of checks and the effective
 * inputs are the same for every gate; the gate's own sections sit between.
 */
import type { Report } from '../core/report.js';
import type { CheckVerdict, Conclusion } from '../core/verdict.js';
import { esc } from './escape.js';
import { fmt } from './format.js';

export interface Section {
  id: string;
  title: string;
  /** Markup of the section's body (already escaped). */
  html: string;
}

/** A table cell: text (escaped here), a number (formatted), or markup made elsewhere. */
export type Cell = string | number | null | undefined | { html: string };

function cell(c: Cell): string {
  if (c === null || c === undefined) return '–';
  if (typeof c === 'number') return esc(fmt(c));
  if (typeof c === 'string') return esc(c);
  return c.html;
}

/** A table in a horizontally scrolling box (wide tables on a phone). `align`: one letter a column, l or r. */
export function table(headers: string[], rows: Cell[][], align?: string): string {
  const a = (i: number) => (align?.[i] === 'r' ? ' class="num"' : '');
  const head = headers.map((h, i) => `<th${a(i)}>${esc(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((c, i) => `<td${a(i)}>${cell(c)}</td>`).join('')}</tr>`).join('');
  return `<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** Label–value pairs as a two-column table without a header row. */
export function pairs(rows: [string, Cell][]): string {
  const body = rows.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${cell(v)}</td></tr>`).join('');
  return `<div class="table-wrap"><table class="pairs"><tbody>${body}</tbody></table></div>`;
}

/** A verdict as a coloured badge. */
export function badge(verdict: CheckVerdict | string): { html: string } {
  const v = ['pass', 'warn', 'fail', 'insufficient'].includes(verdict) ? verdict : 'insufficient';
  return { html: `<span class="badge v-${v}">${esc(verdict)}</span>` };
}

/** A chart with an optional caption under it. */
export function figure(svg: string, caption?: string): string {
  return `<figure>${svg}${caption ? `<figcaption>${esc(caption)}</figcaption>` : ''}</figure>`;
}

/** Charts side by side where the screen is wide enough. */
export function figures(items: string[]): string {
  return items.length ? `<div class="figures">${items.join('')}</div>` : '';
}

export function paragraph(text: string): string {
  return `<p>${esc(text)}</p>`;
}

/** A note in muted text (what is left out, how to get more). */
export function note(text: string): string {
  return `<p class="note">${esc(text)}</p>`;
}

const CSS = `
:root{color-scheme:light dark;--bg:#ffffff;--fg:#1f2328;--muted:#59636e;--panel:#f6f8fa;--border:#d1d9e0;--grid:#e8ecf0;--axis:#8c959f;
--s1:#1f6feb;--s2:#d4580b;--s3:#8250df;--pass:#1a7f37;--warn:#9a6700;--fail:#cf222e;--insufficient:#6e7781;--band:#1a7f37}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--panel:#151b23;--border:#3d444d;--grid:#262c36;--axis:#656c76;
--s1:#58a6ff;--s2:#f0883e;--s3:#bc8cff;--pass:#3fb950;--warn:#d29922;--fail:#f85149;--insufficient:#9198a1;--band:#3fb950}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
main{max-width:1180px;margin:0 auto;padding:16px}
header{border-bottom:1px solid var(--border);padding-bottom:12px;margin-bottom:8px}
h1{font-size:1.5rem;margin:.2rem 0;display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
h2{font-size:1.2rem;margin:1.6rem 0 .6rem;padding-bottom:.3rem;border-bottom:1px solid var(--border)}
h3{font-size:1rem;margin:1rem 0 .4rem}
p{margin:.4rem 0}
.tool,.meta,.note,figcaption{color:var(--muted);font-size:.875rem}
.summary{font-size:1.05rem}
nav.toc{display:flex;flex-wrap:wrap;gap:.3rem .9rem;font-size:.9rem;margin:.6rem 0}
nav.toc a{color:var(--s1);text-decoration:none}
.badge{display:inline-block;white-space:nowrap;border-radius:999px;padding:.05rem .6rem;font-size:.8rem;font-weight:600;text-transform:uppercase;letter-spacing:.03em;color:#fff;vertical-align:middle}
h1 .badge{font-size:.95rem}
.v-pass{background:var(--pass)}.v-warn{background:var(--warn)}.v-fail{background:var(--fail)}.v-insufficient{background:var(--insufficient)}
@media (prefers-color-scheme:dark){.badge{color:#0d1117}}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,440px),1fr));gap:14px}
figure{margin:0;background:var(--panel);border:1px solid var(--border);border-radius:8px;padding:8px 8px 6px}
figcaption{padding:2px 4px}
svg.chart{display:block;width:100%;height:auto;max-width:760px;margin:0 auto}
.chart text{fill:var(--fg)}
.chart .tick{fill:var(--muted);font-size:11px}
.chart .axis-title{fill:var(--muted);font-size:11.5px}
.chart .chart-title{font-weight:600;font-size:13px}
.chart .value-label,.chart .rule-label{fill:var(--muted);font-size:10.5px}
.axis-line,.tick-mark{stroke:var(--axis);stroke-width:1}
.grid{stroke:var(--grid);stroke-width:1}
.s1{fill:var(--s1);stroke:var(--s1)}.s2{fill:var(--s2);stroke:var(--s2)}.s3{fill:var(--s3);stroke:var(--s3)}
.pass{fill:var(--pass);stroke:var(--pass)}.warn{fill:var(--warn);stroke:var(--warn)}.fail{fill:var(--fail);stroke:var(--fail)}.insufficient{fill:var(--insufficient);stroke:var(--insufficient)}
.muted{fill:var(--axis);stroke:var(--axis)}.band{fill:var(--band);stroke:none}
rect.s1,rect.s2,rect.s3{fill-opacity:.45;stroke-width:1}
rect.pass,rect.warn,rect.fail,rect.insufficient,rect.muted{fill-opacity:.75;stroke-width:0}
rect.swatch{fill-opacity:.7}
path.line,line.line{fill:none;stroke-width:2}
line.s1,line.s2,line.s3,line.pass,line.warn,line.fail,line.muted{stroke-width:2}
.dashed{stroke-dasharray:6 4}
.rule{stroke-width:1.5;stroke-dasharray:5 3;fill:none}
.mark{stroke-width:2.5;fill:none}
.whisker{fill:none;stroke-width:1.6}
.region{fill-opacity:.13}
.table-wrap{overflow-x:auto;border:1px solid var(--border);border-radius:8px}
table{border-collapse:collapse;width:100%;font-size:.875rem}
th,td{padding:.35rem .6rem;border-bottom:1px solid var(--border);text-align:left;vertical-align:top}
th{background:var(--panel);font-weight:600;white-space:nowrap}
table.pairs th{width:1%}
tr:last-child td{border-bottom:0}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td{overflow-wrap:break-word}
code{font:.85em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--panel);padding:.1em .3em;border-radius:4px}
details{margin:1rem 0}
summary{cursor:pointer;font-weight:600}
footer{margin-top:2rem;color:var(--muted);font-size:.8rem;border-top:1px solid var(--border);padding-top:.6rem}
@media (max-width:600px){main{padding:10px}body{font-size:14px}h1{font-size:1.25rem}table{width:max-content;min-width:100%}th,td{padding:.3rem .4rem;max-width:18rem}}
`;

const CHECK_ORDER: Record<string, number> = { fail: 0, warn: 1, insufficient: 2, pass: 3 };
/** Checks beyond this many are left to the JSON report (a page stays small whatever the data). */
const MAX_CHECKS = 300;

function checksSection(report: Report): Section {
  const sorted = [...report.checks].sort((a, b) => (CHECK_ORDER[a.verdict] ?? 4) - (CHECK_ORDER[b.verdict] ?? 4));
  const shown = sorted.slice(0, MAX_CHECKS);
  const value = (v: unknown): Cell => (typeof v === 'number' ? v : v === null || v === undefined ? null : String(v));
  const rowOf = (c: Report['checks'][number]): Cell[] => [badge(c.verdict), c.subject ?? '–', c.name, value(c.value), value(c.threshold), c.message ?? ''];
  const headers = ['Verdict', 'Subject', 'Check', 'Value', 'Threshold', 'Message'];
  const bad = shown.filter((c) => c.verdict !== 'pass');
  const good = shown.filter((c) => c.verdict === 'pass');
  const notPassing = report.checks.filter((c) => c.verdict !== 'pass').length;
  return {
    id: 'checks',
    title: `Checks (${report.checks.length}, ${notPassing} not passing)`,
    html:
      (bad.length ? table(headers, bad.map(rowOf), 'lllrll') : paragraph('Every check passes.')) +
      (good.length ? `<details><summary>Passing checks (${good.length})</summary>${table(headers, good.map(rowOf), 'lllrll')}</details>` : '') +
      (sorted.length > MAX_CHECKS ? note(`${sorted.length - MAX_CHECKS} more checks (all passing or least severe) are in the JSON report.`) : ''),
  };
}

function inputsSection(report: Report): string {
  const rows = Object.entries(report.inputs ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]): Cell[] => [{ html: `<code>${esc(k)}</code>` }, typeof v === 'string' ? v : JSON.stringify(v)]);
  return rows.length ? `<details><summary>Effective inputs (${rows.length})</summary>${table(['Input', 'Value'], rows)}</details>` : '';
}

/** Said only when the job's outcome is not what the verdict alone suggests (as the Markdown heading does). */
function conclusionNote(verdict: string, conclusion: Conclusion): string {
  if (conclusion === 'failure' && verdict !== 'fail') return 'fails the job: fail-on: warn';
  if (conclusion !== 'failure' && verdict === 'fail') return 'report only: fail-on: never';
  return '';
}

export interface PageParts {
  gate: string;
  title: string;
  report: Report;
  conclusion: Conclusion;
  sections: Section[];
}

export function page(parts: PageParts): string {
  const { report } = parts;
  const verdict = report.verdict;
  const sections = [...parts.sections, checksSection(report)];
  const noteText = conclusionNote(verdict, parts.conclusion);
  const toc = sections.map((s) => `<a href="#${esc(s.id)}">${esc(s.title)}</a>`).join('');
  const body = sections.map((s) => `<section id="${esc(s.id)}"><h2>${esc(s.title)}</h2>${s.html}</section>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="modelgate ${esc(report.tool?.version ?? '')}">
<title>${esc(parts.title)}: ${esc(verdict.toUpperCase())} · modelgate</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header>
<p class="tool">modelgate ${esc(report.tool?.version ?? '')} · <code>${esc(parts.gate)}</code></p>
<h1>${esc(parts.title)} <span class="badge v-${esc(verdict)}">${esc(verdict)}</span></h1>
<p class="summary">${esc(report.summary)}</p>
<p class="meta">Report of ${esc(report.createdAt)}${noteText ? ` · ${esc(noteText)}` : ''}</p>
<nav class="toc">${toc}</nav>
</header>
${body}
${inputsSection(report)}
<footer>Made by modelgate from the gate's JSON report (schema ${esc(report.schemaVersion)}): charts are drawn from summaries, never from rows. The JSON report has every number.</footer>
</main>
</body>
</html>
`;
}
