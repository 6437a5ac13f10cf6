export const id = 832;
export const ids = [832];
export const modules = {

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

/***/ 41793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  currentPartTask: () => (/* binding */ currentPartTask),
  prepareCurrentInParts: () => (/* binding */ prepareCurrentInParts)
});

// EXTERNAL MODULE: ./src/parallel/worker-task.ts
var worker_task = __webpack_require__(90703);
// EXTERNAL MODULE: ./src/readers/csv.ts + 4 modules
var csv = __webpack_require__(91536);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/readers/columns.ts
var columns = __webpack_require__(78387);
// EXTERNAL MODULE: ./src/readers/csv-tokenizer.ts
var csv_tokenizer = __webpack_require__(73776);
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




/**
 * Files smaller than this are read in one thread: starting a worker and
 * joining the parts cost more than they save (measured on the 11 MB
 * fairness benchmark file: 0.56 s cut against 0.46 s whole).
 */
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
    const tokenizer = new csv_tokenizer/* CsvTokenizer */.YB(delimiter, source.display, source.limits.maxRecordBytes);
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
var readers_source = __webpack_require__(53295);
// EXTERNAL MODULE: ./src/gates/drift-check/column-sample.ts
var column_sample = __webpack_require__(71918);
// EXTERNAL MODULE: ./src/gates/drift-check/prepared-reference.ts
var prepared_reference = __webpack_require__(70156);
;// CONCATENATED MODULE: ./src/gates/drift-check/current-in-parts.ts






const ownerOf = (i) => (i % 2 === 0 ? 'main' : 'worker');
/**
 * The main thread's share of the file: the worker starts reading later (it
 * starts a thread and loads its chunks of the bundle first), so the main
 * thread takes a little more. Measured on the 1,000,000-row benchmark file
 * with shares 0.5, 0.55 and 0.6: 0.55 was fastest (1.17 s against 1.26 and
 * 1.21); since the worker starts sooner (lazy adapters), 0.52 measured no
 * different from 0.55.
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
        // Shared memory (sharedNumbers) goes as it is, without a detach; a plain buffer is transferred.
        if (!(c.values.buffer instanceof SharedArrayBuffer))
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
/** The worker's side (worker-tasks.ts): read the second half, swap, prepare. */
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
    const source = await (0,readers_source/* openSource */.oD)(o.path, { ...o.limits, cwd: o.cwd });
    const split = await planCsvSplit(source, { columns: o.columns }, undefined, FIRST_SHARE);
    if (!split)
        return { whole: 'not cut' };
    const options = { columns: o.columns, sharedNumbers: true };
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


/***/ })

};
