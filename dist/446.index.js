export const id = 446;
export const ids = [446];
export const modules = {

/***/ 57446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderHtmlReport: () => (/* binding */ renderHtmlReport)
});

;// CONCATENATED MODULE: ./src/html/format.ts
/**
 * Numbers as the HTML report writes them: significant digits, no float
 * noise, an exponent only for very small or very large magnitudes, and a
 * true minus sign.
 */
function fmt(value, digits = 4) {
    if (value === null || value === undefined)
        return '–';
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : '−∞';
    if (value === 0)
        return '0';
    const abs = Math.abs(value);
    let s;
    if (abs >= 1e-4 && abs < 1e15) {
        s = String(Number(value.toPrecision(digits)));
        if (s.includes('e'))
            s = value.toFixed(0);
        else if (abs >= 1e4 && Number.isInteger(Number(s)))
            s = groupThousands(Number(s));
    }
    else
        s = value.toExponential(Math.max(digits - 2, 1)).replace('e+', 'e');
    return s.replace(/^-/, '−');
}
/** An integer with thousands separators ("1,234,567"). */
function groupThousands(value) {
    const digits = String(Math.abs(Math.round(value)));
    let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
    for (let i = out.length; i < digits.length; i += 3)
        out += `,${digits.slice(i, i + 3)}`;
    return value < 0 ? `−${out}` : out;
}
/** A share as a percentage: 0.1234 → "12.3%". */
function pct(value, digits = 1) {
    if (value === null || value === undefined || !Number.isFinite(value))
        return '–';
    return `${(value * 100).toFixed(digits).replace(/^-/, '−')}%`;
}
/** A number that may be written as "Infinity" / "-Infinity" in the JSON report. */
function reportValue(value) {
    if (typeof value === 'number')
        return value;
    if (value === 'Infinity')
        return Infinity;
    if (value === '-Infinity')
        return -Infinity;
    return null;
}

;// CONCATENATED MODULE: ./src/html/escape.ts
/**
 * Escaping for the HTML report. Every value that comes from a file, a
 * setting or the report (column names, categories, groups, messages) goes
 * through `esc` before it reaches the page, in text and in attribute values
 * alike: the five characters that can end a text node or a quoted
 * attribute, or start markup, become entities. The page has no script and a
 * Content-Security-Policy that allows none (page.ts), so nothing escaped
 * wrongly could run either.
 */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function esc(value) {
    const s = value === null || value === undefined ? '' : String(value);
    // Lone surrogates and control characters other than tab and newline are not text.
    return s.replace(/[&<>"']/g, (c) => ENTITIES[c]).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
}
/** A label cut to `max` characters (with an ellipsis), escaped. */
function escShort(value, max = 28) {
    const s = value === null || value === undefined ? '' : String(value);
    return esc(s.length > max ? `${s.slice(0, max - 1)}…` : s);
}

;// CONCATENATED MODULE: ./src/html/page.ts


function cell(c) {
    if (c === null || c === undefined)
        return '–';
    if (typeof c === 'number')
        return esc(fmt(c));
    if (typeof c === 'string')
        return esc(c);
    return c.html;
}
/** A table in a horizontally scrolling box (wide tables on a phone). `align`: one letter a column, l or r. */
function table(headers, rows, align) {
    const a = (i) => (align?.[i] === 'r' ? ' class="num"' : '');
    const head = headers.map((h, i) => `<th${a(i)}>${esc(h)}</th>`).join('');
    const body = rows.map((row) => `<tr>${row.map((c, i) => `<td${a(i)}>${cell(c)}</td>`).join('')}</tr>`).join('');
    return `<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}
/** Label–value pairs as a two-column table without a header row. */
function pairs(rows) {
    const body = rows.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${cell(v)}</td></tr>`).join('');
    return `<div class="table-wrap"><table class="pairs"><tbody>${body}</tbody></table></div>`;
}
/** A verdict as a coloured badge. */
function badge(verdict) {
    const v = ['pass', 'warn', 'fail', 'insufficient'].includes(verdict) ? verdict : 'insufficient';
    return { html: `<span class="badge v-${v}">${esc(verdict)}</span>` };
}
/** A chart with an optional caption under it. */
function figure(svg, caption) {
    return `<figure>${svg}${caption ? `<figcaption>${esc(caption)}</figcaption>` : ''}</figure>`;
}
/** Charts side by side where the screen is wide enough. */
function figures(items) {
    return items.length ? `<div class="figures">${items.join('')}</div>` : '';
}
function paragraph(text) {
    return `<p>${esc(text)}</p>`;
}
/** A note in muted text (what is left out, how to get more). */
function note(text) {
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
const CHECK_ORDER = { fail: 0, warn: 1, insufficient: 2, pass: 3 };
/** Checks beyond this many are left to the JSON report (a page stays small whatever the data). */
const MAX_CHECKS = 300;
function checksSection(report) {
    const sorted = [...report.checks].sort((a, b) => (CHECK_ORDER[a.verdict] ?? 4) - (CHECK_ORDER[b.verdict] ?? 4));
    const shown = sorted.slice(0, MAX_CHECKS);
    const value = (v) => (typeof v === 'number' ? v : v === null || v === undefined ? null : String(v));
    const rowOf = (c) => [badge(c.verdict), c.subject ?? '–', c.name, value(c.value), value(c.threshold), c.message ?? ''];
    const headers = ['Verdict', 'Subject', 'Check', 'Value', 'Threshold', 'Message'];
    const bad = shown.filter((c) => c.verdict !== 'pass');
    const good = shown.filter((c) => c.verdict === 'pass');
    const notPassing = report.checks.filter((c) => c.verdict !== 'pass').length;
    return {
        id: 'checks',
        title: `Checks (${report.checks.length}, ${notPassing} not passing)`,
        html: (bad.length ? table(headers, bad.map(rowOf), 'lllrll') : paragraph('Every check passes.')) +
            (good.length ? `<details><summary>Passing checks (${good.length})</summary>${table(headers, good.map(rowOf), 'lllrll')}</details>` : '') +
            (sorted.length > MAX_CHECKS ? note(`${sorted.length - MAX_CHECKS} more checks (all passing or least severe) are in the JSON report.`) : ''),
    };
}
function inputsSection(report) {
    const rows = Object.entries(report.inputs ?? {})
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [{ html: `<code>${esc(k)}</code>` }, typeof v === 'string' ? v : JSON.stringify(v)]);
    return rows.length ? `<details><summary>Effective inputs (${rows.length})</summary>${table(['Input', 'Value'], rows)}</details>` : '';
}
/** Said only when the job's outcome is not what the verdict alone suggests (as the Markdown heading does). */
function conclusionNote(verdict, conclusion) {
    if (conclusion === 'failure' && verdict !== 'fail')
        return 'fails the job: fail-on: warn';
    if (conclusion !== 'failure' && verdict === 'fail')
        return 'report only: fail-on: never';
    return '';
}
function page(parts) {
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

;// CONCATENATED MODULE: ./src/html/svg/layers.ts
/**
 * What charts draw inside the frame of plot.ts, as layers: functions of the
 * x and y scales returning SVG markup. Numbers outside a scale's domain are
 * clipped by the frame; non-finite values are skipped.
 */

const r = (v) => Math.round(v * 10) / 10;
const finite = (...vs) => vs.every((v) => Number.isFinite(v));
/** Position of a value on a scale: a numeric value, or the centre of band `value`. */
function at(scale, value) {
    return scale.kind === 'band' ? scale(value) + scale.bandwidth / 2 : scale(value);
}
/** Bars over numeric bins: bin i spans [edges[i], edges[i+1]] with height values[i]. */
function binBars(edges, values, className) {
    return (x, y) => {
        if (x.kind === 'band' || y.kind === 'band')
            return '';
        const base = y(Math.max(y.domain[0], 0));
        return values
            .map((v, i) => {
            const x0 = x(edges[i]);
            const x1 = x(edges[i + 1]);
            const top = y(v);
            if (!finite(x0, x1, top))
                return '';
            return `<rect class="${className}" x="${r(x0)}" y="${r(Math.min(top, base))}" width="${r(Math.max(x1 - x0, 0.5))}" height="${r(Math.abs(base - top))}"/>`;
        })
            .join('');
    };
}
/**
 * Bars on a band axis: value i at band i. With `slot`/`slots` several series
 * share a band side by side. Vertical when the band axis is x, horizontal
 * when it is y. `classOf` may colour each bar (e.g. by verdict).
 */
function bandBars(values, className, options = {}) {
    const slot = options.slot ?? 0;
    const slots = options.slots ?? 1;
    return (x, y) => {
        const band = x.kind === 'band' ? x : y.kind === 'band' ? y : undefined;
        const value = band === x ? y : x;
        if (!band || value.kind === 'band')
            return '';
        const width = band.bandwidth / slots;
        const from = value(options.from ?? Math.max(value.domain[0], 0));
        return values
            .map((v, i) => {
            if (v === null || !Number.isFinite(v))
                return '';
            const cls = typeof className === 'function' ? className(i) : className;
            const p = band(i) + slot * width;
            const q = value(v);
            if (band === x)
                return `<rect class="${cls}" x="${r(p)}" y="${r(Math.min(q, from))}" width="${r(width)}" height="${r(Math.max(Math.abs(from - q), 0.5))}"/>`;
            return `<rect class="${cls}" x="${r(Math.min(q, from))}" y="${r(p)}" width="${r(Math.max(Math.abs(q - from), 0.5))}" height="${r(width)}"/>`;
        })
            .join('');
    };
}
/** A line through points (x, y) in data units; `step` draws a staircase (post). */
function line(points, className, options = {}) {
    return (x, y) => {
        const pts = points.filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b)).map(([a, b]) => [at(x, a), at(y, b)]);
        if (pts.length < 2)
            return '';
        const path = [];
        pts.forEach(([px, py], i) => {
            if (i === 0)
                path.push(`M${r(px)},${r(py)}`);
            else if (options.step)
                path.push(`H${r(px)}V${r(py)}`);
            else
                path.push(`L${r(px)},${r(py)}`);
        });
        return `<path class="${className} line${options.dashed ? ' dashed' : ''}" d="${path.join('')}"/>`;
    };
}
/** Dots at points (x, y); `title` gives each a tooltip. */
function dots(points) {
    return (xs, ys) => points
        .map((p) => {
        const cx = at(xs, p.x);
        const cy = at(ys, p.y);
        if (!finite(cx, cy))
            return '';
        return `<circle class="${p.className}" cx="${r(cx)}" cy="${r(cy)}" r="${p.radius ?? 3.5}">${p.title ? `<title>${esc(p.title)}</title>` : ''}</circle>`;
    })
        .join('');
}
/**
 * The band axis and the value axis of a plot with one band scale, either way
 * round (horizontal when the bands are on y); undefined for any other plot.
 */
function bandAndValue(x, y) {
    if (y.kind === 'band' && x.kind !== 'band')
        return { horizontal: true, band: y, value: x };
    if (x.kind === 'band' && y.kind !== 'band')
        return { horizontal: false, band: x, value: y };
    return undefined;
}
/**
 * Intervals with their estimate, one per band: a whisker from `low` to
 * `high` with end caps and a dot at `estimate`. Horizontal when the band axis
 * is y, vertical when it is x. Null ends draw the estimate alone.
 */
function intervals(rows) {
    return (x, y) => {
        const axes = bandAndValue(x, y);
        if (!axes)
            return '';
        const { horizontal, band, value } = axes;
        return rows
            .map((row) => {
            const c = band(row.band) + band.bandwidth / 2 + (row.offset ?? 0) * band.bandwidth;
            const cap = Math.min(band.bandwidth / 3, 5);
            const parts = [];
            if (row.low !== null && row.high !== null && Number.isFinite(row.low) && Number.isFinite(row.high)) {
                const a = value(row.low);
                const b = value(row.high);
                parts.push(horizontal
                    ? `<path class="${row.className} whisker" d="M${r(a)},${r(c - cap)}V${r(c + cap)}M${r(a)},${r(c)}H${r(b)}M${r(b)},${r(c - cap)}V${r(c + cap)}"/>`
                    : `<path class="${row.className} whisker" d="M${r(c - cap)},${r(a)}H${r(c + cap)}M${r(c)},${r(a)}V${r(b)}M${r(c - cap)},${r(b)}H${r(c + cap)}"/>`);
            }
            if (row.estimate !== null && Number.isFinite(row.estimate)) {
                const e = value(row.estimate);
                parts.push(`<circle class="${row.className}" cx="${r(horizontal ? e : c)}" cy="${r(horizontal ? c : e)}" r="4">${row.title ? `<title>${esc(row.title)}</title>` : ''}</circle>`);
            }
            return parts.join('');
        })
            .join('');
    };
}
/**
 * A reference line at a value of one axis (a threshold, a margin), with an
 * optional label near its end.
 */
function rule(axis, value, className, label) {
    return (x, y) => {
        if (!Number.isFinite(value))
            return '';
        if (axis === 'x') {
            if (x.kind === 'band')
                return '';
            const px = x(value);
            const [y0, y1] = y.range;
            const topY = Math.min(y0, y1);
            return `<line class="${className} rule" x1="${r(px)}" x2="${r(px)}" y1="${r(y0)}" y2="${r(y1)}"/>${label ? `<text class="rule-label" x="${r(px + 3)}" y="${r(topY + 11)}">${esc(label)}</text>` : ''}`;
        }
        if (y.kind === 'band')
            return '';
        const py = y(value);
        const [x0, x1] = x.range;
        return `<line class="${className} rule" x1="${r(x0)}" x2="${r(x1)}" y1="${r(py)}" y2="${r(py)}"/>${label ? `<text class="rule-label" text-anchor="end" x="${r(Math.max(x0, x1) - 3)}" y="${r(py - 4)}">${esc(label)}</text>` : ''}`;
    };
}
/** A shaded region between two values of one axis (an allowed band, a margin), across the whole plot. */
function region(axis, from, to, className) {
    return (x, y) => {
        const scale = axis === 'x' ? x : y;
        const other = axis === 'x' ? y : x;
        if (scale.kind === 'band')
            return '';
        const a = scale(Number.isFinite(from) ? from : from > 0 ? scale.domain[1] : scale.domain[0]);
        const b = scale(Number.isFinite(to) ? to : to > 0 ? scale.domain[1] : scale.domain[0]);
        const [o0, o1] = other.range;
        if (axis === 'x')
            return `<rect class="${className} region" x="${r(Math.min(a, b))}" y="${r(Math.min(o0, o1))}" width="${r(Math.abs(b - a))}" height="${r(Math.abs(o1 - o0))}"/>`;
        return `<rect class="${className} region" x="${r(Math.min(o0, o1))}" y="${r(Math.min(a, b))}" width="${r(Math.abs(o1 - o0))}" height="${r(Math.abs(b - a))}"/>`;
    };
}
/** Per-band shaded spans on the value axis (e.g. a contract's allowed range per column). */
function bandSpans(rows) {
    return (x, y) => {
        const axes = bandAndValue(x, y);
        if (!axes)
            return '';
        const { horizontal, band, value } = axes;
        return rows
            .map((row) => {
            const lo = Number.isFinite(row.from) ? value(row.from) : row.from > 0 ? value.range[1] : value.range[0];
            const hi = Number.isFinite(row.to) ? value(row.to) : row.to > 0 ? value.range[1] : value.range[0];
            const p = band(row.band) - band.bandwidth * 0.1;
            const w = band.bandwidth * 1.2;
            return horizontal
                ? `<rect class="${row.className} region" x="${r(Math.min(lo, hi))}" y="${r(p)}" width="${r(Math.abs(hi - lo))}" height="${r(w)}"/>`
                : `<rect class="${row.className} region" x="${r(p)}" y="${r(Math.min(lo, hi))}" width="${r(w)}" height="${r(Math.abs(hi - lo))}"/>`;
        })
            .join('');
    };
}
/** Short text labels at data positions (e.g. a value at the end of a bar). */
function labels(items) {
    return (xs, ys) => items
        .map((it) => {
        const px = at(xs, it.x) + (it.dx ?? 0);
        const py = at(ys, it.y) + (it.dy ?? 0);
        if (!finite(px, py))
            return '';
        return `<text class="value-label" text-anchor="${it.anchor ?? 'start'}" x="${r(px)}" y="${r(py)}">${esc(it.text)}</text>`;
    })
        .join('');
}
/** Short marks across each band at a value (a per-row threshold). */
function bandMarks(rows) {
    return (x, y) => {
        const axes = bandAndValue(x, y);
        if (!axes)
            return '';
        const { horizontal, band, value } = axes;
        return rows
            .map((row) => {
            if (!Number.isFinite(row.value))
                return '';
            const v = value(row.value);
            const a = band(row.band) - 2;
            const b = band(row.band) + band.bandwidth + 2;
            const t = row.title ? `<title>${esc(row.title)}</title>` : '';
            return horizontal
                ? `<line class="${row.className} mark" x1="${r(v)}" x2="${r(v)}" y1="${r(a)}" y2="${r(b)}">${t}</line>`
                : `<line class="${row.className} mark" x1="${r(a)}" x2="${r(b)}" y1="${r(v)}" y2="${r(v)}">${t}</line>`;
        })
            .join('');
    };
}

;// CONCATENATED MODULE: ./src/html/svg/scale.ts
/**
 * Scales of the report's charts: a value in data units to a position in SVG
 * units, with the ticks its axis shows.
 *
 * Linear ticks are "nice" numbers: steps of 1, 2 or 5 times a power of ten,
 * chosen so that about `count` ticks cover the domain (the rule of
 * Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990, as d3
 * uses it). A log scale ticks at powers of ten. A band scale places
 * categories in equal bands with padding between them.
 */

/** The nice step for about `count` ticks over `span`. */
function niceStep(span, count) {
    if (!(span > 0) || !Number.isFinite(span))
        return 1;
    const raw = span / Math.max(count, 1);
    const magnitude = 10 ** Math.floor(Math.log10(raw));
    const norm = raw / magnitude;
    const factor = norm >= 7.5 ? 10 : norm >= 3.5 ? 5 : norm >= 1.5 ? 2 : 1;
    return factor * magnitude;
}
/** Decimals needed to write multiples of `step` exactly. */
function decimalsOf(step) {
    return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}
/** A domain widened to nice numbers around [lo, hi]; a single value gets a unit around it. */
function niceDomain(lo, hi, count = 5) {
    if (!Number.isFinite(lo) || !Number.isFinite(hi))
        return [0, 1];
    if (lo === hi) {
        const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
        return niceDomain(lo - pad, hi + pad, count);
    }
    const step = niceStep(hi - lo, count);
    return [Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step];
}
function linearScale(domain, range) {
    const [d0, d1] = domain[0] === domain[1] ? [domain[0] - 1, domain[1] + 1] : domain;
    const [r0, r1] = range;
    const scale = ((v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0));
    scale.kind = 'linear';
    scale.domain = [d0, d1];
    scale.range = range;
    scale.ticks = (count = 5) => {
        const step = niceStep(d1 - d0, count);
        const decimals = decimalsOf(step);
        const out = [];
        for (let k = Math.ceil(d0 / step - 1e-9); k * step <= d1 + step * 1e-9; k++)
            out.push(Number((k * step).toFixed(decimals)));
        return out;
    };
    scale.tickFormat = (v) => {
        const step = niceStep(d1 - d0, 5);
        if (Math.abs(v) >= 1e6 || (step < 1e-4 && v !== 0))
            return fmt(v, 3);
        const s = v.toFixed(decimalsOf(step));
        return Math.abs(v) >= 1e4 ? fmt(Number(s), 6) : s.replace(/^-/, '−');
    };
    return scale;
}
/** A base-10 log scale; values at or below 0 are clamped to the domain's low end. */
function logScale(domain, range) {
    const lo = Math.log10(Math.max(domain[0], Number.MIN_VALUE));
    const hi = Math.log10(Math.max(domain[1], Number.MIN_VALUE));
    const [l0, l1] = lo === hi ? [lo - 1, hi + 1] : [lo, hi];
    const [r0, r1] = range;
    const scale = ((v) => {
        const l = v > 0 ? Math.min(Math.max(Math.log10(v), l0), l1) : l0;
        return r0 + ((l - l0) / (l1 - l0)) * (r1 - r0);
    });
    scale.kind = 'log';
    scale.domain = [10 ** l0, 10 ** l1];
    scale.range = range;
    scale.ticks = (count = 6) => {
        const first = Math.ceil(l0 - 1e-9);
        const last = Math.floor(l1 + 1e-9);
        const every = Math.max(1, Math.ceil((last - first + 1) / count));
        const out = [];
        for (let e = last; e >= first; e -= every)
            out.unshift(10 ** e);
        return out;
    };
    scale.tickFormat = (v) => {
        const e = Math.round(Math.log10(v));
        return e >= -2 && e <= 3 ? String(Number(v.toPrecision(1))) : `1e${e}`.replace('-', '−');
    };
    return scale;
}
function bandScale(labels, range, padding = 0.2) {
    const [r0, r1] = range;
    const n = Math.max(labels.length, 1);
    const step = (r1 - r0) / n;
    const scale = ((i) => r0 + i * step + (step * padding) / 2);
    scale.kind = 'band';
    scale.labels = labels;
    scale.range = range;
    scale.bandwidth = step * (1 - padding);
    return scale;
}

;// CONCATENATED MODULE: ./src/html/svg/plot.ts
/**
 * The chart frame every figure of the HTML report is drawn in: an SVG with a
 * title (a visible heading and a <title> for screen readers), two axes with
 * ticks and axis titles carrying the units, light grid lines, an optional
 * legend, and the chart's layers drawn over it.
 *
 * Colours come from CSS classes (page.ts defines them for light and dark
 * schemes); every text from data is escaped. Layers are functions of the
 * two scales returning SVG markup (layers.ts).
 */


const FONT = 12;
/** Average width of a character of the report's sans-serif font at FONT px. */
const CHAR = 6.6;
let counter = 0;
/** A fresh id for aria references within one page (reset per page). */
function resetIds() {
    counter = 0;
}
function numericScale(spec, range) {
    const [lo, hi] = spec.domain ?? [0, 1];
    if (spec.type === 'log')
        return logScale([lo, hi], range);
    return linearScale(spec.exact ? [lo, hi] : niceDomain(lo, hi, spec.ticks ?? 5), range);
}
function makeScale(spec, range) {
    return spec.type === 'band' ? bandScale(spec.labels ?? [], range) : numericScale(spec, range);
}
function tickLabels(scale, spec) {
    const ticks = scale.ticks(spec.ticks).filter((t) => !spec.integer || Number.isInteger(t));
    return ticks.map((t) => ({ at: t, text: spec.format ? spec.format(t) : spec.integer ? String(t) : scale.tickFormat(t) }));
}
function legendMarkup(items, x0, y, width) {
    let x = x0;
    let row = 0;
    const parts = [];
    for (const item of items) {
        const w = 22 + Math.min(item.label.length, 40) * CHAR + 14;
        if (x + w > width && x > x0) {
            x = x0;
            row++;
        }
        const cy = y + row * 18;
        const shape = item.shape ?? 'box';
        const swatch = shape === 'box'
            ? `<rect class="${item.className} swatch" x="${x}" y="${cy - 9}" width="14" height="10" rx="2"/>`
            : shape === 'dot'
                ? `<circle class="${item.className}" cx="${x + 7}" cy="${cy - 4}" r="4"/>`
                : `<line class="${item.className}${shape === 'dash' ? ' dashed' : ''}" x1="${x}" x2="${x + 16}" y1="${cy - 4}" y2="${cy - 4}"/>`;
        parts.push(`<g class="legend-item">${swatch}<text x="${x + 20}" y="${cy}">${escShort(item.label, 40)}</text></g>`);
        x += w;
    }
    return { svg: `<g class="legend">${parts.join('')}</g>`, height: (row + 1) * 18 };
}
/** One chart as an inline SVG element. */
function plot(spec) {
    const id = `c${++counter}`;
    const width = spec.width ?? 500;
    const yBandLabels = spec.y.type === 'band' ? (spec.y.labels ?? []) : [];
    const yTickWidth = spec.y.type === 'band'
        ? Math.min(Math.max(...yBandLabels.map((l) => Math.min(l.length, 28)), 4) * CHAR + 10, 200)
        : 52;
    const left = yTickWidth + (spec.y.type === 'band' ? 8 : 22);
    const right = 16;
    const titleHeight = 24;
    const legend = spec.legend?.length ? legendMarkup(spec.legend, left, titleHeight + 14, width - right) : undefined;
    // A band axis on y writes its title above the plot: room for it under the legend.
    const top = titleHeight + (legend ? legend.height + 8 : 6) + (spec.y.type === 'band' ? 12 : 0);
    const xBand = spec.x.type === 'band' ? (spec.x.labels ?? []) : [];
    const rotate = xBand.length > 6 || xBand.some((l) => l.length > 10);
    const bottom = 40 + (rotate ? Math.min(Math.max(...xBand.map((l) => Math.min(l.length, 18))) * CHAR * 0.7, 110) : 0);
    const plotHeight = spec.plotHeight ?? (spec.y.type === 'band' ? Math.max(yBandLabels.length * 20, 40) : 220);
    const height = top + plotHeight + bottom;
    const x = makeScale(spec.x, [left, width - right]);
    const y = makeScale(spec.y, spec.y.type === 'band' ? [top, top + plotHeight] : [top + plotHeight, top]);
    const grid = [];
    const axes = [];
    // x axis
    const xAxisY = top + plotHeight;
    const xAxis = [`<line class="axis-line" x1="${left}" x2="${width - right}" y1="${xAxisY}" y2="${xAxisY}"/>`];
    if (x.kind === 'band') {
        x.labels.forEach((label, i) => {
            const cx = x(i) + x.bandwidth / 2;
            xAxis.push(rotate
                ? `<text class="tick" text-anchor="end" transform="translate(${cx + 4},${xAxisY + 12}) rotate(-40)">${escShort(label, 18)}<title>${esc(label)}</title></text>`
                : `<text class="tick" text-anchor="middle" x="${cx}" y="${xAxisY + 16}">${escShort(label, 14)}<title>${esc(label)}</title></text>`);
        });
    }
    else {
        for (const t of tickLabels(x, spec.x)) {
            const px = x(t.at);
            grid.push(`<line class="grid" x1="${px}" x2="${px}" y1="${top}" y2="${xAxisY}"/>`);
            xAxis.push(`<line class="tick-mark" x1="${px}" x2="${px}" y1="${xAxisY}" y2="${xAxisY + 4}"/><text class="tick" text-anchor="middle" x="${px}" y="${xAxisY + 16}">${esc(t.text)}</text>`);
        }
    }
    xAxis.push(`<text class="axis-title" text-anchor="middle" x="${(left + width - right) / 2}" y="${height - 6}">${esc(spec.x.title)}</text>`);
    axes.push(`<g class="axis x-axis">${xAxis.join('')}</g>`);
    // y axis
    const yAxis = [`<line class="axis-line" x1="${left}" x2="${left}" y1="${top}" y2="${xAxisY}"/>`];
    if (y.kind === 'band') {
        y.labels.forEach((label, i) => {
            const cy = y(i) + y.bandwidth / 2;
            yAxis.push(`<text class="tick" text-anchor="end" x="${left - 6}" y="${cy + 4}">${escShort(label, 28)}<title>${esc(label)}</title></text>`);
        });
        yAxis.push(`<text class="axis-title" text-anchor="start" x="4" y="${top - 6}">${esc(spec.y.title)}</text>`);
    }
    else {
        for (const t of tickLabels(y, spec.y)) {
            const py = y(t.at);
            grid.push(`<line class="grid" x1="${left}" x2="${width - right}" y1="${py}" y2="${py}"/>`);
            yAxis.push(`<line class="tick-mark" x1="${left - 4}" x2="${left}" y1="${py}" y2="${py}"/><text class="tick" text-anchor="end" x="${left - 6}" y="${py + 4}">${esc(t.text)}</text>`);
        }
        yAxis.push(`<text class="axis-title" text-anchor="middle" transform="translate(12,${top + plotHeight / 2}) rotate(-90)">${esc(spec.y.title)}</text>`);
    }
    axes.push(`<g class="axis y-axis">${yAxis.join('')}</g>`);
    // A little room beyond the axes, so that a dot on the edge is drawn whole.
    const clip = `<clipPath id="${id}-clip"><rect x="${left - 8}" y="${top - 8}" width="${width - right - left + 16}" height="${plotHeight + 16}"/></clipPath>`;
    const body = spec.layers.map((layer) => layer(x, y)).join('');
    return (`<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title" font-size="${FONT}">` +
        `<title id="${id}-title">${esc(spec.title)}</title>` +
        `<defs>${clip}</defs>` +
        `<text class="chart-title" x="10" y="17">${escShort(spec.title, Math.floor((width - 20) / 7.4))}</text>` +
        (legend ? legend.svg : '') +
        `<g class="grid-lines">${grid.join('')}</g>` +
        `<g class="layers" clip-path="url(#${id}-clip)">${body}</g>` +
        axes.join('') +
        `</svg>`);
}

;// CONCATENATED MODULE: ./src/html/gates/common.ts
/** CSS class of a verdict or classification colour. */
function verdictClass(verdict) {
    return verdict === 'pass' || verdict === 'warn' || verdict === 'fail' ? verdict : 'insufficient';
}
/** The verdict of the check with this id, if the report has one. */
function checkVerdict(report, id) {
    return report.checks.find((c) => c.id === id)?.verdict;
}
/** A report section as an array (absent or malformed: empty). */
function arrayOf(value) {
    return Array.isArray(value) ? value : [];
}
function isNumber(v) {
    return typeof v === 'number' && Number.isFinite(v);
}
/** The bounds a threshold written as text sets: `>= 0.8`, `<= 0.1`, `in [0.8, 1.25]`, `0.9` (at least). */
function thresholdBounds(text) {
    if (typeof text === 'number')
        return { low: text };
    if (typeof text !== 'string')
        return undefined;
    const t = text.trim();
    const band = /^in\s*\[\s*([-+0-9.eE]+)\s*,\s*([-+0-9.eE]+)\s*\]$/.exec(t);
    if (band)
        return { low: Number(band[1]), high: Number(band[2]) };
    const cmp = /^(>=|>|<=|<|=)\s*([-+0-9.eE]+)$/.exec(t);
    if (cmp) {
        const v = Number(cmp[2]);
        if (!Number.isFinite(v))
            return undefined;
        if (cmp[1] === '=')
            return { low: v, high: v };
        return cmp[1].startsWith('>') ? { low: v } : { high: v };
    }
    const bare = Number(t);
    return t !== '' && Number.isFinite(bare) ? { low: bare } : undefined;
}
/** The range of some numbers (finite ones), with optional extra values to include. */
function extent(values) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values) {
        if (typeof v !== 'number' || !Number.isFinite(v))
            continue;
        if (v < lo)
            lo = v;
        if (v > hi)
            hi = v;
    }
    return lo <= hi ? [lo, hi] : undefined;
}
/** At most `max` items, and how many were left out. */
function capped(items, max) {
    return { shown: items.slice(0, max), left: Math.max(items.length - max, 0) };
}

;// CONCATENATED MODULE: ./src/html/gates/canary-decision.ts





const CLASS_OF = { Pass: 'pass', High: 'fail', Low: 'fail', Nodata: 'insufficient', Inconclusive: 'warn' };
const DECISION_CLASS = { promote: 'pass', continue: 'warn', rollback: 'fail' };
function scoreChart(score, pass, marginal, decision) {
    return plot({
        title: `Canary score ${fmt(score, 3)} of 100: ${decision}`,
        x: { type: 'linear', title: 'canary score (0–100)', domain: [0, 100], exact: true },
        y: { type: 'band', title: 'canary', labels: ['score'] },
        layers: [
            region('x', 0, marginal, 'fail'),
            region('x', marginal, pass, 'warn'),
            region('x', pass, 100, 'pass'),
            rule('x', marginal, 'fail'),
            rule('x', pass, 'pass'),
            dots([{ x: score, y: 0, className: DECISION_CLASS[decision] ?? 'muted', radius: 7, title: `score ${fmt(score)}` }]),
        ],
        legend: [
            { label: 'rollback', className: 'fail' },
            { label: 'continue', className: 'warn' },
            { label: 'promote', className: 'pass' },
        ],
        plotHeight: 44,
    });
}
function shiftChart(metrics, confidence) {
    const rows = metrics.filter((m) => m.estimate !== null && m.baselineMean !== null && m.baselineMean !== 0 && m.method !== 'beta-binomial');
    if (rows.length === 0)
        return undefined;
    const rel = (v, m) => (v === null ? null : v / Math.abs(m.baselineMean));
    const range = extent(rows.flatMap((m) => [rel(m.estimate, m), rel(m.ciLow, m), rel(m.ciHigh, m), 0])) ?? [-0.1, 0.1];
    const pad = (range[1] - range[0]) * 0.1 || 0.05;
    return plot({
        title: `Shift of each metric (Hodges–Lehmann, ${Math.round(confidence * 100)}% interval)`,
        x: { type: 'linear', title: 'canary − baseline, relative to the baseline mean', domain: [range[0] - pad, range[1] + pad], format: (v) => pct(v, Math.abs(range[1] - range[0]) < 0.1 ? 1 : 0) },
        y: { type: 'band', title: 'metric', labels: rows.map((m) => m.name) },
        layers: [
            rule('x', 0, 'muted'),
            intervals(rows.map((m, i) => ({
                band: i,
                estimate: rel(m.estimate, m),
                low: rel(m.ciLow, m),
                high: rel(m.ciHigh, m),
                className: CLASS_OF[m.classification] ?? 'insufficient',
                title: `${m.name}: ${fmt(m.estimate)} [${fmt(m.ciLow)}, ${fmt(m.ciHigh)}] (${m.classification})`,
            }))),
        ],
        legend: [
            { label: 'Pass', className: 'pass', shape: 'dot' },
            { label: 'High / Low', className: 'fail', shape: 'dot' },
            { label: 'Inconclusive', className: 'warn', shape: 'dot' },
        ],
    });
}
function distributionChart(d, m) {
    const top = Math.max(...d.canary, ...d.baseline, 1e-9);
    const shift = m && m.estimate !== null ? `: shift ${m.estimate > 0 ? '+' : ''}${fmt(m.estimate)} [${fmt(m.ciLow)}, ${fmt(m.ciHigh)}]` : '';
    return plot({
        title: `${d.metric}${shift}${m ? ` · ${m.classification}` : ''}`,
        x: { type: 'linear', title: `${d.metric} (metric units)`, domain: [d.edges[0], d.edges[d.edges.length - 1]], exact: true },
        y: { type: 'linear', title: 'share of values', domain: [0, top], format: (v) => pct(v, 0) },
        layers: [binBars(d.edges, d.baseline, 's2'), binBars(d.edges, d.canary, 's1')],
        legend: [
            { label: `canary (n ${m?.nCanary ?? '?'})`, className: 's1' },
            { label: `baseline (n ${m?.nBaseline ?? '?'})`, className: 's2' },
        ],
        plotHeight: 170,
    });
}
function weightChart(looks, pass, marginal) {
    const last = looks[looks.length - 1]?.look ?? 1;
    const first = looks[0]?.look ?? 1;
    return plot({
        title: 'Weight history (sequential looks)',
        x: { type: 'linear', title: 'look', domain: [first - 0.5, last + 0.5], exact: true, format: (v) => (Number.isInteger(v) ? String(v) : '') },
        y: { type: 'linear', title: 'canary weight (%) · score (0–100)', domain: [0, 100], exact: true },
        layers: [
            rule('y', pass, 'muted'),
            rule('y', marginal, 'muted'),
            line(looks.map((l) => [l.look, l.score]), 's3', { dashed: true }),
            line(looks.map((l) => [l.look, l.weight]), 's1', { step: true }),
            dots(looks.map((l) => ({ x: l.look, y: l.weight, className: DECISION_CLASS[l.decision] ?? 'muted', title: `look ${l.look}: ${l.decision}, weight ${fmt(l.weight)}%, score ${fmt(l.score)}` }))),
        ],
        legend: [
            { label: 'canary weight after the look', className: 's1', shape: 'line' },
            { label: 'score', className: 's3', shape: 'dash' },
            { label: 'promote', className: 'pass', shape: 'dot' },
            { label: 'continue', className: 'warn', shape: 'dot' },
            { label: 'rollback', className: 'fail', shape: 'dot' },
        ],
    });
}
function canarySections(report) {
    const metrics = arrayOf(report.metrics);
    const thresholds = (report.thresholds ?? { pass: 95, marginal: 75, confidence: 0.95 });
    const decision = String(report.decision ?? '');
    const score = typeof report.score === 'number' ? report.score : 0;
    const charts = (report.charts ?? {});
    const sections = [];
    const shift = shiftChart(metrics, thresholds.confidence);
    sections.push({
        id: 'decision',
        title: 'Decision',
        html: paragraph(`Decision: ${decision}; next canary weight ${fmt(Number(report.nextWeight ?? 0))}%.`) +
            figures([figure(scoreChart(score, thresholds.pass, thresholds.marginal, decision), `Rollback below ${fmt(thresholds.marginal)}, promote from ${fmt(thresholds.pass)}.`), ...(shift ? [figure(shift, 'Whiskers: the interval of the shift; a metric passes when it stays within its allowed change.')] : [])]),
    });
    const distributions = arrayOf(charts.distributions);
    if (distributions.length) {
        const byName = new Map(metrics.map((m) => [m.name, m]));
        const { shown, left } = capped(distributions, 40);
        sections.push({
            id: 'distributions',
            title: 'Distributions (canary vs baseline)',
            html: figures(shown.map((d) => figure(distributionChart(d, byName.get(d.metric))))) +
                note('Shares of each variant’s values; bins span the pooled 1st–99th percentiles, values beyond are counted in the end bins.') +
                (left ? note(`${left} more metrics are in the JSON report.`) : ''),
        });
    }
    const looks = arrayOf(charts.weights);
    if (looks.length) {
        sections.push({ id: 'weights', title: 'Weight history', html: figures([figure(weightChart(looks, thresholds.pass, thresholds.marginal), `${looks.length} looks from the state file; grey lines: the promote and rollback scores.`)]) });
    }
    sections.push({
        id: 'metrics',
        title: `Metrics (${metrics.length})`,
        html: table(['Metric', 'Group', 'Class', 'Canary mean', 'Baseline mean', 'Shift', 'Interval', 'p-value', 'n canary', 'n baseline', 'Why'], metrics.map((m) => [
            m.name,
            m.group,
            badge(CLASS_OF[m.classification] ?? 'insufficient'),
            m.canaryMean,
            m.baselineMean,
            m.estimate,
            m.ciLow !== null ? `[${fmt(m.ciLow)}, ${fmt(m.ciHigh)}]` : '–',
            m.pValue,
            m.nCanary,
            m.nBaseline,
            `${m.classification}${m.critical ? ' (critical)' : ''}: ${m.reason}`,
        ]), 'lllrrrrrrrl'),
    });
    const groups = arrayOf(report.groups);
    if (groups.length > 1) {
        sections.push({
            id: 'groups',
            title: 'Group scores',
            html: table(['Group', 'Score', 'Passed / judged', 'Weight (%)'], groups.map((g) => [g.name, g.score, `${g.passed} / ${g.judged}`, g.weight]), 'lrrr'),
        });
    }
    return sections;
}

;// CONCATENATED MODULE: ./src/html/gates/drift-check.ts





const MAX_RANKED = 60;
function isPValue(c) {
    return c.pValue !== null || c.operator === '<' || c.operator === '<=';
}
function score(c) {
    if (c.status === 'insufficient')
        return null;
    if (isPValue(c))
        return c.adjustedPValue ?? c.pValue;
    return reportValue(c.statistic);
}
function scoreText(c) {
    const s = score(c);
    if (s === null)
        return '–';
    return isPValue(c) ? `p = ${fmt(s)}` : fmt(s);
}
function rankedChart(report, columns, kind) {
    const { shown } = capped(columns, MAX_RANKED);
    const labels = shown.map((c) => `${c.name} · ${c.method}`);
    const cls = (c) => verdictClass(checkVerdict(report, `column.${c.name}.drift`) ?? (c.status === 'insufficient' ? 'insufficient' : 'pass'));
    const scores = shown.map(score);
    if (kind === 'p-value') {
        const smallest = Math.min(...scores.filter(isNumber).filter((v) => v > 0), ...shown.map((c) => c.threshold));
        const lo = 10 ** Math.floor(Math.log10(Math.max(smallest, 1e-300)) - 0.5);
        return plot({
            title: 'p-values: drift below the threshold mark',
            x: { type: 'log', title: 'p-value (log scale; adjusted when a correction is set)', domain: [Math.max(lo, 1e-300), 1] },
            y: { type: 'band', title: 'column · method', labels },
            layers: [
                bandBars(scores.map((s) => (s === null ? null : Math.max(s, 1e-300))), (i) => cls(shown[i]), { from: 1 }),
                bandMarks(shown.map((c, i) => ({ band: i, value: c.threshold, className: 'muted', title: `threshold ${fmt(c.threshold)}` }))),
            ],
            legend: [
                { label: 'drift (fail)', className: 'fail' },
                { label: 'drift (warn)', className: 'warn' },
                { label: 'no drift', className: 'pass' },
                { label: 'threshold', className: 'muted', shape: 'line' },
            ],
        });
    }
    const max = Math.max(...scores.filter(isNumber), ...shown.map((c) => c.threshold), 1e-9);
    return plot({
        title: 'Distances: drift from the threshold mark',
        x: { type: 'linear', title: 'distance (method units)', domain: [0, max * 1.05] },
        y: { type: 'band', title: 'column · method', labels },
        layers: [
            bandBars(scores.map((s) => (s === null ? null : Math.min(s, max * 1.05))), (i) => cls(shown[i])),
            bandMarks(shown.map((c, i) => ({ band: i, value: c.threshold, className: 'muted', title: `threshold ${fmt(c.threshold)}` }))),
        ],
        legend: [
            { label: 'drift (fail)', className: 'fail' },
            { label: 'drift (warn)', className: 'warn' },
            { label: 'no drift', className: 'pass' },
            { label: 'threshold', className: 'muted', shape: 'line' },
        ],
    });
}
function drift_check_distributionChart(d, c) {
    const title = `${d.column}: ${c ? `${c.method} ${scoreText(c)} (threshold ${fmt(c.threshold)})` : 'drifted'}`;
    const legend = [
        { label: 'reference', className: 's1' },
        { label: 'current', className: 's2' },
    ];
    const top = Math.max(...d.reference, ...d.current, 1e-9);
    if (d.type === 'numerical' && d.edges && d.edges.length >= 2) {
        return plot({
            title,
            x: { type: 'linear', title: `${d.column} (value)`, domain: [d.edges[0], d.edges[d.edges.length - 1]], exact: true },
            y: { type: 'linear', title: 'share of non-missing values', domain: [0, top], format: (v) => pct(v, top < 0.1 ? 1 : 0) },
            layers: [binBars(d.edges, d.reference, 's1'), binBars(d.edges, d.current, 's2')],
            legend,
            plotHeight: 180,
        });
    }
    const labels = d.labels ?? [];
    return plot({
        title,
        x: { type: 'band', title: `${d.column} (category)`, labels },
        y: { type: 'linear', title: 'share of non-missing values', domain: [0, top], format: (v) => pct(v, 0) },
        layers: [bandBars(d.reference, 's1', { slot: 0, slots: 2 }), bandBars(d.current, 's2', { slot: 1, slots: 2 })],
        legend,
        plotHeight: 180,
    });
}
function missingChart(quality) {
    const rows = quality.filter((q) => q.kind === 'null-share' && ((q.reference ?? 0) > 0 || (q.current ?? 0) > 0));
    if (rows.length === 0)
        return undefined;
    const { shown } = capped(rows, MAX_RANKED);
    const top = Math.max(...shown.map((q) => Math.max(q.reference ?? 0, q.current ?? 0)), 1e-9);
    return plot({
        title: 'Missing cells: reference vs current share',
        x: { type: 'linear', title: 'share of missing cells', domain: [0, top], format: (v) => pct(v, 0) },
        y: { type: 'band', title: 'column', labels: shown.map((q) => q.column) },
        layers: [
            bandBars(shown.map((q) => q.reference ?? 0), 's1', { slot: 0, slots: 2 }),
            bandBars(shown.map((q) => q.current ?? 0), (i) => (shown[i].flagged ? 'warn' : 's2'), { slot: 1, slots: 2 }),
            bandMarks(shown.map((q, i) => ({ band: i, value: (q.reference ?? 0) + q.threshold, className: 'muted', title: `allowed: reference + ${pct(q.threshold)}` }))),
        ],
        legend: [
            { label: 'reference', className: 's1' },
            { label: 'current', className: 's2' },
            { label: 'current, flagged', className: 'warn' },
            { label: 'allowed increase', className: 'muted', shape: 'line' },
        ],
    });
}
function driftSections(report) {
    const columns = arrayOf(report.columns);
    const sections = [];
    const profile = report.profile;
    if (profile && columns.length === 0) {
        sections.push({ id: 'profile', title: 'Reference profile', html: paragraph(`Wrote the profile of ${groupThousands(profile.rows)} rows and ${profile.columns} columns.`) });
        return sections;
    }
    const dataset = report.dataset;
    const rows = report.rows;
    const overview = [];
    if (dataset) {
        overview.push(paragraph(`${dataset.drifted ? 'Dataset drift' : 'No dataset drift'}: ${dataset.driftedColumns.length} of ${dataset.evaluatedColumns} feature columns drifted (${pct(dataset.share)}; dataset drift from ${pct(dataset.threshold)}).` +
            (dataset.insufficientColumns ? ` ${dataset.insufficientColumns} columns had too few values to judge.` : '')));
    }
    if (rows) {
        overview.push(paragraph(`Rows: ${groupThousands(rows.reference)} reference${rows.sampledReference !== null ? ` (${groupThousands(rows.sampledReference)} sampled)` : ''}, ${groupThousands(rows.current)} current${rows.sampledCurrent !== null ? ` (${groupThousands(rows.sampledCurrent)} sampled)` : ''}.`));
    }
    const judged = columns.filter((c) => c.status !== 'insufficient');
    const pColumns = judged.filter(isPValue);
    const dColumns = judged.filter((c) => !isPValue(c));
    const ranked = [
        ...(pColumns.length ? [figure(rankedChart(report, pColumns, 'p-value'), 'Bars run from 1 down to the p-value: the longer the bar, the stronger the evidence of drift.')] : []),
        ...(dColumns.length ? [figure(rankedChart(report, dColumns, 'distance'))] : []),
    ];
    const left = Math.max(pColumns.length - MAX_RANKED, 0) + Math.max(dColumns.length - MAX_RANKED, 0);
    sections.push({
        id: 'scores',
        title: 'Drift scores of every column',
        html: overview.join('') + figures(ranked) + (left ? note(`${left} more columns are in the table below and the JSON report.`) : ''),
    });
    const distributions = arrayOf(report.charts?.distributions);
    if (distributions.length) {
        const byName = new Map(columns.map((c) => [c.name, c]));
        sections.push({
            id: 'distributions',
            title: `Drifted columns (${distributions.length})`,
            html: figures(distributions.map((d) => figure(drift_check_distributionChart(d, byName.get(d.column))))) +
                note('Shares of each sample’s non-missing values. Numbers: bins span the pooled 0.5th–99.5th percentiles, values beyond are counted in the end bins. Categories: the most frequent of both samples.'),
        });
    }
    else if (dataset) {
        sections.push({ id: 'distributions', title: 'Drifted columns', html: paragraph('No column drifted.') });
    }
    const quality = arrayOf(report.quality);
    const missing = missingChart(quality);
    const flagged = quality.filter((q) => q.flagged);
    if (missing || flagged.length) {
        const rowsOf = flagged.map((q) => [
            q.column,
            q.kind,
            q.kind === 'null-share' ? `${pct(q.reference)} → ${pct(q.current)}` : (q.categories ?? []).slice(0, 8).join(', '),
            pct(q.value, 2),
            pct(q.threshold, 2),
        ]);
        sections.push({
            id: 'quality',
            title: 'Data quality',
            html: (missing ? figures([figure(missing)]) : '') + (rowsOf.length ? table(['Column', 'Finding', 'Detail', 'Value', 'Threshold'], rowsOf, 'lllrr') : ''),
        });
    }
    const { shown, left: more } = capped(columns, 300);
    sections.push({
        id: 'columns',
        title: `Columns (${columns.length})`,
        html: table(['', 'Column', 'Role', 'Type', 'Method', 'Score', 'Threshold', 'Reference n', 'Current n', 'Note'], shown.map((c) => [
            badge(checkVerdict(report, `column.${c.name}.drift`) ?? (c.status === 'insufficient' ? 'insufficient' : 'pass')),
            c.name,
            c.role,
            c.type,
            c.method,
            scoreText(c),
            `${c.operator === '<' || c.operator === '<=' ? 'drift below' : 'drift from'} ${fmt(c.threshold)}`,
            c.nReference,
            c.nCurrent,
            c.note ?? '',
        ]), 'llllllrrrl') + (more ? note(`${more} more columns are in the JSON report.`) : ''),
    });
    return sections;
}

// EXTERNAL MODULE: ./src/gates/fairness-gate/metrics.ts + 11 modules
var metrics = __webpack_require__(57324);
// EXTERNAL MODULE: ./src/stats/distributions/normal.ts + 1 modules
var normal = __webpack_require__(39172);
;// CONCATENATED MODULE: ./src/stats/fairness/wilson-interval.ts

/**
 * The Wilson score interval of a proportion k/n (two-sided, no continuity
 * correction), as scipy's `binomtest(k, n).proportion_ci(method="wilson")`
 * computes it (Newcombe 1998, method 3):
 *
 *   z = Φ⁻¹(½ + ½·confidence),  p = k/n,  q = 1 − p,
 *   centre = (2np + z²) / (2(n + z²)),  δ = z / (2(n + z²)) · √(4npq + z²),
 *   [centre − δ, centre + δ], with the low end 0 when k = 0 and the high end 1 when k = n.
 *
 * It stays inside [0, 1] and is sensible for small groups and rates near 0
 * or 1, where the normal approximation is not. Undefined (NaN) for n = 0.
 *
 * References: E. B. Wilson, J. Am. Stat. Assoc. 22 (1927) 209–212;
 * R. G. Newcombe, Stat. Med. 17 (1998) 857–872; scipy.stats._binomtest.
 */
function wilsonInterval(k, n, confidence = 0.95) {
    if (!(n > 0))
        return [NaN, NaN];
    const z = (0,normal/* normalQuantile */.Zl)(0.5 + 0.5 * confidence);
    const p = k / n;
    const q = 1 - p;
    const denom = 2 * (n + z ** 2);
    const center = (2 * n * p + z ** 2) / denom;
    const delta = (z / denom) * Math.sqrt(4 * n * p * q + z ** 2);
    return [k === 0 ? 0 : center - delta, k === n ? 1 : center + delta];
}

;// CONCATENATED MODULE: ./src/html/gates/fairness-gate.ts








const INTERSECTION = ' × ';
const MAX_ROWS = 40;
function interval(k, n, confidence) {
    if (!(n > 0))
        return [null, null];
    const [lo, hi] = wilsonInterval(Math.round(k), n, confidence);
    return [lo, hi];
}
function metricChart(metric, rows) {
    const { shown } = capped(rows, MAX_ROWS);
    const labels = shown.map((d) => (d.attribute === null ? 'all rows' : d.group && d.metric.endsWith('_disparity') ? `${d.attribute}: ${d.group}` : d.attribute));
    const written = thresholdBounds(shown.find((d) => d.threshold)?.threshold ?? null);
    // A metric judged on |value| (its sign only says which side): `<= t` allows [−t, t].
    const absolute = metrics/* METRICS */.Cb[metric]?.absolute === true;
    const bounds = absolute && written?.high !== undefined && written.low === undefined ? { low: -written.high, high: written.high } : written;
    const values = shown.flatMap((d) => [reportValue(d.value), reportValue(d.ciLow), reportValue(d.ciHigh)]).filter((v) => v !== null && Number.isFinite(v));
    const range = extent([...values, bounds?.low, bounds?.high]) ?? [0, 1];
    const pad = (range[1] - range[0]) * 0.08 || 0.05;
    const threshold = shown.find((d) => d.threshold)?.threshold;
    return plot({
        title: `${metric}${threshold ? ` (passes ${absolute ? `|value| ${threshold}` : threshold})` : ' (reported, not judged)'}`,
        x: { type: 'linear', title: metric.includes('ratio') || metric.includes('impact') || metric.endsWith('_disparity') ? `${metric} (ratio)` : `${metric} (difference)`, domain: [range[0] - pad, range[1] + pad] },
        y: { type: 'band', title: 'attribute', labels },
        layers: [
            ...(bounds ? [region('x', bounds.low ?? -Infinity, bounds.high ?? Infinity, 'band')] : []),
            ...(bounds?.low !== undefined ? [rule('x', bounds.low, 'muted')] : []),
            ...(bounds?.high !== undefined ? [rule('x', bounds.high, 'muted')] : []),
            intervals(shown.map((d, i) => ({
                band: i,
                estimate: reportValue(d.value),
                low: reportValue(d.ciLow),
                high: reportValue(d.ciHigh),
                className: verdictClass(d.verdict),
                title: `${labels[i]}: ${fmt(reportValue(d.value))}${d.reference ? ` (reference ${d.reference})` : ''}`,
            }))),
        ],
        legend: [
            { label: 'allowed', className: 'band' },
            { label: 'pass', className: 'pass', shape: 'dot' },
            { label: 'warn', className: 'warn', shape: 'dot' },
            { label: 'fail', className: 'fail', shape: 'dot' },
        ],
    });
}
function selectionChart(attribute, groups, reference, tolerance, confidence) {
    const labels = groups.map((g) => `${g.group}${g === reference ? ' (ref.)' : ''}`);
    const ref = reference?.selectionRate;
    const layers = [];
    if (isNumber(ref))
        layers.push(region('x', tolerance * ref, Math.min(1, ref / tolerance), 'band'), rule('x', ref, 'muted'));
    layers.push(intervals(groups.map((g, i) => {
        const [low, high] = g.selectionRate === null ? [null, null] : interval(g.selectionRate * g.n, g.n, confidence);
        return { band: i, estimate: g.selectionRate, low, high, className: g.status === 'ok' ? 's1' : 'insufficient', title: `${g.group}: ${pct(g.selectionRate)} of ${groupThousands(g.n)}` };
    })));
    const legend = [{ label: `selection rate, ${Math.round(confidence * 100)}% Wilson interval`, className: 's1', shape: 'dot' }];
    if (isNumber(ref))
        legend.push({ label: `within τ = ${tolerance} of the reference`, className: 'band' });
    return plot({
        title: `${attribute}: selection rate by group`,
        x: { type: 'linear', title: 'selection rate (share predicted positive)', domain: [0, 1], exact: true, format: (v) => pct(v, 0) },
        y: { type: 'band', title: 'group', labels },
        layers,
        legend,
    });
}
function errorRatesChart(attribute, groups, confidence) {
    const rows = groups.flatMap((g, i) => {
        const negatives = g.n - g.positives;
        const [tl, th] = g.tpr === null ? [null, null] : interval(g.tpr * g.positives, g.positives, confidence);
        const [fl, fh] = g.fpr === null ? [null, null] : interval(g.fpr * negatives, negatives, confidence);
        return [
            { band: i, estimate: g.tpr, low: tl, high: th, className: 's1', offset: -0.2, title: `${g.group}: TPR ${pct(g.tpr)} of ${g.positives} positives` },
            { band: i, estimate: g.fpr, low: fl, high: fh, className: 's2', offset: 0.2, title: `${g.group}: FPR ${pct(g.fpr)} of ${negatives} negatives` },
        ];
    });
    return plot({
        title: `${attribute}: true and false positive rates by group`,
        x: { type: 'linear', title: 'rate', domain: [0, 1], exact: true, format: (v) => pct(v, 0) },
        y: { type: 'band', title: 'group', labels: groups.map((g) => g.group) },
        layers: [intervals(rows)],
        legend: [
            { label: 'true positive rate', className: 's1', shape: 'dot' },
            { label: 'false positive rate', className: 's2', shape: 'dot' },
        ],
        plotHeight: Math.max(groups.length * 28, 40),
    });
}
function intersectionChart(groups, minSize) {
    const sorted = [...groups].sort((a, b) => b.n - a.n);
    const { shown } = capped(sorted, MAX_ROWS);
    return plot({
        title: 'Intersectional groups by size',
        x: { type: 'linear', title: 'rows in the group', domain: [0, Math.max(...shown.map((g) => g.n), minSize) * 1.05] },
        y: { type: 'band', title: 'group', labels: shown.map((g) => `${g.group}${g.status === 'empty' ? ' (empty)' : g.status === 'insufficient' ? ' (too small)' : ''}`) },
        layers: [
            bandBars(shown.map((g) => g.n), (i) => (shown[i].status === 'ok' ? 's1' : 'insufficient')),
            rule('x', minSize, 'fail', `min-group-size ${minSize}`),
        ],
        legend: [
            { label: 'judged', className: 's1' },
            { label: 'too small or empty', className: 'insufficient' },
        ],
    });
}
function fairnessSections(report) {
    const groups = arrayOf(report.groups);
    const disparities = arrayOf(report.disparities);
    const inputs = report.inputs ?? {};
    const confidence = typeof inputs.confidence === 'number' ? inputs.confidence : 0.95;
    const tolerance = typeof inputs['disparity-tolerance'] === 'number' ? inputs['disparity-tolerance'] : 0.8;
    const minSize = typeof inputs['min-group-size'] === 'number' ? inputs['min-group-size'] : 30;
    const sections = [];
    const metrics = [...new Set(disparities.map((d) => d.metric))];
    const judged = metrics.filter((m) => disparities.some((d) => d.metric === m && d.threshold));
    const reported = metrics.filter((m) => !judged.includes(m));
    const chartOf = (m) => figure(metricChart(m, disparities.filter((d) => d.metric === m)));
    sections.push({
        id: 'disparities',
        title: 'Disparities by attribute',
        html: figures(judged.map(chartOf)) +
            note(`Dots are the metric over each attribute's groups, whiskers its ${Math.round(confidence * 100)}% bootstrap interval; the shaded band passes.`) +
            (reported.length ? `<details><summary>Metrics reported without a threshold (${reported.length})</summary>${figures(reported.map(chartOf))}</details>` : ''),
    });
    const attributes = [...new Set(groups.map((g) => g.attribute))].filter((a) => !a.includes(INTERSECTION));
    const rateCharts = [];
    for (const a of attributes) {
        const own = groups.filter((g) => g.attribute === a && g.status !== 'empty');
        const refName = disparities.find((d) => d.attribute === a && d.reference !== null && (d.metric === 'disparate_impact' || d.metric === 'selection_rate_disparity'))?.reference;
        const reference = own.find((g) => g.group === refName) ?? [...own].sort((x, y) => y.n - x.n)[0];
        const { shown } = capped(own, MAX_ROWS);
        rateCharts.push(figure(selectionChart(a, shown, reference, tolerance, confidence)));
        if (shown.some((g) => g.tpr !== null || g.fpr !== null))
            rateCharts.push(figure(errorRatesChart(a, shown, confidence)));
    }
    if (rateCharts.length) {
        sections.push({
            id: 'rates',
            title: 'Group rates',
            html: figures(rateCharts) +
                note(`Whiskers are ${Math.round(confidence * 100)}% Wilson score intervals of each rate. The shaded band is the disparity tolerance τ = ${tolerance} around the reference group's selection rate (ratios within [τ, 1/τ]). Grey: groups too small to judge.`),
        });
    }
    const intersections = groups.filter((g) => g.attribute.includes(INTERSECTION));
    if (intersections.length) {
        const small = intersections.filter((g) => g.status !== 'ok').length;
        sections.push({
            id: 'intersections',
            title: `Intersectional groups (${intersections.length})`,
            html: paragraph(`${intersections.length} intersectional groups, ${small} too small to judge or empty (min-group-size ${minSize}).`) +
                figures([figure(intersectionChart(intersections, minSize))]) +
                (intersections.length > MAX_ROWS ? note(`The ${MAX_ROWS} largest are drawn; the table below lists every group.`) : ''),
        });
    }
    const { shown, left } = capped(groups, 400);
    sections.push({
        id: 'groups',
        title: `Groups (${groups.length})`,
        html: table(['Attribute', 'Group', 'Rows', 'Positives', 'Selection rate', 'TPR', 'FPR', 'Precision', 'Accuracy', 'Status'], shown.map((g) => [
            g.attribute,
            g.group,
            g.n,
            g.positives,
            pct(g.selectionRate),
            pct(g.tpr),
            pct(g.fpr),
            pct(g.precision),
            pct(g.accuracy),
            g.status === 'ok' ? badge('pass') : { html: `${badge('insufficient').html} ${esc(g.reasons.length ? g.reasons.join('; ') : g.status)}` },
        ]), 'llrrrrrrrl') + (left ? note(`${left} more groups are in the JSON report.`) : ''),
    });
    return sections;
}

;// CONCATENATED MODULE: ./src/html/gates/performance-gate.ts





/** The allowed drop as an amount in the metric's units: "0.02" or "2%" of the baseline. */
function marginAmount(maxDrop, baseline) {
    if (maxDrop === null)
        return undefined;
    const m = /^\s*([-+]?[0-9.]+(?:e[-+]?\d+)?)\s*(%)?\s*$/i.exec(maxDrop);
    if (!m)
        return undefined;
    const v = Number(m[1]);
    if (!Number.isFinite(v))
        return undefined;
    if (!m[2])
        return v;
    return baseline === null ? undefined : (Math.abs(baseline) * v) / 100;
}
/** The threshold's bound: `>= 0.85`, `<= 3.2`, or a bare number (at least, or at most when lower is better). */
function thresholdOf(m) {
    if (!m.threshold)
        return undefined;
    const t = /^\s*(>=|<=|>|<|≥|≤)?\s*([-+0-9.eE]+)\s*$/.exec(m.threshold);
    if (!t || !Number.isFinite(Number(t[2])))
        return undefined;
    const op = t[1] === '≥' ? '>=' : t[1] === '≤' ? '<=' : (t[1] ?? (m.higherIsBetter ? '>=' : '<='));
    return { op, value: Number(t[2]) };
}
function performance_gate_metricChart(m) {
    const conf = `${Math.round(m.confidence * 100)}%`;
    const cls = verdictClass(m.verdict);
    if (m.delta !== null) {
        const margin = marginAmount(m.maxDrop, m.baseline);
        // Worse is a negative difference when higher is better; the allowed side starts at −margin (or +margin).
        const limit = margin === undefined ? undefined : m.higherIsBetter ? -margin : margin;
        const range = extent([m.delta, m.ciLow, m.ciHigh, 0, limit]) ?? [-1, 1];
        const pad = (range[1] - range[0]) * 0.15 || Math.abs(range[0]) * 0.2 || 0.01;
        const lo = range[0] - pad;
        const hi = range[1] + pad;
        const ci = m.ciOf === 'delta' && m.ciLow !== null && m.ciHigh !== null ? ` [${fmt(m.ciLow)}, ${fmt(m.ciHigh)}]` : '';
        return plot({
            title: `${m.name}: Δ ${m.delta > 0 ? '+' : ''}${fmt(m.delta)}${ci}`,
            x: { type: 'linear', title: `candidate − baseline (${m.name}; ${m.higherIsBetter ? 'higher' : 'lower'} is better)`, domain: [lo, hi] },
            y: { type: 'band', title: 'difference', labels: [`${conf} CI`] },
            layers: [
                ...(limit !== undefined ? [region('x', limit, m.higherIsBetter ? Infinity : -Infinity, 'band')] : []),
                rule('x', 0, 'muted'),
                ...(limit !== undefined ? [rule('x', limit, 'fail', `margin ${m.maxDrop}`)] : []),
                intervals([
                    {
                        band: 0,
                        estimate: m.delta,
                        low: m.ciOf === 'delta' ? m.ciLow : null,
                        high: m.ciOf === 'delta' ? m.ciHigh : null,
                        className: cls,
                        title: `${m.name}: ${fmt(m.value)} vs ${fmt(m.baseline)}`,
                    },
                ]),
            ],
            plotHeight: 36,
            width: 520,
        });
    }
    if (m.value === null)
        return undefined;
    const t = thresholdOf(m);
    const range = extent([m.value, m.ciLow, m.ciHigh, t?.value]) ?? [0, 1];
    const pad = (range[1] - range[0]) * 0.2 || Math.abs(range[0]) * 0.1 || 0.05;
    const ci = m.ciOf === 'value' && m.ciLow !== null && m.ciHigh !== null ? ` [${fmt(m.ciLow)}, ${fmt(m.ciHigh)}]` : '';
    return plot({
        title: `${m.name}: ${fmt(m.value)}${ci}`,
        x: { type: 'linear', title: `${m.name} (${m.higherIsBetter ? 'higher' : 'lower'} is better)`, domain: [range[0] - pad, range[1] + pad] },
        y: { type: 'band', title: 'value', labels: [m.ciOf === 'value' ? `${conf} CI` : 'value'] },
        layers: [
            ...(t ? [region('x', t.value, t.op.startsWith('>') ? Infinity : -Infinity, 'band'), rule('x', t.value, 'fail', `threshold ${m.threshold}`)] : []),
            intervals([{ band: 0, estimate: m.value, low: m.ciOf === 'value' ? m.ciLow : null, high: m.ciOf === 'value' ? m.ciHigh : null, className: cls }]),
        ],
        plotHeight: 36,
        width: 520,
    });
}
/** A curve's legend label with its area metric, when the report has it: "candidate (AUC 0.873)". */
function curveLabel(who, area, name) {
    const v = who === 'candidate' ? area?.value : area?.baseline;
    return isNumber(v) ? `${who} (${name} ${fmt(v, 3)})` : who;
}
function rocChart(c, auc) {
    const label = (who) => curveLabel(who, auc, 'AUC');
    return plot({
        title: 'ROC curve',
        x: { type: 'linear', title: 'false positive rate', domain: [0, 1], exact: true },
        y: { type: 'linear', title: 'true positive rate', domain: [0, 1], exact: true },
        layers: [
            line([
                [0, 0],
                [1, 1],
            ], 'muted', { dashed: true }),
            ...(c.baseline ? [line(zip(c.baseline.fpr, c.baseline.tpr), 's2', { dashed: true })] : []),
            line(zip(c.candidate.fpr, c.candidate.tpr), 's1'),
        ],
        legend: [
            { label: label('candidate'), className: 's1', shape: 'line' },
            ...(c.baseline ? [{ label: label('baseline'), className: 's2', shape: 'dash' }] : []),
            { label: 'chance', className: 'muted', shape: 'dash' },
        ],
        width: 460,
        plotHeight: 260,
    });
}
function prChart(c, ap) {
    const label = (who) => curveLabel(who, ap, 'AP');
    return plot({
        title: 'Precision–recall curve',
        x: { type: 'linear', title: 'recall', domain: [0, 1], exact: true },
        y: { type: 'linear', title: 'precision', domain: [0, 1], exact: true },
        layers: [
            ...(c.baseline ? [line(zip(c.baseline.recall, c.baseline.precision), 's2', { dashed: true, step: true })] : []),
            line(zip(c.candidate.recall, c.candidate.precision), 's1', { step: true }),
        ],
        legend: [{ label: label('candidate'), className: 's1', shape: 'line' }, ...(c.baseline ? [{ label: label('baseline'), className: 's2', shape: 'dash' }] : [])],
        width: 460,
        plotHeight: 260,
    });
}
function calibrationChart(c) {
    const pts = (cal, cls, who) => dots(cal.predicted.map((p, i) => ({ x: p, y: cal.observed[i], className: cls, title: `${who}: ${groupThousands(cal.count[i])} scores, mean ${fmt(p, 3)}, positives ${pct(cal.observed[i])}` })));
    return plot({
        title: 'Reliability (calibration) curve, 10 bins',
        x: { type: 'linear', title: 'mean predicted probability', domain: [0, 1], exact: true },
        y: { type: 'linear', title: 'fraction of positives', domain: [0, 1], exact: true },
        layers: [
            line([
                [0, 0],
                [1, 1],
            ], 'muted', { dashed: true }),
            ...(c.baseline ? [line(zip(c.baseline.predicted, c.baseline.observed), 's2', { dashed: true }), pts(c.baseline, 's2', 'baseline')] : []),
            line(zip(c.candidate.predicted, c.candidate.observed), 's1'),
            pts(c.candidate, 's1', 'candidate'),
        ],
        legend: [
            { label: 'candidate', className: 's1', shape: 'line' },
            ...(c.baseline ? [{ label: 'baseline', className: 's2', shape: 'dash' }] : []),
            { label: 'perfectly calibrated', className: 'muted', shape: 'dash' },
        ],
        width: 460,
        plotHeight: 260,
    });
}
function residualChart(r) {
    const top = Math.max(...r.candidate, ...(r.baseline ?? []), 1e-9);
    return plot({
        title: 'Residuals y − ŷ',
        x: { type: 'linear', title: 'residual (label units)', domain: [r.edges[0], r.edges[r.edges.length - 1]], exact: true },
        y: { type: 'linear', title: 'share of rows', domain: [0, top], format: (v) => pct(v, 0) },
        layers: [...(r.baseline ? [binBars(r.edges, r.baseline, 's2')] : []), binBars(r.edges, r.candidate, 's1'), rule('x', 0, 'muted')],
        legend: [{ label: 'candidate', className: 's1' }, ...(r.baseline ? [{ label: 'baseline', className: 's2' }] : [])],
        width: 520,
    });
}
function latencyChart(l) {
    const stats = [
        ['mean', l.mean],
        ['p50', l.p50],
        ['p90', l.p90],
        ['p95', l.p95],
        ['p99', l.p99],
        ['max', l.max],
    ];
    for (const [k, v] of Object.entries(l.observed))
        if (!stats.some(([s]) => s === k))
            stats.push([k, v]);
    const top = Math.max(...stats.map(([, v]) => v), ...Object.values(l.budget), 1e-9);
    return plot({
        title: 'Latency against its budget',
        x: { type: 'band', title: 'statistic', labels: stats.map(([k]) => k) },
        y: { type: 'linear', title: 'latency (ms)', domain: [0, top] },
        layers: [
            bandBars(stats.map(([, v]) => v), (i) => {
                const [k, v] = stats[i];
                return l.budget[k] === undefined ? 's1' : v <= l.budget[k] ? 'pass' : 'fail';
            }),
            bandMarks(stats.flatMap(([k], i) => (l.budget[k] === undefined ? [] : [{ band: i, value: l.budget[k], className: 'muted', title: `budget ${fmt(l.budget[k])} ms` }]))),
        ],
        legend: [
            { label: 'within budget', className: 'pass' },
            { label: 'over budget', className: 'fail' },
            { label: 'not budgeted', className: 's1' },
            { label: 'budget', className: 'muted', shape: 'line' },
        ],
        width: 520,
    });
}
function zip(xs, ys) {
    return xs.map((x, i) => [x, ys[i]]);
}
function performanceSections(report) {
    const metrics = arrayOf(report.metrics);
    const sections = [];
    const classes = arrayOf(report.classes);
    const task = String(report.task ?? '');
    const hasBaseline = metrics.some((m) => m.baseline !== null);
    const intro = paragraph(`${task === 'regression' ? 'Regression' : `${task === 'binary' ? 'Binary' : 'Multiclass'} classification${classes.length ? ` (${classes.join(', ')})` : ''}`} on ${groupThousands(Number(report.rows ?? 0))} rows${hasBaseline ? ', candidate against the baseline' : ''}.`);
    const charts = metrics.map(performance_gate_metricChart).filter((s) => s !== undefined);
    const conf = metrics[0] ? `${Math.round(metrics[0].confidence * 100)}%` : '';
    sections.push({
        id: 'metrics',
        title: hasBaseline ? 'Differences from the baseline' : 'Metrics',
        html: intro +
            figures(charts.map((c) => figure(c))) +
            note(hasBaseline
                ? `Each dot is the candidate's value minus the baseline's, with its ${conf} interval; the shaded side of the red margin line is allowed.`
                : `Each dot is the metric with its ${conf} interval where there is one; the shaded side of the threshold passes.`) +
            table(['Metric', 'Value', ...(hasBaseline ? ['Baseline', 'Δ', `Δ ${conf} CI`, 'p-value'] : ['CI']), 'Rule', 'Test', 'Status'], metrics.map((m) => [
                m.name,
                m.value,
                ...(hasBaseline
                    ? [m.baseline, m.delta, m.ciOf === 'delta' && m.ciLow !== null ? `[${fmt(m.ciLow)}, ${fmt(m.ciHigh)}]` : '–', m.pValue]
                    : [m.ciOf === 'value' && m.ciLow !== null ? `[${fmt(m.ciLow)}, ${fmt(m.ciHigh)}]` : '–']),
                [m.threshold, m.maxDrop !== null ? `max ${m.higherIsBetter ? 'drop' : 'rise'} ${m.maxDrop}` : null].filter(Boolean).join('; ') || '–',
                m.test ?? '–',
                badge(m.verdict),
            ]), hasBaseline ? 'lrrrrrlll' : 'lrrlll'),
    });
    const c = (report.charts ?? {});
    const curves = [];
    if (c.roc)
        curves.push(figure(rocChart(c.roc, metrics.find((m) => m.name === 'roc_auc'))));
    if (c.pr)
        curves.push(figure(prChart(c.pr, metrics.find((m) => m.name === 'pr_auc'))));
    if (c.calibration)
        curves.push(figure(calibrationChart(c.calibration), 'Dots are the bins; hover for their size.'));
    if (c.residuals)
        curves.push(figure(residualChart(c.residuals), 'Bins span the pooled 1st–99th percentiles; residuals beyond are counted in the end bins.'));
    if (curves.length)
        sections.push({ id: 'curves', title: task === 'regression' ? 'Residuals' : 'Curves', html: figures(curves) });
    const latency = report.latency;
    const size = report.modelSize;
    if (latency || size) {
        const parts = [];
        if (latency)
            parts.push(paragraph(`${groupThousands(latency.samples)} latency samples from ${latency.file}.`), figures([figure(latencyChart(latency))]));
        if (size)
            parts.push(paragraph(`Model size: ${size.path} is ${fmt(size.bytes / 1e6)} MB (limit ${fmt(size.maxBytes / 1e6)} MB): ${size.bytes <= size.maxBytes ? 'within' : 'over'} the limit.`));
        sections.push({ id: 'serving', title: 'Latency and model size', html: parts.join('') });
    }
    const slices = arrayOf(report.slices);
    if (slices.length) {
        const names = metrics.map((m) => m.name);
        sections.push({
            id: 'slices',
            title: `Slices (${slices.length})`,
            html: table(['Slice', 'Rows', ...names, 'Status'], slices.slice(0, 500).map((s) => [
                s.slice,
                s.rows,
                ...names.map((n) => {
                    const sm = s.metrics.find((x) => x.name === n);
                    if (!sm)
                        return '–';
                    return sm.value === null ? 'undefined' : `${fmt(sm.value)}${sm.delta !== null ? ` (${sm.delta >= 0 ? '+' : ''}${fmt(sm.delta)})` : ''}`;
                }),
                badge(s.verdict),
            ]), `lr${'r'.repeat(names.length)}l`) + (slices.length > 500 ? note(`${slices.length - 500} more slices are in the JSON report.`) : ''),
        });
    }
    return sections;
}

;// CONCATENATED MODULE: ./src/html/gates/register-model.ts






function bytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = n / 1024;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${v.toFixed(v < 10 ? 2 : 1)} ${units[u]}`;
}
function filesChart(files) {
    const sorted = [...files].sort((a, b) => b.bytes - a.bytes);
    const { shown } = capped(sorted, 40);
    const top = Math.max(...shown.map((f) => f.bytes), 1);
    return plot({
        title: "The version's files by size",
        x: { type: 'linear', title: 'size (bytes)', domain: [0, top * 1.25], format: (v) => (v >= 1024 ? bytes(v) : String(v)) },
        y: { type: 'band', title: 'file', labels: shown.map((f) => f.path) },
        layers: [
            bandBars(shown.map((f) => f.bytes), 's1'),
            labels(shown.map((f, i) => ({ x: f.bytes, y: i, text: bytes(f.bytes), dx: 4, dy: 4 }))),
        ],
    });
}
function registerModelSections(report) {
    const sections = [];
    const reg = report.registration;
    const command = String(report.command ?? '');
    if (reg) {
        const rows = [
            ['Command', `${command} (${String(report.backend ?? '')} backend)`],
            ['Model', reg.name || '–'],
            ['Version', reg.version ?? '–'],
            ['Tag', reg.tag ?? '–'],
            ['Stage', reg.stage ?? '–'],
            ['Manifest SHA-256', reg.sha256 ?? '–'],
            ...(typeof report.existing === 'boolean' ? [['Already registered', report.existing ? 'yes: the same files, no new version' : 'no']] : []),
        ];
        const written = arrayOf(report.written);
        sections.push({
            id: 'registration',
            title: 'Registration',
            html: pairs(rows) + (written.length ? paragraph(`Written: ${written.join(', ')}.`) : ''),
        });
        // What the version was registered with (the step's inputs): reports of other gates, data, metadata.
        const inputs = report.inputs ?? {};
        const lineage = [];
        const list = (v) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' && v ? [v] : []);
        if (list(inputs.reports).length)
            lineage.push(['Gate reports', list(inputs.reports).join(', ')]);
        if (list(inputs.data).length)
            lineage.push(['Data', list(inputs.data).join(', ')]);
        const metadata = inputs.metadata && typeof inputs.metadata === 'object' ? Object.entries(inputs.metadata) : [];
        for (const [k, v] of metadata.slice(0, 50))
            lineage.push([k, typeof v === 'string' ? v : JSON.stringify(v)]);
        if (lineage.length && command === 'register')
            sections.push({ id: 'lineage', title: 'Recorded with the version', html: pairs(lineage) });
        if (reg.files.length) {
            const total = reg.files.reduce((s, f) => s + f.bytes, 0);
            sections.push({
                id: 'files',
                title: `Files (${reg.files.length}, ${bytes(total)})`,
                html: figures([figure(filesChart(reg.files))]) +
                    table(['File', 'Bytes', 'SHA-256'], reg.files.slice(0, 300).map((f) => [f.path, f.bytes, f.sha256]), 'lrl') +
                    (reg.files.length > 300 ? note(`${reg.files.length - 300} more files are in the JSON report.`) : ''),
            });
        }
    }
    const registry = arrayOf(report.registry);
    for (const a of registry.slice(0, 20)) {
        const stages = Object.entries(a.stages).map(([s, vs]) => `${s}: ${vs.join(', ')}`);
        sections.push({
            id: `registry-${a.name.replace(/[^A-Za-z0-9_-]/g, '-')}`,
            title: `${a.name}${a.deprecated ? ' (deprecated)' : ''}`,
            html: paragraph(`Latest: ${a.latest ?? 'none'}. ${stages.length ? `Stages: ${stages.join('; ')}.` : 'No stage assigned.'}`) +
                table(['Version', 'Active', 'Registered', 'Stages', 'Verdicts recorded'], a.versions.slice(0, 200).map((v) => [
                    v.version,
                    v.active ? 'yes' : 'no',
                    v.registeredAt ?? '–',
                    v.stages.join(', ') || '–',
                    { html: Object.entries(v.verdicts).map(([g, verdict]) => `${badge(verdict).html} ${esc(g)}`).join(' ') || '–' },
                ])),
        });
    }
    if (sections.length === 0)
        sections.push({ id: 'registry', title: 'Registry', html: paragraph(`${groupThousands(0)} versions.`) });
    return sections;
}

;// CONCATENATED MODULE: ./src/html/gates/validate-schema.ts





const validate_schema_MAX_ROWS = 50;
/** Rule kinds whose value is a statistic, not a count of offending rows. */
const NOT_COUNTS = /\.(max-null-fraction|mean|row-count|null-rate|row-count-change)(#\d+)?$/;
function violationChart(report) {
    const rows = report.checks.filter((c) => c.verdict !== 'pass' && typeof c.value === 'number' && Number.isInteger(c.value) && c.value > 0 && !NOT_COUNTS.test(c.id));
    if (rows.length === 0)
        return undefined;
    const sorted = [...rows].sort((a, b) => b.value - a.value);
    const { shown } = capped(sorted, validate_schema_MAX_ROWS);
    const top = Math.max(...shown.map((c) => c.value));
    const log = top / Math.max(Math.min(...shown.map((c) => c.value)), 1) > 1000;
    return plot({
        title: 'Offending rows per rule that does not hold',
        x: log ? { type: 'log', title: 'offending rows (log scale)', domain: [0.5, top * 2] } : { type: 'linear', title: 'offending rows', domain: [0, top * 1.12], integer: true },
        y: { type: 'band', title: 'rule', labels: shown.map((c) => c.id) },
        layers: [
            bandBars(shown.map((c) => c.value), (i) => verdictClass(shown[i].verdict), log ? { from: 0.5 } : {}),
            labels(shown.map((c, i) => ({ x: c.value, y: i, text: groupThousands(c.value), dx: 4, dy: 4 }))),
        ],
        legend: [
            { label: 'error (fails)', className: 'fail' },
            { label: 'warning', className: 'warn' },
        ],
    });
}
function validate_schema_missingChart(profiles) {
    const rows = profiles.filter((p) => p.missing > 0 || p.allowedMissingShare !== undefined);
    if (rows.length === 0)
        return undefined;
    const { shown } = capped(rows, validate_schema_MAX_ROWS);
    const share = (p) => (p.rows ? p.missing / p.rows : 0);
    const top = Math.max(...shown.map((p) => Math.max(share(p), p.allowedMissingShare ?? 0)), 0.01);
    const label = (p) => (p.file ? `${p.column} (${p.file})` : p.column);
    return plot({
        title: 'Missing cells per column against the contract',
        x: { type: 'linear', title: 'share of missing cells', domain: [0, top * 1.1], format: (v) => pct(v, top < 0.05 ? 1 : 0) },
        y: { type: 'band', title: 'column', labels: shown.map(label) },
        layers: [
            bandBars(shown.map(share), (i) => {
                const p = shown[i];
                return p.allowedMissingShare !== undefined && share(p) > p.allowedMissingShare ? 'fail' : 's1';
            }),
            bandMarks(shown.flatMap((p, i) => p.allowedMissingShare === undefined ? [] : [{ band: i, value: p.allowedMissingShare, className: 'muted', title: p.allowedMissingShare === 0 ? 'not null' : `at most ${pct(p.allowedMissingShare)}` }])),
            labels(shown.map((p, i) => ({ x: share(p), y: i, text: `${groupThousands(p.missing)} of ${groupThousands(p.rows)}`, dx: 4, dy: 4 }))),
        ],
        legend: [
            { label: 'within the contract', className: 's1' },
            { label: 'over the contract', className: 'fail' },
            { label: 'allowed share (0: not null)', className: 'muted', shape: 'line' },
        ],
    });
}
/**
 * Observed ranges drawn in the contract's own frame: 0 is the contract's
 * minimum and 1 its maximum, so columns of any unit share one axis. A column
 * with one bound is scaled by its observed range from that bound.
 */
function rangeChart(profiles) {
    const rows = profiles.filter((p) => p.min !== undefined && p.max !== undefined && (p.allowedMin !== undefined || p.allowedMax !== undefined));
    if (rows.length === 0)
        return undefined;
    const { shown } = capped(rows, validate_schema_MAX_ROWS);
    const frame = (p) => {
        const lo = p.allowedMin ?? Math.min(p.min, p.allowedMax);
        const hi = p.allowedMax ?? Math.max(p.max, p.allowedMin);
        const span = hi - lo || Math.abs(hi) || 1;
        return (v) => (v - lo) / span;
    };
    const positions = shown.map((p) => {
        const f = frame(p);
        return { lo: f(p.min), hi: f(p.max) };
    });
    const lo = Math.min(-0.1, ...positions.map((q) => q.lo));
    const hi = Math.max(1.1, ...positions.map((q) => q.hi));
    const outside = (p) => (p.allowedMin !== undefined && p.min < p.allowedMin) || (p.allowedMax !== undefined && p.max > p.allowedMax);
    return plot({
        title: 'Observed value range against the contract',
        x: { type: 'linear', title: "position in the contract's range (0 = its min, 1 = its max)", domain: [lo, hi] },
        y: { type: 'band', title: 'column', labels: shown.map((p) => (p.file ? `${p.column} (${p.file})` : p.column)) },
        layers: [
            bandSpans(shown.map((p, i) => ({
                band: i,
                from: p.allowedMin !== undefined ? 0 : -Infinity,
                to: p.allowedMax !== undefined ? 1 : Infinity,
                className: 'band',
            }))),
            rule('x', 0, 'muted'),
            rule('x', 1, 'muted'),
            intervals(shown.map((p, i) => ({
                band: i,
                estimate: null,
                low: positions[i].lo,
                high: positions[i].hi,
                className: outside(p) ? 'fail' : 's1',
                title: `${p.column}: ${fmt(p.min)} to ${fmt(p.max)}; contract ${p.allowedMin !== undefined ? fmt(p.allowedMin) : '−∞'} to ${p.allowedMax !== undefined ? fmt(p.allowedMax) : '∞'}`,
            }))),
            labels(shown.map((p, i) => ({ x: positions[i].hi, y: i, text: `${fmt(p.min, 3)} … ${fmt(p.max, 3)}`, dx: 6, dy: 4 }))),
        ],
        legend: [
            { label: 'allowed by the contract', className: 'band' },
            { label: 'observed min … max', className: 's1', shape: 'line' },
            { label: 'outside the contract', className: 'fail', shape: 'line' },
        ],
    });
}
function validateSchemaSections(report) {
    const sections = [];
    const files = arrayOf(report.files);
    const contract = report.contract;
    const intro = paragraph(`${files.length === 1 ? `${files[0].file}: ${groupThousands(files[0].rows)} rows, ${files[0].columns} columns` : `${files.length} files, ${groupThousands(files.reduce((s, f) => s + f.rows, 0))} rows`}${contract ? `, checked against ${contract.path} (${contract.format})` : ''}.`);
    const violations = violationChart(report);
    const bad = report.checks.filter((c) => c.verdict !== 'pass').length;
    sections.push({
        id: 'rules',
        title: 'Rules',
        html: intro + paragraph(`${report.checks.length - bad} of ${report.checks.length} rules hold.`) + (violations ? figures([figure(violations)]) : paragraph('Every rule holds: no offending rows.')),
    });
    const profiles = arrayOf(report.charts?.columns);
    const missing = validate_schema_missingChart(profiles);
    const ranges = rangeChart(profiles);
    if (missing || ranges) {
        sections.push({
            id: 'columns',
            title: 'Columns against the contract',
            html: figures([...(missing ? [figure(missing)] : []), ...(ranges ? [figure(ranges, 'Hover a range for its values and bounds.')] : [])]) +
                (profiles.length > validate_schema_MAX_ROWS ? note(`The first ${validate_schema_MAX_ROWS} columns are drawn; the JSON report has all.`) : ''),
        });
    }
    if (files.length > 1) {
        sections.push({ id: 'files', title: `Files (${files.length})`, html: table(['File', 'Rows', 'Columns'], files.map((f) => [f.file, f.rows, f.columns]), 'lrr') });
    }
    return sections;
}

;// CONCATENATED MODULE: ./src/html/index.ts








const SECTIONS = {
    'validate-schema': validateSchemaSections,
    'drift-check': driftSections,
    'performance-gate': performanceSections,
    'fairness-gate': fairnessSections,
    'register-model': registerModelSections,
    'canary-decision': canarySections,
};
function renderHtmlReport(gate, report, conclusion) {
    resetIds();
    const sections = SECTIONS[gate.name]?.(report) ?? [];
    return page({ gate: gate.name, title: gate.title, report, conclusion, sections });
}


/***/ }),

/***/ 39172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zl: () => (/* binding */ normalQuantile),
  nG: () => (/* binding */ normalSf)
});

// UNUSED EXPORTS: normalCdf, normalPdf

// EXTERNAL MODULE: ./src/stats/special/regularized-gamma.ts
var regularized_gamma = __webpack_require__(91121);
;// CONCATENATED MODULE: ./src/stats/special/erf.ts
/**
 * Error function and its complement, through the incomplete gamma function:
 *   erf(x)  = sign(x) · P(1/2, x²)
 *   erfc(x) = Q(1/2, x²) for x ≥ 0, and 2 − erfc(−x) for x < 0
 * (Abramowitz & Stegun 7.1.1 with 6.5.16), so that erfc keeps its relative
 * accuracy far into the tail, where 1 − erf(x) would round to zero.
 */

function erf(x) {
    if (Number.isNaN(x))
        return NaN;
    if (x === 0)
        return x;
    const v = regularizedGammaP(0.5, x * x);
    return x < 0 ? -v : v;
}
function erfc(x) {
    if (Number.isNaN(x))
        return NaN;
    if (x < 0)
        return 2 - (0,regularized_gamma/* regularizedGammaQ */.j)(0.5, x * x);
    return (0,regularized_gamma/* regularizedGammaQ */.j)(0.5, x * x);
}

;// CONCATENATED MODULE: ./src/stats/distributions/normal.ts
/**
 * The normal distribution N(μ, σ²): cdf, survival function and quantile
 * (scipy.stats.norm.cdf / sf / ppf).
 *
 *   Φ(z) = ½ erfc(−z/√2),  1 − Φ(z) = ½ erfc(z/√2)
 *
 * The quantile starts from Abramowitz & Stegun 26.2.23 (|error| < 4.5e-4)
 * and refines with Halley steps on the exact cdf, which reach full double
 * precision in two or three steps. The tail nearer to p is used so that
 * tiny probabilities keep their relative accuracy.
 */

const SQRT2 = Math.SQRT2;
const SQRT_2PI = Math.sqrt(2 * Math.PI);
function normalCdf(x, mean = 0, sd = 1) {
    return 0.5 * erfc(-(x - mean) / (sd * SQRT2));
}
function normalSf(x, mean = 0, sd = 1) {
    return 0.5 * erfc((x - mean) / (sd * SQRT2));
}
function normalPdf(x, mean = 0, sd = 1) {
    const z = (x - mean) / sd;
    return Math.exp(-0.5 * z * z) / (sd * SQRT_2PI);
}
/** Lower-tail standard normal quantile for 0 < p ≤ 0.5. */
function lowerQuantile(p) {
    const t = Math.sqrt(-2 * Math.log(p));
    let x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
    for (let i = 0; i < 6; i++) {
        const e = normalCdf(x) - p;
        const u = e * SQRT_2PI * Math.exp(0.5 * x * x);
        const step = u / (1 + 0.5 * x * u);
        x -= step;
        if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(x)))
            break;
    }
    return x;
}
function normalQuantile(p, mean = 0, sd = 1) {
    if (Number.isNaN(p) || p < 0 || p > 1)
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    const z = p <= 0.5 ? lowerQuantile(p) : -lowerQuantile(1 - p);
    return mean + sd * z;
}


/***/ }),

/***/ 25581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ logGamma),
/* harmony export */   l: () => (/* binding */ logBeta)
/* harmony export */ });
/**
 * Natural logarithm of the gamma function, ln Γ(x), for x > 0.
 *
 * Lanczos approximation with g = 7 and nine coefficients (Lanczos 1964;
 * the coefficient set popularised by Numerical Recipes, 3rd ed., §6.1 and
 * Godfrey's tables), with the reflection formula Γ(x)Γ(1−x) = π / sin(πx)
 * for x < 0.5. Relative error about 1e-15 away from the zeros at 1 and 2.
 */
const G = 7;
const C = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
function logGamma(x) {
    if (Number.isNaN(x))
        return NaN;
    if (x <= 0 && Number.isInteger(x))
        return Infinity;
    if (x < 0.5) {
        // Reflection: ln Γ(x) = ln π − ln |sin πx| − ln Γ(1 − x)
        return Math.log(Math.PI) - Math.log(Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    const z = x - 1;
    let a = C[0];
    const t = z + G + 0.5;
    for (let i = 1; i < G + 2; i++)
        a += C[i] / (z + i);
    return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
function logBeta(a, b) {
    return logGamma(a) + logGamma(b) - logGamma(a + b);
}


/***/ }),

/***/ 91121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ regularizedGammaQ)
/* harmony export */ });
/* unused harmony export regularizedGammaP */
/* harmony import */ var _log_gamma_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25581);
/**
 * Regularized incomplete gamma functions
 *   P(a, x) = γ(a, x) / Γ(a)  (lower)   and   Q(a, x) = 1 − P(a, x)  (upper),
 * for a > 0, x ≥ 0; scipy.special.gammainc and gammaincc.
 *
 * For x < a + 1 the power series of γ converges fast; otherwise the
 * continued fraction for Γ(a, x), evaluated with the modified Lentz method
 * (Numerical Recipes, 3rd ed., §6.2). Each side computes its own tail
 * directly, so a tiny Q is not lost to cancellation in 1 − P.
 */

const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITER = 100_000;
/** P(a, x) by its series; only accurate for x < a + 1. */
function lowerSeries(a, x) {
    let ap = a;
    let sum = 1 / a;
    let del = sum;
    for (let n = 0; n < MAX_ITER; n++) {
        ap += 1;
        del *= x / ap;
        sum += del;
        if (Math.abs(del) < Math.abs(sum) * EPS)
            break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - (0,_log_gamma_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .S)(a));
}
/** Q(a, x) by its continued fraction; only accurate for x ≥ a + 1. */
function upperFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < MAX_ITER; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const del = d * c;
        h *= del;
        if (Math.abs(del - 1) < EPS)
            break;
    }
    return Math.exp(-x + a * Math.log(x) - (0,_log_gamma_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .S)(a)) * h;
}
function regularizedGammaP(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0)
        return NaN;
    if (x === 0)
        return 0;
    if (x === Infinity)
        return 1;
    return x < a + 1 ? lowerSeries(a, x) : 1 - upperFraction(a, x);
}
function regularizedGammaQ(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0)
        return NaN;
    if (x === 0)
        return 1;
    if (x === Infinity)
        return 0;
    return x < a + 1 ? 1 - lowerSeries(a, x) : upperFraction(a, x);
}


/***/ })

};
