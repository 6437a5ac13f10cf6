export const id = 318;
export const ids = [318];
export const modules = {

/***/ 47318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACTIONS_BOT_LOGIN: () => (/* binding */ ACTIONS_BOT_LOGIN),
/* harmony export */   COMMENT_BODY_LIMIT: () => (/* binding */ COMMENT_BODY_LIMIT),
/* harmony export */   commentMarker: () => (/* binding */ commentMarker),
/* harmony export */   fitCommentBody: () => (/* binding */ fitCommentBody),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73116);

/** GitHub rejects issue comment bodies longer than this (characters). */
const COMMENT_BODY_LIMIT = 65_536;
/** The login GitHub gives the GITHUB_TOKEN's identity. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
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
 * The body as it is posted: the marker first (added if the caller left it
 * out), and a body over GitHub's limit cut at the last whole line that fits,
 * an open code fence closed, and a note saying it was cut.
 */
function fitCommentBody(body, marker, limit = COMMENT_BODY_LIMIT) {
    const full = body.includes(marker) ? body : `${marker}\n${body}`;
    if (full.length <= limit)
        return full;
    const prefix = `${marker}\n`;
    const content = body.split(marker).join('').replace(/^\n+/, '');
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
/**
 * Whose comments are ours. A token for a user (a PAT, an OAuth or
 * user-to-server token) can read `GET /user`: its comments are that login's.
 * Installation tokens (GITHUB_TOKEN is one, and so is any GitHub App token)
 * get 403 "Resource not accessible by integration" there, and their
 * comments are written by a Bot account (`github-actions[bot]`,
 * `<app-slug>[bot]`), which a human cannot impersonate. So when `/user`
 * fails we take comments by Bot accounts, `github-actions[bot]` first. A
 * person's comment that quotes the marker is never edited either way.
 */
async function ownerFilter(client) {
    try {
        const { data } = await client.rest.users.getAuthenticated();
        const login = data.login;
        return { owns: (c) => c.user?.login === login, rank: () => 0 };
    }
    catch (err) {
        const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(err);
        if (status === undefined || status >= 500)
            throw err;
        return {
            owns: (c) => c.user?.type === 'Bot',
            rank: (c) => (c.user?.login === ACTIONS_BOT_LOGIN ? 0 : 1),
        };
    }
}
/** 403/404: no right to the issue (fork PR, read-only token, locked PR); 401: a bad or expired token. */
function isPermissionError(err) {
    const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(err);
    return status === 401 || status === 403 || status === 404;
}
function permissionWarning(action, opts, err) {
    const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(err);
    const hint = status === 401
        ? 'The token was rejected (expired or revoked?).'
        : 'Pull requests from forks get a read-only token; grant `permissions: pull-requests: write` to post it.';
    return (`Could not ${action} the pull request comment on ${opts.owner}/${opts.repo}#${opts.issueNumber} ` +
        `(HTTP ${status}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .firstLine */ .TM)(err)}). ${hint} The gate result is unaffected.`);
}
async function upsertStickyComment(client, opts) {
    const { owner, repo, issueNumber, marker, log } = opts;
    const body = fitCommentBody(opts.body, marker);
    if (body.endsWith(TRUNCATION_NOTE) && !opts.body.endsWith(TRUNCATION_NOTE)) {
        log.info?.(`The pull request comment was cut to GitHub's limit of ${COMMENT_BODY_LIMIT} characters.`);
    }
    let existing;
    try {
        const { owns, rank } = await ownerFilter(client);
        const comments = await client.paginate(client.rest.issues.listComments, {
            owner,
            repo,
            issue_number: issueNumber,
            per_page: 100,
        });
        const ours = comments.filter((c) => (c.body ?? '').includes(marker) && owns(c));
        // Stable sort keeps the oldest first among equal ranks.
        existing = ours.sort((a, b) => rank(a) - rank(b))[0];
    }
    catch (err) {
        if (!isPermissionError(err))
            throw err;
        log.warn(permissionWarning('read', opts, err));
        return 'skipped';
    }
    try {
        if (existing) {
            if (existing.body === body)
                return 'unchanged';
            await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
            return 'updated';
        }
        await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
        return 'created';
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
