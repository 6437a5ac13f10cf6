"""Golden values for the fairness statistics (src/stats/fairness/).

Run with the Debian interpreter:  /usr/bin/python3 test/golden/generate_fairness.py
Writes test/golden/fairness.json next to this script.

Fairlearn, AIF360 and Aequitas are not installable here, so their published
definitions are reproduced with pandas group-bys over *rows* (independently of
the TypeScript code, which works on confusion counts):

- Fairlearn MetricFrame (fairlearn/metrics/_disaggregated_result.py):
  by_group over the cartesian product of the sensitive features (empty
  combinations reindexed to NaN), difference = max - min ("between_groups")
  or max |g - overall| ("to_overall"), ratio = min / max or min of g/overall
  folded below 1; pandas min/max skip NaN.
  demographic_parity_* use selection_rate; equalized_odds_* combine the TPR
  and FPR results with max/min ("worst_case") or mean ("mean");
  equal_opportunity_difference uses the TPR.
- AIF360 (aif360/metrics/classification_metric.py): disparate_impact =
  SR_unpriv / SR_priv, average_odds_difference = 0.5*((FPR_u-FPR_p)+(TPR_u-TPR_p)),
  theil_index = mean(log((b/mean b)**b) / mean b) with b = y_pred - y_true + 1.
  With more than two groups the reference (privileged) group is the largest and
  every other group is compared with it: DI is the minimum ratio, AOD the
  signed value of largest magnitude (modelgate's documented extension).
- Aequitas (Saleiro et al. 2018): disparity = metric_g / metric_ref.
"""
import json
import os

import numpy as np
import pandas as pd

RATES = {
    "selectionRate": lambda d: d.yp.mean() if len(d) else np.nan,
    "tpr": lambda d: d.yp[d.yt == 1].mean() if (d.yt == 1).any() else np.nan,
    "fpr": lambda d: d.yp[d.yt == 0].mean() if (d.yt == 0).any() else np.nan,
    "fnr": lambda d: 1 - d.yp[d.yt == 1].mean() if (d.yt == 1).any() else np.nan,
    "tnr": lambda d: 1 - d.yp[d.yt == 0].mean() if (d.yt == 0).any() else np.nan,
    "precision": lambda d: d.yt[d.yp == 1].mean() if (d.yp == 1).any() else np.nan,
    "npv": lambda d: 1 - d.yt[d.yp == 0].mean() if (d.yp == 0).any() else np.nan,
    "accuracy": lambda d: (d.yt == d.yp).mean() if len(d) else np.nan,
}


def by_group(df, cols):
    """Fairlearn's by_group: one row per combination of the product of levels."""
    levels = [sorted(df[c].unique()) for c in cols]
    index = pd.MultiIndex.from_product(levels, names=cols)
    rows = []
    for key in index:
        key = key if isinstance(key, tuple) else (key,)
        mask = np.ones(len(df), dtype=bool)
        for c, v in zip(cols, key):
            mask &= (df[c] == v).to_numpy()
        d = df[mask]
        rec = {"group": " × ".join(str(k) for k in key), "n": int(len(d))}
        rec["tp"] = int(((d.yt == 1) & (d.yp == 1)).sum())
        rec["fn"] = int(((d.yt == 1) & (d.yp == 0)).sum())
        rec["fp"] = int(((d.yt == 0) & (d.yp == 1)).sum())
        rec["tn"] = int(((d.yt == 0) & (d.yp == 0)).sum())
        for name, f in RATES.items():
            rec[name] = float(f(d))
        rows.append(rec)
    return pd.DataFrame(rows)


def difference(s, overall, method):
    return float(s.max() - s.min()) if method == "between_groups" else float((s - overall).abs().max())


def ratio(s, overall, method):
    if method == "between_groups":
        return float(s.min() / s.max())
    r = (s / overall).apply(lambda x: 1 / x if x > 1 else x)
    return float(r.min())


def nan_to_none(x):
    if isinstance(x, float) and (np.isnan(x) or np.isinf(x)):
        return None if np.isnan(x) else ("Infinity" if x > 0 else "-Infinity")
    return x


def theil(df):
    b = (df.yp - df.yt + 1).to_numpy(dtype=float)
    mu = b.mean()
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(np.mean(np.log((b / mu) ** b) / mu))


def metrics_for(df, cols):
    g = by_group(df, cols)
    overall = {name: float(f(df)) for name, f in RATES.items()}
    out = {"groups": [{k: nan_to_none(v) for k, v in r.items()} for r in g.to_dict("records")]}
    m = {}
    for method in ("between_groups", "to_overall"):
        sr, tpr, fpr = g.selectionRate, g.tpr, g.fpr
        m[f"demographic_parity_difference.{method}"] = difference(sr, overall["selectionRate"], method)
        m[f"demographic_parity_ratio.{method}"] = ratio(sr, overall["selectionRate"], method)
        dt, df_ = difference(tpr, overall["tpr"], method), difference(fpr, overall["fpr"], method)
        rt, rf = ratio(tpr, overall["tpr"], method), ratio(fpr, overall["fpr"], method)
        m[f"equalized_odds_difference.worst_case.{method}"] = max(dt, df_) if not (np.isnan(dt) or np.isnan(df_)) else np.nan
        m[f"equalized_odds_difference.mean.{method}"] = (dt + df_) / 2
        m[f"equalized_odds_ratio.worst_case.{method}"] = min(rt, rf) if not (np.isnan(rt) or np.isnan(rf)) else np.nan
        m[f"equalized_odds_ratio.mean.{method}"] = (rt + rf) / 2
        m[f"equal_opportunity_difference.{method}"] = difference(tpr, overall["tpr"], method)
        m[f"predictive_parity_difference.{method}"] = difference(g.precision, overall["precision"], method)
        m[f"accuracy_parity.{method}"] = difference(g.accuracy, overall["accuracy"], method)
    # Reference (privileged) group: the largest; ties to the first in sorted order.
    ref = int(g.n.to_numpy().argmax())
    others = [i for i in range(len(g)) if i != ref]
    with np.errstate(divide="ignore", invalid="ignore"):
        di = [g.selectionRate[i] / g.selectionRate[ref] for i in others]
        di = [x for x in di if not np.isnan(x)]
        aod = [0.5 * ((g.fpr[i] - g.fpr[ref]) + (g.tpr[i] - g.tpr[ref])) for i in others]
        aod = [x for x in aod if not np.isnan(x)]
        m["disparate_impact"] = float(min(di)) if di else np.nan
        m["average_odds_difference"] = float(max(aod, key=abs)) if aod else np.nan
        disp = {}
        for rate in ("selectionRate", "tpr", "fpr", "fnr", "precision"):
            disp[rate] = [nan_to_none(float(g[rate][i] / g[rate][ref])) for i in range(len(g))]
    m["theil_index"] = theil(df)
    out["reference"] = ref
    out["metrics"] = {k: nan_to_none(float(v)) for k, v in m.items()}
    out["disparity"] = disp
    return out


def make_case(rng, name, n, levels, p_pos=None, force_no_pos=None, drop_combo=None):
    cols = {}
    for j, k in enumerate(levels):
        probs = rng.dirichlet(np.ones(k) * 2)
        cols[f"a{j}"] = rng.choice([f"g{v}" for v in range(k)], size=n, p=probs)
    df = pd.DataFrame(cols)
    if drop_combo is not None:
        mask = np.ones(n, dtype=bool)
        for c, v in drop_combo.items():
            mask &= (df[c] == v).to_numpy()
        df = df[~mask].reset_index(drop=True)
        n = len(df)
    # Per-group base rate and per-group error rates, so groups differ.
    base = {v: rng.uniform(0.1, 0.7) for v in df["a0"].unique()}
    pos_p = df["a0"].map(base).to_numpy() if p_pos is None else np.full(n, p_pos)
    yt = (rng.random(n) < pos_p).astype(int)
    if force_no_pos is not None:
        yt[(df["a0"] == force_no_pos).to_numpy()] = 0
    tpr = {v: rng.uniform(0.4, 0.95) for v in df["a0"].unique()}
    fpr = {v: rng.uniform(0.02, 0.4) for v in df["a0"].unique()}
    pt = df["a0"].map(tpr).to_numpy()
    pf = df["a0"].map(fpr).to_numpy()
    yp = np.where(yt == 1, rng.random(n) < pt, rng.random(n) < pf).astype(int)
    df["yt"] = yt
    df["yp"] = yp
    attrs = [c for c in df.columns if c.startswith("a")]
    case = {
        "name": name,
        "rows": {c: df[c].tolist() for c in attrs + ["yt", "yp"]},
        "attributes": {},
    }
    for c in attrs:
        case["attributes"][c] = metrics_for(df, [c])
    if len(attrs) > 1:
        case["attributes"][" × ".join(attrs)] = metrics_for(df, attrs)
    return case


def main():
    rng = np.random.default_rng(20261126)
    cases = []
    for i in range(30):
        n = int(rng.integers(60, 600))
        levels = [int(rng.integers(2, 5)) for _ in range(int(rng.integers(1, 4)))]
        cases.append(make_case(rng, f"random-{i}", n, levels))
    cases.append(make_case(rng, "single-group", 80, [1]))
    cases.append(make_case(rng, "group-without-positives", 200, [3], force_no_pos="g1"))
    cases.append(make_case(rng, "empty-combination", 300, [2, 3], drop_combo={"a0": "g0", "a1": "g2"}))
    # Quantile bins for a continuous attribute: numpy's default (linear)
    # quantiles, cut points at or below the minimum or repeated dropped,
    # intervals closed on the left (np.searchsorted side="right").
    bins = []
    for i in range(8):
        n = int(rng.integers(20, 300))
        values = np.round(rng.gamma(2.0, 15.0, size=n), int(rng.integers(0, 2)))
        k = int(rng.integers(2, 8))
        qs = np.quantile(values, [j / k for j in range(1, k)])
        cuts = []
        for q in qs:
            if q > values.min() and (not cuts or q > cuts[-1]):
                cuts.append(float(q))
        codes = np.searchsorted(np.array(cuts), values, side="right")
        bins.append({"values": values.tolist(), "k": k, "cuts": cuts, "counts": np.bincount(codes, minlength=len(cuts) + 1).tolist()})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fairness.json")
    with open(path, "w") as f:
        json.dump({"generator": "test/golden/generate_fairness.py", "cases": cases, "bins": bins}, f, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    main()
