export const id = 930;
export const ids = [930];
export const modules = {

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

/***/ 70930:
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
// EXTERNAL MODULE: ./src/stats/fairness/confusion-counts.ts
var confusion_counts = __webpack_require__(9186);
// EXTERNAL MODULE: ./src/stats/fairness/group-rates.ts
var group_rates = __webpack_require__(52140);
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

// EXTERNAL MODULE: ./src/gates/fairness-gate/metrics.ts + 11 modules
var metrics = __webpack_require__(57324);
;// CONCATENATED MODULE: ./src/gates/fairness-gate/resample-rates.ts

class ResampleRates {
    groups;
    /** Rate r (its index in RATE_NAMES) of group g at [r · groups + g]. */
    rates;
    /** Rate r of the whole resample (all groups together) at [r]. */
    overallRates = new Float64Array(group_rates/* RATE_NAMES */.cj.length);
    /** Counts of the whole resample. */
    overall = { tp: 0, fn: 0, fp: 0, tn: 0 };
    overallCells = new Float64Array(4);
    constructor(groups) {
        this.groups = groups;
        this.rates = new Float64Array(group_rates/* RATE_NAMES */.cj.length * groups);
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
        (0,group_rates/* ratesOfCells */.Uy)(cells, this.groups, this.rates);
        (0,group_rates/* ratesOfCells */.Uy)(total, 1, this.overallRates);
    }
}
function rateIndex(rate) {
    return group_rates/* RATE_NAMES */.cj.indexOf(rate);
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
            const a = (0,group_rates/* groupRate */.cS)(groups[i], rate);
            const b = (0,group_rates/* groupRate */.cS)(groups[best], rate);
            if ((0,group_rates/* higherIsBetter */.i2)(rate) ? a > b : a < b)
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
    const overall = attributes.length ? (0,confusion_counts/* sumCounts */.W)(attributes[0].counts) : { tp: 0, fn: 0, fp: 0, tn: 0 };
    // The statistics read each resample's rates from these (see resample-rates.ts).
    const resampleRates = attributes.map((a) => new ResampleRates(a.groups.length));
    for (const name of options.metrics) {
        const def = metrics/* METRICS */.Cb[name];
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
    return { groups, disparities, causes: pending.map(causeOf), checks, worstMetric: worstMetric(pending), attributes };
}
function causeOf(p) {
    const { rate, low, high } = p.detail;
    if (!rate)
        return null;
    if (p.def.kind === 'aggregate')
        return low !== undefined && high !== undefined ? { rate, groups: [low, high] } : null;
    return p.row.group !== null && p.row.reference !== null ? { rate, groups: [p.row.group, p.row.reference] } : null;
}
function rowKey(r) {
    return `${r.metric}|${r.attribute}|${metrics/* METRICS */.Cb[r.metric]?.kind === 'per-group' ? r.group : ''}`;
}
function thresholdOf(name, options) {
    if (name in options.thresholds)
        return options.thresholds[name] ?? null;
    const def = metrics/* METRICS */.Cb[name];
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
        const ctx = { method: options.method, agg: options.agg, overall: (0,confusion_counts/* sumCounts */.W)(attr.counts) };
        const resampledCtx = { ...ctx };
        const value = eligible.length >= 2 ? def.compute(pick(attr.counts), ctx) : Number.NaN;
        const row = baseRow(def.name, attr.name, null, value, threshold, null, eligible.length, setAside);
        const rate = def.rates.length === 2 ? widerRate(attr, eligible, def.rates, def.name.endsWith('_ratio')) : def.rates[0];
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
            const value = (0,group_rates/* groupRate */.cS)(c, def.rate) / (0,group_rates/* groupRate */.cS)(attr.counts[r], def.rate);
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
/**
 * For equalized odds: the rate (TPR or FPR) that sets the value, for the
 * sentence: the wider spread for the difference, the smaller low/high ratio
 * for the ratio (TPR 0.5 vs 0.8 and FPR 0.05 vs 0.1 make a difference of
 * 0.3 from TPR but a ratio of 0.5 from FPR).
 */
function widerRate(attr, eligible, rates, byRatio) {
    let best = rates[0];
    let spread = -1;
    for (const r of rates) {
        const e = extremes(attr, eligible, r);
        const s = byRatio ? 1 - (e.highRate ? (e.lowRate ?? 0) / e.highRate : 1) : (e.highRate ?? 0) - (e.lowRate ?? 0);
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
        const v = (0,group_rates/* groupRate */.cS)(attr.counts[i], rate);
        if (Number.isNaN(v))
            continue;
        if (lo < 0 || v < (0,group_rates/* groupRate */.cS)(attr.counts[lo], rate))
            lo = i;
        if (hi < 0 || v > (0,group_rates/* groupRate */.cS)(attr.counts[hi], rate))
            hi = i;
    }
    if (lo < 0)
        return { rate };
    return {
        rate,
        low: attr.groups[lo],
        high: attr.groups[hi],
        lowRate: (0,group_rates/* groupRate */.cS)(attr.counts[lo], rate),
        highRate: (0,group_rates/* groupRate */.cS)(attr.counts[hi], rate),
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
        for (const r of metrics/* METRICS */.Cb[m].rates)
            needed.add(r);
    const rows = [];
    for (const attr of attributes) {
        attr.counts.forEach((c, i) => {
            const n = c.tp + c.fn + c.fp + c.tn;
            const rates = (0,group_rates/* groupRates */.Vr)(c);
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
        file: true,
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
        schema: list.default([...metrics/* DEFAULT_METRICS */.Cq]),
        description: `Disparity metrics to compute and judge, from: ${metrics/* METRIC_NAMES */.Uw.map((m) => `\`${m}\``).join(', ')}.`,
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
        file: true,
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

// EXTERNAL MODULE: ./src/render/charts.ts
var charts = __webpack_require__(47259);
// EXTERNAL MODULE: ./src/render/findings.ts
var render_findings = __webpack_require__(62752);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
// EXTERNAL MODULE: ./src/render/numbers.ts
var numbers = __webpack_require__(45714);
;// CONCATENATED MODULE: ./src/gates/fairness-gate/findings.ts
const findings_RANK = { pass: 0, insufficient: 1, warn: 2, fail: 3 };
const FAMILY = {
    selectionRate: 'selectionRate',
    tpr: 'tpr',
    fnr: 'tpr',
    fpr: 'fpr',
    tnr: 'fpr',
    precision: 'precision',
    npv: 'npv',
    accuracy: 'accuracy',
};
const SEP = ' × ';
function pairKey(a, b) {
    return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
/**
 * The non-passing disparity rows (and insufficient ones) grouped into
 * findings, worst first; within a verdict, in the order of the rows (the
 * order of the metrics).
 */
function fairnessFindings(ev) {
    const drafts = new Map();
    const order = [];
    const bad = ev.disparities.map((row, i) => ({ row, cause: ev.causes[i] ?? null })).filter((x) => x.row.verdict !== 'pass');
    // Coarse attributes first, so that an intersection finds the fact it belongs to.
    const parts = (a) => (a === null ? 0 : a.split(SEP).length);
    const sorted = bad.map((x, i) => ({ ...x, i })).sort((a, b) => parts(a.row.attribute) - parts(b.row.attribute) || a.i - b.i);
    for (const { row, cause } of sorted) {
        let key;
        if (row.value === null) {
            // Not judged (a group too small, no reference): one finding per attribute says so.
            key = `unjudged|${row.attribute}`;
        }
        else if (cause && row.attribute !== null) {
            const family = FAMILY[cause.rate];
            const attrs = row.attribute.split(SEP);
            const g0 = cause.groups[0].split(SEP);
            const g1 = cause.groups[1].split(SEP);
            // The same fact on a coarser attribute: the groups differ there by the same pair.
            if (attrs.length > 1 && g0.length === attrs.length && g1.length === attrs.length) {
                for (let k = 0; k < attrs.length && !key; k++) {
                    const candidate = `${family}|${attrs[k]}|${pairKey(g0[k], g1[k])}`;
                    if (g0[k] !== g1[k] && drafts.has(candidate))
                        key = candidate;
                }
                if (key) {
                    drafts.get(key).rows.push(row);
                    drafts.get(key).intersections++;
                    continue;
                }
            }
            key = `${family}|${row.attribute}|${pairKey(cause.groups[0], cause.groups[1])}`;
        }
        else {
            key = `${row.metric}|${row.attribute}`;
        }
        const d = drafts.get(key);
        if (d)
            d.rows.push(row);
        else {
            drafts.set(key, { attribute: row.attribute, cause, rows: [row], intersections: 0 });
            order.push(key);
        }
    }
    const rowIndex = new Map(ev.disparities.map((r, i) => [r, i]));
    const findings = order.map((key) => {
        const d = drafts.get(key);
        const own = d.rows.filter((r) => r.attribute === d.attribute);
        const verdict = d.rows.reduce((w, r) => (findings_RANK[r.verdict] > findings_RANK[w] ? r.verdict : w), 'pass');
        const ownWorst = own.reduce((w, r) => (findings_RANK[r.verdict] > findings_RANK[w] ? r.verdict : w), 'pass');
        const lead = own.find((r) => r.verdict === ownWorst && r.value !== null) ?? own[0];
        const leadCause = ev.causes[rowIndex.get(lead)] ?? d.cause;
        return {
            attribute: d.attribute,
            groups: leadCause ? leadCause.groups : null,
            rate: leadCause ? leadCause.rate : null,
            verdict,
            lead,
            rows: d.rows,
            intersections: d.intersections,
        };
    });
    const first = new Map(findings.map((f, i) => [f, i]));
    return findings.sort((a, b) => findings_RANK[b.verdict] - findings_RANK[a.verdict] || first.get(a) - first.get(b));
}

;// CONCATENATED MODULE: ./src/gates/fairness-gate/render.ts







const render_SEP = ' × ';
/** A rule as written, as a reader reads it: ">= 0.8" → "≥ 0.8", "in [0.8, 1.25]" → "the band [0.8, 1.25]". */
function ruleText(threshold) {
    const t = threshold.trim();
    if (t.startsWith('in '))
        return `the band ${t.slice(3)}`;
    return t.replace(/^>=/, '≥').replace(/^<=/, '≤');
}
/**
 * How a value stands to its rule, in words that follow the verdict the
 * evaluation decided (never a second judgement): a value outside a band is
 * never written "(in [0.8, 1.25])".
 */
function ruleWords(row) {
    if (row.threshold === null)
        return 'reported, not judged';
    const rule = ruleText(row.threshold);
    const size = metrics/* METRICS */.Cb[row.metric]?.absolute ? ' (judged on its size)' : '';
    switch (row.verdict) {
        case 'fail':
            return `misses ${rule}${size}`;
        case 'warn':
            return `misses ${rule}${size} on the estimate, but its interval reaches allowed values`;
        case 'insufficient':
            return `cannot be judged against ${rule}`;
        case 'pass':
            return `meets ${rule}${size}`;
    }
}
function label(metric) {
    const def = metrics/* METRICS */.Cb[metric];
    if (!def)
        return metric;
    return def.kind === 'per-group' ? `${def.label} disparity` : def.label;
}
/** The disparity and its interval, in one precision: "0.605 (95% CI 0.503 to 0.724)". */
function disparityText(row, confidence) {
    if (row.value === null)
        return 'undefined';
    const t = (0,numbers/* withInterval */.qY)(row.value, row.ciLow, row.ciHigh);
    if (!t.interval)
        return t.value;
    return `${t.value} (${(0,numbers/* num */.bu)(confidence * 100)}% CI ${t.interval}${t.outside ? `; ${t.outside}` : ''})`;
}
function groupRow(ev, attribute, group) {
    return ev.groups.find((g) => g.attribute === attribute && g.group === group);
}
/** "23.0% vs 38.0%": the rate of the two groups, with one precision. */
function ratesText(ev, f) {
    if (!f.groups || !f.rate)
        return '–';
    const rate = f.rate;
    const a = groupRow(ev, f.attribute, f.groups[0])?.[rate] ?? null;
    const b = groupRow(ev, f.attribute, f.groups[1])?.[rate] ?? null;
    const d = (0,numbers/* pctDecimals */.kF)([a, b]);
    return `${(0,markdown/* text */.Qq)(RATE_LABEL[rate])} ${(0,numbers/* pct */.Oe)(a, d)} vs ${(0,numbers/* pct */.Oe)(b, d)}`;
}
function groupsText(f) {
    if (!f.groups)
        return f.attribute === null ? 'all rows' : `${(0,markdown/* text */.Qq)(f.attribute)}`;
    return `${(0,markdown/* text */.Qq)(f.attribute ?? '')} ${(0,markdown/* code */.aY)(f.groups[0])} vs ${(0,markdown/* code */.aY)(f.groups[1])}`;
}
function seenBy(f) {
    const metrics = [...new Set(f.rows.filter((r) => r !== f.lead).map((r) => label(r.metric)))].filter((m) => m !== label(f.lead.metric));
    const parts = metrics.length ? [metrics.map((m) => (0,markdown/* text */.Qq)(m)).join(', ')] : [];
    if (f.intersections)
        parts.push(`${(0,render_findings/* plural */.LS)(f.intersections, 'intersection row')}`);
    return parts.join('; ') || '–';
}
function findingCells(ev, f, confidence) {
    const lead = f.lead;
    if (lead.value === null) {
        const metrics = [...new Set(f.rows.map((r) => label(r.metric)))];
        return [(0,markdown/* icon */.Kk)(f.verdict), f.attribute === null ? 'all rows' : (0,markdown/* text */.Qq)(f.attribute), '–', `${(0,render_findings/* plural */.LS)(metrics.length, 'metric')} not judged`, (0,markdown/* text */.Qq)(lead.message), '–'];
    }
    return [
        (0,markdown/* icon */.Kk)(f.verdict),
        groupsText(f),
        ratesText(ev, f),
        `${(0,markdown/* text */.Qq)(label(lead.metric))} ${disparityText(lead, confidence)}`,
        (0,markdown/* text */.Qq)(ruleWords(lead)),
        seenBy(f),
    ];
}
/**
 * A group's icon follows the findings that decided the gate: the group a
 * finding is about (the lower-rate one of its pair) takes the finding's
 * verdict, so a failing group is never marked ✅. A group too small to
 * judge says so; any other is ✅.
 */
function groupVerdicts(findings) {
    // fairnessFindings lists the worst first, so a group's first finding decides its icon.
    const verdicts = new Map();
    for (const f of findings) {
        if (!f.groups || f.attribute === null)
            continue;
        const key = `${f.attribute}\u0000${f.groups[0]}`;
        if (!verdicts.has(key))
            verdicts.set(key, f.verdict);
    }
    return verdicts;
}
function groupTable(rows, findings) {
    const verdicts = groupVerdicts(findings);
    const body = rows.map((g) => {
        const judged = verdicts.get(`${g.attribute}\u0000${g.group}`) ?? 'pass';
        const d = (0,numbers/* pctDecimals */.kF)([g.selectionRate, g.tpr, g.fpr, g.precision]);
        return [
            (0,markdown/* text */.Qq)(g.attribute),
            (0,markdown/* text */.Qq)(g.group),
            (0,numbers/* num */.bu)(g.n),
            (0,numbers/* pct */.Oe)(g.selectionRate, d),
            (0,numbers/* pct */.Oe)(g.tpr, d),
            (0,numbers/* pct */.Oe)(g.fpr, d),
            (0,numbers/* pct */.Oe)(g.precision, d),
            g.status === 'ok' ? (0,markdown/* icon */.Kk)(judged) : g.status === 'empty' ? 'no rows' : `${(0,markdown/* icon */.Kk)('insufficient')} ${(0,markdown/* text */.Qq)(g.reasons.join('; '))}`,
        ];
    });
    return (0,markdown/* table */.tp)(['Attribute', 'Group', 'n', 'Selection rate', 'TPR', 'FPR', 'Precision', ''], body, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'l']);
}
/** The rate behind the first finding, by group of its attribute (bars), with the rule's bound as a line when it is a ratio to a reference. */
function rateChart(ev, f, attribute) {
    const rate = f?.rate ?? 'selectionRate';
    const rows = ev.groups.filter((g) => g.attribute === attribute && g[rate] !== null);
    const bars = rows.map((g) => g[rate] * 100);
    let line;
    let lineText = '';
    const threshold = f?.lead.threshold ?? null;
    const ratio = threshold ? /^>=\s*([\d.]+)$/.exec(threshold.trim()) : null;
    const reference = f?.groups ? rows.find((g) => g.group === f.groups[1]) : undefined;
    if (ratio && reference && reference[rate] !== null && /ratio|impact/.test(f.lead.metric)) {
        line = Number(ratio[1]) * reference[rate] * 100;
        lineText = `${(0,numbers/* num */.bu)(Number(ratio[1]) * 100)}% of ${reference.group}'s rate (the rule)`;
    }
    return (0,charts/* barChart */.S9)({
        title: `${RATE_LABEL[rate]} by ${attribute}, %`,
        barName: RATE_LABEL[rate],
        xLabel: attribute,
        yLabel: `${RATE_LABEL[rate]} (%)`,
        categories: rows.map((g) => g.group),
        bars,
        ...(line !== undefined ? { line, lineName: lineText } : {}),
        format: (v) => (0,numbers/* pct */.Oe)(v / 100),
    });
}
/** The worst row of each metric (over attributes): a compact view of everything judged. */
function metricsTable(ev, confidence) {
    const RANK = { pass: 0, insufficient: 1, warn: 2, fail: 3 };
    const byMetric = new Map();
    for (const r of ev.disparities)
        byMetric.set(r.metric, [...(byMetric.get(r.metric) ?? []), r]);
    const rows = [...byMetric.entries()].map(([metric, list]) => {
        const worst = list.reduce((w, r) => (RANK[r.verdict] > RANK[w.verdict] ? r : w), list[0]);
        const failing = list.filter((r) => r.verdict !== 'pass').length;
        return [
            (0,markdown/* icon */.Kk)(worst.verdict),
            (0,markdown/* text */.Qq)(label(metric)),
            worst.attribute === null ? 'all rows' : `${(0,markdown/* text */.Qq)(worst.attribute)}${worst.group ? ` ${(0,markdown/* code */.aY)(worst.group)}` : ''}`,
            disparityText(worst, confidence),
            // A signed difference is judged on its size: "−0.150" beside a bare "≤ 0.1" would read as a pass.
            worst.threshold === null ? 'reported only' : `${metrics/* METRICS */.Cb[metric]?.absolute ? 'size ' : ''}${(0,markdown/* text */.Qq)(ruleText(worst.threshold))}`,
            failing ? `${failing} of ${list.length}` : `0 of ${list.length}`,
        ];
    });
    return (0,markdown/* table */.tp)(['', 'Metric', 'Shown for', 'Value', 'Rule', 'Rows not passing'], rows, ['c', 'l', 'l', 'r', 'l', 'r']);
}
function renderFairness(ev, options) {
    const parts = [];
    const findings = fairnessFindings(ev);
    const baselineChecks = ev.checks.filter((c) => c.id.startsWith('baseline.') && c.verdict === 'fail');
    if (findings.length) {
        const rows = findings.map((f) => findingCells(ev, f, options.confidence));
        parts.push((0,render_findings/* findingsTable */.f9)(['', 'Groups', 'Rates', `Disparity (${(0,numbers/* num */.bu)(options.confidence * 100)}% CI)`, 'Rule', 'Also seen by'], rows, {
            align: ['c', 'l', 'l', 'l', 'l', 'l'],
            more: (n) => `${(0,render_findings/* plural */.LS)(n, 'more finding')}`,
        }));
    }
    if (baselineChecks.length) {
        const items = baselineChecks.slice(0, 5).map((c) => `- ${(0,markdown/* icon */.Kk)('fail')} ${(0,markdown/* text */.Qq)(c.message ?? c.name)}`);
        parts.push(`Worse than the baseline model:\n\n${items.join('\n')}${baselineChecks.length > 5 ? `\n- … and ${baselineChecks.length - 5} more in the JSON report` : ''}`);
    }
    const insufficient = ev.groups.filter((g) => g.status === 'insufficient');
    if (insufficient.length) {
        const names = insufficient.slice(0, 8).map((g) => `${(0,markdown/* code */.aY)(g.group)} of ${(0,markdown/* text */.Qq)(g.attribute)} (n = ${(0,numbers/* num */.bu)(g.n)})`);
        parts.push(`${(0,markdown/* icon */.Kk)('insufficient')} ${(0,render_findings/* plural */.LS)(insufficient.length, 'group')} too small to judge, left out of the metrics that need them and never counted as fair: ${names.join(', ')}${insufficient.length > 8 ? ', …' : ''}.`);
    }
    const attributes = [...new Set(ev.groups.map((g) => g.attribute))];
    const single = attributes.filter((a) => !a.includes(render_SEP));
    const crossed = attributes.length - single.length;
    const focus = findings[0]?.attribute && !findings[0].attribute.includes(render_SEP) ? findings[0].attribute : single[0];
    const groupParts = [groupTable(ev.groups.filter((g) => single.includes(g.attribute)), findings)];
    if (focus)
        groupParts.push(rateChart(ev, findings[0]?.attribute === focus ? findings[0] : undefined, focus));
    if (crossed)
        groupParts.push(`The ${(0,render_findings/* plural */.LS)(ev.groups.length - ev.groups.filter((g) => single.includes(g.attribute)).length, 'group')} of ${(0,render_findings/* plural */.LS)(crossed, 'intersection')} are in the JSON report (\`groups\`).`);
    const ciNote = options.bootstrap > 0
        ? `Intervals: ${(0,numbers/* num */.bu)(options.confidence * 100)}% percentile bootstrap, ${(0,numbers/* num */.bu)(options.bootstrap)} multinomial resamples of the per-group confusion counts. Decided on the ${options.decideOn === 'interval' ? 'interval: a failure needs the whole interval beyond the threshold' : 'estimate'}.`
        : 'No bootstrap intervals (bootstrap = 0): decided on the estimates.';
    const passing = ev.checks.every((c) => c.verdict === 'pass');
    parts.push((0,render_findings/* collapsedSections */._f)([
        { title: `Groups of ${single.map((a) => (0,markdown/* htmlText */.js)(a)).join(', ')}`, body: groupParts.join('\n\n') },
        { title: `Every metric: its worst value over ${(0,render_findings/* plural */.LS)(attributes.length, 'attribute')}`, body: `${metricsTable(ev, options.confidence)}\n\n${ciNote}` },
    ], passing, `Groups of ${single.map((a) => (0,markdown/* htmlText */.js)(a)).join(', ')}, and every metric's worst value`));
    return parts.filter(Boolean).join('\n\n');
}
/** The first three lines: the first finding, what to do, what was compared. */
function renderFairnessHeadline(ev, options, verdict, source) {
    const findings = fairnessFindings(ev);
    const attributes = [...new Set(ev.groups.map((g) => g.attribute))];
    const single = attributes.filter((a) => !a.includes(render_SEP));
    const crossed = attributes.length - single.length;
    const compared = `${(0,markdown/* code */.aY)(source.predictions)} (${(0,render_findings/* plural */.LS)(source.rows, 'row')}): ${(0,render_findings/* plural */.LS)(ev.groups.filter((g) => single.includes(g.attribute)).length, 'group')} of ${single.map((a) => (0,markdown/* code */.aY)(a)).join(', ')}${crossed ? `, and ${(0,render_findings/* plural */.LS)(ev.groups.length - ev.groups.filter((g) => single.includes(g.attribute)).length, 'group')} in ${(0,render_findings/* plural */.LS)(crossed, 'intersection')}` : ''}.`;
    const baselineFails = ev.checks.filter((c) => c.id.startsWith('baseline.') && c.verdict === 'fail');
    if (!findings.length && !baselineFails.length) {
        const judged = ev.disparities.filter((d) => d.threshold !== null).length;
        return { reason: `No disparity beyond its threshold: ${(0,render_findings/* plural */.LS)(judged, 'judged value')} over ${(0,render_findings/* plural */.LS)(attributes.length, 'attribute')} meet their rules.`, next: 'nothing to do.', compared };
    }
    if (!findings.length) {
        return { reason: `${(0,markdown/* text */.Qq)(baselineFails[0].message ?? baselineFails[0].name)}.`, next: 'keep the baseline model, or find out what made the challenger less fair.', compared };
    }
    const f = findings[0];
    const lead = f.lead;
    const where = f.groups ? `${(0,markdown/* text */.Qq)(f.attribute ?? '')} ${(0,markdown/* code */.aY)(f.groups[0])} against ${(0,markdown/* code */.aY)(f.groups[1])}` : f.attribute === null ? 'all rows' : (0,markdown/* text */.Qq)(f.attribute);
    const rates = f.groups && f.rate ? `: ${ratesText(ev, f)}` : '';
    const more = findings.length > 1 ? `; ${(0,render_findings/* plural */.LS)(findings.length - 1, 'more finding')} below` : '';
    const reason = `${where}${rates}; ${(0,markdown/* text */.Qq)(label(lead.metric))} ${disparityText(lead, options.confidence)} ${(0,markdown/* text */.Qq)(ruleWords(lead))}${more}.`;
    let next;
    const groupsAtFault = [...new Set(findings.filter((x) => x.verdict === 'fail' && x.groups).map((x) => `${(0,markdown/* text */.Qq)(x.attribute ?? '')} ${(0,markdown/* code */.aY)(x.groups[0])}`))];
    if (verdict === 'fail') {
        const who = groupsAtFault.length ? groupsAtFault.slice(0, 2).join(' and ') : 'the groups below';
        next = `find out why the model treats ${who} differently (features that stand in for the attribute, too few examples); retrain (e.g. reweight the groups) or post-process per group, then run again.`;
    }
    else if (findings.every((x) => x.verdict === 'insufficient')) {
        next = 'collect more rows for the groups too small to judge, or lower `min-group-size`.';
    }
    else {
        next = 'the estimates miss the rules but the intervals do not establish it: evaluate on more rows before deciding.';
    }
    return { reason, next, compared };
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
    metric: schemas/* enum */.k5n(metrics/* METRIC_NAMES */.Uw).describe('Fairness metric'),
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
const isMetricName = (m) => metrics/* METRIC_NAMES */.Uw.includes(m);
function parseMetrics(raw) {
    if (raw.length === 0)
        return [...metrics/* DEFAULT_METRICS */.Cq];
    const out = [];
    for (const m of raw) {
        if (!isMetricName(m))
            throw new errors/* UserError */.yo(`unknown metric "${m}"; known: ${metrics/* METRIC_NAMES */.Uw.join(', ')}`, { field: 'input metrics' });
        if (!out.includes(m))
            out.push(m);
    }
    return out;
}
function parseThresholds(raw) {
    const out = {};
    for (const [name, v] of Object.entries(raw ?? {})) {
        if (!isMetricName(name))
            throw new errors/* UserError */.yo(`unknown metric "${name}"; known: ${metrics/* METRIC_NAMES */.Uw.join(', ')}`, { field: 'input thresholds' });
        out[name] = v === null || v === 'none' ? null : parseThreshold(v, metrics/* METRICS */.Cb[name].defaultOp, `input thresholds.${name}`);
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
        // "= 2.50, rule: the band [0.8, 1.25]", never "2.50 (in [0.8, 1.25])", which reads as if it were inside.
        const worstText = worst && worst.value !== null ? `; worst ${worst.metric}${worst.attribute ? ` for ${worst.attribute}` : ''} = ${sentences_fmt(worst.value)}${worst.threshold ? `, rule: ${ruleText(worst.threshold)}` : ''}` : '';
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
    const read = (file) => (0,readers/* readTable */.xz)(file, { ...ctx.readLimits, cwd: ctx.cwd, columns, progress: (p) => ctx.progress(p) });
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
    const renderOptions = {
        confidence: options.confidence,
        bootstrap: options.bootstrap,
        decideOn: options.decideOn,
    };
    return {
        report,
        outputs: { 'worst-metric': ev.worstMetric, 'insufficient-groups': String(ev.groups.filter((g) => g.status === 'insufficient').length) },
        markdown: renderFairness(ev, renderOptions),
        headline: renderFairnessHeadline(ev, renderOptions, report.verdict, { predictions: inputs.predictions, rows: table.rowCount }),
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


/***/ })

};
