"""Reference values for src/stats/random (PRNG, binomial, multinomial).

Run with Debian's interpreter:  /usr/bin/python3 test/golden/generate_performance_random.py
Writes test/golden/performance_random.json next to this script.

The xoshiro128** stream is computed by an independent implementation of the
reference C code (https://prng.di.unimi.it/xoshiro128starstar.c) and the
SplitMix32 seeding; the binomial pmfs come from scipy.stats.binom.
"""
import json
import os

from scipy import stats

M32 = 0xFFFFFFFF


def rotl(x, k):
    return ((x << k) | (x >> (32 - k))) & M32


def xoshiro(state, count):
    s = list(state)
    out = []
    for _ in range(count):
        result = (rotl((s[1] * 5) & M32, 7) * 9) & M32
        t = (s[1] << 9) & M32
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 11)
        out.append(result)
    return out


def splitmix32_state(seed):
    x = seed & M32
    words = []
    for _ in range(4):
        x = (x + 0x9E3779B9) & M32
        z = x
        z = ((z ^ (z >> 16)) * 0x85EBCA6B) & M32
        z = ((z ^ (z >> 13)) * 0xC2B2AE35) & M32
        words.append((z ^ (z >> 16)) & M32)
    return words


def main():
    streams = []
    for state in ([1, 2, 3, 4], [0x9E3779B9, 0x243F6A88, 0xB7E15162, 0x12345678]):
        streams.append({"state": state, "outputs": xoshiro(state, 12)})
    seeds = []
    for seed in (0, 1, 42, 123456789):
        st = splitmix32_state(seed)
        seeds.append({"seed": seed, "state": st, "outputs": xoshiro(st, 6)})
    binom = []
    for n, p in ((20, 0.3), (1000, 0.02), (1000, 0.3), (1_000_000, 0.25), (50, 0.9), (3, 0.5)):
        mean, var = stats.binom.stats(n, p, moments="mv")
        lo = int(max(0, stats.binom.ppf(1e-9, n, p)))
        hi = int(min(n, stats.binom.isf(1e-9, n, p)))
        pmf = [float(v) for v in stats.binom.pmf(range(lo, hi + 1), n, p)]
        binom.append({"n": n, "p": p, "mean": float(mean), "var": float(var), "lo": lo, "pmf": pmf})
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "performance_random.json"), "w") as f:
        json.dump({"xoshiro128starstar": streams, "seeded": seeds, "binomial": binom}, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
