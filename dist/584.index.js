export const id = 584;
export const ids = [584,116];
export const modules = {

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DeadlineError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_1__.DeadlineError),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73116);
/**
 * The GitHub REST client modelgate uses: `@actions/github`'s Octokit (REST
 * endpoint methods and pagination, proxy-aware fetch) plus the retry and
 * throttling plugins GitHub recommends for integrations.
 *
 * - Server errors (5xx) and dropped connections are retried by
 *   @octokit/plugin-retry with a growing delay: base × (attempt)² (1 s, 4 s,
 *   9 s by default). 4xx answers that cannot change on retry (400, 401, 403,
 *   404, 410, 422, 451) are not retried, and neither is 429: rate limits are
 *   the throttling plugin's, which honours their `retry-after`.
 * - Secondary rate limits (403/429 "You have exceeded a secondary rate limit")
 *   are retried a couple of times after the `retry-after` the server sends,
 *   then given up with a warning; the primary rate limit is retried once
 *   when it resets within a minute. See
 *   https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api
 * - With a `deadline`, nothing waits past it: an attempt is cut off at the
 *   deadline, and no retry or rate-limit wait is begun that would end after
 *   it. A `retry-after: 600` then costs nothing but a warning.
 */





const DEFAULT_API_URL = 'https://api.github.com';
/** The HTTP status codes @octokit/plugin-retry leaves alone: its defaults, and 429, which is a rate limit. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
/**
 * Octokit sets no timeout: a connection that never answers would hold the
 * job until the runner's 6-hour limit. Each attempt gets its own deadline
 * (the per-attempt timeout, or what is left before the client's deadline if
 * that is sooner): this plugin is registered before the retry and throttling
 * plugins, so its hook runs inside theirs, once per attempt. A caller's own
 * signal is kept. The timeout surfaces as a RequestError with status 500,
 * which the retry plugin retries, unless its wait of base × (attempt)²
 * would end past the deadline: then the retry count is set to zero here,
 * on the options object the retry plugin reads next.
 */
function attemptLimits(timeoutMs, deadline, baseMs) {
    const ours = new WeakSet();
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            const left = deadline === undefined ? Infinity : deadline - Date.now();
            if (left <= 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.DeadlineError(options.method, options.url);
            // Hooks pass the options object along by reference (Octokit's auth
            // hook sits below this one), so the signal is set on it in place.
            const current = options.request?.signal;
            if (current && !ours.has(current))
                return request(options);
            const signal = AbortSignal.timeout(Math.max(1, Math.min(timeoutMs, left)));
            ours.add(signal);
            options.request = { ...options.request, signal };
            try {
                return await request(options);
            }
            catch (err) {
                if (deadline !== undefined) {
                    const wait = ((Number(options.request.retryCount) || 0) + 1) ** 2 * baseMs;
                    if (Date.now() + wait >= deadline)
                        options.request = { ...options.request, retries: 0 };
                }
                throw err;
            }
        });
    };
}
function createGitHubClient(token, env, options = {}) {
    const log = options.log ?? _errors_js__WEBPACK_IMPORTED_MODULE_1__.fallbackLog;
    const baseMs = options.retryBaseMs ?? 1000;
    const secondaryRetries = options.secondaryRateLimitRetries ?? 2;
    const baseUrl = (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
    const deadline = options.deadline;
    // A wait of `seconds` that ends in time: before the deadline, or within a
    // minute when there is none.
    const fits = (seconds) => (deadline === undefined ? seconds <= 60 : Date.now() + seconds * baseMs < deadline);
    const tooLong = (seconds) => deadline === undefined ? `it asks to wait ${seconds} s` : `waiting ${seconds} s would pass the time allowed for GitHub calls`;
    const throttle = {
        // The plugin multiplies retry-after seconds by this to get milliseconds.
        retryAfterBaseValue: baseMs,
        onRateLimit: (retryAfter, request, _octokit, retryCount) => {
            if (retryCount < 1 && fits(retryAfter)) {
                log.warn(`GitHub API rate limit hit on ${request.method} ${request.url}; retrying in ${retryAfter} s.`);
                return true;
            }
            const why = retryCount < 1 ? tooLong(retryAfter) : `it resets in ${retryAfter} s`;
            log.warn(`GitHub API rate limit exhausted on ${request.method} ${request.url}; giving up (${why}).`);
            return false;
        },
        onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
            if (retryCount < secondaryRetries && fits(retryAfter)) {
                log.debug(`GitHub API secondary rate limit on ${request.method} ${request.url}; retry ${retryCount + 1} in ${retryAfter} s.`);
                return true;
            }
            const why = retryCount < secondaryRetries ? tooLong(retryAfter) : `after ${retryCount} retries`;
            log.warn(`GitHub API secondary rate limit on ${request.method} ${request.url}; giving up (${why}).`);
            return false;
        },
        ...options.throttle,
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl,
        log: { debug: () => undefined, info: () => undefined, warn: (m) => log.warn(m), error: (m) => log.warn(m) },
        retry: { retryAfterBaseValue: baseMs, retries: options.retries ?? 3, doNotRetry: DO_NOT_RETRY },
        throttle,
    }, attemptLimits(options.timeoutMs ?? 30_000, deadline, baseMs), _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
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
