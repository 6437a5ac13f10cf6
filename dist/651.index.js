export const id = 651;
export const ids = [651];
export const modules = {

/***/ 33651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explicitFromArgs: () => (/* binding */ explicitFromArgs),
/* harmony export */   progressLine: () => (/* binding */ progressLine),
/* harmony export */   runCli: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89114);
/* harmony import */ var _run_run_gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24311);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(83323);
/* harmony import */ var _gates_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46620);
/* harmony import */ var _render_terminal_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71518);
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28329);
/* harmony import */ var _inert_log_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(42303);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_7__);
/**
 * The CLI adapter: `modelgate <gate> --<input-name> <value> ...` takes
 * exactly the action's inputs, prints the same report as Markdown, writes
 * the JSON report, and exits 0 on pass or warn, 1 on fail, 2 on a usage or
 * input error (1 also when `fail-on: warn` turns a warning into a failure).
 */










const defaultIo = () => ({
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
    env: process.env,
});
function usage() {
    return [
        `modelgate ${_core_version_js__WEBPACK_IMPORTED_MODULE_8__/* .VERSION */ .x}: ML governance gates for CI/CD`,
        '',
        'Usage: modelgate <gate> [--<input> <value> ...]',
        '       modelgate <gate> --help',
        '       modelgate run [--policy modelgate.yml] [--gates <gate>,...]   several gates in one step (modelgate run --help)',
        '',
        `Gates: ${(0,_gates_index_js__WEBPACK_IMPORTED_MODULE_4__/* .availableGates */ .M5)().join(', ')}`,
        '',
        'Exit codes: 0 pass or warn, 1 fail, 2 usage or input error.',
        '',
    ].join('\n');
}
function gateHelp(name, title, description, specs) {
    const lines = [`modelgate ${name}: ${title}`, '', description, '', 'Inputs (the action inputs, as --flags):'];
    for (const s of specs) {
        if (s.name === 'github-token')
            continue;
        const def = s.default !== undefined ? ` (default: ${s.default})` : s.required ? ' (required)' : '';
        const alias = Object.entries(FLAG_ALIASES).find(([, input]) => input === s.name)?.[0];
        lines.push(`  --${s.name}${alias ? `, --${alias}` : ''}${def}`, `      ${s.description.replace(/`/g, '')}`);
        if (s.examples?.length)
            lines.push(`      e.g. ${s.examples.slice(0, 3).map((e) => `--${s.name} '${e}'`).join(', ')}`);
    }
    return `${lines.join('\n')}\n`;
}
/** A single rewritten status line on a terminal: rows read and MB/s. */
function progressLine(io) {
    if (!io.isTTY)
        return () => { };
    const started = new Map();
    let last = 0;
    return (p) => {
        const now = Date.now();
        if (!started.has(p.file))
            started.set(p.file, now);
        if (!p.done && now - last < 200)
            return;
        last = now;
        const secs = Math.max((now - started.get(p.file)) / 1000, 1e-3);
        const line = `reading ${p.file}: ${p.rows.toLocaleString('en-US')} rows, ${(p.bytes / 1e6).toFixed(0)} MB (${(p.bytes / 1e6 / secs).toFixed(0)} MB/s)`;
        io.stderr(`\r\x1b[2K${line}${p.done ? '\n' : ''}`);
    };
}
/**
 * `--bootstrap -5`: node's parseArgs takes a value starting with "-" for an
 * option and refuses it as ambiguous. A negative number after a flag is its
 * value, so it is joined as `--bootstrap=-5` (and then judged by the input's
 * own rule, which names the allowed range).
 */
function joinNegativeValues(args) {
    const out = [];
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        const next = args[i + 1];
        if (a.startsWith('--') && !a.includes('=') && next !== undefined && /^-(\d|\.\d|Infinity\b)/.test(next)) {
            out.push(`${a}=${next}`);
            i++;
        }
        else
            out.push(a);
    }
    return out;
}
/** Short flags of the CLI for inputs: `--html <file>` is `--html-report <file>`. */
const FLAG_ALIASES = { html: 'html-report' };
/** The step's explicit inputs from `--<input> <value>` flags (the action reads the same from INPUT_* variables). */
function explicitFromArgs(gate, specs, args) {
    let parsed;
    const aliases = Object.entries(FLAG_ALIASES).filter(([, input]) => specs.some((s) => s.name === input));
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: joinNegativeValues(args),
            options: Object.fromEntries([...specs.map((s) => [s.name, { type: 'string' }]), ...aliases.map(([flag]) => [flag, { type: 'string' }])]),
            strict: true,
            allowPositionals: false,
        });
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${err.message.split('\n')[0]} (see: modelgate ${gate} --help)`);
    }
    const explicit = {};
    for (const [k, v] of Object.entries(parsed.values))
        if (typeof v === 'string')
            explicit[FLAG_ALIASES[k] ?? k] = v;
    return explicit;
}
async function runCli(argv, io = defaultIo()) {
    try {
        const [gateName, ...rest] = argv;
        if (!gateName || gateName === '--help' || gateName === '-h' || gateName === 'help') {
            io.stdout(usage());
            return gateName ? 0 : 2;
        }
        if (gateName === '--version' || gateName === '-v') {
            io.stdout(`${_core_version_js__WEBPACK_IMPORTED_MODULE_8__/* .VERSION */ .x}\n`);
            return 0;
        }
        // The suite: the root action's gates in one step.
        if (gateName === 'run')
            return (await Promise.all(/* import() */[__webpack_require__.e(720), __webpack_require__.e(926)]).then(__webpack_require__.bind(__webpack_require__, 30926))).runSuiteCli(rest, io);
        const gate = await (0,_run_run_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveGate */ .mW)(gateName);
        const specs = [...gate.inputs.specs, ..._core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMON_INPUTS */ .s7];
        if (rest.includes('--help') || rest.includes('-h')) {
            io.stdout(gateHelp(gate.name, gate.title, gate.description, specs));
            return 0;
        }
        const explicit = explicitFromArgs(gate.name, specs, rest);
        // The CLI writes its report where it runs unless told otherwise.
        const ctx = {
            cwd: io.cwd,
            env: io.env,
            // Inside a workflow's `run:` step the runner reads these lines too: what
            // carries data is made inert (src/adapters/inert-log.ts).
            log: {
                info: () => { },
                warn: (m) => io.stderr(`warning: ${(0,_inert_log_js__WEBPACK_IMPORTED_MODULE_9__/* .inertLogLine */ .T)(m)}\n`),
                debug: io.env.MODELGATE_DEBUG === '1' ? (m) => io.stderr(`debug: ${(0,_inert_log_js__WEBPACK_IMPORTED_MODULE_9__/* .inertLogLine */ .T)(m)}\n`) : () => { },
            },
            run: (0,_run_context_js__WEBPACK_IMPORTED_MODULE_6__/* .runContextFromEnv */ .w)(io.env),
            progress: progressLine(io),
            tempDir: (0,node_os__WEBPACK_IMPORTED_MODULE_7__.tmpdir)(),
            defaultReportDir: io.cwd,
        };
        const outcome = await (0,_run_run_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .runGate */ .Rg)(gate.name, explicit, ctx);
        io.stdout((0,_inert_log_js__WEBPACK_IMPORTED_MODULE_9__/* .inertLines */ .w)(io.stdoutIsTTY ? (0,_render_terminal_js__WEBPACK_IMPORTED_MODULE_5__/* .markdownForTerminal */ .d)(outcome.markdown, !io.env.NO_COLOR) : outcome.markdown));
        io.stderr(`report: ${(0,_inert_log_js__WEBPACK_IMPORTED_MODULE_9__/* .inertLogLine */ .T)(outcome.reportPath)}\n`);
        if (outcome.htmlPath)
            io.stderr(`html report: ${(0,_inert_log_js__WEBPACK_IMPORTED_MODULE_9__/* .inertLogLine */ .T)(outcome.redact(outcome.htmlPath))}\n`);
        return outcome.conclusion === 'failure' ? 1 : 0;
    }
    catch (err) {
        io.stderr(`modelgate: ${(0,_inert_log_js__WEBPACK_IMPORTED_MODULE_9__/* .inertLines */ .w)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(err) ? err.format() : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(err))}\n`);
        return 2;
    }
}


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

/***/ 71518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ markdownForTerminal)
/* harmony export */ });
/* harmony import */ var _charts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47259);
/**
 * The report on a terminal. The CLI prints the same Markdown the job summary
 * gets; on a terminal, the escapes that Markdown needs (\_, &lt;, <details>,
 * <sub>, zero-width spaces) only get in the way, so they are turned back into
 * plain text and headings are made bold. Piped output stays Markdown.
 */

const ENTITIES = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };
const FENCE = '```';
/** A fenced block at a line start and the legend line under it, if any (charts.ts). */
const CHART_WITH_LEGEND = new RegExp(`^${FENCE}[^\\n]*\\n[\\s\\S]*?\\n${FENCE}[ \\t]*(?:\\n${_charts_js__WEBPACK_IMPORTED_MODULE_0__/* .LEGEND_START */ .Py}[^\\n]*)?(?:\\n|$)`, 'gm');
function markdownForTerminal(markdown, color) {
    const bold = (s) => (color ? `\x1b[1m${s}\x1b[22m` : s);
    const dim = (s) => (color ? `\x1b[2m${s}\x1b[22m` : s);
    // A section that held only charts (fenced for GitHub's renderer, with their
    // legends) has nothing to show here: the section goes too.
    const withoutCharts = markdown
        .replace(CHART_WITH_LEGEND, '')
        .replace(/<details( open)?><summary>[^\n]*?<\/summary>\s*<\/details>\n?/g, '');
    let inFence = false;
    const out = [];
    for (const raw of withoutCharts.split('\n')) {
        if (/^\s*```/.test(raw)) {
            inFence = !inFence;
            continue;
        }
        if (inFence) {
            // Any other fenced block (an indented one) is for GitHub's renderer too.
            continue;
        }
        let line = raw
            .replace(/<details( open)?><summary>(.*?)<\/summary>/g, (_, _o, s) => bold(`${s}:`))
            .replace(/<\/details>/g, '')
            // Hidden state for the next sticky comment (report-markdown.ts) is not for a reader.
            .replace(/\s*<!--.*?-->/g, '')
            .replace(/<sub>(.*?)<\/sub>/g, (_, s) => dim(s))
            .replace(/<\/?(code|b|strong|br ?\/?)>/g, '')
            .replace(/\*\*(.+?)\*\*/g, (_, s) => bold(s))
            // A code span's backticks are Markdown's; its text is shown as it is.
            .replace(/`([^`]+)`/g, '$1')
            .replace(/\\([\\`*_[\]|<>&~$#])/g, '$1')
            .replace(/&(lt|gt|amp|quot|#39);/g, (m) => ENTITIES[m])
            .replace(/\u200b/g, '');
        const heading = /^(#{1,6})\s+(.*)$/.exec(line);
        if (heading)
            line = bold(heading[2]);
        out.push(line);
    }
    return out.join('\n').replace(/\n{3,}/g, '\n\n');
}


/***/ })

};
