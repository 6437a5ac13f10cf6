"""Reference curves for src/stats/metrics/{roc-curve,precision-recall-curve,calibration-curve}.ts.

Run with Debian's interpreter:  /usr/bin/python3 test/golden/generate_curves.py
Writes test/golden/curves.json next to this script.

roc_curve (drop_intermediate=True) and precision_recall_curve come from
sklearn.metrics, calibration_curve (strategy="uniform") from sklearn.calibration;
the counts per calibration bin from numpy's searchsorted/bincount as
calibration_curve bins them. Cases: random scores, heavy ties, scores on the
bin edges, a single class.
"""
import json
import os

import numpy as np
from sklearn.calibration import calibration_curve
from sklearn.metrics import precision_recall_curve, roc_curve


def case(name, y, s, n_bins=10):
    y = np.asarray(y, dtype=int)
    s = np.asarray(s, dtype=float)
    out = {"name": name, "y": y.tolist(), "score": s.tolist(), "nBins": n_bins}
    if 0 < y.sum() < len(y):
        fpr, tpr, _ = roc_curve(y, s, drop_intermediate=True)
        out["roc"] = {"fpr": fpr.tolist(), "tpr": tpr.tolist()}
    if y.sum() > 0:
        p, r, _ = precision_recall_curve(y, s)
        out["pr"] = {"precision": p.tolist(), "recall": r.tolist()}
    prob_true, prob_pred = calibration_curve(y, s, n_bins=n_bins, strategy="uniform")
    bins = np.linspace(0.0, 1.0, n_bins + 1)
    ids = np.searchsorted(bins[1:-1], s)
    total = np.bincount(ids, minlength=len(bins))
    out["calibration"] = {"observed": prob_true.tolist(), "predicted": prob_pred.tolist(), "count": total[total != 0].astype(float).tolist()}
    return out


def main():
    rng = np.random.default_rng(20260301)
    cases = []
    n = 400
    y = rng.integers(0, 2, n)
    s = np.clip(rng.normal(0.35 + 0.3 * y, 0.18), 0, 1)
    cases.append(case("random scores", y, s))
    y = rng.integers(0, 2, 300)
    s = np.round(rng.uniform(0, 1, 300) * 0.5 + 0.4 * y, 1)  # a few distinct values: heavy ties
    cases.append(case("tied scores", y, np.clip(s, 0, 1)))
    edges = [0.0, 0.1, 0.2, 0.30000000000000004, 0.3, 0.5, 0.7000000000000001, 0.7, 0.9, 1.0]
    cases.append(case("scores on bin edges", [0, 1, 0, 1, 1, 0, 1, 0, 1, 1], edges, 10))
    cases.append(case("five bins", y[:120], np.clip(s[:120], 0, 1), 5))
    cases.append(case("only negatives", [0] * 6, [0.1, 0.4, 0.4, 0.8, 0.2, 0.9]))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "curves.json")
    with open(path, "w") as f:
        json.dump({"cases": cases}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
