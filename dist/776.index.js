export const id = 776;
export const ids = [776,617];
export const modules = {

/***/ 13072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ wantsComment),
/* harmony export */   W: () => (/* binding */ publishToGitHub)
/* harmony export */ });
/** Whether this run should write the PR comment. */
function wantsComment(mode, verdict, isPullRequest) {
    if (!isPullRequest || mode === 'never')
        return false;
    if (mode === 'on-failure')
        return verdict !== 'pass';
    return true; // auto and always: on every pull-request run
}
async function publishToGitHub(outcome, run, env, log) {
    const { common, result } = outcome;
    // The run's facts were read once, for the gate; the same ones say where to publish.
    const [owner, repo] = (run.repository ?? '').split('/');
    const gh = { owner: owner || undefined, repo: repo || undefined, pullRequest: run.pullRequest, headSha: run.sha };
    const checkName = common['check-name'];
    const token = common['github-token'];
    const comment = wantsComment(common.comment, result.report.verdict, gh.pullRequest !== undefined);
    if (common.comment === 'always' && gh.pullRequest === undefined)
        log.info('comment: not a pull request, so there is nothing to comment on');
    if (!comment && !checkName)
        return;
    if (!token) {
        log.warn('no github-token: the pull-request comment and check run are skipped');
        return;
    }
    if (!gh.owner || !gh.repo) {
        log.warn('GITHUB_REPOSITORY is not set: the pull-request comment and check run are skipped');
        return;
    }
    // The whole of publishing has one budget: nothing here may hold the step
    // longer (a `retry-after: 600`, a server that never answers).
    const seconds = common['comment-timeout'];
    const deadline = Date.now() + seconds * 1000;
    const overtime = `GitHub did not finish within comment-timeout (${seconds} s)`;
    const work = publishBefore(deadline, outcome, { ...gh, owner: gh.owner, repo: gh.repo }, comment, token, env, log);
    // The client stops every call at the deadline; this is the backstop should
    // anything still be pending a moment later.
    let timer;
    const late = new Promise((resolve) => {
        timer = setTimeout(() => resolve('late'), seconds * 1000 + BACKSTOP_MS);
        timer.unref();
    });
    const ended = await Promise.race([work.then(() => 'done'), late]);
    clearTimeout(timer);
    if (ended === 'late')
        log.warn(`${overtime}: the pull-request comment and check run were left unfinished. The gate result is unaffected.`);
}
/** Grace after the deadline before publishing is abandoned outright. */
const BACKSTOP_MS = 2000;
async function publishBefore(deadline, outcome, gh, comment, token, env, log) {
    const { common, result, gate } = outcome;
    const checkName = common['check-name'];
    const seconds = common['comment-timeout'];
    // Octokit loads only when there is something to publish: most of an
    // action's start-up time would otherwise go to it.
    const [{ createGitHubClient }, { commentMarker, upsertStickyComment }, { createCheckRun }, { DeadlineError }, { comparableBody, withPreviousVerdict }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(913), __webpack_require__.e(154)]).then(__webpack_require__.bind(__webpack_require__, 43154)),
        __webpack_require__.e(/* import() */ 318).then(__webpack_require__.bind(__webpack_require__, 47318)),
        __webpack_require__.e(/* import() */ 867).then(__webpack_require__.bind(__webpack_require__, 35867)),
        __webpack_require__.e(/* import() */ 116).then(__webpack_require__.bind(__webpack_require__, 73116)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9552)),
    ]);
    const client = createGitHubClient(token, env, { log, deadline });
    const failure = (what, err) => err instanceof DeadlineError || Date.now() >= deadline
        ? `${what} was not finished within comment-timeout (${seconds} s); the gate result is unaffected`
        : `could not write ${what}: ${err instanceof Error ? err.message : String(err)}`;
    if (comment) {
        try {
            const state = await upsertStickyComment(client, {
                owner: gh.owner,
                repo: gh.repo,
                issueNumber: gh.pullRequest,
                marker: commentMarker(gate.name, common['comment-id']),
                // The previous comment's verdict goes into the run line, which is
                // left out when telling whether the comment changed.
                body: (previous) => withPreviousVerdict(outcome.markdown, previous),
                comparable: comparableBody,
                log,
                deadline,
            });
            log.info(`pull-request comment: ${state}`);
        }
        catch (err) {
            log.warn(failure('the pull-request comment', err));
        }
    }
    const headSha = gh.headSha;
    if (checkName && !headSha)
        log.warn('GITHUB_SHA is not set: the check run is skipped');
    if (checkName && headSha) {
        try {
            await createCheckRun(client, {
                owner: gh.owner,
                repo: gh.repo,
                headSha,
                name: checkName,
                conclusion: outcome.conclusion,
                title: result.report.summary,
                summary: outcome.markdown,
                annotations: result.annotations ?? [],
                log,
            });
        }
        catch (err) {
            log.warn(failure(`the check run "${checkName}"`, err));
        }
    }
}


/***/ }),

/***/ 10617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionContext: () => (/* binding */ actionContext),
/* harmony export */   explicitFromEnv: () => (/* binding */ explicitFromEnv),
/* harmony export */   runAction: () => (/* binding */ runAction),
/* harmony export */   withUploadedReports: () => (/* binding */ withUploadedReports)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60701);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89114);
/* harmony import */ var _run_run_gate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24311);
/* harmony import */ var _render_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9552);
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(28329);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(13072);
/**
 * The GitHub Action adapter: every action's entry calls `runAction(gate)`.
 * It reads the step's inputs, runs the shared gate path, and moves the
 * outcome out: outputs, job summary, annotations, the sticky PR comment,
 * the optional check run. This is the one place that calls setFailed.
 */









/** GitHub's job summary limit is 1 MiB per step; keep a margin for the note. */
const SUMMARY_LIMIT = 1_000_000;
/** GitHub shows at most 10 annotations of each level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
function actionContext(env) {
    const cwd = env.GITHUB_WORKSPACE || process.cwd();
    const temp = env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
    let lastLog = 0;
    return {
        cwd,
        env,
        log: { info: _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq, warn: _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e, debug: _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz },
        // Every credential the run learns is masked in the runner's log too.
        secret: _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq,
        run: (0,_run_context_js__WEBPACK_IMPORTED_MODULE_7__/* .runContextFromEnv */ .w)(env),
        tempDir: temp,
        defaultReportDir: temp,
        htmlByDefault: true,
        // The runner log is not a terminal: a line every 10 s at most.
        progress: (p) => {
            const now = Date.now();
            if (p.done || now - lastLog > 10_000) {
                lastLog = now;
                _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`read ${p.rows} rows (${(p.bytes / 1e6).toFixed(1)} MB) of ${p.file}`);
            }
        },
    };
}
function emitAnnotations(outcome, cwd) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const a of outcome.result.annotations ?? []) {
        if (counts[a.level] >= ANNOTATIONS_PER_LEVEL)
            continue;
        counts[a.level]++;
        const props = { title: a.title, file: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(cwd, a.file) || a.file, startLine: a.line, endLine: a.endLine };
        if (a.level === 'error')
            _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(a.message, props);
        else if (a.level === 'warning')
            _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(a.message, props);
        else
            _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(a.message, props);
    }
}
/** Uploads the JSON and HTML reports (unzipped) and returns the outcome with its Markdown linking them. */
async function withUploadedReports(outcome, ctx) {
    const { uploadReports } = await __webpack_require__.e(/* import() */ 540).then(__webpack_require__.bind(__webpack_require__, 66540));
    const commentId = outcome.common['comment-id'];
    const links = await uploadReports([...(outcome.htmlPath ? [{ kind: 'html', path: outcome.htmlPath }] : []), { kind: 'json', path: outcome.reportPath }], {
        env: ctx.env,
        name: outcome.common['artifact-name'] ?? `modelgate-${outcome.gate.name}${commentId ? `-${commentId}` : ''}`,
        retentionDays: outcome.common['artifact-retention-days'],
        tempDir: ctx.tempDir,
        runUrl: ctx.run.runUrl,
        log: { info: (m) => ctx.log.info(outcome.redact(m)), warn: (m) => ctx.log.warn(outcome.redact(m)), debug: (m) => ctx.log.debug(outcome.redact(m)) },
    });
    return Object.keys(links).length ? { ...outcome, markdown: outcome.markdownWithLinks(links) } : outcome;
}
/** The step's explicit inputs from the runner's INPUT_* variables (the CLI reads the same from --flags). */
function explicitFromEnv(specs, env) {
    const explicit = {};
    for (const spec of specs) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(spec.name, env);
        if (value !== '')
            explicit[spec.name] = value;
    }
    return explicit;
}
async function runAction(gateName) {
    try {
        const gate = await (0,_run_run_gate_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveGate */ .mW)(gateName);
        const explicit = explicitFromEnv([...gate.inputs.specs, ..._core_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMON_INPUTS */ .s7], process.env);
        const ctx = actionContext(process.env);
        let outcome = await (0,_run_run_gate_js__WEBPACK_IMPORTED_MODULE_5__/* .runGate */ .Rg)(gateName, explicit, ctx);
        const { report } = outcome.result;
        // ---- The reports as artifacts of the run, linked from the summary and the comment (src/artifacts/).
        if (outcome.common['upload-artifacts'])
            outcome = await withUploadedReports(outcome, ctx);
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('verdict', report.verdict);
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report-path', outcome.reportPath);
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('summary', report.summary);
        for (const [name, value] of Object.entries(outcome.result.outputs))
            _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
        const summary = (0,_render_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__.truncateMarkdown)(outcome.markdown, SUMMARY_LIMIT, '_Summary truncated: see the JSON report for everything._');
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe(summary);
        emitAnnotations(outcome, ctx.cwd);
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(report.summary);
        // The exit code is settled before GitHub is called: it never waits on the comment.
        if (outcome.conclusion === 'failure')
            _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${gateName}: ${report.summary}`);
        await (0,_publish_js__WEBPACK_IMPORTED_MODULE_8__/* .publishToGitHub */ .W)(outcome, ctx.run, process.env, { info: _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq, warn: _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e, debug: _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz });
    }
    catch (err) {
        // A user's mistake is one line; an internal error keeps its stack.
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isUserError */ .iU)(err) ? err.format() : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(err));
    }
}


/***/ }),

/***/ 98776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSuiteAction: () => (/* binding */ runSuiteAction)
});

// EXTERNAL MODULE: ./src/adapters/action/runner.ts
var runner = __webpack_require__(60701);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/run/run-suite.ts + 3 modules
var run_suite = __webpack_require__(70720);
// EXTERNAL MODULE: ./src/run/suite-inputs.ts
var suite_inputs = __webpack_require__(88259);
// EXTERNAL MODULE: ./src/adapters/action/run-action.ts
var run_action = __webpack_require__(10617);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
// EXTERNAL MODULE: ./src/adapters/action/publish.ts
var publish = __webpack_require__(13072);
;// CONCATENATED MODULE: ./src/adapters/action/publish-suite.ts



/** The hidden marker of the combined comment; the per-gate comments' markers are `<!-- modelgate:<gate> -->`. */
function suiteCommentMarker(commentId) {
    return commentId ? `<!-- modelgate-suite:${commentId} -->` : '<!-- modelgate-suite -->';
}
/** The check run name of a gate in the suite: `modelgate / <gate>`, with the comment id when there is one. */
function suiteCheckName(gate, commentId) {
    return `modelgate / ${gate}${commentId ? ` (${commentId})` : ''}`;
}
/** GitHub's limit for a comment body, less room for the marker. */
const COMMENT_LIMIT = 65_000;
/**
 * The combined comment's body: the marker, then the combined report fitted
 * to GitHub's limit. The root action also writes it to `comment.md` in the
 * report folder, for a workflow_run workflow that posts it for a fork's pull
 * request (action-templates/fork-safe-comment.yml).
 */
function suiteCommentBody(outcome) {
    const id = outcome.inputs['comment-id'];
    return `${suiteCommentMarker(id)}\n${(0,run_suite/* suiteMarkdown */.qP)(outcome, COMMENT_LIMIT)}`;
}
function checkRunOf(entry) {
    if (entry.status === 'ran')
        return { conclusion: entry.outcome.conclusion, title: entry.outcome.result.report.summary, summary: entry.outcome.markdown };
    if (entry.status === 'error')
        return { conclusion: 'failure', title: `error: ${entry.error}`, summary: `**${(0,markdown/* text */.Qq)(entry.gate)} could not run:** ${(0,markdown/* text */.Qq)(entry.error)}` };
    return { conclusion: 'neutral', title: `skipped: ${entry.reason}`, summary: `${(0,markdown/* text */.Qq)(entry.gate)} was skipped: ${(0,markdown/* text */.Qq)(entry.reason)}.` };
}
async function publishSuite(outcome, run, env, log) {
    const { inputs } = outcome;
    const [owner, repo] = (run.repository ?? '').split('/');
    const token = inputs['github-token'];
    const comment = (0,publish/* wantsComment */.T)(inputs.comment, outcome.verdict, run.pullRequest !== undefined);
    const checks = inputs['check-runs'];
    if (inputs.comment === 'always' && run.pullRequest === undefined)
        log.info('comment: not a pull request, so there is nothing to comment on');
    if (!comment && !checks)
        return;
    if (!token) {
        log.warn('no github-token: the pull-request comment and check runs are skipped');
        return;
    }
    if (!owner || !repo) {
        log.warn('GITHUB_REPOSITORY is not set: the pull-request comment and check runs are skipped');
        return;
    }
    const [{ createGitHubClient }, { upsertStickyComment }, { createCheckRun }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(913), __webpack_require__.e(154)]).then(__webpack_require__.bind(__webpack_require__, 43154)),
        __webpack_require__.e(/* import() */ 318).then(__webpack_require__.bind(__webpack_require__, 47318)),
        __webpack_require__.e(/* import() */ 867).then(__webpack_require__.bind(__webpack_require__, 35867)),
    ]);
    const client = createGitHubClient(token, env, { log });
    const id = inputs['comment-id'];
    if (comment) {
        try {
            const state = await upsertStickyComment(client, {
                owner,
                repo,
                issueNumber: run.pullRequest,
                marker: suiteCommentMarker(id),
                body: suiteCommentBody(outcome),
                log,
            });
            log.info(`pull-request comment: ${state}`);
        }
        catch (err) {
            log.warn(`could not write the pull-request comment: ${err instanceof Error ? err.message : String(err)}`);
        }
    }
    if (!checks)
        return;
    if (!run.sha) {
        log.warn('GITHUB_SHA is not set: the check runs are skipped');
        return;
    }
    for (const entry of outcome.entries) {
        const name = suiteCheckName(entry.gate, id);
        try {
            const created = await createCheckRun(client, {
                owner,
                repo,
                headSha: run.sha,
                name,
                ...checkRunOf(entry),
                annotations: entry.status === 'ran' ? (entry.outcome.result.annotations ?? []) : [],
                log,
            });
            // 403 (no `checks: write`, a fork's token): said once, not once per gate.
            if (!created)
                return;
        }
        catch (err) {
            log.warn(`could not create the check run "${name}": ${err instanceof Error ? err.message : String(err)}`);
        }
    }
}

// EXTERNAL MODULE: ./src/run/run-gate.ts + 1 modules
var run_gate = __webpack_require__(24311);
;// CONCATENATED MODULE: ./src/adapters/action/run-suite-action.ts
/**
 * The root action (`uses: modelgate/modelgate@v0`): several gates in one
 * step. It reads the step's inputs, runs the suite (run/run-suite.ts) and
 * moves the outcome out: outputs, one job summary, the gates' annotations,
 * one combined sticky comment and one check run per gate. Like runAction,
 * it is the one place of its path that calls setFailed.
 */








/** GitHub's job summary limit is 1 MiB per step; keep a margin. */
const SUMMARY_LIMIT = 1_000_000;
/** GitHub shows at most 10 annotations of each level per step (all gates together). */
const ANNOTATIONS_PER_LEVEL = 10;
function emitAnnotations(outcome, cwd) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const entry of outcome.entries) {
        if (entry.status !== 'ran')
            continue;
        for (const a of entry.outcome.result.annotations ?? []) {
            if (counts[a.level] >= ANNOTATIONS_PER_LEVEL)
                continue;
            counts[a.level]++;
            const props = { title: `${entry.gate}: ${a.title}`, file: (0,external_node_path_.relative)(cwd, a.file) || a.file, startLine: a.line, endLine: a.endLine };
            if (a.level === 'error')
                runner/* error */.z3(a.message, props);
            else if (a.level === 'warning')
                runner/* warning */.$e(a.message, props);
            else
                runner/* notice */.lm(a.message, props);
        }
    }
}
async function runSuiteAction() {
    try {
        const explicit = (0,run_action.explicitFromEnv)(suite_inputs/* SUITE_INPUTS */.hK.specs, process.env);
        const ctx = {
            ...(0,run_action.actionContext)(process.env),
            group: { start: (title) => runner/* info */.pq(`::group::${title}`), end: () => runner/* info */.pq('::endgroup::') },
        };
        const outcome = await (0,run_suite/* runSuite */.og)(explicit, ctx);
        // Each gate's JSON and HTML reports as artifacts of the run, linked from its part of the comment, as a gate's own action does.
        for (const [i, entry] of outcome.entries.entries()) {
            if (entry.status === 'ran' && entry.outcome.common['upload-artifacts'])
                outcome.entries[i] = { ...entry, outcome: await (0,run_action.withUploadedReports)(entry.outcome, ctx) };
        }
        runner/* setOutput */.uH('verdict', outcome.verdict);
        runner/* setOutput */.uH('verdicts', JSON.stringify(outcome.verdicts));
        runner/* setOutput */.uH('report-path', outcome.reportDir);
        runner/* setOutput */.uH('summary', outcome.summary);
        runner/* appendSummary */.fe((0,run_suite/* suiteMarkdown */.qP)(outcome, SUMMARY_LIMIT));
        // The comment's text beside the reports, for a fork-safe workflow_run workflow to post.
        await (0,run_gate/* writeFileAtomic */.Zf)((0,external_node_path_.join)(outcome.reportDir, 'comment.md'), suiteCommentBody(outcome));
        emitAnnotations(outcome, ctx.cwd);
        await publishSuite(outcome, ctx.run, process.env, { info: runner/* info */.pq, warn: runner/* warning */.$e, debug: runner/* debug */.Yz });
        runner/* info */.pq(outcome.summary);
        if (outcome.conclusion === 'failure')
            runner/* setFailed */.C1(`modelgate: ${outcome.summary}`);
    }
    catch (err) {
        runner/* setFailed */.C1((0,errors/* isUserError */.iU)(err) ? err.format() : (0,errors/* describeError */.Uc)(err));
    }
}


/***/ }),

/***/ 60701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports formatCommand, formatOutput */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _inert_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42303);
/**
 * The runner protocol an action speaks: inputs from INPUT_<NAME> variables,
 * outputs and the job summary appended to the files named by GITHUB_OUTPUT
 * and GITHUB_STEP_SUMMARY, and workflow commands (`::error file=…::message`)
 * on stdout (docs.github.com, "Workflow commands for GitHub Actions").
 *
 * Why not @actions/core: it pulls in its HTTP client (undici), @actions/io
 * and @actions/exec at import, for OIDC tokens and platform details no gate
 * uses. Measured on the validate-schema action: importing it cost ~65 ms of
 * CPU at every start, about half of the action's overhead over bare node
 * (bench/cold-start.mjs). These few functions write the same bytes, which
 * test/adapters/runner.test.ts checks against @actions/core itself.
 */




/** The input as the runner passes it: INPUT_ + name upper-cased, spaces as underscores; trimmed. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
// Escaping of workflow command data and properties, as the runner decodes them.
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
function issue(command, properties, message) {
    process.stdout.write(formatCommand(command, properties, message) + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
function annotationProps(p = {}) {
    return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}
/**
 * A plain log line. Gates log names of files and columns, so the line is
 * made inert: it stays one line and starts no workflow command.
 */
const info = (message) => void process.stdout.write((0,_inert_log_js__WEBPACK_IMPORTED_MODULE_3__/* .inertLogLine */ .T)(message) + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
const debug = (message) => issue('debug', {}, message);
const warning = (message, props) => issue('warning', annotationProps(props), message);
const error = (message, props) => issue('error', annotationProps(props), message);
const notice = (message, props) => issue('notice', annotationProps(props), message);
const setSecret = (secret) => issue('add-mask', {}, secret);
/** `name<<delimiter` blocks in GITHUB_OUTPUT, with a random delimiter the value cannot contain. */
function formatOutput(name, value, delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`) {
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`output ${name} contains its delimiter`);
    return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
}
function setOutput(name, value, env = process.env) {
    const file = env.GITHUB_OUTPUT;
    if (file)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, formatOutput(name, value));
    else
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL + formatCommand('set-output', { name }, value) + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
/** Append Markdown to the job summary (the runner shows it on the run page). */
function appendSummary(markdown, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (file)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, markdown.endsWith(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL) ? markdown : markdown + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
/** Log the error and make the step fail (exit code 1). */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}


/***/ })

};
