"""Reference values for src/stats/special and src/stats/distributions.

Run with Debian's python3 (python3-scipy):  python3 test/golden/generate_special.py
Writes test/golden/special.json next to this script.
"""
import json
import os

import numpy as np
from scipy import special, stats

cases = []


def add(fn, args, value):
    cases.append({"fn": fn, "args": list(args), "value": float(value)})


for x in [1e-8, 0.1, 0.5, 1.0, 1.5, 2.0, 2.5, 3.7, 10.0, 33.3, 171.5, 1000.0, 1e6]:
    add("logGamma", [x], special.gammaln(x))
for x in [-0.5, -2.5]:
    add("logGamma", [x], special.gammaln(x))
for a in [0.5, 1.0, 2.5, 10.0, 100.0, 5000.0]:
    for x in [1e-3, 0.5, 1.0, 3.0, 9.5, 12.0, 80.0, 120.0, 4900.0, 5200.0]:
        add("regularizedGammaP", [a, x], special.gammainc(a, x))
        add("regularizedGammaQ", [a, x], special.gammaincc(a, x))
for a, b in [(0.5, 0.5), (1.0, 3.0), (2.5, 7.5), (10.0, 0.5), (200.0, 300.0), (5e4, 0.5)]:
    for x in [1e-4, 0.1, 0.3, 0.5, 0.7, 0.95, 0.9999]:
        add("regularizedBeta", [x, a, b], special.betainc(a, b, x))
for x in [-6.0, -2.0, -0.3, 0.0, 1e-5, 0.4, 1.0, 2.5, 5.0, 10.0, 26.0]:
    add("erf", [x], special.erf(x))
    add("erfc", [x], special.erfc(x))
for x in [-38.0, -10.0, -3.0, -1.0, 0.0, 0.5, 1.96, 4.0, 8.0, 37.0]:
    add("normalCdf", [x], stats.norm.cdf(x))
    add("normalSf", [x], stats.norm.sf(x))
for p in [1e-300, 1e-20, 1e-6, 0.001, 0.025, 0.3, 0.5, 0.6, 0.975, 0.999999]:
    add("normalQuantile", [p], stats.norm.ppf(p))
for df in [1, 2, 3, 7.5, 30, 1000]:
    for x in [0.01, 0.5, 1.0, 3.84, 10.0, 60.0, 900.0, 1100.0]:
        add("chiSquareCdf", [x, df], stats.chi2.cdf(x, df))
        add("chiSquareSf", [x, df], stats.chi2.sf(x, df))
for df in [1, 2.5, 5, 17.3, 100, 1e5]:
    for t in [-40.0, -3.0, -1.0, 0.0, 0.7, 2.0, 6.0, 50.0]:
        add("studentTCdf", [t, df], stats.t.cdf(t, df))
        add("studentTSf", [t, df], stats.t.sf(t, df))
    for p in [0.001, 0.025, 0.2, 0.5, 0.9, 0.995]:
        add("studentTQuantile", [p, df], stats.t.ppf(p, df))
for n, p in [(10, 0.5), (37, 0.2), (1000, 0.01), (100000, 0.5)]:
    for k in sorted({0, 1, n // 10, n // 2, n - 1, n}):
        add("binomialPmf", [k, n, p], stats.binom.pmf(k, n, p))
        add("binomialCdf", [k, n, p], stats.binom.cdf(k, n, p))
        add("binomialSfAtLeast", [k, n, p], stats.binom.sf(k - 1, n, p))

out = {"generator": "test/golden/generate_special.py", "scipy": __import__("scipy").__version__, "cases": cases}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "special.json"), "w") as f:
    json.dump(out, f, indent=1)
print(len(cases), "cases")
