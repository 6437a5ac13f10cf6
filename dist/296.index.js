export const id = 296;
export const ids = [296];
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

/***/ 39047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prepareReferenceHere: () => (/* binding */ prepareReferenceHere),
/* harmony export */   referenceTask: () => (/* binding */ referenceTask),
/* harmony export */   startReference: () => (/* binding */ startReference)
/* harmony export */ });
/* harmony import */ var _parallel_worker_task_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90703);
/* harmony import */ var _readers_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71022);
/* harmony import */ var _prepared_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70156);
/* harmony import */ var _sample_rows_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87249);




/** Read and prepare the reference in this thread. */
async function prepareReferenceHere(req, progress) {
    const table = await (0,_readers_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readTable */ .xz)(req.path, { ...req.limits, cwd: req.cwd, columns: req.columns, progress });
    const rows = (0,_sample_rows_js__WEBPACK_IMPORTED_MODULE_3__/* .sampleRows */ .m)(table.rowCount, req.sample, req.seed);
    return (0,_prepared_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .prepareReference */ .R8)(table, { columnTypes: req.columnTypes, skip: req.skip, rows, consume: true });
}
/**
 * Start reading and preparing the reference: in a worker when `bundleUrl`
 * (the file URL of the built dist/index.js) is given, else in this thread.
 */
function startReference(req, bundleUrl, progress) {
    if (!bundleUrl)
        return prepareReferenceHere(req, progress);
    return (0,_parallel_worker_task_js__WEBPACK_IMPORTED_MODULE_0__/* .runWorkerTask */ .Zi)(bundleUrl, 'drift-reference', req, progress);
}
/** The worker's side (worker-tasks.ts): the prepared reference, its sorted arrays transferred. */
async function referenceTask(req, progress) {
    const prepared = await prepareReferenceHere(req, progress);
    return { value: prepared, transfer: (0,_prepared_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .transferList */ .M)(prepared) };
}


/***/ }),

/***/ 87249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ sampleRows)
/* harmony export */ });
/* harmony import */ var _stats_random_prng_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70054);
/**
 * `sample`: cap the rows of a table with a fixed seed, so the same inputs
 * always give the same report. Chooses `cap` of `rowCount` row indices
 * uniformly without replacement (Floyd's algorithm) from modelgate's seeded
 * generator and returns them ascending; undefined when no cap applies.
 *
 * Reference: J. Bentley, R. Floyd, "A sample of brilliance", Commun. ACM
 * 30(9) (1987) 754–757.
 */

function sampleRows(rowCount, cap, seed) {
    if (cap === undefined || cap <= 0 || rowCount <= cap)
        return undefined;
    const rng = (0,_stats_random_prng_js__WEBPACK_IMPORTED_MODULE_0__/* .createRng */ .SZ)(seed);
    const chosen = new Set();
    for (let j = rowCount - cap; j < rowCount; j++) {
        const t = Math.floor(rng.next() * (j + 1));
        chosen.add(chosen.has(t) ? j : t);
    }
    return Uint32Array.from(chosen).sort();
}


/***/ }),

/***/ 70054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SZ: () => (/* binding */ createRng)
/* harmony export */ });
/* unused harmony exports seedState, createRngFromState */
/** SplitMix32 step (the 32-bit finaliser of MurmurHash3 on a Weyl sequence). */
function splitmix32(state) {
    state.x = (state.x + 0x9e3779b9) | 0;
    let z = state.x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
}
/** The state words a seed expands to (exposed for the test vectors). */
function seedState(seed) {
    if (!Number.isInteger(seed))
        throw new RangeError(`seed must be an integer, got ${seed}`);
    const st = { x: seed | 0 };
    return [splitmix32(st), splitmix32(st), splitmix32(st), splitmix32(st)];
}
/** A generator from explicit state words (at least one non-zero). */
function createRngFromState(state) {
    let s0 = state[0] | 0;
    let s1 = state[1] | 0;
    let s2 = state[2] | 0;
    let s3 = state[3] | 0;
    if ((s0 | s1 | s2 | s3) === 0)
        throw new RangeError('xoshiro128** state must not be all zero');
    const nextUint32 = () => {
        const m = Math.imul(s1, 5);
        const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        return result;
    };
    return {
        nextUint32,
        next() {
            const a = nextUint32() >>> 5; // 27 bits
            const b = nextUint32() >>> 6; // 26 bits
            return (a * 67108864 + b) / 9007199254740992;
        },
    };
}
/** A seeded xoshiro128** generator; the same seed always gives the same stream. */
function createRng(seed) {
    return createRngFromState(seedState(seed));
}


/***/ })

};
