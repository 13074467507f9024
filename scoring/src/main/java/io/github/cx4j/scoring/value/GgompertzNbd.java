/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.jspecify.annotations.Nullable;

/**
 * Fits and simulates the GGompertz/NBD ({@link GgompertzNbdModel}; Bemmaor and Glady 2012,
 * "Modeling purchasing behavior with sudden 'death'", Management Science 58(5)) by maximum
 * likelihood, the likelihood's integral over the time of death computed by composite Gauss-Legendre
 * quadrature (see docs/value.md), with the package's BFGS fitter on the log scale.
 */
public final class GgompertzNbd {
  private GgompertzNbd() {}

  /**
   * Fits with the default {@link FitOptions}.
   *
   * @param frequency repeat purchases x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @return the fit, parameters {@code r, alpha, b, s, beta}
   */
  public static ValueFit fit(int[] frequency, double[] recency, double[] age) {
    return fit(frequency, recency, age, null, FitOptions.defaults());
  }

  /**
   * Fits by maximum likelihood.
   *
   * @param frequency repeat purchases x per row
   * @param recency t_x per row
   * @param age T per row
   * @param weights customers per row, or null for one each
   * @param options starts, iterations, tolerance and penalty
   * @return the fit; check {@link ValueFit#converged()} (on data without a visible lifetime mode, b
   *     tends to 0 and beta with it, the Pareto/NBD limit: the message then says a parameter is at
   *     the edge of its range)
   */
  public static ValueFit fit(
      int[] frequency,
      double[] recency,
      double[] age,
      double @Nullable [] weights,
      FitOptions options) {
    Patterns p = Patterns.of("GgompertzNbd", frequency, recency, age, weights, false);
    double rate = p.meanRate();
    double meanAge = 0;
    for (int i = 0; i < p.size; i++) {
      meanAge += p.weight[i] * p.age[i];
    }
    meanAge = Math.max(1e-6, meanAge / p.totalWeight);
    List<double[]> starts = new ArrayList<>();
    // three starts: each likelihood evaluation integrates over every pattern
    double[][] shapes = {
      {1.0, 1.0, 0.5, 1.0, 1.0},
      {0.5, 0.5, 0.1, 0.5, 0.1},
      {1.0, 1.0, 2.0, 1.0, 5.0},
    };
    for (double[] f : shapes) {
      starts.add(
          new double[] {
            Math.log(f[0]),
            Math.log(f[1] / rate),
            Math.log(f[2] / meanAge),
            Math.log(f[3]),
            Math.log(f[4])
          });
    }
    return Fits.purchaseModel(ValueModelKind.GGOMNBD, p, GgompertzLikelihood::new, starts, options);
  }

  /**
   * Simulates customers: lambda ~ Gamma(r, alpha), eta ~ Gamma(s, beta), a Gompertz lifetime {@code
   * tau = ln(1 + E / eta) / b} with E standard exponential, and Poisson purchases while alive, up
   * to each customer's age.
   *
   * @param model the model
   * @param age T of each customer to simulate
   * @param seed the random seed (same seed, same customers)
   * @return the simulated summaries
   */
  public static SimulatedCustomers simulate(GgompertzNbdModel model, double[] age, long seed) {
    RandomDataGenerator rng = RandomDataGenerator.of(new Well19937c(seed));
    int n = age.length;
    int[] x = new int[n];
    double[] tx = new double[n];
    for (int i = 0; i < n; i++) {
      PurchaseModel.requireTime("GgompertzNbd.age", age[i]);
      double lambda = rng.nextGamma(model.r(), 1.0 / model.alpha());
      double eta = rng.nextGamma(model.s(), 1.0 / model.beta());
      double lifetime = Math.log1p(rng.nextExponential(1.0) / eta) / model.b();
      double end = Math.min(lifetime, age[i]);
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
