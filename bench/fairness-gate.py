"""The peer of bench/fairness-gate.mjs: the same fairness metrics with a numpy
row-resampling bootstrap, written as a careful numpy user would.

    /usr/bin/python3 bench/fairness-gate.py DATA.csv RESAMPLES

Reads the CSV with pandas, codes every row by its cell of the full
intersection sex × race × age band × (label, prediction), and per resample
draws n row indices with replacement and counts them with one bincount (the
counts of every attribute and intersection are sums of those cells). The
metrics are then computed for all resamples at once (vectorised over B), and
95% percentile intervals taken. Prints a JSON summary with the estimates.
"""
import itertools
import json
import sys
import time

import numpy as np
import pandas as pd

path, B = sys.argv[1], int(sys.argv[2])
t0, c0 = time.perf_counter(), time.process_time()
df = pd.read_csv(path)
n = len(df)
cuts = [30, 45, 60]
attrs = {
    "sex": pd.Categorical(df["sex"]),
    "race": pd.Categorical(df["race"]),
    "age": pd.Categorical(np.searchsorted(cuts, df["age"].to_numpy(), side="right")),
}
codes = [a.codes.astype(np.int64) for a in attrs.values()]
sizes = [len(a.categories) for a in attrs.values()]
cell = (df["label"].to_numpy() == 1) * 2 + (df["prediction"].to_numpy() == 1)  # 0 TN, 1 FP, 2 FN, 3 TP
full = np.zeros(n, dtype=np.int64)
for c, k in zip(codes, sizes):
    full = full * k + c
full = full * 4 + cell
ncells = int(np.prod(sizes)) * 4

t1, c1 = time.perf_counter(), time.process_time()
rng = np.random.default_rng(42)
boot = np.empty((B + 1, ncells), dtype=np.float64)
boot[0] = np.bincount(full, minlength=ncells)
for b in range(1, B + 1):
    idx = rng.integers(0, n, n)
    boot[b] = np.bincount(full[idx], minlength=ncells)

shaped = boot.reshape((B + 1, *sizes, 4))
names = list(attrs)
subsets = [(i,) for i in range(3)] + [s for r in (2, 3) for s in itertools.combinations(range(3), r)]


def metrics(counts, total):
    """counts: (B+1, G, 4) in TN, FP, FN, TP order; total: (B+1, 4)."""
    tn, fp, fn, tp = (counts[..., i] for i in range(4))
    with np.errstate(divide="ignore", invalid="ignore"):
        size = tn + fp + fn + tp
        sel = (tp + fp) / size
        tpr = tp / (tp + fn)
        fpr = fp / (fp + tn)
        fnr = fn / (tp + fn)
        prec = tp / (tp + fp)
        acc = (tp + tn) / size
        # As modelgate: the estimate over all groups, the resamples over the
        # groups that attain the extremes in the data (see the docs).
        def fixed(*rates):
            cols = sorted({int(np.nanargmin(r[0])) for r in rates} | {int(np.nanargmax(r[0])) for r in rates})
            return cols

        def rng_(r, cols=None):
            sub = r if cols is None else r[:, cols]
            full = np.nanmax(r, axis=1) - np.nanmin(r, axis=1)
            part = np.nanmax(sub, axis=1) - np.nanmin(sub, axis=1)
            return np.concatenate([full[:1], part[1:]])

        def rat_(r, cols=None):
            sub = r if cols is None else r[:, cols]
            full = np.nanmin(r, axis=1) / np.nanmax(r, axis=1)
            part = np.nanmin(sub, axis=1) / np.nanmax(sub, axis=1)
            return np.concatenate([full[:1], part[1:]])

        ref = np.argmax(size[0])
        eo = fixed(tpr, fpr)
        out = {
            "demographic_parity_difference": rng_(sel, fixed(sel)),
            "demographic_parity_ratio": rat_(sel, fixed(sel)),
            "equalized_odds_difference": np.maximum(rng_(tpr, eo), rng_(fpr, eo)),
            "equalized_odds_ratio": np.minimum(rat_(tpr, eo), rat_(fpr, eo)),
            "equal_opportunity_difference": rng_(tpr, fixed(tpr)),
            "predictive_parity_difference": rng_(prec, fixed(prec)),
            "accuracy_parity": rng_(acc, fixed(acc)),
        }
        others = [g for g in range(sel.shape[1]) if g != ref]
        di = sel[:, others] / sel[:, [ref]]
        worst = int(np.nanargmin(di[0]))
        out["disparate_impact"] = di[:, worst]
        aod = 0.5 * ((fpr[:, others] - fpr[:, [ref]]) + (tpr[:, others] - tpr[:, [ref]]))
        worst = int(np.nanargmax(np.abs(aod[0])))
        out["average_odds_difference"] = aod[:, worst]
        for name, r in (("selection_rate_disparity", sel), ("fpr_disparity", fpr), ("fnr_disparity", fnr)):
            d = r / r[:, [ref]]
            for g in others:
                out[f"{name}[{g}]"] = d[:, g]
    return out


summary = {"rows": n, "resamples": B, "metrics": {}}
total = shaped.reshape(B + 1, -1, 4).sum(axis=1)
for s in subsets:
    drop = tuple(1 + i for i in range(3) if i not in s)
    counts = shaped.sum(axis=drop).reshape(B + 1, -1, 4)
    name = " × ".join(names[i] for i in s)
    for m, values in metrics(counts, total).items():
        lo, hi = np.nanpercentile(values[1:], [2.5, 97.5])
        summary["metrics"][f"{m}|{name}"] = [float(values[0]), float(lo), float(hi)]
tn, fp, fn, tp = (total[:, i] for i in range(4))
mu = (tp + tn + 2 * fp) / n
theil = ((tp + tn) * (1 / mu) * np.log(1 / mu) + fp * (2 / mu) * np.log(2 / mu)) / n
lo, hi = np.percentile(theil[1:], [2.5, 97.5])
summary["metrics"]["theil_index|"] = [float(theil[0]), float(lo), float(hi)]
summary["seconds"] = {"read": t1 - t0, "bootstrap": time.perf_counter() - t1}
summary["cpu"] = {"read": c1 - c0, "bootstrap": time.process_time() - c1}
print(json.dumps(summary))
