"""Reference values for src/stats/drift and the Kolmogorov/Smirnov/CvM
distributions, from scipy 1.10 (Debian bookworm's python3-scipy).

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
}

for name, (x, y) in samples.items():
    xs, ys = sample(x), sample(y)
    args = [name]
    big = len(xs) > 5000
    r = stats.ks_2samp(xs, ys)
    add("ks", args, statistic=r.statistic, pValue=r.pvalue, name=0)
    add("wasserstein", args, value=stats.wasserstein_distance(xs, ys))
    add("energy", args, value=stats.energy_distance(xs, ys))
    if len(xs) >= 2 and len(ys) >= 2 and not big:
        r = stats.ttest_ind(xs, ys, equal_var=False)
        add("welch", args, statistic=r.statistic, pValue=r.pvalue)
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

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "drift.json"), "w") as fh:
    json.dump({"generator": "test/golden/generate_drift.py", "scipy": __import__("scipy").__version__,
               "samples": {k: [x, y] for k, (x, y) in samples.items()}, "cases": cases}, fh, indent=0)
print(len(cases), "cases")
