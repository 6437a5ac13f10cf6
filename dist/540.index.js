export const id = 540;
export const ids = [540,116];
export const modules = {

/***/ 54676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ artifactService)
/* harmony export */ });
/* unused harmony export isEnterpriseServer */
function isEnterpriseServer(env) {
    let host;
    try {
        host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trim().toUpperCase();
    }
    catch {
        return false;
    }
    return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}
/** The artifact service of this run (uploads, and `artifact:` inputs of this run). */
function artifactService(env) {
    if (isEnterpriseServer(env))
        return { available: false, reason: 'GitHub Enterprise Server has no artifact results service for @actions/artifact' };
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
        return { available: false, reason: 'not in a GitHub Actions job (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set)' };
    }
    return { available: true };
}


/***/ }),

/***/ 66540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadReports: () => (/* binding */ uploadReports)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73116);
/* harmony import */ var _availability_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54676);
/**
 * Uploads the run's JSON and HTML reports as artifacts of the run, each
 * unzipped (`skipArchive`): GitHub stores a single file as it is, and a
 * browser opens the HTML page straight from the run page. With skipArchive
 * @actions/artifact names the artifact after the file, so each report is
 * first copied to `<artifact-name>.<ext>` in a directory of its own.
 *
 * Uploading never decides the run: where the service is missing (GitHub
 * Enterprise Server, a laptop) the step logs one line; a failed upload (a
 * name already taken in this run, a quota) is one warning.
 */




async function uploadReports(files, options) {
    const links = {};
    if (files.length === 0)
        return links;
    const service = (0,_availability_js__WEBPACK_IMPORTED_MODULE_3__/* .artifactService */ .G)(options.env);
    if (!service.available) {
        options.log.info(`report artifacts: not uploaded, ${service.reason}`);
        return links;
    }
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(838), __webpack_require__.e(147), __webpack_require__.e(913), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 142));
    const client = new DefaultArtifactClient();
    for (const file of files) {
        const artifactName = `${options.name}.${file.kind}`;
        try {
            const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.tempDir, 'modelgate-upload-'));
            const copy = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, artifactName);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(file.path, copy);
            const { id } = await client.uploadArtifact(artifactName, [copy], dir, {
                skipArchive: true,
                ...(options.retentionDays !== undefined ? { retentionDays: options.retentionDays } : {}),
            });
            if (id !== undefined && options.runUrl)
                links[file.kind] = `${options.runUrl}/artifacts/${id}`;
            options.log.info(`report artifacts: uploaded ${artifactName}${id !== undefined ? ` (artifact ${id})` : ''}`);
        }
        catch (err) {
            const taken = /409|already exists/i.test((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__.firstLine)(err)) ? ' (the name is taken in this run: set artifact-name or comment-id)' : '';
            options.log.warn(`report artifacts: could not upload ${artifactName}: ${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__.firstLine)(err)}${taken}`);
        }
    }
    return links;
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
