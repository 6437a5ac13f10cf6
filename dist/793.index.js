export const id = 793;
export const ids = [793];
export const modules = {

/***/ 1918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hc: () => (/* binding */ distinctSample),
/* harmony export */   Is: () => (/* binding */ countsOfSample),
/* harmony export */   L: () => (/* binding */ numberSampleOfParts),
/* harmony export */   VD: () => (/* binding */ distinctCountOfSample),
/* harmony export */   bV: () => (/* binding */ expandDistinct),
/* harmony export */   cC: () => (/* binding */ countsOfValues),
/* harmony export */   jr: () => (/* binding */ columnSample),
/* harmony export */   se: () => (/* binding */ sampleSize)
/* harmony export */ });
/* unused harmony export distinctCount */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _stats_drift_radix_sort_float64_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5211);
/**
 * One column of the reference or current data, prepared for the drift
 * tests: numerical values without missing cells, NaN or ±∞ (Evidently drops
 * them the same way) sorted ascending, or category counts. Missing cells are
 * counted for the data-quality findings.
 */


function sampleSize(s) {
    return s.type === 'numerical' ? (s.distinct ? s.distinct.n : s.values.length) : s.n;
}
/**
 * A numerical sample from distinct values and counts. Returns undefined
 * unless the values are strictly ascending and finite and every count a
 * positive integer (an edited profile), so that the caller falls back to the
 * expanded values and every result stays what the expansion gives.
 */
function distinctSample(values, counts, rows, missing) {
    let n = 0;
    // Strictly ascending from −∞ rules out NaN and −∞ too; +∞ can only be last.
    let prev = -Infinity;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        const c = counts[i];
        if (!(v > prev && c >= 1 && c === Math.floor(c)))
            return undefined;
        prev = v;
        n += c;
    }
    if (prev === Infinity)
        return undefined;
    let expanded;
    return {
        type: 'numerical',
        distinct: { values, counts, n },
        rows,
        missing,
        get values() {
            expanded ??= expandDistinct(values, counts, n);
            return expanded;
        },
    };
}
/** Every value of a distinct-values sample, each repeated its count of times. */
function expandDistinct(values, counts, n) {
    if (n === undefined) {
        n = 0;
        for (const c of counts)
            n += c;
    }
    const out = new Float64Array(n);
    let at = 0;
    for (let i = 0; i < values.length; i++) {
        out.fill(values[i], at, at + counts[i]);
        at += counts[i];
    }
    return out;
}
/** Numbers as category labels: the shortest round-trip text, so 1 and 1.0 are one category. */
function label(v) {
    return String(v);
}
/** Category counts of a numerical sample (its distinct values). */
function countsOfValues(values) {
    const counts = new Map();
    let i = 0;
    while (i < values.length) {
        let j = i + 1;
        while (j < values.length && values[j] === values[i])
            j++;
        counts.set(label(values[i]), j - i);
        i = j;
    }
    return counts;
}
/** Category counts of a numerical sample, from its distinct values when it has them. */
function countsOfSample(s) {
    if (!s.distinct)
        return countsOfValues(s.values);
    const counts = new Map();
    const { values, counts: k } = s.distinct;
    for (let i = 0; i < values.length; i++)
        counts.set(label(values[i]), k[i]);
    return counts;
}
/** Distinct values of a numerical sample. */
function distinctCountOfSample(s) {
    return s.distinct ? s.distinct.values.length : distinctCount(s.values);
}
/** Distinct values of an ascending array. */
function distinctCount(values) {
    let d = 0;
    for (let i = 0; i < values.length; i++)
        if (i === 0 || values[i] !== values[i - 1])
            d++;
    return d;
}
/**
 * Prepare a column. `rows` optionally selects row indices (sampling).
 * A text column declared numerical must hold numbers in every present cell.
 * `consume`: the table is not used afterwards, so a number column's own
 * array is filtered and sorted in place instead of a copy (rows ascending
 * keep the in-place filter safe: a value is read before its slot is written).
 */
function columnSample(column, type, source, rows, consume = false) {
    const count = rows ? rows.length : column.values.length;
    if (column.kind === 'number') {
        const out = consume ? column.values : new Float64Array(count);
        let n = 0;
        if (!rows && !column.missing) {
            // The common case: copy in one go, then squeeze out NaN and ±∞ in place.
            if (!consume)
                out.set(column.values);
            for (let k = 0; k < count; k++) {
                const v = out[k];
                if (v - v === 0)
                    out[n++] = v; // finite: v − v is NaN for NaN and ±∞
            }
        }
        else {
            for (let k = 0; k < count; k++) {
                const i = rows ? rows[k] : k;
                const v = column.values[i];
                if (Number.isFinite(v) && !(column.missing && column.missing[i] === 1))
                    out[n++] = v;
            }
        }
        return sampleOfSorted((0,_stats_drift_radix_sort_float64_js__WEBPACK_IMPORTED_MODULE_1__/* .radixSortFloat64 */ .J)(out.subarray(0, n)), count, type);
    }
    if (type === 'numerical') {
        const out = new Float64Array(count);
        let n = 0;
        for (let k = 0; k < count; k++) {
            const i = rows ? rows[k] : k;
            const cell = column.values[i];
            if (cell === null || cell.trim() === '')
                continue;
            const v = Number(cell.trim());
            if (Number.isNaN(v) && !/^nan$/i.test(cell.trim())) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`column-types says numerical, but row ${i + 1} holds "${cell.slice(0, 40)}", which is not a number`, {
                    file: source,
                    field: `column ${column.name}`,
                });
            }
            if (Number.isFinite(v))
                out[n++] = v;
        }
        return { type, values: (0,_stats_drift_radix_sort_float64_js__WEBPACK_IMPORTED_MODULE_1__/* .radixSortFloat64 */ .J)(out.subarray(0, n)), rows: count, missing: count - n };
    }
    const counts = new Map();
    let n = 0;
    for (let k = 0; k < count; k++) {
        const i = rows ? rows[k] : k;
        const cell = column.values[i];
        if (cell === null)
            continue;
        counts.set(cell, (counts.get(cell) ?? 0) + 1);
        n++;
    }
    return { type, counts, n, rows: count, missing: count - n };
}
/**
 * The sample of a number column held in parts (its halves, read by two
 * threads, in file order): exactly columnSample's on the joined column,
 * without making the joined copy (sortedFinite reads the parts directly).
 */
function numberSampleOfParts(parts, type) {
    let rows = 0;
    for (const p of parts)
        rows += p.length;
    return sampleOfSorted((0,_stats_drift_radix_sort_float64_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedFinite */ .n)(parts), rows, type);
}
/** The sample of a number column from its finite values, ascending, out of `rows` cells. */
function sampleOfSorted(values, rows, type) {
    const n = values.length;
    if (type === 'numerical')
        return { type, values, rows, missing: rows - n };
    return { type, counts: countsOfValues(values), n, rows, missing: rows - n };
}


/***/ }),

/***/ 1793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  currentPartTask: () => (/* binding */ currentPartTask),
  prepareCurrentInParts: () => (/* binding */ prepareCurrentInParts)
});

// EXTERNAL MODULE: ./src/parallel/worker-task.ts
var worker_task = __webpack_require__(703);
// EXTERNAL MODULE: ./src/readers/csv.ts + 1 modules
var csv = __webpack_require__(6232);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/readers/columns.ts
var columns = __webpack_require__(8387);
// EXTERNAL MODULE: ./src/readers/csv-tokenizer.ts
var csv_tokenizer = __webpack_require__(3776);
;// CONCATENATED MODULE: ./src/readers/csv-split.ts
/**
 * Cutting a large CSV file in two, so that two threads can each read one
 * part at once (drift-check reads and sorts its current file this way:
 * gates/drift-check/current-in-parts.ts). Reading is most of a gate's time
 * on large files, and a runner has at least two cores.
 *
 * Where to cut: after the first line break at or past a share of the file
 * (half by default). That is a record boundary unless the line break sits
 * inside a quoted field, and only the first part can tell: read with
 * readCsvPartUnchecked (csv.ts), it is read exactly as a whole-file read
 * would read it, so if it ends cleanly at the cut (no quoted field left
 * open) the cut is a record boundary of the whole file too. A caller that
 * meets any error in either part, or parts that do not join exactly, reads
 * the file again whole in one thread, so that its result and every error
 * message are those of the one-thread read (test/readers/csv-split.test.ts).
 *
 * Only plain (not gzip) CSV/TSV files of at least SPLIT_MIN_BYTES are cut.
 * For a whole table (every column type, text joined across threads), cutting
 * measured no faster than one thread on the benchmark files: text must be
 * copied between threads and the halves joined. It pays where each thread
 * also does work on its part that would otherwise be serial (drift-check's
 * sorting).
 */




/** Files smaller than this are read in one thread: a worker takes about 0.1 s to start (it loads the bundle). */
const SPLIT_MIN_BYTES = 16 * 1024 * 1024;
const HEAD_BYTES = 1024 * 1024;
const PROBE_BYTES = 64 * 1024;
async function readAt(source, position, length) {
    const handle = await (0,promises_.open)(source.absolute, 'r');
    try {
        const buf = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buf, 0, length, position);
        return buf.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}
/**
 * Where to cut a file (after `firstShare` of its bytes: the worker starts
 * later than the main thread, so a caller may give the main thread more),
 * or null when it is not worth cutting or cannot be cut
 * (too small, compressed, not CSV/TSV, limited to `maxRows`, a header that
 * the one-thread read should report on, no line break after the share).
 */
async function planCsvSplit(source, options, minBytes = SPLIT_MIN_BYTES, firstShare = 0.5) {
    if (source.gzip || (source.format !== 'csv' && source.format !== 'tsv'))
        return null;
    if (options.maxRows !== undefined || source.size < minBytes)
        return null;
    const raw = await readAt(source, 0, Math.min(HEAD_BYTES, source.size));
    const bom = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? 3 : 0;
    const head = raw.subarray(bom);
    const whole = raw.length >= source.size;
    const header = (0,csv_tokenizer/* headerLine */.iH)(head, whole);
    if (header === null)
        return null;
    const delimiter = (0,csv/* chooseDelimiter */.$f)(source, header);
    const tokenizer = new csv_tokenizer/* CsvTokenizer */.YB(delimiter, source.display);
    tokenizer.reset(head, whole);
    let names;
    try {
        const n = tokenizer.next();
        if (n < 0)
            return null;
        names = (0,csv/* headerNames */.Qb)(tokenizer, n);
        (0,columns/* checkHeader */.eb)(names, source.display, tokenizer.recordLine);
        (0,columns/* checkRequested */.lq)(options.columns, names, source.display);
    }
    catch {
        return null; // the one-thread read reports it
    }
    const mid = Math.floor(source.size * firstShare);
    const probe = await readAt(source, mid, PROBE_BYTES);
    const lf = probe.indexOf(10);
    if (lf < 0)
        return null;
    const cut = mid + lf + 1;
    if (cut >= source.size || cut <= bom + tokenizer.pos)
        return null;
    return { source, first: { start: 0, end: cut }, second: { start: cut, end: source.size, header: { names, delimiter } } };
}
/** The first part's options: its progress is the file's, but "done" waits for both halves. */
function firstPartOptions(options) {
    const progress = options.progress;
    return { ...options, progress: progress ? (p) => (p.done ? undefined : progress(p)) : undefined };
}

// EXTERNAL MODULE: ./src/readers/source.ts + 1 modules
var readers_source = __webpack_require__(3295);
// EXTERNAL MODULE: ./src/gates/drift-check/column-sample.ts
var column_sample = __webpack_require__(1918);
// EXTERNAL MODULE: ./src/gates/drift-check/prepared-reference.ts
var prepared_reference = __webpack_require__(156);
;// CONCATENATED MODULE: ./src/gates/drift-check/current-in-parts.ts






const ownerOf = (i) => (i % 2 === 0 ? 'main' : 'worker');
/**
 * The main thread's share of the file: the worker starts reading about a
 * tenth of a second later (it loads the bundle first), so the main thread
 * takes a little more. Measured on the 1,000,000-row benchmark file with
 * shares 0.5, 0.55 and 0.6: 0.55 was fastest (1.17 s against 1.26 and 1.21).
 */
const FIRST_SHARE = 0.55;
function handover(table, prepare, to) {
    const halves = {};
    const transfer = [];
    table.columns.forEach((c, i) => {
        if (c.kind !== 'number' || prepare.skip.includes(c.name) || ownerOf(i) !== to)
            return;
        // Missing cells are NaN in a number column: the values alone say which to drop.
        halves[i] = { values: c.values };
        transfer.push(c.values.buffer);
    });
    return { message: { kinds: table.columns.map((c) => c.kind), halves }, transfer };
}
/**
 * The number columns `me` owns, each joined and prepared whole, or a reason
 * why the halves do not join (a column is numbers in one half only).
 */
function prepareOwned(mine, other, me, prepare) {
    const owned = {};
    for (let i = 0; i < mine.columns.length; i++) {
        const c = mine.columns[i];
        if (other.kinds[i] !== c.kind)
            return `column ${c.name} is numbers in one half and text in the other`;
        if (c.kind !== 'number' || prepare.skip.includes(c.name) || ownerOf(i) !== me)
            continue;
        const theirs = other.halves[i].values;
        owned[i] = (0,column_sample/* numberSampleOfParts */.L)(me === 'main' ? [c.values, theirs] : [theirs, c.values], (0,prepared_reference/* likelyType */.zD)(c.name, c.kind, prepare.columnTypes));
    }
    return owned;
}
/** The text columns of one half, prepared (counted). */
function prepareText(table, prepare) {
    const text = { ...table, columns: table.columns.filter((c) => c.kind === 'string') };
    const prepared = (0,prepared_reference/* prepareReference */.R8)(text, { ...prepare, consume: true }).columns;
    const out = {};
    let k = 0;
    table.columns.forEach((c, i) => {
        if (c.kind === 'string')
            out[i] = prepared[k++];
    });
    return out;
}
async function readPart(req, progress) {
    return (await (0,csv/* readCsvPartUnchecked */.kk)(req.source, { ...req.options, progress }, req.part)).table;
}
/** The worker's side (parallel/tasks.ts): read the second half, swap, prepare. */
async function currentPartTask(req, _progress, channel) {
    const table = await readPart(req.read);
    const { message, transfer } = handover(table, req.prepare, 'main');
    channel.send(message, transfer);
    const text = prepareText(table, req.prepare);
    const fromMain = (await channel.receive());
    if (!fromMain)
        return { value: null, transfer: [] }; // the main thread gave up on the halves
    const owned = prepareOwned(table, fromMain, 'worker', req.prepare);
    if (typeof owned === 'string')
        throw new Error(owned);
    const value = { rows: table.rowCount, owned, text };
    const buffers = Object.values(owned).flatMap((s) => (s.type === 'numerical' ? [s.values.buffer] : []));
    return { value, transfer: buffers };
}
/** The prepared file, or why it is better read whole in one thread. */
async function prepareCurrentInParts(o) {
    const source = await (0,readers_source/* openSource */.oD)(o.path, { cwd: o.cwd });
    const split = await planCsvSplit(source, { columns: o.columns }, undefined, FIRST_SHARE);
    if (!split)
        return { whole: 'not cut' };
    const options = { columns: o.columns };
    const worker = (0,worker_task/* startWorkerTask */.AR)(o.bundle, 'drift-current-part', { read: { source, options, part: split.second }, prepare: o.prepare });
    const giveUp = (reason) => {
        worker.channel.send(null);
        worker.stop();
        return { whole: reason };
    };
    let table;
    try {
        table = await readPart({ source, options, part: split.first }, firstPartOptions({ progress: o.progress }).progress);
    }
    catch (err) {
        return giveUp(`the first part failed: ${String(err)}`);
    }
    // Hand over first, then count the text columns while the worker may still be reading.
    const { message, transfer } = handover(table, o.prepare, 'worker');
    worker.channel.send(message, transfer);
    const text = prepareText(table, o.prepare);
    const fromWorker = await Promise.race([worker.channel.receive(), worker.result.then(() => null, () => null)]);
    if (!fromWorker)
        return giveUp(`the second part failed: ${String(await worker.result.catch((e) => e))}`);
    const owned = prepareOwned(table, fromWorker, 'main', o.prepare);
    if (typeof owned === 'string')
        return giveUp(owned);
    let theirs;
    try {
        theirs = await worker.result;
    }
    catch (err) {
        return { whole: `the second part failed: ${String(err)}` };
    }
    if (!theirs)
        return { whole: 'the second part gave up' };
    const columns = [];
    for (let i = 0; i < table.columns.length; i++) {
        const c = table.columns[i];
        if (o.prepare.skip.includes(c.name)) {
            columns.push({ name: c.name, kind: c.kind });
            continue;
        }
        if (c.kind === 'number') {
            columns.push({ name: c.name, kind: c.kind, sample: ownerOf(i) === 'main' ? owned[i] : theirs.owned[i] });
            continue;
        }
        const [a, b] = [text[i], theirs.text[i]];
        const sample = a.sample && b.sample && !a.error && !b.error ? (0,prepared_reference/* mergeSamples */.Ig)(a.sample, b.sample) : null;
        if (!sample)
            return { whole: `column ${c.name} could not be prepared in halves` };
        columns.push({ name: c.name, kind: c.kind, sample });
    }
    const rows = table.rowCount + theirs.rows;
    o.progress?.({ file: source.display, rows, bytes: source.size, done: true });
    return { prepared: { source: source.display, tableRows: rows, rowCount: rows, columns } };
}


/***/ }),

/***/ 156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ preparedSource),
/* harmony export */   Ig: () => (/* binding */ mergeSamples),
/* harmony export */   M: () => (/* binding */ transferList),
/* harmony export */   R8: () => (/* binding */ prepareReference),
/* harmony export */   zD: () => (/* binding */ likelyType)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _column_sample_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1918);
/**
 * A reference file's columns prepared for the drift tests before the current
 * file is known: each column's sample in the type it will most likely be
 * compared as (its declared `column-types` type, else numerical for a number
 * column and categorical for a text one). Plain data (typed arrays, Maps),
 * so a worker thread can prepare it and hand it over without copying (see
 * reference-worker.ts) while the main thread reads the current file.
 *
 * The one case decided only later, a number column compared as categorical
 * because the current file holds it as text, is derived from the sorted
 * numbers exactly as column-sample.ts does it (their distinct values).
 */


/** The type a column is prepared as; typeOf in evaluate.ts agrees unless the current file stores it differently. */
function likelyType(name, kind, types) {
    return types[name] ?? (kind === 'number' ? 'numerical' : 'categorical');
}
function prepareReference(table, options) {
    const columns = [];
    for (const c of table.columns) {
        if (options.skip.includes(c.name)) {
            columns.push({ name: c.name, kind: c.kind });
            continue;
        }
        try {
            const sample = (0,_column_sample_js__WEBPACK_IMPORTED_MODULE_1__/* .columnSample */ .jr)(c, likelyType(c.name, c.kind, options.columnTypes), table.source, options.rows, options.consume);
            columns.push({ name: c.name, kind: c.kind, sample });
        }
        catch (err) {
            if (!(err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo))
                throw err;
            columns.push({ name: c.name, kind: c.kind, error: { message: err.message, ...err.location } });
        }
    }
    return { source: table.source, tableRows: table.rowCount, rowCount: options.rows ? options.rows.length : table.rowCount, columns };
}
/** The buffers to transfer (not copy) when posting a prepared reference to another thread. */
function transferList(p) {
    const out = new Set();
    for (const c of p.columns)
        if (c.sample?.type === 'numerical')
            out.add(c.sample.values.buffer);
    return [...out];
}
/** A prepared reference as the evaluation's DataSource. */
function preparedSource(p) {
    return {
        source: p.source,
        rowCount: p.rowCount,
        columns: p.columns.map((c) => ({
            name: c.name,
            kind: c.kind,
            sample(type) {
                if (c.error) {
                    const { message, ...location } = c.error;
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(message, location);
                }
                const s = c.sample;
                if (!s)
                    throw new Error(`drift-check: column ${c.name} of the reference was not prepared`);
                if (s.type === type)
                    return s;
                if (s.type === 'numerical' && type === 'categorical') {
                    return { type, counts: (0,_column_sample_js__WEBPACK_IMPORTED_MODULE_1__/* .countsOfValues */ .cC)(s.values), n: s.values.length, rows: s.rows, missing: s.missing };
                }
                throw new Error(`drift-check: column ${c.name} of the reference was prepared as ${s.type}, not ${type}`);
            },
        })),
    };
}
/** Two ascending arrays as one ascending array. */
function mergeSorted(a, b) {
    const out = new Float64Array(a.length + b.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < a.length && j < b.length)
        out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
    if (i < a.length)
        out.set(a.subarray(i), k);
    else if (j < b.length)
        out.set(b.subarray(j), k);
    return out;
}
/** One column's samples of two halves (rows of `a` first) as the whole's, or null when they differ in type. */
function mergeSamples(a, b) {
    if (a.type === 'numerical' && b.type === 'numerical') {
        return { type: 'numerical', values: mergeSorted(a.values, b.values), rows: a.rows + b.rows, missing: a.missing + b.missing };
    }
    if (a.type === 'categorical' && b.type === 'categorical') {
        const counts = new Map(a.counts);
        for (const [k, v] of b.counts)
            counts.set(k, (counts.get(k) ?? 0) + v);
        return { type: 'categorical', counts, n: a.n + b.n, rows: a.rows + b.rows, missing: a.missing + b.missing };
    }
    return null;
}


/***/ }),

/***/ 5211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ radixSortFloat64),
/* harmony export */   n: () => (/* binding */ sortedFinite)
/* harmony export */ });
/**
 * Sort a Float64Array ascending in place, in about linear time: an LSD radix
 * sort on the high 32 bits of the IEEE-754 bit patterns (two passes of
 * 16-bit digits), then each run of values sharing those bits (values within
 * a relative 2⁻²⁰ of each other) is finished by insertion sort, or by the
 * built-in sort when longer than 16. Node 20's built-in TypedArray sort
 * alone is several times slower on a million doubles, and sorting is most
 * of drift-check's own time on large files.
 *
 * Bit patterns of non-negative doubles order like their values; negative
 * ones order in reverse and after all non-negative ones. So after sorting
 * the raw bits, the block of negative values is reversed and moved to the
 * front. −0 sorts just before +0. The array must not contain NaN (callers
 * drop missing values first). Small arrays use the built-in sort.
 *
 * Reference: D. E. Knuth, "The Art of Computer Programming", vol. 3,
 * 2nd ed., §5.2.5 (radix sorting); P. Terdiman, "Radix sort revisited"
 * (2000) for the floating-point sign trick.
 */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
// One scratch buffer, reused across calls (drift-check sorts dozens of
// million-value columns one after the other; a fresh 8 MB buffer each time
// is mostly garbage-collection work). Safe: the sort is synchronous.
let scratch = new Float64Array(0);
function scratchOf(n) {
    if (scratch.length < n)
        scratch = new Float64Array(n);
    return scratch.subarray(0, n);
}
function radixSortFloat64(a) {
    const n = a.length;
    if (n < 512 || !LITTLE_ENDIAN)
        return a.sort();
    let src = a;
    let dst = scratchOf(n);
    const count = new Uint32Array(65536);
    // Two passes on the high 32 bits (sign, exponent, top 20 mantissa bits);
    // runs of values sharing them are finished at the end.
    for (let pass = 0; pass < 2; pass++) {
        const words = new Uint32Array(src.buffer, src.byteOffset, 2 * n);
        const word = 1; // the high 32 bits (little-endian)
        const shift = pass * 16;
        count.fill(0);
        for (let i = 0; i < n; i++)
            count[(words[2 * i + word] >>> shift) & 0xffff]++;
        // A digit all values share (the zero low bits of integers, a common exponent) needs no pass.
        if (count[(words[word] >>> shift) & 0xffff] === n)
            continue;
        toOffsets(count);
        for (let i = 0; i < n; i++)
            dst[count[(words[2 * i + word] >>> shift) & 0xffff]++] = src[i];
        [src, dst] = [dst, src];
    }
    if (src !== a)
        a.set(src);
    finishHighWordSort(a, src === a ? dst : src);
    return a;
}
/** Digit counts into the offsets where each digit's values start (exclusive prefix sums), in place. */
function toOffsets(count) {
    let sum = 0;
    for (let d = 0; d < count.length; d++) {
        const c = count[d];
        count[d] = sum;
        sum += c;
    }
}
/**
 * The last steps once `a` is sorted by the raw high 32 bits of its values:
 * the block of negative values reversed and moved to the front, then runs
 * of equal high bits put in order. `spare`: scratch of at least a's length.
 */
function finishHighWordSort(a, spare) {
    const n = a.length;
    // The sorted bits are in `a`. Now fix the negative block.
    const hi = new Uint32Array(a.buffer, a.byteOffset, 2 * n);
    let firstNegative = n;
    for (let i = 0; i < n; i++) {
        if (hi[2 * i + 1] >>> 31) {
            firstNegative = i;
            break;
        }
    }
    const negatives = n - firstNegative;
    if (negatives > 0) {
        const tmp = spare;
        for (let i = 0; i < negatives; i++)
            tmp[i] = a[n - 1 - i];
        tmp.set(a.subarray(0, firstNegative), negatives);
        a.set(tmp);
    }
    // Values with equal high words are contiguous now but not yet in order:
    // insertion sort for short runs, the built-in sort for long ones.
    let i = 0;
    while (i < n) {
        const h = hi[2 * i + 1];
        let j = i + 1;
        while (j < n && hi[2 * j + 1] === h)
            j++;
        if (j - i > 16) {
            // Often already in order (e.g. a run of equal integers).
            let sorted = true;
            for (let k = i + 1; k < j && sorted; k++)
                sorted = a[k - 1] <= a[k];
            if (!sorted)
                a.subarray(i, j).sort();
        }
        else {
            for (let k = i + 1; k < j; k++) {
                const v = a[k];
                let m = k - 1;
                while (m >= i && a[m] > v) {
                    a[m + 1] = a[m];
                    m--;
                }
                a[m + 1] = v;
            }
        }
        i = j;
    }
}
/**
 * The finite values of several arrays (the halves of one column, read by two
 * threads), ascending, in a new array: the same values, in the same order,
 * as copying the parts one after the other, dropping NaN and ±∞, and
 * sorting with radixSortFloat64. It reads the parts in the radix passes
 * themselves, with both digit counts taken in one pass, so the joined copy
 * and the separate filtering pass are never made.
 */
function sortedFinite(parts) {
    let n = 0;
    for (const p of parts)
        n += p.length;
    if (n < 512 || !LITTLE_ENDIAN) {
        const out = new Float64Array(n);
        let k = 0;
        for (const p of parts)
            for (let i = 0; i < p.length; i++)
                if (p[i] - p[i] === 0)
                    out[k++] = p[i];
        return radixSortFloat64(out.subarray(0, k)).slice();
    }
    const low = new Uint32Array(65536);
    const high = new Uint32Array(65536);
    let finite = 0;
    for (const p of parts) {
        const words = new Uint32Array(p.buffer, p.byteOffset, 2 * p.length);
        for (let i = 0; i < p.length; i++) {
            const v = p[i];
            if (v - v !== 0)
                continue; // NaN, ±∞
            const w = words[2 * i + 1];
            low[w & 0xffff]++;
            high[w >>> 16]++;
            finite++;
        }
    }
    const out = new Float64Array(finite);
    if (finite === 0)
        return out;
    // A digit every value shares needs no pass (as in radixSortFloat64).
    let firstWord = 0;
    for (const p of parts) {
        const words = new Uint32Array(p.buffer, p.byteOffset, 2 * p.length);
        let found = false;
        for (let i = 0; i < p.length; i++) {
            if (p[i] - p[i] === 0) {
                firstWord = words[2 * i + 1];
                found = true;
                break;
            }
        }
        if (found)
            break;
    }
    const lowPass = low[firstWord & 0xffff] !== finite;
    const highPass = high[firstWord >>> 16] !== finite;
    const spare = scratchOf(finite);
    // The parts are read once, by the first pass that is needed (or by a plain
    // copy when none is); a second pass runs from the spare buffer into `out`.
    const firstTarget = lowPass && highPass ? spare : out;
    if (lowPass || highPass) {
        const count = lowPass ? low : high;
        const shift = lowPass ? 0 : 16;
        toOffsets(count);
        for (const p of parts) {
            const words = new Uint32Array(p.buffer, p.byteOffset, 2 * p.length);
            for (let i = 0; i < p.length; i++) {
                const v = p[i];
                if (v - v !== 0)
                    continue;
                firstTarget[count[(words[2 * i + 1] >>> shift) & 0xffff]++] = v;
            }
        }
    }
    else {
        let k = 0;
        for (const p of parts)
            for (let i = 0; i < p.length; i++)
                if (p[i] - p[i] === 0)
                    out[k++] = p[i];
    }
    if (lowPass && highPass) {
        toOffsets(high);
        const words = new Uint32Array(spare.buffer, spare.byteOffset, 2 * finite);
        for (let i = 0; i < finite; i++)
            out[high[words[2 * i + 1] >>> 16]++] = spare[i];
    }
    finishHighWordSort(out, spare);
    return out;
}


/***/ })

};
