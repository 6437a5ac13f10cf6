"""Per-column reference values for drift-check's `method: auto` on the
committed example data (examples/drift-check/), computed the way Evidently's
data drift preset does: its test choice (stattests/registry.py
`_get_default_stattest`), its stat tests (chisquare_stattest.py,
z_stattest.py, ks_stattest.py) and thresholds, on pandas columns with NaN
and +-inf dropped, with scipy 1.10.

Run with Debian's python3:  /usr/bin/python3 test/golden/generate_drift_gate.py
Writes test/golden/drift_gate.json next to this script.
"""
import json
import os

import numpy as np
import pandas as pd
from scipy import stats

here = os.path.dirname(os.path.abspath(__file__))
examples = os.path.join(here, "..", "..", "examples", "drift-check")


def evidently_column(ref, cur, feature_type):
    ref = ref.replace([np.inf, -np.inf], np.nan).dropna()
    cur = cur.replace([np.inf, -np.inf], np.nan).dropna()
    n_values = pd.concat([ref, cur]).nunique()
    if ref.shape[0] <= 1000:
        if feature_type == "num" and n_values > 5:
            method = "ks"
        else:
            method = "chisquare" if n_values > 2 else "z"
    else:
        if feature_type == "num" and n_values > 5:
            method = "wasserstein"
        else:
            method = "jensenshannon"
    if method == "ks":
        p = stats.ks_2samp(ref, cur)[1]
        return method, p, p < 0.05
    if method == "chisquare":
        keys = list(set(ref.unique()) | set(cur.unique()))
        rc, cc = ref.value_counts(), cur.value_counts()
        k_norm = cur.shape[0] / ref.shape[0]
        f_exp = [rc.get(k, 0) * k_norm for k in keys]
        f_obs = [cc.get(k, 0) for k in keys]
        p = stats.chisquare(f_obs, f_exp)[1]
        return method, p, p < 0.05
    if method == "z":
        keys = sorted(set(ref.unique()) | set(cur.unique()))
        a = ref.apply(lambda x: 0 if x == keys[0] else 1)
        b = cur.apply(lambda x: 0 if x == keys[0] else 1)
        n1, n2 = len(a), len(b)
        p1, p2 = a.sum() / n1, b.sum() / n2
        P = (p1 * n1 + p2 * n2) / (n1 + n2)
        z = (p1 - p2) / np.sqrt(P * (1 - P) * (1 / n1 + 1 / n2))
        p = 2 * stats.norm.sf(abs(z))
        return method, p, p < 0.05
    raise AssertionError(method)


out = {}
reference = pd.read_csv(os.path.join(examples, "reference.csv"))
for current_name in ["current-stable.csv", "current-drifted.csv"]:
    current = pd.read_csv(os.path.join(examples, current_name))
    cols = {}
    for name in reference.columns:
        if name == "customer_id":
            continue
        ftype = "num" if pd.api.types.is_numeric_dtype(reference[name]) else "cat"
        method, p, drifted = evidently_column(reference[name], current[name], ftype)
        cols[name] = {"method": method, "pValue": float(p), "drifted": bool(drifted)}
    out[current_name] = cols

with open(os.path.join(here, "drift_gate.json"), "w") as fh:
    json.dump(out, fh, indent=1, sort_keys=True)
print(json.dumps(out, indent=1)[:1500])
