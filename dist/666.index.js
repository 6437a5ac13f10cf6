export const id = 666;
export const ids = [666];
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

/***/ 43243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ reportNumber)
/* harmony export */ });
function reportNumber(x) {
    if (x === null || x === undefined || Number.isNaN(x))
        return null;
    if (x === Infinity)
        return 'Infinity';
    if (x === -Infinity)
        return '-Infinity';
    return x;
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

/***/ 51666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ fairness_gate_gate),
  fairnessReason: () => (/* binding */ fairnessReason),
  inputs: () => (/* reexport */ inputs_inputs),
  outputs: () => (/* reexport */ outputs),
  runFairness: () => (/* binding */ runFairness),
  toOptions: () => (/* binding */ toOptions)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/gate.ts
var gate = __webpack_require__(14888);
// EXTERNAL MODULE: ./src/core/make-report.ts
var make_report = __webpack_require__(96476);
// EXTERNAL MODULE: ./src/core/report-number.ts
var report_number = __webpack_require__(43243);
// EXTERNAL MODULE: ./src/readers/index.ts + 3 modules
var readers = __webpack_require__(71022);
;// CONCATENATED MODULE: ./src/stats/fairness/confusion-counts.ts
/** The cell-wise sum of several groups' counts (e.g. the overall population). */
function sumCounts(groups) {
    const total = { tp: 0, fn: 0, fp: 0, tn: 0 };
    for (const g of groups) {
        total.tp += g.tp;
        total.fn += g.fn;
        total.fp += g.fp;
        total.tn += g.tn;
    }
    return total;
}
/** Rows in a group: TP + FN + FP + TN. */
function groupSize(c) {
    return c.tp + c.fn + c.fp + c.tn;
}

;// CONCATENATED MODULE: ./src/stats/fairness/group-rates.ts
const RATE_NAMES = ['selectionRate', 'tpr', 'fpr', 'fnr', 'tnr', 'precision', 'npv', 'accuracy'];
function ratio(num, den) {
    return den > 0 ? num / den : Number.NaN;
}
function groupRates(c) {
    const n = c.tp + c.fn + c.fp + c.tn;
    const pos = c.tp + c.fn;
    const neg = c.fp + c.tn;
    return {
        selectionRate: ratio(c.tp + c.fp, n),
        tpr: ratio(c.tp, pos),
        fpr: ratio(c.fp, neg),
        fnr: ratio(c.fn, pos),
        tnr: ratio(c.tn, neg),
        precision: ratio(c.tp, c.tp + c.fp),
        npv: ratio(c.tn, c.tn + c.fn),
        accuracy: ratio(c.tp + c.tn, n),
    };
}
/** One rate of one group, without building the whole record (used in bootstrap loops). */
function groupRate(c, rate) {
    switch (rate) {
        case 'selectionRate':
            return ratio(c.tp + c.fp, c.tp + c.fn + c.fp + c.tn);
        case 'tpr':
            return ratio(c.tp, c.tp + c.fn);
        case 'fpr':
            return ratio(c.fp, c.fp + c.tn);
        case 'fnr':
            return ratio(c.fn, c.tp + c.fn);
        case 'tnr':
            return ratio(c.tn, c.fp + c.tn);
        case 'precision':
            return ratio(c.tp, c.tp + c.fp);
        case 'npv':
            return ratio(c.tn, c.tn + c.fn);
        case 'accuracy':
            return ratio(c.tp + c.tn, c.tp + c.fn + c.fp + c.tn);
    }
}
/**
 * Whether a larger value of the rate is the favourable direction (used to pick
 * the "best" reference group, as Aequitas's `min_metric` reference does for
 * error rates).
 */
function higherIsBetter(rate) {
    return rate !== 'fpr' && rate !== 'fnr';
}
/** One rate for each group, NaN where undefined. */
function ratesOf(groups, rate) {
    const out = new Float64Array(groups.length);
    for (let i = 0; i < groups.length; i++)
        out[i] = groupRate(groups[i], rate);
    return out;
}
/**
 * Every rate of every group at once, from 4·G cell counts (TP, FN, FP, TN of
 * each group): rate r (its index in RATE_NAMES) of group g goes to
 * out[r·G + g]. The same expressions as groupRate, so the same values (the
 * division written out, as `ratio` does it, so that this loop needs no call
 * optimised first); used by the bootstrap, which needs all rates of all
 * groups of each resample.
 */
function ratesOfCells(cells, groups, out) {
    for (let g = 0; g < groups; g++) {
        const tp = cells[4 * g];
        const fn = cells[4 * g + 1];
        const fp = cells[4 * g + 2];
        const tn = cells[4 * g + 3];
        const n = tp + fn + fp + tn;
        const pos = tp + fn;
        const neg = fp + tn;
        const predPos = tp + fp;
        const predNeg = tn + fn;
        out[g] = n > 0 ? predPos / n : Number.NaN;
        out[groups + g] = pos > 0 ? tp / pos : Number.NaN;
        out[2 * groups + g] = neg > 0 ? fp / neg : Number.NaN;
        out[3 * groups + g] = pos > 0 ? fn / pos : Number.NaN;
        out[4 * groups + g] = neg > 0 ? tn / neg : Number.NaN;
        out[5 * groups + g] = predPos > 0 ? tp / predPos : Number.NaN;
        out[6 * groups + g] = predNeg > 0 ? tn / predNeg : Number.NaN;
        out[7 * groups + g] = n > 0 ? (tp + tn) / n : Number.NaN;
    }
}

// EXTERNAL MODULE: ./src/stats/random/multinomial.ts + 1 modules
var random_multinomial = __webpack_require__(96502);
;// CONCATENATED MODULE: ./src/stats/fairness/bootstrap-disparity.ts


/**
 * Percentile bootstrap intervals for statistics of per-group confusion counts.
 *
 * Definition: resampling n rows with replacement from the data and
 * re-counting the cells is the same as drawing the 4·G cell counts
 * (TP, FN, FP, TN of each of G groups) from Multinomial(n, counts/n). Each of
 * B such draws is passed to every statistic; the interval is the
 * (α/2, 1 − α/2) percentiles of the defined (non-NaN) replicates, with
 * numpy's default linear interpolation between order statistics. Cost
 * O(B · G · 4) whatever n is, against O(B · n) for row resampling.
 *
 * The replicates where a statistic is NaN (a group drew no positives) are
 * left out and counted in `defined`, so a caller can flag an interval built
 * on too few of them.
 *
 * p-value: none; this is an interval estimate. Coverage is asymptotically
 * nominal for smooth functions of the cell proportions (rates, their
 * differences and ratios, and max/min aggregates whose extreme groups are
 * well separated; see the simulation test). When groups tie, a range
 * max − min is biased upwards (it cannot be negative) and its percentile
 * interval lies just above the true 0; the gate documents this.
 *
 * References: Efron & Tibshirani, "An Introduction to the Bootstrap" (1993),
 * ch. 13 (percentile interval); Davison & Hinkley, "Bootstrap Methods and
 * their Application" (1997), §2.4; Hyndman & Fan, "Sample quantiles in
 * statistical packages", The American Statistician 50 (1996), type 7.
 */
function bootstrapDisparity(groups, statistics, options) {
    const { resamples, seed, confidence } = options;
    if (!(Number.isInteger(resamples) && resamples > 0))
        throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
    const g = groups.length;
    const probs = new Float64Array(4 * g);
    let n = 0;
    for (let i = 0; i < g; i++) {
        const c = groups[i];
        probs[4 * i] = c.tp;
        probs[4 * i + 1] = c.fn;
        probs[4 * i + 2] = c.fp;
        probs[4 * i + 3] = c.tn;
        n += c.tp + c.fn + c.fp + c.tn;
    }
    const replicates = statistics.map(() => new Float64Array(resamples));
    if (n === 0)
        return statistics.map(() => ({ low: Number.NaN, high: Number.NaN, defined: 0 }));
    const rng = createRng(seed);
    const draw = new Float64Array(4 * g);
    const resampled = groups.map(() => ({ tp: 0, fn: 0, fp: 0, tn: 0 }));
    for (let b = 0; b < resamples; b++) {
        multinomial(rng, n, probs, draw);
        for (let i = 0; i < g; i++) {
            const r = resampled[i];
            r.tp = draw[4 * i];
            r.fn = draw[4 * i + 1];
            r.fp = draw[4 * i + 2];
            r.tn = draw[4 * i + 3];
        }
        for (let s = 0; s < statistics.length; s++)
            replicates[s][b] = statistics[s](resampled);
    }
    return replicates.map((values) => percentileInterval(values, confidence));
}
/**
 * The (α/2, 1 − α/2) type-7 percentiles of the non-NaN replicates (shared
 * with bootstrap-marginals.ts). The four order statistics the two
 * percentiles interpolate between are found by selection (Floyd–Rivest,
 * expected O(B)) rather than by sorting: the values are the same, and a gate
 * with hundreds of statistics spends far less. Reorders the caller's array.
 */
function percentileInterval(values, confidence) {
    const alpha = 1 - confidence;
    // The defined (non-NaN) replicates moved to the front.
    let m = 0;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (v === v)
            values[m++] = v;
    }
    if (m === 0)
        return { low: Number.NaN, high: Number.NaN, defined: 0 };
    const defined = values.subarray(0, m);
    const order = new OrderStatistics(defined);
    return { low: quantileType7(order, m, alpha / 2), high: quantileType7(order, m, 1 - alpha / 2), defined: m };
}
/** Hyndman–Fan type 7 (numpy's default `linear`) quantile from order statistics. */
function quantileType7(order, m, p) {
    const h = (m - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(m - 1, lo + 1);
    const [a, b] = order.pair(lo, hi);
    // ±Infinity replicates (a zero reference rate) must not produce NaN by Infinity − Infinity.
    return a === b ? a : a + (h - lo) * (b - a);
}
/**
 * The k-th smallest values of an array, asked for in non-decreasing k: each
 * selection leaves everything after position k no smaller, so the next one
 * searches only the part after it.
 */
class OrderStatistics {
    a;
    done = -1;
    constructor(a) {
        this.a = a;
    }
    at(k) {
        // Every position asked for is left holding its order statistic, and a
        // position before the last one asked for is only asked again (a second
        // percentile on the same pair): it is in place.
        if (k <= this.done)
            return this.a[k];
        if (k === this.done + 1)
            moveSmallestTo(this.a, k);
        else
            bootstrap_disparity_select(this.a, this.done + 1, this.a.length - 1, k);
        this.done = k;
        return this.a[k];
    }
    /**
     * The lo-th and hi-th (= lo or lo + 1) smallest values. One of a pair of
     * neighbours is selected, and the other is the extreme of the part on its
     * side (everything before a selected position is no larger, everything
     * after no smaller): the largest before it or the smallest after it,
     * whichever part is shorter, so a percentile near an end scans few values
     * where a second selection would partition most of the array again.
     */
    pair(lo, hi) {
        if (hi === lo) {
            const v = this.at(lo);
            return [v, v];
        }
        const before = hi - (this.done + 1);
        const after = this.a.length - hi;
        if (before >= 1 && before < after) {
            const b = this.at(hi);
            moveLargestTo(this.a, hi - before, lo);
            return [this.a[lo], b];
        }
        const a = this.at(lo);
        return [a, this.at(hi)];
    }
}
/**
 * Rearranges a[left..right] so that a[k] is the value sorted order puts
 * there, smaller ones before, larger after: Floyd and Rivest's SELECT. On a
 * long range it first selects within a small sample around where the k-th
 * value should fall, so that the partition of the whole range is made
 * around a pivot already close to it and leaves little to search; the
 * percentiles of an interval sit near the ends, where Hoare's FIND would
 * partition most of the range several times.
 *
 * Reference: R. W. Floyd, R. L. Rivest, "Algorithm 489: The algorithm
 * SELECT—for finding the ith smallest of n elements", CACM 18(3), 1975.
 */
function bootstrap_disparity_select(a, left, right, k) {
    while (right > left) {
        if (right - left > 600) {
            // A sample of about n^(2/3) values, placed so that it brackets the k-th with high probability.
            const n = right - left + 1;
            const i = k - left + 1;
            const z = Math.log(n);
            const size = 0.5 * Math.exp((2 * z) / 3);
            const sd = 0.5 * Math.sqrt((z * size * (n - size)) / n) * (i - n / 2 < 0 ? -1 : 1);
            const newLeft = Math.max(left, Math.floor(k - (i * size) / n + sd));
            const newRight = Math.min(right, Math.floor(k + ((n - i) * size) / n + sd));
            bootstrap_disparity_select(a, newLeft, newRight, k);
        }
        // Partition a[left..right] around t = a[k].
        const t = a[k];
        let i = left;
        let j = right;
        swap(a, left, k);
        if (a[right] > t)
            swap(a, right, left);
        while (i < j) {
            swap(a, i, j);
            i++;
            j--;
            while (a[i] < t)
                i++;
            while (a[j] > t)
                j--;
        }
        if (a[left] === t)
            swap(a, left, j);
        else {
            j++;
            swap(a, j, right);
        }
        // a[j] = t now; everything before it is ≤ t, after it ≥ t.
        if (j <= k)
            left = j + 1;
        if (k <= j)
            right = j - 1;
    }
}
/** Swaps the largest of a[from..k] into a[k]. */
function moveLargestTo(a, from, k) {
    let best = k;
    let max = a[k];
    for (let i = from; i < k; i++) {
        if (a[i] > max) {
            max = a[i];
            best = i;
        }
    }
    swap(a, k, best);
}
/** Swaps the smallest of a[k..] into a[k]. */
function moveSmallestTo(a, k) {
    let best = k;
    let min = a[k];
    for (let i = k + 1; i < a.length; i++) {
        if (a[i] < min) {
            min = a[i];
            best = i;
        }
    }
    swap(a, k, best);
}
function swap(a, i, j) {
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
}

// EXTERNAL MODULE: ./src/stats/random/prng.ts
var prng = __webpack_require__(70054);
;// CONCATENATED MODULE: ./src/stats/fairness/bootstrap-marginals.ts



/**
 * Percentile bootstrap intervals for statistics of several groupings of the
 * same rows, from one resample of the finest groups.
 *
 * Definition: with F finest groups (the full intersection of all sensitive
 * attributes), a row resample is one Multinomial(n, counts/n) draw of the
 * 4·F cells; the counts of a coarser grouping (one attribute, or a
 * combination of some) are sums of finest cells, so every view's statistics
 * are computed on the same resampled rows, exactly as a row-resampling
 * bootstrap evaluates all attributes on one resample. Intervals as in
 * bootstrapDisparity (type-7 percentiles of the defined replicates). Cost
 * O(B · (4F + Σ views' groups)), independent of n.
 *
 * With a single view whose map is the identity this is bootstrapDisparity,
 * draw for draw.
 *
 * p-value: none; interval estimates.
 *
 * References: Efron & Tibshirani (1993), ch. 13; Devroye (1986), XI.1.2 (the
 * multinomial as conditional binomials).
 */
function bootstrapMarginals(finest, views, options) {
    const { resamples, seed, confidence } = options;
    if (!(Number.isInteger(resamples) && resamples > 0))
        throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
    const f = finest.length;
    for (const v of views) {
        if (v.map.length !== f)
            throw new RangeError('bootstrapMarginals: a view map does not cover the finest groups');
    }
    const probs = new Float64Array(4 * f);
    let n = 0;
    for (let i = 0; i < f; i++) {
        const c = finest[i];
        probs[4 * i] = c.tp;
        probs[4 * i + 1] = c.fn;
        probs[4 * i + 2] = c.fp;
        probs[4 * i + 3] = c.tn;
        n += c.tp + c.fn + c.fp + c.tn;
    }
    const counts = views.map((v) => v.statistics.length + (v.batch?.count ?? 0));
    // Replicates of statistic s of a view at [s · resamples + b]: one array per view, each statistic's contiguous.
    const replicates = counts.map((c) => new Float64Array(c * resamples));
    if (n === 0)
        return counts.map((c) => Array.from({ length: c }, () => ({ low: Number.NaN, high: Number.NaN, defined: 0 })));
    const batchOut = views.map((v) => new Float64Array(v.batch?.count ?? 0));
    const rng = (0,prng/* createRng */.SZ)(seed);
    const draw = new Float64Array(4 * f);
    const resampled = views.map((v) => Array.from({ length: v.groups }, () => ({ tp: 0, fn: 0, fp: 0, tn: 0 })));
    // Cell sums of each view, added up in a typed array and copied into the records once.
    const sums = views.map((v) => new Float64Array(4 * v.groups));
    for (let b = 0; b < resamples; b++) {
        (0,random_multinomial/* multinomial */.O)(rng, n, probs, draw);
        for (let k = 0; k < views.length; k++) {
            const view = views[k];
            const groups = resampled[k];
            const cells = sums[k];
            sumCells(draw, view.map, cells);
            const reps = replicates[k];
            const statistics = view.statistics;
            if (statistics.length > 0) {
                for (let g = 0; g < groups.length; g++) {
                    const c = groups[g];
                    c.tp = cells[4 * g];
                    c.fn = cells[4 * g + 1];
                    c.fp = cells[4 * g + 2];
                    c.tn = cells[4 * g + 3];
                }
            }
            for (let s = 0; s < statistics.length; s++)
                reps[s * resamples + b] = statistics[s](groups);
            const batch = view.batch;
            if (batch !== undefined) {
                const out = batchOut[k];
                batch.evaluate(cells, out);
                for (let s = 0, at = statistics.length * resamples + b; s < out.length; s++, at += resamples)
                    reps[at] = out[s];
            }
        }
    }
    return replicates.map((reps, k) => Array.from({ length: counts[k] }, (_, s) => percentileInterval(reps.subarray(s * resamples, (s + 1) * resamples), confidence)));
}
/** cells[4·map[i] + c] = Σ draw[4·i + c]: the finest cells summed into a view's groups. */
function sumCells(draw, map, cells) {
    cells.fill(0);
    for (let i = 0; i < map.length; i++) {
        const g = 4 * map[i];
        cells[g] += draw[4 * i];
        cells[g + 1] += draw[4 * i + 1];
        cells[g + 2] += draw[4 * i + 2];
        cells[g + 3] += draw[4 * i + 3];
    }
}

;// CONCATENATED MODULE: ./src/gates/fairness-gate/binning.ts
/**
 * Cutting a continuous sensitive column (age, income) into groups, by given
 * cut points or by quantiles of the data.
 *
 * Intervals are closed on the left: with cuts [25, 40] the groups are
 * "< 25", "[25, 40)" and ">= 40", in that order. Quantile cuts are the
 * k-quantiles of the non-missing values (numpy's default linear
 * interpolation), with duplicates removed, so a heavily tied column may give
 * fewer groups than asked.
 */

function binValues(values, missing, spec, column) {
    const cuts = binCuts(values, missing, spec, column);
    const labels = binLabels(cuts);
    const n = values.length;
    const codes = new Int32Array(n);
    const c = Float64Array.from(cuts);
    for (let i = 0; i < n; i++)
        codes[i] = binOf(c, values[i]);
    if (missing !== null)
        for (let i = 0; i < n; i++)
            if (missing[i] === 1)
                codes[i] = -1;
    return { codes, labels, cuts };
}
/** The cut points a spec gives: checked given cuts, or the quantiles of the present values. */
function binCuts(values, missing, spec, column) {
    return 'cuts' in spec ? checkCuts(spec.cuts, column) : quantileCuts(values, missing, spec.quantiles, column);
}
/** The bin of v: the number of cuts ≤ v (NaN falls in the first bin; callers flag missing cells apart). */
function binOf(cuts, v) {
    const m = cuts.length;
    let lo = 0;
    if (m <= 8) {
        // A linear count for the usual handful of cuts, counting every cut rather
        // than stopping at the first above v, and adding the comparison as a
        // number: no branch to mispredict (a conditional `? 1 : 0` compiles to
        // one, and costs twice as much on shuffled ages).
        for (let j = 0; j < m; j++)
            lo += +(cuts[j] <= v);
        return lo;
    }
    let hi = m;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cuts[mid] <= v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
function checkCuts(cuts, column) {
    for (let i = 0; i < cuts.length; i++) {
        if (!Number.isFinite(cuts[i]))
            throw new errors/* UserError */.yo(`cut point ${cuts[i]} is not a number`, { field: `bins.${column}` });
        if (i > 0 && !(cuts[i] > cuts[i - 1]))
            throw new errors/* UserError */.yo(`cut points must increase: ${cuts.join(', ')}`, { field: `bins.${column}` });
    }
    if (cuts.length === 0)
        throw new errors/* UserError */.yo('give at least one cut point', { field: `bins.${column}` });
    return cuts;
}
function quantileCuts(values, missing, k, column) {
    if (!(Number.isInteger(k) && k >= 2 && k <= 100))
        throw new errors/* UserError */.yo(`quantiles must be a whole number from 2 to 100, got ${k}`, { field: `bins.${column}` });
    const present = [];
    for (let i = 0; i < values.length; i++)
        if (!(missing && missing[i] === 1))
            present.push(values[i]);
    if (present.length === 0)
        throw new errors/* UserError */.yo(`column "${column}" has no values to cut into quantiles`, { field: `bins.${column}` });
    const sorted = Float64Array.from(present).sort();
    const cuts = [];
    for (let j = 1; j < k; j++) {
        const h = (sorted.length - 1) * (j / k);
        const lo = Math.floor(h);
        const q = sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]);
        // A cut at the minimum would leave the first group empty.
        if (q > sorted[0] && (cuts.length === 0 || q > cuts[cuts.length - 1]))
            cuts.push(q);
    }
    if (cuts.length === 0)
        throw new errors/* UserError */.yo(`column "${column}" has a single value: nothing to cut`, { field: `bins.${column}` });
    return cuts;
}
function fmt(x) {
    return String(Number(x.toPrecision(6)));
}
function binLabels(cuts) {
    const labels = [`< ${fmt(cuts[0])}`];
    for (let i = 1; i < cuts.length; i++)
        labels.push(`[${fmt(cuts[i - 1])}, ${fmt(cuts[i])})`);
    labels.push(`>= ${fmt(cuts[cuts.length - 1])}`);
    return labels;
}

// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __webpack_require__(32085);
// EXTERNAL MODULE: ./src/core/table.ts
var core_table = __webpack_require__(70859);
;// CONCATENATED MODULE: ./src/gates/fairness-gate/columns.ts
/** Finding the columns the gate needs, with a "did you mean" on a typo. */



function requireColumn(table, name, input) {
    const col = (0,core_table/* findColumn */.kn)(table, name);
    if (col)
        return col;
    const hint = (0,suggest/* closest */.kp)(name, (0,core_table/* columnNames */.lo)(table));
    throw new errors/* UserError */.yo(`no column "${name}"${hint ? ` (did you mean "${hint}"?)` : ''}; columns: ${(0,core_table/* columnNames */.lo)(table).slice(0, 20).join(', ')}`, {
        file: table.source,
        field: input,
    });
}
/** The line (or row number) of row i for messages. */
function lineOf(table, i) {
    return table.rowLines ? table.rowLines[i] : i + 1;
}

;// CONCATENATED MODULE: ./src/gates/fairness-gate/group-counts.ts
/**
 * One pass over the rows: the confusion counts (TP, FN, FP, TN) of every
 * group of every sensitive attribute, and, when intersectional, of every
 * combination of two or more attributes. Everything after this works on
 * counts, never on rows again.
 *
 * Group order: categories in code-point order (as Python's `sorted`), bins in
 * interval order, a "(missing)" group last. Intersections enumerate the full
 * cartesian product of the attributes' groups, in that order, as Fairlearn's
 * MetricFrame does; combinations that no row has are kept with n = 0.
 */



const MISSING_GROUP = '(missing)';
/** A number column with more distinct values than this needs `bins`. */
const MAX_NUMERIC_CATEGORIES = 50;
/** Largest number of intersectional groups counted. */
const MAX_INTERSECTION_GROUPS = 1 << 20;
/** The groups of one sensitive column and how each row finds its group. */
function encodeSensitive(table, column, options) {
    const col = requireColumn(table, column, 'sensitive');
    const spec = options.bins[column];
    if (spec) {
        if (col.kind !== 'number')
            throw new errors/* UserError */.yo(`column "${column}" is not numeric and cannot be binned`, { file: table.source, field: `bins.${column}` });
        const cuts = binCuts(col.values, col.missing, spec, column);
        const labels = binLabels(cuts);
        const hasMissing = col.missing !== null && col.missing.indexOf(1) >= 0;
        return {
            column,
            labels: hasMissing ? [...labels, MISSING_GROUP] : labels,
            rows: { kind: 'binned', values: col.values, missing: hasMissing ? col.missing : null, cuts: Float64Array.from(cuts), missingGroup: labels.length },
        };
    }
    const [seen, order, labels] = col.kind === 'number' ? encodeNumbers(table, col.values, col.missing, column) : col.dictionary ? encodeDictionary(col.dictionary) : encodeStrings(col.values);
    return coded(column, seen, order, labels);
}
/**
 * The coded form of a category column: `order[i]` is the first-seen code of
 * the i-th label in sorted order; missing cells, if any, get a last group.
 */
function coded(column, seen, order, labels) {
    const groupOf = new Int32Array(order.length + 1);
    order.forEach((firstSeen, group) => (groupOf[firstSeen + 1] = group));
    groupOf[0] = labels.length;
    const hasMissing = seen.indexOf(-1) >= 0;
    return { column, labels: hasMissing ? [...labels, MISSING_GROUP] : labels, rows: { kind: 'coded', seen, groupOf } };
}
/**
 * First-seen codes of a numeric category column, with the order of the
 * values (increasing) and their labels. The last value seen and a short list
 * of the distinct values are checked before the Map: low-cardinality columns
 * then cost a comparison or two per row.
 */
function encodeNumbers(table, values, missing, column) {
    const n = values.length;
    const distinct = [];
    const index = new Map();
    const raw = new Int32Array(n);
    let last = Number.NaN;
    let lastCode = -1;
    for (let i = 0; i < n; i++) {
        if (missing !== null && missing[i] === 1) {
            raw[i] = -1;
            continue;
        }
        const v = values[i];
        if (v === last) {
            raw[i] = lastCode;
            continue;
        }
        let c = -1;
        const k = distinct.length;
        for (let j = 0; j < k && j < 8; j++) {
            if (distinct[j] === v) {
                c = j;
                break;
            }
        }
        if (c < 0) {
            const found = index.get(v);
            if (found !== undefined)
                c = found;
            else {
                c = k;
                distinct.push(v);
                index.set(v, c);
                if (distinct.length > MAX_NUMERIC_CATEGORIES) {
                    throw new errors/* UserError */.yo(`column "${column}" is numeric with more than ${MAX_NUMERIC_CATEGORIES} distinct values: give bins (cut points or a number of quantiles) for it`, { file: table.source, field: 'sensitive' });
                }
            }
        }
        raw[i] = c;
        last = v;
        lastCode = c;
    }
    const order = distinct.map((v, j) => ({ v, j })).sort((a, b) => a.v - b.v);
    return [raw, order.map((o) => o.j), order.map((o) => String(o.v))];
}
/**
 * First-seen codes of a text category column, with the order of the labels
 * (code-point order) and the labels. One-letter values go through a table by
 * character code; the readers share one string among equal short cells, so
 * other values are usually matched by identity against the last value or a
 * short list of first-seen ones before the Map.
 */
function encodeStrings(values) {
    const n = values.length;
    const distinct = [];
    const index = new Map();
    const raw = new Int32Array(n);
    let last = null;
    let lastCode = -1;
    const ascii = new Int32Array(128).fill(-1);
    for (let i = 0; i < n; i++) {
        const v = values[i];
        if (v === null) {
            raw[i] = -1;
            continue;
        }
        // One-character codes ("F", "M", "A".."E"): a table lookup, no comparisons to mispredict.
        if (v.length === 1) {
            const ch = v.charCodeAt(0);
            if (ch < 128 && ascii[ch] >= 0) {
                raw[i] = ascii[ch];
                continue;
            }
        }
        if (v === last) {
            raw[i] = lastCode;
            continue;
        }
        let c = -1;
        const k = distinct.length;
        for (let j = 0; j < k && j < 8; j++) {
            if (distinct[j] === v) {
                c = j;
                break;
            }
        }
        if (c < 0) {
            const found = index.get(v);
            if (found !== undefined)
                c = found;
            else {
                c = k;
                distinct.push(v);
                index.set(v, c);
                if (v.length === 1 && v.charCodeAt(0) < 128)
                    ascii[v.charCodeAt(0)] = c;
            }
        }
        raw[i] = c;
        last = v;
        lastCode = c;
    }
    return encodeDictionary({ codes: raw, labels: distinct });
}
/**
 * The same from codes and labels: a column the reader dictionary-encoded,
 * whose codes serve as they are, or encodeStrings' first-seen codes. Every
 * label occurs in some row, and the codes need not be in first-seen order,
 * only one per label.
 */
function encodeDictionary({ codes, labels }) {
    const order = labels.map((v, j) => ({ v, j })).sort((a, b) => (a.v < b.v ? -1 : a.v > b.v ? 1 : 0));
    return [codes, order.map((o) => o.j), order.map((o) => o.v)];
}
function emptyCounts(k) {
    return Array.from({ length: k }, () => ({ tp: 0, fn: 0, fp: 0, tn: 0 }));
}
function fromCells(cells, k) {
    const out = emptyCounts(k);
    for (let g = 0; g < k; g++) {
        out[g].tp = cells[4 * g];
        out[g].fn = cells[4 * g + 1];
        out[g].fp = cells[4 * g + 2];
        out[g].tn = cells[4 * g + 3];
    }
    return out;
}
function countGroups(table, outcomes, options) {
    if (options.sensitive.length === 0)
        throw new errors/* UserError */.yo('give at least one sensitive column', { field: 'sensitive' });
    const seen = new Set();
    for (const s of options.sensitive) {
        if (seen.has(s))
            throw new errors/* UserError */.yo(`column "${s}" is listed twice`, { field: 'sensitive' });
        seen.add(s);
    }
    for (const b of Object.keys(options.bins)) {
        if (!seen.has(b))
            throw new errors/* UserError */.yo(`bins are given for "${b}", which is not a sensitive column`, { field: 'bins' });
    }
    const encoded = options.sensitive.map((c) => encodeSensitive(table, c, options));
    const n = table.rowCount;
    if (!(options.intersectional && encoded.length >= 2)) {
        return encoded.map((e) => ({
            name: e.column,
            columns: [e.column],
            groups: e.labels,
            counts: fromCells(countCells([e], [1], outcomes, n, e.labels.length), e.labels.length),
        }));
    }
    // With intersections, one pass over the rows counts the full product of all
    // attributes; every attribute and every combination is then a sum of those
    // cells, with no further pass over the rows.
    const sizes = encoded.map((e) => e.labels.length);
    const total = sizes.reduce((a, b) => a * b, 1);
    if (total > MAX_INTERSECTION_GROUPS) {
        throw new errors/* UserError */.yo(`the intersection of ${encoded.map((e) => e.column).join(', ')} has ${total} groups, more than ${MAX_INTERSECTION_GROUPS}: bin the continuous attributes or use fewer`, { field: 'intersectional' });
    }
    // Mixed radix, first attribute most significant (Fairlearn's product order).
    const strides = new Array(sizes.length);
    for (let a = sizes.length - 1, s = 1; a >= 0; s *= sizes[a], a--)
        strides[a] = s;
    const full = countCells(encoded, strides, outcomes, n, total);
    const result = [];
    const k = encoded.length;
    // Single attributes first, then subsets in order of size, then of column order, e.g. a, b, c, ab, ac, bc, abc.
    const subsets = [];
    for (let mask = 1; mask < 1 << k; mask++)
        subsets.push([...Array(k).keys()].filter((a) => mask & (1 << a)));
    subsets.sort((x, y) => x.length - y.length || compareArrays(x, y));
    for (const members of subsets)
        result.push(marginal(encoded, members, sizes, full, total));
    return result;
}
/** Rows handled at a time by the counting pass: the block's cell indices stay in the first-level cache. */
const BLOCK = 2048;
/**
 * The 4·groups cell counts (TP, FN, FP, TN of each group, the order of
 * ConfusionCounts) of the rows grouped by the combined code
 * Σ group_a · stride_a of the attributes. One pass over the rows, a block
 * at a time: the block's cell indices start from the confusion cell
 * (label 1: TP 0 or FN 1; label 0: FP 2 or TN 3), each attribute adds its
 * group's weight, and the cells are counted; no per-row array is written.
 */
function countCells(encoded, strides, outcomes, n, groups) {
    const label = outcomes.label;
    const prediction = outcomes.prediction;
    // Integer counts, exact up to 2^32 rows, converted once at the end.
    const counts = new Uint32Array(4 * groups);
    const cell = new Int32Array(BLOCK);
    // The weight 4·stride·group of each first-seen code, or of each bin.
    const weights = encoded.map((e, a) => {
        const w = 4 * strides[a];
        return e.rows.kind === 'coded' ? e.rows.groupOf.map((g) => g * w) : Int32Array.from({ length: e.labels.length }, (_, g) => g * w);
    });
    // Every row loop is a function of its own: a loop inlined here would be
    // compiled on its own (on-stack replacement) and dropped at each block's end.
    for (let start = 0; start < n; start += BLOCK) {
        const m = Math.min(BLOCK, n - start);
        startCells(cell, m, start, label, prediction);
        for (let a = 0; a < encoded.length; a++) {
            const rows = encoded[a].rows;
            if (rows.kind === 'coded')
                addCoded(cell, m, start, rows.seen, weights[a]);
            else
                addBinned(cell, m, start, rows, weights[a]);
        }
        tally(counts, cell, m);
    }
    return Float64Array.from(counts);
}
/** cell[j] = the confusion cell of row start + j: label 1: TP 0 or FN 1; label 0: FP 2 or TN 3. */
function startCells(cell, m, start, label, prediction) {
    for (let j = 0; j < m; j++)
        cell[j] = 3 - 2 * label[start + j] - prediction[start + j];
}
function tally(counts, cell, m) {
    for (let j = 0; j < m; j++)
        counts[cell[j]]++;
}
/** cell[j] += the weight of row start + j's group, from its first-seen code. */
function addCoded(cell, m, start, seen, weight) {
    for (let j = 0; j < m; j++)
        cell[j] += weight[seen[start + j] + 1];
}
/** cell[j] += the weight of row start + j's bin (the "(missing)" group's for a missing cell). */
function addBinned(cell, m, start, rows, weight) {
    const { values, missing, cuts } = rows;
    if (missing === null) {
        for (let j = 0; j < m; j++)
            cell[j] += weight[binOf(cuts, values[start + j])];
        return;
    }
    const missingWeight = weight[rows.missingGroup];
    for (let j = 0; j < m; j++)
        cell[j] += missing[start + j] === 1 ? missingWeight : weight[binOf(cuts, values[start + j])];
}
/**
 * Counts of one attribute or combination of attributes (`members`), summed
 * from the cells of the full product, with the group of the combination that
 * each full-product group falls in.
 */
function marginal(encoded, members, sizes, full, total) {
    const stride = new Array(sizes.length);
    let s = 1;
    for (let a = sizes.length - 1; a >= 0; a--) {
        stride[a] = s;
        s *= sizes[a];
    }
    const subSizes = members.map((a) => sizes[a]);
    const subTotal = subSizes.reduce((a, b) => a * b, 1);
    const cells = new Float64Array(4 * subTotal);
    const jointIndex = new Int32Array(total);
    for (let code = 0; code < total; code++) {
        let sub = 0;
        for (const a of members)
            sub = sub * sizes[a] + (Math.floor(code / stride[a]) % sizes[a]);
        jointIndex[code] = sub;
        for (let c = 0; c < 4; c++)
            cells[4 * sub + c] += full[4 * code + c];
    }
    const groups = [];
    for (let sub = 0; sub < subTotal; sub++) {
        let rest = sub;
        const parts = new Array(members.length);
        for (let m = members.length - 1; m >= 0; m--) {
            parts[m] = encoded[members[m]].labels[rest % subSizes[m]];
            rest = Math.floor(rest / subSizes[m]);
        }
        groups.push(parts.join(' × '));
    }
    const columns = members.map((a) => encoded[a].column);
    return { name: columns.join(' × '), columns, groups, counts: fromCells(cells, subTotal), jointIndex };
}
function compareArrays(x, y) {
    for (let i = 0; i < x.length; i++)
        if (x[i] !== y[i])
            return x[i] - y[i];
    return 0;
}

;// CONCATENATED MODULE: ./src/gates/fairness-gate/eligibility.ts
/** Why a group cannot estimate a rate, or null when it can. */
function ineligibleReason(c, rate, limits) {
    const n = c.tp + c.fn + c.fp + c.tn;
    if (n === 0)
        return 'no rows';
    if (n < limits.minGroupSize)
        return `${n} rows, below min-group-size ${limits.minGroupSize}`;
    switch (rate) {
        case 'tpr':
        case 'fnr': {
            const pos = c.tp + c.fn;
            return pos < Math.max(1, limits.minPositives) ? `${pos} positive labels, below min-positives ${limits.minPositives}` : null;
        }
        case 'fpr':
        case 'tnr': {
            const neg = c.fp + c.tn;
            return neg < Math.max(1, limits.minNegatives) ? `${neg} negative labels, below min-negatives ${limits.minNegatives}` : null;
        }
        case 'precision': {
            const pp = c.tp + c.fp;
            return pp < Math.max(1, limits.minPositives) ? `${pp} positive predictions, below min-positives ${limits.minPositives}` : null;
        }
        case 'npv': {
            const pn = c.tn + c.fn;
            return pn < Math.max(1, limits.minNegatives) ? `${pn} negative predictions, below min-negatives ${limits.minNegatives}` : null;
        }
        default:
            return null;
    }
}
/** The first reason a group cannot estimate all of the rates, or null. */
function ineligibleForAll(c, rates, limits) {
    if (rates.length === 0)
        return ineligibleReason(c, 'selectionRate', limits);
    for (const r of rates) {
        const why = ineligibleReason(c, r, limits);
        if (why)
            return why;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/stats/fairness/aggregation.ts
function aggregateDifference(rates, overall, method) {
    let lo = Infinity;
    let hi = -Infinity;
    let maxAbs = -Infinity;
    let any = false;
    for (let i = 0; i < rates.length; i++) {
        const r = rates[i];
        if (Number.isNaN(r))
            continue;
        any = true;
        if (r < lo)
            lo = r;
        if (r > hi)
            hi = r;
        const d = Math.abs(r - overall);
        if (d > maxAbs)
            maxAbs = d;
    }
    if (!any)
        return Number.NaN;
    return method === 'between_groups' ? hi - lo : maxAbs;
}
function aggregateRatio(rates, overall, method) {
    let lo = Infinity;
    let hi = -Infinity;
    let minFolded = Infinity;
    let any = false;
    for (let i = 0; i < rates.length; i++) {
        const r = rates[i];
        if (Number.isNaN(r))
            continue;
        any = true;
        if (r < lo)
            lo = r;
        if (r > hi)
            hi = r;
        // NaN (0/0) never wins a pandas min, so a 0/0 pair is skipped like a NaN group.
        const q = r / overall;
        if (!Number.isNaN(q)) {
            const folded = q > 1 ? 1 / q : q;
            if (folded < minFolded)
                minFolded = folded;
        }
    }
    if (!any)
        return Number.NaN;
    if (method === 'between_groups')
        return lo / hi;
    return minFolded === Infinity ? Number.NaN : minFolded;
}

;// CONCATENATED MODULE: ./src/stats/fairness/equalized-odds-difference.ts



/**
 * Equalized odds difference.
 *
 * Definition: let D_TPR and D_FPR be the aggregated differences (see
 * aggregation.ts) of the true positive rates P(Ŷ=1 | Y=1, A=g) and of the
 * false positive rates P(Ŷ=1 | Y=0, A=g). agg `worst_case` (default):
 * max(D_TPR, D_FPR); agg `mean`: (D_TPR + D_FPR)/2. 0 means equal TPR and
 * FPR across groups (Hardt et al.'s equalized odds).
 *
 * p-value: none; the gate attaches a percentile bootstrap interval.
 *
 * References: Hardt, Price & Srebro, "Equality of Opportunity in Supervised
 * Learning", NeurIPS 2016; Fairlearn `fairlearn.metrics.equalized_odds_difference`
 * (the `agg` argument since Fairlearn 0.10).
 */
function equalizedOddsDifference(groups, options = {}) {
    const overall = options.overall ?? sumCounts(groups);
    const method = options.method ?? 'between_groups';
    const dTpr = aggregateDifference(ratesOf(groups, 'tpr'), groupRate(overall, 'tpr'), method);
    const dFpr = aggregateDifference(ratesOf(groups, 'fpr'), groupRate(overall, 'fpr'), method);
    return combineOddsDifferences(dTpr, dFpr, options.agg ?? 'worst_case');
}
/** The equalized odds difference from the TPR and FPR differences (shared with the bootstrap, which has the rates already). */
function combineOddsDifferences(dTpr, dFpr, agg) {
    // Python's max() over a pandas Series with a NaN is order-dependent; the
    // only defined answer when one part is undefined is "undefined".
    if (Number.isNaN(dTpr) || Number.isNaN(dFpr))
        return Number.NaN;
    return agg === 'worst_case' ? Math.max(dTpr, dFpr) : (dTpr + dFpr) / 2;
}

;// CONCATENATED MODULE: ./src/stats/fairness/demographic-parity-difference.ts



/**
 * Demographic parity difference.
 *
 * Definition: with selection rate s_g = P(Ŷ=1 | A=g),
 * between_groups: max_g s_g − min_g s_g; to_overall: max_g |s_g − s|.
 * 0 means every group is selected at the same rate.
 *
 * p-value: none; the gate attaches a percentile bootstrap interval
 * (bootstrap-disparity.ts).
 *
 * References: Fairlearn `fairlearn.metrics.demographic_parity_difference`;
 * Calders & Verwer, "Three naive Bayes approaches for discrimination-free
 * classification", DMKD 21 (2010) (the "discrimination score"). AIF360's
 * `statistical_parity_difference` is the signed two-group version
 * s_unprivileged − s_privileged; with two groups its absolute value equals
 * this metric.
 */
function demographicParityDifference(groups, options = {}) {
    const overall = options.overall ?? sumCounts(groups);
    return aggregateDifference(ratesOf(groups, 'selectionRate'), groupRate(overall, 'selectionRate'), options.method ?? 'between_groups');
}

;// CONCATENATED MODULE: ./src/stats/fairness/demographic-parity-ratio.ts



/**
 * Demographic parity ratio.
 *
 * Definition: with selection rate s_g = P(Ŷ=1 | A=g),
 * between_groups: min_g s_g / max_g s_g; to_overall: min_g of s_g/s folded
 * below one. 1 means equal selection rates; with `between_groups` it is the
 * four-fifths-rule ratio against the most selected group.
 *
 * p-value: none; the gate attaches a percentile bootstrap interval.
 *
 * References: Fairlearn `fairlearn.metrics.demographic_parity_ratio`;
 * U.S. EEOC Uniform Guidelines on Employee Selection Procedures,
 * 29 CFR 1607.4(D) (1978).
 */
function demographicParityRatio(groups, options = {}) {
    const overall = options.overall ?? sumCounts(groups);
    return aggregateRatio(ratesOf(groups, 'selectionRate'), groupRate(overall, 'selectionRate'), options.method ?? 'between_groups');
}

;// CONCATENATED MODULE: ./src/stats/fairness/equalized-odds-ratio.ts



/**
 * Equalized odds ratio.
 *
 * Definition: let R_TPR and R_FPR be the aggregated ratios (see
 * aggregation.ts) of the true and false positive rates per group. agg
 * `worst_case` (default): min(R_TPR, R_FPR); agg `mean`: (R_TPR + R_FPR)/2.
 * 1 means equal TPR and FPR across groups.
 *
 * p-value: none; the gate attaches a percentile bootstrap interval.
 *
 * References: Fairlearn `fairlearn.metrics.equalized_odds_ratio`;
 * Hardt, Price & Srebro (NeurIPS 2016).
 */
function equalizedOddsRatio(groups, options = {}) {
    const overall = options.overall ?? sumCounts(groups);
    const method = options.method ?? 'between_groups';
    const rTpr = aggregateRatio(ratesOf(groups, 'tpr'), groupRate(overall, 'tpr'), method);
    const rFpr = aggregateRatio(ratesOf(groups, 'fpr'), groupRate(overall, 'fpr'), method);
    return combineOddsRatios(rTpr, rFpr, options.agg ?? 'worst_case');
}
/** The equalized odds ratio from the TPR and FPR ratios (shared with the bootstrap, which has the rates already). */
function combineOddsRatios(rTpr, rFpr, agg) {
    if (Number.isNaN(rTpr) || Number.isNaN(rFpr))
        return Number.NaN;
    return agg === 'worst_case' ? Math.min(rTpr, rFpr) : (rTpr + rFpr) / 2;
}

;// CONCATENATED MODULE: ./src/stats/fairness/equal-opportunity-difference.ts



/**
 * Equal opportunity difference.
 *
 * Definition: the aggregated difference of the true positive rates
 * TPR_g = P(Ŷ=1 | Y=1, A=g): between_groups max_g TPR_g − min_g TPR_g,
 * to_overall max_g |TPR_g − TPR|. 0 means every group's qualified members
 * are selected at the same rate.
 *
 * Differences between libraries: this follows Fairlearn
 * (`fairlearn.metrics.equal_opportunity_difference`), which is non-negative.
 * AIF360's `equal_opportunity_difference` is the signed two-group
 * TPR_unprivileged − TPR_privileged; with two groups its absolute value is
 * this number.
 *
 * p-value: none; the gate attaches a percentile bootstrap interval.
 *
 * References: Hardt, Price & Srebro (NeurIPS 2016), "equal opportunity";
 * Fairlearn; AIF360 `ClassificationMetric.equal_opportunity_difference`.
 */
function equalOpportunityDifference(groups, options = {}) {
    const overall = options.overall ?? sumCounts(groups);
    return aggregateDifference(ratesOf(groups, 'tpr'), groupRate(overall, 'tpr'), options.method ?? 'between_groups');
}

;// CONCATENATED MODULE: ./src/stats/fairness/predictive-parity-difference.ts



/**
 * Predictive parity difference.
 *
 * Definition: the aggregated difference of the precisions (positive
 * predictive values) PPV_g = P(Y=1 | Ŷ=1, A=g): between_groups
 * max_g PPV_g − min_g PPV_g, to_overall max_g |PPV_g − PPV|. 0 means a
 * positive prediction is equally reliable in every group.
 *
 * p-value: none; the gate attaches a percentile bootstrap interval.
 *
 * References: Chouldechova, "Fair prediction with disparate impact: a study of
 * bias in recidivism prediction instruments", Big Data 5(2) (2017)
 * ("predictive parity"); Verma & Rubin, "Fairness definitions explained",
 * FairWare 2018, §3.2.1. Aequitas reports the same comparison as the
 * precision disparity (a ratio to the reference group); here it is aggregated
 * like Fairlearn's MetricFrame.difference over `precision_score`.
 */
function predictiveParityDifference(groups, options = {}) {
    const overall = options.overall ?? sumCounts(groups);
    return aggregateDifference(ratesOf(groups, 'precision'), groupRate(overall, 'precision'), options.method ?? 'between_groups');
}

;// CONCATENATED MODULE: ./src/stats/fairness/accuracy-parity.ts



/**
 * Accuracy parity (as a difference).
 *
 * Definition: between_groups: the largest minus the smallest group accuracy,
 * max_g acc_g − min_g acc_g with acc_g = (TP_g + TN_g)/n_g; to_overall:
 * max_g |acc_g − acc|. 0 means every group is classified equally well.
 *
 * p-value: none; the gate attaches a percentile bootstrap interval.
 *
 * References: Zafar et al., "Fairness beyond disparate treatment & disparate
 * impact", WWW 2017 ("overall misclassification rate" parity); Fairlearn's
 * MetricFrame.difference over `accuracy_score`; Verma & Rubin (2018), §3.2.6
 * ("overall accuracy equality").
 */
function accuracyParity(groups, options = {}) {
    const overall = options.overall ?? sumCounts(groups);
    return aggregateDifference(ratesOf(groups, 'accuracy'), groupRate(overall, 'accuracy'), options.method ?? 'between_groups');
}

;// CONCATENATED MODULE: ./src/stats/fairness/disparate-impact.ts

/**
 * Disparate impact (the four-fifths rule).
 *
 * Definition: for two groups, s_unprivileged / s_privileged with selection
 * rate s_g = P(Ŷ=1 | A=g) (AIF360). With more groups, every other group is
 * compared with the reference group and the smallest ratio is returned:
 * min_{g ≠ ref} s_g / s_ref. With the reference set to the group with the
 * highest selection rate this is the EEOC four-fifths rule (a ratio below
 * 0.8 is evidence of adverse impact) and equals Fairlearn's
 * demographic_parity_ratio; with another reference a ratio above 1 is
 * possible and only the smallest is returned.
 *
 * Groups with an undefined selection rate (n = 0) are skipped; with no other
 * group the result is NaN. A zero reference rate gives Infinity (or NaN).
 * `disparateImpactGroup` returns the index of the group that attains the
 * minimum, for the report's sentence.
 *
 * p-value: none; the gate attaches a percentile bootstrap interval.
 *
 * References: U.S. EEOC Uniform Guidelines, 29 CFR 1607.4(D) (1978);
 * Feldman et al., "Certifying and removing disparate impact", KDD 2015;
 * AIF360 `BinaryLabelDatasetMetric.disparate_impact`.
 */
function disparateImpact(groups, reference) {
    const i = disparateImpactGroup(groups, reference);
    return i < 0 ? Number.NaN : groupRate(groups[i], 'selectionRate') / groupRate(groups[reference], 'selectionRate');
}
function disparateImpactGroup(groups, reference) {
    const ref = groupRate(groups[reference], 'selectionRate');
    let best = -1;
    let min = Infinity;
    for (let i = 0; i < groups.length; i++) {
        if (i === reference)
            continue;
        const r = groupRate(groups[i], 'selectionRate') / ref;
        if (Number.isNaN(r))
            continue;
        if (best < 0 || r < min) {
            min = r;
            best = i;
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./src/stats/fairness/average-odds-difference.ts

/**
 * Average odds difference.
 *
 * Definition: for a group g against the reference group,
 * AOD_g = ½[(FPR_g − FPR_ref) + (TPR_g − TPR_ref)] (AIF360, with g the
 * unprivileged and ref the privileged group). With more than two groups the
 * signed AOD_g of largest magnitude over g ≠ ref is returned, so that with
 * two groups the number equals AIF360's. 0 means equal average of the two
 * error-related rates; the sign says which side the group is on.
 *
 * Groups whose TPR or FPR is undefined are skipped; with none left the
 * result is NaN. `averageOddsDifferenceGroup` returns the index attaining it.
 *
 * Note: Fairlearn's `equalized_odds_difference(agg="mean")` is a different
 * quantity (the mean of the two between-group ranges, unsigned).
 *
 * p-value: none; the gate attaches a percentile bootstrap interval.
 *
 * References: AIF360 `ClassificationMetric.average_odds_difference`
 * (Bellamy et al., "AI Fairness 360", arXiv:1810.01943, 2018);
 * Hardt, Price & Srebro (NeurIPS 2016).
 */
function averageOddsDifference(groups, reference) {
    const i = averageOddsDifferenceGroup(groups, reference);
    return i < 0 ? Number.NaN : aod(groups[i], groups[reference]);
}
function aod(g, ref) {
    return averageOddsOfRates(groupRate(g, 'tpr'), groupRate(g, 'fpr'), groupRate(ref, 'tpr'), groupRate(ref, 'fpr'));
}
/** AOD_g from the two groups' rates: ½[(FPR_g − FPR_ref) + (TPR_g − TPR_ref)] (shared with the bootstrap, which has the rates already). */
function averageOddsOfRates(tpr, fpr, tprRef, fprRef) {
    return 0.5 * (fpr - fprRef + (tpr - tprRef));
}
function averageOddsDifferenceGroup(groups, reference) {
    let best = -1;
    let max = -1;
    for (let i = 0; i < groups.length; i++) {
        if (i === reference)
            continue;
        const v = Math.abs(aod(groups[i], groups[reference]));
        if (Number.isNaN(v))
            continue;
        if (v > max) {
            max = v;
            best = i;
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./src/stats/fairness/theil-index.ts
/**
 * Theil index of individual benefits (generalized entropy index, α = 1).
 *
 * Definition: each individual receives the benefit b_i = ŷ_i − y_i + 1, i.e.
 * 0 for a false negative, 1 for a correct prediction, 2 for a false positive.
 * With μ the mean benefit, T = (1/n) Σ_i (b_i/μ) ln(b_i/μ), where 0·ln 0 = 0.
 * T = 0 when every individual gets the same benefit; larger values mean the
 * model's errors fall unequally on individuals. It needs only the overall
 * counts: n_FN individuals with b = 0, n_TP + n_TN with b = 1, n_FP with b = 2.
 * It is not a between-group measure; it is reported for AIF360 parity and is
 * judged only when a threshold is configured.
 *
 * p-value: none; the gate attaches a percentile bootstrap interval.
 *
 * References: Speicher et al., "A unified approach to quantifying algorithmic
 * unfairness: measuring individual & group unfairness via inequality indices",
 * KDD 2018; AIF360 `ClassificationMetric.theil_index`
 * (= generalized_entropy_index(alpha=1)).
 */
function theilIndex(c) {
    const n = c.tp + c.fn + c.fp + c.tn;
    if (!(n > 0))
        return Number.NaN;
    const mu = (c.tp + c.tn + 2 * c.fp) / n;
    if (!(mu > 0))
        return Number.NaN;
    const one = 1 / mu;
    const two = 2 / mu;
    return ((c.tp + c.tn) * one * Math.log(one) + c.fp * two * Math.log(two)) / n;
}

;// CONCATENATED MODULE: ./src/gates/fairness-gate/metrics.ts
/**
 * The catalogue of disparity metrics fairness-gate can judge: which
 * statistic computes each (src/stats/fairness/), which per-group rates it
 * needs (so that a group too small to estimate them is set aside), and its
 * default threshold.
 */













const SELECTION = RATE_NAMES.indexOf('selectionRate');
const TPR = RATE_NAMES.indexOf('tpr');
const FPR = RATE_NAMES.indexOf('fpr');
const METRIC_NAMES = [
    'demographic_parity_difference',
    'demographic_parity_ratio',
    'equalized_odds_difference',
    'equalized_odds_ratio',
    'equal_opportunity_difference',
    'average_odds_difference',
    'disparate_impact',
    'predictive_parity_difference',
    'accuracy_parity',
    'theil_index',
    'selection_rate_disparity',
    'tpr_disparity',
    'fpr_disparity',
    'fnr_disparity',
    'precision_disparity',
];
const perGroup = (name, rate, label, rates) => ({
    name,
    kind: 'per-group',
    rate,
    label,
    rates,
    defaultOp: 'in',
    defaultThreshold: null,
});
const METRICS = {
    demographic_parity_difference: {
        name: 'demographic_parity_difference',
        kind: 'aggregate',
        label: 'demographic parity difference',
        rates: ['selectionRate'],
        defaultOp: '<=',
        defaultThreshold: '<= 0.1',
        compute: (g, c) => demographicParityDifference(g, c),
        fromRates: (r, o, c) => aggregateDifference(r[0], o[0], c.method),
    },
    demographic_parity_ratio: {
        name: 'demographic_parity_ratio',
        kind: 'aggregate',
        label: 'demographic parity ratio',
        rates: ['selectionRate'],
        defaultOp: '>=',
        defaultThreshold: '>= 0.8',
        compute: (g, c) => demographicParityRatio(g, c),
        fromRates: (r, o, c) => aggregateRatio(r[0], o[0], c.method),
    },
    equalized_odds_difference: {
        name: 'equalized_odds_difference',
        kind: 'aggregate',
        label: 'equalized odds difference',
        rates: ['tpr', 'fpr'],
        defaultOp: '<=',
        defaultThreshold: '<= 0.1',
        compute: (g, c) => equalizedOddsDifference(g, c),
        fromRates: (r, o, c) => combineOddsDifferences(aggregateDifference(r[0], o[0], c.method), aggregateDifference(r[1], o[1], c.method), c.agg),
    },
    equalized_odds_ratio: {
        name: 'equalized_odds_ratio',
        kind: 'aggregate',
        label: 'equalized odds ratio',
        rates: ['tpr', 'fpr'],
        defaultOp: '>=',
        defaultThreshold: '>= 0.8',
        compute: (g, c) => equalizedOddsRatio(g, c),
        fromRates: (r, o, c) => combineOddsRatios(aggregateRatio(r[0], o[0], c.method), aggregateRatio(r[1], o[1], c.method), c.agg),
    },
    equal_opportunity_difference: {
        name: 'equal_opportunity_difference',
        kind: 'aggregate',
        label: 'equal opportunity difference',
        rates: ['tpr'],
        defaultOp: '<=',
        defaultThreshold: '<= 0.1',
        compute: (g, c) => equalOpportunityDifference(g, c),
        fromRates: (r, o, c) => aggregateDifference(r[0], o[0], c.method),
    },
    average_odds_difference: {
        name: 'average_odds_difference',
        kind: 'reference',
        label: 'average odds difference',
        rate: 'tpr',
        rates: ['tpr', 'fpr'],
        defaultOp: '<=',
        defaultThreshold: '<= 0.1',
        absolute: true,
        compute: averageOddsDifference,
        worstGroup: averageOddsDifferenceGroup,
        pairFromRates: (r, n, g, ref) => averageOddsOfRates(r[TPR * n + g], r[FPR * n + g], r[TPR * n + ref], r[FPR * n + ref]),
    },
    disparate_impact: {
        name: 'disparate_impact',
        kind: 'reference',
        label: 'disparate impact',
        rate: 'selectionRate',
        rates: ['selectionRate'],
        defaultOp: '>=',
        defaultThreshold: '>= 0.8',
        compute: disparateImpact,
        worstGroup: disparateImpactGroup,
        pairFromRates: (r, n, g, ref) => r[SELECTION * n + g] / r[SELECTION * n + ref],
    },
    predictive_parity_difference: {
        name: 'predictive_parity_difference',
        kind: 'aggregate',
        label: 'predictive parity difference',
        rates: ['precision'],
        defaultOp: '<=',
        defaultThreshold: '<= 0.1',
        compute: (g, c) => predictiveParityDifference(g, c),
        fromRates: (r, o, c) => aggregateDifference(r[0], o[0], c.method),
    },
    accuracy_parity: {
        name: 'accuracy_parity',
        kind: 'aggregate',
        label: 'accuracy parity',
        rates: ['accuracy'],
        defaultOp: '<=',
        defaultThreshold: '<= 0.1',
        compute: (g, c) => accuracyParity(g, c),
        fromRates: (r, o, c) => aggregateDifference(r[0], o[0], c.method),
    },
    theil_index: {
        name: 'theil_index',
        kind: 'overall',
        label: 'Theil index',
        rates: [],
        defaultOp: '<=',
        defaultThreshold: null,
        compute: theilIndex,
    },
    selection_rate_disparity: perGroup('selection_rate_disparity', 'selectionRate', 'selection rate', ['selectionRate']),
    tpr_disparity: perGroup('tpr_disparity', 'tpr', 'true positive rate', ['tpr']),
    fpr_disparity: perGroup('fpr_disparity', 'fpr', 'false positive rate', ['fpr']),
    fnr_disparity: perGroup('fnr_disparity', 'fnr', 'false negative rate', ['fnr']),
    precision_disparity: perGroup('precision_disparity', 'precision', 'precision', ['precision']),
};
/** Judged by default: every metric the issue names, and Aequitas's disparities on selection, FPR and FNR. */
const DEFAULT_METRICS = [
    'demographic_parity_difference',
    'demographic_parity_ratio',
    'disparate_impact',
    'equalized_odds_difference',
    'equalized_odds_ratio',
    'equal_opportunity_difference',
    'average_odds_difference',
    'predictive_parity_difference',
    'accuracy_parity',
    'theil_index',
    'selection_rate_disparity',
    'fpr_disparity',
    'fnr_disparity',
];

;// CONCATENATED MODULE: ./src/gates/fairness-gate/resample-rates.ts

class ResampleRates {
    groups;
    /** Rate r (its index in RATE_NAMES) of group g at [r · groups + g]. */
    rates;
    /** Rate r of the whole resample (all groups together) at [r]. */
    overallRates = new Float64Array(RATE_NAMES.length);
    /** Counts of the whole resample. */
    overall = { tp: 0, fn: 0, fp: 0, tn: 0 };
    overallCells = new Float64Array(4);
    constructor(groups) {
        this.groups = groups;
        this.rates = new Float64Array(RATE_NAMES.length * groups);
    }
    /** Where rate `rate` of group `group` is in `rates`. */
    slot(rate, group) {
        return rateIndex(rate) * this.groups + group;
    }
    /** Recomputes everything from one resample's counts (`cells`: TP, FN, FP, TN of each group). */
    update(cells) {
        const total = this.overallCells;
        total.fill(0);
        for (let i = 0; i < cells.length; i += 4) {
            total[0] += cells[i];
            total[1] += cells[i + 1];
            total[2] += cells[i + 2];
            total[3] += cells[i + 3];
        }
        const overall = this.overall;
        overall.tp = total[0];
        overall.fn = total[1];
        overall.fp = total[2];
        overall.tn = total[3];
        ratesOfCells(cells, this.groups, this.rates);
        ratesOfCells(total, 1, this.overallRates);
    }
}
function rateIndex(rate) {
    return RATE_NAMES.indexOf(rate);
}
/** The statistics, in order, as one batch that first brings `rates` up to date. */
function batchOf(statistics, rates) {
    const ratioAt = [];
    const numerators = [];
    const denominators = [];
    const computeAt = [];
    const computes = [];
    statistics.forEach((s, j) => {
        if ('ratio' in s) {
            ratioAt.push(j);
            numerators.push(s.ratio[0]);
            denominators.push(s.ratio[1]);
        }
        else {
            computeAt.push(j);
            computes.push(s.compute);
        }
    });
    const at = Int32Array.from(ratioAt);
    const num = Int32Array.from(numerators);
    const den = Int32Array.from(denominators);
    const r = rates.rates;
    return {
        count: statistics.length,
        evaluate(cells, out) {
            rates.update(cells);
            for (let j = 0; j < at.length; j++)
                out[at[j]] = r[num[j]] / r[den[j]];
            for (let j = 0; j < computes.length; j++)
                out[computeAt[j]] = computes[j]();
        },
    };
}

;// CONCATENATED MODULE: ./src/gates/fairness-gate/outcomes.ts
/**
 * Labels and predictions as 0/1 bytes, from a label column and either a
 * prediction column or a score column cut at the decision threshold.
 */


function readOutcomes(table, options) {
    const label = binaryColumn(table, requireColumn(table, options.labelColumn, 'label-column'), options.positiveLabel, 'label-column');
    let prediction;
    if (options.scoreColumn !== undefined) {
        prediction = scoreColumn(table, requireColumn(table, options.scoreColumn, 'score-column'), options.decisionThreshold);
    }
    else if (options.predictionColumn !== undefined) {
        prediction = binaryColumn(table, requireColumn(table, options.predictionColumn, 'prediction-column'), options.positiveLabel, 'prediction-column');
    }
    else {
        throw new errors/* UserError */.yo('give prediction-column or score-column', { field: 'prediction-column' });
    }
    return { label, prediction };
}
/**
 * 1 where the cell equals the positive label. A number column compares
 * numerically ("1" matches 1.0); a string column compares text. More than
 * two distinct values is an error: the gate judges binary decisions.
 */
function binaryColumn(table, col, positive, input) {
    const n = table.rowCount;
    const out = new Uint8Array(n);
    const seen = new Set();
    let positives = 0;
    if (col.kind === 'number') {
        const p = Number(positive);
        if (!Number.isFinite(p) && positive.trim() !== '') {
            throw new errors/* UserError */.yo(`column "${col.name}" is numeric but positive-label is "${positive}"`, { file: table.source, field: input });
        }
        // Distinct values kept as numbers: a string per row would dominate the cost on large files.
        const values = col.values;
        const missing = col.missing;
        if (missing !== null) {
            const i = missing.indexOf(1);
            if (i >= 0)
                throw missingCell(table, col, i, input);
        }
        // The first other value; then one pass with no data-dependent branch
        // (labels are a coin toss per row, a branch on them mispredicts often):
        // the 0/1 byte, the positives, and whether any value is neither.
        let other = Number.NaN;
        for (let i = 0; i < n; i++) {
            if (values[i] !== p) {
                other = values[i];
                break;
            }
        }
        let stray = 0;
        for (let i = 0; i < n; i++) {
            const v = values[i];
            const hit = +(v === p);
            out[i] = hit;
            positives += hit;
            stray |= +(v !== p) & +(v !== other);
        }
        let third = false;
        if (stray !== 0) {
            // A third value (or a NaN): the careful pass, for the message.
            other = Number.NaN;
            for (let i = 0; i < n; i++) {
                const v = values[i];
                if (v !== p && v !== other) {
                    if (other !== other)
                        other = v;
                    else
                        third = true;
                }
            }
        }
        const distinct = [];
        if (other === other)
            distinct.push(other);
        if (third) {
            for (let i = 0; i < n && distinct.length < 3; i++) {
                const v = values[i];
                if (v !== p && !distinct.includes(v))
                    distinct.push(v);
            }
        }
        if (positives > 0)
            seen.add(String(p));
        for (const v of distinct)
            seen.add(String(v));
    }
    else {
        for (let i = 0; i < n; i++) {
            const v = col.values[i];
            if (v === null)
                throw missingCell(table, col, i, input);
            if (v !== positive && seen.size < 3)
                seen.add(v);
            if (v === positive) {
                out[i] = 1;
                positives++;
            }
        }
    }
    if (col.kind === 'string' && positives > 0)
        seen.add(positive);
    if (seen.size > 2) {
        throw new errors/* UserError */.yo(`column "${col.name}" has more than two values (${[...seen].join(', ')}, ...): fairness-gate judges binary decisions`, {
            file: table.source,
            field: input,
        });
    }
    if (n > 0 && positives === 0 && input === 'label-column') {
        throw new errors/* UserError */.yo(`positive-label "${positive}" never occurs in column "${col.name}" (values: ${[...seen].join(', ')})`, {
            file: table.source,
            field: 'positive-label',
        });
    }
    return out;
}
function scoreColumn(table, col, threshold) {
    if (col.kind !== 'number') {
        const i = col.values.findIndex((v) => v !== null && !Number.isFinite(Number(v)));
        throw new errors/* UserError */.yo(`score column "${col.name}" is not numeric${i >= 0 ? ` ("${col.values[i]}")` : ''}`, {
            file: table.source,
            line: i >= 0 ? lineOf(table, i) : undefined,
            field: 'score-column',
        });
    }
    const out = new Uint8Array(table.rowCount);
    for (let i = 0; i < table.rowCount; i++) {
        if (col.missing && col.missing[i] === 1)
            throw missingCell(table, col, i, 'score-column');
        out[i] = col.values[i] >= threshold ? 1 : 0;
    }
    return out;
}
function missingCell(table, col, i, input) {
    return new errors/* UserError */.yo(`missing value in column "${col.name}" (${input})`, { file: table.source, line: lineOf(table, i), field: col.name });
}

;// CONCATENATED MODULE: ./src/gates/fairness-gate/reference.ts
/**
 * Choosing the reference group of an attribute among the groups that can be
 * judged: the largest (Aequitas's "majority" default, AIF360's privileged
 * group is usually the majority), the one with the best rate for the metric
 * (Aequitas's "min_metric" for error rates; for the selection rate, the
 * highest, which makes disparate impact the EEOC four-fifths rule), or a
 * named group.
 */


/** Index into `groups` (restricted to `eligible`), or a reason there is none. */
function chooseReference(groups, labels, eligible, choice, rate) {
    if (choice.kind === 'named') {
        const i = labels.indexOf(choice.group);
        if (i < 0)
            return { reason: `reference group "${choice.group}" does not occur` };
        if (!eligible.includes(i))
            return { reason: `reference group "${choice.group}" is too small to judge` };
        return { index: i };
    }
    if (eligible.length === 0)
        return { reason: 'no group is large enough to be the reference' };
    let best = eligible[0];
    for (const i of eligible) {
        if (choice.kind === 'largest') {
            if (size(groups[i]) > size(groups[best]))
                best = i;
        }
        else {
            const a = groupRate(groups[i], rate);
            const b = groupRate(groups[best], rate);
            if (higherIsBetter(rate) ? a > b : a < b)
                best = i;
        }
    }
    return { index: best };
}
function size(c) {
    return c.tp + c.fn + c.fp + c.tn;
}
/** Groups named in an error: enough to spot a typo, never a wall. */
function listGroups(groups) {
    const shown = groups.slice(0, 20).map((g) => JSON.stringify(g));
    return `${shown.join(', ')}${groups.length > 20 ? `, … (${groups.length} in all)` : ''}`;
}
/**
 * A reference group that does not occur is an input error, not a silent
 * switch-off: before this rule, `reference-group: {race: Martians}` made every
 * check against the reference `insufficient` and a failing run warned.
 * A map's attribute must be a judged attribute; its group a group of it. A
 * single name applies where it is a group, so it must be a group of some
 * attribute.
 */
function assertReferenceGroupsExist(attributes, reference) {
    for (const [name, choice] of Object.entries(reference.byAttribute)) {
        const attr = attributes.find((a) => a.name === name);
        if (!attr) {
            throw new errors/* UserError */.yo(`"${name}" is not a judged attribute (attributes: ${attributes.map((a) => JSON.stringify(a.name)).join(', ')})`, { field: 'input reference-group' });
        }
        if (choice.kind === 'named' && !attr.groups.includes(choice.group)) {
            throw new errors/* UserError */.yo(`group "${choice.group}" does not occur in ${name} (groups: ${listGroups(attr.groups)})`, { field: `input reference-group.${name}` });
        }
    }
    const d = reference.default;
    if (d.kind === 'named' && !attributes.some((a) => a.groups.includes(d.group))) {
        const where = attributes.map((a) => `${a.name}: ${listGroups(a.groups)}`).join('; ');
        throw new errors/* UserError */.yo(`group "${d.group}" does not occur in any attribute (${where})`, { field: 'input reference-group' });
    }
}

;// CONCATENATED MODULE: ./src/gates/fairness-gate/thresholds.ts
/**
 * Threshold expressions: `<= 0.1`, `< 0.1`, `>= 0.8`, `> 0.8`, or a band
 * `in [0.8, 1.25]` (Aequitas's fairness band). A bare number takes the
 * metric's default operator.
 */

const NUM = String.raw `[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?`;
const COMPARE = new RegExp(String.raw `^\s*(<=|>=|<|>|≤|≥)\s*(${NUM})\s*$`);
const BAND = new RegExp(String.raw `^\s*in\s*\[\s*(${NUM})\s*,\s*(${NUM})\s*\]\s*$`);
function parseThreshold(raw, defaultOp, field) {
    if (typeof raw === 'number' && Number.isFinite(raw)) {
        if (defaultOp === 'in')
            return band(raw, 1 / raw, field);
        return { op: defaultOp, value: raw, text: `${defaultOp} ${raw}` };
    }
    if (typeof raw !== 'string')
        throw new errors/* UserError */.yo(`expected a threshold such as ">= 0.8" or "<= 0.1", got ${JSON.stringify(raw)}`, { field });
    const c = COMPARE.exec(raw);
    if (c) {
        const op = c[1] === '≤' ? '<=' : c[1] === '≥' ? '>=' : c[1];
        const value = Number(c[2]);
        return { op, value, text: `${op} ${value}` };
    }
    const b = BAND.exec(raw);
    if (b)
        return band(Number(b[1]), Number(b[2]), field);
    const bare = raw.trim() === '' ? Number.NaN : Number(raw);
    if (Number.isFinite(bare))
        return parseThreshold(bare, defaultOp, field);
    throw new errors/* UserError */.yo(`cannot read threshold "${raw}": write "<= 0.1", ">= 0.8" or "in [0.8, 1.25]"`, { field });
}
function band(low, high, field) {
    if (!(low <= high))
        throw new errors/* UserError */.yo(`band [${low}, ${high}] is empty`, { field });
    return { op: 'in', low, high, text: `in [${round(low)}, ${round(high)}]` };
}
function round(x) {
    return Number(x.toPrecision(6));
}
/** Whether a value satisfies a threshold (NaN never does). */
function satisfies(value, t) {
    switch (t.op) {
        case '<=':
            return value <= t.value;
        case '<':
            return value < t.value;
        case '>=':
            return value >= t.value;
        case '>':
            return value > t.value;
        case 'in':
            return value >= t.low && value <= t.high;
    }
}
/**
 * Whether every value of an interval violates the threshold: the data
 * support the violation, not just the estimate.
 */
function intervalViolates(low, high, t) {
    switch (t.op) {
        case '<=':
            return low > t.value;
        case '<':
            return low >= t.value;
        case '>=':
            return high < t.value;
        case '>':
            return high <= t.value;
        case 'in':
            return high < t.low || low > t.high;
    }
}
/** How far a value is on the wrong side of the threshold (negative: inside). */
function violationMargin(value, t) {
    switch (t.op) {
        case '<=':
        case '<':
            return value - t.value;
        case '>=':
        case '>':
            return t.value - value;
        case 'in':
            return Math.max(t.low - value, value - t.high);
    }
}

;// CONCATENATED MODULE: ./src/gates/fairness-gate/sentences.ts
const RATE_LABEL = {
    selectionRate: 'selection rate',
    tpr: 'true positive rate',
    fpr: 'false positive rate',
    fnr: 'false negative rate',
    tnr: 'true negative rate',
    precision: 'precision',
    npv: 'negative predictive value',
    accuracy: 'accuracy',
};
function sentences_fmt(x) {
    if (!Number.isFinite(x))
        return x > 0 ? '∞' : x < 0 ? '−∞' : 'undefined';
    return x.toFixed(Math.abs(x) >= 10 ? 1 : 2);
}
function limitWords(t) {
    switch (t.op) {
        case '<=':
        case '<':
            return `above the limit ${t.value}`;
        case '>=':
        case '>':
            return `below the ${t.value} rule`;
        case 'in':
            return `outside the band [${Number(t.low.toPrecision(4))}, ${Number(t.high.toPrecision(4))}]`;
    }
}
function disparitySentence(def, row, threshold, detail, options, verdict) {
    const v = row.value;
    const ci = row.ciLow !== null && row.ciHigh !== null ? ` (${Math.round(options.confidence * 100)}% interval ${sentences_fmt(row.ciLow)} to ${sentences_fmt(row.ciHigh)})` : '';
    let core;
    if (def.kind === 'per-group' || def.name === 'disparate_impact') {
        const rate = RATE_LABEL[detail.rate ?? 'selectionRate'];
        const rel = threshold?.op === 'in' && v > 1 ? `${sentences_fmt(v)} times` : `${sentences_fmt(v)} of`;
        core = `${rate} for group ${row.group} of ${row.attribute} is ${rel} group ${row.reference}'s${ci}`;
    }
    else if (def.kind === 'reference') {
        core = `${def.label} for ${row.attribute} is ${sentences_fmt(v)}${ci}, group ${row.group} against group ${row.reference}`;
    }
    else if (def.kind === 'aggregate' && detail.low !== undefined && detail.rate) {
        const spread = detail.low === detail.high
            ? ''
            : `: ${RATE_LABEL[detail.rate]} ranges from ${sentences_fmt(detail.lowRate)} (${detail.low}) to ${sentences_fmt(detail.highRate)} (${detail.high})`;
        core = `${def.label} for ${row.attribute} is ${sentences_fmt(v)}${ci}${spread}`;
    }
    else {
        core = `${def.label}${row.attribute ? ` for ${row.attribute}` : ''} is ${sentences_fmt(v)}${ci}`;
    }
    if (!threshold)
        return `${core}; reported, not judged`;
    if (verdict === 'pass')
        return `${core}, within ${threshold.text}`;
    if (verdict === 'warn')
        return `${core}, ${limitWords(threshold)} on the estimate, but the interval still reaches allowed values: a warning, not a failure`;
    return `${core}, ${limitWords(threshold)}`;
}

;// CONCATENATED MODULE: ./src/gates/fairness-gate/evaluate.ts











const RANK = { pass: 0, insufficient: 1, warn: 2, fail: 3 };
/** Read labels, predictions and groups from the table(s), then evaluate. */
function evaluateTables(table, options, baseline) {
    const attributes = countGroups(table, readOutcomes(table, options), options);
    assertReferenceGroupsExist(attributes, options.reference);
    const baseAttributes = baseline ? countGroups(baseline, readOutcomes(baseline, options), options) : undefined;
    return evaluateFairness(attributes, options, baseAttributes);
}
function evaluateFairness(attributes, options, baseline) {
    const groups = groupRows(attributes, options);
    const pending = [];
    const overall = attributes.length ? sumCounts(attributes[0].counts) : { tp: 0, fn: 0, fp: 0, tn: 0 };
    // The statistics read each resample's rates from these (see resample-rates.ts).
    const resampleRates = attributes.map((a) => new ResampleRates(a.groups.length));
    for (const name of options.metrics) {
        const def = METRICS[name];
        const threshold = thresholdOf(name, options);
        if (def.kind === 'overall') {
            const value = def.compute(overall);
            pending.push({
                row: baseRow(name, null, null, value, threshold, null, 1, []),
                attributeIndex: 0,
                def,
                statistic: { compute: () => def.compute(resampleRates[0].overall) },
                threshold,
                detail: {},
            });
            continue;
        }
        attributes.forEach((attr, ai) => pending.push(...metricRows(def, attr, ai, threshold, options, attributes, resampleRates[ai])));
    }
    // Bootstrap: with intersections, one resample of the finest groups serves
    // every attribute (as a row resample would); otherwise each attribute
    // draws its own.
    const joint = attributes.length > 1 && attributes.every((a) => a.jointIndex) ? attributes[attributes.length - 1] : undefined;
    if (options.bootstrap > 0 && joint) {
        const perAttribute = attributes.map((_, ai) => pending.filter((p) => p.attributeIndex === ai && p.statistic && p.row.value !== null));
        const intervals = bootstrapMarginals(joint.counts, attributes.map((attr, ai) => ({
            map: attr.jointIndex,
            groups: attr.groups.length,
            statistics: [],
            batch: batchOf(perAttribute[ai].map((p) => p.statistic), resampleRates[ai]),
        })), { resamples: options.bootstrap, seed: options.seed | 0, confidence: options.confidence });
        perAttribute.forEach((rows, ai) => rows.forEach((p, i) => {
            p.row.ciLow = finiteOrNull(intervals[ai][i].low);
            p.row.ciHigh = finiteOrNull(intervals[ai][i].high);
        }));
    }
    else if (options.bootstrap > 0) {
        attributes.forEach((attr, ai) => {
            const mine = pending.filter((p) => p.attributeIndex === ai && p.statistic && p.row.value !== null);
            if (mine.length === 0)
                return;
            // One view whose groups are the attribute's own: bootstrapDisparity, draw for draw.
            const [intervals] = bootstrapMarginals(attr.counts, [{ map: Int32Array.from(attr.counts.keys()), groups: attr.counts.length, statistics: [], batch: batchOf(mine.map((p) => p.statistic), resampleRates[ai]) }], { resamples: options.bootstrap, seed: (options.seed + 7919 * ai) | 0, confidence: options.confidence });
            mine.forEach((p, i) => {
                p.row.ciLow = finiteOrNull(intervals[i].low);
                p.row.ciHigh = finiteOrNull(intervals[i].high);
            });
        });
    }
    const baseRows = baseline ? evaluateFairness(baseline, { ...options, bootstrap: 0, maxIncrease: undefined }).disparities : undefined;
    const checks = [];
    for (const g of groups) {
        if (g.status !== 'insufficient')
            continue;
        checks.push({
            id: `group.${g.attribute}.${g.group}`,
            subject: `${g.attribute}=${g.group}`,
            name: 'group large enough to judge',
            value: g.n,
            threshold: `>= ${options.minGroupSize} rows`,
            verdict: 'insufficient',
            severity: 'warn',
            message: `group ${g.group} of ${g.attribute} is too small to judge (${g.reasons.join('; ')}); it is left out of the metrics that need it`,
        });
    }
    for (const p of pending) {
        judge(p, options);
        const key = rowKey(p.row);
        if (baseRows)
            compareBaseline(p, baseRows.find((b) => rowKey(b) === key), options, checks);
        checks.push({
            id: `disparity.${p.row.metric}${p.row.attribute !== null ? `.${p.row.attribute}` : ''}${p.def.kind === 'per-group' ? `.${p.row.group}` : ''}`,
            subject: p.row.attribute === null ? null : p.def.kind === 'per-group' ? `${p.row.attribute}=${p.row.group}` : p.row.attribute,
            name: p.def.label,
            value: p.row.value,
            threshold: p.row.threshold,
            verdict: p.tv ?? p.row.verdict,
            severity: 'error',
            message: p.row.message,
        });
    }
    const disparities = pending.map((p) => p.row);
    return { groups, disparities, checks, worstMetric: worstMetric(pending), attributes };
}
function rowKey(r) {
    return `${r.metric}|${r.attribute}|${METRICS[r.metric]?.kind === 'per-group' ? r.group : ''}`;
}
function thresholdOf(name, options) {
    if (name in options.thresholds)
        return options.thresholds[name] ?? null;
    const def = METRICS[name];
    if (def.kind === 'per-group') {
        const tau = options.disparityTolerance;
        return { op: 'in', low: tau, high: 1 / tau, text: `in [${evaluate_round(tau)}, ${evaluate_round(1 / tau)}]` };
    }
    return def.defaultThreshold === null ? null : parseThreshold(def.defaultThreshold, def.defaultOp, `thresholds.${name}`);
}
function evaluate_round(x) {
    return Number(x.toPrecision(4));
}
function finiteOrNull(x) {
    return Number.isFinite(x) ? x : null;
}
function baseRow(metric, attribute, group, value, threshold, reference, compared, insufficient) {
    return {
        metric,
        attribute,
        group,
        value: Number.isNaN(value) ? null : value,
        ciLow: null,
        ciHigh: null,
        threshold: threshold?.text ?? null,
        reference,
        verdict: 'pass',
        comparedGroups: compared,
        insufficientGroups: insufficient,
        message: '',
    };
}
function referenceChoice(attr, options, all) {
    const own = options.reference.byAttribute[attr.name];
    if (own)
        return own;
    const d = options.reference.default;
    // A group name given for every attribute applies where it is a group
    // (`reference-group: M` with sex and race); a name that is a group of no
    // attribute at all was refused before (assertReferenceGroupsExist).
    if (d.kind === 'named' && !attr.groups.includes(d.group) && all.some((a) => a.groups.includes(d.group)))
        return { kind: 'largest' };
    return d;
}
function metricRows(def, attr, ai, threshold, options, allAttributes, resample) {
    const eligible = [];
    const setAside = [];
    attr.counts.forEach((c, i) => {
        const why = ineligibleForAll(c, def.rates, options);
        if (why === null)
            eligible.push(i);
        else if (why !== 'no rows')
            setAside.push(attr.groups[i]);
    });
    // Reused buffer: statistics run one after another, and this keeps the
    // bootstrap loop from allocating an array per replicate.
    const buffer = new Array(eligible.length);
    const pick = (g) => {
        for (let k = 0; k < eligible.length; k++)
            buffer[k] = g[eligible[k]];
        return buffer;
    };
    if (def.kind === 'aggregate') {
        const ctx = { method: options.method, agg: options.agg, overall: sumCounts(attr.counts) };
        const resampledCtx = { ...ctx };
        const value = eligible.length >= 2 ? def.compute(pick(attr.counts), ctx) : Number.NaN;
        const row = baseRow(def.name, attr.name, null, value, threshold, null, eligible.length, setAside);
        const rate = def.rates.length === 2 ? widerRate(attr, eligible, def.rates) : def.rates[0];
        const detail = extremes(attr, eligible, rate);
        // The interval is for the disparity between the groups that attain it
        // in the data (the lowest and highest of each rate), not for a max/min
        // re-taken over all groups in every resample: the bootstrap of an
        // extremum over many groups is biased upwards and inconsistent when
        // groups tie (Andrews 2000), which would fail fair models with many
        // small groups. With two groups both are the same.
        const extreme = extremeGroups(attr, eligible, def.rates);
        return [
            {
                row,
                attributeIndex: ai,
                def,
                statistic: eligible.length >= 2 ? { compute: aggregateStatistic(def, extreme, resample, resampledCtx) } : undefined,
                threshold,
                detail,
            },
        ];
    }
    if (def.kind === 'reference') {
        const ref = chooseReference(attr.counts, attr.groups, eligible, referenceChoice(attr, options, allAttributes), def.rate);
        if ('reason' in ref || eligible.length < 2) {
            const row = baseRow(def.name, attr.name, null, Number.NaN, threshold, null, eligible.length, setAside);
            row.message = 'reason' in ref ? ref.reason : '';
            return [{ row, attributeIndex: ai, def, threshold, detail: {} }];
        }
        const sub = [...pick(attr.counts)];
        const refInSub = eligible.indexOf(ref.index);
        const value = def.compute(sub, refInSub);
        const worst = def.worstGroup(sub, refInSub);
        const row = baseRow(def.name, attr.name, worst >= 0 ? attr.groups[eligible[worst]] : null, value, threshold, attr.groups[ref.index], eligible.length, setAside);
        return [
            {
                row,
                attributeIndex: ai,
                def,
                // Fixed to the group that attains the value in the data (see the aggregate case).
                statistic: worst >= 0 ? { compute: referenceStatistic(def, eligible[worst], ref.index, resample) } : undefined,
                threshold,
                detail: { rate: def.rate },
            },
        ];
    }
    if (def.kind === 'per-group') {
        const ref = chooseReference(attr.counts, attr.groups, eligible, referenceChoice(attr, options, allAttributes), def.rate);
        const out = [];
        attr.counts.forEach((c, i) => {
            const n = c.tp + c.fn + c.fp + c.tn;
            if (n === 0)
                return;
            if (!('reason' in ref) && i === ref.index)
                return;
            const refName = 'reason' in ref ? null : attr.groups[ref.index];
            const why = ineligibleReason(c, def.rate, options) ?? ineligibleForAll(c, def.rates, options);
            if (why !== null || 'reason' in ref) {
                const row = baseRow(def.name, attr.name, attr.groups[i], Number.NaN, threshold, refName, 0, why !== null ? [attr.groups[i]] : []);
                row.message = why ?? ('reason' in ref ? ref.reason : '');
                out.push({ row, attributeIndex: ai, def, threshold, detail: {} });
                return;
            }
            const r = ref.index;
            const value = groupRate(c, def.rate) / groupRate(attr.counts[r], def.rate);
            const row = baseRow(def.name, attr.name, attr.groups[i], value, threshold, refName, 2, []);
            if (!Number.isFinite(value))
                row.value = null;
            out.push({
                row,
                attributeIndex: ai,
                def,
                statistic: { ratio: [resample.slot(def.rate, i), resample.slot(def.rate, r)] },
                threshold,
                detail: { rate: def.rate },
            });
        });
        return out;
    }
    return [];
}
/**
 * An aggregate metric on a resample: def.compute on the extreme groups'
 * counts, taken from the rates the resample already has (def.fromRates).
 */
function aggregateStatistic(def, extreme, resample, ctx) {
    const slots = def.rates.map((r) => extreme.map((g) => resample.slot(r, g)));
    const overallSlots = def.rates.map(rateIndex);
    const rates = def.rates.map(() => new Float64Array(extreme.length));
    const overall = new Float64Array(def.rates.length);
    ctx.overall = resample.overall;
    return () => {
        for (let j = 0; j < slots.length; j++) {
            const from = slots[j];
            const to = rates[j];
            for (let k = 0; k < from.length; k++)
                to[k] = resample.rates[from[k]];
            overall[j] = resample.overallRates[overallSlots[j]];
        }
        return def.fromRates(rates, overall, ctx);
    };
}
/** A reference metric on a resample: def.compute on the worst group and the reference, from the resample's rates (def.pairFromRates). */
function referenceStatistic(def, worst, reference, resample) {
    return () => def.pairFromRates(resample.rates, resample.groups, worst, reference);
}
/** Indices of the groups with the lowest and highest value of each rate, among the eligible. */
function extremeGroups(attr, eligible, rates) {
    const out = new Set();
    for (const r of rates) {
        const e = extremes(attr, eligible, r);
        if (e.low !== undefined)
            out.add(attr.groups.indexOf(e.low));
        if (e.high !== undefined)
            out.add(attr.groups.indexOf(e.high));
    }
    // All tied: any two groups are the extreme pair.
    for (const i of eligible) {
        if (out.size >= 2)
            break;
        out.add(i);
    }
    return [...out].sort((a, b) => a - b);
}
/** For equalized odds: the rate (TPR or FPR) with the wider spread across groups, for the sentence. */
function widerRate(attr, eligible, rates) {
    let best = rates[0];
    let spread = -1;
    for (const r of rates) {
        const e = extremes(attr, eligible, r);
        const s = (e.highRate ?? 0) - (e.lowRate ?? 0);
        if (s > spread) {
            spread = s;
            best = r;
        }
    }
    return best;
}
function extremes(attr, eligible, rate) {
    let lo = -1;
    let hi = -1;
    for (const i of eligible) {
        const v = groupRate(attr.counts[i], rate);
        if (Number.isNaN(v))
            continue;
        if (lo < 0 || v < groupRate(attr.counts[lo], rate))
            lo = i;
        if (hi < 0 || v > groupRate(attr.counts[hi], rate))
            hi = i;
    }
    if (lo < 0)
        return { rate };
    return {
        rate,
        low: attr.groups[lo],
        high: attr.groups[hi],
        lowRate: groupRate(attr.counts[lo], rate),
        highRate: groupRate(attr.counts[hi], rate),
    };
}
function judge(p, options) {
    const row = p.row;
    let verdict;
    if (row.value === null) {
        verdict = p.threshold === null && row.comparedGroups >= 2 ? 'pass' : 'insufficient';
        if (!row.message) {
            row.message =
                row.comparedGroups < 2 && p.def.kind !== 'overall'
                    ? `${p.def.label} for ${row.attribute} needs at least two groups large enough to judge; ${row.comparedGroups} ${row.comparedGroups === 1 ? 'is' : 'are'}`
                    : `${p.def.label} is undefined here (a rate with a zero denominator)`;
        }
        else {
            row.message = `${p.def.label}${row.attribute ? ` for ${row.attribute}` : ''}${row.group ? ` (group ${row.group})` : ''} cannot be judged: ${row.message}`;
        }
    }
    else if (p.threshold === null) {
        verdict = 'pass';
    }
    else {
        const v = p.def.absolute ? Math.abs(row.value) : row.value;
        const estimateBad = !satisfies(v, p.threshold);
        const hasInterval = options.decideOn === 'interval' && row.ciLow !== null && row.ciHigh !== null;
        if (!estimateBad)
            verdict = 'pass';
        else if (!hasInterval)
            verdict = 'fail';
        else {
            let lo = row.ciLow;
            let hi = row.ciHigh;
            if (p.def.absolute) {
                const a = Math.abs(lo);
                const b = Math.abs(hi);
                [lo, hi] = lo <= 0 && hi >= 0 ? [0, Math.max(a, b)] : [Math.min(a, b), Math.max(a, b)];
            }
            verdict = intervalViolates(lo, hi, p.threshold) ? 'fail' : 'warn';
        }
    }
    row.verdict = verdict;
    p.tv = verdict;
    if (row.value !== null)
        row.message = disparitySentence(p.def, row, p.threshold, p.detail, options, verdict);
}
/** Badness of a value: larger is worse, in the metric's own units. */
function badness(value, def, threshold) {
    if (def.absolute)
        return Math.abs(value);
    if (threshold?.op === 'in')
        return Math.abs(1 - value);
    if (threshold && (threshold.op === '>=' || threshold.op === '>'))
        return -value;
    if (!threshold && def.defaultOp === '>=')
        return -value;
    return value;
}
function compareBaseline(p, base, options, checks) {
    const row = p.row;
    row.baseline = base?.value ?? null;
    row.change = row.value !== null && base && base.value !== null ? badness(row.value, p.def, p.threshold) - badness(base.value, p.def, p.threshold) : null;
    if (options.maxIncrease === undefined || row.change === null)
        return;
    const worse = row.change > options.maxIncrease;
    const where = `${row.attribute ?? 'all rows'}${p.def.kind === 'per-group' ? ` (group ${row.group})` : ''}`;
    checks.push({
        id: `baseline.${row.metric}${row.attribute !== null ? `.${row.attribute}` : ''}${p.def.kind === 'per-group' ? `.${row.group}` : ''}`,
        subject: row.attribute,
        name: `${p.def.label} against the baseline`,
        value: row.change,
        threshold: `<= ${options.maxIncrease}`,
        verdict: worse ? 'fail' : 'pass',
        severity: 'error',
        message: worse
            ? `${p.def.label} for ${where} worsened from ${evaluate_fmt(base.value)} (baseline) to ${evaluate_fmt(row.value)}, by ${evaluate_fmt(row.change)}, more than max-increase ${options.maxIncrease}`
            : `${p.def.label} for ${where} changed by ${evaluate_fmt(row.change)} against the baseline (allowed ${options.maxIncrease})`,
    });
    if (worse && RANK[row.verdict] < RANK.fail)
        row.verdict = 'fail';
}
function evaluate_fmt(x) {
    return String(Number(x.toPrecision(3)));
}
function worstMetric(pending) {
    let best;
    let bestKey = [-Infinity, -Infinity];
    for (const p of pending) {
        if (p.row.value === null && p.row.verdict === 'pass')
            continue;
        const margin = p.threshold && p.row.value !== null ? violationMargin(p.def.absolute ? Math.abs(p.row.value) : p.row.value, p.threshold) : -Infinity;
        const key = [RANK[p.row.verdict], margin];
        if (key[0] > bestKey[0] || (key[0] === bestKey[0] && key[1] > bestKey[1])) {
            best = p;
            bestKey = key;
        }
    }
    return best ? best.row.metric : '';
}
function groupRows(attributes, options) {
    // The rates the judged metrics need decide whether a group is insufficient.
    const needed = new Set(['selectionRate']);
    for (const m of options.metrics)
        for (const r of METRICS[m].rates)
            needed.add(r);
    const rows = [];
    for (const attr of attributes) {
        attr.counts.forEach((c, i) => {
            const n = c.tp + c.fn + c.fp + c.tn;
            const rates = groupRates(c);
            const reasons = new Set();
            for (const r of needed) {
                const why = ineligibleReason(c, r, options);
                if (why)
                    reasons.add(why);
            }
            rows.push({
                attribute: attr.name,
                group: attr.groups[i],
                n,
                positives: c.tp + c.fn,
                selectionRate: nn(rates.selectionRate),
                tpr: nn(rates.tpr),
                fpr: nn(rates.fpr),
                fnr: nn(rates.fnr),
                tnr: nn(rates.tnr),
                precision: nn(rates.precision),
                npv: nn(rates.npv),
                accuracy: nn(rates.accuracy),
                status: n === 0 ? 'empty' : reasons.size ? 'insufficient' : 'ok',
                reasons: n === 0 ? [] : [...reasons],
            });
        });
    }
    return rows;
}
function nn(x) {
    return Number.isNaN(x) ? null : x;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(49567);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(89114);
;// CONCATENATED MODULE: ./src/gates/fairness-gate/inputs.ts
/**
 * fairness-gate's inputs, each declared once (see core/inputs.ts):
 * action.yml, the CLI flags, the policy keys, the docs table and the typed
 * inputs of `runFairness` all come from this list.
 */



const optionalString = schemas/* preprocess */.vkY((v) => (v === '' || v === null ? undefined : v), schemas/* string */.YjP().min(1).optional());
const list = schemas/* preprocess */.vkY((v) => (typeof v === 'string' ? v.split(/[,\n]/).map((s) => s.trim()).filter(Boolean) : v), schemas/* array */.YOg(coerce/* string */.Yj()));
/** A group name as YAML may type it (`1`, `true`). */
const groupName = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]).transform(String);
const inputs_inputs = (0,inputs/* defineInputs */.pf)({
    predictions: {
        schema: schemas/* string */.YjP({ error: 'predictions is required: the file of labels, predictions and sensitive columns' }).min(1),
        description: 'File with one row per scored example: the sensitive columns, the true label and the prediction or score (CSV, TSV, JSON Lines, JSON, Parquet, optionally .gz).',
        examples: ['eval/challenger.csv'],
    },
    sensitive: {
        schema: list.refine((a) => a.length > 0, 'give at least one sensitive column'),
        description: 'Sensitive attribute column(s), comma- or newline-separated. Each is judged on its own.',
        examples: ['sex', 'sex, race'],
    },
    intersectional: {
        schema: schemas/* boolean */.zMY().default(false),
        description: 'Also judge every combination of two or more sensitive columns (e.g. `sex × race`), as Fairlearn does with several sensitive features. Combinations no row has are listed as empty.',
    },
    bins: {
        schema: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* array */.YOg(schemas/* number */.aig()), schemas/* number */.aig(), schemas/* object */.Ikc({ quantiles: schemas/* number */.aig() })]), {
            error: 'expected a map from column to cut points or a number of quantiles, e.g. "age: [25, 40, 60]"',
        })
            .optional(),
        description: 'Groups for continuous sensitive columns, as YAML: cut points (`age: [25, 40, 60]` gives `< 25`, `[25, 40)`, `[40, 60)`, `>= 60`) or a number of quantiles (`income: 4`).',
        examples: ['age: [25, 40, 60]', 'income: 4', '{age: [25, 40, 60], income: 4}'],
    },
    'label-column': { schema: schemas/* string */.YjP().min(1).default('label'), description: 'Column with the true label.' },
    'prediction-column': { schema: schemas/* string */.YjP().min(1).default('prediction'), description: 'Column with the predicted label. Ignored when `score-column` is set.' },
    'score-column': {
        schema: optionalString,
        description: 'Column with a score or probability; a score at or above `decision-threshold` is a positive prediction.',
        examples: ['score'],
    },
    'decision-threshold': { schema: coerce/* number */.ai().default(0.5), description: 'Cut-off for `score-column` (score >= threshold is positive).' },
    'positive-label': {
        schema: coerce/* string */.Yj().default('1'),
        description: 'The favourable / positive value of the label and prediction columns (compared as a number in numeric columns).',
        examples: ['1', 'approved'],
    },
    'reference-group': {
        schema: schemas/* union */.KCZ([schemas/* record */.g1P(schemas/* string */.YjP(), groupName), groupName]).default('largest'),
        description: 'Group that disparate impact, average odds difference and the per-group disparities compare with: `largest` (default), `best` (the group with the most favourable rate for each metric: highest selection rate or TPR, lowest FPR or FNR), a group name, or a map from attribute to any of these (`{sex: M, race: largest}`). A group that does not occur is an error.',
        examples: ['largest', 'best', '{sex: M, race: largest}'],
    },
    metrics: {
        schema: list.default([...DEFAULT_METRICS]),
        description: `Disparity metrics to compute and judge, from: ${METRIC_NAMES.map((m) => `\`${m}\``).join(', ')}.`,
        examples: ['disparate_impact', 'demographic_parity_difference, equalized_odds_difference'],
    },
    thresholds: {
        schema: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP(), schemas/* null */.chJ()]), { error: 'expected a map from metric to threshold, e.g. "disparate_impact: \'>= 0.8\'"' }).optional(),
        description: 'Thresholds per metric as YAML, overriding the defaults, e.g. `{disparate_impact: ">= 0.8", equalized_odds_difference: "<= 0.1", theil_index: "<= 0.05"}`; `in [a, b]` for a band; `null` to report a metric without judging it.',
        examples: ['{disparate_impact: ">= 0.8", equalized_odds_difference: "<= 0.1", theil_index: "<= 0.05"}', 'disparate_impact: "in [0.8, 1.25]"', 'theil_index: null'],
    },
    'disparity-tolerance': {
        schema: coerce/* number */.ai().gt(0, 'disparity-tolerance must be in (0, 1]').max(1, 'disparity-tolerance must be in (0, 1]').default(0.8),
        description: "Aequitas's τ: a per-group disparity (rate of the group / rate of the reference) passes within [τ, 1/τ].",
    },
    aggregation: {
        schema: schemas/* enum */.k5n(['between_groups', 'to_overall']).default('between_groups'),
        description: "How the Fairlearn-style metrics summarise groups: `between_groups` (largest minus smallest, smallest over largest) or `to_overall` (each group against the whole population).",
        examples: ['between_groups', 'to_overall'],
    },
    'equalized-odds-agg': {
        schema: schemas/* enum */.k5n(['worst_case', 'mean']).default('worst_case'),
        description: 'How equalized odds combines the TPR and FPR disparities: `worst_case` (the larger difference / smaller ratio) or `mean` (Fairlearn `agg`).',
        examples: ['worst_case', 'mean'],
    },
    'min-group-size': { schema: coerce/* number */.ai().int().min(1).default(30), description: 'Groups with fewer rows are insufficient: listed, never judged as fair.' },
    'min-positives': {
        schema: coerce/* number */.ai().int().min(1).default(10),
        description: 'Fewest positive labels for a group to have a TPR/FNR (and positive predictions for precision); fewer makes the group insufficient for those metrics.',
    },
    'min-negatives': {
        schema: coerce/* number */.ai().int().min(1).default(10),
        description: 'Fewest negative labels for a group to have an FPR/TNR (and negative predictions for NPV).',
    },
    confidence: {
        schema: coerce/* number */.ai().gt(0, 'confidence must be in (0, 1)').lt(1, 'confidence must be in (0, 1)').default(0.95),
        description: 'Confidence level of the bootstrap intervals.',
    },
    bootstrap: {
        schema: coerce/* number */.ai().int().min(0, 'bootstrap must be 0 (off) or more resamples').max(1_000_000).default(1000),
        description: 'Bootstrap resamples for the intervals (0: none). Resamples draw the per-group confusion counts from a multinomial, so the cost does not grow with the number of rows.',
    },
    seed: { schema: coerce/* number */.ai().int().default(42), description: 'Seed of the bootstrap: the same seed gives the same intervals.' },
    'decide-on': {
        schema: schemas/* enum */.k5n(['estimate', 'interval']).default('interval'),
        description: '`interval`: a metric fails only when its whole interval is beyond the threshold, and warns when just the estimate is; `estimate`: the estimate decides.',
        examples: ['interval', 'estimate'],
    },
    'baseline-predictions': {
        schema: optionalString,
        description: "The champion model's predictions on the same kind of data (same columns): each disparity is compared with the champion's.",
        examples: ['eval/champion.csv'],
    },
    'max-increase': {
        schema: coerce/* number */.ai().min(0).default(0.05),
        description: "With `baseline-predictions`: the largest tolerated worsening of a disparity against the champion, in the metric's units (a rise of a difference, a fall of a ratio, a move away from 1 of a per-group disparity).",
    },
});
const outputs = [
    { name: 'worst-metric', description: 'The metric furthest beyond its threshold (or the closest to it when all pass).' },
    { name: 'insufficient-groups', description: 'Number of groups too small to judge.' },
];

// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
;// CONCATENATED MODULE: ./src/gates/fairness-gate/render.ts
/**
 * fairness-gate's Markdown: the failures in plain sentences, the disparity
 * table with intervals, a chart of the selection rate per group, and the
 * per-group tables. Every value from the data goes through text()/code().
 */


/** Rows beyond this go unshown (the JSON report has them all) to keep a PR comment under GitHub's size limit. */
const MAX_TABLE_ROWS = 150;
const MAX_CHART_GROUPS = 25;
function interval(r) {
    return r.ciLow !== null && r.ciHigh !== null ? `${(0,markdown/* num */.bu)(r.ciLow, 3)} – ${(0,markdown/* num */.bu)(r.ciHigh, 3)}` : '–';
}
function disparityTable(rows, withBaseline) {
    const header = ['', 'Metric', 'Attribute', 'Group', 'Value', 'Interval', 'Threshold', 'Reference'];
    if (withBaseline)
        header.push('Baseline', 'Change');
    const body = rows.slice(0, MAX_TABLE_ROWS).map((r) => {
        const cells = [
            (0,markdown/* icon */.Kk)(r.verdict),
            (0,markdown/* code */.aY)(r.metric),
            r.attribute === null ? 'all rows' : (0,markdown/* text */.Qq)(r.attribute),
            (0,markdown/* text */.Qq)(r.group ?? ''),
            (0,markdown/* num */.bu)(r.value, 3),
            interval(r),
            (0,markdown/* text */.Qq)(r.threshold ?? 'report only'),
            (0,markdown/* text */.Qq)(r.reference ?? ''),
        ];
        if (withBaseline)
            cells.push((0,markdown/* num */.bu)(r.baseline ?? null, 3), r.change === null || r.change === undefined ? '–' : `${r.change > 0 ? '+' : ''}${(0,markdown/* num */.bu)(r.change, 3)}`);
        return cells;
    });
    const more = rows.length > MAX_TABLE_ROWS ? `\n\n${rows.length - MAX_TABLE_ROWS} more rows are in the JSON report.` : '';
    return (0,markdown/* table */.tp)(header, body, ['c', 'l', 'l', 'l', 'r', 'r', 'l', 'l', 'r', 'r']) + more;
}
function groupTable(rows) {
    const body = rows.slice(0, MAX_TABLE_ROWS).map((g) => [
        (0,markdown/* text */.Qq)(g.group),
        (0,markdown/* num */.bu)(g.n),
        (0,markdown/* pct */.Oe)(g.selectionRate),
        (0,markdown/* pct */.Oe)(g.tpr),
        (0,markdown/* pct */.Oe)(g.fpr),
        (0,markdown/* pct */.Oe)(g.fnr),
        (0,markdown/* pct */.Oe)(g.precision),
        (0,markdown/* pct */.Oe)(g.accuracy),
        g.status === 'ok' ? (0,markdown/* icon */.Kk)('pass') : g.status === 'empty' ? 'no rows' : `${(0,markdown/* icon */.Kk)('insufficient')} ${(0,markdown/* text */.Qq)(g.reasons.join('; '))}`,
    ]);
    const more = rows.length > MAX_TABLE_ROWS ? `\n\n${rows.length - MAX_TABLE_ROWS} more groups are in the JSON report.` : '';
    return (0,markdown/* table */.tp)(['Group', 'n', 'Selection rate', 'TPR', 'FPR', 'FNR', 'Precision', 'Accuracy', 'Status'], body, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l']) + more;
}
const SHOWN_SENTENCES = 8;
function renderFairness(ev, options) {
    const parts = [];
    // Failures before warnings, and only the first few in the open: a
    // reviewer should see what fails within seconds; the rest stays a click away.
    const bad = [...ev.disparities.filter((r) => r.verdict === 'fail'), ...ev.disparities.filter((r) => r.verdict === 'warn')];
    const insufficientGroups = ev.groups.filter((g) => g.status === 'insufficient');
    const baselineChecks = ev.checks.filter((c) => c.id.startsWith('baseline.') && c.verdict === 'fail');
    if (bad.length || baselineChecks.length) {
        const sentence = (verdict, message) => `- ${(0,markdown/* icon */.Kk)(verdict)} ${(0,markdown/* text */.Qq)(message)}`;
        const lines = [
            ...baselineChecks.slice(0, 10).map((c) => sentence('fail', c.message ?? c.name)),
            ...bad.map((r) => sentence(r.verdict, r.message)),
        ];
        parts.push(lines.slice(0, SHOWN_SENTENCES).join('\n'));
        if (lines.length > SHOWN_SENTENCES) {
            parts.push((0,markdown/* details */.zH)(`${lines.length - SHOWN_SENTENCES} more finding(s)`, lines.slice(SHOWN_SENTENCES, 60).join('\n') + (lines.length > 60 ? '\n- … the rest in the table below' : '')));
        }
    }
    else {
        parts.push(`No disparity beyond its threshold across ${new Set(ev.groups.map((g) => g.attribute)).size} attribute(s).`);
    }
    if (insufficientGroups.length) {
        const names = insufficientGroups.slice(0, 15).map((g) => `${(0,markdown/* text */.Qq)(g.group)} (${(0,markdown/* text */.Qq)(g.attribute)}, n = ${(0,markdown/* num */.bu)(g.n)})`);
        parts.push(`${(0,markdown/* icon */.Kk)('insufficient')} ${insufficientGroups.length} group(s) too small to judge, left out of the metrics that need them and never counted as fair: ${names.join(', ')}${insufficientGroups.length > 15 ? ', …' : ''}.`);
    }
    const main = ev.disparities.filter((r) => METRICS[r.metric]?.kind !== 'per-group' || r.verdict !== 'pass');
    const mainBad = main.filter((r) => r.verdict !== 'pass');
    const mainPass = main.filter((r) => r.verdict === 'pass');
    const perGroup = ev.disparities.filter((r) => METRICS[r.metric]?.kind === 'per-group');
    const withBaseline = ev.disparities.some((r) => r.baseline !== undefined);
    parts.push('### Disparities');
    if (mainBad.length)
        parts.push(disparityTable(mainBad, withBaseline));
    if (mainPass.length)
        parts.push((0,markdown/* details */.zH)(`${mainPass.length} disparities within their thresholds`, disparityTable(mainPass, withBaseline), mainBad.length === 0));
    const ciNote = options.bootstrap > 0
        ? `Intervals: ${Math.round(options.confidence * 100)}% percentile bootstrap, ${(0,markdown/* num */.bu)(options.bootstrap)} multinomial resamples of the per-group confusion counts. Decided on the ${options.decideOn === 'interval' ? 'interval: a failure needs the whole interval beyond the threshold' : 'estimate'}.`
        : 'No bootstrap intervals (bootstrap = 0): decided on the estimates.';
    parts.push(ciNote);
    if (perGroup.length)
        parts.push((0,markdown/* details */.zH)(`Per-group disparities against the reference group (${perGroup.length})`, disparityTable(perGroup, withBaseline)));
    const attributes = [...new Set(ev.groups.map((g) => g.attribute))];
    parts.push('### Groups');
    for (const a of attributes) {
        const rows = ev.groups.filter((g) => g.attribute === a);
        const chartRows = rows.filter((g) => g.selectionRate !== null);
        if (!a.includes(' × ') && chartRows.length >= 2 && chartRows.length <= MAX_CHART_GROUPS) {
            parts.push((0,markdown/* barChart */.S9)({
                title: `Selection rate by ${a}`,
                categories: chartRows.map((g) => g.group),
                series: [{ name: 'selection rate', values: chartRows.map((g) => g.selectionRate) }],
                yLabel: 'selection rate',
            }));
        }
        parts.push((0,markdown/* details */.zH)(`${(0,markdown/* text */.Qq)(a)}: ${rows.length} group(s)`, groupTable(rows), attributes.length === 1));
    }
    return parts.join('\n\n');
}

// EXTERNAL MODULE: ./src/core/verdict.ts
var verdict = __webpack_require__(79478);
;// CONCATENATED MODULE: ./src/gates/fairness-gate/report-sections.ts
/**
 * The top-level sections fairness-gate adds to the JSON report (`groups`,
 * `disparities`; their TypeScript shapes are in report-types.ts), as a zod
 * schema: the build publishes it in docs/schemas/report.schema.json for
 * reports of this gate.
 *
 * Undefined rates and metrics are null. A value that is infinite (a ratio
 * over a zero rate) is the text "Infinity" (core/report-number.ts).
 */



/** A number, null, or ±∞ as text (core/report-number.ts). */
const reportNumber = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* enum */.k5n(['Infinity', '-Infinity'])]).nullable();
const rate = (what) => schemas/* number */.aig().nullable().describe(`${what}; null when its denominator is zero`);
const groupSchema = schemas/* object */.Ikc({
    attribute: schemas/* string */.YjP().describe('Sensitive attribute: a column, or columns joined by " × " for an intersection'),
    group: schemas/* string */.YjP().describe('Group of the attribute (a value, a bin such as "[25, 40)", or values joined by " × ")'),
    n: schemas/* number */.aig().int().nonnegative().describe('Rows in the group'),
    positives: schemas/* number */.aig().int().nonnegative().describe('Rows of the group with a positive label'),
    selectionRate: rate('Share of positive predictions'),
    tpr: rate('True positive rate'),
    fpr: rate('False positive rate'),
    fnr: rate('False negative rate'),
    tnr: rate('True negative rate'),
    precision: rate('Precision (positive predictive value)'),
    npv: rate('Negative predictive value'),
    accuracy: rate('Accuracy'),
    status: schemas/* enum */.k5n(['ok', 'insufficient', 'empty']).describe('insufficient: too small for a rate a judged metric needs; empty: an intersection no row has'),
    reasons: schemas/* array */.YOg(schemas/* string */.YjP()).describe('Why the group is insufficient, one entry per rate it cannot estimate; empty otherwise'),
})
    .strict();
const disparitySchema = schemas/* object */.Ikc({
    metric: schemas/* enum */.k5n(METRIC_NAMES).describe('Fairness metric'),
    attribute: schemas/* string */.YjP().nullable().describe('Attribute the metric is computed over; null for a metric of all rows (theil_index)'),
    group: schemas/* string */.YjP().nullable().describe('Per-group disparities: the group compared; reference metrics: the group attaining the value; else null'),
    value: reportNumber.describe('The metric; null when it cannot be computed (too few groups, a zero rate in a difference), "Infinity" for a ratio over a zero rate'),
    ciLow: reportNumber.describe('Lower end of the bootstrap interval; null without one'),
    ciHigh: reportNumber.describe('Upper end of the bootstrap interval; null without one'),
    threshold: schemas/* string */.YjP().nullable().describe('Threshold as written (e.g. ">= 0.8", "in [0.8, 1.25]"); null when the metric is only reported'),
    reference: schemas/* string */.YjP().nullable().describe('Reference group, for metrics that compare with one; else null'),
    verdict: schemas/* enum */.k5n(verdict/* CHECK_VERDICTS */.cq).describe('Verdict of the row, the baseline comparison included'),
    comparedGroups: schemas/* number */.aig().int().nonnegative().describe('Groups the metric was computed over'),
    insufficientGroups: schemas/* array */.YOg(schemas/* string */.YjP()).describe('Non-empty groups set aside as too small for this metric'),
    baseline: reportNumber.optional().describe("With baseline-predictions: the champion's value of the same metric (null when it has none)"),
    change: reportNumber.optional().describe('With baseline-predictions: how much worse than the champion, in the metric\'s units (positive: worse); null when either value is missing'),
    message: schemas/* string */.YjP().describe('One sentence a reviewer can read'),
})
    .strict();
const reportSections = schemas/* object */.Ikc({
    groups: schemas/* array */.YOg(groupSchema).describe('One entry per group of every attribute (and intersection), with its size, rates and status'),
    disparities: schemas/* array */.YOg(disparitySchema).describe('One entry per metric and attribute (per group for the *_disparity metrics), with interval, threshold and verdict'),
});

;// CONCATENATED MODULE: ./src/gates/fairness-gate/gate.ts
/**
 * fairness-gate: group fairness metrics (Fairlearn, AIF360 and Aequitas
 * definitions) with bootstrap intervals, judged against thresholds and
 * against the champion model, with groups too small to judge listed as
 * insufficient.
 */













function parseBins(raw) {
    const out = {};
    for (const [col, spec] of Object.entries(raw ?? {})) {
        out[col] = Array.isArray(spec) ? { cuts: spec } : typeof spec === 'number' ? { quantiles: spec } : { quantiles: spec.quantiles };
    }
    return out;
}
function referenceOf(raw, field) {
    const s = raw.trim();
    if (s === 'largest')
        return { kind: 'largest' };
    if (s === 'best')
        return { kind: 'best' };
    if (s === '')
        throw new errors/* UserError */.yo('empty reference group', { field });
    return { kind: 'named', group: s };
}
function parseReference(raw) {
    if (typeof raw === 'object') {
        const byAttribute = {};
        for (const [attr, v] of Object.entries(raw))
            byAttribute[attr] = referenceOf(v, `input reference-group.${attr}`);
        return { default: { kind: 'largest' }, byAttribute };
    }
    return { default: referenceOf(raw, 'input reference-group'), byAttribute: {} };
}
const isMetricName = (m) => METRIC_NAMES.includes(m);
function parseMetrics(raw) {
    if (raw.length === 0)
        return [...DEFAULT_METRICS];
    const out = [];
    for (const m of raw) {
        if (!isMetricName(m))
            throw new errors/* UserError */.yo(`unknown metric "${m}"; known: ${METRIC_NAMES.join(', ')}`, { field: 'input metrics' });
        if (!out.includes(m))
            out.push(m);
    }
    return out;
}
function parseThresholds(raw) {
    const out = {};
    for (const [name, v] of Object.entries(raw ?? {})) {
        if (!isMetricName(name))
            throw new errors/* UserError */.yo(`unknown metric "${name}"; known: ${METRIC_NAMES.join(', ')}`, { field: 'input thresholds' });
        out[name] = v === null || v === 'none' ? null : parseThreshold(v, METRICS[name].defaultOp, `input thresholds.${name}`);
    }
    return out;
}
/** The typed evaluation options from the validated inputs. */
function toOptions(i) {
    return {
        sensitive: i.sensitive,
        intersectional: i.intersectional,
        bins: parseBins(i.bins),
        labelColumn: i['label-column'],
        predictionColumn: i['score-column'] ? undefined : i['prediction-column'],
        scoreColumn: i['score-column'],
        decisionThreshold: i['decision-threshold'],
        positiveLabel: i['positive-label'],
        reference: parseReference(i['reference-group']),
        metrics: parseMetrics(i.metrics),
        thresholds: parseThresholds(i.thresholds),
        disparityTolerance: i['disparity-tolerance'],
        method: i.aggregation,
        agg: i['equalized-odds-agg'],
        minGroupSize: i['min-group-size'],
        minPositives: i['min-positives'],
        minNegatives: i['min-negatives'],
        confidence: i.confidence,
        bootstrap: i.bootstrap,
        seed: i.seed,
        decideOn: i['decide-on'],
        maxIncrease: i['baseline-predictions'] ? i['max-increase'] : undefined,
    };
}
/** The summary's reason for the verdict the checks add up to (decided once, in makeReport). */
function fairnessReason(ev, rows) {
    return (verdict) => {
        const judged = ev.disparities.filter((d) => d.threshold !== null);
        const failed = ev.checks.filter((c) => c.verdict === 'fail');
        const warned = ev.checks.filter((c) => c.verdict === 'warn');
        const unjudged = ev.checks.filter((c) => c.verdict === 'insufficient');
        const insufficient = ev.groups.filter((g) => g.status === 'insufficient').length;
        const attrs = new Set(ev.groups.map((g) => g.attribute)).size;
        const worst = ev.disparities.find((d) => d.metric === ev.worstMetric && (d.verdict === verdict || verdict === 'pass'));
        const worstText = worst && worst.value !== null ? `; worst ${worst.metric}${worst.attribute ? ` for ${worst.attribute}` : ''} = ${sentences_fmt(worst.value)}${worst.threshold ? ` (${worst.threshold})` : ''}` : '';
        const small = insufficient ? `; ${insufficient} group(s) too small to judge` : '';
        if (verdict === 'pass')
            return `${judged.length} disparities within thresholds over ${attrs} attribute(s) and ${rows} rows${small}`;
        if (verdict === 'fail')
            return `${failed.length} of ${ev.checks.length} checks fail${worstText}${small}`;
        const counts = [warned.length ? `${warned.length} check(s) warn` : '', unjudged.length ? `${unjudged.length} check(s) could not be judged` : ''].filter(Boolean).join(', ');
        return `${counts}${worstText}${small}`;
    };
}
/** A disparity row as the JSON report writes it: an infinite value (a ratio over a zero rate) as "Infinity", not as null (see core/report-number.ts). */
function disparityForReport(d) {
    const { baseline, change, ...rest } = d;
    return {
        ...rest,
        value: (0,report_number/* reportNumber */.K)(d.value),
        ciLow: (0,report_number/* reportNumber */.K)(d.ciLow),
        ciHigh: (0,report_number/* reportNumber */.K)(d.ciHigh),
        ...(baseline !== undefined ? { baseline: (0,report_number/* reportNumber */.K)(baseline) } : {}),
        ...(change !== undefined ? { change: (0,report_number/* reportNumber */.K)(change) } : {}),
    };
}
async function runFairness(inputs, ctx) {
    const options = toOptions(inputs);
    const columns = [...options.sensitive, options.labelColumn, options.scoreColumn ?? options.predictionColumn];
    const read = (file) => (0,readers/* readTable */.xz)(file, { cwd: ctx.cwd, columns, progress: (p) => ctx.progress(p) });
    const table = await read(inputs.predictions);
    const baseline = inputs['baseline-predictions'] ? await read(inputs['baseline-predictions']) : undefined;
    const ev = evaluateTables(table, options, baseline);
    const report = (0,make_report/* makeReport */.d)({
        gate: 'fairness-gate',
        inputs: { ...inputs },
        checks: ev.checks,
        reason: fairnessReason(ev, table.rowCount),
        sections: { groups: ev.groups, disparities: ev.disparities.map(disparityForReport) },
    });
    return {
        report,
        outputs: { 'worst-metric': ev.worstMetric, 'insufficient-groups': String(ev.groups.filter((g) => g.status === 'insufficient').length) },
        markdown: renderFairness(ev, { confidence: options.confidence, bootstrap: options.bootstrap, decideOn: options.decideOn }),
    };
}
/* harmony default export */ const fairness_gate_gate = ((0,gate/* defineGate */.p)({
    name: 'fairness-gate',
    title: 'Fairness',
    description: 'Group fairness metrics (demographic parity, equalized odds, disparate impact, Aequitas disparities) with bootstrap intervals, against thresholds and the champion model; groups too small to judge are listed, never counted as fair.',
    inputs: inputs_inputs,
    outputs: outputs,
    run: runFairness,
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
/* unused harmony exports groupDigits, mermaidLabel */
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
/**
 * Mermaid labels are quoted strings: the characters that would end them (or
 * the code fence) become `'`, brackets are dropped. Mermaid also reads
 * `%%{init: …}%%` directives and `%%` comments anywhere in a diagram, `#…;`
 * entity codes and HTML in labels: `%`, `#`, `<` and `>` become their
 * full-width forms, which look alike and mean nothing to it.
 */
function mermaidLabel(s) {
    return s
        .replace(/["\n\r`]/g, "'")
        .replace(/[[\]]/g, '')
        .replace(/[%#<>]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
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


/***/ }),

/***/ 96502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ multinomial)
});

;// CONCATENATED MODULE: ./src/stats/random/binomial.ts
/**
 * An exact Binomial(n, p) random variate.
 *
 * Definition: P(X = k) = C(n, k) p^k (1 − p)^(n − k), k = 0..n.
 *
 * Method: for p > 1/2 the variate is n − Binomial(n, 1 − p). When n·p < 10
 * it is drawn by sequential inversion of the CDF (the expected number of
 * steps is n·p + 1). Otherwise it uses BTRS, Hörmann's transformed rejection
 * with squeeze: a candidate from a hat built on the transformed uniform is
 * accepted on a cheap squeeze (about 86% of the time) or on the exact
 * log-pmf ratio, so the expected cost is O(1) whatever n is. The log-pmf uses
 * exact log-factorials below 256 and the Stirling series above (error
 * below 1e-13).
 *
 * References: W. Hörmann, "The generation of binomial random variates",
 * Journal of Statistical Computation and Simulation 46 (1993) 101–110,
 * algorithm BTRS; L. Devroye, "Non-Uniform Random Variate Generation" (1986),
 * X.4 (inversion).
 */
function binomial(rng, n, p) {
    if (!(n >= 0) || !Number.isInteger(n))
        throw new RangeError(`binomial: n must be a non-negative integer, got ${n}`);
    if (!(p >= 0 && p <= 1))
        throw new RangeError(`binomial: p must be in [0, 1], got ${p}`);
    if (n === 0 || p === 0)
        return 0;
    if (p === 1)
        return n;
    if (p > 0.5)
        return n - binomialLow(rng, n, 1 - p);
    return binomialLow(rng, n, p);
}
/** p ≤ 1/2. */
function binomialLow(rng, n, p) {
    return n * p < 10 ? inversion(rng, n, p) : btrs(rng, n, p);
}
function inversion(rng, n, p) {
    const q = 1 - p;
    const s = p / q;
    const a = (n + 1) * s;
    const r0 = Math.exp(n * Math.log1p(-p));
    for (;;) {
        let r = r0;
        let u = rng.next();
        let x = 0;
        while (u > r) {
            u -= r;
            x++;
            if (x > n)
                break;
            r *= a / x - s;
        }
        if (x <= n)
            return x;
        // Rounding pushed u past the total mass: draw again.
    }
}
const LOG_FACT_TABLE = (() => {
    const t = new Float64Array(256);
    for (let k = 1; k < 256; k++)
        t[k] = t[k - 1] + Math.log(k);
    return t;
})();
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
/** log(k!) for a non-negative integer k. */
function logFactorial(k) {
    if (k < 256)
        return LOG_FACT_TABLE[k];
    const x = k + 1;
    const x2 = x * x;
    return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + (1 / 12 - (1 / 360 - 1 / (1260 * x2)) / x2) / x;
}
function btrs(rng, n, p) {
    const q = 1 - p;
    const spq = Math.sqrt(n * p * q);
    const b = 1.15 + 2.53 * spq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = n * p + 0.5;
    const vr = 0.92 - 4.2 / b;
    // The constants of the exact test are computed only when a candidate
    // reaches it (about one in seven): most draws end at the squeeze, and
    // these logarithms were most of a draw's cost.
    let alpha = Number.NaN;
    let lpq = Number.NaN;
    let m = 0;
    let h = Number.NaN;
    for (;;) {
        const u = rng.next() - 0.5;
        let v = rng.next();
        const us = 0.5 - Math.abs(u);
        const k = Math.floor(((2 * a) / us + b) * u + c);
        if (k < 0 || k > n)
            continue;
        if (us >= 0.07 && v <= vr)
            return k;
        if (h !== h) {
            alpha = (2.83 + 5.1 / b) * spq;
            lpq = Math.log(p / q);
            m = Math.floor((n + 1) * p);
            h = logFactorial(m) + logFactorial(n - m);
        }
        v = Math.log((v * alpha) / (a / (us * us) + b));
        if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq)
            return k;
    }
}

;// CONCATENATED MODULE: ./src/stats/random/multinomial.ts

/**
 * A Multinomial(n, probs) random vector, written into `out` (same length as
 * `probs`).
 *
 * Definition: the counts of n independent draws over k categories with
 * probabilities probs[0..k-1] (they are normalised by their sum, so counts
 * or weights may be passed).
 *
 * Method: conditional (sequential) binomials: X0 ~ Binomial(n, p0), then
 * X_i ~ Binomial(n − X0 − … − X_{i−1}, p_i / (p_i + … + p_{k−1})), and the last
 * category takes the rest. With an O(1) binomial sampler one vector costs
 * O(k), independent of n; this is what makes the bootstrap of a
 * confusion-matrix metric O(B × cells) instead of O(B × rows).
 *
 * References: L. Devroye, "Non-Uniform Random Variate Generation" (1986),
 * XI.1.2 (the conditional distribution method); numpy's
 * `Generator.multinomial` uses the same decomposition.
 */
function multinomial(rng, n, probs, out) {
    const k = probs.length;
    if (out.length < k)
        throw new RangeError('multinomial: out is shorter than probs');
    let total = 0;
    for (let i = 0; i < k; i++) {
        const p = probs[i];
        if (!(p >= 0) || !Number.isFinite(p))
            throw new RangeError(`multinomial: probability ${i} is ${p}`);
        total += p;
    }
    if (k === 0)
        return out;
    if (!(total > 0))
        throw new RangeError('multinomial: probabilities sum to zero');
    let remainingN = n;
    let remainingMass = total;
    for (let i = 0; i < k - 1; i++) {
        if (remainingN === 0) {
            out[i] = 0;
            continue;
        }
        const share = remainingMass > 0 ? Math.min(1, Math.max(0, probs[i] / remainingMass)) : 0;
        const x = binomial(rng, remainingN, share);
        out[i] = x;
        remainingN -= x;
        remainingMass -= probs[i];
    }
    out[k - 1] = remainingN;
    return out;
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


/***/ }),

/***/ 49567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yj: () => (/* binding */ string),
/* harmony export */   ai: () => (/* binding */ number)
/* harmony export */ });
/* unused harmony exports boolean, bigint, date */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26921);


function string(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._coercedString */ .K_(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodString */ .NDH, params);
}
function number(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._coercedNumber */ .qG(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodNumber */ .rSt, params);
}
function boolean(params) {
    return core._coercedBoolean(schemas.ZodBoolean, params);
}
function bigint(params) {
    return core._coercedBigint(schemas.ZodBigInt, params);
}
function date(params) {
    return core._coercedDate(schemas.ZodDate, params);
}


/***/ })

};
