"""Reference values for src/stats/drift and the Kolmogorov/Smirnov/CvM
distributions, from scipy 1.10 (Debian bookworm's python3-scipy), and for
drift-check's methods under Evidently's names: Evidently 0.7's definitions
(src/evidently/legacy/calculations/stattests/*.py, read from its source)
replayed here with numpy 1.24 and scipy 1.10 — their calls to scipy, their
orders of operations, and numpy's legacy random stream for the permutation
tests (TVD, empirical_mmd).

Run with Debian's python3:  /usr/bin/python3 test/golden/generate_drift.py
Writes test/golden/drift.json next to this script.

Large samples are not stored: they are given as a "recipe" that both this
script and the test expand identically with exact integer arithmetic:
  value_i = offset + scale * ((i * a) mod m) / m,  i = 0..n-1
"""
import json
import math
import os
import warnings
from collections import Counter
from fractions import Fraction

import numpy as np
from scipy import special, stats
from scipy.spatial import distance
from scipy.stats import contingency
from scipy.stats._hypotests import _cdf_cvm_inf

warnings.simplefilter("ignore")

cases = []
rng = np.random.default_rng(20261126)


def expand(r):
    i = np.arange(r["n"], dtype=np.int64)
    return r["offset"] + r["scale"] * ((i * r["a"]) % r["m"]) / r["m"]


def sample(v):
    """A sample as stored: a list, or a recipe dict."""
    if isinstance(v, dict):
        return expand(v)
    return np.asarray(v, dtype=float)


def f(x):
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def add(fn, args, **expected):
    cases.append({"fn": fn, "args": args, "expected": {k: f(v) for k, v in expected.items()}})


def rlist(a, digits=None):
    return [float(v) for v in a]


# --- distributions -------------------------------------------------------
for n in [1, 2, 5, 10, 50, 140, 141, 500, 1000, 5000, 100000, 200000, 2000000]:
    for x in [0.001, 0.01, 0.03, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.95]:
        add("smirnovSf", [n, x], value=special.smirnov(n, x))
for n in [1, 3, 10, 25, 60, 100, 140, 141, 300, 1000, 5000, 50000, 100000, 100001, 500000]:
    for z in [0.3, 0.5, 0.7, 0.85, 1.0, 1.2, 1.5, 2.0, 3.0, 5.0]:
        x = z / math.sqrt(n)
        if x < 1:
            add("kolmogorovTwoSidedSf", [n, x], value=stats.kstwo.sf(x, n))
    for x in [0.6, 0.99]:
        add("kolmogorovTwoSidedSf", [n, x], value=stats.kstwo.sf(x, n))
for x in [0.003, 0.01, 0.05, 0.1, 0.2, 0.461, 0.5, 1.0, 2.0, 3.5]:
    add("cramerVonMisesLimitCdf", [x], value=_cdf_cvm_inf(x))

# --- Evidently's definitions ---------------------------------------------
def evidently_hellinger_numeric(ref, cur):
    """hellinger_distance.py, numerical branch: Sturges edges over the distinct
    values of both samples, density histograms, Σ √(p₁p₂)·bin_width in a loop."""
    keys = list(set(np.unique(ref)) | set(np.unique(cur)))
    bins = np.histogram_bin_edges(keys, bins="sturges")
    h1 = np.histogram(ref, bins=bins, density=True)[0]
    h2 = np.histogram(cur, bins=bins, density=True)[0]
    bin_width = (max(bins) - min(bins)) / (len(bins) - 1)
    h = 0.0
    for i in range(len(h1)):
        h += math.sqrt(float(h1[i]) * float(h2[i])) * bin_width
    return math.sqrt(1 - np.clip(h, 0, 1))


def exact_t(x, y, equal_var):
    """The t statistic in exact rational arithmetic (then one rounding), and
    its p-value from scipy's t distribution: the value a t-test computed
    without rounding error gives."""
    fx = [Fraction(float(v)) for v in x]
    fy = [Fraction(float(v)) for v in y]
    n1, n2 = len(fx), len(fy)
    m1, m2 = sum(fx) / n1, sum(fy) / n2
    v1 = sum((v - m1) ** 2 for v in fx) / (n1 - 1)
    v2 = sum((v - m2) ** 2 for v in fy) / (n2 - 1)
    if equal_var:
        df = n1 + n2 - 2
        denom2 = ((n1 - 1) * v1 + (n2 - 1) * v2) / df * (Fraction(1, n1) + Fraction(1, n2))
    else:
        a, b = v1 / n1, v2 / n2
        denom2 = a + b
        df = float((a + b) ** 2 / (a ** 2 / (n1 - 1) + b ** 2 / (n2 - 1)))
    # t = d / √denom2 to double precision: √ of the exact square, rounded once.
    t2 = (m1 - m2) ** 2 / denom2
    t = math.copysign(math.sqrt(t2.numerator / t2.denominator) if t2 < 10**300 else math.inf, float(m1 - m2))
    t = float(Fraction(t))
    return t, 2 * stats.t.sf(abs(t), df)


def evidently_tvd(ref_counts, cur_counts, iterations=1000):
    """tvd_stattest.py with utils.permutation_test: pooled items (category
    indices, reference first, each sample in category order), np.random.seed(0),
    np.random.choice(pooled, n_ref, replace=False) per iteration, the rest the
    new current; TVD = 0.5·np.sum(|r/n_r − c/n_c|) over the categories in order;
    p = #(observed <= permuted) / iterations."""
    k = len(ref_counts)

    def tvd(r, c):
        r = np.asarray(r, dtype=float)
        c = np.asarray(c, dtype=float)
        return 0.5 * np.sum(np.abs(r / r.sum() - c / c.sum()))

    observed = tvd(ref_counts, cur_counts)
    combined = [i for i in range(k) for _ in range(ref_counts[i])] + [i for i in range(k) for _ in range(cur_counts[i])]
    n_ref = sum(ref_counts)
    np.random.seed(0)
    stats_ = []
    for _ in range(iterations):
        new_ref = np.random.choice(combined, n_ref, replace=False).tolist()
        new_cur = list((Counter(combined) - Counter(new_ref)).elements())
        rc, cc = Counter(new_ref), Counter(new_cur)
        stats_.append(tvd([rc.get(i, 0) for i in range(k)], [cc.get(i, 0) for i in range(k)]))
    return observed, sum(observed <= abs(np.array(stats_))) / len(stats_)


def evidently_mmd(x, y, permutations=100):
    """mmd_stattest.py: squared distances y² − 2xy + x², σ from the median
    (percentile 50, method 'nearest') of the reference's, Gaussian kernels with
    that σ, diagonal removed, unbiased MMD², then 100 permutations of the
    pooled kernel matrix with np.random.permutation after np.random.seed(0)
    (as Evidently's test seeds it); p = mean(observed <= permuted)."""
    x = np.asarray(x, dtype=float).reshape(-1, 1)
    y = np.asarray(y, dtype=float).reshape(-1, 1)

    def sq(a, b):
        return b.T ** 2 - 2 * np.dot(a, b.T) + a ** 2

    dxx = sq(x, x)
    sigma = (0.5 * np.percentile(dxx.flatten(), q=50, method="nearest")) ** 0.5
    if sigma == 0:
        sigma = (0.5 * 1) ** 0.5
    gamma = 1.0 / (2.0 * sigma ** 2)
    kxx, kxy, kyy = np.exp(-gamma * dxx), np.exp(-gamma * sq(x, y)), np.exp(-gamma * sq(y, y))
    km = np.concatenate((np.concatenate((kxx, kxy), axis=1), np.concatenate((kxy.T, kyy), axis=1)), axis=0)
    km = km - np.diag(np.diagonal(km))
    nx, ny = x.shape[0], y.shape[0]

    def mmd(m):
        return (1 / (nx * (nx - 1))) * m[:-ny, :-ny].sum() + (1 / (ny * (ny - 1))) * m[-ny:, -ny:].sum() - 2.0 * m[-ny:, :-ny].mean()

    observed = mmd(km)
    np.random.seed(0)
    permuted = []
    for _ in range(permutations):
        idx = np.random.permutation(km.shape[0])
        permuted.append(mmd(km[idx][:, idx]))
    return observed, float((observed <= np.array(permuted)).mean()), sigma


# --- samples -------------------------------------------------------------
samples = {
    "tiny": ([1.5], [2.5]),
    "tiny2": ([0.1, 0.4], [0.3, 0.9, 1.2]),
    "small": (rlist(np.round(rng.normal(0, 1, 7), 6)), rlist(np.round(rng.normal(0.5, 1, 9), 6))),
    "equal_n": (rlist(np.round(rng.normal(0, 1, 40), 6)), rlist(np.round(rng.normal(0.3, 1, 40), 6))),
    "ties": (rlist(rng.integers(0, 5, 30)), rlist(rng.integers(0, 6, 25))),
    "ties_equal_n": (rlist(rng.integers(0, 3, 20)), rlist(rng.integers(0, 3, 20))),
    "constant_same": ([3.0] * 12, [3.0] * 9),
    "constant_diff": ([3.0] * 12, [4.0] * 9),
    "medium": (rlist(np.round(rng.normal(0, 1, 300), 6)), rlist(np.round(rng.normal(0.1, 1.2, 450), 6))),
    "medium_same": (rlist(np.round(rng.exponential(1, 500), 6)), rlist(np.round(rng.exponential(1, 520), 6))),
    "exact_big": ({"n": 9000, "a": 7919, "m": 10007, "scale": 1.0, "offset": 0.0},
                  {"n": 10000, "a": 104729, "m": 10009, "scale": 1.0, "offset": 0.01}),
    "asymp_close": ({"n": 12000, "a": 7919, "m": 12007, "scale": 1.0, "offset": 0.0},
                    {"n": 15000, "a": 104729, "m": 15013, "scale": 1.0, "offset": 0.004}),
    "asymp_shift": ({"n": 20000, "a": 7919, "m": 20011, "scale": 1.0, "offset": 0.0},
                    {"n": 30000, "a": 104729, "m": 30011, "scale": 1.0, "offset": 0.03}),
    "asymp_large_n": ({"n": 300000, "a": 7919, "m": 300007, "scale": 2.0, "offset": 0.0},
                      {"n": 250000, "a": 104729, "m": 250007, "scale": 2.0, "offset": 0.003}),
    # A large common offset (the t-tests' means differ by 0.04 near 1e9).
    "offset_1e9": ({"n": 5000, "a": 7919, "m": 10007, "scale": 3.0, "offset": 1e9},
                   {"n": 5000, "a": 104729, "m": 10009, "scale": 3.0, "offset": 1e9 + 0.04}),
    # Evidently's own test data for mannw, es (tests/stattests/test_stattests.py).
    "evidently_repeat": (rlist(np.repeat([1, 2, 3, 4, 5, 6], [16, 18, 16, 14, 12, 12])),
                         rlist(np.repeat([1, 2, 3, 4, 5, 6], [16, 16, 16, 16, 16, 8]))),
    # ... and for t_test and anderson.
    "evidently_t": ([38.7, 41.5, 43.8, 44.5, 45.5, 46.0, 47.7, 58.0], [39.2, 39.3, 39.7, 41.4, 41.8, 42.9, 43.3, 45.8]),
}

for name, (x, y) in samples.items():
    xs, ys = sample(x), sample(y)
    args = [name]
    big = len(xs) > 5000
    r = stats.ks_2samp(xs, ys)
    add("ks", args, statistic=r.statistic, pValue=r.pvalue, name=0)
    add("wasserstein", args, value=stats.wasserstein_distance(xs, ys))
    add("energy", args, value=stats.energy_distance(xs, ys))
    if len(xs) >= 2 and len(ys) >= 2 and not big and name != "offset_1e9":
        r = stats.ttest_ind(xs, ys, equal_var=False)
        add("welch", args, statistic=r.statistic, pValue=r.pvalue)
        r = stats.ttest_ind(xs, ys)  # Evidently's t_test: scipy's defaults (Student)
        add("student", args, statistic=r.statistic, pValue=r.pvalue)
        # Evidently's mannw: mannwhitneyu(x=reference, y=current, alternative="less")
        r = stats.mannwhitneyu(xs, ys, alternative="less")
        add("mannwLess", args, statistic=r.statistic, pValue=r.pvalue)
    # (Two constant samples make the covariance 0: scipy then inverts rounding noise.)
    if len(xs) >= 5 and len(ys) >= 5 and not big and stats.iqr(np.concatenate([xs, ys])) > 0 and np.ptp(xs) + np.ptp(ys) > 0:
        r = stats.epps_singleton_2samp(xs, ys)  # Evidently's es
        add("epps", args, statistic=r.statistic, pValue=r.pvalue)
    if not big and len(xs) >= 2 and len(ys) >= 2:
        add("hellingerNumeric", args, value=evidently_hellinger_numeric(xs, ys))
        r = stats.cramervonmises_2samp(xs, ys)
        add("cvm", args, statistic=r.statistic, pValue=r.pvalue)
    if len(np.unique(np.concatenate([xs, ys]))) >= 2 and len(xs) + len(ys) > 3 and not big:
        r = stats.anderson_ksamp([xs, ys])
        add("anderson", args, statistic=r.statistic, pValue=r.significance_level)
    for rule in ["sturges", "doane"]:
        pooled = np.concatenate([xs, ys])
        edges = np.histogram_bin_edges(pooled, bins=rule)
        counts = np.histogram(ys, bins=edges)[0]
        if not big:
            add("binEdges", [name, rule], edges=0, nEdges=len(edges), first=edges[0], last=edges[-1],
                second=edges[1] if len(edges) > 1 else edges[0], countsOfY=0)
            cases[-1]["expected"]["edges"] = [f(e) for e in edges]
            cases[-1]["expected"]["countsOfY"] = [int(c) for c in counts]
    for c in cases:
        c["expected"].pop("name", None)

# The t-tests on a large common offset: against the exact values (scipy's own
# pairwise sums in data order are off by about 1e-6 of t here).
ox, oy = sample(samples["offset_1e9"][0]), sample(samples["offset_1e9"][1])
for equal_var, fn in [(False, "welch"), (True, "student")]:
    t, p_ = exact_t(ox, oy, equal_var)
    add(fn, ["offset_1e9"], statistic=t, pValue=p_)
    cases[-1]["scipy"] = f(stats.ttest_ind(ox, oy, equal_var=equal_var).statistic)

# Evidently's TVD (the first five: its own test cases, whose p-values it states:
# 0.928, 0.085, 0.0, 1.0, 0.309).
evidently_ref = [16, 18, 16, 14, 12, 12]
tvd_pairs = [
    (evidently_ref, [16, 16, 16, 16, 16, 8]),
    (evidently_ref, [10, 10, 24, 24, 10, 10]),
    (evidently_ref, [0, 0, 0, 0, 0, 88]),
    (evidently_ref, evidently_ref),
    (evidently_ref, [10, 24, 12, 16, 8, 16]),
    ([30, 25, 20, 10, 5, 4, 3, 2, 1], [28, 22, 25, 12, 3, 5, 1, 2, 2]),  # 9 categories: numpy's 8-way sum
    ([120, 80, 0, 40], [50, 70, 6, 64]),
    ([3, 2], [1, 4]),
]
for r_, c_ in tvd_pairs:
    obs, pv = evidently_tvd(r_, c_)
    add("tvd", [r_, c_], statistic=obs, pValue=pv)

# Evidently's empirical_mmd: its own test inputs (each sample sorted, the order
# drift-check pools them in), then larger ones.
mmd_pairs = [
    ([1.0] * 25, [0.0] * 25),
    ([1.0, 0.0, 1.0, 0.0, 1.0] * 5, [1.0, 0.0, 1.0, 0.0, 1.0] * 5),
    ([1.1, 0.2, 2.1, 0.0, 1.0], [1.0, 0.0, 2.0, 0.0, 1.0]),
    (rlist(np.round(rng.normal(0, 0.5, 100), 6)), rlist(np.round(rng.normal(0, 0.1, 100), 6))),
    (rlist(np.round(rng.normal(0, 1, 300), 6)), rlist(np.round(rng.normal(0.1, 1, 200), 6))),
    (rlist(np.round(1e6 + rng.normal(0, 1, 200), 6)), rlist(np.round(1e6 + rng.normal(0.3, 1, 150), 6))),
    (rlist(rng.integers(0, 4, 120)), rlist(rng.integers(0, 5, 90))),
]
for x_, y_ in mmd_pairs:
    x_, y_ = sorted(x_), sorted(y_)
    obs, pv, sg = evidently_mmd(x_, y_)
    add("mmd", [x_, y_], statistic=obs, pValue=pv, sigma=sg)

# Evidently's fisher_exact: scipy's fisher_exact on the 2 × 2 table (its own
# test tables first: p 0.033, 0.181, 1.0, 1.0, 0.0021, 0.00078).
fisher_tables = [
    [[60, 30], [45, 45]], [[0, 6], [3, 3]], [[6, 0], [6, 0]], [[4, 2], [4, 2]], [[0, 6], [6, 0]], [[60, 90], [90, 60]],
    [[45, 45], [45, 45]], [[8, 2], [1, 5]], [[1234, 2000], [1500, 1800]], [[10, 0], [0, 10]], [[7, 120], [30, 97]],
    [[500, 499], [501, 500]], [[3, 17], [9, 11]],
]
for t_ in fisher_tables:
    r = stats.fisher_exact(t_)
    add("fisherExact", [t_], statistic=r[0], pValue=r[1])

# numpy's legacy stream: np.random.seed(s) then np.random.permutation(n), twice
# (the second draw continues the stream), as the permutation tests draw.
for seed_, n_ in [(0, 10), (0, 37), (1, 1000), (12345, 70000), (4294967295, 5)]:
    np.random.seed(seed_)
    first = np.random.permutation(n_)
    second = np.random.permutation(n_)
    add("numpyPermutation", [seed_, n_], first=0, second=0)
    cases[-1]["expected"]["first"] = [int(v) for v in first[:200]]
    cases[-1]["expected"]["second"] = [int(v) for v in second[:200]]

# --- discrete distributions (shares / counts) ------------------------------
share_pairs = [
    ([0.5, 0.5], [0.5, 0.5]),
    ([0.2, 0.3, 0.5], [0.25, 0.25, 0.5]),
    ([0.1, 0.0, 0.9], [0.0, 0.2, 0.8]),
    ([10, 20, 30, 40], [40, 30, 20, 10]),
    ([1e-7, 0.5, 0.4999999], [0.3, 0.3, 0.4]),
]
for p, q in share_pairs:
    p_, q_ = np.asarray(p, float), np.asarray(q, float)
    add("jensenshannon", [p, q, None], value=distance.jensenshannon(p_, q_))
    add("jensenshannon", [p, q, 2], value=distance.jensenshannon(p_, q_, 2))
    pn, qn = p_ / p_.sum(), q_ / q_.sum()
    add("hellinger", [list(pn), list(qn)], value=math.sqrt(1 - np.clip(np.sum(np.sqrt(pn * qn)), 0, 1)))
    add("linf", [list(pn), list(qn)], value=np.max(np.abs(pn - qn)))

    def floor(s):
        s = s.copy()
        nz = s[s != 0]
        m = nz.min()
        np.place(s, s == 0, m / 10**6 if m <= 0.0001 else 0.0001)
        return s
    pf, qf = floor(pn), floor(qn)
    add("zeroShareFloor", [list(pn)], values=0)
    cases[-1]["expected"]["values"] = [float(v) for v in pf]
    add("psi", [list(pf), list(qf)], value=np.sum((pf - qf) * np.log(pf / qf)))
    add("klDiv", [list(pf), list(qf)], value=stats.entropy(pf, qf))

count_pairs = [
    ([30, 30], [25, 35]),
    ([50, 30, 20], [40, 40, 20]),
    ([50, 30, 20, 0], [40, 40, 15, 5]),  # category new in current
    ([100, 0, 7], [0, 90, 8]),          # categories gone and new
    ([500, 300, 199, 1], [480, 320, 200, 0]),
    ([3, 4], [3, 4]),
]
for ref, cur in count_pairs:
    ref_, cur_ = np.asarray(ref, float), np.asarray(cur, float)
    exp = ref_ * cur_.sum() / ref_.sum()
    r = stats.chisquare(cur_, exp)
    add("chisquare", [list(cur_), list(exp)], statistic=r.statistic, pValue=r.pvalue)
    # Evidently's g_test: power_divergence(f_obs=current, f_exp=reference, "log-likelihood");
    # scipy refuses unequal totals, so the reference is scaled as for chisquare.
    with np.errstate(divide="ignore"):
        r = stats.power_divergence(cur_, exp, lambda_="log-likelihood")
    add("gTest", [list(cur_), list(exp)], statistic=r.statistic, pValue=r.pvalue)
    table = np.array([ref, cur])
    keep = table.sum(axis=0) > 0
    table = table[:, keep]
    r = stats.chi2_contingency(table)
    add("chi2", [table.tolist()], statistic=r[0], pValue=r[1])
    add("cramersV", [table.tolist()], value=contingency.association(table, method="cramer"))
    # z on the first category (Evidently's proportions_diff_z_stat_ind, two-sided)
    n1, n2 = ref_.sum(), cur_.sum()
    x1, x2 = n1 - ref_[0], n2 - cur_[0]
    p1, p2 = x1 / n1, x2 / n2
    P = (p1 * n1 + p2 * n2) / (n1 + n2)
    z = (p1 - p2) / np.sqrt(P * (1 - P) * (1 / n1 + 1 / n2))
    add("z", [x1, n1, x2, n2], statistic=z, pValue=2 * stats.norm.sf(abs(z)))

# Evidently's z on whole samples: keys = sorted(unique values) — numbers by
# value, text by code point — and the share of "not keys[0]".
def evidently_z(ref, cur):
    keys = sorted(set(ref) | set(cur))
    a = [0 if v == keys[0] else 1 for v in ref]
    b = [0 if v == keys[0] else 1 for v in cur]
    n1, n2 = len(a), len(b)
    p1, p2 = sum(a) / n1, sum(b) / n2
    P = (p1 * n1 + p2 * n2) / (n1 + n2)
    z = (p1 - p2) / np.sqrt(P * (1 - P) * (1 / n1 + 1 / n2))
    return z, 2 * stats.norm.sf(abs(z))


z_samples = [
    ([9.0] * 30 + [10.0] * 50 + [11.0] * 20, [9.0] * 45 + [10.0] * 40 + [11.0] * 15),  # "10" < "9" as text
    ([-2.5] * 12 + [0.5] * 30 + [100.0] * 8, [-2.5] * 20 + [0.5] * 25 + [100.0] * 5),
    (["b"] * 40 + ["a"] * 10 + ["B"] * 10, ["b"] * 20 + ["a"] * 20 + ["B"] * 20),
    (["\uff5e"] * 30 + ["\U0001F600"] * 10, ["\uff5e"] * 15 + ["\U0001F600"] * 25),  # U+FF5E < U+1F600
]
for r_, c_ in z_samples:
    zz, pz = evidently_z(r_, c_)
    add("zMethod", [r_, c_], statistic=zz, pValue=pz)

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "drift.json"), "w") as fh:
    json.dump({"generator": "test/golden/generate_drift.py", "scipy": __import__("scipy").__version__,
               "samples": {k: [x, y] for k, (x, y) in samples.items()}, "cases": cases}, fh, indent=0)
print(len(cases), "cases")
