export const id = 523;
export const ids = [523];
export const modules = {

/***/ 89114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sq: () => (/* binding */ COMMON),
/* harmony export */   e4: () => (/* binding */ convertInput),
/* harmony export */   hc: () => (/* binding */ COMMON_OUTPUTS),
/* harmony export */   pf: () => (/* binding */ defineInputs),
/* harmony export */   s7: () => (/* binding */ COMMON_INPUTS)
/* harmony export */ });
/* unused harmony exports kindOf, defaultOf, ARTIFACT_NOTE, parseYamlValue, parseInputs */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88532);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49567);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91076);
/* harmony import */ var _read_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9616);
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
/** Said of every file input in action.yml, the docs and `--help`. */
const ARTIFACT_NOTE = 'Also `artifact:<name>[/<path>]`: a file of an Actions artifact (see `artifact-run`).';
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
        if (d.file) {
            spec.file = true;
            spec.description = `${d.description} ${ARTIFACT_NOTE}`;
        }
        specs.push(spec);
        shape[name] = d.schema;
    }
    return { specs, schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc(shape) };
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
    const where = { field: `input ${input}` };
    let first;
    try {
        return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(s, where);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
            throw err; // too many aliases: no other reading helps
        first = err;
    }
    try {
        return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(`{${s}}`, where);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
            throw err;
        const msg = first instanceof Error ? first.message.split('\n')[0] : String(first);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`invalid YAML: ${msg}`, { field: `input ${input}` });
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`expected a number, got "${raw}"`, { field: `input ${spec.name}` });
            }
            return n;
        }
        case 'boolean': {
            const v = raw.trim().toLowerCase();
            if (v === 'true')
                return true;
            if (v === 'false')
                return false;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`expected true or false, got "${raw}"`, { field: `input ${spec.name}` });
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
/** A size in bytes, written as a number or with a unit (core/read-limits.ts `parseByteSize`). */
function byteSize(fallback) {
    return zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .default((0,_read_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .formatByteSize */ .$j)(fallback).replace(' ', ''))
        .transform((text, ctx) => {
        const bytes = (0,_read_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .parseByteSize */ .nS)(text);
        if (bytes !== undefined)
            return bytes;
        ctx.addIssue({ code: 'custom', message: `expected a size in bytes, such as 1000000, 500MB or 4GiB; got "${text}"` });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    });
}
/** Inputs every gate has, in this order, after the gate's own. */
const COMMON = defineInputs({
    policy: {
        schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        description: 'Path of a `modelgate.yml` policy file holding settings for any gate under a key named after the gate. Inputs given to the step override it.',
        notInPolicy: true,
    },
    'fail-on': {
        schema: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['fail', 'warn', 'never']).default('fail'),
        description: 'Which verdict fails the job: `fail`, `warn` (warnings fail too) or `never` (report only).',
    },
    comment: {
        schema: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['auto', 'always', 'on-failure', 'never']).default('auto'),
        description: 'When to write the sticky pull-request comment: `auto` (on pull requests), `always`, `on-failure` (only when the verdict is not pass) or `never`.',
    },
    'comment-id': {
        schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" and "-" only').optional(),
        description: 'Distinguishes the sticky comments of two runs of one gate in one workflow (e.g. two data files). Runs with the same id share one comment.',
        examples: ['train', 'test'],
    },
    'report-path': {
        schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).optional(),
        description: 'Where to write the JSON report. Default: `modelgate-<gate>.json` in the runner temp directory (the CLI: the working directory).',
        notInPolicy: true,
    },
    'check-name': {
        schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).optional(),
        description: 'When set, also create a check run with this name (needs `checks: write`): conclusion success, failure or neutral, with the summary and annotations.',
    },
    'github-token': {
        schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        actionDefault: '${{ github.token }}',
        description: 'Token for the pull-request comment and check run. The default `GITHUB_TOKEN` is enough.',
        notInPolicy: true,
        secret: true,
    },
    'comment-timeout': {
        schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().positive().max(3600).default(60),
        description: 'Seconds the pull-request comment and the check run may take together, retries and rate-limit waits included. When they are used up the step warns and goes on: the verdict, outputs and exit code never wait on GitHub.',
        examples: ['20'],
    },
    'max-input-bytes': {
        schema: byteSize(_read_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_MAX_INPUT_BYTES */ .yQ),
        description: 'The most data one input file may hold, in bytes or with a unit (`500MB`, `4GiB`): a file\'s size, or a `.gz` file\'s size decompressed (for Parquet, also its pages decompressed and 8 bytes per cell read). A larger file is refused with one line, before it can exhaust memory. See docs/limits.md.',
        examples: ['500MB', '8GB'],
    },
    'max-record-bytes': {
        schema: byteSize(_read_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_MAX_RECORD_BYTES */ .ty),
        description: 'The longest record one input file may hold (a CSV/TSV record, a JSON Lines line, an object of a JSON array, a Parquet text or binary value), in bytes or with a unit. A longer one is refused with one line naming the file and line. See docs/limits.md.',
        examples: ['1MB', '256MiB'],
    },
    // The visual report and artifacts (src/html/, src/artifacts/).
    'html-report': {
        schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).optional(),
        description: 'The visual report: one self-contained HTML page with charts (inline CSS and SVG, no script). `true` writes `modelgate-<gate>.html` beside the JSON report, `false` writes none, any other value is the path to write. Default: `true` in the action; the CLI writes one when asked (`--html <file>`).',
        examples: ['true', 'false', 'reports/drift.html'],
    },
    'upload-artifacts': {
        schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().default(true),
        description: "In GitHub Actions, upload the JSON report and the HTML report as unzipped artifacts of the run (a browser opens the HTML straight from the run page) and link them from the comment and the job summary. Where the artifact service is not available (GitHub Enterprise Server without it, local runs) the step says so in one log line and goes on.",
    },
    'artifact-name': {
        schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
            .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" and "-" only')
            .optional(),
        description: 'Name of the uploaded artifacts: `<name>.html` and `<name>.json`. Default: `modelgate-<gate>`, with `-<comment-id>` when `comment-id` is set. Artifact names are unique within a workflow run.',
        examples: ['drift-report'],
    },
    'artifact-retention-days': {
        schema: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .ai().int().min(1).max(90).optional(),
        description: "Days the uploaded reports are kept, 1 to 90. Default: the repository's setting.",
        examples: ['14'],
    },
    'artifact-run': {
        schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
            .regex(/^(this|latest-success(@[^\s]+)?|[1-9][0-9]*)$/, 'this, latest-success, latest-success@<branch> or a run id')
            .default('this'),
        description: 'Where `artifact:` inputs come from: `this` (this workflow run), `latest-success@<branch>` (the latest successful run of this workflow on the branch; the default branch without `@<branch>`) or a run id. Another run needs `permissions: actions: read`.',
        examples: ['this', 'latest-success', 'latest-success@main', '1234567890'],
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

/***/ 9616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ formatByteSize),
/* harmony export */   nS: () => (/* binding */ parseByteSize),
/* harmony export */   ty: () => (/* binding */ DEFAULT_MAX_RECORD_BYTES),
/* harmony export */   yQ: () => (/* binding */ DEFAULT_MAX_INPUT_BYTES)
/* harmony export */ });
/* unused harmony export DEFAULT_READ_LIMITS */
/**
 * How much one data file may make a run hold, so that a hostile or broken
 * file (a small .gz that expands to gigabytes, a line of hundreds of
 * megabytes) ends in one clear line instead of a process killed for memory.
 * Every gate takes them as the common inputs `max-input-bytes` and
 * `max-record-bytes` (core/inputs.ts); the run path hands them to the gate as
 * `GateContext.readLimits`, and the gates to the readers (readers/options.ts).
 * README "Limits" says what each counts for each format.
 */
/**
 * 2 GB: the data of a file takes about one to six times its size in memory
 * once read (a column of one-digit numbers is the worst case: 2 bytes a row
 * in the file, 12 in memory with the row's line), so this keeps an ordinary
 * CSV within a standard runner's memory; and below 2^31 bytes, the line
 * numbers of rows (held as 32-bit integers) cannot overflow.
 */
const DEFAULT_MAX_INPUT_BYTES = 2_000_000_000;
/** 64 MB: far above any real record, small enough that holding one costs little. */
const DEFAULT_MAX_RECORD_BYTES = 64_000_000;
const DEFAULT_READ_LIMITS = { maxInputBytes: DEFAULT_MAX_INPUT_BYTES, maxRecordBytes: DEFAULT_MAX_RECORD_BYTES };
const UNITS = {
    '': 1,
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    kib: 2 ** 10,
    mib: 2 ** 20,
    gib: 2 ** 30,
    tib: 2 ** 40,
};
/**
 * A size as a user writes it: a number of bytes (`1000000`), or a number
 * with a unit: kB, MB, GB, TB (powers of 1000) or KiB, MiB, GiB, TiB (powers
 * of 1024), in any case, with or without a space (`500MB`, `1.5 GiB`).
 * Undefined when the text is not such a size or is not a whole, positive,
 * safe number of bytes.
 */
function parseByteSize(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
    if (!m)
        return undefined;
    const unit = UNITS[m[2].toLowerCase()];
    if (unit === undefined)
        return undefined;
    const bytes = Number(m[1]) * unit;
    return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}
/** A size for messages: "2 GB", "64 MiB", "1.5 MB" when that is exact, else the bytes. */
function formatByteSize(bytes) {
    for (const [unit, size] of [
        ['TB', 1e12],
        ['GB', 1e9],
        ['MB', 1e6],
        ['TiB', 2 ** 40],
        ['GiB', 2 ** 30],
        ['MiB', 2 ** 20],
        ['kB', 1e3],
        ['KiB', 2 ** 10],
    ]) {
        if (bytes >= size && (bytes * 10) % size === 0)
            return `${bytes / size} ${unit}`;
    }
    return `${bytes} bytes`;
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

/***/ 91076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   t$: () => (/* binding */ yamlValue)
/* harmony export */ });
/* unused harmony export MAX_ALIAS_COUNT */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/**
 * YAML into plain values, with alias expansion bounded. An alias (`*a`)
 * stands for a whole node, and a node may hold aliases of nodes that hold
 * aliases: nine levels of nine aliases each (a "billion laughs" document of
 * a few hundred bytes) expand to 9^9 values. The `yaml` package stops an
 * expansion past `maxAliasCount` by throwing a ReferenceError, which without
 * this module escaped as a stack trace. Every YAML parse of the project (the
 * policy file, contracts, canary configurations, inline YAML inputs) goes
 * through here and turns it into one UserError naming the file and the line
 * of the alias that expands too far.
 */


/**
 * The `yaml` package's own default: `maxAliasCount` counts each alias
 * resolved, weighted by the aliases inside what it stands for, so that a
 * document sharing a few blocks by alias (a common use) stays far below it.
 */
const MAX_ALIAS_COUNT = 100;
function isAliasLimit(err) {
    return err instanceof ReferenceError && /Excessive alias count/.test(err.message);
}
function expandsTooFar(doc, node) {
    try {
        node.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
        return false;
    }
    catch (err) {
        return isAliasLimit(err);
    }
}
/**
 * The innermost node that expands too far on its own: down from `node`
 * through the first child that does, to an alias or a collection whose
 * children only expand too far together. Only run once the document is
 * known to be refused; each try stops at the limit.
 */
function culprit(doc, node) {
    let current = node;
    for (;;) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(current))
            return current;
        const children = current.items.flatMap((item) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) ? [item.key, item.value] : [item])).filter((c) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(c));
        const next = children.find((child) => expandsTooFar(doc, child));
        if (!next)
            return current;
        current = next;
    }
}
function tooManyAliases(doc, node, where) {
    const found = node ? culprit(doc, node) : null;
    const offset = found?.range?.[0];
    const line = offset !== undefined && where.lineCounter ? where.lineCounter.linePos(offset).line : undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`YAML aliases expand too far (more than ${MAX_ALIAS_COUNT} alias expansions): aliases of aliases grow exponentially, as in a "billion laughs" document; write the values out instead`, { ...(where.file !== undefined ? { file: where.file } : {}), ...(line !== undefined ? { line } : {}), ...(where.field !== undefined ? { field: where.field } : {}) });
}
/**
 * The plain value of `node` in `doc` (of the whole document when `node` is
 * not given), aliases expanded within MAX_ALIAS_COUNT; past it, one UserError.
 */
function yamlValue(doc, node, where) {
    const target = node === undefined ? doc.contents : node;
    try {
        if (node === undefined)
            return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(node) ? node.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) : node;
    }
    catch (err) {
        if (isAliasLimit(err))
            throw tooManyAliases(doc, (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(target) ? target : null, where);
        throw err;
    }
}
/**
 * `yaml`'s `parse(text)` with the alias bound: the first syntax error is
 * thrown as `parse` throws it (a YAMLParseError, for the caller to word),
 * too many aliases as a UserError. Warnings are not printed (`parse` would
 * print them to stderr).
 */
function parseYaml(text, where = {}) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter });
    if (doc.errors.length > 0)
        throw doc.errors[0];
    return yamlValue(doc, undefined, { ...where, lineCounter });
}


/***/ }),

/***/ 46620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M5: () => (/* binding */ availableGates),
/* harmony export */   WF: () => (/* binding */ loadGate)
/* harmony export */ });
/* unused harmony export GATES */
const GATES = {
    'drift-check': async () => (await Promise.all(/* import() */[__webpack_require__.e(536), __webpack_require__.e(22), __webpack_require__.e(156), __webpack_require__.e(758), __webpack_require__.e(189)]).then(__webpack_require__.bind(__webpack_require__, 32189))).default,
    'canary-decision': async () => (await Promise.all(/* import() */[__webpack_require__.e(536), __webpack_require__.e(22), __webpack_require__.e(758), __webpack_require__.e(441)]).then(__webpack_require__.bind(__webpack_require__, 64441))).default,
    'fairness-gate': async () => (await Promise.all(/* import() */[__webpack_require__.e(536), __webpack_require__.e(22), __webpack_require__.e(72), __webpack_require__.e(324), __webpack_require__.e(930)]).then(__webpack_require__.bind(__webpack_require__, 70930))).default,
    'performance-gate': async () => (await Promise.all(/* import() */[__webpack_require__.e(536), __webpack_require__.e(22), __webpack_require__.e(72), __webpack_require__.e(939)]).then(__webpack_require__.bind(__webpack_require__, 96939))).default,
    'register-model': async () => (await __webpack_require__.e(/* import() */ 976).then(__webpack_require__.bind(__webpack_require__, 27976))).default,
    'validate-schema': async () => (await Promise.all(/* import() */[__webpack_require__.e(129), __webpack_require__.e(536), __webpack_require__.e(22), __webpack_require__.e(682)]).then(__webpack_require__.bind(__webpack_require__, 90682))).default,
};
function availableGates() {
    return Object.keys(GATES);
}
async function loadGate(name) {
    const load = GATES[name];
    return load ? load() : undefined;
}


/***/ })

};
