"""Golden values for src/stats/canary/hodges-lehmann.ts.

A direct Python port of R's wilcox.test(x, y, conf.int=TRUE, correct=TRUE)
two-sample confidence interval (src/library/stats/R/wilcox.test.R): the exact
branch with qwilcox (from the exact distribution, counted by brute-force
enumeration for small samples and by scipy's recurrence otherwise) and the
asymptotic branch with its uniroot search (here scipy.optimize.brentq with a
tight tolerance). The estimate is the median of the pairwise differences
(the definition; R's exact branch computes exactly that).

Run: /usr/bin/python3 test/golden/generate_canary_hodges_lehmann.py
"""
import itertools
import json
import os

import numpy as np
import scipy
from scipy import optimize, stats
from scipy.stats._mannwhitneyu import _mwu_state

rng = np.random.default_rng(7)


def qwilcox(p, m, n):
    # smallest q with P(U <= q) >= p
    if m + n <= 14:
        counts = np.zeros(m * n + 1)
        for ranks in itertools.combinations(range(1, m + n + 1), m):
            counts[sum(ranks) - m * (m + 1) // 2] += 1
        cdf = np.cumsum(counts) / counts.sum()
    else:
        cdf = _mwu_state.cdf(np.arange(m * n + 1), m, n)
    return int(np.argmax(cdf >= p * (1 - 64 * np.finfo(float).eps)))


def r_wilcox_ci(x, y, conf, exact):
    x = np.asarray(x, float)
    y = np.asarray(y, float)
    nx, ny = len(x), len(y)
    alpha = 1 - conf
    if exact:
        diffs = np.sort(np.subtract.outer(x, y).ravel())
        qu = qwilcox(alpha / 2, nx, ny)
        if qu == 0:
            qu = 1
        ql = nx * ny - qu
        return float(diffs[qu - 1]), float(diffs[ql])

    def wdiff(d, zq):
        dr = stats.rankdata(np.concatenate([x - d, y]))
        _, nties = np.unique(dr, return_counts=True)
        dz = dr[:nx].sum() - nx * (nx + 1) / 2 - nx * ny / 2
        corr = np.sign(dz) * 0.5
        sigma = np.sqrt((nx * ny / 12) * ((nx + ny + 1) - (nties**3 - nties).sum() / ((nx + ny) * (nx + ny - 1))))
        return (dz - corr) / sigma - zq

    mumin = x.min() - y.max()
    mumax = x.max() - y.min()

    def root(zq):
        fl = wdiff(mumin, zq)
        fu = wdiff(mumax, zq)
        if fl <= 0:
            return mumin
        if fu >= 0:
            return mumax
        return optimize.brentq(wdiff, mumin, mumax, args=(zq,), xtol=1e-13, rtol=1e-15, maxiter=500)

    z = stats.norm.ppf(1 - alpha / 2)
    return float(root(z)), float(root(-z))


cases = []


def add(x, y, conf, method, note=""):
    x = [float(v) for v in x]
    y = [float(v) for v in y]
    est = float(np.median(np.subtract.outer(np.array(x), np.array(y))))
    lo, hi = r_wilcox_ci(x, y, conf, method == "exact")
    cases.append({"x": x, "y": y, "confidence": conf, "method": method, "estimate": est, "ciLow": lo, "ciHigh": hi, "note": note})


def no_ties(a, b):
    allv = np.concatenate([a, b])
    return len(np.unique(allv)) == len(allv)


# Kayenta's published case (MannWhitneySuite): [10,20,30,40] vs [1,2,3,4] at 95%: [6, 39], 22.5.
add([10, 20, 30, 40], [1, 2, 3, 4], 0.95, "exact", "kayenta")
for n1, n2, shift, conf in [(5, 7, 0.5, 0.95), (10, 12, 1.0, 0.9), (30, 25, -0.3, 0.98), (49, 40, 0.2, 0.95), (3, 3, 2.0, 0.8), (1, 6, 0.0, 0.95)]:
    x = rng.normal(shift, 1, n1).round(5)
    y = rng.normal(0, 1, n2).round(5)
    assert no_ties(x, y)
    add(x, y, conf, "exact")
for n1, n2, shift, conf, kind in [
    (60, 80, 0.4, 0.95, "normal"),
    (200, 150, -1.0, 0.98, "normal"),
    (40, 45, 0.0, 0.95, "ties"),
    (300, 301, 2.0, 0.95, "ties"),
    (120, 7, 0.3, 0.9, "normal"),
    (500, 400, 0.1, 0.95, "lognormal"),
]:
    if kind == "normal":
        x = rng.normal(shift, 1, n1).round(5)
        y = rng.normal(0, 1, n2).round(5)
    elif kind == "ties":
        x = rng.integers(0, 8, n1) + shift
        y = rng.integers(0, 8, n2).astype(float)
    else:
        x = (rng.lognormal(4, 0.6, n1) * (1 + shift)).round(2)
        y = rng.lognormal(4, 0.6, n2).round(2)
    add(x, y, conf, "asymptotic", kind)

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "canary_hodges_lehmann.json")
with open(path, "w") as f:
    json.dump({"generator": "port of R wilcox.test, scipy " + scipy.__version__, "cases": cases}, f)
print("wrote", path, len(cases))
print(cases[0]["ciLow"], cases[0]["ciHigh"], cases[0]["estimate"])
