"""Golden values for src/stats/rank (average ranks, Mann-Whitney U).

Run with Debian's Python (it has scipy): /usr/bin/python3 test/golden/generate_canary_mannwhitneyu.py
Writes test/golden/canary_mannwhitneyu.json next to this script.
"""
import json
import os

import numpy as np
import scipy
from scipy import stats

rng = np.random.default_rng(20261126)


def sample(kind, n, shift=0.0):
    if kind == "normal":
        return (rng.normal(0, 1, n) + shift).round(6)
    if kind == "integers":  # many ties
        return rng.integers(0, 6, n).astype(float) + shift
    if kind == "lognormal":
        return (rng.lognormal(3, 0.5, n) * (1 + shift)).round(4)
    raise ValueError(kind)


cases = []
specs = [
    ("normal", 3, 5, 0.0),
    ("normal", 4, 4, 1.0),
    ("normal", 8, 20, 0.5),
    ("normal", 5, 200, 0.3),
    ("normal", 9, 9, 0.8),
    ("normal", 12, 7, -0.6),
    ("integers", 6, 6, 0.0),
    ("integers", 30, 40, 1.0),
    ("lognormal", 50, 60, 0.1),
    ("normal", 1000, 1500, 0.05),
    ("integers", 2000, 1000, 0.0),
    ("normal", 1, 1, 0.0),
    ("normal", 2, 7, 3.0),
]
for kind, n1, n2, shift in specs:
    x = sample(kind, n1, shift)
    y = sample(kind, n2)
    for alt in ["two-sided", "less", "greater"]:
        out = {"x": x.tolist(), "y": y.tolist(), "alternative": alt}
        for method in ["auto", "exact", "asymptotic"]:
            if method == "exact" and (n1 > 60 or n2 > 300):
                continue
            r = stats.mannwhitneyu(x, y, alternative=alt, method=method)
            out[method] = {"statistic": float(r.statistic), "pvalue": float(r.pvalue)}
        r = stats.mannwhitneyu(x, y, alternative=alt, method="asymptotic", use_continuity=False)
        out["asymptotic_nocc"] = {"statistic": float(r.statistic), "pvalue": float(r.pvalue)}
        cases.append(out)

# Published example (scipy docs after Shier 2004): males vs females.
males = [19, 22, 16, 29, 24]
females = [20, 11, 17, 12]
r = stats.mannwhitneyu(males, females, method="auto")
cases.append({"x": males, "y": females, "alternative": "two-sided", "auto": {"statistic": float(r.statistic), "pvalue": float(r.pvalue)}})

# All values equal: the asymptotic variance is zero.
r = stats.mannwhitneyu([1.0] * 10, [1.0] * 12)
cases.append({"x": [1.0] * 10, "y": [1.0] * 12, "alternative": "two-sided", "auto": {"statistic": float(r.statistic), "pvalue": float(r.pvalue)}})

ranks = []
for values in [[3, 1, 2], [1, 1, 1], [5, 2, 2, 9, 5, 5, 0], rng.integers(0, 20, 50).tolist(), [-0.0, 0.0, 1e-300, -1e300]]:
    ranks.append({"values": values, "ranks": stats.rankdata(values).tolist()})

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "canary_mannwhitneyu.json")
with open(path, "w") as f:
    json.dump({"generator": "scipy " + scipy.__version__, "mannwhitneyu": cases, "rankdata": ranks}, f)
print("wrote", path, len(cases), "cases")
