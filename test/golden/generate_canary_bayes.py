"""Golden values for src/stats/canary/beta-probability-greater.ts.

P(X > Y), X ~ Beta(a1, b1), Y ~ Beta(a2, b2): Evan Miller's closed form
(a sum over a1 terms) for integer parameters when that is small, otherwise
scipy.integrate.quad of the density times the cdf.

Run: /usr/bin/python3 test/golden/generate_canary_bayes.py
"""
import json
import os

import numpy as np
import scipy
from scipy import integrate, special, stats


def miller(a1, b1, a2, b2):
    # P(X > Y) = sum_{i=0}^{a1-1} B(a2+i, b1+b2) / ((b1+i) B(1+i, b1) B(a2, b2))
    total = 0.0
    for i in range(int(a1)):
        total += np.exp(special.betaln(a2 + i, b1 + b2) - np.log(b1 + i) - special.betaln(1 + i, b1) - special.betaln(a2, b2))
    return float(total)


def quad(a1, b1, a2, b2):
    m = a1 / (a1 + b1)
    sd = np.sqrt(a1 * b1 / ((a1 + b1) ** 2 * (a1 + b1 + 1)))
    lo, hi = max(0.0, m - 14 * sd), min(1.0, m + 14 * sd)
    v, _ = integrate.quad(lambda p: stats.beta.pdf(p, a1, b1) * stats.beta.cdf(p, a2, b2), lo, hi, epsabs=1e-14, epsrel=1e-12, limit=500)
    return float(v)


cases = []
for a1, b1, a2, b2 in [(1, 1, 1, 1), (2, 1, 1, 2), (11, 91, 6, 96), (51, 951, 41, 961), (300, 700, 280, 720), (3, 8, 8, 3), (1, 20, 20, 1)]:
    cases.append({"a1": a1, "b1": b1, "a2": a2, "b2": b2, "p": miller(a1, b1, a2, b2), "source": "miller"})
for a1, b1, a2, b2 in [(20001, 980001, 19001, 981001), (500001, 500001, 499001, 501001), (991, 11, 981, 21)]:
    cases.append({"a1": a1, "b1": b1, "a2": a2, "b2": b2, "p": quad(a1, b1, a2, b2), "source": "quad"})

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "canary_bayes.json")
with open(path, "w") as f:
    json.dump({"generator": "scipy " + scipy.__version__, "cases": cases}, f, indent=1)
print("wrote", path, [round(c["p"], 6) for c in cases])
