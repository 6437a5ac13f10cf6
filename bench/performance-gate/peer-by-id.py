"""The peer of bench/performance-gate.mjs's id-column part: what a careful Python user writes.

pandas reads both files and merges them on the id (validate="one_to_one", which
refuses a repeated id on either side, as modelgate does; a candidate id
missing from the champion's file is an error too), scikit-learn computes the
metrics of both models on the merged rows, and a numpy paired bootstrap
resamples rows B times (one index vector per resample shared by both models,
vectorised) for the percentile interval of the accuracy difference.

Usage: /usr/bin/python3 bench/performance-gate/peer-by-id.py candidate.csv baseline.csv B seed
Prints a JSON object with the metrics and the accuracy interval.
"""
import json
import sys

import numpy as np
import pandas as pd
from sklearn import metrics as M


def main():
    cand_path, base_path, B, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    cand = pd.read_csv(cand_path)
    base = pd.read_csv(base_path)
    merged = cand.merge(base, on="id", how="left", suffixes=("_c", "_b"), validate="one_to_one")
    if merged["prediction_b"].isna().any():
        missing = merged.loc[merged["prediction_b"].isna(), "id"].iloc[0]
        raise SystemExit(f"id {missing} has no row in the baseline")
    if not (merged["label_c"].to_numpy() == merged["label_b"].to_numpy()).all():
        raise SystemExit("labels differ")
    y = merged["label_c"].to_numpy()
    pc, pb = merged["prediction_c"].to_numpy().astype(np.int64), merged["prediction_b"].to_numpy().astype(np.int64)
    sc, sb = merged["score_c"].to_numpy(), merged["score_b"].to_numpy()
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
    # Paired row bootstrap of the accuracy difference.
    right_c = (pc == y).astype(np.int8)
    right_b = (pb == y).astype(np.int8)
    rng = np.random.default_rng(seed)
    n = len(y)
    diffs = np.empty(B)
    for r in range(B):
        idx = rng.integers(0, n, n)
        diffs[r] = (right_c[idx].sum() - right_b[idx].sum()) / n
    out["intervals"] = {"accuracy": [float(np.percentile(diffs, 2.5)), float(np.percentile(diffs, 97.5))]}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
