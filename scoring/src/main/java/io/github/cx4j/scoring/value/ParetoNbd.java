/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.activity.RepeatSummaries;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.jspecify.annotations.Nullable;

/**
 * Fits and simulates the Pareto/NBD model (Schmittlein, Morrison and Colombo 1987) with the
 * likelihood of Fader and Hardie (2005) and analytic gradients through a log-space Gauss
 * hypergeometric series. Identical summaries are collapsed into weighted patterns.
 */
public final class ParetoNbd {
  /** Pattern count above which starts are explored on a subsample (the series are costly). */
  private static final int WARM_THRESHOLD = 20_000;

  private ParetoNbd() {}

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
   * @param frequency repeat purchases x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @return the fit
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
   * @param weights customers per row, or null
   * @param options starts, iterations, tolerance and penalty
   * @return the fit
   */
  public static ValueFit fit(
      int[] frequency,
      double[] recency,
      double[] age,
      double @Nullable [] weights,
      FitOptions options) {
    Patterns p = Patterns.of("ParetoNbd", frequency, recency, age, weights, false);
    double rate = p.meanRate();
    double meanAge = 0;
    for (int i = 0; i < p.size; i++) {
      meanAge += p.weight[i] * p.age[i];
    }
    meanAge /= p.totalWeight;
    return Fits.purchaseModel(
        ValueModelKind.PARETONBD,
        p,
        ParetoLikelihood::new,
        Fits.starts(1.0, 1.0 / rate, 1.0, Math.max(1e-3, meanAge)),
        options,
        WARM_THRESHOLD,
        10_000);
  }

  /**
   * Simulates customers: lambda ~ Gamma(r, alpha), mu ~ Gamma(s, beta), an exponential lifetime,
   * Poisson purchases until the lifetime or the age ends.
   *
   * @param model the model
   * @param age T of each customer
   * @param seed the random seed
   * @return the simulated summaries
   */
  public static SimulatedCustomers simulate(ParetoNbdModel model, double[] age, long seed) {
    RandomDataGenerator rng = RandomDataGenerator.of(new Well19937c(seed));
    int n = age.length;
    int[] x = new int[n];
    double[] tx = new double[n];
    for (int i = 0; i < n; i++) {
      PurchaseModel.requireTime("ParetoNbd.age", age[i]);
      double lambda = rng.nextGamma(model.r(), 1.0 / model.alpha());
      double mu = rng.nextGamma(model.s(), 1.0 / model.beta());
      double end = Math.min(age[i], rng.nextExponential(1.0 / mu));
      double t = 0;
      int count = 0;
      double last = 0;
      while (true) {
        t += rng.nextExponential(1.0 / lambda);
        if (t > end) {
          break;
        }
        count++;
        last = t;
      }
      x[i] = count;
      tx[i] = last;
    }
    return new SimulatedCustomers(x, tx, age.clone());
  }
}
