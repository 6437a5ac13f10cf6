export const id = 867;
export const ids = [867,116];
export const modules = {

/***/ 35867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ANNOTATIONS_PER_REQUEST: () => (/* binding */ ANNOTATIONS_PER_REQUEST),
/* harmony export */   CHECK_OUTPUT_LIMIT: () => (/* binding */ CHECK_OUTPUT_LIMIT),
/* harmony export */   createCheckRun: () => (/* binding */ createCheckRun),
/* harmony export */   trimOutput: () => (/* binding */ trimOutput)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73116);

const ANNOTATIONS_PER_REQUEST = 50;
const CHECK_OUTPUT_LIMIT = 65_535;
const TITLE_LIMIT = 255;
const LEVEL = {
    error: 'failure',
    warning: 'warning',
    notice: 'notice',
};
/** Cut at a line boundary when one is near, with an ellipsis line. */
function trimOutput(text, limit = CHECK_OUTPUT_LIMIT) {
    if (text.length <= limit)
        return text;
    const tail = '\n…';
    let cut = text.lastIndexOf('\n', limit - tail.length);
    if (cut < (limit * 3) / 4) {
        cut = limit - tail.length;
        // Do not split a UTF-16 surrogate pair.
        const code = text.charCodeAt(cut - 1);
        if (code >= 0xd800 && code <= 0xdbff)
            cut -= 1;
    }
    return text.slice(0, cut) + tail;
}
function toCheckAnnotation(a) {
    const start = a.line && a.line > 0 ? a.line : 1;
    const end = a.endLine && a.endLine >= start ? a.endLine : start;
    return {
        path: a.file,
        start_line: start,
        end_line: end,
        annotation_level: LEVEL[a.level],
        message: trimOutput(a.message, 64 * 1024 - 1),
        title: a.title.length > TITLE_LIMIT ? a.title.slice(0, TITLE_LIMIT - 1) + '…' : a.title,
    };
}
async function createCheckRun(client, opts) {
    const { owner, repo } = opts;
    const annotations = opts.annotations.map(toCheckAnnotation);
    const output = (batch) => ({
        title: opts.title.length > TITLE_LIMIT ? opts.title.slice(0, TITLE_LIMIT - 1) + '…' : opts.title,
        summary: trimOutput(opts.summary),
        ...(opts.text !== undefined ? { text: trimOutput(opts.text) } : {}),
        ...(batch.length ? { annotations: batch } : {}),
    });
    try {
        const { data } = await client.rest.checks.create({
            owner,
            repo,
            name: opts.name,
            head_sha: opts.headSha,
            status: 'completed',
            conclusion: opts.conclusion,
            completed_at: new Date().toISOString(),
            output: output(annotations.slice(0, ANNOTATIONS_PER_REQUEST)),
        });
        for (let i = ANNOTATIONS_PER_REQUEST; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
            await client.rest.checks.update({
                owner,
                repo,
                check_run_id: data.id,
                output: output(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST)),
            });
        }
        return { id: data.id, url: data.html_url ?? undefined };
    }
    catch (err) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.httpStatus)(err) !== 403)
            throw err;
        (opts.log ?? _errors_js__WEBPACK_IMPORTED_MODULE_0__.fallbackLog).warn(`Could not create the check run "${opts.name}" on ${owner}/${repo} (HTTP 403: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.firstLine)(err)}). ` +
            'Grant `permissions: checks: write` to get it; pull requests from forks get a read-only token.');
        return undefined;
    }
}


/***/ }),

/***/ 73116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DeadlineError: () => (/* binding */ DeadlineError),
/* harmony export */   fallbackLog: () => (/* binding */ fallbackLog),
/* harmony export */   firstLine: () => (/* binding */ firstLine),
/* harmony export */   httpStatus: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var _adapters_inert_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42303);

/** The HTTP status of an Octokit RequestError (or anything carrying one). */
function httpStatus(err) {
    if (err && typeof err === 'object' && 'status' in err) {
        const status = err.status;
        return typeof status === 'number' ? status : undefined;
    }
    return undefined;
}
/**
 * What a GitHub call throws once the client's deadline has passed. It is no
 * Octokit RequestError, so neither the retry nor the throttling plugin
 * retries it.
 */
class DeadlineError extends Error {
    constructor(method, url) {
        super(`the time allowed for GitHub calls is used up; ${method} ${url} was not sent`);
        this.name = 'DeadlineError';
    }
}
/** The first line of an error's message, for one-line warnings. */
function firstLine(err) {
    const message = err instanceof Error ? err.message : String(err);
    return message.split('\n')[0];
}
/**
 * Where warnings go when the caller gave no logger: inside GitHub Actions a
 * `::warning::` workflow command (so it is shown on the run page like
 * core.warning's), elsewhere stderr.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */
const fallbackLog = {
    debug() { },
    info(message) {
        console.info(process.env.GITHUB_ACTIONS === 'true' ? (0,_adapters_inert_log_js__WEBPACK_IMPORTED_MODULE_0__/* .inertLogLine */ .T)(message) : message);
    },
    warn(message) {
        if (process.env.GITHUB_ACTIONS === 'true') {
            const data = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
            process.stdout.write(`::warning::${data}\n`);
        }
        else {
            console.warn(message);
        }
    },
};


/***/ })

};
