export const id = 536;
export const ids = [536];
export const modules = {

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

/***/ 70859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b2: () => (/* binding */ isMissing),
/* harmony export */   jk: () => (/* binding */ dictionaryColumn),
/* harmony export */   kn: () => (/* binding */ findColumn),
/* harmony export */   lo: () => (/* binding */ columnNames),
/* harmony export */   xQ: () => (/* binding */ rowLine)
/* harmony export */ });
/**
 * A string column held as codes: `values` is built from them on first use
 * (and kept), so a consumer that only counts never makes the million strings
 * array.
 */
function dictionaryColumn(name, codes, labels) {
    let values;
    const column = { kind: 'string', name };
    Object.defineProperty(column, 'values', {
        enumerable: true,
        get() {
            if (values === undefined) {
                values = new Array(codes.length);
                for (let i = 0; i < codes.length; i++) {
                    const code = codes[i];
                    values[i] = code < 0 ? null : labels[code];
                }
            }
            return values;
        },
    });
    Object.defineProperty(column, 'dictionary', { value: { codes, labels }, enumerable: false });
    return column;
}
function columnNames(table) {
    return table.columns.map((c) => c.name);
}
function findColumn(table, name) {
    return table.columns.find((c) => c.name === name);
}
/** Whether row i of a column is missing. */
function isMissing(column, i) {
    return column.kind === 'number' ? column.missing !== null && column.missing[i] === 1 : column.values[i] === null;
}
/** The 1-based line of row i (0-based) where known, else the 1-based row number. */
function rowLine(table, i) {
    return table.rowLines ? table.rowLines[i] : undefined;
}


/***/ }),

/***/ 78387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rn: () => (/* binding */ unknownColumn),
/* harmony export */   eb: () => (/* binding */ checkHeader),
/* harmony export */   lq: () => (/* binding */ checkRequested)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32085);
/** Checks shared by the readers: header names and the columns a caller asks for. */


/** Throws for an empty or duplicate header name. */
function checkHeader(names, file, line) {
    const seen = new Map();
    names.forEach((name, i) => {
        if (name.trim() === '')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`column ${i + 1} of the header has an empty name`, { file, line });
        const before = seen.get(name);
        if (before !== undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`duplicate column name "${name}" (columns ${before + 1} and ${i + 1} of the header)`, { file, line });
        }
        seen.set(name, i);
    });
}
/** The UserError for a requested column the file does not have. */
function unknownColumn(name, available, file) {
    const suggestion = (0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .kp)(name, available);
    const list = available.length ? available.join(', ') : '(none)';
    const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`no column "${name}"; columns are: ${list}${hint}`, { file });
}
/** Throws unless every requested column is available. */
function checkRequested(requested, available, file) {
    if (!requested)
        return;
    const have = new Set(available);
    for (const name of requested)
        if (!have.has(name))
            throw unknownColumn(name, available, file);
}


/***/ }),

/***/ 73776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ CR),
/* harmony export */   LF: () => (/* binding */ LF),
/* harmony export */   N5: () => (/* binding */ MINUS),
/* harmony export */   Q8: () => (/* binding */ UNQUOTED),
/* harmony export */   T6: () => (/* binding */ detectDelimiter),
/* harmony export */   Y3: () => (/* binding */ POW10),
/* harmony export */   YB: () => (/* binding */ CsvTokenizer),
/* harmony export */   iH: () => (/* binding */ headerLine),
/* harmony export */   jA: () => (/* binding */ QUOTE),
/* harmony export */   y0: () => (/* binding */ DOT)
/* harmony export */ });
/* unused harmony exports NEED_MORE, END, QUOTED, QUOTED_ESCAPED, QUOTE_HINT */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_read_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9616);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6450);
/**
 * A byte-level RFC 4180 tokenizer: it finds where each field of a record
 * starts and ends in a buffer of bytes, without making strings, so that the
 * caller decides per column whether to parse a number from the bytes or
 * decode text.
 *
 * Rules (those of RFC 4180, and of csv-parse with `relax_quotes` and
 * `skip_empty_lines`, which the tests hold it to):
 * - records end at LF, CRLF or a lone CR; fields are separated by one
 *   delimiter byte;
 * - a field that starts with `"` is quoted: it may hold delimiters, line
 *   breaks and `""` (one quote); after its closing quote the next byte must
 *   be a delimiter, a line break or the end of the file;
 * - a `"` inside an unquoted field is an ordinary character;
 * - empty lines are skipped;
 * - text after a closing quote (`"x"y`) is an error, as in csv-parse's
 *   strict mode: it is nearly always a quote that should have been doubled,
 *   and guessing would silently change the data.
 *
 * One difference from csv-parse, on purpose: csv-parse takes the first line
 * break it meets as the only record separator, so in a file that mixes LF and
 * CRLF it reads a stray "\r" as a field; here every LF, CRLF and CR ends a
 * record.
 *
 * The tokenizer works on one buffer at a time. When a record runs past the
 * end of the buffer it returns NEED_MORE and leaves `pos` at the record's
 * start: the caller appends the next chunk to the rest and carries on.
 */



const NEED_MORE = -1;
const END = -2;
/** `quoting[i]` of a field: not quoted, quoted, quoted with `""` inside. */
const UNQUOTED = 0;
const QUOTED = 1;
const QUOTED_ESCAPED = 2;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const MINUS = 45;
const DOT = 46;
/** Exact powers of ten: a plain decimal of at most 15 digits is its digits over one of them (Clinger's fast path). */
const POW10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
/** Why a quoted record is usually too long. */
const QUOTE_HINT = 'a quote that is never closed makes one (a quote inside a quoted field is written as ""), else raise max-record-bytes';
class CsvTokenizer {
    delimiter;
    file;
    maxRecordBytes;
    buf = Buffer.alloc(0);
    /** Where the next record starts in `buf`. */
    pos = 0;
    /** The 1-based line at `pos`. */
    line = 1;
    /** The 1-based line the last record returned starts on. */
    recordLine = 0;
    starts = new Int32Array(64);
    ends = new Int32Array(64);
    quoting = new Uint8Array(64);
    /**
     * `plain[i]` is 1 when field i is a plain decimal ([-]digits[.digits], at
     * most 15 digits, unquoted); `numbers[i]` is then its value, exact by
     * Clinger's fast path (see number-text.ts).
     */
    plain = new Uint8Array(64);
    numbers = new Float64Array(64);
    final = false;
    constructor(delimiter, 
    /** The file, as the user named it, for errors. */
    file, 
    /** The longest record, line break left out (max-record-bytes); a longer one is an error. */
    maxRecordBytes = _core_read_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_MAX_RECORD_BYTES */ .ty) {
        this.delimiter = delimiter;
        this.file = file;
        this.maxRecordBytes = maxRecordBytes;
    }
    /** Starts on a new buffer; `final` when no more data will follow it. */
    reset(buf, final) {
        this.buf = buf;
        this.pos = 0;
        this.final = final;
    }
    /**
     * Reads the next record: returns its number of fields (the offsets are in
     * `starts`/`ends`/`quoting`), NEED_MORE, or END at the end of the last buffer.
     */
    next() {
        const buf = this.buf;
        const len = buf.length;
        const delimiter = this.delimiter;
        let p = this.pos;
        let line = this.line;
        // Skip empty lines.
        for (;;) {
            if (p >= len) {
                this.pos = p;
                this.line = line;
                return this.final ? END : NEED_MORE;
            }
            const c = buf[p];
            if (c === LF) {
                p++;
                line++;
            }
            else if (c === CR) {
                if (p + 1 >= len && !this.final) {
                    this.pos = p;
                    this.line = line;
                    return NEED_MORE;
                }
                p += buf[p + 1] === LF ? 2 : 1;
                line++;
            }
            else {
                break;
            }
        }
        const recordStart = p;
        const recordLine = line;
        let n = 0;
        for (;;) {
            if (n === this.starts.length)
                this.grow();
            let start;
            let end;
            if (p < len && buf[p] === QUOTE) {
                const quoteLine = line;
                let quoting = QUOTED;
                p++;
                start = p;
                for (;;) {
                    if (p >= len) {
                        if (this.final)
                            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('unterminated quoted field: the quote opened here is never closed', { file: this.file, line: quoteLine });
                        return this.needMore(recordStart, recordLine);
                    }
                    const c = buf[p];
                    if (c === QUOTE) {
                        if (p + 1 >= len && !this.final)
                            return this.needMore(recordStart, recordLine);
                        if (buf[p + 1] === QUOTE) {
                            quoting = QUOTED_ESCAPED;
                            p += 2;
                            continue;
                        }
                        break;
                    }
                    if (c === LF)
                        line++;
                    p++;
                }
                end = p;
                p++; // the closing quote
                if (p < len) {
                    const c = buf[p];
                    if (c !== delimiter && c !== LF && c !== CR) {
                        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`field ${n + 1}: unexpected text after the closing quote (a quote inside a quoted field is written as "")`, {
                            file: this.file,
                            line,
                        });
                    }
                }
                this.quoting[n] = quoting;
                this.plain[n] = 0;
            }
            else {
                start = p;
                // While looking for the field's end, also read it as a plain decimal
                // ([-]digits[.digits], at most 15 digits): most numeric cells are
                // exactly that, and reading them here spares a second pass over their
                // bytes (see `plainNumber`).
                let mantissa = 0;
                let dot = -1;
                let plain = true;
                if (p < len && buf[p] === MINUS)
                    p++;
                for (; p < len; p++) {
                    const c = buf[p];
                    const digit = c - 48;
                    if (digit >>> 0 <= 9) {
                        mantissa = mantissa * 10 + digit;
                        continue;
                    }
                    if (c === delimiter || c === LF || c === CR)
                        break;
                    if (c === DOT && dot < 0) {
                        dot = p;
                        continue;
                    }
                    plain = false;
                    for (p++; p < len; p++) {
                        const c2 = buf[p];
                        if (c2 === delimiter || c2 === LF || c2 === CR)
                            break;
                    }
                    break;
                }
                end = p;
                if (p >= len && !this.final)
                    return this.needMore(recordStart, recordLine);
                this.quoting[n] = UNQUOTED;
                const negative = buf[start] === MINUS;
                const digits = end - start - (negative ? 1 : 0) - (dot >= 0 ? 1 : 0);
                if (plain && digits > 0 && digits <= 15) {
                    const value = dot < 0 ? mantissa : mantissa / POW10[end - dot - 1];
                    this.numbers[n] = negative ? -value : value;
                    this.plain[n] = 1;
                }
                else {
                    this.plain[n] = 0;
                }
            }
            this.starts[n] = start;
            this.ends[n] = end;
            n++;
            if (p >= len) {
                if (!this.final)
                    return this.needMore(recordStart, recordLine);
                if (p - recordStart > this.maxRecordBytes)
                    throw this.tooLong(recordLine, this.quoting.subarray(0, n).some((q) => q !== UNQUOTED));
                break;
            }
            const c = buf[p];
            if (c === delimiter) {
                p++;
                continue;
            }
            if (p - recordStart > this.maxRecordBytes)
                throw this.tooLong(recordLine, this.quoting.subarray(0, n).some((q) => q !== UNQUOTED));
            if (c === LF) {
                p++;
            }
            else {
                // CR: look at the next byte for CRLF.
                if (p + 1 >= len && !this.final)
                    return this.needMore(recordStart, recordLine);
                p += buf[p + 1] === LF ? 2 : 1;
            }
            line++;
            break;
        }
        this.pos = p;
        this.line = line;
        this.recordLine = recordLine;
        return n;
    }
    /** The error for a record longer than maxRecordBytes that starts on `line` (`quoted`: it has a quoted field). */
    tooLong(line, quoted) {
        return (0,_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .recordTooLong */ .oV)(this.file, line, this.maxRecordBytes, 'record', quoted ? QUOTE_HINT : undefined);
    }
    needMore(recordStart, recordLine) {
        this.pos = recordStart;
        this.line = recordLine;
        return NEED_MORE;
    }
    grow() {
        const size = this.starts.length * 2;
        const starts = new Int32Array(size);
        starts.set(this.starts);
        const ends = new Int32Array(size);
        ends.set(this.ends);
        const quoting = new Uint8Array(size);
        quoting.set(this.quoting);
        const plain = new Uint8Array(size);
        plain.set(this.plain);
        const numbers = new Float64Array(size);
        numbers.set(this.numbers);
        this.starts = starts;
        this.ends = ends;
        this.quoting = quoting;
        this.plain = plain;
        this.numbers = numbers;
    }
}
/**
 * The delimiter of a header line: among `,` `;` tab `|`, the one that occurs
 * most often outside quotes; `,` when none occurs (a one-column file) or on a tie.
 */
function detectDelimiter(header) {
    const candidates = [44, 59, 9, 124];
    const counts = [0, 0, 0, 0];
    let quoted = false;
    for (let i = 0; i < header.length; i++) {
        const c = header[i];
        if (c === QUOTE)
            quoted = !quoted;
        else if (!quoted) {
            if (c === LF || c === CR)
                break;
            const k = candidates.indexOf(c);
            if (k >= 0)
                counts[k]++;
        }
    }
    let best = 0;
    for (let k = 1; k < 4; k++)
        if (counts[k] > counts[best])
            best = k;
    return candidates[best];
}
/** The header line's bytes (up to the first line break outside quotes), or null if buf does not hold all of it. */
function headerLine(buf, final) {
    let quoted = false;
    let i = 0;
    // Skip empty lines before the header, as the tokenizer does.
    while (i < buf.length && (buf[i] === LF || buf[i] === CR))
        i++;
    const start = i;
    for (; i < buf.length; i++) {
        const c = buf[i];
        if (c === QUOTE)
            quoted = !quoted;
        else if (!quoted && (c === LF || c === CR))
            return buf.subarray(start, i);
    }
    return final ? buf.subarray(start) : null;
}


/***/ }),

/***/ 91536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $f: () => (/* binding */ chooseDelimiter),
  Xc: () => (/* binding */ csvRecords),
  Qb: () => (/* binding */ headerNames),
  kk: () => (/* binding */ readCsvPartUnchecked),
  $9: () => (/* binding */ readCsvTable)
});

// UNUSED EXPORTS: tokenize

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/read-limits.ts
var read_limits = __webpack_require__(9616);
// EXTERNAL MODULE: ./src/readers/columns.ts
var columns = __webpack_require__(78387);
// EXTERNAL MODULE: ./src/readers/csv-tokenizer.ts
var csv_tokenizer = __webpack_require__(73776);
;// CONCATENATED MODULE: ./src/readers/csv-plain-records.ts
/**
 * The CSV reader's fast path: records that lie whole in the buffer and hold
 * no quote character are split and stored in one pass, each cell going
 * straight from its bytes to its column (a plain decimal as a number, any
 * other cell through TextColumnBuilder.add), instead of the tokenizer first
 * writing every field's offsets, flags and value to arrays that a second
 * loop reads back (csv-tokenizer.ts `next`). On numeric files that second
 * round trip was more than half of the reading time (the drift-check
 * benchmark's 1,000,000 × 20 file: about 0.45 s for 55% of it before, see
 * docs/gates/drift-check.md for after).
 *
 * The rules are the tokenizer's, restricted to what such records can hold:
 * fields end at the delimiter, records at LF, CRLF or a lone CR, and a plain
 * decimal is [-]digits[.digits] with at most 15 digits, read exactly as the
 * tokenizer reads it. Everything else is left to the tokenizer: it stops,
 * before touching the record, at an empty line, a record not complete in the
 * buffer and a record with a quote anywhere in it (a quote opens a quoted
 * field only at a field's start, but such records are rare enough to leave
 * whole to the general path). The cases found only after some cells are
 * stored are a record with the wrong number of fields and one longer than
 * max-record-bytes: it stops there, and the tokenizer reads the record again
 * and fails the read with its exact message (a short record, when the caller
 * takes them (ReadOptions.shortRow), is completed here with missing cells
 * instead).
 */

/**
 * Reads plain records from the tokenizer's buffer at its position into
 * `builders` (one per field; null for a column not read), writing each
 * record's line to `rowLines[rows]`, while `rows` stays below `limit` (and
 * the room in `rowLines`). Returns the new row count; the tokenizer's
 * position and line are moved past the records read.
 */
function readPlainRecords(t, builders, rowLines, rows, limit, shortRow) {
    const buf = t.buf;
    const len = buf.length;
    const delimiter = t.delimiter;
    const width = builders.length;
    const maxRecordBytes = t.maxRecordBytes;
    const last = Math.min(limit, rowLines.length);
    let p = t.pos;
    let line = t.line;
    // A record that starts at or before the buffer's last LF ends in the buffer
    // (at that LF or an earlier line break); one search per call, not per record.
    const lastLf = buf.lastIndexOf(csv_tokenizer.LF);
    // The first quote at or after the record start (len: none), and, only while
    // there is one, the first LF, to tell whether the quote is in this record.
    let quote = -1;
    let lf = -1;
    records: while (rows < last) {
        if (p > lastLf)
            break; // the record may go on in the next chunk
        if (quote < p) {
            quote = buf.indexOf(csv_tokenizer/* QUOTE */.jA, p);
            if (quote < 0)
                quote = len;
        }
        if (quote < len) {
            if (lf < p)
                lf = buf.indexOf(csv_tokenizer.LF, p);
            if (quote < lf)
                break;
        }
        const first = buf[p];
        if (first === csv_tokenizer.LF || first === csv_tokenizer.CR)
            break; // an empty line
        const recordStart = p;
        // Every field below ends at a delimiter, LF or CR at or before `lastLf`, so no bounds checks.
        for (let i = 0;; i++) {
            // The field scan of CsvTokenizer.next for an unquoted field, kept inline
            // here as there: it runs once per cell, and its three results (end,
            // digits, dot) would have to leave a helper through memory.
            const start = p;
            let mantissa = 0;
            let dot = -1;
            let plain = true;
            if (buf[p] === csv_tokenizer/* MINUS */.N5)
                p++;
            for (;; p++) {
                const c = buf[p];
                const digit = c - 48;
                if (digit >>> 0 <= 9) {
                    mantissa = mantissa * 10 + digit;
                    continue;
                }
                if (c === delimiter || c === csv_tokenizer.LF || c === csv_tokenizer.CR)
                    break;
                if (c === csv_tokenizer/* DOT */.y0 && dot < 0) {
                    dot = p;
                    continue;
                }
                plain = false;
                for (p++;; p++) {
                    const c2 = buf[p];
                    if (c2 === delimiter || c2 === csv_tokenizer.LF || c2 === csv_tokenizer.CR)
                        break;
                }
                break;
            }
            if (i === width) {
                p = recordStart;
                break records; // too many fields: the tokenizer says so
            }
            const builder = builders[i];
            if (builder !== null) {
                const negative = buf[start] === csv_tokenizer/* MINUS */.N5;
                const digits = p - start - (negative ? 1 : 0) - (dot >= 0 ? 1 : 0);
                if (plain && digits > 0 && digits <= 15 && builder.takesNumbers) {
                    const value = dot < 0 ? mantissa : mantissa / csv_tokenizer/* POW10 */.Y3[p - dot - 1];
                    builder.addNumber(negative ? -value : value);
                }
                else {
                    builder.add(buf, start, p, csv_tokenizer/* UNQUOTED */.Q8);
                }
            }
            const c = buf[p];
            if (c === delimiter) {
                p++;
                continue;
            }
            if (p - recordStart > maxRecordBytes) {
                p = recordStart;
                break records; // longer than max-record-bytes: the tokenizer says so
            }
            if (i !== width - 1) {
                if (shortRow === undefined) {
                    p = recordStart;
                    break records; // too few fields: the tokenizer says so
                }
                // Too few fields, and the caller takes short records: the cells stored so far stay, the rest are missing.
                for (let k = i + 1; k < width; k++)
                    builders[k]?.add(buf, p, p, csv_tokenizer/* UNQUOTED */.Q8);
                shortRow(rows, i + 1, line);
            }
            p += c === csv_tokenizer.CR && buf[p + 1] === csv_tokenizer.LF ? 2 : 1;
            break;
        }
        rowLines[rows++] = line;
        line++;
    }
    if (line > t.line)
        t.recordLine = line - 1;
    t.pos = p;
    t.line = line;
    return rows;
}

// EXTERNAL MODULE: ./src/readers/limits.ts
var limits = __webpack_require__(6450);
// EXTERNAL MODULE: ./src/readers/progress.ts
var readers_progress = __webpack_require__(23425);
// EXTERNAL MODULE: ./src/readers/source.ts + 1 modules
var readers_source = __webpack_require__(53295);
// EXTERNAL MODULE: ./src/core/table.ts
var table = __webpack_require__(70859);
;// CONCATENATED MODULE: ./src/readers/ascii-bytes.ts
/**
 * Matching a cell's bytes against strings without decoding them: a hash of
 * a short ASCII byte run and a byte-by-character comparison. The string
 * caches of text columns (text-column-builder.ts, text-dictionary.ts) use
 * them so that a repeated value costs a hash and a comparison instead of a
 * new string.
 */
/** The one-character ASCII strings, shared by every column: codes, flags and grades ("F", "B", "Y") need no lookup. */
const ASCII_CHARS = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
/**
 * An FNV-1a hash of buf[start, end), mixed so that its low bits make a good
 * table slot, as a non-negative 31-bit integer; -1 when any byte is not
 * ASCII (the caller then decodes the UTF-8 instead).
 */
function asciiHash(buf, start, end) {
    let hash = end - start;
    let high = 0;
    for (let i = start; i < end; i++) {
        const c = buf[i];
        high |= c;
        hash = Math.imul(hash ^ c, 0x01000193);
    }
    return high >= 0x80 ? -1 : (hash ^ (hash >>> 15)) & 0x7fffffff;
}
/** Whether the ASCII string `text` has exactly the bytes buf[start, end). */
function sameAscii(text, buf, start, end) {
    const length = end - start;
    if (text.length !== length)
        return false;
    for (let i = 0; i < length; i++)
        if (text.charCodeAt(i) !== buf[start + i])
            return false;
    return true;
}

// EXTERNAL MODULE: ./src/readers/number-text.ts
var number_text = __webpack_require__(75843);
;// CONCATENATED MODULE: ./src/readers/text-dictionary.ts
/**
 * Dictionary encoding of a text column while the file is read: each distinct
 * cell text gets a code (0, 1, … in the order the texts are first added) and
 * a row holds its code, -1 where the cell is missing.
 *
 * Category columns (segments, regions, sensitive attributes, labels) repeat
 * a few values a million times. Held as strings, every row is a pointer the
 * garbage collector walks, and every consumer that counts or groups them
 * looks each string up in a Map again. Held as codes, a row is one Int32,
 * and counting is indexing (core/table.ts `StringColumn.dictionary`).
 *
 * A short ASCII cell is found by its bytes in an open-addressing hash table
 * (no string is decoded for a text seen before); any other cell (non-ASCII,
 * longer than 32 bytes, quoted with doubled quotes) is decoded and found by
 * its text. Both ways end at the one text → code Map, so equal texts always
 * get one code. A column with more than `MAX_DICTIONARY_LABELS` distinct
 * texts (ids, free text) is not a category column: `code` then returns -1
 * and the builder keeps strings instead.
 */

const MAX_DICTIONARY_LABELS = 4096;
/** A power of two, at least twice the labels, so probes stay short. */
const TABLE_SIZE = 8192;
const MAX_BYTES = 32;
class TextDictionary {
    /** The distinct texts, by code. */
    labels = [];
    index = new Map();
    /** Code + 1 of the text whose bytes hash to a slot; 0 for an empty slot. */
    table = new Int32Array(TABLE_SIZE);
    /** Code of each one-character ASCII text, -1 until seen. */
    single = new Int32Array(128).fill(-1);
    /**
     * The code of the text buf[start, end) holds as it stands (a field with no
     * doubled quotes to undo), or -1 when the dictionary is full.
     */
    codeOfBytes(buf, start, end) {
        const length = end - start;
        if (length === 1) {
            const c = buf[start];
            if (c < 0x80) {
                const known = this.single[c];
                if (known >= 0)
                    return known;
                return (this.single[c] = this.codeOfText(ASCII_CHARS[c]));
            }
        }
        const hash = length > MAX_BYTES ? -1 : asciiHash(buf, start, end);
        if (hash < 0)
            return this.codeOfText(buf.toString('utf8', start, end));
        let slot = hash & (TABLE_SIZE - 1);
        for (;;) {
            const code = this.table[slot] - 1;
            if (code < 0)
                break;
            if (sameAscii(this.labels[code], buf, start, end))
                return code;
            slot = (slot + 1) & (TABLE_SIZE - 1);
        }
        // ASCII: latin1 and UTF-8 decode it alike.
        const code = this.codeOfText(buf.toString('latin1', start, end));
        // Each byte sequence is entered once, so the table holds at most
        // MAX_DICTIONARY_LABELS entries: at most half full.
        if (code >= 0)
            this.table[slot] = code + 1;
        return code;
    }
    /** The code of a text, added if new; -1 when the dictionary is full. */
    codeOfText(text) {
        const known = this.index.get(text);
        if (known !== undefined)
            return known;
        if (this.labels.length >= MAX_DICTIONARY_LABELS)
            return -1;
        const code = this.labels.length;
        this.labels.push(text);
        this.index.set(text, code);
        return code;
    }
}

;// CONCATENATED MODULE: ./src/readers/text-column-builder.ts
/**
 * Builds one column of a table from the cells of a text file (CSV, TSV),
 * deciding its type as it goes.
 *
 * A column starts as a number column and stays one while every present cell
 * parses as a number (see number-text.ts); its values go straight from the
 * file's bytes into Float64Array blocks without ever becoming strings. At the
 * first cell that is not a number it turns into a string column. The cells
 * before that point were kept only as numbers, so their text is filled in
 * afterwards by a second, partial read of the file (`fillPrefix`), unless
 * `keepText` kept it anyway. This keeps the common case (numeric columns)
 * fast and small, at the cost of re-reading a prefix of the file for a column
 * that turns out to be text late.
 *
 * A text column is dictionary-encoded while it has few distinct values
 * (text-dictionary.ts): codes instead of a million strings. Past
 * MAX_DICTIONARY_LABELS distinct values it turns to plain strings.
 *
 * Values are stored in blocks rather than in an array that doubles, so
 * nothing is copied while reading. The first block is sized from the
 * reader's estimate of the row count; when the estimate holds, that block is
 * the column (a view of its first rows, no copy); when it does not, the blocks
 * are copied once into an exact-size array at the end.
 */




const QUOTE_ESCAPED = 2;
const BLOCK = 1 << 16;
const CACHE_SIZE = 1024;
const CACHE_MAX_LENGTH = 32;
const CACHE_TRIAL = 8192;
/** The text of a cell: decoded UTF-8, with a quoted field's doubled quotes undone. */
function cellText(buf, start, end, quoting) {
    const text = buf.toString('utf8', start, end);
    return quoting === QUOTE_ESCAPED ? text.replaceAll('""', '"') : text;
}
class TextColumnBuilder {
    shared;
    name;
    /** Rows added so far. */
    length = 0;
    /** Whether the column is still a number column. */
    numeric = true;
    /** Whether a plain decimal can be added as a number alone (numeric, and no text kept). */
    takesNumbers;
    /** Row at which the column stopped being numeric (its text before that is not known yet), or -1. */
    demotedAt = -1;
    /** Present (non-empty) cells while numeric: a column that turns to text with none needs no refill. */
    present = 0;
    blocks = [];
    block = new Float64Array(0);
    /** Missing flags, per block; null for a block with none. */
    missingBlocks = [];
    /** Rows [blockStart, blockEnd) go into `block`. */
    blockStart = 0;
    blockEnd = 0;
    firstBlock;
    strings = [];
    /** While the text column is dictionary-encoded: its dictionary and the rows' codes (-1: missing). */
    dictionary = null;
    codes = new Int32Array(0);
    text;
    cache = new Array(CACHE_SIZE);
    lookups = 0;
    hits = 0;
    /**
     * `expectedRows`: an estimate of the file's row count, to size the first
     * block (see csv.ts). `shared`: number storage in SharedArrayBuffer memory
     * (ReadOptions.sharedNumbers).
     */
    constructor(name, keepText, expectedRows = 0, shared = false) {
        this.shared = shared;
        this.name = name;
        this.firstBlock = Math.max(BLOCK, Math.ceil(expectedRows));
        this.text = keepText ? [] : null;
        this.takesNumbers = !keepText;
    }
    /** Adds a cell the tokenizer already read as a plain decimal; only while `takesNumbers`. */
    addNumber(value) {
        const row = this.length++;
        if (row === this.blockEnd)
            this.newBlock(row);
        this.block[row - this.blockStart] = value;
        this.present++;
    }
    add(buf, start, end, quoting) {
        const row = this.length++;
        if (!this.numeric) {
            this.addText(row, buf, start, end, quoting);
            return;
        }
        if (row === this.blockEnd)
            this.newBlock(row);
        const slot = row - this.blockStart;
        if (start === end) {
            this.setMissing(row);
            if (this.text)
                this.text.push(null);
            return;
        }
        if (quoting === QUOTE_ESCAPED || !(0,number_text/* parseNumberInto */.pR)(buf, start, end, this.block, slot)) {
            this.demote(row);
            this.addText(row, buf, start, end, quoting);
            return;
        }
        this.present++;
        const value = this.block[slot];
        if (value !== value)
            this.setMissing(row); // "nan" text counts as missing
        if (this.text)
            this.text.push(cellText(buf, start, end, quoting));
    }
    /** Sets the text of row `row` (< demotedAt) once the second read finds it. */
    fillPrefix(row, text) {
        if (this.dictionary !== null) {
            const code = text === null ? -1 : this.dictionary.codeOfText(text);
            if (code >= 0 || text === null) {
                this.codes[row] = code;
                return;
            }
            this.toStrings();
        }
        this.strings[row] = text;
    }
    finish() {
        if (this.dictionary !== null) {
            // A view when the estimate of the row count was high, as for number columns (no copy).
            const codes = this.codes.subarray(0, this.length);
            this.codes = new Int32Array(0);
            return (0,table/* dictionaryColumn */.jk)(this.name, codes, this.dictionary.labels);
        }
        if (!this.numeric) {
            if (this.strings.length > this.length)
                this.strings.length = this.length;
            return { kind: 'string', name: this.name, values: this.strings };
        }
        const n = this.length;
        let values;
        let missing = null;
        if (this.blocks.length === 1) {
            // The first block was sized from the estimated row count: use it as is.
            values = this.blocks[0].subarray(0, n);
            missing = this.missingBlocks[0]?.subarray(0, n) ?? null;
        }
        else {
            values = this.numbers(n);
            let offset = 0;
            for (let b = 0; b < this.blocks.length; b++) {
                const count = Math.min(this.blocks[b].length, n - offset);
                values.set(this.blocks[b].subarray(0, count), offset);
                const flags = this.missingBlocks[b];
                if (flags) {
                    missing ??= new Uint8Array(n);
                    missing.set(flags.subarray(0, count), offset);
                }
                offset += count;
            }
        }
        this.blocks = [];
        this.missingBlocks = [];
        const column = { kind: 'number', name: this.name, values, missing };
        if (this.text)
            column.text = this.text;
        return column;
    }
    /**
     * A cell's text, from a small cache of recent short ASCII values when the
     * column repeats them (categories, labels, flags): a hit costs a hash and
     * a comparison of the bytes instead of decoding a new string, and all the
     * equal cells share one string. Columns whose values rarely repeat (ids,
     * free text) turn the cache off after a trial.
     */
    textOf(buf, start, end, quoting) {
        const length = end - start;
        if (length === 1 && quoting !== QUOTE_ESCAPED) {
            const c = buf[start];
            if (c < 0x80)
                return ASCII_CHARS[c];
        }
        if (!this.cache || quoting === QUOTE_ESCAPED || length > CACHE_MAX_LENGTH)
            return cellText(buf, start, end, quoting);
        const hash = asciiHash(buf, start, end);
        if (hash < 0)
            return cellText(buf, start, end, quoting);
        const slot = hash & (CACHE_SIZE - 1);
        const cached = this.cache[slot];
        this.lookups++;
        if (cached !== undefined && sameAscii(cached, buf, start, end)) {
            this.hits++;
            return cached;
        }
        if (this.lookups === CACHE_TRIAL && this.hits < CACHE_TRIAL / 2)
            this.cache = null;
        const text = buf.toString('latin1', start, end); // ASCII: latin1 and UTF-8 agree
        if (this.cache)
            this.cache[slot] = text;
        return text;
    }
    /** Stores row `row`'s cell of a text column: as a code while the dictionary holds, else as a string. */
    addText(row, buf, start, end, quoting) {
        if (this.dictionary !== null && this.addCode(row, buf, start, end, quoting))
            return;
        const value = start === end ? null : this.textOf(buf, start, end, quoting);
        if (row < this.strings.length)
            this.strings[row] = value;
        else
            this.strings.push(value);
    }
    /**
     * Stores the code of row `row`'s cell; false when the dictionary is full,
     * after turning the column to strings (the caller then stores the text).
     */
    addCode(row, buf, start, end, quoting) {
        const dictionary = this.dictionary;
        let code = -1;
        if (start !== end) {
            code = quoting === QUOTE_ESCAPED ? dictionary.codeOfText(cellText(buf, start, end, quoting)) : dictionary.codeOfBytes(buf, start, end);
            if (code < 0) {
                this.toStrings();
                return false;
            }
        }
        if (row >= this.codes.length) {
            const grown = new Int32Array(Math.max(2 * this.codes.length, row + 1, BLOCK)).fill(-1);
            grown.set(this.codes);
            this.codes = grown;
        }
        this.codes[row] = code;
        return true;
    }
    /** Leaves dictionary encoding: the codes so far become strings. */
    toStrings() {
        const { labels } = this.dictionary;
        const codes = this.codes;
        const strings = new Array(Math.max(codes.length, this.length)).fill(null);
        for (let i = 0; i < codes.length; i++) {
            const code = codes[i];
            if (code >= 0)
                strings[i] = labels[code];
        }
        this.strings = strings;
        this.dictionary = null;
        this.codes = new Int32Array(0);
    }
    numbers(length) {
        return this.shared ? new Float64Array(new SharedArrayBuffer(8 * length)) : new Float64Array(length);
    }
    newBlock(row) {
        const size = this.blocks.length === 0 ? this.firstBlock : BLOCK;
        this.blockStart = row;
        this.blockEnd = row + size;
        this.block = this.numbers(size);
        this.blocks.push(this.block);
        this.missingBlocks.push(null);
    }
    demote(row) {
        this.numeric = false;
        this.takesNumbers = false;
        if (this.text) {
            // The kept text is exactly the string column's first `row` cells.
            this.strings = this.text;
        }
        else {
            // Codes for the expected rows at once, set by index (the rows before
            // this one stay -1, missing, until fillPrefix finds their text).
            this.dictionary = new TextDictionary();
            this.codes = new Int32Array(Math.max(row, this.firstBlock)).fill(-1);
            if (this.present > 0)
                this.demotedAt = row;
        }
        this.blocks = [];
        this.missingBlocks = [];
        this.block = new Float64Array(0);
    }
    setMissing(row) {
        const b = this.missingBlocks.length - 1;
        let flags = this.missingBlocks[b];
        if (!flags)
            flags = this.missingBlocks[b] = new Uint8Array(this.block.length);
        flags[row - this.blockStart] = 1;
        this.block[row - this.blockStart] = NaN;
    }
}

;// CONCATENATED MODULE: ./src/readers/csv.ts
/**
 * CSV and TSV into a columnar Table.
 *
 * Why a hand-written tokenizer rather than csv-parse (the preferred library):
 * on a 1,000,000-row x 20-column CSV (160 MB; 16 numeric columns, 4 text),
 * csv-parse alone took 6.4 s just to split the records into strings, on a
 * quiet machine, against 1.5 s for pandas.read_csv producing typed columns.
 * The byte-level tokenizer (csv-tokenizer.ts), with numbers parsed straight
 * from the bytes (number-text.ts) and repeated short text shared
 * (text-column-builder.ts), builds the typed table with, measured by
 * `node bench/readers.mjs` on a quiet machine (median of 3 runs, each reader
 * in its own process; ratios are peer / modelgate):
 *
 *                          Node 24 (the actions' runtime)    Node 20
 *                          wall (s)  CPU (s)  peak RSS (MB)   wall (s)  peak RSS (MB)
 *   modelgate readTable      1.09     1.29       375          1.49       342
 *   pandas.read_csv          1.49     1.58       636          1.51       636
 *                           (1.37x)  (1.22x)    (1.70x)      (1.01x)    (1.86x)
 *   csv-parse + typing       7.52     8.80      1053         10.68       983
 *                           (6.90x)  (6.82x)    (2.81x)      (7.17x)    (2.87x)
 *
 * On a busy machine wall times scatter; CPU time (also printed) holds up best.
 *
 * csv-parse stays the reference in test/readers/csv-reference.test.ts: both
 * must split the same tricky inputs into the same fields.
 */









const COMMA = 44;
const TAB = 9;
const JOIN = 64 * 1024;
function chooseDelimiter(source, header) {
    if (source.format === 'tsv')
        return TAB;
    // A file named .csv is comma-separated unless its header has no comma at
    // all (European exports use ';' under the same extension).
    if (source.formatGiven && header.includes(COMMA))
        return COMMA;
    return (0,csv_tokenizer/* detectDelimiter */.T6)(header);
}
/**
 * Feeds the file to a tokenizer buffer by buffer. Each yielded tokenizer is
 * positioned on a buffer; the consumer calls `next()` until it returns a
 * negative value, and what it left unread is carried over into the next buffer.
 *
 * A record longer than a buffer is waited for: chunks are held until there
 * are twice as many bytes (so that a huge quoted field is not re-scanned once
 * per chunk), and joined once. Never more than max-record-bytes of it are
 * held: a record still not complete then is an error naming its line.
 */
async function* tokenize(input, file, delimiterOf, 
/** The delimiter, for a part of a file that starts after the header (no header, no BOM). */
headerless, maxRecordBytes = read_limits/* DEFAULT_MAX_RECORD_BYTES */.ty) {
    const chunks = input[Symbol.asyncIterator]();
    let tokenizer = headerless === undefined ? null : new csv_tokenizer/* CsvTokenizer */.YB(headerless, file, maxRecordBytes);
    /** The unread rest of the last buffer: the start of a record it cut. */
    let pending = null;
    /** Chunks read while waiting for `wanted` bytes, not yet joined. */
    let held = [];
    let heldBytes = 0;
    let wanted = 0;
    let first = headerless === undefined;
    // Enough to tell that a record is too long: its bytes, and one more to see
    // past a CR or a quote at the end of what was read.
    const enough = maxRecordBytes + 2;
    // A consumer that stops early (an error, enough rows) ends the chunks too,
    // so their file is closed now rather than by the garbage collector.
    try {
        for (;;) {
            const next = await chunks.next();
            const final = next.done === true;
            let chunk = final ? null : next.value;
            if (wanted > 0) {
                if (chunk) {
                    held.push(chunk);
                    heldBytes += chunk.length;
                }
                if (!final && (pending?.length ?? 0) + heldBytes < wanted)
                    continue;
                chunk = held.length === 0 ? null : held.length === 1 ? held[0] : Buffer.concat(held, heldBytes);
                held = [];
                heldBytes = 0;
            }
            else if (tokenizer && pending && chunk) {
                // The record cut by the end of the last chunk: finish it in a small
                // buffer joining the rest of the last chunk with the start of this one,
                // rather than copying the whole new chunk behind the rest.
                const joined = Buffer.concat([pending, chunk.subarray(0, JOIN)]);
                tokenizer.reset(joined, false);
                yield tokenizer;
                const used = tokenizer.pos - pending.length;
                if (used >= 0) {
                    pending = null;
                    chunk = chunk.subarray(used);
                }
            }
            let buf = chunk === null ? (pending ?? Buffer.alloc(0)) : pending ? Buffer.concat([pending, chunk]) : chunk;
            if (first) {
                if (buf.length < 3 && !final) {
                    pending = buf;
                    continue;
                }
                if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                    buf = buf.subarray(3);
                first = false;
            }
            if (!tokenizer) {
                const header = (0,csv_tokenizer/* headerLine */.iH)(buf, final);
                if (header === null) {
                    if (buf.length >= enough)
                        throw (0,limits/* recordTooLong */.oV)(file, linesBefore(buf) + 1, maxRecordBytes, 'header line');
                    pending = buf;
                    wanted = Math.min(buf.length * 2, enough);
                    continue;
                }
                tokenizer = new csv_tokenizer/* CsvTokenizer */.YB(delimiterOf(header), file, maxRecordBytes);
            }
            tokenizer.reset(buf, final);
            yield tokenizer;
            if (final)
                return;
            const rest = buf.length - tokenizer.pos;
            if (rest >= enough)
                throw tokenizer.tooLong(tokenizer.line, buf.indexOf(csv_tokenizer/* QUOTE */.jA, tokenizer.pos) >= 0);
            // A record longer than the buffer: wait for twice as much before trying again.
            wanted = tokenizer.pos === 0 ? Math.min(buf.length * 2, enough) : 0;
            pending = rest > 0 ? buf.subarray(tokenizer.pos) : null;
        }
    }
    finally {
        await chunks.return?.();
    }
}
/** The line breaks (LF, CRLF or CR) at the start of a buffer: the empty lines before a header. */
function linesBefore(buf) {
    let lines = 0;
    for (let i = 0; i < buf.length && (buf[i] === csv_tokenizer.LF || buf[i] === csv_tokenizer.CR); i++) {
        if (buf[i] === csv_tokenizer.CR && buf[i + 1] === csv_tokenizer.LF)
            i++;
        lines++;
    }
    return lines;
}
function headerNames(tokenizer, n) {
    const names = [];
    for (let i = 0; i < n; i++)
        names.push(cellText(tokenizer.buf, tokenizer.starts[i], tokenizer.ends[i], tokenizer.quoting[i]));
    return names;
}
function raggedRow(source, tokenizer, n, width) {
    return new errors/* UserError */.yo(`${n} field${n === 1 ? '' : 's'}, the header has ${width}`, { file: source.display, line: tokenizer.recordLine });
}
function emptyFile(source) {
    return new errors/* UserError */.yo('empty file: expected a header line', { file: source.display });
}
/**
 * The row count of a plain (not gzip) file, estimated from the line length in
 * the first buffer, with 5% to spare: it sizes the number columns' storage so
 * that they need no copy at the end (text-column-builder.ts). 0 when unknown.
 */
function expectedRows(source, tokenizer, size) {
    if (source.gzip)
        return 0;
    const buf = tokenizer.buf;
    let lines = 0;
    for (let i = buf.indexOf(10, tokenizer.pos); i >= 0; i = buf.indexOf(10, i + 1))
        lines++;
    const sampled = buf.length - tokenizer.pos;
    if (lines === 0 || sampled <= 0)
        return 0;
    return Math.ceil(((size - tokenizer.pos) / sampled) * lines * 1.05);
}
async function readCsvTable(source, options) {
    try {
        return await readCsvTableUnchecked(source, options);
    }
    catch (err) {
        return (0,readers_source/* explainUtf8 */.BP)(err, source);
    }
}
async function readCsvTableUnchecked(source, options) {
    return (await readCsvPartUnchecked(source, options)).table;
}
/** Reads a part of a CSV file (the whole file when `part` is not given). Errors are not yet explained (explainUtf8). */
async function readCsvPartUnchecked(source, options, part) {
    const range = part ? { start: part.start, end: part.end } : undefined;
    const size = part ? part.end - part.start : source.size;
    // Nothing keeps a chunk: cells are copied out as numbers, codes or strings.
    const reader = new readers_source/* ChunkReader */.f7(source, true, { range, recycle: true });
    const progress = new readers_progress/* ProgressReporter */.P(source.display, options.progress);
    const maxRows = options.maxRows ?? Infinity;
    const wanted = options.columns ? new Set(options.columns) : null;
    const known = part?.header;
    let builders = null;
    let width = 0;
    let rows = 0;
    let rowLines = new Int32Array(1024);
    let delimiter = known?.delimiter ?? COMMA;
    let last = null;
    // One builder per header name (null for a column not asked for), sized from the row estimate.
    const startColumns = (names, tokenizer) => {
        const expected = Math.min(expectedRows(source, tokenizer, size), maxRows);
        if (expected > rowLines.length)
            rowLines = new Int32Array(expected);
        width = names.length;
        return names.map((name) => (wanted && !wanted.has(name) ? null : new TextColumnBuilder(name, options.keepText === true, expected, options.sharedNumbers === true)));
    };
    read: for await (const tokenizer of tokenize(reader.chunks(), source.display, (header) => chooseDelimiter(source, header), known?.delimiter, source.limits.maxRecordBytes)) {
        delimiter = tokenizer.delimiter;
        last = tokenizer;
        if (builders === null && known) {
            // A part after the first: its columns are the header's, and its first record is data.
            builders = startColumns(known.names, tokenizer);
        }
        for (;;) {
            if (builders !== null) {
                // As many records as the fast path takes (csv-plain-records.ts), then one through the tokenizer.
                rows = readPlainRecords(tokenizer, builders, rowLines, rows, maxRows, options.shortRow);
                if (rows >= maxRows)
                    break read;
            }
            const n = tokenizer.next();
            if (n < 0)
                break;
            if (builders === null) {
                const names = headerNames(tokenizer, n);
                (0,columns/* checkHeader */.eb)(names, source.display, tokenizer.recordLine);
                (0,columns/* checkRequested */.lq)(options.columns, names, source.display);
                builders = startColumns(names, tokenizer);
                if (rows >= maxRows)
                    break read;
                continue;
            }
            if (n !== width) {
                if (n > width || options.shortRow === undefined)
                    throw raggedRow(source, tokenizer, n, width);
                options.shortRow(rows, n, tokenizer.recordLine);
            }
            const buf = tokenizer.buf;
            const starts = tokenizer.starts;
            const ends = tokenizer.ends;
            const quoting = tokenizer.quoting;
            const plain = tokenizer.plain;
            const numbers = tokenizer.numbers;
            for (let i = 0; i < n; i++) {
                const builder = builders[i];
                if (builder === null)
                    continue;
                if (plain[i] === 1 && builder.takesNumbers)
                    builder.addNumber(numbers[i]);
                else
                    builder.add(buf, starts[i], ends[i], quoting[i]);
            }
            // The cells a short record lacks are empty, i.e. missing.
            for (let i = n; i < width; i++)
                builders[i]?.add(buf, 0, 0, csv_tokenizer/* UNQUOTED */.Q8);
            if (rows === rowLines.length) {
                const grown = new Int32Array(rows * 2);
                grown.set(rowLines);
                rowLines = grown;
            }
            rowLines[rows++] = tokenizer.recordLine;
            if (rows >= maxRows)
                break read;
        }
        progress.update(rows, reader.bytesRead());
    }
    if (builders === null)
        throw emptyFile(source);
    const kept = builders.filter((b) => b !== null);
    await fillDemotedPrefixes(source, builders, delimiter, part);
    progress.done(rows, reader.bytesRead());
    const table = {
        source: source.display,
        columns: kept.map((b) => b.finish()),
        rowCount: rows,
        rowLines: rowLines.subarray(0, rows),
    };
    return { table, lines: last ? last.line - 1 : 0 };
}
/**
 * Second, partial read for columns that turned out to be text after some
 * numeric rows: fetches the text of those rows (see text-column-builder.ts).
 */
async function fillDemotedPrefixes(source, builders, delimiter, part) {
    const late = builders.map((b, i) => ({ b, i })).filter((x) => x.b !== null && x.b.demotedAt > 0);
    if (late.length === 0)
        return;
    const until = Math.max(...late.map((x) => x.b.demotedAt));
    const headerless = part?.header !== undefined;
    let row = headerless ? 0 : -1; // -1: the header
    const reader = new readers_source/* ChunkReader */.f7(source, false, { range: part ? { start: part.start, end: part.end } : undefined, recycle: true });
    read: for await (const tokenizer of tokenize(reader.chunks(), source.display, () => delimiter, headerless ? delimiter : undefined, source.limits.maxRecordBytes)) {
        for (;;) {
            const n = tokenizer.next();
            if (n < 0)
                break;
            if (row >= 0) {
                for (const { b, i } of late) {
                    if (row < b.demotedAt) {
                        const start = tokenizer.starts[i];
                        const end = tokenizer.ends[i];
                        b.fillPrefix(row, start === end ? null : cellText(tokenizer.buf, start, end, tokenizer.quoting[i]));
                    }
                }
            }
            if (++row >= until)
                break read;
        }
    }
}
/** The rows of a CSV/TSV file one by one, as objects of text cells (null where empty). */
async function* csvRecords(source, options) {
    const reader = new readers_source/* ChunkReader */.f7(source, true);
    const progress = new readers_progress/* ProgressReporter */.P(source.display, options.progress);
    const maxRows = options.maxRows ?? Infinity;
    let names = null;
    let picked = [];
    let rows = 0;
    try {
        read: for await (const tokenizer of tokenize(reader.chunks(), source.display, (header) => chooseDelimiter(source, header), undefined, source.limits.maxRecordBytes)) {
            const batch = [];
            for (;;) {
                const n = tokenizer.next();
                if (n < 0)
                    break;
                if (names === null) {
                    names = headerNames(tokenizer, n);
                    (0,columns/* checkHeader */.eb)(names, source.display, tokenizer.recordLine);
                    (0,columns/* checkRequested */.lq)(options.columns, names, source.display);
                    const wanted = options.columns ? new Set(options.columns) : null;
                    picked = names.map((_, i) => i).filter((i) => !wanted || wanted.has(names[i]));
                    continue;
                }
                if (rows >= maxRows)
                    break;
                if (n !== names.length) {
                    // Hand over the good rows before this one first.
                    for (const r of batch)
                        yield r;
                    throw raggedRow(source, tokenizer, n, names.length);
                }
                const record = {};
                for (const i of picked) {
                    const start = tokenizer.starts[i];
                    const end = tokenizer.ends[i];
                    record[names[i]] = start === end ? null : cellText(tokenizer.buf, start, end, tokenizer.quoting[i]);
                }
                batch.push({ record, line: tokenizer.recordLine });
                rows++;
            }
            for (const r of batch)
                yield r;
            progress.update(rows, reader.bytesRead());
            if (rows >= maxRows)
                break read;
        }
    }
    catch (err) {
        await (0,readers_source/* explainUtf8 */.BP)(err, source);
    }
    if (names === null)
        throw emptyFile(source);
    progress.done(rows, reader.bytesRead());
}


/***/ }),

/***/ 6450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ limitsOf),
/* harmony export */   ME: () => (/* binding */ fileTooLarge),
/* harmony export */   oV: () => (/* binding */ recordTooLong),
/* harmony export */   uA: () => (/* binding */ dataTooLarge)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_read_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9616);
/**
 * The readers' side of the read limits (core/read-limits.ts): the limits of
 * a read, and the one-line errors for a file past them. Each names the input
 * that changes the limit, since a file past it may be legitimate.
 */


function limitsOf(options) {
    return { maxInputBytes: options.maxInputBytes ?? _core_read_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_MAX_INPUT_BYTES */ .yQ, maxRecordBytes: options.maxRecordBytes ?? _core_read_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_MAX_RECORD_BYTES */ .ty };
}
/** A plain file larger than max-input-bytes: refused before reading. */
function fileTooLarge(file, size, limit) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_core_read_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .formatByteSize */ .$j)(size)}, more than max-input-bytes (${(0,_core_read_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .formatByteSize */ .$j)(limit)}); raise max-input-bytes to read it`, { file });
}
/** Data past max-input-bytes found while reading: a .gz's decompressed bytes, Parquet's decoded size. */
function dataTooLarge(file, limit, what = 'of data after decompression') {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`more than ${(0,_core_read_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .formatByteSize */ .$j)(limit)} ${what}, the max-input-bytes limit; raise max-input-bytes to read it`, { file });
}
/**
 * A record longer than max-record-bytes. `what` names it as the format does
 * ("record", "line", "object"); `hint` may say what usually causes it.
 */
function recordTooLong(file, line, limit, what, hint = 'raise max-record-bytes if the file is meant to hold one') {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} longer than max-record-bytes (${(0,_core_read_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .formatByteSize */ .$j)(limit)}); ${hint}`, line === undefined ? { file } : { file, line });
}


/***/ }),

/***/ 75843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ke: () => (/* binding */ parseNumberText),
/* harmony export */   pR: () => (/* binding */ parseNumberInto)
/* harmony export */ });
/* unused harmony export parseNumberBytes */
/**
 * When a cell's text is a number, and which number.
 *
 * The grammar is the decimal one of CSV files written by pandas, R, Excel and
 * numpy: an optional sign, digits with an optional fraction (".5" and "5."
 * included), an optional exponent; plus the words "inf"/"infinity" (±Infinity)
 * and "nan" (NaN, which the readers count as missing), any case. Spaces and
 * tabs around the text are allowed. Anything else ("1,5", "0x10", "1_000",
 * "NA") is text, not a number.
 *
 * `parseNumberBytes` reads the number straight from the file's bytes so that a
 * numeric cell never becomes a string. It takes Clinger's fast path (W. D.
 * Clinger, "How to read floating point numbers accurately", PLDI 1990): when
 * the decimal significand has at most 15 digits and the power of ten is within
 * ±22, both are exact doubles and one multiplication or division rounds
 * correctly. Every other number goes through `Number()`, which rounds
 * correctly too, so the result always equals `Number(text)`.
 */
const POW10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
const SPACE = 32;
const TAB = 9;
const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
function latin1(bytes, start, end) {
    let s = '';
    for (let i = start; i < end; i++)
        s += String.fromCharCode(bytes[i]);
    return s;
}
/** Lower-cased ASCII letters of bytes[start, end) equal `word`. */
function isWord(bytes, start, end, word) {
    if (end - start !== word.length)
        return false;
    for (let i = 0; i < word.length; i++) {
        if ((bytes[start + i] | 0x20) !== word.charCodeAt(i))
            return false;
    }
    return true;
}
const scratch = new Float64Array(1);
/**
 * The number bytes[start, end) spell, NaN for "nan", or undefined when the
 * text is not a number (including empty or blank text).
 */
function parseNumberBytes(bytes, start, end) {
    return parseNumberInto(bytes, start, end, scratch, 0) ? scratch[0] : undefined;
}
/**
 * Like `parseNumberBytes`, but stores the number in out[index] and returns
 * whether the text was a number. Writing into a Float64Array rather than
 * returning the double spares V8 allocating a heap number per cell, which
 * measured at a third of the time of reading a numeric CSV.
 */
function parseNumberInto(bytes, start, end, out, index) {
    while (start < end && (bytes[start] === SPACE || bytes[start] === TAB))
        start++;
    while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB))
        end--;
    if (start === end)
        return false;
    let i = start;
    let negative = false;
    const sign = bytes[i];
    if (sign === MINUS) {
        negative = true;
        i++;
    }
    else if (sign === PLUS) {
        i++;
    }
    let mantissa = 0;
    let significant = 0;
    let digits = 0;
    let exponent = 0;
    while (i < end) {
        const d = bytes[i] - ZERO;
        if (d < 0 || d > 9)
            break;
        mantissa = mantissa * 10 + d;
        if (significant > 0 || d !== 0)
            significant++;
        digits++;
        i++;
    }
    if (i < end && bytes[i] === DOT) {
        i++;
        while (i < end) {
            const d = bytes[i] - ZERO;
            if (d < 0 || d > 9)
                break;
            mantissa = mantissa * 10 + d;
            if (significant > 0 || d !== 0)
                significant++;
            digits++;
            exponent--;
            i++;
        }
    }
    if (digits === 0) {
        // No digits: only the special words can still be numbers.
        if (i !== (negative || bytes[start] === PLUS ? start + 1 : start))
            return false; // a lone "." or "-."
        if (isWord(bytes, i, end, 'inf') || isWord(bytes, i, end, 'infinity')) {
            out[index] = negative ? -Infinity : Infinity;
            return true;
        }
        if (isWord(bytes, i, end, 'nan')) {
            out[index] = NaN;
            return true;
        }
        return false;
    }
    if (i < end && (bytes[i] | 0x20) === 0x65 /* e */) {
        i++;
        let expNegative = false;
        if (i < end && (bytes[i] === MINUS || bytes[i] === PLUS)) {
            expNegative = bytes[i] === MINUS;
            i++;
        }
        const expStart = i;
        let e = 0;
        while (i < end) {
            const d = bytes[i] - ZERO;
            if (d < 0 || d > 9)
                break;
            if (e < 100000)
                e = e * 10 + d;
            i++;
        }
        if (i === expStart)
            return false;
        exponent += expNegative ? -e : e;
    }
    if (i !== end)
        return false;
    if (significant > 15 || exponent > 22 || exponent < -22) {
        out[index] = Number(latin1(bytes, start, end));
        return true;
    }
    const value = exponent >= 0 ? mantissa * POW10[exponent] : mantissa / POW10[-exponent];
    out[index] = negative ? -value : value;
    return true;
}
const NUMBER_TEXT = /^[ \t]*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[ \t]*$/;
const SPECIAL_TEXT = /^[ \t]*([+-]?)(inf|infinity|nan)[ \t]*$/i;
/** Same grammar as `parseNumberBytes`, for text that already is a string (JSON, Parquet). */
function parseNumberText(text) {
    if (NUMBER_TEXT.test(text))
        return Number(text);
    const special = SPECIAL_TEXT.exec(text);
    if (!special)
        return undefined;
    if (special[2].toLowerCase() === 'nan')
        return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
}


/***/ }),

/***/ 23425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ ProgressReporter)
/* harmony export */ });
const INTERVAL_MS = 1000;
const INTERVAL_BYTES = 64 * 1024 * 1024;
/** Throttles progress calls to about one a second or one per 64 MiB read. */
class ProgressReporter {
    file;
    callback;
    lastTime = Date.now();
    lastBytes = 0;
    constructor(file, callback) {
        this.file = file;
        this.callback = callback;
    }
    update(rows, bytes) {
        if (!this.callback)
            return;
        const now = Date.now();
        if (now - this.lastTime < INTERVAL_MS && bytes - this.lastBytes < INTERVAL_BYTES)
            return;
        this.lastTime = now;
        this.lastBytes = bytes;
        this.callback({ file: this.file, rows, bytes });
    }
    done(rows, bytes) {
        this.callback?.({ file: this.file, rows, bytes, done: true });
    }
}


/***/ }),

/***/ 53295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f7: () => (/* binding */ ChunkReader),
  BP: () => (/* binding */ explainUtf8),
  oD: () => (/* binding */ openSource)
});

// UNUSED EXPORTS: formatFromName, gzipError, lineAtOffset, sniffFormat

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/readers/limits.ts
var readers_limits = __webpack_require__(6450);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/readers/utf8.ts
/**
 * Checks that a stream of chunks is valid UTF-8 without decoding it, using
 * Node's native `buffer.isUtf8`; a character split between two chunks is
 * carried over to the next one.
 */

/** Thrown (internally) at the first invalid byte; the reader turns it into a UserError naming the line. */
class InvalidUtf8Error extends Error {
    offset;
    byte;
    constructor(
    /** Offset of the invalid byte in the (decompressed) stream. */
    offset, byte) {
        super(`invalid UTF-8 at byte ${offset}`);
        this.offset = offset;
        this.byte = byte;
    }
}
/** Length of the sequence a lead byte starts, or 0 if it cannot start one. */
function sequenceLength(lead) {
    if (lead < 0x80)
        return 1;
    if (lead >= 0xc2 && lead <= 0xdf)
        return 2;
    if (lead >= 0xe0 && lead <= 0xef)
        return 3;
    if (lead >= 0xf0 && lead <= 0xf4)
        return 4;
    return 0;
}
/** Index of the first byte of the first invalid sequence in a buffer that `isUtf8` rejected. */
function firstInvalidUtf8(buf) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    // Walk character by character; each multi-byte sequence is checked by the
    // standard decoder, which knows the overlong and surrogate rules.
    let i = 0;
    while (i < buf.length) {
        const n = sequenceLength(buf[i]);
        if (n === 0 || i + n > buf.length)
            return i;
        if (n > 1) {
            try {
                decoder.decode(buf.subarray(i, i + n));
            }
            catch {
                return i;
            }
        }
        i += n;
    }
    return buf.length;
}
class Utf8Guard {
    carry = null;
    /** Stream offset of the first byte not yet checked. */
    offset = 0;
    /** Checks a chunk; throws InvalidUtf8Error at the first invalid byte. */
    check(chunk) {
        const data = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
        const cut = data.length - incompleteTail(data);
        const complete = cut === data.length ? data : data.subarray(0, cut);
        if (!(0,external_node_buffer_.isUtf8)(complete)) {
            const at = firstInvalidUtf8(complete);
            throw new InvalidUtf8Error(this.offset + at, complete[at]);
        }
        this.offset += cut;
        this.carry = cut === data.length ? null : Buffer.from(data.subarray(cut));
    }
    /** At the end of the stream: a character cut short is invalid too. */
    end() {
        if (this.carry)
            throw new InvalidUtf8Error(this.offset, this.carry[0]);
    }
}
/** Number of bytes at the end of buf that start a multi-byte character the buffer cuts short. */
function incompleteTail(buf) {
    const n = buf.length;
    for (let back = 1; back <= 3 && back <= n; back++) {
        const b = buf[n - back];
        if ((b & 0xc0) !== 0x80) {
            const len = sequenceLength(b);
            return len > back ? back : 0;
        }
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/readers/source.ts
/**
 * Opening a data file: resolving the path, the checks every format shares
 * (missing file, directory, empty file, a size past max-input-bytes), gzip,
 * the format, and reading the (decompressed) bytes in chunks, never the
 * whole file at once, and never more than max-input-bytes of them.
 */







const CHUNK = 1 << 20;
const EXTENSIONS = {
    csv: 'csv',
    tsv: 'tsv',
    tab: 'tsv',
    jsonl: 'jsonl',
    ndjson: 'jsonl',
    json: 'json',
    parquet: 'parquet',
    pq: 'parquet',
};
/** The format the file name says, after stripping ".gz", if it says one. */
function formatFromName(path) {
    const name = path.toLowerCase().replace(/\.gz$/, '');
    const dot = name.lastIndexOf('.');
    return dot < 0 ? undefined : EXTENSIONS[name.slice(dot + 1)];
}
async function openSource(path, options = {}) {
    const absolute = (0,external_node_path_.resolve)(options.cwd ?? process.cwd(), path);
    let size;
    try {
        const info = await (0,promises_.stat)(absolute);
        if (info.isDirectory())
            throw new errors/* UserError */.yo('is a directory, not a data file', { file: path });
        size = info.size;
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            throw err;
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw new errors/* UserError */.yo('file not found', { file: path });
        throw new errors/* UserError */.yo(`cannot read the file (${code ?? String(err)})`, { file: path });
    }
    if (size === 0)
        throw new errors/* UserError */.yo('empty file', { file: path });
    const limits = (0,readers_limits/* limitsOf */.Af)(options);
    const head = await readHead(absolute, path);
    const gzip = head[0] === 0x1f && head[1] === 0x8b;
    // A .gz is counted as it is decompressed (ChunkReader), its size on disk says little.
    if (!gzip && size > limits.maxInputBytes)
        throw (0,readers_limits/* fileTooLarge */.ME)(path, size, limits.maxInputBytes);
    const given = formatFromName(path) ?? options.format;
    const format = given ?? sniffFormat(gzip ? await gunzipHead(head, path) : head);
    return { display: path, absolute, gzip, format, formatGiven: given !== undefined, size, limits };
}
async function readHead(absolute, display) {
    const handle = await (0,promises_.open)(absolute, 'r').catch((err) => {
        throw new errors/* UserError */.yo(`cannot read the file (${err.code ?? err.message})`, { file: display });
    });
    try {
        const buf = Buffer.alloc(64 * 1024);
        const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
        return buf.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}
/**
 * The start of a gzip stream's content (its first 64 KiB at most), from its
 * first bytes (which may end mid-stream). Only the first piece is
 * decompressed: 64 KiB of a bomb would expand to 64 MB.
 */
function gunzipHead(head, display) {
    return new Promise((resolve, reject) => {
        const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: 64 * 1024, finishFlush: external_node_zlib_.constants.Z_SYNC_FLUSH }); // the head is a truncated stream
        gunzip.once('data', (chunk) => {
            resolve(chunk);
            gunzip.destroy();
        });
        gunzip.once('end', () => resolve(Buffer.alloc(0)));
        gunzip.once('error', (err) => reject(gzipError(err, display)));
        gunzip.end(head);
    });
}
/** Guesses the format from the first bytes: Parquet's magic, a JSON array, JSON Lines, else CSV. */
function sniffFormat(head) {
    if (head.subarray(0, 4).toString('latin1') === 'PAR1')
        return 'parquet';
    let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d))
        i++;
    if (head[i] === 0x5b /* [ */)
        return 'json';
    if (head[i] === 0x7b /* { */)
        return 'jsonl';
    return 'csv';
}
function gzipError(err, display) {
    const reason = err instanceof Error ? err.message : String(err);
    return new errors/* UserError */.yo(`not a valid gzip file (${reason})`, { file: display });
}
/**
 * The file's (decompressed) bytes, chunk by chunk, checked to be UTF-8 when
 * `utf8` is set. `bytesRead()` tells how many bytes of the file were read so far.
 */
class ChunkReader {
    source;
    utf8;
    options;
    file = null;
    read = 0;
    constructor(source, utf8, options = {}) {
        this.source = source;
        this.utf8 = utf8;
        this.options = options;
    }
    bytesRead() {
        return this.file?.bytesRead ?? this.read;
    }
    async *chunks() {
        if (this.options.recycle && !this.source.gzip) {
            yield* this.recycledChunks();
            return;
        }
        const range = this.options.range;
        const file = (0,external_node_fs_.createReadStream)(this.source.absolute, { highWaterMark: CHUNK, ...(range ? { start: range.start, end: range.end - 1 } : {}) });
        this.file = file;
        const gunzip = this.source.gzip ? (0,external_node_zlib_.createGunzip)({ chunkSize: CHUNK }) : null;
        if (gunzip) {
            file.on('error', (err) => gunzip.destroy(err));
            file.pipe(gunzip);
        }
        const stream = gunzip ?? file;
        const guard = this.utf8 ? new Utf8Guard() : null;
        // A plain file's size was checked when it was opened; a .gz is checked as it expands.
        const limit = gunzip ? this.source.limits.maxInputBytes : Infinity;
        let expanded = 0;
        try {
            for await (const chunk of stream) {
                expanded += chunk.length;
                if (expanded > limit)
                    throw (0,readers_limits/* dataTooLarge */.uA)(this.source.display, limit);
                guard?.check(chunk);
                yield chunk;
            }
            guard?.end();
        }
        catch (err) {
            if (gunzip && err.code?.startsWith('Z_'))
                throw gzipError(err, this.source.display);
            throw err;
        }
        finally {
            file.destroy();
            gunzip?.destroy();
        }
    }
    /**
     * A plain file in chunks read into three buffers in turn, the next read
     * under way while the consumer works on this chunk: the chunk it is given,
     * the one before (which it may still hold a tail of) and the one being
     * read are always three different buffers.
     */
    async *recycledChunks() {
        const end = this.options.range?.end ?? Infinity;
        let position = this.options.range?.start ?? 0;
        const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
        const handle = await (0,promises_.open)(this.source.absolute, 'r');
        const readInto = (buffer) => {
            const want = Math.min(CHUNK, end - position);
            if (want <= 0)
                return Promise.resolve(0);
            const reading = handle.read(buffer, 0, want, position).then((r) => r.bytesRead);
            reading.catch(() => undefined); // seen by the await below, or dropped when the consumer stops early
            return reading;
        };
        const guard = this.utf8 ? new Utf8Guard() : null;
        let turn = 0;
        let pending = readInto(buffers[0]);
        try {
            for (;;) {
                const n = await pending;
                if (n === 0)
                    break;
                position += n;
                this.read += n;
                const chunk = buffers[turn].subarray(0, n);
                turn = (turn + 1) % 3;
                pending = readInto(buffers[turn]);
                guard?.check(chunk);
                yield chunk;
            }
            guard?.end();
        }
        finally {
            await handle.close(); // waits for a read still under way
        }
    }
}
/** The 1-based line of a byte offset of the (decompressed) file: only for error messages. */
async function lineAtOffset(source, offset) {
    let line = 1;
    let seen = 0;
    for await (const chunk of new ChunkReader(source, false).chunks()) {
        const end = Math.min(chunk.length, offset - seen);
        for (let i = chunk.indexOf(10); i >= 0 && i < end; i = chunk.indexOf(10, i + 1))
            line++;
        seen += chunk.length;
        if (seen >= offset)
            break;
    }
    return line;
}
/** Turns the internal invalid-UTF-8 signal into a UserError naming the line. */
async function explainUtf8(err, source) {
    if (!(err instanceof InvalidUtf8Error))
        throw err;
    const line = await lineAtOffset(source, err.offset);
    const hex = `0x${err.byte.toString(16).padStart(2, '0')}`;
    const utf16 = err.offset <= 1 && (err.byte === 0xff || err.byte === 0xfe);
    const hint = utf16 ? 'the file looks like UTF-16; save it as UTF-8' : 'save the file as UTF-8';
    throw new errors/* UserError */.yo(`invalid UTF-8 (byte ${hex}); ${hint}`, { file: source.display, line });
}


/***/ })

};
