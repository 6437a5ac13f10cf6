export const id = 555;
export const ids = [555];
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

/***/ 10555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeGates: () => (/* binding */ describeGates)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98439);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89114);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88557);
/* harmony import */ var _gates_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46620);
/* harmony import */ var _run_suite_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88259);
/**
 * What the build publishes from the code: each gate's inputs and outputs
 * (for action.yml and the docs), the policy file's JSON Schema (from the
 * gates' zod schemas) and the JSON report's schema. Generating them keeps
 * action.yml, the docs and the code from drifting apart.
 */





const SCHEMA_BASE = 'https://raw.githubusercontent.com/modelgate/modelgate/main/docs/schemas';
function toJsonSchema(schema, io = 'output') {
    return zod__WEBPACK_IMPORTED_MODULE_4__/* .toJSONSchema */ .bl(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
}
async function describeGates() {
    const gates = [];
    const schemas = {};
    const policyProps = {};
    const reportBranches = [];
    const commonProps = {};
    for (const spec of _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMON_INPUTS */ .s7)
        if (!spec.notInPolicy)
            commonProps[spec.name] = { description: spec.description };
    for (const name of (0,_gates_index_js__WEBPACK_IMPORTED_MODULE_2__/* .availableGates */ .M5)()) {
        const gate = (await (0,_gates_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadGate */ .WF)(name));
        gates.push({
            name: gate.name,
            title: gate.title,
            description: gate.description,
            inputs: [...gate.inputs.specs, ..._core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMON_INPUTS */ .s7],
            outputs: [..._core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMON_OUTPUTS */ .hc, ...gate.outputs],
            docTables: gate.docTables?.() ?? {},
        });
        const gateSchema = toJsonSchema(gate.inputs.schema, 'input');
        delete gateSchema.$schema;
        const props = (gateSchema.properties ?? {});
        for (const spec of gate.inputs.specs) {
            if (spec.notInPolicy)
                delete props[spec.name];
            else if (props[spec.name]) {
                // The policy file may write a list as "a, b" as well as [a, b]:
                // both are converted like the action input before validation.
                if (spec.kind === 'list')
                    props[spec.name] = { anyOf: [{ type: 'string' }, props[spec.name]] };
                props[spec.name].description = spec.description;
            }
        }
        // In the policy file nothing is required: inputs can still come from the step.
        delete gateSchema.required;
        policyProps[gate.name] = { ...gateSchema, properties: { ...props, ...commonProps }, additionalProperties: false };
        for (const [file, schema] of Object.entries(gate.schemas?.() ?? {}))
            schemas[file] = schema;
        if (gate.reportSections) {
            // The gate's sections sit beside the common fields: the branch lists
            // them, and the root's unevaluatedProperties closes the report.
            const sections = toJsonSchema(gate.reportSections);
            delete sections.$schema;
            delete sections.additionalProperties;
            reportBranches.push({ if: { properties: { gate: { const: gate.name } }, required: ['gate'] }, then: sections });
        }
    }
    schemas.policy = {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: `${SCHEMA_BASE}/policy.schema.json`,
        title: 'modelgate policy file (modelgate.yml)',
        type: 'object',
        properties: { defaults: { type: 'object', properties: commonProps, additionalProperties: false }, ...policyProps },
        additionalProperties: false,
    };
    const report = toJsonSchema(_core_report_js__WEBPACK_IMPORTED_MODULE_1__/* .reportSchema */ .Qh);
    const closed = reportBranches.length === gates.length;
    if (closed)
        delete report.additionalProperties;
    schemas.report = {
        $id: `${SCHEMA_BASE}/report.schema.json`,
        title: 'modelgate JSON report',
        ...report,
        ...(reportBranches.length ? { allOf: reportBranches } : {}),
        // Once every gate describes its sections, nothing else may appear.
        ...(closed ? { unevaluatedProperties: false } : {}),
    };
    const suite = { ..._run_suite_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_ACTION */ .an, inputs: _run_suite_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_INPUTS */ .hK.specs, outputs: _run_suite_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_OUTPUTS */ .ml, order: _run_suite_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_ORDER */ .yG };
    return { gates, suite, schemas };
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

/***/ 88259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   an: () => (/* binding */ SUITE_ACTION),
/* harmony export */   hK: () => (/* binding */ SUITE_INPUTS),
/* harmony export */   ml: () => (/* binding */ SUITE_OUTPUTS),
/* harmony export */   yG: () => (/* binding */ SUITE_ORDER)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26921);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89114);
/**
 * The inputs of the suite (the root action `modelgate/modelgate` and
 * `modelgate run`), declared once like a gate's (core/inputs.ts): the build
 * writes the root action.yml and the docs from them, the CLI takes them as
 * --flags.
 *
 * A gate's own settings come from the policy file's section for that gate,
 * or for one run from the input named after the gate: a YAML map of that
 * gate's inputs written as in its own step's `with:` (which, unlike the
 * policy file, may also name this run's files, such as register-model's
 * `path`).
 */


/** One input per gate, named after it: that gate's step inputs for this run. */
function gateSettings(gate, example) {
    return {
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        kind: 'string',
        description: `${gate}'s inputs for this run, as a YAML map written like that gate's own \`with:\`; they override its section of the policy file.`,
        examples: [example],
        notInPolicy: true,
    };
}
/**
 * The order gates run in: the data first (is it what the model expects, has
 * it drifted), then the model judged on it (performance, fairness), then
 * register-model, which records the reports of the gates before it, and
 * canary-decision, which judges a deployment.
 */
const SUITE_ORDER = ['validate-schema', 'drift-check', 'performance-gate', 'fairness-gate', 'register-model', 'canary-decision'];
const SUITE_INPUTS = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .defineInputs */ .pf)({
    gates: {
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
        description: 'The gates to run, e.g. `validate-schema, drift-check, performance-gate, fairness-gate`. Default: the gates that have a section in the policy file. They run in dependency order, whatever the order written.',
        examples: ['validate-schema, drift-check, performance-gate, fairness-gate'],
    },
    policy: {
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        description: 'Path of the `modelgate.yml` policy file (one section per gate). Default: `modelgate.yml` if present.',
        notInPolicy: true,
    },
    'fail-on': {
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['fail', 'warn', 'never']).optional(),
        description: "Which verdict fails the job, for every gate: `fail`, `warn` or `never`. Default: each gate's own (`fail` unless its policy section says otherwise).",
    },
    comment: {
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['auto', 'always', 'on-failure', 'never']).default('auto'),
        description: 'When to write the one combined sticky pull-request comment: `auto` (on pull requests), `always`, `on-failure` or `never`.',
    },
    'comment-id': {
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" and "-" only').optional(),
        description: 'Keeps two runs of the suite in one pull request apart: their own comment, check names `modelgate / <gate> (<id>)` and report folder.',
        examples: ['nightly'],
    },
    'report-path': {
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
        description: 'A folder for the JSON reports, one `<gate>.json` per gate. Default: `modelgate-reports` in the runner temp directory (the CLI: the working directory).',
        notInPolicy: true,
    },
    'check-runs': {
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true),
        description: 'Create one check run per gate, named `modelgate / <gate>` (needs `checks: write`; skipped with a warning without it).',
    },
    'github-token': {
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        actionDefault: '${{ github.token }}',
        description: 'Token for the comment, the check runs, and the gates that call the API (drift-check `dispatch-on-drift`, register-model `require-checks`).',
        notInPolicy: true,
        secret: true,
    },
    'validate-schema': gateSettings('validate-schema', 'data: data/train.csv'),
    'drift-check': gateSettings('drift-check', 'current: data/last-week.parquet'),
    'performance-gate': gateSettings('performance-gate', 'predictions: eval/challenger.csv'),
    'fairness-gate': gateSettings('fairness-gate', 'predictions: eval/challenger.csv'),
    'register-model': gateSettings('register-model', 'path: models/churn'),
    'canary-decision': gateSettings('canary-decision', 'current-weight: 10'),
});
const SUITE_OUTPUTS = [
    { name: 'verdict', description: 'The worst verdict of the gates that ran: `pass`, `warn` or `fail` (a gate that errored counts as `fail`).' },
    { name: 'verdicts', description: 'JSON object of each gate\'s verdict, e.g. `{"validate-schema":"pass","drift-check":"fail"}`; `error` for a gate that could not run, `skipped` for one not run.' },
    { name: 'report-path', description: 'The folder holding one JSON report per gate (`<gate>.json`).' },
    { name: 'summary', description: 'One line: the overall verdict and the gates that did not pass, with their reasons.' },
];
/** The root action's name, description and branding (the Marketplace listing). */
const SUITE_ACTION = {
    name: 'modelgate',
    description: 'ML model gates for pull requests: data schema, drift, performance and fairness checks in one step, one PR comment.',
};


/***/ })

};
