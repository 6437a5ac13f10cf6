export const id = 47;
export const ids = [47];
export const modules = {

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
    const table = await (0,_readers_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readTable */ .xz)(req.path, { cwd: req.cwd, columns: req.columns, progress });
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
