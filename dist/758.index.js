export const id = 758;
export const ids = [758];
export const modules = {

/***/ 14888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ defineGate)
/* harmony export */ });
/** Identity helper that keeps a gate's input type. */
function defineGate(gate) {
    return gate;
}


/***/ }),

/***/ 96476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ makeReport)
/* harmony export */ });
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88557);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79478);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83323);



/**
 * Assemble a report. The verdict is decided here, once: the worst check
 * verdict, unless a gate whose verdict is not a plain aggregate
 * (canary-decision) passes its own. The summary line is that verdict followed
 * by the gate's reason, which may depend on the verdict; nothing else writes
 * a verdict word into the summary.
 *
 * The inputs recorded here are replaced by the run path with the effective
 * inputs, redacted of secrets (src/run/run-gate.ts).
 */
function makeReport(parts) {
    const verdict = parts.verdict ?? (0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .worstVerdict */ .zP)(parts.checks.map((c) => c.verdict));
    const reason = typeof parts.reason === 'function' ? parts.reason(verdict) : parts.reason;
    return {
        schemaVersion: _report_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_SCHEMA_VERSION */ .WI,
        gate: parts.gate,
        verdict,
        summary: `${verdict}: ${reason}`,
        tool: { name: 'modelgate', version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x },
        createdAt: new Date().toISOString(),
        inputs: parts.inputs,
        checks: parts.checks,
        ...parts.sections,
    };
}


/***/ }),

/***/ 83323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** modelgate's version, kept equal to package.json's by a test. */
const VERSION = '0.1.0';


/***/ }),

/***/ 47259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Py: () => (/* binding */ LEGEND_START),
/* harmony export */   S9: () => (/* binding */ barChart),
/* harmony export */   nF: () => (/* binding */ niceCeil)
/* harmony export */ });
/* unused harmony exports mermaidText, sparkline */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42495);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45714);
/**
 * Charts that tell the truth, or none (issue #12). GitHub draws Mermaid's
 * `xychart-beta` in comments and job summaries; its limits decide the rules:
 *
 * - One bar series per chart: several bar series are drawn on top of each
 *   other at the same x, so the one behind hides. Other series are lines (a
 *   threshold, a baseline, the reference distribution), each in its own
 *   colour and named in a legend under the chart, since xychart draws none.
 * - The value axis starts at zero. Bars below zero would be drawn up from the
 *   axis's bottom, which misleads, so a chart of negative values is a table.
 * - A chart carries at least three numbers (bars); fewer is a table.
 * - Labels survive Mermaid's own escaping: Mermaid writes "<" as the text
 *   "&lt;" into the picture, and its title font lacks "−" and "≤", so those
 *   are replaced by look-alikes; quotes and brackets that would end a label
 *   are replaced too.
 */


/** A label, title or category as Mermaid shows it faithfully (see above). */
function mermaidText(s, max = 60) {
    const t = s
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/["`]/g, "'")
        .replace(/\[/g, '(')
        .replace(/\]/g, ')')
        .replace(/<=/g, '‹=')
        .replace(/>=/g, '≥')
        .replace(/≤/g, '‹=')
        .replace(/</g, '‹')
        .replace(/>/g, '›')
        .replace(/\u2212/g, '-')
        // Mermaid reads `%%{init: …}%%` directives and `%%` comments anywhere in a
        // diagram, and `#name;` / `#123;` as entity codes in a label (#17 item 5).
        .replace(/%(?=%)/g, '% ')
        .replace(/#(?=#?[A-Za-z0-9]+;)/g, '# ')
        // A fenced block mentions nobody, but a copy of its text elsewhere might.
        .replace(/@/g, '@\u200b')
        // "&lt;" in the data would be read by Mermaid as an entity: keep it text.
        .replace(/&(?=#?[A-Za-z0-9]+;)/g, '& ');
    return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
/** The smallest "nice" number (1, 2, 2.5, 5 × 10^k) at or above x: the top of an axis. */
function niceCeil(x) {
    if (!(x > 0))
        return 1;
    const p = 10 ** Math.floor(Math.log10(x));
    for (const m of [1, 2, 2.5, 5, 10])
        if (m * p >= x * (1 - 1e-12))
            return Number((m * p).toPrecision(12));
    return 10 * p;
}
/**
 * xychart colours its plots in order from this palette: the bars, then each
 * line. The legend under a chart names them with the square emoji of the
 * same colour (xychart draws no legend of its own), so the colours are set
 * here rather than left to the theme, whose first colour is a pale lilac.
 */
const PALETTE = [
    { color: '#3b82f6', square: '🟦' },
    { color: '#f4900c', square: '🟧' },
    { color: '#57606a', square: '⬛' },
    { color: '#16a34a', square: '🟩' },
];
/** How a chart's legend line begins (the terminal drops it with its chart). */
const LEGEND_START = `${PALETTE[0].square} bars: `;
function expand(values, n) {
    return typeof values === 'number' ? Array.from({ length: n }, () => values) : values;
}
/**
 * A Mermaid bar chart under the rules above, or a Markdown table of the same
 * numbers when a chart would not tell the truth (fewer than three bars, a
 * negative or non-finite value). A named series gets a legend line under
 * the chart.
 */
function barChart(c) {
    const n = c.categories.length;
    const lines = [];
    if (c.line !== undefined)
        lines.push({ name: c.lineName ?? 'line', values: expand(c.line, n) });
    for (const l of c.lines ?? [])
        lines.push({ name: l.name, values: expand(l.values, n) });
    lines.splice(PALETTE.length - 1);
    const all = [...c.bars, ...lines.flatMap((l) => l.values)];
    const chartable = c.bars.length >= 3 && all.every((v) => Number.isFinite(v) && v >= 0);
    if (!chartable)
        return chartTable(c, lines);
    const top = c.yMax ?? niceCeil(Math.max(...all));
    const value = (v) => String(Number(v.toPrecision(4)));
    const out = [
        '```mermaid',
        '---',
        'config:',
        '  themeVariables:',
        '    xyChart:',
        `      plotColorPalette: "${PALETTE.map((p) => p.color).join(', ')}"`,
        '---',
        'xychart-beta',
        `  title "${mermaidText(c.title, 90)}"`,
        `  x-axis "${mermaidText(c.xLabel)}" [${c.categories.map((x) => `"${mermaidText(x, 24)}"`).join(', ')}]`,
        `  y-axis "${mermaidText(c.yLabel)}" 0 --> ${value(top)}`,
        `  bar [${c.bars.map(value).join(', ')}]`,
        ...lines.map((l) => `  line [${l.values.map(value).join(', ')}]`),
        '```',
    ];
    const named = c.barName !== undefined || c.lineName !== undefined || (c.lines?.length ?? 0) > 0;
    if (named) {
        const legend = [`${LEGEND_START}${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(c.barName ?? c.yLabel)}`, ...lines.map((l, i) => `${PALETTE[i + 1].square} line: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(l.name)}`)];
        out.push(legend.join(' · '));
    }
    return out.join('\n');
}
function chartTable(c, lines) {
    const f = c.format ?? ((v) => (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(v));
    const header = [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(c.xLabel), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(c.barName ?? c.yLabel), ...lines.map((l) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(l.name))];
    const rows = c.categories.map((cat, i) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(cat), f(c.bars[i]), ...lines.map((l) => f(l.values[i]))]);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(header, rows, ['l', ...header.slice(1).map(() => 'r')]);
}
const SPARK = '▁▂▃▄▅▆▇█';
/** A one-line sparkline of non-negative values (the terminal's stand-in for a chart). */
function sparkline(values, max) {
    let top = max ?? 0;
    if (max === undefined)
        for (let i = 0; i < values.length; i++)
            top = Math.max(top, values[i]);
    let out = '';
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        out += top > 0 && v > 0 ? SPARK[Math.min(SPARK.length - 1, Math.floor((v / top) * (SPARK.length - 1) + 0.5))] : ' ';
    }
    return out;
}


/***/ }),

/***/ 62752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ byVerdict),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   _f: () => (/* binding */ collapsedSections),
/* harmony export */   f9: () => (/* binding */ findingsTable),
/* harmony export */   hm: () => (/* binding */ worstOf)
/* harmony export */ });
/* unused harmony export SHOWN_FINDINGS */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42495);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45714);


/** Shown in the open; the rest is collapsed. */
const SHOWN_FINDINGS = 5;
const RANK = { pass: 0, insufficient: 1, warn: 2, fail: 3 };
/** The worst of some check verdicts: the icon of a finding that stands for several checks. */
function worstOf(verdicts) {
    let worst = 'pass';
    for (const v of verdicts)
        if (RANK[v] > RANK[worst])
            worst = v;
    return worst;
}
/** Sorts findings worst first, keeping the gate's order among equals. */
function byVerdict(items, verdict) {
    return items
        .map((item, i) => ({ item, i }))
        .sort((a, b) => RANK[verdict(b.item)] - RANK[verdict(a.item)] || a.i - b.i)
        .map((x) => x.item);
}
/**
 * A findings table: the first `shown` rows in the open, the rest in a
 * collapsed section titled `more(n)`. Cells must already be escaped.
 */
function findingsTable(header, rows, options = {}) {
    const shown = options.shown ?? SHOWN_FINDINGS;
    const open = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(header, rows.slice(0, shown), options.align);
    if (rows.length <= shown)
        return open;
    const n = rows.length - shown;
    const title = options.more?.(n) ?? `${n} more finding${n === 1 ? '' : 's'}`;
    return `${open}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(title, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(header, rows.slice(shown), options.align))}`;
}
/** "1 rule" / "2 rules". */
function plural(n, word, many = `${word}s`) {
    return `${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .groupDigits */ .K9)(n)} ${n === 1 ? word : many}`;
}
/**
 * The collapsed part of a report: one <details> per section, or on a pass
 * all of them in one, so that a passing report is its headline and one
 * collapsed block (issue #12).
 */
function collapsedSections(sections, passing, passTitle) {
    const list = sections.filter((s) => s.body.trim());
    if (!list.length)
        return '';
    if (passing && list.length > 1)
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(passTitle, list.map((s) => `**${s.title}**\n\n${s.body}`).join('\n\n'));
    return list.map((s) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(s.title, s.body)).join('\n\n');
}


/***/ }),

/***/ 42495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kk: () => (/* binding */ icon),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   bu: () => (/* reexport safe */ _numbers_js__WEBPACK_IMPORTED_MODULE_1__.bu),
/* harmony export */   h8: () => (/* binding */ htmlCode),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* harmony import */ var _core_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79478);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45714);
/**
 * Markdown building blocks for job summaries and PR comments.
 *
 * Every value that comes from data or configuration (column names, category
 * values, file names) goes through `text()` or `code()`: Markdown and HTML
 * are escaped, and `@name` is broken with a zero-width space so that a
 * column called "@security-team" pings nobody.
 */

// Numbers are written one way everywhere (numbers.ts); re-exported for the gates' renderers.

// Characters that start Markdown emphasis, code, links, tables, strikethrough
// or HTML anywhere in a line; line-start markers (#, -, 1.) cannot occur
// because values are inlined after other text.
const MD_SPECIAL = /[\\`*_[\]|<>&~$]/g;
const HTML_ENTITY = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };
/** Break @mentions and #references that GitHub would link. */
function defuse(s) {
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
function text(value) {
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
function code(value) {
    const s = (value === null || value === undefined ? '' : String(value)).replace(LINE_BREAK, ' ');
    if (/[`|<>]/.test(s))
        return `<code>${text(s)}</code>`;
    return `\`${defuse(s)}\``;
}
function icon(verdict) {
    return _core_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICT_ICON */ .YY[verdict];
}
/** A GitHub-flavoured Markdown table; cells must already be escaped. */
function table(header, rows, align) {
    if (rows.length === 0)
        return '';
    const sep = header.map((_, i) => {
        const a = align?.[i] ?? 'l';
        return a === 'r' ? '---:' : a === 'c' ? ':---:' : '---';
    });
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(sep), ...rows.map(line)].join('\n');
}
/**
 * A data value inside raw HTML whose content GitHub does not read as
 * Markdown, such as a <details>' <summary>: there a backslash escape would
 * show, so only HTML is escaped (and mentions broken). `htmlCode` wraps it
 * in <code>, as `code()` does in Markdown.
 */
function htmlText(value) {
    const s = value === null || value === undefined ? '' : String(value);
    return defuse(s.replace(LINE_BREAK, ' ').replace(/[<>&"]/g, (ch) => HTML_ENTITY[ch] ?? '&quot;'));
}
function htmlCode(value) {
    return `<code>${htmlText(value)}</code>`;
}
/** A collapsible section; `summary` is HTML (see htmlText), not Markdown. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}


/***/ }),

/***/ 45714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K9: () => (/* binding */ groupDigits),
/* harmony export */   Nw: () => (/* binding */ rowRanges),
/* harmony export */   Oe: () => (/* binding */ pct),
/* harmony export */   Px: () => (/* binding */ numBeside),
/* harmony export */   U0: () => (/* binding */ pPhrase),
/* harmony export */   Wm: () => (/* binding */ decimalsFor),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   kF: () => (/* binding */ pctDecimals),
/* harmony export */   qY: () => (/* binding */ withInterval),
/* harmony export */   sp: () => (/* binding */ pValue),
/* harmony export */   x8: () => (/* binding */ signed)
/* harmony export */ });
/* unused harmony exports MINUS, fixed, estimateText */
/**
 * Numbers as every report writes them, one way (issue #12):
 * - three significant figures in prose and tables (`num`);
 * - one minus sign, U+2212 "−", never the hyphen;
 * - en-US thousands separators ("1,234,567");
 * - rates as percentages (`pct`);
 * - a value and its interval with the same number of decimals (`withInterval`);
 * - p-values below 0.001 as "< 0.001" (`pValue`).
 *
 * Whole numbers (counts, row numbers) are written exactly.
 */
const MINUS = '\u2212';
/**
 * A whole number below 10^15 in magnitude with en-US thousands separators
 * ("1,234,567", "-1,234", "-0"), written out rather than by Intl: the first
 * Intl.NumberFormat of a process loads ICU's locale data (about 12 ms,
 * measured) and toLocaleString builds a new formatter per call (about 30 µs),
 * while a report formats hundreds of counts. test/render checks it against
 * Intl's en-US output (hence the ASCII hyphen here; `num` writes "−").
 */
function groupDigits(value) {
    if (Object.is(value, -0))
        return '-0';
    const digits = String(Math.abs(value));
    let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
    for (let i = out.length; i < digits.length; i += 3)
        out += `,${digits.slice(i, i + 3)}`;
    return value < 0 ? `-${out}` : out;
}
/** The hyphen-minus of JavaScript's number text as the minus sign. */
function minus(s) {
    return s.replace(/-/g, MINUS);
}
/** Digits before the decimal point grouped by thousands: "12345.6" → "12,345.6". */
function groupText(s) {
    const neg = s.startsWith('-');
    const body = neg ? s.slice(1) : s;
    const dot = body.indexOf('.');
    const whole = dot < 0 ? body : body.slice(0, dot);
    const frac = dot < 0 ? '' : body.slice(dot);
    const grouped = whole.length > 3 ? groupDigits(Number(whole)) : whole;
    return `${neg ? '-' : ''}${grouped}${frac}`;
}
/**
 * Decimals that show `sig` significant figures of the largest magnitude among
 * `values` (0 for 100 and up at three figures). Used so that a value and its
 * interval share one precision: 0.0875 in [−0.104, −0.0700] → 3 decimals.
 */
function decimalsFor(values, sig = 3) {
    let top = 0;
    for (const v of values)
        if (v !== null && v !== undefined && Number.isFinite(v))
            top = Math.max(top, Math.abs(v));
    if (top === 0)
        return sig - 1;
    return Math.min(12, Math.max(0, sig - 1 - Math.floor(Math.log10(top))));
}
/** A number with a fixed number of decimals, grouped, with the minus sign; −0.000 is written 0.000. */
function fixed(value, decimals) {
    if (value === null || value === undefined)
        return '–';
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : `${MINUS}∞`;
    let s = value.toFixed(decimals);
    if (/^-0(\.0*)?$/.test(s))
        s = s.slice(1);
    return minus(groupText(s));
}
/**
 * A number for a report: `digits` significant figures (three unless told),
 * whole numbers below 10^15 exactly; magnitudes below 10^−4 or from 10^15 in
 * exponent form ("1.50e−7").
 */
function num(value, digits = 3) {
    if (value === null || value === undefined)
        return '–';
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : `${MINUS}∞`;
    if (Object.is(value, -0))
        return '0';
    if (Number.isInteger(value) && Math.abs(value) < 1e15)
        return minus(groupDigits(value));
    const abs = Math.abs(value);
    if (abs < 1e-4 || abs >= 1e15)
        return minus(value.toExponential(digits - 1).replace('e+', 'e'));
    // toPrecision then Number drops trailing zeros ("0.500" → "0.5"); a large
    // value rounds to a whole number ("12345.6" → "12300").
    const rounded = Number(value.toPrecision(digits));
    return minus(groupText(String(rounded)));
}
/**
 * A value shown next to the limit it is judged against, with as many
 * significant figures as it takes (three at least, ten at most) not to read
 * as the limit itself: 99.01 against "≤ 99" is "99.01", never "99".
 */
function numBeside(value, limit) {
    let digits = 3;
    while (limit !== null && digits < 10 && value !== limit && Number(value.toPrecision(digits)) === limit)
        digits++;
    return num(value, digits);
}
/** A signed difference: "+0.031", "−0.128", "±0" for exactly zero. */
function signed(value, decimals) {
    if (value === null || value === undefined)
        return '–';
    const body = decimals === undefined ? num(Math.abs(value)) : fixed(Math.abs(value), decimals);
    if (value > 0)
        return `+${body}`;
    if (value < 0)
        return `${MINUS}${body}`;
    return `±${body}`;
}
/**
 * A share as a percentage: one decimal from 1% up ("14.2%", "2.6%"), two
 * significant figures below ("0.35%"). `decimals` fixes the decimals, so two
 * shares side by side can match.
 */
function pct(value, decimals) {
    if (value === null || value === undefined || !Number.isFinite(value))
        return '–';
    const p = value * 100;
    return `${fixed(p, decimals ?? pctDecimals([value]))}%`;
}
/** The decimals `pct` uses for all of `values` together (the smallest non-zero magnitude decides). */
function pctDecimals(values) {
    let low = Infinity;
    for (const v of values)
        if (v !== null && v !== undefined && Number.isFinite(v) && v !== 0)
            low = Math.min(low, Math.abs(v * 100));
    if (low === Infinity || low >= 1)
        return 1;
    return Math.min(6, 1 - Math.floor(Math.log10(low)));
}
/** A p-value: "< 0.001" below 0.001, otherwise three significant figures ("0.0495", "0.121"). */
function pValue(p) {
    if (p === null || p === undefined || Number.isNaN(p))
        return '–';
    if (p < 0.001)
        return '< 0.001';
    return num(p);
}
/** "p < 0.001" or "p = 0.121": the p-value as a phrase. */
function pPhrase(p) {
    const v = pValue(p);
    return v.startsWith('<') ? `p ${v}` : `p = ${v}`;
}
/**
 * An estimate and its interval with one precision (three significant figures
 * of the largest magnitude among the three). When the estimate lies outside
 * its interval (a percentile bootstrap of a skewed statistic can do that),
 * `outside` says so, so that no cell shows it without a word.
 */
function withInterval(estimate, low, high, options = {}) {
    const scale = options.percent ? 100 : 1;
    const e = estimate === null || estimate === undefined ? null : estimate * scale;
    const lo = low === null || low === undefined ? null : low * scale;
    const hi = high === null || high === undefined ? null : high * scale;
    const d = options.percent ? pctDecimals([estimate, low, high]) : decimalsFor([e, lo, hi]);
    const one = (x, withSign) => {
        if (x === null)
            return '–';
        const t = withSign ? signed(x, d) : fixed(x, d);
        return options.percent ? `${t}%` : t;
    };
    // Exactly zero throughout (a shift of 0 in [0, 0]) is written 0, not 0.00.
    if (e === 0 && (lo === null || lo === 0) && (hi === null || hi === 0)) {
        const zero = options.percent ? '0%' : '0';
        return { value: zero, interval: lo === null || hi === null ? '' : `${zero} to ${zero}` };
    }
    const value = one(e, !!options.signed);
    if (lo === null || hi === null)
        return { value, interval: '' };
    const interval = `${one(lo, !!options.signed && lo > 0)} to ${one(hi, !!options.signed && hi > 0)}`;
    const out = { value, interval };
    if (e !== null && Number.isFinite(e) && (e < lo || e > hi))
        out.outside = 'the estimate is outside its interval: the bootstrap of this statistic is skewed';
    return out;
}
/** "−0.128 (95% CI −0.154 to −0.103)", with the reason when the estimate lies outside its interval. */
function estimateText(estimate, low, high, confidence, options = {}) {
    const t = withInterval(estimate, low, high, options);
    if (!t.interval)
        return t.value;
    return `${t.value} (${num(confidence * 100)}% CI ${t.interval}${t.outside ? `; ${t.outside}` : ''})`;
}
/** Row numbers as short ranges: [120, 121, 122, 42] → "120–122, 42". */
function rowRanges(rows, max = 6) {
    const parts = [];
    let i = 0;
    while (i < rows.length && parts.length < max) {
        let j = i;
        while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1)
            j++;
        parts.push(j > i ? `${groupDigits(rows[i])}–${groupDigits(rows[j])}` : groupDigits(rows[i]));
        i = j + 1;
    }
    const text = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? '');
    return i < rows.length ? `${parts.join(', ')}, …` : text;
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

/***/ 39671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ mannWhitneyExactCdf)
/* harmony export */ });
/**
 * Exact null distribution of the Mann–Whitney U statistic, for samples of
 * sizes m and n without ties: P(U ≤ k).
 *
 * Definition: under H0 every one of the C(m+n, m) ways to choose which
 * ranks belong to the first sample is equally likely; U counts the pairs
 * (x, y) with x > y. The number of arrangements giving U = k is the
 * coefficient of q^k in the Gaussian binomial coefficient
 *   [m+n choose m]_q = Π_{i=1..m} (1 − q^{n+i}) / (1 − q^i)
 * (Andrews, "The Theory of Partitions", 1976, Thm 3.1; Di Bucchianico 1999,
 * Thm 2.5 gives the equivalent recurrence scipy uses). Multiplying by each
 * (1 − q^{n+i}) and dividing by each (1 − q^i) in turn is O(min(m,n) · k):
 * only coefficients up to k are needed, because each step reads lower
 * coefficients only.
 *
 * References:
 * - H. B. Mann, D. R. Whitney, "On a test of whether one of two random
 *   variables is stochastically larger than the other", Ann. Math. Statist.
 *   18 (1947) 50–60.
 * - A. Di Bucchianico, "Combinatorics, computer algebra, and the
 *   Wilcoxon–Mann–Whitney test", J. Statist. Plann. Inference 79 (1999) 349–364.
 */
function mannWhitneyExactCdf(k, m, n) {
    const mn = m * n;
    if (k < 0)
        return 0;
    if (k >= mn)
        return 1;
    k = Math.floor(k);
    // The distribution is symmetric about mn/2: sum the shorter side.
    if (k > mn / 2)
        return 1 - mannWhitneyExactCdf(mn - k - 1, m, n);
    const small = Math.min(m, n);
    const large = Math.max(m, n);
    const c = new Float64Array(k + 1);
    c[0] = 1;
    for (let i = 1; i <= small; i++) {
        const drop = large + i;
        for (let j = k; j >= drop; j--)
            c[j] -= c[j - drop];
        for (let j = i; j <= k; j++)
            c[j] += c[j - i];
    }
    let count = 0;
    for (let j = 0; j <= k; j++)
        count += c[j];
    // C(m+n, m) as a running product keeps full relative precision.
    let total = 1;
    for (let i = 1; i <= small; i++)
        total = (total * (large + i)) / i;
    return Math.min(1, count / total);
}


/***/ }),

/***/ 67495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ mannWhitneyU)
/* harmony export */ });
/* harmony import */ var _distributions_normal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39172);
/* harmony import */ var _mann_whitney_exact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39671);
/**
 * Mann–Whitney U test (Wilcoxon rank-sum test) of two independent samples.
 *
 * Definition: with x of size n1 and y of size n2 ranked together (average
 * ranks for ties) and R1 the rank sum of x,
 *   U1 = R1 − n1(n1+1)/2   (the number of pairs with x > y, ties counting ½),
 *   U2 = n1·n2 − U1.
 * `statistic` is U1, as scipy reports it.
 *
 * p-value, as `scipy.stats.mannwhitneyu(x, y, method='auto')` (scipy 1.10):
 * - alternative 'greater' (x stochastically larger) uses U = U1, 'less'
 *   uses U = U2, 'two-sided' uses U = max(U1, U2) and doubles the tail;
 *   the result is clipped to [0, 1].
 * - exact: P(U' ≥ U) from the exact null distribution (see
 *   mann-whitney-exact.ts); no tie correction.
 * - asymptotic: z = (U − n1n2/2 − ½) / σ with the continuity correction ½
 *   (when `continuity`), σ² = n1n2/12 · ((N+1) − Σ(t³−t) / (N(N−1))) with
 *   N = n1+n2 and t the tie-group sizes; p = P(Z ≥ z).
 * - 'auto' takes exact when either sample has at most 8 values and there
 *   are no ties, asymptotic otherwise.
 * A NaN in either sample gives NaN results (scipy's nan_policy='propagate');
 * so does an empty sample.
 *
 * The ranks are not materialised: both samples are sorted and walked in
 * merged order, which gives R1 and the tie groups in O(N log N) with the
 * engine's native numeric sort.
 *
 * References:
 * - H. B. Mann, D. R. Whitney, Ann. Math. Statist. 18 (1947) 50–60.
 * - scipy.stats.mannwhitneyu, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.mannwhitneyu.html
 * - E. L. Lehmann, "Nonparametrics: Statistical Methods Based on Ranks",
 *   1975, §1.4 (tie correction of the variance).
 */


function sortedCopy(a) {
    const s = Float64Array.from(a);
    s.sort();
    return s;
}
/** R1 and Σ(t³ − t) of two ascending samples, walking them in merged order. */
function rankSumOfFirst(xs, ys) {
    let i = 0;
    let j = 0;
    let pos = 0;
    let r1 = 0;
    let tieTerm = 0;
    const n1 = xs.length;
    const n2 = ys.length;
    while (i < n1 || j < n2) {
        const v = i < n1 && (j >= n2 || xs[i] <= ys[j]) ? xs[i] : ys[j];
        let cx = 0;
        while (i < n1 && xs[i] === v) {
            i++;
            cx++;
        }
        let cy = 0;
        while (j < n2 && ys[j] === v) {
            j++;
            cy++;
        }
        const t = cx + cy;
        // The group occupies ranks pos+1 .. pos+t; each gets their mean.
        r1 += cx * (pos + (t + 1) / 2);
        if (t > 1)
            tieTerm += t * t * t - t;
        pos += t;
    }
    return { r1, tieTerm };
}
function hasNaN(a) {
    for (let i = 0; i < a.length; i++)
        if (Number.isNaN(a[i]))
            return true;
    return false;
}
function mannWhitneyU(x, y, options = {}) {
    const alternative = options.alternative ?? 'two-sided';
    const continuity = options.continuity ?? true;
    const n1 = x.length;
    const n2 = y.length;
    const requested = options.method ?? 'auto';
    if (n1 === 0 || n2 === 0 || hasNaN(x) || hasNaN(y)) {
        return { statistic: NaN, u2: NaN, pValue: NaN, method: requested === 'exact' ? 'exact' : 'asymptotic', z: null, n1, n2, tieTerm: NaN };
    }
    const xs = options.sorted && x instanceof Float64Array ? x : sortedCopy(x);
    const ys = options.sorted && y instanceof Float64Array ? y : sortedCopy(y);
    const { r1, tieTerm } = rankSumOfFirst(xs, ys);
    const u1 = r1 - (n1 * (n1 + 1)) / 2;
    const u2 = n1 * n2 - u1;
    const method = requested !== 'auto' ? requested : (n1 > 8 && n2 > 8) || tieTerm > 0 ? 'asymptotic' : 'exact';
    const u = alternative === 'greater' ? u1 : alternative === 'less' ? u2 : Math.max(u1, u2);
    const factor = alternative === 'two-sided' ? 2 : 1;
    let p;
    let z = null;
    if (method === 'exact') {
        // P(U' ≥ u) = P(U' ≤ n1n2 − u) by symmetry; scipy truncates u to an integer.
        p = (0,_mann_whitney_exact_js__WEBPACK_IMPORTED_MODULE_1__/* .mannWhitneyExactCdf */ .F)(n1 * n2 - Math.trunc(u), n1, n2);
    }
    else {
        const n = n1 + n2;
        const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
        const numerator = u - (n1 * n2) / 2 - (continuity ? 0.5 : 0);
        z = numerator / s;
        p = (0,_distributions_normal_js__WEBPACK_IMPORTED_MODULE_0__/* .normalSf */ .nG)(z);
    }
    p = Math.min(1, Math.max(0, p * factor));
    return { statistic: u1, u2, pValue: p, method, z, n1, n2, tieTerm };
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
