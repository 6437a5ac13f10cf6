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

/***/ 71518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ markdownForTerminal)
/* harmony export */ });
/**
 * The report on a terminal. The CLI prints the same Markdown the job summary
 * gets; on a terminal, the escapes that Markdown needs (\_, &lt;, <details>,
 * <sub>, zero-width spaces) only get in the way, so they are turned back into
 * plain text and headings are made bold. Piped output stays Markdown.
 */
const ENTITIES = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };
function markdownForTerminal(markdown, color) {
    const bold = (s) => (color ? `\x1b[1m${s}\x1b[22m` : s);
    const dim = (s) => (color ? `\x1b[2m${s}\x1b[22m` : s);
    // A section that held only charts (fenced for GitHub's renderer, with their
    // legends) has nothing to show here: the section goes too.
    const withoutCharts = markdown
        .replace(/^```[^\n]*\n[\s\S]*?\n```[ \t]*(?:\n🟦 bars: [^\n]*)?(?:\n|$)/gm, '')
        .replace(/<details( open)?><summary>[^\n]*?<\/summary>\s*<\/details>\n?/g, '');
    let inFence = false;
    let afterFence = false;
    const out = [];
    for (const raw of withoutCharts.split('\n')) {
        if (/^\s*```/.test(raw)) {
            inFence = !inFence;
            afterFence = !inFence;
            continue;
        }
        if (inFence) {
            // Mermaid and other fenced blocks are for GitHub's renderer.
            continue;
        }
        // A chart's legend (src/render/charts.ts) goes with the chart.
        const legend = afterFence && raw.startsWith('🟦 bars: ');
        afterFence = false;
        if (legend)
            continue;
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
