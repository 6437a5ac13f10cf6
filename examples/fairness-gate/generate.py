"""Example predictions for fairness-gate: a fair and a biased model.

Deterministic: run `/usr/bin/python3 examples/fairness-gate/generate.py` to
rewrite fair.csv and biased.csv next to this script.

Both files have one row per applicant: sex (F/M), race (A/B/C), age, the true
label (1 = would repay), the model's score and its decision (score >= 0.5).
Every cell sex × race × age band has 100 rows with 40 positives.

- fair.csv: in every cell the model has TPR 0.8 and FPR 0.1, so every group
  and every intersection has the same selection rate (0.38), TPR and FPR.
- biased.csv: the same, except that applicants of race C are approved less:
  TPR 0.5 and FPR 0.05 (selection rate 0.23, 0.61 of the others').
"""
import csv
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
BANDS = [(18, 30), (30, 50), (50, 80)]


def cell_rows(rng, sex, race, band, tp, fn, fp, tn):
    rows = []
    for label, pred, k in ((1, 1, tp), (1, 0, fn), (0, 1, fp), (0, 0, tn)):
        for _ in range(k):
            score = 0.5 + 0.5 * rng.random() if pred else 0.4999 * rng.random()
            rows.append({"sex": sex, "race": race, "age": int(rng.integers(band[0], band[1])), "label": label, "score": round(score, 4), "prediction": pred})
    return rows


def write(name, biased):
    rng = np.random.default_rng(7 if biased else 3)
    rows = []
    for sex in ("F", "M"):
        for race in ("A", "B", "C"):
            for band in BANDS:
                if biased and race == "C":
                    rows += cell_rows(rng, sex, race, band, tp=20, fn=20, fp=3, tn=57)
                else:
                    rows += cell_rows(rng, sex, race, band, tp=32, fn=8, fp=6, tn=54)
    order = rng.permutation(len(rows))
    with open(os.path.join(HERE, name), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["sex", "race", "age", "label", "score", "prediction"])
        w.writeheader()
        for i in order:
            w.writerow(rows[i])


if __name__ == "__main__":
    write("fair.csv", biased=False)
    write("biased.csv", biased=True)
