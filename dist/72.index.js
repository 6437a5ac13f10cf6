export const id = 72;
export const ids = [72];
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

/***/ 96502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ multinomial)
});

;// CONCATENATED MODULE: ./src/stats/random/binomial.ts
/**
 * An exact Binomial(n, p) random variate.
 *
 * Definition: P(X = k) = C(n, k) p^k (1 − p)^(n − k), k = 0..n.
 *
 * Method: for p > 1/2 the variate is n − Binomial(n, 1 − p). When n·p < 10
 * it is drawn by sequential inversion of the CDF (the expected number of
 * steps is n·p + 1). Otherwise it uses BTRS, Hörmann's transformed rejection
 * with squeeze: a candidate from a hat built on the transformed uniform is
 * accepted on a cheap squeeze (about 86% of the time) or on the exact
 * log-pmf ratio, so the expected cost is O(1) whatever n is. The log-pmf uses
 * exact log-factorials below 256 and the Stirling series above (error
 * below 1e-13).
 *
 * References: W. Hörmann, "The generation of binomial random variates",
 * Journal of Statistical Computation and Simulation 46 (1993) 101–110,
 * algorithm BTRS; L. Devroye, "Non-Uniform Random Variate Generation" (1986),
 * X.4 (inversion).
 */
function binomial(rng, n, p) {
    if (!(n >= 0) || !Number.isInteger(n))
        throw new RangeError(`binomial: n must be a non-negative integer, got ${n}`);
    if (!(p >= 0 && p <= 1))
        throw new RangeError(`binomial: p must be in [0, 1], got ${p}`);
    if (n === 0 || p === 0)
        return 0;
    if (p === 1)
        return n;
    if (p > 0.5)
        return n - binomialLow(rng, n, 1 - p);
    return binomialLow(rng, n, p);
}
/** p ≤ 1/2. */
function binomialLow(rng, n, p) {
    return n * p < 10 ? inversion(rng, n, p) : btrs(rng, n, p);
}
function inversion(rng, n, p) {
    const q = 1 - p;
    const s = p / q;
    const a = (n + 1) * s;
    const r0 = Math.exp(n * Math.log1p(-p));
    for (;;) {
        let r = r0;
        let u = rng.next();
        let x = 0;
        while (u > r) {
            u -= r;
            x++;
            if (x > n)
                break;
            r *= a / x - s;
        }
        if (x <= n)
            return x;
        // Rounding pushed u past the total mass: draw again.
    }
}
const LOG_FACT_TABLE = (() => {
    const t = new Float64Array(256);
    for (let k = 1; k < 256; k++)
        t[k] = t[k - 1] + Math.log(k);
    return t;
})();
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
/** log(k!) for a non-negative integer k. */
function logFactorial(k) {
    if (k < 256)
        return LOG_FACT_TABLE[k];
    const x = k + 1;
    const x2 = x * x;
    return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + (1 / 12 - (1 / 360 - 1 / (1260 * x2)) / x2) / x;
}
function btrs(rng, n, p) {
    const q = 1 - p;
    const spq = Math.sqrt(n * p * q);
    const b = 1.15 + 2.53 * spq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = n * p + 0.5;
    const vr = 0.92 - 4.2 / b;
    // The constants of the exact test are computed only when a candidate
    // reaches it (about one in seven): most draws end at the squeeze, and
    // these logarithms were most of a draw's cost.
    let alpha = Number.NaN;
    let lpq = Number.NaN;
    let m = 0;
    let h = Number.NaN;
    for (;;) {
        const u = rng.next() - 0.5;
        let v = rng.next();
        const us = 0.5 - Math.abs(u);
        const k = Math.floor(((2 * a) / us + b) * u + c);
        if (k < 0 || k > n)
            continue;
        if (us >= 0.07 && v <= vr)
            return k;
        if (h !== h) {
            alpha = (2.83 + 5.1 / b) * spq;
            lpq = Math.log(p / q);
            m = Math.floor((n + 1) * p);
            h = logFactorial(m) + logFactorial(n - m);
        }
        v = Math.log((v * alpha) / (a / (us * us) + b));
        if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq)
            return k;
    }
}

;// CONCATENATED MODULE: ./src/stats/random/multinomial.ts

/**
 * A Multinomial(n, probs) random vector, written into `out` (same length as
 * `probs`).
 *
 * Definition: the counts of n independent draws over k categories with
 * probabilities probs[0..k-1] (they are normalised by their sum, so counts
 * or weights may be passed).
 *
 * Method: conditional (sequential) binomials: X0 ~ Binomial(n, p0), then
 * X_i ~ Binomial(n − X0 − … − X_{i−1}, p_i / (p_i + … + p_{k−1})), and the last
 * category takes the rest. With an O(1) binomial sampler one vector costs
 * O(k), independent of n; this is what makes the bootstrap of a
 * confusion-matrix metric O(B × cells) instead of O(B × rows).
 *
 * References: L. Devroye, "Non-Uniform Random Variate Generation" (1986),
 * XI.1.2 (the conditional distribution method); numpy's
 * `Generator.multinomial` uses the same decomposition.
 */
function multinomial(rng, n, probs, out) {
    const k = probs.length;
    if (out.length < k)
        throw new RangeError('multinomial: out is shorter than probs');
    let total = 0;
    for (let i = 0; i < k; i++) {
        const p = probs[i];
        if (!(p >= 0) || !Number.isFinite(p))
            throw new RangeError(`multinomial: probability ${i} is ${p}`);
        total += p;
    }
    if (k === 0)
        return out;
    if (!(total > 0))
        throw new RangeError('multinomial: probabilities sum to zero');
    let remainingN = n;
    let remainingMass = total;
    for (let i = 0; i < k - 1; i++) {
        if (remainingN === 0) {
            out[i] = 0;
            continue;
        }
        const share = remainingMass > 0 ? Math.min(1, Math.max(0, probs[i] / remainingMass)) : 0;
        const x = binomial(rng, remainingN, share);
        out[i] = x;
        remainingN -= x;
        remainingMass -= probs[i];
    }
    out[k - 1] = remainingN;
    return out;
}


/***/ }),

/***/ 70054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SZ: () => (/* binding */ createRng)
/* harmony export */ });
/* unused harmony exports seedState, createRngFromState */
/** SplitMix32 step (the 32-bit finaliser of MurmurHash3 on a Weyl sequence). */
function splitmix32(state) {
    state.x = (state.x + 0x9e3779b9) | 0;
    let z = state.x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
}
/** The state words a seed expands to (exposed for the test vectors). */
function seedState(seed) {
    if (!Number.isInteger(seed))
        throw new RangeError(`seed must be an integer, got ${seed}`);
    const st = { x: seed | 0 };
    return [splitmix32(st), splitmix32(st), splitmix32(st), splitmix32(st)];
}
/** A generator from explicit state words (at least one non-zero). */
function createRngFromState(state) {
    let s0 = state[0] | 0;
    let s1 = state[1] | 0;
    let s2 = state[2] | 0;
    let s3 = state[3] | 0;
    if ((s0 | s1 | s2 | s3) === 0)
        throw new RangeError('xoshiro128** state must not be all zero');
    const nextUint32 = () => {
        const m = Math.imul(s1, 5);
        const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        return result;
    };
    return {
        nextUint32,
        next() {
            const a = nextUint32() >>> 5; // 27 bits
            const b = nextUint32() >>> 6; // 26 bits
            return (a * 67108864 + b) / 9007199254740992;
        },
    };
}
/** A seeded xoshiro128** generator; the same seed always gives the same stream. */
function createRng(seed) {
    return createRngFromState(seedState(seed));
}


/***/ })

};
