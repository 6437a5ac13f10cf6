"""Peer of bench/drift-check.mjs: pandas read_csv of the reference and the
current CSV, then scipy's ks_2samp on every numeric column and
chi2_contingency on every categorical one, as a Python drift job would.
Prints JSON {columns: {name: [statistic, pvalue]}, seconds: {...}}.

    /usr/bin/python3 bench/drift-check.py REFERENCE.csv CURRENT.csv
"""
import json
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats

t0 = time.perf_counter()
ref = pd.read_csv(sys.argv[1])
cur = pd.read_csv(sys.argv[2])
t1 = time.perf_counter()
out = {}
for name in ref.columns:
    a, b = ref[name], cur[name]
    if pd.api.types.is_numeric_dtype(a):
        a = a.replace([np.inf, -np.inf], np.nan).dropna().to_numpy()
        b = b.replace([np.inf, -np.inf], np.nan).dropna().to_numpy()
        r = stats.ks_2samp(a, b)
        out[name] = [float(r.statistic), float(r.pvalue)]
    else:
        a, b = a.dropna(), b.dropna()
        cats = sorted(set(a.unique()) | set(b.unique()))
        table = np.array([a.value_counts().reindex(cats, fill_value=0).to_numpy(), b.value_counts().reindex(cats, fill_value=0).to_numpy()])
        r = stats.chi2_contingency(table)
        out[name] = [float(r[0]), float(r[1])]
t2 = time.perf_counter()
print(json.dumps({"columns": out, "seconds": {"read": t1 - t0, "tests": t2 - t1}}))
