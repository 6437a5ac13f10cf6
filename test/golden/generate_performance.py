"""Reference values for performance-gate's metrics and tests.

Run with Debian's interpreter:  /usr/bin/python3 test/golden/generate_performance.py
Writes test/golden/performance.json next to this script.

Metrics come from scikit-learn, McNemar's p-values from scipy.stats
(binomtest / chi2), DeLong's variance from an independent numpy
implementation of Sun & Xu's algorithm on scipy.stats.rankdata midranks, and
the paired bootstrap intervals from scipy.stats.bootstrap.
Where scikit-learn raises (undefined metric) the expected value is null.
"""
import json
import os
import warnings

import numpy as np
from scipy import stats
from sklearn import metrics as M

warnings.filterwarnings("ignore")
rng = np.random.default_rng(20261126)


def safe(f):
    try:
        v = float(f())
        return None if np.isnan(v) else v
    except ValueError:
        return None


def binary_case(name, y, pred, score):
    y = np.asarray(y, dtype=int)
    pred = np.asarray(pred, dtype=int)
    score = np.asarray(score, dtype=float)
    return {
        "name": name,
        "y": y.tolist(),
        "pred": pred.tolist(),
        "score": score.tolist(),
        "expected": {
            "accuracy": safe(lambda: M.accuracy_score(y, pred)),
            "balanced_accuracy": safe(lambda: M.balanced_accuracy_score(y, pred)),
            "precision": safe(lambda: M.precision_score(y, pred, zero_division=0)),
            "recall": safe(lambda: M.recall_score(y, pred, zero_division=0)),
            "specificity": safe(lambda: M.recall_score(y, pred, pos_label=0, zero_division=0)),
            "f1": safe(lambda: M.f1_score(y, pred, zero_division=0)),
            "mcc": safe(lambda: M.matthews_corrcoef(y, pred)),
            "roc_auc": safe(lambda: M.roc_auc_score(y, score)),
            "pr_auc": safe(lambda: M.average_precision_score(y, score)) if y.sum() > 0 else None,
            "log_loss": safe(lambda: M.log_loss(y, score, labels=[0, 1])),
            "brier": safe(lambda: M.brier_score_loss(y, score, pos_label=1)),
        },
    }


def multiclass_case(name, y, proba, pred=None):
    y = np.asarray(y, dtype=int)
    proba = np.asarray(proba, dtype=float)
    if pred is None:
        pred = proba.argmax(axis=1)
    pred = np.asarray(pred, dtype=int)
    k = proba.shape[1]
    exp = {
        "accuracy": safe(lambda: M.accuracy_score(y, pred)),
        "balanced_accuracy": safe(lambda: M.balanced_accuracy_score(y, pred)),
        "mcc": safe(lambda: M.matthews_corrcoef(y, pred)),
        "log_loss": safe(lambda: M.log_loss(y, proba, labels=list(range(k)))),
        "roc_auc_ovr": safe(lambda: M.roc_auc_score(y, proba, multi_class="ovr", average="macro")),
        "roc_auc_ovr_weighted": safe(lambda: M.roc_auc_score(y, proba, multi_class="ovr", average="weighted")),
    }
    for avg in ("macro", "weighted"):
        exp[f"precision_{avg}"] = safe(lambda: M.precision_score(y, pred, average=avg, zero_division=0))
        exp[f"recall_{avg}"] = safe(lambda: M.recall_score(y, pred, average=avg, zero_division=0))
        exp[f"f1_{avg}"] = safe(lambda: M.f1_score(y, pred, average=avg, zero_division=0))
    return {"name": name, "k": k, "y": y.tolist(), "pred": pred.tolist(), "proba": proba.T.tolist(), "expected": exp}


def regression_case(name, y, yhat):
    y = np.asarray(y, dtype=float)
    yhat = np.asarray(yhat, dtype=float)
    return {
        "name": name,
        "y": y.tolist(),
        "yhat": yhat.tolist(),
        "expected": {
            "mae": safe(lambda: M.mean_absolute_error(y, yhat)),
            "mse": safe(lambda: M.mean_squared_error(y, yhat)),
            "rmse": safe(lambda: M.mean_squared_error(y, yhat, squared=False)),
            "r2": safe(lambda: M.r2_score(y, yhat)),
            "mape": safe(lambda: M.mean_absolute_percentage_error(y, yhat)),
            "median_ae": safe(lambda: M.median_absolute_error(y, yhat)),
        },
    }


def delong_reference(y, a, b):
    """DeLong covariance of two correlated AUCs (Sun & Xu 2014, midranks)."""
    y = np.asarray(y)
    pos = y == 1
    m, n = pos.sum(), (~pos).sum()
    v10, v01, aucs = [], [], []
    for s in (np.asarray(a, float), np.asarray(b, float)):
        x, z = s[pos], s[~pos]
        tx, tz, t = stats.rankdata(x), stats.rankdata(z), stats.rankdata(np.concatenate([x, z]))
        aucs.append((t[:m].sum() - m * (m + 1) / 2) / (m * n))
        v10.append((t[:m] - tx) / n)
        v01.append(1 - (t[m:] - tz) / m)
    s10 = np.cov(np.vstack(v10))
    s01 = np.cov(np.vstack(v01))
    cov = s10 / m + s01 / n
    var_diff = cov[0, 0] + cov[1, 1] - 2 * cov[0, 1]
    diff = aucs[0] - aucs[1]
    z = diff / np.sqrt(var_diff)
    return {
        "aucA": aucs[0],
        "aucB": aucs[1],
        "varA": float(cov[0, 0]),
        "varB": float(cov[1, 1]),
        "covariance": float(cov[0, 1]),
        "varianceDiff": float(var_diff),
        "z": float(z),
        "pValue": float(2 * stats.norm.sf(abs(z))),
    }


def main():
    binary = []
    n = 240
    y = rng.integers(0, 2, n)
    score = np.clip(0.5 + 0.25 * (2 * y - 1) + rng.normal(0, 0.25, n), 0, 1)
    binary.append(binary_case("random", y, (score >= 0.5).astype(int), score))
    tied = np.round(score, 1)
    binary.append(binary_case("tied scores", y, (tied >= 0.5).astype(int), tied))
    binary.append(binary_case("all-equal predictions", y, np.ones(n, int), np.full(n, 0.5)))
    yy = np.ones(60, int)
    s1 = rng.uniform(0, 1, 60)
    binary.append(binary_case("one class only", yy, (s1 >= 0.5).astype(int), s1))
    binary.append(binary_case("perfect with 0/1 probabilities", [0, 0, 1, 1, 1], [0, 0, 1, 1, 1], [0.0, 0.0, 1.0, 1.0, 1.0]))
    binary.append(binary_case("confidently wrong", [0, 1, 1, 0], [1, 0, 1, 0], [1.0, 0.0, 0.9, 0.2]))

    multiclass = []
    n = 300
    y = rng.integers(0, 3, n)
    logits = rng.normal(0, 1, (n, 3))
    logits[np.arange(n), y] += 1.2
    proba = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    multiclass.append(multiclass_case("random 3 classes", y, proba))
    y4 = rng.integers(0, 4, 200)
    p4 = rng.dirichlet(np.ones(4), 200)
    pred4 = np.where(p4[:, 3] > 0.9, 0, p4[:, :3].argmax(axis=1))  # class 3 never predicted
    multiclass.append(multiclass_case("a class never predicted", y4, p4, pred4))

    regression = []
    y = rng.normal(10, 3, 200)
    regression.append(regression_case("random", y, y + rng.normal(0.3, 1.5, 200)))
    regression.append(regression_case("odd count with zero actual", [0.0, 1.0, -2.0, 3.5, 4.0], [0.5, 1.0, -1.0, 3.0, 6.0]))
    regression.append(regression_case("constant actual, perfect", [2.0, 2.0, 2.0], [2.0, 2.0, 2.0]))
    regression.append(regression_case("constant actual, imperfect", [2.0, 2.0, 2.0, 2.0], [2.0, 1.0, 2.0, 3.0]))

    mcnemar = []
    for b, c in ((0, 0), (3, 3), (2, 9), (10, 14), (12, 13), (20, 5), (40, 60), (150, 100), (1, 0), (500, 430)):
        nn = b + c
        if nn < 25:
            p = 1.0 if nn == 0 else float(stats.binomtest(min(b, c), nn, 0.5).pvalue)
            method = "exact"
            stat = float(min(b, c))
        else:
            stat = max(0, abs(b - c) - 1) ** 2 / nn
            p = float(stats.chi2.sf(stat, 1))
            method = "chi-square"
        mcnemar.append({"b": b, "c": c, "statistic": float(stat), "pValue": p, "method": method})

    delong = []
    n = 300
    y = rng.integers(0, 2, n)
    a = y * 0.9 + rng.normal(0, 0.7, n)
    b = y * 0.6 + 0.5 * a + rng.normal(0, 0.7, n)
    delong.append({"name": "correlated continuous", "y": y.tolist(), "a": a.tolist(), "b": b.tolist(), **delong_reference(y, a, b)})
    at, bt = np.round(a, 0), np.round(b * 2, 0)
    delong.append({"name": "heavy ties", "y": y.tolist(), "a": at.tolist(), "b": bt.tolist(), **delong_reference(y, at, bt)})

    # Paired bootstrap of an accuracy difference, percentile interval.
    n = 400
    truth = rng.integers(0, 2, n)
    cand = np.where(rng.uniform(size=n) < 0.85, truth, 1 - truth)
    base = np.where(rng.uniform(size=n) < 0.6, cand, np.where(rng.uniform(size=n) < 0.78, truth, 1 - truth))
    res = stats.bootstrap(
        (truth, cand, base),
        lambda t, c, b: np.mean(c == t) - np.mean(b == t),
        paired=True,
        vectorized=False,
        n_resamples=20000,
        confidence_level=0.95,
        method="percentile",
        random_state=np.random.default_rng(7),
    )
    bootstrap = {
        "y": truth.tolist(),
        "cand": cand.tolist(),
        "base": base.tolist(),
        "difference": float(np.mean(cand == truth) - np.mean(base == truth)),
        "ciLow": float(res.confidence_interval.low),
        "ciHigh": float(res.confidence_interval.high),
        "standardError": float(res.standard_error),
    }
    reps = np.random.default_rng(11).normal(0, 1, 1001)
    percentile = {"replicates": reps.tolist(), "q": [0.025, 0.05, 0.5, 0.95, 0.975], "values": np.percentile(reps, [2.5, 5, 50, 95, 97.5]).tolist()}

    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "performance.json"), "w") as f:
        json.dump({"binary": binary, "multiclass": multiclass, "regression": regression, "mcnemar": mcnemar, "delong": delong, "bootstrap": bootstrap, "percentile": percentile}, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
