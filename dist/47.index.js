export const id = 47;
export const ids = [47];
export const modules = {

/***/ 1918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ distinctCount),
/* harmony export */   cC: () => (/* binding */ countsOfValues),
/* harmony export */   jr: () => (/* binding */ columnSample),
/* harmony export */   se: () => (/* binding */ sampleSize)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _stats_drift_radix_sort_float64_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5211);
/**
 * One column of the reference or current data, prepared for the drift
 * tests: numerical values without missing cells, NaN or ±∞ (Evidently drops
 * them the same way) sorted ascending, or category counts. Missing cells are
 * counted for the data-quality findings.
 */


function sampleSize(s) {
    return s.type === 'numerical' ? s.values.length : s.n;
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
        const values = (0,_stats_drift_radix_sort_float64_js__WEBPACK_IMPORTED_MODULE_1__/* .radixSortFloat64 */ .J)(out.subarray(0, n));
        if (type === 'numerical')
            return { type, values, rows: count, missing: count - n };
        return { type, counts: countsOfValues(values), n, rows: count, missing: count - n };
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


/***/ }),

/***/ 156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ preparedSource),
/* harmony export */   M: () => (/* binding */ transferList),
/* harmony export */   R8: () => (/* binding */ prepareReference)
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


/***/ }),

/***/ 9047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ startReference),
/* harmony export */   serveReference: () => (/* binding */ serveReference)
/* harmony export */ });
/* unused harmony export prepareReferenceHere */
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _readers_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4576);
/* harmony import */ var _prepared_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(156);
/* harmony import */ var _sample_rows_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9630);
/**
 * Read and prepare the reference file on a second thread while the main
 * thread reads the current one: the two reads are most of drift-check's time
 * on large files, and a runner has at least two cores. The worker reads the
 * table, prepares its columns (prepared-reference.ts), and transfers the
 * sorted arrays back (no copy); its copy of the raw table dies with it.
 *
 * A worker needs code to run: the built bundle (dist/index.js), which exports
 * `driftReferenceWorker` (worker-entry.ts). When the code runs from source
 * (the unit tests), there is no bundle and the reference is read in-thread,
 * with the same result.
 */





function serialError(err) {
    if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
        return { user: true, message: err.message, ...err.location };
    return { user: false, message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
}
function revive(e) {
    if (e.user) {
        const { message, user: _user, ...location } = e;
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(message, location);
    }
    return new Error(`drift-check reference worker: ${e.message}`);
}
/** Read and prepare the reference in this thread. */
async function prepareReferenceHere(req, progress) {
    const table = await (0,_readers_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readTable */ .xz)(req.path, { cwd: req.cwd, columns: req.columns, progress });
    const rows = (0,_sample_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .sampleRows */ .m)(table.rowCount, req.sample, req.seed);
    return (0,_prepared_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareReference */ .R8)(table, { columnTypes: req.columnTypes, skip: req.skip, rows, consume: true });
}
/**
 * Start reading and preparing the reference: in a worker when `bundleUrl`
 * (the file URL of the built dist/index.js) is given, else in this thread.
 */
function startReference(req, bundleUrl, progress) {
    if (!bundleUrl)
        return prepareReferenceHere(req, progress);
    return new Promise((resolvePromise, reject) => {
        const code = `import(${JSON.stringify(bundleUrl)}).then((m) => m.driftReferenceWorker());`;
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(code, { eval: true, workerData: req });
        let settled = false;
        worker.on('message', (m) => {
            if ('progress' in m)
                progress?.(m.progress);
            else if ('done' in m) {
                settled = true;
                resolvePromise(m.done);
                void worker.terminate();
            }
            else {
                settled = true;
                reject(revive(m.failed));
                void worker.terminate();
            }
        });
        worker.on('error', (err) => {
            if (!settled)
                reject(new Error(`drift-check reference worker: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
            settled = true;
        });
        worker.on('exit', (code) => {
            if (!settled)
                reject(new Error(`drift-check reference worker exited with code ${code} before it finished`));
            settled = true;
        });
    });
}
/** The worker's side: answer the request in `workerData` once. */
async function serveReference() {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    if (!port)
        throw new Error('serveReference runs only in a worker thread');
    const post = (m, transfer = []) => port.postMessage(m, transfer);
    try {
        const prepared = await prepareReferenceHere(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData, (p) => post({ progress: p }));
        post({ done: prepared }, (0,_prepared_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .transferList */ .M)(prepared));
    }
    catch (err) {
        post({ failed: serialError(err) });
    }
}


/***/ }),

/***/ 9630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ sampleRows)
/* harmony export */ });
/* harmony import */ var _stats_random_prng_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54);
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

/***/ 5211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ radixSortFloat64)
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
        let sum = 0;
        for (let d = 0; d < 65536; d++) {
            const c = count[d];
            count[d] = sum;
            sum += c;
        }
        for (let i = 0; i < n; i++)
            dst[count[(words[2 * i + word] >>> shift) & 0xffff]++] = src[i];
        [src, dst] = [dst, src];
    }
    if (src !== a)
        a.set(src);
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
        const tmp = src === a ? dst : src; // scratch of length n
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
    return a;
}


/***/ }),

/***/ 54:
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
