export const id = 572;
export const ids = [572];
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

/***/ 89114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sq: () => (/* binding */ COMMON),
/* harmony export */   e4: () => (/* binding */ convertInput),
/* harmony export */   hc: () => (/* binding */ COMMON_OUTPUTS),
/* harmony export */   pf: () => (/* binding */ defineInputs),
/* harmony export */   s7: () => (/* binding */ COMMON_INPUTS)
/* harmony export */ });
/* unused harmony exports kindOf, defaultOf, parseYamlValue, parseInputs */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26921);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/**
 * Inputs, declared once. A gate declares each input as one entry of
 * `defineInputs({...})`: its name (the key), its description and a zod schema
 * that carries its default. Everything else is derived from that entry:
 *
 * - the input's kind (how an action input, which is always a string, becomes
 *   a value), read off the schema's type;
 * - the default written in the docs and `--help`, read off the schema's
 *   `.default(...)`;
 * - whether it is required (the schema refuses a missing value);
 * - action.yml's `inputs:`, the CLI's `--flags`, the policy file's keys and
 *   JSON Schema, and the reference docs' input table (src/entry/describe.ts
 *   and scripts/build.mjs);
 * - the typed inputs a gate's `run` takes: `z.output` of the object schema.
 *
 * Adding an input is adding one entry; nothing else repeats its name, type or
 * default.
 */



const defOf = (s) => s._zod.def;
const WRAPPERS = new Set(['default', 'prefault', 'optional', 'nullable', 'nonoptional', 'catch', 'readonly']);
/** How a string input becomes a value, read off the schema's type. */
function kindOf(schema) {
    const def = defOf(schema);
    if (WRAPPERS.has(def.type) && def.innerType)
        return kindOf(def.innerType);
    if (def.type === 'pipe') {
        // z.preprocess(f, s) is a pipe from a transform into s; s.transform(f) a pipe from s into a transform.
        return defOf(def.in).type === 'transform' ? kindOf(def.out) : kindOf(def.in);
    }
    switch (def.type) {
        case 'number':
        case 'int':
            return 'number';
        case 'boolean':
            return 'boolean';
        case 'array':
            return 'list';
        case 'record':
        case 'object':
        case 'map':
        case 'union':
            return 'yaml';
        case 'string':
        case 'enum':
        case 'literal':
            return 'string';
        default:
            return undefined;
    }
}
/** The schema's default value, if it declares one. */
function defaultOf(schema) {
    const def = defOf(schema);
    if (def.type === 'default' || def.type === 'prefault')
        return def.defaultValue;
    if (WRAPPERS.has(def.type) && def.innerType)
        return defaultOf(def.innerType);
    if (def.type === 'pipe')
        return defOf(def.in).type === 'transform' ? defaultOf(def.out) : defaultOf(def.in);
    return undefined;
}
/** A default as the docs write it; nothing for an empty list or map. */
function defaultText(value) {
    if (value === undefined || value === null)
        return undefined;
    if (Array.isArray(value))
        return value.length ? value.join(', ') : undefined;
    if (typeof value === 'object')
        return Object.keys(value).length ? JSON.stringify(value) : undefined;
    return String(value);
}
function refusesMissing(schema) {
    try {
        return !schema.safeParse(undefined).success;
    }
    catch {
        return true;
    }
}
/** Declare a gate's (or the common) inputs: each one once. */
function defineInputs(declarations) {
    const specs = [];
    const shape = {};
    for (const [name, d] of Object.entries(declarations)) {
        const kind = d.kind ?? kindOf(d.schema);
        if (!kind)
            throw new Error(`input ${name}: cannot tell its kind from its schema; declare \`kind\``);
        const defaultValue = defaultOf(d.schema);
        const spec = { name, description: d.description, kind };
        const text = defaultText(defaultValue);
        if (text !== undefined)
            spec.default = text;
        if (defaultValue !== undefined)
            spec.defaultValue = defaultValue;
        if (d.required ?? refusesMissing(d.schema))
            spec.required = true;
        if (d.actionDefault !== undefined)
            spec.actionDefault = d.actionDefault;
        if (d.notInPolicy)
            spec.notInPolicy = true;
        if (d.secret)
            spec.secret = true;
        if (d.examples)
            spec.examples = d.examples;
        specs.push(spec);
        shape[name] = d.schema;
    }
    return { specs, schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc(shape) };
}
/**
 * A map or scalar written as YAML. Action inputs are one-line strings, and
 * the natural `p95: 100, p99: 200` is not valid YAML (a compact mapping
 * cannot nest), so text that does not parse is tried again as a flow mapping
 * `{p95: 100, p99: 200}`; if that fails too, the first error is reported.
 */
function parseYamlValue(raw, input) {
    const s = raw.trim();
    if (s === '')
        return undefined;
    let first;
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(s);
    }
    catch (err) {
        first = err;
    }
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(`{${s}}`);
    }
    catch {
        const msg = first instanceof Error ? first.message.split('\n')[0] : String(first);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`invalid YAML: ${msg}`, { field: `input ${input}` });
    }
}
/** Turn one string input into a value according to its kind. */
function convertInput(spec, raw) {
    switch (spec.kind) {
        case 'string':
            return raw;
        case 'number': {
            const n = Number(raw.trim());
            if (raw.trim() === '' || !Number.isFinite(n)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`expected a number, got "${raw}"`, { field: `input ${spec.name}` });
            }
            return n;
        }
        case 'boolean': {
            const v = raw.trim().toLowerCase();
            if (v === 'true')
                return true;
            if (v === 'false')
                return false;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`expected true or false, got "${raw}"`, { field: `input ${spec.name}` });
        }
        case 'list':
            return raw
                .split(/[,\n]/)
                .map((s) => s.trim())
                .filter((s) => s.length > 0);
        case 'yaml':
            return parseYamlValue(raw, spec.name);
    }
}
/** Inputs every gate has, in this order, after the gate's own. */
const COMMON = defineInputs({
    policy: {
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        description: 'Path of a `modelgate.yml` policy file holding settings for any gate under a key named after the gate. Inputs given to the step override it.',
        notInPolicy: true,
    },
    'fail-on': {
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['fail', 'warn', 'never']).default('fail'),
        description: 'Which verdict fails the job: `fail`, `warn` (warnings fail too) or `never` (report only).',
    },
    comment: {
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['auto', 'always', 'on-failure', 'never']).default('auto'),
        description: 'When to write the sticky pull-request comment: `auto` (on pull requests), `always`, `on-failure` (only when the verdict is not pass) or `never`.',
    },
    'comment-id': {
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" and "-" only').optional(),
        description: 'Distinguishes the sticky comments of two runs of one gate in one workflow (e.g. two data files). Runs with the same id share one comment.',
        examples: ['train', 'test'],
    },
    'report-path': {
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
        description: 'Where to write the JSON report. Default: `modelgate-<gate>.json` in the runner temp directory (the CLI: the working directory).',
        notInPolicy: true,
    },
    'check-name': {
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
        description: 'When set, also create a check run with this name (needs `checks: write`): conclusion success, failure or neutral, with the summary and annotations.',
    },
    'github-token': {
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        actionDefault: '${{ github.token }}',
        description: 'Token for the pull-request comment and check run. The default `GITHUB_TOKEN` is enough.',
        notInPolicy: true,
        secret: true,
    },
    'comment-timeout': {
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().positive().max(3600).default(60),
        description: 'Seconds the pull-request comment and the check run may take together, retries and rate-limit waits included. When they are used up the step warns and goes on: the verdict, outputs and exit code never wait on GitHub.',
        examples: ['20'],
    },
});
/** The common inputs' specs (action.yml, docs, CLI flags). */
const COMMON_INPUTS = COMMON.specs;
const COMMON_OUTPUTS = [
    { name: 'verdict', description: '`pass`, `warn` or `fail`.' },
    { name: 'report-path', description: 'Path of the JSON report.' },
    { name: 'summary', description: 'One line: the verdict and its main reason.' },
];
/**
 * Validate values given as a step or a policy file would give them (strings
 * converted by each input's kind, typed values as they are) into the typed
 * inputs. The run path does the same after merging defaults and the policy
 * file (src/run/resolve-inputs.ts); tests and tools use this directly.
 */
function parseInputs(set, values) {
    const converted = { ...values };
    for (const spec of set.specs) {
        const v = values[spec.name];
        if (typeof v === 'string' && spec.kind !== 'string')
            converted[spec.name] = v === '' ? undefined : convertInput(spec, v);
    }
    return set.schema.parse(converted);
}


/***/ }),

/***/ 88557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qh: () => (/* binding */ reportSchema),
/* harmony export */   WI: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   rn: () => (/* binding */ GATE_NAMES)
/* harmony export */ });
/* unused harmony export checkSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26921);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79478);
/**
 * The JSON report: a public, versioned contract. Every gate writes one; its
 * JSON Schema (docs/schemas/report.schema.json) is generated from the zod
 * schema below by `npm run build`. Gates add their own top-level sections
 * (`columns`, `metrics`, `groups`, ...), described in each gate's reference
 * and, as a zod schema, in its `reportSections` (see core/gate.ts), which the
 * build adds to the published schema for reports of that gate.
 *
 * Versioning: additive changes (a new optional field, a new section) keep the
 * major version; renaming or removing a field bumps it.
 */


const REPORT_SCHEMA_VERSION = '1.0';
const GATE_NAMES = [
    'validate-schema',
    'drift-check',
    'performance-gate',
    'fairness-gate',
    'register-model',
    'canary-decision',
];
const scalar = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["null"] */ .chJ()]);
const checkSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Stable identifier of the check within the report, e.g. "column.age.max"'),
    subject: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().describe('What the check is about (a column, metric, group), or null for the whole input'),
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Human-readable name of the rule or statistic'),
    value: scalar.describe('The observed value'),
    threshold: scalar.describe('The threshold the value was compared with, as written (e.g. ">= 0.85"), or null'),
    verdict: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_VERDICTS */ .cq),
    severity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['error', 'warn']).optional().describe('What a violation of this check does to the gate verdict'),
    message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('One sentence a reviewer can read'),
})
    .loose();
const reportSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(REPORT_SCHEMA_VERSION),
    gate: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(GATE_NAMES),
    verdict: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICTS */ .bk),
    summary: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('One line: the verdict and its main reason'),
    tool: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('modelgate'), version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('ISO-8601 time the report was made'),
    inputs: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()).describe('The effective inputs after merging the policy file and action inputs'),
    checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(checkSchema),
})
    .loose();


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

/***/ 79478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YY: () => (/* binding */ VERDICT_ICON),
/* harmony export */   bk: () => (/* binding */ VERDICTS),
/* harmony export */   cq: () => (/* binding */ CHECK_VERDICTS),
/* harmony export */   vu: () => (/* binding */ conclusionOf),
/* harmony export */   zP: () => (/* binding */ worstVerdict)
/* harmony export */ });
/* unused harmony export failsJob */
/**
 * Verdicts. A gate's verdict is the worst verdict of its checks; a check may
 * also be `insufficient` (too little data to judge), which never passes
 * silently: it counts as a warning in the gate verdict.
 */
const VERDICTS = ['pass', 'warn', 'fail'];
const CHECK_VERDICTS = ['pass', 'warn', 'fail', 'insufficient'];
const RANK = { pass: 0, insufficient: 1, warn: 1, fail: 2 };
/** The gate verdict that a list of check verdicts adds up to. */
function worstVerdict(verdicts) {
    let worst = 0;
    for (const v of verdicts)
        worst = Math.max(worst, RANK[v]);
    return VERDICTS[worst];
}
function failsJob(verdict, failOn) {
    if (failOn === 'never')
        return false;
    if (failOn === 'warn')
        return verdict !== 'pass';
    return verdict === 'fail';
}
const VERDICT_ICON = {
    pass: '✅',
    warn: '⚠️',
    fail: '❌',
    insufficient: '❔',
};
function conclusionOf(verdict, failOn, gateAsksNeutral = false) {
    if (failsJob(verdict, failOn))
        return 'failure';
    if (gateAsksNeutral)
        return 'neutral';
    if (failOn === 'never' && verdict !== 'pass')
        return 'neutral';
    return 'success';
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

/***/ 46620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M5: () => (/* binding */ availableGates),
/* harmony export */   WF: () => (/* binding */ loadGate)
/* harmony export */ });
/* unused harmony export GATES */
const GATES = {
    'drift-check': async () => (await Promise.all(/* import() */[__webpack_require__.e(536), __webpack_require__.e(22), __webpack_require__.e(156), __webpack_require__.e(817), __webpack_require__.e(689)]).then(__webpack_require__.bind(__webpack_require__, 51070))).default,
    'canary-decision': async () => (await Promise.all(/* import() */[__webpack_require__.e(536), __webpack_require__.e(22), __webpack_require__.e(817), __webpack_require__.e(441)]).then(__webpack_require__.bind(__webpack_require__, 64441))).default,
    'fairness-gate': async () => (await Promise.all(/* import() */[__webpack_require__.e(536), __webpack_require__.e(22), __webpack_require__.e(666)]).then(__webpack_require__.bind(__webpack_require__, 51666))).default,
    'performance-gate': async () => (await Promise.all(/* import() */[__webpack_require__.e(536), __webpack_require__.e(22), __webpack_require__.e(363)]).then(__webpack_require__.bind(__webpack_require__, 70363))).default,
    'register-model': async () => (await __webpack_require__.e(/* import() */ 276).then(__webpack_require__.bind(__webpack_require__, 32276))).default,
    'validate-schema': async () => (await Promise.all(/* import() */[__webpack_require__.e(943), __webpack_require__.e(536), __webpack_require__.e(22), __webpack_require__.e(621)]).then(__webpack_require__.bind(__webpack_require__, 67621))).default,
};
function availableGates() {
    return Object.keys(GATES);
}
async function loadGate(name) {
    const load = GATES[name];
    return load ? load() : undefined;
}


/***/ }),

/***/ 42495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KM: () => (/* binding */ sparkline),
/* harmony export */   Kk: () => (/* binding */ icon),
/* harmony export */   Oe: () => (/* binding */ pct),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   S9: () => (/* binding */ barChart),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports groupDigits, mermaidLabel */
/* harmony import */ var _core_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79478);
/**
 * Markdown building blocks for job summaries and PR comments.
 *
 * Every value that comes from data or configuration (column names, category
 * values, file names) goes through `text()` or `code()`: Markdown and HTML
 * are escaped, and `@name` is broken with a zero-width space so that a
 * column called "@security-team" pings nobody.
 */

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
/** A number for a report: up to `digits` significant digits, no exponent for ordinary sizes. */
/**
 * A whole number below 10^15 in magnitude with en-US thousands separators
 * ("1,234,567", "-1,234", "-0"), written out rather than by Intl: the first
 * Intl.NumberFormat of a process loads ICU's locale data (about 12 ms,
 * measured) and toLocaleString builds a new formatter per call (about 30 µs),
 * while a report formats hundreds of counts. test/render checks it against
 * Intl's en-US output.
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
function num(value, digits = 4) {
    if (value === null || value === undefined)
        return '–';
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : '−∞';
    if (Number.isInteger(value) && Math.abs(value) < 1e15)
        return groupDigits(value);
    const abs = Math.abs(value);
    if (abs !== 0 && (abs < 1e-4 || abs >= 1e9))
        return value.toExponential(digits - 1);
    return String(Number(value.toPrecision(digits)));
}
/** A share as a percentage, e.g. 0.1234 → "12.3%". */
function pct(value, digits = 1) {
    if (value === null || value === undefined || !Number.isFinite(value))
        return '–';
    return `${(value * 100).toFixed(digits)}%`;
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
/** A collapsible section. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
const SPARK = '▁▂▃▄▅▆▇█';
/** A one-line sparkline of non-negative values, e.g. a histogram. */
function sparkline(values, max) {
    let top = max ?? 0;
    if (max === undefined)
        for (let i = 0; i < values.length; i++)
            top = Math.max(top, values[i]);
    let out = '';
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        out += top > 0 && v > 0 ? SPARK[Math.min(SPARK.length - 1, Math.floor((v / top) * (SPARK.length - 1) + 0.5))] : ' ';
    }
    return out;
}
/**
 * Mermaid labels are quoted strings: the characters that would end them (or
 * the code fence) become `'`, brackets are dropped. Mermaid also reads
 * `%%{init: …}%%` directives and `%%` comments anywhere in a diagram, `#…;`
 * entity codes and HTML in labels: `%`, `#`, `<` and `>` become their
 * full-width forms, which look alike and mean nothing to it.
 */
function mermaidLabel(s) {
    return s
        .replace(/["\n\r`]/g, "'")
        .replace(/[[\]]/g, '')
        .replace(/[%#<>]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}
/**
 * A Mermaid xy bar chart (GitHub renders Mermaid in comments and summaries),
 * one or two series over the same categories.
 */
function barChart(options) {
    const cats = options.categories.map((c) => `"${mermaidLabel(c)}"`).join(', ');
    const lines = ['```mermaid', 'xychart-beta', `  title "${mermaidLabel(options.title)}"`, `  x-axis [${cats}]`];
    if (options.yLabel)
        lines.push(`  y-axis "${mermaidLabel(options.yLabel)}"`);
    for (const s of options.series) {
        const vals = s.values.map((v) => (Number.isFinite(v) ? Number(v.toPrecision(6)) : 0)).join(', ');
        lines.push(`  bar [${vals}]`);
    }
    lines.push('```');
    return lines.join('\n');
}


/***/ }),

/***/ 9552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderReport),
/* harmony export */   o: () => (/* binding */ truncateMarkdown)
/* harmony export */ });
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83323);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42495);


// Nothing run-specific (run links, times) goes in: an unchanged verdict must
// render to the same text, so that the sticky comment is not re-posted.
function renderReport(gate, result, conclusion) {
    const { report } = result;
    const head = `## ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .icon */ .Kk)(report.verdict)} ${gate.title}: **${report.verdict.toUpperCase()}**${conclusionNote(report.verdict, conclusion)}`;
    const footer = `<sub>modelgate ${_core_version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x} · \`${gate.name}\` · full details in the JSON report</sub>`;
    return [head, '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(report.summary), '', result.markdown.trim(), '', footer, ''].join('\n');
}
/** Said only when the job's outcome is not what the verdict alone suggests. */
function conclusionNote(verdict, conclusion) {
    if (conclusion === 'failure' && verdict !== 'fail')
        return ' (fails the job: `fail-on: warn`)';
    if (conclusion !== 'failure' && verdict === 'fail')
        return ' (report only: `fail-on: never`)';
    return '';
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
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32085);
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
            const hint = (0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .kp)(key, known);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`unknown section "${key}"${hint ? `; did you mean "${hint}"?` : ''} (sections: ${known.join(', ')})`, { file, line });
        }
        const entries = new Map();
        if (pair.value !== null && pair.value !== undefined) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(pair.value))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`"${key}" must be a mapping of settings`, { file, line });
            for (const item of pair.value.items) {
                const name = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item.key) ? String(item.key.value) : String(item.key);
                const itemLine = lineOf((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item.key) ? item.key.range?.[0] : undefined);
                const value = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isNode */ .Ll)(item.value) ? item.value.toJSON() : item.value;
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
                const hint = (0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .kp)(key, names);
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

/***/ 41098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rg: () => (/* binding */ runGate),
/* harmony export */   T4: () => (/* binding */ readPolicy),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   mW: () => (/* binding */ resolveGate)
/* harmony export */ });
/* unused harmony export DEFAULT_POLICY_FILE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89114);
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(32085);
/* harmony import */ var _core_verdict_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79478);
/* harmony import */ var _gates_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46620);
/* harmony import */ var _render_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9552);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(59399);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(68552);
/* harmony import */ var _resolve_inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(78251);
/**
 * The one code path shared by the action and the CLI: load the gate, read
 * the policy, resolve and validate inputs, run the gate, decide how the run
 * ends, redact secrets, write the JSON report and render the Markdown.
 * Adapters only bring inputs in and take the outcome out (outputs, summary,
 * comment, exit code), reading `conclusion` rather than deciding again.
 */












const DEFAULT_POLICY_FILE = 'modelgate.yml';
async function resolveGate(name) {
    const gate = await (0,_gates_index_js__WEBPACK_IMPORTED_MODULE_6__/* .loadGate */ .WF)(name);
    if (!gate) {
        const names = (0,_gates_index_js__WEBPACK_IMPORTED_MODULE_6__/* .availableGates */ .M5)();
        const hint = (0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_10__/* .closest */ .kp)(name, names);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`unknown gate "${name}"${hint ? `; did you mean "${hint}"?` : ''} (gates: ${names.join(', ')})`);
    }
    return gate;
}
/** The policy file the step names, else `modelgate.yml` in the workspace if there is one. */
async function readPolicy(explicit, cwd) {
    const given = explicit.policy;
    if (given)
        return (0,_policy_js__WEBPACK_IMPORTED_MODULE_8__/* .loadPolicy */ .tb)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, given), given);
    // Without the input, a modelgate.yml at the top of the workspace applies.
    const implicit = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cwd, DEFAULT_POLICY_FILE);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(implicit) ? (0,_policy_js__WEBPACK_IMPORTED_MODULE_8__/* .loadPolicy */ .tb)(implicit, DEFAULT_POLICY_FILE) : undefined;
}
/** Write a file whole or not at all: a temp file beside it, then rename. */
async function writeFileAtomic(path, data) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, data);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, path);
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
    if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo) {
        const { file, line, field } = err.location;
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(redactor.redact(err.message), {
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
        ...(result.annotations ? { annotations: redactor.redactDeep(result.annotations) } : {}),
    };
}
async function runGate(gateName, explicit, ctx, options = {}) {
    // Secrets are known before anything can fail: the step's inputs (a
    // declared secret, or a URL with a password) and the environment.
    const redactor = new _redact_js__WEBPACK_IMPORTED_MODULE_11__/* .Redactor */ .p((s) => ctx.secret?.(s));
    for (const spec of _core_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMON */ .Sq.specs)
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
        const resolved = (0,_resolve_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveCommonInputs */ .D)(explicit, policy, gate.name);
        const common = { ...redactor.redactDeep(resolved), 'github-token': resolved['github-token'] };
        const { inputs, effective } = (0,_resolve_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveGateInputs */ .p)(gate, explicit, policy);
        // A URL with credentials may also come from the policy file.
        redactor.addFromValue(effective);
        const token = common['github-token'];
        if (token && !runCtx.github) {
            let client;
            runCtx.github = () => (client ??= Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(239), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 96584)).then(({ createGitHubClient }) => createGitHubClient(token, ctx.env, { log: runCtx.log })));
        }
        const raw = await gate.run(inputs, runCtx);
        raw.report.inputs = effective;
        const result = redactResult(raw, redactor);
        const conclusion = (0,_core_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .conclusionOf */ .vu)(result.report.verdict, common['fail-on'], result.neutral);
        const commentId = common['comment-id'];
        const reportPath = common['report-path']
            ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(common['report-path'])
                ? common['report-path']
                : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(ctx.cwd, common['report-path'])
            : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(ctx.defaultReportDir, `modelgate-${gate.name}${commentId ? `-${commentId}` : ''}.json`);
        await writeFileAtomic(reportPath, `${JSON.stringify(result.report, null, 2)}\n`);
        const markdown = redactor.redact((0,_render_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .renderReport */ .B)(gate, result, conclusion));
        return { gate, result, common, conclusion, markdown, reportPath, redact: (t) => redactor.redact(t) };
    }
    catch (err) {
        throw redactError(err, redactor);
    }
}


/***/ })

};
