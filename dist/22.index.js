export const id = 22;
export const ids = [22];
export const modules = {

/***/ 71022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pR: () => (/* binding */ expandPaths),
  T3: () => (/* binding */ readRecords),
  xz: () => (/* binding */ readTable)
});

// UNUSED EXPORTS: escapeGlob

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/readers/columns.ts
var columns = __webpack_require__(78387);
// EXTERNAL MODULE: ./src/readers/csv.ts + 4 modules
var csv = __webpack_require__(91536);
// EXTERNAL MODULE: ./src/readers/progress.ts
var readers_progress = __webpack_require__(23425);
// EXTERNAL MODULE: ./src/readers/value-column.ts
var value_column = __webpack_require__(58632);
;// CONCATENATED MODULE: ./src/readers/record-table-builder.ts


class RecordTableBuilder {
    file;
    options;
    withLines;
    columns = new Map();
    seen = new Set();
    wanted;
    lines = [];
    rows = 0;
    constructor(file, options, withLines) {
        this.file = file;
        this.options = options;
        this.withLines = withLines;
        this.wanted = options.columns ? new Set(options.columns) : null;
    }
    add(record, line) {
        const row = this.rows++;
        for (const key in record) {
            if (!Object.prototype.hasOwnProperty.call(record, key))
                continue;
            if (this.wanted && !this.wanted.has(key)) {
                this.seen.add(key);
                continue;
            }
            let cells = this.columns.get(key);
            if (!cells) {
                this.seen.add(key);
                cells = new Array(row).fill(null);
                this.columns.set(key, cells);
            }
            cells.push((0,value_column/* normalizeValue */.tA)(record[key]));
        }
        // Keys this record lacks are missing cells.
        for (const cells of this.columns.values())
            if (cells.length === row)
                cells.push(null);
        if (this.withLines)
            this.lines.push(line);
    }
    finish() {
        if (this.wanted) {
            for (const name of this.options.columns) {
                if (!this.columns.has(name))
                    throw (0,columns/* unknownColumn */.Rn)(name, [...this.seen], this.file);
            }
        }
        const keepText = this.options.keepText === true;
        return {
            source: this.file,
            columns: [...this.columns].map(([name, cells]) => (0,value_column/* valueColumn */.gR)(name, cells, keepText)),
            rowCount: this.rows,
            rowLines: this.withLines ? Int32Array.from(this.lines) : null,
        };
    }
}

// EXTERNAL MODULE: ./src/readers/limits.ts
var limits = __webpack_require__(6450);
// EXTERNAL MODULE: ./src/readers/source.ts + 1 modules
var readers_source = __webpack_require__(53295);
;// CONCATENATED MODULE: ./src/readers/jsonl.ts
/**
 * JSON Lines (one JSON object per line; blank lines skipped), streamed line
 * by line.
 */





const LF = 10;
const CR = 13;
/** What a JSON value is, for messages: "an array", "a string", ... */
function describeJson(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    const type = typeof value;
    return type === 'object' ? 'an object' : type === 'string' ? 'a string' : `a ${type}`;
}
/**
 * JSON.parse's message made into one short line: V8 quotes the whole input in
 * some messages ("Unexpected token '}', "{...}" is not valid JSON"), which
 * for a long record would flood the error line. Returns the message and the
 * offset of the error in the input where V8 gives one.
 */
function jsonParseError(err) {
    const raw = err instanceof Error ? err.message : String(err);
    const at = /at position (\d+)/.exec(raw);
    const message = raw
        .replace(/, ".*" is not valid JSON$/s, '')
        .replace(/ in JSON at position \d+.*$/s, '')
        .replace(/\s+/g, ' ')
        .slice(0, 200);
    return at ? { message, position: Number(at[1]) } : { message };
}
function isBlank(buf, start, end) {
    for (let i = start; i < end; i++) {
        const c = buf[i];
        if (c !== 32 && c !== 9 && c !== 13)
            return false;
    }
    return true;
}
/**
 * Every JSON object of the file with the line it is on. A line cut by the
 * end of a chunk is held in pieces and joined once its end is found, so a
 * long line costs one copy; a line longer than max-record-bytes is an error
 * as soon as that many bytes of it are held.
 */
async function* jsonlObjects(source, reader) {
    const maxRecordBytes = source.limits.maxRecordBytes;
    const tooLong = () => (0,limits/* recordTooLong */.oV)(source.display, line, maxRecordBytes, 'line');
    /** The start of the current line, cut by the ends of chunks. */
    let held = [];
    let heldBytes = 0;
    let line = 1;
    let first = true;
    const parseLine = (buf, start, end, out) => {
        if (first) {
            first = false;
            if (buf[start] === 0xef && buf[start + 1] === 0xbb && buf[start + 2] === 0xbf)
                start += 3;
        }
        if ((buf[end - 1] === CR ? end - 1 : end) - start > maxRecordBytes)
            throw tooLong();
        if (!isBlank(buf, start, end)) {
            let value;
            try {
                value = JSON.parse(buf.toString('utf8', start, end));
            }
            catch (err) {
                throw new errors/* UserError */.yo(`malformed JSON: ${jsonParseError(err).message}`, { file: source.display, line });
            }
            if (value === null || typeof value !== 'object' || Array.isArray(value)) {
                throw new errors/* UserError */.yo(`expected a JSON object on each line, found ${describeJson(value)}`, { file: source.display, line });
            }
            out.push({ record: value, line });
        }
        line++;
    };
    /** The held start of a line and `end` bytes of `chunk`, as one buffer. */
    const takeHeld = (chunk, end) => {
        const whole = Buffer.concat([...held, chunk.subarray(0, end)], heldBytes + end);
        held = [];
        heldBytes = 0;
        return whole;
    };
    try {
        // The chunks are not recycled (the reader is made without `recycle`): held pieces stay valid.
        for await (const chunk of reader.chunks()) {
            const out = [];
            let start = 0;
            let nl = chunk.indexOf(LF);
            if (heldBytes > 0) {
                if (nl < 0) {
                    held.push(chunk);
                    heldBytes += chunk.length;
                    if (heldBytes > maxRecordBytes + 1)
                        throw tooLong(); // + 1: a CR before the LF is not counted
                    continue;
                }
                if (heldBytes + nl > maxRecordBytes + 1)
                    throw tooLong();
                const whole = takeHeld(chunk, nl);
                parseLine(whole, 0, whole.length, out);
                start = nl + 1;
                nl = chunk.indexOf(LF, start);
            }
            for (; nl >= 0; nl = chunk.indexOf(LF, start)) {
                parseLine(chunk, start, nl, out);
                start = nl + 1;
            }
            if (start < chunk.length) {
                held.push(chunk.subarray(start));
                heldBytes = chunk.length - start;
            }
            yield out;
        }
        if (heldBytes > 0) {
            const out = [];
            const whole = takeHeld(Buffer.alloc(0), 0);
            parseLine(whole, 0, whole.length, out);
            yield out;
        }
    }
    catch (err) {
        await (0,readers_source/* explainUtf8 */.BP)(err, source);
    }
}
async function readJsonlTable(source, options) {
    const reader = new readers_source/* ChunkReader */.f7(source, true);
    const progress = new readers_progress/* ProgressReporter */.P(source.display, options.progress);
    const builder = new RecordTableBuilder(source.display, options, true);
    const maxRows = options.maxRows ?? Infinity;
    let any = false;
    read: for await (const batch of jsonlObjects(source, reader)) {
        for (const { record, line } of batch) {
            any = true;
            if (builder.rows >= maxRows)
                break read;
            builder.add(record, line);
        }
        progress.update(builder.rows, reader.bytesRead());
    }
    if (!any)
        throw new errors/* UserError */.yo('empty file: no JSON objects', { file: source.display });
    progress.done(builder.rows, reader.bytesRead());
    return builder.finish();
}

;// CONCATENATED MODULE: ./src/readers/json-array.ts
/**
 * A JSON file holding one array of objects, streamed: a small scanner finds
 * each top-level object's bytes (tracking strings and nesting), and only that
 * object is handed to JSON.parse, so neither the file nor a string of it is
 * ever held whole, and errors can name the line of the object concerned.
 */






const json_array_LF = 10;
const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
function isSpace(c) {
    return c === 32 || c === 9 || c === 10 || c === 13;
}
/** What the JSON value starting with byte c is, for messages. */
function describeStart(c) {
    if (c === OPEN_BRACKET)
        return 'an array';
    if (c === OPEN_BRACE)
        return 'an object';
    if (c === QUOTE)
        return 'a string';
    if (c === 0x74 || c === 0x66)
        return 'a boolean';
    if (c === 0x6e)
        return 'null';
    if (c === 0x2d || (c >= 0x30 && c <= 0x39))
        return 'a number';
    return `"${String.fromCharCode(c)}"`;
}
/** Index of the brace closing the object that opens at `start`, or -1 if buf ends first. */
function objectEnd(buf, start) {
    let depth = 0;
    let inString = false;
    for (let i = start; i < buf.length; i++) {
        const c = buf[i];
        if (inString) {
            if (c === BACKSLASH)
                i++;
            else if (c === QUOTE)
                inString = false;
            continue;
        }
        if (c === QUOTE)
            inString = true;
        else if (c === OPEN_BRACE || c === OPEN_BRACKET)
            depth++;
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
            depth--;
            if (depth === 0)
                return i;
        }
    }
    return -1;
}
/** Line feeds in buf[start, end). The search stays inside the range: past it, a buffer without one would be scanned to its end for every object. */
function countLines(buf, start, end) {
    const range = buf.subarray(start, end);
    let n = 0;
    for (let i = range.indexOf(json_array_LF); i >= 0; i = range.indexOf(json_array_LF, i + 1))
        n++;
    return n;
}
async function* jsonArrayObjects(source, reader) {
    const file = source.display;
    const maxRecordBytes = source.limits.maxRecordBytes;
    let state = 'before';
    let afterElement = false;
    let afterComma = false;
    let line = 1;
    /** The start of an object cut by the end of the last buffer. */
    let pending = null;
    /** Chunks read while waiting for `wanted` bytes (an object longer than a buffer), joined once. */
    let held = [];
    let heldBytes = 0;
    let wanted = 0;
    let first = true;
    const chunks = reader.chunks()[Symbol.asyncIterator]();
    try {
        for (;;) {
            const next = await chunks.next();
            const final = next.done === true;
            if (!final) {
                held.push(next.value);
                heldBytes += next.value.length;
            }
            if (!final && (pending?.length ?? 0) + heldBytes < wanted)
                continue;
            let buf = !pending && held.length === 1 ? held[0] : Buffer.concat(pending ? [pending, ...held] : held, (pending?.length ?? 0) + heldBytes);
            held = [];
            heldBytes = 0;
            if (first) {
                if (buf.length < 3 && !final) {
                    pending = buf;
                    continue;
                }
                if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                    buf = buf.subarray(3);
                first = false;
            }
            const out = [];
            let p = 0;
            let carry = -1;
            while (p < buf.length) {
                const c = buf[p];
                if (isSpace(c)) {
                    if (c === json_array_LF)
                        line++;
                    p++;
                    continue;
                }
                if (state === 'before') {
                    if (c !== OPEN_BRACKET) {
                        const hint = c === OPEN_BRACE ? ' (for one object per line, name the file .jsonl)' : '';
                        throw new errors/* UserError */.yo(`expected a JSON array of objects, found ${describeStart(c)}${hint}`, { file, line });
                    }
                    state = 'inside';
                    p++;
                }
                else if (state === 'after') {
                    throw new errors/* UserError */.yo('unexpected text after the end of the JSON array', { file, line });
                }
                else if (c === CLOSE_BRACKET) {
                    if (afterComma)
                        throw new errors/* UserError */.yo('a comma before "]" (trailing commas are not JSON)', { file, line });
                    state = 'after';
                    p++;
                }
                else if (c === COMMA) {
                    if (!afterElement)
                        throw new errors/* UserError */.yo('unexpected ","', { file, line });
                    afterElement = false;
                    afterComma = true;
                    p++;
                }
                else if (c === OPEN_BRACE) {
                    if (afterElement)
                        throw new errors/* UserError */.yo('missing "," between two objects of the array', { file, line });
                    const end = objectEnd(buf, p);
                    if (end < 0) {
                        if (final)
                            throw new errors/* UserError */.yo('unterminated JSON object: the file ends inside it', { file, line });
                        if (buf.length - p > maxRecordBytes)
                            throw (0,limits/* recordTooLong */.oV)(file, line, maxRecordBytes, 'object');
                        carry = p;
                        break;
                    }
                    if (end + 1 - p > maxRecordBytes)
                        throw (0,limits/* recordTooLong */.oV)(file, line, maxRecordBytes, 'object');
                    const text = buf.toString('utf8', p, end + 1);
                    let value;
                    try {
                        value = JSON.parse(text);
                    }
                    catch (err) {
                        const { message, position } = jsonParseError(err);
                        const errorLine = line + (position ? countLines(Buffer.from(text.slice(0, position)), 0, Infinity) : 0);
                        throw new errors/* UserError */.yo(`malformed JSON: ${message}`, { file, line: errorLine });
                    }
                    out.push({ record: value, line });
                    line += countLines(buf, p, end);
                    afterElement = true;
                    afterComma = false;
                    p = end + 1;
                }
                else {
                    throw new errors/* UserError */.yo(`expected an object as each element of the array, found ${describeStart(c)}`, { file, line });
                }
            }
            yield out;
            if (final)
                break;
            if (carry >= 0) {
                // An object longer than the buffer: wait for twice as much (at most
                // enough to tell it is too long) rather than re-scan it every chunk.
                wanted = carry === 0 ? Math.min(buf.length * 2, maxRecordBytes + 1) : 0;
                pending = buf.subarray(carry);
            }
            else {
                wanted = 0;
                pending = null;
            }
        }
    }
    catch (err) {
        await (0,readers_source/* explainUtf8 */.BP)(err, source);
    }
    if (state === 'before')
        throw new errors/* UserError */.yo('empty file: expected a JSON array of objects', { file });
    if (state === 'inside')
        throw new errors/* UserError */.yo('unterminated JSON array: "]" is missing at the end', { file, line });
}
async function readJsonArrayTable(source, options) {
    const reader = new readers_source/* ChunkReader */.f7(source, true);
    const progress = new readers_progress/* ProgressReporter */.P(source.display, options.progress);
    const builder = new RecordTableBuilder(source.display, options, false);
    const maxRows = options.maxRows ?? Infinity;
    read: for await (const batch of jsonArrayObjects(source, reader)) {
        for (const { record, line } of batch) {
            if (builder.rows >= maxRows)
                break read;
            builder.add(record, line);
        }
        progress.update(builder.rows, reader.bytesRead());
    }
    progress.done(builder.rows, reader.bytesRead());
    return builder.finish();
}

// EXTERNAL MODULE: ./src/readers/read-hook.ts
var read_hook = __webpack_require__(47484);
;// CONCATENATED MODULE: ./src/readers/index.ts
/**
 * The readers every gate uses: a data file (CSV, TSV, JSON Lines, a JSON
 * array of objects, Parquet, or a .gz of any of them) into the columnar Table
 * of core/table.ts, or into records one at a time. Bad files are UserErrors
 * naming the file as the user wrote it and, where there is one, the line.
 *
 * The format comes from the extension (after stripping ".gz"), else
 * `options.format`, else from the first bytes.
 *
 * Typing, the same for every format: a column whose present cells are all
 * numbers (or text spelling one: "1.5", "-2e3", "inf"; see number-text.ts) is
 * a number column, so is a column with no present cell at all; "nan" text is
 * NaN and counted missing; anything else makes a string column. Missing
 * cells are empty CSV cells, JSON nulls and absent keys, Parquet nulls.
 *
 * Lines: `rowLines` holds the line each row starts on for CSV/TSV (the header
 * is line 1) and JSON Lines, and is null for Parquet and JSON arrays (whose
 * records, from `readRecords`, do carry the line each object starts on).
 */










/**
 * The Parquet reader (hyparquet and its decompressors) and @actions/glob
 * (which pulls in @actions/core and its HTTP client) load only when a file
 * needs them: together they were most of an action's start-up time.
 */
const loadParquet = () => Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(700)]).then(__webpack_require__.bind(__webpack_require__, 48700));
async function readTable(path, options = {}) {
    // The suite may share one read of a file between gates (read-hook.ts).
    const hook = read_hook/* tableReadHook */.S.getStore();
    return hook ? hook.read(path, options, readTableFresh) : readTableFresh(path, options);
}
async function readTableFresh(path, options) {
    const source = await (0,readers_source/* openSource */.oD)(path, options);
    switch (source.format) {
        case 'csv':
        case 'tsv':
            return (0,csv/* readCsvTable */.$9)(source, options);
        case 'jsonl':
            return readJsonlTable(source, options);
        case 'json':
            return readJsonArrayTable(source, options);
        case 'parquet':
            return (await loadParquet()).readParquetTable(source, options);
    }
}
/**
 * The rows of a file one at a time, without building a table: CSV cells are
 * text (null where empty), JSON values as parsed, Parquet values as JSON-like
 * values (64-bit integers as numbers, dates and timestamps as ISO text).
 */
async function* readRecords(path, options = {}) {
    const source = await (0,readers_source/* openSource */.oD)(path, options);
    switch (source.format) {
        case 'csv':
        case 'tsv':
            yield* (0,csv/* csvRecords */.Xc)(source, options);
            return;
        case 'parquet':
            yield* (await loadParquet()).parquetRecords(source, options);
            return;
        default:
            yield* jsonRecords(source, options);
    }
}
async function* jsonRecords(source, options) {
    const reader = new readers_source/* ChunkReader */.f7(source, true);
    const progress = new readers_progress/* ProgressReporter */.P(source.display, options.progress);
    const maxRows = options.maxRows ?? Infinity;
    const wanted = options.columns ?? null;
    const seen = new Set();
    let rows = 0;
    const batches = source.format === 'jsonl' ? jsonlObjects(source, reader) : jsonArrayObjects(source, reader);
    let any = false;
    read: for await (const batch of batches) {
        for (const { record, line } of batch) {
            any = true;
            if (rows >= maxRows)
                break read;
            for (const key in record)
                seen.add(key);
            rows++;
            if (!wanted) {
                yield { record, line };
                continue;
            }
            const picked = {};
            for (const key of wanted)
                picked[key] = record[key] ?? null;
            yield { record: picked, line };
        }
        progress.update(rows, reader.bytesRead());
    }
    if (!any && source.format === 'jsonl')
        throw new errors/* UserError */.yo('empty file: no JSON objects', { file: source.display });
    if (wanted) {
        for (const name of wanted)
            if (!seen.has(name) && rows > 0)
                throw (0,columns/* unknownColumn */.Rn)(name, [...seen], source.display);
    }
    progress.done(rows, reader.bytesRead());
}
const GLOB_CHARS = /[*?[\]{}]/;
async function exists(path) {
    try {
        await (0,promises_.stat)(path);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * A path as a pattern that matches only itself, escaped as @actions/glob's
 * own `Pattern.globEscape` escapes the working directory (internal-pattern.js;
 * not exported): `[` as `[[]` when a `]` follows in the segment, `?` as
 * `[?]`, `*` as `[*]`, and on Linux and macOS `\` as `\\`. Braces need no
 * escape: @actions/glob does not expand them.
 */
function escapeGlob(path) {
    return (process.platform === 'win32' ? path : path.replace(/\\/g, '\\\\'))
        .replace(/(\[)(?=[^/]+\])/g, '[[]')
        .replace(/\?/g, '[?]')
        .replace(/\*/g, '[*]');
}
/**
 * The files a path or glob pattern names (several patterns may be given one
 * per line; a line starting with "!" excludes), relative to `cwd` where they
 * are inside it (so that messages show them as the user would write them),
 * sorted. A path that exists is itself, even when its name holds pattern
 * characters (`loans[2024].csv`); only a line that names nothing is a
 * pattern. A plain path is returned as written; a pattern that matches no
 * file, or a path to a missing file, is a UserError.
 */
async function expandPaths(patternOrPath, cwd, limits = {}) {
    const lines = patternOrPath
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
    if (lines.length === 1 && !lines[0].startsWith('!') && (!GLOB_CHARS.test(lines[0]) || (await exists((0,external_node_path_.resolve)(cwd, lines[0]))))) {
        await (0,readers_source/* openSource */.oD)(lines[0], { cwd, ...limits }); // throws UserError for a missing file, a directory, an empty file
        return [lines[0]];
    }
    // The working directory is escaped too: its own name may hold pattern characters.
    const base = escapeGlob(cwd);
    const absolute = await Promise.all(lines.map(async (line) => {
        if (line.startsWith('!'))
            return `!${(0,external_node_path_.resolve)(base, line.slice(1))}`;
        return (await exists((0,external_node_path_.resolve)(cwd, line))) ? escapeGlob((0,external_node_path_.resolve)(cwd, line)) : (0,external_node_path_.resolve)(base, line);
    }));
    const glob = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(838), __webpack_require__.e(377)]).then(__webpack_require__.bind(__webpack_require__, 42377));
    const globber = await glob.create(absolute.join('\n'), { matchDirectories: false, implicitDescendants: false });
    const files = await globber.glob();
    const shown = lines.join(', ');
    if (files.length === 0)
        throw new errors/* UserError */.yo(`no file matches the pattern "${shown}"`, { file: shown });
    return files
        .map((file) => {
        const rel = (0,external_node_path_.relative)(cwd, file);
        const inside = rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel);
        return inside ? rel.split(external_node_path_.sep).join('/') : file;
    })
        .sort();
}


/***/ }),

/***/ 47484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ tableReadHook)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/**
 * A hook around `readTable` for the duration of one piece of work: the suite
 * (src/run/table-cache.ts) installs one so that a file two gates name is read
 * once. Without a hook, nothing changes. AsyncLocalStorage scopes it to the
 * calls made inside `tableReadHook.run(hook, fn)` and nothing else.
 */

const tableReadHook = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();


/***/ }),

/***/ 58632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gR: () => (/* binding */ valueColumn),
/* harmony export */   tA: () => (/* binding */ normalizeValue)
/* harmony export */ });
/* unused harmony export jsonText */
/* harmony import */ var _number_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75843);

function jsonText(value) {
    return JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? Number(v) : v));
}
function normalizeValue(value) {
    if (value === null || value === undefined)
        return null;
    switch (typeof value) {
        case 'number':
            return Number.isNaN(value) ? null : value;
        case 'string':
            return value;
        case 'boolean':
            return value ? 'true' : 'false';
        case 'bigint':
            return Number(value);
        default:
            if (value instanceof Date)
                return Number.isNaN(value.getTime()) ? null : value.toISOString();
            return jsonText(value);
    }
}
/** The column for cells that are already normalised. */
function valueColumn(name, cells, keepText) {
    const n = cells.length;
    const values = new Float64Array(n);
    let missing = null;
    for (let i = 0; i < n; i++) {
        const cell = cells[i];
        let value;
        if (cell === null)
            value = NaN;
        else if (typeof cell === 'number')
            value = cell;
        else
            value = (0,_number_text_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNumberText */ .ke)(cell);
        if (value === undefined) {
            return { kind: 'string', name, values: cells.map((c) => (c === null ? null : String(c))) };
        }
        values[i] = value;
        if (value !== value) {
            missing ??= new Uint8Array(n);
            missing[i] = 1;
        }
    }
    const column = { kind: 'number', name, values, missing };
    if (keepText)
        column.text = cells.map((c) => (c === null ? null : String(c)));
    return column;
}


/***/ })

};
