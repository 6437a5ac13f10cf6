export const id = 441;
export const ids = [441];
export const modules = {

/***/ 25969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ splitUrlCredentials)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * A service URL with credentials in it (`https://user:password@host/…`, the
 * form Prometheus and MLflow users write) cannot be fetched as it is: the
 * Fetch standard refuses a request whose URL includes credentials (Node's
 * fetch throws "Request cannot be constructed from a URL that includes
 * credentials" before connecting). The credentials go in an Authorization
 * header instead, as HTTP Basic authentication (RFC 7617): base64 of
 * `user-id:password` in UTF-8, each part percent-decoded first, since a URL
 * holds them percent-encoded.
 */

function decode(part) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        return part;
    }
}
/** Split the userinfo off an http(s) URL; `field` names the input in errors. */
function splitUrlCredentials(raw, field) {
    let parsed;
    try {
        parsed = new URL(raw.trim());
    }
    catch {
        // The URL itself may hold the password: say only that it is not one.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('not a valid URL', { field });
    }
    const username = decode(parsed.username);
    const password = decode(parsed.password);
    parsed.username = '';
    parsed.password = '';
    const url = parsed.toString().replace(/\/+$/, '');
    if (!username && !password)
        return { url };
    const authorization = `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
    return { url, username, password: password || undefined, authorization };
}


/***/ }),

/***/ 64441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ canary_decision_gate),
  inputs: () => (/* reexport */ inputs_inputs),
  outputs: () => (/* reexport */ outputs),
  runCanaryDecision: () => (/* binding */ runCanaryDecision)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
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
// EXTERNAL MODULE: ./src/readers/index.ts + 3 modules
var readers = __webpack_require__(71022);
// EXTERNAL MODULE: ./src/core/yaml.ts
var yaml = __webpack_require__(91076);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
;// CONCATENATED MODULE: ./src/gates/canary-decision/kayenta-config.ts
/**
 * A Kayenta canary configuration (the JSON Spinnaker stores; see Kayenta's
 * docs/canary-config.md) turned into canary-decision's metric settings, so
 * Spinnaker users can bring theirs as it is. Read per metric:
 *
 *   name, groups, query.customInlineTemplate | query.metricName (Prometheus),
 *   analysisConfigurations.canary.{direction, nanStrategy, critical,
 *     mustHaveData, criticality ("critical" | "report-only"),
 *     outliers.{strategy, outlierFactor},
 *     effectSize.{measure ("meanRatio" | "cles"), allowedIncrease, allowedDecrease,
 *       criticalIncrease, criticalDecrease}}
 *   classifier.{groupWeights, scoreThresholds.{pass, marginal}}
 *
 * Kayenta's PromQL placeholders `${scope}` and `${location}` are replaced by
 * the variant's label selector (see prometheus.ts). Unknown fields (services,
 * judge, templates, ...) are ignored: they concern Kayenta's own runtime.
 */


function obj(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
}
function fromKayentaConfig(json, source) {
    const metricsIn = json.metrics;
    const metrics = [];
    const seen = new Set();
    metricsIn.forEach((m, i) => {
        const metric = obj(m);
        const name = metric.name;
        if (typeof name !== 'string' || name === '')
            throw new errors/* UserError */.yo('a metric without a name', { file: source, field: `metrics[${i}].name` });
        if (seen.has(name))
            throw new errors/* UserError */.yo(`metric "${name}" appears twice`, { file: source, field: `metrics[${i}].name` });
        seen.add(name);
        const canary = obj(obj(metric.analysisConfigurations).canary);
        const effect = obj(canary.effectSize);
        const query = obj(metric.query);
        const settings = {};
        if (typeof canary.direction === 'string')
            settings.direction = canary.direction;
        if (typeof canary.nanStrategy === 'string' && canary.nanStrategy !== 'none')
            settings['nan-strategy'] = canary.nanStrategy;
        if (canary.critical === true || canary.criticality === 'critical')
            settings.critical = true;
        if (canary.criticality === 'report-only')
            settings['report-only'] = true;
        if (canary.mustHaveData === true)
            settings['must-have-data'] = true;
        if (effect.measure !== undefined) {
            // Kayenta reads anything but "cles" as the mean ratio; a misspelt measure is refused here instead.
            if (effect.measure === 'cles')
                settings['effect-size-measure'] = 'cles';
            else if (effect.measure === 'meanRatio')
                settings['effect-size-measure'] = 'mean-ratio';
            else {
                throw new errors/* UserError */.yo(`effect size measure must be "meanRatio" or "cles", got ${JSON.stringify(effect.measure)}`, {
                    file: source,
                    field: `metrics[${i}].analysisConfigurations.canary.effectSize.measure`,
                });
            }
        }
        for (const [k, key] of [
            ['allowedIncrease', 'allowed-increase'],
            ['allowedDecrease', 'allowed-decrease'],
            ['criticalIncrease', 'critical-increase'],
            ['criticalDecrease', 'critical-decrease'],
        ]) {
            if (typeof effect[k] === 'number')
                settings[key] = effect[k];
        }
        const outliers = obj(canary.outliers);
        if (outliers.strategy === 'remove' || outliers.strategy === 'keep')
            settings.outliers = outliers.strategy;
        if (typeof outliers.outlierFactor === 'number')
            settings['outlier-factor'] = outliers.outlierFactor;
        if (Array.isArray(metric.groups) && metric.groups.length > 0)
            settings.groups = metric.groups.map(String);
        const template = typeof query.customInlineTemplate === 'string' ? query.customInlineTemplate.replace(/^PromQL:/, '') : undefined;
        if (template)
            settings.query = template;
        else if (typeof query.metricName === 'string' && query.metricName)
            settings.query = `${query.metricName}{\${scope}}`;
        // Kayenta judges every metric it has data for; so does the default min-samples of 1 here.
        settings['min-samples'] = 1;
        metrics.push(metricFromSettings(name, settings, source));
    });
    const classifier = obj(json.classifier);
    const groupWeights = {};
    for (const [g, w] of Object.entries(obj(classifier.groupWeights))) {
        if (typeof w !== 'number' || !(w >= 0 && w <= 100))
            throw new errors/* UserError */.yo(`group weight must be a number from 0 to 100, got ${JSON.stringify(w)}`, { file: source, field: `classifier.groupWeights.${g}` });
        groupWeights[g] = w;
    }
    const thresholds = obj(classifier.scoreThresholds);
    const scoreThresholds = {};
    if (typeof thresholds.pass === 'number')
        scoreThresholds.pass = thresholds.pass;
    if (typeof thresholds.marginal === 'number')
        scoreThresholds.marginal = thresholds.marginal;
    return { metrics, groupWeights, scoreThresholds, source };
}

;// CONCATENATED MODULE: ./src/gates/canary-decision/config.ts
/**
 * Per-metric settings of canary-decision and how they are read: a YAML
 * mapping (inline, or a file) from metric name to settings, optionally with
 * group weights, or a Kayenta canary configuration JSON (kayenta-config.ts).
 *
 *   latency_ms:
 *     direction: increase        # which change is bad
 *     group: latency
 *     critical: true
 *     max: 500                   # absolute bound on the canary's statistic
 *     statistic: p99
 *     max-increase: 20           # canary − baseline ≤ 20
 *     tolerance: 0.25            # Kayenta's: the interval must clear 0.25 × |shift|
 *     effect-size-measure: cles  # or mean-ratio (the default), Kayenta's effectSize.measure
 *     allowed-increase: 0.6      # effect size a High needs (CLES here; 1 / ½ by default)
 *   converted:
 *     type: conversion           # 0/1 per request: Beta–Binomial probability
 *     direction: decrease
 *   group-weights: { latency: 60, business: 40 }   # optional, reserved key
 */






const DIRECTIONS = ['increase', 'decrease', 'either'];
const STATISTICS = ['mean', 'median', 'p90', 'p95', 'p99', 'min', 'max', 'sum'];
const EFFECT_SIZE_MEASURES = ['mean-ratio', 'cles'];
const finite = schemas/* number */.aig().refine(Number.isFinite, 'must be a finite number');
const effectThreshold = schemas/* number */.aig().refine(Number.isFinite, 'must be a finite number');
const metricSettings = schemas/* object */.Ikc({
    column: schemas/* string */.YjP().min(1).optional(),
    direction: schemas/* enum */.k5n(DIRECTIONS).default('either'),
    group: schemas/* string */.YjP().min(1).optional(),
    groups: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).optional(),
    critical: schemas/* boolean */.zMY().default(false),
    'report-only': schemas/* boolean */.zMY().default(false),
    'nan-strategy': schemas/* enum */.k5n(['remove', 'replace']).default('remove'),
    'must-have-data': schemas/* boolean */.zMY().default(false),
    'min-samples': schemas/* number */.aig().int().min(1).default(10),
    outliers: schemas/* enum */.k5n(['keep', 'remove']).default('keep'),
    'outlier-factor': schemas/* number */.aig().positive().default(3),
    tolerance: schemas/* number */.aig().min(0).refine(Number.isFinite, 'must be a finite number').default(0.25),
    'effect-size-measure': schemas/* enum */.k5n(EFFECT_SIZE_MEASURES).default('mean-ratio'),
    // Defaults depend on the measure (1 for mean-ratio, 0.5 for cles): filled in below.
    'allowed-increase': effectThreshold.optional(),
    'allowed-decrease': effectThreshold.optional(),
    'critical-increase': effectThreshold.optional(),
    'critical-decrease': effectThreshold.optional(),
    type: schemas/* enum */.k5n(['continuous', 'conversion']).default('continuous'),
    statistic: schemas/* enum */.k5n(STATISTICS).default('mean'),
    min: finite.optional(),
    max: finite.optional(),
    'max-increase': finite.min(0).optional(),
    'max-decrease': finite.min(0).optional(),
    query: schemas/* string */.YjP().min(1).optional(),
})
    .strict();
const groupWeightsSchema = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().min(0).max(100));
function issueText(issue) {
    return { path: issue.path.map(String).join('.'), message: issue.message };
}
function metricFromSettings(name, settings, source) {
    const parsed = metricSettings.safeParse(settings ?? {});
    if (!parsed.success) {
        const { path, message } = issueText(parsed.error.issues[0]);
        const key = parsed.error.issues[0].code === 'unrecognized_keys' ? parsed.error.issues[0].keys.join(', ') : path;
        throw new errors/* UserError */.yo(message, { file: source, field: `metric ${name}${key ? `.${key}` : ''}` });
    }
    const s = parsed.data;
    if (s.min !== undefined && s.max !== undefined && s.min > s.max) {
        throw new errors/* UserError */.yo(`min ${s.min} is above max ${s.max}`, { file: source, field: `metric ${name}` });
    }
    // Kayenta's defaults: no change (ratio 1, or CLES ½) is the threshold unless one is set.
    const measure = s['effect-size-measure'];
    const neutral = measure === 'cles' ? 0.5 : 1;
    const effect = {
        allowedIncrease: s['allowed-increase'] ?? neutral,
        allowedDecrease: s['allowed-decrease'] ?? neutral,
        criticalIncrease: s['critical-increase'] ?? neutral,
        criticalDecrease: s['critical-decrease'] ?? neutral,
    };
    for (const [key, value] of [
        ['allowed-increase', s['allowed-increase']],
        ['allowed-decrease', s['allowed-decrease']],
        ['critical-increase', s['critical-increase']],
        ['critical-decrease', s['critical-decrease']],
    ]) {
        if (value === undefined)
            continue;
        const ok = measure === 'cles' ? value >= 0 && value <= 1 : value > 0;
        if (!ok) {
            const what = measure === 'cles' ? 'a probability from 0 to 1 (effect-size-measure cles)' : 'a positive ratio of means';
            throw new errors/* UserError */.yo(`must be ${what}, got ${value}`, { file: source, field: `metric ${name}.${key}` });
        }
    }
    if (s['critical-increase'] !== undefined && effect.allowedIncrease > effect.criticalIncrease) {
        throw new errors/* UserError */.yo('critical-increase must be at least allowed-increase', { file: source, field: `metric ${name}` });
    }
    return {
        name,
        column: s.column ?? name,
        direction: s.direction,
        groups: s.groups ?? [s.group ?? 'default'],
        critical: s.critical,
        reportOnly: s['report-only'],
        nanStrategy: s['nan-strategy'],
        mustHaveData: s['must-have-data'],
        minSamples: s['min-samples'],
        outliers: s.outliers,
        outlierFactor: s['outlier-factor'],
        tolerance: s.tolerance,
        effectSizeMeasure: measure,
        ...effect,
        type: s.type,
        statistic: s.statistic,
        min: s.min,
        max: s.max,
        maxIncrease: s['max-increase'],
        maxDecrease: s['max-decrease'],
        query: s.query,
    };
}
/** A parsed YAML/JSON value (metric name → settings, or a Kayenta configuration). */
function parseCanaryConfig(value, source) {
    if (value === null || value === undefined)
        return { metrics: [], groupWeights: {}, source };
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* UserError */.yo('expected a mapping of metric names to settings, or a Kayenta canary configuration', { file: source });
    }
    const obj = value;
    if (Array.isArray(obj.metrics) && (obj.classifier !== undefined || obj.judge !== undefined || obj.configVersion !== undefined || obj.metrics.every((m) => m && typeof m === 'object' && 'name' in m))) {
        return fromKayentaConfig(obj, source);
    }
    let groupWeights = {};
    const metrics = [];
    for (const [name, settings] of Object.entries(obj)) {
        if (name === 'group-weights') {
            const parsed = groupWeightsSchema.safeParse(settings);
            if (!parsed.success) {
                const { path, message } = issueText(parsed.error.issues[0]);
                throw new errors/* UserError */.yo(message, { file: source, field: `group-weights${path ? `.${path}` : ''}` });
            }
            groupWeights = parsed.data;
            continue;
        }
        metrics.push(metricFromSettings(name, settings, source));
    }
    return { metrics, groupWeights, source };
}
/**
 * The `config` input: inline YAML (a mapping), or the path of a YAML/JSON
 * file. A string without a newline or colon is taken as a path.
 */
async function loadCanaryConfig(input, cwd) {
    if (input === undefined || input === null || input === '')
        return { metrics: [], groupWeights: {}, source: 'input config' };
    if (typeof input === 'string') {
        const looksLikePath = !/[\n:{]/.test(input.trim());
        if (looksLikePath) {
            const path = input.trim();
            let text;
            try {
                text = await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, path), 'utf8');
            }
            catch (err) {
                const code = err.code;
                throw new errors/* UserError */.yo(code === 'ENOENT' ? 'configuration file not found' : `cannot read configuration file (${code})`, { file: path });
            }
            let value;
            try {
                value = (0,yaml/* parseYaml */.hN)(text, { file: path });
            }
            catch (err) {
                if (err instanceof errors/* UserError */.yo)
                    throw err;
                const e = err;
                throw new errors/* UserError */.yo(`invalid YAML/JSON: ${e.message.split('\n')[0]}`, { file: path, line: e.linePos?.[0]?.line });
            }
            return parseCanaryConfig(value, path);
        }
        try {
            return parseCanaryConfig((0,yaml/* parseYaml */.hN)(input, { field: 'input config' }), 'input config');
        }
        catch (err) {
            if (err instanceof errors/* UserError */.yo)
                throw err;
            throw new errors/* UserError */.yo(`invalid YAML: ${err.message.split('\n')[0]}`, { field: 'input config' });
        }
    }
    return parseCanaryConfig(input, 'input config');
}

;// CONCATENATED MODULE: ./src/stats/canary/beta-probability-greater.ts
/**
 * P(X > Y) for independent X ~ Beta(a1, b1) and Y ~ Beta(a2, b2) with
 * positive integer parameters: with uniform Beta(1, 1) priors and binomial
 * counts (s successes, f failures per variant, parameters 1 + s and 1 + f),
 * the posterior probability that the canary's rate is higher than the
 * baseline's — the Beta–Binomial model of Bayesian A/B testing.
 *
 * Definition: P(X > Y) = ∫₀¹ f_Y(q) · (1 − F_X(q)) dq.
 *
 * Method: the closed form for an integer parameter (Miller 2015; Cook 2005
 * for the same sum): with A ~ Beta(αA, βA), B ~ Beta(αB, βB), αB an integer,
 *   P(B > A) = Σ_{i=0}^{αB−1} t_i,
 *   t_i = B(αA + i, βA + βB) / ((βB + i) · B(1 + i, βB) · B(αA, βA)).
 * Consecutive terms have a rational ratio and the first is a product:
 *   t_0 = B(αA, βA + βB) / B(αA, βA) = Π_{k=0}^{αA−1} (βA + k) / (βA + βB + k),
 *   t_{i+1} / t_i = (αA + i)(βB + i) / ((αA + βA + βB + i)(1 + i)),
 * so the sum takes only multiplications (no log-gamma, whose absolute error
 * grows with the counts), with a power-of-two scale kept apart so that
 * terms below the smallest double are not lost. Every factor is a ratio of
 * exact integers, so the relative error is about (number of factors) × 2⁻⁵³.
 *
 * Of the four equivalent sums (swap the variables: P(X > Y) = 1 − P(Y > X);
 * reflect them: P(X > Y) = P(1 − Y > 1 − X), 1 − X ~ Beta(b1, a1)) the one
 * over the smallest parameter is taken, and its first term from the shorter
 * product (Γ(βA + βB)Γ(αA + βA) / (Γ(αA + βA + βB)Γ(βA)) is also
 * Π_{k=0}^{βB−1} (βA + k) / (αA + βA + k)). The cost is O(min(a1, b1, a2, b2)
 * + min(…)) multiplications, so millions of requests stay cheap.
 *
 * References:
 * - E. Miller, "Formulas for Bayesian A/B testing", 2015,
 *   https://www.evanmiller.org/bayesian-ab-testing.html (the sum).
 * - J. D. Cook, "Exact calculation of beta inequalities", UT MD Anderson
 *   technical report, 2005 (recurrences for integer parameters).
 * - A. Gelman et al., "Bayesian Data Analysis", 3rd ed., 2013, §2.4
 *   (beta-binomial conjugacy).
 */
const SCALE_LIMIT = 2 ** 500;
const LOG2_SCALE_LIMIT = 500;
/** A positive number m · 2^e, so that long products neither overflow nor underflow. */
class Scaled {
    m = 1;
    e = 0;
    times(f) {
        this.m *= f;
        if (this.m < 1 / SCALE_LIMIT) {
            this.m *= SCALE_LIMIT;
            this.e -= LOG2_SCALE_LIMIT;
        }
        else if (this.m > SCALE_LIMIT) {
            this.m /= SCALE_LIMIT;
            this.e += LOG2_SCALE_LIMIT;
        }
    }
    value() {
        // 2^e may underflow to 0 for a term far below the sum's precision: then it counts nothing.
        return this.e < -1100 ? 0 : this.m * 2 ** this.e;
    }
}
/** P(B > A), A ~ Beta(αA, βA), B ~ Beta(αB, βB), all positive integers: the sum over αB terms. */
function probabilityBGreater(alphaA, betaA, alphaB, betaB) {
    const term = new Scaled();
    if (alphaA <= betaB)
        for (let k = 0; k < alphaA; k++)
            term.times((betaA + k) / (betaA + betaB + k));
    else
        for (let k = 0; k < betaB; k++)
            term.times((betaA + k) / (alphaA + betaA + k));
    let sum = 0;
    for (let i = 0; i < alphaB; i++) {
        sum += term.value();
        term.times(((alphaA + i) * (betaB + i)) / ((alphaA + betaA + betaB + i) * (1 + i)));
    }
    return sum;
}
function betaProbabilityGreater(a1, b1, a2, b2) {
    for (const v of [a1, b1, a2, b2]) {
        if (!(Number.isSafeInteger(v) && v >= 1))
            throw new RangeError(`betaProbabilityGreater: needs positive integer parameters, got ${a1}, ${b1}, ${a2}, ${b2}`);
    }
    const shortest = Math.min(a1, b1, a2, b2);
    let p;
    if (shortest === a1)
        p = probabilityBGreater(a2, b2, a1, b1); // P(X > Y) directly
    else if (shortest === b2)
        p = probabilityBGreater(b1, a1, b2, a2); // P(1 − Y > 1 − X)
    else if (shortest === a2)
        p = 1 - probabilityBGreater(a1, b1, a2, b2); // 1 − P(Y > X)
    else
        p = 1 - probabilityBGreater(b2, a2, b1, a1); // 1 − P(1 − X > 1 − Y)
    return Math.min(1, Math.max(0, p));
}

// EXTERNAL MODULE: ./src/stats/distributions/normal.ts + 1 modules
var normal = __webpack_require__(39172);
// EXTERNAL MODULE: ./src/stats/rank/mann-whitney-exact.ts
var mann_whitney_exact = __webpack_require__(39671);
;// CONCATENATED MODULE: ./src/stats/canary/pairwise-difference-order-statistic.ts
/**
 * The k-th smallest of the n1·n2 pairwise differences x_i − y_j of two
 * ascending samples, without forming them all.
 *
 * Definition: D_(k), 1 ≤ k ≤ n1·n2, the k-th order statistic of
 * { x_i − y_j }. The Hodges–Lehmann shift estimate and the bounds of its
 * distribution-free confidence interval are such order statistics
 * (Lehmann 1963; Bauer 1972).
 *
 * Method: count(d) = #{(i, j): x_i − y_j ≤ d} takes one merged pass over the
 * sorted samples (O(n1 + n2)), because the boundary index j moves one way
 * as i grows. A bracket lo < D_(k) ≤ hi is narrowed by interpolating on
 * the counts (the count is close to a smooth distribution function for
 * large samples), with a bisection whenever interpolation stalls; once the
 * bracket holds few enough differences they are listed and sorted. Once the
 * differences left in the bracket agree to 1e-12 relative (they can only
 * differ by the rounding of x_i − y_j), its upper end is returned. The
 * comparisons use the floating-point difference x_i − y_j itself, so the
 * result is exactly one of the differences.
 *
 * References:
 * - J. F. Monahan, "Algorithm 616: fast computation of the Hodges–Lehmann
 *   location estimator", ACM TOMS 10 (1984) 265–270 (selection among
 *   pairwise values by narrowing per-row bounds).
 * - D. B. Johnson, T. Mizoguchi, "Selecting the kth element in X + Y and
 *   X1 + X2 + … + Xm", SIAM J. Comput. 7 (1978) 147–153.
 */
function countAtMost(xs, ys, d) {
    const n2 = ys.length;
    let j = 0; // first j with x_i − y_j ≤ d; non-decreasing in i
    let count = 0;
    let below = -Infinity;
    let above = Infinity;
    for (let i = 0; i < xs.length; i++) {
        const x = xs[i];
        while (j < n2 && x - ys[j] > d)
            j++;
        count += n2 - j;
        // Differences fall as j grows: row i's largest ≤ d is at j, its smallest > d at j − 1.
        if (j < n2 && x - ys[j] > below)
            below = x - ys[j];
        if (j > 0 && x - ys[j - 1] < above)
            above = x - ys[j - 1];
    }
    return { count, below, above };
}
/** The differences in (lo, hi], sorted. */
function listBetween(xs, ys, lo, hi, size) {
    const out = new Float64Array(size);
    let m = 0;
    const n2 = ys.length;
    let jHi = 0; // first j with x_i − y_j ≤ hi
    let jLo = 0; // first j with x_i − y_j ≤ lo
    for (let i = 0; i < xs.length; i++) {
        const x = xs[i];
        while (jHi < n2 && x - ys[jHi] > hi)
            jHi++;
        while (jLo < n2 && x - ys[jLo] > lo)
            jLo++;
        for (let j = jHi; j < jLo; j++)
            out[m++] = x - ys[j];
    }
    const list = out.subarray(0, m);
    list.sort();
    return list;
}
function pairwise_difference_order_statistic_select(xs, ys, k, probes) {
    const n1 = xs.length;
    const n2 = ys.length;
    const total = n1 * n2;
    // Invariant: count(lo) < k ≤ count(hi), hi is a difference, and loNext is
    // the smallest difference above lo: when it is hi, D_(k) = hi. Start from
    // the tightest bracket earlier probes give.
    let lo = -Infinity;
    let cLo = 0;
    let loNext = xs[0] - ys[n2 - 1];
    let hi = xs[n1 - 1] - ys[0];
    let cHi = total;
    for (const p of probes) {
        if (p.count < k && p.at >= lo) {
            lo = p.at;
            cLo = p.count;
            loNext = p.above;
        }
        else if (p.count >= k && p.at < hi) {
            hi = p.at;
            cHi = p.count;
        }
    }
    if (lo === -Infinity) {
        // Below the smallest difference nothing counts.
        const first = countAtMost(xs, ys, loNext);
        probes.push({ at: loNext, count: first.count, above: first.above });
        if (first.count >= k)
            return loNext;
        lo = loNext;
        cLo = first.count;
        loNext = first.above;
    }
    const limit = Math.max(1 << 16, 2 * (n1 + n2));
    // Illinois-style regula falsi on f(d) = count(d) − k + ½ (the count is
    // close to a smooth distribution function for large samples), with a
    // bisection whenever three steps in a row failed to halve the bracket.
    let fLo = cLo - k + 0.5;
    let fHi = cHi - k + 0.5;
    let lastSide = 0;
    let slow = 0;
    for (;;) {
        if (loNext === hi)
            return hi;
        if (cHi - cLo <= limit) {
            const between = listBetween(xs, ys, lo, hi, cHi - cLo);
            return between[k - cLo - 1];
        }
        // Every difference in (lo, hi] lies in [loNext, hi]; differences that
        // agree to 12 significant digits differ only by the rounding of x_i − y_j.
        if (hi - loNext <= 1e-12 * Math.max(Math.abs(loNext), Math.abs(hi)))
            return hi;
        let d = slow >= 3 ? lo + (hi - lo) / 2 : (lo * fHi - hi * fLo) / (fHi - fLo);
        if (!(d > lo && d < hi))
            d = lo + (hi - lo) / 2;
        // lo and hi adjacent doubles: every difference in (lo, hi] equals hi.
        if (!(d > lo && d < hi))
            return hi;
        const c = countAtMost(xs, ys, d);
        const before = cHi - cLo;
        if (c.count >= k) {
            hi = c.below;
            cHi = c.count;
            // No difference lies in (below, d], so the smallest above `below` is the smallest above d.
            probes.push({ at: hi, count: cHi, above: c.above });
            fHi = cHi - k + 0.5;
            if (lastSide === 1)
                fLo /= 2;
            lastSide = 1;
        }
        else {
            lo = d;
            cLo = c.count;
            loNext = c.above;
            probes.push({ at: lo, count: cLo, above: loNext });
            fLo = cLo - k + 0.5;
            if (lastSide === -1)
                fHi /= 2;
            lastSide = -1;
        }
        slow = cHi - cLo > before / 2 ? slow + 1 : 0;
        if (slow > 3)
            slow = 0;
    }
}
/** Several order statistics D_(k) at once; those close together share most of the counting. */
function pairwiseDifferenceOrderStatistics(xs, ys, ks) {
    const total = xs.length * ys.length;
    for (const k of ks) {
        if (total === 0 || !(k >= 1 && k <= total) || !Number.isInteger(k)) {
            throw new RangeError(`pairwiseDifferenceOrderStatistic: k = ${k} outside 1..${total}`);
        }
    }
    const probes = [];
    return ks.map((k) => (k === total ? xs[xs.length - 1] - ys[0] : pairwise_difference_order_statistic_select(xs, ys, k, probes)));
}
function pairwiseDifferenceOrderStatistic(xs, ys, k) {
    return pairwiseDifferenceOrderStatistics(xs, ys, [k])[0];
}

;// CONCATENATED MODULE: ./src/stats/canary/hodges-lehmann.ts
/**
 * Hodges–Lehmann estimate of the shift between two samples, with its
 * distribution-free confidence interval, as R's
 * `wilcox.test(x, y, conf.int = TRUE, conf.level, correct = TRUE)` computes
 * them (R ≥ 4, src/library/stats/R/wilcox.test.R, two-sided).
 *
 * Definition: the estimate of Δ in "x is distributed as y + Δ" is the median
 * of the n1·n2 pairwise differences x_i − y_j (Hodges & Lehmann 1963). The
 * interval is the set of shifts Δ that the two-sided Wilcoxon rank-sum test
 * of x − Δ against y does not reject at level α = 1 − confidence (Lehmann
 * 1975, §2.6); its bounds are order statistics of the differences:
 *
 * - exact (R's default when n1 < 50, n2 < 50 and there are no ties):
 *   with q the α/2 quantile of the exact null distribution of U
 *   (R's qwilcox; 1 if it is 0), the interval is [D_(q), D_(n1n2 − q + 1)]
 *   and the estimate is median(D).
 * - asymptotic (otherwise): R finds the Δ where the continuity-corrected
 *   standardized statistic (dz − sign(dz)/2)/σ crosses ±z_{1−α/2}, with
 *   dz = U(Δ) − n1n2/2 and σ² tie-corrected as in the Mann–Whitney test,
 *   using uniroot (tolerance 1e-4) on that step function. Between two
 *   consecutive differences dz = n1n2/2 − r is constant, so the crossing is
 *   exactly at a difference D_(r), with r solved in closed form; this
 *   returns the jump point itself rather than uniroot's approximation of it
 *   (they agree within R's tolerance). The estimate (correct = FALSE, z = 0)
 *   is the crossing of dz = 0, i.e. median(D) (when n1n2 is even R's
 *   uniroot returns some point between the two middle differences; the
 *   midpoint is the definition's value).
 * If every value of both samples is equal, σ = 0 and R stops; here the
 * interval and estimate are all 0 (no shift), which is what the data say.
 *
 * References:
 * - J. L. Hodges, E. L. Lehmann, "Estimates of location based on rank
 *   tests", Ann. Math. Statist. 34 (1963) 598–611.
 * - D. F. Bauer, "Constructing confidence sets using rank statistics",
 *   JASA 67 (1972) 687–690.
 * - R Core Team, wilcox.test, https://stat.ethz.ch/R-manual/R-devel/library/stats/html/wilcox.test.html
 */



function ascending(a, sorted) {
    if (sorted && a instanceof Float64Array)
        return a;
    const s = Float64Array.from(a);
    s.sort();
    return s;
}
/** Σ(t³ − t) over runs of equal values in an ascending array. */
function tieTerm(s) {
    let sum = 0;
    let i = 0;
    while (i < s.length) {
        let j = i + 1;
        while (j < s.length && s[j] === s[i])
            j++;
        const t = j - i;
        if (t > 1)
            sum += t * t * t - t;
        i = j;
    }
    return sum;
}
/** Whether the pooled sample has two equal values (ascending inputs). */
function hasTies(xs, ys) {
    for (let i = 1; i < xs.length; i++)
        if (xs[i] === xs[i - 1])
            return true;
    for (let i = 1; i < ys.length; i++)
        if (ys[i] === ys[i - 1])
            return true;
    let i = 0;
    let j = 0;
    while (i < xs.length && j < ys.length) {
        if (xs[i] === ys[j])
            return true;
        if (xs[i] < ys[j])
            i++;
        else
            j++;
    }
    return false;
}
/** R's qwilcox(p, m, n): the smallest q with P(U ≤ q) ≥ p. */
function wilcoxQuantile(p, m, n) {
    let lo = 0;
    let hi = m * n;
    while (lo < hi) {
        const mid = Math.floor((lo + hi) / 2);
        if ((0,mann_whitney_exact/* mannWhitneyExactCdf */.F)(mid, m, n) >= p * (1 - 64 * Number.EPSILON))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}
function hodgesLehmann(x, y, options = {}) {
    const confidence = options.confidence ?? 0.95;
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`hodgesLehmann: confidence ${confidence} outside (0, 1)`);
    const n1 = x.length;
    const n2 = y.length;
    const requested = options.method ?? 'auto';
    if (n1 === 0 || n2 === 0)
        return { estimate: NaN, ciLow: NaN, ciHigh: NaN, method: requested === 'exact' ? 'exact' : 'asymptotic' };
    const xs = ascending(x, options.sorted);
    const ys = ascending(y, options.sorted);
    for (const s of [xs, ys])
        if (Number.isNaN(s[s.length - 1]) || Number.isNaN(s[0]))
            throw new RangeError('hodgesLehmann: NaN in a sample');
    const alpha = 1 - confidence;
    const total = n1 * n2;
    const method = requested !== 'auto' ? requested : n1 < 50 && n2 < 50 && !hasTies(xs, ys) ? 'exact' : 'asymptotic';
    const clamp = (k) => Math.min(total, Math.max(1, k));
    // The median of the differences, then the two interval ends, in one selection run.
    const middle = total % 2 === 1 ? [(total + 1) / 2, (total + 1) / 2] : [total / 2, total / 2 + 1];
    const stats = (low, high) => {
        const [m1, m2, a, b] = pairwiseDifferenceOrderStatistics(xs, ys, [...middle, clamp(low), clamp(high)]);
        return { estimate: (m1 + m2) / 2, ciLow: a, ciHigh: b };
    };
    if (method === 'exact') {
        let q = wilcoxQuantile(alpha / 2, n1, n2);
        if (q === 0)
            q = 1;
        return { ...stats(q, total - q + 1), method };
    }
    const n = n1 + n2;
    const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - (tieTerm(xs) + tieTerm(ys)) / (n * (n - 1))));
    if (sigma === 0 || xs[0] === xs[n1 - 1] && ys[0] === ys[n2 - 1] && xs[0] === ys[0]) {
        return { estimate: 0, ciLow: 0, ciHigh: 0, method };
    }
    const z = (0,normal/* normalQuantile */.Zl)(1 - alpha / 2);
    // Smallest r at which (dz − sign(dz)/2)/σ ≤ t, dz = n1n2/2 − r (non-increasing in r).
    const crossing = (t) => {
        const bound = t * sigma;
        const r = bound >= 0 ? Math.ceil(total / 2 - bound - 0.5) : Math.ceil(total / 2 - bound + 0.5);
        return Math.min(total, Math.max(0, r));
    };
    return { ...stats(crossing(z), crossing(-z)), method };
}

;// CONCATENATED MODULE: ./src/stats/canary/mixture-sprt.ts
function mixtureSprt(input) {
    const { estimate, variance, mixingVariance } = input;
    const theta0 = input.null ?? 0;
    const previous = input.previousPValue ?? 1;
    if (!(variance > 0) || !(mixingVariance > 0) || !Number.isFinite(estimate)) {
        // No information at this look: the p-value stays where it was.
        return { likelihoodRatio: NaN, pValue: previous };
    }
    const v = variance;
    const t2 = mixingVariance;
    const d = estimate - theta0;
    const logLambda = 0.5 * Math.log(v / (v + t2)) + (t2 * d * d) / (2 * v * (v + t2));
    const likelihoodRatio = Math.exp(logLambda);
    const pValue = Math.min(previous, Math.min(1, Math.exp(-logLambda)));
    return { likelihoodRatio, pValue };
}

// EXTERNAL MODULE: ./src/stats/rank/mann-whitney-u.ts
var mann_whitney_u = __webpack_require__(67495);
;// CONCATENATED MODULE: ./src/gates/canary-decision/effect-size.ts
function meanRatio(canaryMean, baselineMean) {
    return canaryMean === 0 || baselineMean === 0 ? NaN : canaryMean / baselineMean;
}
function measured(effect, measure) {
    return measure === 'cles' ? effect.cles : effect.meanRatio;
}
/** effect ≥ threshold, or an effect size that cannot be computed (Kayenta ignores it then). */
function reaches(effect, threshold) {
    return Number.isNaN(effect) || effect >= threshold;
}
/** effect ≤ threshold, or an effect size that cannot be computed. */
function fallsTo(effect, threshold) {
    return Number.isNaN(effect) || effect <= threshold;
}

;// CONCATENATED MODULE: ./src/gates/canary-decision/statistic.ts
function quantileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return NaN;
    const h = (n - 1) * q;
    const lo = Math.floor(h);
    const hi = Math.min(n - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
function sampleStatistic(sorted, name) {
    const n = sorted.length;
    if (n === 0)
        return NaN;
    switch (name) {
        case 'mean':
        case 'sum': {
            let s = 0;
            for (let i = 0; i < n; i++)
                s += sorted[i];
            return name === 'sum' ? s : s / n;
        }
        case 'median':
            return quantileSorted(sorted, 0.5);
        case 'p90':
            return quantileSorted(sorted, 0.9);
        case 'p95':
            return quantileSorted(sorted, 0.95);
        case 'p99':
            return quantileSorted(sorted, 0.99);
        case 'min':
            return sorted[0];
        case 'max':
            return sorted[n - 1];
    }
}

;// CONCATENATED MODULE: ./src/gates/canary-decision/histogram.ts
/**
 * Canary and baseline histograms on shared bins, for the report's small
 * distribution chart. The bins span the pooled 1st–99th percentiles so that
 * a few outliers do not squash the picture; values outside land in the end
 * bins.
 */

const HISTOGRAM_BINS = 16;
function counts(sorted, lo, width, bins) {
    const out = new Array(bins).fill(0);
    for (let i = 0; i < sorted.length; i++) {
        const k = width > 0 ? Math.floor((sorted[i] - lo) / width) : 0;
        out[Math.min(bins - 1, Math.max(0, k))]++;
    }
    // Shares, so variants of different sizes compare.
    return out.map((c) => c / sorted.length);
}
function histogramPair(canary, baseline, bins = HISTOGRAM_BINS) {
    const lo = Math.min(quantileSorted(canary, 0.01), quantileSorted(baseline, 0.01));
    const hi = Math.max(quantileSorted(canary, 0.99), quantileSorted(baseline, 0.99));
    const width = (hi - lo) / bins;
    const edges = Array.from({ length: bins + 1 }, (_, i) => lo + i * width);
    return { edges, canary: counts(canary, lo, width, bins), baseline: counts(baseline, lo, width, bins) };
}

;// CONCATENATED MODULE: ./src/gates/canary-decision/classify-metric.ts
/**
 * The judgment of one metric, after Kayenta's NetflixACAJudge
 * (MannWhitneyClassifier), made deterministic. Rules, in order:
 *
 * 1. Fewer values than min-samples in either variant (none at all, with
 *    Kayenta's configurations): `Nodata`. With nan-strategy `replace`, an
 *    empty metric passes instead (Kayenta). A critical metric without any
 *    data fails the canary (Kayenta: critical and not Pass); one with some
 *    data, but too little, blocks promotion like any other.
 * 2. Identical samples, or one value repeated in both: `Pass`, mean ratio 1.
 *    Kayenta adds random noise to two constant samples before its test;
 *    here the tie-corrected test handles them, so the judgment never changes
 *    between two runs on the same data.
 * 3. Mann–Whitney U and the Hodges–Lehmann interval [lo, hi] of the shift
 *    (canary − baseline) at `confidence`; with e the estimate, t the
 *    metric's tolerance and E the effect size (mean ratio or CLES,
 *    effect-size.ts; NaN skips its comparison):
 *      High  if direction ∈ {increase, either}, the set lies above t·|e|, E ≥ allowed-increase
 *      Low   if direction ∈ {decrease, either}, the set lies below −t·|e|, E ≤ allowed-decrease
 *      Pass  otherwise.
 *    "The set lies above t·|e|" is lo > t·|e| (Kayenta), or — when that
 *    end equals the bound, which happens when e and lo are both 0 because
 *    most pairwise differences tie at 0 (zero-inflated metrics) — when the
 *    test of shift 0 rejects with the canary higher: the confidence set is
 *    the shifts the test does not reject, so an end at which it rejects is
 *    not in the set. (Kayenta's root finder lands just inside the open end,
 *    a hair above 0, and calls such a metric High.) Likewise for Low.
 *    A critical metric's High (Low) with E ≥ critical-increase
 *    (E ≤ critical-decrease) is a critical failure.
 * 4. Sequential mode: the always-valid mSPRT p-value of the difference of
 *    means replaces the interval test: High/Low when p ≤ 1 − confidence,
 *    the change is in a bad direction and meets the allowed effect size.
 * 5. Conversion metrics (0/1 values): P(canary rate better) under the
 *    Beta–Binomial model with uniform priors; Pass when it reaches
 *    `promote-probability`, High/Low when the probability of being worse
 *    does, else `Inconclusive` (there are data, but not enough evidence
 *    either way; it blocks promotion).
 * 6. Bounds and relative rules (Flagger-style) on the chosen statistic:
 *    a violated `max` or `max-increase` makes the metric High, a violated
 *    `min` or `max-decrease` Low, whatever the test said.
 */









/**
 * The shift interval the judge uses: the Hodges–Lehmann estimate and the
 * interval of R's wilcox.test (hodges-lehmann.ts), on ascending samples.
 */
function shiftInterval(canary, baseline, confidence) {
    return hodgesLehmann(canary, baseline, { confidence, sorted: true });
}
function mean(a) {
    let s = 0;
    for (let i = 0; i < a.length; i++)
        s += a[i];
    return s / a.length;
}
function variance(a, m) {
    let s = 0;
    for (let i = 0; i < a.length; i++)
        s += (a[i] - m) * (a[i] - m);
    return a.length > 1 ? s / (a.length - 1) : 0;
}
function sameSorted(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
function finiteOrNull(v) {
    return Number.isFinite(v) ? v : null;
}
function evaluateRules(metric, canary, baseline) {
    const rules = [];
    const stat = metric.statistic;
    if (metric.min === undefined && metric.max === undefined && metric.maxIncrease === undefined && metric.maxDecrease === undefined)
        return rules;
    const c = sampleStatistic(canary, stat);
    const b = sampleStatistic(baseline, stat);
    if (metric.max !== undefined)
        rules.push({ rule: 'max', statistic: stat, value: c, limit: metric.max, ok: c <= metric.max });
    if (metric.min !== undefined)
        rules.push({ rule: 'min', statistic: stat, value: c, limit: metric.min, ok: c >= metric.min });
    if (metric.maxIncrease !== undefined)
        rules.push({ rule: 'max-increase', statistic: stat, value: c - b, limit: metric.maxIncrease, ok: c - b <= metric.maxIncrease });
    if (metric.maxDecrease !== undefined)
        rules.push({ rule: 'max-decrease', statistic: stat, value: c - b, limit: -metric.maxDecrease, ok: c - b >= -metric.maxDecrease });
    return rules;
}
/** Four significant digits for reasons; 0 as "0". */
function sig(v) {
    return v === 0 ? '0' : v.toPrecision(4);
}
/** "mean ratio 2.590" or "CLES 0.5310", for reasons. */
function effectText(metric, effect) {
    const v = measured(effect, metric.effectSizeMeasure);
    const name = metric.effectSizeMeasure === 'cles' ? 'CLES' : 'mean ratio';
    return Number.isNaN(v) ? `${name} undefined (a mean is 0)` : `${name} ${sig(v)}`;
}
/**
 * Rule 3: the Mann–Whitney classifier on the Hodges–Lehmann interval, with
 * the open-end reading of an interval end that equals the bound.
 */
function judgeShift(metric, hl, test, effect, alpha) {
    const margin = metric.tolerance * Math.abs(hl.estimate);
    const e = measured(effect, metric.effectSizeMeasure);
    const rejectsNoShift = test.pValue < alpha;
    const canaryHigher = test.statistic > test.n1n2 / 2;
    const canaryLower = test.statistic < test.n1n2 / 2;
    // An end equal to the bound (both 0: the median and that end of the differences are ties at 0)
    // is outside the confidence set when the test of shift 0 rejects: the set lies strictly beyond it.
    const openAbove = hl.ciLow === margin && margin === 0 && rejectsNoShift && canaryHigher;
    const openBelow = hl.ciHigh === -margin && margin === 0 && rejectsNoShift && canaryLower;
    const aboveBound = hl.ciLow > margin || openAbove;
    const belowBound = hl.ciHigh < -margin || openBelow;
    const interval = `[${sig(hl.ciLow)}, ${sig(hl.ciHigh)}]`;
    const tied = (side) => `shift estimate 0 and interval ${interval}: most pairs tie at 0, and Mann–Whitney p = ${test.pValue.toPrecision(3)} < ${alpha.toPrecision(3)} ` +
        `rejects no change with the canary ${side} (CLES ${sig(effect.cles)})`;
    if (metric.direction !== 'decrease' && aboveBound && reaches(e, metric.allowedIncrease)) {
        const why = openAbove ? tied('higher') : `interval ${interval} above ${sig(margin)} (tolerance ${metric.tolerance} × |shift ${sig(hl.estimate)}|)`;
        return { classification: 'High', reason: `${why}, ${effectText(metric, effect)}` };
    }
    if (metric.direction !== 'increase' && belowBound && fallsTo(e, metric.allowedDecrease)) {
        const why = openBelow ? tied('lower') : `interval ${interval} below ${sig(-margin)} (tolerance ${metric.tolerance} × |shift ${sig(hl.estimate)}|)`;
        return { classification: 'Low', reason: `${why}, ${effectText(metric, effect)}` };
    }
    return { classification: 'Pass', reason: '' };
}
function classifyMetric(metric, canaryIn, baselineIn, options) {
    const canary = Float64Array.from(canaryIn).sort();
    const baseline = Float64Array.from(baselineIn).sort();
    const nCanary = canary.length;
    const nBaseline = baseline.length;
    const base = {
        name: metric.name,
        group: metric.groups[0],
        groups: metric.groups,
        classification: 'Pass',
        reason: '',
        criticalFailure: false,
        scoring: metric.reportOnly ? 'report-only' : 'judged',
        method: 'none',
        canaryMean: nCanary ? mean(canary) : null,
        baselineMean: nBaseline ? mean(baseline) : null,
        ratio: null,
        cles: null,
        estimate: null,
        ciLow: null,
        ciHigh: null,
        pValue: null,
        probabilityBetter: null,
        nCanary,
        nBaseline,
        rules: [],
        histogram: nCanary && nBaseline ? histogramPair(canary, baseline) : null,
    };
    // 1. No data, or too little.
    if (nCanary === 0 || nBaseline === 0 || nCanary < metric.minSamples || nBaseline < metric.minSamples) {
        const empty = nCanary === 0 || nBaseline === 0;
        if (empty && metric.nanStrategy === 'replace')
            return { ...base, reason: 'no data; nan-strategy replace passes it (as Kayenta)' };
        const which = nCanary < nBaseline ? 'canary' : 'baseline';
        // Kayenta fails the canary when a critical metric has no data (critical and not Pass).
        const criticalFailure = empty && metric.critical && !metric.reportOnly;
        const reason = empty
            ? `no ${which} data${criticalFailure ? '; a critical metric must have data' : ''}`
            : `${Math.min(nCanary, nBaseline)} ${which} values, fewer than min-samples ${metric.minSamples}`;
        return {
            ...base,
            classification: 'Nodata',
            reason,
            criticalFailure,
            scoring: metric.reportOnly ? 'report-only' : metric.mustHaveData ? 'nodata-fail' : 'nodata',
        };
    }
    const canaryMean = base.canaryMean;
    const baselineMean = base.baselineMean;
    const result = { ...base, rules: evaluateRules(metric, canary, baseline) };
    const mw = (0,mann_whitney_u/* mannWhitneyU */.K)(canary, baseline, { sorted: true });
    result.pValue = finiteOrNull(mw.pValue);
    const effect = { meanRatio: meanRatio(canaryMean, baselineMean), cles: mw.statistic / (nCanary * nBaseline) };
    result.ratio = finiteOrNull(effect.meanRatio);
    result.cles = finiteOrNull(effect.cles);
    const e = measured(effect, metric.effectSizeMeasure);
    let classification = 'Pass';
    let reason = '';
    const increaseBad = metric.direction !== 'decrease';
    const decreaseBad = metric.direction !== 'increase';
    if (metric.type === 'conversion') {
        result.method = 'beta-binomial';
        let sC = 0;
        let sB = 0;
        for (const [arr, add] of [[canary, (v) => (sC += v)], [baseline, (v) => (sB += v)]]) {
            for (let i = 0; i < arr.length; i++) {
                const v = arr[i];
                if (v !== 0 && v !== 1)
                    throw new errors/* UserError */.yo(`a conversion metric takes 0/1 values, got ${v}`, { field: `metric ${metric.name}` });
                add(v);
            }
        }
        const pGreater = betaProbabilityGreater(1 + sC, 1 + nCanary - sC, 1 + sB, 1 + nBaseline - sB);
        const pC = sC / nCanary;
        const pB = sB / nBaseline;
        const z = (0,normal/* normalQuantile */.Zl)(1 - (1 - options.confidence) / 2);
        const se = Math.sqrt((pC * (1 - pC)) / nCanary + (pB * (1 - pB)) / nBaseline);
        result.estimate = pC - pB;
        result.ciLow = pC - pB - z * se;
        result.ciHigh = pC - pB + z * se;
        const threshold = options.promoteProbability;
        // "Better" is the direction that is not bad; with `either` any clear change is bad.
        const pBetter = metric.direction === 'increase' ? 1 - pGreater : metric.direction === 'decrease' ? pGreater : null;
        result.probabilityBetter = pBetter;
        if (metric.direction === 'either') {
            if (pGreater >= threshold)
                [classification, reason] = ['High', `P(canary rate higher) = ${pGreater.toFixed(4)} ≥ ${threshold}`];
            else if (1 - pGreater >= threshold)
                [classification, reason] = ['Low', `P(canary rate lower) = ${(1 - pGreater).toFixed(4)} ≥ ${threshold}`];
        }
        else if (pBetter >= threshold) {
            reason = `P(canary better) = ${pBetter.toFixed(4)} ≥ ${threshold}`;
        }
        else if (1 - pBetter >= threshold) {
            classification = metric.direction === 'increase' ? 'High' : 'Low';
            reason = `P(canary worse) = ${(1 - pBetter).toFixed(4)} ≥ ${threshold}`;
        }
        else {
            classification = 'Inconclusive';
            reason = `inconclusive: P(canary better) = ${pBetter.toFixed(4)} and P(canary worse) = ${(1 - pBetter).toFixed(4)}, both below ${threshold}`;
        }
    }
    else if (sameSorted(canary, baseline)) {
        result.ratio = 1;
        reason = 'canary and baseline values are identical';
    }
    else if (canary[0] === canary[nCanary - 1] && baseline[0] === baseline[nBaseline - 1] && canary[0] === baseline[0]) {
        result.ratio = 1;
        reason = 'every value is the same';
    }
    else {
        const hl = shiftInterval(canary, baseline, options.confidence);
        result.estimate = hl.estimate;
        result.ciLow = hl.ciLow;
        result.ciHigh = hl.ciHigh;
        const alpha = 1 - options.confidence;
        if (options.sequential) {
            result.method = 'sequential';
            const diff = canaryMean - baselineMean;
            const v = variance(canary, canaryMean) / nCanary + variance(baseline, baselineMean) / nBaseline;
            const pooledSd = Math.sqrt((variance(canary, canaryMean) + variance(baseline, baselineMean)) / 2);
            const tau = options.sequential.mixingSd * pooledSd;
            const seq = mixtureSprt({ estimate: diff, variance: v, mixingVariance: tau * tau, previousPValue: options.sequential.previousPValue });
            result.pValue = seq.pValue;
            const why = `always-valid p = ${seq.pValue.toPrecision(3)} ≤ ${alpha.toPrecision(3)}, ${effectText(metric, effect)}`;
            if (seq.pValue <= alpha && diff > 0 && increaseBad && reaches(e, metric.allowedIncrease))
                [classification, reason] = ['High', why];
            else if (seq.pValue <= alpha && diff < 0 && decreaseBad && fallsTo(e, metric.allowedDecrease))
                [classification, reason] = ['Low', why];
        }
        else {
            result.method = 'mann-whitney';
            ({ classification, reason } = judgeShift(metric, hl, { pValue: mw.pValue, statistic: mw.statistic, n1n2: nCanary * nBaseline }, effect, alpha));
        }
    }
    let critical = metric.critical && ((classification === 'High' && reaches(e, metric.criticalIncrease)) || (classification === 'Low' && fallsTo(e, metric.criticalDecrease)));
    for (const rule of result.rules) {
        if (rule.ok)
            continue;
        const high = rule.rule === 'max' || rule.rule === 'max-increase';
        if (classification === 'Pass' || classification === 'Inconclusive') {
            classification = high ? 'High' : 'Low';
            reason = '';
        }
        const what = rule.rule === 'max' || rule.rule === 'min' ? `${rule.statistic} ${rule.value.toPrecision(4)}` : `${rule.statistic} change ${rule.value.toPrecision(4)}`;
        const op = high ? '≤' : '≥';
        reason = `${reason ? `${reason}; ` : ''}${what} breaks ${rule.rule} (${op} ${rule.limit})`;
        if (metric.critical)
            critical = true;
    }
    result.classification = classification;
    result.reason = reason || (classification === 'Pass' ? 'no significant change in a bad direction' : '');
    result.criticalFailure = critical && !metric.reportOnly;
    if (classification === 'Inconclusive' && !metric.reportOnly)
        result.scoring = 'inconclusive';
    return result;
}

;// CONCATENATED MODULE: ./src/gates/canary-decision/decide.ts
function decide(score, results, thresholds) {
    if (score.criticalFailure) {
        const names = results.filter((r) => r.criticalFailure).map((r) => r.name);
        return { decision: 'rollback', reason: `critical metric failed: ${names.join(', ')}` };
    }
    const starved = results.filter((r) => r.scoring === 'nodata');
    const inconclusive = results.filter((r) => r.scoring === 'inconclusive');
    const waiting = [
        starved.length ? `too little data for ${starved.length} metric${starved.length > 1 ? 's' : ''} (${starved.map((r) => r.name).join(', ')})` : '',
        inconclusive.length ? `${inconclusive.length} metric${inconclusive.length > 1 ? 's' : ''} inconclusive (${inconclusive.map((r) => r.name).join(', ')})` : '',
    ]
        .filter(Boolean)
        .join('; ');
    if (score.noData)
        return { decision: 'continue', reason: inconclusive.length ? `no metric judged yet: ${waiting}` : 'no metric has enough data to judge yet' };
    const s = score.score;
    // One decimal where the score has one (87.5), none where it is whole (100), as the thresholds are written.
    const shown = String(Number(s.toFixed(1)));
    if (s < thresholds.marginal)
        return { decision: 'rollback', reason: `score ${shown} is below the marginal score ${thresholds.marginal}` };
    if (waiting)
        return { decision: 'continue', reason: waiting };
    if (s >= thresholds.pass)
        return { decision: 'promote', reason: `score ${shown} reaches the pass score ${thresholds.pass}` };
    return { decision: 'continue', reason: `score ${shown} is between the marginal (${thresholds.marginal}) and pass (${thresholds.pass}) scores` };
}

;// CONCATENATED MODULE: ./src/gates/canary-decision/next-weight.ts
function nextWeight(decision, current, step, max) {
    if (decision === 'rollback')
        return 0;
    if (decision === 'continue')
        return current;
    if (current >= max)
        return 100;
    return Math.min(max, current + step);
}

;// CONCATENATED MODULE: ./src/gates/canary-decision/outliers.ts
/**
 * Kayenta's outlier removal (`outliers: remove`), per variant: values
 * outside the fences are dropped before the judge, with
 *   lower = min(P1, Q1 − f·IQR),  upper = max(P99, Q3 + f·IQR)
 * (Tukey's fences with factor f, default 3, widened to the 1st/99th
 * percentiles: Kayenta's IQRDetector with reduceSensitivity). Percentiles
 * are Apache Commons Math's default estimate, which Kayenta uses: position
 * p(n+1) in the sorted sample, interpolated (Hyndman & Fan type 6), clamped
 * to the minimum and maximum.
 *
 * Reference: J. W. Tukey, "Exploratory Data Analysis", 1977 (fences).
 */
function percentileType6(sorted, p) {
    const n = sorted.length;
    const pos = p * (n + 1);
    if (pos < 1)
        return sorted[0];
    if (pos >= n)
        return sorted[n - 1];
    const lo = Math.floor(pos);
    return sorted[lo - 1] + (pos - lo) * (sorted[lo] - sorted[lo - 1]);
}
function removeOutliers(values, factor) {
    if (values.length < 4)
        return values;
    const sorted = Float64Array.from(values).sort();
    const q1 = percentileType6(sorted, 0.25);
    const q3 = percentileType6(sorted, 0.75);
    const iqr = q3 - q1;
    const lower = Math.min(percentileType6(sorted, 0.01), q1 - factor * iqr);
    const upper = Math.max(percentileType6(sorted, 0.99), q3 + factor * iqr);
    return values.filter((v) => v >= lower && v <= upper);
}

// EXTERNAL MODULE: ./src/core/table.ts
var core_table = __webpack_require__(70859);
;// CONCATENATED MODULE: ./src/gates/canary-decision/samples.ts
/**
 * From samples files to per-metric canary and baseline values: one file
 * with a variant column, or one file per variant. Missing cells become NaN
 * here; the metric's nan-strategy decides later what NaN means.
 */


/** Split one table by its variant column; any other label is an error naming its line. */
function splitByVariant(table, labels) {
    const column = (0,core_table/* findColumn */.kn)(table, labels.column);
    if (!column) {
        throw new errors/* UserError */.yo(`no "${labels.column}" column to tell canary from baseline rows (columns: ${table.columns.map((c) => c.name).join(', ')})`, {
            file: table.source,
            field: labels.column,
        });
    }
    const canary = [];
    const baseline = [];
    for (let i = 0; i < table.rowCount; i++) {
        const raw = column.kind === 'string' ? column.values[i] : Number.isNaN(column.values[i]) ? null : String(column.values[i]);
        const v = raw === null ? null : raw.trim();
        if (v === labels.canary)
            canary.push(i);
        else if (v === labels.baseline)
            baseline.push(i);
        else {
            throw new errors/* UserError */.yo(`variant must be "${labels.canary}" or "${labels.baseline}", got ${v === null ? 'an empty cell' : `"${v}"`}`, {
                file: table.source,
                line: (0,core_table/* rowLine */.xQ)(table, i) ?? i + 1,
                field: labels.column,
            });
        }
    }
    return { canary: { table, rows: Int32Array.from(canary) }, baseline: { table, rows: Int32Array.from(baseline) } };
}
function columnValues(v, metric) {
    const { table, rows } = v;
    const column = (0,core_table/* findColumn */.kn)(table, metric.column);
    if (!column) {
        throw new errors/* UserError */.yo(`no column "${metric.column}" for metric ${metric.name} (columns: ${table.columns.map((c) => c.name).join(', ')})`, {
            file: table.source,
            field: metric.column,
        });
    }
    const n = rows ? rows.length : table.rowCount;
    if (column.kind === 'string') {
        // A column with no numeric cells at all in this variant is simply empty.
        const out = new Float64Array(n);
        for (let k = 0; k < n; k++) {
            const i = rows ? rows[k] : k;
            const cell = column.values[i];
            if (cell === null || cell.trim() === '' || /^nan$/i.test(cell.trim())) {
                out[k] = NaN;
                continue;
            }
            const num = Number(cell);
            if (!Number.isFinite(num)) {
                throw new errors/* UserError */.yo(`metric values must be numbers, got "${cell}"`, { file: table.source, line: (0,core_table/* rowLine */.xQ)(table, i) ?? i + 1, field: metric.column });
            }
            out[k] = num;
        }
        return out;
    }
    const out = new Float64Array(n);
    for (let k = 0; k < n; k++) {
        const i = rows ? rows[k] : k;
        out[k] = column.missing && column.missing[i] ? NaN : column.values[i];
    }
    return out;
}
function samples_metricData(tables, metric) {
    return { canary: columnValues(tables.canary, metric), baseline: columnValues(tables.baseline, metric) };
}
/** Metric names when no configuration names them: every numeric column but the variant column. */
function defaultMetricColumns(tables, variantColumn) {
    const names = tables.canary.table.columns.filter((c) => c.kind === 'number' && c.name !== variantColumn).map((c) => c.name);
    if (tables.baseline.table !== tables.canary.table) {
        const other = new Set(tables.baseline.table.columns.map((c) => c.name));
        return names.filter((n) => other.has(n));
    }
    return names;
}
/** Kayenta's NaN strategies: `remove` drops missing values, `replace` counts them as 0. */
function applyNanStrategy(values, strategy) {
    let missing = 0;
    for (let i = 0; i < values.length; i++)
        if (Number.isNaN(values[i]))
            missing++;
    if (missing === 0)
        return values;
    if (strategy === 'replace')
        return values.map((v) => (Number.isNaN(v) ? 0 : v));
    const out = new Float64Array(values.length - missing);
    let k = 0;
    for (let i = 0; i < values.length; i++)
        if (!Number.isNaN(values[i]))
            out[k++] = values[i];
    return out;
}

;// CONCATENATED MODULE: ./src/gates/canary-decision/score.ts
function scoreMetrics(results, groupWeights) {
    const groups = new Map();
    for (const r of results) {
        if (r.scoring === 'report-only')
            continue;
        for (const g of r.groups) {
            let gs = groups.get(g);
            if (!gs)
                groups.set(g, (gs = { name: g, score: null, passed: 0, judged: 0, noData: 0, inconclusive: 0, weight: 0 }));
            if (r.scoring === 'nodata')
                gs.noData++;
            else if (r.scoring === 'inconclusive')
                gs.inconclusive++;
            else {
                gs.judged++;
                if (r.scoring === 'judged' && r.classification === 'Pass')
                    gs.passed++;
            }
        }
    }
    const all = [...groups.values()];
    const explicit = all.filter((g) => groupWeights[g.name] !== undefined);
    const implicit = all.filter((g) => groupWeights[g.name] === undefined);
    const explicitSum = Object.values(groupWeights).reduce((a, b) => a + b, 0);
    const share = implicit.length ? Math.max(0, 100 - explicitSum) / implicit.length : 0;
    for (const g of explicit)
        g.weight = groupWeights[g.name];
    for (const g of implicit)
        g.weight = share;
    let weighted = 0;
    let weightWithData = 0;
    for (const g of all) {
        if (g.judged === 0)
            continue;
        g.score = (100 * g.passed) / g.judged;
        weighted += g.score * g.weight;
        weightWithData += g.weight;
    }
    const criticalFailure = results.some((r) => r.criticalFailure);
    const noData = weightWithData === 0 && all.every((g) => g.judged === 0);
    let score = weightWithData > 0 ? weighted / weightWithData : 0;
    if (criticalFailure)
        score = 0;
    return { score, groups: all, criticalFailure, noData };
}

;// CONCATENATED MODULE: ./src/gates/canary-decision/sequential-state.ts
/**
 * State carried from run to run in sequential mode: per metric the running
 * always-valid p-value and the sample sizes it was computed on, plus the
 * number of looks and the traffic weight. It is a small JSON file the
 * workflow keeps between runs (actions/cache or an artifact).
 *
 * Each run is handed all the data collected since the canary started; if a
 * metric has fewer values than at the previous look, the canary was
 * restarted and that metric's p-value starts again from 1.
 */


/** One look of the canary, kept for the visual report's weight history (optional: older state files lack it). */
const lookSchema = schemas/* object */.Ikc({
    look: schemas/* number */.aig().int().min(1),
    weight: schemas/* number */.aig().min(0).max(100),
    score: schemas/* number */.aig(),
    decision: schemas/* enum */.k5n(['promote', 'continue', 'rollback']),
});
/** Looks kept in `history` (the newest). */
const HISTORY_LIMIT = 200;
const stateSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1),
    looks: schemas/* number */.aig().int().min(0),
    weight: schemas/* number */.aig().min(0).max(100).nullable(),
    history: schemas/* array */.YOg(lookSchema).optional(),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({ pValue: schemas/* number */.aig().min(0).max(1), nCanary: schemas/* number */.aig().int().min(0), nBaseline: schemas/* number */.aig().int().min(0) })),
});
function emptyState() {
    return { version: 1, looks: 0, weight: null, metrics: {} };
}
function parseSequentialState(text, file) {
    if (text.trim() === '')
        return emptyState();
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`state file is not JSON: ${err.message}`, { file });
    }
    const parsed = stateSchema.safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* UserError */.yo(`not a canary-decision state file: ${issue.message}`, { file, field: issue.path.map(String).join('.') || undefined });
    }
    return parsed.data;
}
/** The p-value a metric starts this look from. */
function previousPValue(state, metric, nCanary, nBaseline) {
    const prev = state?.metrics[metric];
    if (!prev)
        return 1;
    if (nCanary < prev.nCanary || nBaseline < prev.nBaseline)
        return 1;
    return prev.pValue;
}

;// CONCATENATED MODULE: ./src/gates/canary-decision/evaluate.ts







const DECISION_VERDICT = { promote: 'pass', continue: 'warn', rollback: 'fail' };
function metricCheck(r) {
    const verdict = r.classification === 'Pass'
        ? 'pass'
        : r.classification === 'Nodata' || r.classification === 'Inconclusive'
            ? r.scoring === 'nodata-fail' || r.criticalFailure
                ? 'fail'
                : 'insufficient'
            : r.scoring === 'report-only'
                ? 'warn'
                : 'fail';
    return {
        id: `metric.${r.name}`,
        subject: r.name,
        name: r.method === 'beta-binomial' ? 'Beta–Binomial probability' : r.method === 'sequential' ? 'mSPRT (always valid)' : 'Mann–Whitney U / Hodges–Lehmann',
        value: r.classification,
        threshold: null,
        verdict,
        severity: r.scoring === 'report-only' ? 'warn' : 'error',
        message: `${r.name}: ${r.classification}${r.reason ? ` — ${r.reason}` : ''}${r.criticalFailure ? ' (critical)' : ''}`,
    };
}
function evaluateCanary(metrics, data, groupWeights, options) {
    const results = [];
    for (const metric of metrics) {
        const raw = data.get(metric.name) ?? { canary: new Float64Array(0), baseline: new Float64Array(0) };
        let canary = applyNanStrategy(raw.canary, metric.nanStrategy);
        let baseline = applyNanStrategy(raw.baseline, metric.nanStrategy);
        if (metric.outliers === 'remove') {
            canary = removeOutliers(canary, metric.outlierFactor);
            baseline = removeOutliers(baseline, metric.outlierFactor);
        }
        const sequential = options.sequential
            ? { previousPValue: previousPValue(options.state, metric.name, canary.length, baseline.length), mixingSd: options.mixingSd }
            : undefined;
        results.push(classifyMetric(metric, canary, baseline, { confidence: options.confidence, sequential, promoteProbability: options.promoteProbability }));
    }
    const scored = scoreMetrics(results, groupWeights);
    const { decision, reason } = decide(scored, results, { pass: options.passScore, marginal: options.marginalScore });
    const currentWeight = options.currentWeight ?? options.state?.weight ?? 0;
    const next = nextWeight(decision, currentWeight, options.stepWeight, options.maxWeight);
    let state = null;
    if (options.sequential) {
        const looks = (options.state?.looks ?? 0) + 1;
        // The weight history, for the visual report's chart (the weight each look set).
        const history = [...(options.state?.history ?? []), { look: looks, weight: next, score: Number(scored.score.toFixed(4)), decision }].slice(-HISTORY_LIMIT);
        state = { version: 1, looks, weight: next, history, metrics: { ...(options.state?.metrics ?? {}) } };
        for (const r of results) {
            if (r.method === 'sequential' && r.pValue !== null)
                state.metrics[r.name] = { pValue: r.pValue, nCanary: r.nCanary, nBaseline: r.nBaseline };
        }
    }
    const verdict = DECISION_VERDICT[decision];
    const checks = [
        {
            id: 'decision',
            subject: null,
            name: 'Canary score',
            value: Number(scored.score.toFixed(2)),
            threshold: `promote ≥ ${options.passScore}, rollback < ${options.marginalScore}`,
            verdict,
            message: `${decision}: ${reason}`,
        },
        ...results.map(metricCheck),
    ];
    return { decision, reason, score: scored.score, nextWeight: next, currentWeight, verdict, metrics: results, groups: scored.groups, checks, state };
}
/** Evaluate metrics read from samples files (one per variant, or split by the variant column). */
function evaluateTables(config, tables, options) {
    const data = new Map();
    for (const metric of config.metrics)
        data.set(metric.name, metricData(tables, metric));
    return evaluateCanary(config.metrics, data, config.groupWeights, options);
}
/** The report's `metrics` section (the issue's contract plus explanations). */
function metricsSection(results) {
    return results.map((r) => ({
        name: r.name,
        group: r.group,
        classification: r.classification,
        canaryMean: r.canaryMean,
        baselineMean: r.baselineMean,
        estimate: r.estimate,
        ciLow: r.ciLow,
        ciHigh: r.ciHigh,
        pValue: r.pValue,
        nCanary: r.nCanary,
        nBaseline: r.nBaseline,
        ratio: r.ratio,
        cles: r.cles,
        method: r.method,
        reason: r.reason,
        critical: r.criticalFailure,
        probabilityBetter: r.probabilityBetter,
        rules: r.rules,
    }));
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(49567);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(89114);
;// CONCATENATED MODULE: ./src/gates/canary-decision/inputs.ts
/**
 * canary-decision's inputs, each declared once (see core/inputs.ts):
 * action.yml, the CLI flags, the policy keys, the docs table and the typed
 * inputs of `runCanaryDecision` all come from this list.
 */


const optionalString = schemas/* preprocess */.vkY((v) => (v === '' || v === null ? undefined : v), schemas/* string */.YjP().min(1).optional());
const optionalNumber = (min, max) => schemas/* preprocess */.vkY((v) => (v === '' || v === null ? undefined : v), coerce/* number */.ai().min(min).max(max).optional());
const inputs_inputs = (0,inputs/* defineInputs */.pf)({
    samples: {
        file: true,
        schema: optionalString,
        description: 'Metric samples of both variants in one file (CSV, TSV, JSON Lines, JSON, Parquet, optionally .gz): one row per request or interval, one column per metric, and a `variant` column of `canary`/`baseline`.',
        examples: ['metrics/canary-window.csv'],
    },
    'canary-samples': { file: true, schema: optionalString, description: "The canary's samples, one file per variant (instead of `samples`)." },
    'baseline-samples': { file: true, schema: optionalString, description: "The baseline's samples, with the same metric columns as `canary-samples`." },
    'variant-column': { schema: schemas/* string */.YjP().min(1).default('variant'), description: 'Column of `samples` naming the variant of each row.' },
    'canary-label': { schema: schemas/* string */.YjP().min(1).default('canary'), description: 'Value of the variant column for canary rows.' },
    'baseline-label': { schema: schemas/* string */.YjP().min(1).default('baseline'), description: 'Value of the variant column for baseline rows.' },
    config: {
        file: true,
        // A map of settings, or the path of a file holding them.
        schema: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())]).optional(),
        kind: 'yaml',
        description: 'Metric settings: inline YAML mapping each metric name to its settings (`direction`, `group`, `critical`, `min`/`max`, `max-increase`/`max-decrease`, `statistic`, `type`, `nan-strategy`, `must-have-data`, `min-samples`, `allowed-`/`critical-increase`/`-decrease`, `tolerance`, `effect-size-measure`, `query`), or the path of such a file or of a Kayenta canary configuration JSON. Default: every numeric column, `direction: either`.',
        examples: ['.modelgate/canary.yml', '{error_rate: {direction: increase, critical: true}}'],
    },
    'group-weights': {
        schema: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().min(0).max(100)).optional(),
        description: 'Weights (percent) of metric groups in the score, e.g. `{ latency: 60, errors: 40 }`; groups without one share the rest.',
        examples: ['{ latency: 60, errors: 40 }', 'latency: 60, errors: 40'],
    },
    confidence: { schema: coerce/* number */.ai().gt(0).lt(1).default(0.95), description: 'Confidence level of the intervals (and 1 − α of the sequential test).' },
    'pass-score': {
        schema: optionalNumber(0, 100),
        description: "Score (0–100) at or above which the canary is promoted. Default: the Kayenta configuration's `scoreThresholds.pass`, else 95.",
    },
    'marginal-score': {
        schema: optionalNumber(0, 100),
        description: "Score below which the canary is rolled back. Default: the Kayenta configuration's `scoreThresholds.marginal`, else 75.",
    },
    'promote-probability': {
        schema: coerce/* number */.ai().gt(0.5).lt(1).default(0.95),
        description: 'Conversion metrics: probability that the canary is better needed to pass (Beta–Binomial).',
    },
    'prometheus-url': {
        schema: optionalString.refine((v) => v === undefined || /^https?:\/\//.test(v), 'must be an http(s) URL'),
        description: 'Base URL of a Prometheus server to read metrics from with `query_range`. A `user:password@` in it is sent as basic authorization and redacted everywhere.',
        examples: ['http://prometheus.internal:9090'],
    },
    queries: {
        schema: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP().min(1)).optional(),
        description: 'PromQL template per metric, `$selector` (or `${scope}`) standing for the variant\'s label selector, e.g. `{ errors: "sum(rate(errors_total{$selector}[1m]))" }`.',
        examples: ['{ errors: "sum(rate(errors_total{$selector}[1m]))" }'],
    },
    window: { schema: schemas/* string */.YjP().min(1).default('30m'), description: 'Length of the Prometheus window ending at `end`.' },
    step: { schema: schemas/* string */.YjP().min(1).default('1m'), description: 'Prometheus query resolution step: one sample per step.' },
    end: {
        schema: optionalString,
        description: 'End of the Prometheus window (RFC 3339 or Unix seconds). Default: now.',
        examples: ['2026-01-01T12:00:00Z', '1767268800'],
    },
    'canary-selector': { schema: schemas/* string */.YjP().default('variant="canary"'), description: 'PromQL label matchers selecting the canary.' },
    'baseline-selector': { schema: schemas/* string */.YjP().default('variant="baseline"'), description: 'PromQL label matchers selecting the baseline.' },
    'step-weight': { schema: coerce/* number */.ai().min(0).max(100).default(10), description: 'Traffic percentage added to the canary on promote.' },
    'max-weight': { schema: coerce/* number */.ai().min(0).max(100).default(50), description: 'Largest canary weight before full promotion (100).' },
    'current-weight': { schema: optionalNumber(0, 100), description: "The canary's traffic percentage now. Default: the state file's, else 0." },
    sequential: {
        schema: schemas/* boolean */.zMY().default(false),
        description: 'Judge with always-valid p-values (mixture SPRT) carried across runs in `state`, so re-checking every 30 minutes does not inflate false rollbacks.',
    },
    state: {
        file: true,
        schema: optionalString,
        description: 'Sequential mode: path of the state file, read when present and rewritten after the run. Keep it between runs with actions/cache or an artifact.',
        notInPolicy: true,
    },
    'mixing-sd': {
        schema: coerce/* number */.ai().positive().default(0.1),
        description: 'Sequential mode: standard deviation of the mSPRT mixing distribution, in pooled standard deviations (the effect size it is most sensitive to).',
    },
});
const outputs = [
    { name: 'decision', description: '`promote`, `continue` or `rollback`.' },
    { name: 'score', description: 'The canary score, 0–100.' },
    { name: 'next-weight', description: "The canary's next traffic percentage (0 on rollback, 100 for full promotion)." },
    { name: 'state-path', description: 'Sequential mode: path of the updated state file.' },
];

// EXTERNAL MODULE: ./src/core/url-credentials.ts
var url_credentials = __webpack_require__(25969);
;// CONCATENATED MODULE: ./src/gates/canary-decision/prometheus.ts
/**
 * Metric samples from Prometheus's HTTP API: one `query_range` per metric
 * and variant, with the variant's label selector put into the metric's
 * PromQL template where it says `$selector` (or `${scope}`, Kayenta's
 * placeholder), e.g.
 *
 *   histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{$selector}[1m])))
 *
 * Every point of every returned series is one sample (Kayenta does the
 * same with its per-interval values). "NaN" and ±Inf points are missing.
 * API: https://prometheus.io/docs/prometheus/latest/querying/api/#range-queries
 *
 * A URL with `user:password@` is sent as Basic authentication (Prometheus's
 * `basic_auth_users`, or a proxy in front of it); the URL in every message
 * is the one without them.
 */


function endpointOf(source) {
    const { url, authorization } = (0,url_credentials/* splitUrlCredentials */.C)(source.url, 'input prometheus-url');
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };
    if (authorization) {
        source.secret?.(authorization.slice('Basic '.length));
        headers.authorization = authorization;
    }
    return { base: url, headers };
}
const UNITS = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800, y: 31536000 };
/** A Prometheus duration (`90s`, `30m`, `1h30m`) or a number of seconds, in seconds. */
function parseDuration(text, field) {
    const t = text.trim();
    if (/^\d+(\.\d+)?$/.test(t))
        return Number(t);
    const re = /(\d+)(ms|s|m|h|d|w|y)/y;
    let total = 0;
    let pos = 0;
    while (pos < t.length) {
        re.lastIndex = pos;
        const m = re.exec(t);
        if (!m)
            throw new errors/* UserError */.yo(`not a duration: "${text}" (e.g. 90s, 30m, 1h30m)`, { field });
        total += Number(m[1]) * UNITS[m[2]];
        pos = re.lastIndex;
    }
    if (!(total > 0))
        throw new errors/* UserError */.yo(`not a positive duration: "${text}"`, { field });
    return total;
}
/** An RFC 3339 time or Unix seconds. */
function parseTime(text, field) {
    const t = text.trim();
    const d = /^\d+(\.\d+)?$/.test(t) ? new Date(Number(t) * 1000) : new Date(t);
    if (Number.isNaN(d.getTime()))
        throw new errors/* UserError */.yo(`not a time: "${text}" (RFC 3339 or Unix seconds)`, { field });
    return d;
}
function fillTemplate(template, selector) {
    return template.replaceAll('${scope}', selector).replaceAll('$selector', selector);
}
async function queryRange(source, endpoint, query, metric) {
    const { base } = endpoint;
    const end = source.end.getTime() / 1000;
    const params = new URLSearchParams({
        query,
        start: String(end - source.windowSeconds),
        end: String(end),
        step: String(source.stepSeconds),
    });
    const url = `${base}/api/v1/query_range`;
    const doFetch = source.fetch ?? fetch;
    let res;
    try {
        res = await doFetch(url, {
            method: 'POST',
            headers: endpoint.headers,
            body: params.toString(),
            signal: AbortSignal.timeout(source.timeoutMs ?? 30_000),
        });
    }
    catch (err) {
        const cause = err.cause?.code ?? err.name;
        throw new errors/* UserError */.yo(`cannot reach Prometheus at ${base} (${cause})`, { field: `metric ${metric}` });
    }
    const body = await res.text();
    if (res.status === 401 || res.status === 403) {
        const given = endpoint.headers.authorization ? 'the user and password in the URL were refused' : 'it asks for credentials: put `user:password@` in the URL';
        throw new errors/* UserError */.yo(`Prometheus at ${base} answered HTTP ${res.status}: ${given}`, { field: 'input prometheus-url' });
    }
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        throw new errors/* UserError */.yo(`Prometheus at ${base} answered HTTP ${res.status} with a body that is not JSON`, { field: `metric ${metric}` });
    }
    if (parsed.status !== 'success' || !parsed.data) {
        throw new errors/* UserError */.yo(`Prometheus rejected the query ${JSON.stringify(query)}: ${parsed.errorType ?? `HTTP ${res.status}`}: ${parsed.error ?? 'no message'}`, {
            field: `metric ${metric}`,
        });
    }
    if (parsed.data.resultType !== 'matrix') {
        throw new errors/* UserError */.yo(`expected a range vector (matrix) from ${JSON.stringify(query)}, got ${parsed.data.resultType}`, { field: `metric ${metric}` });
    }
    const values = [];
    for (const series of parsed.data.result) {
        for (const [, v] of series.values ?? []) {
            const n = Number(v);
            values.push(Number.isFinite(n) ? n : NaN);
        }
    }
    return Float64Array.from(values);
}
async function fetchPrometheusMetrics(source, metrics) {
    const out = new Map();
    const endpoint = endpointOf(source);
    for (const metric of metrics) {
        if (!metric.query)
            continue;
        const [canary, baseline] = await Promise.all([
            queryRange(source, endpoint, fillTemplate(metric.query, source.selectors.canary), metric.name),
            queryRange(source, endpoint, fillTemplate(metric.query, source.selectors.baseline), metric.name),
        ]);
        out.set(metric.name, { canary, baseline });
    }
    return out;
}

// EXTERNAL MODULE: ./src/render/charts.ts
var charts = __webpack_require__(47259);
// EXTERNAL MODULE: ./src/render/findings.ts
var findings = __webpack_require__(62752);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
// EXTERNAL MODULE: ./src/render/numbers.ts
var numbers = __webpack_require__(45714);
;// CONCATENATED MODULE: ./src/gates/canary-decision/render.ts




/** The metric check's verdict (evaluate.ts decided it): the row's icon. */
function checkVerdict(e, r) {
    return e.checks.find((c) => c.id === `metric.${r.name}`)?.verdict ?? 'pass';
}
function configOf(o, r) {
    return o.metrics.find((m) => m.name === r.name);
}
function isRate(o, r) {
    return configOf(o, r)?.type === 'conversion';
}
/** The broken bound or relative rule, as "p99 +53.1 (limit +20)" or "p99 612 (max 500)". */
function ruleText(rule) {
    const relative = rule.rule === 'max-increase' || rule.rule === 'max-decrease';
    const value = relative ? (0,numbers/* signed */.x8)(rule.value, (0,numbers/* decimalsFor */.Wm)([rule.value, rule.limit])) : (0,numbers/* withInterval */.qY)(rule.value, rule.limit, null).value;
    const limit = relative ? `${rule.rule === 'max-increase' ? '+' : '−'}${(0,numbers/* num */.bu)(Math.abs(rule.limit))}` : (0,numbers/* num */.bu)(rule.limit);
    const name = { min: 'min', max: 'max', 'max-increase': 'limit', 'max-decrease': 'limit' }[rule.rule];
    return `${(0,markdown/* text */.Qq)(rule.statistic)} ${value} (${name} ${limit})`;
}
/** The change that decided the metric: a broken rule first, then the test's shift with its interval. */
function changeCell(r, o) {
    const parts = [];
    for (const rule of r.rules.filter((x) => !x.ok))
        parts.push(ruleText(rule));
    if (r.estimate !== null) {
        const rate = isRate(o, r);
        const t = (0,numbers/* withInterval */.qY)(r.estimate, r.ciLow, r.ciHigh, { signed: true, percent: rate });
        const unit = rate ? ' points' : '';
        const what = r.method === 'beta-binomial' ? 'rate' : 'shift';
        const shift = `${what} ${t.value.replace('%', '')}${unit}${t.interval ? ` (${t.interval.replace(/%/g, '')})` : ''}`;
        // A shift of 0 with an interval [0, 0] that still failed: the rank test, not the shift, saw the change (docs: zero-inflated metrics).
        const tied = r.estimate === 0 && r.ciLow === 0 && r.ciHigh === 0 && (r.classification === 'High' || r.classification === 'Low');
        parts.push(tied ? `${shift}: most pairs tie at 0; rank test ${(0,numbers/* pPhrase */.U0)(r.pValue)}, canary ${r.classification === 'High' ? 'higher' : 'lower'}` : shift);
    }
    if (r.method === 'beta-binomial' && r.probabilityBetter !== null)
        parts.push(`P(canary better) ${(0,numbers/* pct */.Oe)(r.probabilityBetter)}`);
    return parts.join('; ') || '–';
}
function resultCell(r, o) {
    const critical = configOf(o, r)?.critical ? ' (critical)' : '';
    switch (r.classification) {
        case 'Pass':
            return `pass${critical}`;
        case 'High':
            return `higher${critical}`;
        case 'Low':
            return `lower${critical}`;
        case 'Inconclusive':
            return `inconclusive${critical}`;
        case 'Nodata': {
            const min = configOf(o, r)?.minSamples;
            const have = Math.min(r.nCanary, r.nBaseline);
            return `no data${min !== undefined ? ` (${(0,numbers/* num */.bu)(have)} of ${(0,numbers/* num */.bu)(min)} values)` : ''}${critical}`;
        }
    }
}
function meansCells(r, o) {
    if (isRate(o, r)) {
        const d = (0,numbers/* pctDecimals */.kF)([r.canaryMean, r.baselineMean]);
        return [(0,numbers/* pct */.Oe)(r.canaryMean, d), (0,numbers/* pct */.Oe)(r.baselineMean, d)];
    }
    return [(0,numbers/* withInterval */.qY)(r.canaryMean, r.baselineMean, null).value, (0,numbers/* withInterval */.qY)(r.baselineMean, r.canaryMean, null).value];
}
function distributionChart(r) {
    const h = r.histogram;
    if (!h)
        return null;
    // A 0/1 metric fills two bins: its means say everything, a chart would not.
    const used = h.canary.filter((v, i) => v > 0 || h.baseline[i] > 0).length;
    if (used < 3)
        return null;
    const canary = h.canary.map((v) => v * 100);
    const baseline = h.baseline.map((v) => v * 100);
    const labels = h.canary.map((_, i) => (0,numbers/* num */.bu)(h.edges[i]));
    return (0,charts/* barChart */.S9)({
        title: `${r.name}: % of values per bin from ${(0,numbers/* num */.bu)(h.edges[0])} `,
        xLabel: `${r.name} (bin start)`,
        yLabel: '% of values',
        categories: labels,
        bars: canary,
        barName: 'canary',
        line: baseline,
        lineName: 'baseline',
        yMax: (0,charts/* niceCeil */.nF)(Math.max(...canary, ...baseline)),
    });
}
function scoreLine(e) {
    const judged = e.groups.reduce((s, g) => s + g.judged, 0);
    const score = judged === 0 ? 'No score yet (no metric judged)' : `Score **${(0,numbers/* num */.bu)(Number(e.score.toFixed(1)))}** / 100`;
    const critical = e.metrics.some((m) => m.criticalFailure) ? ' (a critical failure sets it to 0)' : '';
    return `${score}${critical} · next canary weight ${(0,numbers/* num */.bu)(e.nextWeight)}%`;
}
function groupScore(g) {
    if (g.score !== null)
        return (0,numbers/* num */.bu)(Number(g.score.toFixed(1)));
    if (g.inconclusive && !g.noData)
        return 'not scored: inconclusive';
    if (g.noData && !g.inconclusive)
        return 'not scored: no data';
    return 'not scored';
}
function renderMarkdown(e, o) {
    const lines = [];
    lines.push(`${scoreLine(e)}.`);
    if (o.sequential && e.state)
        lines.push(`Sequential mode, look ${(0,numbers/* num */.bu)(e.state.looks)}: the p-values stay valid across looks.`);
    const level = `${(0,numbers/* num */.bu)(o.confidence * 100)}%`;
    const rows = e.metrics.map((r) => {
        const [canary, baseline] = meansCells(r, o);
        return [(0,markdown/* icon */.Kk)(checkVerdict(e, r)), (0,markdown/* code */.aY)(r.name), canary, baseline, changeCell(r, o), resultCell(r, o), `${(0,numbers/* num */.bu)(r.nCanary)} / ${(0,numbers/* num */.bu)(r.nBaseline)}`];
    });
    const header = ['', 'Metric', 'Canary mean', 'Baseline mean', `Change (${level} interval)`, 'Result', 'n (canary / baseline)'];
    const align = ['c', 'l', 'r', 'r', 'l', 'l', 'r'];
    const passing = e.verdict === 'pass';
    const sections = [];
    // On a promotion the table is collapsed with the rest; otherwise it is the finding.
    if (passing)
        sections.push({ title: `${(0,findings/* plural */.LS)(e.metrics.length, 'metric')}`, body: (0,markdown/* table */.tp)(header, rows, align) });
    else
        lines.push((0,findings/* findingsTable */.f9)(header, rows, { align, more: (n) => `${(0,findings/* plural */.LS)(n, 'more metric')}` }));
    const reasons = e.metrics.map((r) => `- ${(0,markdown/* code */.aY)(r.name)} (${(0,markdown/* text */.Qq)(r.group)}): ${(0,markdown/* text */.Qq)(r.reason)}`);
    const groups = (0,markdown/* table */.tp)(['Group', 'Score', 'Passed / judged', 'Weight'], e.groups.map((g) => [(0,markdown/* text */.Qq)(g.name), groupScore(g), `${g.passed} / ${g.judged}`, (0,numbers/* num */.bu)(Number(g.weight.toFixed(2)))]), ['l', 'r', 'r', 'r']);
    sections.push({ title: 'Why each metric was judged so, and the group scores', body: `${reasons.join('\n')}\n\n${groups}` });
    const charts = e.metrics.map((r) => [r, distributionChart(r)]).filter((x) => x[1] !== null);
    if (charts.length)
        sections.push({ title: `Distributions of ${charts.map(([r]) => (0,markdown/* htmlCode */.h8)(r.name)).join(', ')}`, body: charts.map(([, c]) => c).join('\n\n') });
    lines.push((0,findings/* collapsedSections */._f)(sections, passing, `${(0,findings/* plural */.LS)(e.metrics.length, 'metric')}: the table, why each was judged so, the group scores${charts.length ? ' and the distributions' : ''}`));
    return lines.filter(Boolean).join('\n\n');
}
/** The first three lines: the decision and the metric behind it, what to do with the traffic, what was compared. */
function renderCanaryHeadline(e, o) {
    const failed = e.metrics.filter((r) => checkVerdict(e, r) === 'fail');
    const waiting = e.metrics.filter((r) => r.classification === 'Nodata' || r.classification === 'Inconclusive');
    const worst = failed.find((r) => r.criticalFailure) ?? failed[0];
    let reason;
    if (e.decision === 'rollback' && worst) {
        const [canary, baseline] = meansCells(worst, o);
        const critical = worst.criticalFailure ? 'the critical metric ' : '';
        const broken = worst.rules.filter((x) => !x.ok).map(ruleText);
        const why = broken.length ? broken.join('; ') : changeCell(worst, o);
        const more = failed.length > 1 ? `; ${(0,findings/* plural */.LS)(failed.length - 1, 'more metric')} failed` : '';
        reason = `Roll back: ${critical}${(0,markdown/* code */.aY)(worst.name)} went from ${baseline} to ${canary}: ${why}${more}.`;
    }
    else if (e.decision === 'rollback') {
        reason = `Roll back: ${(0,markdown/* text */.Qq)(e.reason)}.`;
    }
    else if (e.decision === 'promote') {
        reason = `Promote: ${(0,markdown/* text */.Qq)(e.reason)}; ${e.metrics.filter((r) => r.classification === 'Pass').length} of ${(0,findings/* plural */.LS)(e.metrics.length, 'metric')} pass.`;
    }
    else {
        const names = waiting.map((r) => `${(0,markdown/* code */.aY)(r.name)} (${resultCell(r, o)})`);
        reason = `Keep waiting: ${(0,markdown/* text */.Qq)(e.reason)}${names.length ? `: ${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}` : ''}.`;
    }
    let next;
    if (e.decision === 'rollback')
        next = `send all traffic back to the baseline${worst ? ` and find out why ${(0,markdown/* code */.aY)(worst.name)} changed` : ''} before the next canary.`;
    else if (e.decision === 'promote')
        next = e.nextWeight >= 100 ? 'promote the canary to all traffic.' : `raise the canary to ${(0,numbers/* num */.bu)(e.nextWeight)}% of traffic and judge it again.`;
    else {
        const nodata = waiting.filter((r) => r.classification === 'Nodata');
        const min = Math.max(...nodata.map((r) => configOf(o, r)?.minSamples ?? 0), 0);
        next = `keep the canary at ${(0,numbers/* num */.bu)(e.nextWeight)}% and run again ${nodata.length ? `when every metric has ${(0,numbers/* num */.bu)(min)} values a side` : 'when more requests have come in'}.`;
    }
    const n = e.metrics.length ? Math.min(...e.metrics.map((r) => Math.min(r.nCanary, r.nBaseline))) : 0;
    const most = e.metrics.length ? Math.max(...e.metrics.map((r) => Math.max(r.nCanary, r.nBaseline))) : 0;
    const counts = n === most ? `${(0,numbers/* num */.bu)(n)} values a side` : `${(0,numbers/* num */.bu)(n)} to ${(0,numbers/* num */.bu)(most)} values a side`;
    const groups = new Set(e.metrics.map((r) => r.group)).size;
    return {
        reason,
        next,
        compared: `canary against baseline from ${(0,markdown/* code */.aY)(o.source)}: ${(0,findings/* plural */.LS)(e.metrics.length, 'metric')} in ${(0,findings/* plural */.LS)(groups, 'group')}, ${counts}${o.currentWeight !== undefined ? `; canary at ${(0,numbers/* num */.bu)(o.currentWeight)}% of traffic` : ''}.`,
    };
}

;// CONCATENATED MODULE: ./src/gates/canary-decision/report-sections.ts
/**
 * The top-level sections canary-decision adds to the JSON report (gate.ts,
 * `makeReport({ sections })`), as a zod schema: the build publishes it in
 * docs/schemas/report.schema.json for reports of this gate.
 *
 * Numbers that are not finite never reach the report as numbers: the
 * classifier turns an infinite ratio or p-value into null (classify-metric.ts),
 * and JSON.stringify would write any other NaN or ±∞ as null, which the
 * nullable fields below allow and the plain numbers do not.
 */


const ruleSchema = schemas/* object */.Ikc({
    rule: schemas/* enum */.k5n(['min', 'max', 'max-increase', 'max-decrease']).describe('The bound: an absolute min/max of the canary, or a largest change against the baseline'),
    statistic: schemas/* enum */.k5n(STATISTICS).describe('The sample statistic the rule compares'),
    value: schemas/* number */.aig().describe("The canary's statistic (min, max) or its change from the baseline's (max-increase, max-decrease)"),
    limit: schemas/* number */.aig().describe('The bound; negative for max-decrease (the change may not fall below it)'),
    ok: schemas/* boolean */.zMY().describe('Whether the value keeps within the bound'),
})
    .strict();
const metricSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().describe('Metric name'),
    group: schemas/* string */.YjP().describe('First metric group the metric belongs to'),
    classification: schemas/* enum */.k5n(['Pass', 'High', 'Low', 'Nodata', 'Inconclusive'])
        .describe("Kayenta's classification of the canary against the baseline; Inconclusive: a conversion metric with data but no clear probability either way"),
    canaryMean: schemas/* number */.aig().nullable().describe("Mean of the canary's values; null without canary data"),
    baselineMean: schemas/* number */.aig().nullable().describe("Mean of the baseline's values; null without baseline data"),
    estimate: schemas/* number */.aig().nullable().describe('Hodges–Lehmann shift (canary − baseline), or the difference of rates for conversion metrics; null when not computed'),
    ciLow: schemas/* number */.aig().nullable().describe('Lower end of the interval of the estimate at the confidence level'),
    ciHigh: schemas/* number */.aig().nullable().describe('Upper end of the interval of the estimate at the confidence level'),
    pValue: schemas/* number */.aig().nullable().describe('Mann–Whitney U p-value, or the always-valid mSPRT p-value in sequential mode; null when not computed'),
    nCanary: schemas/* number */.aig().int().nonnegative().describe('Canary values judged'),
    nBaseline: schemas/* number */.aig().int().nonnegative().describe('Baseline values judged'),
    ratio: schemas/* number */.aig().nullable().describe("Canary mean / baseline mean (Kayenta's mean ratio); 1 for identical samples; null without data or when either mean is 0"),
    cles: schemas/* number */.aig().nullable().describe("Kayenta's common-language effect size P(canary > baseline) + ½ P(tie), 0–1; null when no test ran"),
    method: schemas/* enum */.k5n(['mann-whitney', 'sequential', 'beta-binomial', 'none']).describe('How the metric was judged; none when no test ran (no data, identical samples)'),
    reason: schemas/* string */.YjP().describe('Why the metric got its classification'),
    critical: schemas/* boolean */.zMY().describe('A critical metric failed beyond its critical effect size or bound, or had no data: the canary is rolled back'),
    probabilityBetter: schemas/* number */.aig().nullable().describe('Conversion metrics with a direction: posterior probability that the canary is better; else null'),
    rules: schemas/* array */.YOg(ruleSchema).describe('The absolute and relative bounds set on the metric, each with its outcome'),
})
    .strict();
const groupSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().describe('Metric group'),
    score: schemas/* number */.aig().nullable().describe('Share of judged metrics of the group that passed, 0–100; null when none was judged'),
    passed: schemas/* number */.aig().int().nonnegative().describe('Metrics of the group that passed'),
    judged: schemas/* number */.aig().int().nonnegative().describe('Metrics of the group judged (with data, or failing for lack of it)'),
    noData: schemas/* number */.aig().int().nonnegative().describe('Metrics of the group without enough data, left out of its score'),
    inconclusive: schemas/* number */.aig().int().nonnegative().describe('Metrics of the group with data but inconclusive, left out of its score'),
    weight: schemas/* number */.aig().describe('Weight (percent) of the group in the canary score'),
})
    .strict();
const report_sections_charts = schemas/* object */.Ikc({
    distributions: schemas/* array */.YOg(schemas/* object */.Ikc({
        metric: schemas/* string */.YjP(),
        edges: schemas/* array */.YOg(schemas/* number */.aig()).describe('16 equal bins over the pooled 1st–99th percentiles (values beyond are counted in the end bins)'),
        canary: schemas/* array */.YOg(schemas/* number */.aig()).describe("Share of the canary's values per bin"),
        baseline: schemas/* array */.YOg(schemas/* number */.aig()).describe("Share of the baseline's values per bin"),
    })
        .strict())
        .describe('Per metric with data in both variants: histograms on shared bins'),
    weights: schemas/* array */.YOg(schemas/* object */.Ikc({
        look: schemas/* number */.aig().int().min(1),
        weight: schemas/* number */.aig().describe('The canary weight this look set (percent)'),
        score: schemas/* number */.aig().describe('The canary score of the look'),
        decision: schemas/* enum */.k5n(['promote', 'continue', 'rollback']),
    })
        .strict())
        .optional()
        .describe('Sequential mode: the looks so far from the state file, oldest first (at most 200)'),
})
    .strict();
const reportSections = schemas/* object */.Ikc({
    decision: schemas/* enum */.k5n(['promote', 'continue', 'rollback']).describe('What to do with the canary'),
    score: schemas/* number */.aig().describe('Canary score, 0–100, rounded to 4 decimals'),
    nextWeight: schemas/* number */.aig().describe("The canary's next traffic percentage (0 on rollback, 100 for full promotion)"),
    metrics: schemas/* array */.YOg(metricSchema).describe('One entry per metric, in configuration order'),
    groups: schemas/* array */.YOg(groupSchema).describe('Score per metric group (report-only metrics are in none)'),
    thresholds: schemas/* object */.Ikc({
        pass: schemas/* number */.aig().describe('Score at or above which the canary is promoted'),
        marginal: schemas/* number */.aig().describe('Score below which the canary is rolled back'),
        confidence: schemas/* number */.aig().describe('Confidence level of the intervals and the sequential test'),
    })
        .strict()
        .describe('The score thresholds and confidence level in effect'),
    sequential: schemas/* object */.Ikc({
        looks: schemas/* number */.aig().int().positive().describe('How many looks so far, this one included'),
        statePath: schemas/* string */.YjP().nullable().describe('The state file as given in `state`; null when none was given'),
    })
        .strict()
        .optional()
        .describe('Sequential mode only: the looks taken and the state file'),
    charts: report_sections_charts.optional().describe('Summaries the HTML report draws; never the samples'),
});

;// CONCATENATED MODULE: ./src/gates/canary-decision/gate.ts
/**
 * canary-decision: read the canary's and the baseline's metrics (files or
 * Prometheus), judge each metric as Kayenta does, score, and decide
 * promote / continue / rollback — optionally with always-valid p-values
 * carried across repeated looks.
 */
















async function readSamples(inputs, ctx) {
    const read = (path) => (0,readers/* readTable */.xz)(path, { ...ctx.readLimits, cwd: ctx.cwd, progress: ctx.progress });
    if (inputs.samples) {
        if (inputs['canary-samples'] || inputs['baseline-samples']) {
            throw new errors/* UserError */.yo('give either `samples` or `canary-samples` and `baseline-samples`, not both', { field: 'input samples' });
        }
        const table = await read(inputs.samples);
        const labels = { column: inputs['variant-column'], canary: inputs['canary-label'], baseline: inputs['baseline-label'] };
        return { tables: splitByVariant(table, labels), variantColumn: labels.column };
    }
    if (inputs['canary-samples'] || inputs['baseline-samples']) {
        if (!inputs['canary-samples'] || !inputs['baseline-samples']) {
            throw new errors/* UserError */.yo('`canary-samples` and `baseline-samples` go together', { field: inputs['canary-samples'] ? 'input baseline-samples' : 'input canary-samples' });
        }
        const [canary, baseline] = await Promise.all([read(inputs['canary-samples']), read(inputs['baseline-samples'])]);
        return { tables: { canary: { table: canary, rows: null }, baseline: { table: baseline, rows: null } }, variantColumn: null };
    }
    return null;
}
async function readState(path, cwd) {
    if (!path)
        return emptyState();
    const full = (0,external_node_path_.resolve)(cwd, path);
    if (!(0,external_node_fs_.existsSync)(full))
        return emptyState();
    return parseSequentialState(await (0,promises_.readFile)(full, 'utf8'), path);
}
async function runCanaryDecision(inputs, ctx) {
    const config = await loadCanaryConfig(inputs.config, ctx.cwd);
    if (inputs['group-weights'])
        config.groupWeights = { ...config.groupWeights, ...inputs['group-weights'] };
    for (const [name, query] of Object.entries(inputs.queries ?? {})) {
        const existing = config.metrics.find((m) => m.name === name);
        if (existing)
            existing.query = query;
        else
            config.metrics.push(metricFromSettings(name, { query }, 'input queries'));
    }
    const files = await readSamples(inputs, ctx);
    if (!inputs['prometheus-url']) {
        const fromInput = Object.keys(inputs.queries ?? {});
        if (fromInput.length > 0)
            throw new errors/* UserError */.yo(`metric ${fromInput[0]} has a query but no \`prometheus-url\` is set`, { field: 'input prometheus-url' });
        // Queries that came with a configuration (a Kayenta one, say) do not stop
        // the same metrics from being read from samples files.
        if (files)
            for (const m of config.metrics)
                m.query = undefined;
    }
    const promMetrics = config.metrics.filter((m) => m.query);
    if (promMetrics.length > 0 && !inputs['prometheus-url']) {
        throw new errors/* UserError */.yo(`metric ${promMetrics[0].name} has a query but no \`prometheus-url\` is set`, { field: 'input prometheus-url' });
    }
    if (!files && !inputs['prometheus-url']) {
        throw new errors/* UserError */.yo('no metrics source: set `samples`, `canary-samples` and `baseline-samples`, or `prometheus-url` with `queries`', { field: 'input samples' });
    }
    if (config.metrics.length === 0) {
        if (!files)
            throw new errors/* UserError */.yo('no metrics: give `queries` (or a `config` with queries) for Prometheus', { field: 'input queries' });
        const columns = defaultMetricColumns(files.tables, files.variantColumn);
        if (columns.length === 0)
            throw new errors/* UserError */.yo('no numeric metric columns in the samples', { file: files.tables.canary.table.source });
        for (const c of columns)
            config.metrics.push(metricFromSettings(c, {}, 'default settings'));
    }
    const data = new Map();
    const fileMetrics = config.metrics.filter((m) => !m.query);
    if (fileMetrics.length > 0) {
        if (!files)
            throw new errors/* UserError */.yo(`metric ${fileMetrics[0].name} has no query and there are no samples files`, { field: 'input config' });
        for (const m of fileMetrics)
            data.set(m.name, samples_metricData(files.tables, m));
    }
    if (promMetrics.length > 0) {
        const end = inputs.end ? parseTime(inputs.end, 'input end') : new Date();
        const fetched = await fetchPrometheusMetrics({
            url: inputs['prometheus-url'],
            end,
            windowSeconds: parseDuration(inputs.window, 'input window'),
            stepSeconds: parseDuration(inputs.step, 'input step'),
            selectors: { canary: inputs['canary-selector'], baseline: inputs['baseline-selector'] },
            secret: ctx.secret,
        }, promMetrics);
        for (const [k, v] of fetched)
            data.set(k, v);
    }
    const passScore = inputs['pass-score'] ?? config.scoreThresholds?.pass ?? 95;
    const marginalScore = inputs['marginal-score'] ?? config.scoreThresholds?.marginal ?? 75;
    if (marginalScore > passScore) {
        throw new errors/* UserError */.yo(`marginal-score ${marginalScore} is above pass-score ${passScore}`, { field: 'input marginal-score' });
    }
    const state = inputs.sequential ? await readState(inputs.state, ctx.cwd) : null;
    const options = {
        confidence: inputs.confidence,
        passScore,
        marginalScore,
        promoteProbability: inputs['promote-probability'],
        sequential: inputs.sequential,
        mixingSd: inputs['mixing-sd'],
        stepWeight: inputs['step-weight'],
        maxWeight: inputs['max-weight'],
        currentWeight: inputs['current-weight'] ?? null,
        state,
    };
    const e = evaluateCanary(config.metrics, data, config.groupWeights, options);
    let statePath = '';
    if (inputs.sequential && e.state) {
        if (inputs.state) {
            statePath = (0,external_node_path_.resolve)(ctx.cwd, inputs.state);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(statePath), { recursive: true });
            await (0,promises_.writeFile)(statePath, `${JSON.stringify(e.state, null, 2)}\n`);
        }
        else {
            ctx.log.warn('canary-decision: sequential mode without `state`: nothing carries the p-values to the next run');
        }
    }
    const report = (0,make_report/* makeReport */.d)({
        gate: 'canary-decision',
        inputs: { ...inputs },
        checks: e.checks,
        reason: `${e.decision}, ${e.reason}`,
        verdict: e.verdict,
        sections: {
            decision: e.decision,
            score: Number(e.score.toFixed(4)),
            nextWeight: e.nextWeight,
            metrics: metricsSection(e.metrics),
            groups: e.groups,
            thresholds: { pass: passScore, marginal: marginalScore, confidence: inputs.confidence },
            ...(e.state ? { sequential: { looks: e.state.looks, statePath: inputs.state ?? null } } : {}),
            // Summaries for the visual report: each metric's histograms on shared bins, the weight history.
            charts: {
                distributions: e.metrics.filter((r) => r.histogram).map((r) => ({ metric: r.name, ...r.histogram })),
                ...(e.state?.history ? { weights: e.state.history } : {}),
            },
        },
    });
    const source = inputs.samples ?? (inputs['canary-samples'] ? `${inputs['canary-samples']}, ${inputs['baseline-samples']}` : (inputs['prometheus-url'] ?? ''));
    const renderOptions = {
        confidence: inputs.confidence,
        sequential: inputs.sequential,
        metrics: config.metrics,
        source,
        ...(inputs['current-weight'] !== undefined ? { currentWeight: inputs['current-weight'] } : {}),
    };
    return {
        report,
        outputs: { decision: e.decision, score: String(Number(e.score.toFixed(2))), 'next-weight': String(e.nextWeight), 'state-path': statePath },
        markdown: renderMarkdown(e, renderOptions),
        headline: renderCanaryHeadline(e, renderOptions),
        neutral: e.decision === 'continue',
    };
}
/* harmony default export */ const canary_decision_gate = ((0,gate/* defineGate */.p)({
    name: 'canary-decision',
    title: 'Canary decision',
    description: "Judge a canary against its baseline metric by metric (Mann–Whitney U with a Hodges–Lehmann interval, as Kayenta), score it, and decide promote, continue or rollback; optionally with always-valid p-values across repeated looks.",
    inputs: inputs_inputs,
    outputs: outputs,
    run: runCanaryDecision,
    reportSections: reportSections,
}));


/***/ })

};
