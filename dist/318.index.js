export const id = 318;
export const ids = [318,116];
export const modules = {

/***/ 47318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACTIONS_BOT_LOGIN: () => (/* binding */ ACTIONS_BOT_LOGIN),
/* harmony export */   COMMENT_BODY_LIMIT: () => (/* binding */ COMMENT_BODY_LIMIT),
/* harmony export */   MAX_COMMENT_PAGES: () => (/* binding */ MAX_COMMENT_PAGES),
/* harmony export */   commentMarker: () => (/* binding */ commentMarker),
/* harmony export */   fitCommentBody: () => (/* binding */ fitCommentBody),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73116);

/** GitHub rejects issue comment bodies longer than this (characters). */
const COMMENT_BODY_LIMIT = 65_536;
/** The login GitHub gives the GITHUB_TOKEN's identity. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** Pages of 100 comments read at most (5,000 comments); a pull request rarely has a tenth of that. */
const MAX_COMMENT_PAGES = 50;
/** Creates tried at most when their answers are lost. */
const CREATE_ATTEMPTS = 3;
/**
 * A hidden marker naming the gate (and the user's comment id, so that two
 * uses of one gate in a workflow keep two comments). HTML comments are not
 * rendered by GitHub's Markdown. Characters that could end the comment early
 * are dropped from the id.
 */
function commentMarker(gate, commentId) {
    const clean = (s) => s.replace(/--+|>|</g, '').trim();
    const id = commentId === undefined ? '' : clean(commentId);
    return id ? `<!-- modelgate:${clean(gate)}:${id} -->` : `<!-- modelgate:${clean(gate)} -->`;
}
const TRUNCATION_NOTE = "\n\n---\n_This comment was truncated to fit GitHub's limit of 65,536 characters. The job summary and the JSON report have everything._";
/**
 * Any text further down that looks like a modelgate marker, made inert: `<`
 * becomes `&lt;`, so GitHub shows the text as it was but the raw body holds no
 * marker (older modelgate versions searched the whole body for theirs).
 */
function defuseMarkers(text) {
    return text.replace(/<(!--\s*modelgate:)/gi, '&lt;$1');
}
/** The first line of a comment body (without a CR GitHub may have kept). */
function firstBodyLine(body) {
    const s = body ?? '';
    const end = s.indexOf('\n');
    return (end < 0 ? s : s.slice(0, end)).replace(/\r$/, '');
}
/**
 * The body as it is posted: the marker as the first line (added if the
 * caller left it out), any other marker-like text defused, and a body over
 * GitHub's limit cut at the last whole line that fits, an open code fence
 * closed, and a note saying it was cut.
 */
function fitCommentBody(body, marker, limit = COMMENT_BODY_LIMIT) {
    const prefix = `${marker}\n`;
    const content = defuseMarkers(body.startsWith(prefix) ? body.slice(prefix.length) : body === marker ? '' : body);
    const full = prefix + content;
    if (full.length <= limit)
        return full;
    const fenceCloser = '\n```';
    const budget = limit - prefix.length - TRUNCATION_NOTE.length - fenceCloser.length;
    let cut = content.lastIndexOf('\n', budget);
    // A line boundary far back (one huge line) would throw most of the text away.
    if (cut < budget / 2) {
        cut = budget;
        // Do not split a UTF-16 surrogate pair.
        const code = content.charCodeAt(cut - 1);
        if (code >= 0xd800 && code <= 0xdbff)
            cut -= 1;
    }
    let kept = content.slice(0, cut);
    const fences = kept.split('\n').filter((line) => /^\s*(```|~~~)/.test(line)).length;
    if (fences % 2 === 1)
        kept += fenceCloser;
    return prefix + kept + TRUNCATION_NOTE;
}
function isComment(value) {
    return typeof value === 'object' && value !== null && typeof value.id === 'number';
}
/** A failed request that GitHub may still have carried out: a 5xx, or no answer at all. */
function mayHaveHappened(err) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__.DeadlineError)
        return false;
    const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.httpStatus)(err);
    return status === undefined || status >= 500;
}
/**
 * The login of the token's identity. GraphQL's `viewer` answers for every
 * kind of token, installation tokens included (`github-actions[bot]` for
 * GITHUB_TOKEN, `<app-slug>[bot]` for another app's); REST `GET /user`
 * answers only for user tokens and is the fallback where GraphQL refuses.
 * A server error is not guessed around: without our login we cannot tell our
 * comment from another's, so the error is thrown and nothing is posted.
 */
async function ownLogin(client, log) {
    try {
        const answer = await client.graphql('query { viewer { login } }');
        const login = answer?.viewer?.login;
        if (typeof login === 'string' && login)
            return login;
        throw new Error('GitHub answered the question of who the token is without a login');
    }
    catch (err) {
        const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.httpStatus)(err);
        if (status === undefined || status >= 500 || status === 401)
            throw err;
        log.debug?.(`GraphQL viewer refused (HTTP ${status}); asking GET /user`);
    }
    try {
        const { data } = await client.rest.users.getAuthenticated();
        if (typeof data?.login === 'string' && data.login)
            return data.login;
        throw new Error('GitHub answered GET /user without a login');
    }
    catch (err) {
        const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.httpStatus)(err);
        if (status === undefined || status >= 500 || status === 401)
            throw err;
        // An installation token that GraphQL would not name either: GITHUB_TOKEN's is the likely one.
        return ACTIONS_BOT_LOGIN;
    }
}
/** A page's address with its query sorted and `page` spelled out, so that two spellings of one page compare equal. */
function pageKey(url) {
    const u = new URL(url);
    if (!u.searchParams.has('page'))
        u.searchParams.set('page', '1');
    u.searchParams.sort();
    return u.toString();
}
/** The `rel="next"` target of a Link header. */
function nextLink(link) {
    for (const part of (link ?? '').split(',')) {
        const m = /<([^<>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (m)
            return m[1];
    }
    return undefined;
}
/**
 * The comments on the issue that are ours for this marker, oldest first.
 * Pages are followed by their Link headers, at most MAX_COMMENT_PAGES of
 * them, never to a page already read (a Link that loops back) and never to
 * another host (the token goes with every request).
 */
async function ownComments(client, opts, login) {
    const { owner, repo, issueNumber, marker, log } = opts;
    const where = `${owner}/${repo}#${issueNumber}`;
    const ours = [];
    const seen = new Set();
    let response = await client.rest.issues.listComments({
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
    });
    for (let page = 1;; page++) {
        seen.add(pageKey(response.url));
        if (!Array.isArray(response.data) || !response.data.every(isComment)) {
            throw new Error(`GitHub's answer to the list of comments on ${where} is not a list of comments`);
        }
        for (const c of response.data) {
            if (c.user?.login?.toLowerCase() === login.toLowerCase() && firstBodyLine(c.body) === marker)
                ours.push(c);
        }
        const next = nextLink(response.headers.link);
        if (!next)
            break;
        let stop;
        if (page >= MAX_COMMENT_PAGES)
            stop = `read the first ${MAX_COMMENT_PAGES} pages of comments on ${where} and stopped`;
        else if (new URL(next, response.url).origin !== new URL(response.url).origin)
            stop = `the comment list on ${where} links to another host; not followed`;
        else if (seen.has(pageKey(new URL(next, response.url).toString())))
            stop = `the comment list on ${where} links back to a page already read; stopped after ${page} pages`;
        if (stop) {
            log.warn(stop);
            break;
        }
        response = await client.request({ method: 'GET', url: new URL(next, response.url).toString() });
    }
    const time = (c) => Date.parse(c.created_at ?? '') || 0;
    return ours.sort((a, b) => time(a) - time(b) || a.id - b.id);
}
/** The newest of our comments, after deleting the older ones (a duplicate left by an earlier run). */
async function keepNewest(client, opts, ours) {
    const { owner, repo, log } = opts;
    for (const old of ours.slice(0, -1)) {
        try {
            await client.rest.issues.deleteComment({ owner, repo, comment_id: old.id });
            log.info?.(`removed a duplicate pull-request comment (id ${old.id})`);
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__.DeadlineError)
                throw err;
            log.warn(`could not remove the duplicate pull-request comment ${old.id} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.firstLine)(err)})`);
        }
    }
    return ours.at(-1);
}
/** 403/404: no right to the issue (fork PR, read-only token, locked or missing PR); 401: a bad or expired token. */
function isPermissionError(err) {
    const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.httpStatus)(err);
    return status === 401 || status === 403 || status === 404;
}
function permissionWarning(action, opts, err) {
    const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.httpStatus)(err);
    const hint = status === 401
        ? 'The token was rejected (expired or revoked?).'
        : status === 404
            ? 'The pull request was not found: it is gone, or the token cannot see this repository.'
            : 'Pull requests from forks get a read-only token; grant `permissions: pull-requests: write` to post it.';
    return (`Could not ${action} the pull request comment on ${opts.owner}/${opts.repo}#${opts.issueNumber} ` +
        `(HTTP ${status}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.firstLine)(err)}). ${hint} The gate result is unaffected.`);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Create the comment, once. Octokit's own retry is off for this request: a
 * 5xx or a dropped connection may come after GitHub made the comment, so the
 * comments are listed again and a create is repeated only when ours is not
 * there. (Rate-limit answers are still retried by the throttling plugin:
 * GitHub did nothing with those requests.)
 */
async function createOnce(client, opts, body, login) {
    const { owner, repo, issueNumber, log } = opts;
    const delay = opts.retryDelayMs ?? 1000;
    for (let attempt = 1;; attempt++) {
        try {
            await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body, request: { retries: 0 } });
            return 'created';
        }
        catch (err) {
            if (!mayHaveHappened(err))
                throw err;
            log.debug?.(`creating the pull-request comment failed (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.firstLine)(err)}); looking whether it was made`);
            const made = await keepNewest(client, opts, await ownComments(client, opts, login));
            if (made) {
                if (made.body === body)
                    return 'created';
                await client.rest.issues.updateComment({ owner, repo, comment_id: made.id, body });
                return 'updated';
            }
            const wait = attempt * attempt * delay;
            if (attempt >= CREATE_ATTEMPTS || (opts.deadline !== undefined && Date.now() + wait >= opts.deadline))
                throw err;
            await sleep(wait);
        }
    }
}
async function upsertStickyComment(client, opts) {
    const { owner, repo, marker, log } = opts;
    let login;
    let ours;
    try {
        login = await ownLogin(client, log);
        ours = await ownComments(client, opts, login);
    }
    catch (err) {
        if (!isPermissionError(err))
            throw err;
        log.warn(permissionWarning('read', opts, err));
        return 'skipped';
    }
    let existing;
    try {
        existing = await keepNewest(client, opts, ours);
        // The body may depend on the comment it replaces (the previous verdict).
        const raw = typeof opts.body === 'function' ? opts.body(existing?.body ?? undefined) : opts.body;
        const body = fitCommentBody(raw, marker);
        if (body.endsWith(TRUNCATION_NOTE) && !raw.endsWith(TRUNCATION_NOTE)) {
            log.info?.(`The pull request comment was cut to GitHub's limit of ${COMMENT_BODY_LIMIT} characters.`);
        }
        const comparable = opts.comparable ?? ((b) => b);
        if (existing) {
            if (existing.body === body || comparable(existing.body ?? '') === comparable(body))
                return 'unchanged';
            await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
            return 'updated';
        }
        return await createOnce(client, opts, body, login);
    }
    catch (err) {
        if (!isPermissionError(err))
            throw err;
        log.warn(permissionWarning(existing ? 'update' : 'create', opts, err));
        return 'skipped';
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
