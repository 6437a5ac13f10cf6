export const id = 189;
export const ids = [189,116];
export const modules = {

/***/ 42303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ inertLogLine),
/* harmony export */   w: () => (/* binding */ inertLines)
/* harmony export */ });
/**
 * Text the GitHub Actions runner prints but never obeys.
 *
 * The runner reads every line a step writes, on stdout and on stderr, and
 * runs two forms of workflow command in it (actions/runner,
 * src/Runner.Common/ActionCommand.cs, TryParseV2 and TryParse):
 *
 * - `::name props::data` when the line starts with `::` once leading white
 *   space (.NET's Char.IsWhiteSpace, which includes U+0085) is trimmed;
 * - `##[name props]data` anywhere in the line (the older form).
 *
 * Lines end at `\n`, `\r` or `\r\n`. So a value from a file (a path, a column
 * or group name) that holds a line break followed by `::error::…` or
 * `::add-mask::…`, or that holds `##[error]` anywhere, would be a command if
 * printed raw. Everything modelgate prints that can carry data goes through
 * one of these two functions (the runner's own commands escape their data
 * as @actions/core does: src/adapters/action/runner.ts).
 *
 * A zero-width space (U+200B) breaks a command: the runner does not trim it
 * (it is a format character, not white space), and a reader does not see it.
 */
const ZWSP = '\u200b';
/** A line that would start a `::` command, up to the first colon. */
const COMMAND_START = /^([\s\u0085]*):(?=:)/;
const OLD_COMMAND = /##\[/g;
/** One line made inert: nothing in it starts a command. Line breaks must be gone already. */
function defuseLine(line) {
    return line.replace(COMMAND_START, `$1${ZWSP}:`).replace(OLD_COMMAND, `##${ZWSP}[`);
}
/**
 * A log line that stays one line and issues no command: line breaks are
 * written as the toolkit writes them in command data (`%0D`, `%0A`), and a
 * command start is broken. `%` itself is left alone: a plain line is never
 * decoded, and escaping it would print every percentage as `%25`.
 */
function inertLogLine(text) {
    return defuseLine(text.replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}
/**
 * Multi-line text (the CLI's Markdown report, an error with its stack) with
 * its lines kept and every command start broken. Honest output is unchanged;
 * only a line that would have been a command gains an invisible character.
 */
function inertLines(text) {
    return text
        .split(/(\r\n|\r|\n)/)
        .map((part, i) => (i % 2 === 0 ? defuseLine(part) : part))
        .join('');
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


/***/ }),

/***/ 32189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ drift_check_gate),
  inputs: () => (/* reexport */ inputs_inputs),
  outputs: () => (/* reexport */ outputs),
  runDriftCheck: () => (/* binding */ runDriftCheck)
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
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(73116);
;// CONCATENATED MODULE: ./src/github/dispatch.ts
/**
 * Fire a `repository_dispatch` event (drift-check uses it to start a
 * retraining workflow). GitHub limits the event type to 100 characters and
 * the client payload to 10 top-level properties.
 * https://docs.github.com/en/rest/repos/repos#create-a-repository-dispatch-event
 */


/** True when GitHub accepted the event; false when the token may not send it. */
async function repositoryDispatch(client, opts) {
    const { owner, repo, eventType, clientPayload = {} } = opts;
    if (eventType.length < 1 || eventType.length > 100) {
        throw new errors/* UserError */.yo(`the dispatch event type must be 1 to 100 characters long, got ${eventType.length}`, {
            field: 'event-type',
        });
    }
    const keys = Object.keys(clientPayload);
    if (keys.length > 10) {
        throw new errors/* UserError */.yo(`the dispatch payload may have at most 10 top-level properties, got ${keys.length} (${keys.join(', ')})`, {
            field: 'client_payload',
        });
    }
    try {
        await client.rest.repos.createDispatchEvent({ owner, repo, event_type: eventType, client_payload: clientPayload });
        return true;
    }
    catch (err) {
        const status = (0,github_errors.httpStatus)(err);
        if (status !== 403 && status !== 404)
            throw err;
        (opts.log ?? github_errors.fallbackLog).warn(`Could not send the repository_dispatch event "${eventType}" to ${owner}/${repo} (HTTP ${status}: ${(0,github_errors.firstLine)(err)}). ` +
            'The token needs `contents: write` on that repository (GITHUB_TOKEN can only reach its own repository; use a PAT or app token for another).');
        return false;
    }
}

;// CONCATENATED MODULE: ./src/gates/drift-check/checks.ts
/** The condition under which a score passes, as written in the report. */
function passCondition(operator, threshold) {
    const passes = { '<': '>=', '<=': '>', '>=': '<', '>': '<=' };
    return `${passes[operator]} ${threshold}`;
}
function decisive(c) {
    return c.score === 'p-value' ? c.adjustedPValue ?? c.pValue : c.statistic;
}
function fmt(v) {
    return Number.isFinite(v) ? String(Number(v.toPrecision(4))) : String(v);
}
function driftChecks(e) {
    const checks = [];
    const d = e.dataset;
    const warnByShare = d.share >= d.warnShare;
    checks.push({
        id: 'dataset.drift-share',
        subject: null,
        name: 'Share of drifted columns',
        value: d.share,
        threshold: `< ${d.threshold}`,
        verdict: d.drifted ? 'fail' : d.warnShare > 0 && d.share >= d.warnShare ? 'warn' : 'pass',
        severity: 'error',
        message: `${d.driftedColumns.length} of ${d.evaluatedColumns} feature columns drifted (${fmt(d.share * 100)}%); dataset drift at ${fmt(d.threshold * 100)}% or more`,
    });
    for (const c of e.columns) {
        const value = decisive(c);
        const what = c.role === 'feature' ? 'column' : c.role;
        checks.push({
            id: `column.${c.name}.drift`,
            subject: c.name,
            name: `${c.method} ${c.score}`,
            // JSON has no ∞: an infinite score (a category the reference never saw under chisquare) is written as text.
            value: value === null || Number.isNaN(value) ? null : Number.isFinite(value) ? value : String(value),
            threshold: passCondition(c.operator, c.threshold),
            verdict: c.status === 'insufficient' ? 'insufficient' : c.drifted && (c.role !== 'feature' || warnByShare) ? 'warn' : 'pass',
            severity: 'warn',
            message: c.status === 'insufficient'
                ? `${what} ${c.name}: not tested, ${c.note}`
                : `${what} ${c.name}: ${c.method} ${c.score} ${fmt(value)} ${c.drifted ? 'crosses' : 'is within'} the threshold ${c.threshold}${c.drifted ? ' (drift)' : ''}`,
        });
    }
    for (const q of e.quality) {
        const message = q.kind === 'null-share'
            ? `null share of ${q.column} went from ${fmt((q.reference ?? 0) * 100)}% to ${fmt((q.current ?? 0) * 100)}%`
            : q.kind === 'new-categories'
                ? `${q.categories?.length ?? 0} categories of ${q.column} are new in the current data (${fmt(q.value * 100)}% of rows)`
                : `${q.categories?.length ?? 0} categories of ${q.column} are gone from the current data (${fmt(q.value * 100)}% of reference rows)`;
        checks.push({
            id: `column.${q.column}.${q.kind}`,
            subject: q.column,
            name: q.kind === 'null-share' ? 'Null share increase' : q.kind === 'new-categories' ? 'Share of rows in new categories' : 'Share of reference rows in vanished categories',
            value: q.value,
            threshold: `<= ${q.threshold}`,
            verdict: q.flagged ? 'warn' : 'pass',
            severity: 'warn',
            message,
            ...(q.categories && q.categories.length ? { categories: q.categories } : {}),
        });
    }
    for (const u of e.unmatched) {
        checks.push({
            id: `column.${u.column}.unmatched`,
            subject: u.column,
            name: 'Column in both files',
            value: u.in,
            threshold: null,
            verdict: 'warn',
            severity: 'warn',
            message: `column ${u.column} is only in the ${u.in} data and was not compared`,
        });
    }
    return checks;
}
/**
 * The summary's reason for the verdict the checks add up to (decided once,
 * in makeReport): it names what the checks flagged, never judges again.
 */
function driftReason(e, checks) {
    return (verdict) => {
        const d = e.dataset;
        const n = `${d.driftedColumns.length} of ${d.evaluatedColumns} columns drifted (${fmt(d.share * 100)}%)`;
        if (verdict === 'fail')
            return `dataset drift, ${n}: ${d.driftedColumns.slice(0, 5).join(', ')}${d.driftedColumns.length > 5 ? ', …' : ''}`;
        const flagged = checks.filter((c) => c.verdict !== 'pass');
        if (verdict === 'pass') {
            if (d.driftedColumns.length === 0)
                return `no drift in ${d.evaluatedColumns} columns`;
            return `${n}, below the warning share ${fmt(d.warnShare * 100)}%`;
        }
        const parts = [];
        if (flagged.some((c) => c.id === 'dataset.drift-share' || (c.id.endsWith('.drift') && e.columns.some((x) => x.name === c.subject && x.role === 'feature'))))
            parts.push(n);
        const others = e.columns.filter((c) => c.role !== 'feature' && c.drifted).map((c) => `${c.role} ${c.name} drifted`);
        parts.push(...others);
        const quality = flagged.filter((c) => /\.(null-share|new-categories|missing-categories|unmatched)$/.test(c.id)).length;
        if (quality)
            parts.push(`${quality} data-quality findings`);
        const insufficient = flagged.filter((c) => c.verdict === 'insufficient').length;
        if (insufficient)
            parts.push(`${insufficient} columns with too few values to test`);
        return parts.join('; ') || n;
    };
}

;// CONCATENATED MODULE: ./src/stats/drift/p-value-adjustment.ts
function adjustPValues(pValues, method) {
    const out = pValues.slice();
    if (method === 'none')
        return out;
    const idx = pValues.map((_, i) => i).filter((i) => !Number.isNaN(pValues[i]));
    const m = idx.length;
    if (method === 'bonferroni') {
        for (const i of idx)
            out[i] = Math.min(1, pValues[i] * m);
        return out;
    }
    idx.sort((a, b) => pValues[a] - pValues[b]);
    if (method === 'holm') {
        let running = 0;
        idx.forEach((i, r) => {
            running = Math.max(running, (m - r) * pValues[i]);
            out[i] = Math.min(1, running);
        });
        return out;
    }
    let running = Infinity;
    for (let r = m - 1; r >= 0; r--) {
        const i = idx[r];
        running = Math.min(running, (m * pValues[i]) / (r + 1));
        out[i] = Math.min(1, running);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/stats/drift/histogram-bin-edges.ts
function linspace(start, stop, num) {
    const out = new Float64Array(num);
    const step = (stop - start) / (num - 1);
    for (let i = 0; i < num; i++)
        out[i] = i * step + start;
    out[num - 1] = stop;
    return out;
}
function doaneWidth(values, min, max) {
    const n = values.length;
    if (n <= 2)
        return 0;
    const sg1 = Math.sqrt((6 * (n - 2)) / ((n + 1) * (n + 3)));
    let s = 0;
    for (let i = 0; i < n; i++)
        s += values[i];
    const mean = s / n;
    let ss = 0;
    for (let i = 0; i < n; i++)
        ss += (values[i] - mean) ** 2;
    const sigma = Math.sqrt(ss / n);
    if (!(sigma > 0))
        return 0;
    let m3 = 0;
    for (let i = 0; i < n; i++)
        m3 += ((values[i] - mean) / sigma) ** 3;
    const g1 = m3 / n;
    return (max - min) / (1 + Math.log2(n) + Math.log2(1 + Math.abs(g1) / sg1));
}
/** Quantile of an ascending sample, numpy's default 'linear' method. */
function quantileSorted(sorted, q) {
    const pos = q * (sorted.length - 1);
    const lo = Math.floor(pos);
    const hi = Math.min(lo + 1, sorted.length - 1);
    const frac = pos - lo;
    return sorted[lo] + (sorted[hi] - sorted[lo]) * frac;
}
/**
 * `values`: the sample the edges come from (the pooled sample for sturges,
 * doane and equal-width, the reference for quantile), without NaN.
 */
function histogramBinEdges(values, rule, count = 10) {
    const n = values.length;
    if (n === 0)
        return new Float64Array([0, 1]);
    if (rule === 'quantile') {
        const sorted = Float64Array.from(values).sort();
        const edges = [];
        for (let i = 0; i <= count; i++) {
            const e = quantileSorted(sorted, i / count);
            if (edges.length === 0 || e > edges[edges.length - 1])
                edges.push(e);
        }
        if (edges.length === 1)
            edges.push(edges[0]);
        edges[0] = -Infinity;
        edges[edges.length - 1] = Infinity;
        return Float64Array.from(edges);
    }
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
        if (values[i] < min)
            min = values[i];
        if (values[i] > max)
            max = values[i];
    }
    if (rule === 'doane')
        return edgesOfWidth(min, max, doaneWidth(values, min, max));
    return histogramBinEdgesOfRange(min, max, n, rule, count);
}
/**
 * The `sturges` and `equal-width` edges need only the sample's minimum,
 * maximum and size: the same edges as histogramBinEdges without a pass over
 * the values (for sorted samples, whose ends are known). n = 0 gives [0, 1].
 */
function histogramBinEdgesOfRange(min, max, n, rule, count = 10) {
    if (n === 0)
        return new Float64Array([0, 1]);
    if (rule === 'equal-width')
        return linspace(...range(min, max), count + 1);
    return edgesOfWidth(min, max, (max - min) / (Math.log2(n) + 1));
}
/** [min, max], widened to [v − ½, v + ½] for a constant sample (numpy). */
function range(min, max) {
    return min === max ? [min - 0.5, max + 0.5] : [min, max];
}
/** Equal bins of about `width` over the range: ⌈range / width⌉ of them (1 when the width is 0). */
function edgesOfWidth(min, max, width) {
    const [first, last] = range(min, max);
    const bins = width ? Math.ceil((last - first) / width) : 1;
    return linspace(first, last, bins + 1);
}

;// CONCATENATED MODULE: ./src/stats/drift/sorted-search.ts
/**
 * Searches in an ascending array that start from a known position and gallop
 * (probe 1, 2, 4, … ahead, then bisect), so a sweep over ascending keys costs
 * O(k·log(n/k)) for k keys instead of O(n) or O(k·log n).
 *
 * Reference: J. L. Bentley and A. C.-C. Yao, "An almost optimal algorithm for
 * unbounded searching", Inf. Process. Lett. 5(3) (1976) 82–87.
 */
/**
 * The first index i ≥ from with sorted[i] ≥ v (`inclusive` false: numpy's
 * searchsorted side='left') or sorted[i] > v (`inclusive` true: side='right');
 * sorted.length if there is none. Every value before `from` must be below v
 * (or ≤ v when inclusive).
 */
function searchSortedFrom(sorted, v, from, inclusive) {
    const n = sorted.length;
    let lo = from;
    // Short gaps are common (a sweep over nearly as many keys as values): step
    // through the first few values before galloping.
    const near = Math.min(n, from + 8);
    if (inclusive)
        while (lo < near && sorted[lo] <= v)
            lo++;
    else
        while (lo < near && sorted[lo] < v)
            lo++;
    if (lo < near || lo === n)
        return lo;
    let hi = lo;
    let step = 1;
    // Invariant: every value in [from, lo) passes (is below v, or ≤ v when inclusive).
    while (hi < n && (inclusive ? sorted[hi] <= v : sorted[hi] < v)) {
        lo = hi + 1;
        hi = lo + step;
        step *= 2;
    }
    if (hi > n)
        hi = n;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (inclusive ? sorted[mid] <= v : sorted[mid] < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

;// CONCATENATED MODULE: ./src/stats/drift/histogram-counts-sorted.ts
/**
 * Counts of an ascending sample per bin, as `numpy.histogram(values,
 * bins=edges)[0]` (and histogram-counts.ts): bins half-open [eᵢ, eᵢ₊₁)
 * except the last, which is closed; values outside [e₀, e_last] are not
 * counted. Because the sample is sorted, each edge's position is found by a
 * search instead of placing every value: the count of bin i is
 * #(v < eᵢ₊₁) − #(v < eᵢ), and of the last bin #(v ≤ e_last) − #(v < e_{last−1}).
 * Edges must be non-decreasing (numpy requires it; histogram-bin-edges.ts
 * makes them so); the sample must hold no NaN.
 *
 * `histogramCountsDistinct` takes the sample as its distinct values
 * (strictly ascending) with their counts: the same counts as for the
 * expanded sample.
 *
 * Reference: numpy.histogram, https://numpy.org/doc/stable/reference/generated/numpy.histogram.html
 */

/** Positions of the edges in `sorted`: #(v < eᵢ) for each edge but the last, #(v ≤ e_last) for the last. */
function edgePositions(sorted, edges) {
    const bins = edges.length - 1;
    const at = new Float64Array(edges.length);
    let from = 0;
    for (let e = 0; e < bins; e++) {
        from = searchSortedFrom(sorted, edges[e], from, false);
        at[e] = from;
    }
    at[bins] = searchSortedFrom(sorted, edges[bins], from, true);
    return at;
}
/** Counts per bin of an ascending sample. */
function histogramCountsSorted(sorted, edges) {
    const bins = edges.length - 1;
    const at = edgePositions(sorted, edges);
    const counts = new Float64Array(bins);
    for (let b = 0; b < bins; b++)
        counts[b] = at[b + 1] - at[b];
    return counts;
}
/** Counts per bin of a sample given as distinct values (strictly ascending) and their counts. */
function histogramCountsDistinct(values, counts, edges) {
    const bins = edges.length - 1;
    const at = edgePositions(values, edges);
    const out = new Float64Array(bins);
    for (let b = 0; b < bins; b++) {
        let s = 0;
        for (let k = at[b]; k < at[b + 1]; k++)
            s += counts[k];
        out[b] = s;
    }
    return out;
}

// EXTERNAL MODULE: ./src/gates/drift-check/column-sample.ts
var column_sample = __webpack_require__(71918);
;// CONCATENATED MODULE: ./src/gates/drift-check/binned-shares.ts
/**
 * The bins of the binned methods (psi, kl_div, jensenshannon, hellinger,
 * l_infinity, and the categorical tests on numerical columns): counts of the
 * reference and the current sample over the same bins.
 *
 * - A categorical sample: one bin per category seen in either sample.
 * - A numerical sample with `binning: auto` (Evidently's `get_binned_data`):
 *   when the reference has more than 20 distinct values, Sturges bins over
 *   the pooled sample; otherwise one bin per distinct value.
 * - Otherwise the named rule (histogram-bin-edges.ts): sturges, doane and
 *   equal-width over the pooled sample, quantile over the reference.
 */



/**
 * Text in Python's order (by code point, as `sorted` orders str), which
 * differs from JavaScript's UTF-16 order only for characters beyond U+FFFF
 * against U+E000–U+FFFF.
 */
function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        // Surrogates (U+D800–U+DFFF) stand for code points above U+FFFF: lift them above U+E000–U+FFFF.
        const kx = x >= 0xd800 ? (x <= 0xdfff ? x + 0x2000 : x - 0x800) : x;
        const ky = y >= 0xd800 ? (y <= 0xdfff ? y + 0x2000 : y - 0x800) : y;
        return kx - ky;
    }
    return a.length - b.length;
}
function categoryCounts(ref, cur, numbers) {
    const labels = [...new Set([...ref.keys(), ...cur.keys()])].sort(numbers ? (a, b) => Number(a) - Number(b) : compareCodePoints);
    return {
        labels,
        reference: Float64Array.from(labels, (l) => ref.get(l) ?? 0),
        current: Float64Array.from(labels, (l) => cur.get(l) ?? 0),
    };
}
function categoriesOf(s) {
    return s.type === 'categorical' ? s.counts : (0,column_sample/* countsOfSample */.Is)(s);
}
/** Whether a sample's categories are numbers (ordered by value). */
function ofNumbers(s) {
    return s.type === 'numerical' || s.numbers === true;
}
/**
 * Counts per category seen in either sample (numbers as categories for
 * numerical samples), the categories in Evidently's `sorted(keys)` order:
 * numbers by value, text by code point.
 */
function categoryBins(ref, cur) {
    return categoryCounts(categoriesOf(ref), categoriesOf(cur), ofNumbers(ref) && ofNumbers(cur));
}
function binned_shares_fmt(v) {
    return Number.isFinite(v) ? String(Number(v.toPrecision(4))) : v > 0 ? '∞' : '−∞';
}
/**
 * The pooled minimum and maximum of two ascending samples, as a pass over
 * ref then cur keeping the first value strictly beyond the best so far would
 * find them (so the same zero, −0 or 0, when the extreme is zero).
 */
function pooledRange(ref, cur) {
    let min = Infinity;
    let max = -Infinity;
    for (const s of [ref, cur]) {
        if ((0,column_sample/* sampleSize */.se)(s) === 0)
            continue;
        const first = s.distinct ? s.distinct.values[0] : s.values[0];
        let last;
        if (s.distinct)
            last = s.distinct.values[s.distinct.values.length - 1];
        else {
            let k = s.values.length - 1;
            while (k > 0 && s.values[k - 1] === s.values[k])
                k--;
            last = s.values[k];
        }
        if (first < min)
            min = first;
        if (last > max)
            max = last;
    }
    return [min, max];
}
/** Counts per bin of a sorted sample: by search at each edge (the same counts as a pass over the values). */
function countsPerBin(s, edges) {
    return s.distinct ? histogramCountsDistinct(s.distinct.values, s.distinct.counts, edges) : histogramCountsSorted(s.values, edges);
}
function binnedCounts(ref, cur, binning, bins) {
    if (ref.type !== 'numerical' || cur.type !== 'numerical')
        return categoryBins(ref, cur);
    if (binning === 'auto' && (0,column_sample/* distinctCountOfSample */.VD)(ref) <= 20)
        return categoryBins(ref, cur);
    const rule = binning === 'auto' ? 'sturges' : binning;
    let edges;
    if (rule === 'sturges' || rule === 'equal-width') {
        // Both samples are sorted: the range is at their ends, no pooled copy needed.
        const [min, max] = pooledRange(ref, cur);
        edges = histogramBinEdgesOfRange(min, max, (0,column_sample/* sampleSize */.se)(ref) + (0,column_sample/* sampleSize */.se)(cur), rule, bins);
    }
    else if (rule === 'quantile')
        edges = histogramBinEdges(ref.values, rule, bins);
    else {
        const source = new Float64Array(ref.values.length + cur.values.length);
        source.set(ref.values);
        source.set(cur.values, ref.values.length);
        edges = histogramBinEdges(source, rule, bins);
    }
    const labels = [];
    for (let i = 0; i + 1 < edges.length; i++)
        labels.push(`[${binned_shares_fmt(edges[i])}, ${binned_shares_fmt(edges[i + 1])}${i + 2 === edges.length ? ']' : ')'}`);
    return { labels, reference: countsPerBin(ref, edges), current: countsPerBin(cur, edges) };
}
/** Distinct values of the union of two ascending arrays, counting no further than `cap`. */
function distinctUnionCount(a, b, cap = Infinity) {
    let i = 0;
    let j = 0;
    let d = 0;
    while ((i < a.length || j < b.length) && d < cap) {
        const v = i < a.length && (j >= b.length || a[i] <= b[j]) ? a[i] : b[j];
        while (i < a.length && a[i] === v)
            i++;
        while (j < b.length && b[j] === v)
            j++;
        d++;
    }
    return d;
}
/**
 * The bins of Evidently's `hellinger` on numbers: Sturges edges over the
 * distinct values of both samples together (`np.histogram_bin_edges(keys,
 * 'sturges')`, keys the distinct values, so n is their number, not the rows),
 * with each sample's counts.
 */
function distinctSturgesCounts(ref, cur) {
    const distinct = distinctUnionCount(ref.distinct?.values ?? ref.values, cur.distinct?.values ?? cur.values);
    const [min, max] = pooledRange(ref, cur);
    const edges = histogramBinEdgesOfRange(min, max, distinct, 'sturges');
    return { edges, reference: countsPerBin(ref, edges), current: countsPerBin(cur, edges) };
}
/** Counts as shares of the sample size (Evidently divides by the sample's length). */
function shares(counts, n) {
    return counts.map((c) => (n > 0 ? c / n : 0));
}

;// CONCATENATED MODULE: ./src/gates/drift-check/auto-method.ts
/**
 * `method: auto` picks a method per column exactly as Evidently's data drift
 * preset does (`_get_default_stattest` in Evidently 0.7's
 * src/evidently/legacy/calculations/stattests/registry.py), on the column
 * after dropping missing cells, NaN and ±∞ from both samples:
 *
 * | reference rows | column type | distinct values (ref ∪ cur) | method        | threshold |
 * |----------------|-------------|-----------------------------|---------------|-----------|
 * | ≤ 1000         | numerical   | > 5                         | ks            | p ≤ 0.05  |
 * | ≤ 1000         | numerical   | 3–5                         | chisquare     | p < 0.05  |
 * | ≤ 1000         | numerical   | ≤ 2                         | z             | p < 0.05  |
 * | ≤ 1000         | categorical | > 2                         | chisquare     | p < 0.05  |
 * | ≤ 1000         | categorical | ≤ 2                         | z             | p < 0.05  |
 * | > 1000         | numerical   | > 5                         | wasserstein   | ≥ 0.1     |
 * | > 1000         | numerical   | ≤ 5                         | jensenshannon | ≥ 0.1     |
 * | > 1000         | categorical | any                         | jensenshannon | ≥ 0.1     |
 *
 * Each method then runs under its own definition, default threshold and
 * comparison (methods.ts). Evidently's Jensen–Shannon takes scipy's default
 * natural logarithm (it never passes a base), and so does `auto`.
 */


function autoMethod(ref, cur) {
    const distinct = ref.type === 'numerical' && cur.type === 'numerical'
        ? distinctUnionCount(ref.distinct?.values ?? ref.values, cur.distinct?.values ?? cur.values, 6)
        : new Set([...categoriesOf(ref).keys(), ...categoriesOf(cur).keys()]).size;
    if ((0,column_sample/* sampleSize */.se)(ref) <= 1000) {
        if (ref.type === 'numerical' && distinct > 5)
            return 'ks';
        return distinct > 2 ? 'chisquare' : 'z';
    }
    if (ref.type === 'numerical' && distinct > 5)
        return 'wasserstein';
    return 'jensenshannon';
}

;// CONCATENATED MODULE: ./src/gates/drift-check/data-source.ts

/** `consume`: the table is not used after the evaluation (see columnSample). */
function tableSource(table, rows, consume = false) {
    return {
        source: table.source,
        rowCount: rows ? rows.length : table.rowCount,
        columns: table.columns.map((c) => ({
            name: c.name,
            kind: c.kind,
            sample: (type) => (0,column_sample/* columnSample */.jr)(c, type, table.source, rows, consume),
        })),
    };
}
function isDataSource(x) {
    return x.columns.length > 0 ? typeof x.columns[0].sample === 'function' : !('rowLines' in x);
}

;// CONCATENATED MODULE: ./src/gates/drift-check/data-quality.ts
function unseen(a, b, n) {
    const only = [...a.entries()].filter(([k]) => !b.has(k)).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const count = only.reduce((s, [, c]) => s + c, 0);
    return { share: n > 0 ? count / n : 0, categories: only.slice(0, 20).map(([k]) => k) };
}
function dataQuality(column, ref, cur, thresholds) {
    const refNull = ref.rows ? ref.missing / ref.rows : 0;
    const curNull = cur.rows ? cur.missing / cur.rows : 0;
    const increase = curNull - refNull;
    const out = [
        {
            column,
            kind: 'null-share',
            value: increase,
            threshold: thresholds.nullShareIncrease,
            flagged: increase > thresholds.nullShareIncrease,
            reference: refNull,
            current: curNull,
        },
    ];
    if (ref.type === 'categorical' && cur.type === 'categorical') {
        const added = unseen(cur.counts, ref.counts, cur.n);
        out.push({
            column,
            kind: 'new-categories',
            value: added.share,
            threshold: thresholds.newCategoryShare,
            flagged: added.categories.length > 0 && added.share > thresholds.newCategoryShare,
            categories: added.categories,
        });
        const gone = unseen(ref.counts, cur.counts, ref.n);
        out.push({
            column,
            kind: 'missing-categories',
            value: gone.share,
            threshold: thresholds.missingCategoryShare,
            flagged: gone.categories.length > 0 && gone.share > thresholds.missingCategoryShare,
            categories: gone.categories,
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/stats/rank/mann-whitney-u.ts
var mann_whitney_u = __webpack_require__(67495);
;// CONCATENATED MODULE: ./src/stats/drift/anderson-darling-k-sample.ts
/**
 * k-sample Anderson–Darling test, as `scipy.stats.anderson_ksamp(samples)`
 * (midrank version, scipy 1.10).
 *
 * Definition (Scholz & Stephens 1987, eq. 7, for discrete or tied data):
 * with the N pooled values, the distinct values z*_j, l_j the multiplicity
 * of z*_j, B_j = #{pooled < z*_j} + l_j/2, and M_ij = #{sample i < z*_j} +
 * (#{sample i = z*_j})/2,
 *   A²_akN = (N − 1)/N · Σᵢ 1/nᵢ Σⱼ l_j/N · (N·M_ij − B_j·nᵢ)² / (B_j(N − B_j) − N·l_j/4).
 * The reported statistic is standardised: (A²_akN − (k − 1)) / σ_N, with σ_N²
 * the finite-sample variance of Scholz & Stephens (eq. 4).
 *
 * p-value: scipy interpolates: a quadratic in the critical values
 * (b₀ + b₁/√m + b₂/m, m = k − 1, at significance 0.25 … 0.001) is fitted by
 * least squares to log(significance), and evaluated at the statistic. The
 * result is CAPPED to [0.001, 0.25]: beyond the table scipy returns 0.25 or
 * 0.001 (with a warning). So this p-value never exceeds 0.25 — a threshold of
 * 0.05 still works, one above 0.25 would flag every column.
 *
 * References:
 * - F. W. Scholz, M. A. Stephens, J. Am. Stat. Assoc. 82(399) (1987) 918–924.
 * - scipy.stats.anderson_ksamp, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.anderson_ksamp.html
 */
const B0 = [0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085];
const B1 = [-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615];
const B2 = [-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154];
const SIG = [0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001];
/** Least-squares quadratic fit y ≈ c₂x² + c₁x + c₀ (numpy.polyfit deg 2), by Householder QR. */
function quadraticFit(x, y) {
    const n = x.length;
    // Columns scaled to unit norm as numpy.polyfit does, for conditioning.
    const A = x.map((xi) => [xi * xi, xi, 1]);
    const scale = [0, 1, 2].map((j) => Math.sqrt(A.reduce((s, row) => s + row[j] * row[j], 0)));
    for (const row of A)
        for (let j = 0; j < 3; j++)
            row[j] /= scale[j];
    const b = y.slice();
    for (let k = 0; k < 3; k++) {
        let norm = 0;
        for (let i = k; i < n; i++)
            norm += A[i][k] * A[i][k];
        norm = Math.sqrt(norm);
        const alpha = A[k][k] > 0 ? -norm : norm;
        const v = new Array(n).fill(0);
        for (let i = k; i < n; i++)
            v[i] = A[i][k];
        v[k] -= alpha;
        let vv = 0;
        for (let i = k; i < n; i++)
            vv += v[i] * v[i];
        if (vv === 0)
            continue;
        for (let j = k; j < 3; j++) {
            let dot = 0;
            for (let i = k; i < n; i++)
                dot += v[i] * A[i][j];
            const f = (2 * dot) / vv;
            for (let i = k; i < n; i++)
                A[i][j] -= f * v[i];
        }
        let dot = 0;
        for (let i = k; i < n; i++)
            dot += v[i] * b[i];
        const f = (2 * dot) / vv;
        for (let i = k; i < n; i++)
            b[i] -= f * v[i];
    }
    const c = [0, 0, 0];
    for (let k = 2; k >= 0; k--) {
        let s = b[k];
        for (let j = k + 1; j < 3; j++)
            s -= A[k][j] * c[j];
        c[k] = s / A[k][k];
    }
    return [c[0] / scale[0], c[1] / scale[1], c[2] / scale[2]];
}
function lowerBound(a, v) {
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (a[mid] < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
function upperBound(a, v) {
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (a[mid] <= v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * Samples without NaN. Fewer than two samples, an empty sample, or fewer
 * than two distinct pooled values make the test undefined (scipy raises): NaN.
 */
function andersonDarlingKSample(samples) {
    const k = samples.length;
    if (k < 2 || samples.some((s) => s.length === 0))
        return { statistic: NaN, pValue: NaN };
    const sorted = samples.map((s) => Float64Array.from(s).sort());
    const N = sorted.reduce((a, s) => a + s.length, 0);
    const Z = new Float64Array(N);
    let off = 0;
    for (const s of sorted) {
        Z.set(s, off);
        off += s.length;
    }
    Z.sort();
    const distinct = [];
    for (let i = 0; i < N; i++)
        if (i === 0 || Z[i] !== Z[i - 1])
            distinct.push(Z[i]);
    if (distinct.length < 2)
        return { statistic: NaN, pValue: NaN };
    const L = distinct.length;
    const lj = new Float64Array(L);
    const Bj = new Float64Array(L);
    for (let j = 0; j < L; j++) {
        const left = lowerBound(Z, distinct[j]);
        lj[j] = N === L ? 1 : upperBound(Z, distinct[j]) - left;
        Bj[j] = left + lj[j] / 2;
    }
    let A2 = 0;
    for (let i = 0; i < k; i++) {
        const s = sorted[i];
        const ni = s.length;
        let inner = 0;
        for (let j = 0; j < L; j++) {
            const right = upperBound(s, distinct[j]);
            const fij = right - lowerBound(s, distinct[j]);
            const Mij = right - fij / 2;
            const num = N * Mij - Bj[j] * ni;
            inner += ((lj[j] / N) * num * num) / (Bj[j] * (N - Bj[j]) - (N * lj[j]) / 4);
        }
        A2 += inner / ni;
    }
    A2 *= (N - 1) / N;
    let H = 0;
    for (const s of sorted)
        H += 1 / s.length;
    // hs_cs = cumsum(1/(N−1), 1/(N−2), …, 1/2); h = hs_cs[-1] + 1; g = Σ hs_cs[i]/(i+2)
    let cum = 0;
    let g = 0;
    for (let i = 0, d = N - 1; d > 1; i++, d--) {
        cum += 1 / d;
        g += cum / (i + 2);
    }
    const h = cum + 1;
    const a = (4 * g - 6) * (k - 1) + (10 - 6 * g) * H;
    const b = (2 * g - 4) * k * k + 8 * h * k + (2 * g - 14 * h - 4) * H - 8 * h + 4 * g - 6;
    const c = (6 * h + 2 * g - 2) * k * k + (4 * h - 4 * g + 6) * k + (2 * h - 6) * H + 4 * h;
    const d = (2 * h + 6) * k * k - 4 * h * k;
    const sigmasq = (a * N ** 3 + b * N ** 2 + c * N + d) / ((N - 1) * (N - 2) * (N - 3));
    const m = k - 1;
    const statistic = (A2 - m) / Math.sqrt(sigmasq);
    const critical = B0.map((b0, i) => b0 + B1[i] / Math.sqrt(m) + B2[i] / m);
    let p;
    if (statistic < Math.min(...critical))
        p = 0.25;
    else if (statistic > Math.max(...critical))
        p = 0.001;
    else {
        const [c2, c1, c0] = quadraticFit(critical, SIG.map(Math.log));
        p = Math.exp((c2 * statistic + c1) * statistic + c0);
    }
    return { statistic, pValue: p };
}

// EXTERNAL MODULE: ./src/stats/distributions/chi-square.ts
var chi_square = __webpack_require__(59897);
;// CONCATENATED MODULE: ./src/stats/drift/chi-square-contingency.ts
/**
 * Pearson's chi-square test of independence on an r × c contingency table,
 * as `scipy.stats.chi2_contingency(table)` (default `correction=True`).
 *
 * Definition: with row totals Rᵢ, column totals Cⱼ and N the grand total,
 * expected counts Eᵢⱼ = Rᵢ·Cⱼ / N and
 *   χ² = Σ (Oᵢⱼ − Eᵢⱼ)² / Eᵢⱼ,   df = (r − 1)(c − 1).
 * When df = 1 and `correction`, Yates' continuity correction moves each Oᵢⱼ
 * towards Eᵢⱼ by min(½, |Oᵢⱼ − Eᵢⱼ|) first. df = 0 gives χ² = 0, p = 1.
 * A zero row or column total makes the test undefined (scipy raises): NaN.
 *
 * p-value: the chi-square upper tail with df degrees of freedom.
 *
 * In drift-check the table has two rows (reference, current) and one
 * column per category seen in either.
 *
 * References:
 * - K. Pearson, Phil. Mag. 50(302) (1900) 157–175.
 * - F. Yates, J. R. Stat. Soc. Suppl. 1(2) (1934) 217–235.
 * - scipy.stats.chi2_contingency, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.chi2_contingency.html
 */

function chiSquareContingency(table, options = {}) {
    const correction = options.correction ?? true;
    const r = table.length;
    const c = r ? table[0].length : 0;
    const rows = table.map((row) => row.reduce((a, b) => a + b, 0));
    const cols = Array.from({ length: c }, (_, j) => table.reduce((a, row) => a + row[j], 0));
    const total = rows.reduce((a, b) => a + b, 0);
    if (rows.some((t) => t === 0) || cols.some((t) => t === 0))
        return { statistic: NaN, pValue: NaN, df: NaN };
    const df = (r - 1) * (c - 1);
    if (df === 0)
        return { statistic: 0, pValue: 1, df: 0 };
    let stat = 0;
    for (let i = 0; i < r; i++) {
        for (let j = 0; j < c; j++) {
            const e = (rows[i] * cols[j]) / total;
            let o = table[i][j];
            if (df === 1 && correction) {
                const diff = e - o;
                o += Math.sign(diff) * Math.min(0.5, Math.abs(diff));
            }
            stat += ((o - e) * (o - e)) / e;
        }
    }
    return { statistic: stat, pValue: (0,chi_square/* chiSquareSf */.T)(stat, df), df };
}

;// CONCATENATED MODULE: ./src/stats/drift/chi-square-goodness-of-fit.ts
/**
 * Pearson's chi-square goodness-of-fit test, as `scipy.stats.chisquare(f_obs, f_exp)`.
 *
 * Definition: over k categories with observed counts oᵢ and expected counts eᵢ,
 *   χ² = Σ (oᵢ − eᵢ)² / eᵢ,   df = k − 1.
 * A category expected 0 but observed makes χ² = ∞ (p = 0); one expected and
 * observed 0 makes χ² NaN, as in scipy.
 *
 * p-value: the chi-square upper tail Q(df/2, χ²/2) (asymptotic; Pearson 1900).
 * With k = 1 (df = 0) the test is undefined: NaN, as scipy.
 *
 * In drift-check (as Evidently's `chisquare`), o are the current counts per
 * category and e the reference counts scaled by n_current / n_reference.
 *
 * References:
 * - K. Pearson, Phil. Mag. 50(302) (1900) 157–175.
 * - scipy.stats.chisquare, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.chisquare.html
 */

function chiSquareGoodnessOfFit(observed, expected) {
    const k = observed.length;
    let stat = 0;
    for (let i = 0; i < k; i++) {
        const d = observed[i] - expected[i];
        stat += (d * d) / expected[i];
    }
    const df = k - 1;
    if (df <= 0 || Number.isNaN(stat))
        return { statistic: stat, pValue: NaN, df };
    const pValue = stat === Infinity ? 0 : (0,chi_square/* chiSquareSf */.T)(stat, df);
    return { statistic: stat, pValue, df };
}

// EXTERNAL MODULE: ./src/stats/special/log-gamma.ts
var log_gamma = __webpack_require__(25581);
;// CONCATENATED MODULE: ./src/stats/distributions/cramer-von-mises-limit.ts
/**
 * CDF of the limiting (n → ∞) distribution of the Cramér–von Mises
 * statistic ω², as scipy's private `_cdf_cvm_inf` (scipy 1.10), from
 * Csörgő & Faraway (1996) eq. 1.2:
 *   F(x) = 1/(π√x) · Σ_{k≥0} Γ(k + ½)/(Γ(½)·k!)… written as
 *   Σ_k  e^{lnΓ(k+½) − lnΓ(k+1)} / (π^{3/2} √x) · √(4k+1) · e^{−q} · K_{1/4}(q),
 *   q = (4k + 1)² / (16x),
 * summing terms until one is below 1e-7 in absolute value (as scipy). K_{1/4}
 * is the modified Bessel function of the second kind, computed here from
 *   K_ν(z) = ∫₀^∞ e^{−z·cosh t} cosh(νt) dt
 * by the trapezoidal rule, which converges geometrically for this analytic,
 * doubly-exponentially decaying integrand (Trefethen & Weideman 2014).
 *
 * References:
 * - S. Csörgő, J. J. Faraway, J. R. Stat. Soc. B 58(1) (1996) 221–234.
 * - L. N. Trefethen, J. A. C. Weideman, SIAM Rev. 56(3) (2014) 385–458.
 * - DLMF 10.32.9 (integral representation of K_ν).
 */

/** K_ν(z) for z > 0 by the trapezoidal rule on ∫₀^∞ e^{−z cosh t} cosh(νt) dt. */
function besselK(nu, z) {
    const h = 0.02;
    let sum = 0.5 * Math.exp(-z);
    for (let i = 1;; i++) {
        const t = i * h;
        const e = z * Math.cosh(t);
        if (e - nu * t > 745)
            break;
        sum += Math.exp(-e) * Math.cosh(nu * t);
    }
    return sum * h;
}
function cramerVonMisesLimitCdf(x) {
    if (!(x > 0))
        return 0;
    let total = 0;
    for (let k = 0; k < 1000; k++) {
        const u = Math.exp((0,log_gamma/* logGamma */.S)(k + 0.5) - (0,log_gamma/* logGamma */.S)(k + 1)) / (Math.PI ** 1.5 * Math.sqrt(x));
        const y = 4 * k + 1;
        const q = (y * y) / (16 * x);
        const term = u * Math.sqrt(y) * Math.exp(-q) * besselK(0.25, q);
        total += term;
        if (Math.abs(term) < 1e-7)
            break;
    }
    return total;
}

;// CONCATENATED MODULE: ./src/stats/drift/cramer-von-mises.ts
/**
 * Two-sample Cramér–von Mises test, as `scipy.stats.cramervonmises_2samp(x, y)`
 * (method 'auto', scipy 1.10).
 *
 * Definition (Anderson 1962): with the pooled sample ranked (average ranks
 * for ties), rᵢ the ranks of the sorted x and sⱼ those of the sorted y,
 *   U = n_x Σᵢ (rᵢ − i)² + n_y Σⱼ (sⱼ − j)²,
 *   T = U / (n_x n_y N) − (4 n_x n_y − 1) / (6N),   N = n_x + n_y.
 *
 * p-value:
 * - exact when max(n_x, n_y) ≤ 20: the share of the C(N, n_x) rank
 *   arrangements with U at least as large, by the frequency-table recursion
 *   of Xiao, Gordon & Yakovlev (2006);
 * - otherwise asymptotic: T is standardised with its finite-sample mean and
 *   variance, t' = 1/6 + (T − E T)/√(45 Var T), and p = 1 − F∞(t') with F∞ the
 *   limiting distribution (cramer-von-mises-limit.ts); p = 1 when t' < 0.003.
 * Fewer than two values in either sample: NaN (scipy raises).
 *
 * References:
 * - T. W. Anderson, Ann. Math. Statist. 33(3) (1962) 1148–1159.
 * - Y. Xiao, A. Gordon, A. Yakovlev, J. Stat. Softw. 17(8) (2006).
 * - scipy.stats.cramervonmises_2samp, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.cramervonmises_2samp.html
 */

function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
function binomial(n, k) {
    let r = 1;
    for (let i = 1; i <= k; i++)
        r = (r * (n - k + i)) / i;
    return Math.round(r);
}
/** P(U' ≥ u) over all arrangements (Xiao et al. 2006, Algorithm 1). */
function exactPValue(s, m, n) {
    const lcm = (m / gcd(m, n)) * n;
    const a = lcm / m;
    const b = lcm / n;
    const mn = m * n;
    const zeta = Math.floor((lcm * lcm * (m + n) * (6 * s - mn * (4 * mn - 1))) / (6 * mn * mn));
    let gs = [new Map([[0, 1]])];
    for (let v = 0; v < m; v++)
        gs.push(new Map());
    for (let u = 0; u <= n; u++) {
        const next = [];
        let tmp = new Map();
        for (let v = 0; v <= m; v++) {
            const merged = new Map(tmp);
            for (const [val, f] of gs[v])
                merged.set(val, (merged.get(val) ?? 0) + f);
            const shift = (a * v - b * u) ** 2;
            tmp = new Map();
            for (const [val, f] of merged)
                tmp.set(val + shift, f);
            next.push(tmp);
        }
        gs = next;
    }
    let count = 0;
    for (const [val, f] of gs[m])
        if (val >= zeta)
            count += f;
    return count / binomial(m + n, m);
}
function cramerVonMises(x, y, options = {}) {
    const nx = x.length;
    const ny = y.length;
    let method = options.method ?? 'auto';
    if (method === 'auto')
        method = Math.max(nx, ny) > 20 ? 'asymptotic' : 'exact';
    if (nx <= 1 || ny <= 1)
        return { statistic: NaN, pValue: NaN, method };
    const xs = Float64Array.from(x).sort();
    const ys = Float64Array.from(y).sort();
    let i = 0;
    let j = 0;
    let pos = 0;
    let sx = 0;
    let sy = 0;
    while (i < nx || j < ny) {
        const v = i < nx && (j >= ny || xs[i] <= ys[j]) ? xs[i] : ys[j];
        let cx = 0;
        while (i + cx < nx && xs[i + cx] === v)
            cx++;
        let cy = 0;
        while (j + cy < ny && ys[j + cy] === v)
            cy++;
        const r = pos + (cx + cy + 1) / 2;
        for (let t = 0; t < cx; t++)
            sx += (r - (i + t + 1)) ** 2;
        for (let t = 0; t < cy; t++)
            sy += (r - (j + t + 1)) ** 2;
        i += cx;
        j += cy;
        pos += cx + cy;
    }
    const u = nx * sx + ny * sy;
    const k = nx * ny;
    const N = nx + ny;
    const statistic = u / (k * N) - (4 * k - 1) / (6 * N);
    let pValue;
    if (method === 'exact')
        pValue = exactPValue(u, nx, ny);
    else {
        const et = (1 + 1 / N) / 6;
        let vt = (N + 1) * (4 * k * N - 3 * (nx * nx + ny * ny) - 2 * k);
        vt = vt / (45 * N * N * 4 * k);
        const tn = 1 / 6 + (statistic - et) / Math.sqrt(45 * vt);
        pValue = tn < 0.003 ? 1 : Math.max(0, 1 - cramerVonMisesLimitCdf(tn));
    }
    return { statistic, pValue, method };
}

;// CONCATENATED MODULE: ./src/stats/drift/cramers-v.ts
/**
 * Cramér's V, the association between the sample (reference or current) and
 * the category: on an r × c contingency table with N counts,
 *   V = √( χ² / (N · (min(r, c) − 1)) ),
 * with χ² Pearson's statistic without continuity correction. This is
 * `scipy.stats.contingency.association(table, method='cramer')`. V lies in
 * [0, 1]: 0 when both samples have the same category shares. A table with a
 * single category (min(r, c) = 1) has no association: 0. A distance, not a
 * test: no p-value.
 *
 * References:
 * - H. Cramér, "Mathematical Methods of Statistics", Princeton, 1946, §21.9.
 * - scipy.stats.contingency.association, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.contingency.association.html
 */

function cramersV(table) {
    const r = table.length;
    const c = r ? table[0].length : 0;
    const k = Math.min(r, c);
    if (k < 2)
        return 0;
    let total = 0;
    for (const row of table)
        for (const v of row)
            total += v;
    const { statistic } = chiSquareContingency(table, { correction: false });
    return Math.sqrt(statistic / (total * (k - 1)));
}

;// CONCATENATED MODULE: ./src/stats/drift/cdf-distance.ts
/**
 * The L^p distance between the empirical CDFs of two samples,
 *   l_p(u, v) = ( ∫ |U(t) − V(t)|^p dt )^(1/p),
 * computed exactly as a sum over the gaps between consecutive pooled values
 * (scipy.stats._stats_py._cdf_distance). p = 1 is the first Wasserstein
 * distance; √2·l₂ is the energy distance.
 *
 * Both samples must be ascending and free of NaN; an empty one gives NaN.
 *
 * Reference:
 * - M. G. Bellemare et al., "The Cramér distance as a solution to biased
 *   Wasserstein gradients", arXiv:1705.10743 (2017), §2.
 */
function cdfDistanceSorted(p, us, vs) {
    const n1 = us.length;
    const n2 = vs.length;
    if (n1 === 0 || n2 === 0)
        return NaN;
    let i = 0;
    let j = 0;
    let prev = NaN;
    let sum = 0;
    while (i < n1 || j < n2) {
        const v = i < n1 && (j >= n2 || us[i] <= vs[j]) ? us[i] : vs[j];
        if (!Number.isNaN(prev)) {
            const diff = Math.abs(i / n1 - j / n2);
            sum += (p === 1 ? diff : diff * diff) * (v - prev);
        }
        while (i < n1 && us[i] <= v)
            i++;
        while (j < n2 && vs[j] <= v)
            j++;
        prev = v;
    }
    return p === 1 ? sum : Math.sqrt(sum);
}

;// CONCATENATED MODULE: ./src/stats/drift/energy-distance.ts
/**
 * Energy distance between two samples, as `scipy.stats.energy_distance(u, v)`:
 *   D(u, v) = √( 2E|X − Y| − E|X − X'| − E|Y − Y'| ) = √2 · ( ∫ (U(t) − V(t))² dt )^½
 * with U, V the empirical CDFs (the second form is what is computed, exactly,
 * over the gaps between pooled values). A distance: no p-value; symmetric.
 *
 * References:
 * - G. J. Székely, "E-statistics: the energy of statistical samples",
 *   Bowling Green State University Technical Report 03-05 (2003).
 * - scipy.stats.energy_distance, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.energy_distance.html
 */

/** Both samples ascending, without NaN. */
function energyDistanceSorted(us, vs) {
    return Math.SQRT2 * cdfDistanceSorted(2, us, vs);
}

;// CONCATENATED MODULE: ./src/stats/drift/epps-singleton.ts
/**
 * The Epps–Singleton two-sample test on the empirical characteristic
 * function, as `scipy.stats.epps_singleton_2samp(x, y, t=(0.4, 0.8))`
 * (scipy 1.10), which Evidently's `es` stat test calls.
 *
 * Definition, for samples x (size n₁) and y (size n₂), n = n₁ + n₂:
 * - σ = IQR/2 of the pooled sample (numpy's linear percentiles 25 and 75);
 *   the points tⱼ/σ for t = (0.4, 0.8);
 * - g(v) = (cos(t₁v/σ), cos(t₂v/σ), sin(t₁v/σ), sin(t₂v/σ));
 * - Σ₁, Σ₂ the biased (÷ nᵢ) covariance matrices of g over each sample,
 *   Σ = (n/n₁)Σ₁ + (n/n₂)Σ₂, Σ⁺ its pseudo-inverse (eigenvalues at most
 *   1e-15 × the largest are dropped, as numpy.linalg.pinv) and r its rank;
 * - W = n · dᵀ Σ⁺ d, d the difference of the means of g;
 * - when max(n₁, n₂) < 25, W is multiplied by
 *   1/(1 + n^−0.45 + 10.1(n₁^−1.7 + n₂^−1.7));
 * - p = P(χ²_r > W).
 * Undefined (NaN) with fewer than 5 values in a sample, a pooled IQR of 0
 * (scipy divides by it; Evidently refuses it), or two samples that are each
 * constant (Σ = 0: scipy's pinv then inverts rounding noise).
 *
 * Σ is symmetric, so its pseudo-inverse comes from a Jacobi eigen-
 * decomposition (cyclic, to convergence) instead of numpy's SVD: the same
 * matrix to rounding.
 *
 * References:
 * - T. W. Epps, K. J. Singleton, "An omnibus test for the two-sample problem
 *   using the empirical characteristic function", J. Stat. Comput. Simul.
 *   26 (1986) 177–203.
 * - S. J. Goerg, J. Kaiser, "Nonparametric testing of distributions — the
 *   Epps–Singleton two-sample test using the empirical characteristic
 *   function", Stata J. 9(3) (2009) 454–465.
 * - scipy.stats.epps_singleton_2samp, https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.stats.epps_singleton_2samp.html
 * - G. H. Golub, C. F. Van Loan, "Matrix Computations", 4th ed., §8.5 (Jacobi).
 */

const T = [0.4, 0.8];
/** numpy.percentile(sorted, q, method='linear') of an ascending sample (numpy's _lerp). */
function percentileSorted(sorted, q) {
    const index = (sorted.length - 1) * (q / 100);
    const lo = Math.floor(index);
    const hi = Math.min(lo + 1, sorted.length - 1);
    const t = index - lo;
    const a = sorted[lo];
    const b = sorted[hi];
    const diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
/** Means and biased covariance of g over a sample. */
function moments(values, ts) {
    const n = values.length;
    const k = 2 * ts.length;
    const g = (v, out) => {
        for (let j = 0; j < ts.length; j++) {
            out[j] = Math.cos(ts[j] * v);
            out[ts.length + j] = Math.sin(ts[j] * v);
        }
    };
    const row = new Array(k).fill(0);
    const mean = new Array(k).fill(0);
    for (let i = 0; i < n; i++) {
        g(values[i], row);
        for (let a = 0; a < k; a++)
            mean[a] += row[a];
    }
    for (let a = 0; a < k; a++)
        mean[a] /= n;
    const cov = Array.from({ length: k }, () => new Array(k).fill(0));
    for (let i = 0; i < n; i++) {
        g(values[i], row);
        for (let a = 0; a < k; a++) {
            const da = row[a] - mean[a];
            for (let b = a; b < k; b++)
                cov[a][b] += da * (row[b] - mean[b]);
        }
    }
    for (let a = 0; a < k; a++) {
        for (let b = a; b < k; b++) {
            cov[a][b] /= n;
            cov[b][a] = cov[a][b];
        }
    }
    return { mean, cov };
}
/** Eigenvalues and eigenvectors (columns of v) of a symmetric matrix, by cyclic Jacobi rotations. */
function symmetricEigen(m) {
    const k = m.length;
    const a = m.map((r) => [...r]);
    const v = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 1 : 0)));
    for (let sweep = 0; sweep < 100; sweep++) {
        let off = 0;
        for (let p = 0; p < k; p++)
            for (let q = p + 1; q < k; q++)
                off += a[p][q] * a[p][q];
        if (off === 0)
            break;
        for (let p = 0; p < k; p++) {
            for (let q = p + 1; q < k; q++) {
                if (a[p][q] === 0)
                    continue;
                const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                const c = 1 / Math.sqrt(t * t + 1);
                const s = t * c;
                for (let r = 0; r < k; r++) {
                    const arp = a[r][p];
                    const arq = a[r][q];
                    a[r][p] = c * arp - s * arq;
                    a[r][q] = s * arp + c * arq;
                }
                for (let r = 0; r < k; r++) {
                    const apr = a[p][r];
                    const aqr = a[q][r];
                    a[p][r] = c * apr - s * aqr;
                    a[q][r] = s * apr + c * aqr;
                }
                for (let r = 0; r < k; r++) {
                    const vrp = v[r][p];
                    const vrq = v[r][q];
                    v[r][p] = c * vrp - s * vrq;
                    v[r][q] = s * vrp + c * vrq;
                }
            }
        }
    }
    return { values: a.map((r, i) => r[i]), vectors: v };
}
function isConstant(a) {
    for (let i = 1; i < a.length; i++)
        if (a[i] !== a[0])
            return false;
    return true;
}
function eppsSingleton(x, y) {
    const nx = x.length;
    const ny = y.length;
    const undefinedResult = { statistic: NaN, pValue: NaN, df: NaN };
    if (nx < 5 || ny < 5)
        return undefinedResult;
    const n = nx + ny;
    if (isConstant(x) && isConstant(y))
        return undefinedResult;
    const pooled = new Float64Array(n);
    pooled.set(x);
    pooled.set(y, nx);
    pooled.sort();
    const sigma = (percentileSorted(pooled, 75) - percentileSorted(pooled, 25)) / 2;
    if (!(sigma > 0) || !Number.isFinite(sigma))
        return undefinedResult;
    const ts = T.map((t) => t / sigma);
    const mx = moments(x, ts);
    const my = moments(y, ts);
    const k = 2 * T.length;
    const cov = Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => (n / nx) * mx.cov[a][b] + (n / ny) * my.cov[a][b]));
    const { values, vectors } = symmetricEigen(cov);
    const largest = Math.max(...values.map(Math.abs));
    const kept = values.map((v) => Math.abs(v) > 1e-15 * largest);
    const rank = kept.filter(Boolean).length;
    const diff = mx.mean.map((m, a) => m - my.mean[a]);
    // W = n · Σ over kept eigenpairs (vᵢ·d)² / λᵢ.
    let w = 0;
    for (let i = 0; i < k; i++) {
        if (!kept[i])
            continue;
        let proj = 0;
        for (let a = 0; a < k; a++)
            proj += vectors[a][i] * diff[a];
        w += (proj * proj) / values[i];
    }
    w *= n;
    if (Math.max(nx, ny) < 25)
        w *= 1.0 / (1.0 + n ** -0.45 + 10.1 * (nx ** -1.7 + ny ** -1.7));
    return { statistic: w, pValue: (0,chi_square/* chiSquareSf */.T)(w, rank), df: rank };
}

;// CONCATENATED MODULE: ./src/stats/drift/fisher-exact.ts
/**
 * Fisher's exact test of a 2 × 2 table, two-sided, as
 * `scipy.stats.fisher_exact(table)` (scipy 1.10) — what Evidently's
 * `fisher_exact` stat test calls.
 *
 * Definition: for the table [[a, b], [c, d]] with row sums r₁ = a + b,
 * r₂ = c + d and first column sum k = a + c, N = r₁ + r₂, the top-left cell
 * is hypergeometric given the margins:
 *   P(X = x) = C(r₁, x) C(r₂, k − x) / C(N, k).
 * The two-sided p-value sums P(X = x) over every x no more probable than the
 * observed a, with scipy's relative tolerance: P(X = x) ≤ P(X = a)·(1 + 1e-14);
 * p = 1 when P(X = a) is within 1e-14 of the mode's. The statistic is
 * scipy's (sample) odds ratio ad/(bc), ∞ when bc = 0; a zero row or column
 * sum gives odds ratio NaN and p = 1.
 *
 * The probabilities are computed relative to the mode by the ratio
 * P(x + 1)/P(x) = (r₁ − x)(k − x) / ((x + 1)(r₂ − k + x + 1)) and normalised
 * by their sum. In a symmetric distribution (2r₁ = N or 2k = N, as for the
 * two equal-sized samples Evidently requires) mirror terms multiply the same
 * integer ratios in the same order, so exact ties come out exactly equal.
 *
 * References:
 * - R. A. Fisher, "On the interpretation of χ² from contingency tables, and
 *   the calculation of P", J. R. Stat. Soc. 85(1) (1922) 87–94.
 * - A. Agresti, "Categorical Data Analysis", 3rd ed., Wiley, 2013, §3.5.
 * - scipy.stats.fisher_exact, https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.stats.fisher_exact.html
 * - Evidently 0.7, src/evidently/legacy/calculations/stattests/fisher_exact_stattest.py.
 */
const GAMMA = 1 + 1e-14;
function fisherExact(table) {
    const [[a, b], [c, d]] = table;
    const r1 = a + b;
    const r2 = c + d;
    const k = a + c;
    if (r1 === 0 || r2 === 0 || k === 0 || b + d === 0)
        return { statistic: NaN, pValue: 1 };
    const statistic = c > 0 && b > 0 ? (a * d) / (c * b) : Infinity;
    const n = r1 + r2;
    const lo = Math.max(0, k - r2);
    const hi = Math.min(k, r1);
    const mode = Math.floor(((k + 1) * (r1 + 1)) / (n + 2));
    // w[x − lo] = P(X = x) / P(X = mode), walking out from the mode.
    const w = new Float64Array(hi - lo + 1);
    w[mode - lo] = 1;
    for (let x = mode; x < hi; x++)
        w[x + 1 - lo] = w[x - lo] * (((r1 - x) * (k - x)) / ((x + 1) * (r2 - k + x + 1)));
    for (let x = mode; x > lo; x--)
        w[x - 1 - lo] = w[x - lo] * ((x * (r2 - k + x)) / ((r1 - x + 1) * (k - x + 1)));
    const observed = w[a - lo];
    if (Math.abs(observed - 1) <= 1e-14)
        return { statistic, pValue: 1 };
    let total = 0;
    let tail = 0;
    const bound = observed * GAMMA;
    for (let i = 0; i < w.length; i++) {
        total += w[i];
        if (w[i] <= bound)
            tail += w[i];
    }
    return { statistic, pValue: Math.min(1, tail / total) };
}

;// CONCATENATED MODULE: ./src/stats/drift/g-test.ts
/**
 * The G-test (log-likelihood ratio) of goodness of fit, as
 * `scipy.stats.power_divergence(f_obs, f_exp, lambda_="log-likelihood")` —
 * what Evidently's `g_test` stat test calls.
 *
 * Definition: over k categories with observed counts oᵢ and expected counts
 * eᵢ,
 *   G = 2 Σ oᵢ ln(oᵢ / eᵢ),   df = k − 1,
 * a term with oᵢ = 0 being 0 (scipy's xlogy). A category expected 0 but
 * observed makes G = ∞ (p = 0). p-value: the chi-square upper tail (Wilks
 * 1938). With k = 1 (df = 0) the test is undefined: NaN.
 *
 * In drift-check, o are the current counts and e the reference counts
 * scaled by n_current / n_reference (as `chisquare`). Evidently passes the
 * reference counts unscaled, which scipy ≥ 1.10 (Evidently's minimum)
 * refuses unless both samples have the same size; where it runs, the two
 * agree.
 *
 * References:
 * - S. S. Wilks, "The large-sample distribution of the likelihood ratio for
 *   testing composite hypotheses", Ann. Math. Statist. 9(1) (1938) 60–62.
 * - R. R. Sokal, F. J. Rohlf, "Biometry", 4th ed., 2012, §17.1 (the G-test).
 * - scipy.stats.power_divergence, https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.stats.power_divergence.html
 * - Evidently 0.7, src/evidently/legacy/calculations/stattests/g_stattest.py.
 */

function gTest(observed, expected) {
    const k = observed.length;
    let stat = 0;
    for (let i = 0; i < k; i++) {
        const o = observed[i];
        if (o !== 0)
            stat += 2.0 * (o * Math.log(o / expected[i]));
    }
    const df = k - 1;
    if (df <= 0 || Number.isNaN(stat))
        return { statistic: stat, pValue: NaN, df };
    return { statistic: stat, pValue: stat === Infinity ? 0 : (0,chi_square/* chiSquareSf */.T)(stat, df), df };
}

;// CONCATENATED MODULE: ./src/stats/drift/hellinger-distance.ts
/**
 * Hellinger distance between two discrete distributions p and q (shares):
 *   H(p, q) = √( 1 − Σ √(pᵢ qᵢ) ) = (1/√2) · ‖√p − √q‖₂,
 * with the Bhattacharyya coefficient Σ√(pᵢqᵢ) clipped to [0, 1] as in
 * Evidently's `hellinger`. In [0, 1]; symmetric. A distance: no p-value.
 *
 * `hellingerDistanceOfDensities` is Evidently's form for numerical columns:
 * with equal bins of edges e₀ < … < e_B, the density histograms
 * fᵢ = countᵢ / (eᵢ₊₁ − eᵢ) / n of each sample (numpy's `density=True`) and
 * the nominal width w = (e_B − e₀)/B,
 *   H = √( 1 − Σ √(f_ref,ᵢ · f_cur,ᵢ) · w ),
 * the sum clipped to [0, 1] and added left to right as Evidently's loop does.
 *
 * References:
 * - E. Hellinger, J. Reine Angew. Math. 136 (1909) 210–271.
 * - Evidently 0.7, src/evidently/legacy/calculations/stattests/hellinger_distance.py
 */
function hellingerDistance(p, q) {
    let bc = 0;
    for (let i = 0; i < p.length; i++)
        bc += Math.sqrt(p[i] * q[i]);
    return Math.sqrt(1 - Math.min(1, Math.max(0, bc)));
}
function hellingerDistanceOfDensities(edges, reference, current, nReference, nCurrent) {
    const bins = edges.length - 1;
    const width = (edges[bins] - edges[0]) / bins;
    let bc = 0;
    for (let i = 0; i < bins; i++) {
        const db = edges[i + 1] - edges[i];
        bc += Math.sqrt((reference[i] / db / nReference) * (current[i] / db / nCurrent)) * width;
    }
    return Math.sqrt(1 - Math.min(1, Math.max(0, bc)));
}

;// CONCATENATED MODULE: ./src/stats/drift/jensen-shannon-distance.ts
/**
 * Jensen–Shannon distance between two discrete distributions, as
 * `scipy.spatial.distance.jensenshannon(p, q, base)`:
 *   JS(p, q) = √( (KL(p‖m) + KL(q‖m)) / 2 ),   m = (p + q)/2,
 * after normalising p and q to sum to 1, with KL in natural log divided by
 * ln(base) when a base is given. Base 2 bounds it by 1; natural log by √ln2.
 * Symmetric; 0 for equal distributions. A distance: no p-value.
 *
 * drift-check's `jensenshannon` uses the natural log unless
 * `jensenshannon-base` says otherwise; `auto` uses base 2 as Evidently does.
 *
 * References:
 * - J. Lin, IEEE Trans. Inf. Theory 37(1) (1991) 145–151.
 * - D. M. Endres, J. E. Schindelin, IEEE Trans. Inf. Theory 49(7) (2003) 1858–1860.
 * - scipy.spatial.distance.jensenshannon, https://docs.scipy.org/doc/scipy/reference/generated/scipy.spatial.distance.jensenshannon.html
 */
/** x·ln(x/y) with scipy.special.rel_entr's conventions at 0. */
function relEntr(x, y) {
    if (x > 0 && y > 0)
        return x * Math.log(x / y);
    if (x === 0 && y >= 0)
        return 0;
    return Infinity;
}
function jensenShannonDistance(p, q, base) {
    let sp = 0;
    let sq = 0;
    for (let i = 0; i < p.length; i++) {
        sp += p[i];
        sq += q[i];
    }
    let js = 0;
    for (let i = 0; i < p.length; i++) {
        const a = p[i] / sp;
        const b = q[i] / sq;
        const m = (a + b) / 2;
        js += relEntr(a, m) + relEntr(b, m);
    }
    if (base !== undefined)
        js /= Math.log(base);
    return Math.sqrt(js / 2);
}

;// CONCATENATED MODULE: ./src/stats/drift/kl-divergence.ts
/**
 * Kullback–Leibler divergence of the current from the reference
 * distribution, as `scipy.stats.entropy(p, q)`:
 *   KL(p‖q) = Σ pᵢ ln(pᵢ / qᵢ)
 * after normalising p and q to sum to 1 (natural log). Not symmetric;
 * infinite where q has a zero share that p has not, which is why drift-check
 * (as Evidently's `kl_div`) first applies the zero-share floor
 * (zero-share-floor.ts) to both. A divergence: no p-value.
 *
 * References:
 * - S. Kullback, R. A. Leibler, Ann. Math. Statist. 22(1) (1951) 79–86.
 * - scipy.stats.entropy, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.entropy.html
 */
function klDivergence(p, q) {
    let sp = 0;
    let sq = 0;
    for (let i = 0; i < p.length; i++) {
        sp += p[i];
        sq += q[i];
    }
    let kl = 0;
    for (let i = 0; i < p.length; i++) {
        const a = p[i] / sp;
        const b = q[i] / sq;
        if (a > 0 && b > 0)
            kl += a * Math.log(a / b);
        else if (a > 0)
            return Infinity;
    }
    return kl;
}

;// CONCATENATED MODULE: ./src/stats/distributions/smirnov.ts
/**
 * The one-sided Kolmogorov–Smirnov (Smirnov) distribution: for n draws from a
 * continuous F with empirical CDF F_n, D⁺_n = sup_t (F_n(t) − F(t)) and
 *
 *   P(D⁺_n ≥ x) = x · Σ_{j=0}^{⌊n(1−x)⌋} C(n, j) (x + j/n)^(j−1) (1 − x − j/n)^(n−j)
 *
 * (Smirnov 1944; Birnbaum & Tingey 1951). This is `scipy.special.smirnov(n, x)`.
 * The terms are summed in log space (the binomial coefficient overflows a
 * double beyond n ≈ 1000), stopping once the remaining terms cannot change
 * the sum, as scipy's cephes/kolmogorov.c does. Like scipy: x ≤ 1/n and
 * x ≥ 1 − 1/n have closed forms, and n > 10⁶ uses the approximation
 * P ≈ exp(−(6nx + 1)² / (18n)).
 *
 * References:
 * - N. V. Smirnov, Usp. Mat. Nauk 10 (1944) 179–206.
 * - Z. W. Birnbaum, F. H. Tingey, Ann. Math. Statist. 22 (1951) 592–596.
 * - P. van Mulbregt, "Computing the CDF and quantiles of the one-sided
 *   Kolmogorov–Smirnov statistic", arXiv:1802.06966 (2018).
 */
/** log(DBL_MIN)-ish: exp() of anything lower underflows to 0 (cephes MINLOG). */
const MIN_LOG = -708.3964185322641;
const SMIRNOV_MAX_COMPUTE_N = 1_000_000;
/** P(D⁺_n ≥ x), the survival function of the one-sided statistic. */
function smirnovSf(n, x) {
    if (!(n > 0 && x >= 0 && x <= 1) || !Number.isInteger(n))
        return NaN;
    if (n === 1)
        return 1 - x;
    if (x === 0)
        return 1;
    if (x === 1)
        return 0;
    const nx = n * x;
    const nxFloor = Math.floor(nx);
    const alpha = nx - nxFloor;
    // x ≤ 1/n: P(D⁺ < x) = x (1 + x)^(n−1).
    if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) {
        return Math.min(1, Math.max(0, 1 - x * Math.pow(1 + x, n - 1)));
    }
    if (-2 * n * x * x < MIN_LOG)
        return 0;
    // x ≥ 1 − 1/n: only the j = 0 term remains.
    if (nxFloor >= n - 1)
        return Math.pow(1 - x, n);
    if (n > SMIRNOV_MAX_COMPUTE_N) {
        const logp = -Math.pow(6 * n * x + 1, 2) / 18 / n;
        return logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp);
    }
    // j runs while 1 − x − j/n > 0, i.e. up to n − ⌊nx⌋ − 1.
    const jMax = n - nxFloor - 1;
    let sum = 0;
    let logC = 0; // log C(n, j)
    for (let j = 0; j <= jMax; j++) {
        const a = x + j / n;
        const b = (n - j) / n - x;
        if (b <= 0)
            break;
        let term;
        if (j === 0)
            term = Math.exp(n * Math.log1p(-x)) / x;
        else {
            const t = logC + (j - 1) * Math.log(a) + (n - j) * Math.log(b);
            term = t > MIN_LOG - 40 ? Math.exp(t) : 0;
        }
        sum += term;
        if (term !== 0) {
            if (4 * (jMax - j) * Math.abs(term) < Number.EPSILON * sum && j !== jMax)
                break;
        }
        else if (j > n / 2)
            break;
        logC += Math.log((n - j) / (j + 1));
    }
    return Math.min(1, Math.max(0, x * sum));
}

;// CONCATENATED MODULE: ./src/stats/distributions/kolmogorov-two-sided.ts
/**
 * The two-sided Kolmogorov–Smirnov distribution for finite n
 * (`scipy.stats.kstwo`): for n draws from a continuous F with empirical CDF
 * F_n, D_n = sup_t |F_n(t) − F(t)|; `kolmogorovTwoSidedSf(n, x)` = P(D_n > x).
 *
 * Method (Simard & L'Ecuyer 2011, in the arrangement of scipy 1.10's
 * `scipy/stats/_ksstats.py`), with t = nx:
 * - t ≤ ½: 0 / 1; ½ < t ≤ 1 and t ≥ n − 1: closed forms (Ruben & Gambino 1982);
 * - x ≥ ½: exactly 2·smirnov(n, x);
 * - n ≤ 140: nx² ≤ 0.754693 Durbin matrix (Marsaglia–Tsang–Wang), nx² ≤ 4
 *   Pomeranz recursion, else 2·smirnov(n, x);
 * - n > 140: nx² ≥ 370 → 0; nx² ≥ 2.2 → 2·smirnov(n, x); otherwise
 *   1 − CDF with the CDF 1 when nx² ≥ 18, Durbin matrix when n ≤ 100000 and
 *   n·x^1.5 ≤ 1.4, else the Pelz–Good asymptotic series.
 *
 * References:
 * - R. Simard, P. L'Ecuyer, J. Stat. Softw. 39(11) (2011).
 * - G. Marsaglia, W. W. Tsang, J. Wang, J. Stat. Softw. 8(18) (2003).
 * - J. Pomeranz, Commun. ACM 17(12) (1974) 703–704.
 * - W. Pelz, I. J. Good, J. R. Stat. Soc. B 38(2) (1976) 152–156.
 * - H. Ruben, J. Gambino, Ann. Inst. Stat. Math. 34 (1982) 167–173.
 */

const E128 = 128;
const EP128 = Math.pow(2, 128);
const EM128 = Math.pow(2, -128);
const LOG_2PI = Math.log(2 * Math.PI);
const SQRT2PI = Math.sqrt(2 * Math.PI);
const kolmogorov_two_sided_MIN_LOG = -708;
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
const STIRLING = [
    -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4,
    -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
];
function clip(p) {
    return Math.min(1, Math.max(0, p));
}
/** log(n!/n^n) by Stirling's series. */
function logFactorialOverPower(n) {
    const rn = 1 / n;
    let poly = 0;
    for (const c of STIRLING)
        poly = poly * (rn / n) + c;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
function matmul(a, b, m) {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let k = 0; k < m; k++) {
            const aik = a[i * m + k];
            if (aik === 0)
                continue;
            for (let j = 0; j < m; j++)
                out[i * m + j] += aik * b[k * m + j];
        }
    }
    return out;
}
/** P(D_n ≤ d) by the Durbin matrix, powered by squaring with rescaling (MTW 2003). */
function cdfDurbinMatrix(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    let H = new Float64Array(m * m);
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] = (1 - Math.pow(h, j)) * fac;
    }
    const tt = Math.pow(Math.max(2 * h - 1, 0), m) - 2 * Math.pow(h, m);
    v[m - 1] = (1 + tt) * fac;
    for (let i = 1; i < m; i++) {
        // H[i-1:, i] = w[:m-i+1]
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - (i - 1)];
    }
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    let Hpwr = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        Hpwr[i * m + i] = 1;
    let nn = n;
    let expnt = 0;
    let Hexpnt = 0;
    while (nn > 0) {
        if (nn % 2) {
            Hpwr = matmul(Hpwr, H, m);
            expnt += Hexpnt;
        }
        H = matmul(H, H, m);
        Hexpnt *= 2;
        if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= EP128;
            Hexpnt += E128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = Hpwr[(k - 1) * m + (k - 1)];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= EP128;
            expnt -= E128;
        }
    }
    if (expnt !== 0)
        p = p * Math.pow(2, expnt);
    return clip(p);
}
function pomeranzBounds(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const half = Math.floor((i + 1) / 2);
        const odd = (i + 1) % 2 === 0;
        if (odd) {
            if (half === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = half - 1 - ll - roundf - 1;
                j2 = half + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = half - 1 - ll - 1;
            j2 = half + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** P(D_n ≤ x) by Pomeranz's recursion (1974). */
function cdfPomeranz(n, x) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const ceilf = f > 0 ? 1 : 0;
    const roundf = f > 0.5 ? 1 : 0;
    const npwrs = 2 * (ll + 1);
    const gpower = new Float64Array(npwrs);
    const twogpower = new Float64Array(npwrs);
    const onem2gpower = new Float64Array(npwrs);
    gpower[0] = twogpower[0] = onem2gpower[0] = 1;
    for (let m = 1; m < npwrs; m++) {
        gpower[m] = (gpower[m - 1] * (g / n)) / m;
        twogpower[m] = (twogpower[m - 1] * ((2 * g) / n)) / m;
        onem2gpower[m] = (onem2gpower[m - 1] * ((1 - 2 * g) / n)) / m;
    }
    let V0 = new Float64Array(npwrs);
    let V1 = new Float64Array(npwrs);
    V1[0] = 1;
    let V0s = 0;
    let V1s = 0;
    let expnt = 0;
    let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf);
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [V0, V1] = [V1, V0];
        [V0s, V1s] = [V1s, V0s];
        V1.fill(0);
        [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
        const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
        const ln2 = j2 - k1 + 1;
        if (ln2 > 0) {
            const start = j1 - k1;
            const len = j2 - j1 + 1;
            const off = k1 - V0s;
            let max = 0;
            for (let c = 0; c < len; c++) {
                const tIdx = start + c;
                let s = 0;
                for (let q = 0; q <= tIdx; q++)
                    if (off + q < npwrs)
                        s += V0[off + q] * pwrs[tIdx - q];
                V1[c] = s;
                if (s > max)
                    max = s;
            }
            if (max > 0 && max < EM128) {
                for (let c = 0; c < len; c++)
                    V1[c] *= EP128;
                expnt -= E128;
            }
            V1s = V0s + j1 - k1;
        }
    }
    let ans = V1[n - V1s];
    for (let m = 1; m <= n; m++) {
        if (Math.abs(ans) > EP128) {
            ans *= EM128;
            expnt += E128;
        }
        ans *= m;
    }
    if (expnt !== 0)
        ans = ans * Math.pow(2, expnt);
    return clip(ans);
}
/** P(D_n ≤ x) by the Pelz–Good (1976) asymptotic series. */
function cdfPelzGood(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z * z;
    const z3 = z ** 3;
    const z4 = z ** 4;
    const z6 = z ** 6;
    const qlog = -PI2 / 8 / z2;
    if (qlog < kolmogorov_two_sided_MIN_LOG)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = PI2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
    const k2c = (PI4 * (1 - 2 * z2)) / 16;
    const k3d = (PI6 * (5 - 30 * z2)) / 64;
    const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m * m;
        const m4 = m2 * m2;
        const m6 = m4 * m2;
        const qp = Math.pow(q, 8 * k);
        const c = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qp + c[i];
    }
    const den = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (((K[i] * q) * SQRT2PI) / den[i]);
    q = Math.exp(-PI2 / 2 / z2);
    const sqrt3z = Math.sqrt(3) * z;
    let k2extra = 0;
    let k3extra = 0;
    for (let k = maxk; k > 0; k--) {
        const k2 = k * k;
        const qp = Math.pow(q, k2);
        k2extra += k2 * qp;
        const kpi = Math.PI * k;
        k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qp;
    }
    K[2] += (k2extra * PI2 * SQRT2PI) / (-36 * z3);
    K[3] += (k3extra * PI2 * SQRT2PI) / (216 * z6);
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / Math.pow(n, i / 2);
    return sum;
}
/** P(D_n > x) for the two-sided one-sample KS statistic (scipy.stats.kstwo.sf). */
function kolmogorovTwoSidedSf(n, x) {
    if (Number.isNaN(n) || Number.isNaN(x) || !Number.isInteger(n) || n <= 0)
        return NaN;
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        let prob;
        if (n <= 140) {
            prob = 1;
            for (let i = 1; i <= n; i++)
                prob *= i * (1 / n) * (2 * t - 1);
        }
        else
            prob = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
        return clip(1 - prob);
    }
    if (t >= n - 1)
        return clip(2 * Math.pow(1 - x, n));
    if (x >= 0.5)
        return clip(2 * smirnovSf(n, x));
    const nx2 = t * x;
    if (n <= 140) {
        if (nx2 <= 0.754693)
            return clip(1 - cdfDurbinMatrix(n, x));
        if (nx2 <= 4)
            return clip(1 - cdfPomeranz(n, x));
        return clip(2 * smirnovSf(n, x));
    }
    if (nx2 >= 370)
        return 0;
    if (nx2 >= 2.2)
        return clip(2 * smirnovSf(n, x));
    let cdf;
    if (nx2 >= 18)
        cdf = 1;
    else if (n <= 100000 && n * Math.pow(x, 1.5) <= 1.4)
        cdf = cdfDurbinMatrix(n, x);
    else
        cdf = cdfPelzGood(n, x);
    return clip(1 - cdf);
}

;// CONCATENATED MODULE: ./src/stats/drift/kolmogorov-smirnov.ts
/**
 * Two-sample Kolmogorov–Smirnov test (two-sided), as
 * `scipy.stats.ks_2samp(x, y, method='auto')` in scipy 1.10.
 *
 * Definition: with F_x, F_y the empirical CDFs,
 *   D = sup_t |F_x(t) − F_y(t)|,
 * evaluated at every pooled value (ties are handled by right-continuous
 * CDFs, i.e. `searchsorted(side='right')`).
 *
 * p-value:
 * - exact when max(n_x, n_y) ≤ 10000 (scipy's MAX_AUTO_N): P(D' ≥ D) over
 *   all C(n_x+n_y, n_x) equally likely orderings, counted on the lattice of
 *   Hodges (1958) — for n_x = n_y the alternating reflection sum in a
 *   Horner-like form, otherwise Viehmann's (2021) recursion for 1 − p inside
 *   the band |x/m − y/n| < h/lcm(m,n), with h = round(D·lcm). If that
 *   computation leaves [0, 1] scipy falls back to the asymptotic method, and
 *   so does this one.
 * - asymptotic otherwise: P(D_{n_e} > D) of the one-sample two-sided
 *   distribution (`kstwo.sf`) with n_e = round(m·n/(m+n)) (Smirnov 1939;
 *   see kolmogorov-two-sided.ts).
 * The result is clipped to [0, 1].
 *
 * References:
 * - J. L. Hodges Jr., Ark. Mat. 3(43) (1958) 469–486.
 * - T. Viehmann, "Numerically more stable computation of the p-values for
 *   the two-sample Kolmogorov–Smirnov test", arXiv:2102.08037 (2021).
 * - N. V. Smirnov, Bull. Math. Univ. Moscou 2(2) (1939).
 * - scipy.stats.ks_2samp, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.ks_2samp.html
 */

const MAX_AUTO_N = 10000;
function kolmogorov_smirnov_gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
/** numpy's round: half to even. */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/** P(D_{n,n} ≥ h/n): 2·(A₀(1 − A₁(1 − A₂(…)))) with Aₖ the reflection ratios. */
function probOutsideSquare(n, h) {
    let P = 0;
    let k = Math.floor(n / h);
    while (k >= 0) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        P = p1 * (1 - P);
        k--;
    }
    return 2 * P;
}
/** 1 − (share of lattice paths staying strictly inside |x/m − y/n| < h/lcm). */
function outerProbInside(m0, n0, g, h) {
    const m = Math.max(m0, n0);
    const n = Math.min(m0, n0);
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const A = new Float64Array(lenA).fill(1);
    for (let j = minj; j < maxj; j++)
        A[j] = 0;
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
        minj = Math.min(minj, n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
            A[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            A.fill(1, maxj - minj, Math.min(lenA, maxj - minj + (lastlen - curlen)));
    }
    return A[maxj - minj - 1];
}
function sortedCopy(a) {
    const s = Float64Array.from(a);
    s.sort();
    return s;
}
/**
 * The statistic D of two ascending samples, walking them in merged order.
 * Computed as scipy does (cdf1 − cdf2 with each CDF a quotient), so that
 * h = round(D·lcm) lands on the same integer.
 */
function ksStatisticSorted(xs, ys) {
    const n1 = xs.length;
    const n2 = ys.length;
    let i = 0;
    let j = 0;
    let maxS = -Infinity;
    let minS = Infinity;
    while (i < n1 || j < n2) {
        const v = i < n1 && (j >= n2 || xs[i] <= ys[j]) ? xs[i] : ys[j];
        while (i < n1 && xs[i] <= v)
            i++;
        while (j < n2 && ys[j] <= v)
            j++;
        const diff = i / n1 - j / n2;
        if (diff > maxS)
            maxS = diff;
        if (diff < minS)
            minS = diff;
    }
    const minAbs = Math.min(Math.max(-minS, 0), 1);
    return minAbs > maxS ? minAbs : maxS;
}
/**
 * Two-sided two-sample KS test. NaN must be removed by the caller (scipy
 * would sort NaN last and give a meaningless D); an empty sample gives NaN.
 */
function kolmogorovSmirnov(x, y, options = {}) {
    const n1 = x.length;
    const n2 = y.length;
    if (n1 === 0 || n2 === 0)
        return { statistic: NaN, pValue: NaN, method: 'asymptotic' };
    const xs = options.sorted && x instanceof Float64Array ? x : sortedCopy(x);
    const ys = options.sorted && y instanceof Float64Array ? y : sortedCopy(y);
    return ksTestOfStatistic(ksStatisticSorted(xs, ys), n1, n2, options.method);
}
/**
 * The test from the statistic D (as ksStatisticSorted computes it) and the
 * sample sizes: the exact or asymptotic p-value described above, and D
 * itself rounded to the lattice h/lcm in the exact case, as scipy does.
 */
function ksTestOfStatistic(statistic, n1, n2, method = 'auto') {
    let d = statistic;
    const g = kolmogorov_smirnov_gcd(n1, n2);
    const n1g = n1 / g;
    const n2g = n2 / g;
    let mode = method;
    if (mode === 'auto')
        mode = Math.max(n1, n2) <= MAX_AUTO_N ? 'exact' : 'asymptotic';
    else if (mode === 'exact' && n1g >= 2147483647 / n2g)
        mode = 'asymptotic';
    let prob = NaN;
    if (mode === 'exact') {
        const lcm = n1g * n2;
        const h = roundHalfEven(d * lcm);
        d = h / lcm;
        if (h === 0)
            prob = 1;
        else
            prob = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
        if (!(prob >= 0 && prob <= 1))
            mode = 'asymptotic';
    }
    if (mode === 'asymptotic') {
        const m = Math.max(n1, n2);
        const n = Math.min(n1, n2);
        const en = (m * n) / (m + n);
        prob = kolmogorovTwoSidedSf(roundHalfEven(en), d);
    }
    return { statistic: d, pValue: Math.min(1, Math.max(0, prob)), method: mode };
}

;// CONCATENATED MODULE: ./src/stats/drift/kolmogorov-smirnov-distinct.ts
/**
 * Two-sample Kolmogorov–Smirnov test (two-sided) with the first sample given
 * as its distinct values and their counts (a reference profile), the second
 * as an ascending array: the same statistic and p-value, bit for bit, as
 * `kolmogorovSmirnov` (scipy.stats.ks_2samp, method 'auto') on the expanded
 * first sample, with n₁ = Σ counts.
 *
 * Definition: D = sup_t |F_x(t) − F_y(t)| over the pooled values, with
 * right-continuous empirical CDFs, each difference computed as
 * i/n₁ − j/n₂ (i, j the counts ≤ t), as ksStatisticSorted does.
 *
 * Why fewer points suffice: between two consecutive distinct values x_k <
 * x_{k+1} of the first sample, i is constant and j only grows, so
 * i/n₁ − j/n₂ only falls (floating-point division and subtraction are
 * monotone). Its largest value in that stretch is at t = x_k, its smallest
 * at the last y below x_{k+1}. Evaluating just those points (and the same two
 * before x₀) gives the same maximum and minimum as the walk over every
 * pooled value, from the same quotients; the positions in y are found by
 * galloping search, so the cost is O(d·log(n₂/d)) for d distinct values
 * instead of O(n₁ + n₂).
 *
 * p-value: ksTestOfStatistic (exact up to 10,000 per sample, asymptotic
 * beyond, as scipy). An empty sample gives NaN.
 *
 * References: see kolmogorov-smirnov.ts; scipy.stats.ks_2samp,
 * https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.ks_2samp.html
 */


/**
 * D of a sample as distinct values `xv` (strictly ascending) with counts
 * `xc` summing to n1, against the ascending sample `ys`.
 */
function ksStatisticDistinct(xv, xc, n1, ys) {
    const d = xv.length;
    const n2 = ys.length;
    let maxS = -Infinity;
    let minS = Infinity;
    let diff;
    // Before x₀: the y values below it, i = 0 (largest difference at the first, smallest at the last).
    let j = d > 0 ? searchSortedFrom(ys, xv[0], 0, false) : n2;
    if (j > 0) {
        maxS = 0 / n1 - searchSortedFrom(ys, ys[0], 0, true) / n2;
        minS = 0 / n1 - j / n2;
    }
    let i = 0;
    for (let k = 0; k < d; k++) {
        i += xc[k];
        j = searchSortedFrom(ys, xv[k], j, true);
        diff = i / n1 - j / n2;
        if (diff > maxS)
            maxS = diff;
        if (diff < minS)
            minS = diff;
        const next = k + 1 < d ? searchSortedFrom(ys, xv[k + 1], j, false) : n2;
        if (next > j) {
            // Only falls from the value above: a candidate for the minimum only.
            diff = i / n1 - next / n2;
            if (diff < minS)
                minS = diff;
        }
        j = next;
    }
    const minAbs = Math.min(Math.max(-minS, 0), 1);
    return minAbs > maxS ? minAbs : maxS;
}
/** The KS test of a distinct-values sample (`values`, `counts`, `n` = Σ counts) against an ascending sample. */
function kolmogorovSmirnovDistinct(x, ys) {
    if (x.n === 0 || ys.length === 0)
        return { statistic: NaN, pValue: NaN, method: 'asymptotic' };
    return ksTestOfStatistic(ksStatisticDistinct(x.values, x.counts, x.n, ys), x.n, ys.length);
}

;// CONCATENATED MODULE: ./src/stats/drift/cdf-distance-distinct.ts
/**
 * The L^p distance between empirical CDFs (cdf-distance.ts),
 *   l_p(u, v) = ( ∫ |U(t) − V(t)|^p dt )^(1/p),
 * with u given as distinct values (strictly ascending) and their counts (a
 * reference profile) and v as an ascending array. The walk visits the same
 * pooled values in the same order with the same counts below each as
 * cdfDistanceSorted on the expanded u, so the sum — and the result — is the
 * same bit for bit, without expanding u.
 *
 * p = 1 is the first Wasserstein distance (scipy.stats.wasserstein_distance);
 * √2·l₂ is the energy distance (scipy.stats.energy_distance). An empty
 * sample gives NaN.
 *
 * Reference: scipy.stats._stats_py._cdf_distance.
 */
function cdfDistanceDistinct(p, uv, uc, n1, vs) {
    const d = uv.length;
    const n2 = vs.length;
    if (n1 === 0 || n2 === 0)
        return NaN;
    let a = 0;
    let i = 0;
    let j = 0;
    let prev = NaN;
    let sum = 0;
    while (a < d || j < n2) {
        const v = a < d && (j >= n2 || uv[a] <= vs[j]) ? uv[a] : vs[j];
        if (!Number.isNaN(prev)) {
            const diff = Math.abs(i / n1 - j / n2);
            sum += (p === 1 ? diff : diff * diff) * (v - prev);
        }
        if (a < d && uv[a] <= v)
            i += uc[a++];
        while (j < n2 && vs[j] <= v)
            j++;
        prev = v;
    }
    return p === 1 ? sum : Math.sqrt(sum);
}

;// CONCATENATED MODULE: ./src/stats/drift/l-infinity-distance.ts
/**
 * L-infinity (Chebyshev) distance between category shares:
 *   L∞(p, q) = maxᵢ |pᵢ − qᵢ|,
 * the largest change of any one category's share, in [0, 1]. Symmetric.
 * A distance: no p-value. NannyML offers it for categorical drift.
 *
 * Reference: NannyML, "Univariate drift detection methods: L-Infinity
 * distance", https://nannyml.readthedocs.io/en/stable/how_it_works/univariate_drift_detection.html
 */
function lInfinityDistance(p, q) {
    let max = 0;
    for (let i = 0; i < p.length; i++)
        max = Math.max(max, Math.abs(p[i] - q[i]));
    return max;
}

;// CONCATENATED MODULE: ./src/stats/random/mt19937.ts
/**
 * The Mersenne Twister MT19937 and numpy's legacy permutation on it: the
 * random stream of `numpy.random.seed(s)` followed by
 * `numpy.random.permutation(n)` (and so `numpy.random.choice(a, k,
 * replace=False)`, which is `permutation(len(a))[:k]`), bit for bit. Evidently's
 * permutation tests (TVD, empirical MMD) draw from it, so reproducing it
 * reproduces their p-values.
 *
 * Definition:
 * - MT19937 (Matsumoto & Nishimura 1998): a 624-word state seeded by
 *   `init_genrand(s)`: mt[0] = s, mt[i] = 1812433253·(mt[i−1] ⊕ (mt[i−1] >> 30)) + i
 *   (mod 2³²); each output word is the tempered next state word.
 *   `numpy.random.seed(s)` for an integer 0 ≤ s < 2³² is exactly `init_genrand(s)`.
 * - numpy's `random_interval(max)`: with mask the smallest 2ᵏ − 1 ≥ max,
 *   draw 32-bit words until `word & mask ≤ max` (rejection, no modulo bias).
 * - `permutation(n)` shuffles [0, 1, …, n − 1] by Fisher–Yates from the end:
 *   for i = n − 1 down to 1, j = random_interval(i), swap positions i and j.
 *
 * References:
 * - M. Matsumoto, T. Nishimura, "Mersenne Twister: a 623-dimensionally
 *   equidistributed uniform pseudo-random number generator", ACM TOMACS 8(1)
 *   (1998) 3–30; reference code mt19937ar.c (init_genrand, genrand_int32).
 * - numpy, numpy/random/_mt19937.pyx (`_legacy_seeding`),
 *   numpy/random/src/distributions/distributions.c (`random_interval`),
 *   numpy/random/mtrand.pyx (`RandomState.shuffle`, `permutation`, `choice`).
 */
const N = 624;
const M = 397;
class Mt19937 {
    mt = new Uint32Array(N);
    index = N;
    constructor(seed) {
        const mt = this.mt;
        mt[0] = seed >>> 0;
        for (let i = 1; i < N; i++) {
            const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
            // 1812433253 · prev mod 2³², split to stay exact in doubles.
            mt[i] = ((((prev & 0xffff0000) >>> 16) * 1812433253) << 16) + (prev & 0x0000ffff) * 1812433253 + i;
        }
    }
    twist() {
        const mt = this.mt;
        for (let k = 0; k < N; k++) {
            const y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
            mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
        }
        this.index = 0;
    }
    /** The next 32-bit output, as genrand_int32. */
    nextUint32() {
        if (this.index >= N)
            this.twist();
        let y = this.mt[this.index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y >>> 0;
    }
    /** numpy's random_interval(max) for 0 ≤ max < 2³²: uniform on 0..max by masked rejection. */
    interval(max) {
        if (max === 0)
            return 0;
        let mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        mask >>>= 0;
        let v;
        do
            v = (this.nextUint32() & mask) >>> 0;
        while (v > max);
        return v;
    }
}
/**
 * One `numpy.random.permutation(n)` split after `head` positions, for tests
 * that only need which items land in the tail [head, n): returns the items
 * of `items` (length n) found there, in place order, in `tail` (length
 * n − head). The draws of the steps that only shuffle the head among itself
 * are made (they advance the stream as numpy does) but their swaps, which
 * cannot change the tail, are skipped. `work` (length n) is scratch space.
 */
function permutationTail(rng, items, head, work, tail) {
    const n = items.length;
    for (let i = 0; i < n; i++)
        work[i] = items[i];
    for (let i = n - 1; i >= head && i >= 1; i--) {
        const j = rng.interval(i);
        const t = work[i];
        work[i] = work[j];
        work[j] = t;
    }
    for (let i = Math.min(head, n) - 1; i >= 1; i--)
        rng.interval(i);
    for (let i = head; i < n; i++)
        tail[i - head] = work[i];
}

;// CONCATENATED MODULE: ./src/stats/drift/maximum-mean-discrepancy.ts
/**
 * Empirical maximum mean discrepancy (MMD) of two numerical samples with a
 * Gaussian kernel, and its permutation p-value, as Evidently's
 * `empirical_mmd` stat test.
 *
 * Definition (Evidently `mmd_stattest.py`), for reference x (size n) and
 * current y (size m):
 * - squared distances d(u, v) = (v² − 2·u·v) + u², evaluated in that order
 *   (Evidently's `squared_paired_dist`; not (u − v)², so the same rounding);
 * - bandwidth σ = √(½ · median of d(xᵢ, xⱼ) over all n² ordered pairs of the
 *   reference, i = j included), the median being numpy's `percentile(…, 50,
 *   method='nearest')`: the value at sorted position round((n² − 1)/2), ties
 *   to even; σ = √½ when that is 0;
 * - kernel k(u, v) = exp(−d(u, v) / (2σ²)), the same σ for every block;
 * - with the kernel's diagonal (each item with itself) set to 0,
 *     MMD² = Σ_{i≠j} k(xᵢ, xⱼ)/(n(n − 1)) + Σ_{i≠j} k(yᵢ, yⱼ)/(m(m − 1)) − 2·mean k(xᵢ, yⱼ).
 * - p-value: the pooled items (x then y) are permuted 100 times with
 *   `numpy.random.permutation` (random/mt19937.ts; Evidently uses numpy's
 *   global state, here seeded with 0 each time as Evidently's own test does),
 *   the first n items taken as x; p = #(permuted MMD² ≥ observed) / 100,
 *   a permuted value within 1e-12 of the observed one counting as equal
 *   (ties that exact arithmetic has, rounding may break either way).
 *
 * The samples are taken as distinct values with counts, so the block sums
 * are count-weighted sums over distinct values: the same numbers in exact
 * arithmetic as the sums over items (to rounding, ~1e-15), and identical
 * bits for permutations that give the same counts.
 * Memory: the kernel over the D distinct pooled values, D(D + 1)/2 doubles.
 *
 * References:
 * - A. Gretton, K. M. Borgwardt, M. J. Rasch, B. Schölkopf, A. Smola, "A
 *   kernel two-sample test", J. Mach. Learn. Res. 13 (2012) 723–773
 *   (the unbiased MMD²ᵤ, eq. 3).
 * - Evidently 0.7, src/evidently/legacy/calculations/stattests/mmd_stattest.py.
 */

const MMD_PERMUTATIONS = 100;
const MMD_SEED = 0;
/**
 * Permuted statistics within this of the observed one count as ties (≥).
 * The block sums are at most 1 each, so their rounding is ~1e-16; a
 * permutation that swaps two equal-sized samples gives the same MMD² in
 * exact arithmetic but may differ in the last bit.
 */
const TIE = 1e-12;
/** Evidently's squared distance, in its order of operations. */
function squaredDistance(u, v) {
    return v * v - 2 * (u * v) + u * u;
}
const keyBuffer = new Float64Array(1);
const keyWords = new Uint32Array(keyBuffer.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;
/**
 * The value at 0-based position k of the sorted multiset of d(xᵢ, xⱼ) over
 * all ordered pairs of a weighted sample, without materialising the pairs:
 * four counting passes over the pairs, each fixing 16 more bits of the
 * answer's order-preserving 64-bit key (the double's bits, sign bit set for
 * a positive value and all bits flipped for a negative one).
 */
function pairDistanceAt(x, k) {
    const d = x.values.length;
    const weights = new Float64Array(65536);
    let hiPrefix = 0;
    let loPrefix = 0;
    for (let digit = 0; digit < 4; digit++) {
        weights.fill(0);
        for (let i = 0; i < d; i++) {
            const xi = x.values[i];
            const ci = x.counts[i];
            for (let j = 0; j < d; j++) {
                keyBuffer[0] = squaredDistance(xi, x.values[j]);
                let hi = keyWords[HI];
                let lo = keyWords[LO];
                if (hi & 0x80000000) {
                    hi = ~hi >>> 0;
                    lo = ~lo >>> 0;
                }
                else
                    hi = (hi | 0x80000000) >>> 0;
                let bucket;
                if (digit === 0)
                    bucket = hi >>> 16;
                else if (digit === 1) {
                    if (hi >>> 16 !== hiPrefix)
                        continue;
                    bucket = hi & 0xffff;
                }
                else if (digit === 2) {
                    if (hi !== hiPrefix)
                        continue;
                    bucket = lo >>> 16;
                }
                else {
                    if (hi !== hiPrefix || lo >>> 16 !== loPrefix)
                        continue;
                    bucket = lo & 0xffff;
                }
                weights[bucket] += ci * x.counts[j];
            }
        }
        let b = 0;
        while (k >= weights[b])
            k -= weights[b++];
        if (digit === 0)
            hiPrefix = b;
        else if (digit === 1)
            hiPrefix = ((hiPrefix << 16) | b) >>> 0;
        else if (digit === 2)
            loPrefix = b;
        else
            loPrefix = ((loPrefix << 16) | b) >>> 0;
    }
    // Back from the key to the double.
    if (hiPrefix & 0x80000000)
        hiPrefix = (hiPrefix & 0x7fffffff) >>> 0;
    else {
        hiPrefix = ~hiPrefix >>> 0;
        loPrefix = ~loPrefix >>> 0;
    }
    keyWords[HI] = hiPrefix;
    keyWords[LO] = loPrefix;
    return keyBuffer[0];
}
/** Round half to even, as numpy.around. */
function maximum_mean_discrepancy_roundHalfEven(x) {
    const f = Math.floor(x);
    const r = x - f;
    if (r > 0.5)
        return f + 1;
    if (r < 0.5)
        return f;
    return f % 2 === 0 ? f : f + 1;
}
/** Evidently's `sigma_median` of the reference. */
function mmdBandwidth(x) {
    let n = 0;
    for (let i = 0; i < x.counts.length; i++)
        n += x.counts[i];
    const median = pairDistanceAt(x, maximum_mean_discrepancy_roundHalfEven((n * n - 1) * 0.5));
    const sigma = Math.sqrt(0.5 * median);
    return sigma === 0 ? Math.SQRT1_2 : sigma;
}
/** Merge two ascending weighted samples into the distinct pooled values with each sample's counts. */
function pool(x, y) {
    const values = [];
    const cx = [];
    const cy = [];
    let i = 0;
    let j = 0;
    while (i < x.values.length || j < y.values.length) {
        const v = i < x.values.length && (j >= y.values.length || x.values[i] <= y.values[j]) ? x.values[i] : y.values[j];
        values.push(v);
        cx.push(i < x.values.length && x.values[i] === v ? x.counts[i++] : 0);
        cy.push(j < y.values.length && y.values[j] === v ? y.counts[j++] : 0);
    }
    return { values: Float64Array.from(values), cx: Float64Array.from(cx), cy: Float64Array.from(cy) };
}
/**
 * `reference`, `current`: ascending distinct values with counts. The pooled
 * items the permutations shuffle are the reference's values in ascending
 * order (each repeated its count), then the current's.
 */
function maximumMeanDiscrepancy(reference, current, permutations = MMD_PERMUTATIONS, seed = MMD_SEED) {
    let nx = 0;
    let ny = 0;
    for (let i = 0; i < reference.counts.length; i++)
        nx += reference.counts[i];
    for (let i = 0; i < current.counts.length; i++)
        ny += current.counts[i];
    if (nx < 2 || ny < 2)
        return { statistic: NaN, pValue: NaN, sigma: NaN };
    const sigma = mmdBandwidth(reference);
    const gamma = 1 / (2 * (sigma * sigma));
    const { values, cx, cy } = pool(reference, current);
    const d = values.length;
    // The kernel over distinct pooled values, upper triangle row by row: row a holds k(a, a..d−1).
    const rowStart = new Float64Array(d);
    const kernel = new Float64Array((d * (d + 1)) / 2);
    let at = 0;
    for (let a = 0; a < d; a++) {
        rowStart[a] = at - a;
        for (let b = a; b < d; b++)
            kernel[at++] = Math.exp(-gamma * squaredDistance(values[a], values[b]));
    }
    const total = new Float64Array(d);
    for (let a = 0; a < d; a++)
        total[a] = cx[a] + cy[a];
    /** cᵀKc, over the nonzero entries of c only (row a of the triangle holds k(a, b ≥ a)). */
    const nonzero = new Int32Array(d);
    const quadratic = (c) => {
        let m = 0;
        for (let a = 0; a < d; a++)
            if (c[a] !== 0)
                nonzero[m++] = a;
        let diagonal = 0;
        let offDiagonal = 0;
        for (let p = 0; p < m; p++) {
            const a = nonzero[p];
            const row = rowStart[a];
            const ca = c[a];
            diagonal += ca * ca * kernel[row + a];
            let s = 0;
            for (let q = p + 1; q < m; q++) {
                const b = nonzero[q];
                s += c[b] * kernel[row + b];
            }
            offDiagonal += ca * s;
        }
        return diagonal + 2 * offDiagonal;
    };
    // Kt = K·(counts of both samples), once.
    const kTotal = new Float64Array(d);
    for (let a = 0; a < d; a++) {
        const row = rowStart[a];
        let s = 0;
        for (let b = a; b < d; b++) {
            s += total[b] * kernel[row + b];
            if (b > a)
                kTotal[b] += total[a] * kernel[row + b];
        }
        kTotal[a] += s;
    }
    let all = 0;
    for (let a = 0; a < d; a++)
        all += total[a] * kTotal[a];
    // The smaller side's counts s give the three block sums from one quadratic form:
    //   ss = sᵀKs, cross = (Kt)·s − ss, other = tᵀKt − 2 (Kt)·s + ss.
    const smallIsX = nx < ny;
    const statistic = (countsX, countsY) => {
        const s = smallIsX ? countsX : countsY;
        const ss = quadratic(s);
        let ts = 0;
        for (let a = 0; a < d; a++)
            ts += kTotal[a] * s[a];
        const cross = ts - ss;
        const other = all - 2 * ts + ss;
        const sxx = (smallIsX ? ss : other) - nx;
        const syy = (smallIsX ? other : ss) - ny;
        return (1 / (nx * (nx - 1))) * sxx + (1 / (ny * (ny - 1))) * syy - 2.0 * (cross / (nx * ny));
    };
    const observed = statistic(cx, cy);
    const n = nx + ny;
    const items = new Int32Array(n);
    let pos = 0;
    for (const c of [cx, cy]) {
        for (let a = 0; a < d; a++) {
            items.fill(a, pos, pos + c[a]);
            pos += c[a];
        }
    }
    const rng = new Mt19937(seed);
    const work = new Int32Array(n);
    const tail = new Int32Array(ny);
    const px = new Float64Array(d);
    const py = new Float64Array(d);
    let atLeast = 0;
    for (let it = 0; it < permutations; it++) {
        permutationTail(rng, items, nx, work, tail);
        py.fill(0);
        for (let i = 0; i < ny; i++)
            py[tail[i]]++;
        for (let a = 0; a < d; a++)
            px[a] = total[a] - py[a];
        if (statistic(px, py) >= observed - TIE)
            atLeast++;
    }
    return { statistic: observed, pValue: atLeast / permutations, sigma };
}

;// CONCATENATED MODULE: ./src/stats/drift/population-stability-index.ts
/**
 * Population stability index between reference shares r and current
 * shares c over the same bins:
 *   PSI = Σ (rᵢ − cᵢ) · ln(rᵢ / cᵢ).
 * Symmetric in r and c, ≥ 0, and 0 only for equal shares. Empty bins make it
 * infinite, so the shares go through the zero-share floor
 * (zero-share-floor.ts) first, as in Evidently's `psi`. Common reading:
 * < 0.1 no significant shift, 0.1–0.25 moderate, > 0.25 major (Siddiqi).
 * A distance: no p-value.
 *
 * References:
 * - N. Siddiqi, "Credit Risk Scorecards", Wiley, 2006, ch. 8.
 * - B. Yurdakul, "Statistical properties of population stability index",
 *   PhD thesis, Western Michigan University, 2018.
 * - Evidently, src/evidently/calculations/stattests/psi.py
 */
function populationStabilityIndex(reference, current) {
    let psi = 0;
    for (let i = 0; i < reference.length; i++) {
        const r = reference[i];
        const c = current[i];
        if (r === c)
            continue;
        psi += (r - c) * Math.log(r / c);
    }
    return psi;
}

// EXTERNAL MODULE: ./src/stats/special/regularized-beta.ts
var regularized_beta = __webpack_require__(93624);
// EXTERNAL MODULE: ./src/stats/distributions/normal.ts + 1 modules
var normal = __webpack_require__(39172);
;// CONCATENATED MODULE: ./src/stats/distributions/student-t.ts
/**
 * Student's t distribution with ν degrees of freedom (scipy.stats.t), through
 * the regularized incomplete beta function (A&S 26.7.1):
 *   P(T > t) = ½ I_{ν/(ν+t²)}(ν/2, ½)  for t ≥ 0.
 * Non-integer ν is allowed (Welch's test uses the Welch–Satterthwaite ν).
 */


function studentTSf(t, df) {
    if (Number.isNaN(t) || Number.isNaN(df) || df <= 0)
        return NaN;
    const x = df / (df + t * t);
    const tail = 0.5 * (0,regularized_beta/* regularizedBeta */.R)(x, df / 2, 0.5);
    return t >= 0 ? tail : 1 - tail;
}
function studentTCdf(t, df) {
    if (Number.isNaN(t) || Number.isNaN(df) || df <= 0)
        return NaN;
    const x = df / (df + t * t);
    const tail = 0.5 * regularizedBeta(x, df / 2, 0.5);
    return t >= 0 ? 1 - tail : tail;
}
/**
 * Quantile by Newton–bisection on the cdf, starting from the normal
 * quantile; used for confidence intervals, where 1e-12 is ample.
 */
function studentTQuantile(p, df) {
    if (Number.isNaN(p) || p < 0 || p > 1 || df <= 0)
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    if (p === 0.5)
        return 0;
    if (p > 0.5)
        return -studentTQuantile(1 - p, df);
    // Lower tail: the root is negative. Bracket it, then bisect with secant help.
    let hi = Math.min(normalQuantile(p), -1e-12);
    let lo = hi;
    while (studentTCdf(lo, df) > p)
        lo *= 2;
    while (studentTCdf(hi, df) < p)
        hi /= 2;
    for (let i = 0; i < 200; i++) {
        const mid = 0.5 * (lo + hi);
        if (studentTCdf(mid, df) < p)
            lo = mid;
        else
            hi = mid;
        if (hi - lo <= 1e-14 * Math.abs(mid))
            break;
    }
    return 0.5 * (lo + hi);
}

;// CONCATENATED MODULE: ./src/stats/drift/mean-variance.ts
/**
 * Mean and sample variance (ddof = 1) of a sample, accurate on data with a
 * large offset (1e9 + N(0, 1)), where the mean of one sample is not enough:
 * a difference of two means of about 0.1 near 1e9 is only known to the
 * means' last bit (1.2e-7), i.e. to 1e-6 of itself.
 *
 * - mean: a Neumaier-compensated sum ÷ n (one rounding's error, whatever
 *   the order of the values);
 * - meanCorrection: Σ dᵢ / n with dᵢ = xᵢ − mean (each dᵢ exact when xᵢ is
 *   within a factor 2 of the mean), compensated: the exact mean is
 *   mean + meanCorrection to about 1e-16 of the spread, so a difference of
 *   means is (m₁ − m₂) + (c₁ − c₂);
 * - variance: the corrected two-pass formula
 *     s² = (Σ dᵢ² − (Σ dᵢ)²/n) / (n − 1)
 *   with both sums compensated (Chan, Golub & LeVeque's correction).
 * A plain left-to-right sum at n = 5,000 with an offset of 1e9 moved Welch's
 * t in its fourth digit. numpy and scipy (`np.mean`, `scipy.stats._var`)
 * sum pairwise in the data's order: there scipy's own t is off by about
 * 1e-6 of itself, which this is not.
 *
 * References:
 * - A. Neumaier, "Rundungsfehleranalyse einiger Verfahren zur Summation
 *   endlicher Summen", ZAMM 54 (1974) 39–51.
 * - T. F. Chan, G. H. Golub, R. J. LeVeque, "Algorithms for computing the
 *   sample variance: analysis and recommendations", Am. Stat. 37(3) (1983)
 *   242–247, eq. 1.7.
 */
/** Σ a, compensated (Neumaier's improvement of Kahan's summation). */
function compensatedSum(a, shift = 0, square = false) {
    let s = 0;
    let c = 0;
    for (let i = 0; i < a.length; i++) {
        let v = a[i] - shift;
        if (square)
            v *= v;
        const t = s + v;
        c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
        s = t;
    }
    return s + c;
}
function meanVariance(a) {
    const n = a.length;
    const mean = compensatedSum(a) / n;
    const d = compensatedSum(a, mean);
    const dd = compensatedSum(a, mean, true);
    return { mean, meanCorrection: d / n, variance: (dd - (d * d) / n) / (n - 1) };
}
/** m₁ − m₂ from two samples' moments, with their corrections. */
function meanDifference(a, b) {
    return a.mean - b.mean + (a.meanCorrection - b.meanCorrection);
}

;// CONCATENATED MODULE: ./src/stats/drift/student-t-test.ts
/**
 * Student's two-sample t-test (equal variances), two-sided, as
 * `scipy.stats.ttest_ind(a, b)` with its defaults — what Evidently's
 * `t_test` stat test calls.
 *
 * Definition: with means m₁, m₂, sample variances s₁², s₂² (ddof = 1) and
 * sizes n₁, n₂, ν = n₁ + n₂ − 2 and the pooled variance
 * s² = ((n₁ − 1)s₁² + (n₂ − 1)s₂²)/ν,
 *   t = (m₁ − m₂) / √( s²(1/n₁ + 1/n₂) ).
 * p-value: 2·P(T_ν > |t|) from Student's t. Two equal constant samples make t
 * 0/0: NaN, as scipy; two different constants make t = ±∞ and p = 0. Means
 * and variances are computed so that a large common offset costs no digits
 * (mean-variance.ts).
 *
 * References:
 * - "Student" (W. S. Gosset), "The probable error of a mean", Biometrika 6(1)
 *   (1908) 1–25.
 * - scipy.stats.ttest_ind, https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.stats.ttest_ind.html
 * - Evidently 0.7, src/evidently/legacy/calculations/stattests/t_test.py.
 */


function studentTTest(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    // A sample of one value has no variance (scipy: 0·∞ = NaN), so neither has t.
    if (n1 < 2 || n2 < 2)
        return { statistic: NaN, pValue: NaN, df: NaN };
    const ma = meanVariance(a);
    const mb = meanVariance(b);
    const var1 = ma.variance;
    const var2 = mb.variance;
    const df = n1 + n2 - 2;
    const pooled = ((n1 - 1) * var1 + (n2 - 1) * var2) / df;
    const t = meanDifference(ma, mb) / Math.sqrt(pooled * (1 / n1 + 1 / n2));
    if (t === Infinity || t === -Infinity)
        return { statistic: t, pValue: 0, df };
    if (Number.isNaN(t))
        return { statistic: t, pValue: NaN, df };
    return { statistic: t, pValue: Math.min(1, 2 * studentTSf(Math.abs(t), df)), df };
}

;// CONCATENATED MODULE: ./src/stats/drift/numpy-pairwise-sum.ts
/**
 * The sum of a float64 array in numpy's order of additions (`numpy.sum` of a
 * contiguous 1-d array): the same rounding, so the same bits. Used where a
 * peer's test compares sums for equality (a permutation test counts the
 * permuted statistics ≥ the observed one, and mathematically equal sums must
 * come out equal in the same way as the peer's).
 *
 * Definition (numpy `pairwise_sum`): fewer than 8 values are added one by one
 * from 0; up to 128 values go to 8 running sums r₀..r₇ (rⱼ takes values
 * j, j+8, …), combined as ((r₀+r₁)+(r₂+r₃))+((r₄+r₅)+(r₆+r₇)), then the
 * n mod 8 last values are added one by one; more than 128 are split at
 * ⌊n/2⌋ rounded down to a multiple of 8 and the halves' sums added.
 *
 * Reference: numpy, numpy/core/src/umath/loops_utils.h.src (`pairwise_sum`).
 */
function numpyPairwiseSum(a, from = 0, n = a.length - from) {
    if (n < 8) {
        let res = 0;
        for (let i = 0; i < n; i++)
            res += a[from + i];
        return res;
    }
    if (n <= 128) {
        let r0 = a[from];
        let r1 = a[from + 1];
        let r2 = a[from + 2];
        let r3 = a[from + 3];
        let r4 = a[from + 4];
        let r5 = a[from + 5];
        let r6 = a[from + 6];
        let r7 = a[from + 7];
        let i = 8;
        for (; i < n - (n % 8); i += 8) {
            r0 += a[from + i];
            r1 += a[from + i + 1];
            r2 += a[from + i + 2];
            r3 += a[from + i + 3];
            r4 += a[from + i + 4];
            r5 += a[from + i + 5];
            r6 += a[from + i + 6];
            r7 += a[from + i + 7];
        }
        let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
        for (; i < n; i++)
            res += a[from + i];
        return res;
    }
    let n2 = Math.floor(n / 2);
    n2 -= n2 % 8;
    return numpyPairwiseSum(a, from, n2) + numpyPairwiseSum(a, from + n2, n - n2);
}

;// CONCATENATED MODULE: ./src/stats/drift/total-variation-distance.ts
/**
 * Total variation distance between the category shares of two samples, with
 * Evidently's permutation p-value (`TVD` stat test).
 *
 * Statistic: TVD = ½ Σₖ |rₖ/n_r − cₖ/n_c| over the categories k seen in either
 * sample (r, c the reference and current counts), in [0, 1].
 *
 * p-value (Evidently's `permutation_test`, 1000 iterations): the two samples
 * are pooled — reference items first, then current — and, from
 * `numpy.random.seed(0)`, each iteration draws n_r items without replacement
 * as the new reference (`numpy.random.choice(pooled, n_r, replace=False)`),
 * the rest being the new current; p = #(iterations whose TVD ≥ the observed
 * one) / 1000. The draws are numpy's MT19937 stream (random/mt19937.ts), so
 * with the pooled items in the same order the iterations are Evidently's,
 * and each TVD is summed in numpy's order (numpy-pairwise-sum.ts) so that
 * equal count vectors give equal sums.
 *
 * Items here are category indices; the caller decides their order (Evidently
 * takes the rows in file order).
 *
 * References:
 * - Evidently 0.7, src/evidently/legacy/calculations/stattests/tvd_stattest.py
 *   (`_total_variation_distance`) and utils.py (`permutation_test`).
 * - D. A. Levin, Y. Peres, "Markov Chains and Mixing Times", 2nd ed., AMS,
 *   2017, §4.1 (total variation distance).
 */


const TVD_PERMUTATIONS = 1000;
const TVD_SEED = 0;
/** ½ Σ |r/n_r − c/n_c|, the terms summed as numpy sums them; `terms` is scratch of the counts' length. */
function tvd(reference, current, nr, nc, terms) {
    for (let k = 0; k < terms.length; k++)
        terms[k] = Math.abs(reference[k] / nr - current[k] / nc);
    return 0.5 * numpyPairwiseSum(terms);
}
function totalVariationDistance(reference, current) {
    let nr = 0;
    let nc = 0;
    for (let k = 0; k < reference.length; k++) {
        nr += reference[k];
        nc += current[k];
    }
    return tvd(reference, current, nr, nc, new Float64Array(reference.length));
}
/**
 * `reference[k]`, `current[k]`: counts of category k. The pooled items are
 * category 0 repeated reference[0] times, category 1 …, then the current
 * sample's the same way (each sample in category order).
 */
function totalVariationPermutationTest(reference, current, iterations = TVD_PERMUTATIONS, seed = TVD_SEED) {
    const k = reference.length;
    let nr = 0;
    let nc = 0;
    for (let i = 0; i < k; i++) {
        nr += reference[i];
        nc += current[i];
    }
    const terms = new Float64Array(k);
    const observed = tvd(reference, current, nr, nc, terms);
    if (nr === 0 || nc === 0)
        return { statistic: NaN, pValue: NaN };
    const n = nr + nc;
    const items = new Int32Array(n);
    let at = 0;
    for (const counts of [reference, current]) {
        for (let c = 0; c < k; c++) {
            items.fill(c, at, at + counts[c]);
            at += counts[c];
        }
    }
    const total = new Float64Array(k);
    for (let c = 0; c < k; c++)
        total[c] = reference[c] + current[c];
    const rng = new Mt19937(seed);
    const work = new Int32Array(n);
    const tail = new Int32Array(nc);
    const newCurrent = new Float64Array(k);
    const newReference = new Float64Array(k);
    let atLeast = 0;
    for (let it = 0; it < iterations; it++) {
        // The draw's first n_r items are the new reference; the tail is the new current.
        permutationTail(rng, items, nr, work, tail);
        newCurrent.fill(0);
        for (let i = 0; i < nc; i++)
            newCurrent[tail[i]]++;
        for (let c = 0; c < k; c++)
            newReference[c] = total[c] - newCurrent[c];
        if (observed <= tvd(newReference, newCurrent, nr, nc, terms))
            atLeast++;
    }
    return { statistic: observed, pValue: atLeast / iterations };
}

;// CONCATENATED MODULE: ./src/stats/drift/two-proportion-z.ts
/**
 * Two-proportion z-test (pooled), as Evidently's `z` stat test.
 *
 * Definition: with p₁ = x₁/n₁ (reference) and p₂ = x₂/n₂ (current) the
 * shares of one category, and P = (x₁ + x₂)/(n₁ + n₂) the pooled share,
 *   z = (p₁ − p₂) / √( P(1 − P)(1/n₁ + 1/n₂) ).
 * Evidently takes the first category in sorted order as the "0" value; the
 * two-sided p-value does not depend on which category is counted.
 *
 * p-value: two-sided normal tail 2·P(Z > |z|). (Evidently writes
 * 2·(1 − Φ(|z|)), which is the same number except that it rounds p-values
 * below ~1e-16 to 0.) When both samples hold only one and the same value
 * (P ∈ {0, 1}) z is undefined and, as in Evidently, p = 1 with z = 0.
 *
 * References:
 * - A. Agresti, "Categorical Data Analysis", 3rd ed., Wiley, 2013, §3.1.
 * - Evidently, src/evidently/calculations/stattests/z_stattest.py
 */

function twoProportionZ(countReference, nReference, countCurrent, nCurrent) {
    if (nReference === 0 || nCurrent === 0)
        return { statistic: NaN, pValue: NaN };
    const p1 = countReference / nReference;
    const p2 = countCurrent / nCurrent;
    const pooled = (p1 * nReference + p2 * nCurrent) / (nReference + nCurrent);
    if (pooled <= 0 || pooled >= 1)
        return { statistic: 0, pValue: 1 };
    const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / nReference + 1 / nCurrent));
    return { statistic: z, pValue: Math.min(1, 2 * (0,normal/* normalSf */.nG)(Math.abs(z))) };
}

;// CONCATENATED MODULE: ./src/stats/drift/wasserstein-distance.ts
/**
 * First Wasserstein (earth mover's) distance between two samples, as
 * `scipy.stats.wasserstein_distance(u, v)`:
 *   W₁(u, v) = ∫ |U(t) − V(t)| dt
 * with U, V the empirical CDFs. In drift-check (as Evidently's
 * `wasserstein`) it is divided by the reference standard deviation
 * (population, ddof = 0), floored at 0.001 so a constant reference does not
 * divide by zero. A distance: no p-value; symmetric in u and v.
 *
 * References:
 * - L. N. Vaserstein, Probl. Peredachi Inf. 5(3) (1969) 64–72.
 * - scipy.stats.wasserstein_distance, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.wasserstein_distance.html
 * - Evidently, src/evidently/calculations/stattests/wasserstein_distance_norm.py
 */

/** Both samples ascending, without NaN. */
function wassersteinDistanceSorted(us, vs) {
    return cdfDistanceSorted(1, us, vs);
}

;// CONCATENATED MODULE: ./src/stats/drift/welch-t-test.ts
/**
 * Welch's two-sample t-test (unequal variances), two-sided, as
 * `scipy.stats.ttest_ind(a, b, equal_var=False)`.
 *
 * Definition: with means m₁, m₂, sample variances s₁², s₂² (ddof = 1) and
 * sizes n₁, n₂, and vᵢ = sᵢ²/nᵢ,
 *   t = (m₁ − m₂) / √(v₁ + v₂),
 *   ν = (v₁ + v₂)² / ( v₁²/(n₁ − 1) + v₂²/(n₂ − 1) )   (Welch–Satterthwaite).
 * p-value: 2·P(T_ν > |t|) from Student's t. Two equal constant samples make t
 * 0/0: NaN, as scipy (drift-check treats equal constants as no drift); two
 * different constants make t = ±∞ and p = 0. Means and variances are
 * computed so that a large common offset costs no digits (mean-variance.ts).
 *
 * References:
 * - B. L. Welch, Biometrika 34(1–2) (1947) 28–35.
 * - scipy.stats.ttest_ind, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.ttest_ind.html
 */


function welchTTest(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    if (n1 < 2 || n2 < 2)
        return { statistic: NaN, pValue: NaN, df: NaN };
    const ma = meanVariance(a);
    const mb = meanVariance(b);
    const var1 = ma.variance;
    const var2 = mb.variance;
    const v1 = var1 / n1;
    const v2 = var2 / n2;
    const df = ((v1 + v2) * (v1 + v2)) / ((v1 * v1) / (n1 - 1) + (v2 * v2) / (n2 - 1));
    const t = meanDifference(ma, mb) / Math.sqrt(v1 + v2);
    // Two different constants: t = ±∞ and, as in scipy, p = 0.
    if (t === Infinity || t === -Infinity)
        return { statistic: t, pValue: 0, df };
    if (Number.isNaN(t) || Number.isNaN(df))
        return { statistic: t, pValue: NaN, df };
    return { statistic: t, pValue: Math.min(1, 2 * studentTSf(Math.abs(t), df)), df };
}

;// CONCATENATED MODULE: ./src/stats/drift/zero-share-floor.ts
/**
 * The zero-share floor of Evidently's binned tests (`psi`, `kl_div`):
 * every empty bin's share is replaced by
 *   min_nonzero / 10⁶   when the smallest non-zero share is ≤ 0.0001,
 *   0.0001              otherwise,
 * so that logarithms of shares stay finite. Shares are not renormalised
 * afterwards (as in Evidently). All-zero shares are returned unchanged.
 *
 * Reference: Evidently, src/evidently/calculations/stattests/utils.py
 * (`get_binned_data(..., feel_zeroes=True)`).
 */
function zeroShareFloor(shares) {
    const out = Float64Array.from(shares);
    let min = Infinity;
    for (const s of out)
        if (s !== 0 && s < min)
            min = s;
    if (min === Infinity)
        return out;
    const floor = min <= 0.0001 ? min / 1e6 : 0.0001;
    for (let i = 0; i < out.length; i++)
        if (out[i] === 0)
            out[i] = floor;
    return out;
}

;// CONCATENATED MODULE: ./src/gates/drift-check/methods.ts
/**
 * The drift methods, one entry each in METHOD_LIST: name (and other names
 * accepted), whether its score is a p-value or a distance, its default
 * threshold and the comparison that means drift, the columns it applies to,
 * its definition and source (one line each: the report's definitions and the
 * method table of docs/gates/drift-check.md are generated from them), any
 * difference from the peer kept on purpose, and the computation. The
 * statistics themselves live one a file in src/stats/drift/. A new method is
 * its statistic's file plus one entry here.
 *
 * Under Evidently's names the definitions, defaults and comparisons are
 * Evidently's (0.7, src/evidently/legacy/calculations/stattests/*.py);
 * chi2, l_infinity, cramers_v and the named variants take defaults in the
 * same spirit.
 */



























function num(s) {
    if (s.type !== 'numerical')
        throw new Error('numerical method on a categorical sample');
    return s;
}
function binnedShares(ref, cur, params) {
    const b = binnedCounts(ref, cur, params.binning, params.bins);
    return [shares(b.reference, (0,column_sample/* sampleSize */.se)(ref)), shares(b.current, (0,column_sample/* sampleSize */.se)(cur))];
}
/** A numerical sample as ascending distinct values with counts. */
function weighted(s) {
    if (s.distinct)
        return s.distinct;
    const values = [];
    const counts = [];
    const v = s.values;
    for (let i = 0; i < v.length; i++) {
        if (i > 0 && v[i] === v[i - 1])
            counts[counts.length - 1]++;
        else {
            values.push(v[i]);
            counts.push(1);
        }
    }
    return { values, counts };
}
/** The largest reference + current size `empirical_mmd` takes (its kernel is quadratic in it). */
const MMD_MAX_VALUES = 5000;
/** sum + v + v + … (c times), added one at a time as a pass over the expanded values would. */
function addRepeated(sum, v, c) {
    let k = c;
    // Unrolled for the short runs of a profile; the additions stay in order.
    while (k >= 4) {
        sum += v;
        sum += v;
        sum += v;
        sum += v;
        k -= 4;
    }
    while (k > 0) {
        sum += v;
        k--;
    }
    return sum;
}
/**
 * σ with ddof 0. With distinct values each is added its count of times, in
 * order: the same sums, bit for bit, as over the expanded values. (Indexed
 * loops: for…of over a typed array was ~15× slower here.)
 */
function populationSd(s) {
    if (s.distinct) {
        const { values, counts, n } = s.distinct;
        let sum = 0;
        for (let i = 0; i < values.length; i++)
            sum = addRepeated(sum, values[i], counts[i]);
        const mean = sum / n;
        let ss = 0;
        for (let i = 0; i < values.length; i++) {
            const d = values[i] - mean;
            ss = addRepeated(ss, d * d, counts[i]);
        }
        return Math.sqrt(ss / n);
    }
    const values = s.values;
    const n = values.length;
    let sum = 0;
    for (let i = 0; i < n; i++)
        sum += values[i];
    const mean = sum / n;
    let ss = 0;
    for (let i = 0; i < n; i++) {
        const d = values[i] - mean;
        ss += d * d;
    }
    return Math.sqrt(ss / n);
}
const METHOD_LIST = [
    {
        name: 'ks',
        aliases: [],
        title: 'Kolmogorov–Smirnov',
        score: 'p-value',
        columns: 'numerical',
        threshold: 0.05,
        operator: '<=',
        definition: 'two-sample KS, D = sup|F_ref − F_cur|; exact p-value up to 10,000 rows per sample, asymptotic beyond',
        source: '`scipy.stats.ks_2samp` (Evidently `ks`)',
        compute: (r, c) => {
            const ref = num(r);
            const res = ref.distinct ? kolmogorovSmirnovDistinct(ref.distinct, num(c).values) : kolmogorovSmirnov(ref.values, num(c).values, { sorted: true });
            return { statistic: res.statistic, pValue: res.pValue };
        },
    },
    {
        name: 'chisquare',
        aliases: [],
        title: 'Chi-square goodness of fit',
        score: 'p-value',
        columns: 'categories',
        threshold: 0.05,
        operator: '<',
        definition: 'χ² = Σ (oᵢ − eᵢ)²/eᵢ of the current counts o against the reference counts scaled to the current size, df = categories − 1',
        source: '`scipy.stats.chisquare` (Evidently `chisquare`)',
        compute: (r, c) => {
            const b = categoryBins(r, c);
            const k = (0,column_sample/* sampleSize */.se)(c) / (0,column_sample/* sampleSize */.se)(r);
            const res = chiSquareGoodnessOfFit(b.current, b.reference.map((v) => v * k));
            return { statistic: res.statistic, pValue: res.pValue };
        },
    },
    {
        name: 'chi2',
        aliases: [],
        title: 'Chi-square contingency',
        score: 'p-value',
        columns: 'categories',
        threshold: 0.05,
        operator: '<',
        definition: 'χ² test of independence of the 2 × k table sample × category, eᵢⱼ = RᵢCⱼ/N, Yates-corrected when df = 1',
        source: '`scipy.stats.chi2_contingency`',
        compute: (r, c) => {
            const b = categoryBins(r, c);
            const res = chiSquareContingency([[...b.reference], [...b.current]]);
            return { statistic: res.statistic, pValue: res.pValue };
        },
    },
    {
        name: 'z',
        aliases: [],
        title: 'Two-proportion z-test',
        score: 'p-value',
        columns: 'categories',
        threshold: 0.05,
        operator: '<',
        definition: 'pooled two-proportion z = (p₁ − p₂)/√(P(1−P)(1/n₁ + 1/n₂)) of the share of all but the first category (in sorted order: numbers by value, text by code point), p = 2·P(Z > |z|)',
        source: 'Evidently `z`',
        differs: 'Evidently writes p = 2·(1 − Φ(|z|)), which is 0 below about 1e-16; here the tail is computed directly. Verdicts are the same.',
        compute: (r, c) => {
            const b = categoryBins(r, c);
            const nr = (0,column_sample/* sampleSize */.se)(r);
            const nc = (0,column_sample/* sampleSize */.se)(c);
            const res = twoProportionZ(nr - b.reference[0], nr, nc - b.current[0], nc);
            return { statistic: res.statistic, pValue: res.pValue };
        },
    },
    {
        name: 'wasserstein',
        aliases: [],
        title: 'Wasserstein distance (normed)',
        score: 'distance',
        columns: 'numerical',
        threshold: 0.1,
        operator: '>=',
        definition: 'W₁ = ∫|F_ref − F_cur| dx divided by max(σ_ref, 0.001), σ with ddof 0',
        source: '`scipy.stats.wasserstein_distance` (Evidently `wasserstein`)',
        compute: (r, c) => {
            const ref = num(r);
            const d = ref.distinct ? cdfDistanceDistinct(1, ref.distinct.values, ref.distinct.counts, ref.distinct.n, num(c).values) : wassersteinDistanceSorted(ref.values, num(c).values);
            return { statistic: d / Math.max(populationSd(ref), 0.001), pValue: null };
        },
    },
    {
        name: 'jensenshannon',
        aliases: [],
        title: 'Jensen–Shannon distance',
        score: 'distance',
        columns: 'bins',
        threshold: 0.1,
        operator: '>=',
        definition: 'JS = √((KL(p‖m) + KL(q‖m))/2), m = (p+q)/2, over category or bin shares; natural log unless `jensenshannon-base` is set',
        source: '`scipy.spatial.distance.jensenshannon` (Evidently `jensenshannon`)',
        compute: (r, c, p) => {
            const [a, b] = binnedShares(r, c, p);
            return { statistic: jensenShannonDistance(a, b, p.jsBase), pValue: null };
        },
    },
    {
        name: 'psi',
        aliases: [],
        title: 'Population stability index',
        score: 'distance',
        columns: 'bins',
        threshold: 0.1,
        operator: '>=',
        definition: 'PSI = Σ (rᵢ − cᵢ)·ln(rᵢ/cᵢ) over category or bin shares, empty bins floored, shares not renormalised',
        source: 'Evidently `psi`',
        compute: (r, c, p) => {
            const [a, b] = binnedShares(r, c, p);
            return { statistic: populationStabilityIndex(zeroShareFloor(a), zeroShareFloor(b)), pValue: null };
        },
    },
    {
        name: 'kl_div',
        aliases: [],
        title: 'Kullback–Leibler divergence',
        score: 'distance',
        columns: 'bins',
        threshold: 0.1,
        operator: '>=',
        definition: 'KL(ref‖cur) = Σ rᵢ·ln(rᵢ/cᵢ) over category or bin shares, empty bins floored, then both renormalised to sum 1',
        source: '`scipy.stats.entropy` (Evidently `kl_div`)',
        compute: (r, c, p) => {
            const [a, b] = binnedShares(r, c, p);
            return { statistic: klDivergence(zeroShareFloor(a), zeroShareFloor(b)), pValue: null };
        },
    },
    {
        name: 'hellinger',
        aliases: [],
        title: 'Hellinger distance',
        score: 'distance',
        columns: 'bins',
        threshold: 0.1,
        operator: '>=',
        definition: 'categories: H = √(1 − Σ√(rᵢcᵢ)) over shares; numbers (binning auto): H = √(1 − Σ√(f_ref,ᵢ f_cur,ᵢ)·w) over density histograms f on Sturges bins of the distinct values of both samples, w the bin width; with another binning, the categorical form over its bins',
        source: 'Evidently `hellinger`',
        compute: (r, c, p) => {
            if (r.type === 'numerical' && c.type === 'numerical' && p.binning === 'auto') {
                const b = distinctSturgesCounts(r, c);
                return { statistic: hellingerDistanceOfDensities(b.edges, b.reference, b.current, (0,column_sample/* sampleSize */.se)(r), (0,column_sample/* sampleSize */.se)(c)), pValue: null };
            }
            const [a, b] = binnedShares(r, c, p);
            return { statistic: hellingerDistance(a, b), pValue: null };
        },
    },
    {
        name: 'energy',
        aliases: ['ed'],
        title: 'Energy distance',
        score: 'distance',
        columns: 'numerical',
        threshold: 0.1,
        operator: '>',
        definition: 'E = √2·(∫(F_ref − F_cur)² dx)^½ = √(2E|X−Y| − E|X−X′| − E|Y−Y′|)',
        source: '`scipy.stats.energy_distance` (Evidently `ed`)',
        compute: (r, c) => {
            const ref = num(r);
            const e = ref.distinct
                ? Math.SQRT2 * cdfDistanceDistinct(2, ref.distinct.values, ref.distinct.counts, ref.distinct.n, num(c).values)
                : energyDistanceSorted(ref.values, num(c).values);
            return { statistic: e, pValue: null };
        },
    },
    {
        name: 'anderson',
        aliases: [],
        title: 'Anderson–Darling k-sample',
        score: 'p-value',
        columns: 'numerical',
        threshold: 0.1,
        operator: '<',
        definition: 'Scholz–Stephens k-sample A² (midrank), standardised; p-value interpolated and capped to [0.001, 0.25]',
        source: '`scipy.stats.anderson_ksamp` (Evidently `anderson`)',
        compute: (r, c) => {
            const res = andersonDarlingKSample([num(r).values, num(c).values]);
            return { statistic: res.statistic, pValue: res.pValue };
        },
    },
    {
        name: 'cramer_von_mises',
        aliases: [],
        title: 'Cramér–von Mises',
        score: 'p-value',
        columns: 'numerical',
        threshold: 0.1,
        operator: '<=',
        definition: 'T = U/(n m N) − (4nm − 1)/(6N) from average ranks; exact p-value up to 20 rows per sample, asymptotic beyond',
        source: '`scipy.stats.cramervonmises_2samp` (Evidently `cramer_von_mises`)',
        compute: (r, c) => {
            const res = cramerVonMises(num(r).values, num(c).values);
            return { statistic: res.statistic, pValue: res.pValue };
        },
    },
    {
        name: 'mannwhitney',
        aliases: ['mannw'],
        title: 'Mann–Whitney U',
        score: 'p-value',
        columns: 'numerical',
        threshold: 0.05,
        operator: '<',
        definition: 'U of the reference, one-sided, alternative "less" (the reference stochastically smaller): p = P(U′ ≤ U); exact or normal with tie and continuity correction',
        source: '`scipy.stats.mannwhitneyu(ref, cur, alternative="less")` (Evidently `mannw`)',
        compute: (r, c) => {
            const res = (0,mann_whitney_u/* mannWhitneyU */.K)(num(r).values, num(c).values, { sorted: true, alternative: 'less' });
            return { statistic: res.statistic, pValue: res.pValue };
        },
    },
    {
        name: 'mannwhitney_two_sided',
        aliases: [],
        title: 'Mann–Whitney U (two-sided)',
        score: 'p-value',
        columns: 'numerical',
        threshold: 0.05,
        operator: '<',
        definition: 'U of the reference, two-sided; exact or normal with tie and continuity correction',
        source: '`scipy.stats.mannwhitneyu` (method auto)',
        compute: (r, c) => {
            const res = (0,mann_whitney_u/* mannWhitneyU */.K)(num(r).values, num(c).values, { sorted: true });
            return { statistic: res.statistic, pValue: res.pValue };
        },
    },
    {
        name: 't_test',
        aliases: [],
        title: "Student's t-test",
        score: 'p-value',
        columns: 'numerical',
        threshold: 0.05,
        operator: '<',
        definition: "Student's t = (m₁ − m₂)/√(s²(1/n₁ + 1/n₂)), s² the pooled variance, df = n₁ + n₂ − 2, two-sided",
        source: '`scipy.stats.ttest_ind` (Evidently `t_test`)',
        differs: 'scipy sums in the data’s order and loses digits on a large common offset (about 1e-6 of t at 10⁹ + N(0, 1)); drift-check’s sums are compensated and stay within rounding of the exact t.',
        compute: (r, c) => {
            const res = studentTTest(num(r).values, num(c).values);
            return { statistic: res.statistic, pValue: res.pValue };
        },
    },
    {
        name: 'welch_t_test',
        aliases: [],
        title: "Welch's t-test",
        score: 'p-value',
        columns: 'numerical',
        threshold: 0.05,
        operator: '<',
        definition: "Welch's t = (m₁ − m₂)/√(s₁²/n₁ + s₂²/n₂), Welch–Satterthwaite df, two-sided",
        source: '`scipy.stats.ttest_ind(equal_var=False)`',
        differs: 'scipy sums in the data’s order and loses digits on a large common offset (about 1e-6 of t at 10⁹ + N(0, 1)); drift-check’s sums are compensated and stay within rounding of the exact t.',
        compute: (r, c) => {
            const res = welchTTest(num(r).values, num(c).values);
            return { statistic: res.statistic, pValue: res.pValue };
        },
    },
    {
        name: 'epps_singleton',
        aliases: ['es'],
        title: 'Epps–Singleton',
        score: 'p-value',
        columns: 'numerical',
        threshold: 0.05,
        operator: '<',
        definition: 'W = n·dᵀΣ⁺d on the empirical characteristic function at t = (0.4, 0.8)/(IQR/2), small-sample corrected below 25 values, p from χ² with rank(Σ) df',
        source: '`scipy.stats.epps_singleton_2samp` (Evidently `es`)',
        differs: 'Evidently raises an error when the pooled interquartile range is 0; here the column is insufficient, as it is when both samples are constant (where scipy inverts a covariance matrix of rounding noise).',
        compute: (r, c) => {
            const res = eppsSingleton(num(r).values, num(c).values);
            const note = Number.isNaN(res.statistic) ? 'Epps–Singleton needs 5 values per sample, a pooled interquartile range above 0 and a sample that is not constant' : undefined;
            return { statistic: res.statistic, pValue: res.pValue, ...(note ? { note } : {}) };
        },
    },
    {
        name: 'g_test',
        aliases: [],
        title: 'G-test',
        score: 'p-value',
        columns: 'categories',
        threshold: 0.1,
        operator: '<',
        definition: 'G = 2 Σ oᵢ ln(oᵢ/eᵢ) of the current counts o against the reference counts scaled to the current size, df = categories − 1',
        source: '`scipy.stats.power_divergence(lambda_="log-likelihood")` (Evidently `g_test`)',
        differs: 'Evidently passes the reference counts unscaled, which scipy ≥ 1.10 refuses unless both samples have the same size; for samples of the same size the two are equal.',
        compute: (r, c) => {
            const b = categoryBins(r, c);
            const k = (0,column_sample/* sampleSize */.se)(c) / (0,column_sample/* sampleSize */.se)(r);
            const res = gTest(b.current, b.reference.map((v) => v * k));
            return { statistic: res.statistic, pValue: res.pValue };
        },
    },
    {
        name: 'fisher_exact',
        aliases: [],
        title: "Fisher's exact test",
        score: 'p-value',
        columns: 'categories',
        threshold: 0.1,
        operator: '<',
        definition: "two-sided exact p-value of the 2 × 2 table sample × category (two categories, in sorted order); the statistic is the odds ratio of [[cur second, cur first], [ref second, ref first]]",
        source: '`scipy.stats.fisher_exact` (Evidently `fisher_exact`)',
        differs: 'Evidently requires both samples to have the same size and raises an error on more than two categories; here samples of any size are compared, and a column with more than two categories is insufficient.',
        compute: (r, c) => {
            const b = categoryBins(r, c);
            if (b.labels.length > 2) {
                return { statistic: NaN, pValue: NaN, note: `fisher_exact needs at most two categories in both samples together; this column has ${b.labels.length}` };
            }
            const res = fisherExact([
                [b.current[1] ?? 0, b.current[0]],
                [b.reference[1] ?? 0, b.reference[0]],
            ]);
            return { statistic: res.statistic, pValue: res.pValue };
        },
    },
    {
        name: 'TVD',
        aliases: [],
        title: 'Total variation distance',
        score: 'p-value',
        columns: 'categories',
        threshold: 0.1,
        operator: '<',
        definition: 'TVD = ½ Σ |rᵢ − cᵢ| over category shares; p = share of 1,000 permutations of the pooled values (numpy MT19937, seed 0) whose TVD is at least the observed one',
        source: 'Evidently `TVD`',
        differs: 'Evidently permutes the rows in file order; drift-check keeps no row order and permutes the values sorted (reference first, then current, each in category order), so the p-value is Evidently’s exactly on data in that order and another draw of the same permutation test otherwise.',
        compute: (r, c) => {
            const b = categoryBins(r, c);
            const res = totalVariationPermutationTest(b.reference, b.current);
            return { statistic: res.statistic, pValue: res.pValue };
        },
    },
    {
        name: 'empirical_mmd',
        aliases: [],
        title: 'Empirical maximum mean discrepancy',
        score: 'p-value',
        columns: 'numerical',
        threshold: 0.1,
        operator: '<',
        definition: 'unbiased MMD² with a Gaussian kernel, bandwidth √(½·median squared distance of the reference pairs); p = share of 100 permutations (numpy MT19937, seed 0) whose MMD² is at least the observed one',
        source: 'Evidently `empirical_mmd`',
        differs: 'Evidently permutes the rows in file order from numpy’s global random state; drift-check permutes the values sorted (reference first) from seed 0, as Evidently’s own test seeds it, so the p-value is Evidently’s exactly on sorted data. At most 5,000 values in the two samples together (use `sample`); above that the column is insufficient.',
        compute: (r, c) => {
            if ((0,column_sample/* sampleSize */.se)(r) + (0,column_sample/* sampleSize */.se)(c) > MMD_MAX_VALUES) {
                return { statistic: NaN, pValue: NaN, note: `empirical_mmd compares at most ${MMD_MAX_VALUES.toLocaleString('en-US')} values in both samples together (set \`sample\`)` };
            }
            const res = maximumMeanDiscrepancy(weighted(num(r)), weighted(num(c)));
            return { statistic: res.statistic, pValue: res.pValue };
        },
    },
    {
        name: 'l_infinity',
        aliases: [],
        title: 'L-infinity distance',
        score: 'distance',
        columns: 'bins',
        threshold: 0.1,
        operator: '>=',
        definition: 'L∞ = maxᵢ |rᵢ − cᵢ| over category or bin shares',
        source: 'NannyML L-infinity',
        compute: (r, c, p) => {
            const [a, b] = binnedShares(r, c, p);
            return { statistic: lInfinityDistance(a, b), pValue: null };
        },
    },
    {
        name: 'cramers_v',
        aliases: [],
        title: "Cramér's V",
        score: 'distance',
        columns: 'categories',
        threshold: 0.1,
        operator: '>=',
        definition: 'V = √(χ²/(N·(min(r, c) − 1))) of the sample × category table, no continuity correction',
        source: '`scipy.stats.contingency.association`',
        compute: (r, c) => {
            const b = categoryBins(r, c);
            return { statistic: cramersV([[...b.reference], [...b.current]]), pValue: null };
        },
    },
];
const METHOD_LIST_ENTRIES = METHOD_LIST;
/** Every accepted method name, each method's name first, then its aliases. */
const METHOD_NAMES = METHOD_LIST.flatMap((m) => [m.name, ...m.aliases]);
/** Each name (and alias) to its method. */
const METHODS = Object.fromEntries(METHOD_LIST.flatMap((m) => [m.name, ...m.aliases].map((n) => [n, m])));
/** The threshold a method takes: set under the name used, else under any of its names, else its default. */
function thresholdOf(name, thresholds) {
    const m = METHODS[name];
    const given = thresholds[name] ?? [m.name, ...m.aliases].map((n) => thresholds[n]).find((t) => t !== undefined);
    return given ?? m.threshold;
}
/** Whether a score means drift under a threshold and operator. */
function isDrift(score, threshold, operator) {
    if (Number.isNaN(score))
        return false;
    switch (operator) {
        case '<':
            return score < threshold;
        case '<=':
            return score <= threshold;
        case '>=':
            return score >= threshold;
        case '>':
            return score > threshold;
    }
}

;// CONCATENATED MODULE: ./src/gates/drift-check/chart-data.ts
/**
 * The distributions the visual report overlays for each drifted column, as a
 * compact `charts` section of the JSON report (shares per bin, never rows):
 *
 * - numerical: BINS equal-width bins spanning the pooled 0.5th to 99.5th
 *   percentile of both samples, so that a few outliers do not squash the
 *   picture (values beyond land in the end bins), with each sample's share
 *   of its non-missing values per bin;
 * - categorical: the MAX_CATEGORIES categories most frequent in both samples
 *   together, and the rest summed as "(k more)".
 *
 * The samples are the sorted ones the tests used, so this is a search per
 * edge, not a pass over a million values.
 */




const BINS = 24;
const MAX_CATEGORIES = 12;
/** Drifted columns drawn at most (most severe first). */
const MAX_DISTRIBUTIONS = 40;
const round = (v) => Number(v.toPrecision(5));
/** The value at rank ⌊q(n − 1)⌋ of a sorted sample (its own values or distinct values with counts). */
function rankValue(s, q) {
    const n = (0,column_sample/* sampleSize */.se)(s);
    const rank = Math.floor(q * (n - 1));
    if (!s.distinct)
        return s.values[rank];
    let seen = 0;
    for (let k = 0; k < s.distinct.values.length; k++) {
        seen += s.distinct.counts[k];
        if (seen > rank)
            return s.distinct.values[k];
    }
    return s.distinct.values[s.distinct.values.length - 1];
}
function countsOn(s, edges) {
    return s.distinct ? histogramCountsDistinct(s.distinct.values, s.distinct.counts, edges) : histogramCountsSorted(s.values, edges);
}
function numerical(column, ref, cur) {
    const nr = (0,column_sample/* sampleSize */.se)(ref);
    const nc = (0,column_sample/* sampleSize */.se)(cur);
    if (nr === 0 || nc === 0)
        return undefined;
    const lo = Math.min(rankValue(ref, 0.005), rankValue(cur, 0.005));
    const hi = Math.max(rankValue(ref, 0.995), rankValue(cur, 0.995));
    const edges = histogramBinEdgesOfRange(lo, hi, nr + nc, 'equal-width', BINS);
    // Counting edges open at both ends: values beyond the range fall in the end bins.
    const open = Float64Array.from(edges);
    open[0] = -Infinity;
    open[open.length - 1] = Infinity;
    const r = countsOn(ref, open);
    const c = countsOn(cur, open);
    return {
        column,
        type: 'numerical',
        edges: Array.from(edges, round),
        reference: Array.from(r, (v) => round(v / nr)),
        current: Array.from(c, (v) => round(v / nc)),
    };
}
function categorical(column, ref, cur) {
    const b = categoryBins(ref, cur);
    const nr = (0,column_sample/* sampleSize */.se)(ref) || 1;
    const nc = (0,column_sample/* sampleSize */.se)(cur) || 1;
    const order = b.labels.map((_, i) => i).sort((i, j) => b.reference[j] / nr + b.current[j] / nc - (b.reference[i] / nr + b.current[i] / nc));
    const top = order.slice(0, MAX_CATEGORIES);
    const rest = order.slice(MAX_CATEGORIES);
    const labels = top.map((i) => b.labels[i]);
    const reference = top.map((i) => round(b.reference[i] / nr));
    const current = top.map((i) => round(b.current[i] / nc));
    if (rest.length) {
        labels.push(`(${rest.length} more)`);
        reference.push(round(rest.reduce((s, i) => s + b.reference[i], 0) / nr));
        current.push(round(rest.reduce((s, i) => s + b.current[i], 0) / nc));
    }
    return { column, type: 'categorical', labels, reference, current };
}
function columnDistribution(column, ref, cur) {
    if (ref.type === 'numerical' && cur.type === 'numerical')
        return numerical(column, ref, cur);
    return categorical(column, ref, cur);
}

;// CONCATENATED MODULE: ./src/gates/drift-check/evaluate.ts
/**
 * The drift evaluation: a pure function from the reference and current
 * Tables and typed options to per-column results, the dataset verdict and
 * the data-quality findings. No I/O here (see gate.ts).
 */









function findColumn(table, name) {
    return table.columns.find((c) => c.name === name);
}
function requireColumn(table, name, what) {
    const c = findColumn(table, name);
    if (!c)
        throw new errors/* UserError */.yo(`${what} "${name}" is not a column of this file (columns: ${table.columns.slice(0, 12).map((x) => x.name).join(', ')}${table.columns.length > 12 ? ', …' : ''})`, { file: table.source, field: what });
    return c;
}
function typeOf(name, ref, cur, options) {
    const declared = options.columnTypes[name];
    if (declared)
        return declared;
    return ref.kind === 'number' && cur.kind === 'number' ? 'numerical' : 'categorical';
}
/** Both samples hold one and the same value: no test can see a difference. */
function sameConstant(ref, cur) {
    if (ref.type === 'numerical' && cur.type === 'numerical') {
        // Distinct values when the sample has them: the same ends, without expanding.
        const a = ref.distinct?.values ?? ref.values;
        const b = cur.distinct?.values ?? cur.values;
        return a.length > 0 && b.length > 0 && a[0] === a[a.length - 1] && b[0] === b[b.length - 1] && a[0] === b[0];
    }
    if (ref.type === 'categorical' && cur.type === 'categorical') {
        return ref.counts.size === 1 && cur.counts.size === 1 && [...ref.counts.keys()][0] === [...cur.counts.keys()][0];
    }
    return false;
}
/** How far past its threshold a score is (> 1 = drift), for sorting by severity. */
function severity(c) {
    if (c.status === 'insufficient' || c.statistic === null)
        return -1;
    if (c.score === 'p-value') {
        const p = c.adjustedPValue ?? c.pValue ?? 1;
        return Math.log(Math.max(p, 1e-300)) / Math.log(Math.max(c.threshold, 1e-300));
    }
    return c.threshold > 0 ? c.statistic / c.threshold : c.statistic;
}
function reportHistogram(ref, cur) {
    if (ref.type === 'numerical' && cur.type === 'numerical') {
        const b = binnedCounts(ref, cur, 'equal-width', 10);
        return { labels: b.labels, reference: [...shares(b.reference, (0,column_sample/* sampleSize */.se)(ref))], current: [...shares(b.current, (0,column_sample/* sampleSize */.se)(cur))] };
    }
    const b = binnedCounts(ref, cur, 'auto', 0);
    const order = b.labels.map((_, i) => i).sort((i, j) => b.reference[j] + b.current[j] - (b.reference[i] + b.current[i]));
    const top = order.slice(0, 10);
    const rest = order.slice(10);
    const nr = (0,column_sample/* sampleSize */.se)(ref) || 1;
    const nc = (0,column_sample/* sampleSize */.se)(cur) || 1;
    const hist = {
        labels: top.map((i) => b.labels[i]),
        reference: top.map((i) => b.reference[i] / nr),
        current: top.map((i) => b.current[i] / nc),
    };
    if (rest.length) {
        hist.labels.push(`(${rest.length} more)`);
        hist.reference.push(rest.reduce((s, i) => s + b.reference[i], 0) / nr);
        hist.current.push(rest.reduce((s, i) => s + b.current[i], 0) / nc);
    }
    return hist;
}
function evaluateColumn(name, role, ref, cur, options) {
    const nReference = (0,column_sample/* sampleSize */.se)(ref);
    const nCurrent = (0,column_sample/* sampleSize */.se)(cur);
    const explicit = options.columnMethods[name] ?? (options.method === 'auto' ? undefined : options.method);
    const chosen = explicit ?? autoMethod(ref, cur);
    const method = METHODS[chosen];
    if (method.columns === 'numerical' && ref.type !== 'numerical') {
        throw new errors/* UserError */.yo(`method ${chosen} needs a numerical column, and "${name}" is categorical (set column-types or choose a categorical method)`, {
            field: options.columnMethods[name] ? 'input column-methods' : 'input method',
        });
    }
    const base = method.name === 'jensenshannon' ? options.jsBase : undefined;
    const result = {
        name,
        role,
        type: ref.type,
        method: chosen,
        score: method.score,
        statistic: null,
        pValue: null,
        adjustedPValue: null,
        threshold: thresholdOf(chosen, options.thresholds),
        operator: method.operator,
        drifted: false,
        status: 'no-drift',
        nReference,
        nCurrent,
        ...(base !== undefined ? { base } : {}),
    };
    if (nReference < options.minSamples || nCurrent < options.minSamples) {
        result.status = 'insufficient';
        result.note = `${Math.min(nReference, nCurrent)} non-missing values, fewer than min-samples (${options.minSamples})`;
        return result;
    }
    const sizeMethod = method.score === 'distance' ? chosen : 'psi';
    if (sameConstant(ref, cur)) {
        result.statistic = 0;
        result.pValue = method.score === 'p-value' ? 1 : null;
        result.note = 'both samples hold one and the same value';
        result.size = { method: sizeMethod, value: 0 };
        return result;
    }
    const params = { binning: options.binning, bins: options.bins, jsBase: base };
    const score = method.compute(ref, cur, params);
    result.statistic = score.statistic;
    result.pValue = score.pValue;
    const decisive = score.pValue ?? score.statistic;
    if (Number.isNaN(decisive)) {
        result.status = 'insufficient';
        result.note = score.note ?? `${chosen} is undefined for these samples`;
        return result;
    }
    const size = method.score === 'distance' ? score.statistic : METHODS.psi.compute(ref, cur, params).statistic;
    if (Number.isFinite(size))
        result.size = { method: sizeMethod, value: size };
    return result;
}
/**
 * `reference` and `current` are Tables (with optional sampled `rows`) or
 * DataSources (a Table or a reference profile, see data-source.ts).
 */
function evaluateDrift(referenceIn, currentIn, options, rows = {}) {
    const reference = isDataSource(referenceIn) ? referenceIn : tableSource(referenceIn, rows.reference);
    const current = isDataSource(currentIn) ? currentIn : tableSource(currentIn, rows.current);
    const special = [options.targetColumn, options.predictionColumn].filter((c) => !!c);
    const unmatched = [];
    let names;
    if (options.columns && options.columns.length) {
        names = options.columns;
        for (const n of names) {
            requireColumn(reference, n, 'column');
            requireColumn(current, n, 'column');
        }
    }
    else {
        const inCurrent = new Set(current.columns.map((c) => c.name));
        const inReference = new Set(reference.columns.map((c) => c.name));
        names = reference.columns.map((c) => c.name).filter((n) => inCurrent.has(n));
        for (const c of reference.columns)
            if (!inCurrent.has(c.name) && !options.exclude.includes(c.name))
                unmatched.push({ column: c.name, in: 'reference' });
        for (const c of current.columns)
            if (!inReference.has(c.name) && !options.exclude.includes(c.name))
                unmatched.push({ column: c.name, in: 'current' });
    }
    for (const n of special) {
        requireColumn(reference, n, n === options.targetColumn ? 'target-column' : 'prediction-column');
        requireColumn(current, n, n === options.targetColumn ? 'target-column' : 'prediction-column');
    }
    for (const n of Object.keys(options.columnMethods))
        requireColumn(reference, n, 'column-methods');
    for (const n of Object.keys(options.columnTypes))
        requireColumn(reference, n, 'column-types');
    const features = names.filter((n) => !options.exclude.includes(n) && !special.includes(n));
    const results = [];
    const quality = [];
    const samples = new Map();
    const roles = [
        ...features.map((n) => [n, 'feature']),
        ...(options.targetColumn ? [[options.targetColumn, 'target']] : []),
        ...(options.predictionColumn ? [[options.predictionColumn, 'prediction']] : []),
    ];
    for (const [name, role] of roles) {
        const rc = findColumn(reference, name);
        const cc = findColumn(current, name);
        const type = typeOf(name, rc, cc, options);
        const ref = rc.sample(type);
        const cur = cc.sample(type);
        samples.set(name, [ref, cur]);
        results.push(evaluateColumn(name, role, ref, cur, options));
        quality.push(...dataQuality(name, ref, cur, options));
    }
    // Multiple-testing correction over the features' p-values.
    const tested = results.filter((r) => r.role === 'feature' && r.pValue !== null && r.status !== 'insufficient');
    const adjusted = adjustPValues(tested.map((r) => r.pValue), options.correction);
    tested.forEach((r, i) => (r.adjustedPValue = adjusted[i]));
    for (const r of results) {
        if (r.status === 'insufficient')
            continue;
        if (r.score === 'p-value' && r.adjustedPValue === null)
            r.adjustedPValue = r.pValue;
        const decisive = r.score === 'p-value' ? r.adjustedPValue : r.statistic;
        r.drifted = isDrift(decisive, r.threshold, r.operator);
        r.status = r.drifted ? 'drift' : 'no-drift';
    }
    const featureResults = results.filter((r) => r.role === 'feature');
    const evaluated = featureResults.filter((r) => r.status !== 'insufficient');
    const drifted = evaluated.filter((r) => r.drifted);
    const share = evaluated.length ? drifted.length / evaluated.length : 0;
    const dataset = {
        drifted: evaluated.length > 0 && share >= options.driftShare,
        share,
        threshold: options.driftShare,
        warnShare: options.warnShare,
        driftedColumns: drifted.map((r) => r.name),
        evaluatedColumns: evaluated.length,
        insufficientColumns: featureResults.length - evaluated.length,
    };
    results.sort((a, b) => severity(b) - severity(a) || (a.name < b.name ? -1 : 1));
    let left = options.histograms;
    for (const r of results) {
        if (left <= 0)
            break;
        if (!r.drifted)
            continue;
        const [ref, cur] = samples.get(r.name);
        r.histogram = reportHistogram(ref, cur);
        left--;
    }
    const distributions = [];
    for (const r of results.filter((c) => c.drifted).slice(0, MAX_DISTRIBUTIONS)) {
        const [ref, cur] = samples.get(r.name);
        const d = columnDistribution(r.name, ref, cur);
        if (d)
            distributions.push(d);
    }
    return { columns: results, dataset, quality, unmatched, distributions };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(49567);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(89114);
;// CONCATENATED MODULE: ./src/gates/drift-check/inputs.ts
/**
 * drift-check's inputs, each declared once (see core/inputs.ts): action.yml,
 * the CLI flags, the policy keys, the docs table and the typed inputs of
 * `runDriftCheck` all come from this list.
 */



const optional = (s) => schemas/* preprocess */.vkY((v) => (v === '' || v === null ? undefined : v), s.optional());
const share = (name) => coerce/* number */.ai({ error: `${name} must be a number` }).min(0, `${name} must be between 0 and 1`).max(1, `${name} must be between 0 and 1`);
const methodName = schemas/* enum */.k5n(METHOD_NAMES, { error: (i) => `unknown method "${String(i.input)}"; use one of ${METHOD_NAMES.join(', ')}` });
const inputs_inputs = (0,inputs/* defineInputs */.pf)({
    reference: {
        file: true,
        schema: schemas/* string */.YjP({ error: 'reference is required: the reference data file' }).min(1, 'reference is required: the reference data file'),
        description: 'Reference data, e.g. the training set (CSV, TSV, JSON Lines, JSON, Parquet, optionally .gz), or a reference profile written by `profile-out` (`.mgprof`), or several shard profiles separated by commas (merged exactly).',
        examples: ['data/train.csv', 'reference.mgprof', 'shard-1.mgprof, shard-2.mgprof'],
    },
    current: {
        file: true,
        schema: optional(schemas/* string */.YjP()),
        description: 'Current data to compare with the reference, e.g. recent serving inputs (same formats). Required unless `profile-out` is set (then the step only writes the profile).',
    },
    'profile-out': {
        schema: optional(schemas/* string */.YjP()),
        description: 'Write the reference profile (`.mgprof`: exact distinct values and counts per column, see the docs) to this path; later runs can pass it as `reference`. Shard profiles merge.',
        notInPolicy: true,
    },
    columns: { schema: optional(schemas/* array */.YOg(schemas/* string */.YjP())), description: 'Columns to compare. Default: every column present in both files.', examples: ['age, income'] },
    exclude: { schema: optional(schemas/* array */.YOg(schemas/* string */.YjP())), description: 'Columns not to compare (ids, timestamps).', examples: ['id, created_at'] },
    'column-types': {
        schema: optional(schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* enum */.k5n(['numerical', 'categorical'], { error: 'column-types values must be numerical or categorical' }))),
        description: 'Override the detected column type, as YAML: `{zip: categorical, rating: numerical}`. Number columns are numerical, text columns categorical by default.',
        examples: ['{zip: categorical, rating: numerical}', 'zip: categorical'],
    },
    method: {
        schema: schemas/* enum */.k5n(['auto', ...METHOD_NAMES], { error: (i) => `unknown method "${String(i.input)}"; use auto or one of ${METHOD_NAMES.join(', ')}` }).default('auto'),
        description: `\`auto\` (Evidently's choice per column, see the table in the docs) or one method for every column: ${METHOD_NAMES.map((m) => `\`${m}\``).join(', ')}.`,
        examples: ['auto', ...METHOD_NAMES],
    },
    'column-methods': {
        schema: optional(schemas/* record */.g1P(schemas/* string */.YjP(), methodName)),
        description: 'Per-column methods overriding `method`, as YAML: `{age: psi, country: chi2}`.',
        examples: ['{age: psi, country: chi2}'],
    },
    threshold: {
        // A map names some methods, not all: partialRecord (zod's record over an
        // enum of keys requires every key).
        schema: optional(schemas/* union */.KCZ([
            schemas/* number */.aig().positive('threshold must be positive'),
            schemas/* partialRecord */.jgl(methodName, schemas/* number */.aig().nonnegative(), {
                // zod reports a key outside the enum as unrecognized_keys (its issue type does not say so).
                error: (i) => ('keys' in i && Array.isArray(i.keys) ? `unknown method "${String(i.keys[0])}"; use one of ${METHOD_NAMES.join(', ')}` : undefined),
            }),
        ])),
        description: 'Thresholds overriding the defaults, per method as YAML (`{ks: 0.01, psi: 0.2}`), or one number when `method` is a single method.',
        examples: ['{ks: 0.01, psi: 0.2}', 'psi: 0.25', '0.1'],
    },
    'drift-share': {
        schema: share('drift-share').default(0.5),
        description: 'Dataset drift (fail) when the share of drifted feature columns is at least this.',
        examples: ['0.3'],
    },
    'warn-share': {
        schema: share('warn-share').default(0),
        description: 'From this share of drifted columns on, drifted columns and the dataset warn. 0: any drifted column warns.',
    },
    correction: {
        schema: schemas/* enum */.k5n(['none', 'bonferroni', 'holm', 'bh'], { error: 'correction must be none, bonferroni, holm or bh' }).default('none'),
        description: 'Multiple-testing correction of the p-values across columns: `none`, `bonferroni`, `holm` or `bh` (Benjamini–Hochberg).',
        examples: ['none', 'bonferroni', 'holm', 'bh'],
    },
    'min-samples': {
        schema: coerce/* number */.ai().int().min(1, 'min-samples must be at least 1').default(30),
        description: 'A column with fewer non-missing values in either file is `insufficient`: neither pass nor drift.',
    },
    sample: { schema: optional(coerce/* number */.ai().int().min(1, 'sample must be at least 1')), description: 'Compare at most this many rows of each file, chosen with a fixed seed.', examples: ['100000'] },
    seed: { schema: coerce/* number */.ai().int().default(0), description: 'Seed of `sample`.' },
    binning: {
        schema: schemas/* enum */.k5n(['auto', 'sturges', 'doane', 'equal-width', 'quantile'], { error: 'binning must be auto, sturges, doane, equal-width or quantile' }).default('auto'),
        description: 'Bins of numerical columns for psi, kl_div, jensenshannon, hellinger and l_infinity: `auto` (Evidently: Sturges bins when the reference has more than 20 values, else one bin per value; hellinger: the bins of Evidently’s hellinger, see the docs), `sturges`, `doane`, `equal-width` or `quantile` (reference quantiles).',
        examples: ['auto', 'sturges', 'doane', 'equal-width', 'quantile'],
    },
    bins: { schema: coerce/* number */.ai().int().min(1).max(1000).default(10), description: 'Number of bins for `equal-width` and `quantile`.' },
    'jensenshannon-base': {
        schema: optional(coerce/* number */.ai().positive().refine((b) => b !== 1, 'jensenshannon-base must not be 1')),
        description: 'Logarithm base of `jensenshannon` (default: natural log, as Evidently).',
        examples: ['2'],
    },
    'target-column': { schema: optional(schemas/* string */.YjP()), description: 'Target column: its drift is reported apart and does not count in the share.' },
    'prediction-column': { schema: optional(schemas/* string */.YjP()), description: 'Prediction column: its drift is reported apart and does not count in the share.' },
    'null-share-increase': {
        schema: share('null-share-increase').default(0.05),
        description: "Warn when a column's share of missing cells rises by more than this (0.05 = 5 points).",
    },
    'new-category-share': {
        schema: share('new-category-share').default(0),
        description: 'Warn when more than this share of current rows has categories the reference lacks (0: any).',
    },
    'missing-category-share': {
        schema: share('missing-category-share').default(0.01),
        description: 'Warn when more than this share of reference rows has categories absent from the current data.',
    },
    'profile-points': {
        schema: coerce/* number */.ai().int().min(0).default(65536),
        description: 'Largest number of points a numerical column keeps in a profile: a column with more distinct values is kept as a sketch whose CDF is within 1/profile-points of the data (see the docs). 0 keeps every column exact.',
    },
    'cache-profile': {
        schema: schemas/* boolean */.zMY().default(true),
        description: "In GitHub Actions, keep the reference file's profile in the Actions cache, keyed by the file's SHA-256, and reuse it on later runs instead of reading the file again.",
    },
    histograms: {
        schema: coerce/* number */.ai().int().min(0).max(50).default(3),
        description: 'How many of the most drifted columns get a reference-vs-current histogram in the report.',
    },
    'dispatch-on-drift': {
        schema: schemas/* boolean */.zMY().default(false),
        description: 'On dataset drift, send a `repository_dispatch` event (needs `contents: write`) with the drifted columns, to start a retraining workflow.',
    },
    'dispatch-event-type': { schema: schemas/* string */.YjP().min(1).max(100).default('modelgate-drift'), description: 'Event type of the `repository_dispatch` event.' },
});
const outputs = [
    { name: 'drift-detected', description: '`true` when the dataset drifted (share of drifted columns at least `drift-share`).' },
    { name: 'drift-share', description: 'Share of drifted feature columns, 0 to 1.' },
    { name: 'drifted-columns', description: 'JSON list of the drifted feature columns, most severe first.' },
];

;// CONCATENATED MODULE: ./src/gates/drift-check/options.ts
/**
 * The typed options of the drift evaluation, made from the gate's inputs
 * (inputs.ts) by `toOptions`. The defaults are the inputs' own: nothing here
 * repeats them.
 */


/** Typed evaluation options from validated inputs, with the checks that span two inputs. */
function toOptions(i) {
    let thresholds = {};
    if (typeof i.threshold === 'number') {
        if (i.method === 'auto') {
            throw new errors/* UserError */.yo('a single threshold needs a single method; with method auto give one per method, e.g. {ks: 0.01, wasserstein: 0.2}', {
                field: 'input threshold',
            });
        }
        thresholds = { [i.method]: i.threshold };
    }
    else if (i.threshold)
        thresholds = i.threshold;
    if (i['warn-share'] > i['drift-share']) {
        throw new errors/* UserError */.yo(`warn-share (${i['warn-share']}) must not exceed drift-share (${i['drift-share']})`, { field: 'input warn-share' });
    }
    return {
        columns: i.columns,
        exclude: i.exclude ?? [],
        columnTypes: i['column-types'] ?? {},
        method: i.method,
        columnMethods: i['column-methods'] ?? {},
        thresholds,
        driftShare: i['drift-share'],
        warnShare: i['warn-share'],
        correction: i.correction,
        minSamples: i['min-samples'],
        binning: i.binning,
        bins: i.bins,
        jsBase: i['jensenshannon-base'],
        targetColumn: i['target-column'],
        predictionColumn: i['prediction-column'],
        nullShareIncrease: i['null-share-increase'],
        newCategoryShare: i['new-category-share'],
        missingCategoryShare: i['missing-category-share'],
        histograms: i.histograms,
    };
}
/** The evaluation's options when every input is at its default (for tests and tools). */
const DEFAULT_OPTIONS = toOptions(inputs_inputs.schema.parse({ reference: 'reference' }));

;// CONCATENATED MODULE: ./src/gates/drift-check/method-table.ts
/**
 * The method table of docs/gates/drift-check.md, generated by the build from
 * the method list (methods.ts) between the markers
 * `<!-- generated:methods -->` and `<!-- /generated:methods -->`.
 */

const DRIFT_WHEN = { '<': 'p < t', '<=': 'p ≤ t', '>=': 'score ≥ t', '>': 'score > t' };
const COLUMNS = {
    numerical: 'numerical',
    categories: 'any (numbers as categories)',
    bins: 'any (numbers binned)',
};
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function methodTable() {
    const lines = [
        '<!-- generated:methods -->',
        '<!-- Generated by `npm run build` from the method list in src/gates/drift-check/methods.ts: edit the code, not this table. -->',
        '',
        '| Method | Score | Default t | Drift when | Columns | Definition | Reference implementation | Differs from the peer |',
        '|---|---|---|---|---|---|---|---|',
    ];
    for (const m of METHOD_LIST_ENTRIES) {
        const names = [m.name, ...m.aliases].map((n) => `\`${n}\``).join(', ');
        lines.push(`| ${names} | ${m.score} | ${m.threshold} | ${DRIFT_WHEN[m.operator]} | ${COLUMNS[m.columns]} | ${cell(m.definition)} | ${cell(m.source)} | ${cell(m.differs ?? '')} |`);
    }
    lines.push('<!-- /generated:methods -->');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/render/charts.ts
var charts = __webpack_require__(47259);
// EXTERNAL MODULE: ./src/render/findings.ts
var findings = __webpack_require__(62752);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
// EXTERNAL MODULE: ./src/render/numbers.ts
var numbers = __webpack_require__(45714);
;// CONCATENATED MODULE: ./src/gates/drift-check/render.ts






const MAX_ROWS = 60;
const SIZE_LABEL = {
    psi: 'PSI',
    wasserstein: 'Wasserstein',
    jensenshannon: 'Jensen–Shannon',
    kl_div: 'KL',
    hellinger: 'Hellinger',
    energy: 'energy',
    l_infinity: 'L∞',
    cramers_v: "Cramér's V",
};
/** A check's verdict by id (checks.ts decided it). */
function verdictOf(checks, id) {
    return checks.find((c) => c.id === id)?.verdict ?? 'pass';
}
/**
 * A column's icon follows the rule that decided the gate: a drifted feature
 * counts toward the dataset's share of drifted columns, so under a failing
 * share it is shown failing, not with its own warning; target and
 * prediction are not counted in the share and keep their own verdict.
 */
function columnVerdict(e, checks, c) {
    const own = verdictOf(checks, `column.${c.name}.drift`);
    if (c.role === 'feature' && c.drifted)
        return (0,findings/* worstOf */.hm)([own, verdictOf(checks, 'dataset.drift-share')]);
    return own;
}
/** "PSI 0.472 (large)": the drift's size, with the usual reading of PSI (< 0.1 small, 0.1–0.25 moderate, ≥ 0.25 large; Siddiqi 2006). */
function sizeText(c) {
    if (!c.size)
        return '–';
    const label = SIZE_LABEL[c.size.method] ?? c.size.method;
    const reading = c.size.method === 'psi' ? (c.size.value >= 0.25 ? ' (large)' : c.size.value >= 0.1 ? ' (moderate)' : ' (small)') : '';
    return `${(0,markdown/* text */.Qq)(label)} ${(0,numbers/* num */.bu)(c.size.value)}${reading}`;
}
/** The decisive p-value (after the correction), or '–' for a distance method. */
function pText(c) {
    if (c.status === 'insufficient' || c.score !== 'p-value')
        return '–';
    return (0,numbers/* pValue */.sp)(c.adjustedPValue ?? c.pValue);
}
function methodTitle(c) {
    return (0,markdown/* text */.Qq)(c.method);
}
/** A data-quality finding in a few words. */
function qualityText(q) {
    if (q.kind === 'null-share') {
        const d = (0,numbers/* pctDecimals */.kF)([q.reference, q.current]);
        return `null share ${(0,numbers/* pct */.Oe)(q.reference ?? 0, d)} → ${(0,numbers/* pct */.Oe)(q.current ?? 0, d)}`;
    }
    const cats = (q.categories ?? []).slice(0, 3).map((c) => (0,markdown/* code */.aY)(c)).join(', ');
    const more = (q.categories?.length ?? 0) > 3 ? ', …' : '';
    if (q.kind === 'new-categories')
        return `new ${(q.categories?.length ?? 0) === 1 ? 'category' : 'categories'} ${cats}${more} (${(0,numbers/* pct */.Oe)(q.value)} of rows)`;
    return `${(q.categories?.length ?? 0) === 1 ? 'category' : 'categories'} ${cats}${more} gone (${(0,numbers/* pct */.Oe)(q.value)} of reference rows)`;
}
function columnName(c) {
    return (0,markdown/* code */.aY)(c.name) + (c.role !== 'feature' ? ` (${c.role})` : '');
}
/** One finding per column: drifted or flagged columns, worst first (the evaluation's order). */
function render_findings(e, checks) {
    const flagged = e.quality.filter((q) => q.flagged);
    const out = [];
    const seen = new Set();
    for (const c of e.columns) {
        const quality = flagged.filter((q) => q.column === c.name);
        const verdict = (0,findings/* worstOf */.hm)([columnVerdict(e, checks, c), ...quality.map((q) => verdictOf(checks, `column.${q.column}.${q.kind}`))]);
        if (!c.drifted && !quality.length && c.status !== 'insufficient')
            continue;
        seen.add(c.name);
        const what = c.status === 'insufficient' ? `not tested: ${(0,markdown/* text */.Qq)(c.note ?? '')}` : c.drifted ? `drifted (${methodTitle(c)})` : `no drift (${methodTitle(c)})`;
        out.push({ verdict, cells: [(0,markdown/* icon */.Kk)(verdict), columnName(c), what, sizeText(c), pText(c), quality.map(qualityText).join('; ') || '–'] });
    }
    for (const q of flagged) {
        if (seen.has(q.column))
            continue;
        const v = verdictOf(checks, `column.${q.column}.${q.kind}`);
        out.push({ verdict: v, cells: [(0,markdown/* icon */.Kk)(v), (0,markdown/* code */.aY)(q.column), 'not compared', '–', '–', qualityText(q)] });
    }
    for (const u of e.unmatched)
        out.push({ verdict: 'warn', cells: [(0,markdown/* icon */.Kk)('warn'), (0,markdown/* code */.aY)(u.column), `only in the ${u.in} data`, '–', '–', '–'] });
    return out;
}
/** "[18, 24.8)" → "18": a bin as the chart's axis shows it, by where it starts (ranges side by side overlap); categories unchanged. */
function binLabel(label) {
    const m = /^[[(]\s*(-?[\d.e+-]+),\s*(-?[\d.e+-]+)\s*[\])]$/.exec(label);
    return m ? (0,numbers/* num */.bu)(Number(m[1])) : label;
}
function distributionChart(c) {
    const h = c.histogram;
    const current = h.current.map((v) => v * 100);
    const reference = h.reference.map((v) => v * 100);
    return (0,charts/* barChart */.S9)({
        title: `${c.name}: % of rows per ${c.type === 'numerical' ? 'bin' : 'category'}`,
        xLabel: c.type === 'numerical' ? `${c.name} (bin start)` : c.name,
        yLabel: '% of rows',
        categories: h.labels.map(binLabel),
        bars: current,
        barName: 'current',
        line: reference,
        lineName: 'reference',
        yMax: (0,charts/* niceCeil */.nF)(Math.max(...current, ...reference)),
        format: (v) => `${(0,numbers/* num */.bu)(v)}%`,
    });
}
function renderDrift(e, checks) {
    const out = [];
    const rows = render_findings(e, checks);
    if (rows.length) {
        out.push((0,findings/* findingsTable */.f9)(['', 'Column', 'Finding', 'Drift size', 'p', 'Data quality'], rows.map((r) => r.cells), {
            align: ['c', 'l', 'l', 'l', 'r', 'l'],
            more: (n) => `${(0,findings/* plural */.LS)(n, 'more column')} with findings`,
        }));
    }
    const all = e.columns.slice(0, MAX_ROWS).map((c) => [
        (0,markdown/* icon */.Kk)(columnVerdict(e, checks, c)),
        columnName(c),
        c.type,
        (0,markdown/* text */.Qq)(c.method),
        sizeText(c),
        pText(c),
        (0,markdown/* text */.Qq)(passCondition(c.operator, c.threshold).replace(/>=/g, '≥').replace(/<=/g, '≤')),
        (0,numbers/* num */.bu)(c.nReference),
        (0,numbers/* num */.bu)(c.nCurrent),
    ]);
    const more = e.columns.length > MAX_ROWS ? `\n\n…and ${e.columns.length - MAX_ROWS} more columns in the JSON report.` : '';
    const sections = [];
    const allTable = (0,markdown/* table */.tp)(['', 'Column', 'Type', 'Method', 'Drift size', 'p', 'Passes when', 'Reference n', 'Current n'], all, ['c', 'l', 'l', 'l', 'l', 'r', 'l', 'r', 'r']);
    sections.push({ title: `All ${(0,findings/* plural */.LS)(e.columns.length, 'column')}`, body: allTable + more });
    const charted = e.columns.filter((c) => c.histogram);
    if (charted.length) {
        sections.push({ title: `Distributions of ${charted.map((c) => (0,markdown/* htmlCode */.h8)(c.name)).join(', ')}`, body: charted.map(distributionChart).join('\n\n') });
    }
    const used = [...new Set(e.columns.filter((c) => c.status !== 'insufficient').map((c) => c.method))];
    if (used.length) {
        const sizes = e.columns.some((c) => c.size?.method === 'psi' && c.method !== 'psi') ? [`- **Drift size** of a p-value method: PSI (${(0,markdown/* text */.Qq)(METHODS.psi.definition)}); about 0.1 is a moderate shift and 0.25 a large one.`] : [];
        const defs = used.map((m) => {
            const meth = METHODS[m];
            return `- **${(0,markdown/* text */.Qq)(m)}** (${(0,markdown/* text */.Qq)(meth.title)}, ${meth.score}): ${(0,markdown/* text */.Qq)(meth.definition)}.`;
        });
        sections.push({ title: 'Definitions used', body: [...defs, ...sizes].join('\n') });
    }
    const passing = checks.every((c) => c.verdict === 'pass');
    out.push((0,findings/* collapsedSections */._f)(sections, passing, `All ${(0,findings/* plural */.LS)(e.columns.length, 'column')}, and the definitions used`));
    return out.filter(Boolean).join('\n\n');
}
function names(cols, max = 3) {
    const shown = cols.slice(0, max).map((c) => (0,markdown/* code */.aY)(c));
    const rest = cols.length - shown.length;
    if (rest > 0)
        return `${shown.join(', ')} and ${(0,findings/* plural */.LS)(rest, 'more')}`;
    return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : (shown[0] ?? '');
}
/** The first three lines: how much drifted and the largest drift; what to check first; what was compared. */
function renderDriftHeadline(e, checks, verdict, sources) {
    const d = e.dataset;
    const drifted = e.columns.filter((c) => c.role === 'feature' && c.drifted);
    const special = e.columns.filter((c) => c.role !== 'feature' && c.drifted);
    const flagged = e.quality.filter((q) => q.flagged);
    const largest = drifted[0] ?? special[0];
    const largestText = largest ? `; largest: ${(0,markdown/* code */.aY)(largest.name)}, ${sizeText(largest)}${pText(largest) !== '–' ? `, p ${pText(largest).startsWith('<') ? pText(largest) : `= ${pText(largest)}`}` : ''}` : '';
    const share = `${d.driftedColumns.length} of ${(0,findings/* plural */.LS)(d.evaluatedColumns, 'feature')} drifted (${(0,numbers/* pct */.Oe)(d.share)}; the gate fails from ${(0,numbers/* pct */.Oe)(d.threshold)})`;
    let reason;
    if (verdict === 'fail')
        reason = `Dataset drift: ${share}${largestText}.`;
    else if (verdict === 'pass')
        reason = drifted.length ? `${share}${largestText}.` : `No drift: ${share}.`;
    else {
        const parts = [];
        if (special.length)
            parts.push(`${special.map((c) => `${c.role} ${(0,markdown/* code */.aY)(c.name)}`).join(' and ')} drifted`);
        if (drifted.length)
            parts.push(share);
        if (flagged.length)
            parts.push(`${(0,findings/* plural */.LS)(flagged.length, 'data-quality finding')}`);
        if (d.insufficientColumns)
            parts.push(`${(0,findings/* plural */.LS)(d.insufficientColumns, 'column')} with too few values to test`);
        if (e.unmatched.length)
            parts.push(`${(0,findings/* plural */.LS)(e.unmatched.length, 'column')} in only one file`);
        reason = `${parts.join('; ') || share}${largestText}.`;
    }
    let next;
    const driftedNames = new Set([...drifted, ...special].map((c) => c.name));
    const nulls = flagged.filter((q) => q.kind === 'null-share').sort((a, b) => Number(driftedNames.has(b.column)) - Number(driftedNames.has(a.column)));
    const fresh = flagged.filter((q) => q.kind === 'new-categories');
    if (verdict === 'pass' && !flagged.length)
        next = 'nothing to do.';
    else if (nulls.length) {
        const q = nulls[0];
        const dd = (0,numbers/* pctDecimals */.kF)([q.reference, q.current]);
        next = `${(0,markdown/* code */.aY)(q.column)}'s null share rose from ${(0,numbers/* pct */.Oe)(q.reference ?? 0, dd)} to ${(0,numbers/* pct */.Oe)(q.current ?? 0, dd)}: check the upstream join or source of ${(0,markdown/* code */.aY)(q.column)} first.`;
    }
    else if (fresh.length) {
        const q = fresh[0];
        next = `${(0,markdown/* code */.aY)(q.column)} has ${qualityText(q)}: map ${(q.categories?.length ?? 0) === 1 ? 'it' : 'them'} to known categories, or retrain with ${(q.categories?.length ?? 0) === 1 ? 'it' : 'them'}.`;
    }
    else if (drifted.length || special.length) {
        next = `check the upstream data of ${names([...drifted, ...special].map((c) => c.name))}; if the change is real, retrain on recent data and refresh the reference.`;
    }
    else if (e.unmatched.length) {
        next = `make both files carry the same columns (${names(e.unmatched.map((u) => u.column))}).`;
    }
    else {
        next = 'collect more rows, or lower `min-samples`, to test every column.';
    }
    const roles = e.columns.filter((c) => c.role !== 'feature').map((c) => `${c.role} ${(0,markdown/* code */.aY)(c.name)}`);
    const compared = `${(0,markdown/* code */.aY)(sources.reference)} (${(0,findings/* plural */.LS)(sources.referenceRows, 'row')}) → ${(0,markdown/* code */.aY)(sources.current)} (${(0,findings/* plural */.LS)(sources.currentRows, 'row')}): ${(0,findings/* plural */.LS)(e.columns.filter((c) => c.role === 'feature').length, 'feature')}${roles.length ? `, ${roles.join(', ')}` : ''}.`;
    return { reason, next, compared };
}

;// CONCATENATED MODULE: ./src/gates/drift-check/report-sections.ts
/**
 * The top-level sections drift-check adds to the JSON report (gate.ts,
 * `makeReport({ sections })`), as a zod schema: the build publishes it in
 * docs/schemas/report.schema.json for reports of this gate.
 *
 * A comparison writes `columns`, `dataset`, `quality` and `rows` (plus
 * `referenceProfile`, `profileCache` and `dispatch` when they apply); a run
 * that only writes a reference profile (`profile-out` without `current`)
 * writes `profile` alone. Non-finite statistics: gate.ts writes ±∞ as the
 * strings "Infinity" / "-Infinity" (JSON has no infinity) and NaN as null; a
 * NaN p-value makes the column insufficient and is written as null.
 */


const count = schemas/* number */.aig().int().nonnegative();
const histogramSchema = schemas/* object */.Ikc({
    labels: schemas/* array */.YOg(schemas/* string */.YjP()).describe('Bin labels: equal-width ranges of numbers, or the 10 most frequent categories and "(k more)"'),
    reference: schemas/* array */.YOg(schemas/* number */.aig()).describe("Share of the reference's non-missing values per bin"),
    current: schemas/* array */.YOg(schemas/* number */.aig()).describe("Share of the current data's non-missing values per bin"),
})
    .strict();
const columnSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().describe('Column name'),
    type: schemas/* enum */.k5n(['numerical', 'categorical']).describe('How the column was compared'),
    method: schemas/* enum */.k5n(METHOD_NAMES).describe('Drift method used'),
    statistic: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* enum */.k5n(['Infinity', '-Infinity']), schemas/* null */.chJ()])
        .describe('The test statistic or distance; "Infinity"/"-Infinity" when infinite (chisquare with a category the reference lacks); null when not computed'),
    pValue: schemas/* number */.aig().nullable().describe('Raw p-value; null for distance methods and insufficient columns'),
    threshold: schemas/* number */.aig().describe('Threshold the p-value or distance is compared with'),
    drifted: schemas/* boolean */.zMY().describe('Whether the column drifted'),
    nReference: count.describe('Non-missing reference values compared'),
    nCurrent: count.describe('Non-missing current values compared'),
    role: schemas/* enum */.k5n(['feature', 'target', 'prediction']).describe('feature columns count in the dataset share; target and prediction are reported apart'),
    status: schemas/* enum */.k5n(['drift', 'no-drift', 'insufficient']).describe('insufficient: too few values (min-samples) or an undefined score: neither pass nor drift'),
    operator: schemas/* enum */.k5n(['<', '<=', '>=', '>']).describe('How the score compares with the threshold to mean drift'),
    adjustedPValue: schemas/* number */.aig().nullable().describe('p-value after the multiple-testing correction (the raw one when none); null for distance methods and insufficient columns'),
    base: schemas/* number */.aig().optional().describe('jensenshannon only: the logarithm base, when not the natural log'),
    note: schemas/* string */.YjP().optional().describe('Why the column is insufficient, or how its score was reached'),
    referenceError: schemas/* number */.aig().optional().describe('With a sketched reference profile: bound on the sketch CDF error'),
    histogram: histogramSchema.optional().describe('Reference vs current shares, for the `histograms` most drifted columns'),
    size: schemas/* object */.Ikc({
        method: schemas/* enum */.k5n(METHOD_NAMES).describe("The column's own method when it is a distance; psi (over the same bins) when the method gives a p-value"),
        value: schemas/* number */.aig().describe('The distance'),
    })
        .strict()
        .optional()
        .describe('How large the drift is, beside the p-value; absent for columns not tested'),
})
    .strict();
const qualityBase = {
    column: schemas/* string */.YjP().describe('Column name'),
    value: schemas/* number */.aig().describe('The observed increase or share'),
    threshold: schemas/* number */.aig().describe('The threshold the value is compared with (flagged when above)'),
    flagged: schemas/* boolean */.zMY().describe('Whether the finding warns'),
};
const qualitySchema = schemas/* discriminatedUnion */.gMt('kind', [
    schemas/* object */.Ikc({
        ...qualityBase,
        kind: schemas/* literal */.euz('null-share').describe('Rise of the share of missing cells (NaN and ±∞ included), current − reference'),
        reference: schemas/* number */.aig().describe("The reference's share of missing cells"),
        current: schemas/* number */.aig().describe("The current data's share of missing cells"),
    })
        .strict(),
    schemas/* object */.Ikc({
        ...qualityBase,
        kind: schemas/* enum */.k5n(['new-categories', 'missing-categories'])
            .describe('new-categories: share of current rows in categories the reference lacks; missing-categories: share of reference rows in categories absent from the current data'),
        categories: schemas/* array */.YOg(schemas/* string */.YjP()).describe('The categories concerned, at most 20, most frequent first'),
    })
        .strict(),
]);
const distributionSchema = schemas/* object */.Ikc({
    column: schemas/* string */.YjP().describe('Column name'),
    type: schemas/* enum */.k5n(['numerical', 'categorical']),
    edges: schemas/* array */.YOg(schemas/* number */.aig()).optional().describe('numerical: bin edges over the pooled 0.5th–99.5th percentiles (values beyond are counted in the end bins)'),
    labels: schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('categorical: the most frequent categories of both samples, the rest as "(k more)"'),
    reference: schemas/* array */.YOg(schemas/* number */.aig()).describe("Share of the reference's non-missing values per bin"),
    current: schemas/* array */.YOg(schemas/* number */.aig()).describe("Share of the current data's non-missing values per bin"),
})
    .strict();
const reportSections = schemas/* object */.Ikc({
    columns: schemas/* array */.YOg(columnSchema).optional().describe('One entry per compared column, most severe first'),
    dataset: schemas/* object */.Ikc({
        drifted: schemas/* boolean */.zMY().describe('Dataset drift: the share of drifted feature columns reached `threshold`'),
        share: schemas/* number */.aig().describe('Share of drifted feature columns among those evaluated, 0 to 1'),
        threshold: schemas/* number */.aig().describe('drift-share'),
        warnShare: schemas/* number */.aig().describe('warn-share'),
        driftedColumns: schemas/* array */.YOg(schemas/* string */.YjP()).describe('Drifted feature columns, most severe first'),
        evaluatedColumns: count.describe('Feature columns judged (not insufficient)'),
        insufficientColumns: count.describe('Feature columns too small or undefined to judge'),
    })
        .strict()
        .optional()
        .describe('The dataset verdict over the feature columns'),
    quality: schemas/* array */.YOg(qualitySchema).optional().describe('Data-quality findings per compared column: null share, and new or missing categories of categorical columns'),
    rows: schemas/* object */.Ikc({
        reference: count.describe('Rows of the reference (file or profile)'),
        current: count.describe('Rows of the current file'),
        sampledReference: count.nullable().describe('Reference rows compared when `sample` cut them; else null'),
        sampledCurrent: count.nullable().describe('Current rows compared when `sample` cut them; else null'),
    })
        .strict()
        .optional()
        .describe('Rows read and compared'),
    referenceProfile: schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('The reference profiles (.mgprof) compared, when the reference is given as profiles'),
    profileCache: schemas/* enum */.k5n(['hit', 'saved']).optional().describe('The Actions cache of the reference profile: restored (hit) or written (saved) in this run'),
    dispatch: schemas/* enum */.k5n(['sent', 'refused', 'skipped']).optional().describe('The repository_dispatch on dataset drift, with dispatch-on-drift'),
    charts: schemas/* object */.Ikc({ distributions: schemas/* array */.YOg(distributionSchema).describe('One entry per drifted column (at most 40), most severe first') })
        .strict()
        .optional()
        .describe('Summaries the HTML report draws: reference vs current distributions of the drifted columns; never rows'),
    profile: schemas/* object */.Ikc({
        path: schemas/* string */.YjP().describe('Where the profile was written (profile-out)'),
        rows: count.describe('Reference rows profiled'),
        columns: count.describe('Columns profiled'),
    })
        .strict()
        .optional()
        .describe('Profile-only runs (profile-out without current): the profile written; the other sections are then absent'),
});

// EXTERNAL MODULE: ./src/gates/drift-check/sample-rows.ts
var sample_rows = __webpack_require__(87249);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/stats/drift/radix-sort-float64.ts
var radix_sort_float64 = __webpack_require__(55211);
;// CONCATENATED MODULE: ./src/gates/drift-check/profile.ts
/**
 * The reference profile (`profile-out`): everything the drift tests need
 * from the reference, so a job can compare against it without the raw file.
 *
 * A text column keeps its category counts, a numerical column its distinct
 * finite values with their counts, both with the row and missing counts:
 * exact, so every method gives the same result on the profile as on the
 * file. A numerical column with more than `maxPoints` distinct values is
 * kept as a sketch instead: the sorted values are cut into blocks of about
 * n/maxPoints values and each block is stored as its largest value with the
 * block's count. The sketch's empirical CDF then differs from the true one
 * by less than ε = 1/maxPoints everywhere (within a block the true CDF rises
 * by less than one block's share before the sketch's jumps), so a KS
 * statistic moves by less than ε; the bound is stored per column.
 *
 * Profiles of shards merge by adding counts: exact for exact columns; for
 * sketches the bound becomes the row-weighted mean of the shards' bounds,
 * plus 1/maxPoints when the merged column has to be cut into blocks again.
 *
 * File format (`.mgprof`): the line `MGDP1`, then one line of JSON (the
 * header: source, rows, and per column name, kind, rows, missing, categories
 * or the number of distinct values), then for each numerical column in order
 * its distinct values and their counts as little-endian float64 arrays.
 */





const MAGIC = 'MGDP1\n';
/** Bumped when the format changes (part of the cache key). */
const PROFILE_FORMAT_VERSION = 1;
function distinctWithCounts(sorted) {
    const values = [];
    const counts = [];
    let i = 0;
    while (i < sorted.length) {
        let j = i + 1;
        while (j < sorted.length && sorted[j] === sorted[i])
            j++;
        values.push(sorted[i]);
        counts.push(j - i);
        i = j;
    }
    return { values: Float64Array.from(values), counts: Float64Array.from(counts) };
}
/** Default largest number of points kept per numerical column. */
const DEFAULT_PROFILE_POINTS = 65536;
/**
 * Cut a weighted sorted sample into blocks of weight about n/k, each kept as
 * its largest value: the CDF error is below 1/k (see the file comment).
 */
function compressPoints(values, counts, k) {
    let n = 0;
    for (const c of counts)
        n += c;
    const w = n / k;
    const outV = [];
    const outC = [];
    let block = 0;
    for (let i = 0; i < values.length; i++) {
        block += counts[i];
        if (block >= w || i === values.length - 1) {
            outV.push(values[i]);
            outC.push(block);
            block = 0;
        }
    }
    return { values: Float64Array.from(outV), counts: Float64Array.from(outC) };
}
function numberProfile(name, rows, missing, values, counts, error, maxPoints) {
    if (maxPoints > 0 && values.length > maxPoints) {
        const c = compressPoints(values, counts, maxPoints);
        return { name, kind: 'number', rows, missing, values: c.values, counts: c.counts, error: error + 1 / maxPoints };
    }
    return { name, kind: 'number', rows, missing, values, counts, error };
}
/** The profile of a whole table; `maxPoints` 0 keeps every column exact. */
function profileTable(table, maxPoints = DEFAULT_PROFILE_POINTS) {
    return {
        source: table.source,
        rows: table.rowCount,
        columns: table.columns.map((c) => {
            if (c.kind === 'number') {
                const out = new Float64Array(c.values.length);
                let n = 0;
                for (let i = 0; i < c.values.length; i++) {
                    const v = c.values[i];
                    if (Number.isFinite(v) && !(c.missing && c.missing[i] === 1))
                        out[n++] = v;
                }
                const { values, counts } = distinctWithCounts((0,radix_sort_float64/* radixSortFloat64 */.J)(out.subarray(0, n)));
                return numberProfile(c.name, c.values.length, c.values.length - n, values, counts, 0, maxPoints);
            }
            const categories = Object.create(null);
            let n = 0;
            for (const v of c.values) {
                if (v === null)
                    continue;
                categories[v] = (categories[v] ?? 0) + 1;
                n++;
            }
            return { name: c.name, kind: 'string', rows: c.values.length, missing: c.values.length - n, categories };
        }),
    };
}
function mergeNumbers(a, b, maxPoints) {
    const values = [];
    const counts = [];
    let i = 0;
    let j = 0;
    while (i < a.values.length || j < b.values.length) {
        const v = i < a.values.length && (j >= b.values.length || a.values[i] <= b.values[j]) ? a.values[i] : b.values[j];
        let c = 0;
        if (i < a.values.length && a.values[i] === v)
            c += a.counts[i++];
        if (j < b.values.length && b.values[j] === v)
            c += b.counts[j++];
        values.push(v);
        counts.push(c);
    }
    const na = a.rows - a.missing;
    const nb = b.rows - b.missing;
    const error = na + nb > 0 ? (na * a.error + nb * b.error) / (na + nb) : 0;
    return numberProfile(a.name, a.rows + b.rows, a.missing + b.missing, Float64Array.from(values), Float64Array.from(counts), error, maxPoints);
}
function asText(p) {
    const categories = Object.create(null);
    p.values.forEach((v, i) => (categories[String(v)] = p.counts[i]));
    return { name: p.name, kind: 'string', rows: p.rows, missing: p.missing, categories };
}
/** Columns kept as sketches, with their CDF error bounds. */
function sketchedColumns(p) {
    return p.columns.filter((c) => c.kind === 'number' && c.error > 0).map((c) => ({ column: c.name, error: c.error }));
}
/**
 * Merge shard profiles: counts add up. Shards must have the same columns; a
 * column that is numeric in one shard and text in another becomes text.
 */
function mergeProfiles(profiles, maxPoints = DEFAULT_PROFILE_POINTS) {
    const [first, ...rest] = profiles;
    let merged = first;
    for (const p of rest) {
        const names = merged.columns.map((c) => c.name).join(',');
        if (p.columns.map((c) => c.name).join(',') !== names) {
            throw new errors/* UserError */.yo(`the shard profiles have different columns (${names} vs ${p.columns.map((c) => c.name).join(',')})`, { file: p.source, field: 'input reference' });
        }
        merged = {
            source: `${merged.source}+${p.source}`,
            rows: merged.rows + p.rows,
            columns: merged.columns.map((a, k) => {
                const b = p.columns[k];
                if (a.kind === 'number' && b.kind === 'number')
                    return mergeNumbers(a, b, maxPoints);
                const ta = a.kind === 'number' ? asText(a) : a;
                const tb = b.kind === 'number' ? asText(b) : b;
                const categories = Object.assign(Object.create(null), ta.categories);
                for (const [k2, v] of Object.entries(tb.categories))
                    categories[k2] = (categories[k2] ?? 0) + v;
                return { name: a.name, kind: 'string', rows: ta.rows + tb.rows, missing: ta.missing + tb.missing, categories };
            }),
        };
    }
    return merged;
}
function serializeProfile(p) {
    const header = {
        source: p.source,
        rows: p.rows,
        columns: p.columns.map((c) => c.kind === 'number'
            ? { name: c.name, kind: c.kind, rows: c.rows, missing: c.missing, distinct: c.values.length, error: c.error }
            : { name: c.name, kind: c.kind, rows: c.rows, missing: c.missing, categories: c.categories }),
    };
    const parts = [Buffer.from(MAGIC + JSON.stringify(header) + '\n', 'utf8')];
    for (const c of p.columns) {
        if (c.kind !== 'number')
            continue;
        parts.push(Buffer.from(c.values.buffer, c.values.byteOffset, c.values.byteLength));
        parts.push(Buffer.from(c.counts.buffer, c.counts.byteOffset, c.counts.byteLength));
    }
    return Buffer.concat(parts);
}
function isProfile(bytes) {
    return bytes.subarray(0, MAGIC.length).toString('utf8') === MAGIC;
}
function parseProfile(bytes, file) {
    if (!isProfile(bytes))
        throw new errors/* UserError */.yo('not a drift-check profile (it does not start with MGDP1)', { file });
    const end = bytes.indexOf(0x0a, MAGIC.length);
    let header;
    try {
        header = JSON.parse(bytes.subarray(MAGIC.length, end).toString('utf8'));
    }
    catch {
        throw new errors/* UserError */.yo('the profile header is not valid JSON (a truncated or edited file?)', { file, line: 2 });
    }
    let offset = end + 1;
    const take = (n) => {
        if (offset + 8 * n > bytes.length)
            throw new errors/* UserError */.yo('the profile is truncated', { file });
        const out = new Float64Array(n);
        new Uint8Array(out.buffer).set(bytes.subarray(offset, offset + 8 * n));
        offset += 8 * n;
        return out;
    };
    return {
        source: header.source,
        rows: header.rows,
        columns: header.columns.map((c) => c.kind === 'number'
            ? { name: c.name, kind: 'number', rows: c.rows, missing: c.missing, values: take(c.distinct ?? 0), counts: take(c.distinct ?? 0), error: c.error ?? 0 }
            : { name: c.name, kind: 'string', rows: c.rows, missing: c.missing, categories: Object.assign(Object.create(null), c.categories ?? {}) }),
    };
}
async function readProfile(path, cwd) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, path));
    }
    catch {
        throw new errors/* UserError */.yo('file not found', { file: path });
    }
    return parseProfile(bytes, path);
}
async function writeProfile(p, path, cwd) {
    const target = (0,external_node_path_.resolve)(cwd, path);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    await (0,promises_.writeFile)(target, serializeProfile(p));
}
/** A profile as the evaluation's data source. */
function profileSource(p, file) {
    return {
        source: file,
        rowCount: p.rows,
        columns: p.columns.map((c) => ({
            name: c.name,
            kind: c.kind,
            sample: (type) => {
                if (c.kind === 'number') {
                    // Distinct values and counts as they are: the tests that can use
                    // them do, and the values are expanded only for those that cannot.
                    const s = (0,column_sample/* distinctSample */.Hc)(c.values, c.counts, c.rows, c.missing);
                    if (s)
                        return type === 'numerical' ? s : { type, counts: (0,column_sample/* countsOfSample */.Is)(s), n: s.distinct.n, rows: c.rows, missing: c.missing, numbers: true };
                    // Not strictly ascending with positive integer counts (an edited file): expand.
                    const values = (0,column_sample/* expandDistinct */.bV)(c.values, c.counts);
                    if (type === 'numerical')
                        return { type, values, rows: c.rows, missing: c.missing };
                    return { type, counts: (0,column_sample/* countsOfValues */.cC)(values), n: values.length, rows: c.rows, missing: c.missing, numbers: true };
                }
                const entries = Object.entries(c.categories);
                const n = entries.reduce((s, [, k]) => s + k, 0);
                if (type === 'categorical')
                    return { type, counts: new Map(entries), n, rows: c.rows, missing: c.missing };
                const nums = entries.map(([k, cnt]) => {
                    const v = Number(k.trim());
                    if (k.trim() === '' || Number.isNaN(v)) {
                        throw new errors/* UserError */.yo(`column-types says numerical, but the profile holds the category "${k.slice(0, 40)}"`, { file, field: `column ${c.name}` });
                    }
                    return [v, cnt];
                }).filter(([v]) => Number.isFinite(v)).sort((a, b) => a[0] - b[0]);
                const total = nums.reduce((s, [, k]) => s + k, 0);
                const values = new Float64Array(total);
                let at = 0;
                for (const [v, k] of nums) {
                    values.fill(v, at, at + k);
                    at += k;
                }
                return { type, values, rows: c.rows, missing: c.rows - total };
            },
        })),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/gates/drift-check/profile-cache.ts
/**
 * Caching the reference profile with @actions/cache: in a workflow the same
 * training file is compared again and again, so its profile is saved under a
 * key made of the file's SHA-256 (and the column selection) and restored on
 * the next run instead of reading and sorting the file again. Only where the
 * Actions cache service is available (`isFeatureAvailable()`); a cache that
 * fails is a warning, never an error: the file is then read as usual.
 */




/** The Actions cache, loaded only when used. */
const actionsCache = {
    // isFeatureAvailable() needs one of these; checking first avoids loading the module outside Actions.
    available: (env) => Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL),
    async restore(path, key) {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(838), __webpack_require__.e(147), __webpack_require__.e(377), __webpack_require__.e(39)]).then(__webpack_require__.bind(__webpack_require__, 84039));
        if (!cache.isFeatureAvailable())
            return false;
        return (await cache.restoreCache([path], key)) === key;
    },
    async save(path, key) {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(838), __webpack_require__.e(147), __webpack_require__.e(377), __webpack_require__.e(39)]).then(__webpack_require__.bind(__webpack_require__, 84039));
        if (!cache.isFeatureAvailable())
            return;
        await cache.saveCache([path], key);
    },
};
async function fileSha256(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/** The cache key of a reference file's profile. */
async function profileCacheKey(file, cwd, columns, profilePoints) {
    const sha = await fileSha256((0,external_node_path_.resolve)(cwd, file));
    const cols = columns?.length ? (0,external_node_crypto_.createHash)('sha256').update(columns.join('\u0000')).digest('hex').slice(0, 12) : 'all';
    // Everything the profile is made from is in the key: the file, the columns
    // and how many points a sketched column keeps (a changed profile-points
    // must not reuse a sketch of another size).
    return `modelgate-drift-profile-v${PROFILE_FORMAT_VERSION}-${sha}-${cols}-p${profilePoints}`;
}
async function tryRestore(cache, path, key, log) {
    try {
        return await cache.restore(path, key);
    }
    catch (err) {
        log.warn(`drift-check: could not restore the reference profile from the cache (${err.message.split('\n')[0]}); reading the file`);
        return false;
    }
}
async function trySave(cache, path, key, log) {
    try {
        await cache.save(path, key);
    }
    catch (err) {
        log.warn(`drift-check: could not save the reference profile to the cache (${err.message.split('\n')[0]})`);
    }
}

// EXTERNAL MODULE: ./src/gates/drift-check/prepared-reference.ts
var prepared_reference = __webpack_require__(70156);
// EXTERNAL MODULE: ./src/gates/drift-check/reference-worker.ts
var reference_worker = __webpack_require__(39047);
// EXTERNAL MODULE: ./src/gates/drift-check/current-in-parts.ts + 1 modules
var current_in_parts = __webpack_require__(41793);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/parallel/bundle-url.ts
/**
 * Where the code for a second thread comes from: a worker needs a file to
 * run, and the one file that holds all of modelgate is the built bundle,
 * dist/index.js (which exports `modelgateWorker`, see worker-entry.ts).
 */


// Evaluated where this module is: in the built bundle, dist/index.js or a
// chunk beside it; from source, a .ts file with no index.js beside it.
const here = import.meta.url;
/**
 * The file URL of the built bundle, or undefined when running from source
 * (the unit tests), when the environment sets MODELGATE_THREADS=1, or when
 * the machine has one core: callers then do the work in this thread, with
 * the same result.
 */
function bundleUrl(env = process.env) {
    if (env.MODELGATE_THREADS === '1')
        return undefined;
    if (!here.startsWith('file:') || !here.endsWith('.js'))
        return undefined;
    const index = new URL('index.js', here);
    return (0,external_node_fs_.existsSync)((0,external_node_url_.fileURLToPath)(index)) ? index.href : undefined;
}

;// CONCATENATED MODULE: ./src/gates/drift-check/gate.ts
/**
 * drift-check: per-feature and dataset drift between a reference and a
 * current dataset, with Evidently's test choice and thresholds, scipy's
 * definitions, data-quality findings beside drift, and an optional
 * `repository_dispatch` on dataset drift to start retraining.
 */

























/** The JSON report's `columns` section: the contract fields first. */
function columnsSection(e) {
    return e.columns.map((c) => ({
        name: c.name,
        type: c.type,
        method: c.method,
        statistic: (0,report_number/* reportNumber */.K)(c.statistic),
        pValue: c.pValue,
        threshold: c.threshold,
        drifted: c.drifted,
        nReference: c.nReference,
        nCurrent: c.nCurrent,
        role: c.role,
        status: c.status,
        operator: c.operator,
        adjustedPValue: c.adjustedPValue,
        ...(c.base !== undefined ? { base: c.base } : {}),
        ...(c.note ? { note: c.note } : {}),
        ...(c.referenceError !== undefined ? { referenceError: c.referenceError } : {}),
        ...(c.histogram ? { histogram: c.histogram } : {}),
        ...(c.size ? { size: c.size } : {}),
    }));
}
/** The run's GitHub client (from `github-token`), when there is one. */
async function githubClient(ctx) {
    return ctx.github ? ctx.github() : undefined;
}
async function dispatch(e, inputs, ctx) {
    const repo = ctx.run.repository;
    const client = repo ? await githubClient(ctx) : undefined;
    if (!client || !repo) {
        ctx.log.warn('dispatch-on-drift: no GitHub token or repository in this run; no repository_dispatch event was sent');
        return 'skipped';
    }
    const [owner, name] = repo.split('/');
    const drifted = e.columns.filter((c) => c.role === 'feature' && c.drifted);
    const ok = await repositoryDispatch(client, {
        owner,
        repo: name,
        eventType: inputs['dispatch-event-type'],
        clientPayload: {
            gate: 'drift-check',
            share: e.dataset.share,
            threshold: e.dataset.threshold,
            severity: e.dataset.share >= Math.min(1, 2 * e.dataset.threshold) ? 'high' : 'drift',
            columns: drifted.slice(0, 50).map((c) => ({ name: c.name, method: c.method, statistic: c.statistic, pValue: c.pValue, severity: Number(severity(c).toPrecision(4)) })),
            reference: inputs.reference,
            current: inputs.current ?? null,
            sha: ctx.run.sha ?? null,
            runUrl: ctx.run.runUrl ?? null,
        },
        log: ctx.log,
    });
    return ok ? 'sent' : 'refused';
}
const PROFILE_EXT = /\.mgprof$/i;
function profileOnly(inputs, profile) {
    const report = (0,make_report/* makeReport */.d)({
        gate: 'drift-check',
        inputs: { ...inputs },
        checks: [],
        reason: `wrote the profile of ${profile.rows} reference rows (${profile.columns.length} columns) to ${inputs['profile-out']}`,
        sections: { profile: { path: inputs['profile-out'], rows: profile.rows, columns: profile.columns.length } },
    });
    return {
        report,
        outputs: { 'drift-detected': 'false', 'drift-share': '0', 'drifted-columns': '[]' },
        markdown: '',
        headline: {
            reason: `Wrote the reference profile of ${(0,findings/* plural */.LS)(profile.rows, 'row')} and ${(0,findings/* plural */.LS)(profile.columns.length, 'column')} to ${(0,markdown/* code */.aY)(inputs['profile-out'] ?? '')}.`,
            next: `pass it as \`reference\` to later runs (or let \`cache-profile\` keep it).`,
            compared: `${(0,markdown/* code */.aY)(inputs.reference)}, profiled alone (no current data).`,
        },
    };
}
async function runDriftCheck(inputs, ctx, deps = {}) {
    const options = toOptions(inputs);
    if (!inputs.current && !inputs['profile-out']) {
        throw new errors/* UserError */.yo('current is required: the current data file (or set profile-out to only profile the reference)', { field: 'input current' });
    }
    const wanted = options.columns?.length
        ? [...new Set([...options.columns, ...[options.targetColumn, options.predictionColumn].filter((c) => !!c)])]
        : undefined;
    const read = (path) => (0,readers/* readTable */.xz)(path, { ...ctx.readLimits, cwd: ctx.cwd, columns: wanted, progress: (p) => ctx.progress(p) });
    const special = [options.targetColumn, options.predictionColumn].filter((c) => !!c);
    const skip = options.exclude.filter((c) => !special.includes(c));
    // The reference: a data file, or one or more profiles (merged).
    const refPaths = inputs.reference.split(',').map((s) => s.trim()).filter(Boolean);
    const profileGiven = refPaths.every((p) => PROFILE_EXT.test(p));
    let reference;
    let referenceRows;
    let profile;
    let sampledReference;
    let cacheState;
    // Set when the reference is read and prepared beside the current file (reference-worker.ts).
    let pendingReference;
    if (profileGiven) {
        profile = mergeProfiles(await Promise.all(refPaths.map((p) => readProfile(p, ctx.cwd))), inputs['profile-points']);
        reference = profileSource(profile, inputs.reference);
        referenceRows = profile.rows;
    }
    else {
        if (refPaths.length > 1)
            throw new errors/* UserError */.yo('several reference files are only allowed as .mgprof profiles', { field: 'input reference' });
        const cache = deps.cache ?? actionsCache;
        const useCache = inputs['cache-profile'] && inputs.sample === undefined && inputs.current !== undefined && cache.available(ctx.env);
        const key = useCache ? await profileCacheKey(inputs.reference, ctx.cwd, wanted, inputs['profile-points']) : '';
        const cachedPath = (0,external_node_path_.join)(ctx.tempDir, 'modelgate-drift-reference.mgprof');
        if (useCache && (await tryRestore(cache, cachedPath, key, ctx.log))) {
            profile = await readProfile(cachedPath, ctx.cwd);
            reference = profileSource(profile, inputs.reference);
            referenceRows = profile.rows;
            cacheState = 'hit';
        }
        else if (!inputs['profile-out'] && !useCache && inputs.current) {
            pendingReference = {
                path: inputs.reference,
                cwd: ctx.cwd,
                limits: ctx.readLimits,
                columns: wanted,
                columnTypes: options.columnTypes,
                skip,
                sample: inputs.sample,
                seed: inputs.seed,
            };
            reference = undefined; // set below, with the current file
            referenceRows = 0;
        }
        else {
            const table = await read(inputs.reference);
            if (inputs['profile-out'] || useCache)
                profile = profileTable(table, inputs['profile-points']);
            if (useCache) {
                await writeProfile(profile, cachedPath, ctx.cwd);
                await trySave(cache, cachedPath, key, ctx.log);
                cacheState = 'saved';
            }
            sampledReference = (0,sample_rows/* sampleRows */.m)(table.rowCount, inputs.sample, inputs.seed);
            reference = tableSource(table, sampledReference, true);
            referenceRows = table.rowCount;
        }
    }
    if (inputs['profile-out'] && profile) {
        await writeProfile(profile, inputs['profile-out'], ctx.cwd);
        ctx.log.info(`drift-check: wrote the reference profile to ${inputs['profile-out']}`);
    }
    if (!inputs.current)
        return profileOnly(inputs, profile);
    // The current file, prepared as soon as it is read (sorted while a worker may still prepare the reference).
    const currentPath = inputs.current;
    // `alone`: no other thread is reading the reference, so the current file may take both cores.
    const readCurrent = async (alone) => {
        const bundle = alone && inputs.sample === undefined ? bundleUrl(ctx.env) : undefined;
        if (bundle) {
            const prepare = { columnTypes: options.columnTypes, skip };
            const parts = await (0,current_in_parts.prepareCurrentInParts)({ path: currentPath, cwd: ctx.cwd, limits: ctx.readLimits, columns: wanted, prepare, bundle, progress: (p) => ctx.progress(p) });
            if ('prepared' in parts) {
                ctx.log.debug(`drift-check: ${currentPath} read and sorted in two threads`);
                return parts.prepared;
            }
            ctx.log.debug(`drift-check: ${currentPath} read in one thread (${parts.whole})`);
        }
        const table = await read(currentPath);
        return (0,prepared_reference/* prepareReference */.R8)(table, { columnTypes: options.columnTypes, skip, rows: (0,sample_rows/* sampleRows */.m)(table.rowCount, inputs.sample, inputs.seed + 1), consume: true });
    };
    let sampledReferenceRows = sampledReference?.length ?? null;
    let cur;
    if (pendingReference) {
        // MODELGATE_THREADS=1 keeps the reference in this thread (for comparisons and as a way out).
        const url = bundleUrl(ctx.env);
        const started = (0,reference_worker.startReference)(pendingReference, url, (p) => ctx.progress(p));
        // In-thread, one file after the other (as without a worker); with one, both at once.
        const [refDone, curDone] = url
            ? await Promise.allSettled([started, readCurrent(false)])
            : [await started.then((v) => ({ status: 'fulfilled', value: v })), await readCurrent(false).then((v) => ({ status: 'fulfilled', value: v }))];
        if (refDone.status === 'rejected')
            throw refDone.reason;
        if (curDone.status === 'rejected')
            throw curDone.reason;
        reference = (0,prepared_reference/* preparedSource */.F0)(refDone.value);
        referenceRows = refDone.value.tableRows;
        if (refDone.value.rowCount !== refDone.value.tableRows)
            sampledReferenceRows = refDone.value.rowCount;
        cur = curDone.value;
    }
    else
        cur = await readCurrent(true);
    const current = (0,prepared_reference/* preparedSource */.F0)(cur);
    const evaluation = evaluateDrift(reference, current, options);
    // Columns compared against a sketched reference carry the sketch's CDF error bound.
    const sketched = profile && (profileGiven || cacheState === 'hit') ? sketchedColumns(profile) : [];
    for (const s of sketched) {
        const c = evaluation.columns.find((x) => x.name === s.column);
        if (c) {
            c.referenceError = s.error;
            c.note = `${c.note ? `${c.note}; ` : ''}reference sketched: its CDF is within ${Number(s.error.toPrecision(3))} of the data's`;
        }
    }
    const checks = driftChecks(evaluation);
    let dispatched;
    if (inputs['dispatch-on-drift'] && evaluation.dataset.drifted)
        dispatched = await dispatch(evaluation, inputs, ctx);
    const d = evaluation.dataset;
    const report = (0,make_report/* makeReport */.d)({
        gate: 'drift-check',
        inputs: { ...inputs },
        checks,
        reason: driftReason(evaluation, checks),
        sections: {
            columns: columnsSection(evaluation),
            dataset: {
                drifted: d.drifted,
                share: d.share,
                threshold: d.threshold,
                warnShare: d.warnShare,
                driftedColumns: d.driftedColumns,
                evaluatedColumns: d.evaluatedColumns,
                insufficientColumns: d.insufficientColumns,
            },
            quality: evaluation.quality,
            rows: { reference: referenceRows, current: cur.tableRows, sampledReference: sampledReferenceRows, sampledCurrent: cur.rowCount !== cur.tableRows ? cur.rowCount : null },
            ...(profile && profileGiven ? { referenceProfile: refPaths } : {}),
            ...(cacheState ? { profileCache: cacheState } : {}),
            ...(dispatched ? { dispatch: dispatched } : {}),
            ...(evaluation.distributions.length ? { charts: { distributions: evaluation.distributions } } : {}),
        },
    });
    const driftedColumns = evaluation.columns.filter((c) => c.role === 'feature' && c.drifted).map((c) => c.name);
    return {
        report,
        outputs: {
            'drift-detected': String(d.drifted),
            'drift-share': String(d.share),
            'drifted-columns': JSON.stringify(driftedColumns),
        },
        markdown: renderDrift(evaluation, checks),
        headline: renderDriftHeadline(evaluation, checks, report.verdict, {
            reference: inputs.reference,
            current: currentPath,
            referenceRows,
            currentRows: cur.tableRows,
        }),
    };
}
/* harmony default export */ const drift_check_gate = ((0,gate/* defineGate */.p)({
    name: 'drift-check',
    title: 'Drift check',
    description: 'Per-feature and dataset drift between a reference and a current dataset, with the tests and thresholds of Evidently and the definitions of scipy.',
    inputs: inputs_inputs,
    outputs: outputs,
    run: runDriftCheck,
    reportSections: reportSections,
    docTables: () => ({ methods: methodTable() }),
}));


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

/***/ 73116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DeadlineError: () => (/* binding */ DeadlineError),
/* harmony export */   fallbackLog: () => (/* binding */ fallbackLog),
/* harmony export */   firstLine: () => (/* binding */ firstLine),
/* harmony export */   httpStatus: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var _adapters_inert_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42303);

/** The HTTP status of an Octokit RequestError (or anything carrying one). */
function httpStatus(err) {
    if (err && typeof err === 'object' && 'status' in err) {
        const status = err.status;
        return typeof status === 'number' ? status : undefined;
    }
    return undefined;
}
/**
 * What a GitHub call throws once the client's deadline has passed. It is no
 * Octokit RequestError, so neither the retry nor the throttling plugin
 * retries it.
 */
class DeadlineError extends Error {
    constructor(method, url) {
        super(`the time allowed for GitHub calls is used up; ${method} ${url} was not sent`);
        this.name = 'DeadlineError';
    }
}
/** The first line of an error's message, for one-line warnings. */
function firstLine(err) {
    const message = err instanceof Error ? err.message : String(err);
    return message.split('\n')[0];
}
/**
 * Where warnings go when the caller gave no logger: inside GitHub Actions a
 * `::warning::` workflow command (so it is shown on the run page like
 * core.warning's), elsewhere stderr.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */
const fallbackLog = {
    debug() { },
    info(message) {
        console.info(process.env.GITHUB_ACTIONS === 'true' ? (0,_adapters_inert_log_js__WEBPACK_IMPORTED_MODULE_0__/* .inertLogLine */ .T)(message) : message);
    },
    warn(message) {
        if (process.env.GITHUB_ACTIONS === 'true') {
            const data = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
            process.stdout.write(`::warning::${data}\n`);
        }
        else {
            console.warn(message);
        }
    },
};


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


/***/ })

};
