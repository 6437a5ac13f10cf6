"""Golden values for src/stats/canary/beta-probability-greater.ts.

P(X > Y), X ~ Beta(a1, b1), Y ~ Beta(a2, b2).

"exact": exact rational arithmetic (Python integers and fractions), by a
route other than the code's. For integer a2, b2 the cdf of Y is a binomial
tail, F_Y(q) = P(Binomial(n, q) >= a2) with n = a2 + b2 - 1, so

  P(X > Y) = E[F_Y(X)] = sum_{j=a2}^{n} C(n, j) E[X^j (1 - X)^(n - j)]
           = sum_{j=a2}^{n} C(n, j) B(a1 + j, b1 + n - j) / B(a1, b1),

with B(a, b) = (a-1)! (b-1)! / (a+b-1)! for integers; the complement
1 - sum_{j=0}^{a2-1} is used when a2 < b2 (fewer terms). Every term over the
common denominator (a1+b1+n-1)! is an integer, and consecutive ones differ by
an exact integer factor, so the sum is exact; the float is correctly rounded.
(The code sums Miller's series instead: a different closed form.)

"quad": counts too large for exact integers (millions), by
scipy.integrate.quad of the density of X times the cdf of Y, split where
either posterior holds its mass.

Run: /usr/bin/python3 test/golden/generate_canary_bayes.py
"""
import json
import os
from fractions import Fraction
from math import comb, factorial

import numpy as np
import scipy
from scipy import integrate, stats


def exact(a1, b1, a2, b2):
    n = a2 + b2 - 1
    upper = a2 <= b2  # sum j < a2 and take the complement, else sum j >= a2
    js = range(0, a2) if upper else range(a2, n + 1)
    j0 = js[0]
    # t_j = C(n, j) (a1+j-1)! (b1+n-j-1)!, an integer; t_{j+1} = t_j (n-j)(a1+j) / ((j+1)(b1+n-j-1)) exactly.
    t = comb(n, j0) * factorial(a1 + j0 - 1) * factorial(b1 + n - j0 - 1)
    total = 0
    for j in js:
        total += t
        if j < n:
            num = t * (n - j) * (a1 + j)
            den = (j + 1) * (b1 + n - j - 1)
            assert num % den == 0
            t = num // den
    # divide by (a1+b1+n-1)! B(a1, b1) = (a1+b1+n-1)! (a1-1)! (b1-1)! / (a1+b1-1)!
    p = Fraction(total * factorial(a1 + b1 - 1), factorial(a1 + b1 + n - 1) * factorial(a1 - 1) * factorial(b1 - 1))
    return float(1 - p) if upper else float(p)


def quad(a1, b1, a2, b2):
    def window(a, b):
        m = a / (a + b)
        sd = np.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))
        return max(0.0, m - 14 * sd), min(1.0, m + 14 * sd)

    lo1, hi1 = window(a1, b1)
    lo2, hi2 = window(a2, b2)
    points = sorted({lo1, hi1, lo2, hi2})
    f = lambda p: stats.beta.pdf(p, a1, b1) * stats.beta.cdf(p, a2, b2)
    total = 0.0
    for lo, hi in zip(points, points[1:]):
        v, _ = integrate.quad(f, lo, hi, epsabs=1e-15, epsrel=1e-13, limit=1000)
        total += v
    # above the windows of both, F_Y = 1: what is left of X's mass
    total += stats.beta.sf(points[-1], a1, b1)
    return float(total)


cases = []
for a1, b1, a2, b2 in [
    (1, 1, 1, 1),
    (2, 1, 1, 2),
    (11, 91, 6, 96),
    (51, 951, 41, 961),
    (300, 700, 280, 720),
    (3, 8, 8, 3),
    (1, 20, 20, 1),
    # very different sample sizes: 0/20 against 0/10,000, 2/20 against 10/10,000, and the reverse roles
    (1, 21, 1, 10001),
    (3, 19, 11, 9991),
    (11, 9991, 3, 19),
    (19, 3, 9991, 11),
    # a small canary against a large baseline with a rate far from 0
    (61, 141, 2001, 8001),
    # the first terms of the series are below the smallest double (about 10^-450), the sum is not
    (2000, 2000, 1900, 2100),
]:
    cases.append({"a1": a1, "b1": b1, "a2": a2, "b2": b2, "p": exact(a1, b1, a2, b2), "source": "exact"})
for a1, b1, a2, b2 in [(20001, 980001, 19001, 981001), (500001, 500001, 499001, 501001), (991, 11, 981, 21)]:
    cases.append({"a1": a1, "b1": b1, "a2": a2, "b2": b2, "p": quad(a1, b1, a2, b2), "source": "quad"})

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "canary_bayes.json")
with open(path, "w") as f:
    json.dump({"generator": "python fractions; scipy " + scipy.__version__ + " (quad)", "cases": cases}, f, indent=1)
print("wrote", path, [(c["source"], c["p"]) for c in cases])
