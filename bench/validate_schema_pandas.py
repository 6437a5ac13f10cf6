"""The pandas peer of the validate-schema benchmark: read the CSV and check the
same rules as bench/validate-schema.contract.yml. Prints JSON with the number
of violations found, so the run can check both sides agree."""
import json
import sys

import pandas as pd

path = sys.argv[1]
df = pd.read_csv(path, dtype={"segment": "string", "region": "string", "channel": "string", "code": "string"}, keep_default_na=False, na_values=[""])
violations = 0


def count(mask):
    return int(mask.sum())


# id: integer, not null, unique, >= 1
violations += count(df["id"].isna()) + count(df["id"].duplicated()) + count(df["id"] < 1)
violations += count(df["id"].notna() & (df["id"] % 1 != 0))
bounds = {**{f"f{i}": 100 for i in range(1, 5)}, **{f"f{i}": 150 for i in range(5, 9)}, **{f"f{i}": 200 for i in range(9, 13)}}
for name, hi in bounds.items():
    col = pd.to_numeric(df[name], errors="coerce")
    bad_type = count(col.isna() & df[name].notna())
    nulls = col.isna().mean()
    violations += bad_type + count((col < -100) | (col > hi)) + (1 if nulls > 0.05 else 0)
for name, lo, hi in [("age", 18, 120), ("visits", 0, None), ("score", 0, 1)]:
    col = pd.to_numeric(df[name], errors="coerce")
    violations += count(col.isna())
    if name != "score":
        violations += count(col.notna() & (col % 1 != 0))
    violations += count(col < lo) + (count(col > hi) if hi is not None else 0)
for name, allowed in [("segment", ["retail", "smb", "enterprise", "public"]), ("region", ["north", "south", "east", "west", "central"]), ("channel", ["web", "app", "store"])]:
    violations += count(df[name].isna()) + count(df[name].notna() & ~df[name].isin(allowed))
violations += count(df["code"].isna()) + count(df["code"].notna() & ~df["code"].str.match(r"^[A-Z]{2}-\d{4}$", na=False))
violations += 0 if len(df) >= 1 else 1
print(json.dumps({"rows": len(df), "violations": int(violations)}))
