export const id = 573;
export const ids = [573];
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

/***/ 83323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** modelgate's version, kept equal to package.json's by a test. */
const VERSION = '0.1.0';


/***/ }),

/***/ 34573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ validate_schema_gate),
  inputs: () => (/* reexport */ inputs_inputs),
  outputs: () => (/* reexport */ outputs),
  runValidateSchema: () => (/* binding */ runValidateSchema)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/gate.ts
var gate = __webpack_require__(14888);
// EXTERNAL MODULE: ./src/core/make-report.ts
var make_report = __webpack_require__(96476);
// EXTERNAL MODULE: ./src/readers/index.ts + 3 modules
var readers = __webpack_require__(71022);
;// CONCATENATED MODULE: ./src/gates/validate-schema/annotations.ts
function buildAnnotations(checks, max) {
    const failing = checks.filter((c) => c.verdict === 'fail' || c.verdict === 'warn');
    // Errors first: they are what a reviewer must fix.
    failing.sort((a, b) => (a.verdict === b.verdict ? 0 : a.verdict === 'fail' ? -1 : 1));
    const out = [];
    for (let k = 0; out.length < max; k++) {
        let added = false;
        for (const c of failing) {
            if (out.length >= max)
                break;
            const lines = c.lines;
            const hasRow = k < c.rows.length;
            // A rule without offending rows (a missing column, the row count) is annotated once, at the file.
            if (!hasRow && !(k === 0 && c.rows.length === 0))
                continue;
            added = true;
            const line = hasRow && lines ? lines[k] : undefined;
            const example = hasRow && c.examples[k] !== undefined ? ` Value: "${c.examples[k]}".` : '';
            const row = hasRow ? ` Row ${c.rows[k]}.` : '';
            out.push({
                level: c.verdict === 'fail' ? 'error' : 'warning',
                file: c.file,
                ...(line !== undefined ? { line } : {}),
                title: `${c.id} (${c.threshold ?? ''})`,
                message: `${c.message ?? c.name}${row}${example}`,
            });
        }
        if (!added)
            break;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gates/validate-schema/column-data.ts
// Shared "no cell is malformed" flags: read only when malformedCount > 0.
const EMPTY = new Uint8Array(0);
const TRUE_WORDS = new Set(['true', 't', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'f', 'no', 'n', '0']);
// ISO-8601 date or date-time (RFC 3339 profile, with a space allowed as separator).
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))?)?$/;
/**
 * Parse an ISO-8601 date or date-time to epoch milliseconds; NaN when it is
 * not one or names no real instant (February 30th, hour 25). Date.parse is
 * not used: V8 accepts day 31 in any month. A date-time without an offset
 * is read as UTC, for reproducible comparisons.
 */
function parseDatetime(s) {
    const m = ISO_DATETIME.exec(s.trim());
    if (m === null)
        return NaN;
    const year = +m[1];
    const month = +m[2];
    const day = +m[3];
    const hour = m[4] === undefined ? 0 : +m[4];
    const minute = m[5] === undefined ? 0 : +m[5];
    const second = m[6] === undefined ? 0 : +m[6];
    if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60)
        return NaN;
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day > daysInMonth)
        return NaN;
    const ms = m[7] === undefined ? 0 : Math.round(Number(`0${m[7]}`) * 1000);
    let t = Date.UTC(year, month - 1, day, hour, minute, second, ms);
    if (m[9] !== undefined) {
        const offset = (+m[10] * 60 + +m[11]) * 60_000;
        t += m[9] === '+' ? -offset : offset;
    }
    return t;
}
/** Parse a number the way the readers do ("inf" and "-inf" included); NaN when it is not one. */
function parseNumber(s) {
    const t = s.trim();
    if (t === '')
        return NaN;
    const lower = t.toLowerCase();
    if (lower === 'inf' || lower === '+inf' || lower === 'infinity' || lower === '+infinity')
        return Infinity;
    if (lower === '-inf' || lower === '-infinity')
        return -Infinity;
    // Number() accepts hex and binary literals; a data contract means decimal numbers.
    if (/^[+-]?0[xob]/i.test(t))
        return NaN;
    return Number(t);
}
function formatNumber(v) {
    if (Number.isNaN(v))
        return 'NaN';
    if (v === Infinity)
        return 'inf';
    if (v === -Infinity)
        return '-inf';
    return String(v);
}
function columnData(column, rowCount, missingValues) {
    const tokens = missingValues && missingValues.length ? new Set(missingValues) : null;
    if (column.kind === 'number') {
        const txt = column.text;
        let missing;
        let missingCount = 0;
        // Tokens that are numbers ("-999") are matched by value when the cells' text was not kept.
        const numericTokens = tokens !== null && txt === undefined ? new Set([...tokens].map(parseNumber).filter((x) => !Number.isNaN(x))) : null;
        if (tokens === null || (numericTokens !== null && numericTokens.size === 0)) {
            // The reader's flags are the answer: share them rather than copy a million bytes.
            missing = column.missing ?? new Uint8Array(rowCount);
            if (column.missing !== null)
                for (let i = 0; i < rowCount; i++)
                    missingCount += missing[i];
        }
        else if (numericTokens !== null) {
            missing = new Uint8Array(rowCount);
            const m = column.missing;
            const v = column.values;
            for (let i = 0; i < rowCount; i++) {
                if ((m !== null && m[i] === 1) || numericTokens.has(v[i])) {
                    missing[i] = 1;
                    missingCount++;
                }
            }
        }
        else {
            missing = new Uint8Array(rowCount);
            const m = column.missing;
            for (let i = 0; i < rowCount; i++) {
                if ((m !== null && m[i] === 1) || (txt[i] !== null && tokens.has(txt[i]))) {
                    missing[i] = 1;
                    missingCount++;
                }
            }
        }
        const values = column.values;
        return {
            name: column.name,
            rowCount,
            missing,
            missingCount,
            isText: false,
            text: (i) => (missing[i] === 1 ? '' : txt && txt[i] !== null && txt[i] !== undefined ? txt[i] : formatNumber(values[i])),
        };
    }
    const missing = new Uint8Array(rowCount);
    let missingCount = 0;
    const values = column.values;
    for (let i = 0; i < rowCount; i++) {
        const v = values[i];
        if (v === null || (tokens !== null && tokens.has(v))) {
            missing[i] = 1;
            missingCount++;
        }
    }
    return {
        name: column.name,
        rowCount,
        missing,
        missingCount,
        isText: true,
        strings: values,
        text: (i) => (missing[i] === 1 ? '' : values[i]),
    };
}
/**
 * The column's cells as numbers under a type (number and integer by value,
 * boolean as 1/0, datetime as epoch ms). Without a type, cells are read as
 * numbers. Integer columns flag non-integral values as malformed.
 */
function numericData(column, data, type, booleanValues) {
    const n = data.rowCount;
    const missing = data.missing;
    const t = type ?? 'number';
    if (column.kind === 'number' && (t === 'number' || t === 'integer' || t === 'string' || t === 'category')) {
        const src = column.values;
        // Missing cells of a number column are NaN already; the values can be used as they are unless
        // missing-value tokens made other cells missing too.
        let sharedMissing = 0;
        if (column.missing !== null)
            for (let i = 0; i < n; i++)
                sharedMissing += column.missing[i];
        const values = sharedMissing === data.missingCount ? src : src.slice();
        if (values !== src)
            for (let i = 0; i < n; i++)
                if (missing[i] === 1)
                    values[i] = NaN;
        let malformed = EMPTY;
        let malformedCount = 0;
        if (t === 'integer') {
            for (let i = 0; i < n; i++) {
                const v = values[i];
                // NaN (missing) and ±Infinity are not whole numbers; only present cells count.
                if (v === v && !Number.isInteger(v) && missing[i] === 0) {
                    if (malformed === EMPTY)
                        malformed = new Uint8Array(n);
                    malformed[i] = 1;
                    malformedCount++;
                }
            }
        }
        return { values, malformed, malformedCount };
    }
    const out = new Float64Array(n);
    const malformed = new Uint8Array(n);
    let malformedCount = 0;
    const trueWords = booleanValues ? new Set(booleanValues.true) : null;
    const falseWords = booleanValues ? new Set(booleanValues.false) : null;
    for (let i = 0; i < n; i++) {
        if (missing[i] === 1) {
            out[i] = NaN;
            continue;
        }
        const s = data.text(i);
        let v;
        if (t === 'boolean') {
            if (trueWords !== null && falseWords !== null)
                v = trueWords.has(s) ? 1 : falseWords.has(s) ? 0 : NaN;
            else {
                const w = s.trim().toLowerCase();
                v = TRUE_WORDS.has(w) ? 1 : FALSE_WORDS.has(w) ? 0 : NaN;
            }
        }
        else if (t === 'datetime') {
            v = parseDatetime(s);
        }
        else {
            v = parseNumber(s);
            if (t === 'integer' && Number.isFinite(v) && !Number.isInteger(v))
                v = NaN;
        }
        out[i] = v;
        if (Number.isNaN(v)) {
            malformed[i] = 1;
            malformedCount++;
        }
    }
    return { values: out, malformed, malformedCount };
}
/** Types whose values are compared as numbers. */
function isNumericType(type) {
    return type === 'number' || type === 'integer' || type === 'boolean' || type === 'datetime';
}

;// CONCATENATED MODULE: ./src/gates/validate-schema/baseline.ts

// Shares are differences of ratios: allow for the rounding of 0.3 − 0.2 and the like.
const EPS = 1e-12;
function nullShare(column, rows, missingValues) {
    return rows === 0 ? 0 : columnData(column, rows, missingValues).missingCount / rows;
}
function pp(x) {
    return `${(x * 100).toFixed(1)} pp`;
}
function compareToBaseline(current, baseline, options) {
    const checks = [];
    const failing = options.severity === 'error' ? 'fail' : 'warn';
    const base = new Map(baseline.columns.map((c) => [c.name, c]));
    for (const column of current.columns) {
        const ref = base.get(column.name);
        if (!ref)
            continue;
        const now = nullShare(column, current.rowCount, options.missingValues);
        const before = nullShare(ref, baseline.rowCount, options.missingValues);
        const rise = now - before;
        const ok = rise <= options.nullRateIncrease + EPS;
        checks.push({
            id: `baseline.${column.name}.null-rate`,
            subject: column.name,
            name: 'null-rate increase vs baseline',
            value: rise,
            threshold: `<= +${pp(options.nullRateIncrease)}`,
            verdict: ok ? 'pass' : failing,
            severity: options.severity,
            message: `Missing cells: ${(now * 100).toFixed(1)}% now, ${(before * 100).toFixed(1)}% in the baseline (${rise >= 0 ? '+' : ''}${pp(rise)}).`,
            file: current.source,
            rows: [],
            examples: [],
            current: now,
            baseline: before,
        });
    }
    if (options.rowCountChange !== undefined) {
        const n0 = baseline.rowCount;
        const n = current.rowCount;
        const change = n0 === 0 ? (n === 0 ? 0 : Infinity) : (n - n0) / n0;
        const ok = Math.abs(change) <= options.rowCountChange + EPS;
        checks.push({
            id: 'baseline.row-count',
            subject: null,
            name: 'row-count change vs baseline',
            value: Number.isFinite(change) ? change : null,
            threshold: `|change| <= ${options.rowCountChange}`,
            verdict: ok ? 'pass' : failing,
            severity: options.severity,
            message: `${n} rows now, ${n0} in the baseline (${Number.isFinite(change) ? `${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)}%` : 'baseline empty'}).`,
            file: current.source,
            rows: [],
            examples: [],
            current: n,
            baseline: n0,
        });
    }
    return checks;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __webpack_require__(32085);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(98439);
;// CONCATENATED MODULE: ./src/gates/validate-schema/contract/model.ts
/**
 * The data contract every reader (modelgate YAML, Frictionless Table Schema,
 * Great Expectations suite, MLflow signature) is turned into. One rule here
 * becomes one Check in the report, so the evaluation code never needs to
 * know which format a rule came from.
 */
const COLUMN_TYPES = ['number', 'integer', 'string', 'boolean', 'datetime', 'category'];
/** The threshold of a rule as written, for the report's `threshold` field. */
function describeRule(rule) {
    const mostly = rule.mostly !== undefined && rule.mostly < 1 ? ` (mostly ${rule.mostly})` : '';
    return describeBare(rule) + mostly;
}
function describeBare(rule) {
    switch (rule.kind) {
        case 'present':
            return 'present';
        case 'type':
            return `type ${rule.type}`;
        case 'not-null':
            return 'not null';
        case 'max-null-fraction':
            return `null fraction <= ${rule.value}`;
        case 'min':
            return `${rule.exclusive ? '>' : '>='} ${rule.value}`;
        case 'max':
            return `${rule.exclusive ? '<' : '<='} ${rule.value}`;
        case 'values':
            return `in [${rule.values.map(String).join(', ')}]`;
        case 'pattern':
            return `matches /${rule.pattern}/`;
        case 'unique':
            return 'unique';
        case 'min-length':
            return `length >= ${rule.value}`;
        case 'max-length':
            return `length <= ${rule.value}`;
        case 'mean':
            return bounds('mean', rule.min, rule.max, rule.exclusiveMin, rule.exclusiveMax);
        case 'required-columns':
            return `columns present: ${rule.columns.join(', ')}`;
        case 'no-extra-columns':
            return 'no columns beyond the contract';
        case 'column-order':
            return `columns in order: ${rule.columns.join(', ')}`;
        case 'column-set':
            return `${rule.exactMatch ? 'columns exactly' : 'columns include'}: ${rule.columns.join(', ')}`;
        case 'row-count':
            return bounds('rows', rule.min, rule.max);
        case 'primary-key':
            return `unique key (${rule.columns.join(', ')})`;
        case 'unsupported':
            return rule.name;
    }
}
function bounds(what, min, max, exMin, exMax) {
    const lo = min === undefined ? '' : `${min} ${exMin ? '<' : '<='} `;
    const hi = max === undefined ? '' : ` ${exMax ? '<' : '<='} ${max}`;
    return `${lo}${what}${hi}`;
}
/** Human name of a rule kind, for report rows. */
const RULE_NAMES = {
    present: 'column present',
    type: 'type',
    'not-null': 'not null',
    'max-null-fraction': 'null fraction',
    min: 'minimum',
    max: 'maximum',
    values: 'allowed values',
    pattern: 'pattern',
    unique: 'unique',
    'min-length': 'minimum length',
    'max-length': 'maximum length',
    mean: 'mean',
    'required-columns': 'required columns',
    'no-extra-columns': 'no extra columns',
    'column-order': 'column order',
    'column-set': 'column set',
    'row-count': 'row count',
    'primary-key': 'primary key',
    unsupported: 'unsupported rule',
};

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/gates/validate-schema/contract/source.ts
/**
 * A contract file parsed as YAML (JSON is read by the same parser, YAML 1.2
 * being a superset of it), keeping the document so that a problem found
 * later — a zod issue, a bad regex — can name the line it is on.
 */



async function readContractText(file, resolved) {
    try {
        return await (0,promises_.readFile)(resolved, 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            throw new errors/* UserError */.yo('contract file not found', { file });
        if (code === 'EISDIR')
            throw new errors/* UserError */.yo('contract path is a directory, not a file', { file });
        throw new errors/* UserError */.yo(`cannot read the contract: ${err.message}`, { file });
    }
}
function parseContractText(file, textIn) {
    const text = textIn.charCodeAt(0) === 0xfeff ? textIn.slice(1) : textIn;
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const line = e.linePos?.[0]?.line ?? (e.pos ? lines.linePos(e.pos[0]).line : undefined);
        const msg = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new errors/* UserError */.yo(`invalid YAML/JSON: ${msg}`, { file, line });
    }
    const value = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined)
        throw new errors/* UserError */.yo('the contract is empty', { file });
    return {
        file,
        value,
        lineOf(path) {
            let node = doc.contents;
            let found = doc.contents;
            let depth = 0;
            for (const key of path) {
                if ((0,dist/* isMap */.jh)(node)) {
                    const pair = node.items.find((p) => ((0,dist/* isScalar */.jn)(p.key) ? p.key.value : p.key) === key);
                    if (!pair)
                        break;
                    node = pair.value ?? pair.key;
                    found = pair.value ?? pair.key;
                    depth++;
                }
                else if ((0,dist/* isSeq */.oP)(node) && typeof key === 'number') {
                    const item = node.items[key];
                    if (!item)
                        break;
                    node = item;
                    found = item;
                    depth++;
                }
                else
                    break;
            }
            // A key missing at the top level has no line worth naming: the document's first line would mislead.
            if (depth === 0 && path.length > 0)
                return undefined;
            const range = found?.range;
            return range ? lines.linePos(range[0]).line : undefined;
        },
    };
}
/** "columns[2].max" from a path. */
function formatPath(path) {
    let out = '';
    for (const key of path) {
        if (typeof key === 'number')
            out += `[${key}]`;
        else
            out += out ? `.${String(key)}` : String(key);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gates/validate-schema/contract/modelgate.ts
/**
 * modelgate's own contract format (YAML or JSON), defined with zod so that
 * the same definition validates contracts and publishes their JSON Schema
 * (docs/schemas/contract.schema.json, written by `npm run build` from
 * `contractJsonSchema()`).
 *
 * Every rule may be written plainly (`max: 100`) or with its own severity
 * (`max: { value: 100, severity: warn }`); the column's `severity` is the
 * default for its rules.
 */






const severity = schemas/* enum */.k5n(['error', 'warn']).describe('`error` fails the gate, `warn` only warns');
function rule(value) {
    return schemas/* union */.KCZ([
        value,
        schemas/* object */.Ikc({
            value,
            severity: severity.optional(),
            mostly: schemas/* number */.aig().min(0).max(1).optional().describe('The rule holds when at least this share of cells conform'),
        })
            .strict(),
    ]);
}
const bound = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]);
const contractColumnSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1).describe('Column name as in the header'),
    type: schemas/* enum */.k5n(COLUMN_TYPES).optional().describe('Type every present cell must parse as'),
    description: schemas/* string */.YjP().optional(),
    required: schemas/* boolean */.zMY().optional().describe('Whether the column must be present (default true)'),
    nullable: rule(schemas/* boolean */.zMY()).optional().describe('false: no cell may be missing'),
    'max-null-fraction': rule(schemas/* number */.aig().min(0).max(1)).optional().describe('Largest allowed share of missing cells'),
    min: rule(bound).optional().describe('Smallest allowed value (a number, or an ISO date for datetime columns)'),
    max: rule(bound).optional().describe('Largest allowed value'),
    values: rule(schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()])).min(1)).optional().describe('Allowed values'),
    pattern: rule(schemas/* string */.YjP()).optional().describe('ECMAScript regular expression each value must match (anywhere unless anchored with ^ and $)'),
    unique: rule(schemas/* boolean */.zMY()).optional().describe('No two rows share a value'),
    'min-length': rule(schemas/* number */.aig().int().min(0)).optional(),
    'max-length': rule(schemas/* number */.aig().int().min(0)).optional(),
    severity: severity.optional().describe('Default severity of this column\'s rules (default error)'),
})
    .strict();
const contractFileSchema = schemas/* object */.Ikc({
    contract: schemas/* literal */.euz(1).optional().describe('Version of the contract format'),
    name: schemas/* string */.YjP().optional(),
    description: schemas/* string */.YjP().optional(),
    severity: severity.optional().describe('Default severity of every rule (default error)'),
    'missing-values': schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('Cell texts read as missing besides empty cells, e.g. ["NA", "-"]'),
    columns: schemas/* array */.YOg(contractColumnSchema).describe('The columns, in their expected order'),
    'extra-columns': schemas/* enum */.k5n(['allow', 'warn', 'error'])
        .optional()
        .describe('What columns not named in the contract do: allowed (default), a warning or an error'),
    'column-order': rule(schemas/* boolean */.zMY()).optional().describe('true: the columns must appear in the order listed'),
    rows: schemas/* object */.Ikc({ min: schemas/* number */.aig().int().min(0).optional(), max: schemas/* number */.aig().int().min(0).optional(), severity: severity.optional() })
        .strict()
        .optional()
        .describe('Bounds on the row count'),
    'primary-key': rule(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP()).min(1)]))
        .optional()
        .describe('Column(s) whose values together identify a row: unique and never missing'),
})
    .strict()
    .describe('modelgate data contract');
/** JSON Schema of the contract format, for editors and the docs. */
function contractJsonSchema() {
    return {
        title: 'modelgate data contract',
        ...json_schema_processors/* toJSONSchema */.bl(contractFileSchema, { io: 'input', target: 'draft-2020-12' }),
    };
}
function unwrap(w, fallback) {
    if (w !== null && typeof w === 'object' && !Array.isArray(w) && 'value' in w) {
        const o = w;
        return { value: o.value, severity: o.severity ?? fallback, ...(o.mostly !== undefined ? { mostly: o.mostly } : {}) };
    }
    return { value: w, severity: fallback };
}
/** Turn a zod issue into one UserError line naming file, line and field. */
function zodError(source, error, what) {
    // The deepest issue is the most specific; zod lists union alternatives in `errors`.
    let issue = error.issues[0];
    let path = [...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length) {
        const inner = issue.errors.map((e) => e[0]).filter(Boolean).sort((a, b) => b.path.length - a.path.length)[0];
        if (inner) {
            path = [...path, ...inner.path];
            issue = inner;
        }
    }
    // An unknown key is reported at the key itself, where the typo is.
    if (issue.code === 'unrecognized_keys' && issue.keys.length)
        path = [...path, issue.keys[0]];
    const field = formatPath(path);
    return new errors/* UserError */.yo(`not a valid ${what}: ${issue.message}`, { file: source.file, line: source.lineOf(path), field: field || undefined });
}
function readModelgateContract(source) {
    const parsed = contractFileSchema.safeParse(source.value);
    if (!parsed.success)
        throw zodError(source, parsed.error, 'modelgate contract');
    const file = parsed.data;
    const defaultSeverity = file.severity ?? 'error';
    const names = file.columns.map((c) => c.name);
    const columns = [];
    const seen = new Map();
    file.columns.forEach((c, index) => {
        const at = (key) => ({ file: source.file, line: source.lineOf(key ? ['columns', index, key] : ['columns', index]), field: `columns[${index}]${key ? `.${key}` : ''}` });
        if (seen.has(c.name))
            throw new errors/* UserError */.yo(`column "${c.name}" is declared twice (also columns[${seen.get(c.name)}])`, at('name'));
        seen.set(c.name, index);
        const sev = c.severity ?? defaultSeverity;
        const rules = [];
        const origin = (key) => `${source.file}:${source.lineOf(['columns', index, key]) ?? ''}`;
        if (c.required !== false)
            rules.push({ kind: 'present', severity: sev });
        if (c.type)
            rules.push({ kind: 'type', type: c.type, severity: sev });
        if (c.nullable !== undefined) {
            const r = unwrap(c.nullable, sev);
            if (r.value === false)
                rules.push({ kind: 'not-null', severity: r.severity, mostly: r.mostly, origin: origin('nullable') });
        }
        if (c['max-null-fraction'] !== undefined) {
            const r = unwrap(c['max-null-fraction'], sev);
            rules.push({ kind: 'max-null-fraction', value: r.value, severity: r.severity, origin: origin('max-null-fraction') });
        }
        for (const key of ['min', 'max']) {
            if (c[key] === undefined)
                continue;
            const r = unwrap(c[key], sev);
            if (c.type === 'string' || c.type === 'category' || c.type === 'boolean') {
                throw new errors/* UserError */.yo(`column "${c.name}": ${key} needs a number, integer or datetime column, not ${c.type}`, at(key));
            }
            if (typeof r.value === 'string' && c.type !== 'datetime') {
                throw new errors/* UserError */.yo(`column "${c.name}": ${key} must be a number (a date is allowed for datetime columns only)`, at(key));
            }
            if (typeof r.value === 'string' && Number.isNaN(parseDatetime(r.value))) {
                throw new errors/* UserError */.yo(`column "${c.name}": ${key} "${r.value}" is not an ISO-8601 date`, at(key));
            }
            rules.push({ kind: key, value: r.value, severity: r.severity, mostly: r.mostly, origin: origin(key) });
        }
        if (c.values !== undefined) {
            const r = unwrap(c.values, sev);
            rules.push({ kind: 'values', values: r.value, severity: r.severity, mostly: r.mostly, origin: origin('values') });
        }
        if (c.pattern !== undefined) {
            const r = unwrap(c.pattern, sev);
            try {
                new RegExp(r.value, 'u');
            }
            catch (err) {
                throw new errors/* UserError */.yo(`column "${c.name}": pattern /${r.value}/ does not compile: ${err.message.replace(/^Invalid regular expression: /, '')}`, at('pattern'));
            }
            rules.push({ kind: 'pattern', pattern: r.value, severity: r.severity, mostly: r.mostly, origin: origin('pattern') });
        }
        if (c.unique !== undefined) {
            const r = unwrap(c.unique, sev);
            if (r.value)
                rules.push({ kind: 'unique', severity: r.severity, mostly: r.mostly, origin: origin('unique') });
        }
        for (const key of ['min-length', 'max-length']) {
            if (c[key] === undefined)
                continue;
            const r = unwrap(c[key], sev);
            rules.push({ kind: key, value: r.value, severity: r.severity, mostly: r.mostly, origin: origin(key) });
        }
        columns.push({ name: c.name, type: c.type, optional: c.required === false, rules });
    });
    const table = [];
    const known = (name, key) => {
        if (!seen.has(name)) {
            throw new errors/* UserError */.yo(`unknown column "${name}": it is not among the contract's columns${(0,suggest/* didYouMean */.au)(name, names)}`, {
                file: source.file,
                line: source.lineOf([key]),
                field: key,
            });
        }
    };
    const extra = file['extra-columns'] ?? 'allow';
    if (extra !== 'allow')
        table.push({ kind: 'no-extra-columns', severity: extra });
    if (file['column-order'] !== undefined) {
        const r = unwrap(file['column-order'], defaultSeverity);
        if (r.value)
            table.push({ kind: 'column-order', columns: names, severity: r.severity });
    }
    if (file.rows !== undefined) {
        const { min, max } = file.rows;
        if (min !== undefined && max !== undefined && min > max) {
            throw new errors/* UserError */.yo(`rows.min (${min}) is larger than rows.max (${max})`, { file: source.file, line: source.lineOf(['rows']), field: 'rows' });
        }
        table.push({ kind: 'row-count', min, max, severity: file.rows.severity ?? defaultSeverity });
    }
    if (file['primary-key'] !== undefined) {
        const r = unwrap(file['primary-key'], defaultSeverity);
        const cols = typeof r.value === 'string' ? [r.value] : r.value;
        for (const c of cols)
            known(c, 'primary-key');
        table.push({ kind: 'primary-key', columns: cols, severity: r.severity, mostly: r.mostly });
    }
    return { source: source.file, format: 'modelgate', columns, table, missingValues: file['missing-values'] };
}

;// CONCATENATED MODULE: ./src/gates/validate-schema/contract/frictionless.ts
/**
 * Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/)
 * to the contract model. Field types map to modelgate types (date, datetime
 * and time-less dates → datetime; year → integer; anything else without a
 * modelgate equivalent → string, i.e. not type-checked); constraints map
 * rule by rule. `pattern` is an implicitly anchored XML Schema regular
 * expression in the spec, so it is wrapped in ^(?:...)$.
 */




const scalar = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]);
const fieldSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1),
    type: schemas/* string */.YjP().optional(),
    format: schemas/* string */.YjP().optional(),
    trueValues: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    falseValues: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    constraints: schemas/* object */.Ikc({
        required: schemas/* boolean */.zMY().optional(),
        unique: schemas/* boolean */.zMY().optional(),
        minimum: scalar.optional(),
        maximum: scalar.optional(),
        exclusiveMinimum: scalar.optional(),
        exclusiveMaximum: scalar.optional(),
        pattern: schemas/* string */.YjP().optional(),
        enum: schemas/* array */.YOg(scalar).optional(),
        minLength: schemas/* number */.aig().int().min(0).optional(),
        maxLength: schemas/* number */.aig().int().min(0).optional(),
    })
        .loose()
        .optional(),
})
    .loose();
const tableSchemaSchema = schemas/* object */.Ikc({
    fields: schemas/* array */.YOg(fieldSchema),
    primaryKey: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())]).optional(),
    missingValues: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
})
    .loose();
const TYPE_MAP = {
    string: 'string',
    number: 'number',
    integer: 'integer',
    boolean: 'boolean',
    date: 'datetime',
    datetime: 'datetime',
    year: 'integer',
};
function readFrictionlessContract(source) {
    const parsed = tableSchemaSchema.safeParse(source.value);
    if (!parsed.success)
        throw zodError(source, parsed.error, 'Frictionless Table Schema');
    const schema = parsed.data;
    const names = schema.fields.map((f) => f.name);
    const columns = schema.fields.map((f, index) => {
        const at = (key) => ({ file: source.file, line: source.lineOf(['fields', index, 'constraints', key]), field: `fields[${index}].constraints.${key}` });
        const type = f.type ? TYPE_MAP[f.type] : undefined;
        if (f.type && type === undefined && !['any', 'object', 'array', 'time', 'yearmonth', 'duration', 'geopoint', 'geojson'].includes(f.type)) {
            throw new errors/* UserError */.yo(`field "${f.name}": unknown Table Schema type "${f.type}"`, {
                file: source.file,
                line: source.lineOf(['fields', index, 'type']),
                field: `fields[${index}].type`,
            });
        }
        const c = f.constraints ?? {};
        const rules = [{ kind: 'present', severity: 'error' }];
        if (type && type !== 'string')
            rules.push({ kind: 'type', type, severity: 'error' });
        if (c.required)
            rules.push({ kind: 'not-null', severity: 'error' });
        for (const [key, kind, exclusive] of [
            ['minimum', 'min', false],
            ['maximum', 'max', false],
            ['exclusiveMinimum', 'min', true],
            ['exclusiveMaximum', 'max', true],
        ]) {
            const v = c[key];
            if (v === undefined)
                continue;
            if (typeof v === 'boolean')
                throw new errors/* UserError */.yo(`field "${f.name}": ${key} must be a number or date`, at(key));
            rules.push({ kind, value: v, exclusive: exclusive || undefined, severity: 'error' });
        }
        if (c.enum)
            rules.push({ kind: 'values', values: c.enum, severity: 'error' });
        if (c.pattern !== undefined) {
            const pattern = `^(?:${c.pattern})$`;
            try {
                new RegExp(pattern, 'u');
            }
            catch (err) {
                throw new errors/* UserError */.yo(`field "${f.name}": pattern /${c.pattern}/ does not compile: ${err.message.replace(/^Invalid regular expression: /, '')}`, at('pattern'));
            }
            rules.push({ kind: 'pattern', pattern, severity: 'error' });
        }
        if (c.minLength !== undefined)
            rules.push({ kind: 'min-length', value: c.minLength, severity: 'error' });
        if (c.maxLength !== undefined)
            rules.push({ kind: 'max-length', value: c.maxLength, severity: 'error' });
        if (c.unique)
            rules.push({ kind: 'unique', severity: 'error' });
        // The spec's defaults, exact and case-sensitive, apply once a field names either list.
        const booleanValues = type === 'boolean' && (f.trueValues || f.falseValues)
            ? { true: f.trueValues ?? ['true', 'True', 'TRUE', '1'], false: f.falseValues ?? ['false', 'False', 'FALSE', '0'] }
            : undefined;
        return { name: f.name, type, rules, ...(booleanValues ? { booleanValues } : {}) };
    });
    const table = [];
    if (schema.primaryKey !== undefined) {
        const key = typeof schema.primaryKey === 'string' ? [schema.primaryKey] : schema.primaryKey;
        for (const k of key) {
            if (!names.includes(k)) {
                throw new errors/* UserError */.yo(`unknown column "${k}": it is not among the schema's fields${(0,suggest/* didYouMean */.au)(k, names)}`, {
                    file: source.file,
                    line: source.lineOf(['primaryKey']),
                    field: 'primaryKey',
                });
            }
        }
        table.push({ kind: 'primary-key', columns: key, severity: 'error' });
    }
    // The spec's default missingValues is [""]: empty cells are missing already.
    return { source: source.file, format: 'frictionless', columns, table, missingValues: schema.missingValues?.filter((s) => s !== '') };
}

;// CONCATENATED MODULE: ./src/gates/validate-schema/contract/great-expectations.ts
/**
 * A Great Expectations expectation suite (JSON; the 0.x `expectation_type`
 * and GX 1.x `type` spellings) to the contract model. `mostly` is kept on
 * each rule. Expectations modelgate does not implement become warning
 * checks that say so: a suite is never passed by silently skipping a rule.
 *
 * Semantics follow the GX docs: between is inclusive unless strict_min /
 * strict_max; match_regex searches (re.search, not anchored); unique counts
 * every row of a repeated value as unexpected; a missing column is an error.
 */




const expectationSchema = schemas/* object */.Ikc({
    expectation_type: schemas/* string */.YjP().optional(),
    type: schemas/* string */.YjP().optional(),
    kwargs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
    meta: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
    severity: schemas/* string */.YjP().optional(),
})
    .loose();
/** A pandas/numpy/Python type name as GE writes it, as a modelgate type. */
function geType(name) {
    const n = name.toLowerCase();
    if (/^u?int(8|16|32|64)?$|^long$|^integer(type)?$/.test(n))
        return 'integer';
    if (/^float(16|32|64)?$|^double$|^number$|^decimal$/.test(n))
        return 'number';
    if (/^(str|string|object|unicode|text)$/.test(n))
        return 'string';
    if (/^(bool|boolean)$/.test(n))
        return 'boolean';
    if (/^datetime(64)?(\[.*\])?$|^timestamp$|^date$/.test(n))
        return 'datetime';
    if (n === 'category')
        return 'category';
    return undefined;
}
const suiteSchema = schemas/* object */.Ikc({ expectations: schemas/* array */.YOg(expectationSchema) }).loose();
function readGreatExpectationsContract(source) {
    const parsed = suiteSchema.safeParse(source.value);
    if (!parsed.success)
        throw zodError(source, parsed.error, 'Great Expectations suite');
    const columns = new Map();
    const table = [];
    const column = (name) => {
        let c = columns.get(name);
        if (!c) {
            c = { name, rules: [{ kind: 'present', severity: 'error' }] };
            columns.set(name, c);
        }
        return c;
    };
    parsed.data.expectations.forEach((e, index) => {
        const at = (key) => {
            const path = key ? ['expectations', index, 'kwargs', key] : ['expectations', index];
            return { file: source.file, line: source.lineOf(path), field: `expectations[${index}]${key ? `.kwargs.${key}` : ''}` };
        };
        const type = e.type ?? e.expectation_type;
        if (!type)
            throw new errors/* UserError */.yo('expectation has no type (expectation_type or type)', at());
        const kw = e.kwargs ?? {};
        const sevText = String(e.severity ?? e.meta?.severity ?? 'error').toLowerCase();
        const severity = sevText === 'warn' || sevText === 'warning' ? 'warn' : 'error';
        const origin = `${source.file}:${at().line ?? ''}`;
        const num = (key, required = false) => {
            const v = kw[key];
            if (v === undefined || v === null) {
                if (required)
                    throw new errors/* UserError */.yo(`${type} needs kwargs.${key}`, at(key));
                return undefined;
            }
            if (typeof v !== 'number')
                throw new errors/* UserError */.yo(`${type}: kwargs.${key} must be a number, got ${JSON.stringify(v)}`, at(key));
            return v;
        };
        const str = (key) => {
            const v = kw[key];
            if (typeof v !== 'string' || v === '')
                throw new errors/* UserError */.yo(`${type} needs kwargs.${key} (a string)`, at(key));
            return v;
        };
        const list = (key) => {
            const v = kw[key];
            if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
                throw new errors/* UserError */.yo(`${type} needs kwargs.${key} (a list of column names)`, at(key));
            return v;
        };
        const mostly = num('mostly');
        if (mostly !== undefined && (mostly < 0 || mostly > 1))
            throw new errors/* UserError */.yo(`mostly must be between 0 and 1, got ${mostly}`, at('mostly'));
        const base = { severity, origin, ...(mostly !== undefined ? { mostly } : {}) };
        const add = (rule) => column(str('column')).rules.push(rule);
        const boundValue = (key) => {
            const v = kw[key];
            if (v === undefined || v === null)
                return undefined;
            if (typeof v !== 'number' && typeof v !== 'string')
                throw new errors/* UserError */.yo(`${type}: kwargs.${key} must be a number or date`, at(key));
            return v;
        };
        switch (type) {
            case 'expect_column_to_exist':
                column(str('column'));
                break;
            case 'expect_column_values_to_be_of_type':
            case 'expect_column_values_to_be_in_type_list': {
                const names = type.endsWith('type_list') ? kw.type_list : [kw.type_];
                if (!Array.isArray(names) || names.length === 0 || names.some((x) => typeof x !== 'string')) {
                    throw new errors/* UserError */.yo(`${type} needs kwargs.${type.endsWith('type_list') ? 'type_list' : 'type_'}`, at());
                }
                const mapped = new Set(names.map(geType));
                if (mapped.size !== 1 || mapped.has(undefined)) {
                    table.push({ kind: 'unsupported', name: type, detail: `expectations[${index}] (${origin}): type ${names.join(', ')} has no single modelgate type`, severity: 'warn' });
                    break;
                }
                const t = [...mapped][0];
                const c = column(str('column'));
                c.type = t;
                if (t !== 'string')
                    c.rules.push({ kind: 'type', type: t, ...base });
                break;
            }
            case 'expect_column_values_to_not_be_null':
                add({ kind: 'not-null', ...base });
                break;
            case 'expect_column_values_to_be_between': {
                const lo = boundValue('min_value');
                const hi = boundValue('max_value');
                if (lo === undefined && hi === undefined)
                    throw new errors/* UserError */.yo(`${type} needs min_value or max_value`, at());
                // Date bounds make the column a datetime column (GE compares them as dates); its cells must then parse as dates.
                if ([lo, hi].some((b) => typeof b === 'string')) {
                    for (const [key, b] of [['min_value', lo], ['max_value', hi]]) {
                        if (typeof b === 'string' && Number.isNaN(parseDatetime(b)))
                            throw new errors/* UserError */.yo(`${type}: kwargs.${key} "${b}" is neither a number nor an ISO-8601 date`, at(key));
                    }
                    const c = column(str('column'));
                    if (c.type !== 'datetime') {
                        c.type = 'datetime';
                        c.rules.push({ kind: 'type', type: 'datetime', severity, origin });
                    }
                }
                if (lo !== undefined)
                    add({ kind: 'min', value: lo, exclusive: kw.strict_min === true || undefined, ...base });
                if (hi !== undefined)
                    add({ kind: 'max', value: hi, exclusive: kw.strict_max === true || undefined, ...base });
                break;
            }
            case 'expect_column_values_to_be_in_set': {
                const set = kw.value_set;
                if (!Array.isArray(set))
                    throw new errors/* UserError */.yo(`${type} needs kwargs.value_set (a list)`, at('value_set'));
                add({ kind: 'values', values: set.filter((v) => ['string', 'number', 'boolean'].includes(typeof v)), ...base });
                break;
            }
            case 'expect_column_values_to_be_unique':
                add({ kind: 'unique', ...base });
                break;
            case 'expect_column_values_to_match_regex': {
                const regex = str('regex');
                try {
                    new RegExp(regex, 'u');
                }
                catch (err) {
                    throw new errors/* UserError */.yo(`column "${String(kw.column)}": regex /${regex}/ does not compile: ${err.message.replace(/^Invalid regular expression: /, '')}`, at('regex'));
                }
                add({ kind: 'pattern', pattern: regex, ...base });
                break;
            }
            case 'expect_column_value_lengths_to_be_between': {
                const lo = num('min_value');
                const hi = num('max_value');
                if (lo !== undefined)
                    add({ kind: 'min-length', value: lo, ...base });
                if (hi !== undefined)
                    add({ kind: 'max-length', value: hi, ...base });
                break;
            }
            case 'expect_column_mean_to_be_between': {
                const lo = num('min_value');
                const hi = num('max_value');
                add({ kind: 'mean', min: lo, max: hi, exclusiveMin: kw.strict_min === true || undefined, exclusiveMax: kw.strict_max === true || undefined, severity, origin });
                break;
            }
            case 'expect_table_columns_to_match_ordered_list':
                table.push({ kind: 'column-order', columns: list('column_list'), severity, origin, exact: true });
                break;
            case 'expect_table_columns_to_match_set':
                table.push({ kind: 'column-set', columns: list('column_set'), exactMatch: kw.exact_match !== false, severity, origin });
                break;
            case 'expect_table_row_count_to_be_between': {
                const lo = num('min_value');
                const hi = num('max_value');
                table.push({ kind: 'row-count', min: lo, max: hi, severity, origin });
                break;
            }
            case 'expect_compound_columns_to_be_unique':
            case 'expect_multicolumn_values_to_be_unique':
                table.push({ kind: 'primary-key', columns: list('column_list'), ...base });
                break;
            default:
                table.push({ kind: 'unsupported', name: type, detail: `expectations[${index}] (${origin})`, severity: 'warn' });
        }
    });
    return { source: source.file, format: 'great-expectations', columns: [...columns.values()], table };
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
var ajv_default = /*#__PURE__*/__webpack_require__.n(ajv);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
var _2020_default = /*#__PURE__*/__webpack_require__.n(_2020);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var ajv_formats_dist = __webpack_require__(82815);
var dist_default = /*#__PURE__*/__webpack_require__.n(ajv_formats_dist);
;// CONCATENATED MODULE: ./src/gates/validate-schema/contract/json-schema.ts
/**
 * JSON Schema contracts for record data (JSON Lines, JSON arrays): each
 * record is validated with ajv (draft-07 or 2020-12, after `$schema`) and
 * ajv-formats. Errors are grouped by the failing keyword at the failing
 * place (array indices folded), so "age > maximum" in 300 records is one
 * check with 300 offending rows, like a column rule of a table contract.
 */




const unwrapDefault = (m) => (m.default ?? m);
const AjvDraft7 = unwrapDefault((ajv_default()));
const Ajv2020 = unwrapDefault((_2020_default()));
const addFormats = unwrapDefault((dist_default()));
function compileJsonSchema(source) {
    const schema = source.value;
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
        throw new errors/* UserError */.yo('a JSON Schema must be an object', { file: source.file });
    }
    const draft = String(schema.$schema ?? '');
    const Ctor = draft.includes('2020-12') || draft.includes('2019-09') ? Ajv2020 : AjvDraft7;
    const ajv = new Ctor({ allErrors: true, strict: false, unicodeRegExp: true });
    const coercing = new Ctor({ allErrors: true, strict: false, unicodeRegExp: true, coerceTypes: true });
    addFormats(ajv);
    addFormats(coercing);
    try {
        return { source: source.file, validate: ajv.compile(schema), validateText: coercing.compile(schema) };
    }
    catch (err) {
        throw new errors/* UserError */.yo(`the JSON Schema does not compile: ${err.message.split('\n')[0]}`, { file: source.file });
    }
}
function thresholdOf(e) {
    const p = e.params;
    switch (e.keyword) {
        case 'maximum':
        case 'minimum':
        case 'exclusiveMaximum':
        case 'exclusiveMinimum':
            return `${String(p.comparison)} ${String(p.limit)}`;
        case 'enum':
            return `in [${p.allowedValues.map((v) => String(v)).join(', ')}]`;
        case 'pattern':
            return `matches /${String(p.pattern)}/`;
        case 'type':
            return `type ${String(p.type)}`;
        case 'format':
            return `format ${String(p.format)}`;
        case 'required':
            return 'present';
        case 'additionalProperties':
            return 'no properties beyond the schema';
        case 'maxLength':
            return `length <= ${String(p.limit)}`;
        case 'minLength':
            return `length >= ${String(p.limit)}`;
        case 'const':
            return `= ${JSON.stringify(p.allowedValue)}`;
        default:
            return `${e.keyword} ${JSON.stringify(p)}`;
    }
}
function valueAt(record, pointer) {
    let v = record;
    for (const part of pointer.split('/').slice(1)) {
        const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[key];
    }
    return v;
}
/** Validate every record; one check for the records overall plus one per failing keyword and place. */
async function validateRecords(records, validator, dataFile, maxExamples, textCells = false) {
    const keys = new Set();
    const validate = textCells ? validator.validateText : validator.validate;
    const groups = new Map();
    let rows = 0;
    let invalid = 0;
    const invalidRows = [];
    const invalidLines = [];
    for await (const item of records) {
        const line = item.line ?? undefined;
        let record = item.record;
        if (textCells && record !== null && typeof record === 'object') {
            const present = {};
            for (const [k, v] of Object.entries(record))
                if (v !== null && v !== '')
                    present[k] = v;
            record = present;
        }
        rows++;
        if (record !== null && typeof record === 'object')
            for (const k in record)
                keys.add(k);
        if (validate(record))
            continue;
        invalid++;
        if (invalidRows.length < maxExamples) {
            invalidRows.push(rows);
            if (line !== undefined)
                invalidLines.push(line);
        }
        const seen = new Set();
        for (const e of validate.errors ?? []) {
            const missing = e.keyword === 'required' ? String(e.params.missingProperty) : null;
            const path = (e.instancePath + (missing !== null ? `/${missing}` : '')).replace(/\/\d+(?=\/|$)/g, '/*');
            const segments = path.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
            const subject = segments.length ? segments[0] : null;
            const where = segments.length ? `column.${segments.join('.')}` : 'record';
            const id = `${where}.${e.keyword}`;
            if (seen.has(id))
                continue;
            seen.add(id);
            let g = groups.get(id);
            if (!g) {
                g = {
                    check: {
                        id,
                        subject,
                        name: e.keyword,
                        value: 0,
                        threshold: thresholdOf(e),
                        verdict: 'fail',
                        severity: 'error',
                        message: '',
                        file: dataFile,
                        rows: [],
                        lines: [],
                        examples: [],
                    },
                };
                groups.set(id, g);
            }
            const c = g.check;
            c.value = c.value + 1;
            if (c.rows.length < maxExamples) {
                c.rows.push(rows);
                if (line !== undefined)
                    c.lines.push(line);
                const v = missing !== null ? '(missing)' : valueAt(record, e.instancePath);
                const s = typeof v === 'string' ? v : JSON.stringify(v) ?? 'undefined';
                c.examples.push(s.length > 80 ? `${s.slice(0, 77)}...` : s);
                if (!c.message)
                    c.message = `${segments.length ? segments.join('.') : 'record'} ${e.message ?? 'is invalid'}`;
            }
        }
    }
    const checks = [
        {
            id: 'records.schema',
            subject: null,
            name: 'records match the JSON Schema',
            value: invalid,
            threshold: validator.source,
            verdict: invalid === 0 ? 'pass' : 'fail',
            severity: 'error',
            message: invalid === 0 ? `All ${rows} records are valid.` : `${invalid} of ${rows} records are invalid.`,
            file: dataFile,
            rows: invalidRows,
            ...(invalidLines.length ? { lines: invalidLines } : {}),
            examples: [],
        },
    ];
    for (const g of groups.values()) {
        const c = g.check;
        c.message = `${c.value} records: ${c.message}.`;
        if (!c.lines?.length)
            delete c.lines;
        checks.push(c);
    }
    return { checks, rows, columns: keys.size };
}

;// CONCATENATED MODULE: ./src/gates/validate-schema/contract/mlflow.ts
/**
 * The input signature of an MLflow model (the `signature.inputs` of an
 * `MLmodel` file, a JSON string inside YAML) to the contract model. Only
 * column-based signatures describe a table; tensor-based ones are refused.
 * Types follow mlflow.types.DataType: double/float → number,
 * long/integer → integer, string, boolean, datetime; binary is not checked.
 * A column spec's `required` (MLflow ≥ 2.13) makes the column optional when false.
 */



const TYPES = {
    double: 'number',
    float: 'number',
    long: 'integer',
    integer: 'integer',
    string: 'string',
    boolean: 'boolean',
    datetime: 'datetime',
    binary: null,
};
const mlmodelSchema = schemas/* object */.Ikc({
    signature: schemas/* object */.Ikc({ inputs: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* unknown */.L5J())]) }).loose(),
})
    .loose();
const columnSpec = schemas/* object */.Ikc({ name: schemas/* string */.YjP().min(1), type: schemas/* string */.YjP(), required: schemas/* boolean */.zMY().optional() }).loose();
function readMlflowContract(source) {
    const parsed = mlmodelSchema.safeParse(source.value);
    if (!parsed.success)
        throw zodError(source, parsed.error, 'MLflow MLmodel file (signature.inputs)');
    const at = { file: source.file, line: source.lineOf(['signature', 'inputs']), field: 'signature.inputs' };
    let inputs = parsed.data.signature.inputs;
    if (typeof inputs === 'string') {
        try {
            inputs = JSON.parse(inputs);
        }
        catch (err) {
            throw new errors/* UserError */.yo(`signature.inputs is not valid JSON: ${err.message}`, at);
        }
    }
    if (!Array.isArray(inputs))
        throw new errors/* UserError */.yo('signature.inputs must be a list of column specs', at);
    const columns = inputs.map((raw, i) => {
        if (raw && typeof raw === 'object' && (raw.type === 'tensor' || 'tensor-spec' in raw)) {
            throw new errors/* UserError */.yo('tensor-based signatures are not supported for tables: validate-schema needs a column-based signature', at);
        }
        const spec = columnSpec.safeParse(raw);
        if (!spec.success) {
            throw new errors/* UserError */.yo(`signature.inputs[${i}] is not a column spec with a name and a type: ${spec.error.issues[0].message}`, at);
        }
        const { name, type, required } = spec.data;
        if (!(type in TYPES))
            throw new errors/* UserError */.yo(`column "${name}": unknown MLflow type "${type}"`, { ...at, field: `signature.inputs[${i}].type` });
        const mapped = TYPES[type];
        const rules = [];
        if (required !== false)
            rules.push({ kind: 'present', severity: 'error' });
        if (mapped && mapped !== 'string')
            rules.push({ kind: 'type', type: mapped, severity: 'error' });
        // MLflow's schema enforcement rejects missing values in integer columns (pandas would make them floats).
        if (mapped === 'integer' && required !== false)
            rules.push({ kind: 'not-null', severity: 'warn' });
        return { name, type: mapped ?? undefined, optional: required === false, rules };
    });
    return { source: source.file, format: 'mlflow', columns, table: [] };
}

;// CONCATENATED MODULE: ./src/gates/validate-schema/contract/load.ts
/**
 * Read a contract file and turn it into the contract model, detecting its
 * format from the content unless `schema-format` names it.
 */








const SCHEMA_FORMATS = ['auto', 'modelgate', 'frictionless', 'great-expectations', 'json-schema', 'mlflow'];
/** Which format a parsed contract is in, from its keys. */
function detectFormat(source) {
    const v = source.value;
    if ((0,external_node_path_.basename)(source.file) === 'MLmodel')
        return 'mlflow';
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
        const o = v;
        if ('signature' in o || 'flavors' in o)
            return 'mlflow';
        if (Array.isArray(o.expectations))
            return 'great-expectations';
        if (Array.isArray(o.fields))
            return 'frictionless';
        if (Array.isArray(o.columns))
            return 'modelgate';
        if ('$schema' in o || 'properties' in o || o.type === 'object')
            return 'json-schema';
    }
    throw new errors/* UserError */.yo('cannot tell the contract format (expected modelgate `columns`, Frictionless `fields`, a Great Expectations `expectations` list, a JSON Schema or an MLflow `signature`); set schema-format', { file: source.file });
}
function contractFromSource(source, format) {
    const kind = format === 'auto' ? detectFormat(source) : format;
    switch (kind) {
        case 'modelgate':
            return { kind: 'table', contract: readModelgateContract(source) };
        case 'frictionless':
            return { kind: 'table', contract: readFrictionlessContract(source) };
        case 'great-expectations':
            return { kind: 'table', contract: readGreatExpectationsContract(source) };
        case 'mlflow':
            return { kind: 'table', contract: readMlflowContract(source) };
        case 'json-schema':
            return { kind: 'records', validator: compileJsonSchema(source), format: 'json-schema' };
        default:
            throw new errors/* UserError */.yo(`unknown schema format "${String(kind)}"; use one of ${SCHEMA_FORMATS.join(', ')}`, { field: 'schema-format' });
    }
}
/** Parse contract text (YAML or JSON) named `file` in the given format. */
function parseContract(file, text, format = 'auto') {
    if (!SCHEMA_FORMATS.includes(format)) {
        throw new errors/* UserError */.yo(`unknown schema format "${format}"; use one of ${SCHEMA_FORMATS.join(', ')}`, { field: 'schema-format' });
    }
    return contractFromSource(parseContractText(file, text), format);
}
async function loadContract(file, cwd, format = 'auto') {
    const text = await readContractText(file, (0,external_node_path_.resolve)(cwd, file));
    return parseContract(file, text, format);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(49567);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(89114);
;// CONCATENATED MODULE: ./src/gates/validate-schema/inputs.ts
/**
 * validate-schema's inputs, each declared once (see core/inputs.ts): action.yml,
 * the CLI flags, the policy keys, the docs table and the typed inputs of
 * `runValidateSchema` all come from this list.
 */



const optionalString = schemas/* preprocess */.vkY((v) => (v === '' || v === null ? undefined : v), schemas/* string */.YjP().min(1).optional());
const optionalNumber = schemas/* preprocess */.vkY((v) => (v === '' || v === null ? undefined : v), coerce/* number */.ai().min(0).optional());
const inputs_inputs = (0,inputs/* defineInputs */.pf)({
    data: {
        schema: schemas/* string */.YjP({ error: 'data is required: the data file or glob to validate' }).min(1, 'data is required: the data file or glob to validate'),
        description: 'Data file to validate (CSV, TSV, JSON Lines, JSON, Parquet, optionally .gz), or a glob: every matching file is validated.',
        examples: ['data/train.csv', 'data/*.parquet'],
    },
    schema: {
        schema: optionalString,
        description: 'Path of the data contract: a modelgate contract (YAML/JSON), a Frictionless Table Schema, a Great Expectations suite, a JSON Schema for records, or an MLflow `MLmodel` file. Required unless `infer-to` is set.',
        examples: ['contracts/train.yml'],
    },
    'schema-format': {
        schema: schemas/* enum */.k5n(SCHEMA_FORMATS).default('auto'),
        description: `Format of \`schema\`: ${SCHEMA_FORMATS.map((f) => `\`${f}\``).join(', ')} (\`auto\`: detected from the content).`,
        examples: [...SCHEMA_FORMATS],
    },
    baseline: {
        schema: optionalString,
        description: 'Reference data file (e.g. last accepted training set) to compare null rates and row count with.',
    },
    'null-rate-increase': {
        schema: coerce/* number */.ai().min(0).max(1).default(0.1),
        description: "With `baseline`: largest allowed rise of a column's share of missing cells, as a fraction (0.10 = 10 percentage points).",
        examples: ['0.05'],
    },
    'row-count-change': {
        schema: optionalNumber,
        description: 'With `baseline`: largest allowed relative change of the row count, e.g. `0.5` allows 50% fewer or more rows. Not checked when unset.',
        examples: ['0.5'],
    },
    'baseline-severity': {
        schema: schemas/* enum */.k5n(['warn', 'error']).default('warn'),
        description: 'What a baseline rule that does not hold does: `warn` or `error` (fails the gate).',
        examples: ['warn', 'error'],
    },
    'infer-to': {
        schema: optionalString,
        description: 'Write a modelgate contract inferred from the (first) `data` file to this path: types, nullability, min/max, categories, uniqueness. Without `schema` the gate only infers and passes.',
        notInPolicy: true,
    },
    'max-examples': {
        schema: coerce/* number */.ai().int().min(0).max(1000).default(5),
        description: 'How many offending rows and values to keep per rule in the report.',
    },
    'max-annotations': {
        schema: coerce/* number */.ai().int().min(0).max(1000).default(10),
        description: 'Most file annotations to emit on the data file (GitHub shows 10 per level per step).',
    },
});
const outputs = [
    { name: 'violations', description: 'Number of rules that do not hold (failing or warning).' },
    { name: 'rows', description: 'Rows read from the data file(s).' },
];

;// CONCATENATED MODULE: ./src/gates/validate-schema/evaluate.ts



/** Offending rows of one rule: their count and the first few indices. */
class Offenders {
    limit;
    count = 0;
    first = [];
    constructor(limit) {
        this.limit = limit;
    }
    add(i) {
        this.count++;
        if (this.first.length < this.limit)
            this.first.push(i);
    }
}
function verdictOf(ok, severity) {
    return ok ? 'pass' : severity === 'error' ? 'fail' : 'warn';
}
/** Whether a rule with `mostly` holds: the conforming share of `denominator` cells is at least `mostly`. */
function holds(offending, denominator, mostly) {
    if (offending === 0)
        return true;
    if (mostly === undefined || mostly >= 1)
        return false;
    if (denominator === 0)
        return true;
    return (denominator - offending) / denominator >= mostly;
}
function ruleId(column, kind, used) {
    const base = column === null ? `table.${kind}` : `column.${column}.${kind}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
}
function clip(s) {
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
function evaluateContract(table, contract, options) {
    const checks = [];
    const used = new Map();
    const limit = Math.max(0, options.maxExamples);
    const byName = new Map();
    for (const c of table.columns)
        byName.set(c.name, c);
    const dataNames = table.columns.map((c) => c.name);
    const rowsOf = (first) => first.map((i) => i + 1);
    const linesOf = (first) => (table.rowLines ? first.map((i) => table.rowLines[i]) : undefined);
    for (const col of contract.columns) {
        const column = byName.get(col.name);
        if (!column) {
            const present = col.rules.find((r) => r.kind === 'present');
            if (present && !col.optional) {
                const near = (0,suggest/* closeMatches */.KA)(col.name, dataNames);
                checks.push({
                    id: ruleId(col.name, 'present', used),
                    subject: col.name,
                    name: RULE_NAMES.present,
                    // Like every rule, the value counts what offends: here, the one missing column.
                    value: 1,
                    threshold: describeRule(present),
                    verdict: verdictOf(false, present.severity),
                    severity: present.severity,
                    message: `Column "${col.name}" is missing from the data${near.length ? `; close matches: ${near.join(', ')}` : ''}.`,
                    file: table.source,
                    rows: [],
                    examples: near,
                });
            }
            continue;
        }
        const data = columnData(column, table.rowCount, contract.missingValues);
        let numeric;
        const getNumeric = () => (numeric ??= numericData(column, data, col.type, col.booleanValues));
        for (const rule of col.rules) {
            const result = evaluateColumnRule(rule, col, column, data, getNumeric, limit);
            const first = result.offenders?.first ?? [];
            const check = {
                id: ruleId(col.name, rule.kind, used),
                subject: col.name,
                name: RULE_NAMES[rule.kind],
                value: result.value,
                threshold: describeRule(rule),
                verdict: verdictOf(result.ok, rule.severity),
                severity: rule.severity,
                message: result.message,
                file: table.source,
                rows: rowsOf(first),
                examples: first.map((i) => clip(data.text(i))),
            };
            const lines = linesOf(first);
            if (lines && first.length)
                check.lines = lines;
            checks.push(check);
        }
    }
    for (const rule of contract.table) {
        const result = evaluateTableRule(rule, table, contract, byName, limit);
        const first = result.offenders?.first ?? [];
        const check = {
            id: ruleId(null, rule.kind === 'unsupported' ? `unsupported.${rule.name}` : rule.kind, used),
            subject: null,
            name: rule.kind === 'unsupported' ? `unsupported: ${rule.name}` : RULE_NAMES[rule.kind],
            value: result.value,
            threshold: describeRule(rule),
            verdict: rule.kind === 'unsupported' ? 'warn' : verdictOf(result.ok, rule.severity),
            severity: rule.kind === 'unsupported' ? 'warn' : rule.severity,
            message: result.message,
            file: table.source,
            rows: rowsOf(first),
            examples: result.examples ?? [],
        };
        const lines = linesOf(first);
        if (lines && first.length)
            check.lines = lines;
        checks.push(check);
    }
    return checks;
}
function countResult(o, denominator, rule, what) {
    const ok = holds(o.count, denominator, rule.mostly);
    const share = o.count > 0 && denominator > 0 ? ` (${((o.count / denominator) * 100).toFixed(2)}%)` : '';
    const message = `${o.count} of ${denominator} ${what}${share}.`;
    return { ok, value: o.count, message, offenders: o };
}
function comparable(rule, type) {
    if (typeof rule.value === 'number')
        return rule.value;
    return type === 'datetime' ? parseDatetime(rule.value) : parseNumber(rule.value);
}
function evaluateColumnRule(rule, col, column, data, getNumeric, limit) {
    const n = data.rowCount;
    const present = n - data.missingCount;
    const missing = data.missing;
    const o = new Offenders(limit);
    switch (rule.kind) {
        case 'present':
            return { ok: true, value: 0, message: 'Column is present.' };
        case 'type': {
            if (rule.type === 'string' || rule.type === 'category')
                return { ok: true, value: 0, message: `Every cell is a ${rule.type}.` };
            const num = getNumeric();
            if (num.malformedCount > 0)
                scanFlags(num.malformed, n, o);
            return countResult(o, present, rule, `present cells are not ${rule.type === 'integer' ? 'an integer' : `a ${rule.type}`}`);
        }
        case 'not-null':
            scanFlags(missing, n, o);
            return countResult(o, n, rule, 'cells are missing');
        case 'max-null-fraction': {
            const fraction = n > 0 ? data.missingCount / n : 0;
            for (let i = 0; i < n && o.first.length < limit; i++)
                if (missing[i] === 1)
                    o.first.push(i);
            return {
                ok: fraction <= rule.value,
                value: fraction,
                message: `${data.missingCount} of ${n} cells are missing (${(fraction * 100).toFixed(2)}%).`,
                offenders: o,
            };
        }
        case 'min':
        case 'max': {
            const bound = comparable(rule, col.type);
            const num = getNumeric();
            const v = num.values;
            const isMin = rule.kind === 'min';
            // Malformed cells are the type rule's business when a type is declared; without one they cannot satisfy a numeric bound.
            const nanOffends = col.type === undefined;
            if (isMin)
                scanBelow(v, missing, n, bound, rule.exclusive === true, nanOffends, o);
            else
                scanAbove(v, missing, n, bound, rule.exclusive === true, nanOffends, o);
            return countResult(o, present, rule, isMin ? `values are below ${rule.value}` : `values are above ${rule.value}`);
        }
        case 'values': {
            // A number column read without its text ("36" in a category column) compares by value when every allowed value is a number.
            const byValue = isNumericType(col.type) ||
                (column.kind === 'number' && column.text === undefined && rule.values.every((x) => typeof x === 'number' || !Number.isNaN(parseNumber(String(x))))) ||
                (col.type === undefined && column.kind === 'number' && rule.values.every((x) => typeof x === 'number'));
            if (byValue) {
                const allowed = new Set();
                for (const a of rule.values) {
                    const x = typeof a === 'number' ? a : typeof a === 'boolean' ? (a ? 1 : 0) : col.type === 'datetime' ? parseDatetime(a) : col.type === 'boolean' ? numericBoolean(a) : parseNumber(a);
                    if (!Number.isNaN(x))
                        allowed.add(x);
                }
                scanNumberSet(getNumeric().values, missing, n, allowed, o);
            }
            else {
                const allowedText = new Set(rule.values.map(String));
                scanText(data, o, (t) => !allowedText.has(t));
            }
            return countResult(o, present, rule, 'values are outside the allowed set');
        }
        case 'pattern': {
            const re = new RegExp(rule.pattern, 'u');
            scanText(data, o, (t) => !re.test(t));
            return countResult(o, present, rule, `values do not match /${rule.pattern}/`);
        }
        case 'min-length':
        case 'max-length': {
            const isMin = rule.kind === 'min-length';
            const limit = rule.value;
            scanText(data, o, isMin ? (t) => codePointLength(t) < limit : (t) => codePointLength(t) > limit);
            return countResult(o, present, rule, isMin ? `values are shorter than ${rule.value}` : `values are longer than ${rule.value}`);
        }
        case 'unique': {
            markDuplicates(column, data, col.type, getNumeric, o);
            return countResult(o, present, rule, 'rows share their value with another row');
        }
        case 'mean': {
            const { sum, count } = sumPresent(getNumeric().values, n);
            if (count === 0)
                return { ok: false, value: null, message: 'No numeric values to average.' };
            const mean = sum / count;
            const okLo = rule.min === undefined || (rule.exclusiveMin ? mean > rule.min : mean >= rule.min);
            const okHi = rule.max === undefined || (rule.exclusiveMax ? mean < rule.max : mean <= rule.max);
            return { ok: okLo && okHi, value: mean, message: `Mean of ${count} values is ${mean}.` };
        }
    }
}
// The scans below are small functions of their own so that V8 optimises each
// loop on its own (one big switch with every loop in it ran ~5× slower).
function scanFlags(flags, n, o) {
    for (let i = 0; i < n; i++)
        if (flags[i] === 1)
            o.add(i);
}
function scanBelow(v, missing, n, bound, exclusive, nanOffends, o) {
    for (let i = 0; i < n; i++) {
        if (missing[i] === 1)
            continue;
        const x = v[i];
        if (x !== x) {
            if (nanOffends)
                o.add(i);
        }
        else if (exclusive ? x <= bound : x < bound)
            o.add(i);
    }
}
function scanAbove(v, missing, n, bound, exclusive, nanOffends, o) {
    for (let i = 0; i < n; i++) {
        if (missing[i] === 1)
            continue;
        const x = v[i];
        if (x !== x) {
            if (nanOffends)
                o.add(i);
        }
        else if (exclusive ? x >= bound : x > bound)
            o.add(i);
    }
}
function scanNumberSet(v, missing, n, allowed, o) {
    for (let i = 0; i < n; i++)
        if (missing[i] === 0 && !allowed.has(v[i]))
            o.add(i);
}
/** Present cells whose text offends; string columns are read straight from their array. */
function scanText(data, o, offends) {
    const n = data.rowCount;
    const missing = data.missing;
    const strings = data.strings;
    if (strings !== undefined) {
        for (let i = 0; i < n; i++)
            if (missing[i] === 0 && offends(strings[i]))
                o.add(i);
    }
    else {
        for (let i = 0; i < n; i++)
            if (missing[i] === 0 && offends(data.text(i)))
                o.add(i);
    }
}
/** Length in Unicode code points (what a reader counts as characters), without allocating. */
function codePointLength(s) {
    let len = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        // A high surrogate followed by a low one is one character.
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff)
                i++;
        }
        len++;
    }
    return len;
}
function sumPresent(v, n) {
    let sum = 0;
    let count = 0;
    for (let i = 0; i < n; i++) {
        const x = v[i];
        if (x === x) {
            sum += x;
            count++;
        }
    }
    return { sum, count };
}
function numericBoolean(s) {
    const w = s.trim().toLowerCase();
    return w === 'true' || w === '1' ? 1 : w === 'false' || w === '0' ? 0 : NaN;
}
/**
 * 1 for every present cell whose value occurs more than once (all
 * occurrences, as Great Expectations counts them), or null when no value
 * repeats. Numbers: a sorted copy (native typed-array sort) finds the
 * repeated values, so a column of distinct ids costs one sort and no hash
 * map of a million boxed doubles. Text: one pass over a Map from value to
 * its first row.
 */
function duplicateFlags(column, data, type, getNumeric) {
    const n = data.rowCount;
    const missing = data.missing;
    let flags = null;
    const markText = (include) => {
        const first = new Map();
        for (let i = 0; i < n; i++) {
            if (missing[i] === 1 || !include(i))
                continue;
            const key = data.text(i);
            const at = first.get(key);
            if (at === undefined)
                first.set(key, i);
            else {
                flags ??= new Uint8Array(n);
                if (at >= 0) {
                    flags[at] = 1;
                    first.set(key, -1);
                }
                flags[i] = 1;
            }
        }
    };
    if (column.kind === 'number' || isNumericType(type)) {
        const v = getNumeric().values;
        let present = 0;
        for (let i = 0; i < n; i++)
            if (v[i] === v[i])
                present++;
        const sorted = new Float64Array(present);
        for (let i = 0, k = 0; i < n; i++)
            if (v[i] === v[i])
                sorted[k++] = v[i];
        sorted.sort();
        let repeated = null;
        for (let k = 1; k < present; k++) {
            if (sorted[k] === sorted[k - 1])
                (repeated ??= new Set()).add(sorted[k]);
        }
        if (repeated !== null) {
            flags = new Uint8Array(n);
            for (let i = 0; i < n; i++)
                if (v[i] === v[i] && repeated.has(v[i]))
                    flags[i] = 1;
        }
        // Present cells that are not numbers (malformed for the type) are compared by their text.
        if (present + data.missingCount < n)
            markText((i) => v[i] !== v[i]);
        return flags;
    }
    markText(() => true);
    return flags;
}
function markDuplicates(column, data, type, getNumeric, o) {
    const flags = duplicateFlags(column, data, type, getNumeric);
    if (flags === null)
        return;
    for (let i = 0; i < data.rowCount; i++)
        if (flags[i] === 1)
            o.add(i);
}
function evaluateTableRule(rule, table, contract, byName, limit) {
    const names = table.columns.map((c) => c.name);
    switch (rule.kind) {
        case 'required-columns': {
            const absent = rule.columns.filter((c) => !byName.has(c));
            const hints = absent.map((c) => {
                const near = (0,suggest/* closeMatches */.KA)(c, names);
                return near.length ? `${c} (close: ${near.join(', ')})` : c;
            });
            return {
                ok: absent.length === 0,
                value: absent.length,
                message: absent.length ? `Missing columns: ${hints.join('; ')}.` : 'All required columns are present.',
                examples: absent,
            };
        }
        case 'no-extra-columns': {
            const declared = new Set(contract.columns.map((c) => c.name));
            const extra = names.filter((c) => !declared.has(c));
            return {
                ok: extra.length === 0,
                value: extra.length,
                message: extra.length ? `Columns not in the contract: ${extra.join(', ')}.` : 'No columns beyond the contract.',
                examples: extra,
            };
        }
        case 'column-order': {
            const wanted = new Set(rule.columns);
            const actual = rule.exact ? names : names.filter((c) => wanted.has(c));
            const expected = rule.exact ? rule.columns : rule.columns.filter((c) => byName.has(c));
            let misplaced = 0;
            for (let i = 0; i < Math.max(expected.length, actual.length); i++)
                if (actual[i] !== expected[i])
                    misplaced++;
            return {
                ok: misplaced === 0,
                value: misplaced,
                message: misplaced ? `Columns are in the order ${actual.join(', ')}; the contract says ${expected.join(', ')}.` : 'Columns are in the contract order.',
                examples: misplaced ? actual : [],
            };
        }
        case 'column-set': {
            const wanted = new Set(rule.columns);
            const absent = rule.columns.filter((c) => !byName.has(c));
            const extra = rule.exactMatch ? names.filter((c) => !wanted.has(c)) : [];
            const bad = absent.length + extra.length;
            return {
                ok: bad === 0,
                value: bad,
                message: bad ? `Missing: ${absent.join(', ') || 'none'}; unexpected: ${extra.join(', ') || 'none'}.` : 'Columns match the set.',
                examples: [...absent, ...extra],
            };
        }
        case 'row-count': {
            const n = table.rowCount;
            const ok = (rule.min === undefined || n >= rule.min) && (rule.max === undefined || n <= rule.max);
            return { ok, value: n, message: `${n} rows.` };
        }
        case 'primary-key': {
            const o = new Offenders(limit);
            const cols = rule.columns.map((c) => byName.get(c));
            if (cols.some((c) => c === undefined)) {
                const absent = rule.columns.filter((c) => !byName.has(c));
                return { ok: false, value: null, message: `Key columns missing from the data: ${absent.join(', ')}.`, examples: absent };
            }
            const datas = cols.map((c) => columnData(c, table.rowCount, contract.missingValues));
            const n = table.rowCount;
            let flags;
            if (datas.length === 1) {
                // One key column: the unique rule's path (sorted numbers, no per-row key strings).
                const declared = contract.columns.find((c) => c.name === rule.columns[0])?.type;
                let numeric;
                flags = duplicateFlags(cols[0], datas[0], declared, () => (numeric ??= numericData(cols[0], datas[0], declared)));
            }
            else {
                flags = null;
                const first = new Map();
                for (let i = 0; i < n; i++) {
                    let key = '';
                    let complete = true;
                    for (let k = 0; k < datas.length; k++) {
                        if (datas[k].missing[i] === 1) {
                            complete = false;
                            break;
                        }
                        // A unit separator cannot occur in ordinary text, so joined keys do not collide.
                        key += (k ? '\u001f' : '') + datas[k].text(i);
                    }
                    if (!complete)
                        continue;
                    const at = first.get(key);
                    if (at === undefined)
                        first.set(key, i);
                    else {
                        flags ??= new Uint8Array(n);
                        if (at >= 0) {
                            flags[at] = 1;
                            first.set(key, -1);
                        }
                        flags[i] = 1;
                    }
                }
            }
            for (let i = 0; i < n; i++) {
                let bad = flags !== null && flags[i] === 1;
                for (let k = 0; !bad && k < datas.length; k++)
                    if (datas[k].missing[i] === 1)
                        bad = true;
                if (bad)
                    o.add(i);
            }
            const result = countResult(o, n, rule, 'rows have a missing or repeated key');
            result.examples = o.first.map((i) => clip(datas.map((d) => d.text(i)).join(', ')));
            return result;
        }
        case 'unsupported':
            return { ok: false, value: null, message: `${rule.name} is not supported by modelgate and was not checked: ${rule.detail}` };
    }
}

;// CONCATENATED MODULE: ./src/gates/validate-schema/infer.ts
/**
 * Contract inference in the spirit of TFDV's infer_schema: from one data
 * file, propose a modelgate contract that the same file satisfies — types,
 * nullability, observed min/max (numbers and datetimes), categories for columns with few distinct
 * values, and uniqueness of identifier-like columns.
 */


const BOOLEAN_WORDS = new Set(['true', 'false']);
function inferContract(table, options = {}) {
    const maxCategories = options.maxCategories ?? 20;
    const n = table.rowCount;
    const columns = table.columns.map((column) => {
        const entry = { name: column.name };
        let missing = 0;
        if (column.kind === 'number') {
            let integral = true;
            let min = Infinity;
            let max = -Infinity;
            const seen = new Set();
            for (let i = 0; i < n; i++) {
                if (column.missing !== null && column.missing[i] === 1) {
                    missing++;
                    continue;
                }
                const v = column.values[i];
                if (!Number.isInteger(v))
                    integral = false;
                if (v < min)
                    min = v;
                if (v > max)
                    max = v;
                if (seen.size <= n)
                    seen.add(v);
            }
            entry.type = integral ? 'integer' : 'number';
            if (missing === 0)
                entry.nullable = false;
            if (Number.isFinite(min))
                entry.min = min;
            if (Number.isFinite(max))
                entry.max = max;
            if (integral && missing === 0 && n >= 10 && seen.size === n)
                entry.unique = true;
            return entry;
        }
        const distinct = new Map();
        let allBoolean = true;
        let allDatetime = true;
        for (let i = 0; i < n; i++) {
            const v = column.values[i];
            if (v === null) {
                missing++;
                continue;
            }
            distinct.set(v, (distinct.get(v) ?? 0) + 1);
        }
        for (const v of distinct.keys()) {
            if (allBoolean && !BOOLEAN_WORDS.has(v.toLowerCase()))
                allBoolean = false;
            if (allDatetime && Number.isNaN(parseDatetime(v)))
                allDatetime = false;
            if (!allBoolean && !allDatetime)
                break;
        }
        const present = n - missing;
        if (present === 0)
            entry.type = 'string';
        else if (allBoolean)
            entry.type = 'boolean';
        else if (allDatetime)
            entry.type = 'datetime';
        // A category needs repetition: at most maxCategories values, each seen twice on average.
        else if (distinct.size <= maxCategories && distinct.size * 2 <= present) {
            entry.type = 'category';
            entry.values = [...distinct.keys()].sort();
        }
        else
            entry.type = 'string';
        if (entry.type === 'datetime') {
            // Bounds as the cells wrote them, so that the contract reads like the data.
            let lo = Infinity;
            let hi = -Infinity;
            let loText = '';
            let hiText = '';
            for (const v of distinct.keys()) {
                const t = parseDatetime(v);
                if (t < lo)
                    [lo, loText] = [t, v];
                if (t > hi)
                    [hi, hiText] = [t, v];
            }
            entry.min = loText;
            entry.max = hiText;
        }
        if (missing === 0)
            entry.nullable = false;
        if (entry.type === 'string' && missing === 0 && n >= 10 && distinct.size === n)
            entry.unique = true;
        return entry;
    });
    return { contract: 1, columns };
}
/** The inferred contract as YAML with a header saying where it came from. */
function inferredContractYaml(table, contract) {
    const header = [
        `# modelgate data contract inferred from ${table.source} (${table.rowCount} rows).`,
        '# Review it: bounds and categories are what this file happened to contain.',
    ].join('\n');
    return `${header}\n${(0,dist/* stringify */.As)(contract, { lineWidth: 0 })}`;
}

// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
;// CONCATENATED MODULE: ./src/gates/validate-schema/render.ts
/**
 * The gate's Markdown body: failing and warning rules first in one compact
 * table, passing rules collapsed. Every value from the data or the contract
 * goes through text() or code().
 */

// GitHub cuts comments at 65,536 characters: long lists stop here and point to the JSON report.
const MAX_FAILING_ROWS = 100;
const MAX_PASSING_ROWS = 200;
function render_clip(s, max = 80) {
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
function valueCell(c) {
    if (typeof c.value === 'number') {
        if (c.id.endsWith('null-rate') || c.id.endsWith('max-null-fraction') || c.id === 'baseline.row-count')
            return (0,markdown/* num */.bu)(c.value, 3);
        return (0,markdown/* num */.bu)(c.value);
    }
    return c.value === null ? '–' : (0,markdown/* text */.Qq)(c.value);
}
function where(c) {
    if (!c.rows.length)
        return valueCell(c);
    const more = typeof c.value === 'number' && c.value > c.rows.length ? ', …' : '';
    const lines = c.lines?.length ? ` (line${c.lines.length > 1 ? 's' : ''} ${c.lines.join(', ')}${more})` : '';
    return `${valueCell(c)} · row${c.rows.length > 1 ? 's' : ''} ${c.rows.join(', ')}${more}${lines}`;
}
function examples(c) {
    const shown = [...new Set(c.examples)].slice(0, 5);
    return shown.map((e) => (e === '' ? '(empty)' : (0,markdown/* code */.aY)(e))).join(' ');
}
function renderMarkdown(input) {
    const out = [];
    const rows = input.files.reduce((s, f) => s + f.rows, 0);
    const filesText = input.files.map((f) => `${(0,markdown/* code */.aY)(f.file)} (${(0,markdown/* num */.bu)(f.rows)} rows, ${(0,markdown/* num */.bu)(f.columns)} columns)`).join(', ');
    if (input.contract) {
        out.push(`Checked ${filesText || 'no file'} against ${(0,markdown/* code */.aY)(input.contract.path)} (${(0,markdown/* text */.Qq)(input.contract.format)}).`);
    }
    else if (input.files.length) {
        out.push(`Read ${filesText}.`);
    }
    if (input.inferredTo)
        out.push(`Inferred a contract from the data and wrote it to ${(0,markdown/* code */.aY)(input.inferredTo)}.`);
    const bad = input.checks.filter((c) => c.verdict !== 'pass');
    const good = input.checks.filter((c) => c.verdict === 'pass');
    const fileCol = input.multiFile;
    if (bad.length) {
        const header = ['', 'Rule', 'Column', 'Expected', 'Offending rows', 'Examples', ...(fileCol ? ['File'] : [])];
        const body = bad.slice(0, MAX_FAILING_ROWS).map((c) => [
            (0,markdown/* icon */.Kk)(c.verdict),
            (0,markdown/* code */.aY)(c.id),
            c.subject === null ? '–' : (0,markdown/* code */.aY)(c.subject),
            (0,markdown/* text */.Qq)(render_clip(String(c.threshold ?? ''))),
            where(c),
            examples(c) || (0,markdown/* text */.Qq)(c.message ?? ''),
            ...(fileCol ? [(0,markdown/* code */.aY)(c.file)] : []),
        ]);
        out.push(`**${bad.length} of ${input.checks.length} rules violated** over ${(0,markdown/* num */.bu)(rows)} rows.`);
        out.push((0,markdown/* table */.tp)(header, body));
        if (bad.length > MAX_FAILING_ROWS)
            out.push(`… and ${bad.length - MAX_FAILING_ROWS} more violated rules in the JSON report.`);
    }
    else if (input.checks.length) {
        out.push(`All ${input.checks.length} rules hold over ${(0,markdown/* num */.bu)(rows)} rows.`);
    }
    if (good.length) {
        const body = good
            .slice(0, MAX_PASSING_ROWS)
            .map((c) => [(0,markdown/* code */.aY)(c.id), c.subject === null ? '–' : (0,markdown/* code */.aY)(c.subject), (0,markdown/* text */.Qq)(render_clip(String(c.threshold ?? ''))), valueCell(c), ...(fileCol ? [(0,markdown/* code */.aY)(c.file)] : [])]);
        const more = good.length > MAX_PASSING_ROWS ? `\n\n… and ${good.length - MAX_PASSING_ROWS} more in the JSON report.` : '';
        out.push((0,markdown/* details */.zH)(`${good.length} passing rules`, (0,markdown/* table */.tp)(['Rule', 'Column', 'Expected', 'Value', ...(fileCol ? ['File'] : [])], body) + more));
    }
    return out.join('\n\n');
}

;// CONCATENATED MODULE: ./src/gates/validate-schema/report-sections.ts
/**
 * validate-schema's own sections of the JSON report, beside the common
 * fields (see core/report.ts). Published in docs/schemas/report.schema.json
 * for reports of this gate; written by gate.ts through makeReport.
 */

/** The formats a contract can be in once loaded (`auto` is resolved by then). */
const CONTRACT_FORMATS = ['modelgate', 'frictionless', 'great-expectations', 'json-schema', 'mlflow'];
const fileSummary = schemas/* object */.Ikc({
    file: schemas/* string */.YjP().describe('The data file as matched by the `data` path or glob'),
    rows: schemas/* number */.aig().int().min(0).describe('Data rows read from the file'),
    columns: schemas/* number */.aig().int().min(0).describe('Columns in the file (for a JSON Schema contract without a baseline: the distinct field names over all records)'),
})
    .strict();
const reportSections = schemas/* object */.Ikc({
    files: schemas/* array */.YOg(fileSummary).describe('Each data file validated, in the order read, with its row and column counts.'),
    contract: schemas/* object */.Ikc({
        path: schemas/* string */.YjP().describe('The contract file as given in `schema`'),
        format: schemas/* enum */.k5n(CONTRACT_FORMATS).describe('The format the contract was read as'),
    })
        .strict()
        .optional()
        .describe('The contract the data was checked against; absent when the gate only inferred one.'),
    inferred: schemas/* string */.YjP().optional().describe('Where the inferred contract was written (the `infer-to` input); absent without `infer-to`.'),
});

;// CONCATENATED MODULE: ./src/gates/validate-schema/gate.ts
/**
 * validate-schema: check data files against a data contract (modelgate,
 * Frictionless, Great Expectations, JSON Schema or an MLflow signature)
 * before training or serving, optionally compare them with a baseline, and
 * infer a contract from data.
 */

















/**
 * Contract columns whose rules read the cells' text as written: a declared
 * string or category column with a pattern or length rule (allowed values
 * of a number column compare by value instead).
 * If the reader made such a column a number column (zip codes, "01"-style
 * categories), its text ("01234", not 1234) is needed: the file is then read
 * again with `keepText`. Keeping the text of every number column up front
 * would triple the read time of a large file (measured: 9.7 s → 32 s for
 * 1M rows × 20 columns), so it is done only when such a column shows up.
 */
function columnsNeedingText(contract) {
    const names = new Set();
    if (!contract)
        return names;
    for (const c of contract.columns) {
        if (c.type !== undefined && c.type !== 'string' && c.type !== 'category')
            continue;
        if (c.rules.some((r) => r.kind === 'pattern' || r.kind === 'min-length' || r.kind === 'max-length'))
            names.add(c.name);
    }
    return names;
}
/** The summary's reason for the verdict the checks add up to (decided once, in makeReport). */
function reasonOf(checks, rows, inferredOnly, inferTo) {
    return (verdict) => {
        const bad = checks.filter((c) => c.verdict !== 'pass');
        if (verdict === 'pass' && inferredOnly && bad.length === 0)
            return `inferred a contract from ${rows} rows into ${inferTo}`;
        if (bad.length === 0)
            return `${checks.length} rules hold over ${rows} rows`;
        const worst = bad.find((c) => c.verdict === verdict) ?? bad[0];
        const what = typeof worst.value === 'number' && worst.rows.length ? `${worst.value} rows` : worst.message ?? '';
        return `${bad.length} of ${checks.length} rules violated (${worst.id}: ${what})`;
    };
}
async function runValidateSchema(inputs, ctx) {
    const inferTo = inputs['infer-to'];
    if (!inputs.schema && !inferTo) {
        throw new errors/* UserError */.yo('no contract: set `schema` to a contract file, or `infer-to` to infer one from the data', { field: 'input schema' });
    }
    const files = await (0,readers/* expandPaths */.pR)(inputs.data, ctx.cwd);
    const loaded = inputs.schema ? await loadContract(inputs.schema, ctx.cwd, inputs['schema-format']) : undefined;
    const contract = loaded?.kind === 'table' ? loaded.contract : undefined;
    const maxExamples = inputs['max-examples'];
    const textColumns = columnsNeedingText(contract);
    const tables = new Map();
    const read = async (file) => {
        let t = tables.get(file);
        if (!t) {
            t = await (0,readers/* readTable */.xz)(file, { cwd: ctx.cwd, progress: (p) => ctx.progress(p) });
            if (t.columns.some((c) => c.kind === 'number' && textColumns.has(c.name) && c.text === undefined)) {
                ctx.log.debug(`validate-schema: re-reading ${file} to keep the text of numeric-looking text columns`);
                t = await (0,readers/* readTable */.xz)(file, { cwd: ctx.cwd, keepText: true, progress: (p) => ctx.progress(p) });
            }
            tables.set(file, t);
        }
        return t;
    };
    if (inferTo) {
        const first = await read(files[0]);
        const yaml = inferredContractYaml(first, inferContract(first));
        const target = (0,external_node_path_.resolve)(ctx.cwd, inferTo);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await (0,promises_.writeFile)(target, yaml);
        ctx.log.info(`validate-schema: wrote the inferred contract to ${inferTo}`);
    }
    const baseline = inputs.baseline ? await (0,readers/* readTable */.xz)(inputs.baseline, { cwd: ctx.cwd, progress: (p) => ctx.progress(p) }) : undefined;
    const checks = [];
    const fileSummaries = [];
    for (const file of files) {
        let fileChecks = [];
        let rows;
        let columns;
        if (loaded?.kind === 'records') {
            const textCells = /\.(csv|tsv|txt)(\.gz)?$/i.test(file);
            const result = await validateRecords((0,readers/* readRecords */.T3)(file, { cwd: ctx.cwd }), loaded.validator, file, maxExamples, textCells);
            fileChecks = result.checks;
            rows = result.rows;
            columns = result.columns;
            if (baseline) {
                const table = await read(file);
                columns = table.columns.length;
                fileChecks.push(...baselineChecks(table, baseline, inputs));
            }
        }
        else {
            const table = await read(file);
            rows = table.rowCount;
            columns = table.columns.length;
            if (contract)
                fileChecks = evaluateContract(table, contract, { maxExamples });
            if (baseline)
                fileChecks.push(...baselineChecks(table, baseline, inputs, contract?.missingValues));
        }
        tables.delete(file);
        fileSummaries.push({ file, rows, columns });
        if (files.length > 1)
            for (const c of fileChecks)
                c.id = `${file}#${c.id}`;
        checks.push(...fileChecks);
    }
    const rows = fileSummaries.reduce((s, f) => s + f.rows, 0);
    const violations = checks.filter((c) => c.verdict === 'fail' || c.verdict === 'warn').length;
    const contractInfo = loaded ? { path: inputs.schema, format: loaded.kind === 'table' ? loaded.contract.format : loaded.format } : undefined;
    const report = (0,make_report/* makeReport */.d)({
        gate: 'validate-schema',
        inputs: { ...inputs },
        checks,
        reason: reasonOf(checks, rows, !loaded, inferTo),
        sections: {
            files: fileSummaries,
            ...(contractInfo ? { contract: contractInfo } : {}),
            ...(inferTo ? { inferred: inferTo } : {}),
        },
    });
    return {
        report,
        outputs: { violations: String(violations), rows: String(rows) },
        markdown: renderMarkdown({ checks, files: fileSummaries, contract: contractInfo, inferredTo: inferTo, multiFile: files.length > 1 }),
        annotations: buildAnnotations(checks, inputs['max-annotations']),
    };
}
function baselineChecks(table, baseline, inputs, missingValues) {
    return compareToBaseline(table, baseline, {
        nullRateIncrease: inputs['null-rate-increase'],
        rowCountChange: inputs['row-count-change'],
        severity: inputs['baseline-severity'] === 'error' ? 'error' : 'warn',
        missingValues,
    });
}
/* harmony default export */ const validate_schema_gate = ((0,gate/* defineGate */.p)({
    name: 'validate-schema',
    title: 'Schema validation',
    description: 'Validate data files against a data contract (modelgate, Frictionless, Great Expectations, JSON Schema or MLflow signature) before training or serving.',
    inputs: inputs_inputs,
    outputs: outputs,
    run: runValidateSchema,
    schemas: () => ({ contract: contractJsonSchema() }),
    reportSections: reportSections,
}));


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
/* unused harmony export groupDigits */
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
/** Escape a data value for Markdown text (also inside table cells). */
function text(value) {
    const s = value === null || value === undefined ? '' : String(value);
    const escaped = s
        .replace(/\r?\n/g, ' ')
        .replace(MD_SPECIAL, (ch) => HTML_ENTITY[ch] ?? `\\${ch}`);
    return defuse(escaped);
}
/**
 * A data value as inline code. Backticks inside cannot be escaped in a code
 * span, so such values fall back to escaped text in <code>.
 */
function code(value) {
    const s = (value === null || value === undefined ? '' : String(value)).replace(/\r?\n/g, ' ');
    if (s.includes('`') || s.includes('|'))
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
/** Mermaid labels are quoted strings: drop the characters that would end them. */
function mermaidLabel(s) {
    return s.replace(/["\n\r`]/g, "'").replace(/[[\]]/g, '');
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


/***/ })

};
