export const id = 156;
export const ids = [156];
export const modules = {

/***/ 71918:
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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _stats_drift_radix_sort_float64_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55211);
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
    if (column.kind === 'string' && column.dictionary && type === 'categorical')
        return codedSample(column.dictionary, rows, rows ? rows.length : column.dictionary.codes.length);
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
 * The categorical sample of a dictionary-encoded column: counted by code,
 * then keyed by text in first-seen row order, exactly the Map the loop over
 * the strings builds (codes are not always in row order: a column that
 * turned to text late has its earlier rows coded last).
 */
function codedSample({ codes, labels }, rows, count) {
    const perCode = new Float64Array(labels.length);
    const firstSeen = [];
    let n = 0;
    for (let k = 0; k < count; k++) {
        const code = codes[rows ? rows[k] : k];
        if (code < 0)
            continue;
        if (perCode[code]++ === 0)
            firstSeen.push(code);
        n++;
    }
    const counts = new Map();
    for (const code of firstSeen)
        counts.set(labels[code], perCode[code]);
    return { type: 'categorical', counts, n, rows: count, missing: count - n };
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
    return { type, counts: countsOfValues(values), n, rows, missing: rows - n, numbers: true };
}


/***/ }),

/***/ 70156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ preparedSource),
/* harmony export */   Ig: () => (/* binding */ mergeSamples),
/* harmony export */   M: () => (/* binding */ transferList),
/* harmony export */   R8: () => (/* binding */ prepareReference),
/* harmony export */   zD: () => (/* binding */ likelyType)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _column_sample_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71918);
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
                    return { type, counts: (0,_column_sample_js__WEBPACK_IMPORTED_MODULE_1__/* .countsOfValues */ .cC)(s.values), n: s.values.length, rows: s.rows, missing: s.missing, numbers: true };
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
        return { type: 'categorical', counts, n: a.n + b.n, rows: a.rows + b.rows, missing: a.missing + b.missing, ...(a.numbers && b.numbers ? { numbers: true } : {}) };
    }
    return null;
}


/***/ }),

/***/ 55211:
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
