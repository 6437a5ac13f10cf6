export const id = 584;
export const ids = [584];
export const modules = {

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
 * - Server errors (5xx) are retried by @octokit/plugin-retry with a growing
 *   delay: base × (attempt)² (1 s, 4 s, 9 s by default). 4xx answers that
 *   cannot change on retry (400, 401, 403, 404, 410, 422, 451) are not retried.
 * - Secondary rate limits (403/429 "You have exceeded a secondary rate limit")
 *   are retried a couple of times after the `retry-after` the server sends,
 *   then given up with a warning; the primary rate limit is retried once
 *   when it resets within a minute. See
 *   https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api
 */




const DEFAULT_API_URL = 'https://api.github.com';
/**
 * Octokit sets no timeout: a connection that never answers would hold the
 * job until the runner's 6-hour limit. Each attempt gets its own deadline:
 * this plugin is registered before the retry and throttling plugins, so its
 * hook runs inside theirs, once per attempt. A caller's own signal is kept.
 * The timeout surfaces as a RequestError with status 500, which the retry
 * plugin retries.
 */
function attemptTimeout(ms) {
    const ours = new WeakSet();
    return (octokit) => {
        octokit.hook.wrap('request', (request, options) => {
            // Hooks pass the options object along by reference (Octokit's auth
            // hook sits below this one), so the deadline is set on it in place.
            const current = options.request?.signal;
            if (current && !ours.has(current))
                return request(options);
            const signal = AbortSignal.timeout(ms);
            ours.add(signal);
            options.request = { ...options.request, signal };
            return request(options);
        });
    };
}
function createGitHubClient(token, env, options = {}) {
    const log = options.log ?? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fallbackLog */ .hx;
    const baseMs = options.retryBaseMs ?? 1000;
    const secondaryRetries = options.secondaryRateLimitRetries ?? 2;
    const baseUrl = (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
    const throttle = {
        // The plugin multiplies retry-after seconds by this to get milliseconds.
        retryAfterBaseValue: baseMs,
        onRateLimit: (retryAfter, request, _octokit, retryCount) => {
            if (retryCount < 1 && retryAfter <= 60) {
                log.warn(`GitHub API rate limit hit on ${request.method} ${request.url}; retrying in ${retryAfter} s.`);
                return true;
            }
            log.warn(`GitHub API rate limit exhausted on ${request.method} ${request.url}; giving up (resets in ${retryAfter} s).`);
            return false;
        },
        onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
            if (retryCount < secondaryRetries) {
                log.debug(`GitHub API secondary rate limit on ${request.method} ${request.url}; retry ${retryCount + 1} in ${retryAfter} s.`);
                return true;
            }
            log.warn(`GitHub API secondary rate limit on ${request.method} ${request.url}; giving up after ${retryCount} retries.`);
            return false;
        },
        ...options.throttle,
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl,
        log: { debug: () => undefined, info: () => undefined, warn: (m) => log.warn(m), error: (m) => log.warn(m) },
        retry: { retryAfterBaseValue: baseMs, retries: options.retries ?? 3 },
        throttle,
    }, attemptTimeout(options.timeoutMs ?? 30_000), _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
}


/***/ }),

/***/ 73116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   hx: () => (/* binding */ fallbackLog),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/** The HTTP status of an Octokit RequestError (or anything carrying one). */
function httpStatus(err) {
    if (err && typeof err === 'object' && 'status' in err) {
        const status = err.status;
        return typeof status === 'number' ? status : undefined;
    }
    return undefined;
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
        console.info(message);
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
