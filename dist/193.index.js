export const id = 193;
export const ids = [193];
export const modules = {

/***/ 42303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ inertLogLine),
/* harmony export */   w: () => (/* binding */ inertLines)
/* harmony export */ });
/**
 * Text the GitHub Actions runner prints but never obeys.
 *
 * The runner reads every line a step writes, on stdout and on stderr, and
 * runs two forms of workflow command in it (actions/runner,
 * src/Runner.Common/ActionCommand.cs, TryParseV2 and TryParse):
 *
 * - `::name props::data` when the line starts with `::` once leading white
 *   space (.NET's Char.IsWhiteSpace, which includes U+0085) is trimmed;
 * - `##[name props]data` anywhere in the line (the older form).
 *
 * Lines end at `\n`, `\r` or `\r\n`. So a value from a file (a path, a column
 * or group name) that holds a line break followed by `::error::…` or
 * `::add-mask::…`, or that holds `##[error]` anywhere, would be a command if
 * printed raw. Everything modelgate prints that can carry data goes through
 * one of these two functions (the runner's own commands escape their data
 * as @actions/core does: src/adapters/action/runner.ts).
 *
 * A zero-width space (U+200B) breaks a command: the runner does not trim it
 * (it is a format character, not white space), and a reader does not see it.
 */
const ZWSP = '\u200b';
/** A line that would start a `::` command, up to the first colon. */
const COMMAND_START = /^([\s\u0085]*):(?=:)/;
const OLD_COMMAND = /##\[/g;
/** One line made inert: nothing in it starts a command. Line breaks must be gone already. */
function defuseLine(line) {
    return line.replace(COMMAND_START, `$1${ZWSP}:`).replace(OLD_COMMAND, `##${ZWSP}[`);
}
/**
 * A log line that stays one line and issues no command: line breaks are
 * written as the toolkit writes them in command data (`%0D`, `%0A`), and a
 * command start is broken. `%` itself is left alone: a plain line is never
 * decoded, and escaping it would print every percentage as `%25`.
 */
function inertLogLine(text) {
    return defuseLine(text.replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}
/**
 * Multi-line text (the CLI's Markdown report, an error with its stack) with
 * its lines kept and every command start broken. Honest output is unchanged;
 * only a line that would have been a command gains an invisible character.
 */
function inertLines(text) {
    return text
        .split(/(\r\n|\r|\n)/)
        .map((part, i) => (i % 2 === 0 ? defuseLine(part) : part))
        .join('');
}


/***/ }),

/***/ 28329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ runContextFromEnv)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/github/context.ts
/**
 * The facts of the current workflow run, read from the runner's GITHUB_*
 * variables and the webhook payload the runner saves at GITHUB_EVENT_PATH.
 * Variables: https://docs.github.com/en/actions/reference/variables-reference
 * Payloads: https://docs.github.com/en/webhooks/webhook-events-and-payloads
 *
 * Outside Actions (the CLI on a laptop) most of this is absent: every piece
 * that cannot be read is left undefined; nothing here throws.
 */

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
function readPayload(path) {
    if (!path)
        return undefined;
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return parsed && typeof parsed === 'object' ? parsed : undefined;
    }
    catch {
        // A missing or unreadable payload only loses the PR details.
        return undefined;
    }
}
function obj(value) {
    return value && typeof value === 'object' ? value : undefined;
}
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function readGitHubContext(env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/', 2).map((s) => s || undefined);
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const eventName = str(env.GITHUB_EVENT_NAME);
    const runId = str(env.GITHUB_RUN_ID);
    const ctx = {
        owner,
        repo,
        eventName,
        sha: str(env.GITHUB_SHA),
        ref: str(env.GITHUB_REF),
        actor: str(env.GITHUB_ACTOR),
        serverUrl,
        apiUrl,
        runId,
        runUrl: owner && repo && runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
        workflow: str(env.GITHUB_WORKFLOW),
    };
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const pr = obj(payload?.pull_request);
    if (pr && (eventName === undefined || PULL_REQUEST_EVENTS.has(eventName))) {
        const num = typeof pr.number === 'number' ? pr.number : typeof payload?.number === 'number' ? payload.number : undefined;
        if (num !== undefined && Number.isInteger(num) && num > 0)
            ctx.pullRequest = num;
        const head = obj(pr.head);
        const base = obj(pr.base);
        ctx.headSha = str(head?.sha);
        const headRepo = obj(head?.repo);
        const baseRepo = obj(base?.repo);
        if (headRepo === undefined && head !== undefined && 'repo' in head && head.repo === null) {
            // The fork was deleted: GitHub sends head.repo = null; it was not this repository.
            ctx.isFork = true;
        }
        else if (headRepo) {
            const headName = str(headRepo.full_name);
            const baseName = str(baseRepo?.full_name);
            // head.repo.fork alone would also be true for a PR between two branches
            // of a fork, so the names decide when both are known.
            ctx.isFork =
                headName !== undefined && baseName !== undefined
                    ? headName.toLowerCase() !== baseName.toLowerCase()
                    : headRepo.fork === true;
        }
    }
    return ctx;
}

;// CONCATENATED MODULE: ./src/adapters/run-context.ts

/** Facts of the CI run from the GitHub Actions environment (empty elsewhere). */
function runContextFromEnv(env) {
    const gh = readGitHubContext(env);
    return {
        repository: gh.owner && gh.repo ? `${gh.owner}/${gh.repo}` : undefined,
        sha: gh.headSha ?? gh.sha,
        ref: gh.ref,
        actor: gh.actor,
        workflow: gh.workflow,
        runId: gh.runId,
        runUrl: gh.runUrl,
        eventName: gh.eventName,
        pullRequest: gh.pullRequest,
    };
}


/***/ }),

/***/ 37686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ parseArtifactReference),
/* harmony export */   UR: () => (/* binding */ isArtifactValue),
/* harmony export */   Yz: () => (/* binding */ parseRunSelector),
/* harmony export */   r5: () => (/* binding */ describeSelector)
/* harmony export */ });
/* unused harmony export ARTIFACT_PREFIX */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * `artifact:` values of file inputs and the `artifact-run` input, parsed.
 *
 * - `artifact:<name>` is the artifact named <name>: the file it holds when it
 *   holds one file, else the directory it was unpacked into;
 * - `artifact:<name>/<path>` is the file or directory <path> inside it.
 *
 * An artifact name cannot hold `/` (nor `"`, `:`, `<`, `>`, `|`, `*`, `?`,
 * `\`, CR or LF: @actions/artifact refuses them), so the first `/` ends it.
 * The path stays inside the artifact: no `..` segment, not absolute.
 */

const ARTIFACT_PREFIX = 'artifact:';
/** The characters @actions/artifact refuses in a name (its path-and-artifact-name-validation.ts). */
const FORBIDDEN_IN_NAME = /["\:<>|*?\\\r\n]/;
function isArtifactValue(value) {
    return value.trim().startsWith(ARTIFACT_PREFIX);
}
/** Parse `artifact:<name>[/<path>]`; `input` names the input in errors. */
function parseArtifactReference(value, input) {
    const text = value.trim();
    const rest = text.slice(ARTIFACT_PREFIX.length);
    const slash = rest.indexOf('/');
    const name = (slash < 0 ? rest : rest.slice(0, slash)).trim();
    const path = slash < 0 ? undefined : rest.slice(slash + 1).replace(/^\/+|\/+$/g, '');
    const field = `input ${input}`;
    if (!name)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${text}" names no artifact: write artifact:<name> or artifact:<name>/<path>`, { field });
    if (FORBIDDEN_IN_NAME.test(name))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${text}": an artifact name cannot hold " : < > | * ? \\ or line breaks`, { field });
    if (path !== undefined && path.split('/').some((s) => s === '..')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${text}": the path inside the artifact may not go up with ".."`, { field });
    }
    return { text, name, ...(path ? { path } : {}) };
}
function parseRunSelector(value) {
    const v = value.trim();
    if (v === '' || v === 'this')
        return { kind: 'this' };
    if (v === 'latest-success')
        return { kind: 'latest-success' };
    if (v.startsWith('latest-success@'))
        return { kind: 'latest-success', branch: v.slice('latest-success@'.length) };
    if (/^[1-9][0-9]*$/.test(v))
        return { kind: 'id', runId: Number(v) };
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${v}": expected this, latest-success, latest-success@<branch> or a run id`, { field: 'input artifact-run' });
}
/** The selector as a user writes it, for messages. */
function describeSelector(s) {
    if (s.kind === 'this')
        return 'this run';
    if (s.kind === 'id')
        return `run ${s.runId}`;
    return `latest-success@${s.branch ?? '<default branch>'}`;
}


/***/ }),

/***/ 32085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KA: () => (/* binding */ closeMatches),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * "Did you mean" for a misspelt name ("agee" → "age", "drift-chek" → "drift-check"):
 * columns, settings, gates. Shared by every error message that names a choice.
 * Levenshtein distance (Levenshtein 1966) with the two-row dynamic programme;
 * names differing only in case or by a prefix count as close too.
 */
function editDistance(a, b) {
    if (a === b)
        return 0;
    let prev = new Array(b.length + 1);
    let curr = new Array(b.length + 1);
    for (let j = 0; j <= b.length; j++)
        prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
        curr[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
            curr[j] = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
        }
        [prev, curr] = [curr, prev];
    }
    return prev[b.length];
}
/** Up to `limit` candidates close to `name`, closest first. */
function closeMatches(name, candidates, limit = 3) {
    const lower = name.toLowerCase();
    const scored = [];
    for (const c of candidates) {
        const cl = c.toLowerCase();
        let d = editDistance(lower, cl);
        if (cl === lower)
            d = 0;
        else if (cl.startsWith(lower) || lower.startsWith(cl))
            d = Math.min(d, 1);
        if (d <= Math.max(1, Math.floor(name.length / 3)))
            scored.push({ c, d });
    }
    scored.sort((x, y) => x.d - y.d || x.c.localeCompare(y.c));
    return scored.slice(0, limit).map((s) => s.c);
}
/** " (did you mean "age"?)" or "", for the end of a message. */
function didYouMean(name, candidates) {
    const m = closeMatches(name, candidates);
    return m.length ? ` (did you mean ${m.map((s) => `"${s}"`).join(' or ')}?)` : '';
}
/** The single closest candidate, for "did you mean" in one-line errors. */
function closest(name, candidates) {
    return closeMatches(name, [...candidates], 1)[0];
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


/***/ }),

/***/ 9552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   comparableBody: () => (/* binding */ comparableBody),
/* harmony export */   renderReport: () => (/* binding */ renderReport),
/* harmony export */   reportReason: () => (/* binding */ reportReason),
/* harmony export */   truncateMarkdown: () => (/* binding */ truncateMarkdown),
/* harmony export */   withPreviousVerdict: () => (/* binding */ withPreviousVerdict)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83323);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42495);
/**
 * The frame every gate's Markdown shares (issue #12), the same for the PR
 * comment, the job summary, the check run and (as plain text) the terminal:
 *
 *     ### ❌ Fairness: FAIL                      ← the verdict
 *     Group C's selection rate is 61% of …       ← the one reason
 *     **Next:** retrain with …                   ← the next action
 *     Compared: `biased.csv`, 3,600 rows …       ← what was compared
 *     (the gate's body: at most five findings, the rest in <details>)
 *     <sub>run · JSON report · modelgate x.y.z</sub>   ← links (the run line)
 *
 * Everything but the run line is a function of the report alone, so an
 * unchanged verdict renders to the same text. The run line holds what
 * changes from run to run (the run's link, the previous comment's verdict)
 * and a hidden state marker; the sticky comment compares bodies without it
 * (`comparableBody`), so a new run with the same report does not edit the
 * comment.
 */



const STATE_MARK = '<!-- modelgate-state';
const STATE_RE = /<!-- modelgate-state verdict=(pass|warn|fail)(?: sha=([0-9a-f]{7,40}))? -->/;
/** The reason as the report wrote it: the summary without its leading "<verdict>: ". */
function reportReason(summary, verdict) {
    return summary.startsWith(`${verdict}: `) ? summary.slice(verdict.length + 2) : summary;
}
function renderReport(gate, result, conclusion, context = {}) {
    const { report } = result;
    const head = `### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .icon */ .Kk)(report.verdict)} ${gate.title}: **${report.verdict.toUpperCase()}**${conclusionNote(report.verdict, conclusion)}`;
    const h = result.headline;
    const reason = h?.reason ?? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(reportReason(report.summary, report.verdict));
    const next = h?.next ?? (report.verdict === 'pass' ? 'nothing to do.' : 'see the findings below.');
    const lines = [head, '', reason, '', `**Next:** ${next}`, ''];
    if (h?.compared)
        lines.push(`**Compared:** ${h.compared}`, '');
    const body = result.markdown.trim();
    if (body)
        lines.push(body, '');
    lines.push(runLine(gate.name, report.verdict, context), '');
    return lines.join('\n');
}
/** Said only when the job's outcome is not what the verdict alone suggests. */
function conclusionNote(verdict, conclusion) {
    if (conclusion === 'failure' && verdict !== 'fail')
        return ' (fails the job: `fail-on: warn`)';
    if (conclusion !== 'failure' && verdict === 'fail')
        return ' (report only: `fail-on: never`)';
    return '';
}
/** The last line: links, the version, and the hidden state the next run compares with. */
function runLine(gateName, verdict, context) {
    const parts = [];
    const run = context.run;
    const runUrl = safeUrl(run?.runUrl);
    if (runUrl)
        parts.push(`[${run?.runId ? `run ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(run.runId)}` : 'run'}](${runUrl})`);
    // Artifact links are run-specific, so they live here, in the line left out
    // when telling whether a sticky comment changed.
    const htmlUrl = safeUrl(context.links?.html);
    if (htmlUrl)
        parts.push(`📊 [Visual report (HTML)](${htmlUrl})`);
    const reportUrl = safeUrl(context.links?.json);
    if (reportUrl)
        parts.push(`[JSON report](${reportUrl})`);
    else if (context.reportPath)
        parts.push(`JSON report ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(context.reportPath))}`);
    parts.push(`modelgate ${_core_version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x} \`${gateName}\``);
    const sha = run?.sha && /^[0-9a-f]{7,40}$/i.test(run.sha) ? ` sha=${run.sha.slice(0, 7).toLowerCase()}` : '';
    return `<sub>${parts.join(' · ')}</sub> ${STATE_MARK} verdict=${verdict}${sha} -->`;
}
/** A URL fit for a Markdown link target: http(s), nothing that ends the link early. */
function safeUrl(url) {
    return url && /^https?:\/\/[^\s()<>"'`]+$/.test(url) ? url : undefined;
}
/** The body without its run line: what decides whether a sticky comment changed. */
function comparableBody(body) {
    return body
        .split('\n')
        .filter((line) => !line.includes(STATE_MARK))
        .join('\n');
}
/**
 * The rendered Markdown with the previous comment's verdict in its run line
 * ("was ❌ fail on a1b2c3d, now ✅ pass"), read from the previous body's
 * hidden state. Only the verdict word and a hex commit are taken from the
 * previous body, so nothing else in it can reach the new one.
 */
function withPreviousVerdict(markdown, previousBody) {
    const before = previousBody ? STATE_RE.exec(previousBody) : null;
    const now = STATE_RE.exec(markdown);
    if (!before || !now)
        return markdown;
    const was = before[1];
    const verdict = now[1];
    const on = before[2] ? ` on ${before[2].slice(0, 7)}` : '';
    const note = was === verdict ? `previously also ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .icon */ .Kk)(was)} ${was}${on}` : `was ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .icon */ .Kk)(was)} ${was}${on}, now ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .icon */ .Kk)(verdict)} ${verdict}`;
    return markdown
        .split('\n')
        .map((line) => (line.includes(STATE_MARK) && line.startsWith('<sub>') ? `<sub>${note} · ${line.slice(5)}` : line))
        .join('\n');
}
/** Cut Markdown to at most `limit` characters at a line boundary, saying so. */
function truncateMarkdown(markdown, limit, note) {
    if (markdown.length <= limit)
        return markdown;
    const room = limit - note.length - 2;
    const cut = markdown.lastIndexOf('\n', room);
    return `${markdown.slice(0, cut > 0 ? cut : room)}\n\n${note}`;
}


/***/ }),

/***/ 59399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oD: () => (/* binding */ policyValue),
/* harmony export */   tb: () => (/* binding */ loadPolicy),
/* harmony export */   z7: () => (/* binding */ checkPolicyKeys)
/* harmony export */ });
/* unused harmony export parsePolicy */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88557);
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32085);
/* harmony import */ var _core_yaml_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91076);
/**
 * The policy file (`modelgate.yml`): settings for any gate, kept in the
 * repository and reviewed like code. Top-level keys are gate names (plus
 * `defaults`, for the common inputs of every gate); under each, the keys are
 * the gate's input names with their values in YAML form:
 *
 *   defaults:
 *     fail-on: fail
 *   drift-check:
 *     drift-share: 0.3
 *     threshold: { ks: 0.01 }
 *
 * Inputs given to the step override the file. An unknown gate or setting is
 * an error naming its line, so a typo never silently disables a rule.
 */






/** Read and parse a policy file; names the file and line of any problem. */
async function loadPolicy(path, displayPath) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(code === 'ENOENT' ? 'policy file not found' : `cannot read policy file (${code})`, { file: displayPath });
    }
    return parsePolicy(text, displayPath);
}
function parsePolicy(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false });
    const lineOf = (offset) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`invalid YAML: ${e.message.split('\n')[0]}`, { file, line: lineOf(e.pos[0]) });
    }
    const sections = new Map();
    if (doc.contents === null)
        return { file, sections };
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(doc.contents))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('expected a mapping of gate names to settings', { file, line: 1 });
    const known = ['defaults', ..._core_report_js__WEBPACK_IMPORTED_MODULE_3__/* .GATE_NAMES */ .rn];
    for (const pair of doc.contents.items) {
        const key = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : String(pair.key);
        const line = lineOf((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) ? pair.key.range?.[0] : undefined);
        if (!known.includes(key)) {
            const hint = (0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .kp)(key, known);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`unknown section "${key}"${hint ? `; did you mean "${hint}"?` : ''} (sections: ${known.join(', ')})`, { file, line });
        }
        const entries = new Map();
        if (pair.value !== null && pair.value !== undefined) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(pair.value))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`"${key}" must be a mapping of settings`, { file, line });
            for (const item of pair.value.items) {
                const name = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item.key) ? String(item.key.value) : String(item.key);
                const itemLine = lineOf((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item.key) ? item.key.range?.[0] : undefined);
                // Aliases are expanded (within a bound: core/yaml.ts), so a block shared by anchor reads the same in every gate.
                const value = (0,_core_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .yamlValue */ .t$)(doc, item.value, { file, lineCounter });
                entries.set(name, { value, line: itemLine });
            }
        }
        sections.set(key, entries);
    }
    return { file, sections };
}
/**
 * Check that every key of the gate's and the defaults section names an input
 * that may be set from a policy file.
 */
function checkPolicyKeys(policy, gate, gateInputs, commonInputs) {
    const check = (section, allowed) => {
        const entries = policy.sections.get(section);
        if (!entries)
            return;
        const names = allowed.filter((s) => !s.notInPolicy).map((s) => s.name);
        for (const [key, entry] of entries) {
            if (!names.includes(key)) {
                const hint = (0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .kp)(key, names);
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`unknown setting "${key}"${hint ? `; did you mean "${hint}"?` : ''}`, { file: policy.file, line: entry.line, field: section });
            }
        }
    };
    check('defaults', commonInputs);
    check(gate, [...gateInputs, ...commonInputs]);
}
/** The policy value for an input: the gate's section wins over `defaults`. */
function policyValue(policy, gate, input) {
    if (!policy)
        return undefined;
    return policy.sections.get(gate)?.get(input) ?? policy.sections.get('defaults')?.get(input);
}


/***/ }),

/***/ 68552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ Redactor)
/* harmony export */ });
/* unused harmony export REDACTED */
/**
 * Secrets, redacted once. A run learns its credentials from three places:
 * inputs declared `secret` (the GitHub token), the user:password part of any
 * URL it is given (a Prometheus URL, an MLflow tracking URI), and the
 * environment's credential variables (MLFLOW_TRACKING_TOKEN, …). run-gate.ts
 * passes everything that leaves the process (the JSON report, the Markdown of
 * the summary and comment, outputs, annotations, log lines, error messages)
 * through one Redactor, so no copy of a secret can slip past a second,
 * forgotten redaction.
 */
/**
 * `scheme://userinfo@`: the userinfo of a URL anywhere in a text. It runs to
 * the LAST `@` before the host, as URL parsers read it: a password written
 * with a raw `@` (`user:p@ss@host`) is userinfo whole.
 */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^/?#\s]+)@/gi;
/**
 * Environment variables that hold credentials: the names the tools we talk
 * to document (MLflow's MLFLOW_TRACKING_TOKEN / _PASSWORD, the runner's
 * ACTIONS_RUNTIME_TOKEN) and any other *_TOKEN, *_PASSWORD, *_SECRET or
 * *_API_KEY.
 */
const SECRET_ENV = /(^|_)(TOKEN|PASSWORD|PASSWD|SECRET|API_KEY|ACCESS_KEY)$/i;
/** Shorter values are not treated as secrets: "***" in place of every "on" would wreck the text. */
const MIN_SECRET_LENGTH = 4;
const REDACTED = '***';
class Redactor {
    onNew;
    secrets = new Set();
    ordered = null;
    constructor(onNew = () => { }) {
        this.onNew = onNew;
    }
    /** A credential to redact from now on (and its URL-encoded form). */
    add(secret) {
        if (!secret)
            return;
        this.addOne(secret);
        this.addOne(encodeURIComponent(secret));
    }
    addOne(secret) {
        if (secret.length < MIN_SECRET_LENGTH || this.secrets.has(secret))
            return;
        this.secrets.add(secret);
        this.ordered = null;
        this.onNew(secret);
    }
    /**
     * The credentials inside a value: a URL's userinfo, its password alone, and
     * the Basic authorization built from them (which a server may echo back in
     * an error body).
     */
    addFromValue(value) {
        if (typeof value === 'string') {
            for (const m of value.matchAll(URL_USERINFO)) {
                const userinfo = m[2];
                this.add(userinfo);
                const colon = userinfo.indexOf(':');
                const user = colon < 0 ? userinfo : userinfo.slice(0, colon);
                const password = colon < 0 ? undefined : userinfo.slice(colon + 1);
                if (password)
                    this.add(password);
                const decoded = `${safeDecode(user)}:${safeDecode(password ?? '')}`;
                this.add(Buffer.from(decoded).toString('base64'));
                if (password)
                    this.add(safeDecode(password));
            }
        }
        else if (Array.isArray(value)) {
            for (const v of value)
                this.addFromValue(v);
        }
        else if (value && typeof value === 'object') {
            for (const v of Object.values(value))
                this.addFromValue(v);
        }
    }
    /** The credential variables of an environment. */
    addFromEnv(env) {
        for (const [name, value] of Object.entries(env)) {
            if (value && SECRET_ENV.test(name))
                this.add(value.trim());
        }
    }
    /** The text with every URL userinfo and every known secret replaced by "***". */
    redact(text) {
        let out = text.replace(URL_USERINFO, `$1${REDACTED}@`);
        if (this.secrets.size === 0)
            return out;
        // Longest first, so that a secret containing another is replaced whole.
        this.ordered ??= [...this.secrets].sort((a, b) => b.length - a.length);
        for (const s of this.ordered)
            if (out.includes(s))
                out = out.split(s).join(REDACTED);
        return out;
    }
    /** A copy of a JSON-like value with every string redacted (keys included). */
    redactDeep(value) {
        return this.walk(value);
    }
    walk(value) {
        if (typeof value === 'string')
            return this.redact(value);
        if (Array.isArray(value))
            return value.map((v) => this.walk(v));
        if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
            const out = {};
            for (const [k, v] of Object.entries(value))
                out[this.redact(k)] = this.walk(v);
            return out;
        }
        return value;
    }
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}


/***/ }),

/***/ 78251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ resolveCommonInputs),
/* harmony export */   p: () => (/* binding */ resolveGateInputs)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89114);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59399);



function policyToInputValue(spec, value) {
    // YAML already typed the value; strings still follow the input's kind so
    // that `columns: "a, b"` and `columns: [a, b]` mean the same.
    if (typeof value === 'string' && spec.kind !== 'string')
        return (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .convertInput */ .e4)(spec, value);
    if (spec.kind === 'string' && (typeof value === 'number' || typeof value === 'boolean'))
        return String(value);
    return value;
}
function collect(specs, explicit, policy, gate) {
    const values = {};
    const origins = {};
    for (const spec of specs) {
        const raw = explicit[spec.name];
        if (raw !== undefined && raw !== '') {
            values[spec.name] = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .convertInput */ .e4)(spec, raw);
            origins[spec.name] = { kind: 'input' };
            continue;
        }
        const fromPolicy = spec.notInPolicy ? undefined : (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .policyValue */ .oD)(policy, gate, spec.name);
        if (fromPolicy !== undefined && fromPolicy.value !== null) {
            try {
                values[spec.name] = policyToInputValue(spec, fromPolicy.value);
            }
            catch (err) {
                if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(err.message, { file: policy.file, line: fromPolicy.line, field: spec.name });
                throw err;
            }
            origins[spec.name] = { kind: 'policy', line: fromPolicy.line };
            continue;
        }
        if (spec.defaultValue !== undefined) {
            values[spec.name] = spec.defaultValue;
            origins[spec.name] = { kind: 'default' };
        }
    }
    return { values, origins };
}
function validate(schema, values, origins, policy) {
    const parsed = schema.safeParse(values);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const path = issue.path.map(String);
    const inputName = path[0] ?? '';
    const origin = origins[inputName];
    const field = path.length ? path.join('.') : undefined;
    const message = issue.code === 'invalid_type' && values[inputName] === undefined ? 'is required' : issue.message;
    if (origin?.kind === 'policy' && policy)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(message, { file: policy.file, line: origin.line, field });
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(message, { field: field ? `input ${field}` : undefined });
}
function resolveCommonInputs(explicit, policy, gate) {
    const { values, origins } = collect(_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMON */ .Sq.specs, explicit, policy, gate);
    return validate(_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMON */ .Sq.schema, values, origins, policy);
}
function resolveGateInputs(gate, explicit, policy) {
    const specs = gate.inputs.specs;
    if (policy)
        (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .checkPolicyKeys */ .z7)(policy, gate.name, specs, _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMON */ .Sq.specs);
    for (const spec of specs) {
        if (spec.required && !explicit[spec.name] && (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .policyValue */ .oD)(policy, gate.name, spec.name) === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('is required', { field: `input ${spec.name}` });
        }
    }
    const { values, origins } = collect(specs, explicit, policy, gate.name);
    // TypeScript cannot see through a generic set's schema to its output type;
    // for any concrete gate, InputsOf<S> is exactly z.output of this schema.
    const schema = gate.inputs.schema;
    return { inputs: validate(schema, values, origins, policy), effective: values };
}


/***/ }),

/***/ 24311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T4: () => (/* binding */ readPolicy),
  mW: () => (/* binding */ resolveGate),
  Rg: () => (/* binding */ runGate),
  Zf: () => (/* binding */ writeFileAtomic)
});

// UNUSED EXPORTS: DEFAULT_POLICY_FILE, htmlReportPath

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(89114);
// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __webpack_require__(32085);
// EXTERNAL MODULE: ./src/core/verdict.ts
var verdict = __webpack_require__(79478);
// EXTERNAL MODULE: ./src/gates/index.ts
var gates = __webpack_require__(46620);
// EXTERNAL MODULE: ./src/render/report-markdown.ts
var report_markdown = __webpack_require__(9552);
// EXTERNAL MODULE: ./src/run/policy.ts
var policy = __webpack_require__(59399);
// EXTERNAL MODULE: ./src/run/redact.ts
var redact = __webpack_require__(68552);
// EXTERNAL MODULE: ./src/run/resolve-inputs.ts
var resolve_inputs = __webpack_require__(78251);
// EXTERNAL MODULE: ./src/artifacts/reference.ts
var reference = __webpack_require__(37686);
;// CONCATENATED MODULE: ./src/artifacts/resolve-inputs.ts

/** Whether any file input holds an `artifact:` value. */
function usesArtifacts(specs, inputs) {
    return specs.some((s) => s.file && itemsOf(inputs[s.name]).some(reference/* isArtifactValue */.UR));
}
function itemsOf(value) {
    if (typeof value === 'string')
        return value.split(',');
    if (Array.isArray(value))
        return value.filter((v) => typeof v === 'string');
    return [];
}
async function resolveText(value, input, open) {
    if (!value.includes(','))
        return (0,reference/* isArtifactValue */.UR)(value) ? open((0,reference/* parseArtifactReference */.F3)(value, input), input) : value;
    // Keep the separators and the plain items exactly as written.
    const parts = value.split(/(\s*,\s*)/);
    for (let i = 0; i < parts.length; i += 2) {
        if ((0,reference/* isArtifactValue */.UR)(parts[i]))
            parts[i] = await open((0,reference/* parseArtifactReference */.F3)(parts[i], input), input);
    }
    return parts.join('');
}
/** The inputs with every `artifact:` value of a file input replaced by its local path (a new object). */
async function resolveArtifactInputs(specs, inputs, open) {
    const out = { ...inputs };
    for (const spec of specs) {
        if (!spec.file)
            continue;
        const value = out[spec.name];
        if (typeof value === 'string')
            out[spec.name] = await resolveText(value, spec.name, open);
        else if (Array.isArray(value)) {
            const items = [];
            for (const v of value)
                items.push(typeof v === 'string' ? await resolveText(v, spec.name, open) : v);
            out[spec.name] = items;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/run/run-gate.ts
/**
 * The one code path shared by the action and the CLI: load the gate, read
 * the policy, resolve and validate inputs, run the gate, decide how the run
 * ends, redact secrets, write the JSON report and render the Markdown.
 * Adapters only bring inputs in and take the outcome out (outputs, summary,
 * comment, exit code), reading `conclusion` rather than deciding again.
 */














const DEFAULT_POLICY_FILE = 'modelgate.yml';
async function resolveGate(name) {
    const gate = await (0,gates/* loadGate */.WF)(name);
    if (!gate) {
        const names = (0,gates/* availableGates */.M5)();
        const hint = (0,suggest/* closest */.kp)(name, names);
        throw new errors/* UserError */.yo(`unknown gate "${name}"${hint ? `; did you mean "${hint}"?` : ''} (gates: ${names.join(', ')})`);
    }
    return gate;
}
/** The policy file the step names, else `modelgate.yml` in the workspace if there is one. */
async function readPolicy(explicit, cwd) {
    const given = explicit.policy;
    if (given)
        return (0,policy/* loadPolicy */.tb)((0,external_node_path_.resolve)(cwd, given), given);
    // Without the input, a modelgate.yml at the top of the workspace applies.
    const implicit = (0,external_node_path_.join)(cwd, DEFAULT_POLICY_FILE);
    return (0,external_node_fs_.existsSync)(implicit) ? (0,policy/* loadPolicy */.tb)(implicit, DEFAULT_POLICY_FILE) : undefined;
}
/** Write a file whole or not at all: a temp file beside it, then rename. */
async function writeFileAtomic(path, data) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(tmp, data);
    await (0,promises_.rename)(tmp, path);
}
function redactingLogger(log, redactor) {
    return {
        info: (m) => log.info(redactor.redact(m)),
        warn: (m) => log.warn(redactor.redact(m)),
        debug: (m) => log.debug(redactor.redact(m)),
    };
}
/** The same error with every secret taken out of its message (and stack). */
function redactError(err, redactor) {
    if (err instanceof errors/* UserError */.yo) {
        const { file, line, field } = err.location;
        return new errors/* UserError */.yo(redactor.redact(err.message), {
            ...(file !== undefined ? { file: redactor.redact(file) } : {}),
            ...(line !== undefined ? { line } : {}),
            ...(field !== undefined ? { field: redactor.redact(field) } : {}),
        });
    }
    if (err instanceof Error) {
        err.message = redactor.redact(err.message);
        if (err.stack)
            err.stack = redactor.redact(err.stack);
        return err;
    }
    return typeof err === 'string' ? redactor.redact(err) : err;
}
function redactResult(result, redactor) {
    return {
        ...result,
        report: redactor.redactDeep(result.report),
        outputs: redactor.redactDeep(result.outputs),
        markdown: redactor.redact(result.markdown),
        ...(result.headline ? { headline: redactor.redactDeep(result.headline) } : {}),
        ...(result.annotations ? { annotations: redactor.redactDeep(result.annotations) } : {}),
    };
}
/** Where the HTML report goes: beside the JSON report unless `html-report` names a path; undefined for none. */
function htmlReportPath(setting, byDefault, reportPath, cwd) {
    const value = setting?.trim();
    if (value === 'false' || (value === undefined && !byDefault))
        return undefined;
    if (value === undefined || value === 'true')
        return (0,external_node_path_.join)((0,external_node_path_.dirname)(reportPath), `${(0,external_node_path_.basename)(reportPath).replace(/\.json$/i, '')}.html`);
    return (0,external_node_path_.isAbsolute)(value) ? value : (0,external_node_path_.resolve)(cwd, value);
}
async function runGate(gateName, explicit, ctx, options = {}) {
    // Secrets are known before anything can fail: the step's inputs (a
    // declared secret, or a URL with a password) and the environment.
    const redactor = new redact/* Redactor */.p((s) => ctx.secret?.(s));
    for (const spec of inputs/* COMMON */.Sq.specs)
        if (spec.secret)
            redactor.add(explicit[spec.name]);
    redactor.addFromValue(explicit);
    redactor.addFromEnv(ctx.env);
    // The log and the progress line print names of files and columns: redacted too.
    const runCtx = {
        ...ctx,
        // A credential a gate comes to know (an Authorization value it builds) is
        // redacted like the others, and masked through the adapter's hook (onNew).
        secret: (value) => redactor.add(value),
        log: redactingLogger(ctx.log, redactor),
        progress: (p) => ctx.progress({ ...p, file: redactor.redact(p.file) }),
    };
    try {
        const gate = await resolveGate(gateName);
        for (const spec of gate.inputs.specs)
            if (spec.secret)
                redactor.add(explicit[spec.name]);
        const policy = 'policy' in options ? options.policy : await readPolicy(explicit, ctx.cwd);
        // The common inputs leave the process too (a check run's name, a comment id);
        // only the token goes out as it is, to authenticate.
        const resolved = (0,resolve_inputs/* resolveCommonInputs */.D)(explicit, policy, gate.name);
        const common = { ...redactor.redactDeep(resolved), 'github-token': resolved['github-token'] };
        runCtx.readLimits = { maxInputBytes: common['max-input-bytes'], maxRecordBytes: common['max-record-bytes'] };
        const { inputs, effective } = (0,resolve_inputs/* resolveGateInputs */.p)(gate, explicit, policy);
        // A URL with credentials may also come from the policy file.
        redactor.addFromValue(effective);
        const token = common['github-token'];
        if (token && !runCtx.github) {
            let client;
            runCtx.github = () => (client ??= Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(913), __webpack_require__.e(154)]).then(__webpack_require__.bind(__webpack_require__, 43154)).then(({ createGitHubClient }) => createGitHubClient(token, ctx.env, { log: runCtx.log })));
        }
        // `artifact:` values of file inputs become downloaded files (src/artifacts/); the report keeps them as written.
        const runInputs = usesArtifacts(gate.inputs.specs, inputs)
            ? await __webpack_require__.e(/* import() */ 468).then(__webpack_require__.bind(__webpack_require__, 65468)).then(async ({ ArtifactStore }) => {
                const store = new ArtifactStore({
                    env: ctx.env,
                    repository: ctx.run.repository,
                    runId: ctx.env.GITHUB_RUN_ID,
                    selector: (0,reference/* parseRunSelector */.Yz)(common['artifact-run']),
                    tempDir: ctx.tempDir,
                    github: runCtx.github,
                    token,
                    log: runCtx.log,
                });
                return resolveArtifactInputs(gate.inputs.specs, inputs, (ref, input) => store.open(ref, input));
            })
            : inputs;
        const raw = await gate.run(runInputs, runCtx);
        raw.report.inputs = effective;
        const result = redactResult(raw, redactor);
        const conclusion = (0,verdict/* conclusionOf */.vu)(result.report.verdict, common['fail-on'], result.neutral);
        const commentId = common['comment-id'];
        const reportPath = common['report-path']
            ? (0,external_node_path_.isAbsolute)(common['report-path'])
                ? common['report-path']
                : (0,external_node_path_.resolve)(ctx.cwd, common['report-path'])
            : (0,external_node_path_.join)(ctx.defaultReportDir, `modelgate-${gate.name}${commentId ? `-${commentId}` : ''}.json`);
        await writeFileAtomic(reportPath, `${JSON.stringify(result.report, null, 2)}\n`);
        // The visual report, drawn from the (redacted) report alone; loaded only when written.
        const htmlPath = htmlReportPath(common['html-report'], ctx.htmlByDefault ?? false, reportPath, ctx.cwd);
        if (htmlPath) {
            const { renderHtmlReport } = await Promise.all(/* import() */[__webpack_require__.e(324), __webpack_require__.e(446)]).then(__webpack_require__.bind(__webpack_require__, 57446));
            await writeFileAtomic(htmlPath, redactor.redact(renderHtmlReport(gate, result.report, conclusion)));
        }
        const markdown = redactor.redact((0,report_markdown.renderReport)(gate, result, conclusion, { run: ctx.run, reportPath }));
        return {
            gate,
            result,
            common,
            conclusion,
            markdown,
            reportPath,
            ...(htmlPath ? { htmlPath } : {}),
            markdownWithLinks: (links) => redactor.redact((0,report_markdown.renderReport)(gate, result, conclusion, { run: ctx.run, reportPath, links })),
            redact: (t) => redactor.redact(t),
        };
    }
    catch (err) {
        throw redactError(err, redactor);
    }
}


/***/ })

};
