export const id = 468;
export const ids = [468,116];
export const modules = {

/***/ 65468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ArtifactStore: () => (/* binding */ ArtifactStore)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(73116);
// EXTERNAL MODULE: ./src/artifacts/availability.ts
var availability = __webpack_require__(54676);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/artifacts/find-run.ts
/**
 * Finding another workflow run's artifact through the REST API, for
 * `artifact-run: latest-success[@<branch>]` or a run id:
 *
 * - the workflow is this run's (GITHUB_WORKFLOW_REF names its file; else
 *   `GET /repos/{owner}/{repo}/actions/runs/{run_id}` gives its id);
 * - the branch is the one given, else the repository's default branch (the
 *   event payload's `repository.default_branch`, else `GET /repos/{owner}/{repo}`);
 * - the run is the newest of `GET .../actions/workflows/{workflow}/runs?branch=&status=success`
 *   that ran on this repository's own code: runs of pull requests are
 *   skipped, since a fork's branch may be called `main` too and its
 *   artifacts must not stand in for the champion's;
 * - the artifact is the newest of that name in `GET .../actions/runs/{run_id}/artifacts?name=`.
 *
 * Every failure is one UserError line naming the artifact and the run: no
 * such artifact, an expired one, no successful run on the branch, and a
 * token without `actions: read`.
 * https://docs.github.com/en/rest/actions/workflow-runs
 * https://docs.github.com/en/rest/actions/artifacts
 */



const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
/** A REST failure as one line; 403/404 on Actions endpoints mostly mean `actions: read` is missing. */
function restFailure(err, what, where) {
    const status = (0,github_errors.httpStatus)(err);
    // Octokit appends the documentation URL to GitHub's message: the message alone is the line.
    const reason = (0,github_errors.firstLine)(err).replace(/ - https?:\/\/\S+$/, '');
    if (status === 401)
        return new errors/* UserError */.yo(`${what}: the token was rejected (HTTP 401: ${reason})`);
    if (status === 403 || status === 404) {
        return new errors/* UserError */.yo(`${what}: the token cannot read the Actions runs of ${where.owner}/${where.repo} (HTTP ${status}: ${reason}); give the job \`permissions: actions: read\``);
    }
    return new errors/* UserError */.yo(`${what}: ${status ? `HTTP ${status}: ` : ''}${reason}`);
}
/** The workflow file of this run, from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/ci.yml@refs/heads/main`). */
function workflowFileOf(workflowRef) {
    const m = /\/\.github\/workflows\/([^@]+)@/.exec(workflowRef ?? '');
    return m ? m[1] : undefined;
}
function defaultBranchFromEvent(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        const payload = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
        const branch = payload.repository?.default_branch;
        return typeof branch === 'string' && branch ? branch : undefined;
    }
    catch {
        return undefined;
    }
}
async function defaultBranch(client, where, env, what) {
    const fromEvent = defaultBranchFromEvent(env.GITHUB_EVENT_PATH);
    if (fromEvent)
        return fromEvent;
    try {
        const { data } = await client.rest.repos.get({ owner: where.owner, repo: where.repo });
        return data.default_branch;
    }
    catch (err) {
        throw restFailure(err, what, where);
    }
}
async function thisWorkflow(client, where, env, what) {
    const file = workflowFileOf(env.GITHUB_WORKFLOW_REF);
    if (file)
        return file;
    const runId = Number(env.GITHUB_RUN_ID);
    if (!Number.isInteger(runId) || runId <= 0)
        throw new errors/* UserError */.yo(`${what}: cannot tell this run's workflow (GITHUB_WORKFLOW_REF and GITHUB_RUN_ID are not set)`);
    try {
        const { data } = await client.rest.actions.getWorkflowRun({ owner: where.owner, repo: where.repo, run_id: runId });
        return data.workflow_id;
    }
    catch (err) {
        throw restFailure(err, what, where);
    }
}
/** The run `selector` names (never `this`). `what` starts every message, e.g. `artifact:champion (input baseline-predictions)`. */
async function findRun(client, where, selector, env, what) {
    if (selector.kind === 'id')
        return { runId: selector.runId, label: `run ${selector.runId}` };
    const workflow = await thisWorkflow(client, where, env, what);
    const branch = selector.branch ?? (await defaultBranch(client, where, env, what));
    const full = `${where.owner}/${where.repo}`.toLowerCase();
    let runs;
    try {
        const { data } = await client.rest.actions.listWorkflowRuns({
            owner: where.owner,
            repo: where.repo,
            workflow_id: workflow,
            branch,
            status: 'success',
            exclude_pull_requests: true,
            per_page: 30,
        });
        runs = data.workflow_runs;
    }
    catch (err) {
        throw restFailure(err, what, where);
    }
    const own = runs.filter((r) => !PULL_REQUEST_EVENTS.has(r.event) && (r.head_repository?.full_name ?? full).toLowerCase() === full);
    const run = own.sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id - a.id)[0];
    if (!run)
        throw new errors/* UserError */.yo(`${what}: no successful run of workflow ${workflow} on branch ${branch} in ${where.owner}/${where.repo}`);
    return { runId: run.id, label: `run ${run.id} (latest success of ${workflow} on ${branch})` };
}
/** The newest artifact called `name` in a run, refused when expired. */
async function findArtifact(client, where, run, name, what) {
    let artifacts;
    try {
        const { data } = await client.rest.actions.listWorkflowRunArtifacts({ owner: where.owner, repo: where.repo, run_id: run.runId, name, per_page: 100 });
        artifacts = data.artifacts.filter((a) => a.name === name);
    }
    catch (err) {
        throw restFailure(err, `${what} in ${run.label}`, where);
    }
    const newest = artifacts.sort((a, b) => b.id - a.id)[0];
    if (!newest)
        throw new errors/* UserError */.yo(`${what}: ${run.label} has no artifact named "${name}"`);
    if (newest.expired) {
        const when = newest.expires_at ? ` on ${newest.expires_at.slice(0, 10)}` : '';
        throw new errors/* UserError */.yo(`${what}: artifact "${name}" of ${run.label} expired${when}; artifacts are kept for the repository's retention days`);
    }
    return { id: newest.id, name, runId: run.runId, runLabel: run.label };
}

// EXTERNAL MODULE: ./src/artifacts/reference.ts
var reference = __webpack_require__(37686);
;// CONCATENATED MODULE: ./src/artifacts/artifact-store.ts
/**
 * Downloads the artifacts `artifact:` inputs name, once each, with
 * @actions/artifact (loaded on first use):
 *
 * - from this run through the results service the runner gives the job
 *   (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN): `listArtifacts`, then
 *   `downloadArtifact(id)`;
 * - from another run (`artifact-run`) found through the REST API
 *   (find-run.ts), then `downloadArtifact(id, { findBy })` with the run's
 *   token, which needs `actions: read`.
 *
 * A zipped artifact (what actions/upload-artifact makes by default) is
 * unpacked into a fresh directory; an unzipped one is saved there under its
 * file name. `artifact:<name>` is then the one file the artifact holds, or
 * the directory when it holds several; `artifact:<name>/<path>` is that path
 * inside it.
 */







/** Every file under a directory, relative to it, `/`-separated, at most `limit`. */
async function filesUnder(dir, limit = 50) {
    const out = [];
    const walk = async (d) => {
        for (const entry of await (0,promises_.readdir)(d, { withFileTypes: true })) {
            if (out.length >= limit)
                return;
            const p = (0,external_node_path_.join)(d, entry.name);
            if (entry.isDirectory())
                await walk(p);
            else
                out.push((0,external_node_path_.relative)(dir, p).split(external_node_path_.sep).join('/'));
        }
    };
    await walk(dir);
    return out.sort();
}
/**
 * Runs a download with Node's deprecation warnings off: unzip-stream (inside
 * @actions/artifact) calls `new Buffer()`, and once bundled it is no longer
 * under node_modules, so Node prints DEP0005 into the job's log, a warning
 * nobody running the action can act on. Other warnings still show.
 */
async function withoutDeprecationWarnings(f) {
    const before = process.noDeprecation;
    process.noDeprecation = true;
    try {
        return await f();
    }
    finally {
        process.noDeprecation = before;
    }
}
class ArtifactStore {
    options;
    downloads = new Map();
    run;
    module;
    constructor(options) {
        this.options = options;
    }
    client() {
        return (this.module ??= Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(838), __webpack_require__.e(147), __webpack_require__.e(913), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 142)));
    }
    /** The local path an `artifact:` value stands for; `input` names the input in errors. */
    async open(ref, input) {
        const what = `${ref.text} (input ${input})`;
        let dir = this.downloads.get(ref.name);
        if (!dir) {
            dir = this.download(ref.name, what);
            this.downloads.set(ref.name, dir);
        }
        const root = await dir;
        const label = this.options.selector.kind === 'this' ? 'this run' : (await this.run).label;
        if (ref.path) {
            const target = (0,external_node_path_.resolve)(root, ref.path);
            const exists = await (0,promises_.stat)(target).then(() => true, () => false);
            if (!exists) {
                const files = await filesUnder(root, 10);
                throw new errors/* UserError */.yo(`${what}: artifact "${ref.name}" of ${label} has no "${ref.path}" (it holds ${files.map((f) => `"${f}"`).join(', ') || 'nothing'})`);
            }
            return target;
        }
        const files = await filesUnder(root, 2);
        if (files.length === 0)
            throw new errors/* UserError */.yo(`${what}: artifact "${ref.name}" of ${label} is empty`);
        return files.length === 1 ? (0,external_node_path_.join)(root, ...files[0].split('/')) : root;
    }
    async download(name, what) {
        const { env, selector, log } = this.options;
        const target = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.options.tempDir, 'modelgate-artifact-'));
        if (selector.kind === 'this') {
            const service = (0,availability/* artifactService */.G)(env);
            if (!service.available)
                throw new errors/* UserError */.yo(`${what}: artifacts of this run cannot be read here: ${service.reason}`);
            const { DefaultArtifactClient } = await this.client();
            const client = new DefaultArtifactClient();
            let found;
            try {
                const { artifacts } = await client.listArtifacts({ latest: true });
                found = artifacts.find((a) => a.name === name);
                if (!found) {
                    const names = artifacts.map((a) => `"${a.name}"`).sort().slice(0, 10);
                    throw new errors/* UserError */.yo(`${what}: this run (${this.options.runId ?? 'unknown id'}) has no artifact named "${name}"${names.length ? ` (it has ${names.join(', ')})` : ' (it has none yet)'}`);
                }
                await withoutDeprecationWarnings(() => client.downloadArtifact(found.id, { path: target }));
            }
            catch (err) {
                if (err instanceof errors/* UserError */.yo)
                    throw err;
                throw new errors/* UserError */.yo(`${what}: could not download artifact "${name}" of this run: ${(0,github_errors.firstLine)(err)}`);
            }
            log.info(`${what}: downloaded artifact "${name}" of this run`);
            return target;
        }
        const [owner, repo] = (this.options.repository ?? '').split('/');
        if (!owner || !repo)
            throw new errors/* UserError */.yo(`${what}: artifact-run ${(0,reference/* describeSelector */.r5)(selector)} needs GITHUB_REPOSITORY (a GitHub Actions run)`);
        if (!this.options.github || !this.options.token)
            throw new errors/* UserError */.yo(`${what}: artifact-run ${(0,reference/* describeSelector */.r5)(selector)} needs a github-token with actions: read`);
        const rest = await this.options.github();
        const where = { owner, repo };
        this.run ??= findRun(rest, where, selector, env, what);
        const run = await this.run;
        const artifact = await findArtifact(rest, where, run, name, what);
        const { DefaultArtifactClient } = await this.client();
        try {
            await withoutDeprecationWarnings(() => new DefaultArtifactClient().downloadArtifact(artifact.id, {
                path: target,
                findBy: { token: this.options.token, workflowRunId: run.runId, repositoryOwner: owner, repositoryName: repo },
            }));
        }
        catch (err) {
            const status = (0,github_errors.httpStatus)(err);
            if (status === 410)
                throw new errors/* UserError */.yo(`${what}: artifact "${name}" of ${run.label} expired`);
            if (status === 403 || status === 404) {
                throw new errors/* UserError */.yo(`${what}: the token cannot download artifact "${name}" of ${run.label} (HTTP ${status}); give the job \`permissions: actions: read\``);
            }
            throw new errors/* UserError */.yo(`${what}: could not download artifact "${name}" of ${run.label}: ${(0,github_errors.firstLine)(err)}`);
        }
        log.info(`${what}: downloaded artifact "${name}" of ${run.label}`);
        return target;
    }
}


/***/ }),

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
