export const id = 976;
export const ids = [976];
export const modules = {

/***/ 14888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ defineGate)
/* harmony export */ });
/** Identity helper that keeps a gate's input type. */
function defineGate(gate) {
    return gate;
}


/***/ }),

/***/ 96476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ makeReport)
/* harmony export */ });
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88557);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79478);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83323);



/**
 * Assemble a report. The verdict is decided here, once: the worst check
 * verdict, unless a gate whose verdict is not a plain aggregate
 * (canary-decision) passes its own. The summary line is that verdict followed
 * by the gate's reason, which may depend on the verdict; nothing else writes
 * a verdict word into the summary.
 *
 * The inputs recorded here are replaced by the run path with the effective
 * inputs, redacted of secrets (src/run/run-gate.ts).
 */
function makeReport(parts) {
    const verdict = parts.verdict ?? (0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .worstVerdict */ .zP)(parts.checks.map((c) => c.verdict));
    const reason = typeof parts.reason === 'function' ? parts.reason(verdict) : parts.reason;
    return {
        schemaVersion: _report_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_SCHEMA_VERSION */ .WI,
        gate: parts.gate,
        verdict,
        summary: `${verdict}: ${reason}`,
        tool: { name: 'modelgate', version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x },
        createdAt: new Date().toISOString(),
        inputs: parts.inputs,
        checks: parts.checks,
        ...parts.sections,
    };
}


/***/ }),

/***/ 25969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ splitUrlCredentials)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * A service URL with credentials in it (`https://user:password@host/…`, the
 * form Prometheus and MLflow users write) cannot be fetched as it is: the
 * Fetch standard refuses a request whose URL includes credentials (Node's
 * fetch throws "Request cannot be constructed from a URL that includes
 * credentials" before connecting). The credentials go in an Authorization
 * header instead, as HTTP Basic authentication (RFC 7617): base64 of
 * `user-id:password` in UTF-8, each part percent-decoded first, since a URL
 * holds them percent-encoded.
 */

function decode(part) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        return part;
    }
}
/** Split the userinfo off an http(s) URL; `field` names the input in errors. */
function splitUrlCredentials(raw, field) {
    let parsed;
    try {
        parsed = new URL(raw.trim());
    }
    catch {
        // The URL itself may hold the password: say only that it is not one.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('not a valid URL', { field });
    }
    const username = decode(parsed.username);
    const password = decode(parsed.password);
    parsed.username = '';
    parsed.password = '';
    const url = parsed.toString().replace(/\/+$/, '');
    if (!username && !password)
        return { url };
    const authorization = `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
    return { url, username, password: password || undefined, authorization };
}


/***/ }),

/***/ 83323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** modelgate's version, kept equal to package.json's by a test. */
const VERSION = '0.1.0';


/***/ }),

/***/ 27976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ register_model_gate),
  makeBackend: () => (/* binding */ makeBackend)
});

// EXTERNAL MODULE: ./src/core/gate.ts
var gate = __webpack_require__(14888);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/registry/git.ts
/** `git` through execFile: no shell, arguments passed as they are. */


/** Run git; resolve with the exit code instead of throwing. */
function gitRaw(args, opts) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.execFile)('git', args, {
            cwd: opts.cwd,
            env: { ...process.env, ...opts.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
            maxBuffer: 256 * 1024 * 1024,
            signal: opts.signal,
            encoding: 'utf8',
        }, (err, stdout, stderr) => {
            if (err && err.code === 'ENOENT') {
                reject(new errors/* UserError */.yo('git is not installed or not on PATH'));
                return;
            }
            if (err && err.name === 'AbortError') {
                reject(err);
                return;
            }
            const code = err ? (typeof err.code === 'number' ? (err.code) : 1) : 0;
            resolve({ stdout, stderr, code });
        });
        if (opts.input !== undefined)
            child.stdin?.end(opts.input);
    });
}
/** Run git; a non-zero exit becomes an error naming the command and git's first error line. */
async function git(args, opts) {
    const r = await gitRaw(args, opts);
    if (r.code !== 0) {
        const line = r.stderr.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? `exit code ${r.code}`;
        throw new errors/* UserError */.yo(`git ${args[0]} failed: ${line}`);
    }
    return r.stdout;
}

;// CONCATENATED MODULE: ./src/registry/semver.ts
/**
 * Semantic versions as GTO writes them in tags: a `v` followed by a
 * SemVer 2.0.0 version (https://semver.org), e.g. `v1.2.3` or `v1.0.0-rc.2`.
 * The pattern is SemVer's own recommended regular expression (semver.org,
 * "Is there a suggested regular expression"), which GTO also uses.
 */

const SEMVER_CORE = '(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)' +
    '(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?' +
    '(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?';
const SEMVER_RE = new RegExp(`^v?${SEMVER_CORE}$`);
/** Parse `v1.2.3` or `1.2.3`; null when it is not SemVer. */
function parseSemver(text) {
    const m = SEMVER_RE.exec(text.trim());
    if (!m)
        return null;
    return {
        major: Number(m[1]),
        minor: Number(m[2]),
        patch: Number(m[3]),
        prerelease: m[4] ? m[4].split('.') : [],
        build: m[5] ?? null,
    };
}
/** The tag spelling of a version: always with the leading `v`. */
function formatSemver(v) {
    const pre = v.prerelease.length ? `-${v.prerelease.join('.')}` : '';
    const build = v.build ? `+${v.build}` : '';
    return `v${v.major}.${v.minor}.${v.patch}${pre}${build}`;
}
/** Normalise a user-given version to `vX.Y.Z`, or fail with one line. */
function normalizeVersion(text, field = 'version') {
    const v = parseSemver(text);
    if (!v)
        throw new errors/* UserError */.yo(`"${text}" is not a semantic version (expected e.g. v1.2.3)`, { field });
    return formatSemver(v);
}
function compareIdentifiers(a, b) {
    const an = /^\d+$/.test(a);
    const bn = /^\d+$/.test(b);
    if (an && bn)
        return Number(a) - Number(b);
    if (an)
        return -1; // numeric identifiers have lower precedence (SemVer §11.4.3)
    if (bn)
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** SemVer precedence (§11): build metadata is ignored. */
function compareSemver(a, b) {
    if (a.major !== b.major)
        return a.major - b.major;
    if (a.minor !== b.minor)
        return a.minor - b.minor;
    if (a.patch !== b.patch)
        return a.patch - b.patch;
    // A version without prerelease ranks above one with (§11.3).
    if (!a.prerelease.length || !b.prerelease.length)
        return b.prerelease.length - a.prerelease.length;
    const n = Math.min(a.prerelease.length, b.prerelease.length);
    for (let i = 0; i < n; i++) {
        const c = compareIdentifiers(a.prerelease[i], b.prerelease[i]);
        if (c !== 0)
            return c;
    }
    return a.prerelease.length - b.prerelease.length;
}
function compareVersionStrings(a, b) {
    const pa = parseSemver(a);
    const pb = parseSemver(b);
    if (pa && pb)
        return compareSemver(pa, pb);
    if (pa)
        return 1; // SemVer versions rank above commit-named ones, as GTO sorts them
    if (pb)
        return -1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The next version after the greatest of `existing`: the first version is
 * v0.0.1 (as GTO's `register` does); a bump resets the lower parts and drops
 * prerelease and build labels.
 */
function nextVersion(existing, bump) {
    let top = null;
    for (const s of existing) {
        const v = parseSemver(s);
        if (v && (!top || compareSemver(v, top) > 0))
            top = v;
    }
    if (!top)
        return 'v0.0.1';
    const next = { major: top.major, minor: top.minor, patch: top.patch, prerelease: [], build: null };
    if (bump === 'major') {
        next.major += 1;
        next.minor = 0;
        next.patch = 0;
    }
    else if (bump === 'minor') {
        next.minor += 1;
        next.patch = 0;
    }
    else {
        next.patch += 1;
    }
    return formatSemver(next);
}

;// CONCATENATED MODULE: ./src/registry/gto-tag.ts
/**
 * GTO's Git tag grammar (iterative/gto, `gto/constants.py` and `gto/tag.py`;
 * documented at https://dvc.org/doc/gto/user-guide): every registry event is
 * an annotated tag whose name says what happened.
 *
 *   name@v1.2.3            register version v1.2.3
 *   name@v1.2.3!           deregister it
 *   name#stage#N           assign stage to the version at the tag's commit
 *   name#stage!#N          unassign it
 *   name@deprecated        deprecate the whole artifact
 *
 * Any of them may end in `#N`, a counter; GTO writes stage tags with one,
 * N being one above the highest counter on any tag of the same artifact
 * (whatever its stage or action), so that tag names never repeat.
 * Names and stages follow `[a-z][a-z0-9-/]*[a-z0-9]`.
 */


const NAME_PATTERN = '[a-z][a-z0-9-/]*[a-z0-9]';
const NAME_RE = new RegExp(`^${NAME_PATTERN}$`);
const TAG_RE = new RegExp(`^(?<artifact>${NAME_PATTERN})` +
    `(?:(?:#(?<stage>${NAME_PATTERN})|@(?<version>v${SEMVER_CORE}))(?<cancel>!?)|@(?:(?<deprecated>deprecated)|(?<created>created)))` +
    `(?:#(?<counter>[0-9]+))?$`);
function isValidName(value) {
    return NAME_RE.test(value);
}
/** Check an artifact or stage name, failing with one line. */
function assertValidName(value, field) {
    if (!isValidName(value)) {
        throw new errors/* UserError */.yo(`"${value}" is not a valid GTO name: lowercase letters, digits, "-" and "/", starting with a letter and ending with a letter or digit, at least 2 characters`, { field });
    }
}
/** Parse a tag name; null for tags that are not GTO's. */
function parseTag(tag) {
    const m = TAG_RE.exec(tag);
    if (!m || !m.groups)
        return null;
    const g = m.groups;
    const out = { artifact: g.artifact, action: 'create' };
    if (g.deprecated)
        out.action = 'deprecate';
    else if (g.created)
        out.action = 'create';
    else if (g.version) {
        out.version = g.version;
        out.action = g.cancel === '!' ? 'deregister' : 'register';
    }
    else if (g.stage) {
        out.stage = g.stage;
        out.action = g.cancel === '!' ? 'unassign' : 'assign';
    }
    if (g.counter !== undefined)
        out.counter = Number(g.counter);
    return out;
}
/** One above the highest counter on any tag of this artifact (1 when none has one). */
function nextCounter(artifact, tagNames) {
    let top = 0;
    for (const t of tagNames) {
        const p = parseTag(t);
        if (p && p.artifact === artifact && p.counter !== undefined && p.counter > top)
            top = p.counter;
    }
    return top + 1;
}
function registerTag(artifact, version) {
    return `${artifact}@${version}`;
}
function deregisterTag(artifact, version) {
    return `${artifact}@${version}!`;
}
function assignTag(artifact, stage, counter) {
    return `${artifact}#${stage}#${counter}`;
}
function unassignTag(artifact, stage, counter) {
    return `${artifact}#${stage}!#${counter}`;
}
/** `name@deprecated`, or with a counter when that name is taken (a second deprecation). */
function deprecateTag(artifact, counter) {
    return counter === undefined ? `${artifact}@deprecated` : `${artifact}@deprecated#${counter}`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/registry/record.ts
/**
 * The registration record and the tag messages that carry it.
 *
 * A modelgate tag message is:
 *
 *   <one line, in the words GTO uses: "Registering artifact x version v1.0.0">
 *   <blank line>
 *   audit: <ISO time> actor=<who> action=<what> [stage=..] [version=..] reason=<why>
 *   ---
 *   <YAML document: the record or the audit entry>
 *
 * GTO shows the message as is; modelgate reads the YAML after the `---` line.
 */




const RECORD_FORMAT = 1;
/** One line: time, actor, action and reason, readable in `git tag -n`. */
function auditLine(e) {
    const parts = [`audit: ${e.time}`, `actor=${e.actor}`, `action=${e.action}`];
    if (e.stage)
        parts.push(`stage=${e.stage}`);
    if (e.version)
        parts.push(`version=${e.version}`);
    parts.push(`reason=${JSON.stringify(e.reason ?? '')}`);
    return parts.join(' ');
}
function formatTagMessage(title, audit, body) {
    return `${title}\n\n${audit}\n---\n${(0,dist/* stringify */.As)(body, { lineWidth: 0 })}`;
}
function parseTagMessage(message) {
    const lines = message.replace(/\r\n/g, '\n').split('\n');
    const title = lines[0] ?? '';
    const audit = lines.find((l) => l.startsWith('audit: ')) ?? null;
    const sep = lines.indexOf('---');
    let body = null;
    if (sep >= 0) {
        try {
            const doc = (0,dist/* parse */.qg)(lines.slice(sep + 1).join('\n'));
            if (doc && typeof doc === 'object' && 'modelgate' in doc)
                body = doc;
        }
        catch {
            body = null;
        }
    }
    return { title, audit, body };
}
function recordFromMessage(message) {
    const { body } = parseTagMessage(message);
    return body && body.action === 'register' ? body : null;
}
const MAX_FIGURES = 25;
/** Read another gate's JSON report for its verdict and key figures. */
async function readGateReport(file, cwd) {
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().resolve(cwd, file), 'utf8');
    }
    catch {
        throw new errors/* UserError */.yo('report file not found', { file, field: 'reports' });
    }
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`not valid JSON: ${err.message}`, { file, field: 'reports' });
    }
    const r = doc;
    if (!r || typeof r !== 'object' || typeof r.gate !== 'string' || typeof r.verdict !== 'string') {
        throw new errors/* UserError */.yo('not a modelgate report (needs "gate" and "verdict")', { file, field: 'reports' });
    }
    const figures = {};
    if (Array.isArray(r.checks)) {
        for (const c of r.checks.slice(0, MAX_FIGURES)) {
            if (c && typeof c === 'object' && typeof c.id === 'string') {
                const v = c.value;
                figures[c.id] = v === undefined || typeof v === 'object' ? null : v;
            }
        }
    }
    return {
        gate: r.gate,
        verdict: r.verdict,
        summary: typeof r.summary === 'string' ? r.summary : undefined,
        report: file,
        figures,
    };
}

;// CONCATENATED MODULE: ./src/registry/registry-state.ts
/**
 * The registry state GTO derives from its tags (iterative/gto `gto/base.py`),
 * as a pure function of the tag events.
 *
 * Rules, as GTO applies them:
 * - Events are ordered by the tag's creation time (the tagger date).
 *   modelgate writes strictly increasing tagger dates per artifact; equal
 *   dates are ordered by counter, then tag name.
 * - A version is active when its latest register/deregister event is a
 *   registration.
 * - An assignment or unassignment belongs to the version registered at the
 *   tag's commit (GTO looks versions up by commit); with no registered version
 *   there, the commit itself plays the version, as GTO does.
 * - A stage is active on a version when the latest assign/unassign event of
 *   that stage on that version is an assignment.
 * - Which version is "in" a stage: among active versions with the stage
 *   active, by default the one whose latest assignment is the most recent
 *   ("the latest assignment wins", `gto show`'s default `--sort timestamp`);
 *   with `semver` sorting, the greatest version. Only the first
 *   `versionsPerStage` are kept (GTO's default 1; -1 for all).
 * - An artifact is deprecated when its latest event is a deprecation.
 */

function byTime(a, b) {
    if (a.time !== b.time)
        return a.time - b.time;
    const ca = a.parsed.counter ?? 0;
    const cb = b.parsed.counter ?? 0;
    if (ca !== cb)
        return ca - cb;
    return a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0;
}
function buildArtifactState(name, allEvents, options = {}) {
    const sort = options.sort ?? 'timestamp';
    const perStage = options.versionsPerStage ?? 1;
    const events = allEvents.filter((e) => e.parsed.artifact === name).sort(byTime);
    const versions = new Map();
    const byCommit = new Map();
    const get = (version, commit) => {
        let v = versions.get(version);
        if (!v) {
            v = { version, commit, registered: false, active: false, registeredAt: null, tag: null, message: '', stages: [], events: [] };
            versions.set(version, v);
        }
        return v;
    };
    // Registrations first, so that assignment tags find their version by commit
    // whatever the order (GTO indexes all tags of an artifact before reading state).
    for (const e of events) {
        if (e.parsed.action === 'register' || e.parsed.action === 'deregister') {
            const v = get(e.parsed.version, e.commit);
            if (e.parsed.action === 'register' && !v.registered) {
                v.registered = true;
                v.registeredAt = e.time;
                v.tag = e.tag;
                v.message = e.message;
                v.commit = e.commit;
            }
            if (!byCommit.has(e.commit))
                byCommit.set(e.commit, v);
        }
    }
    const stageEvents = new Map(); // version → stage → latest event
    let deprecated = false;
    for (const e of events) {
        const a = e.parsed.action;
        if (a === 'register' || a === 'deregister') {
            const v = versions.get(e.parsed.version);
            v.events.push(e);
            v.active = a === 'register';
            deprecated = false;
        }
        else if (a === 'assign' || a === 'unassign') {
            const v = byCommit.get(e.commit) ?? get(e.commit, e.commit);
            if (!v.registered)
                v.active = true; // a commit-named version is active while it has events
            v.events.push(e);
            let m = stageEvents.get(v.version);
            if (!m)
                stageEvents.set(v.version, (m = new Map()));
            m.set(e.parsed.stage, e);
            deprecated = false;
        }
        else if (a === 'deprecate') {
            deprecated = true;
        }
        else {
            deprecated = false;
        }
    }
    const candidates = [];
    for (const v of versions.values()) {
        const m = stageEvents.get(v.version);
        if (!m)
            continue;
        for (const [stage, e] of m) {
            if (e.parsed.action === 'assign') {
                const s = { stage, version: v.version, since: e.time, tag: e.tag };
                v.stages.push(s);
                if (v.active)
                    candidates.push(s);
            }
        }
        v.stages.sort((a, b) => a.since - b.since);
    }
    const order = new Map(events.map((e, i) => [e.tag, i]));
    candidates.sort((a, b) => sort === 'semver' ? -compareVersionStrings(a.version, b.version) : order.get(b.tag) - order.get(a.tag));
    const stages = {};
    for (const c of candidates) {
        const list = (stages[c.stage] ??= []);
        if (perStage > -1 && list.length >= perStage)
            continue;
        list.push(c);
    }
    const sorted = [...versions.values()].sort((a, b) => -compareVersionStrings(a.version, b.version));
    return { name, versions: sorted, deprecated, stages, events };
}
/** Artifact names present in a list of events, in order of first appearance. */
function artifactNames(events) {
    return [...new Set(events.map((e) => e.parsed.artifact))];
}
/** The greatest active registered version (GTO's `latest`). */
function latestVersion(state) {
    return state.versions.find((v) => v.active && v.registered);
}

;// CONCATENATED MODULE: ./src/registry/git-registry.ts
/**
 * The git backend: the repository is the registry. Every event is an
 * annotated tag in GTO's grammar (see gto-tag.ts), pushed to the remote.
 *
 * Concurrency: writers fetch the tags, decide, and push new tag names only.
 * A tag that already exists on the remote is rejected by git, so of two
 * racing writers one wins and the other fetches, recomputes and retries.
 *
 * Atomicity: the tag object (and the registration commit it points at) are
 * written as loose objects with no ref; the only visible step is the push
 * of the new ref(s) (`--atomic` when there are several), then the local ref.
 * A writer killed at any point leaves either a complete version on the
 * remote or none.
 *
 * Each version gets its own registration commit (the source commit's tree,
 * with the source commit as parent): GTO finds the version a stage tag
 * assigns by the commit it points at, so two versions must never share one.
 */






const FIELD_SEP = '\x00';
const RECORD_SEP = '\x00\x01\n';
const FORMAT = [
    '%(refname:strip=2)',
    '%(objecttype)',
    '%(objectname)',
    '%(*objectname)',
    '%(taggerdate:unix)',
    '%(taggername)',
    '%(contents)',
].join('%00') + '%00%01';
const CONFLICT = /already exists|rejected|failed to (lock|update)|cannot lock|incorrect old value|stale info|reference already exists/i;
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}
class GitRegistry {
    kind = 'git';
    opts;
    identity = null;
    shallow = null;
    constructor(opts) {
        this.opts = opts;
    }
    run(args, extra = {}) {
        return git(args, { cwd: this.opts.cwd, input: extra.input, env: { ...this.opts.env, ...extra.env }, signal: this.opts.signal });
    }
    raw(args, extra = {}) {
        return gitRaw(args, { cwd: this.opts.cwd, input: extra.input, env: { ...this.opts.env, ...extra.env }, signal: this.opts.signal });
    }
    /** Check we are in a repository and the remote exists. */
    async check() {
        const inside = await this.raw(['rev-parse', '--is-inside-work-tree']);
        if (inside.code !== 0)
            throw new errors/* UserError */.yo('not inside a git repository (the git backend needs a checkout)', { field: 'backend' });
        if (this.opts.remote) {
            const r = await this.raw(['remote', 'get-url', this.opts.remote]);
            if (r.code !== 0)
                throw new errors/* UserError */.yo(`no git remote named "${this.opts.remote}"`, { field: 'remote' });
        }
    }
    async whoami() {
        if (this.identity)
            return this.identity;
        const get = async (key) => {
            const r = await this.raw(['config', '--get', key]);
            return r.code === 0 ? r.stdout.trim() : '';
        };
        const env = { ...process.env, ...this.opts.env };
        const name = env.GIT_COMMITTER_NAME || (await get('user.name')) || 'github-actions[bot]';
        const email = env.GIT_COMMITTER_EMAIL || (await get('user.email')) || '41898282+github-actions[bot]@users.noreply.github.com';
        this.identity = { name, email };
        return this.identity;
    }
    async fetch() {
        if (!this.opts.remote)
            return;
        if (this.shallow === null) {
            const s = await this.raw(['rev-parse', '--is-shallow-repository']);
            this.shallow = s.stdout.trim() === 'true';
        }
        // In a shallow checkout (actions/checkout's default), fetch the tagged
        // commits without their history.
        const depth = this.shallow ? ['--depth=1'] : [];
        const r = await this.raw(['fetch', '--quiet', '--no-tags', '--force', ...depth, this.opts.remote, '+refs/tags/*:refs/tags/*']);
        if (r.code !== 0) {
            const line = r.stderr.split('\n').map((l) => l.trim()).find(Boolean) ?? `exit code ${r.code}`;
            throw new errors/* UserError */.yo(`cannot fetch tags from remote "${this.opts.remote}": ${line}`, { field: 'remote' });
        }
    }
    /** All GTO tag events in the local repository. */
    async events() {
        const out = await this.run(['for-each-ref', `--format=${FORMAT}`, 'refs/tags']);
        const events = [];
        for (const rec of out.split(RECORD_SEP)) {
            if (!rec)
                continue;
            const [tag, type, , commit, date, tagger, ...rest] = rec.split(FIELD_SEP);
            if (type !== 'tag')
                continue; // GTO ignores lightweight tags
            const parsed = parseTag(tag);
            if (!parsed)
                continue;
            events.push({ tag, parsed, time: Number(date), commit, message: rest.join(FIELD_SEP), tagger });
        }
        return events;
    }
    async load(name, options = {}) {
        await this.fetch();
        return buildArtifactState(name, await this.events(), options);
    }
    async loadAll(options = {}) {
        await this.fetch();
        const events = await this.events();
        return artifactNames(events)
            .sort()
            .map((n) => buildArtifactState(n, events, options));
    }
    async sourceCommit() {
        const ref = this.opts.ref ?? 'HEAD';
        const r = await this.raw(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
        if (r.code !== 0)
            throw new errors/* UserError */.yo(`git ref "${ref}" does not name a commit`, { field: 'ref' });
        return r.stdout.trim();
    }
    dateEnv(id, time) {
        const date = `@${time} +0000`;
        return {
            GIT_AUTHOR_NAME: id.name,
            GIT_AUTHOR_EMAIL: id.email,
            GIT_COMMITTER_NAME: id.name,
            GIT_COMMITTER_EMAIL: id.email,
            GIT_AUTHOR_DATE: date,
            GIT_COMMITTER_DATE: date,
        };
    }
    /** Write a tag object with no ref pointing at it; returns its id. */
    async makeTagObject(name, commit, message, time) {
        const id = await this.whoami();
        const body = `object ${commit}\ntype commit\ntag ${name}\ntagger ${id.name} <${id.email}> ${time} +0000\n\n${message.endsWith('\n') ? message : `${message}\n`}`;
        return (await this.run(['mktag'], { input: body })).trim();
    }
    /**
     * Publish new tags all or nothing. Returns false when another writer
     * created one of the names first.
     */
    async publish(tags) {
        if (this.opts.remote) {
            const args = ['push', '--porcelain', '--quiet'];
            if (tags.length > 1)
                args.push('--atomic');
            args.push(this.opts.remote, ...tags.map((t) => `${t.object}:refs/tags/${t.name}`));
            const r = await this.raw(args);
            if (r.code !== 0) {
                const text = `${r.stderr}\n${r.stdout}`;
                // Lost a race only if one of the names now exists on the remote; a
                // hook, a tag protection rule or missing permissions reject too.
                if (CONFLICT.test(text) && (await this.anyOnRemote(tags.map((t) => t.name))))
                    return false;
                const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
                const line = lines.find((l) => /^remote: /.test(l) && !/^remote:\s*$/.test(l)) ??
                    lines.find((l) => /^!|error:|fatal:/.test(l)) ??
                    lines[0] ??
                    `exit code ${r.code}`;
                throw new errors/* UserError */.yo(`cannot push tags to remote "${this.opts.remote}": ${line}`, { field: 'remote' });
            }
        }
        // The local refs; an empty old value means "must not exist yet".
        const lines = tags.map((t) => `create refs/tags/${t.name} ${t.object}\n`).join('');
        const r = await this.raw(['update-ref', '--stdin'], { input: `start\n${lines}prepare\ncommit\n` });
        if (r.code !== 0 && !this.opts.remote)
            return false;
        if (r.code !== 0) {
            // A fetch by a parallel process in the same clone may have written the
            // refs already; they name the objects we pushed, which is what matters.
            await this.fetch();
        }
        return true;
    }
    async anyOnRemote(names) {
        const r = await this.raw(['ls-remote', '--tags', this.opts.remote, ...names.map((n) => `refs/tags/${n}`)]);
        return r.code === 0 && r.stdout.trim().length > 0;
    }
    async nextTime(state) {
        const now = Math.floor(Date.now() / 1000);
        const last = state.events.reduce((m, e) => Math.max(m, e.time), 0);
        // Strictly after the artifact's latest event, so that GTO's ordering by
        // tag time (whole seconds) is never ambiguous.
        return Math.max(now, last + 1);
    }
    async register(plan) {
        await this.check();
        const source = await this.sourceCommit();
        const max = this.opts.maxAttempts ?? 40;
        for (let attempt = 1; attempt <= max; attempt++) {
            const state = await this.load(plan.name);
            for (const v of state.versions) {
                if (!v.active || !v.registered)
                    continue;
                const rec = recordFromMessage(v.message);
                if (rec && rec.sha256 === plan.manifest.sha256) {
                    return { version: v.version, tag: v.tag, existing: true, record: rec, attempts: attempt };
                }
            }
            let version;
            if (plan.version) {
                version = plan.version;
                if (state.versions.some((v) => v.version === version && (v.registered || v.events.length))) {
                    throw new errors/* UserError */.yo(`${plan.name}@${version} is already registered with different content; choose another version or use bump`, { field: 'version' });
                }
            }
            else {
                version = nextVersion(state.versions.filter((v) => v.registered).map((v) => v.version), plan.bump);
            }
            const time = await this.nextTime(state);
            const iso = new Date(time * 1000).toISOString();
            const record = plan.buildRecord(version, iso, source);
            const id = await this.whoami();
            const title = `Registering artifact ${plan.name} version ${version}`;
            const commit = (await this.run(['commit-tree', `${source}^{tree}`, '-p', source, '-m', `${title}\n\nSource commit: ${source}`], {
                env: this.dateEnv(id, time),
            })).trim();
            const audit = auditLine({ time: iso, actor: plan.actor, action: 'register', reason: null, version });
            const tag = registerTag(plan.name, version);
            const object = await this.makeTagObject(tag, commit, formatTagMessage(title, audit, record), time);
            if (await this.publish([{ name: tag, object }])) {
                return { version, tag, existing: false, record, attempts: attempt };
            }
            await sleep(20 + Math.random() * 80 * Math.min(attempt, 8));
        }
        throw new errors/* UserError */.yo(`gave up registering ${plan.name} after ${max} attempts: other writers kept taking the next version`);
    }
    async apply(name, build, options = {}) {
        await this.check();
        const max = this.opts.maxAttempts ?? 40;
        for (let attempt = 1; attempt <= max; attempt++) {
            const state = await this.load(name, options);
            const plan = build(state);
            if (plan.changes.length === 0)
                return { written: [], plan };
            const names = state.events.map((e) => e.tag);
            let counter = nextCounter(name, names);
            let time = await this.nextTime(state);
            const tags = [];
            for (const ch of plan.changes) {
                let tag;
                let commit;
                let title;
                if (ch.kind === 'deprecate') {
                    const latest = state.versions.find((v) => v.registered) ?? state.versions[0];
                    if (!latest)
                        throw new errors/* UserError */.yo(`artifact ${name} has no versions to deprecate`, { field: 'name' });
                    commit = latest.commit;
                    tag = names.includes(deprecateTag(name)) ? deprecateTag(name, counter++) : deprecateTag(name);
                    title = `Deprecating artifact ${name}`;
                }
                else {
                    const v = state.versions.find((x) => x.version === ch.version);
                    if (!v)
                        throw new errors/* UserError */.yo(`${name} has no version ${ch.version}`, { field: 'version' });
                    commit = v.commit;
                    if (ch.kind === 'assign') {
                        tag = assignTag(name, ch.stage, counter++);
                        title = `Assigning stage ${ch.stage} to artifact ${name} version ${ch.version}`;
                    }
                    else if (ch.kind === 'unassign') {
                        tag = unassignTag(name, ch.stage, counter++);
                        title = `Unassigning stage ${ch.stage} from artifact ${name} version ${ch.version}`;
                    }
                    else {
                        tag = deregisterTag(name, ch.version);
                        title = `Deregistering artifact ${name} version ${ch.version}`;
                    }
                }
                const iso = new Date(time * 1000).toISOString();
                const audit = { ...plan.audit, time: iso };
                const line = auditLine(audit);
                const body = { ...audit, change: ch.kind, ...(ch.kind !== 'deprecate' ? { version: ch.version } : {}), ...('stage' in ch ? { stage: ch.stage } : {}) };
                tags.push({ name: tag, object: await this.makeTagObject(tag, commit, formatTagMessage(title, line, body), time) });
                time += 1;
            }
            if (await this.publish(tags))
                return { written: tags.map((t) => t.name), plan };
            await sleep(20 + Math.random() * 80 * Math.min(attempt, 8));
        }
        throw new errors/* UserError */.yo(`gave up updating ${name} after ${max} attempts: other writers kept changing it`);
    }
    modelUri(name, version, record) {
        const tag = registerTag(name, version);
        const p = record?.path ? `/${record.path.replace(/^\.\//, '')}` : '';
        if (this.opts.repositoryUrl)
            return `${this.opts.repositoryUrl}/tree/${encodeURIComponent(tag)}${p}`;
        return `git+tag:${tag}${p ? `#${p.slice(1)}` : ''}`;
    }
}

// EXTERNAL MODULE: ./src/core/url-credentials.ts
var url_credentials = __webpack_require__(25969);
;// CONCATENATED MODULE: ./src/registry/mlflow-registry.ts
/**
 * The mlflow backend: an MLflow tracking server's model registry over its
 * REST API (https://mlflow.org/docs/latest/rest-api.html):
 *   POST   /api/2.0/mlflow/registered-models/create   {name, tags?}
 *   GET    /api/2.0/mlflow/registered-models/get      ?name=
 *   POST   /api/2.0/mlflow/registered-models/set-tag  {name, key, value}
 *   POST   /api/2.0/mlflow/registered-models/alias    {name, alias, version}
 *   DELETE /api/2.0/mlflow/registered-models/alias    {name, alias}
 *   POST   /api/2.0/mlflow/model-versions/create      {name, source, run_id?, tags?, description?}
 *   GET    /api/2.0/mlflow/model-versions/search      ?filter=name='x'&max_results=&page_token=
 *   POST   /api/2.0/mlflow/model-versions/set-tag     {name, version, key, value}
 *
 * Stages are aliases (MLflow deprecated model stages in 2.9 in favour of
 * aliases). modelgate's semantic version and manifest hash are model version
 * tags; the record is the model version's description, in the same format
 * as the git backend's tag message. A version is created with its tags and
 * record in one request, so a killed registration leaves none or a whole one.
 */





/**
 * Where the registry is and how to sign in. Credentials, first found wins:
 * `user:password@` in the tracking URI (the most specific thing the step
 * says; sent as Basic authentication, never in the URL), then
 * MLFLOW_TRACKING_TOKEN (Bearer), then MLFLOW_TRACKING_USERNAME and
 * MLFLOW_TRACKING_PASSWORD (Basic), the variables MLflow's own client reads.
 */
function mlflowConfigFromEnv(env, uri) {
    const given = uri ?? env.MLFLOW_TRACKING_URI;
    if (!given)
        throw new errors/* UserError */.yo('no MLflow server: set tracking-uri or MLFLOW_TRACKING_URI', { field: 'tracking-uri' });
    const { url, username, password } = (0,url_credentials/* splitUrlCredentials */.C)(given, 'tracking-uri');
    if (!/^https?:\/\//.test(url)) {
        throw new errors/* UserError */.yo(`the mlflow backend needs an http(s) tracking URI, got "${url}"`, { field: 'tracking-uri' });
    }
    if (username || password)
        return { trackingUri: url, username, password };
    return {
        trackingUri: url,
        token: env.MLFLOW_TRACKING_TOKEN || undefined,
        username: env.MLFLOW_TRACKING_USERNAME || undefined,
        password: env.MLFLOW_TRACKING_PASSWORD || undefined,
    };
}
class MlflowError extends Error {
    status;
    errorCode;
    constructor(status, errorCode, message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }
}
function userErrorOf(err) {
    if (!(err instanceof MlflowError))
        return err;
    if (err.status === 401 || err.status === 403) {
        return new errors/* UserError */.yo(`MLflow refused the credentials (${err.status}); set MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME/PASSWORD`, {
            field: 'tracking-uri',
        });
    }
    return new errors/* UserError */.yo(err.message, { field: 'tracking-uri' });
}
const TAG_VERSION = 'modelgate.version';
const TAG_SHA256 = 'modelgate.sha256';
const TAG_DEREGISTERED = 'modelgate.deregistered';
const TAG_DEPRECATED = 'modelgate.deprecated';
const TAG_HISTORY = 'modelgate.history.';
class MlflowRegistry {
    kind = 'mlflow';
    cfg;
    /** semver → MLflow version number, per model, from the last load. */
    numbers = new Map();
    authorization;
    /**
     * `secret` is told each credential as it is sent (the token, the Basic
     * value), so that the run masks and redacts it: a server may echo the
     * Authorization header in an error body, which becomes an error message.
     */
    constructor(cfg, secret) {
        this.cfg = cfg;
        if (cfg.token) {
            this.authorization = `Bearer ${cfg.token}`;
            secret?.(cfg.token);
        }
        else if (cfg.username || cfg.password) {
            const basic = Buffer.from(`${cfg.username ?? ''}:${cfg.password ?? ''}`, 'utf8').toString('base64');
            this.authorization = `Basic ${basic}`;
            secret?.(basic);
            if (cfg.password)
                secret?.(cfg.password);
        }
    }
    headers() {
        const h = { 'content-type': 'application/json', accept: 'application/json' };
        if (this.authorization)
            h.authorization = this.authorization;
        return h;
    }
    async call(method, endpoint, body) {
        let url = `${this.cfg.trackingUri}/api/2.0/mlflow/${endpoint}`;
        const init = { method, headers: this.headers() };
        if (method === 'GET') {
            const q = new URLSearchParams();
            for (const [k, v] of Object.entries(body))
                if (v !== undefined && v !== null)
                    q.set(k, String(v));
            url += `?${q}`;
        }
        else {
            init.body = JSON.stringify(body);
        }
        let res;
        try {
            res = await fetch(url, init);
        }
        catch (err) {
            const cause = err.cause;
            throw new errors/* UserError */.yo(`cannot reach the MLflow server at ${this.cfg.trackingUri}: ${cause?.code ?? cause?.message ?? err.message}`, {
                field: 'tracking-uri',
            });
        }
        const textBody = await res.text();
        let json = {};
        try {
            json = textBody ? JSON.parse(textBody) : {};
        }
        catch {
            json = {};
        }
        if (!res.ok) {
            const code = typeof json.error_code === 'string' ? json.error_code : `HTTP ${res.status}`;
            const msg = typeof json.message === 'string' ? json.message : textBody.slice(0, 200);
            throw new MlflowError(res.status, code, `MLflow ${endpoint}: ${code}: ${msg}`);
        }
        return json;
    }
    /** Call, turning MLflow errors into one-line user errors. */
    async req(method, endpoint, body) {
        try {
            return await this.call(method, endpoint, body);
        }
        catch (err) {
            throw userErrorOf(err);
        }
    }
    async getModel(name) {
        try {
            const r = await this.call('GET', 'registered-models/get', { name });
            return r.registered_model;
        }
        catch (err) {
            if (err instanceof MlflowError && err.errorCode === 'RESOURCE_DOES_NOT_EXIST')
                return null;
            throw userErrorOf(err);
        }
    }
    async listVersions(name) {
        const out = [];
        let token;
        do {
            const r = await this.req('GET', 'model-versions/search', {
                filter: `name='${name.replace(/'/g, "\\'")}'`,
                max_results: 200,
                page_token: token,
            });
            out.push(...(r.model_versions ?? []));
            token = r.next_page_token || undefined;
        } while (token);
        return out;
    }
    stateOf(name, model, versions) {
        const tag = (tags, key) => tags?.find((t) => t.key === key)?.value;
        const numbers = new Map();
        const byNumber = new Map();
        const states = versions.map((mv) => {
            const version = tag(mv.tags, TAG_VERSION) ?? `mlflow-${mv.version}`;
            numbers.set(version, mv.version);
            const v = {
                version,
                commit: `mlflow:${mv.version}`,
                registered: true,
                active: tag(mv.tags, TAG_DEREGISTERED) === undefined,
                registeredAt: mv.creation_timestamp ? Math.floor(mv.creation_timestamp / 1000) : null,
                tag: `${name}/${mv.version}`,
                message: mv.description ?? '',
                stages: [],
                events: [],
            };
            byNumber.set(mv.version, v);
            return v;
        });
        this.numbers.set(name, numbers);
        const stages = {};
        for (const a of model?.aliases ?? []) {
            const v = byNumber.get(String(a.version));
            if (!v || !v.active)
                continue;
            const s = { stage: a.alias, version: v.version, since: 0, tag: `${name}@${a.alias}` };
            v.stages.push(s);
            stages[a.alias] = [s];
        }
        // Stage history (for rollback) as GTO-like assignment events.
        const events = [];
        let counter = 0;
        for (const t of model?.tags ?? []) {
            if (!t.key.startsWith(TAG_HISTORY))
                continue;
            const stage = t.key.slice(TAG_HISTORY.length);
            let list = [];
            try {
                list = JSON.parse(t.value);
            }
            catch {
                list = [];
            }
            for (const version of list) {
                const number = numbers.get(version);
                if (!number)
                    continue;
                counter++;
                const tagName = `${name}#${stage}#${counter}`;
                events.push({ tag: tagName, parsed: parseTag(tagName) ?? { artifact: name, action: 'assign', stage, counter }, time: counter, commit: `mlflow:${number}`, message: '' });
            }
        }
        states.sort((a, b) => -compareVersionStrings(a.version, b.version));
        return { name, versions: states, deprecated: tag(model?.tags, TAG_DEPRECATED) !== undefined, stages, events };
    }
    async load(name, _options = {}) {
        const model = await this.getModel(name);
        return this.stateOf(name, model, model ? await this.listVersions(name) : []);
    }
    async loadAll() {
        const r = await this.req('GET', 'registered-models/search', { max_results: 200 });
        const out = [];
        for (const m of r.registered_models ?? [])
            out.push(await this.load(m.name));
        return out;
    }
    async register(plan) {
        try {
            await this.call('POST', 'registered-models/create', { name: plan.name });
        }
        catch (err) {
            if (!(err instanceof MlflowError && err.errorCode === 'RESOURCE_ALREADY_EXISTS'))
                throw userErrorOf(err);
        }
        const state = await this.load(plan.name);
        for (const v of state.versions) {
            const rec = recordFromMessage(v.message);
            if (v.active && rec && rec.sha256 === plan.manifest.sha256) {
                return { version: v.version, tag: v.tag, existing: true, record: rec, attempts: 1 };
            }
        }
        let version = plan.version;
        if (version) {
            if (state.versions.some((v) => v.version === version)) {
                throw new errors/* UserError */.yo(`${plan.name} ${version} is already registered with different content; choose another version or use bump`, { field: 'version' });
            }
        }
        else {
            version = nextVersion(state.versions.map((v) => v.version), plan.bump);
        }
        const time = new Date().toISOString();
        const record = plan.buildRecord(version, time, null);
        const title = `Registering artifact ${plan.name} version ${version}`;
        const description = formatTagMessage(title, auditLine({ time, actor: plan.actor, action: 'register', reason: null, version }), record);
        const r = await this.req('POST', 'model-versions/create', {
            name: plan.name,
            source: this.cfg.source ?? record.path,
            ...(this.cfg.runId ? { run_id: this.cfg.runId } : {}),
            tags: [
                { key: TAG_VERSION, value: version },
                { key: TAG_SHA256, value: plan.manifest.sha256 },
            ],
            description,
        });
        this.numbers.get(plan.name)?.set(version, r.model_version.version);
        return { version, tag: `${plan.name}/${r.model_version.version}`, existing: false, record, attempts: 1 };
    }
    number(name, version) {
        const n = this.numbers.get(name)?.get(version);
        if (!n)
            throw new errors/* UserError */.yo(`${name} has no version ${version} in MLflow`, { field: 'version' });
        return n;
    }
    async apply(name, build, options = {}) {
        const model = await this.getModel(name);
        const state = this.stateOf(name, model, model ? await this.listVersions(name) : []);
        const plan = build(state);
        const written = [];
        const line = auditLine(plan.audit);
        const history = (stage) => {
            const t = model?.tags?.find((x) => x.key === TAG_HISTORY + stage);
            try {
                return t ? JSON.parse(t.value) : [];
            }
            catch {
                return [];
            }
        };
        const auditKey = `modelgate.audit.${Date.now()}`;
        for (const ch of plan.changes) {
            if (ch.kind === 'assign') {
                const n = this.number(name, ch.version);
                await this.req('POST', 'registered-models/alias', { name, alias: ch.stage, version: n });
                await this.req('POST', 'registered-models/set-tag', { name, key: TAG_HISTORY + ch.stage, value: JSON.stringify([...history(ch.stage), ch.version]) });
                await this.req('POST', 'model-versions/set-tag', { name, version: n, key: auditKey, value: line });
                written.push(`alias ${ch.stage} → ${name}/${n}`);
            }
            else if (ch.kind === 'unassign') {
                const n = this.number(name, ch.version);
                const current = model?.aliases?.find((a) => a.alias === ch.stage);
                if (current && String(current.version) === n) {
                    await this.req('DELETE', 'registered-models/alias', { name, alias: ch.stage });
                    await this.req('POST', 'model-versions/set-tag', { name, version: n, key: `${auditKey}.unassign`, value: line });
                    written.push(`alias ${ch.stage} removed from ${name}/${n}`);
                }
            }
            else if (ch.kind === 'deregister') {
                const n = this.number(name, ch.version);
                for (const a of model?.aliases ?? []) {
                    if (String(a.version) === n)
                        await this.req('DELETE', 'registered-models/alias', { name, alias: a.alias });
                }
                await this.req('POST', 'model-versions/set-tag', { name, version: n, key: TAG_DEREGISTERED, value: line });
                written.push(`${name}/${n} tagged ${TAG_DEREGISTERED}`);
            }
            else {
                await this.req('POST', 'registered-models/set-tag', { name, key: TAG_DEPRECATED, value: line });
                written.push(`${name} tagged ${TAG_DEPRECATED}`);
            }
        }
        void options;
        return { written, plan };
    }
    modelUri(name, version) {
        const n = this.numbers.get(name)?.get(version);
        return n ? `models:/${name}/${n}` : `models:/${name}`;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/core/make-report.ts
var make_report = __webpack_require__(96476);
// EXTERNAL MODULE: ./src/render/findings.ts
var findings = __webpack_require__(62752);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/registry/manifest.ts
/**
 * Content hashes of a model: the SHA-256 of every file, and the SHA-256 of
 * a manifest listing them. The manifest is what `sha256sum` prints for the
 * files sorted by path, one `<hex>  <path>\n` line each, paths relative to
 * the model directory with `/` separators and sorted by their UTF-8 bytes
 * (so `cd model && find . -type f | cut -c3- | LC_ALL=C sort | xargs sha256sum
 * | sha256sum` gives the same hash). A single file is listed by its base name.
 */





const HASH_CONCURRENCY = 4;
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
async function listFiles(dir, prefix, out) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    for (const e of entries) {
        const abs = external_node_path_default().join(dir, e.name);
        const rel = prefix ? `${prefix}/${e.name}` : e.name;
        if (e.isDirectory()) {
            if (e.name === '.git')
                continue;
            await listFiles(abs, rel, out);
        }
        else if (e.isFile()) {
            out.push({ abs, rel });
        }
        else if (e.isSymbolicLink()) {
            const s = await (0,promises_.stat)(abs).catch(() => null);
            if (s?.isFile())
                out.push({ abs, rel });
        }
    }
}
function byteOrder(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
function manifestText(files) {
    return files.map((f) => `${f.sha256}  ${f.path}\n`).join('');
}
function manifestHash(files) {
    return (0,external_node_crypto_.createHash)('sha256').update(manifestText(files)).digest('hex');
}
/** Hash a file or a directory of files; `field` names the input in errors. */
async function hashPath(target, cwd, field = 'path') {
    const abs = external_node_path_default().resolve(cwd, target);
    // The named path itself may be a symbolic link (to a file or a directory).
    const s = await (0,promises_.stat)(abs).catch(() => null);
    if (!s)
        throw new errors/* UserError */.yo(`no such file or directory`, { file: target, field });
    const found = [];
    if (s.isDirectory())
        await listFiles(abs, '', found);
    else
        found.push({ abs, rel: external_node_path_default().basename(abs) });
    if (found.length === 0)
        throw new errors/* UserError */.yo(`directory holds no files`, { file: target, field });
    found.sort((a, b) => byteOrder(a.rel, b.rel));
    // A few files at a time: reads overlap with hashing (measured in bench/register-model.mjs).
    const files = new Array(found.length);
    let next = 0;
    const worker = async () => {
        while (next < found.length) {
            const i = next++;
            const f = found[i];
            const st = await (0,promises_.stat)(f.abs);
            files[i] = { path: f.rel, sha256: await sha256File(f.abs), bytes: st.size };
        }
    };
    await Promise.all(Array.from({ length: Math.min(HASH_CONCURRENCY, found.length) }, worker));
    const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
    return { sha256: manifestHash(files), bytes, files };
}
function diffManifests(expected, actual) {
    const a = new Map(actual.map((f) => [f.path, f]));
    const e = new Map(expected.map((f) => [f.path, f]));
    const diff = { changed: [], missing: [], extra: [] };
    for (const f of expected) {
        const got = a.get(f.path);
        if (!got)
            diff.missing.push(f.path);
        else if (got.sha256 !== f.sha256)
            diff.changed.push({ path: f.path, expected: f.sha256, actual: got.sha256 });
    }
    for (const f of actual)
        if (!e.has(f.path))
            diff.extra.push(f.path);
    return diff;
}

// EXTERNAL MODULE: ./src/core/verdict.ts
var verdict = __webpack_require__(79478);
;// CONCATENATED MODULE: ./src/registry/model-card.ts
/**
 * A model card in Markdown, written from the registration record (after
 * Mitchell et al., "Model Cards for Model Reporting", FAT* 2019: details,
 * intended use and owners from the metadata, evaluation from the gates).
 */


function human(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = bytes;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return i === 0 ? `${bytes} B` : `${v.toFixed(1)} ${units[i]}`;
}
function value(v) {
    if (v === null || v === undefined)
        return '–';
    if (typeof v === 'object')
        return (0,markdown/* code */.aY)(JSON.stringify(v));
    return (0,markdown/* text */.Qq)(v);
}
function modelCard(r, extra = {}) {
    const out = [];
    out.push(`# Model card: ${(0,markdown/* text */.Qq)(r.name)} ${(0,markdown/* text */.Qq)(r.version)}`, '');
    const details = [
        ['Name', (0,markdown/* code */.aY)(r.name)],
        ['Version', (0,markdown/* code */.aY)(r.version)],
        ['Registered', (0,markdown/* text */.Qq)(r.time)],
        ['Manifest SHA-256', (0,markdown/* code */.aY)(r.sha256)],
        ['Size', `${(0,markdown/* text */.Qq)(human(r.bytes))} in ${r.files.length} file${r.files.length === 1 ? '' : 's'}`],
        ['Path', (0,markdown/* code */.aY)(r.path)],
    ];
    if (extra.tag)
        details.push(['Tag', (0,markdown/* code */.aY)(extra.tag)]);
    if (extra.stage)
        details.push(['Stage', (0,markdown/* code */.aY)(extra.stage)]);
    if (extra.uri)
        details.push(['Model URI', (0,markdown/* code */.aY)(extra.uri)]);
    if (r.git.commit)
        details.push(['Source commit', (0,markdown/* code */.aY)(r.git.commit)]);
    if (r.git.ref)
        details.push(['Source ref', (0,markdown/* code */.aY)(r.git.ref)]);
    if (r.run.actor)
        details.push(['Registered by', (0,markdown/* text */.Qq)(r.run.actor)]);
    if (r.run.url)
        details.push(['Workflow run', (0,markdown/* text */.Qq)(r.run.url)]);
    out.push('## Model details', '', (0,markdown/* table */.tp)(['', ''], details), '');
    const meta = Object.entries(r.metadata ?? {});
    if (meta.length) {
        out.push('## Metadata', '', (0,markdown/* table */.tp)(['Key', 'Value'], meta.map(([k, v]) => [(0,markdown/* text */.Qq)(k), value(v)])), '');
    }
    out.push('## Evaluation', '');
    if (r.gates.length === 0) {
        out.push('No gate reports were recorded with this version.', '');
    }
    else {
        out.push((0,markdown/* table */.tp)(['Gate', 'Verdict', 'Summary'], r.gates.map((g) => [(0,markdown/* code */.aY)(g.gate), `${verdict/* VERDICT_ICON */.YY[g.verdict] ?? ''} ${(0,markdown/* text */.Qq)(g.verdict)}`, (0,markdown/* text */.Qq)(g.summary ?? '')])), '');
        for (const g of r.gates) {
            const figs = Object.entries(g.figures ?? {});
            if (!figs.length)
                continue;
            out.push(`### ${(0,markdown/* text */.Qq)(g.gate)}`, '', (0,markdown/* table */.tp)(['Check', 'Value'], figs.map(([k, v]) => [(0,markdown/* code */.aY)(k), value(v)])), '');
        }
    }
    if (r.data.length) {
        out.push('## Training and evaluation data (lineage)', '');
        out.push((0,markdown/* table */.tp)(['Path', 'SHA-256', 'Size'], r.data.map((d) => [(0,markdown/* code */.aY)(d.path), (0,markdown/* code */.aY)(d.sha256), (0,markdown/* text */.Qq)(human(d.bytes))])), '');
    }
    out.push('## Files', '');
    out.push((0,markdown/* table */.tp)(['Path', 'SHA-256', 'Bytes'], r.files.map((f) => [(0,markdown/* code */.aY)(f.path), (0,markdown/* code */.aY)(f.sha256), (0,markdown/* text */.Qq)(f.bytes)]), ['l', 'l', 'r']), '');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/registry/promotion-policy.ts

function assertKnownStage(stage, policy) {
    if (policy.stages.length && !policy.stages.includes(stage)) {
        throw new errors/* UserError */.yo(`unknown stage "${stage}"; the policy allows ${policy.stages.join(', ')}`, { field: 'stage' });
    }
}
/** Versions on which a stage is now active (whatever the display rule). */
function holders(state, stage) {
    return state.versions
        .filter((v) => v.active && v.stages.some((s) => s.stage === stage))
        .sort((a, b) => since(a, stage) - since(b, stage));
}
function since(v, stage) {
    return v.stages.find((s) => s.stage === stage)?.since ?? 0;
}
function findVersion(state, version) {
    if (!version) {
        const latest = state.versions.find((v) => v.active && v.registered);
        if (!latest)
            throw new errors/* UserError */.yo(`artifact "${state.name}" has no registered version`, { field: 'name' });
        return latest;
    }
    const v = state.versions.find((x) => x.version === version);
    if (!v || !v.registered)
        throw new errors/* UserError */.yo(`artifact "${state.name}" has no version ${version}`, { field: 'version' });
    if (!v.active)
        throw new errors/* UserError */.yo(`${state.name}@${version} is deregistered`, { field: 'version' });
    return v;
}
/** The gate-verdict and stage-order checks of a promotion (check runs are added by the caller). */
function promotionChecks(state, version, record, stage, policy) {
    const checks = [];
    const idx = policy.stages.indexOf(stage);
    if (policy.requireOrder && idx > 0) {
        const before = policy.stages[idx - 1];
        const ok = version.stages.some((s) => s.stage === before);
        checks.push({
            id: 'policy.stage-order',
            subject: stage,
            name: 'Stage order',
            value: version.stages.map((s) => s.stage).join(', ') || 'none',
            threshold: `in ${before}`,
            verdict: ok ? 'pass' : 'fail',
            message: ok
                ? `${version.version} is in ${before}, so it may enter ${stage}`
                : `${version.version} is not in ${before}: ${stage} is reachable only from ${before}`,
        });
    }
    for (const gate of policy.requireVerdicts) {
        const g = record?.gates.find((x) => x.gate === gate);
        checks.push({
            id: `policy.verdict.${gate}`,
            subject: gate,
            name: 'Required gate verdict',
            value: g ? g.verdict : null,
            threshold: '= pass',
            verdict: g?.verdict === 'pass' ? 'pass' : 'fail',
            message: g
                ? `${gate} recorded ${g.verdict} for ${version.version}`
                : `no ${gate} report was recorded with ${version.version}`,
        });
    }
    return checks;
}
/** Required check runs, looked up on GitHub when possible, else from the record's reports. */
async function checkRunChecks(names, record, lookup) {
    const checks = [];
    for (const name of names) {
        const conclusion = lookup ? await lookup(name) : undefined;
        if (conclusion !== undefined) {
            checks.push({
                id: `policy.check-run.${name}`,
                subject: name,
                name: 'Required check run',
                value: conclusion,
                threshold: '= success',
                verdict: conclusion === 'success' ? 'pass' : 'fail',
                message: conclusion === null ? `no check run "${name}" on the version's commit` : `check run "${name}" concluded ${conclusion}`,
            });
            continue;
        }
        const g = record?.gates.find((x) => x.gate === name);
        checks.push({
            id: `policy.check-run.${name}`,
            subject: name,
            name: 'Required check run',
            value: g ? g.verdict : null,
            threshold: '= pass',
            verdict: g?.verdict === 'pass' ? 'pass' : 'fail',
            message: `GitHub API not available: relied on the record's reports, where ${name} ${g ? `recorded ${g.verdict}` : 'is absent'}`,
        });
    }
    return checks;
}
/** Tags a promotion writes: unassign holders beyond the limit, then assign. */
function promotionChanges(state, version, stage, versionsPerStage) {
    const current = holders(state, stage);
    if (current.some((v) => v.version === version))
        return [];
    const changes = [];
    if (versionsPerStage > 0) {
        const keep = versionsPerStage - 1;
        const drop = current.slice(0, Math.max(0, current.length - keep));
        for (const v of drop)
            changes.push({ kind: 'unassign', stage, version: v.version });
    }
    changes.push({ kind: 'assign', stage, version });
    return changes;
}
/**
 * The version a stage held before its current holder: walking the stage's
 * assignments back in time from the current holder's latest one, the first
 * other version that is still registered.
 */
function previousHolder(state, stage, current) {
    const assigns = state.events.filter((e) => e.parsed.action === 'assign' && e.parsed.stage === stage);
    const versionAt = (commit) => state.versions.find((v) => v.commit === commit && v.registered) ?? null;
    let seenCurrent = false;
    for (let i = assigns.length - 1; i >= 0; i--) {
        const v = versionAt(assigns[i].commit);
        if (!v)
            continue;
        if (v.version === current) {
            seenCurrent = true;
            continue;
        }
        if (seenCurrent && v.active)
            return v.version;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/gates/register-model/render.ts


function rows(checks) {
    return checks.map((c) => [(0,markdown/* icon */.Kk)(c.verdict), (0,markdown/* text */.Qq)(c.name), (0,markdown/* text */.Qq)(c.value ?? '–'), (0,markdown/* text */.Qq)(c.threshold ?? '–'), (0,markdown/* text */.Qq)(c.message ?? '')]);
}
const HEADER = ['', 'Check', 'Value', 'Required', 'Detail'];
/** Failing checks in the open (without a summary check that repeats another's reason), passing ones collapsed. */
function checksMarkdown(checks, summaryId) {
    const bad = checks.filter((c) => c.verdict !== 'pass');
    const shownBad = bad.length > 1 && summaryId ? bad.filter((c) => c.id !== summaryId) : bad;
    const good = checks.filter((c) => c.verdict === 'pass' && c.id !== summaryId);
    const out = [];
    if (shownBad.length)
        out.push((0,findings/* findingsTable */.f9)(HEADER, rows(shownBad)));
    if (good.length)
        out.push((0,markdown/* details */.zH)(`${(0,findings/* plural */.LS)(good.length, 'passing check')}`, (0,markdown/* table */.tp)(HEADER, rows(good))));
    return out.join('\n\n');
}
/**
 * A Markdown document shown inside the comment (the model card): its
 * headings are demoted to level 4 and below, so that none is larger than the
 * comment's own heading (level 3).
 */
function embedDocument(markdown) {
    let fence = false;
    return markdown
        .split('\n')
        .map((line) => {
        if (/^\s*(```|~~~)/.test(line))
            fence = !fence;
        if (fence)
            return line;
        const m = /^(#{1,6})\s+(.*)$/.exec(line);
        if (!m)
            return line;
        return `${'#'.repeat(Math.min(6, m[1].length + 3))} ${m[2]}`;
    })
        .join('\n');
}
/** "`churn` `v0.0.1`" */
function versionName(name, version) {
    return version ? `${(0,markdown/* code */.aY)(name)} ${(0,markdown/* code */.aY)(version)}` : (0,markdown/* code */.aY)(name);
}
/** What a failed promotion needs next, from the check that failed it. */
function promotionNext(failed, version, stage, stages) {
    if (failed.id === 'policy.stage-order') {
        const before = stages[stages.indexOf(stage) - 1];
        return before ? `promote ${(0,markdown/* code */.aY)(version)} to ${(0,markdown/* code */.aY)(before)} first.` : `promote ${(0,markdown/* code */.aY)(version)} through the earlier stages first.`;
    }
    if (failed.id.startsWith('policy.verdict.')) {
        const gate = failed.subject ?? '';
        return `register a version whose ${(0,markdown/* code */.aY)(gate)} report passes (this one ${failed.value === null ? 'has none' : `recorded ${(0,markdown/* text */.Qq)(failed.value)}`}), or change \`require-verdicts\`.`;
    }
    if (failed.id.startsWith('policy.check-run.'))
        return `wait until the check run ${(0,markdown/* code */.aY)(failed.subject ?? '')} succeeds on the version's commit, then promote again.`;
    return 'fix what the check below names, then promote again.';
}

;// CONCATENATED MODULE: ./src/gates/register-model/commands.ts
/** The seven commands of register-model, written against a RegistryBackend. */














function need(value, input, command) {
    if (!value)
        throw new errors/* UserError */.yo(`required for ${command}`, { field: `input ${input}` });
    return value;
}
function policyOf(inputs) {
    for (const s of inputs.stages)
        assertValidName(s, 'stages');
    return {
        stages: inputs.stages,
        requireOrder: inputs['require-stage-order'],
        requireVerdicts: inputs['require-verdicts'],
        requireChecks: inputs['require-checks'],
        versionsPerStage: inputs['versions-per-stage'],
    };
}
function actorOf(ctx) {
    const fromEnv = ctx.run.actor ?? ctx.env.GITHUB_ACTOR ?? ctx.env.USER ?? ctx.env.USERNAME;
    if (fromEnv)
        return fromEnv;
    try {
        return external_node_os_default().userInfo().username || 'unknown';
    }
    catch {
        return 'unknown';
    }
}
function recordOf(v) {
    return v ? recordFromMessage(v.message) : null;
}
function stagesOf(v, state) {
    return Object.entries(state.stages)
        .filter(([, list]) => list.some((s) => s.version === v.version))
        .map(([stage]) => stage);
}
function emptyRegistration(name) {
    return { name, version: null, tag: null, sha256: null, stage: null, files: [] };
}
/** "at commit `a1b2c3d`" when the record names one. */
function atCommit(rec) {
    const commit = rec?.git.commit;
    return commit ? ` at commit ${(0,markdown/* code */.aY)(commit.slice(0, 7))}` : '';
}
/** The version, its manifest and commit: what a stage command works on. */
function versionFacts(name, version, rec) {
    return `${versionName(name, version)}${rec ? ` (manifest ${(0,markdown/* code */.aY)(rec.sha256.slice(0, 12))}${atCommit(rec)})` : ''}`;
}
/** GitHub check-run lookup on a commit, when the run has a GitHub client. */
function checkRunLookup(ctx, commit) {
    const repo = ctx.run.repository;
    if (!ctx.github || !repo || !commit)
        return null;
    const github = ctx.github;
    const [owner, name] = repo.split('/');
    return async (checkName) => {
        try {
            const gh = await github();
            const res = await gh.rest.checks.listForRef({ owner, repo: name, ref: commit, check_name: checkName, filter: 'latest' });
            const run = res.data.check_runs[0];
            if (!run)
                return null;
            return run.status === 'completed' ? run.conclusion : run.status;
        }
        catch (err) {
            throw new errors/* UserError */.yo(`cannot read check runs of ${commit.slice(0, 7)} from GitHub: ${err.message.split('\n')[0]}`, {
                field: 'require-checks',
            });
        }
    };
}
async function register(inputs, ctx, backend) {
    const name = need(inputs.name, 'name', 'register');
    assertValidName(name, 'name');
    const modelPath = need(inputs.path, 'path', 'register');
    const explicit = inputs.version ? normalizeVersion(inputs.version) : undefined;
    const manifest = await hashPath(modelPath, ctx.cwd, 'path');
    const data = [];
    for (const d of inputs.data) {
        const m = await hashPath(d, ctx.cwd, 'data');
        data.push({ path: d, sha256: m.sha256, bytes: m.bytes, files: m.files.length });
    }
    const gates = [];
    for (const r of inputs.reports)
        gates.push(await readGateReport(r, ctx.cwd));
    const actor = actorOf(ctx);
    const outcome = await backend.register({
        name,
        manifest,
        version: explicit,
        bump: inputs.bump,
        actor,
        buildRecord: (version, time, commit) => ({
            modelgate: RECORD_FORMAT,
            action: 'register',
            name,
            version,
            sha256: manifest.sha256,
            bytes: manifest.bytes,
            path: modelPath,
            files: manifest.files,
            data,
            metadata: inputs.metadata,
            gates,
            git: { commit: commit ?? ctx.run.sha ?? null, ref: ctx.run.ref ?? (inputs.ref !== 'HEAD' ? inputs.ref : null) },
            run: {
                url: ctx.run.runUrl ?? null,
                actor,
                workflow: ctx.run.workflow ?? null,
                id: ctx.run.runId ?? null,
                repository: ctx.run.repository ?? null,
            },
            time,
        }),
    });
    const rec = outcome.record;
    const uri = backend.modelUri(name, outcome.version, rec);
    const card = modelCard(rec, { tag: outcome.tag, uri });
    const cardPath = external_node_path_default().resolve(ctx.cwd, inputs['model-card'] ?? external_node_path_default().join(ctx.tempDir, `${name.replace(/\//g, '-')}-${outcome.version}.md`));
    await (0,promises_.mkdir)(external_node_path_default().dirname(cardPath), { recursive: true });
    await (0,promises_.writeFile)(cardPath, card);
    const checks = [
        {
            id: 'registration',
            subject: name,
            name: 'Registration',
            value: outcome.version,
            threshold: null,
            verdict: 'pass',
            message: outcome.existing
                ? `the same files (manifest ${rec.sha256.slice(0, 12)}) are already registered as ${outcome.version}; no new version`
                : `registered ${outcome.tag}${outcome.attempts > 1 ? ` after ${outcome.attempts} attempts (other registrations ran at the same time)` : ''}`,
        },
    ];
    const summary = outcome.existing
        ? `${name} ${outcome.version} already holds these files (manifest ${rec.sha256.slice(0, 12)})`
        : `registered ${name} ${outcome.version} (${rec.files.length} file${rec.files.length === 1 ? '' : 's'}, manifest ${rec.sha256.slice(0, 12)})`;
    const first = inputs.stages[0];
    const reports = rec.gates.length
        ? `gate reports: ${rec.gates.map((g) => `${(0,markdown/* code */.aY)(g.gate)} ${(0,markdown/* icon */.Kk)((['pass', 'warn', 'fail'].includes(g.verdict) ? g.verdict : 'insufficient'))} ${(0,markdown/* text */.Qq)(g.verdict)}`).join(', ')}`
        : 'no gate reports';
    const headline = {
        reason: outcome.existing
            ? `The same files are already registered as ${versionName(name, outcome.version)} (manifest ${(0,markdown/* code */.aY)(rec.sha256.slice(0, 12))}); no new version.`
            : `Registered ${versionName(name, outcome.version)}: ${(0,findings/* plural */.LS)(rec.files.length, 'file')}, manifest ${(0,markdown/* code */.aY)(rec.sha256.slice(0, 12))}, tag ${(0,markdown/* code */.aY)(outcome.tag)}.`,
        next: first ? `promote ${(0,markdown/* code */.aY)(outcome.version)} to ${(0,markdown/* code */.aY)(first)} when it is ready (\`command: promote\`, \`stage: ${(0,markdown/* text */.Qq)(first)}\`).` : 'promote it to a stage when it is ready (`command: promote`).',
        compared: `${(0,markdown/* code */.aY)(modelPath)}${atCommit(rec)}; ${reports}.`,
    };
    return {
        checks,
        summary,
        registration: { name, version: outcome.version, tag: outcome.tag, sha256: rec.sha256, stage: null, files: rec.files },
        outputs: { name, version: outcome.version, tag: outcome.tag, sha256: rec.sha256, stage: '', 'model-uri': uri, 'model-card': cardPath },
        body: (0,markdown/* details */.zH)('Model card', embedDocument(card)),
        headline,
        extra: { existing: outcome.existing },
    };
}
function audit(ctx, inputs, action, name, extra) {
    return {
        modelgate: RECORD_FORMAT,
        action,
        name,
        time: new Date().toISOString(),
        actor: actorOf(ctx),
        reason: inputs.reason ?? null,
        run: ctx.run.runUrl ?? null,
        ...extra,
    };
}
async function promote(inputs, ctx, backend) {
    const name = need(inputs.name, 'name', 'promote');
    assertValidName(name, 'name');
    const stage = need(inputs.stage, 'stage', 'promote');
    assertValidName(stage, 'stage');
    const policy = policyOf(inputs);
    assertKnownStage(stage, policy);
    const wanted = inputs.version ? normalizeVersion(inputs.version) : undefined;
    const loadOpts = { sort: inputs.sort, versionsPerStage: inputs['versions-per-stage'] || -1 };
    const first = await backend.load(name, loadOpts);
    const v0 = findVersion(first, wanted ?? defaultPromotionVersion(first, stage, policy));
    const rec0 = recordOf(v0);
    const runChecks = await checkRunChecks(policy.requireChecks, rec0, checkRunLookup(ctx, rec0?.git.commit ?? null));
    let checks = [];
    let previous = null;
    const { written } = await backend.apply(name, (state) => {
        const v = findVersion(state, v0.version);
        checks = [...promotionChecks(state, v, recordOf(v), stage, policy), ...runChecks];
        previous = holders(state, stage).map((h) => h.version).filter((x) => x !== v.version).pop() ?? null;
        const failed = checks.some((c) => c.verdict === 'fail');
        return {
            changes: failed ? [] : promotionChanges(state, v.version, stage, policy.versionsPerStage),
            audit: audit(ctx, inputs, 'promote', name, { stage, version: v.version, previous }),
        };
    }, loadOpts);
    const failed = checks.filter((c) => c.verdict === 'fail');
    const already = failed.length === 0 && written.length === 0;
    checks.push({
        id: 'promotion',
        subject: stage,
        name: 'Promotion',
        value: v0.version,
        threshold: null,
        verdict: failed.length ? 'fail' : 'pass',
        message: failed.length
            ? `not promoted: ${failed[0].message}`
            : already
                ? `${v0.version} is already in ${stage}`
                : `${v0.version} assigned to ${stage}${previous ? ` (was ${previous})` : ''}: ${written.join(', ')}`,
    });
    const summary = failed.length
        ? `${name} ${v0.version} not promoted to ${stage}: ${failed[0].message}`
        : already
            ? `${name} ${v0.version} is already in ${stage}`
            : `promoted ${name} ${v0.version} to ${stage}${previous ? ` (replacing ${previous})` : ''}`;
    const idx = policy.stages.indexOf(stage);
    const after = idx >= 0 ? policy.stages[idx + 1] : undefined;
    const headline = {
        reason: failed.length
            ? `${versionName(name, v0.version)} was not promoted to ${(0,markdown/* code */.aY)(stage)}: ${(0,markdown/* text */.Qq)(failed[0].message ?? failed[0].name)}.`
            : already
                ? `${versionName(name, v0.version)} is already in ${(0,markdown/* code */.aY)(stage)}; nothing changed.`
                : `Promoted ${versionName(name, v0.version)} to ${(0,markdown/* code */.aY)(stage)}${previous ? `, replacing ${(0,markdown/* code */.aY)(previous)}` : ''}.`,
        next: failed.length ? promotionNext(failed[0], v0.version, stage, policy.stages) : after ? `promote it to ${(0,markdown/* code */.aY)(after)} once it has proven itself in ${(0,markdown/* code */.aY)(stage)}.` : 'nothing to do.',
        compared: `${versionFacts(name, v0.version, rec0)} → ${(0,markdown/* code */.aY)(stage)}${policy.stages.length ? `; stages ${policy.stages.map((x) => (0,markdown/* code */.aY)(x)).join(' → ')}` : ''}.`,
    };
    return stageOutcome(name, v0, rec0, stage, checks, summary, backend, written, headline, 'promotion');
}
/**
 * Without an explicit version: under an enforced stage order, the version
 * now in the stage before (staging's holder goes to production); else the latest.
 */
function defaultPromotionVersion(state, stage, policy) {
    const idx = policy.stages.indexOf(stage);
    if (!policy.requireOrder || idx <= 0)
        return undefined;
    const before = policy.stages[idx - 1];
    const holder = holders(state, before).pop();
    if (!holder)
        throw new errors/* UserError */.yo(`no version of ${state.name} is in ${before}, the stage before ${stage}`, { field: 'version' });
    return holder.version;
}
function stageOutcome(name, v, rec, stage, checks, summary, backend, written, headline, summaryId) {
    const uri = backend.modelUri(name, v.version, rec);
    const body = [checksMarkdown(checks, summaryId), written.length ? `Tags written: ${written.map((t) => (0,markdown/* code */.aY)(t)).join(', ')}` : ''].filter(Boolean).join('\n\n');
    return {
        checks,
        summary,
        registration: { name, version: v.version, tag: v.tag, sha256: rec?.sha256 ?? null, stage, files: rec?.files ?? [] },
        outputs: { name, version: v.version, tag: v.tag ?? '', sha256: rec?.sha256 ?? '', stage: stage ?? '', 'model-uri': uri, 'model-card': '' },
        body,
        headline,
        extra: { written },
    };
}
async function demote(inputs, ctx, backend) {
    const name = need(inputs.name, 'name', 'demote');
    assertValidName(name, 'name');
    const stage = need(inputs.stage, 'stage', 'demote');
    assertValidName(stage, 'stage');
    assertKnownStage(stage, policyOf(inputs));
    const wanted = inputs.version ? normalizeVersion(inputs.version) : undefined;
    let target = null;
    const { written } = await backend.apply(name, (state) => {
        const hs = holders(state, stage);
        if (hs.length === 0)
            throw new errors/* UserError */.yo(`no version of ${name} is in stage ${stage}`, { field: 'stage' });
        const v = wanted ? hs.find((h) => h.version === wanted) : hs[hs.length - 1];
        if (!v)
            throw new errors/* UserError */.yo(`${name}@${wanted} is not in stage ${stage}`, { field: 'version' });
        target = v;
        return { changes: [{ kind: 'unassign', stage, version: v.version }], audit: audit(ctx, inputs, 'demote', name, { stage, version: v.version }) };
    });
    const v = target;
    const checks = [
        { id: 'demotion', subject: stage, name: 'Demotion', value: v.version, threshold: null, verdict: 'pass', message: `${v.version} removed from ${stage}: ${written.join(', ')}` },
    ];
    const demoted = {
        reason: `Removed ${versionName(name, v.version)} from ${(0,markdown/* code */.aY)(stage)}.`,
        next: 'nothing to do.',
        compared: `${versionFacts(name, v.version, recordOf(v))} in ${(0,markdown/* code */.aY)(stage)}.`,
    };
    return stageOutcome(name, v, recordOf(v), stage, checks, `removed ${name} ${v.version} from ${stage}`, backend, written, demoted);
}
async function rollback(inputs, ctx, backend) {
    const name = need(inputs.name, 'name', 'rollback');
    assertValidName(name, 'name');
    const stage = need(inputs.stage, 'stage', 'rollback');
    assertValidName(stage, 'stage');
    assertKnownStage(stage, policyOf(inputs));
    let from = null;
    let to = null;
    let state0 = null;
    const { written } = await backend.apply(name, (state) => {
        state0 = state;
        const hs = holders(state, stage);
        if (hs.length === 0)
            throw new errors/* UserError */.yo(`no version of ${name} is in stage ${stage}; nothing to roll back`, { field: 'stage' });
        from = hs[hs.length - 1].version;
        to = previousHolder(state, stage, from);
        if (!to)
            throw new errors/* UserError */.yo(`${stage} has had no version of ${name} before ${from}; nothing to roll back to`, { field: 'stage' });
        return {
            changes: [
                { kind: 'unassign', stage, version: from },
                { kind: 'assign', stage, version: to },
            ],
            audit: audit(ctx, inputs, 'rollback', name, { stage, version: to, previous: from }),
        };
    });
    const st = state0;
    const v = st.versions.find((x) => x.version === to);
    const checks = [
        { id: 'rollback', subject: stage, name: 'Rollback', value: to, threshold: null, verdict: 'pass', message: `${stage} goes back from ${from} to ${to}: ${written.join(', ')}` },
    ];
    const rolled = {
        reason: `Rolled ${(0,markdown/* code */.aY)(stage)} of ${(0,markdown/* code */.aY)(name)} back from ${(0,markdown/* code */.aY)(from ?? '')} to ${(0,markdown/* code */.aY)(to ?? '')}.`,
        next: `find out what went wrong with ${(0,markdown/* code */.aY)(from ?? '')} before promoting a version to ${(0,markdown/* code */.aY)(stage)} again.`,
        compared: `${(0,markdown/* code */.aY)(from ?? '')} → ${versionFacts(name, v.version, recordOf(v))} in ${(0,markdown/* code */.aY)(stage)}.`,
    };
    return stageOutcome(name, v, recordOf(v), stage, checks, `rolled ${name} ${stage} back from ${from} to ${to}`, backend, written, rolled);
}
async function deprecate(inputs, ctx, backend) {
    const name = need(inputs.name, 'name', 'deprecate');
    assertValidName(name, 'name');
    const wanted = inputs.version ? normalizeVersion(inputs.version) : undefined;
    let target = null;
    const { written } = await backend.apply(name, (state) => {
        if (state.versions.length === 0)
            throw new errors/* UserError */.yo(`artifact "${name}" is not in the registry`, { field: 'name' });
        if (wanted) {
            const v = findVersion(state, wanted);
            target = v;
            return { changes: [{ kind: 'deregister', version: v.version }], audit: audit(ctx, inputs, 'deregister', name, { version: v.version }) };
        }
        if (state.deprecated)
            return { changes: [], audit: audit(ctx, inputs, 'deprecate', name, {}) };
        return { changes: [{ kind: 'deprecate' }], audit: audit(ctx, inputs, 'deprecate', name, {}) };
    });
    const what = wanted ? `version ${wanted}` : `artifact ${name}`;
    const checks = [
        {
            id: 'deprecation',
            subject: name,
            name: 'Deprecation',
            value: wanted ?? name,
            threshold: null,
            verdict: 'pass',
            message: written.length ? `deprecated ${what}: ${written.join(', ')}` : `${what} was already deprecated`,
        },
    ];
    const registration = emptyRegistration(name);
    const t = target;
    if (t)
        Object.assign(registration, { version: t.version, tag: t.tag, sha256: recordOf(t)?.sha256 ?? null });
    return {
        checks,
        summary: written.length ? `deprecated ${name}${wanted ? ` ${wanted}` : ''}` : `${name}${wanted ? ` ${wanted}` : ''} was already deprecated`,
        registration,
        outputs: { name, version: wanted ?? '', tag: written[0] ?? '', sha256: registration.sha256 ?? '', stage: '', 'model-uri': '', 'model-card': '' },
        body: `${checksMarkdown(checks)}${written.length ? `\n\nTags written: ${written.map((t) => (0,markdown/* code */.aY)(t)).join(', ')}` : ''}`,
        headline: {
            reason: written.length ? `Deprecated ${wanted ? versionName(name, wanted) : (0,markdown/* code */.aY)(name)}.` : `${wanted ? versionName(name, wanted) : (0,markdown/* code */.aY)(name)} was already deprecated; nothing changed.`,
            next: 'nothing to do.',
            compared: `${wanted ? `version ${(0,markdown/* code */.aY)(wanted)} of ` : 'the artifact '}${(0,markdown/* code */.aY)(name)}.`,
        },
        extra: { written },
    };
}
/** Stages in the policy's order, then the others alphabetically. */
function orderStages(names, policyOrder) {
    const rank = (s) => {
        const i = policyOrder.indexOf(s);
        return i < 0 ? Number.MAX_SAFE_INTEGER : i;
    };
    return [...names].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
function fmtTime(seconds) {
    return seconds ? new Date(seconds * 1000).toISOString().replace('T', ' ').slice(0, 16) : '–';
}
function versionRows(state) {
    return state.versions
        .filter((v) => v.registered)
        .map((v) => {
        const rec = recordOf(v);
        const verdicts = rec?.gates.map((g) => `${(0,markdown/* icon */.Kk)((['pass', 'warn', 'fail'].includes(g.verdict) ? g.verdict : 'insufficient'))} ${(0,markdown/* text */.Qq)(g.gate)}`).join('<br>') ?? '';
        return [
            (0,markdown/* code */.aY)(v.version),
            v.active ? stagesOf(v, state).map(markdown/* code */.aY).join(', ') || '–' : 'deregistered',
            (0,markdown/* text */.Qq)(fmtTime(v.registeredAt)),
            rec ? (0,markdown/* code */.aY)(rec.sha256.slice(0, 12)) : '–',
            verdicts || '–',
            (0,markdown/* text */.Qq)(rec?.run.actor ?? ''),
        ];
    });
}
async function show(inputs, _ctx, backend) {
    const loadOpts = { sort: inputs.sort, versionsPerStage: inputs['versions-per-stage'] || -1 };
    if (inputs.name) {
        assertValidName(inputs.name, 'name');
        const state = await backend.load(inputs.name, loadOpts);
        if (state.versions.length === 0)
            throw new errors/* UserError */.yo(`artifact "${inputs.name}" is not in the registry`, { field: 'name' });
        const rows = versionRows(state);
        const latest = state.versions.find((v) => v.active && v.registered);
        const stageList = orderStages(Object.keys(state.stages), inputs.stages).map((s) => `${s}: ${state.stages[s].map((x) => x.version).join(', ')}`);
        const checks = [
            {
                id: 'registry',
                subject: inputs.name,
                name: 'Registry',
                value: rows.length,
                threshold: null,
                verdict: 'pass',
                message: `${rows.length} version(s); latest ${latest?.version ?? 'none'}${state.deprecated ? '; deprecated' : ''}`,
            },
        ];
        const body = [
            `**${(0,markdown/* text */.Qq)(inputs.name)}**${state.deprecated ? ' (deprecated)' : ''}: latest ${(0,markdown/* code */.aY)(latest?.version ?? '–')}${stageList.length ? `; ${stageList.map(markdown/* text */.Qq).join('; ')}` : ''}`,
            (0,markdown/* table */.tp)(['Version', 'Stages', 'Registered (UTC)', 'Manifest', 'Verdicts', 'By'], rows),
        ].join('\n\n');
        const rec = recordOf(latest);
        return {
            checks,
            summary: `${inputs.name}: ${rows.length} version(s), latest ${latest?.version ?? 'none'}${stageList.length ? `, ${stageList.join('; ')}` : ''}`,
            registration: { name: inputs.name, version: latest?.version ?? null, tag: latest?.tag ?? null, sha256: rec?.sha256 ?? null, stage: null, files: rec?.files ?? [] },
            outputs: { name: inputs.name, version: latest?.version ?? '', tag: latest?.tag ?? '', sha256: rec?.sha256 ?? '', stage: '', 'model-uri': latest ? backend.modelUri(inputs.name, latest.version, rec) : '', 'model-card': '' },
            body,
            headline: {
                reason: `${(0,markdown/* code */.aY)(inputs.name)}: ${(0,findings/* plural */.LS)(rows.length, 'version')}, latest ${(0,markdown/* code */.aY)(latest?.version ?? 'none')}${stageList.length ? `; ${stageList.map(markdown/* text */.Qq).join('; ')}` : ''}${state.deprecated ? ' (deprecated)' : ''}.`,
                next: 'nothing to do.',
                compared: `the registry's tags for ${(0,markdown/* code */.aY)(inputs.name)}.`,
            },
            extra: { registry: [summaryOf(state)] },
        };
    }
    const all = await backend.loadAll(loadOpts);
    const stageNames = orderStages([...new Set(all.flatMap((a) => Object.keys(a.stages)))], inputs.stages);
    const rows = all.map((a) => {
        const latest = a.versions.find((v) => v.active && v.registered);
        return [
            (0,markdown/* code */.aY)(a.name) + (a.deprecated ? ' (deprecated)' : ''),
            (0,markdown/* code */.aY)(latest?.version ?? '–'),
            ...stageNames.map((s) => (a.stages[s]?.length ? a.stages[s].map((x) => (0,markdown/* code */.aY)(x.version)).join(', ') : '–')),
        ];
    });
    return {
        checks: [{ id: 'registry', subject: null, name: 'Registry', value: all.length, threshold: null, verdict: 'pass', message: `${all.length} artifact(s)` }],
        summary: `${all.length} artifact(s) in the registry`,
        registration: emptyRegistration(''),
        outputs: { name: '', version: '', tag: '', sha256: '', stage: '', 'model-uri': '', 'model-card': '' },
        body: rows.length ? (0,markdown/* table */.tp)(['Name', 'Latest', ...stageNames.map((s) => (0,markdown/* text */.Qq)(s))], rows) : '',
        headline: {
            reason: all.length ? `${(0,findings/* plural */.LS)(all.length, 'artifact')} in the registry.` : 'The registry is empty.',
            next: 'nothing to do.',
            compared: "the registry's tags.",
        },
        extra: { registry: all.map(summaryOf) },
    };
}
function summaryOf(a) {
    return {
        name: a.name,
        deprecated: a.deprecated,
        latest: a.versions.find((v) => v.active && v.registered)?.version ?? null,
        stages: Object.fromEntries(Object.entries(a.stages).map(([s, l]) => [s, l.map((x) => x.version)])),
        versions: a.versions
            .filter((v) => v.registered)
            .map((v) => ({
            version: v.version,
            active: v.active,
            registeredAt: v.registeredAt ? new Date(v.registeredAt * 1000).toISOString() : null,
            stages: stagesOf(v, a),
            sha256: recordOf(v)?.sha256 ?? null,
            verdicts: Object.fromEntries((recordOf(v)?.gates ?? []).map((g) => [g.gate, g.verdict])),
        })),
    };
}
async function verify(inputs, ctx, backend) {
    const name = need(inputs.name, 'name', 'verify');
    assertValidName(name, 'name');
    const modelPath = need(inputs.path, 'path', 'verify');
    const state = await backend.load(name, { sort: inputs.sort, versionsPerStage: inputs['versions-per-stage'] || -1 });
    let v;
    if (inputs.stage && !inputs.version) {
        const h = state.stages[inputs.stage]?.[0];
        if (!h)
            throw new errors/* UserError */.yo(`no version of ${name} is in stage ${inputs.stage}`, { field: 'stage' });
        v = findVersion(state, h.version);
    }
    else {
        v = findVersion(state, inputs.version ? normalizeVersion(inputs.version) : undefined);
    }
    const rec = recordOf(v);
    if (!rec)
        throw new errors/* UserError */.yo(`${name}@${v.version} carries no modelgate record (registered by another tool?), so there are no hashes to verify against`, { field: 'version' });
    const actual = await hashPath(modelPath, ctx.cwd, 'path');
    const diff = diffManifests(rec.files, actual.files);
    const checks = [];
    for (const c of diff.changed) {
        checks.push({ id: `file.${c.path}`, subject: c.path, name: 'File hash', value: c.actual, threshold: `= ${c.expected}`, verdict: 'fail', message: `${c.path}: SHA-256 differs from ${name}@${v.version}` });
    }
    for (const p of diff.missing) {
        checks.push({ id: `file.${p}`, subject: p, name: 'File present', value: 'missing', threshold: 'present', verdict: 'fail', message: `${p}: registered with ${name}@${v.version} but missing` });
    }
    for (const p of diff.extra) {
        checks.push({ id: `file.${p}`, subject: p, name: 'File registered', value: 'extra', threshold: 'absent', verdict: 'fail', message: `${p}: not part of ${name}@${v.version}` });
    }
    const same = actual.sha256 === rec.sha256;
    checks.push({
        id: 'manifest',
        subject: modelPath,
        name: 'Manifest hash',
        value: actual.sha256,
        threshold: `= ${rec.sha256}`,
        verdict: same ? 'pass' : 'fail',
        message: same ? `all ${rec.files.length} files match ${name}@${v.version}` : `the files differ from ${name}@${v.version}`,
    });
    const bad = checks.filter((c) => c.verdict === 'fail');
    const summary = bad.length ? bad[0].message + (bad.length > 2 ? ` (and ${bad.length - 2} more difference(s))` : '') : `${modelPath} matches ${name}@${v.version} (${rec.files.length} files)`;
    const verified = {
        reason: bad.length
            ? `${(0,markdown/* code */.aY)(modelPath)} is not ${versionName(name, v.version)}: ${(0,markdown/* text */.Qq)(bad[0].message ?? bad[0].name)}${bad.length > 2 ? `, and ${(0,findings/* plural */.LS)(bad.length - 2, 'more difference')}` : ''}.`
            : `${(0,markdown/* code */.aY)(modelPath)} matches ${versionName(name, v.version)} (${(0,findings/* plural */.LS)(rec.files.length, 'file')}).`,
        next: bad.length ? `deploy the files registered as ${versionName(name, v.version)}, or register these as a new version.` : 'nothing to do.',
        compared: `${(0,markdown/* code */.aY)(modelPath)} against ${versionFacts(name, v.version, rec)}.`,
    };
    return stageOutcome(name, v, rec, inputs.stage ?? null, checks, summary, backend, [], verified, 'manifest');
}
const COMMAND_RUNNERS = { register, promote, demote, rollback, deprecate, show, verify };
async function runCommand(inputs, ctx, backend) {
    const o = await COMMAND_RUNNERS[inputs.command](inputs, ctx, backend);
    const report = (0,make_report/* makeReport */.d)({
        gate: 'register-model',
        inputs: { ...inputs },
        checks: o.checks,
        reason: o.summary,
        sections: { registration: o.registration, command: inputs.command, backend: backend.kind, ...o.extra },
    });
    const headline = { ...o.headline, compared: `${o.headline.compared.replace(/\.$/, '')} (${(0,markdown/* text */.Qq)(inputs.command)}, ${(0,markdown/* text */.Qq)(backend.kind)} backend).` };
    return { report, outputs: o.outputs, markdown: o.body, headline };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(89114);
;// CONCATENATED MODULE: ./src/gates/register-model/inputs.ts
/** register-model's inputs, each declared once (see core/inputs.ts): the single source for action.yml, the CLI flags, the policy keys, the docs and the typed inputs. */


const COMMANDS = ['register', 'promote', 'demote', 'deprecate', 'rollback', 'show', 'verify'];
const list = schemas/* preprocess */.vkY((v) => (typeof v === 'string' ? v.split(/[,\n]/).map((s) => s.trim()).filter(Boolean) : v ?? undefined), schemas/* array */.YOg(schemas/* string */.YjP().trim()).default([]));
// YAML reads `version: 1.2` as a number: keep what was written as text, so
// that it is checked (and refused) as a version rather than dropped.
const optString = schemas/* preprocess */.vkY((v) => (typeof v === 'number' ? String(v) : v === null ? undefined : v), schemas/* string */.YjP()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined)));
const inputs_inputs = (0,inputs/* defineInputs */.pf)({
    command: { schema: schemas/* enum */.k5n(COMMANDS, { error: (i) => `unknown command "${String(i.input)}"; expected one of ${COMMANDS.join(', ')}` }).default('register'), description: 'What to do: `register`, `promote`, `demote`, `deprecate`, `rollback`, `show` or `verify`.' },
    backend: { schema: schemas/* enum */.k5n(['git', 'mlflow'], { error: (i) => `unknown backend "${String(i.input)}"; expected git or mlflow` }).default('git'), description: '`git` (the repository is the registry: GTO-format annotated tags pushed to the remote) or `mlflow` (an MLflow tracking server\'s model registry, over its REST API).' },
    name: { schema: optString, description: 'Model name. GTO names: lowercase letters, digits, `-` and `/`, starting with a letter. Required except for `show`.' },
    path: { file: true, schema: optString, description: 'The model: a file or a directory of files (`register`, `verify`).', notInPolicy: true },
    version: { schema: optString, description: 'Semantic version, e.g. `v1.2.0`. `register`: an explicit version instead of `bump`; `promote`, `demote`, `deprecate`, `verify`: the version to act on (default: the latest; for `promote` under an enforced stage order, the version in the stage before; for `demote`, the stage\'s holder).' },
    bump: { schema: schemas/* enum */.k5n(['patch', 'minor', 'major'], { error: (i) => `bump must be patch, minor or major, got "${String(i.input)}"` }).default('patch'), description: 'How `register` picks the next version when `version` is not given: `patch`, `minor` or `major`. The first version is v0.0.1.' },
    metadata: { schema: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J(), { error: 'metadata must be a map of keys to values' }).nullish().transform((v) => v ?? {}), description: 'Key/values recorded with the version and shown in the model card: owner, risk level, business unit, anything.', examples: ['{owner: ml-platform, risk: medium}', 'owner: ml-platform, risk: medium'] },
    reports: { file: true, schema: list, description: 'JSON reports of other modelgate gates; their verdicts and key figures are recorded with the version.', notInPolicy: true },
    data: { file: true, schema: list, description: 'Data files or directories whose hashes are recorded as the version\'s lineage.', notInPolicy: true },
    stage: { schema: optString, description: 'Stage for `promote`, `demote` and `rollback` (e.g. `staging`, `production`); for `verify`, verify the version in this stage.' },
    reason: { schema: optString, description: 'Why: kept in the tag\'s audit line with the time and the actor.' },
    stages: { schema: list, description: 'Allowed stages in promotion order, e.g. `dev, staging, production`. Empty: any stage name.' },
    'require-stage-order': { schema: schemas/* boolean */.zMY().default(true), description: 'With `stages`, a version may enter a stage only from the stage before it (production only from staging).' },
    'require-verdicts': { schema: list, description: 'Gates whose verdict recorded with the version must be `pass` for a promotion, e.g. `performance-gate, fairness-gate`.' },
    'require-checks': { schema: list, description: 'Check runs that must have concluded `success` on the version\'s source commit for a promotion (looked up with `github-token`; without it, the recorded reports of gates of that name are used).' },
    'versions-per-stage': { schema: schemas/* number */.aig().int().min(0).default(1), description: 'Versions a stage holds at once: 1 (a promotion takes the stage from the holder) or more; 0 for no limit.' },
    sort: { schema: schemas/* enum */.k5n(['timestamp', 'semver'], { error: (i) => `sort must be timestamp or semver, got "${String(i.input)}"` }).default('timestamp'), description: 'Which assignment wins a stage, as `gto show --sort`: `timestamp` (the latest assignment) or `semver` (the greatest version).' },
    remote: { schema: schemas/* string */.YjP().default('origin'), description: 'git backend: the remote tags are fetched from and pushed to.' },
    push: { schema: schemas/* boolean */.zMY().default(true), description: 'git backend: push the tags to `remote`. With `false`, tags are only created locally.' },
    ref: { schema: schemas/* string */.YjP().default('HEAD'), description: 'git backend: the source commit being registered.' },
    'model-card': { schema: optString, description: 'Where to write the model card (Markdown) of the registered version. Default: `<name>-<version>.md` in the runner temp directory.', notInPolicy: true },
    'tracking-uri': { schema: optString, description: 'mlflow backend: the tracking server. Default: `MLFLOW_TRACKING_URI`. Credentials come from `user:password@` in the URI (sent as Basic authentication), else `MLFLOW_TRACKING_TOKEN`, else `MLFLOW_TRACKING_USERNAME`/`MLFLOW_TRACKING_PASSWORD`; all are masked and redacted.' },
    source: { schema: optString, description: 'mlflow backend: the model version\'s artifact location (e.g. `runs:/<run>/model`, `s3://...`). Default: `path`.', notInPolicy: true },
    'run-id': { schema: optString, description: 'mlflow backend: the MLflow run that produced the model.', notInPolicy: true },
});
const outputs = [
    { name: 'name', description: 'The model name.' },
    { name: 'version', description: 'The version registered, promoted, verified or acted on.' },
    { name: 'tag', description: 'git: the registration tag (`name@vX.Y.Z`); mlflow: `name/version`.' },
    { name: 'sha256', description: 'SHA-256 of the version\'s file manifest.' },
    { name: 'stage', description: 'The stage acted on, when there is one.' },
    { name: 'model-uri', description: 'Where the version is: a repository URL at the tag, or `models:/name/version` for MLflow.' },
    { name: 'model-card', description: 'Path of the model card written for the version.' },
];

;// CONCATENATED MODULE: ./src/gates/register-model/report-sections.ts
/**
 * register-model's own sections of the JSON report, beside the common
 * fields (see core/report.ts). Published in docs/schemas/report.schema.json
 * for reports of this gate; written by runCommand in commands.ts, whose
 * `registration`, `command` and `backend` every command writes and whose
 * other sections depend on the command.
 */


const fileHash = schemas/* object */.Ikc({
    path: schemas/* string */.YjP().describe('File path relative to the model path (the file name for a single file)'),
    sha256: schemas/* string */.YjP().describe('SHA-256 of the file, hex'),
    bytes: schemas/* number */.aig().int().min(0).describe('File size in bytes'),
})
    .strict();
const registration = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().describe('The model (artifact) name; empty for `show` of the whole registry'),
    version: schemas/* string */.YjP().nullable().describe('The version acted on, e.g. "v0.0.1"; null when there is none (deprecating a whole artifact, an empty registry)'),
    tag: schemas/* string */.YjP().nullable().describe('Its registration tag (git) or model version (mlflow, "name/number"), or null'),
    sha256: schemas/* string */.YjP().nullable().describe("Manifest hash of the version's files, or null when unknown"),
    stage: schemas/* string */.YjP().nullable().describe('The stage acted on (promote, demote, rollback, verify by stage), else null'),
    files: schemas/* array */.YOg(fileHash).describe("The version's files with their hashes; empty when unknown"),
})
    .strict();
const versionSummary = schemas/* object */.Ikc({
    version: schemas/* string */.YjP(),
    active: schemas/* boolean */.zMY().describe('False once the version is deregistered'),
    registeredAt: schemas/* string */.YjP().nullable().describe('ISO-8601 time of registration, or null when unknown'),
    stages: schemas/* array */.YOg(schemas/* string */.YjP()).describe('Stages the version is in now'),
    sha256: schemas/* string */.YjP().nullable().describe('Manifest hash from its modelgate record, or null without one'),
    verdicts: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).describe('Gate name → verdict of the reports recorded at registration'),
})
    .strict();
const artifactSummary = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    deprecated: schemas/* boolean */.zMY(),
    latest: schemas/* string */.YjP().nullable().describe('The latest active registered version, or null'),
    stages: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())).describe('Stage → versions in it, first wins'),
    versions: schemas/* array */.YOg(versionSummary).describe('Registered versions, in registry order'),
})
    .strict();
const reportSections = schemas/* object */.Ikc({
    registration: registration.describe('The model version the command acted on.'),
    command: schemas/* enum */.k5n(COMMANDS).describe('The command run.'),
    backend: schemas/* enum */.k5n(['git', 'mlflow']).describe('The registry backend used.'),
    existing: schemas/* boolean */.zMY().optional().describe('register only: whether the same files were already registered (no new version).'),
    written: schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('promote, demote, rollback, deprecate, verify: the tags or alias operations written (empty when nothing changed).'),
    registry: schemas/* array */.YOg(artifactSummary).optional().describe('show only: each artifact (or the one named) with its latest version, stages and versions.'),
});

;// CONCATENATED MODULE: ./src/gates/register-model/gate.ts
/**
 * register-model: the repository as a model registry (GTO's tag format) or
 * an MLflow model registry, with promotion policy and file verification.
 */







function makeBackend(inputs, ctx) {
    if (inputs.backend === 'mlflow') {
        if (inputs.sort === 'semver' || inputs['versions-per-stage'] !== 1) {
            // MLflow aliases name exactly one version each.
            if (inputs['versions-per-stage'] !== 1) {
                throw new errors/* UserError */.yo('the mlflow backend maps a stage to an alias, which names one version: versions-per-stage must be 1', {
                    field: 'versions-per-stage',
                });
            }
        }
        return new MlflowRegistry({
            ...mlflowConfigFromEnv(ctx.env, inputs['tracking-uri']),
            source: inputs.source,
            runId: inputs['run-id'],
        }, ctx.secret);
    }
    const server = ctx.env.GITHUB_SERVER_URL ?? 'https://github.com';
    return new GitRegistry({
        cwd: ctx.cwd,
        remote: inputs.push ? inputs.remote : null,
        ref: inputs.ref,
        env: {},
        repositoryUrl: ctx.run.repository ? `${server}/${ctx.run.repository}` : null,
    });
}
/* harmony default export */ const register_model_gate = ((0,gate/* defineGate */.p)({
    name: 'register-model',
    title: 'Model registry',
    description: 'Register, promote, roll back, deprecate and verify model versions: in the repository itself as GTO-format git tags, or in an MLflow model registry.',
    inputs: inputs_inputs,
    outputs: outputs,
    reportSections: reportSections,
    async run(inputs, ctx) {
        return runCommand(inputs, ctx, makeBackend(inputs, ctx));
    },
}));


/***/ }),

/***/ 62752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ byVerdict),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   _f: () => (/* binding */ collapsedSections),
/* harmony export */   f9: () => (/* binding */ findingsTable),
/* harmony export */   hm: () => (/* binding */ worstOf)
/* harmony export */ });
/* unused harmony export SHOWN_FINDINGS */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42495);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45714);


/** Shown in the open; the rest is collapsed. */
const SHOWN_FINDINGS = 5;
const RANK = { pass: 0, insufficient: 1, warn: 2, fail: 3 };
/** The worst of some check verdicts: the icon of a finding that stands for several checks. */
function worstOf(verdicts) {
    let worst = 'pass';
    for (const v of verdicts)
        if (RANK[v] > RANK[worst])
            worst = v;
    return worst;
}
/** Sorts findings worst first, keeping the gate's order among equals. */
function byVerdict(items, verdict) {
    return items
        .map((item, i) => ({ item, i }))
        .sort((a, b) => RANK[verdict(b.item)] - RANK[verdict(a.item)] || a.i - b.i)
        .map((x) => x.item);
}
/**
 * A findings table: the first `shown` rows in the open, the rest in a
 * collapsed section titled `more(n)`. Cells must already be escaped.
 */
function findingsTable(header, rows, options = {}) {
    const shown = options.shown ?? SHOWN_FINDINGS;
    const open = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(header, rows.slice(0, shown), options.align);
    if (rows.length <= shown)
        return open;
    const n = rows.length - shown;
    const title = options.more?.(n) ?? `${n} more finding${n === 1 ? '' : 's'}`;
    return `${open}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(title, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(header, rows.slice(shown), options.align))}`;
}
/** "1 rule" / "2 rules". */
function plural(n, word, many = `${word}s`) {
    return `${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .groupDigits */ .K9)(n)} ${n === 1 ? word : many}`;
}
/**
 * The collapsed part of a report: one <details> per section, or on a pass
 * all of them in one, so that a passing report is its headline and one
 * collapsed block (issue #12).
 */
function collapsedSections(sections, passing, passTitle) {
    const list = sections.filter((s) => s.body.trim());
    if (!list.length)
        return '';
    if (passing && list.length > 1)
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(passTitle, list.map((s) => `**${s.title}**\n\n${s.body}`).join('\n\n'));
    return list.map((s) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(s.title, s.body)).join('\n\n');
}


/***/ }),

/***/ 42495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kk: () => (/* binding */ icon),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   bu: () => (/* reexport safe */ _numbers_js__WEBPACK_IMPORTED_MODULE_1__.bu),
/* harmony export */   h8: () => (/* binding */ htmlCode),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* harmony import */ var _core_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79478);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45714);
/**
 * Markdown building blocks for job summaries and PR comments.
 *
 * Every value that comes from data or configuration (column names, category
 * values, file names) goes through `text()` or `code()`: Markdown and HTML
 * are escaped, and `@name` is broken with a zero-width space so that a
 * column called "@security-team" pings nobody.
 */

// Numbers are written one way everywhere (numbers.ts); re-exported for the gates' renderers.

// Characters that start Markdown emphasis, code, links, tables, strikethrough
// or HTML anywhere in a line; line-start markers (#, -, 1.) cannot occur
// because values are inlined after other text.
const MD_SPECIAL = /[\\`*_[\]|<>&~$]/g;
const HTML_ENTITY = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };
/** Break @mentions and #references that GitHub would link. */
function defuse(s) {
    return s.replace(/@/g, '@\u200b').replace(/#(?=\d)/g, '#\u200b');
}
/**
 * Every line ending Markdown knows (CommonMark: LF, CR, CR LF). A lone CR
 * left in a value would end a table row or a line just as LF does.
 */
const LINE_BREAK = /\r\n|\r|\n/g;
/**
 * Escape a data value for Markdown text (also inside table cells). `<` and
 * `>` become entities, so no value can open an HTML comment: a value holding
 * `<!-- modelgate:… -->` cannot pass for a comment marker.
 */
function text(value) {
    const s = value === null || value === undefined ? '' : String(value);
    const escaped = s.replace(LINE_BREAK, ' ').replace(MD_SPECIAL, (ch) => HTML_ENTITY[ch] ?? `\\${ch}`);
    return defuse(escaped);
}
/**
 * A data value as inline code. Backticks inside cannot be escaped in a code
 * span, and a code span shows `<!--` as it is, which leaves an HTML comment
 * (a marker) in the raw text; such values fall back to escaped text in
 * <code>. So do `|` (it would split a table cell).
 */
function code(value) {
    const s = (value === null || value === undefined ? '' : String(value)).replace(LINE_BREAK, ' ');
    if (/[`|<>]/.test(s))
        return `<code>${text(s)}</code>`;
    return `\`${defuse(s)}\``;
}
function icon(verdict) {
    return _core_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICT_ICON */ .YY[verdict];
}
/** A GitHub-flavoured Markdown table; cells must already be escaped. */
function table(header, rows, align) {
    if (rows.length === 0)
        return '';
    const sep = header.map((_, i) => {
        const a = align?.[i] ?? 'l';
        return a === 'r' ? '---:' : a === 'c' ? ':---:' : '---';
    });
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(sep), ...rows.map(line)].join('\n');
}
/**
 * A data value inside raw HTML whose content GitHub does not read as
 * Markdown, such as a <details>' <summary>: there a backslash escape would
 * show, so only HTML is escaped (and mentions broken). `htmlCode` wraps it
 * in <code>, as `code()` does in Markdown.
 */
function htmlText(value) {
    const s = value === null || value === undefined ? '' : String(value);
    return defuse(s.replace(LINE_BREAK, ' ').replace(/[<>&"]/g, (ch) => HTML_ENTITY[ch] ?? '&quot;'));
}
function htmlCode(value) {
    return `<code>${htmlText(value)}</code>`;
}
/** A collapsible section; `summary` is HTML (see htmlText), not Markdown. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}


/***/ }),

/***/ 45714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K9: () => (/* binding */ groupDigits),
/* harmony export */   Nw: () => (/* binding */ rowRanges),
/* harmony export */   Oe: () => (/* binding */ pct),
/* harmony export */   Px: () => (/* binding */ numBeside),
/* harmony export */   U0: () => (/* binding */ pPhrase),
/* harmony export */   Wm: () => (/* binding */ decimalsFor),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   kF: () => (/* binding */ pctDecimals),
/* harmony export */   qY: () => (/* binding */ withInterval),
/* harmony export */   sp: () => (/* binding */ pValue),
/* harmony export */   x8: () => (/* binding */ signed)
/* harmony export */ });
/* unused harmony exports MINUS, fixed, estimateText */
/**
 * Numbers as every report writes them, one way (issue #12):
 * - three significant figures in prose and tables (`num`);
 * - one minus sign, U+2212 "−", never the hyphen;
 * - en-US thousands separators ("1,234,567");
 * - rates as percentages (`pct`);
 * - a value and its interval with the same number of decimals (`withInterval`);
 * - p-values below 0.001 as "< 0.001" (`pValue`).
 *
 * Whole numbers (counts, row numbers) are written exactly.
 */
const MINUS = '\u2212';
/**
 * A whole number below 10^15 in magnitude with en-US thousands separators
 * ("1,234,567", "-1,234", "-0"), written out rather than by Intl: the first
 * Intl.NumberFormat of a process loads ICU's locale data (about 12 ms,
 * measured) and toLocaleString builds a new formatter per call (about 30 µs),
 * while a report formats hundreds of counts. test/render checks it against
 * Intl's en-US output (hence the ASCII hyphen here; `num` writes "−").
 */
function groupDigits(value) {
    if (Object.is(value, -0))
        return '-0';
    const digits = String(Math.abs(value));
    let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
    for (let i = out.length; i < digits.length; i += 3)
        out += `,${digits.slice(i, i + 3)}`;
    return value < 0 ? `-${out}` : out;
}
/** The hyphen-minus of JavaScript's number text as the minus sign. */
function minus(s) {
    return s.replace(/-/g, MINUS);
}
/** Digits before the decimal point grouped by thousands: "12345.6" → "12,345.6". */
function groupText(s) {
    const neg = s.startsWith('-');
    const body = neg ? s.slice(1) : s;
    const dot = body.indexOf('.');
    const whole = dot < 0 ? body : body.slice(0, dot);
    const frac = dot < 0 ? '' : body.slice(dot);
    const grouped = whole.length > 3 ? groupDigits(Number(whole)) : whole;
    return `${neg ? '-' : ''}${grouped}${frac}`;
}
/**
 * Decimals that show `sig` significant figures of the largest magnitude among
 * `values` (0 for 100 and up at three figures). Used so that a value and its
 * interval share one precision: 0.0875 in [−0.104, −0.0700] → 3 decimals.
 */
function decimalsFor(values, sig = 3) {
    let top = 0;
    for (const v of values)
        if (v !== null && v !== undefined && Number.isFinite(v))
            top = Math.max(top, Math.abs(v));
    if (top === 0)
        return sig - 1;
    return Math.min(12, Math.max(0, sig - 1 - Math.floor(Math.log10(top))));
}
/** A number with a fixed number of decimals, grouped, with the minus sign; −0.000 is written 0.000. */
function fixed(value, decimals) {
    if (value === null || value === undefined)
        return '–';
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : `${MINUS}∞`;
    let s = value.toFixed(decimals);
    if (/^-0(\.0*)?$/.test(s))
        s = s.slice(1);
    return minus(groupText(s));
}
/**
 * A number for a report: `digits` significant figures (three unless told),
 * whole numbers below 10^15 exactly; magnitudes below 10^−4 or from 10^15 in
 * exponent form ("1.50e−7").
 */
function num(value, digits = 3) {
    if (value === null || value === undefined)
        return '–';
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : `${MINUS}∞`;
    if (Object.is(value, -0))
        return '0';
    if (Number.isInteger(value) && Math.abs(value) < 1e15)
        return minus(groupDigits(value));
    const abs = Math.abs(value);
    if (abs < 1e-4 || abs >= 1e15)
        return minus(value.toExponential(digits - 1).replace('e+', 'e'));
    // toPrecision then Number drops trailing zeros ("0.500" → "0.5"); a large
    // value rounds to a whole number ("12345.6" → "12300").
    const rounded = Number(value.toPrecision(digits));
    return minus(groupText(String(rounded)));
}
/**
 * A value shown next to the limit it is judged against, with as many
 * significant figures as it takes (three at least, ten at most) not to read
 * as the limit itself: 99.01 against "≤ 99" is "99.01", never "99".
 */
function numBeside(value, limit) {
    let digits = 3;
    while (limit !== null && digits < 10 && value !== limit && Number(value.toPrecision(digits)) === limit)
        digits++;
    return num(value, digits);
}
/** A signed difference: "+0.031", "−0.128", "±0" for exactly zero. */
function signed(value, decimals) {
    if (value === null || value === undefined)
        return '–';
    const body = decimals === undefined ? num(Math.abs(value)) : fixed(Math.abs(value), decimals);
    if (value > 0)
        return `+${body}`;
    if (value < 0)
        return `${MINUS}${body}`;
    return `±${body}`;
}
/**
 * A share as a percentage: one decimal from 1% up ("14.2%", "2.6%"), two
 * significant figures below ("0.35%"). `decimals` fixes the decimals, so two
 * shares side by side can match.
 */
function pct(value, decimals) {
    if (value === null || value === undefined || !Number.isFinite(value))
        return '–';
    const p = value * 100;
    return `${fixed(p, decimals ?? pctDecimals([value]))}%`;
}
/** The decimals `pct` uses for all of `values` together (the smallest non-zero magnitude decides). */
function pctDecimals(values) {
    let low = Infinity;
    for (const v of values)
        if (v !== null && v !== undefined && Number.isFinite(v) && v !== 0)
            low = Math.min(low, Math.abs(v * 100));
    if (low === Infinity || low >= 1)
        return 1;
    return Math.min(6, 1 - Math.floor(Math.log10(low)));
}
/** A p-value: "< 0.001" below 0.001, otherwise three significant figures ("0.0495", "0.121"). */
function pValue(p) {
    if (p === null || p === undefined || Number.isNaN(p))
        return '–';
    if (p < 0.001)
        return '< 0.001';
    return num(p);
}
/** "p < 0.001" or "p = 0.121": the p-value as a phrase. */
function pPhrase(p) {
    const v = pValue(p);
    return v.startsWith('<') ? `p ${v}` : `p = ${v}`;
}
/**
 * An estimate and its interval with one precision (three significant figures
 * of the largest magnitude among the three). When the estimate lies outside
 * its interval (a percentile bootstrap of a skewed statistic can do that),
 * `outside` says so, so that no cell shows it without a word.
 */
function withInterval(estimate, low, high, options = {}) {
    const scale = options.percent ? 100 : 1;
    const e = estimate === null || estimate === undefined ? null : estimate * scale;
    const lo = low === null || low === undefined ? null : low * scale;
    const hi = high === null || high === undefined ? null : high * scale;
    const d = options.percent ? pctDecimals([estimate, low, high]) : decimalsFor([e, lo, hi]);
    const one = (x, withSign) => {
        if (x === null)
            return '–';
        const t = withSign ? signed(x, d) : fixed(x, d);
        return options.percent ? `${t}%` : t;
    };
    // Exactly zero throughout (a shift of 0 in [0, 0]) is written 0, not 0.00.
    if (e === 0 && (lo === null || lo === 0) && (hi === null || hi === 0)) {
        const zero = options.percent ? '0%' : '0';
        return { value: zero, interval: lo === null || hi === null ? '' : `${zero} to ${zero}` };
    }
    const value = one(e, !!options.signed);
    if (lo === null || hi === null)
        return { value, interval: '' };
    const interval = `${one(lo, !!options.signed && lo > 0)} to ${one(hi, !!options.signed && hi > 0)}`;
    const out = { value, interval };
    if (e !== null && Number.isFinite(e) && (e < lo || e > hi))
        out.outside = 'the estimate is outside its interval: the bootstrap of this statistic is skewed';
    return out;
}
/** "−0.128 (95% CI −0.154 to −0.103)", with the reason when the estimate lies outside its interval. */
function estimateText(estimate, low, high, confidence, options = {}) {
    const t = withInterval(estimate, low, high, options);
    if (!t.interval)
        return t.value;
    return `${t.value} (${num(confidence * 100)}% CI ${t.interval}${t.outside ? `; ${t.outside}` : ''})`;
}
/** Row numbers as short ranges: [120, 121, 122, 42] → "120–122, 42". */
function rowRanges(rows, max = 6) {
    const parts = [];
    let i = 0;
    while (i < rows.length && parts.length < max) {
        let j = i;
        while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1)
            j++;
        parts.push(j > i ? `${groupDigits(rows[i])}–${groupDigits(rows[j])}` : groupDigits(rows[i]));
        i = j + 1;
    }
    const text = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? '');
    return i < rows.length ? `${parts.join(', ')}, …` : text;
}


/***/ })

};
