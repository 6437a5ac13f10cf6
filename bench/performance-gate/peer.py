"""The peer of bench/performance-gate.mjs: what a careful Python user writes.

scikit-learn computes the same metrics once, then a numpy paired bootstrap
resamples rows 1,000 times (one index vector per resample shared by both
models, confusion counts by np.bincount: vectorised, no Python loop over rows)
and takes percentile intervals of each metric's difference.

Usage: /usr/bin/python3 bench/performance-gate/peer.py candidate.csv baseline.csv B seed
Prints a JSON object with the metrics and intervals.
"""
import json
import sys

import numpy as np
import pandas as pd
from sklearn import metrics as M


def cell_metrics(c):
    """c: (..., 4) counts tn, fp, fn, tp -> dict of arrays."""
    tn, fp, fn, tp = c[..., 0], c[..., 1], c[..., 2], c[..., 3]
    n = tn + fp + fn + tp
    with np.errstate(divide="ignore", invalid="ignore"):
        prec = np.where(tp + fp > 0, tp / (tp + fp), 0.0)
        rec = np.where(tp + fn > 0, tp / (tp + fn), 0.0)
        spec = np.where(tn + fp > 0, tn / (tn + fp), 0.0)
        f1 = np.where(2 * tp + fp + fn > 0, 2 * tp / (2 * tp + fp + fn), 0.0)
        num = tp * tn - fp * fn
        den = np.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
        mcc = np.where(den > 0, num / den, 0.0)
    return {
        "accuracy": (tp + tn) / n,
        "balanced_accuracy": (rec + spec) / 2,
        "precision": prec,
        "recall": rec,
        "specificity": spec,
        "f1": f1,
        "mcc": mcc,
    }


def main():
    cand_path, base_path, B, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    cand = pd.read_csv(cand_path)
    base = pd.read_csv(base_path)
    y = cand["label"].to_numpy()
    pc, pb = cand["prediction"].to_numpy(), base["prediction"].to_numpy()
    sc, sb = cand["score"].to_numpy(), base["score"].to_numpy()
    out = {"metrics": {}}
    for name, model_pred, model_score in (("candidate", pc, sc), ("baseline", pb, sb)):
        out["metrics"][name] = {
            "accuracy": M.accuracy_score(y, model_pred),
            "balanced_accuracy": M.balanced_accuracy_score(y, model_pred),
            "precision": M.precision_score(y, model_pred),
            "recall": M.recall_score(y, model_pred),
            "specificity": M.recall_score(y, model_pred, pos_label=0),
            "f1": M.f1_score(y, model_pred),
            "mcc": M.matthews_corrcoef(y, model_pred),
            "roc_auc": M.roc_auc_score(y, model_score),
        }
    # Paired row bootstrap of the differences.
    code_c = (2 * y + pc).astype(np.int64)
    code_b = (2 * y + pb).astype(np.int64)
    rng = np.random.default_rng(seed)
    n = len(y)
    diffs = {k: np.empty(B) for k in cell_metrics(np.zeros(4)).keys()}
    for r in range(B):
        idx = rng.integers(0, n, n)
        cc = np.bincount(code_c[idx], minlength=4).astype(float)
        cb = np.bincount(code_b[idx], minlength=4).astype(float)
        mc, mb = cell_metrics(cc), cell_metrics(cb)
        for k in diffs:
            diffs[k][r] = mc[k] - mb[k]
    out["intervals"] = {k: [float(np.percentile(v, 2.5)), float(np.percentile(v, 97.5))] for k, v in diffs.items()}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
