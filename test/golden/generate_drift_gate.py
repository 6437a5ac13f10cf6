"""Per-column reference values for drift-check's `method: auto` on the
committed example data (examples/drift-check/), computed the way Evidently's
data drift preset does: its test choice (stattests/registry.py
`_get_default_stattest`), its stat tests (chisquare_stattest.py,
z_stattest.py, ks_stattest.py, jensenshannon.py,
wasserstein_distance_norm.py; Evidently 0.7's src/evidently/legacy/calculations/stattests/)
and thresholds and comparisons, on pandas columns with NaN
and +-inf dropped, with scipy 1.10.

Run with Debian's python3:  /usr/bin/python3 test/golden/generate_drift_gate.py
Writes test/golden/drift_gate.json next to this script.
"""
import json
import os

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance

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
        return method, p, p <= 0.05  # ks_stattest.py: p_value <= threshold
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
    if method == "wasserstein":
        d = stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)
        return method, d, d >= 0.1
    if method == "jensenshannon":
        # get_binned_data(..., feel_zeroes=False): Sturges bins over both when the
        # reference has > 20 values (never the case where auto picks this), else per value.
        # Evidently's _jensenshannon passes its `base` argument, None unless a caller
        # sets it, and the drift preset never does: scipy's natural log.
        keys = list(set(ref.dropna().unique()) | set(cur.dropna().unique()))
        rc, cc = ref.value_counts(), cur.value_counts()
        rp = np.array([rc.get(k, 0) / len(ref) for k in keys])
        cp = np.array([cc.get(k, 0) / len(cur) for k in keys])
        d = distance.jensenshannon(rp, cp)
        return method, d, d >= 0.1
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

# More than 1000 reference rows: wasserstein and base-2 jensenshannon. The
# columns come from exact integer recipes that the test rebuilds the same way:
#   r_i = (i * a) mod m,  i = 0..n-1
def recipe(n, a, m):
    return (np.arange(n, dtype=np.int64) * a) % m


large = {}
specs = {
    # name: (kind, transform of r for reference, for current)
    "cont": ("num", lambda r, m: r / m * 10.0, lambda r, m: r / m * 10.0 + 0.2),
    "cont_shift": ("num", lambda r, m: r / m * 10.0, lambda r, m: r / m * 10.0 + 1.5),
    "few": ("num", lambda r, m: (r % 4).astype(float), lambda r, m: (r % 4).astype(float)),
    "cat": ("cat", lambda r, m: np.array([f"k{v % 6}" for v in r]), lambda r, m: np.array([f"k{v % 6}" for v in r])),
    "cat_shift": ("cat", lambda r, m: np.array([f"k{v % 6}" for v in r]), lambda r, m: np.array([f"k{min(v % 9, 5)}" for v in r])),
}
ref_r, ref_m = recipe(3000, 7919, 3001), 3001
cur_r, cur_m = recipe(2000, 104729, 2003), 2003
for name, (kind, fr, fc) in specs.items():
    method, score, drifted = evidently_column(pd.Series(fr(ref_r, ref_m)), pd.Series(fc(cur_r, cur_m)), kind)
    large[name] = {"method": method, "score": float(score), "drifted": bool(drifted)}
out["large-recipes"] = large

with open(os.path.join(here, "drift_gate.json"), "w") as fh:
    json.dump(out, fh, indent=1, sort_keys=True)
print(json.dumps(out, indent=1)[:1500])
