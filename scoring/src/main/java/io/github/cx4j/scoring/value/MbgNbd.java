/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.activity.RepeatSummaries;
import org.jspecify.annotations.Nullable;

/**
 * Fits and simulates the MBG/NBD (Batislam, Denizel and Filiztekin 2007, "Empirical validation and
 * comparison of models for customer base analysis", IJRM 24(3)). The column methods take frequency
 * x (repeat purchases), recency t_x and age T per customer; identical summaries are collapsed into
 * weighted patterns before the likelihood is evaluated, so large data at day or week granularity
 * fit in milliseconds.
 */
public final class MbgNbd {
  private MbgNbd() {}

  /**
   * Fits on activity summaries (the object path; the model's time unit is the summaries' unit).
   *
   * @param summaries repeat summaries, for example from {@code ActivitySummaries.repeat}
   * @param options fit options
   * @return the fit
   */
  public static ValueFit fit(RepeatSummaries summaries, FitOptions options) {
    return fit(summaries.frequency(), summaries.recency(), summaries.age(), null, options);
  }

  /**
   * Fits by maximum likelihood with the default {@link FitOptions}.
   *
   * @param frequency repeat purchases x per customer, non-negative
   * @param recency t_x per customer, {@code 0 <= t_x <= T}, 0 when x is 0
   * @param age T per customer, in the time unit of the model
   * @return the fit; check {@link ValueFit#converged()}
   */
  public static ValueFit fit(int[] frequency, double[] recency, double[] age) {
    return fit(frequency, recency, age, null, FitOptions.defaults());
  }

  /**
   * Fits by maximum likelihood.
   *
   * @param frequency repeat purchases x per customer (or per pattern)
   * @param recency t_x per customer
   * @param age T per customer
   * @param weights how many customers each row stands for, or null for one each
   * @param options starts, iterations, tolerance and penalty
   * @return the fit; check {@link ValueFit#converged()}
   */
  public static ValueFit fit(
      int[] frequency,
      double[] recency,
      double[] age,
      double @Nullable [] weights,
      FitOptions options) {
    return NbdFamily.fit(1, frequency, recency, age, weights, options);
  }

  /**
   * Simulates customers from the model: each customer's rate and dropout probability are drawn from
   * their Gamma and Beta distributions, then purchases up to the customer's age.
   *
   * @param model the model
   * @param age T of each customer to simulate
   * @param seed the random seed (same seed, same customers)
   * @return the simulated summaries
   */
  public static SimulatedCustomers simulate(MbgNbdModel model, double[] age, long seed) {
    return model.nbd().simulate(age, seed);
  }
}
