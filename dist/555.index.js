export const id = 555;
export const ids = [555];
export const modules = {

/***/ 10555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeGates: () => (/* binding */ describeGates)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98439);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89114);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88557);
/* harmony import */ var _gates_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46620);
/**
 * What the build publishes from the code: each gate's inputs and outputs
 * (for action.yml and the docs), the policy file's JSON Schema (from the
 * gates' zod schemas) and the JSON report's schema. Generating them keeps
 * action.yml, the docs and the code from drifting apart.
 */




const SCHEMA_BASE = 'https://raw.githubusercontent.com/modelgate/modelgate/main/docs/schemas';
function toJsonSchema(schema, io = 'output') {
    return zod__WEBPACK_IMPORTED_MODULE_3__/* .toJSONSchema */ .bl(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
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
    return { gates, schemas };
}


/***/ })

};
