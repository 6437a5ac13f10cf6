export const id = 682;
export const ids = [682];
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

/***/ 90682:
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
    const dictionary = column.dictionary;
    if (dictionary !== undefined) {
        // Codes: no million-string array is built unless a rule asks for `strings`.
        const { codes, labels } = dictionary;
        const tokenLabel = tokens === null ? null : Uint8Array.from(labels, (l) => (tokens.has(l) ? 1 : 0));
        for (let i = 0; i < rowCount; i++) {
            const code = codes[i];
            if (code < 0 || (tokenLabel !== null && tokenLabel[code] === 1)) {
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
            dictionary,
            get strings() {
                return column.values;
            },
            text: (i) => (missing[i] === 1 ? '' : labels[codes[i]]),
        };
    }
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
function numericData(column, data, type, booleanValues, reader) {
    const n = data.rowCount;
    const missing = data.missing;
    const t = type ?? 'number';
    // A contract's own cell reader reads the text; a number column without kept text is read as numbers.
    if (reader !== undefined && !(column.kind === 'number' && column.text === undefined))
        return readCells(data, reader.read);
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
/** Every present cell through `read` (NaN: malformed). */
function readCells(data, read) {
    const n = data.rowCount;
    const out = new Float64Array(n);
    const malformed = new Uint8Array(n);
    let malformedCount = 0;
    for (let i = 0; i < n; i++) {
        if (data.missing[i] === 1) {
            out[i] = NaN;
            continue;
        }
        const v = read(data.text(i));
        out[i] = v;
        if (Number.isNaN(v)) {
            malformed[i] = 1;
            malformedCount++;
        }
    }
    return { values: out, malformed, malformedCount };
}
// What pandas.read_csv reads as booleans (its default true_values/false_values).
const PANDAS_BOOLEANS = new Map([
    ['True', 1],
    ['TRUE', 1],
    ['true', 1],
    ['False', 0],
    ['FALSE', 0],
    ['false', 0],
]);
/**
 * A text column whose present cells are all true/false words, as pandas
 * reads them (True, TRUE, true, False, FALSE, false), as 1/0 (NaN where
 * missing); null when some present cell is anything else, or none is
 * present. Great Expectations sees such a column as booleans: its mean is
 * the share of true, its cells are `bool`.
 */
function booleanColumnValues(column, data) {
    if (column.kind !== 'string' || data.missingCount === data.rowCount)
        return null;
    const n = data.rowCount;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        if (data.missing[i] === 1) {
            out[i] = NaN;
            continue;
        }
        const b = PANDAS_BOOLEANS.get(data.text(i));
        if (b === undefined)
            return null;
        out[i] = b;
    }
    return out;
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
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/gates/validate-schema/pattern.ts
/**
 * Contract patterns (modelgate `pattern`, Frictionless `pattern`, Great
 * Expectations `regex`, JSON Schema `pattern`) run on RE2 through re2js, a
 * pure-JavaScript port of RE2: matching takes time linear in the length of
 * the text, so a pattern like `^(a+)+$` cannot hang the gate on a long
 * value, as a backtracking engine (JavaScript's RegExp, Python's re) does.
 *
 * The syntax is RE2's (github.com/google/re2/wiki/Syntax): the Perl/Python
 * forms (classes, `\d \w \s \b`, `\p{L}`, `[[:alpha:]]`, `{m,n}`, lazy `*?`,
 * `(?i)` flags, named groups `(?P<n>…)` and `(?<n>…)`) without lookaround and
 * backreferences, which no linear-time engine can run; a pattern using them
 * is refused when the contract is read. `$` without `(?m)` matches at the very
 * end of the value only (Python's also matches before a final newline).
 */

/** Compile a pattern; throws an Error whose message says why it does not compile. */
function compilePattern(pattern, mode) {
    let re;
    try {
        re = build/* RE2JS */.L3.compile(pattern);
    }
    catch (err) {
        throw new Error(err.message.replace(/^error parsing regexp: /, ''));
    }
    return mode === 'whole' ? { test: (text) => re.matches(text) } : { test: (text) => re.test(text) };
}
/**
 * The reason a pattern does not compile, or undefined when it does: for the
 * contract readers, which refuse the contract with this reason and the place.
 */
function patternError(pattern) {
    try {
        compilePattern(pattern, 'search');
        return undefined;
    }
    catch (err) {
        return err.message;
    }
}
/**
 * A RegExp engine for ajv (its `code.regExp` option), so that JSON Schema
 * `pattern` and `patternProperties` run on RE2 too. ajv asks only `test` and
 * `toString` (its cache key) of what the engine returns.
 */
const ajvRegExpEngine = Object.assign((pattern) => {
    const compiled = compilePattern(pattern, 'search');
    return { test: (text) => compiled.test(text), toString: () => `re2:${pattern}` };
}, 
// Only read when ajv writes standalone validation code, which this project does not.
{ code: 're2js' });

;// CONCATENATED MODULE: ./src/gates/validate-schema/contract/format.ts
/** The parsed contract as a plain object, or undefined when it is not one. */
function objectOf(source) {
    const v = source.value;
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}

// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(10779);
;// CONCATENATED MODULE: ./src/gates/validate-schema/contract/frictionless-cells.ts
/**
 * How a Table Schema field's cells are read, after its type, `format` and
 * number options, as frictionless-py reads them (frictionless/fields/*.py,
 * v5; the Table Schema spec for the rules it leaves open). Each reader turns
 * a cell's text into a number, NaN when the text does not read: epoch
 * milliseconds (UTC) for dates and date-times, seconds since midnight for
 * times, months since year 0 for year-months, the value for numbers, 0 for
 * a valid string, array, object, duration or geopoint.
 *
 * - integer, number: trimmed; `bareNumber: false` strips leading characters
 *   up to the first digit or minus and trailing non-digits ("€ -12", "100%");
 *   `groupChar` is removed and `decimalChar` becomes the point, and a point
 *   is refused when another decimal character is set ("1.234" with ",").
 * - date, datetime, time: `default` is ISO (date `%Y-%m-%d`; date-time with
 *   seconds, `Z` or `±hh:mm`; time `hh:mm:ss`), a strftime pattern
 *   (`%d/%m/%y`; the old `fmt:` prefix is dropped) must match the whole
 *   cell as Python's strptime matches it, and `any` reads ISO forms and
 *   day / month name / year forms with an optional time ("10th Jan 1969",
 *   "Jan 10, 1969 9 am"): a documented subset of the dateutil parser that
 *   frictionless-py uses.
 * - year: four characters of digits; yearmonth: `YYYY-MM`.
 * - string formats: `email` and `uuid` as ajv-formats defines them, `uri` as
 *   an absolute URL (frictionless-py uses the `validators` and `rfc3986`
 *   packages), `binary`
 *   as Python's base64 decoder accepts it (non-alphabet characters skipped,
 *   padding checked).
 */



const formatsModule = formats;
const fullFormats = (formatsModule.fullFormats ?? formatsModule.default.fullFormats);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** The reader of a field, or undefined when its cells need no reader of the schema's own (plain types). */
function fieldReader(f) {
    const format = (f.format ?? 'default').replace(/^fmt:/, '');
    const describe = `${f.type}/${format}`;
    switch (f.type) {
        case 'integer':
        case 'number': {
            const numberOptions = f.bareNumber !== undefined || f.groupChar !== undefined || f.decimalChar !== undefined;
            if (!numberOptions)
                return undefined;
            return { read: numberReader(f.type === 'integer', f), needsText: true, describe };
        }
        case 'date':
        case 'datetime':
        case 'time':
            return { read: temporalReader(f.type, format), needsText: true, describe };
        case 'year':
            return { read: (s) => (/^\d{4}$/.test(s) ? Number(s) : NaN), needsText: true, describe };
        case 'yearmonth':
            return { read: yearmonth, needsText: true, describe };
        case 'string':
            return stringReader(format, describe);
        case 'object':
        case 'array':
            return { read: (s) => jsonOf(s, f.type === 'array'), needsText: true, describe };
        case 'duration':
            return { read: (s) => (ISO_DURATION.test(s) && s !== 'P' && !s.endsWith('T') ? 0 : NaN), needsText: true, describe };
        default:
            return undefined;
    }
}
function numberReader(integer, f) {
    const group = f.groupChar ?? '';
    const decimal = f.decimalChar ?? '.';
    const bare = f.bareNumber ?? true;
    return (text) => {
        let s = text.trim();
        if (!bare)
            s = s.replace(/^[^-\d]*/, '').replace(/\D*$/, '');
        if (!integer) {
            if (group !== '')
                s = s.split(group).join('');
            if (decimal !== '.' && s.includes('.'))
                return NaN;
            s = s.split(decimal).join('.');
        }
        return integer ? pythonInt(s) : pythonDecimal(s);
    };
}
/** Python's int() of a string: optional sign, digits (underscores between digits allowed). */
function pythonInt(s) {
    const t = s.trim();
    return /^[+-]?\d+(?:_\d+)*$/.test(t) ? Number(t.replaceAll('_', '')) : NaN;
}
/** Python's Decimal() of a string: a decimal literal, or inf/infinity/nan with a sign. */
function pythonDecimal(s) {
    const t = s.trim();
    if (/^[+-]?(?:\d+(?:_\d+)*(?:\.(?:\d+(?:_\d+)*)?)?|\.\d+(?:_\d+)*)(?:[eE][+-]?\d+(?:_\d+)*)?$/.test(t))
        return Number(t.replaceAll('_', ''));
    if (/^[+-]?(?:inf|infinity)$/i.test(t))
        return t.startsWith('-') ? -Infinity : Infinity;
    return NaN;
}
function yearmonth(s) {
    const parts = s.split('-');
    if (parts.length !== 2)
        return NaN;
    const year = pythonInt(parts[0]);
    const month = pythonInt(parts[1]);
    if (Number.isNaN(year) || Number.isNaN(month) || month < 1 || month > 12)
        return NaN;
    return year * 12 + month - 1;
}
const ISO_DURATION = /^P(?:\d+(?:\.\d+)?Y)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?W)?(?:\d+(?:\.\d+)?D)?(?:T(?:\d+(?:\.\d+)?H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?$/;
function jsonOf(s, array) {
    try {
        const v = JSON.parse(s);
        return v !== null && typeof v === 'object' && Array.isArray(v) === array ? 0 : NaN;
    }
    catch {
        return NaN;
    }
}
function stringReader(format, describe) {
    const ok = (test) => ({ read: (s) => (test(s) ? 0 : NaN), needsText: true, describe });
    switch (format) {
        case 'default':
            return undefined;
        case 'email':
        case 'uuid': {
            // ajv-formats' expressions, run on RE2 like every pattern (linear time on hostile cells).
            const re = compilePattern(`(?i)${fullFormats[format].source}`, 'search');
            return ok((s) => re.test(s));
        }
        case 'uri':
            return ok(isUri);
        case 'binary':
            return ok(base64);
        default:
            return { unsupported: `format "${format}" of a string field` };
    }
}
/**
 * An absolute URI: a scheme, and the rest as the WHATWG URL parser reads it
 * (linear time, unlike a large regular expression on a hostile cell).
 */
function isUri(s) {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(s))
        return false;
    try {
        new URL(s);
        return true;
    }
    catch {
        return false;
    }
}
/** Whether Python's base64.b64decode (validate=False) accepts the text. */
function base64(s) {
    const cleaned = s.replace(/[^A-Za-z0-9+/=]/g, '');
    return cleaned.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(cleaned);
}
function temporalReader(type, format) {
    if (format === 'any')
        return (s) => finish(type, anyDate(s));
    if (format === 'default') {
        if (type === 'date')
            return strptime('%Y-%m-%d', 'date');
        if (type === 'datetime')
            return (s) => (s.length >= 19 && s[16] === ':' ? parseDatetime(s) : NaN);
        return (s) => (s.length >= 8 && s[5] === ':' ? isoTime(s) : NaN);
    }
    return strptime(format, type);
}
function isoTime(s) {
    const m = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
    if (!m || +m[1] > 23 || +m[2] > 59 || +m[3] > 59)
        return NaN;
    return +m[1] * 3600 + +m[2] * 60 + +m[3] + (m[4] ? Number(`0${m[4]}`) : 0);
}
/** Epoch ms of a date (its day) or date-time, or the seconds of a time; NaN for an impossible date. */
function finish(type, p) {
    if (p === null)
        return NaN;
    if (p.month < 1 || p.month > 12 || p.day < 1 || p.hour > 23 || p.minute > 59 || p.second > 61)
        return NaN;
    const t = Date.UTC(p.year, p.month - 1, p.day);
    if (new Date(t).getUTCDate() !== p.day || p.year < 1 || p.year > 9999)
        return NaN;
    if (type === 'time')
        return p.hour * 3600 + p.minute * 60 + p.second + p.ms / 1000;
    // A date field keeps the date of what it read (datetime.strptime(...).date()).
    if (type === 'date')
        return t;
    return t + ((p.hour * 60 + p.minute - (p.offset ?? 0)) * 60 + p.second) * 1000 + p.ms;
}
/**
 * Python's strptime for one format: each directive becomes the group
 * _strptime.py compiles for it, a run of whitespace matches any whitespace,
 * the match is case-insensitive and must cover the whole text.
 */
function strptime(format, type) {
    const fields = [];
    let source = '';
    for (let i = 0; i < format.length; i++) {
        const c = format[i];
        if (c === '%' && i + 1 < format.length) {
            const d = format[++i];
            const group = DIRECTIVES[d];
            if (d === '%')
                source += '%';
            else if (group === undefined)
                return () => NaN; // Python raises on an unknown directive: nothing reads.
            else {
                source += `(${group})`;
                fields.push(d);
            }
        }
        else if (/\s/.test(c)) {
            source += '\\s+';
            while (i + 1 < format.length && /\s/.test(format[i + 1]))
                i++;
        }
        else
            source += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    // Groups of bounded width separated by literals: no nested repetition, so matching is linear.
    const re = new RegExp(`^${source}$`, 'i');
    return (s) => {
        const m = re.exec(s);
        if (!m)
            return NaN;
        const p = { year: 1900, month: 1, day: 1, hour: 0, minute: 0, second: 0, ms: 0 };
        let pm;
        let hour12;
        fields.forEach((d, k) => {
            const v = m[k + 1];
            switch (d) {
                case 'Y':
                    p.year = +v;
                    break;
                case 'y':
                    p.year = +v < 69 ? 2000 + +v : 1900 + +v;
                    break;
                case 'm':
                    p.month = +v;
                    break;
                case 'd':
                    p.day = +v;
                    break;
                case 'H':
                    p.hour = +v;
                    break;
                case 'I':
                    hour12 = +v;
                    break;
                case 'p':
                    pm = v.toLowerCase() === 'pm';
                    break;
                case 'M':
                    p.minute = +v;
                    break;
                case 'S':
                    p.second = +v;
                    break;
                case 'f':
                    p.ms = Number(`0.${v}`) * 1000;
                    break;
                case 'b':
                case 'B':
                    p.month = MONTHS.findIndex((name) => name.startsWith(v.toLowerCase())) + 1;
                    break;
                case 'z':
                    p.offset = offsetMinutes(v);
                    break;
            }
        });
        if (hour12 !== undefined)
            p.hour = (hour12 % 12) + (pm ? 12 : 0);
        return finish(type, p);
    };
}
const MONTH_NAMES = MONTHS.join('|');
const MONTH_ABBR = MONTHS.map((m) => m.slice(0, 3)).join('|');
const DIRECTIVES = {
    Y: '\\d\\d\\d\\d',
    y: '\\d\\d',
    m: '1[0-2]|0[1-9]|[1-9]',
    d: '3[01]|[12]\\d|0[1-9]|[1-9]| [1-9]',
    H: '2[0-3]|[0-1]\\d|\\d',
    I: '1[0-2]|0[1-9]|[1-9]',
    M: '[0-5]\\d|\\d',
    S: '6[0-1]|[0-5]\\d|\\d',
    f: '[0-9]{1,6}',
    p: 'am|pm',
    b: MONTH_ABBR,
    B: MONTH_NAMES,
    a: DAYS.map((d) => d.slice(0, 3)).join('|'),
    A: DAYS.join('|'),
    z: 'Z|[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d)?',
};
function offsetMinutes(z) {
    if (z.toUpperCase() === 'Z')
        return 0;
    const digits = z.slice(1).replaceAll(':', '');
    const minutes = +digits.slice(0, 2) * 60 + +digits.slice(2, 4);
    return z[0] === '-' ? -minutes : minutes;
}
/**
 * `any`: ISO dates and date-times, or tokens naming a day (with an ordinal
 * suffix), a month by name, a four-digit year and an optional time (hh:mm,
 * hh:mm:ss, or an hour with am/pm), in any order; commas are ignored.
 */
function anyDate(text) {
    const s = text.trim();
    const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
    if (iso) {
        const p = { year: +iso[1], month: +iso[2], day: +iso[3], hour: +(iso[4] ?? 0), minute: +(iso[5] ?? 0), second: +(iso[6] ?? 0), ms: iso[7] ? Number(`0${iso[7]}`) * 1000 : 0 };
        if (iso[8])
            p.offset = offsetMinutes(iso[8]);
        return p;
    }
    const tokens = s.toLowerCase().replaceAll(',', ' ').split(/\s+/).filter(Boolean);
    const p = { year: NaN, month: NaN, day: NaN, hour: 0, minute: 0, second: 0, ms: 0 };
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        let m;
        const month = MONTHS.findIndex((name) => t.length >= 3 && name.startsWith(t.replace(/\.$/, '')));
        if (month >= 0 && Number.isNaN(p.month))
            p.month = month + 1;
        else if (DAYS.some((d) => t.length >= 3 && d.startsWith(t)))
            continue;
        else if ((m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(t)) && (tokens[i + 1] === 'am' || tokens[i + 1] === 'pm')) {
            p.hour = (+m[1] % 12) + (tokens[++i] === 'pm' ? 12 : 0);
        }
        else if ((m = /^(\d{1,2})(am|pm)$/.exec(t)))
            p.hour = (+m[1] % 12) + (m[2] === 'pm' ? 12 : 0);
        else if ((m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t))) {
            p.hour = +m[1];
            p.minute = +m[2];
            p.second = +(m[3] ?? 0);
            if (tokens[i + 1] === 'am' || tokens[i + 1] === 'pm')
                p.hour = (p.hour % 12) + (tokens[++i] === 'pm' ? 12 : 0);
        }
        else if ((m = /^(\d{4})$/.exec(t)) && Number.isNaN(p.year))
            p.year = +m[1];
        else if ((m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(t)) && Number.isNaN(p.day))
            p.day = +m[1];
        else
            return null;
    }
    return Number.isNaN(p.year) || Number.isNaN(p.month) || Number.isNaN(p.day) ? null : p;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(98439);
;// CONCATENATED MODULE: ./src/gates/validate-schema/contract/model.ts
const COLUMN_TYPES = ['number', 'integer', 'string', 'boolean', 'datetime', 'category'];
/**
 * What a cell is as pandas would hold it, for Great Expectations' type
 * expectations: `integer` and `float` are cells of a number column (whole
 * numbers for `integer`); `text` is a cell of a text column; `boolean` a
 * true/false cell; `datetime` an ISO-8601 date-time without offset (numpy
 * datetime64), `datetime-tz` one with an offset (pandas Timestamp),
 * `datetime-any` either; `object` any cell of a text column.
 */
const VALUE_KINDS = (/* unused pure expression or super */ null && (['integer', 'float', 'text', 'boolean', 'datetime', 'datetime-tz', 'datetime-any', 'object']));
/** The threshold of a rule as written, for the report's `threshold` field. */
function describeRule(rule) {
    const mostly = rule.mostly !== undefined && rule.mostly < 1 ? ` (mostly ${rule.mostly})` : '';
    const where = rule.where ? ` where ${rule.where.text}` : '';
    return describeBare(rule) + mostly + where;
}
function describeBare(rule) {
    switch (rule.kind) {
        case 'present':
            return rule.position ? `present at position ${rule.position}` : 'present';
        case 'type':
            return `type ${rule.type}`;
        case 'value-type':
            return rule.kinds === null ? 'any type' : `type ${rule.written.join(' or ')}`;
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
            return `matches /${rule.pattern}/${rule.whole ? ' (whole value)' : ''}`;
        case 'unique':
            return 'unique';
        case 'min-length':
            return `length ${rule.exclusive ? '>' : '>='} ${rule.value}`;
        case 'max-length':
            return `length ${rule.exclusive ? '<' : '<='} ${rule.value}`;
        case 'mean':
            return bounds('mean', rule.min, rule.max, rule.exclusiveMin, rule.exclusiveMax);
        case 'required-columns':
            return `columns present: ${rule.columns.join(', ')}`;
        case 'no-extra-columns':
            return 'no columns beyond the contract';
        case 'column-order':
            return rule.columns === null ? 'columns in order: (no list)' : `columns in order: ${rule.columns.join(', ')}`;
        case 'column-set':
            return `${rule.exactMatch ? 'columns exactly' : 'columns include'}: ${rule.columns.join(', ')}`;
        case 'row-count':
            return bounds('rows', rule.min, rule.max);
        case 'primary-key':
            return `unique key (${rule.columns.join(', ')})`;
        case 'unique-together':
            return `unique together (${rule.columns.join(', ')})`;
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
    'value-type': 'value type',
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
    'unique-together': 'unique together',
    unsupported: 'unsupported rule',
};

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/yaml.ts
var yaml = __webpack_require__(91076);
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
    const value = (0,yaml/* yamlValue */.t$)(doc, undefined, { file, lineCounter: lines });
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
    pattern: rule(schemas/* string */.YjP()).optional().describe('Regular expression (RE2 syntax: no lookaround or backreferences) each value must match, anywhere unless anchored with ^ and $'),
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
            const problem = patternError(r.value);
            if (problem !== undefined)
                throw new errors/* UserError */.yo(`column "${c.name}": pattern /${r.value}/ does not compile: ${problem}`, at('pattern'));
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
const modelgateFormat = {
    name: 'modelgate',
    detectedBy: 'a `columns` list',
    readAs: "modelgate's own YAML/JSON format, below",
    detect: (source) => Array.isArray(objectOf(source)?.columns),
    read: (source) => ({ kind: 'table', contract: readModelgateContract(source) }),
};

;// CONCATENATED MODULE: ./src/gates/validate-schema/contract/frictionless.ts
/**
 * Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/)
 * to the contract model, read as frictionless-py (v5) validates a resource:
 *
 * - fields are matched to the data's columns by name; a field the data lacks
 *   is an error (missing-label), so is a column no field names (extra-label);
 * - cells are read after the field's type, `format`, `bareNumber`,
 *   `groupChar`, `decimalChar`, `trueValues` / `falseValues` (the spec's
 *   defaults apply when unset) and `missingValues` (a field's own replace
 *   the schema's); see frictionless-cells.ts;
 * - a constraint the field's type does not support (`minLength` on an
 *   integer) is a schema error, as in frictionless-py's `supported_constraints`;
 * - `pattern` must match the whole value (the spec's implicit anchoring);
 * - `unique` and `primaryKey` name the rows that repeat an earlier one (the
 *   second occurrence onward); a key whose parts are all missing is an error,
 *   a partly missing key is compared like any other.
 *
 * All rules are errors. Types map to modelgate types (date, datetime, time,
 * yearmonth → datetime with the field's own reader; year → integer); `any`
 * and `geojson`/`geopoint` cells are not type-checked.
 */







const scalar = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]);
const fieldSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1),
    type: schemas/* string */.YjP().optional(),
    format: schemas/* string */.YjP().optional(),
    trueValues: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    falseValues: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    bareNumber: schemas/* boolean */.zMY().optional(),
    groupChar: schemas/* string */.YjP().optional(),
    decimalChar: schemas/* string */.YjP().min(1).optional(),
    missingValues: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
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
    time: 'datetime',
    yearmonth: 'datetime',
    year: 'integer',
    object: 'string',
    array: 'string',
    duration: 'string',
    any: undefined,
    geojson: undefined,
    geopoint: undefined,
};
const ORDERED = ['required', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'enum'];
/**
 * The constraints each type supports (frictionless-py's supported_constraints,
 * plus `unique` everywhere and the spec's exclusive bounds beside minimum and
 * maximum).
 */
const SUPPORTED = {
    any: ['required', 'enum'],
    array: ['required', 'minLength', 'maxLength', 'enum'],
    boolean: ['required', 'enum'],
    date: ORDERED,
    datetime: ORDERED,
    time: ORDERED,
    year: ORDERED,
    yearmonth: ORDERED,
    integer: ORDERED,
    number: ORDERED,
    duration: ['required', 'enum'],
    geojson: ['required', 'enum'],
    geopoint: ['required', 'enum'],
    object: ['required', 'minLength', 'maxLength', 'enum'],
    string: ['required', 'minLength', 'maxLength', 'pattern', 'enum'],
};
// The spec's defaults (frictionless-py settings.DEFAULT_TRUE_VALUES / DEFAULT_FALSE_VALUES).
const TRUE_VALUES = ['true', 'True', 'TRUE', '1'];
const FALSE_VALUES = ['false', 'False', 'FALSE', '0'];
function readFrictionlessContract(source) {
    const parsed = tableSchemaSchema.safeParse(source.value);
    if (!parsed.success)
        throw zodError(source, parsed.error, 'Frictionless Table Schema');
    const schema = parsed.data;
    const names = schema.fields.map((f) => f.name);
    const table = [];
    const columns = schema.fields.map((f, index) => {
        const where = (...path) => ({ file: source.file, line: source.lineOf(['fields', index, ...path]), field: `fields[${index}].${path.join('.')}` });
        const at = (key) => where('constraints', key);
        // A field without a type is `any` (Table Schema v2; v1 said string, which is not checked either).
        const fieldType = f.type ?? 'any';
        if (!Object.hasOwn(SUPPORTED, fieldType))
            throw new errors/* UserError */.yo(`field "${f.name}": unknown Table Schema type "${fieldType}"`, where('type'));
        const type = TYPE_MAP[fieldType];
        const reader = fieldReader({ ...f, type: fieldType });
        const c = f.constraints ?? {};
        for (const key of Object.keys(c)) {
            if (key !== 'unique' && !SUPPORTED[fieldType].includes(key))
                throw new errors/* UserError */.yo(`field "${f.name}": constraint "${key}" is not supported by type "${fieldType}"`, at(key));
        }
        const rules = [{ kind: 'present', severity: 'error' }];
        if (reader !== undefined && 'unsupported' in reader) {
            table.push({ kind: 'unsupported', name: 'format', detail: `field "${f.name}": ${reader.unsupported} is not checked`, severity: 'warn' });
        }
        else if (type !== undefined && (type !== 'string' || reader !== undefined)) {
            rules.push({ kind: 'type', type, severity: 'error' });
        }
        const cellReader = reader !== undefined && !('unsupported' in reader) ? reader : undefined;
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
            // Frictionless reads a bound with the field's own reader (its format): it must read.
            if (typeof v === 'string' && cellReader !== undefined && Number.isNaN(cellReader.read(v))) {
                throw new errors/* UserError */.yo(`field "${f.name}": ${key} "${v}" is not a ${cellReader.describe} value`, at(key));
            }
            rules.push({ kind, value: v, exclusive: exclusive || undefined, severity: 'error' });
        }
        if (c.enum)
            rules.push({ kind: 'values', values: c.enum, severity: 'error' });
        if (c.pattern !== undefined) {
            const problem = patternError(c.pattern);
            if (problem !== undefined)
                throw new errors/* UserError */.yo(`field "${f.name}": pattern /${c.pattern}/ does not compile: ${problem}`, at('pattern'));
            rules.push({ kind: 'pattern', pattern: c.pattern, whole: true, severity: 'error' });
        }
        // minLength/maxLength of an array or object count items or keys, not characters.
        for (const [key, kind] of [
            ['minLength', 'min-length'],
            ['maxLength', 'max-length'],
        ]) {
            const v = c[key];
            if (v === undefined)
                continue;
            if (fieldType === 'string')
                rules.push({ kind, value: v, severity: 'error' });
            else
                table.push({ kind: 'unsupported', name: key, detail: `field "${f.name}": ${key} of an ${fieldType} field (item count) is not checked`, severity: 'warn' });
        }
        if (c.unique)
            rules.push({ kind: 'unique', repeats: 'later', severity: 'error' });
        const booleanValues = fieldType === 'boolean' ? { true: f.trueValues ?? TRUE_VALUES, false: f.falseValues ?? FALSE_VALUES } : undefined;
        // Empty cells are always missing to modelgate's readers; the other tokens come from the field or the schema.
        const missingValues = f.missingValues?.filter((s) => s !== '');
        return {
            name: f.name,
            type,
            rules,
            ...(booleanValues ? { booleanValues } : {}),
            ...(cellReader ? { reader: cellReader } : {}),
            ...(missingValues ? { missingValues } : {}),
        };
    });
    // Columns no field names: frictionless-py's extra-label.
    table.unshift({ kind: 'no-extra-columns', severity: 'error' });
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
        table.push({ kind: 'primary-key', columns: key, missing: 'all-parts', repeats: 'later', severity: 'error' });
    }
    // The spec's default missingValues is [""]: empty cells are missing already.
    return { source: source.file, format: 'frictionless', columns, table, missingValues: schema.missingValues?.filter((s) => s !== '') };
}
const frictionlessFormat = {
    name: 'frictionless',
    detectedBy: 'a `fields` list',
    readAs: '[Frictionless Table Schema](https://specs.frictionlessdata.io/table-schema/)',
    detect: (source) => Array.isArray(objectOf(source)?.fields),
    read: (source) => ({ kind: 'table', contract: readFrictionlessContract(source) }),
};

;// CONCATENATED MODULE: ./src/gates/validate-schema/row-condition.ts

const OPS = ['==', '!=', '<=', '>=', '<', '>', '&', '|', '~', '(', ')', '.', ','];
function tokenize(text) {
    const out = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === ' ' || c === '\t') {
            i++;
            continue;
        }
        if (c === '"' || c === "'") {
            const end = text.indexOf(c, i + 1);
            if (end < 0)
                throw new Error(`unterminated string starting at character ${i + 1}`);
            out.push({ t: 'string', v: text.slice(i + 1, end) });
            i = end + 1;
            continue;
        }
        if (c === '`') {
            const end = text.indexOf('`', i + 1);
            if (end < 0)
                throw new Error(`unterminated \`name\` starting at character ${i + 1}`);
            out.push({ t: 'name', v: text.slice(i + 1, end) });
            i = end + 1;
            continue;
        }
        const num = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i));
        // A sign starts a number only where an operand is expected (not in "x-1").
        if (num && (/\d|\./.test(c) || out.length === 0 || out[out.length - 1].t === 'op')) {
            out.push({ t: 'number', v: Number(num[0]) });
            i += num[0].length;
            continue;
        }
        const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
        if (name) {
            out.push({ t: 'name', v: name[0] });
            i += name[0].length;
            continue;
        }
        const op = OPS.find((o) => text.startsWith(o, i));
        if (!op)
            throw new Error(`unexpected "${c}" at character ${i + 1}`);
        out.push({ t: 'op', v: op });
        i += op.length;
    }
    out.push({ t: 'end' });
    return out;
}
const COMPARATORS = new Set(['==', '!=', '<', '<=', '>', '>=']);
const FLIP = { '==': '==', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
const NULL_METHODS = new Map([
    ['notnull', 'notnull'],
    ['notna', 'notnull'],
    ['isnull', 'isnull'],
    ['isna', 'isnull'],
]);
class Parser {
    tokens;
    syntax;
    p = 0;
    constructor(tokens, syntax) {
        this.tokens = tokens;
        this.syntax = syntax;
    }
    peek() {
        return this.tokens[this.p];
    }
    next() {
        return this.tokens[this.p++];
    }
    isOp(v) {
        const t = this.peek();
        return t.t === 'op' && t.v === v;
    }
    isWord(v) {
        const t = this.peek();
        return t.t === 'name' && t.v === v && this.syntax === 'pandas';
    }
    expect(v) {
        const t = this.next();
        if (t.t !== 'op' || t.v !== v)
            throw new Error(`expected "${v}", found ${describe(t)}`);
    }
    parse() {
        const e = this.or();
        if (this.peek().t !== 'end')
            throw new Error(`unexpected ${describe(this.peek())}`);
        return e;
    }
    or() {
        let left = this.and();
        while (this.isOp('|') || this.isWord('or')) {
            this.next();
            left = { op: 'or', left, right: this.and() };
        }
        return left;
    }
    and() {
        let left = this.not();
        while (this.isOp('&') || this.isWord('and')) {
            this.next();
            left = { op: 'and', left, right: this.not() };
        }
        return left;
    }
    not() {
        if (this.isOp('~') || this.isWord('not')) {
            this.next();
            return { op: 'not', operand: this.not() };
        }
        if (this.isOp('(')) {
            this.next();
            const e = this.or();
            this.expect(')');
            return e;
        }
        return this.comparison();
    }
    /** A column reference, or undefined when the next token does not start one. */
    column() {
        const t = this.peek();
        if (this.syntax === 'great_expectations') {
            if (t.t !== 'name' || t.v !== 'col')
                return undefined;
            this.next();
            this.expect('(');
            const name = this.next();
            if (name.t !== 'string')
                throw new Error(`col() takes a quoted column name, found ${describe(name)}`);
            this.expect(')');
            return name.v;
        }
        if (t.t !== 'name' || ['True', 'False', 'and', 'or', 'not'].includes(t.v))
            return undefined;
        this.next();
        return t.v;
    }
    literal() {
        const t = this.next();
        if (t.t === 'number')
            return { kind: 'number', value: t.v };
        if (t.t === 'string')
            return { kind: 'string', value: t.v };
        if (t.t === 'name' && this.syntax === 'pandas' && (t.v === 'True' || t.v === 'False'))
            return { kind: 'boolean', value: t.v === 'True' };
        if (t.t === 'name' && this.syntax === 'great_expectations' && t.v === 'date') {
            this.expect('(');
            const s = this.next();
            if (s.t !== 'string')
                throw new Error(`date() takes a quoted date, found ${describe(s)}`);
            this.expect(')');
            const value = parseDatetime(s.v);
            if (Number.isNaN(value))
                throw new Error(`date("${s.v}") is not an ISO-8601 date`);
            return { kind: 'date', value, text: s.v };
        }
        throw new Error(`expected a column or a value, found ${describe(t)}`);
    }
    comparison() {
        const column = this.column();
        if (column !== undefined) {
            if (this.isOp('.')) {
                this.next();
                const m = this.next();
                const method = m.t === 'name' ? NULL_METHODS.get(m.v.toLowerCase()) : undefined;
                if (!method)
                    throw new Error(`only .notnull() and .isnull() can follow a column, found .${m.t === 'name' ? m.v : describe(m)}`);
                this.expect('(');
                this.expect(')');
                return { op: method, column };
            }
            const c = this.next();
            if (c.t !== 'op' || !COMPARATORS.has(c.v))
                throw new Error(`expected a comparison (==, !=, <, <=, >, >=) after column "${column}", found ${describe(c)}`);
            const literal = this.literal();
            this.noChain();
            return { op: 'compare', column, comparator: c.v, literal };
        }
        // `3 < x`: a value first, the column second.
        const literal = this.literal();
        const c = this.next();
        if (c.t !== 'op' || !COMPARATORS.has(c.v))
            throw new Error(`expected a comparison after a value, found ${describe(c)}`);
        const col = this.column();
        if (col === undefined)
            throw new Error(`a comparison needs a column on one side, found ${describe(this.peek())}`);
        this.noChain();
        return { op: 'compare', column: col, comparator: FLIP[c.v], literal };
    }
    noChain() {
        const t = this.peek();
        if (t.t === 'op' && COMPARATORS.has(t.v))
            throw new Error('chained comparisons (a < x < b) are not supported; write them with &');
    }
}
function describe(t) {
    switch (t.t) {
        case 'end':
            return 'the end';
        case 'string':
            return `"${t.v}"`;
        case 'number':
            return String(t.v);
        default:
            return `"${t.v}"`;
    }
}
/** Parse a row condition; throws an Error saying what is wrong with it. */
function parseRowCondition(text, parser) {
    if (text.trim() === '')
        throw new Error('the condition is empty');
    return { text, parser, expr: new Parser(tokenize(text), parser).parse() };
}
/** The columns a condition reads. */
function conditionColumns(expr) {
    switch (expr.op) {
        case 'and':
        case 'or':
            return [...new Set([...conditionColumns(expr.left), ...conditionColumns(expr.right)])];
        case 'not':
            return conditionColumns(expr.operand);
        default:
            return [expr.column];
    }
}
const BOOLEAN_WORDS = new Map([
    ['true', 1],
    ['false', 0],
]);
/** 1 for every row the condition selects. Every column it names must be in the table. */
function selectRows(condition, table, missingValues) {
    const n = table.rowCount;
    const sqlNulls = condition.parser === 'great_expectations';
    const cells = new Map();
    const cellsOf = (name) => {
        let c = cells.get(name);
        if (!c) {
            const column = table.columns.find((x) => x.name === name);
            if (!column)
                throw new Error(`column "${name}" is not in the data`);
            const data = columnData(column, n, missingValues);
            c = { column, missing: data.missing, text: data.text };
            cells.set(name, c);
        }
        return c;
    };
    const evaluate = (e) => {
        switch (e.op) {
            case 'and':
            case 'or': {
                const a = evaluate(e.left);
                const b = evaluate(e.right);
                for (let i = 0; i < n; i++)
                    a[i] = e.op === 'and' ? a[i] & b[i] : a[i] | b[i];
                return a;
            }
            case 'not': {
                const a = evaluate(e.operand);
                for (let i = 0; i < n; i++)
                    a[i] ^= 1;
                return a;
            }
            case 'notnull':
            case 'isnull': {
                const { missing } = cellsOf(e.column);
                const out = new Uint8Array(n);
                for (let i = 0; i < n; i++)
                    out[i] = e.op === 'isnull' ? missing[i] : missing[i] ^ 1;
                return out;
            }
            case 'compare': {
                const { column, missing, text } = cellsOf(e.column);
                const out = new Uint8Array(n);
                const lit = e.literal;
                for (let i = 0; i < n; i++) {
                    if (missing[i] === 1) {
                        out[i] = !sqlNulls && e.comparator === '!=' ? 1 : 0;
                        continue;
                    }
                    let order;
                    if (lit.kind === 'number') {
                        const x = column.kind === 'number' ? column.values[i] : parseNumber(text(i));
                        if (!Number.isNaN(x))
                            order = Math.sign(x - lit.value);
                    }
                    else if (lit.kind === 'string') {
                        if (column.kind === 'string') {
                            const s = text(i);
                            order = s === lit.value ? 0 : s < lit.value ? -1 : 1;
                        }
                    }
                    else if (lit.kind === 'boolean') {
                        const b = column.kind === 'string' ? BOOLEAN_WORDS.get(text(i).toLowerCase()) : undefined;
                        if (b !== undefined)
                            order = Math.sign(b - Number(lit.value));
                    }
                    else {
                        const t = parseDatetime(text(i));
                        if (!Number.isNaN(t))
                            order = Math.sign(t - lit.value);
                    }
                    // Values of different kinds are unequal and unordered.
                    out[i] = order === undefined ? (e.comparator === '!=' ? 1 : 0) : compare(order, e.comparator) ? 1 : 0;
                }
                return out;
            }
        }
    };
    return evaluate(condition.expr);
}
function compare(order, c) {
    switch (c) {
        case '==':
            return order === 0;
        case '!=':
            return order !== 0;
        case '<':
            return order < 0;
        case '<=':
            return order <= 0;
        case '>':
            return order > 0;
        case '>=':
            return order >= 0;
    }
}

;// CONCATENATED MODULE: ./src/gates/validate-schema/contract/great-expectations.ts
/**
 * A Great Expectations expectation suite (JSON; the 0.x `expectation_type`
 * and GX 1.x `type` spellings) to the contract model, with GE's semantics as
 * its pandas engine has them (great_expectations 1.2, the expectations in
 * great_expectations/expectations/core and their metrics):
 *
 * - between is inclusive unless strict_min / strict_max; a text cell against
 *   a numeric bound is a TypeError in GE, so it fails the rule whatever
 *   `mostly` says; min_value above max_value, or both unset, is refused;
 * - match_regex searches (re.search: anywhere unless anchored); an empty
 *   regex matches everything;
 * - unique counts every row of a repeated value as unexpected;
 * - compound uniqueness skips rows after ignore_row_if (by default rows whose
 *   parts are all missing) and compares the others, missing parts included;
 * - value lengths of a number column are an error in GE (len() of an int),
 *   so the rule fails; both bounds unset is refused;
 * - the mean of a true/false column is the share of true;
 * - type expectations judge cells as pandas holds them (see ValueKind);
 * - `mostly` where GE's map expectations take it, `row_condition` with the
 *   `pandas` or `great_expectations` parser (row-condition.ts) where GE takes
 *   one; a kwarg modelgate does not implement is refused, naming it.
 *
 * Expectations modelgate does not implement become warning checks that say
 * so: a suite is never passed by silently skipping a rule.
 */







const expectationSchema = schemas/* object */.Ikc({
    expectation_type: schemas/* string */.YjP().optional(),
    type: schemas/* string */.YjP().optional(),
    kwargs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
    meta: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
    severity: schemas/* string */.YjP().optional(),
})
    .loose();
const suiteSchema = schemas/* object */.Ikc({ expectations: schemas/* array */.YOg(expectationSchema) }).loose();
/**
 * What each implemented expectation takes besides the kwargs every
 * expectation may carry: its own kwargs, whether it takes `mostly` (GE's map
 * expectations) and a row condition (map, aggregate and row-count ones).
 */
const EXPECTATIONS = {
    expect_column_to_exist: { kwargs: ['column', 'column_index'] },
    expect_column_values_to_be_of_type: { kwargs: ['column', 'type_'], mostly: true, condition: true },
    expect_column_values_to_be_in_type_list: { kwargs: ['column', 'type_list'], mostly: true, condition: true },
    expect_column_values_to_not_be_null: { kwargs: ['column'], mostly: true, condition: true },
    expect_column_values_to_be_between: { kwargs: ['column', 'min_value', 'max_value', 'strict_min', 'strict_max'], mostly: true, condition: true },
    expect_column_values_to_be_in_set: { kwargs: ['column', 'value_set'], mostly: true, condition: true },
    expect_column_values_to_be_unique: { kwargs: ['column'], mostly: true, condition: true },
    expect_column_values_to_match_regex: { kwargs: ['column', 'regex'], mostly: true, condition: true },
    expect_column_value_lengths_to_be_between: { kwargs: ['column', 'min_value', 'max_value', 'strict_min', 'strict_max'], mostly: true, condition: true },
    expect_column_mean_to_be_between: { kwargs: ['column', 'min_value', 'max_value', 'strict_min', 'strict_max'], condition: true },
    expect_table_columns_to_match_ordered_list: { kwargs: ['column_list'] },
    expect_table_columns_to_match_set: { kwargs: ['column_set', 'exact_match'] },
    expect_table_row_count_to_be_between: { kwargs: ['min_value', 'max_value'], condition: true },
    expect_compound_columns_to_be_unique: { kwargs: ['column_list', 'ignore_row_if'], mostly: true, condition: true },
    expect_multicolumn_values_to_be_unique: { kwargs: ['column_list', 'ignore_row_if'], mostly: true, condition: true },
};
/** Kwargs that only shape GE's output or error handling, not the result. */
const PRESENTATION_KWARGS = new Set(['result_format', 'catch_exceptions', 'include_config', 'meta']);
const IGNORE_ROW_IF = { all_values_are_missing: 'all-missing', any_value_is_missing: 'any-missing', never: 'never' };
/**
 * A type name as GE's pandas engine reads it (a numpy dtype, a pandas type,
 * or a Python type for object columns), as the kind of cell it accepts;
 * undefined for a name modelgate does not know.
 */
function geValueKind(name) {
    const n = name.toLowerCase();
    if (/^u?int(8|16|32|64)?$|^long$|^integer$|^int64dtype$/.test(n))
        return 'integer';
    if (/^float(16|32|64)?$|^double$|^number$|^decimal$|^float64dtype$/.test(n))
        return 'float';
    if (/^(str|str_|string|string_types|unicode|text)$/.test(n))
        return 'text';
    if (/^(object|object_|o|category)$/.test(n))
        return 'object';
    if (/^(bool|bool_|boolean)$/.test(n))
        return 'boolean';
    if (/^datetime64(\[.*\])?$/.test(n))
        return 'datetime';
    if (/^(timestamp|datetimetzdtype|datetimetzdtypetype)$/.test(n))
        return 'datetime-tz';
    if (n === 'datetime' || n === 'date')
        return 'datetime-any';
    return undefined;
}
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
        const spec = EXPECTATIONS[type];
        if (!spec) {
            table.push({ kind: 'unsupported', name: type, detail: `expectations[${index}] (${origin})`, severity: 'warn' });
            return;
        }
        for (const key of Object.keys(kw)) {
            const known = spec.kwargs.includes(key) ||
                PRESENTATION_KWARGS.has(key) ||
                (key === 'mostly' && spec.mostly) ||
                ((key === 'row_condition' || key === 'condition_parser') && spec.condition);
            if (!known) {
                const why = key === 'mostly' || key === 'row_condition' || key === 'condition_parser' ? `${type} does not take kwargs.${key}` : `kwargs.${key} of ${type} is not supported by modelgate`;
                throw new errors/* UserError */.yo(why, at(key));
            }
        }
        const num = (key, integer = false) => {
            const v = kw[key];
            if (v === undefined || v === null)
                return undefined;
            if (typeof v !== 'number' || (integer && !Number.isInteger(v))) {
                throw new errors/* UserError */.yo(`${type}: kwargs.${key} must be ${integer ? 'an integer' : 'a number'}, got ${JSON.stringify(v)}`, at(key));
            }
            return v;
        };
        const flag = (key) => {
            const v = kw[key];
            if (v === undefined || v === null)
                return undefined;
            if (typeof v !== 'boolean')
                throw new errors/* UserError */.yo(`${type}: kwargs.${key} must be true or false, got ${JSON.stringify(v)}`, at(key));
            return v || undefined;
        };
        const str = (key, allowEmpty = false) => {
            const v = kw[key];
            if (typeof v !== 'string' || (v === '' && !allowEmpty))
                throw new errors/* UserError */.yo(`${type} needs kwargs.${key} (a string)`, at(key));
            return v;
        };
        const list = (key, nullable = false) => {
            const v = kw[key];
            if (nullable && (v === null || v === undefined))
                return null;
            if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
                throw new errors/* UserError */.yo(`${type} needs kwargs.${key} (a list of column names)`, at(key));
            return v;
        };
        const bothBounds = (lo, hi, refuseNone, refuseCrossed) => {
            if (refuseNone && lo === undefined && hi === undefined)
                throw new errors/* UserError */.yo(`${type}: min_value and max_value cannot both be unset`, at());
            const order = (b) => (typeof b === 'number' ? b : parseDatetime(b));
            if (refuseCrossed && lo !== undefined && hi !== undefined && typeof lo === typeof hi && order(lo) > order(hi)) {
                throw new errors/* UserError */.yo(`${type}: min_value (${lo}) is greater than max_value (${hi})`, at('min_value'));
            }
        };
        const mostly = num('mostly');
        if (mostly !== undefined && (mostly < 0 || mostly > 1))
            throw new errors/* UserError */.yo(`mostly must be between 0 and 1, got ${mostly}`, at('mostly'));
        const where = rowCondition(kw, type, at);
        const base = { severity, origin, ...(mostly !== undefined ? { mostly } : {}), ...(where ? { where } : {}) };
        const add = (rule) => column(str('column')).rules.push(rule);
        const boundValue = (key) => {
            const v = kw[key];
            if (v === undefined || v === null)
                return undefined;
            if (typeof v !== 'number' && typeof v !== 'string')
                throw new errors/* UserError */.yo(`${type}: kwargs.${key} must be a number or date`, at(key));
            if (typeof v === 'string' && Number.isNaN(parseDatetime(v)))
                throw new errors/* UserError */.yo(`${type}: kwargs.${key} "${v}" is neither a number nor an ISO-8601 date`, at(key));
            return v;
        };
        switch (type) {
            case 'expect_column_to_exist': {
                const c = column(str('column'));
                // GE tests `if column_index:`, so 0 (like null) asks only that the column exists.
                const position = num('column_index', true);
                if (position) {
                    const present = c.rules.find((r) => r.kind === 'present' && r.position === undefined);
                    if (present && present.kind === 'present')
                        present.position = position;
                    else
                        c.rules.push({ kind: 'present', position, severity, origin });
                }
                break;
            }
            case 'expect_column_values_to_be_of_type':
            case 'expect_column_values_to_be_in_type_list': {
                const isList = type.endsWith('type_list');
                const names = isList ? kw.type_list : [kw.type_];
                if (isList && (names === null || names === undefined)) {
                    add({ kind: 'value-type', kinds: null, written: [], ...base });
                    break;
                }
                const key = isList ? 'type_list' : 'type_';
                if (!Array.isArray(names) || names.length === 0 || names.some((x) => typeof x !== 'string'))
                    throw new errors/* UserError */.yo(`${type} needs kwargs.${key}`, at(key));
                const kinds = names.map(geValueKind);
                const unknown = names.filter((_, i) => kinds[i] === undefined);
                if (unknown.length) {
                    column(str('column'));
                    table.push({ kind: 'unsupported', name: type, detail: `expectations[${index}] (${origin}): type ${unknown.join(', ')} is not a pandas type modelgate knows`, severity: 'warn' });
                    break;
                }
                add({ kind: 'value-type', kinds: kinds, written: names, ...base });
                break;
            }
            case 'expect_column_values_to_not_be_null':
                add({ kind: 'not-null', ...base });
                break;
            case 'expect_column_values_to_be_between': {
                const lo = boundValue('min_value');
                const hi = boundValue('max_value');
                bothBounds(lo, hi, true, true);
                // Date bounds make the column a datetime column (GE compares them as dates); its cells must then parse as dates.
                if ([lo, hi].some((b) => typeof b === 'string')) {
                    const c = column(str('column'));
                    if (c.type !== 'datetime') {
                        c.type = 'datetime';
                        c.rules.push({ kind: 'type', type: 'datetime', severity, origin });
                    }
                }
                const strictKinds = true;
                if (lo !== undefined)
                    add({ kind: 'min', value: lo, exclusive: flag('strict_min'), strictKinds, ...base });
                if (hi !== undefined)
                    add({ kind: 'max', value: hi, exclusive: flag('strict_max'), strictKinds, ...base });
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
                // An empty regex is a valid pattern that matches every value (re.search("", s)).
                const regex = str('regex', true);
                const problem = patternError(regex);
                if (problem !== undefined)
                    throw new errors/* UserError */.yo(`column "${String(kw.column)}": regex /${regex}/ does not compile: ${problem}`, at('regex'));
                add({ kind: 'pattern', pattern: regex, ...base });
                break;
            }
            case 'expect_column_value_lengths_to_be_between': {
                const lo = num('min_value', true);
                const hi = num('max_value', true);
                // GE refuses both unset; crossed bounds are allowed and every value fails.
                bothBounds(lo, hi, true, false);
                if (lo !== undefined)
                    add({ kind: 'min-length', value: lo, exclusive: flag('strict_min'), textOnly: true, ...base });
                if (hi !== undefined)
                    add({ kind: 'max-length', value: hi, exclusive: flag('strict_max'), textOnly: true, ...base });
                break;
            }
            case 'expect_column_mean_to_be_between': {
                // Both bounds unset: GE passes vacuously (the mean is still reported).
                const lo = num('min_value');
                const hi = num('max_value');
                add({ kind: 'mean', min: lo, max: hi, exclusiveMin: flag('strict_min'), exclusiveMax: flag('strict_max'), ...base });
                break;
            }
            case 'expect_table_columns_to_match_ordered_list':
                table.push({ kind: 'column-order', columns: list('column_list', true), severity, origin, exact: true });
                break;
            case 'expect_table_columns_to_match_set':
                // A missing set is the empty set; GE tests `if exact_match:`, so unset means "at least these".
                table.push({ kind: 'column-set', columns: list('column_set', true) ?? [], exactMatch: kw.exact_match === true, severity, origin });
                break;
            case 'expect_table_row_count_to_be_between': {
                const lo = num('min_value', true);
                const hi = num('max_value', true);
                bothBounds(lo, hi, false, true);
                table.push({ kind: 'row-count', min: lo, max: hi, ...base });
                break;
            }
            case 'expect_compound_columns_to_be_unique':
            case 'expect_multicolumn_values_to_be_unique': {
                const ignore = kw.ignore_row_if ?? 'all_values_are_missing';
                if (typeof ignore !== 'string' || !Object.hasOwn(IGNORE_ROW_IF, ignore)) {
                    throw new errors/* UserError */.yo(`${type}: kwargs.ignore_row_if must be one of ${Object.keys(IGNORE_ROW_IF).join(', ')}, got ${JSON.stringify(ignore)}`, at('ignore_row_if'));
                }
                table.push({ kind: 'unique-together', columns: list('column_list'), skip: IGNORE_ROW_IF[ignore], ...base });
                break;
            }
        }
    });
    return { source: source.file, format: 'great-expectations', columns: [...columns.values()], table };
}
const PARSERS = {
    pandas: 'pandas',
    great_expectations: 'great_expectations',
    great_expectations__experimental__: 'great_expectations',
    // A valid GE parser whose conditions are Spark SQL expressions, which modelgate does not read.
    spark: null,
};
/** The expectation's row condition, if it has one. */
function rowCondition(kw, type, at) {
    const text = kw.row_condition;
    if (text === undefined || text === null || text === '')
        return undefined;
    if (typeof text !== 'string')
        throw new errors/* UserError */.yo(`${type}: kwargs.row_condition must be a string`, at('row_condition'));
    const parserName = kw.condition_parser;
    if (parserName === undefined || parserName === null)
        throw new errors/* UserError */.yo(`${type}: kwargs.row_condition needs kwargs.condition_parser (pandas or great_expectations)`, at('row_condition'));
    if (typeof parserName !== 'string' || !Object.hasOwn(PARSERS, parserName)) {
        throw new errors/* UserError */.yo(`${type}: kwargs.condition_parser ${JSON.stringify(parserName)} is not one of ${Object.keys(PARSERS).join(', ')}`, at('condition_parser'));
    }
    const parser = PARSERS[parserName];
    if (parser === null)
        throw new errors/* UserError */.yo(`${type}: kwargs.condition_parser "${parserName}" is not supported by modelgate (use pandas or great_expectations)`, at('condition_parser'));
    try {
        return parseRowCondition(text, parser);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`${type}: kwargs.row_condition ${JSON.stringify(text)} is not supported by modelgate: ${err.message}`, at('row_condition'));
    }
}
const greatExpectationsFormat = {
    name: 'great-expectations',
    detectedBy: 'an `expectations` list',
    readAs: 'a Great Expectations expectation suite (JSON; 0.x `expectation_type` and 1.x `type`)',
    detect: (source) => Array.isArray(objectOf(source)?.expectations),
    read: (source) => ({ kind: 'table', contract: readGreatExpectationsContract(source) }),
};

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
 * ajv-formats, with `pattern` run on RE2 (pattern.ts). Errors are grouped by
 * the failing keyword at the failing place (array indices folded), so "age >
 * maximum" in 300 records is one check with 300 offending rows, like a
 * column rule of a table contract.
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
    // Patterns run on RE2 (pattern.ts): linear time, so a schema's pattern cannot hang the gate.
    const options = { allErrors: true, strict: false, unicodeRegExp: true, code: { regExp: ajvRegExpEngine } };
    const ajv = new Ctor(options);
    const coercing = new Ctor({ ...options, coerceTypes: true });
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
const jsonSchemaFormat = {
    name: 'json-schema',
    detectedBy: '`$schema`, `properties` or `type: object`',
    readAs: 'a JSON Schema each record of a JSON/JSON Lines file is validated against (ajv, with ajv-formats)',
    detect(source) {
        const o = objectOf(source);
        return o !== undefined && ('$schema' in o || 'properties' in o || o.type === 'object');
    },
    read: (source) => ({ kind: 'records', validator: compileJsonSchema(source), format: 'json-schema' }),
};

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
const mlflowFormat = {
    name: 'mlflow',
    detectedBy: 'a file named `MLmodel`, or a `signature` key',
    readAs: 'the column-based `signature.inputs` of an MLflow model',
    detect(source) {
        const o = objectOf(source);
        return (0,external_node_path_.basename)(source.file) === 'MLmodel' || (o !== undefined && ('signature' in o || 'flavors' in o));
    },
    read: (source) => ({ kind: 'table', contract: readMlflowContract(source) }),
};

;// CONCATENATED MODULE: ./src/gates/validate-schema/contract/formats.ts
/**
 * The contract formats, in the order their detection is tried: the one list
 * that detection, loading, the `schema-format` values and the report's
 * `contract.format` read. A new format is its own file exporting a
 * ContractFormatEntry, plus one line here.
 */





// Detection asks them in this order (also the order of the `schema-format` values and the report's
// enum): the list-keyed formats first, then JSON Schema, whose test is the loosest, and MLflow, whose
// MLmodel files hold none of the other formats' keys.
const CONTRACT_FORMATS = [modelgateFormat, frictionlessFormat, greatExpectationsFormat, jsonSchemaFormat, mlflowFormat];
/** The format names, for enums (the report schema, `schema-format`). */
const CONTRACT_FORMAT_NAMES = CONTRACT_FORMATS.map((f) => f.name);

;// CONCATENATED MODULE: ./src/gates/validate-schema/contract/load.ts
/**
 * Read a contract file and turn it into the contract model, detecting its
 * format from the content unless `schema-format` names it. Both read the
 * format registry (formats.ts).
 */




const SCHEMA_FORMATS = ['auto', ...CONTRACT_FORMAT_NAMES];
/** Which format a parsed contract is in, from its content. */
function detectFormat(source) {
    const entry = CONTRACT_FORMATS.find((f) => f.detect(source));
    if (entry)
        return entry.name;
    const expected = CONTRACT_FORMATS.map((f) => `${f.name}: ${f.detectedBy.replaceAll('`', '')}`).join('; ');
    throw new errors/* UserError */.yo(`cannot tell the contract format (expected ${expected}); set schema-format`, { file: source.file });
}
function unknownFormat(format) {
    return new errors/* UserError */.yo(`unknown schema format "${format}"; use one of ${SCHEMA_FORMATS.join(', ')}`, { field: 'schema-format' });
}
function contractFromSource(source, format) {
    const name = format === 'auto' ? detectFormat(source) : format;
    const entry = CONTRACT_FORMATS.find((f) => f.name === name);
    if (!entry)
        throw unknownFormat(String(name));
    return entry.read(source);
}
/** Parse contract text (YAML or JSON) named `file` in the given format. */
function parseContract(file, text, format = 'auto') {
    if (!SCHEMA_FORMATS.includes(format))
        throw unknownFormat(format);
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
        file: true,
        schema: schemas/* string */.YjP({ error: 'data is required: the data file or glob to validate' }).min(1, 'data is required: the data file or glob to validate'),
        description: 'Data file to validate (CSV, TSV, JSON Lines, JSON, Parquet, optionally .gz), or a glob: every matching file is validated.',
        examples: ['data/train.csv', 'data/*.parquet'],
    },
    schema: {
        file: true,
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
        file: true,
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

;// CONCATENATED MODULE: ./src/gates/validate-schema/duplicates.ts

/**
 * 1 for every present cell whose value occurs more than once (all
 * occurrences), or null when no value repeats. Numbers: a sorted copy
 * (native typed-array sort) finds the repeated values, so a column of
 * distinct ids costs one sort and no hash map of a million boxed doubles.
 * Text: one pass over a Map from value to its first row.
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
/**
 * Keeps only the repeats of the flagged rows (the second occurrence of each
 * key onward), when `repeats` is `later`; `keyOf` gives a flagged row's key.
 */
function keepRepeats(flags, repeats, keyOf) {
    if (repeats !== 'later')
        return;
    const seen = new Set();
    for (let i = 0; i < flags.length; i++) {
        if (flags[i] !== 1)
            continue;
        const key = keyOf(i);
        if (!seen.has(key)) {
            seen.add(key);
            flags[i] = 0;
        }
    }
}
/**
 * The key of row i over several columns: each part's text, length-prefixed
 * so that no cell text can make two different keys equal; a missing part is
 * a key part of its own, equal only to another missing part.
 */
function compositeKey(datas, i) {
    let key = '';
    for (const d of datas) {
        if (d.missing[i] === 1)
            key += '-;';
        else {
            const t = d.text(i);
            key += `${t.length}:${t};`;
        }
    }
    return key;
}
/**
 * 1 for every row (among those `include` accepts) whose key over `datas`
 * occurs more than once, all occurrences; null when none repeats.
 */
function repeatedKeyFlags(datas, n, include) {
    let flags = null;
    const first = new Map();
    for (let i = 0; i < n; i++) {
        if (!include(i))
            continue;
        const key = compositeKey(datas, i);
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
    return flags;
}

// EXTERNAL MODULE: ./src/core/table.ts
var core_table = __webpack_require__(70859);
;// CONCATENATED MODULE: ./src/gates/validate-schema/row-view.ts
/**
 * The rows of a table a rule looks at: all of them, or those a row condition
 * (Great Expectations' `row_condition`) selects, copied into a table of
 * their own so that every rule runs unchanged on it; `rows` maps the view's
 * rows back to the table's, for the row numbers and lines in the report.
 */


function wholeTable(table) {
    return { table, byName: new Map(table.columns.map((c) => [c.name, c])), rows: null };
}
/** The view of the rows `condition` selects, or a message when it names a column the table lacks. */
function conditionView(table, condition, missingValues) {
    const names = new Set(table.columns.map((c) => c.name));
    const absent = conditionColumns(condition.expr).filter((c) => !names.has(c));
    if (absent.length)
        return `The row condition ${condition.text} names ${absent.map((c) => `"${c}"`).join(', ')}, which ${absent.length === 1 ? 'is' : 'are'} not in the data.`;
    const selected = selectRows(condition, table, missingValues);
    let count = 0;
    for (let i = 0; i < selected.length; i++)
        count += selected[i];
    const rows = new Int32Array(count);
    for (let i = 0, k = 0; i < selected.length; i++)
        if (selected[i] === 1)
            rows[k++] = i;
    const columns = table.columns.map((c) => pick(c, rows));
    const sub = {
        source: table.source,
        columns,
        rowCount: count,
        rowLines: table.rowLines ? Int32Array.from(rows, (r) => table.rowLines[r]) : null,
    };
    return { table: sub, byName: new Map(columns.map((c) => [c.name, c])), rows };
}
function pick(c, rows) {
    if (c.kind === 'number') {
        const out = {
            kind: 'number',
            name: c.name,
            values: Float64Array.from(rows, (r) => c.values[r]),
            missing: c.missing ? Uint8Array.from(rows, (r) => c.missing[r]) : null,
        };
        if (c.text)
            out.text = Array.from(rows, (r) => c.text[r]);
        return out;
    }
    if (c.dictionary)
        return (0,core_table/* dictionaryColumn */.jk)(c.name, Int32Array.from(rows, (r) => c.dictionary.codes[r]), c.dictionary.labels);
    return { kind: 'string', name: c.name, values: Array.from(rows, (r) => c.values[r]) };
}

;// CONCATENATED MODULE: ./src/gates/validate-schema/rule-result.ts
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
/** The result of a rule that counts offending cells among `denominator`. */
function countResult(o, denominator, rule, what) {
    const ok = holds(o.count, denominator, rule.mostly);
    const share = o.count > 0 && denominator > 0 ? ` (${((o.count / denominator) * 100).toFixed(2)}%)` : '';
    const message = `${o.count} of ${denominator} ${what}${share}.`;
    return { ok, value: o.count, message, offenders: o };
}
function clip(s) {
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

;// CONCATENATED MODULE: ./src/gates/validate-schema/table-rules.ts




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
            if (rule.columns === null)
                return { ok: true, value: 0, message: 'No column list to compare with: the rule holds vacuously, as in Great Expectations.' };
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
        case 'primary-key':
            return primaryKey(rule, table, contract, byName, limit);
        case 'unique-together':
            return uniqueTogether(rule, table, contract, byName, limit);
        case 'unsupported':
            return { ok: false, value: null, message: `${rule.name} is not supported by modelgate and was not checked: ${rule.detail}` };
    }
}
/** The key columns' data, or the result naming the key columns the data lacks. */
function keyData(columns, table, contract, byName) {
    const absent = columns.filter((c) => !byName.has(c));
    if (absent.length)
        return { ok: false, value: null, message: `Key columns missing from the data: ${absent.join(', ')}.`, examples: absent };
    return columns.map((c) => columnData(byName.get(c), table.rowCount, missingValuesOf(contract, c)));
}
function missingValuesOf(contract, name) {
    return contract.columns.find((c) => c.name === name)?.missingValues ?? contract.missingValues;
}
function primaryKey(rule, table, contract, byName, limit) {
    const datas = keyData(rule.columns, table, contract, byName);
    if (!Array.isArray(datas))
        return datas;
    const n = table.rowCount;
    const o = new Offenders(limit);
    const allParts = rule.missing === 'all-parts';
    const missingParts = (i) => {
        let k = 0;
        for (const d of datas)
            k += d.missing[i];
        return k;
    };
    let flags;
    if (datas.length === 1 && !allParts) {
        // One key column: the unique rule's path (sorted numbers, no per-row key strings).
        const declared = contract.columns.find((c) => c.name === rule.columns[0]);
        const column = byName.get(rule.columns[0]);
        let numeric;
        const getNumeric = () => (numeric ??= numericData(column, datas[0], declared?.type, declared?.booleanValues, declared?.reader));
        flags = duplicateFlags(column, datas[0], declared?.type, getNumeric);
        if (flags)
            keepRepeats(flags, rule.repeats, (i) => (getNumeric().values[i] === getNumeric().values[i] ? getNumeric().values[i] : `text:${datas[0].text(i)}`));
    }
    else {
        // Frictionless compares a partly missing key like any other; modelgate never lets a part be missing.
        flags = repeatedKeyFlags(datas, n, allParts ? (i) => missingParts(i) < datas.length : (i) => missingParts(i) === 0);
        if (flags)
            keepRepeats(flags, rule.repeats, (i) => compositeKey(datas, i));
    }
    for (let i = 0; i < n; i++) {
        const m = missingParts(i);
        const missingOffends = allParts ? m === datas.length : m > 0;
        if (missingOffends || (flags !== null && flags[i] === 1))
            o.add(i);
    }
    const what = allParts ? 'rows have an all-missing or repeated key' : 'rows have a missing or repeated key';
    const result = countResult(o, n, rule, rule.repeats === 'later' ? what.replace('repeated key', 'key repeating an earlier row') : what);
    result.examples = o.first.map((i) => clip(datas.map((d) => d.text(i)).join(', ')));
    return result;
}
/**
 * Great Expectations' expect_compound_columns_to_be_unique: rows skipped by
 * `skip` (ignore_row_if) are out of the count and of `mostly`'s denominator;
 * every row of a repeated combination offends, missing parts compared like values.
 */
function uniqueTogether(rule, table, contract, byName, limit) {
    const datas = keyData(rule.columns, table, contract, byName);
    if (!Array.isArray(datas))
        return datas;
    const n = table.rowCount;
    const include = (i) => {
        let m = 0;
        for (const d of datas)
            m += d.missing[i];
        return rule.skip === 'never' || (rule.skip === 'all-missing' ? m < datas.length : m === 0);
    };
    let considered = 0;
    for (let i = 0; i < n; i++)
        if (include(i))
            considered++;
    const flags = repeatedKeyFlags(datas, n, include);
    const o = new Offenders(limit);
    if (flags)
        for (let i = 0; i < n; i++)
            if (flags[i] === 1)
                o.add(i);
    const result = countResult(o, considered, rule, 'rows repeat a combination found in another row');
    result.examples = o.first.map((i) => clip(datas.map((d) => (d.missing[i] === 1 ? '(missing)' : d.text(i))).join(', ')));
    return result;
}

;// CONCATENATED MODULE: ./src/gates/validate-schema/evaluate.ts








function verdictOf(ok, severity) {
    return ok ? 'pass' : severity === 'error' ? 'fail' : 'warn';
}
function ruleId(column, kind, used) {
    const base = column === null ? `table.${kind}` : `column.${column}.${kind}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
}
function evaluateContract(table, contract, options) {
    const checks = [];
    const used = new Map();
    const limit = Math.max(0, options.maxExamples);
    const whole = wholeTable(table);
    const dataNames = table.columns.map((c) => c.name);
    const views = new Map();
    const columnViews = new Map();
    const viewOf = (rule) => {
        if (!rule.where)
            return whole;
        const key = `${rule.where.parser}\u0000${rule.where.text}`;
        let v = views.get(key);
        if (v === undefined) {
            v = conditionView(table, rule.where, contract.missingValues);
            views.set(key, v);
        }
        return v;
    };
    const columnIn = (view, col) => {
        let byColumn = columnViews.get(view);
        if (!byColumn)
            columnViews.set(view, (byColumn = new Map()));
        let cv = byColumn.get(col.name);
        if (!cv) {
            const column = view.byName.get(col.name);
            const data = columnData(column, view.table.rowCount, col.missingValues ?? contract.missingValues);
            let numeric;
            cv = { column, data, numeric: () => (numeric ??= numericData(column, data, col.type, col.booleanValues, col.reader)) };
            byColumn.set(col.name, cv);
        }
        return cv;
    };
    const push = (id, subject, name, threshold, severity, result, view, text) => {
        const first = result.offenders?.first ?? [];
        const rows = view.rows ? first.map((i) => view.rows[i]) : first;
        const check = {
            id,
            subject,
            name,
            value: result.value,
            threshold,
            verdict: verdictOf(result.ok, severity),
            severity,
            message: result.message,
            file: table.source,
            rows: rows.map((i) => i + 1),
            examples: result.examples ?? (text ? first.map((i) => clip(text(i))) : []),
        };
        if (table.rowLines && rows.length)
            check.lines = rows.map((i) => table.rowLines[i]);
        checks.push(check);
    };
    for (const col of contract.columns) {
        if (!whole.byName.has(col.name)) {
            const present = col.rules.find((r) => r.kind === 'present');
            if (present && !col.optional) {
                const near = (0,suggest/* closeMatches */.KA)(col.name, dataNames);
                // Like every rule, the value counts what offends: here, the one missing column.
                push(ruleId(col.name, 'present', used), col.name, RULE_NAMES.present, describeRule(present), present.severity, { ok: false, value: 1, message: `Column "${col.name}" is missing from the data${near.length ? `; close matches: ${near.join(', ')}` : ''}.`, examples: near }, whole);
            }
            continue;
        }
        for (const rule of col.rules) {
            const id = ruleId(col.name, rule.kind, used);
            const view = viewOf(rule);
            if (typeof view === 'string') {
                push(id, col.name, RULE_NAMES[rule.kind], describeRule(rule), rule.severity, { ok: false, value: null, message: view }, whole);
                continue;
            }
            const cv = columnIn(view, col);
            const result = evaluateColumnRule(rule, col, cv, dataNames, limit);
            push(id, col.name, RULE_NAMES[rule.kind], describeRule(rule), rule.severity, result, view, cv.data.text);
        }
    }
    for (const rule of contract.table) {
        const unsupported = rule.kind === 'unsupported';
        const id = ruleId(null, unsupported ? `unsupported.${rule.name}` : rule.kind, used);
        const name = unsupported ? `unsupported: ${rule.name}` : RULE_NAMES[rule.kind];
        // An unsupported rule warns whatever its severity: it was not checked, it did not fail.
        const severity = unsupported ? 'warn' : rule.severity;
        const view = viewOf(rule);
        const result = typeof view === 'string' ? { ok: false, value: null, message: view } : evaluateTableRule(rule, view.table, contract, view.byName, limit);
        push(id, null, name, describeRule(rule), severity, result, typeof view === 'string' ? whole : view);
    }
    if (options.shortRows && options.shortRows.length > 0)
        checks.push(shortRowsCheck(table, options.shortRows, limit, used));
    return checks;
}
/**
 * Records with fewer fields than the header: their missing cells are read
 * as missing, and the rows are named here (Frictionless' missing-cell).
 */
function shortRowsCheck(table, short, limit, used) {
    const width = table.columns.length;
    const first = short.slice(0, limit);
    const check = {
        id: ruleId(null, 'missing-cells', used),
        subject: null,
        name: 'missing cells',
        value: short.length,
        threshold: `every row has ${width} fields`,
        verdict: 'fail',
        severity: 'error',
        message: `${short.length} of ${table.rowCount} rows have fewer fields than the header (${width}); their missing cells were read as missing.`,
        file: table.source,
        rows: first.map((s) => s.row + 1),
        examples: first.map((s) => `${s.fields} of ${width} fields`),
    };
    if (table.rowLines)
        check.lines = first.map((s) => table.rowLines[s.row]);
    return check;
}
/** A bound as a number: read like the column's cells (its own reader, or its type). */
function comparable(rule, col) {
    if (typeof rule.value === 'number')
        return rule.value;
    if (col.reader)
        return col.reader.read(rule.value);
    return col.type === 'datetime' ? parseDatetime(rule.value) : parseNumber(rule.value);
}
function evaluateColumnRule(rule, col, cv, dataNames, limit) {
    const { column, data } = cv;
    const n = data.rowCount;
    const present = n - data.missingCount;
    const missing = data.missing;
    const o = new Offenders(limit);
    switch (rule.kind) {
        case 'present': {
            // Great Expectations' column_index: the column must be at that place.
            if (rule.position !== undefined && dataNames[rule.position] !== col.name) {
                const at = dataNames.indexOf(col.name);
                return { ok: false, value: 1, message: `Column "${col.name}" is at position ${at}, not ${rule.position} (0-based).`, examples: [] };
            }
            return { ok: true, value: 0, message: 'Column is present.' };
        }
        case 'type': {
            if ((rule.type === 'string' || rule.type === 'category') && col.reader === undefined)
                return { ok: true, value: 0, message: `Every cell is a ${rule.type}.` };
            const num = cv.numeric();
            if (num.malformedCount > 0)
                scanFlags(num.malformed, n, o);
            const what = col.reader ? col.reader.describe : rule.type === 'integer' ? 'an integer' : `a ${rule.type}`;
            return countResult(o, present, rule, `present cells are not ${col.reader ? `of type ${what}` : what}`);
        }
        case 'value-type': {
            if (rule.kinds === null)
                return { ok: true, value: 0, message: 'No type given: the rule holds vacuously, as in Great Expectations.' };
            scanValueKinds(column, data, rule.kinds, o);
            return countResult(o, present, rule, `present cells are not of type ${rule.written.join(' or ')}`);
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
            const bound = comparable(rule, col);
            const v = cv.numeric().values;
            const isMin = rule.kind === 'min';
            // Malformed cells are the type rule's business when a type is declared; without one they cannot satisfy a numeric bound.
            const nanOffends = col.type === undefined;
            if (isMin)
                scanBelow(v, missing, n, bound, rule.exclusive === true, nanOffends, o);
            else
                scanAbove(v, missing, n, bound, rule.exclusive === true, nanOffends, o);
            const result = countResult(o, present, rule, isMin ? `values are below ${rule.value}` : `values are above ${rule.value}`);
            if (rule.strictKinds && typeof rule.value === 'number') {
                const mismatched = countNaN(v, missing, n);
                if (mismatched > 0) {
                    result.ok = false;
                    result.message += ` ${mismatched} of them are not numbers and cannot be compared with a number (Great Expectations raises a TypeError), so the rule fails whatever mostly says.`;
                }
            }
            return result;
        }
        case 'values': {
            // A number column read without its text ("36" in a category column) compares by value when every allowed value is a number.
            const byValue = isNumericType(col.type) ||
                (column.kind === 'number' && column.text === undefined && rule.values.every((x) => typeof x === 'number' || !Number.isNaN(parseNumber(String(x))))) ||
                (col.type === undefined && column.kind === 'number' && rule.values.every((x) => typeof x === 'number'));
            if (byValue) {
                const allowed = new Set();
                const asBoolean = col.booleanValues ? (s) => (col.booleanValues.true.includes(s) ? 1 : col.booleanValues.false.includes(s) ? 0 : NaN) : numericBoolean;
                for (const a of rule.values) {
                    const x = typeof a === 'number'
                        ? a
                        : typeof a === 'boolean'
                            ? a
                                ? 1
                                : 0
                            : col.reader
                                ? col.reader.read(a)
                                : col.type === 'datetime'
                                    ? parseDatetime(a)
                                    : col.type === 'boolean'
                                        ? asBoolean(a)
                                        : parseNumber(a);
                    if (!Number.isNaN(x))
                        allowed.add(x);
                }
                scanNumberSet(cv.numeric().values, missing, n, allowed, o);
            }
            else {
                const allowedText = new Set(rule.values.map(String));
                scanText(data, o, (t) => !allowedText.has(t));
            }
            return countResult(o, present, rule, 'values are outside the allowed set');
        }
        case 'pattern': {
            const re = compilePattern(rule.pattern, rule.whole ? 'whole' : 'search');
            scanText(data, o, (t) => !re.test(t));
            return countResult(o, present, rule, `values do not match /${rule.pattern}/${rule.whole ? ' (whole value)' : ''}`);
        }
        case 'min-length':
        case 'max-length': {
            const isMin = rule.kind === 'min-length';
            if (rule.textOnly && column.kind === 'number' && present > 0) {
                scanFlags(missing, n, o, 0);
                return { ok: false, value: o.count, message: `The column holds numbers, which have no length (Great Expectations raises on len() of a number); ${present} present cells.`, offenders: o };
            }
            const limitValue = rule.value;
            const ex = rule.exclusive === true;
            scanText(data, o, isMin ? (t) => (ex ? codePointLength(t) <= limitValue : codePointLength(t) < limitValue) : (t) => (ex ? codePointLength(t) >= limitValue : codePointLength(t) > limitValue));
            const what = isMin ? `values are shorter than ${ex ? 'or as long as ' : ''}${rule.value}` : `values are longer than ${ex ? 'or as long as ' : ''}${rule.value}`;
            return countResult(o, present, rule, what);
        }
        case 'unique': {
            const flags = duplicateFlags(column, data, col.type, cv.numeric);
            if (flags !== null) {
                const numberKeys = column.kind === 'number' || isNumericType(col.type);
                keepRepeats(flags, rule.repeats, (i) => {
                    const x = numberKeys ? cv.numeric().values[i] : NaN;
                    return x === x ? x : `text:${data.text(i)}`;
                });
                scanFlags(flags, n, o);
            }
            return countResult(o, present, rule, rule.repeats === 'later' ? 'rows repeat the value of an earlier row' : 'rows share their value with another row');
        }
        case 'mean': {
            // A column of true/false words is booleans to pandas: its mean is the share of true.
            const values = (col.type === undefined && booleanColumnValues(column, data)) || cv.numeric().values;
            const { sum, count } = sumPresent(values, n);
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
function scanFlags(flags, n, o, flagged = 1) {
    for (let i = 0; i < n; i++)
        if (flags[i] === flagged)
            o.add(i);
}
function countNaN(v, missing, n) {
    let k = 0;
    for (let i = 0; i < n; i++)
        if (missing[i] === 0 && v[i] !== v[i])
            k++;
    return k;
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
/**
 * Present cells whose text offends. A dictionary-encoded column is judged
 * once per distinct value (a pattern need not run a million times on four
 * labels); other string columns are read straight from their array.
 */
function scanText(data, o, offends) {
    const n = data.rowCount;
    const missing = data.missing;
    if (data.dictionary !== undefined) {
        const { codes, labels } = data.dictionary;
        const bad = Uint8Array.from(labels, (l) => (offends(l) ? 1 : 0));
        for (let i = 0; i < n; i++)
            if (missing[i] === 0 && bad[codes[i]] === 1)
                o.add(i);
        return;
    }
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
/**
 * Cells that are none of `kinds`, as pandas holds a file's column: a number
 * column is int64 (all whole) or float64, a text column of true/false words
 * is bool, any other text column is object, its cells str (ISO dates and
 * date-times are also datetime64, or Timestamp with an offset, as a suite's
 * datasets are typed).
 */
function scanValueKinds(column, data, kinds, o) {
    const n = data.rowCount;
    const missing = data.missing;
    const has = (k) => kinds.includes(k);
    if (column.kind === 'number') {
        const v = column.values;
        let whole = true;
        for (let i = 0; i < n; i++)
            if (missing[i] === 0 && !Number.isInteger(v[i]))
                whole = false;
        // A column's dtype is one: int64 when every value is whole, float64 otherwise.
        const ok = has('float') || (whole && has('integer'));
        if (!ok)
            scanFlags(missing, n, o, 0);
        return;
    }
    const booleans = booleanColumnValues(column, data) !== null;
    scanText(data, o, (t) => {
        if (booleans)
            return !has('boolean');
        if (has('text') || has('object'))
            return false;
        if (has('datetime') || has('datetime-tz') || has('datetime-any')) {
            if (!Number.isNaN(parseDatetime(t))) {
                const offset = /(?:Z|[+-]\d{2}:?\d{2})$/.test(t.trim());
                return !(has('datetime-any') || (offset ? has('datetime-tz') : has('datetime')));
            }
        }
        return true;
    });
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

;// CONCATENATED MODULE: ./src/gates/validate-schema/infer.ts
/**
 * Contract inference in the spirit of TFDV's infer_schema: from one data
 * file, propose a modelgate contract that the same file satisfies — types,
 * nullability, observed min/max (numbers and datetimes), categories for columns with few distinct
 * values, and uniqueness of identifier-like columns.
 */


const infer_BOOLEAN_WORDS = new Set(['true', 'false']);
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
            if (allBoolean && !infer_BOOLEAN_WORDS.has(v.toLowerCase()))
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

// EXTERNAL MODULE: ./src/render/findings.ts
var findings = __webpack_require__(62752);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
// EXTERNAL MODULE: ./src/render/numbers.ts
var numbers = __webpack_require__(45714);
;// CONCATENATED MODULE: ./src/gates/validate-schema/render.ts



// GitHub cuts comments at 65,536 characters: long lists stop here and point to the JSON report.
const MAX_FAILING_ROWS = 100;
const MAX_PASSING_ROWS = 200;
function render_clip(s, max = 80) {
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
function valueCell(c) {
    if (typeof c.value === 'number')
        return (0,markdown/* num */.bu)(c.value);
    return c.value === null ? '–' : (0,markdown/* text */.Qq)(c.value);
}
/** Failing and warning rules grouped by the rows and values they flag (a rule without rows stands alone). */
function problemsOf(checks) {
    const groups = new Map();
    for (const c of checks) {
        if (c.verdict === 'pass')
            continue;
        const key = c.rows.length ? `${c.file}\u0000${c.rows.join(',')}\u0000${[...new Set(c.examples)].join('\u0001')}` : `${c.file}\u0000${c.id}`;
        const list = groups.get(key);
        if (list)
            list.push(c);
        else
            groups.set(key, [c]);
    }
    const problems = [...groups.values()].map((list) => ({ checks: list, verdict: (0,findings/* worstOf */.hm)(list.map((c) => c.verdict)) }));
    return (0,findings/* byVerdict */.$$)(problems, (p) => p.verdict);
}
function ruleName(c) {
    return c.subject !== null && c.id.includes(`.${c.subject}.`) ? c.id.slice(c.id.lastIndexOf('.') + 1) : c.id.replace(/^table\./, '');
}
function rowsCell(c) {
    if (!c.rows.length)
        return '–';
    const more = typeof c.value === 'number' && c.value > c.rows.length ? ', …' : '';
    const lines = c.lines?.length ? ` (line${c.lines.length > 1 ? 's' : ''} ${(0,markdown/* text */.Qq)((0,numbers/* rowRanges */.Nw)(c.lines, 8))}${more})` : '';
    return `${(0,markdown/* text */.Qq)((0,numbers/* rowRanges */.Nw)(c.rows, 8))}${more}${lines}`;
}
function examples(c) {
    const shown = [...new Set(c.examples)].slice(0, 3);
    return shown.map((e) => (e === '' ? '(empty)' : (0,markdown/* code */.aY)(render_clip(e, 40)))).join(' ');
}
function problemRow(p, multiFile) {
    const first = p.checks[0];
    const subject = p.checks.find((c) => c.subject !== null)?.subject ?? null;
    return [
        (0,markdown/* icon */.Kk)(p.verdict),
        subject === null ? 'table' : (0,markdown/* code */.aY)(subject),
        p.checks.map((c) => (0,markdown/* code */.aY)(ruleName(c))).join(', '),
        (0,markdown/* text */.Qq)(first.message ?? first.name),
        rowsCell(first),
        examples(first) || '–',
        ...(multiFile ? [(0,markdown/* code */.aY)(first.file)] : []),
    ];
}
function renderMarkdown(input) {
    const out = [];
    const problems = problemsOf(input.checks);
    const good = input.checks.filter((c) => c.verdict === 'pass');
    const fileCol = input.multiFile;
    if (input.inferredTo)
        out.push(`Inferred a contract from the data and wrote it to ${(0,markdown/* code */.aY)(input.inferredTo)}.`);
    if (problems.length) {
        const header = ['', 'Column', 'Rule', 'Problem', 'Rows', 'Values', ...(fileCol ? ['File'] : [])];
        const rows = problems.slice(0, MAX_FAILING_ROWS).map((p) => problemRow(p, fileCol));
        out.push((0,findings/* findingsTable */.f9)(header, rows, { more: (n) => `${(0,findings/* plural */.LS)(n, 'more problem')}` }));
        if (problems.length > MAX_FAILING_ROWS)
            out.push(`… and ${problems.length - MAX_FAILING_ROWS} more problems in the JSON report.`);
    }
    if (good.length) {
        const body = good
            .slice(0, MAX_PASSING_ROWS)
            .map((c) => [(0,markdown/* code */.aY)(c.id), (0,markdown/* text */.Qq)(render_clip(String(c.threshold ?? ''))), valueCell(c), ...(fileCol ? [(0,markdown/* code */.aY)(c.file)] : [])]);
        const more = good.length > MAX_PASSING_ROWS ? `\n\n… and ${good.length - MAX_PASSING_ROWS} more in the JSON report.` : '';
        const title = problems.length ? `${(0,findings/* plural */.LS)(good.length, 'passing rule')}` : `All ${(0,findings/* plural */.LS)(good.length, 'rule')}`;
        out.push((0,markdown/* details */.zH)(title, (0,markdown/* table */.tp)(['Rule', 'Expected', 'Value', ...(fileCol ? ['File'] : [])], body, ['l', 'l', 'r']) + more));
    }
    return out.join('\n\n');
}
/** What was checked, in one line: files with their sizes, and the contract. */
function compared(input) {
    const files = input.files.map((f) => `${(0,markdown/* code */.aY)(f.file)} (${(0,findings/* plural */.LS)(f.rows, 'row')}, ${(0,findings/* plural */.LS)(f.columns, 'column')})`);
    const shownFiles = files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more files` : files.join(', ');
    if (input.contract)
        return `${shownFiles || 'no file'} against ${(0,markdown/* code */.aY)(input.contract.path)} (${(0,markdown/* text */.Qq)(input.contract.format)} contract).`;
    return `${shownFiles}.`;
}
/** The first three lines: the first problem, what to fix, and what was checked. */
function renderHeadline(input) {
    const problems = problemsOf(input.checks);
    const rows = input.files.reduce((s, f) => s + f.rows, 0);
    const contractFile = input.contract ? (0,markdown/* code */.aY)(input.contract.path) : 'the contract';
    if (!problems.length) {
        if (!input.checks.length && input.inferredTo) {
            return {
                reason: `Inferred a contract from ${(0,findings/* plural */.LS)(rows, 'row')} into ${(0,markdown/* code */.aY)(input.inferredTo)}.`,
                next: `review ${(0,markdown/* code */.aY)(input.inferredTo)} and commit it as the data contract.`,
                compared: compared(input),
            };
        }
        return { reason: `All ${(0,findings/* plural */.LS)(input.checks.length, 'rule')} hold over ${(0,findings/* plural */.LS)(rows, 'row')}.`, next: 'nothing to do.', compared: compared(input) };
    }
    const first = problems[0];
    const c = first.checks[0];
    const where = c.rows.length ? ` in row${c.rows.length > 1 ? 's' : ''} ${(0,markdown/* text */.Qq)((0,numbers/* rowRanges */.Nw)(c.rows, 3))}` : '';
    const subject = c.subject !== null ? (0,markdown/* code */.aY)(c.subject) : 'the table';
    const message = (0,markdown/* text */.Qq)((c.message ?? c.name).replace(/\.$/, ''));
    const rest = problems.length > 1 ? `; ${(0,findings/* plural */.LS)(problems.length - 1, 'more problem')} below` : '';
    const reason = `${subject}${where}: ${message}${rest}.`;
    const failing = problems.filter((p) => p.verdict === 'fail');
    let next;
    if (!failing.length) {
        next = `review the warnings below; they do not fail the job${input.contract ? `, or adjust ${contractFile}` : ''}.`;
    }
    else {
        const files = new Set(failing.flatMap((p) => p.checks.map((x) => x.file)));
        const allRows = [...new Set(failing.flatMap((p) => (p.checks[0].rows.length ? p.checks[0].rows : [])))].sort((a, b) => a - b);
        const withoutRows = failing.filter((p) => !p.checks[0].rows.length).length;
        if (allRows.length && files.size === 1) {
            const more = withoutRows ? ` and ${(0,findings/* plural */.LS)(withoutRows, 'rule')} without rows` : '';
            next = `fix row${allRows.length > 1 ? 's' : ''} ${(0,markdown/* text */.Qq)((0,numbers/* rowRanges */.Nw)(allRows))} of ${(0,markdown/* code */.aY)([...files][0])}${more}, or change ${contractFile}.`;
        }
        else if (allRows.length) {
            next = `fix the rows listed below, or change ${contractFile}.`;
        }
        else {
            next = `fix the data (see below), or change ${contractFile}.`;
        }
    }
    return { reason, next, compared: compared(input) };
}

;// CONCATENATED MODULE: ./src/gates/validate-schema/report-sections.ts
/**
 * validate-schema's own sections of the JSON report, beside the common
 * fields (see core/report.ts). Published in docs/schemas/report.schema.json
 * for reports of this gate; written by gate.ts through makeReport.
 */


const fileSummary = schemas/* object */.Ikc({
    file: schemas/* string */.YjP().describe('The data file as matched by the `data` path or glob'),
    rows: schemas/* number */.aig().int().min(0).describe('Data rows read from the file'),
    columns: schemas/* number */.aig().int().min(0).describe('Columns in the file (for a JSON Schema contract without a baseline: the distinct field names over all records)'),
})
    .strict();
const columnProfile = schemas/* object */.Ikc({
    file: schemas/* string */.YjP().optional().describe('The data file, when several were validated'),
    column: schemas/* string */.YjP(),
    rows: schemas/* number */.aig().int().min(0),
    missing: schemas/* number */.aig().int().min(0).describe("Missing cells (the contract's missing values included)"),
    min: schemas/* number */.aig().optional().describe("A number column's smallest present finite value"),
    max: schemas/* number */.aig().optional().describe("A number column's largest present finite value"),
    allowedMin: schemas/* number */.aig().optional().describe("The contract's numeric minimum"),
    allowedMax: schemas/* number */.aig().optional().describe("The contract's numeric maximum"),
    allowedMissingShare: schemas/* number */.aig().optional().describe('The largest share of missing cells the contract allows (0 for not-null)'),
})
    .strict();
const reportSections = schemas/* object */.Ikc({
    files: schemas/* array */.YOg(fileSummary).describe('Each data file validated, in the order read, with its row and column counts.'),
    contract: schemas/* object */.Ikc({
        path: schemas/* string */.YjP().describe('The contract file as given in `schema`'),
        format: schemas/* enum */.k5n(CONTRACT_FORMAT_NAMES).describe('The format the contract was read as'),
    })
        .strict()
        .optional()
        .describe('The contract the data was checked against; absent when the gate only inferred one.'),
    inferred: schemas/* string */.YjP().optional().describe('Where the inferred contract was written (the `infer-to` input); absent without `infer-to`.'),
    charts: schemas/* object */.Ikc({ columns: schemas/* array */.YOg(columnProfile).describe('Per contract column found in the data (at most 200 a file): missing cells and value range beside the contract') })
        .strict()
        .optional()
        .describe('Summaries the HTML report draws; never rows.'),
});

;// CONCATENATED MODULE: ./src/gates/validate-schema/column-profile.ts
/**
 * Per-column summaries for the visual report: for each contract column found
 * in a data file, its missing cells (as the contract's missing values
 * define them) and, for a number column, its observed range, beside what the
 * contract allows (min/max, not-null or max-null-fraction). A compact
 * `charts` section of the JSON report; never rows.
 */


/** Columns summarised per file at most (a page stays small whatever the contract). */
const MAX_PROFILED_COLUMNS = 200;
function columnProfiles(table, contract, file) {
    const out = [];
    for (const col of contract.columns) {
        if (out.length >= MAX_PROFILED_COLUMNS)
            break;
        const column = (0,core_table/* findColumn */.kn)(table, col.name);
        if (!column)
            continue;
        const data = columnData(column, table.rowCount, col.missingValues ?? contract.missingValues);
        const profile = { ...(file !== undefined ? { file } : {}), column: col.name, rows: table.rowCount, missing: data.missingCount };
        if (column.kind === 'number') {
            let min = Infinity;
            let max = -Infinity;
            const v = column.values;
            for (let i = 0; i < v.length; i++) {
                if (data.missing[i] || !Number.isFinite(v[i]))
                    continue;
                if (v[i] < min)
                    min = v[i];
                if (v[i] > max)
                    max = v[i];
            }
            if (min <= max)
                Object.assign(profile, { min, max });
        }
        for (const rule of col.rules) {
            if (rule.where)
                continue;
            if (rule.kind === 'min' && typeof rule.value === 'number')
                profile.allowedMin = rule.value;
            if (rule.kind === 'max' && typeof rule.value === 'number')
                profile.allowedMax = rule.value;
            if (rule.kind === 'not-null')
                profile.allowedMissingShare = 0;
            if (rule.kind === 'max-null-fraction')
                profile.allowedMissingShare = rule.value;
        }
        out.push(profile);
    }
    return out;
}

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
        // A field read by its own reader (a Frictionless format, decimalChar, …) reads the text as written.
        if (c.reader?.needsText) {
            names.add(c.name);
            continue;
        }
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
    const files = await (0,readers/* expandPaths */.pR)(inputs.data, ctx.cwd, ctx.readLimits);
    const loaded = inputs.schema ? await loadContract(inputs.schema, ctx.cwd, inputs['schema-format']) : undefined;
    const contract = loaded?.kind === 'table' ? loaded.contract : undefined;
    const maxExamples = inputs['max-examples'];
    const textColumns = columnsNeedingText(contract);
    const tables = new Map();
    // Short CSV records are read with their missing cells empty and reported as a check, not a refused file.
    const shortRows = new Map();
    const read = async (file) => {
        let t = tables.get(file);
        if (!t) {
            const readFile = async (keepText) => {
                const short = [];
                // Only a table contract reports them; inferring or a record schema still refuses a ragged file.
                const shortRow = contract ? (row, fields) => short.push({ row, fields }) : undefined;
                const table = await (0,readers/* readTable */.xz)(file, { ...ctx.readLimits, cwd: ctx.cwd, keepText, progress: (p) => ctx.progress(p), shortRow });
                shortRows.set(file, short);
                return table;
            };
            t = await readFile(false);
            if (t.columns.some((c) => c.kind === 'number' && textColumns.has(c.name) && c.text === undefined)) {
                ctx.log.debug(`validate-schema: re-reading ${file} to keep the text of numeric-looking text columns`);
                t = await readFile(true);
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
    const baseline = inputs.baseline ? await (0,readers/* readTable */.xz)(inputs.baseline, { ...ctx.readLimits, cwd: ctx.cwd, progress: (p) => ctx.progress(p) }) : undefined;
    const checks = [];
    const fileSummaries = [];
    // Per-column summaries for the visual report (column-profile.ts).
    const profiles = [];
    for (const file of files) {
        let fileChecks = [];
        let rows;
        let columns;
        if (loaded?.kind === 'records') {
            const textCells = /\.(csv|tsv|txt)(\.gz)?$/i.test(file);
            const result = await validateRecords((0,readers/* readRecords */.T3)(file, { ...ctx.readLimits, cwd: ctx.cwd }), loaded.validator, file, maxExamples, textCells);
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
            if (contract) {
                fileChecks = evaluateContract(table, contract, { maxExamples, shortRows: shortRows.get(file) });
                profiles.push(...columnProfiles(table, contract, files.length > 1 ? file : undefined));
            }
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
            ...(profiles.length ? { charts: { columns: profiles } } : {}),
        },
    });
    const renderInput = { checks, files: fileSummaries, contract: contractInfo, inferredTo: inferTo, multiFile: files.length > 1 };
    return {
        report,
        outputs: { violations: String(violations), rows: String(rows) },
        markdown: renderMarkdown(renderInput),
        headline: renderHeadline(renderInput),
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
