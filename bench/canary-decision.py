"""Peer of bench/canary-decision.mjs: read the canary and baseline samples
with pandas and run scipy.stats.mannwhitneyu (method='auto'), as a data
scientist would; prints the statistic and p-value as JSON.

usage: /usr/bin/python3 bench/canary-decision.py CANARY.csv BASELINE.csv
"""
import json
import sys

import pandas as pd
from scipy import stats

canary = pd.read_csv(sys.argv[1])["latency_ms"].to_numpy()
baseline = pd.read_csv(sys.argv[2])["latency_ms"].to_numpy()
r = stats.mannwhitneyu(canary, baseline, alternative="two-sided", method="auto")
print(json.dumps({"statistic": float(r.statistic), "pvalue": float(r.pvalue)}))
