export const id = 720;
export const ids = [720];
export const modules = {

/***/ 78387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rn: () => (/* binding */ unknownColumn),
/* harmony export */   eb: () => (/* binding */ checkHeader),
/* harmony export */   lq: () => (/* binding */ checkRequested)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32085);
/** Checks shared by the readers: header names and the columns a caller asks for. */


/** Throws for an empty or duplicate header name. */
function checkHeader(names, file, line) {
    const seen = new Map();
    names.forEach((name, i) => {
        if (name.trim() === '')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`column ${i + 1} of the header has an empty name`, { file, line });
        const before = seen.get(name);
        if (before !== undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`duplicate column name "${name}" (columns ${before + 1} and ${i + 1} of the header)`, { file, line });
        }
        seen.set(name, i);
    });
}
/** The UserError for a requested column the file does not have. */
function unknownColumn(name, available, file) {
    const suggestion = (0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .kp)(name, available);
    const list = available.length ? available.join(', ') : '(none)';
    const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`no column "${name}"; columns are: ${list}${hint}`, { file });
}
/** Throws unless every requested column is available. */
function checkRequested(requested, available, file) {
    if (!requested)
        return;
    const have = new Set(available);
    for (const name of requested)
        if (!have.has(name))
            throw unknownColumn(name, available, file);
}


/***/ }),

/***/ 47484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ tableReadHook)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/**
 * A hook around `readTable` for the duration of one piece of work: the suite
 * (src/run/table-cache.ts) installs one so that a file two gates name is read
 * once. Without a hook, nothing changes. AsyncLocalStorage scopes it to the
 * calls made inside `tableReadHook.run(hook, fn)` and nothing else.
 */

const tableReadHook = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();


/***/ }),

/***/ 70720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  og: () => (/* binding */ runSuite),
  qP: () => (/* binding */ suiteMarkdown)
});

// UNUSED EXPORTS: parseGateSettings

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(89114);
// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __webpack_require__(32085);
// EXTERNAL MODULE: ./src/core/verdict.ts
var core_verdict = __webpack_require__(79478);
// EXTERNAL MODULE: ./src/gates/index.ts
var gates = __webpack_require__(46620);
;// CONCATENATED MODULE: ./src/run/suite-entry.ts
/** The verdict of an entry, as the `verdicts` output writes it. */
function entryVerdict(entry) {
    return entry.status === 'ran' ? entry.outcome.result.report.verdict : entry.status;
}
/** The one reason of an entry: its report's summary without the verdict, the error, or why it was skipped. */
function entryReason(entry) {
    if (entry.status === 'error')
        return entry.error;
    if (entry.status === 'skipped')
        return entry.reason;
    const { summary, verdict } = entry.outcome.result.report;
    return summary.startsWith(`${verdict}: `) ? summary.slice(verdict.length + 2) : summary;
}
/** Whether the entry fails the run: its conclusion is failure, or it errored. */
function entryFails(entry) {
    return entry.status === 'error' || (entry.status === 'ran' && entry.outcome.conclusion === 'failure');
}

// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(83323);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
// EXTERNAL MODULE: ./src/render/report-markdown.ts
var report_markdown = __webpack_require__(9552);
;// CONCATENATED MODULE: ./src/render/suite-markdown.ts
/**
 * The combined report of a suite run (the root action's sticky comment and
 * job summary, `modelgate run`'s output): a heading with the overall
 * verdict, a table with one row per gate (its verdict, its one reason, a link
 * to its section), then each gate's own report in a collapsible section,
 * open when the gate failed the run.
 *
 * Like a gate's report, nothing run-specific goes in, so that an unchanged
 * result renders to the same text and the comment is not re-posted.
 */




const STATUS_ICON = { error: '❗', skipped: '⏭️' };
function verdictCell(entry) {
    const verdict = entryVerdict(entry);
    const mark = verdict === 'pass' || verdict === 'warn' || verdict === 'fail' ? (0,markdown/* icon */.Kk)(verdict) : STATUS_ICON[verdict];
    return `${mark} ${verdict}`;
}
/** The anchor of a gate's section; GitHub prefixes ids with `user-content-` and resolves `#` links to them. */
function sectionAnchor(gate) {
    return `modelgate-${gate}`;
}
/** The gate's headings one level down, under the suite's own (fenced code left alone). */
function demoteHeadings(markdown) {
    let fenced = false;
    return markdown
        .split('\n')
        .map((line) => {
        if (/^\s*(```|~~~)/.test(line))
            fenced = !fenced;
        return !fenced && /^#{1,5} /.test(line) ? `#${line}` : line;
    })
        .join('\n');
}
function sectionBody(entry, room) {
    if (entry.status === 'error')
        return `**Could not run:** ${(0,markdown/* text */.Qq)(entry.error)}`;
    if (entry.status === 'skipped')
        return `Skipped: ${(0,markdown/* text */.Qq)(entry.reason)}.`;
    const body = demoteHeadings(entry.outcome.markdown.trim());
    if (room === undefined)
        return body;
    if (room <= 0)
        return '_Left out to fit; the job summary and the JSON report have it._';
    return (0,report_markdown.truncateMarkdown)(body, room, '_Cut to fit; the job summary and the JSON report have everything._');
}
function section(entry, room) {
    const summary = `${verdictCell(entry)} · <b>${(0,markdown/* text */.Qq)(entry.title)}</b> (<code>${entry.gate}</code>)`;
    return `<a id="${sectionAnchor(entry.gate)}"></a>\n\n${(0,markdown/* details */.zH)(summary, sectionBody(entry, room), entryFails(entry))}`;
}
/** "3 passed, 1 failed, 1 could not run": the rows of the table, counted. */
function tally(entries) {
    const words = [['pass', 'passed'], ['warn', 'warned'], ['fail', 'failed'], ['error', 'could not run'], ['skipped', 'skipped']];
    const parts = words.flatMap(([verdict, word]) => {
        const n = entries.filter((e) => entryVerdict(e) === verdict).length;
        return n ? [`${n} ${word}`] : [];
    });
    return `${entries.length} gate${entries.length === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}
function suite_markdown_frame(outcome, sections) {
    const { entries, verdict, conclusion } = outcome;
    const note = conclusion === 'failure' && verdict !== 'fail' ? ' (fails the job: `fail-on: warn`)' : conclusion !== 'failure' && verdict === 'fail' ? ' (report only: `fail-on: never`)' : '';
    const rows = entries.map((e) => [`[${(0,markdown/* text */.Qq)(e.title)}](#${sectionAnchor(e.gate)})`, verdictCell(e), (0,markdown/* text */.Qq)(entryReason(e))]);
    return [
        `## ${(0,markdown/* icon */.Kk)(verdict)} modelgate: **${verdict.toUpperCase()}**${note}`,
        '',
        tally(entries),
        '',
        (0,markdown/* table */.tp)(['gate', 'verdict', 'reason'], rows),
        '',
        ...sections.flatMap((s) => [s, '']),
        `<sub>modelgate ${version/* VERSION */.x} · ${entries.length} gate${entries.length === 1 ? '' : 's'} · one JSON report per gate in the report folder</sub>`,
        '',
    ].join('\n');
}
/**
 * The combined Markdown, within `limit` characters when given: past it, the
 * sections of the gates that did not fail the run are left out first, then
 * the others are cut, each to an equal share of the room left.
 */
function renderSuiteMarkdown(outcome, limit) {
    const full = suite_markdown_frame(outcome, outcome.entries.map((e) => section(e, undefined)));
    if (limit === undefined || full.length <= limit)
        return full;
    const failing = outcome.entries.filter(entryFails);
    const empty = suite_markdown_frame(outcome, outcome.entries.map((e) => section(e, 0)));
    // Room for the failing sections' bodies, shared equally; a margin for the notes.
    const share = failing.length ? Math.floor((limit - empty.length - 200 * failing.length) / failing.length) : 0;
    const fitted = suite_markdown_frame(outcome, outcome.entries.map((e) => section(e, entryFails(e) ? share : 0)));
    return (0,report_markdown.truncateMarkdown)(fitted, limit, '_Cut to fit; the job summary and the JSON reports have everything._');
}

// EXTERNAL MODULE: ./src/run/redact.ts
var redact = __webpack_require__(68552);
// EXTERNAL MODULE: ./src/run/resolve-inputs.ts
var resolve_inputs = __webpack_require__(78251);
// EXTERNAL MODULE: ./src/run/run-gate.ts + 1 modules
var run_gate = __webpack_require__(24311);
// EXTERNAL MODULE: ./src/run/suite-inputs.ts
var suite_inputs = __webpack_require__(88259);
// EXTERNAL MODULE: ./src/readers/columns.ts
var readers_columns = __webpack_require__(78387);
// EXTERNAL MODULE: ./src/readers/read-hook.ts
var read_hook = __webpack_require__(47484);
;// CONCATENATED MODULE: ./src/run/table-cache.ts
/**
 * One read of a file that two gates of a suite name: performance-gate and
 * fairness-gate usually judge the same predictions file, drift-check's
 * current data may be validate-schema's data. Before the gates run, the
 * suite lists the paths each gate's inputs name; a path named by two or more
 * gates is read once, whole, when a gate first asks for it, and each request
 * gets what a read of its own would have given it: only the columns it asks
 * for, in the file's order, or the same "no column" error. The table is
 * dropped once the last gate naming the file has run.
 *
 * Only plain reads are shared: a read that reports short rows back to its
 * gate (validate-schema), asks for shared memory or a row limit reads on its
 * own. When the whole-file read fails (say, a bad cell in a column no gate
 * asked for), the request reads on its own, so its result and error are
 * exactly those of the gate alone.
 *
 * Sharing is sound because nothing writes into a table's columns (see
 * core/table.ts); test/run/run-suite.test.ts checks that the suite's reports
 * equal the gates' reports run one by one.
 */



class SharedTables {
    entries = new Map();
    /** Absolute path → the gates still to run that name it. */
    pending = new Map();
    /** Whole-file reads made for sharing, and requests served from them: for tests and the debug log. */
    stats = { reads: 0, served: 0 };
    /** `namedBy`: absolute path → the gates whose inputs name it. Only paths of two or more gates are shared. */
    constructor(namedBy) {
        for (const [path, gates] of namedBy)
            if (gates.size >= 2)
                this.pending.set(path, new Set(gates));
    }
    /** The paths shared between gates. */
    sharedPaths() {
        return [...this.pending.keys()];
    }
    /** Run `fn` (a gate) with its table reads going through this cache. */
    run(fn) {
        return read_hook/* tableReadHook */.S.run(this, fn);
    }
    /** A gate has run: tables no later gate names are let go. */
    release(gate) {
        for (const [path, gates] of this.pending) {
            gates.delete(gate);
            if (gates.size > 0)
                continue;
            this.pending.delete(path);
            for (const [key, entry] of this.entries)
                if (entry.path === path)
                    this.entries.delete(key);
        }
    }
    async read(path, options, readFresh) {
        const absolute = (0,external_node_path_.resolve)(options.cwd ?? process.cwd(), path);
        const plain = !options.shortRow && !options.sharedNumbers && options.maxRows === undefined;
        if (!plain || !this.pending.has(absolute))
            return readFresh(path, options);
        // The path as written is part of the key: it is how the table names its source in messages.
        const key = JSON.stringify([absolute, path, options.format ?? null, Boolean(options.keepText)]);
        let entry = this.entries.get(key);
        if (!entry) {
            this.stats.reads++;
            entry = { path: absolute, table: readFresh(path, { ...options, columns: undefined }) };
            this.entries.set(key, entry);
        }
        let table;
        try {
            table = await entry.table;
        }
        catch {
            this.entries.delete(key);
            return readFresh(path, options);
        }
        this.stats.served++;
        return project(table, options.columns);
    }
}
/** The table a read of only `columns` gives: those columns in the file's order; an unknown one is the reader's error. */
function project(table, columns) {
    if (!columns)
        return table;
    const names = table.columns.map((c) => c.name);
    for (const name of columns)
        if (!names.includes(name))
            throw (0,readers_columns/* unknownColumn */.Rn)(name, names, table.source);
    const wanted = new Set(columns);
    return { ...table, columns: table.columns.filter((c) => wanted.has(c.name)) };
}

;// CONCATENATED MODULE: ./src/run/run-suite.ts
/**
 * The suite: several gates in one step (the root action `modelgate/modelgate`
 * and `modelgate run`). Each gate runs through the same path as alone
 * (runGate), in dependency order, with its settings from the policy file and
 * from the suite's input named after it. The suite adds what one step of
 * several gates needs:
 *
 * - one read of a file two gates name (table-cache.ts);
 * - a gate that cannot run (a missing file, a bad setting) is recorded with
 *   its error and the other gates still run; the run then fails;
 * - register-model runs last of the model gates and records their reports,
 *   and is skipped when one of them failed;
 * - one JSON report per gate in one folder, one combined Markdown report,
 *   and one verdict: the worst.
 *
 * Adapters (adapters/action/run-suite-action.ts, the CLI's `run`) move the
 * outcome out; they read `conclusion` and never decide again.
 */















/** Common inputs a gate's own settings may set in a suite; the others belong to the whole run. */
const PER_GATE_COMMON = new Set(['fail-on']);
/** The gates to run, in SUITE_ORDER: the `gates` input, else the policy file's sections and the gates given settings. */
function gatesToRun(inputs, policy, settings) {
    const known = (0,gates/* availableGates */.M5)();
    const named = inputs.gates.length > 0 ? inputs.gates : [...(policy?.sections.keys() ?? [])].filter((k) => k !== 'defaults').concat([...settings.keys()]);
    for (const name of named) {
        if (!known.includes(name)) {
            const hint = (0,suggest/* closest */.kp)(name, known);
            throw new errors/* UserError */.yo(`unknown gate "${name}"${hint ? `; did you mean "${hint}"?` : ''} (gates: ${known.join(', ')})`, { field: 'input gates' });
        }
    }
    if (inputs.gates.length > 0) {
        for (const gate of settings.keys()) {
            if (!named.includes(gate))
                throw new errors/* UserError */.yo(`${gate} is not among the gates to run (${named.join(', ')})`, { field: `input ${gate}` });
        }
    }
    const order = suite_inputs/* SUITE_ORDER */.yG.filter((g) => named.includes(g));
    if (order.length === 0) {
        throw new errors/* UserError */.yo('no gates to run: list them in `gates` (e.g. `gates: validate-schema, drift-check`) or give each a section in the policy file', {
            field: 'input gates',
        });
    }
    return order;
}
/** A value of a gate's settings map as its step input: the string a `with:` value would be. */
function asStepInput(gate, spec, value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value) && spec.kind === 'list') {
        const items = value.map((v) => (v === null || typeof v === 'object' ? undefined : String(v)));
        const bad = items.findIndex((v) => v === undefined || /[,\n]/.test(v));
        if (bad >= 0)
            throw new errors/* UserError */.yo(`item ${bad + 1} of ${spec.name} must be a single value without commas`, { field: `input ${gate}` });
        return items.join('\n');
    }
    // A map (or a list for a YAML input): JSON is YAML, which such inputs read.
    return JSON.stringify(value);
}
/** A gate's settings for this run (its suite input): its own inputs and `fail-on`, as step inputs. */
function parseGateSettings(gate, text) {
    if (text === undefined || text.trim() === '')
        return {};
    const field = `input ${gate.name}`;
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false });
    if (doc.errors.length > 0)
        throw new errors/* UserError */.yo(`invalid YAML: ${doc.errors[0].message.split('\n')[0]}`, { field });
    const value = doc.toJS();
    if (value === null || value === undefined)
        return {};
    if (typeof value !== 'object' || Array.isArray(value))
        throw new errors/* UserError */.yo(`expected a map of ${gate.name}'s inputs, e.g. "name: value" lines`, { field });
    const specs = new Map([...gate.inputs.specs, ...inputs/* COMMON_INPUTS */.s7.filter((s) => PER_GATE_COMMON.has(s.name))].map((s) => [s.name, s]));
    const out = {};
    for (const [key, v] of Object.entries(value)) {
        const spec = specs.get(key);
        if (!spec) {
            if (inputs/* COMMON_INPUTS */.s7.some((s) => s.name === key))
                throw new errors/* UserError */.yo(`"${key}" is an input of the whole run, not of one gate`, { field });
            const hint = (0,suggest/* closest */.kp)(key, [...specs.keys()]);
            throw new errors/* UserError */.yo(`${gate.name} has no input "${key}"${hint ? `; did you mean "${hint}"?` : ''}`, { field });
        }
        if (v === null || v === undefined)
            continue;
        out[key] = asStepInput(gate.name, spec, v);
    }
    return out;
}
/** Every string an input value holds (paths among them), for finding the files two gates share. */
function stringsIn(value, out) {
    if (typeof value === 'string')
        out.push(value.trim());
    else if (Array.isArray(value))
        for (const v of value)
            stringsIn(v, out);
    else if (value && typeof value === 'object')
        for (const v of Object.values(value))
            stringsIn(v, out);
    return out;
}
function prefixed(log, gate) {
    return { info: (m) => log.info(`${gate}: ${m}`), warn: (m) => log.warn(`${gate}: ${m}`), debug: (m) => log.debug(`${gate}: ${m}`) };
}
/** One line naming what went wrong; an internal error's stack goes to the debug log. */
function errorLine(err, log) {
    if ((0,errors/* isUserError */.iU)(err))
        return err.format();
    log.debug((0,errors/* describeError */.Uc)(err));
    return err instanceof Error ? `${err.name}: ${err.message.split('\n')[0]}` : String(err);
}
function oneLine(s) {
    return s.replace(/\s*\r?\n\s*/g, ' ');
}
function suiteSummary(verdict, entries) {
    const word = { fail: 'failed', warn: 'warned', error: 'could not run', skipped: 'skipped' };
    const parts = entries.filter((e) => entryVerdict(e) !== 'pass').map((e) => `${e.gate} ${word[entryVerdict(e)]} (${oneLine(entryReason(e))})`);
    const passed = entries.filter((e) => entryVerdict(e) === 'pass').map((e) => e.gate);
    if (passed.length)
        parts.push(`${passed.join(', ')} passed`);
    return `${verdict}: ${parts.join('; ')}`;
}
async function runSuite(explicit, ctx) {
    const redactor = new redact/* Redactor */.p((s) => ctx.secret?.(s));
    redactor.add(explicit['github-token']);
    redactor.addFromValue(explicit);
    redactor.addFromEnv(ctx.env);
    const log = {
        info: (m) => ctx.log.info(redactor.redact(m)),
        warn: (m) => ctx.log.warn(redactor.redact(m)),
        debug: (m) => ctx.log.debug(redactor.redact(m)),
    };
    try {
        const { inputs: resolved } = (0,resolve_inputs/* resolveGateInputs */.p)({ name: 'modelgate run', inputs: suite_inputs/* SUITE_INPUTS */.hK }, explicit, undefined);
        const inputs = { ...redactor.redactDeep(resolved), 'github-token': resolved['github-token'] };
        const settings = new Map();
        for (const gate of suite_inputs/* SUITE_ORDER */.yG)
            if (resolved[gate] !== undefined && resolved[gate].trim() !== '')
                settings.set(gate, resolved[gate]);
        // Read once for every gate. When it cannot be read and the gates are named
        // anyway, each gate reports the problem as its own error.
        let policy;
        let policyError;
        try {
            policy = await (0,run_gate/* readPolicy */.T4)(explicit, ctx.cwd);
        }
        catch (err) {
            if (resolved.gates.length === 0)
                throw err;
            policyError = err;
        }
        const order = gatesToRun(resolved, policy, settings);
        const id = resolved['comment-id'];
        const given = resolved['report-path'];
        const reportDir = given ? ((0,external_node_path_.isAbsolute)(given) ? given : (0,external_node_path_.resolve)(ctx.cwd, given)) : (0,external_node_path_.join)(ctx.defaultReportDir, `modelgate-reports${id ? `-${id}` : ''}`);
        // Each gate's step inputs, or the error that keeps it from running.
        const gates = await Promise.all(order.map((name) => (0,run_gate/* resolveGate */.mW)(name)));
        const stepInputs = new Map();
        for (const gate of gates) {
            try {
                const own = parseGateSettings(gate, settings.get(gate.name));
                const failOn = own['fail-on'] ?? resolved['fail-on'];
                stepInputs.set(gate.name, {
                    ...own,
                    ...(explicit.policy ? { policy: explicit.policy } : {}),
                    ...(failOn ? { 'fail-on': failOn } : {}),
                    comment: 'never',
                    'report-path': (0,external_node_path_.join)(reportDir, `${gate.name}.json`),
                    ...(resolved['github-token'] ? { 'github-token': resolved['github-token'] } : {}),
                });
            }
            catch (err) {
                stepInputs.set(gate.name, err);
            }
        }
        // The files two gates name (as far as their inputs resolve now).
        const namedBy = new Map();
        for (const gate of gates) {
            const step = stepInputs.get(gate.name);
            if (!step || step instanceof Error || policyError)
                continue;
            try {
                for (const s of stringsIn((0,resolve_inputs/* resolveGateInputs */.p)(gate, step, policy).effective, [])) {
                    if (!s || s.includes('\n'))
                        continue;
                    const path = (0,external_node_path_.resolve)(ctx.cwd, s);
                    if (!namedBy.has(path))
                        namedBy.set(path, new Set());
                    namedBy.get(path).add(gate.name);
                }
            }
            catch {
                // The gate's own run reports its inputs' problem.
            }
        }
        const tables = new SharedTables(namedBy);
        for (const path of tables.sharedPaths())
            log.debug(`read once for ${[...namedBy.get(path)].join(', ')}: ${path}`);
        const entries = [];
        for (const gate of gates) {
            const base = { gate: gate.name, title: gate.title };
            const step = stepInputs.get(gate.name);
            const failedBefore = entries.filter(entryFails).map((e) => e.gate);
            if (gate.name === 'register-model' && failedBefore.length > 0) {
                entries.push({ ...base, status: 'skipped', reason: `not registered: ${failedBefore.join(', ')} failed` });
                await (0,promises_.rm)((0,external_node_path_.join)(reportDir, `${gate.name}.json`), { force: true });
                tables.release(gate.name);
                continue;
            }
            ctx.group?.start(`${gate.name}`);
            try {
                if (step instanceof Error)
                    throw step;
                const own = { ...step };
                // register-model records the verdicts of the gates before it, unless told which reports.
                if (gate.name === 'register-model' && own.reports === undefined) {
                    const reports = entries.flatMap((e) => (e.status === 'ran' ? [e.outcome.reportPath] : []));
                    if (reports.length)
                        own.reports = reports.join('\n');
                }
                const gateCtx = { ...ctx, log: prefixed(log, gate.name) };
                const outcome = await tables.run(() => (0,run_gate/* runGate */.Rg)(gate.name, own, gateCtx, policyError ? {} : { policy }));
                entries.push({ ...base, status: 'ran', outcome });
                log.info(`${gate.name}: ${outcome.result.report.summary}`);
            }
            catch (err) {
                const error = redactor.redact(errorLine(err, log));
                entries.push({ ...base, status: 'error', error });
                log.warn(`${gate.name}: ${error}`);
                // A report left by an earlier run must not pass for this run's.
                await (0,promises_.rm)((0,external_node_path_.join)(reportDir, `${gate.name}.json`), { force: true });
            }
            finally {
                tables.release(gate.name);
                ctx.group?.end();
            }
        }
        const ran = entries.filter((e) => e.status === 'ran');
        const errored = entries.some((e) => e.status === 'error');
        const verdict = errored || ran.length === 0 ? 'fail' : (0,core_verdict/* worstVerdict */.zP)(ran.map((e) => e.outcome.result.report.verdict));
        const conclusion = entries.some(entryFails) ? 'failure' : ran.some((e) => e.outcome.conclusion === 'neutral') ? 'neutral' : 'success';
        const verdicts = Object.fromEntries(entries.map((e) => [e.gate, entryVerdict(e)]));
        const summary = redactor.redact(suiteSummary(verdict, entries));
        return {
            entries,
            verdict,
            verdicts,
            conclusion,
            summary,
            reportDir,
            inputs,
            sharedReads: { ...tables.stats },
            redact: (t) => redactor.redact(t),
        };
    }
    catch (err) {
        if ((0,errors/* isUserError */.iU)(err)) {
            const { file, line, field } = err.location;
            throw new errors/* UserError */.yo(redactor.redact(err.message), {
                ...(file !== undefined ? { file: redactor.redact(file) } : {}),
                ...(line !== undefined ? { line } : {}),
                ...(field !== undefined ? { field } : {}),
            });
        }
        throw err;
    }
}
/** The combined Markdown of a suite's outcome (render/suite-markdown.ts), within `limit` characters. */
function suiteMarkdown(outcome, limit) {
    return outcome.redact(renderSuiteMarkdown(outcome, limit));
}


/***/ }),

/***/ 88259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   an: () => (/* binding */ SUITE_ACTION),
/* harmony export */   hK: () => (/* binding */ SUITE_INPUTS),
/* harmony export */   ml: () => (/* binding */ SUITE_OUTPUTS),
/* harmony export */   yG: () => (/* binding */ SUITE_ORDER)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26921);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89114);
/**
 * The inputs of the suite (the root action `modelgate/modelgate` and
 * `modelgate run`), declared once like a gate's (core/inputs.ts): the build
 * writes the root action.yml and the docs from them, the CLI takes them as
 * --flags.
 *
 * A gate's own settings come from the policy file's section for that gate,
 * or for one run from the input named after the gate: a YAML map of that
 * gate's inputs written as in its own step's `with:` (which, unlike the
 * policy file, may also name this run's files, such as register-model's
 * `path`).
 */


/** One input per gate, named after it: that gate's step inputs for this run. */
function gateSettings(gate, example) {
    return {
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        kind: 'string',
        description: `${gate}'s inputs for this run, as a YAML map written like that gate's own \`with:\`; they override its section of the policy file.`,
        examples: [example],
        notInPolicy: true,
    };
}
/**
 * The order gates run in: the data first (is it what the model expects, has
 * it drifted), then the model judged on it (performance, fairness), then
 * register-model, which records the reports of the gates before it, and
 * canary-decision, which judges a deployment.
 */
const SUITE_ORDER = ['validate-schema', 'drift-check', 'performance-gate', 'fairness-gate', 'register-model', 'canary-decision'];
const SUITE_INPUTS = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .defineInputs */ .pf)({
    gates: {
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
        description: 'The gates to run, e.g. `validate-schema, drift-check, performance-gate, fairness-gate`. Default: the gates that have a section in the policy file. They run in dependency order, whatever the order written.',
        examples: ['validate-schema, drift-check, performance-gate, fairness-gate'],
    },
    policy: {
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        description: 'Path of the `modelgate.yml` policy file (one section per gate). Default: `modelgate.yml` if present.',
        notInPolicy: true,
    },
    'fail-on': {
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['fail', 'warn', 'never']).optional(),
        description: "Which verdict fails the job, for every gate: `fail`, `warn` or `never`. Default: each gate's own (`fail` unless its policy section says otherwise).",
    },
    comment: {
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['auto', 'always', 'on-failure', 'never']).default('auto'),
        description: 'When to write the one combined sticky pull-request comment: `auto` (on pull requests), `always`, `on-failure` or `never`.',
    },
    'comment-id': {
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" and "-" only').optional(),
        description: 'Keeps two runs of the suite in one pull request apart: their own comment, check names `modelgate / <gate> (<id>)` and report folder.',
        examples: ['nightly'],
    },
    'report-path': {
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
        description: 'A folder for the JSON reports, one `<gate>.json` per gate. Default: `modelgate-reports` in the runner temp directory (the CLI: the working directory).',
        notInPolicy: true,
    },
    'check-runs': {
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true),
        description: 'Create one check run per gate, named `modelgate / <gate>` (needs `checks: write`; skipped with a warning without it).',
    },
    'github-token': {
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        actionDefault: '${{ github.token }}',
        description: 'Token for the comment, the check runs, and the gates that call the API (drift-check `dispatch-on-drift`, register-model `require-checks`).',
        notInPolicy: true,
        secret: true,
    },
    'validate-schema': gateSettings('validate-schema', 'data: data/train.csv'),
    'drift-check': gateSettings('drift-check', 'current: data/last-week.parquet'),
    'performance-gate': gateSettings('performance-gate', 'predictions: eval/challenger.csv'),
    'fairness-gate': gateSettings('fairness-gate', 'predictions: eval/challenger.csv'),
    'register-model': gateSettings('register-model', 'path: models/churn'),
    'canary-decision': gateSettings('canary-decision', 'current-weight: 10'),
});
const SUITE_OUTPUTS = [
    { name: 'verdict', description: 'The worst verdict of the gates that ran: `pass`, `warn` or `fail` (a gate that errored counts as `fail`).' },
    { name: 'verdicts', description: 'JSON object of each gate\'s verdict, e.g. `{"validate-schema":"pass","drift-check":"fail"}`; `error` for a gate that could not run, `skipped` for one not run.' },
    { name: 'report-path', description: 'The folder holding one JSON report per gate (`<gate>.json`).' },
    { name: 'summary', description: 'One line: the overall verdict and the gates that did not pass, with their reasons.' },
];
/** The root action's name, description and branding (the Marketplace listing). */
const SUITE_ACTION = {
    name: 'modelgate',
    description: 'ML model gates for pull requests: data schema, drift, performance and fairness checks in one step, one PR comment.',
};


/***/ })

};
