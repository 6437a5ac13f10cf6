export const id = 926;
export const ids = [926];
export const modules = {

/***/ 30926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSuiteCli: () => (/* binding */ runSuiteCli)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83323);
/* harmony import */ var _render_terminal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71518);
/* harmony import */ var _run_run_suite_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70720);
/* harmony import */ var _run_suite_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88259);
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28329);
/* harmony import */ var _run_cli_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33651);
/**
 * `modelgate run [--policy modelgate.yml] [--gates a,b] [--<gate> '<yaml>'] …`:
 * the root action's suite on a terminal, with exactly its inputs as flags.
 * Prints the combined report, writes one JSON report per gate into the report
 * folder (`modelgate-reports` in the working directory unless `--report-path`
 * says otherwise), and exits 0 when no gate fails the run, 1 when one does,
 * 2 when a gate could not run or the run's own inputs are wrong.
 */








function help() {
    const lines = [
        `modelgate ${_core_version_js__WEBPACK_IMPORTED_MODULE_7__/* .VERSION */ .x} run: several gates in one step, as the root action runs them`,
        '',
        'Usage: modelgate run [--policy modelgate.yml] [--gates validate-schema,drift-check,…] [--<gate> "<input>: <value>"] …',
        '',
        'Runs the gates named by --gates, else those with a section in the policy file, in dependency order.',
        '',
        'Inputs (the root action inputs, as --flags):',
    ];
    for (const s of _run_suite_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .SUITE_INPUTS */ .hK.specs) {
        if (s.name === 'github-token')
            continue;
        const def = s.default !== undefined ? ` (default: ${s.default})` : '';
        lines.push(`  --${s.name}${def}`, `      ${s.description.replace(/`/g, '')}`);
        if (s.examples?.length)
            lines.push(`      e.g. --${s.name} '${s.examples[0]}'`);
    }
    lines.push('', 'Exit codes: 0 no gate fails, 1 a gate fails, 2 a gate could not run or a usage or input error.', '');
    return lines.join('\n');
}
async function runSuiteCli(args, io) {
    try {
        if (args.includes('--help') || args.includes('-h')) {
            io.stdout(help());
            return 0;
        }
        const explicit = (0,_run_cli_js__WEBPACK_IMPORTED_MODULE_6__.explicitFromArgs)('run', _run_suite_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .SUITE_INPUTS */ .hK.specs, args);
        const ctx = {
            cwd: io.cwd,
            env: io.env,
            log: { info: () => { }, warn: (m) => io.stderr(`warning: ${m}\n`), debug: io.env.MODELGATE_DEBUG === '1' ? (m) => io.stderr(`debug: ${m}\n`) : () => { } },
            run: (0,_run_context_js__WEBPACK_IMPORTED_MODULE_5__/* .runContextFromEnv */ .w)(io.env),
            progress: (0,_run_cli_js__WEBPACK_IMPORTED_MODULE_6__.progressLine)(io),
            tempDir: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(),
            defaultReportDir: io.cwd,
        };
        const outcome = await (0,_run_run_suite_js__WEBPACK_IMPORTED_MODULE_3__/* .runSuite */ .og)(explicit, ctx);
        const markdown = (0,_run_run_suite_js__WEBPACK_IMPORTED_MODULE_3__/* .suiteMarkdown */ .qP)(outcome);
        io.stdout(io.stdoutIsTTY ? (0,_render_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownForTerminal */ .d)(markdown, !io.env.NO_COLOR) : markdown);
        io.stderr(`reports: ${outcome.reportDir}\n`);
        if (outcome.entries.some((e) => e.status === 'error'))
            return 2;
        return outcome.conclusion === 'failure' ? 1 : 0;
    }
    catch (err) {
        io.stderr(`modelgate: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(err) ? err.format() : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(err)}\n`);
        return 2;
    }
}


/***/ })

};
