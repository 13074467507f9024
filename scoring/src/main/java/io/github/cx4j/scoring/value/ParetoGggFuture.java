/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import java.util.SplittableRandom;

/** Simulation of one customer's future under one Pareto/GGG draw. */
final class ParetoGggFuture {
  private static final int MAX_PURCHASES = 10_000_000;

  private ParetoGggFuture() {}

  /**
   * Purchases in (T, T + h] given regularity k, rate lambda, lifetime tau and the summary: none if
   * {@code tau <= T}; else the gamma renewal process continued from {@code t_x}, its first
   * inter-purchase time conditioned to exceed {@code T - t_x}, stopped at {@code min(tau, T + h)}.
   */
  static int count(
      double k, double lambda, double tau, double tx, double age, double h, SplittableRandom rng) {
    if (tau <= age) {
      return 0;
    }
    double rate = k * lambda;
    double end = Math.min(tau, age + h);
    double next = tx + residual(k, rate, age - tx, rng);
    int count = 0;
    while (next <= end && count < MAX_PURCHASES) {
      count++;
      next += Sampling.gamma(rng, k, rate);
    }
    return count;
  }

  /**
   * An inter-purchase time Gamma(k, rate) conditioned to exceed d: by rejection when that is likely
   * enough, else by inverting the log survival by bisection.
   */
  static double residual(double k, double rate, double d, SplittableRandom rng) {
    if (d <= 0) {
      return Sampling.gamma(rng, k, rate);
    }
    double lg = IncompleteGamma.logGamma(k);
    double logQd = IncompleteGamma.logQ(k, rate * d, lg);
    if (logQd > Math.log(0.1)) {
      for (int attempt = 0; attempt < 200; attempt++) {
        double v = Sampling.gamma(rng, k, rate);
        if (v > d) {
          return v;
        }
      }
    }
    // log Q(k, rate v) = log Q(k, rate d) + log U, for v > d
    double target = logQd + Math.log(rng.nextDouble());
    double lo = d;
    double hi = d + Math.max(d, k / rate);
    int guard = 0;
    while (IncompleteGamma.logQ(k, rate * hi, lg) > target && guard++ < 200) {
      lo = hi;
      hi = d + 2 * (hi - d);
    }
    for (int it = 0; it < 100 && hi - lo > 1e-10 * hi; it++) {
      double mid = 0.5 * (lo + hi);
      if (IncompleteGamma.logQ(k, rate * mid, lg) > target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }
}
