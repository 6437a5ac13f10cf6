"""Reference Wilson score intervals for src/stats/fairness/wilson-interval.ts.

Run with Debian's interpreter:  /usr/bin/python3 test/golden/generate_wilson.py
Writes test/golden/wilson.json next to this script, from
scipy.stats.binomtest(k, n).proportion_ci(confidence_level, method="wilson").
"""
import json
import os

from scipy.stats import binomtest


def main():
    cases = []
    for k, n in ((81, 263), (15, 148), (0, 20), (1, 29), (29, 29), (0, 1), (1, 1), (5, 10), (412, 1000), (3, 100000), (99990, 100000)):
        for conf in (0.95, 0.9, 0.99):
            ci = binomtest(k, n).proportion_ci(confidence_level=conf, method="wilson")
            cases.append({"k": k, "n": n, "confidence": conf, "low": ci.low, "high": ci.high})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "wilson.json")
    with open(path, "w") as f:
        json.dump({"cases": cases}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
