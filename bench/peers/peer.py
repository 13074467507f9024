"""The peer side of bench/peers/run.sh: what a data team would run instead of the cx4j CLI.

usage: python peer.py summary PURCHASES.csv END OUT.csv     lifetimes summary_data_from_transaction_data
       python peer.py fit SUMMARY.csv OUT.json              lifetimes BetaGeoFitter
       python peer.py fit-predict SUMMARY.csv HORIZON OUT.csv  fit, P(alive), E[X(horizon)]
       python peer.py nps SCORES.csv                        pandas read_csv + counts
       python peer.py rfm PURCHASES.csv ANALYSIS_DATE OUT.csv   pandas groupby + quintile scores
"""
import json
import sys

import numpy as np
import pandas as pd


def summary(path, end, out):
    from lifetimes.utils import summary_data_from_transaction_data

    frame = pd.read_csv(path, parse_dates=["date"])
    result = summary_data_from_transaction_data(
        frame, "customer", "date", monetary_value_col="amount", observation_period_end=end, freq="D"
    )
    result.to_csv(out)


def _fit(path):
    from lifetimes import BetaGeoFitter

    frame = pd.read_csv(path, comment="#")
    model = BetaGeoFitter(penalizer_coef=0.0)
    model.fit(frame["frequency"], frame["recency"], frame["T"])
    return frame, model


def fit(path, out):
    _, model = _fit(path)
    with open(out, "w") as handle:
        json.dump({k: float(v) for k, v in model.params_.items()}, handle)


def fit_predict(path, horizon, out):
    frame, model = _fit(path)
    x, t_x, age = frame["frequency"], frame["recency"], frame["T"]
    frame["p_alive"] = model.conditional_probability_alive(x, t_x, age)
    frame["expected"] = model.conditional_expected_number_of_purchases_up_to_time(
        float(horizon), x, t_x, age
    )
    frame[["customer", "p_alive", "expected"]].to_csv(out, index=False)


def nps(path):
    scores = pd.read_csv(path)["score"]
    counts = scores.value_counts()
    n = int(counts.sum())
    promoters = int(counts[counts.index >= 9].sum())
    detractors = int(counts[counts.index <= 6].sum())
    print(f"n={n} nps={100.0 * (promoters - detractors) / n:.3f}")


def rfm(path, analysis_date, out):
    frame = pd.read_csv(path, parse_dates=["date"])
    end = pd.Timestamp(analysis_date)
    table = frame.groupby("customer").agg(
        last=("date", "max"), frequency=("date", "size"), monetary=("amount", "sum")
    )
    table["recency"] = (end - table["last"]).dt.days
    for column, name, ascending in (("recency", "r", False), ("frequency", "f", True), ("monetary", "m", True)):
        ranks = table[column].rank(method="first", ascending=ascending)
        table[name] = pd.qcut(ranks, 5, labels=False) + 1
    table["score"] = table["r"] * 100 + table["f"] * 10 + table["m"]
    table[["recency", "frequency", "monetary", "r", "f", "m", "score"]].to_csv(out)


def main():
    command, args = sys.argv[1], sys.argv[2:]
    {"summary": summary, "fit": fit, "fit-predict": fit_predict, "nps": nps, "rfm": rfm}[command](*args)


if __name__ == "__main__":
    main()
