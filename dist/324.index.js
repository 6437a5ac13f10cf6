export const id = 324;
export const ids = [324];
export const modules = {

/***/ 57324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cq: () => (/* binding */ DEFAULT_METRICS),
  Cb: () => (/* binding */ METRICS),
  Uw: () => (/* binding */ METRIC_NAMES)
});

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

// EXTERNAL MODULE: ./src/stats/fairness/group-rates.ts
var group_rates = __webpack_require__(52140);
// EXTERNAL MODULE: ./src/stats/fairness/confusion-counts.ts
var confusion_counts = __webpack_require__(9186);
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
    const overall = options.overall ?? (0,confusion_counts/* sumCounts */.W)(groups);
    const method = options.method ?? 'between_groups';
    const dTpr = aggregateDifference((0,group_rates/* ratesOf */.j1)(groups, 'tpr'), (0,group_rates/* groupRate */.cS)(overall, 'tpr'), method);
    const dFpr = aggregateDifference((0,group_rates/* ratesOf */.j1)(groups, 'fpr'), (0,group_rates/* groupRate */.cS)(overall, 'fpr'), method);
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
    const overall = options.overall ?? (0,confusion_counts/* sumCounts */.W)(groups);
    return aggregateDifference((0,group_rates/* ratesOf */.j1)(groups, 'selectionRate'), (0,group_rates/* groupRate */.cS)(overall, 'selectionRate'), options.method ?? 'between_groups');
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
    const overall = options.overall ?? (0,confusion_counts/* sumCounts */.W)(groups);
    return aggregateRatio((0,group_rates/* ratesOf */.j1)(groups, 'selectionRate'), (0,group_rates/* groupRate */.cS)(overall, 'selectionRate'), options.method ?? 'between_groups');
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
    const overall = options.overall ?? (0,confusion_counts/* sumCounts */.W)(groups);
    const method = options.method ?? 'between_groups';
    const rTpr = aggregateRatio((0,group_rates/* ratesOf */.j1)(groups, 'tpr'), (0,group_rates/* groupRate */.cS)(overall, 'tpr'), method);
    const rFpr = aggregateRatio((0,group_rates/* ratesOf */.j1)(groups, 'fpr'), (0,group_rates/* groupRate */.cS)(overall, 'fpr'), method);
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
    const overall = options.overall ?? (0,confusion_counts/* sumCounts */.W)(groups);
    return aggregateDifference((0,group_rates/* ratesOf */.j1)(groups, 'tpr'), (0,group_rates/* groupRate */.cS)(overall, 'tpr'), options.method ?? 'between_groups');
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
    const overall = options.overall ?? (0,confusion_counts/* sumCounts */.W)(groups);
    return aggregateDifference((0,group_rates/* ratesOf */.j1)(groups, 'precision'), (0,group_rates/* groupRate */.cS)(overall, 'precision'), options.method ?? 'between_groups');
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
    const overall = options.overall ?? (0,confusion_counts/* sumCounts */.W)(groups);
    return aggregateDifference((0,group_rates/* ratesOf */.j1)(groups, 'accuracy'), (0,group_rates/* groupRate */.cS)(overall, 'accuracy'), options.method ?? 'between_groups');
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
    return i < 0 ? Number.NaN : (0,group_rates/* groupRate */.cS)(groups[i], 'selectionRate') / (0,group_rates/* groupRate */.cS)(groups[reference], 'selectionRate');
}
function disparateImpactGroup(groups, reference) {
    const ref = (0,group_rates/* groupRate */.cS)(groups[reference], 'selectionRate');
    let best = -1;
    let min = Infinity;
    for (let i = 0; i < groups.length; i++) {
        if (i === reference)
            continue;
        const r = (0,group_rates/* groupRate */.cS)(groups[i], 'selectionRate') / ref;
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
    return averageOddsOfRates((0,group_rates/* groupRate */.cS)(g, 'tpr'), (0,group_rates/* groupRate */.cS)(g, 'fpr'), (0,group_rates/* groupRate */.cS)(ref, 'tpr'), (0,group_rates/* groupRate */.cS)(ref, 'fpr'));
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













const SELECTION = group_rates/* RATE_NAMES */.cj.indexOf('selectionRate');
const TPR = group_rates/* RATE_NAMES */.cj.indexOf('tpr');
const FPR = group_rates/* RATE_NAMES */.cj.indexOf('fpr');
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


/***/ }),

/***/ 9186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ sumCounts)
/* harmony export */ });
/* unused harmony export groupSize */
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


/***/ }),

/***/ 52140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uy: () => (/* binding */ ratesOfCells),
/* harmony export */   Vr: () => (/* binding */ groupRates),
/* harmony export */   cS: () => (/* binding */ groupRate),
/* harmony export */   cj: () => (/* binding */ RATE_NAMES),
/* harmony export */   i2: () => (/* binding */ higherIsBetter),
/* harmony export */   j1: () => (/* binding */ ratesOf)
/* harmony export */ });
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


/***/ })

};
