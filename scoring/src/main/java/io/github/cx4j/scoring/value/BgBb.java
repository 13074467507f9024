/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.jspecify.annotations.Nullable;

/**
 * Fits and simulates the BG/BB model (Fader, Hardie and Shang 2010) on discrete-time summaries:
 * frequency x, recency t_x and opportunities n, whole numbers with {@code x <= t_x <= n}, usually
 * given as weighted patterns (the donations data of the paper are 22 patterns for 11,104 donors).
 */
public final class BgBb {
  private BgBb() {}

  /**
   * Fits by maximum likelihood with the default options.
   *
   * @param frequency x per row
   * @param recency t_x per row
   * @param opportunities n per row
   * @param weights customers per row, or null
   * @return the fit
   */
  public static ValueFit fit(
      int[] frequency, double[] recency, double[] opportunities, double @Nullable [] weights) {
    return fit(frequency, recency, opportunities, weights, FitOptions.defaults());
  }

  /**
   * Fits by maximum likelihood.
   *
   * @param frequency x per row
   * @param recency t_x per row
   * @param opportunities n per row
   * @param weights customers per row, or null
   * @param options fit options
   * @return the fit
   */
  public static ValueFit fit(
      int[] frequency,
      double[] recency,
      double[] opportunities,
      double @Nullable [] weights,
      FitOptions options) {
    Patterns p = Patterns.of("BgBb", frequency, recency, opportunities, weights, true);
    return Fits.purchaseModel(
        ValueModelKind.BGBB, p, BgBbLikelihood::new, Fits.starts(1.0, 1.0, 1.0, 1.0), options);
  }

  /**
   * Simulates customers: p ~ Beta(alpha, beta) and theta ~ Beta(gamma, delta) per customer; at the
   * start of each opportunity an alive customer drops out with probability theta, otherwise buys
   * with probability p.
   *
   * @param model the model
   * @param opportunities n per customer (whole numbers)
   * @param seed the random seed
   * @return the simulated summaries (recency and age in opportunities)
   */
  public static SimulatedCustomers simulate(BgBbModel model, int[] opportunities, long seed) {
    RandomDataGenerator rng = RandomDataGenerator.of(new Well19937c(seed));
    int m = opportunities.length;
    int[] x = new int[m];
    double[] tx = new double[m];
    double[] age = new double[m];
    for (int i = 0; i < m; i++) {
      PurchaseModel.requireTime("BgBb.opportunities", opportunities[i]);
      double p = rng.nextBeta(model.alpha(), model.beta());
      double theta = rng.nextBeta(model.gamma(), model.delta());
      int count = 0;
      int last = 0;
      for (int t = 1; t <= opportunities[i]; t++) {
        if (rng.nextDouble() < theta) {
          break;
        }
        if (rng.nextDouble() < p) {
          count++;
          last = t;
        }
      }
      x[i] = count;
      tx[i] = last;
      age[i] = opportunities[i];
    }
    return new SimulatedCustomers(x, tx, age);
  }
}
