"""Seeded data for the whole-command side-by-side benchmarks (bench/peers/run.sh).

purchases: BG/NBD customers in days (Fader, Hardie and Lee 2005, "Counting your customers the easy
way"; CDNOW estimates r 0.243, alpha 4.414 per week = 30.898 per day, a 0.793, b 2.426), acquired
uniformly over 2025 and observed to 2026-12-31; the first purchase on the acquisition day; spend
per purchase from the Gamma-Gamma model (Fader, Hardie and Lee 2005, "RFM and CLV"; p 6.25, q 3.74,
gamma 15.44). Rows sorted by date, columns customer,date,amount.
scores: likelihood-to-recommend answers 0..10, one column named score.

usage: python simulate.py purchases N OUT.csv [SEED]
       python simulate.py scores N OUT.csv [SEED]
"""
import sys

import numpy as np
import pandas as pd

R, ALPHA, A, B = 0.243, 4.414 * 7, 0.793, 2.426
P, Q, GAMMA = 6.25, 3.74, 15.44
START = np.datetime64("2025-01-01")
OBSERVED_DAYS = 730


def purchases(n, seed):
    rng = np.random.default_rng(seed)
    birth = rng.uniform(0, 365, n)
    age = OBSERVED_DAYS - birth
    lam = rng.gamma(R, 1 / ALPHA, n)
    p = rng.beta(A, B, n)
    nu = rng.gamma(Q, 1 / GAMMA, n)
    cust = [np.arange(n)]
    when = [birth]
    t = np.zeros(n)
    active = np.arange(n)
    while active.size:
        t[active] += rng.exponential(1 / lam[active])
        active = active[t[active] <= age[active]]
        cust.append(active)
        when.append(birth[active] + t[active])
        active = active[rng.random(active.size) >= p[active]]
    cust = np.concatenate(cust)
    day = np.floor(np.concatenate(when)).astype("int64")
    amount = np.round(rng.gamma(P, 1 / nu[cust]), 2)
    amount = np.maximum(amount, 0.01)
    order = np.lexsort((cust, day))
    frame = pd.DataFrame(
        {
            "customer": pd.Series(cust[order]).map("C{:07d}".format),
            "date": (START + day[order].astype("timedelta64[D]")).astype(str),
            "amount": amount[order],
        }
    )
    return frame


def scores(n, seed):
    rng = np.random.default_rng(seed)
    weights = np.array([3, 1, 1, 2, 2, 5, 6, 12, 20, 22, 26], dtype=float)
    return pd.DataFrame({"score": rng.choice(11, size=n, p=weights / weights.sum())})


def main():
    kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 20261202
    frame = purchases(n, seed) if kind == "purchases" else scores(n, seed)
    frame.to_csv(out, index=False, float_format="%.2f" if kind == "purchases" else None)
    print(f"{out}: {len(frame)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
