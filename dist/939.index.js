export const id = 939;
export const ids = [939];
export const modules = {

/***/ 96939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ performance_gate_gate),
  inputs: () => (/* reexport */ inputs_inputs),
  outputs: () => (/* reexport */ outputs),
  runPerformanceGate: () => (/* binding */ runPerformanceGate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/gate.ts
var gate = __webpack_require__(14888);
// EXTERNAL MODULE: ./src/core/make-report.ts
var make_report = __webpack_require__(96476);
// EXTERNAL MODULE: ./src/core/table.ts
var core_table = __webpack_require__(70859);
// EXTERNAL MODULE: ./src/readers/index.ts + 3 modules
var readers = __webpack_require__(71022);
;// CONCATENATED MODULE: ./src/gates/performance-gate/id-index.ts
function slotCount(rows) {
    let size = 16;
    while (size < 2 * rows)
        size *= 2;
    return size;
}
function words(values) {
    return new Uint32Array(values.buffer, values.byteOffset, 2 * values.length);
}
/** fmix32 of the two words of a number (the caller passes 0, 0 for ±0). */
function mixWords(lo, hi) {
    let h = lo ^ Math.imul(hi, 0x9e3779b1);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
}
function hashText(s) {
    let h = 0x811c9dc5;
    for (let c = 0; c < s.length; c++)
        h = Math.imul(h ^ s.charCodeAt(c), 0x01000193);
    return mixWords(h, 0);
}
/** Returns the first row repeating an earlier row's id, or -1 (then every row is indexed). */
function fillNumbers(ids, slots) {
    const values = ids.values;
    const w = words(values);
    const mask = slots.length - 1;
    for (let j = 0; j < values.length; j++) {
        const v = values[j];
        for (let s = (v === 0 ? mixWords(0, 0) : mixWords(w[2 * j], w[2 * j + 1])) & mask;; s = (s + 1) & mask) {
            const q = slots[s];
            if (q === 0) {
                slots[s] = j + 1;
                break;
            }
            if (values[q - 1] === v)
                return j;
        }
    }
    return -1;
}
function fillTexts(ids, slots) {
    const values = ids.values;
    const mask = slots.length - 1;
    for (let j = 0; j < values.length; j++) {
        const v = values[j];
        for (let s = hashText(v) & mask;; s = (s + 1) & mask) {
            const q = slots[s];
            if (q === 0) {
                slots[s] = j + 1;
                break;
            }
            if (values[q - 1] === v)
                return j;
        }
    }
    return -1;
}
/**
 * Indexes every row of `ids`; stops at the first row whose id an earlier
 * row has and returns that row as `repeat` (-1 when every id is distinct).
 */
function indexIds(ids) {
    const slots = new Int32Array(slotCount(ids.values.length));
    const repeat = ids.kind === 'number' ? fillNumbers(ids, slots) : fillTexts(ids, slots);
    return { index: { ids, slots }, repeat };
}
/** The row before `row` with the same id (for a message: only called on an error). */
function earlierRowWithId(ids, row) {
    for (let i = 0; i < row; i++)
        if (ids.values[i] === ids.values[row])
            return i;
    return -1;
}
function probeNumbers(indexed, slots, probe, pairs, out) {
    const base = indexed.values;
    const values = probe.values;
    const w = words(values);
    const mask = slots.length - 1;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        let s = (v === 0 ? mixWords(0, 0) : mixWords(w[2 * i], w[2 * i + 1])) & mask;
        for (;;) {
            const q = slots[s];
            if (q === 0) {
                if (out.firstMissing < 0)
                    out.firstMissing = i;
                out.missing++;
                break;
            }
            const row = (q < 0 ? -q : q) - 1;
            if (base[row] === v) {
                if (q < 0) {
                    if (out.firstRepeat < 0)
                        out.firstRepeat = i;
                }
                else {
                    slots[s] = -q;
                    pairs[i] = row;
                }
                break;
            }
            s = (s + 1) & mask;
        }
    }
}
function probeTexts(indexed, slots, probe, pairs, out) {
    const base = indexed.values;
    const values = probe.values;
    const mask = slots.length - 1;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        let s = hashText(v) & mask;
        for (;;) {
            const q = slots[s];
            if (q === 0) {
                if (out.firstMissing < 0)
                    out.firstMissing = i;
                out.missing++;
                break;
            }
            const row = (q < 0 ? -q : q) - 1;
            if (base[row] === v) {
                if (q < 0) {
                    if (out.firstRepeat < 0)
                        out.firstRepeat = i;
                }
                else {
                    slots[s] = -q;
                    pairs[i] = row;
                }
                break;
            }
            s = (s + 1) & mask;
        }
    }
}
/**
 * Looks every row of `probe` (ids of the same kind as the index's) up:
 * pairs[i] = the indexed row with row i's id. Claims each indexed row it
 * finds, so the index serves one probe.
 */
function probeIds(index, probe, pairs) {
    const out = { firstMissing: -1, missing: 0, firstRepeat: -1 };
    const { ids, slots } = index;
    if (ids.kind === 'number' && probe.kind === 'number')
        probeNumbers(ids, slots, probe, pairs, out);
    else if (ids.kind === 'text' && probe.kind === 'text')
        probeTexts(ids, slots, probe, pairs, out);
    else
        throw new TypeError('probeIds: the ids are of another kind than the index');
    return out;
}

;// CONCATENATED MODULE: ./src/gates/performance-gate/row-ids.ts
/**
 * The ids of a predictions file's rows (`id-column`), as the join in
 * pair-by-id.ts takes them: a number column stays its Float64Array (no
 * string per row: a million `String()` calls cost more than the join), a
 * text column keeps its strings. Ids compare as numbers when both files'
 * id columns are numbers (so `7` and `7.0` are one id), else as text, a
 * number reading as its shortest form (`7`).
 */


/** The ids of every row; a missing id is a UserError naming its line. */
function readRowIds(table, column) {
    const base = { source: table.source, column: column.name, lines: table.rowLines };
    for (let i = 0; i < table.rowCount; i++) {
        // NaN too: it equals no id, not even its own.
        if ((0,core_table/* isMissing */.b2)(column, i) || (column.kind === 'number' && Number.isNaN(column.values[i])))
            throw new errors/* UserError */.yo('missing id', { file: table.source, line: (0,core_table/* rowLine */.xQ)(table, i) ?? i + 1, field: column.name });
    }
    return column.kind === 'number' ? { ...base, kind: 'number', values: column.values } : { ...base, kind: 'text', values: column.values };
}
/** Number ids as text, for a join with a file whose ids are text. */
function asTextIds(ids) {
    if (ids.kind === 'text')
        return ids;
    return { ...ids, kind: 'text', values: Array.from(ids.values, String) };
}
/** Where row i is: its line (its 1-based row number when the format has no lines). */
function idLine(ids, i) {
    return ids.lines ? ids.lines[i] : i + 1;
}
const SHOWN = 60;
/**
 * Row i's id for a message: a number as it prints, text quoted and escaped
 * (an id from a file is data: one line, no control characters), long text
 * cut short.
 */
function showId(ids, i) {
    if (ids.kind === 'number')
        return String(ids.values[i]);
    const text = ids.values[i];
    return JSON.stringify(text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text);
}

;// CONCATENATED MODULE: ./src/gates/performance-gate/text-fingerprints.ts
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
}
function textFingerprints(ids) {
    const values = ids.values;
    const out = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) {
        const s = values[i];
        let a = 0x811c9dc5;
        let b = s.length;
        for (let c = 0; c < s.length; c++) {
            const code = s.charCodeAt(c);
            a = Math.imul(a ^ code, 0x01000193);
            b = Math.imul(b ^ code, 0x5bd1e995);
            b ^= b >>> 15;
        }
        // 20 bits of one hash above 32 of the other: an exact integer below 2^52.
        out[i] = (fmix32(b) & 0xfffff) * 4294967296 + (fmix32(a) >>> 0);
    }
    return { ...ids, kind: 'number', values: out };
}

;// CONCATENATED MODULE: ./src/gates/performance-gate/pair-by-id.ts
/**
 * Pairs the candidate's rows with the baseline's by id (`id-column`): every
 * candidate id must appear exactly once in the baseline (which may have
 * more rows), and no id may repeat in either file. Each violation is a
 * UserError naming the file, the line and the id.
 *
 * Two ways, fastest first:
 *  - same order: one pass finds the files listing the same ids in the same
 *    order (the common case: both models scored one evaluation file). Then
 *    nothing moves. Ids that strictly rise or fall (sorted ids) cannot
 *    repeat, which the same pass sees; other ids are checked for repeats
 *    with a hash index of one file (id-index.ts).
 *  - hash join: a hash index of the baseline's ids (finding its repeats as
 *    it is filled), probed with each candidate id; a baseline row claimed
 *    twice is a repeated candidate id.
 * Both are O(rows) and make no string per row for number ids. Ids compare
 * as numbers when both id columns are numbers, else as text (row-ids.ts).
 */




function where(ids, i) {
    return `${ids.lines ? 'line' : 'row'} ${idLine(ids, i)}`;
}
function repeated(ids, first, second) {
    const v = ids.kind === 'number' ? Math.abs(ids.values[second]) : 0;
    // Above 2^53 not every integer is a double: distinct ids can read as one number.
    const hint = v > Number.MAX_SAFE_INTEGER ? '; ids above 2^53 lose digits when read as numbers: write them as text (e.g. with a prefix)' : '';
    return new errors/* UserError */.yo(`duplicate id ${showId(ids, second)} (also on ${where(ids, first)}): each id must name one row${hint}`, {
        file: ids.source,
        line: idLine(ids, second),
        field: ids.column,
    });
}
/**
 * Whether both files list the same ids in the same order; if so, whether
 * those strictly rise or fall (and so cannot repeat).
 */
function sameOrder(candidate, baseline) {
    const n = candidate.values.length;
    if (n !== baseline.values.length)
        return { same: false, monotone: false };
    let rising = true;
    let falling = true;
    if (candidate.kind === 'number' && baseline.kind === 'number') {
        const c = candidate.values;
        const b = baseline.values;
        for (let i = 0; i < n; i++) {
            if (c[i] !== b[i])
                return { same: false, monotone: false };
            if (i > 0) {
                if (rising && !(c[i] > c[i - 1]))
                    rising = false;
                if (falling && !(c[i] < c[i - 1]))
                    falling = false;
            }
        }
    }
    else {
        const c = candidate.values;
        const b = baseline.values;
        for (let i = 0; i < n; i++) {
            if (c[i] !== b[i])
                return { same: false, monotone: false };
            if (i > 0) {
                if (rising && !(c[i] > c[i - 1]))
                    rising = false;
                if (falling && !(c[i] < c[i - 1]))
                    falling = false;
            }
        }
    }
    return { same: true, monotone: rising || falling };
}
/** Throws on the first repeated id of one file. */
function checkUnique(ids) {
    const { repeat } = indexIds(ids);
    if (repeat >= 0)
        throw repeated(ids, earlierRowWithId(ids, repeat), repeat);
}
function hashJoin(candidate, baseline) {
    const { index, repeat } = indexIds(baseline);
    if (repeat >= 0)
        return { baselineRepeat: repeat };
    const pairs = new Int32Array(candidate.values.length);
    const found = probeIds(index, candidate, pairs);
    if (found.firstRepeat >= 0 && (found.firstMissing < 0 || found.firstRepeat < found.firstMissing))
        return { candidateRepeat: found.firstRepeat };
    if (found.firstMissing >= 0)
        return { missing: found.firstMissing, count: found.missing };
    return { pairs };
}
/**
 * Text ids joined by their fingerprints (text-fingerprints.ts), checked on
 * the strings; null when a fingerprint collision leaves it open (then the
 * strings are joined instead).
 */
function fingerprintJoin(candidate, baseline, fingerprint) {
    const fc = fingerprint(candidate);
    const fb = fingerprint(baseline);
    const outcome = hashJoin(fc, fb);
    const c = candidate.values;
    const b = baseline.values;
    if ('pairs' in outcome) {
        for (let i = 0; i < c.length; i++)
            if (c[i] !== b[outcome.pairs[i]])
                return null;
    }
    else if ('baselineRepeat' in outcome) {
        if (b[earlierRowWithId(fb, outcome.baselineRepeat)] !== b[outcome.baselineRepeat])
            return null;
    }
    else if ('candidateRepeat' in outcome) {
        if (c[earlierRowWithId(fc, outcome.candidateRepeat)] !== c[outcome.candidateRepeat])
            return null;
    }
    // A missing fingerprint is a missing id: equal ids have equal fingerprints.
    return outcome;
}
/**
 * `fingerprint` is textFingerprints; tests pass a weaker one to make the
 * fingerprints of different ids collide.
 */
function pairById(candidate, baseline, fingerprint = textFingerprints) {
    if (candidate.kind !== baseline.kind)
        return pairById(asTextIds(candidate), asTextIds(baseline), fingerprint);
    const kind = candidate.kind === 'number' ? 'number ids' : 'text ids';
    const order = sameOrder(candidate, baseline);
    if (order.same) {
        if (!order.monotone)
            checkUnique(candidate);
        return { order: null, method: `${kind} in the same order${order.monotone ? ', sorted' : ''}` };
    }
    let method = `${kind}, hash join`;
    let outcome = null;
    if (candidate.kind === 'text' && baseline.kind === 'text') {
        outcome = fingerprintJoin(candidate, baseline, fingerprint);
        method = outcome ? 'text ids, hash join of fingerprints' : 'text ids, hash join (fingerprints collided)';
    }
    outcome ??= hashJoin(candidate, baseline);
    if ('baselineRepeat' in outcome)
        throw repeated(baseline, earlierRowWithId(baseline, outcome.baselineRepeat), outcome.baselineRepeat);
    if ('candidateRepeat' in outcome)
        throw repeated(candidate, earlierRowWithId(candidate, outcome.candidateRepeat), outcome.candidateRepeat);
    if ('missing' in outcome) {
        const others = outcome.count > 1 ? `; ${outcome.count - 1} more of its ids ${outcome.count === 2 ? 'has' : 'have'} none either` : '';
        throw new errors/* UserError */.yo(`id ${showId(candidate, outcome.missing)} has no row in the baseline predictions (${baseline.source})${others}`, {
            file: candidate.source,
            line: idLine(candidate, outcome.missing),
            field: candidate.column,
        });
    }
    return { order: outcome.pairs, method };
}

;// CONCATENATED MODULE: ./src/gates/performance-gate/align-baseline.ts
/**
 * Put the baseline's predictions on the candidate's rows: by the id column
 * when there is one (every candidate id must appear exactly once in the
 * baseline), else by row order (the two files must have the same number of
 * rows). Where the baseline file has labels too, they must agree with the
 * candidate's: a paired comparison on different truths is meaningless.
 */


function take(a, order) {
    if (!order)
        return a; // paired by row order: already aligned
    const out = new a.constructor(order.length);
    for (let i = 0; i < order.length; i++)
        out[i] = a[order[i]];
    return out;
}
/**
 * The baseline's predictions on the candidate's rows. `debug` receives one
 * line saying how rows were paired by id and how long it took (wall and CPU
 * time of this process, all threads).
 */
function alignBaseline(candidate, baseline, files, debug) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    let order;
    let pairing;
    if (candidate.ids && baseline.ids) {
        pairing = pairById(candidate.ids, baseline.ids);
        order = pairing.order;
    }
    else {
        if (candidate.rows !== baseline.rows) {
            throw new errors/* UserError */.yo(`the baseline has ${baseline.rows} rows but the candidate has ${candidate.rows}; rows are paired by order, so they must match (or set id-column)`, { file: files.baseline });
        }
        order = null;
    }
    const aligned = { ...baseline, rows: candidate.rows, ids: candidate.ids };
    // The truths must agree row by row (read through `order`, no copy made).
    if (baseline.label.length > 0) {
        const label = baseline.label;
        for (let i = 0; i < candidate.rows; i++) {
            const j = order ? order[i] : i;
            if (label[j] !== candidate.label[i]) {
                throw new errors/* UserError */.yo(`the label differs from the candidate's on the same row (${baseline.classes[label[j]]} vs ${candidate.classes[candidate.label[i]]}); both files must hold the same rows`, { file: files.baseline, field: `label (row ${j + 1})` });
            }
        }
    }
    if (baseline.actual) {
        const actual = baseline.actual;
        for (let i = 0; i < candidate.rows; i++) {
            const j = order ? order[i] : i;
            if (actual[j] !== candidate.actual[i])
                throw new errors/* UserError */.yo('the actual value differs from the candidate file\'s on the same row', { file: files.baseline, field: `label (row ${j + 1})` });
        }
    }
    aligned.label = candidate.label;
    aligned.actual = candidate.actual;
    if (baseline.predicted)
        aligned.predicted = take(baseline.predicted, order);
    if (baseline.scores)
        aligned.scores = baseline.scores.map((s) => take(s, order));
    if (baseline.estimate)
        aligned.estimate = take(baseline.estimate, order);
    if (pairing && debug) {
        const cpu = process.cpuUsage(cpuStart);
        debug(`paired ${candidate.rows} rows by id in ${(performance.now() - start).toFixed(1)} ms, ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms CPU (${pairing.method})`);
    }
    return aligned;
}

;// CONCATENATED MODULE: ./src/gates/performance-gate/baseline-metrics.ts
/**
 * Baseline metric values from a metrics JSON file, in any of the shapes
 * people have at hand:
 *  - plain: { "roc_auc": 0.91, "f1": 0.8 } (nested objects are flattened
 *    with dots: { "test": { "roc_auc": 0.91 } } gives "test.roc_auc");
 *  - DVC: a metrics file as above, or `dvc metrics show --json` output
 *    ({ "workspace": { "data": { "metrics.json": { "data": {...} } } } });
 *  - MLflow: a run as the REST API / `mlflow runs describe` returns it,
 *    { "data": { "metrics": [ { "key": "roc_auc", "value": 0.91, "step": 0 } ] } },
 *    or a { "metrics": { "roc_auc": 0.91 } } map. With several entries of a
 *    key, the one with the highest step (then timestamp) wins.
 * A metric is found by its full key, or by the last segment of a key, also
 * under the names MLflow's evaluator uses (accuracy_score, f1_score, ...).
 */

function isLoggedMetric(x) {
    return !!x && typeof x === 'object' && typeof x.key === 'string' && 'value' in x;
}
function parseBaselineMetrics(textContent, file) {
    let data;
    try {
        data = JSON.parse(textContent);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`not valid JSON: ${err.message}`, { file });
    }
    const out = new Map();
    const logged = new Map();
    const visit = (node, path) => {
        if (Array.isArray(node)) {
            if (node.length > 0 && node.every(isLoggedMetric)) {
                for (const m of node) {
                    const value = typeof m.value === 'number' ? m.value : Number(m.value);
                    const entry = { value, step: m.step ?? 0, timestamp: m.timestamp ?? 0 };
                    const prev = logged.get(m.key);
                    if (!prev || entry.step > prev.step || (entry.step === prev.step && entry.timestamp >= prev.timestamp))
                        logged.set(m.key, entry);
                }
            }
            return;
        }
        if (node && typeof node === 'object') {
            for (const [k, v] of Object.entries(node))
                visit(v, [...path, k]);
            return;
        }
        if (typeof node === 'number' && path.length > 0)
            out.set(path.join('.'), node);
    };
    visit(data, []);
    for (const [k, v] of logged)
        out.set(k, v.value);
    if (out.size === 0)
        throw new errors/* UserError */.yo('no numeric metrics found (expected {"name": value}, DVC metrics or an MLflow run)', { file });
    return out;
}
/** Other names a metric goes by (MLflow's evaluator, common spellings). */
const ALIASES = {
    accuracy: ['accuracy_score', 'acc'],
    precision: ['precision_score'],
    recall: ['recall_score'],
    f1: ['f1_score'],
    roc_auc: ['auc', 'roc_auc_score'],
    pr_auc: ['precision_recall_auc', 'average_precision'],
    log_loss: ['logloss'],
    brier: ['brier_score_loss', 'brier_score'],
    mcc: ['matthews_corrcoef'],
    mae: ['mean_absolute_error'],
    mse: ['mean_squared_error'],
    rmse: ['root_mean_squared_error'],
    r2: ['r2_score'],
    mape: ['mean_absolute_percentage_error'],
    median_ae: ['median_absolute_error'],
};
/** The baseline value of a metric, or undefined when the file has none; several candidates are an error. */
function lookupMetric(values, name, file) {
    const names = [name, ...(ALIASES[name] ?? [])];
    for (const n of names)
        if (values.has(n))
            return values.get(n);
    const hits = [...values.keys()].filter((k) => names.includes(k.split('.').pop()));
    if (hits.length > 1)
        throw new errors/* UserError */.yo(`several values could be "${name}": ${hits.join(', ')}; keep one`, { file });
    return hits.length === 1 ? values.get(hits[0]) : undefined;
}

// EXTERNAL MODULE: ./src/core/verdict.ts
var core_verdict = __webpack_require__(79478);
// EXTERNAL MODULE: ./src/stats/random/prng.ts
var prng = __webpack_require__(70054);
// EXTERNAL MODULE: ./src/stats/random/multinomial.ts + 1 modules
var multinomial = __webpack_require__(96502);
;// CONCATENATED MODULE: ./src/stats/resampling/multinomial-bootstrap.ts

/**
 * Nonparametric bootstrap of a statistic that depends on the rows only
 * through counts in a few cells (a confusion matrix, or the joint
 * truth × candidate × baseline table of a paired comparison).
 *
 * Definition: resampling n rows with replacement gives cell counts that are
 * exactly Multinomial(n, counts / n); so each replicate draws the counts
 * directly and evaluates the statistic on them. The result has the same
 * distribution as the row bootstrap (Efron's), at O(B × cells) cost instead
 * of O(B × rows).
 *
 * Returns the B replicate values (NaN where the statistic is undefined on a
 * replicate); intervals come from percentileInterval.
 *
 * References: B. Efron, R. J. Tibshirani, "An Introduction to the
 * Bootstrap" (1993), ch. 6; the multinomial representation of the
 * bootstrap weights is their eq. 10.7 / Davison & Hinkley (1997) 2.4.
 */
function multinomialBootstrap(counts, resamples, rng, statistic) {
    let n = 0;
    for (let i = 0; i < counts.length; i++)
        n += counts[i];
    const out = new Float64Array(resamples);
    const cells = new Float64Array(counts.length);
    if (n === 0)
        return out.fill(Number.NaN);
    for (let r = 0; r < resamples; r++) {
        (0,multinomial/* multinomial */.O)(rng, n, counts, cells);
        out[r] = statistic(cells);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/stats/resampling/row-bootstrap.ts
const EXACT_LIMIT = 2 ** 21;
const TWO32 = 4294967296;
/**
 * An unbiased integer in [0, n) by Lemire's multiply-and-reject method; the
 * product of a 32-bit draw and n is exact in a double while n ≤ 2^21. Larger
 * n scale a 53-bit uniform (bias below n / 2^53).
 */
function randomBelow(rng, n) {
    if (n > EXACT_LIMIT)
        return Math.floor(rng.next() * n);
    for (;;) {
        const m = rng.nextUint32() * n;
        const high = Math.floor(m / TWO32);
        const low = m - high * TWO32;
        // Rejection only when the low part falls in the short first interval (probability < n / 2^32).
        if (low >= n || low >= (TWO32 - n) % n)
            return high;
    }
}
/**
 * Nonparametric (Efron) bootstrap by resampling rows: each of the B
 * replicates draws n row indices uniformly with replacement and evaluates
 * the statistic on those rows (for a paired comparison the statistic
 * evaluates both models on the same indices, so their correlation is kept).
 * Used for metrics that are not functions of a few cell counts (log loss,
 * Brier, average precision, regression errors); O(B × n).
 *
 * Indices are drawn without modulo bias (D. Lemire, "Fast random integer
 * generation in an interval", ACM TOMACS 29(1), 2019). Returns the B
 * replicate values (NaN where the statistic is undefined on a replicate).
 *
 * Reference: B. Efron, R. J. Tibshirani, "An Introduction to the
 * Bootstrap" (1993), ch. 6 and 13.
 */
function rowBootstrap(n, resamples, rng, statistic) {
    const out = new Float64Array(resamples);
    if (n === 0)
        return out.fill(Number.NaN);
    const rows = new Uint32Array(n);
    for (let r = 0; r < resamples; r++) {
        for (let i = 0; i < n; i++)
            rows[i] = randomBelow(rng, n);
        out[r] = statistic(rows);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/stats/resampling/count-bootstrap.ts

/**
 * The row bootstrap expressed as multiplicities: each replicate draws n row
 * indices uniformly with replacement (exactly as rowBootstrap does, from
 * the same stream) but hands the statistic the count of each row,
 * counts[i] = how often row i was drawn, i.e. a Multinomial(n; 1/n, …, 1/n)
 * vector. A statistic that is a weighted sum of per-row terms then reads
 * the rows sequentially, Σ counts[i]·t[i], instead of jumping around the
 * data; the counts array (2 bytes a row) stays in cache while it is filled.
 * Counts are 16-bit: a row drawn 65,536 times in one replicate would need
 * n ≥ 65,536 rows and a Poisson(1) tail of probability far below 10^-100.
 *
 * Reference: B. Efron, R. J. Tibshirani, "An Introduction to the Bootstrap"
 * (1993), ch. 6 (the resampling vector P* of eq. 6.20 is counts / n).
 */
function countBootstrap(n, resamples, rng, statistic) {
    const out = new Float64Array(resamples);
    if (n === 0)
        return out.fill(Number.NaN);
    const counts = new Uint16Array(n);
    for (let r = 0; r < resamples; r++) {
        counts.fill(0);
        for (let i = 0; i < n; i++)
            counts[randomBelow(rng, n)]++;
        out[r] = statistic(counts);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/stats/resampling/percentile-interval.ts
/**
 * The bootstrap percentile confidence interval: the (1 − c)/2 and (1 + c)/2
 * quantiles of the replicate values, with numpy's default linear
 * interpolation between order statistics (position q·(B − 1)). NaN
 * replicates are dropped and counted; with none left the interval is NaN.
 *
 * References: B. Efron, R. J. Tibshirani, "An Introduction to the
 * Bootstrap" (1993), ch. 13; `scipy.stats.bootstrap(method="percentile")`.
 */
function percentileInterval(replicates, confidence) {
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
    const values = replicates.filter((v) => !Number.isNaN(v)).sort();
    const undefinedReplicates = replicates.length - values.length;
    if (values.length === 0)
        return { low: Number.NaN, high: Number.NaN, undefinedReplicates };
    const q = (p) => {
        const h = (values.length - 1) * p;
        const lo = Math.floor(h);
        const hi = Math.min(values.length - 1, lo + 1);
        return values[lo] + (h - lo) * (values[hi] - values[lo]);
    };
    return { low: q((1 - confidence) / 2), high: q((1 + confidence) / 2), undefinedReplicates };
}

// EXTERNAL MODULE: ./src/stats/special/log-gamma.ts
var log_gamma = __webpack_require__(25581);
// EXTERNAL MODULE: ./src/stats/special/regularized-beta.ts
var regularized_beta = __webpack_require__(93624);
;// CONCATENATED MODULE: ./src/stats/distributions/binomial.ts
/**
 * The binomial distribution B(n, p) (scipy.stats.binom):
 *   P(X = k) = C(n, k) p^k (1 − p)^(n − k)
 *   P(X ≤ k) = I_{1−p}(n − k, k + 1)   (A&S 26.5.24)
 */


function binomialPmf(k, n, p) {
    if (!Number.isInteger(k) || k < 0 || k > n)
        return 0;
    if (p === 0)
        return k === 0 ? 1 : 0;
    if (p === 1)
        return k === n ? 1 : 0;
    const logC = logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
    return Math.exp(logC + k * Math.log(p) + (n - k) * Math.log1p(-p));
}
function binomialCdf(k, n, p) {
    const kk = Math.floor(k);
    if (kk < 0)
        return 0;
    if (kk >= n)
        return 1;
    return (0,regularized_beta/* regularizedBeta */.R)(1 - p, n - kk, kk + 1);
}
/** P(X ≥ k), without the cancellation of 1 − cdf. */
function binomialSfAtLeast(k, n, p) {
    const kk = Math.ceil(k);
    if (kk <= 0)
        return 1;
    if (kk > n)
        return 0;
    return regularizedBeta(p, kk, n - kk + 1);
}

// EXTERNAL MODULE: ./src/stats/distributions/chi-square.ts
var chi_square = __webpack_require__(59897);
;// CONCATENATED MODULE: ./src/stats/tests/mcnemar.ts


/**
 * McNemar's test for two classifiers scored on the same rows. Only the
 * discordant rows carry information: under H0 each of the n = b + c of them
 * is equally likely to favour either model, so b ~ Binomial(n, ½).
 *
 * p-value: when n < 25 (the rule of thumb of statsmodels' `mcnemar`), the
 * exact two-sided binomial p-value min(1, 2·P(X ≤ min(b, c))); otherwise the
 * chi-square approximation with Edwards' continuity correction,
 * χ² = max(0, |b − c| − 1)² / (b + c) on 1 degree of freedom. b = c = 0 gives 1.
 *
 * References: Q. McNemar, Psychometrika 12 (1947) 153–157; A. L. Edwards,
 * Psychometrika 13 (1948) 185–187; T. G. Dietterich, "Approximate
 * statistical tests for comparing supervised classification learning
 * algorithms", Neural Computation 10 (1998) 1895–1923.
 */
function mcnemar(b, c) {
    const n = b + c;
    if (n === 0)
        return { b, c, statistic: 0, pValue: 1, method: 'exact' };
    if (n < 25) {
        const k = Math.min(b, c);
        return { b, c, statistic: k, pValue: Math.min(1, 2 * binomialCdf(k, n, 0.5)), method: 'exact' };
    }
    const d = Math.max(0, Math.abs(b - c) - 1);
    const statistic = (d * d) / n;
    return { b, c, statistic, pValue: (0,chi_square/* chiSquareSf */.T)(statistic, 1), method: 'chi-square' };
}

;// CONCATENATED MODULE: ./src/stats/metrics/score-order.ts
/**
 * The row order by ascending score that the ranking metrics (ROC AUC,
 * average precision) and DeLong's test walk through.
 *
 * Method: for large inputs an LSD radix sort on the IEEE-754 bits (flipped
 * so that unsigned order is numeric order: negative numbers have all bits
 * inverted, positive numbers the sign bit set), four stable passes of 16
 * bits; O(n) and about 3× faster than a comparison sort of indices on a
 * million rows. Small inputs use the built-in sort. Equal scores keep their
 * row order (both sorts are stable), and −0 sorts next to +0, so tie groups
 * are contiguous.
 *
 * Reference: D. E. Knuth, TAOCP vol. 3, 5.2.5 (radix sorting); M. Herf,
 * "Radix tricks" (2001), for the float-to-unsigned bit flip.
 */
function scoreOrder(scores) {
    const n = scores.length;
    for (let i = 0; i < n; i++)
        if (Number.isNaN(scores[i]))
            throw new RangeError(`score ${i} is NaN`);
    let a = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        a[i] = i;
    if (n < 4096)
        return a.sort((x, y) => scores[x] - scores[y]);
    const words = new Uint32Array(scores.buffer, scores.byteOffset, n * 2);
    const lo = new Uint32Array(n);
    const hi = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
        let l = words[2 * i];
        let h = words[2 * i + 1];
        if (h & 0x80000000) {
            h = ~h >>> 0;
            l = ~l >>> 0;
        }
        else {
            h = (h | 0x80000000) >>> 0;
        }
        lo[i] = l;
        hi[i] = h;
    }
    let b = new Uint32Array(n);
    const count = new Uint32Array(65536);
    for (let pass = 0; pass < 4; pass++) {
        const key = pass < 2 ? lo : hi;
        const shift = (pass & 1) * 16;
        count.fill(0);
        for (let i = 0; i < n; i++)
            count[(key[i] >>> shift) & 0xffff]++;
        let sum = 0;
        for (let j = 0; j < 65536; j++) {
            const c = count[j];
            count[j] = sum;
            sum += c;
        }
        for (let i = 0; i < n; i++) {
            const idx = a[i];
            b[count[(key[idx] >>> shift) & 0xffff]++] = idx;
        }
        const t = a;
        a = b;
        b = t;
    }
    return a;
}

;// CONCATENATED MODULE: ./src/stats/metrics/auc-placements.ts

/**
 * The structural components ("placements") of the ROC AUC, from which both
 * the AUC (the mean of v10, or of v01) and DeLong's variance are built.
 *
 * Definition: with X the scores of the m positives and Y those of the n
 * negatives and ψ(x, y) = 1 if x > y, ½ if x = y, 0 otherwise,
 * V10(X_i) = (1/n) Σ_j ψ(X_i, Y_j) and V01(Y_j) = (1/m) Σ_i ψ(X_i, Y_j);
 * AUC = (1/m) Σ_i V10(X_i), the Mann–Whitney U / (m·n).
 *
 * Method: one pass over the rows in score order, counting negatives below
 * each tie group (O(n log n) for the order, as Sun & Xu's fast algorithm).
 *
 * References: E. R. DeLong, D. M. DeLong, D. L. Clarke-Pearson, Biometrics
 * 44 (1988) 837–845; X. Sun, W. Xu, "Fast implementation of DeLong's
 * algorithm", IEEE Signal Processing Letters 21(11) (2014) 1389–1393.
 */
function aucPlacements(labels, scores, order = scoreOrder(scores)) {
    const n = scores.length;
    let positives = 0;
    for (let i = 0; i < n; i++)
        if (labels[i] === 1)
            positives++;
    const negatives = n - positives;
    const placement = new Float64Array(n);
    // Scores and labels in sorted order, read sequentially below (one scattered pass here).
    const sorted = new Float64Array(n);
    const isPos = new Uint8Array(n);
    for (let j = 0; j < n; j++) {
        const r = order[j];
        sorted[j] = scores[r];
        isPos[j] = labels[r] === 1 ? 1 : 0;
    }
    let negBelow = 0;
    let posBelow = 0;
    let sumV10 = 0;
    let start = 0;
    while (start < n) {
        const s = sorted[start];
        let end = start;
        let pos = 0;
        while (end < n && sorted[end] === s) {
            pos += isPos[end];
            end++;
        }
        const neg = end - start - pos;
        const below = negatives ? (negBelow + 0.5 * neg) / negatives : Number.NaN;
        const above = positives ? (positives - posBelow - pos + 0.5 * pos) / positives : Number.NaN;
        for (let j = start; j < end; j++)
            placement[order[j]] = isPos[j] ? below : above;
        sumV10 += pos * below;
        negBelow += neg;
        posBelow += pos;
        start = end;
    }
    const auc = positives > 0 && negatives > 0 ? sumV10 / positives : Number.NaN;
    return { auc, placement, positives, negatives };
}

// EXTERNAL MODULE: ./src/stats/distributions/normal.ts + 1 modules
var normal = __webpack_require__(39172);
;// CONCATENATED MODULE: ./src/stats/tests/delong.ts


/**
 * The 2 × 2 sample covariance matrices (n − 1 denominators) of the
 * placements of models A and B, over the positives (S10) and over the
 * negatives (S01), in two passes over the rows.
 */
function placementCovariances(labels, pa, pb) {
    const n = pa.length;
    let m1 = 0;
    let m0 = 0;
    let a1 = 0;
    let b1 = 0;
    let a0 = 0;
    let b0 = 0;
    for (let i = 0; i < n; i++) {
        if (labels[i] === 1) {
            m1++;
            a1 += pa[i];
            b1 += pb[i];
        }
        else {
            m0++;
            a0 += pa[i];
            b0 += pb[i];
        }
    }
    a1 /= m1;
    b1 /= m1;
    a0 /= m0;
    b0 /= m0;
    let aa1 = 0;
    let bb1 = 0;
    let ab1 = 0;
    let aa0 = 0;
    let bb0 = 0;
    let ab0 = 0;
    for (let i = 0; i < n; i++) {
        if (labels[i] === 1) {
            const da = pa[i] - a1;
            const db = pb[i] - b1;
            aa1 += da * da;
            bb1 += db * db;
            ab1 += da * db;
        }
        else {
            const da = pa[i] - a0;
            const db = pb[i] - b0;
            aa0 += da * da;
            bb0 += db * db;
            ab0 += da * db;
        }
    }
    const d1 = m1 - 1;
    const d0 = m0 - 1;
    const f = (x, d) => (d > 0 ? x / d : Number.NaN);
    return { s10: [f(aa1, d1), f(bb1, d1), f(ab1, d1)], s01: [f(aa0, d0), f(bb0, d0), f(ab0, d0)] };
}
/**
 * DeLong's nonparametric test for the difference of two correlated ROC AUCs
 * (two models scored on the same rows), and the variance of one AUC.
 *
 * Definition: with placements V10 (per positive) and V01 (per negative) of
 * each model (see aucPlacements), S10 and S01 are their sample covariance
 * matrices across positives (m) and negatives (n); the covariance matrix of
 * the AUC estimates is S = S10 / m + S01 / n, and
 * z = (A − B) / sqrt(S_AA + S_BB − 2 S_AB).
 *
 * p-value: two-sided from the standard normal, 2·(1 − Φ(|z|)). When the
 * variance is 0 (identical or perfectly separating models) p is 1 for a zero
 * difference and 0 otherwise.
 *
 * References: E. R. DeLong, D. M. DeLong, D. L. Clarke-Pearson, "Comparing
 * the areas under two or more correlated receiver operating characteristic
 * curves: a nonparametric approach", Biometrics 44 (1988) 837–845;
 * X. Sun, W. Xu, IEEE Signal Processing Letters 21 (2014) 1389–1393; the
 * same computation as R's pROC::roc.test(method = "delong").
 */
function delong(labels, scoresA, scoresB) {
    const a = aucPlacements(labels, scoresA);
    const m = a.positives;
    const n = a.negatives;
    const pa = a.placement;
    if (!scoresB) {
        const { s10, s01 } = placementCovariances(labels, pa, pa);
        const varA = s10[0] / m + s01[0] / n;
        return { aucA: a.auc, aucB: Number.NaN, varA, varB: Number.NaN, covariance: 0, difference: Number.NaN, varianceDiff: Number.NaN, z: Number.NaN, pValue: Number.NaN };
    }
    const b = aucPlacements(labels, scoresB);
    const { s10, s01 } = placementCovariances(labels, pa, b.placement);
    const varA = s10[0] / m + s01[0] / n;
    const varB = s10[1] / m + s01[1] / n;
    const cov = s10[2] / m + s01[2] / n;
    const difference = a.auc - b.auc;
    const varianceDiff = Math.max(0, varA + varB - 2 * cov);
    let z;
    let pValue;
    if (Number.isNaN(difference) || Number.isNaN(varianceDiff)) {
        z = Number.NaN;
        pValue = Number.NaN;
    }
    else if (varianceDiff === 0) {
        z = difference === 0 ? 0 : Math.sign(difference) * Number.POSITIVE_INFINITY;
        pValue = difference === 0 ? 1 : 0;
    }
    else {
        z = difference / Math.sqrt(varianceDiff);
        pValue = Math.min(1, 2 * (0,normal/* normalSf */.nG)(Math.abs(z)));
    }
    return { aucA: a.auc, aucB: b.auc, varA, varB, covariance: cov, difference, varianceDiff, z, pValue };
}

;// CONCATENATED MODULE: ./src/gates/performance-gate/compare-metric.ts
/**
 * One metric's value, its baseline on the same rows, and how sure the
 * difference is: a confidence interval (of the difference when there is a
 * baseline, else of the value) and, with a baseline, a two-sided p-value.
 *
 * The interval comes from the cheapest exact method for the metric:
 *  - confusion-matrix metrics: a paired bootstrap that draws the joint
 *    (truth × candidate × baseline) cell counts from a multinomial —
 *    identical in distribution to resampling rows, at O(B × cells);
 *  - binary ROC AUC: DeLong's variance, normal interval (and DeLong's test);
 *  - other metrics: a paired bootstrap resampling rows.
 * p-values: McNemar's test for accuracy, DeLong's for ROC AUC, otherwise the
 * bootstrap's two-sided achieved significance level
 * 2·min(#{θ* ≤ 0} + 1, #{θ* ≥ 0} + 1) / (B + 1) (Efron & Tibshirani 1993,
 * ch. 16), which is approximate.
 */








/** FNV-1a, so that each metric has its own reproducible stream whatever else is configured. */
function streamSeed(seed, name) {
    let h = 0x811c9dc5;
    for (let i = 0; i < name.length; i++)
        h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
    return (h ^ seed) | 0;
}
const jointCache = new WeakMap();
const singleCache = new WeakMap();
/** Counts of (truth, candidate prediction, baseline prediction), index (t·k + c)·k + b. */
function jointCells(c, b) {
    let inner = jointCache.get(c);
    if (!inner)
        jointCache.set(c, (inner = new WeakMap()));
    let cells = inner.get(b);
    if (!cells) {
        const k = c.classes.length;
        cells = new Float64Array(k * k * k);
        const y = c.label;
        const pc = c.predicted;
        const pb = b.predicted;
        for (let i = 0; i < y.length; i++)
            cells[(y[i] * k + pc[i]) * k + pb[i]]++;
        inner.set(b, cells);
    }
    return cells;
}
function singleCells(c) {
    let cells = singleCache.get(c);
    if (!cells) {
        const k = c.classes.length;
        cells = new Float64Array(k * k);
        for (let i = 0; i < c.label.length; i++)
            cells[c.label[i] * k + c.predicted[i]]++;
        singleCache.set(c, cells);
    }
    return cells;
}
/** The occupied cells of a count table: their indices and counts. */
function nonZero(cells) {
    const index = [];
    for (let j = 0; j < cells.length; j++)
        if (cells[j] > 0)
            index.push(j);
    return { index: Int32Array.from(index), counts: Float64Array.from(index, (j) => cells[j]) };
}
function bootstrapPValue(reps) {
    let le = 0;
    let ge = 0;
    let m = 0;
    for (const r of reps) {
        if (Number.isNaN(r))
            continue;
        m++;
        if (r <= 0)
            le++;
        if (r >= 0)
            ge++;
    }
    if (m === 0)
        return Number.NaN;
    return Math.min(1, (2 * (Math.min(le, ge) + 1)) / (m + 1));
}
const orNull = (x) => (Number.isFinite(x) ? x : null);
function compareMetric(def, candidate, baseline, o) {
    const rng = (0,prng/* createRng */.SZ)(streamSeed(o.seed, def.name));
    const B = o.bootstrap;
    if (def.resampling === 'auc') {
        const d = delong(candidate.label, candidate.scores[0], baseline?.scores?.[0]);
        const z = (0,normal/* normalQuantile */.Zl)((1 + o.confidence) / 2);
        if (!baseline) {
            const half = z * Math.sqrt(d.varA);
            return {
                value: d.aucA,
                baseline: null,
                delta: null,
                ciLow: orNull(Math.max(0, d.aucA - half)),
                ciHigh: orNull(Math.min(1, d.aucA + half)),
                ciOf: Number.isFinite(half) ? 'value' : null,
                pValue: null,
                test: 'DeLong',
            };
        }
        const half = z * Math.sqrt(d.varianceDiff);
        return {
            value: d.aucA,
            baseline: d.aucB,
            delta: orNull(d.difference),
            ciLow: orNull(d.difference - half),
            ciHigh: orNull(d.difference + half),
            ciOf: 'delta',
            pValue: orNull(d.pValue),
            test: "DeLong's test",
        };
    }
    // Confusion-matrix metrics read the (cached) matrix instead of the rows again.
    const k0 = candidate.classes.length;
    const value = def.fromMatrix ? def.fromMatrix({ k: k0, counts: singleCells(candidate) }) : def.compute(candidate);
    const base = baseline ? (def.fromMatrix ? def.fromMatrix({ k: k0, counts: singleCells(baseline) }) : def.compute(baseline)) : null;
    const result = { value, baseline: base, delta: base === null ? null : value - base, ciLow: null, ciHigh: null, ciOf: null, pValue: null, test: null };
    if (def.resampling === 'cells') {
        const k = candidate.classes.length;
        const f = def.fromMatrix;
        if (baseline) {
            const cells = jointCells(candidate, baseline);
            if (def.name === 'accuracy') {
                // Discordant rows: only the candidate right (b) / only the baseline right (c).
                let b = 0;
                let c = 0;
                for (let t = 0; t < k; t++) {
                    for (let pc = 0; pc < k; pc++) {
                        for (let pb = 0; pb < k; pb++) {
                            const n = cells[(t * k + pc) * k + pb];
                            if (pc === t && pb !== t)
                                b += n;
                            if (pc !== t && pb === t)
                                c += n;
                        }
                    }
                }
                const mc = mcnemar(b, c);
                result.pValue = mc.pValue;
                result.test = mc.method === 'exact' ? "McNemar's exact test" : "McNemar's test (χ², continuity-corrected)";
            }
            if (B > 0) {
                // Only the occupied cells can be drawn: resample those (at most min(k³, rows) of them).
                const occupied = nonZero(cells);
                const truth = Int32Array.from(occupied.index, (j) => Math.floor(j / (k * k)));
                const predC = Int32Array.from(occupied.index, (j) => Math.floor(j / k) % k);
                const predB = Int32Array.from(occupied.index, (j) => j % k);
                const cmC = { k, counts: new Float64Array(k * k) };
                const cmB = { k, counts: new Float64Array(k * k) };
                const reps = multinomialBootstrap(occupied.counts, B, rng, (draw) => {
                    cmC.counts.fill(0);
                    cmB.counts.fill(0);
                    for (let j = 0; j < draw.length; j++) {
                        cmC.counts[truth[j] * k + predC[j]] += draw[j];
                        cmB.counts[truth[j] * k + predB[j]] += draw[j];
                    }
                    return f(cmC) - f(cmB);
                });
                Object.assign(result, interval(reps, o.confidence, 'delta'));
                if (result.pValue === null) {
                    result.pValue = orNull(bootstrapPValue(reps));
                    result.test = 'paired bootstrap (multinomial cells)';
                }
                else
                    result.test += ' + paired bootstrap CI';
            }
        }
        else if (B > 0) {
            const occupied = nonZero(singleCells(candidate));
            const cm = { k, counts: new Float64Array(k * k) };
            const reps = multinomialBootstrap(occupied.counts, B, rng, (draw) => {
                cm.counts.fill(0);
                for (let j = 0; j < draw.length; j++)
                    cm.counts[occupied.index[j]] = draw[j];
                return f(cm);
            });
            Object.assign(result, interval(reps, o.confidence, 'value'));
            result.test = 'bootstrap (multinomial cells)';
        }
        return result;
    }
    // Row resampling: for mean-decomposable metrics a replicate is a weighted
    // sum of precomputed per-row terms (rows read in order); otherwise the
    // metric is recomputed on the drawn rows. Both draw the same rows.
    if (B > 0 && candidate.rows > 0) {
        let reps;
        if (def.perRow) {
            const tc = def.perRow(candidate);
            const tb = baseline ? def.perRow(baseline) : undefined;
            const g = def.fromMean ?? ((m) => m);
            const n = candidate.rows;
            reps = countBootstrap(n, B, rng, (counts) => {
                let sc = 0;
                let sb = 0;
                for (let i = 0; i < n; i++) {
                    const w = counts[i];
                    if (w === 0)
                        continue;
                    sc += w * tc[i];
                    if (tb)
                        sb += w * tb[i];
                }
                return tb ? g(sc / n) - g(sb / n) : g(sc / n);
            });
        }
        else {
            reps = rowBootstrap(candidate.rows, B, rng, baseline ? (rows) => def.compute(candidate, rows) - def.compute(baseline, rows) : (rows) => def.compute(candidate, rows));
        }
        Object.assign(result, interval(reps, o.confidence, baseline ? 'delta' : 'value'));
        if (baseline)
            result.pValue = orNull(bootstrapPValue(reps));
        result.test = baseline ? 'paired bootstrap (rows)' : 'bootstrap (rows)';
    }
    return result;
}
function interval(reps, confidence, of) {
    const iv = percentileInterval(reps, confidence);
    return { ciLow: orNull(iv.low), ciHigh: orNull(iv.high), ciOf: Number.isFinite(iv.low) ? of : null, undefinedReplicates: iv.undefinedReplicates || undefined };
}

;// CONCATENATED MODULE: ./src/stats/metrics/accuracy.ts
/**
 * Accuracy: the share of rows whose predicted class equals the true class,
 * trace(C) / ΣC. NaN for an empty matrix.
 *
 * Reference: `sklearn.metrics.accuracy_score`.
 */
function accuracy(cm) {
    const { k, counts } = cm;
    let correct = 0;
    let total = 0;
    for (let i = 0; i < counts.length; i++)
        total += counts[i];
    for (let c = 0; c < k; c++)
        correct += counts[c * k + c];
    return total === 0 ? Number.NaN : correct / total;
}

;// CONCATENATED MODULE: ./src/stats/metrics/confusion-matrix.ts
function confusionMatrix(truth, pred, k) {
    if (truth.length !== pred.length)
        throw new RangeError(`confusionMatrix: ${truth.length} labels but ${pred.length} predictions`);
    const counts = new Float64Array(k * k);
    for (let i = 0; i < truth.length; i++) {
        const t = truth[i];
        const p = pred[i];
        if (!(t >= 0 && t < k && p >= 0 && p < k))
            throw new RangeError(`confusionMatrix: row ${i} has class ${t}/${p} outside 0..${k - 1}`);
        counts[t * k + p]++;
    }
    return { k, counts };
}
/** Row sums (true-class supports), column sums (predicted-class counts), diagonal and total. */
function margins(cm) {
    const { k, counts } = cm;
    const support = new Float64Array(k);
    const predicted = new Float64Array(k);
    const correct = new Float64Array(k);
    let total = 0;
    for (let t = 0; t < k; t++) {
        for (let p = 0; p < k; p++) {
            const c = counts[t * k + p];
            support[t] += c;
            predicted[p] += c;
            total += c;
        }
        correct[t] = counts[t * k + t];
    }
    return { support, predicted, correct, total };
}
/**
 * Combine per-class scores. A class with a zero denominator scores 0, as
 * scikit-learn's default `zero_division="warn"` does.
 */
function averageScores(perClass, cm, average) {
    const { support, predicted, total } = margins(cm);
    if (average === 'binary') {
        if (cm.k !== 2)
            throw new RangeError(`average=binary needs 2 classes, got ${cm.k}`);
        return perClass[1];
    }
    if (average === 'macro') {
        let sum = 0;
        let m = 0;
        for (let c = 0; c < cm.k; c++) {
            if (support[c] + predicted[c] === 0)
                continue;
            sum += perClass[c];
            m++;
        }
        return m === 0 ? Number.NaN : sum / m;
    }
    if (total === 0)
        return Number.NaN;
    let sum = 0;
    for (let c = 0; c < cm.k; c++)
        sum += (perClass[c] * support[c]) / total;
    return sum;
}

;// CONCATENATED MODULE: ./src/stats/metrics/balanced-accuracy.ts

/**
 * Balanced accuracy: the mean of the per-class recalls C[c,c] / Σ_p C[c,p]
 * over the classes that occur in the truth (a class with no true rows is
 * left out, as scikit-learn does after its warning). For a binary task it is
 * (sensitivity + specificity) / 2.
 *
 * References: `sklearn.metrics.balanced_accuracy_score` (adjusted=False);
 * K. H. Brodersen et al., "The balanced accuracy and its posterior
 * distribution", ICPR 2010.
 */
function balancedAccuracy(cm) {
    const { support, correct } = margins(cm);
    let sum = 0;
    let m = 0;
    for (let c = 0; c < cm.k; c++) {
        if (support[c] === 0)
            continue;
        sum += correct[c] / support[c];
        m++;
    }
    return m === 0 ? Number.NaN : sum / m;
}

;// CONCATENATED MODULE: ./src/stats/metrics/precision.ts

/**
 * Precision (positive predictive value): per class c, C[c,c] / Σ_t C[t,c],
 * the share of rows predicted c that truly are c; 0 when nothing is
 * predicted c (scikit-learn's zero_division default). Combined by `average`.
 *
 * Reference: `sklearn.metrics.precision_score`.
 */
function precision(cm, average = 'binary') {
    const { predicted, correct } = margins(cm);
    const per = new Float64Array(cm.k);
    for (let c = 0; c < cm.k; c++)
        per[c] = predicted[c] === 0 ? 0 : correct[c] / predicted[c];
    return averageScores(per, cm, average);
}

;// CONCATENATED MODULE: ./src/stats/metrics/recall.ts

/**
 * Recall (sensitivity, true-positive rate): per class c, C[c,c] / Σ_p C[c,p],
 * the share of rows of class c predicted c; 0 when the class has no true
 * rows (scikit-learn's zero_division default). Combined by `average`.
 *
 * Reference: `sklearn.metrics.recall_score`.
 */
function recall(cm, average = 'binary') {
    const { support, correct } = margins(cm);
    const per = new Float64Array(cm.k);
    for (let c = 0; c < cm.k; c++)
        per[c] = support[c] === 0 ? 0 : correct[c] / support[c];
    return averageScores(per, cm, average);
}

;// CONCATENATED MODULE: ./src/stats/metrics/specificity.ts
/**
 * Specificity (true-negative rate) of a binary task: tn / (tn + fp), the
 * share of negative rows predicted negative; 0 when there are no negatives.
 * It equals scikit-learn's recall with pos_label=0.
 *
 * Reference: `sklearn.metrics.recall_score(..., pos_label=0)`.
 */
function specificity(cm) {
    if (cm.k !== 2)
        throw new RangeError(`specificity needs 2 classes, got ${cm.k}`);
    const tn = cm.counts[0];
    const fp = cm.counts[1];
    return tn + fp === 0 ? 0 : tn / (tn + fp);
}

;// CONCATENATED MODULE: ./src/stats/metrics/f1.ts

/**
 * F1 score, the harmonic mean of precision and recall: per class c,
 * 2·tp / (2·tp + fp + fn) with tp = C[c,c], fp = predicted − tp, fn =
 * support − tp; 0 when the class neither occurs nor is predicted. Combined
 * by `average` (macro F1 is the mean of per-class F1s, not the F1 of the
 * mean precision and recall).
 *
 * Reference: `sklearn.metrics.f1_score`.
 */
function f1(cm, average = 'binary') {
    const { support, predicted, correct } = margins(cm);
    const per = new Float64Array(cm.k);
    for (let c = 0; c < cm.k; c++) {
        const denom = support[c] + predicted[c];
        per[c] = denom === 0 ? 0 : (2 * correct[c]) / denom;
    }
    return averageScores(per, cm, average);
}

;// CONCATENATED MODULE: ./src/stats/metrics/mcc.ts

/**
 * Matthews correlation coefficient (the multiclass R_K statistic of
 * Gorodkin, which is the phi coefficient for two classes):
 *   MCC = (c·s − Σ_k p_k t_k) / sqrt((s² − Σ_k p_k²)(s² − Σ_k t_k²))
 * with c the number of correct rows, s the total, t_k the true and p_k the
 * predicted count of class k. 0 when a factor of the denominator is 0 (all
 * rows in one true or one predicted class), as scikit-learn returns.
 *
 * References: `sklearn.metrics.matthews_corrcoef`; J. Gorodkin, "Comparing
 * two K-category assignments by a K-category correlation coefficient",
 * Computational Biology and Chemistry 28 (2004) 367–374.
 */
function mcc(cm) {
    const { support, predicted, correct, total } = margins(cm);
    let c = 0;
    let pt = 0;
    let pp = 0;
    let tt = 0;
    for (let i = 0; i < cm.k; i++) {
        c += correct[i];
        pt += predicted[i] * support[i];
        pp += predicted[i] * predicted[i];
        tt += support[i] * support[i];
    }
    const covYtYp = c * total - pt;
    const covYpYp = total * total - pp;
    const covYtYt = total * total - tt;
    if (covYpYp * covYtYt === 0)
        return 0;
    return covYtYp / Math.sqrt(covYtYt * covYpYp);
}

;// CONCATENATED MODULE: ./src/stats/metrics/roc-auc.ts

/**
 * Area under the ROC curve of a binary task: the probability that a random
 * positive row is scored above a random negative one, ties counting ½
 * (the Mann–Whitney U statistic divided by m·n, which equals the trapezoidal
 * area under the empirical ROC curve with ties as diagonal segments).
 * Labels are 1 (positive) or 0. NaN when only one class is present (where
 * scikit-learn raises "Only one class present in y_true").
 *
 * References: `sklearn.metrics.roc_auc_score`; J. A. Hanley, B. J. McNeil,
 * "The meaning and use of the area under a ROC curve", Radiology 143 (1982).
 */
function rocAuc(labels, scores, order = scoreOrder(scores)) {
    const n = scores.length;
    let positives = 0;
    for (let i = 0; i < n; i++)
        if (labels[i] === 1)
            positives++;
    const negatives = n - positives;
    if (positives === 0 || negatives === 0)
        return Number.NaN;
    let negBelow = 0;
    let u = 0;
    let start = 0;
    while (start < n) {
        const s = scores[order[start]];
        let end = start;
        let pos = 0;
        let neg = 0;
        while (end < n && scores[order[end]] === s) {
            if (labels[order[end]] === 1)
                pos++;
            else
                neg++;
            end++;
        }
        u += pos * (negBelow + 0.5 * neg);
        negBelow += neg;
        start = end;
    }
    return u / positives / negatives;
}

;// CONCATENATED MODULE: ./src/stats/metrics/roc-auc-ovr.ts

/**
 * One-vs-rest ROC AUC of a multiclass task: for each class c, the ROC AUC
 * of "class c vs the rest" scored by the probability column of c; averaged
 * with equal weights (`macro`) or by class support (`weighted`). NaN when a
 * class has no rows or all rows are of one class (scikit-learn raises).
 *
 * References: `sklearn.metrics.roc_auc_score(multi_class="ovr")`;
 * F. Provost, P. Domingos, "Well-trained PETs: improving probability
 * estimation trees" (2000) for the support-weighted average.
 */
function rocAucOvr(labels, proba, average = 'macro') {
    const k = proba.length;
    const n = labels.length;
    const support = new Float64Array(k);
    for (let i = 0; i < n; i++)
        support[labels[i]]++;
    const binary = new Uint8Array(n);
    let sum = 0;
    for (let c = 0; c < k; c++) {
        for (let i = 0; i < n; i++)
            binary[i] = labels[i] === c ? 1 : 0;
        const auc = rocAuc(binary, proba[c]);
        if (Number.isNaN(auc))
            return Number.NaN;
        sum += average === 'macro' ? auc / k : (auc * support[c]) / n;
    }
    return sum;
}

;// CONCATENATED MODULE: ./src/stats/metrics/average-precision.ts

/**
 * Average precision (the area under the precision–recall curve as
 * scikit-learn defines it): AP = Σ_n (R_n − R_{n−1}) · P_n over the distinct
 * score thresholds taken from the highest down, P_n and R_n being the
 * precision and recall of predicting positive at scores ≥ the n-th
 * threshold. It is a step sum, not a trapezoidal interpolation. Tied scores
 * form one threshold. NaN when there are no positives (recall undefined).
 *
 * Reference: `sklearn.metrics.average_precision_score`; M. Zhu, "Recall,
 * precision and average precision" (2004).
 */
function averagePrecision(labels, scores, order = scoreOrder(scores)) {
    const n = scores.length;
    let positives = 0;
    for (let i = 0; i < n; i++)
        if (labels[i] === 1)
            positives++;
    if (positives === 0)
        return Number.NaN;
    let tp = 0;
    let fp = 0;
    let ap = 0;
    let prevRecall = 0;
    let end = n;
    while (end > 0) {
        const s = scores[order[end - 1]];
        let start = end;
        while (start > 0 && scores[order[start - 1]] === s) {
            start--;
            if (labels[order[start]] === 1)
                tp++;
            else
                fp++;
        }
        const rec = tp / positives;
        ap += (rec - prevRecall) * (tp / (tp + fp));
        prevRecall = rec;
        end = start;
    }
    return ap;
}

;// CONCATENATED MODULE: ./src/stats/metrics/log-loss.ts
/**
 * Binary log loss (cross-entropy): −(1/n) Σ [y log p + (1 − y) log(1 − p)]
 * with p the predicted probability of the positive class, clipped to
 * [ε, 1 − ε] with ε = 2⁻⁵² (float64 machine epsilon, scikit-learn's
 * eps="auto") so that a confident wrong prediction costs about 36, not ∞.
 * NaN for no rows.
 *
 * Reference: `sklearn.metrics.log_loss` (scikit-learn 1.2, eps="auto").
 */
function logLoss(labels, probability) {
    const n = labels.length;
    if (n === 0)
        return Number.NaN;
    const eps = Number.EPSILON;
    let sum = 0;
    for (let i = 0; i < n; i++) {
        const p = Math.min(1 - eps, Math.max(eps, probability[i]));
        sum -= labels[i] === 1 ? Math.log(p) : Math.log1p(-p);
    }
    return sum / n;
}

;// CONCATENATED MODULE: ./src/stats/metrics/log-loss-multiclass.ts
/**
 * Multiclass log loss: −(1/n) Σ_i log p_{i, y_i}, where each row's class
 * probabilities are clipped to [ε, 1 − ε] (ε = 2⁻⁵²) and then renormalised
 * to sum to 1, as scikit-learn does. `proba[c][i]` is row i's probability
 * of class c. NaN for no rows.
 *
 * Reference: `sklearn.metrics.log_loss` (scikit-learn 1.2, eps="auto").
 */
function logLossMulticlass(labels, proba) {
    const n = labels.length;
    const k = proba.length;
    if (n === 0)
        return Number.NaN;
    const eps = Number.EPSILON;
    const clip = (v) => Math.min(1 - eps, Math.max(eps, v));
    let sum = 0;
    for (let i = 0; i < n; i++) {
        let rowSum = 0;
        for (let c = 0; c < k; c++)
            rowSum += clip(proba[c][i]);
        sum -= Math.log(clip(proba[labels[i]][i]) / rowSum);
    }
    return sum / n;
}

;// CONCATENATED MODULE: ./src/stats/metrics/brier.ts
/**
 * Brier score of a binary task: (1/n) Σ (p_i − y_i)², the mean squared
 * error of the predicted probability of the positive class. NaN for no rows.
 *
 * References: `sklearn.metrics.brier_score_loss`; G. W. Brier, "Verification
 * of forecasts expressed in terms of probability", Monthly Weather Review
 * 78 (1950) 1–3.
 */
function brier(labels, probability) {
    const n = labels.length;
    if (n === 0)
        return Number.NaN;
    let sum = 0;
    for (let i = 0; i < n; i++) {
        const d = probability[i] - labels[i];
        sum += d * d;
    }
    return sum / n;
}

;// CONCATENATED MODULE: ./src/stats/metrics/mae.ts
/**
 * Mean absolute error: (1/n) Σ |y_i − ŷ_i|. NaN for no rows.
 *
 * Reference: `sklearn.metrics.mean_absolute_error`.
 */
function mae(actual, predicted) {
    const n = actual.length;
    if (n === 0)
        return Number.NaN;
    let sum = 0;
    for (let i = 0; i < n; i++)
        sum += Math.abs(actual[i] - predicted[i]);
    return sum / n;
}

;// CONCATENATED MODULE: ./src/stats/metrics/mse.ts
/**
 * Mean squared error: (1/n) Σ (y_i − ŷ_i)². NaN for no rows.
 *
 * Reference: `sklearn.metrics.mean_squared_error`.
 */
function mse(actual, predicted) {
    const n = actual.length;
    if (n === 0)
        return Number.NaN;
    let sum = 0;
    for (let i = 0; i < n; i++) {
        const d = actual[i] - predicted[i];
        sum += d * d;
    }
    return sum / n;
}

;// CONCATENATED MODULE: ./src/stats/metrics/rmse.ts

/**
 * Root mean squared error: sqrt((1/n) Σ (y_i − ŷ_i)²), in the target's unit.
 *
 * Reference: `sklearn.metrics.mean_squared_error(squared=False)`.
 */
function rmse(actual, predicted) {
    return Math.sqrt(mse(actual, predicted));
}

;// CONCATENATED MODULE: ./src/stats/metrics/r2.ts
/**
 * Coefficient of determination: R² = 1 − Σ (y_i − ŷ_i)² / Σ (y_i − ȳ)².
 * When the actual values are all equal the ratio is undefined; like
 * scikit-learn (force_finite=True) the result is then 1 for a perfect
 * prediction and 0 otherwise. NaN for fewer than two rows (scikit-learn
 * warns and returns NaN).
 *
 * Reference: `sklearn.metrics.r2_score`.
 */
function r2(actual, predicted) {
    const n = actual.length;
    if (n < 2)
        return Number.NaN;
    let mean = 0;
    for (let i = 0; i < n; i++)
        mean += actual[i];
    mean /= n;
    let ssRes = 0;
    let ssTot = 0;
    for (let i = 0; i < n; i++) {
        const r = actual[i] - predicted[i];
        const t = actual[i] - mean;
        ssRes += r * r;
        ssTot += t * t;
    }
    if (ssTot === 0)
        return ssRes === 0 ? 1 : 0;
    return 1 - ssRes / ssTot;
}

;// CONCATENATED MODULE: ./src/stats/metrics/mape.ts
/**
 * Mean absolute percentage error, as a fraction (0.05 = 5%):
 * (1/n) Σ |y_i − ŷ_i| / max(|y_i|, ε) with ε = 2⁻⁵², so a zero actual value
 * gives a huge but finite term instead of a division by zero. NaN for no
 * rows.
 *
 * Reference: `sklearn.metrics.mean_absolute_percentage_error`.
 */
function mape(actual, predicted) {
    const n = actual.length;
    if (n === 0)
        return Number.NaN;
    let sum = 0;
    for (let i = 0; i < n; i++)
        sum += Math.abs(actual[i] - predicted[i]) / Math.max(Math.abs(actual[i]), Number.EPSILON);
    return sum / n;
}

;// CONCATENATED MODULE: ./src/stats/metrics/median-ae.ts
/**
 * Median absolute error: the median of |y_i − ŷ_i| (the mean of the two
 * middle values for an even count), robust to outliers. NaN for no rows.
 *
 * Reference: `sklearn.metrics.median_absolute_error` (numpy.median).
 */
function medianAe(actual, predicted) {
    const n = actual.length;
    if (n === 0)
        return Number.NaN;
    const err = new Float64Array(n);
    for (let i = 0; i < n; i++)
        err[i] = Math.abs(actual[i] - predicted[i]);
    err.sort();
    const mid = n >> 1;
    return n % 2 === 1 ? err[mid] : (err[mid - 1] + err[mid]) / 2;
}

;// CONCATENATED MODULE: ./src/gates/performance-gate/metric-catalog.ts



















function gather(a, rows) {
    if (!rows)
        return a;
    const out = new a.constructor(rows.length);
    for (let i = 0; i < rows.length; i++)
        out[i] = a[rows[i]];
    return out;
}
function matrixOf(p, rows) {
    const k = p.classes.length;
    const counts = new Float64Array(k * k);
    const y = p.label;
    const pred = p.predicted;
    if (rows)
        for (let i = 0; i < rows.length; i++)
            counts[y[rows[i]] * k + pred[rows[i]]]++;
    else
        for (let i = 0; i < y.length; i++)
            counts[y[i] * k + pred[i]]++;
    return { k, counts };
}
function cells(name, task, fromMatrix, reference) {
    return {
        name,
        task,
        higherIsBetter: true,
        needs: 'prediction',
        resampling: 'cells',
        fromMatrix,
        compute: (p, rows) => fromMatrix(matrixOf(p, rows)),
        reference,
    };
}
function scored(name, task, higherIsBetter, resampling, f, reference) {
    return {
        name,
        task,
        higherIsBetter,
        needs: 'score',
        resampling,
        compute: (p, rows) => f(gather(p.label, rows), p.scores.map((s) => gather(s, rows))),
        reference,
    };
}
function regression(name, higherIsBetter, f, reference, term, fromMean) {
    return {
        name,
        task: 'regression',
        higherIsBetter,
        needs: 'prediction',
        resampling: 'rows',
        compute: (p, rows) => f(gather(p.actual, rows), gather(p.estimate, rows)),
        perRow: term
            ? (p) => {
                const y = p.actual;
                const e = p.estimate;
                const out = new Float64Array(y.length);
                for (let i = 0; i < y.length; i++)
                    out[i] = term(y[i], e[i]);
                return out;
            }
            : undefined,
        fromMean,
        reference,
    };
}
// Per-row terms of the mean-decomposable metrics, exactly as the definitions
// in src/stats/metrics/ sum them (a test checks mean(terms) = metric).
const EPS = Number.EPSILON;
const clip = (v) => Math.min(1 - EPS, Math.max(EPS, v));
function binaryTerms(term) {
    return (p) => {
        const y = p.label;
        const s = p.scores[0];
        const out = new Float64Array(y.length);
        for (let i = 0; i < y.length; i++)
            out[i] = term(y[i], s[i]);
        return out;
    };
}
function multiclassLogLossTerms(p) {
    const y = p.label;
    const s = p.scores;
    const out = new Float64Array(y.length);
    for (let i = 0; i < y.length; i++) {
        let rowSum = 0;
        for (let c = 0; c < s.length; c++)
            rowSum += clip(s[c][i]);
        out[i] = -Math.log(clip(s[y[i]][i]) / rowSum);
    }
    return out;
}
function withTerms(def, perRow, fromMean) {
    return { ...def, perRow, fromMean };
}
const SK = 'sklearn.metrics.';
const METRICS = [
    cells('accuracy', 'binary', accuracy, `${SK}accuracy_score`),
    cells('balanced_accuracy', 'binary', balancedAccuracy, `${SK}balanced_accuracy_score`),
    cells('precision', 'binary', (cm) => precision(cm, 'binary'), `${SK}precision_score`),
    cells('recall', 'binary', (cm) => recall(cm, 'binary'), `${SK}recall_score`),
    cells('specificity', 'binary', specificity, `${SK}recall_score(pos_label=negative)`),
    cells('f1', 'binary', (cm) => f1(cm, 'binary'), `${SK}f1_score`),
    cells('mcc', 'binary', mcc, `${SK}matthews_corrcoef`),
    scored('roc_auc', 'binary', true, 'auc', (y, s) => rocAuc(y, s[0]), `${SK}roc_auc_score`),
    scored('pr_auc', 'binary', true, 'rows', (y, s) => averagePrecision(y, s[0]), `${SK}average_precision_score`),
    withTerms(scored('log_loss', 'binary', false, 'rows', (y, s) => logLoss(y, s[0]), `${SK}log_loss`), binaryTerms((y, p) => (y === 1 ? -Math.log(clip(p)) : -Math.log1p(-clip(p))))),
    withTerms(scored('brier', 'binary', false, 'rows', (y, s) => brier(y, s[0]), `${SK}brier_score_loss`), binaryTerms((y, p) => (p - y) * (p - y))),
    cells('accuracy', 'multiclass', accuracy, `${SK}accuracy_score`),
    cells('balanced_accuracy', 'multiclass', balancedAccuracy, `${SK}balanced_accuracy_score`),
    cells('precision_macro', 'multiclass', (cm) => precision(cm, 'macro'), `${SK}precision_score(average="macro")`),
    cells('precision_weighted', 'multiclass', (cm) => precision(cm, 'weighted'), `${SK}precision_score(average="weighted")`),
    cells('recall_macro', 'multiclass', (cm) => recall(cm, 'macro'), `${SK}recall_score(average="macro")`),
    cells('recall_weighted', 'multiclass', (cm) => recall(cm, 'weighted'), `${SK}recall_score(average="weighted")`),
    cells('f1_macro', 'multiclass', (cm) => f1(cm, 'macro'), `${SK}f1_score(average="macro")`),
    cells('f1_weighted', 'multiclass', (cm) => f1(cm, 'weighted'), `${SK}f1_score(average="weighted")`),
    cells('mcc', 'multiclass', mcc, `${SK}matthews_corrcoef`),
    withTerms(scored('log_loss', 'multiclass', false, 'rows', (y, s) => logLossMulticlass(y, s), `${SK}log_loss`), multiclassLogLossTerms),
    scored('roc_auc', 'multiclass', true, 'rows', (y, s) => rocAucOvr(y, s, 'macro'), `${SK}roc_auc_score(multi_class="ovr")`),
    scored('roc_auc_weighted', 'multiclass', true, 'rows', (y, s) => rocAucOvr(y, s, 'weighted'), `${SK}roc_auc_score(multi_class="ovr", average="weighted")`),
    regression('mae', false, mae, `${SK}mean_absolute_error`, (y, e) => Math.abs(y - e)),
    regression('mse', false, mse, `${SK}mean_squared_error`, (y, e) => (y - e) * (y - e)),
    regression('rmse', false, rmse, `${SK}mean_squared_error(squared=False)`, (y, e) => (y - e) * (y - e), Math.sqrt),
    regression('r2', true, r2, `${SK}r2_score`),
    regression('mape', false, mape, `${SK}mean_absolute_percentage_error`, (y, e) => Math.abs(y - e) / Math.max(Math.abs(y), EPS)),
    regression('median_ae', false, medianAe, `${SK}median_absolute_error`),
];
/** Multiclass accepts the binary names for the macro averages. */
const MULTICLASS_ALIASES = { precision: 'precision_macro', recall: 'recall_macro', f1: 'f1_macro' };
function findMetric(name, task) {
    const n = task === 'multiclass' ? (MULTICLASS_ALIASES[name] ?? name) : name;
    return METRICS.find((m) => m.name === n && m.task === task);
}
function metricNames(task) {
    return METRICS.filter((m) => m.task === task).map((m) => m.name);
}
/** The metrics computed when `metrics` is not set. */
function defaultMetrics(task, hasScores) {
    if (task === 'binary')
        return ['accuracy', 'precision', 'recall', 'f1', ...(hasScores ? ['roc_auc', 'log_loss'] : [])];
    if (task === 'multiclass')
        return ['accuracy', 'balanced_accuracy', 'f1_macro', ...(hasScores ? ['log_loss', 'roc_auc'] : [])];
    return ['mae', 'rmse', 'r2'];
}

;// CONCATENATED MODULE: ./src/gates/performance-gate/decimal.ts
function toDecimal(x) {
    const s = typeof x === 'number' ? String(x) : x.trim();
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
    if (!m || (m[2] === '' && (m[3] ?? '') === ''))
        throw new RangeError(`not a finite decimal number: "${s}"`);
    const digits = (m[2] || '') + (m[3] || '');
    const exponent = (m[4] ? Number(m[4]) : 0) - (m[3] ? m[3].length : 0);
    const mantissa = BigInt(digits || '0') * (m[1] === '-' ? -1n : 1n);
    return { mantissa, exponent };
}
function align(a, b) {
    const e = Math.min(a.exponent, b.exponent);
    return [a.mantissa * 10n ** BigInt(a.exponent - e), b.mantissa * 10n ** BigInt(b.exponent - e), e];
}
function addDecimal(a, b) {
    const [x, y, e] = align(a, b);
    return { mantissa: x + y, exponent: e };
}
function subDecimal(a, b) {
    return addDecimal(a, { mantissa: -b.mantissa, exponent: b.exponent });
}
function mulDecimal(a, b) {
    return { mantissa: a.mantissa * b.mantissa, exponent: a.exponent + b.exponent };
}
function absDecimal(a) {
    return { mantissa: a.mantissa < 0n ? -a.mantissa : a.mantissa, exponent: a.exponent };
}
/** −1, 0 or 1 as a <, =, > b. */
function compareDecimal(a, b) {
    const [x, y] = align(a, b);
    return x < y ? -1 : x > y ? 1 : 0;
}
function decimalToNumber(a) {
    return Number(`${a.mantissa}e${a.exponent}`);
}

;// CONCATENATED MODULE: ./src/gates/performance-gate/rules.ts
/**
 * Threshold and margin rules as users write them, parsed into exact
 * decimals, and their evaluation.
 *
 * Thresholds (per metric) take three forms:
 *  - an operator and a number: ">= 0.85", "> 0.8", "<= 3.2", "< 3";
 *  - a bare number: ">=" for a metric where higher is better, "<=" otherwise;
 *  - MLflow's MetricThreshold: { threshold, min_absolute_change,
 *    min_relative_change, greater_is_better } (higher_is_better, its older
 *    name, is accepted instead, not beside it). `threshold` is inclusive as
 *    in MLflow; the changes need a baseline and require candidate ≥
 *    baseline + change (higher is better) or candidate ≤ baseline − change,
 *    where a relative change is taken of |baseline|. min_relative_change
 *    must be a number from 0 to 1, as MLflow requires; with a baseline of 0
 *    the candidate must be better by 1e-10, MLflow's documented fallback
 *    (MetricThreshold, mlflow/models/evaluation/validation.py). Unlike
 *    MLflow, the boundary is computed in exact decimals
 *    (0.8 + 0.05 = 0.85) and a negative baseline moves the boundary in the
 *    better direction (MLflow's baseline × (1 + change) moves it the wrong
 *    way when the baseline is negative).
 *
 * Margins (`max-drop`, the non-inferiority margin against the baseline): an
 * absolute number ("0.02") or a percentage of |baseline| ("2%").
 */


/** MLflow's fallback step for min_relative_change when the baseline is 0. */
const ZERO_BASELINE_STEP = { mantissa: 1n, exponent: -10 };
function decimalOf(value, field) {
    if (typeof value === 'number' && Number.isFinite(value))
        return toDecimal(value);
    if (typeof value === 'string') {
        try {
            return toDecimal(value);
        }
        catch {
            /* fall through */
        }
    }
    throw new errors/* UserError */.yo(`expected a number, got ${JSON.stringify(value)}`, { field });
}
function parseThreshold(metric, raw) {
    const field = `thresholds.${metric}`;
    if (typeof raw === 'number')
        return { text: String(raw), value: decimalOf(raw, field) };
    if (typeof raw === 'string') {
        const m = /^\s*(>=|<=|>|<|≥|≤)?\s*([^\s]+)\s*$/.exec(raw);
        if (!m)
            throw new errors/* UserError */.yo(`expected e.g. ">= 0.85", got "${raw}"`, { field });
        const op = { '≥': '>=', '≤': '<=' }[m[1]] ?? m[1];
        return { text: raw.trim(), op, value: decimalOf(m[2], field) };
    }
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
        const o = raw;
        const known = ['threshold', 'min_absolute_change', 'min_relative_change', 'greater_is_better', 'higher_is_better'];
        const unknown = Object.keys(o).filter((k) => !known.includes(k));
        if (unknown.length)
            throw new errors/* UserError */.yo(`unknown key "${unknown[0]}" (MetricThreshold takes ${known.join(', ')})`, { field });
        if (o.greater_is_better !== undefined && o.higher_is_better !== undefined) {
            throw new errors/* UserError */.yo('give greater_is_better or higher_is_better (its older name), not both', { field });
        }
        const gib = o.greater_is_better ?? o.higher_is_better;
        if (gib !== undefined && typeof gib !== 'boolean')
            throw new errors/* UserError */.yo('greater_is_better must be true or false', { field });
        const rule = { text: '', higherIsBetter: gib };
        if (o.threshold !== undefined && o.threshold !== null)
            rule.value = decimalOf(o.threshold, `${field}.threshold`);
        if (o.min_absolute_change !== undefined && o.min_absolute_change !== null) {
            rule.minAbsoluteChange = decimalOf(o.min_absolute_change, `${field}.min_absolute_change`);
            if (rule.minAbsoluteChange.mantissa < 0n)
                throw new errors/* UserError */.yo('must not be negative', { field: `${field}.min_absolute_change` });
        }
        if (o.min_relative_change !== undefined && o.min_relative_change !== null) {
            // MLflow's MetricThreshold: "a floating point number between 0 and 1"; it refuses anything else.
            const rc = o.min_relative_change;
            if (typeof rc !== 'number' || !(rc >= 0 && rc <= 1)) {
                throw new errors/* UserError */.yo(`must be a number from 0 to 1 (a share of the baseline: 0.05 for 5%), got ${JSON.stringify(rc)}`, { field: `${field}.min_relative_change` });
            }
            rule.minRelativeChange = decimalOf(rc, `${field}.min_relative_change`);
        }
        if (!rule.value && !rule.minAbsoluteChange && !rule.minRelativeChange)
            throw new errors/* UserError */.yo('a MetricThreshold needs threshold, min_absolute_change or min_relative_change', { field });
        const parts = [];
        if (rule.value)
            parts.push(`threshold ${o.threshold}`);
        if (rule.minAbsoluteChange)
            parts.push(`min_absolute_change ${o.min_absolute_change}`);
        if (rule.minRelativeChange)
            parts.push(`min_relative_change ${o.min_relative_change}`);
        rule.text = parts.join(', ');
        return rule;
    }
    throw new errors/* UserError */.yo(`expected ">= number", a number or a MetricThreshold map, got ${JSON.stringify(raw)}`, { field });
}
function parseMargin(metric, raw) {
    const field = `max-drop.${metric}`;
    if (typeof raw === 'string' && raw.trim().endsWith('%')) {
        const amount = mulDecimal(decimalOf(raw.trim().slice(0, -1), field), { mantissa: 1n, exponent: -2 });
        if (amount.mantissa < 0n)
            throw new errors/* UserError */.yo('must not be negative', { field });
        return { text: raw.trim(), amount, relative: true };
    }
    const amount = decimalOf(raw, field);
    if (amount.mantissa < 0n)
        throw new errors/* UserError */.yo('must not be negative', { field });
    return { text: String(raw).trim(), amount, relative: false };
}
/** The margin in the metric's unit for this baseline (a relative margin is a share of |baseline|). */
function marginAmount(margin, baseline) {
    return margin.relative ? mulDecimal(margin.amount, absDecimal(toDecimal(baseline))) : margin.amount;
}
function holds(value, op, bound) {
    const c = compareDecimal(value, bound);
    return op === '>=' ? c >= 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c < 0;
}
/**
 * Apply a threshold rule to a metric value (exact decimal comparison of the
 * value as it prints). `baseline` is needed for MLflow's change rules.
 */
function applyThreshold(rule, value, higherIsBetterDefault, baseline) {
    const hib = rule.higherIsBetter ?? higherIsBetterDefault;
    const v = toDecimal(value);
    const bounds = [];
    let pass = true;
    if (rule.value) {
        const op = rule.op ?? (hib ? '>=' : '<=');
        bounds.push(`${op} ${decimalToNumber(rule.value)}`);
        if (!holds(v, op, rule.value))
            pass = false;
    }
    for (const [change, relative] of [
        [rule.minAbsoluteChange, false],
        [rule.minRelativeChange, true],
    ]) {
        if (!change)
            continue;
        if (baseline === undefined || !Number.isFinite(baseline)) {
            return { pass: false, boundary: bounds.join(' and '), missing: `${relative ? 'min_relative_change' : 'min_absolute_change'} needs a baseline value` };
        }
        const b = toDecimal(baseline);
        // A relative change of a zero baseline is zero whatever the share; MLflow then asks
        // for a strictly better value, by at least 1e-10 (its documented fallback).
        const step = relative ? (baseline === 0 ? ZERO_BASELINE_STEP : mulDecimal(change, absDecimal(b))) : change;
        const bound = hib ? addDecimal(b, step) : subDecimal(b, step);
        const op = hib ? '>=' : '<=';
        bounds.push(`${op} ${decimalToNumber(bound)}`);
        if (!holds(v, op, bound))
            pass = false;
    }
    return { pass, boundary: bounds.join(' and ') };
}

;// CONCATENATED MODULE: ./src/gates/performance-gate/evaluate-metrics.ts







function resolveMetrics(names, candidate) {
    const defs = [];
    for (const name of names) {
        const def = findMetric(name, candidate.task);
        if (!def) {
            throw new errors/* UserError */.yo(`unknown metric "${name}" for a ${candidate.task} task; known: ${metricNames(candidate.task).join(', ')}`, { field: 'metrics' });
        }
        if (def.needs === 'score' && !candidate.scores) {
            throw new errors/* UserError */.yo(`${name} needs predicted scores: set score-column${candidate.task === 'multiclass' ? ' or score-prefix' : ''}`, { field: 'metrics' });
        }
        if (!defs.includes(def))
            defs.push(def);
    }
    return defs;
}
const fmt = (x) => String(Number(x.toPrecision(4)));
function evaluateMetrics(defs, candidate, baseline, o) {
    const rows = [];
    const checks = [];
    for (const def of defs) {
        const name = def.name;
        const cmp = compareMetric(def, candidate, baseline?.predictions, o);
        let baseValue = cmp.baseline;
        let delta = cmp.delta;
        if (!baseline?.predictions && baseline?.values) {
            const v = lookupMetric(baseline.values, name, baseline.file);
            baseValue = v ?? null;
            delta = v === undefined || !Number.isFinite(cmp.value) ? null : cmp.value - v;
        }
        const rule = o.thresholds[name];
        const margin = o.maxDrop[name] ?? o.maxDrop['*'];
        const metricChecks = [];
        if (!Number.isFinite(cmp.value)) {
            metricChecks.push({
                id: `metric.${name}.computable`,
                subject: name,
                name: `${name} computable`,
                value: null,
                threshold: null,
                verdict: 'fail',
                severity: 'error',
                message: `${name} cannot be computed on ${candidate.source}: ${whyUndefined(def, candidate)}`,
            });
        }
        else {
            if (rule)
                metricChecks.push(thresholdCheck(name, def, rule, cmp.value, baseValue));
            if (baseline)
                metricChecks.push(baselineCheck(name, def, cmp, baseValue, delta, margin, o, baseline));
        }
        const verdict = metricChecks.length ? (0,core_verdict/* worstVerdict */.zP)(metricChecks.map((c) => c.verdict)) : 'pass';
        rows.push({
            name,
            value: Number.isFinite(cmp.value) ? cmp.value : null,
            baseline: baseValue,
            delta,
            ciLow: cmp.ciLow,
            ciHigh: cmp.ciHigh,
            ciOf: cmp.ciOf,
            confidence: o.confidence,
            pValue: cmp.pValue,
            test: cmp.test,
            threshold: rule ? rule.text : null,
            maxDrop: baseline ? (margin?.text ?? '0') : null,
            higherIsBetter: def.higherIsBetter,
            verdict,
        });
        checks.push(...metricChecks);
    }
    return { rows, checks };
}
function whyUndefined(def, p) {
    if (p.rows === 0)
        return 'there are no rows';
    if (p.task !== 'regression') {
        const present = new Set(p.label);
        if (present.size < 2)
            return `only one class (${p.classes[p.label[0]]}) occurs in the labels`;
        if (p.task === 'multiclass' && present.size < p.classes.length)
            return 'a class has no rows';
    }
    if (def.task === 'regression' && p.rows < 2)
        return 'it needs at least two rows';
    return 'the value is undefined';
}
function thresholdCheck(name, def, rule, value, baseline) {
    const out = applyThreshold(rule, value, def.higherIsBetter, baseline ?? undefined);
    if (out.missing) {
        return { id: `metric.${name}.threshold`, subject: name, name: `${name} threshold`, value, threshold: rule.text, verdict: 'fail', severity: 'error', message: `${name}: ${out.missing} (set baseline-predictions or baseline-metrics)` };
    }
    return {
        id: `metric.${name}.threshold`,
        subject: name,
        name: `${name} threshold`,
        value,
        threshold: rule.text,
        verdict: out.pass ? 'pass' : 'fail',
        severity: 'error',
        message: `${name} = ${fmt(value)} ${out.pass ? 'meets' : 'misses'} ${out.boundary}`,
    };
}
function baselineCheck(name, def, cmp, baseValue, delta, margin, o, baseline) {
    const id = `metric.${name}.baseline`;
    const marginText = margin?.text ?? '0';
    if (baseValue === null || !Number.isFinite(baseValue) || delta === null) {
        return {
            id,
            subject: name,
            name: `${name} vs baseline`,
            value: cmp.value,
            threshold: `max drop ${marginText}`,
            verdict: 'fail',
            severity: 'error',
            message: baseline.predictions ? `${name} cannot be computed on the baseline predictions` : `${name} is not in the baseline metrics (${baseline.file})`,
        };
    }
    const allowed = margin ? marginAmount(margin, baseValue) : toDecimal(0);
    const allowedNum = decimalToNumber(allowed);
    // The worst acceptable candidate value, exact in decimals: baseline ∓ margin.
    const bound = def.higherIsBetter ? subDecimal(toDecimal(baseValue), allowed) : addDecimal(toDecimal(baseValue), allowed);
    const c = compareDecimal(toDecimal(cmp.value), bound);
    const estimateBeyond = def.higherIsBetter ? c < 0 : c > 0;
    const hasInterval = cmp.ciOf === 'delta' && cmp.ciLow !== null && cmp.ciHigh !== null;
    let verdict;
    let how;
    if (o.decideOn === 'interval' && hasInterval) {
        const intervalBeyond = def.higherIsBetter ? cmp.ciHigh < -allowedNum : cmp.ciLow > allowedNum;
        verdict = intervalBeyond ? 'fail' : estimateBeyond ? 'warn' : 'pass';
        how = `${Math.round(o.confidence * 100)}% interval of the difference [${fmt(cmp.ciLow)}, ${fmt(cmp.ciHigh)}]`;
        how += intervalBeyond ? ' lies entirely beyond the margin' : estimateBeyond ? ' reaches beyond the margin but also inside it: the change is not established' : ' is within the margin';
    }
    else {
        verdict = estimateBeyond ? 'fail' : 'pass';
        how = `decided on the estimate${o.decideOn === 'interval' ? ' (no interval available)' : ''}`;
    }
    const dir = def.higherIsBetter ? 'drop' : 'rise';
    return {
        id,
        subject: name,
        name: `${name} vs baseline`,
        value: delta,
        threshold: `max ${dir} ${marginText}`,
        verdict,
        severity: 'error',
        message: `${name} ${fmt(cmp.value)} vs baseline ${fmt(baseValue)} (Δ ${delta >= 0 ? '+' : ''}${fmt(delta)}, allowed ${dir} ${fmt(allowedNum)}): ${how}${cmp.pValue !== null ? `; p = ${fmt(cmp.pValue)} (${cmp.test})` : ''}`,
    };
}

;// CONCATENATED MODULE: ./src/gates/performance-gate/score-range.ts
/**
 * Scores outside [0, 1] are not probabilities. A metric that reads scores as
 * probabilities is then wrong, not just imprecise: log loss of a score of 1.3
 * is clipped to that of 1 − 2⁻⁵², and Brier's squared error of a logit means
 * nothing. So those metrics (log_loss, brier) refuse such a file with an
 * error naming the file, the line and the column, as scikit-learn's
 * brier_score_loss does ("y_prob contains values greater than 1"; its
 * log_loss clipped silently up to 1.2 and refuses them from 1.5 on). Metrics
 * that only rank the scores (roc_auc, roc_auc_weighted, pr_auc) are the same
 * for any increasing transform of them, so margins or logits are fine for
 * them; still, scores that are not probabilities may be the wrong column, so
 * they get a warning: a `warn` check in the report and a warning in the log.
 */

const PROBABILITY_METRICS = ['log_loss', 'brier'];
const RANKING_METRICS = ['roc_auc', 'roc_auc_weighted', 'pr_auc'];
/**
 * Throws for a probability metric on scores outside [0, 1]; returns a
 * warning check per file whose scores leave [0, 1] when only ranking
 * metrics read them.
 */
function scoreRangeChecks(defs, files) {
    const names = defs.map((d) => d.name);
    const probability = names.filter((n) => PROBABILITY_METRICS.includes(n));
    const ranking = names.filter((n) => RANKING_METRICS.includes(n));
    const checks = [];
    for (const { role, predictions } of files) {
        const out = predictions.scoreOutsideUnit;
        if (!out)
            continue;
        if (probability.length > 0) {
            throw new errors/* UserError */.yo(`${probability.join(' and ')} ${probability.length > 1 ? 'need' : 'needs'} probabilities in [0, 1], found ${out.value}: give the probability column (not a logit or margin), or leave ${probability.join(' and ')} out of metrics`, { file: predictions.source, line: out.line, field: out.column });
        }
        if (ranking.length > 0) {
            checks.push({
                id: `scores.${role}.range`,
                subject: out.column,
                name: 'scores are probabilities',
                value: out.value,
                threshold: '[0, 1]',
                verdict: 'warn',
                severity: 'warn',
                message: `the ${role}'s score column ${JSON.stringify(out.column)} in ${predictions.source} has values outside [0, 1] (first ${out.value}, line ${out.line}): ${ranking.join(', ')} only ${ranking.length > 1 ? 'rank' : 'ranks'} scores and ${ranking.length > 1 ? 'are' : 'is'} unaffected, but check that this is the column meant`,
            });
        }
    }
    return checks;
}

;// CONCATENATED MODULE: ./src/gates/performance-gate/slices.ts




/** Row indices per slice key ("col=value, col2=value"), in order of first appearance. */
function sliceRows(table, columns) {
    const cols = columns.map((name) => {
        const c = (0,core_table/* findColumn */.kn)(table, name);
        if (!c)
            throw new errors/* UserError */.yo(`no column "${name}" (set by slice-by)`, { file: table.source, field: 'slice-by' });
        return c;
    });
    const groups = new Map();
    for (let i = 0; i < table.rowCount; i++) {
        const key = cols
            .map((c) => `${c.name}=${(0,core_table/* isMissing */.b2)(c, i) ? '(missing)' : c.kind === 'number' ? String(c.values[i]) : c.values[i]}`)
            .join(', ');
        let g = groups.get(key);
        if (!g)
            groups.set(key, (g = []));
        g.push(i);
    }
    return groups;
}
function evaluateSlices(groups, defs, candidate, baseline, thresholds, minSliceSize) {
    const rows = [];
    const checks = [];
    for (const [slice, members] of groups) {
        const idx = Uint32Array.from(members);
        if (idx.length < minSliceSize) {
            checks.push({
                id: `slice.${slice}.size`,
                subject: slice,
                name: 'slice size',
                value: idx.length,
                threshold: `>= ${minSliceSize}`,
                verdict: 'insufficient',
                severity: 'warn',
                message: `slice ${slice} has ${idx.length} rows, fewer than min-slice-size ${minSliceSize}: not evaluated`,
            });
            rows.push({ slice, rows: idx.length, metrics: [], verdict: 'insufficient' });
            continue;
        }
        const metrics = [];
        for (const def of defs) {
            const value = def.compute(candidate, idx);
            const base = baseline ? def.compute(baseline, idx) : Number.NaN;
            let verdict = 'pass';
            const rule = thresholds[def.name];
            if (!Number.isFinite(value)) {
                verdict = 'insufficient';
                checks.push({ id: `slice.${slice}.${def.name}`, subject: slice, name: `${def.name} in slice`, value: null, threshold: rule?.text ?? null, verdict, severity: 'warn', message: `${def.name} is undefined in slice ${slice} (e.g. one class only)` });
            }
            else if (rule && (rule.value || Number.isFinite(base))) {
                // Change rules apply against the baseline on the same slice; without one, only the absolute threshold.
                const applied = Number.isFinite(base) ? rule : { ...rule, minAbsoluteChange: undefined, minRelativeChange: undefined };
                const out = applyThreshold(applied, value, def.higherIsBetter, Number.isFinite(base) ? base : undefined);
                verdict = out.pass ? 'pass' : 'fail';
                checks.push({
                    id: `slice.${slice}.${def.name}`,
                    subject: slice,
                    name: `${def.name} in slice`,
                    value,
                    threshold: rule.text,
                    verdict,
                    severity: 'error',
                    message: `${def.name} = ${Number(value.toPrecision(4))} in slice ${slice} (${idx.length} rows) ${out.pass ? 'meets' : 'misses'} ${out.boundary}`,
                });
            }
            metrics.push({ name: def.name, value: Number.isFinite(value) ? value : null, baseline: Number.isFinite(base) ? base : null, delta: Number.isFinite(value - base) ? value - base : null, verdict });
        }
        // A slice with an undefined metric stays 'insufficient' (not folded into 'warn') unless something failed.
        const worst = (0,core_verdict/* worstVerdict */.zP)(metrics.map((m) => m.verdict));
        const verdict = worst === 'fail' ? 'fail' : metrics.some((m) => m.verdict === 'insufficient') ? 'insufficient' : worst;
        rows.push({ slice, rows: idx.length, metrics, verdict });
    }
    return { rows, checks };
}

;// CONCATENATED MODULE: ./src/gates/performance-gate/latency.ts

function quantile(sorted, q) {
    const h = (sorted.length - 1) * q;
    const lo = Math.floor(h);
    const hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
/** The statistic a budget key names. */
function statistic(sorted, key, mean) {
    if (key === 'mean')
        return mean;
    if (key === 'max')
        return sorted[sorted.length - 1];
    const m = /^p(\d+(?:\.\d+)?)$/.exec(key);
    if (!m || Number(m[1]) <= 0 || Number(m[1]) > 100)
        throw new errors/* UserError */.yo(`unknown budget key "${key}" (use p50, p95, p99.9, mean or max)`, { field: 'latency-budget' });
    return quantile(sorted, Number(m[1]) / 100);
}
function evaluateLatency(samples, file, budget) {
    if (samples.length === 0)
        throw new errors/* UserError */.yo('no latency samples', { file });
    const sorted = Float64Array.from(samples).sort();
    let mean = 0;
    for (const v of sorted)
        mean += v / sorted.length;
    const observed = {};
    const checks = [];
    for (const [key, limit] of Object.entries(budget)) {
        const value = statistic(sorted, key, mean);
        observed[key] = value;
        const pass = value <= limit;
        checks.push({
            id: `latency.${key}`,
            subject: 'latency',
            name: `latency ${key}`,
            value,
            threshold: `<= ${limit} ms`,
            verdict: pass ? 'pass' : 'fail',
            severity: 'error',
            message: `${key} latency ${Number(value.toPrecision(4))} ms ${pass ? 'is within' : 'exceeds'} the budget of ${limit} ms (${samples.length} samples)`,
        });
    }
    return {
        section: {
            file,
            samples: samples.length,
            mean,
            p50: quantile(sorted, 0.5),
            p90: quantile(sorted, 0.9),
            p95: quantile(sorted, 0.95),
            p99: quantile(sorted, 0.99),
            max: sorted[sorted.length - 1],
            budget,
            observed,
        },
        checks,
    };
}

;// CONCATENATED MODULE: ./src/gates/performance-gate/model-size.ts

const UNITS = {
    b: 1,
    k: 1e3,
    kb: 1e3,
    m: 1e6,
    mb: 1e6,
    g: 1e9,
    gb: 1e9,
    t: 1e12,
    tb: 1e12,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3,
    tib: 1024 ** 4,
};
function parseSize(raw) {
    if (typeof raw === 'number' && raw >= 0)
        return raw;
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(String(raw));
    const unit = m ? UNITS[(m[2] || 'b').toLowerCase()] : undefined;
    if (!m || unit === undefined)
        throw new errors/* UserError */.yo(`expected a size such as 50MB or 1.5GiB, got "${raw}"`, { field: 'max-model-size' });
    return Math.round(Number(m[1]) * unit);
}
function evaluateModelSize(path, bytes, maxText, maxBytes) {
    const pass = bytes <= maxBytes;
    return {
        section: { path, bytes, maxBytes },
        check: {
            id: 'model.size',
            subject: path,
            name: 'model size',
            value: bytes,
            threshold: `<= ${maxText}`,
            verdict: pass ? 'pass' : 'fail',
            severity: 'error',
            message: `the model is ${bytes.toLocaleString('en-US')} bytes, ${pass ? 'within' : 'over'} the limit of ${maxText} (${maxBytes.toLocaleString('en-US')} bytes)`,
        },
    };
}

;// CONCATENATED MODULE: ./src/gates/performance-gate/evaluate.ts







function evaluate(input) {
    const { candidate, options } = input;
    // Metrics with a threshold are computed even when not listed.
    const names = options.metrics.length ? [...options.metrics] : defaultMetrics(candidate.task, !!candidate.scores);
    for (const name of Object.keys(options.thresholds))
        if (!names.includes(name))
            names.push(name);
    const defs = resolveMetrics(names, candidate);
    const scoreChecks = scoreRangeChecks(defs, [
        { role: 'candidate', predictions: candidate },
        ...(input.baseline?.predictions ? [{ role: 'baseline', predictions: input.baseline.predictions }] : []),
    ]);
    const m = evaluateMetrics(defs, candidate, input.baseline, options);
    const checks = [...scoreChecks, ...m.checks];
    const result = { verdict: 'pass', summary: '', checks, task: candidate.task, rows: candidate.rows, classes: candidate.classes, metrics: m.rows };
    if (input.slices) {
        const s = evaluateSlices(input.slices.groups, defs, candidate, input.baseline?.predictions, options.thresholds, input.slices.minSliceSize);
        result.slices = s.rows;
        checks.push(...s.checks);
    }
    if (input.latency) {
        const l = evaluateLatency(input.latency.samples, input.latency.file, input.latency.budget);
        result.latency = l.section;
        checks.push(...l.checks);
    }
    if (input.modelSize) {
        const s = evaluateModelSize(input.modelSize.path, input.modelSize.bytes, input.modelSize.maxText, input.modelSize.maxBytes);
        result.modelSize = s.section;
        checks.push(s.check);
    }
    result.verdict = (0,core_verdict/* worstVerdict */.zP)(checks.map((c) => c.verdict));
    result.summary = summarize(result);
    return result;
}
function summarize(e) {
    const failing = e.checks.filter((c) => c.verdict === 'fail');
    const warning = e.checks.filter((c) => c.verdict === 'warn' || c.verdict === 'insufficient');
    const described = `${e.metrics.length} metric${e.metrics.length === 1 ? '' : 's'} on ${e.rows.toLocaleString('en-US')} rows`;
    if (failing.length)
        return `${failing.length} check${failing.length === 1 ? '' : 's'} failed: ${failing[0].message}`;
    if (warning.length)
        return `${warning.length} warning${warning.length === 1 ? '' : 's'}: ${warning[0].message}`;
    return `all checks passed (${described})`;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(49567);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(89114);
;// CONCATENATED MODULE: ./src/gates/performance-gate/inputs.ts
/**
 * performance-gate's inputs, each declared once (see core/inputs.ts):
 * action.yml, the CLI flags, the policy keys, the docs table and the typed
 * inputs of `runPerformanceGate` all come from this list.
 */


const optionalString = schemas/* preprocess */.vkY((v) => (v === '' || v === null ? undefined : v), schemas/* string */.YjP().min(1).optional());
const stringList = schemas/* preprocess */.vkY((v) => (v === '' || v === null || v === undefined ? [] : typeof v === 'string' ? v.split(/[,\n]/).map((s) => s.trim()).filter(Boolean) : v), schemas/* array */.YOg(schemas/* string */.YjP().min(1)));
/** YAML reads `1` or `true` as a number or boolean where a label or size is text. */
const textOf = (s) => schemas/* preprocess */.vkY((v) => (v === '' || v === null ? undefined : typeof v === 'number' || typeof v === 'boolean' ? String(v) : v), s);
const inputs_inputs = (0,inputs/* defineInputs */.pf)({
    predictions: {
        file: true,
        schema: schemas/* string */.YjP({ error: 'predictions is required: the file of predictions to evaluate' }).min(1, 'predictions is required'),
        description: "The candidate model's predictions (CSV, TSV, JSON Lines, JSON or Parquet, optionally .gz): one row per example with the true label and a prediction and/or score columns.",
        examples: ['eval/challenger.csv'],
    },
    task: {
        schema: schemas/* enum */.k5n(['auto', 'binary', 'multiclass', 'regression']).default('auto'),
        description: '`binary`, `multiclass`, `regression` or `auto`: several score columns mean multiclass; a numeric label with fractions or more than 20 values means regression; two classes mean binary.',
        examples: ['auto', 'binary', 'multiclass', 'regression'],
    },
    'label-column': { schema: schemas/* string */.YjP().min(1).default('label'), description: 'Column holding the true label (the actual value for a regression).' },
    'prediction-column': {
        schema: optionalString,
        description: 'Column holding the predicted class (the predicted value for a regression). Without it a binary prediction is `score >= decision-threshold` and a multiclass one the class with the highest score.',
        examples: ['prediction'],
    },
    'score-column': {
        schema: stringList,
        description: "Binary: the column with the positive class's probability or score (for roc_auc, pr_auc, log_loss, brier). Multiclass: one probability column per class, listed in the classes' sorted order.",
        examples: ['score', 'p_cat, p_dog, p_fish'],
    },
    'score-prefix': {
        schema: optionalString,
        description: 'Multiclass: probability columns are named this prefix followed by the class, e.g. `proba_` for `proba_cat`, `proba_dog`.',
        examples: ['proba_'],
    },
    'positive-label': {
        schema: textOf(schemas/* string */.YjP().optional()),
        description: 'Binary: the positive class. Default: `1`, `true`, `yes`, `pos` or `positive`, whichever the labels use.',
        examples: ['1', 'true', 'yes', 'churned'],
    },
    'decision-threshold': {
        schema: coerce/* number */.ai().min(0).max(1).default(0.5),
        description: 'Binary without `prediction-column`: predict positive when the score is at least this.',
    },
    metrics: {
        schema: stringList,
        description: 'Metrics to compute. Binary: accuracy, balanced_accuracy, precision, recall, specificity, f1, mcc, roc_auc, pr_auc, log_loss, brier. Multiclass: accuracy, balanced_accuracy, precision_macro, precision_weighted, recall_macro, recall_weighted, f1_macro, f1_weighted, mcc, log_loss, roc_auc, roc_auc_weighted. Regression: mae, mse, rmse, r2, mape, median_ae. Default: a task-specific set; metrics named in `thresholds` are always computed.',
        examples: ['accuracy, roc_auc', 'rmse, mae'],
    },
    thresholds: {
        schema: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
        description: 'Per metric, the bound it must meet: `roc_auc: ">= 0.85"`, `rmse: "<= 3.2"`, a bare number (`>=` if higher is better), or an MLflow MetricThreshold map (keys `threshold`, `min_absolute_change`, `min_relative_change`, `greater_is_better`), e.g. `f1: {threshold: 0.75, min_absolute_change: 0.01, greater_is_better: true}`. Boundaries are exact decimals.',
        examples: ['roc_auc: ">= 0.85"', 'rmse: "<= 3.2"', 'accuracy: 0.9', 'f1: {threshold: 0.75, min_absolute_change: 0.01, greater_is_better: true}', '{roc_auc: ">= 0.85", log_loss: "<= 0.45"}'],
    },
    'baseline-predictions': {
        file: true,
        schema: optionalString,
        description: "The champion's predictions on the same rows, in the same column layout, paired by `id-column` or by row order: enables the paired statistics (McNemar, DeLong, bootstrap intervals of the difference).",
        examples: ['eval/champion.csv'],
    },
    'baseline-metrics': {
        file: true,
        schema: optionalString,
        description: "The champion's metric values when its predictions are not at hand: a JSON file of `{name: value}`, DVC metrics or an MLflow run. No intervals: decided on the estimate.",
    },
    'id-column': {
        schema: optionalString,
        description: 'Column identifying a row in both prediction files, to pair them. Without it rows are paired by order and the files must have the same length.',
        examples: ['id'],
    },
    'max-drop': {
        schema: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP(), schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]))]).default(0),
        description: 'Non-inferiority margin against the baseline: how much worse than the champion a metric may be, absolute (`0.02`) or relative to the baseline (`2%`); one value for every metric or a map per metric (`{roc_auc: 0.01, log_loss: 5%}`).',
        examples: ['0.02', '2%', '{roc_auc: 0.01, log_loss: 5%}'],
    },
    'decide-on': {
        schema: schemas/* enum */.k5n(['interval', 'estimate']).default('interval'),
        description: '`interval`: fail against the baseline only when the whole confidence interval of the difference lies beyond the margin (warn when only the estimate does); `estimate`: fail whenever the point estimate does.',
        examples: ['interval', 'estimate'],
    },
    confidence: { schema: coerce/* number */.ai().gt(0).lt(1).default(0.95), description: 'Confidence level of the intervals.' },
    bootstrap: {
        schema: coerce/* number */.ai().int().min(0, 'bootstrap must be 0 (off) or more resamples').max(1_000_000).default(1000),
        description: 'Bootstrap resamples for the intervals (0 turns the bootstrap off; ROC AUC uses DeLong either way). Confusion-matrix metrics resample cell counts, so this costs nothing on large files.',
    },
    seed: { schema: coerce/* number */.ai().int().default(42), description: 'Seed of the bootstrap: the same inputs and seed give the same intervals.' },
    'slice-by': {
        schema: stringList,
        description: 'Columns whose values define slices (e.g. `region, device`); the metrics and thresholds are also evaluated per slice.',
        examples: ['region, device'],
    },
    'min-slice-size': { schema: coerce/* number */.ai().int().min(1).default(30), description: 'Slices with fewer rows are reported as insufficient (a warning) instead of being evaluated.' },
    latency: { file: true, schema: optionalString, description: 'A file of latency samples in milliseconds (one numeric column, or name it with `latency-column`).' },
    'latency-column': { schema: optionalString, description: 'Column of `latency` holding the samples.' },
    'latency-budget': {
        schema: schemas/* record */.g1P(schemas/* string */.YjP(), coerce/* number */.ai().positive()).optional(),
        description: 'Latency limits in ms by statistic, e.g. `{p95: 100, p99: 200, mean: 50}` (`p<q>` for any percentile, `mean`, `max`).',
        examples: ['{p95: 100, p99: 200, mean: 50}', 'p95: 100, p99: 200'],
    },
    'model-path': { file: true, schema: optionalString, description: 'Model file or directory whose size is checked against `max-model-size`.' },
    'max-model-size': {
        schema: textOf(schemas/* string */.YjP().optional()),
        description: 'Largest allowed size of `model-path`, e.g. `50MB`, `1.5GiB` or bytes.',
        examples: ['50MB', '1.5GiB', '1048576'],
    },
});
const outputs = [
    { name: 'metrics', description: 'The metrics as JSON: `{"roc_auc": 0.91, ...}` (undefined metrics are null).' },
    { name: 'failed-metrics', description: 'Comma-separated names of the metrics whose checks failed.' },
];

;// CONCATENATED MODULE: ./src/gates/performance-gate/number-codes.ts
function encodeNumbers(values, missing, rows, cap = 4096) {
    const codes = new Int32Array(rows);
    const distinct = [];
    let byValue = null;
    let firstMissing = -1;
    for (let i = 0; i < rows; i++) {
        if (missing !== null && missing[i] === 1) {
            if (firstMissing < 0)
                firstMissing = i;
            codes[i] = -1;
            continue;
        }
        const v = values[i];
        let code = -1;
        if (byValue === null) {
            for (let d = 0; d < distinct.length; d++) {
                const known = distinct[d];
                // SameValueZero, as a Map compares: NaN is one value, −0 is 0.
                if (known === v || (known !== known && v !== v)) {
                    code = d;
                    break;
                }
            }
        }
        else
            code = byValue.get(v) ?? -1;
        if (code < 0) {
            code = distinct.length;
            if (code >= cap)
                return null;
            distinct.push(v);
            if (byValue !== null)
                byValue.set(v, code);
            else if (distinct.length > 16)
                byValue = new Map(distinct.map((x, d) => [x, d]));
        }
        codes[i] = code;
    }
    return { codes, values: distinct, firstMissing };
}

;// CONCATENATED MODULE: ./src/gates/performance-gate/predictions.ts
/**
 * From a predictions table to typed arrays: class indices for the label and
 * the prediction, score columns, or actual and estimated values for a
 * regression. All the checks on the file's content happen here, each as a
 * UserError naming the file, the line and the column.
 */




function predictions_where(table, i, field) {
    return { file: table.source, line: (0,core_table/* rowLine */.xQ)(table, i) ?? i + 1, field };
}
function column(table, name, input) {
    const c = (0,core_table/* findColumn */.kn)(table, name);
    if (!c) {
        const known = table.columns.map((x) => x.name).slice(0, 12).join(', ');
        throw new errors/* UserError */.yo(`no column "${name}" (set by ${input}); columns are: ${known}`, { file: table.source });
    }
    return c;
}
/** Cell as text: numbers print in their shortest form, so 1 and 1.0 are both "1". */
function cellText(table, c, i) {
    if ((0,core_table/* isMissing */.b2)(c, i))
        throw new errors/* UserError */.yo('missing value', predictions_where(table, i, c.name));
    return c.kind === 'number' ? String(c.values[i]) : c.values[i];
}
// One encoding per number column and extraction, used for the task, the classes and the class indices.
const encodings = new WeakMap();
function numberCodes(table, c) {
    if (!encodings.has(c))
        encodings.set(c, encodeNumbers(c.values, c.missing, table.rowCount));
    return encodings.get(c);
}
/**
 * The distinct cell texts of a column (a text column's stopping once more
 * than `limit` are found). Number columns collect numbers first: a million
 * String() calls cost more than the whole metric computation.
 */
function distinctTexts(table, c, limit = Number.POSITIVE_INFINITY) {
    if (c.kind === 'number') {
        const encoded = numberCodes(table, c);
        if (encoded && encoded.firstMissing >= 0)
            throw new errors/* UserError */.yo('missing value', predictions_where(table, encoded.firstMissing, c.name));
        if (encoded)
            return encoded.values.map(String);
        const seen = new Set();
        for (let i = 0; i < table.rowCount && seen.size <= limit; i++) {
            if ((0,core_table/* isMissing */.b2)(c, i))
                throw new errors/* UserError */.yo('missing value', predictions_where(table, i, c.name));
            seen.add(c.values[i]);
        }
        return [...seen].map(String);
    }
    const seen = new Set();
    for (let i = 0; i < table.rowCount && seen.size <= limit; i++)
        seen.add(cellText(table, c, i));
    return [...seen];
}
function numbers(table, c, what) {
    if (c.kind !== 'number') {
        const i = c.values.findIndex((v) => v !== null && !Number.isFinite(Number(v)));
        throw new errors/* UserError */.yo(`${what} must be numeric, found "${c.values[i] ?? ''}"`, predictions_where(table, Math.max(0, i), c.name));
    }
    for (let i = 0; i < table.rowCount; i++) {
        if ((0,core_table/* isMissing */.b2)(c, i) || Number.isNaN(c.values[i]))
            throw new errors/* UserError */.yo(`${what} is missing or NaN`, predictions_where(table, i, c.name));
    }
    return c.values;
}
function sortClasses(classes) {
    const numeric = classes.every((c) => Number.isFinite(Number(c)));
    return numeric ? classes.sort((a, b) => Number(a) - Number(b)) : classes.sort();
}
const POSITIVE_NAMES = [
    ['0', '1'],
    ['false', 'true'],
    ['no', 'yes'],
    ['neg', 'pos'],
    ['negative', 'positive'],
    ['-1', '1'],
];
function binaryClasses(seen, positive, table, labelColumn) {
    if (positive !== undefined) {
        const others = seen.filter((c) => c !== positive);
        if (others.length > 1)
            throw new errors/* UserError */.yo(`a binary task has two classes, found ${seen.length}: ${seen.slice(0, 5).join(', ')}`, { file: table.source, field: labelColumn });
        return [others[0] ?? `not ${positive}`, positive];
    }
    const lower = seen.map((s) => s.toLowerCase());
    for (const [neg, pos] of POSITIVE_NAMES) {
        if (lower.every((s) => s === neg || s === pos)) {
            const negName = seen[lower.indexOf(neg)] ?? neg;
            const posName = seen[lower.indexOf(pos)] ?? pos;
            return [negName, posName];
        }
    }
    throw new errors/* UserError */.yo(`cannot tell which class is positive among ${seen.join(', ')}: set positive-label`, { file: table.source, field: labelColumn });
}
function detectTask(table, o, labelCol) {
    if (o.scorePrefix || o.scoreColumns.length > 1)
        return 'multiclass';
    const pred = o.predictionColumn ? (0,core_table/* findColumn */.kn)(table, o.predictionColumn) : undefined;
    if (labelCol.kind === 'number') {
        // Missing cells and NaN left out; too many values to encode are more than 20.
        const distinct = numberCodes(table, labelCol)?.values.filter((v) => !Number.isNaN(v));
        if (!distinct || distinct.length > 20 || distinct.some((v) => !Number.isInteger(v)))
            return 'regression';
    }
    const seen = new Set();
    for (const c of [labelCol, pred])
        if (c)
            for (const t of distinctTexts(table, c, 2))
                seen.add(t);
    return seen.size <= 2 ? 'binary' : 'multiclass';
}
/**
 * Read the predictions of one model. With `shape` (the baseline), the task
 * and classes are the candidate's and the label column may be absent.
 */
function extractPredictions(table, o, shape) {
    const n = table.rowCount;
    const labelCol = shape ? (0,core_table/* findColumn */.kn)(table, o.labelColumn) : column(table, o.labelColumn, 'label-column');
    const predCol = o.predictionColumn ? column(table, o.predictionColumn, 'prediction-column') : undefined;
    const ids = o.idColumn ? readRowIds(table, column(table, o.idColumn, 'id-column')) : undefined;
    const task = shape?.task ?? (o.task === 'auto' ? detectTask(table, o, labelCol) : o.task);
    if (task === 'regression') {
        if (!predCol)
            throw new errors/* UserError */.yo('a regression needs prediction-column', { field: 'prediction-column' });
        const actual = labelCol ? numbers(table, labelCol, 'the label') : undefined;
        return { source: table.source, task, rows: n, classes: [], label: new Int32Array(0), actual, estimate: numbers(table, predCol, 'the prediction'), ids };
    }
    // Score columns.
    let scoreNames = o.scoreColumns;
    let prefixClasses;
    if (o.scorePrefix) {
        const prefix = o.scorePrefix;
        scoreNames = table.columns.map((c) => c.name).filter((name) => name.startsWith(prefix) && name.length > prefix.length);
        if (scoreNames.length === 0)
            throw new errors/* UserError */.yo(`no column starts with score-prefix "${prefix}"`, { file: table.source, field: 'score-prefix' });
        prefixClasses = scoreNames.map((name) => name.slice(prefix.length));
    }
    if (!predCol && scoreNames.length === 0)
        throw new errors/* UserError */.yo('set prediction-column or score-column (or score-prefix): there is nothing to evaluate', { field: 'prediction-column' });
    // Classes: fixed by the candidate, or the sorted union of labels, predictions and score-column classes.
    let classes;
    if (shape)
        classes = shape.classes;
    else {
        const seen = new Set(prefixClasses ?? []);
        for (const c of [labelCol, predCol])
            if (c)
                for (const t of distinctTexts(table, c))
                    seen.add(t);
        classes = task === 'binary' ? binaryClasses(sortClasses([...seen]), o.positiveLabel, table, o.labelColumn) : sortClasses([...seen]);
        if (task === 'binary' && classes.length !== 2)
            throw new errors/* UserError */.yo('a binary task needs two classes', { field: o.labelColumn });
    }
    const index = new Map(classes.map((c, i) => [c, i]));
    const toIndex = (c) => {
        const out = new Int32Array(n);
        if (c.kind === 'number') {
            // The column's codes become the class indices: each distinct number is looked up once.
            const encoded = numberCodes(table, c);
            if (encoded) {
                encodings.delete(c); // remapped in place below: a second use encodes afresh
                const classOf = encoded.values.map((v) => index.get(String(v)) ?? -1);
                const codes = encoded.codes;
                for (let i = 0; i < n; i++) {
                    const code = codes[i];
                    if (code < 0)
                        throw new errors/* UserError */.yo('missing value', predictions_where(table, i, c.name));
                    const k = classOf[code];
                    if (k < 0)
                        throw new errors/* UserError */.yo(`class "${String(c.values[i])}" is not one of ${classes.join(', ')}`, predictions_where(table, i, c.name));
                    codes[i] = k;
                }
                return codes;
            }
            // Map each distinct number once, not each cell's text; the common
            // classes (a few numbers) by a linear scan, others through the map.
            const byValue = new Map();
            // A class is matched by number only when it prints back as itself ("1", not "1.0").
            const few = classes.length <= 8 ? classes.map((t) => (String(Number(t)) === t ? Number(t) : Number.NaN)) : [];
            for (let i = 0; i < n; i++) {
                const v = c.values[i];
                let k = -1;
                for (let f = 0; f < few.length; f++) {
                    if (few[f] === v) {
                        k = f;
                        break;
                    }
                }
                if (k < 0)
                    k = byValue.get(v);
                if (k === undefined) {
                    const t = cellText(table, c, i);
                    k = index.get(t);
                    if (k === undefined)
                        throw new errors/* UserError */.yo(`class "${t}" is not one of ${classes.join(', ')}`, predictions_where(table, i, c.name));
                    byValue.set(v, k);
                }
                if (c.missing !== null && c.missing[i] === 1)
                    throw new errors/* UserError */.yo('missing value', predictions_where(table, i, c.name));
                out[i] = k;
            }
            return out;
        }
        if (c.dictionary) {
            // Dictionary-encoded text (readers/text-dictionary.ts): each label looked up once.
            const { codes, labels } = c.dictionary;
            const classOf = labels.map((t) => index.get(t) ?? -1);
            for (let i = 0; i < n; i++) {
                const code = codes[i];
                if (code < 0)
                    throw new errors/* UserError */.yo('missing value', predictions_where(table, i, c.name));
                const k = classOf[code];
                if (k < 0)
                    throw new errors/* UserError */.yo(`class "${labels[code]}" is not one of ${classes.join(', ')}`, predictions_where(table, i, c.name));
                out[i] = k;
            }
            return out;
        }
        for (let i = 0; i < n; i++) {
            const t = cellText(table, c, i);
            const k = index.get(t);
            if (k === undefined)
                throw new errors/* UserError */.yo(`class "${t}" is not one of ${classes.join(', ')}`, predictions_where(table, i, c.name));
            out[i] = k;
        }
        return out;
    };
    let scores;
    if (scoreNames.length > 0) {
        if (task === 'binary' && scoreNames.length !== 1)
            throw new errors/* UserError */.yo(`a binary task takes one score column (the positive class's), got ${scoreNames.length}`, { field: 'score-column' });
        if (task === 'multiclass') {
            if (prefixClasses) {
                const byClass = new Map(prefixClasses.map((c, i) => [c, scoreNames[i]]));
                const missing = classes.filter((c) => !byClass.has(c));
                if (missing.length)
                    throw new errors/* UserError */.yo(`no score column for class ${missing.join(', ')} (expected ${o.scorePrefix}${missing[0]})`, { file: table.source, field: 'score-prefix' });
                scoreNames = classes.map((c) => byClass.get(c));
            }
            else if (scoreNames.length !== classes.length) {
                throw new errors/* UserError */.yo(`${scoreNames.length} score columns for ${classes.length} classes (${classes.join(', ')}); list one per class in this order`, { field: 'score-column' });
            }
        }
        scores = scoreNames.map((name) => numbers(table, column(table, name, o.scorePrefix ? 'score-prefix' : 'score-column'), 'a score'));
    }
    const scoreOutsideUnit = scores ? firstOutsideUnit(table, scoreNames, scores) : undefined;
    let predicted;
    if (predCol)
        predicted = toIndex(predCol);
    else if (task === 'binary') {
        predicted = new Int32Array(n);
        const s = scores[0];
        for (let i = 0; i < n; i++)
            predicted[i] = s[i] >= o.decisionThreshold ? 1 : 0;
    }
    else {
        predicted = new Int32Array(n);
        for (let i = 0; i < n; i++) {
            let best = 0;
            for (let c = 1; c < classes.length; c++)
                if (scores[c][i] > scores[best][i])
                    best = c;
            predicted[i] = best;
        }
    }
    const label = labelCol ? toIndex(labelCol) : new Int32Array(0);
    return { source: table.source, task, rows: n, classes, label, predicted, scores, ids, ...(scoreOutsideUnit ? { scoreOutsideUnit } : {}) };
}
/** The earliest row (then the first column) with a score outside [0, 1], if any. */
function firstOutsideUnit(table, names, scores) {
    let found;
    scores.forEach((s, c) => {
        const end = found ? found.row : s.length;
        for (let i = 0; i < end; i++) {
            if (!(s[i] >= 0 && s[i] <= 1)) {
                found = { column: names[c], row: i, line: (0,core_table/* rowLine */.xQ)(table, i) ?? i + 1, value: s[i] };
                break;
            }
        }
    });
    return found;
}

// EXTERNAL MODULE: ./src/render/charts.ts
var charts = __webpack_require__(47259);
// EXTERNAL MODULE: ./src/render/findings.ts
var findings = __webpack_require__(62752);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
// EXTERNAL MODULE: ./src/render/numbers.ts
var render_numbers = __webpack_require__(45714);
;// CONCATENATED MODULE: ./src/gates/performance-gate/render.ts




/** A rule as written, with the comparison signs a reader expects: ">= 0.90" → "≥ 0.90". */
function ruleText(s) {
    return (0,markdown/* text */.Qq)(s.replace(/>=/g, '≥').replace(/<=/g, '≤'));
}
/** A metric's threshold as a comparison: a bare "threshold 0.75" is a minimum for a metric where higher is better, a maximum otherwise. */
function thresholdText(m) {
    return ruleText((m.threshold ?? '').replace(/^\s*threshold\s+/, m.higherIsBetter ? '>= ' : '<= '));
}
function ruleCell(m) {
    const parts = [];
    if (m.threshold)
        parts.push(thresholdText(m));
    if (m.maxDrop !== null)
        parts.push(`${m.higherIsBetter ? 'drop' : 'rise'} ≤ ${(0,markdown/* text */.Qq)(m.maxDrop)}`);
    return parts.join('; ') || '–';
}
/** The difference and its interval in one precision, e.g. "−0.128 (−0.154 to −0.103)". */
function deltaCell(m) {
    if (m.delta === null)
        return '–';
    if (m.ciOf !== 'delta')
        return (0,render_numbers/* withInterval */.qY)(m.delta, null, null, { signed: true }).value;
    const t = (0,render_numbers/* withInterval */.qY)(m.delta, m.ciLow, m.ciHigh, { signed: true });
    return t.interval ? `${t.value} (${t.interval}${t.outside ? `; ${t.outside}` : ''})` : t.value;
}
function valueCell(m) {
    if (m.value === null)
        return '**undefined**';
    if (m.ciOf !== 'value')
        return (0,render_numbers/* withInterval */.qY)(m.value, m.baseline, null).value;
    const t = (0,render_numbers/* withInterval */.qY)(m.value, m.ciLow, m.ciHigh);
    return t.interval ? `${t.value} (${t.interval}${t.outside ? `; ${t.outside}` : ''})` : t.value;
}
/** Baseline with the value's decimals, so the two read side by side. */
function baselineCell(m) {
    return m.baseline === null ? '–' : (0,render_numbers/* withInterval */.qY)(m.baseline, m.value, null).value;
}
/** The checks about one metric: its threshold, its comparison, its slices. */
function metricChecks(e, name) {
    return e.checks.filter((c) => c.id.startsWith(`metric.${name}.`) || (c.id.startsWith('slice.') && c.id.endsWith(`.${name}`) && c.subject !== name));
}
/** How the metric's slice checks went: only a metric with a threshold is judged per slice. */
function sliceCell(e, name) {
    const checks = e.checks.filter((c) => c.id.startsWith('slice.') && c.id.endsWith(`.${name}`));
    if (!checks.length)
        return '–';
    const failing = checks.filter((c) => c.verdict !== 'pass').length;
    return failing ? `${failing} of ${checks.length} fail` : `all ${checks.length} pass`;
}
function facts(e, hasBaseline) {
    const out = e.metrics.map((m) => {
        const checks = metricChecks(e, m.name);
        const verdict = (0,findings/* worstOf */.hm)([m.verdict, ...checks.map((c) => c.verdict)]);
        return {
            verdict,
            metric: m,
            failing: checks.filter((c) => c.verdict === 'fail').length,
            cells: [(0,markdown/* icon */.Kk)(verdict), (0,markdown/* code */.aY)(m.name), valueCell(m), ...(hasBaseline ? [baselineCell(m), deltaCell(m)] : []), ruleCell(m), sliceCell(e, m.name)],
        };
    });
    const blank = hasBaseline ? ['–', '–'] : [];
    for (const c of e.checks) {
        if (c.verdict === 'pass')
            continue;
        if (c.id.startsWith('metric.') || c.id.startsWith('slice.'))
            continue;
        const limit = typeof c.threshold === 'number' ? c.threshold : thresholdValue(typeof c.threshold === 'string' ? c.threshold : null);
        const value = typeof c.value === 'number' ? (0,render_numbers/* numBeside */.Px)(c.value, limit) : c.value === null ? '–' : (0,markdown/* text */.Qq)(c.value);
        out.push({ verdict: c.verdict, check: c, failing: c.verdict === 'fail' ? 1 : 0, cells: [(0,markdown/* icon */.Kk)(c.verdict), (0,markdown/* text */.Qq)(c.name), value, ...blank, c.threshold === null ? '–' : ruleText(String(c.threshold)), '–'] });
    }
    return out;
}
function metricsTable(e, hasBaseline) {
    const conf = e.metrics[0] ? `${(0,render_numbers/* num */.bu)(e.metrics[0].confidence * 100)}%` : '';
    const header = ['Metric', 'Value', ...(hasBaseline ? ['Baseline', `Difference (${conf} CI)`, 'p'] : []), 'Rule', 'Test', ''];
    const rows = e.metrics.map((m) => [
        (0,markdown/* code */.aY)(m.name),
        valueCell(m),
        ...(hasBaseline ? [baselineCell(m), deltaCell(m), (0,render_numbers/* pValue */.sp)(m.pValue)] : []),
        ruleCell(m),
        m.test ? (0,markdown/* text */.Qq)(m.test) : '–',
        (0,markdown/* icon */.Kk)(m.verdict),
    ]);
    return (0,markdown/* table */.tp)(header, rows, header.map((h) => (['Metric', 'Rule', 'Test'].includes(h) ? 'l' : 'r')));
}
function slicesSection(e) {
    const slices = e.slices;
    const names = e.metrics.map((m) => m.name);
    const sliceRows = slices.map((s) => [
        (0,markdown/* text */.Qq)(s.slice),
        (0,render_numbers/* num */.bu)(s.rows),
        ...names.map((n) => {
            const m = s.metrics.find((x) => x.name === n);
            if (!m)
                return '–';
            if (m.value === null)
                return 'undefined';
            const d = m.delta !== null ? (0,render_numbers/* withInterval */.qY)(m.delta, m.value, null, { signed: true }).value : '';
            return `${(0,render_numbers/* withInterval */.qY)(m.value, m.delta, null).value}${d ? ` (${d})` : ''}`;
        }),
        (0,markdown/* icon */.Kk)(s.verdict),
    ]);
    const parts = [(0,markdown/* table */.tp)(['Slice', 'Rows', ...names.map((n) => (0,markdown/* code */.aY)(n)), ''], sliceRows, ['l', 'r', ...names.map(() => 'r'), 'c'])];
    // The chart: the metric that fails in most slices, by slice, against its threshold.
    const counted = e.metrics
        .map((m) => ({ m, failing: slices.filter((s) => s.metrics.some((x) => x.name === m.name && x.verdict === 'fail')).length }))
        .sort((a, b) => b.failing - a.failing);
    const pick = counted[0];
    // Only slices with a value are drawn; fewer than three is no chart (the table has them all).
    const measured = pick ? slices.filter((s) => typeof s.metrics.find((x) => x.name === pick.m.name)?.value === 'number') : [];
    if (pick && measured.length >= 3) {
        const of = (s) => s.metrics.find((x) => x.name === pick.m.name);
        const limit = thresholdValue(pick.m.threshold);
        const baselines = measured.map((s) => of(s).baseline);
        const lines = [];
        if (baselines.every((b) => typeof b === 'number'))
            lines.push({ name: 'baseline', values: baselines });
        if (limit !== null)
            lines.push({ name: `threshold ${(0,render_numbers/* num */.bu)(limit)}`, values: limit });
        parts.push((0,charts/* barChart */.S9)({
            title: `${pick.m.name} by slice${lines.length ? `: challenger against ${lines.map((l) => l.name).join(' and ')}` : ''}`,
            xLabel: 'slice',
            yLabel: pick.m.name,
            categories: measured.map((s) => s.slice),
            bars: measured.map((s) => of(s).value),
            barName: 'challenger',
            lines,
        }));
    }
    return { title: `${(0,findings/* plural */.LS)(slices.length, 'slice')}`, body: parts.join('\n\n') };
}
/**
 * Challenger and baseline side by side, one chart: the challenger's value of
 * each metric as bars, the baseline's as a line (never two bar series, which
 * xychart draws on top of each other). Only metrics on a 0–1 scale share the
 * axis, and only those where higher is better; with fewer than three of them
 * there is no chart (the table says it).
 */
function metricsChart(e) {
    // Metrics where lower is better (log loss, error rates) would read upside down beside the others: left to the table.
    const shown = e.metrics.filter((m) => m.higherIsBetter && m.value !== null && m.baseline !== null && m.value >= 0 && m.value <= 1 && m.baseline >= 0 && m.baseline <= 1);
    if (shown.length < 3)
        return '';
    return (0,charts/* barChart */.S9)({
        title: 'Each metric where higher is better: challenger against baseline',
        xLabel: 'metric',
        yLabel: 'value',
        categories: shown.map((m) => m.name),
        bars: shown.map((m) => m.value),
        barName: 'challenger',
        lines: [{ name: 'baseline', values: shown.map((m) => m.baseline) }],
        yMax: 1,
    });
}
/** The number in a simple threshold (">= 0.90" → 0.9); null for anything else. */
function thresholdValue(threshold) {
    const m = threshold ? /^\s*(?:>=|<=|>|<|threshold)\s*(-?\d+(?:\.\d+)?)\s*(?:ms)?\s*$/.exec(threshold) : null;
    return m ? Number(m[1]) : null;
}
function latencySection(e) {
    const l = e.latency;
    const keys = Object.keys(l.budget);
    const line = `${(0,render_numbers/* num */.bu)(l.samples)} samples from ${(0,markdown/* code */.aY)(l.file)}: p50 ${(0,render_numbers/* num */.bu)(l.p50)} ms, p95 ${(0,render_numbers/* num */.bu)(l.p95)} ms, p99 ${(0,render_numbers/* num */.bu)(l.p99)} ms, max ${(0,render_numbers/* num */.bu)(l.max)} ms.`;
    if (!keys.length)
        return line;
    const rows = keys.map((k) => [(0,markdown/* text */.Qq)(k), (0,render_numbers/* num */.bu)(l.observed[k]), (0,render_numbers/* num */.bu)(l.budget[k]), (0,markdown/* icon */.Kk)(l.observed[k] <= l.budget[k] ? 'pass' : 'fail')]);
    return `${line}\n\n${(0,markdown/* table */.tp)(['Statistic', 'Observed (ms)', 'Budget (ms)', ''], rows, ['l', 'r', 'r', 'c'])}`;
}
function renderMarkdown(e) {
    const out = [];
    const hasBaseline = e.metrics.some((m) => m.baseline !== null);
    const conf = e.metrics[0] ? `${(0,render_numbers/* num */.bu)(e.metrics[0].confidence * 100)}%` : '';
    const all = facts(e, hasBaseline);
    const bad = (0,findings/* byVerdict */.$$)(all.filter((f) => f.verdict !== 'pass'), (f) => f.verdict);
    const header = ['', 'Metric', 'Challenger', ...(hasBaseline ? ['Baseline', `Difference (${conf} CI)`] : []), 'Rule', 'Slices'];
    const align = ['c', 'l', 'r', ...(hasBaseline ? ['r', 'r'] : []), 'l', 'l'];
    if (bad.length)
        out.push((0,findings/* findingsTable */.f9)(header, bad.map((f) => f.cells), { align, more: (n) => `${(0,findings/* plural */.LS)(n, 'more finding')}` }));
    const judged = `${(0,findings/* plural */.LS)(e.metrics.length, 'metric')}${hasBaseline ? ' against the baseline' : ''}, with tests and p-values`;
    const sections = [{ title: `All ${judged}`, body: [metricsTable(e, hasBaseline), metricsChart(e)].filter(Boolean).join('\n\n') }];
    if (e.slices?.length)
        sections.push(slicesSection(e));
    if (e.latency)
        sections.push({ title: `Latency: p95 ${(0,render_numbers/* num */.bu)(e.latency.p95)} ms, p99 ${(0,render_numbers/* num */.bu)(e.latency.p99)} ms`, body: latencySection(e) });
    if (e.modelSize) {
        const s = e.modelSize;
        sections.push({ title: `Model size: ${(0,render_numbers/* num */.bu)(s.bytes / 1e6)} MB`, body: `${(0,markdown/* code */.aY)(s.path)} is ${(0,render_numbers/* num */.bu)(s.bytes / 1e6)} MB (limit ${(0,render_numbers/* num */.bu)(s.maxBytes / 1e6)} MB) ${(0,markdown/* icon */.Kk)(s.bytes <= s.maxBytes ? 'pass' : 'fail')}` });
    }
    const what = [(0,findings/* plural */.LS)(e.metrics.length, 'metric'), e.slices?.length ? (0,findings/* plural */.LS)(e.slices.length, 'slice') : '', e.latency ? 'latency' : '', e.modelSize ? 'model size' : ''].filter(Boolean);
    out.push((0,findings/* collapsedSections */._f)(sections, !bad.length, `${what.join(', ')}: tests, p-values and values`));
    return out.filter(Boolean).join('\n\n');
}
/** "`f1` fell from 0.847 to 0.718 (−0.128, 95% CI −0.154 to −0.103)". */
function metricPhrase(m) {
    const value = m.value === null ? 'undefined' : (0,render_numbers/* withInterval */.qY)(m.value, m.baseline, null).value;
    if (m.baseline === null || m.delta === null)
        return `${(0,markdown/* code */.aY)(m.name)} is ${value}`;
    const base = baselineCell(m);
    const verb = m.delta === 0 ? 'stayed at' : m.delta < 0 ? 'fell from' : 'rose from';
    const t = (0,render_numbers/* withInterval */.qY)(m.delta, m.ciOf === 'delta' ? m.ciLow : null, m.ciOf === 'delta' ? m.ciHigh : null, { signed: true });
    const ci = t.interval ? `, ${(0,render_numbers/* num */.bu)(m.confidence * 100)}% CI ${t.interval}` : '';
    return m.delta === 0 ? `${(0,markdown/* code */.aY)(m.name)} stayed at ${value}` : `${(0,markdown/* code */.aY)(m.name)} ${verb} ${base} to ${value} (${t.value}${ci})`;
}
/** Why a failing metric fails, from its checks (the threshold, the margin). */
function metricBreaks(e, m) {
    const checks = metricChecks(e, m.name).filter((c) => c.verdict !== 'pass' && !c.id.startsWith('slice.'));
    const parts = [];
    for (const c of checks) {
        if (c.id.endsWith('.threshold') && m.threshold)
            parts.push(`misses ${thresholdText(m)}`);
        else if (c.id.endsWith('.baseline'))
            parts.push(`${c.verdict === 'warn' ? 'may exceed' : 'exceeds'} the allowed ${m.higherIsBetter ? 'drop' : 'rise'} of ${(0,markdown/* text */.Qq)(m.maxDrop ?? '0')}`);
        else
            parts.push((0,markdown/* text */.Qq)(c.message ?? c.name));
    }
    const slices = sliceCell(e, m.name);
    if (e.slices?.length && !slices.startsWith('all'))
        parts.push(`in ${slices.replace(' fail', '')} slices too`);
    return parts.join(', ');
}
/** The first three lines: the worst metric, what to do, what was compared. */
function renderPerformanceHeadline(e, verdict, sources) {
    const hasBaseline = e.metrics.some((m) => m.baseline !== null);
    const all = facts(e, hasBaseline);
    const bad = all.filter((f) => f.verdict !== 'pass').sort((a, b) => (b.verdict === 'fail' ? 1 : 0) - (a.verdict === 'fail' ? 1 : 0) || b.failing - a.failing);
    let reason;
    if (!bad.length) {
        const better = e.metrics.filter((m) => m.delta !== null && (m.higherIsBetter ? m.delta > 0 : m.delta < 0));
        const best = e.metrics.filter((m) => m.delta !== null).sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))[0];
        reason = `All ${(0,findings/* plural */.LS)(e.metrics.length, 'metric')} meet their rules${hasBaseline ? `; better than the baseline on ${better.length} of ${e.metrics.length}` : ''}${best && hasBaseline ? ` (${metricPhrase(best)})` : ''}.`;
    }
    else {
        const worst = bad[0];
        const others = bad.length - 1;
        const tail = others ? `; ${(0,findings/* plural */.LS)(others, 'more finding')} below` : '';
        reason = worst.metric ? `${metricPhrase(worst.metric)}: ${metricBreaks(e, worst.metric)}${tail}.` : `${(0,markdown/* text */.Qq)(worst.check?.message ?? '')}${tail}.`;
    }
    let next;
    const baselineFails = e.checks.filter((c) => c.id.endsWith('.baseline') && c.verdict === 'fail');
    const thresholdFails = e.metrics.filter((m) => metricChecks(e, m.name).some((c) => c.id.endsWith('.threshold') && c.verdict === 'fail'));
    const latencyFails = e.checks.filter((c) => c.id.startsWith('latency.') && c.verdict === 'fail');
    if (verdict === 'pass')
        next = 'nothing to do.';
    else if (baselineFails.length) {
        const everywhere = e.slices?.length && e.slices.every((s) => s.verdict === 'fail') ? `, in all ${e.slices.length} slices` : '';
        next = `keep the baseline model: the challenger is worse on ${baselineFails.length} of ${e.metrics.length} metrics${everywhere}; retrain before comparing again.`;
    }
    else if (thresholdFails.length) {
        const m = thresholdFails[0];
        next = `improve ${(0,markdown/* code */.aY)(m.name)} to ${thresholdText(m)} (now ${(0,render_numbers/* withInterval */.qY)(m.value, null, null).value}), or change its threshold in the policy.`;
    }
    else if (latencyFails.length) {
        next = `bring ${(0,markdown/* text */.Qq)(latencyFails[0].message ?? 'latency')} within the budget.`;
    }
    else if (verdict === 'warn') {
        next = 'the differences are not established either way: evaluate on more rows before deciding.';
    }
    else
        next = 'fix the findings below.';
    const rows = (0,findings/* plural */.LS)(e.rows, 'row');
    const task = e.task === 'regression' ? 'regression' : `${e.task} classification (${e.classes.map((c) => (0,markdown/* code */.aY)(c)).join(', ')})`;
    const against = sources.baselinePredictions
        ? ` against ${(0,markdown/* code */.aY)(sources.baselinePredictions)} on the same ${rows}${sources.idColumn ? ` (paired by ${(0,markdown/* code */.aY)(sources.idColumn)})` : ''}`
        : sources.baselineMetrics
            ? ` (${rows}) against the baseline metrics in ${(0,markdown/* code */.aY)(sources.baselineMetrics)}`
            : ` (${rows})`;
    const slices = e.slices?.length ? `; ${(0,findings/* plural */.LS)(e.slices.length, 'slice')} by ${sources.sliceBy.map((s) => (0,markdown/* code */.aY)(s)).join(', ')}` : '';
    const latency = e.latency ? `; latency from ${(0,markdown/* code */.aY)(e.latency.file)}` : '';
    return { reason, next, compared: `${(0,markdown/* code */.aY)(sources.predictions)}${against}: ${task}${slices}${latency}.` };
}

;// CONCATENATED MODULE: ./src/gates/performance-gate/report-sections.ts
/**
 * performance-gate's own sections of the JSON report, beside the common
 * fields (see core/report.ts). Published in docs/schemas/report.schema.json
 * for reports of this gate; written by gate.ts from the Evaluation of
 * evaluate.ts.
 *
 * Numbers that are undefined (NaN, e.g. a metric with one class in the
 * labels, or a baseline metric that cannot be computed) are written as null:
 * the row types say so, and JSON.stringify writes any remaining NaN as null.
 */


const maybeNumber = schemas/* number */.aig().nullable();
const metricRow = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().describe('Metric name, e.g. "roc_auc"'),
    value: maybeNumber.describe("The candidate's value; null when undefined on these rows"),
    baseline: maybeNumber.describe("The champion's value; null without a baseline or when undefined"),
    delta: maybeNumber.describe('value − baseline; null without both'),
    ciLow: maybeNumber.describe('Lower end of the confidence interval (of `delta` or of `value`, see `ciOf`)'),
    ciHigh: maybeNumber.describe('Upper end of the confidence interval'),
    ciOf: schemas/* enum */.k5n(['delta', 'value']).nullable().describe('What the interval bounds: the paired difference, the value itself, or null when there is no interval'),
    confidence: schemas/* number */.aig().describe('Confidence level of the interval'),
    pValue: maybeNumber.describe('Two-sided p-value of the difference from the baseline, or null'),
    test: schemas/* string */.YjP().nullable().describe('How the interval and p-value were obtained, e.g. "DeLong\'s test"'),
    threshold: schemas/* string */.YjP().nullable().describe('The threshold rule as written, or null'),
    maxDrop: schemas/* string */.YjP().nullable().describe('The non-inferiority margin against the baseline as written; null without a baseline'),
    higherIsBetter: schemas/* boolean */.zMY().describe('Whether a higher value is better'),
    verdict: schemas/* enum */.k5n(core_verdict/* VERDICTS */.bk).describe("The worst verdict of the metric's checks"),
})
    .strict();
const sliceMetric = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    value: maybeNumber.describe("The candidate's value in the slice; null when undefined"),
    baseline: maybeNumber.describe("The champion's value in the slice; null without a baseline or when undefined"),
    delta: maybeNumber.describe('value − baseline; null without both'),
    verdict: schemas/* enum */.k5n(core_verdict/* CHECK_VERDICTS */.cq).describe("The threshold check's verdict; insufficient when the metric is undefined in the slice"),
})
    .strict();
const sliceRow = schemas/* object */.Ikc({
    slice: schemas/* string */.YjP().describe('The slice, as column=value pairs joined by ", " (a missing cell reads (missing))'),
    rows: schemas/* number */.aig().int().min(0).describe('Rows in the slice'),
    metrics: schemas/* array */.YOg(sliceMetric).describe('The metrics in the slice; empty when the slice is smaller than min-slice-size'),
    verdict: schemas/* enum */.k5n(core_verdict/* CHECK_VERDICTS */.cq).describe('fail if a threshold failed, insufficient if the slice is too small or a metric undefined, else the worst verdict'),
})
    .strict();
const latency = schemas/* object */.Ikc({
    file: schemas/* string */.YjP().describe('The latency file as given'),
    samples: schemas/* number */.aig().int().min(1).describe('Number of samples'),
    mean: schemas/* number */.aig().describe('Mean latency in ms'),
    p50: schemas/* number */.aig().describe('Median latency in ms (linear interpolation, numpy default)'),
    p90: schemas/* number */.aig().describe('90th percentile in ms'),
    p95: schemas/* number */.aig().describe('95th percentile in ms'),
    p99: schemas/* number */.aig().describe('99th percentile in ms'),
    max: schemas/* number */.aig().describe('Largest sample in ms'),
    budget: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()).describe('The latency-budget input: statistic (p<q>, mean, max) → limit in ms'),
    observed: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()).describe('Each budgeted statistic → its observed value in ms'),
})
    .strict();
const modelSize = schemas/* object */.Ikc({
    path: schemas/* string */.YjP().describe('The model-path input'),
    bytes: schemas/* number */.aig().int().min(0).describe('Size of the file, or of every file under the directory, in bytes'),
    maxBytes: schemas/* number */.aig().int().min(0).describe('The max-model-size input in bytes'),
})
    .strict();
const report_sections_numbers = schemas/* array */.YOg(schemas/* number */.aig());
const rocPoints = schemas/* object */.Ikc({ fpr: report_sections_numbers.describe('False positive rates, ascending'), tpr: report_sections_numbers.describe('True positive rates') }).strict();
const prPoints = schemas/* object */.Ikc({ recall: report_sections_numbers.describe('Recall, descending'), precision: report_sections_numbers.describe('Precision') }).strict();
const calibrationPoints = schemas/* object */.Ikc({
    predicted: report_sections_numbers.describe('Mean predicted probability of each non-empty bin'),
    observed: report_sections_numbers.describe('Fraction of positives in the bin'),
    count: report_sections_numbers.describe('Scores in the bin'),
})
    .strict();
const pair = (s) => schemas/* object */.Ikc({ candidate: s, baseline: s.optional() }).strict();
const report_sections_charts = schemas/* object */.Ikc({
    roc: pair(rocPoints).optional().describe("ROC curves (scikit-learn's roc_curve, drop_intermediate), binary tasks with scores"),
    pr: pair(prPoints).optional().describe("Precision–recall curves (scikit-learn's precision_recall_curve)"),
    calibration: pair(calibrationPoints).optional().describe('Reliability curves over 10 uniform bins (scikit-learn\'s calibration_curve), when the scores are probabilities'),
    residuals: schemas/* object */.Ikc({
        edges: report_sections_numbers.describe('Bin edges of the residual y − ŷ over the pooled 1st–99th percentiles (values beyond are counted in the end bins)'),
        candidate: report_sections_numbers.describe("Share of the candidate's residuals per bin"),
        baseline: report_sections_numbers.optional().describe("Share of the baseline's residuals per bin"),
    })
        .strict()
        .optional()
        .describe('Residual histograms, regression tasks'),
})
    .strict();
const reportSections = schemas/* object */.Ikc({
    task: schemas/* enum */.k5n(['binary', 'multiclass', 'regression']).describe('The task the predictions were evaluated as.'),
    rows: schemas/* number */.aig().int().min(0).describe('Rows of the predictions file evaluated.'),
    classes: schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('Class names, negative class first for a binary task; absent for a regression.'),
    metrics: schemas/* array */.YOg(metricRow).describe('One entry per metric computed, with its baseline comparison and interval.'),
    slices: schemas/* array */.YOg(sliceRow).optional().describe('The metrics per slice (with slice-by).'),
    latency: latency.optional().describe('Latency percentiles against the budget (with latency).'),
    modelSize: modelSize.optional().describe('The model size against its limit (with model-path and max-model-size).'),
    charts: report_sections_charts
        .optional()
        .describe('Summaries the HTML report draws: curves thinned to points 1/250 apart, 5 significant digits; never rows.'),
});

;// CONCATENATED MODULE: ./src/stats/metrics/binary-clf-curve.ts

function binaryClfCurve(labels, scores, order = scoreOrder(scores)) {
    const n = scores.length;
    const fps = [];
    const tps = [];
    const thresholds = [];
    let tp = 0;
    let fp = 0;
    let end = n;
    while (end > 0) {
        const s = scores[order[end - 1]];
        let start = end;
        while (start > 0 && scores[order[start - 1]] === s) {
            start--;
            if (labels[order[start]] === 1)
                tp++;
            else
                fp++;
        }
        tps.push(tp);
        fps.push(fp);
        thresholds.push(s);
        end = start;
    }
    return { fps: Float64Array.from(fps), tps: Float64Array.from(tps), thresholds: Float64Array.from(thresholds) };
}

;// CONCATENATED MODULE: ./src/stats/metrics/calibration-curve.ts
function calibrationCurve(labels, scores, nBins = 10) {
    // numpy.linspace(0, 1, nBins + 1): start + i * step, the last edge exactly 1.
    const step = 1 / nBins;
    const inner = [];
    for (let i = 1; i < nBins; i++)
        inner.push(i * step);
    const sums = new Float64Array(nBins);
    const trues = new Float64Array(nBins);
    const totals = new Float64Array(nBins);
    for (let i = 0; i < scores.length; i++) {
        const p = scores[i];
        let lo = 0;
        let hi = inner.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (inner[mid] < p)
                lo = mid + 1;
            else
                hi = mid;
        }
        sums[lo] += p;
        if (labels[i] === 1)
            trues[lo] += 1;
        totals[lo] += 1;
    }
    const out = { predicted: [], observed: [], count: [] };
    for (let b = 0; b < nBins; b++) {
        if (totals[b] === 0)
            continue;
        out.predicted.push(sums[b] / totals[b]);
        out.observed.push(trues[b] / totals[b]);
        out.count.push(totals[b]);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/stats/metrics/precision-recall-curve.ts

function precisionRecallCurve(labels, scores, counts = binaryClfCurve(labels, scores)) {
    const { fps, tps } = counts;
    const m = tps.length;
    const last = m ? tps[m - 1] : 0;
    const precision = [];
    const recall = [];
    for (let k = m - 1; k >= 0; k--) {
        const predicted = tps[k] + fps[k];
        precision.push(predicted !== 0 ? tps[k] / predicted : 0);
        recall.push(last === 0 ? 1 : tps[k] / last);
    }
    precision.push(1);
    recall.push(0);
    return { precision, recall };
}

;// CONCATENATED MODULE: ./src/stats/metrics/roc-curve.ts

function rocCurve(labels, scores, counts = binaryClfCurve(labels, scores)) {
    let { fps, tps } = counts;
    const m = fps.length;
    if (m > 2) {
        const keep = [0];
        for (let k = 1; k < m - 1; k++) {
            const d2f = fps[k + 1] - 2 * fps[k] + fps[k - 1];
            const d2t = tps[k + 1] - 2 * tps[k] + tps[k - 1];
            if (d2f !== 0 || d2t !== 0)
                keep.push(k);
        }
        keep.push(m - 1);
        fps = Float64Array.from(keep, (k) => fps[k]);
        tps = Float64Array.from(keep, (k) => tps[k]);
    }
    const lastF = fps.length ? fps[fps.length - 1] : 0;
    const lastT = tps.length ? tps[tps.length - 1] : 0;
    return { fpr: [0, ...Array.from(fps, (f) => f / lastF)], tpr: [0, ...Array.from(tps, (t) => t / lastT)] };
}

;// CONCATENATED MODULE: ./src/gates/performance-gate/chart-data.ts
/**
 * The curves the visual report draws, as a compact `charts` section of the
 * JSON report (never rows):
 *
 * - binary tasks with scores: the ROC and precision–recall curves of the
 *   candidate and the baseline (scikit-learn's definitions, src/stats/metrics/),
 *   and their reliability curves (10 uniform bins) when every score is a
 *   probability;
 * - regression: histograms of the residuals y − ŷ of both on shared bins.
 *
 * A curve has a point per distinct score (a million on a large file); it is
 * thinned to the points at least 1/250 apart from the last one kept in
 * either coordinate, which keeps its shape at any size a chart is drawn,
 * and numbers are kept to 5 significant digits.
 */





const STEP = 1 / 250;
const RESIDUAL_BINS = 30;
const round = (v) => Number(v.toPrecision(5));
/** Indices of the points to keep: the first, the last, and each one STEP away from the last kept. */
function thinCurve(xs, ys, step = STEP) {
    const keep = [];
    for (let i = 0; i < xs.length; i++) {
        const last = keep[keep.length - 1];
        if (last === undefined || i === xs.length - 1 || Math.abs(xs[i] - xs[last]) >= step || Math.abs(ys[i] - ys[last]) >= step)
            keep.push(i);
    }
    return keep;
}
function binaryCurves(p) {
    const scores = p.scores?.[0];
    if (!scores || p.task !== 'binary')
        return undefined;
    let positives = 0;
    for (let i = 0; i < p.label.length; i++)
        if (p.label[i] === 1)
            positives++;
    // Both classes are needed for rates (0/0 otherwise).
    if (positives === 0 || positives === p.label.length)
        return undefined;
    const counts = binaryClfCurve(p.label, scores, scoreOrder(scores));
    const roc = rocCurve(p.label, scores, counts);
    const pr = precisionRecallCurve(p.label, scores, counts);
    const rk = thinCurve(roc.fpr, roc.tpr);
    const pk = thinCurve(pr.recall, pr.precision);
    const out = {
        roc: { fpr: rk.map((k) => round(roc.fpr[k])), tpr: rk.map((k) => round(roc.tpr[k])) },
        pr: { recall: pk.map((k) => round(pr.recall[k])), precision: pk.map((k) => round(pr.precision[k])) },
    };
    if (!p.scoreOutsideUnit) {
        const c = calibrationCurve(p.label, scores, 10);
        out.calibration = { predicted: c.predicted.map(round), observed: c.observed.map(round), count: c.count };
    }
    return out;
}
function residualsOf(p) {
    if (p.task !== 'regression' || !p.actual || !p.estimate)
        return undefined;
    const r = new Float64Array(p.actual.length);
    for (let i = 0; i < r.length; i++)
        r[i] = p.actual[i] - p.estimate[i];
    return r;
}
/** The q-quantile of an ascending array (linear interpolation, numpy's default). */
function quantileSorted(sorted, q) {
    const h = (sorted.length - 1) * q;
    const lo = Math.floor(h);
    return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
}
/**
 * Shares of residuals on RESIDUAL_BINS equal bins spanning the pooled 1st to
 * 99th percentiles, so that a few large errors do not squash the picture;
 * residuals beyond land in the end bins.
 */
function residualHistograms(candidate, baseline) {
    const pooled = Float64Array.from([...candidate, ...(baseline ?? [])].filter(Number.isFinite)).sort();
    if (pooled.length === 0)
        return undefined;
    let lo = quantileSorted(pooled, 0.01);
    let hi = quantileSorted(pooled, 0.99);
    if (lo === hi)
        [lo, hi] = [lo - 0.5, hi + 0.5];
    const width = (hi - lo) / RESIDUAL_BINS;
    const shares = (r) => {
        const counts = new Array(RESIDUAL_BINS).fill(0);
        let n = 0;
        for (const v of r) {
            if (!Number.isFinite(v))
                continue;
            counts[Math.min(RESIDUAL_BINS - 1, Math.max(0, Math.floor((v - lo) / width)))]++;
            n++;
        }
        return counts.map((c) => round(n ? c / n : 0));
    };
    return {
        edges: Array.from({ length: RESIDUAL_BINS + 1 }, (_, i) => round(lo + i * width)),
        candidate: shares(candidate),
        ...(baseline ? { baseline: shares(baseline) } : {}),
    };
}
function performanceCharts(candidate, baseline) {
    const out = {};
    const c = binaryCurves(candidate);
    const b = baseline ? binaryCurves(baseline) : undefined;
    if (c) {
        out.roc = { candidate: c.roc, ...(b ? { baseline: b.roc } : {}) };
        out.pr = { candidate: c.pr, ...(b ? { baseline: b.pr } : {}) };
        if (c.calibration)
            out.calibration = { candidate: c.calibration, ...(b?.calibration ? { baseline: b.calibration } : {}) };
    }
    const rc = residualsOf(candidate);
    if (rc)
        out.residuals = residualHistograms(rc, baseline ? residualsOf(baseline) : undefined);
    return Object.keys(out).length ? out : undefined;
}

;// CONCATENATED MODULE: ./src/gates/performance-gate/gate.ts
/**
 * performance-gate: compute a model's metrics from its predictions, hold
 * them to thresholds, and compare them with the champion's on the same rows
 * with real statistics (McNemar, DeLong, paired bootstrap intervals), per
 * slice, plus latency percentiles and model size. The pure evaluation is in
 * evaluate.ts; this file declares the inputs and does the reading.
 */



















function parseRules(inputs) {
    const thresholds = {};
    for (const [metric, raw] of Object.entries(inputs.thresholds ?? {}))
        thresholds[metric] = parseThreshold(metric, raw);
    const maxDrop = {};
    const md = inputs['max-drop'];
    if (typeof md === 'object')
        for (const [metric, raw] of Object.entries(md))
            maxDrop[metric === 'default' ? '*' : metric] = parseMargin(metric, raw);
    else
        maxDrop['*'] = parseMargin('*', md);
    return { thresholds, maxDrop };
}
/** Size of a file, or of every file under a directory. */
async function sizeOf(path) {
    const s = await (0,promises_.stat)(path);
    if (!s.isDirectory())
        return s.size;
    let total = 0;
    for (const entry of await (0,promises_.readdir)(path))
        total += await sizeOf((0,external_node_path_.join)(path, entry));
    return total;
}
function latencySamples(table, column) {
    const numeric = table.columns.filter((c) => c.kind === 'number');
    const col = column ? table.columns.find((c) => c.name === column) : numeric.length === 1 ? numeric[0] : undefined;
    if (!col) {
        throw new errors/* UserError */.yo(column ? `no column "${column}" (set by latency-column)` : `cannot tell which column holds the latency (numeric columns: ${numeric.map((c) => c.name).join(', ') || 'none'}): set latency-column`, { file: table.source, field: 'latency-column' });
    }
    if (col.kind !== 'number')
        throw new errors/* UserError */.yo('latency samples must be numbers (milliseconds)', { file: table.source, field: col.name });
    for (let i = 0; i < table.rowCount; i++) {
        // Infinity is refused too: no statistic of it is a latency, and JSON would write it as null.
        if ((0,core_table/* isMissing */.b2)(col, i) || !(col.values[i] >= 0 && col.values[i] < Infinity))
            throw new errors/* UserError */.yo(`latency must be a finite non-negative number of ms, got ${(0,core_table/* isMissing */.b2)(col, i) ? 'an empty cell' : col.values[i]}`, { file: table.source, line: (0,core_table/* rowLine */.xQ)(table, i) ?? i + 1, field: col.name });
    }
    return col.values;
}
async function runPerformanceGate(inputs, ctx) {
    const { thresholds, maxDrop } = parseRules(inputs);
    if (inputs['max-model-size'] && !inputs['model-path'])
        throw new errors/* UserError */.yo('max-model-size needs model-path', { field: 'input max-model-size' });
    if (inputs['latency-budget'] && !inputs.latency)
        throw new errors/* UserError */.yo('latency-budget needs latency (the file of samples)', { field: 'input latency-budget' });
    const progress = (p) => ctx.progress(p);
    const columnOptions = {
        task: inputs.task,
        labelColumn: inputs['label-column'],
        predictionColumn: inputs['prediction-column'],
        scoreColumns: inputs['score-column'],
        scorePrefix: inputs['score-prefix'],
        positiveLabel: inputs['positive-label'],
        decisionThreshold: inputs['decision-threshold'],
        idColumn: inputs['id-column'],
    };
    // Read only the columns needed (all of them when score columns are found by prefix).
    const wanted = inputs['score-prefix']
        ? undefined
        : [...new Set([inputs['label-column'], inputs['prediction-column'], ...inputs['score-column'], inputs['id-column'], ...inputs['slice-by']].filter((c) => !!c))];
    const table = await (0,readers/* readTable */.xz)(inputs.predictions, { ...ctx.readLimits, cwd: ctx.cwd, columns: wanted, progress });
    const candidate = extractPredictions(table, columnOptions);
    let baseline;
    if (inputs['baseline-predictions']) {
        const file = inputs['baseline-predictions'];
        const baseWanted = wanted ? wanted.filter((c) => !inputs['slice-by'].includes(c) || c === inputs['label-column']) : undefined;
        // The baseline file may leave out the label column; read what is there.
        const baseTable = await (0,readers/* readTable */.xz)(file, { ...ctx.readLimits, cwd: ctx.cwd, progress }).then((t) => baseWanted ? { ...t, columns: t.columns.filter((c) => baseWanted.includes(c.name)) } : t);
        const base = extractPredictions(baseTable, columnOptions, { task: candidate.task, classes: candidate.classes });
        baseline = { predictions: alignBaseline(candidate, base, { candidate: inputs.predictions, baseline: file }, (line) => ctx.log.debug(`performance-gate: ${line}`)), file };
        if (inputs['baseline-metrics'])
            ctx.log.info('performance-gate: baseline-predictions given, so baseline-metrics is not used');
    }
    else if (inputs['baseline-metrics']) {
        const file = inputs['baseline-metrics'];
        let content;
        try {
            content = await (0,promises_.readFile)((0,external_node_path_.resolve)(ctx.cwd, file), 'utf8');
        }
        catch (err) {
            throw new errors/* UserError */.yo(`cannot read the baseline metrics: ${err.code ?? err.message}`, { file });
        }
        baseline = { values: parseBaselineMetrics(content, file), file };
    }
    const input = {
        candidate,
        baseline,
        options: {
            metrics: inputs.metrics,
            thresholds,
            maxDrop,
            decideOn: inputs['decide-on'],
            confidence: inputs.confidence,
            bootstrap: inputs.bootstrap,
            seed: inputs.seed,
        },
    };
    if (inputs['slice-by'].length)
        input.slices = { groups: sliceRows(table, inputs['slice-by']), columns: inputs['slice-by'], minSliceSize: inputs['min-slice-size'] };
    if (inputs.latency) {
        const lat = await (0,readers/* readTable */.xz)(inputs.latency, { ...ctx.readLimits, cwd: ctx.cwd, progress });
        input.latency = { samples: latencySamples(lat, inputs['latency-column']), file: inputs.latency, budget: inputs['latency-budget'] ?? {} };
    }
    if (inputs['model-path'] && inputs['max-model-size']) {
        let bytes;
        try {
            bytes = await sizeOf((0,external_node_path_.resolve)(ctx.cwd, inputs['model-path']));
        }
        catch (err) {
            throw new errors/* UserError */.yo(`cannot read the model: ${err.code ?? err.message}`, { file: inputs['model-path'], field: 'model-path' });
        }
        input.modelSize = { path: inputs['model-path'], bytes, maxText: inputs['max-model-size'], maxBytes: parseSize(inputs['max-model-size']) };
    }
    const e = evaluate(input);
    // Warnings about the data itself (scores that are not probabilities) go to the log too.
    for (const c of e.checks)
        if (c.id.startsWith('scores.') && c.verdict === 'warn')
            ctx.log.warn(`performance-gate: ${c.message}`);
    // Curve summaries for the visual report (chart-data.ts).
    const charts = performanceCharts(candidate, baseline?.predictions);
    const report = (0,make_report/* makeReport */.d)({
        gate: 'performance-gate',
        inputs: { ...inputs },
        checks: e.checks,
        reason: e.summary,
        sections: {
            task: e.task,
            rows: e.rows,
            ...(e.classes.length ? { classes: e.classes } : {}),
            metrics: e.metrics,
            ...(e.slices ? { slices: e.slices } : {}),
            ...(e.latency ? { latency: e.latency } : {}),
            ...(e.modelSize ? { modelSize: e.modelSize } : {}),
            ...(charts ? { charts } : {}),
        },
    });
    const metricValues = Object.fromEntries(e.metrics.map((m) => [m.name, m.value]));
    return {
        report,
        outputs: { metrics: JSON.stringify(metricValues), 'failed-metrics': e.metrics.filter((m) => m.verdict === 'fail').map((m) => m.name).join(',') },
        markdown: renderMarkdown(e),
        headline: renderPerformanceHeadline(e, report.verdict, {
            predictions: inputs.predictions,
            baselinePredictions: inputs['baseline-predictions'],
            baselineMetrics: inputs['baseline-metrics'],
            idColumn: inputs['id-column'],
            sliceBy: inputs['slice-by'],
        }),
    };
}
/* harmony default export */ const performance_gate_gate = ((0,gate/* defineGate */.p)({
    name: 'performance-gate',
    title: 'Model performance',
    description: "Compute a model's metrics from its predictions, hold them to thresholds, and compare them with the champion's on the same rows with real statistics (McNemar, DeLong, paired bootstrap).",
    inputs: inputs_inputs,
    outputs: outputs,
    run: runPerformanceGate,
    reportSections: reportSections,
}));


/***/ }),

/***/ 59897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ chiSquareSf)
/* harmony export */ });
/* unused harmony export chiSquareCdf */
/* harmony import */ var _special_regularized_gamma_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91121);
/**
 * The chi-square distribution with k degrees of freedom (scipy.stats.chi2):
 *   F(x; k) = P(k/2, x/2),   1 − F(x; k) = Q(k/2, x/2)
 * with P, Q the regularized incomplete gamma functions (A&S 26.4.19).
 */

function chiSquareCdf(x, df) {
    if (x <= 0)
        return 0;
    return regularizedGammaP(df / 2, x / 2);
}
/** Upper tail: the p-value of a chi-square statistic. */
function chiSquareSf(x, df) {
    if (x <= 0)
        return 1;
    return (0,_special_regularized_gamma_js__WEBPACK_IMPORTED_MODULE_0__/* .regularizedGammaQ */ .j)(df / 2, x / 2);
}


/***/ }),

/***/ 39172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zl: () => (/* binding */ normalQuantile),
  nG: () => (/* binding */ normalSf)
});

// UNUSED EXPORTS: normalCdf, normalPdf

// EXTERNAL MODULE: ./src/stats/special/regularized-gamma.ts
var regularized_gamma = __webpack_require__(91121);
;// CONCATENATED MODULE: ./src/stats/special/erf.ts
/**
 * Error function and its complement, through the incomplete gamma function:
 *   erf(x)  = sign(x) · P(1/2, x²)
 *   erfc(x) = Q(1/2, x²) for x ≥ 0, and 2 − erfc(−x) for x < 0
 * (Abramowitz & Stegun 7.1.1 with 6.5.16), so that erfc keeps its relative
 * accuracy far into the tail, where 1 − erf(x) would round to zero.
 */

function erf(x) {
    if (Number.isNaN(x))
        return NaN;
    if (x === 0)
        return x;
    const v = regularizedGammaP(0.5, x * x);
    return x < 0 ? -v : v;
}
function erfc(x) {
    if (Number.isNaN(x))
        return NaN;
    if (x < 0)
        return 2 - (0,regularized_gamma/* regularizedGammaQ */.j)(0.5, x * x);
    return (0,regularized_gamma/* regularizedGammaQ */.j)(0.5, x * x);
}

;// CONCATENATED MODULE: ./src/stats/distributions/normal.ts
/**
 * The normal distribution N(μ, σ²): cdf, survival function and quantile
 * (scipy.stats.norm.cdf / sf / ppf).
 *
 *   Φ(z) = ½ erfc(−z/√2),  1 − Φ(z) = ½ erfc(z/√2)
 *
 * The quantile starts from Abramowitz & Stegun 26.2.23 (|error| < 4.5e-4)
 * and refines with Halley steps on the exact cdf, which reach full double
 * precision in two or three steps. The tail nearer to p is used so that
 * tiny probabilities keep their relative accuracy.
 */

const SQRT2 = Math.SQRT2;
const SQRT_2PI = Math.sqrt(2 * Math.PI);
function normalCdf(x, mean = 0, sd = 1) {
    return 0.5 * erfc(-(x - mean) / (sd * SQRT2));
}
function normalSf(x, mean = 0, sd = 1) {
    return 0.5 * erfc((x - mean) / (sd * SQRT2));
}
function normalPdf(x, mean = 0, sd = 1) {
    const z = (x - mean) / sd;
    return Math.exp(-0.5 * z * z) / (sd * SQRT_2PI);
}
/** Lower-tail standard normal quantile for 0 < p ≤ 0.5. */
function lowerQuantile(p) {
    const t = Math.sqrt(-2 * Math.log(p));
    let x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
    for (let i = 0; i < 6; i++) {
        const e = normalCdf(x) - p;
        const u = e * SQRT_2PI * Math.exp(0.5 * x * x);
        const step = u / (1 + 0.5 * x * u);
        x -= step;
        if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(x)))
            break;
    }
    return x;
}
function normalQuantile(p, mean = 0, sd = 1) {
    if (Number.isNaN(p) || p < 0 || p > 1)
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    const z = p <= 0.5 ? lowerQuantile(p) : -lowerQuantile(1 - p);
    return mean + sd * z;
}


/***/ }),

/***/ 25581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ logGamma),
/* harmony export */   l: () => (/* binding */ logBeta)
/* harmony export */ });
/**
 * Natural logarithm of the gamma function, ln Γ(x), for x > 0.
 *
 * Lanczos approximation with g = 7 and nine coefficients (Lanczos 1964;
 * the coefficient set popularised by Numerical Recipes, 3rd ed., §6.1 and
 * Godfrey's tables), with the reflection formula Γ(x)Γ(1−x) = π / sin(πx)
 * for x < 0.5. Relative error about 1e-15 away from the zeros at 1 and 2.
 */
const G = 7;
const C = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
function logGamma(x) {
    if (Number.isNaN(x))
        return NaN;
    if (x <= 0 && Number.isInteger(x))
        return Infinity;
    if (x < 0.5) {
        // Reflection: ln Γ(x) = ln π − ln |sin πx| − ln Γ(1 − x)
        return Math.log(Math.PI) - Math.log(Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    const z = x - 1;
    let a = C[0];
    const t = z + G + 0.5;
    for (let i = 1; i < G + 2; i++)
        a += C[i] / (z + i);
    return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
function logBeta(a, b) {
    return logGamma(a) + logGamma(b) - logGamma(a + b);
}


/***/ }),

/***/ 93624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ regularizedBeta)
/* harmony export */ });
/* harmony import */ var _log_gamma_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25581);
/**
 * Regularized incomplete beta function
 *   I_x(a, b) = B(x; a, b) / B(a, b),  a, b > 0, 0 ≤ x ≤ 1
 * (scipy.special.betainc).
 *
 * Continued fraction (Abramowitz & Stegun 26.5.8) evaluated with the
 * modified Lentz method; it converges fast for x < (a + 1)/(a + b + 2),
 * and the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) covers the rest
 * (Numerical Recipes, 3rd ed., §6.4). `complement` asks for 1 − I_x(a, b)
 * computed without cancellation.
 */

const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITER = 100_000;
function continuedFraction(a, b, x) {
    const qab = a + b;
    const qap = a + 1;
    const qam = a - 1;
    let c = 1;
    let d = 1 - (qab * x) / qap;
    if (Math.abs(d) < TINY)
        d = TINY;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= MAX_ITER; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const del = d * c;
        h *= del;
        if (Math.abs(del - 1) < EPS)
            break;
    }
    return h;
}
/** x^a (1−x)^b / (a B(a,b)), the prefactor of the continued fraction. */
function front(a, b, x) {
    return Math.exp(a * Math.log(x) + b * Math.log1p(-x) - (0,_log_gamma_js__WEBPACK_IMPORTED_MODULE_0__/* .logBeta */ .l)(a, b)) / a;
}
function regularizedBeta(x, a, b, complement = false) {
    if (Number.isNaN(x) || Number.isNaN(a) || Number.isNaN(b) || a <= 0 || b <= 0 || x < 0 || x > 1)
        return NaN;
    if (x === 0)
        return complement ? 1 : 0;
    if (x === 1)
        return complement ? 0 : 1;
    if (x < (a + 1) / (a + b + 2)) {
        const v = front(a, b, x) * continuedFraction(a, b, x);
        return complement ? 1 - v : v;
    }
    const w = front(b, a, 1 - x) * continuedFraction(b, a, 1 - x);
    return complement ? w : 1 - w;
}


/***/ }),

/***/ 91121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ regularizedGammaQ)
/* harmony export */ });
/* unused harmony export regularizedGammaP */
/* harmony import */ var _log_gamma_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25581);
/**
 * Regularized incomplete gamma functions
 *   P(a, x) = γ(a, x) / Γ(a)  (lower)   and   Q(a, x) = 1 − P(a, x)  (upper),
 * for a > 0, x ≥ 0; scipy.special.gammainc and gammaincc.
 *
 * For x < a + 1 the power series of γ converges fast; otherwise the
 * continued fraction for Γ(a, x), evaluated with the modified Lentz method
 * (Numerical Recipes, 3rd ed., §6.2). Each side computes its own tail
 * directly, so a tiny Q is not lost to cancellation in 1 − P.
 */

const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITER = 100_000;
/** P(a, x) by its series; only accurate for x < a + 1. */
function lowerSeries(a, x) {
    let ap = a;
    let sum = 1 / a;
    let del = sum;
    for (let n = 0; n < MAX_ITER; n++) {
        ap += 1;
        del *= x / ap;
        sum += del;
        if (Math.abs(del) < Math.abs(sum) * EPS)
            break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - (0,_log_gamma_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .S)(a));
}
/** Q(a, x) by its continued fraction; only accurate for x ≥ a + 1. */
function upperFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < MAX_ITER; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const del = d * c;
        h *= del;
        if (Math.abs(del - 1) < EPS)
            break;
    }
    return Math.exp(-x + a * Math.log(x) - (0,_log_gamma_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .S)(a)) * h;
}
function regularizedGammaP(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0)
        return NaN;
    if (x === 0)
        return 0;
    if (x === Infinity)
        return 1;
    return x < a + 1 ? lowerSeries(a, x) : 1 - upperFraction(a, x);
}
function regularizedGammaQ(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0)
        return NaN;
    if (x === 0)
        return 1;
    if (x === Infinity)
        return 0;
    return x < a + 1 ? 1 - lowerSeries(a, x) : upperFraction(a, x);
}


/***/ })

};
