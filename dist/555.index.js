export const id = 555;
export const ids = [555];
export const modules = {

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
