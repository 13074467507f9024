/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * On data with one purchase rate the BG/NBD and MBG/NBD fits end either in the Poisson limit or at
 * an interior optimum (the sample shows a little spread by chance): the fit reports the limit
 * exactly when the limit's score for a spread is not positive, and otherwise its finite-r optimum
 * is at least as likely as the limit.
 */
class PoissonLimitProperties {
  @Test
  void theFitReportsTheLimitExactlyWhenTheLimitIsTheMaximum() {
    qt().withFixedSeed(14)
        .withExamples(16)
        .forAll(longs().between(1, 1_000_000), integers().between(0, 1))
        .checkAssert(
            (seed, m) -> {
              SimulatedCustomers c = simulate(m, 1000, seed);
              ValueFit fit =
                  m == 0
                      ? BgNbd.fit(c.frequency(), c.recency(), c.age())
                      : MbgNbd.fit(c.frequency(), c.recency(), c.age());
              assertTrue(fit.converged(), fit.message());
              Patterns p = Patterns.of("BgNbd", c.frequency(), c.recency(), c.age(), null, false);
              PoissonLimit.Objective limit = new PoissonLimit.Objective(p, m);
              double rate = fit.param("r") / fit.param("alpha");
              if (fit.message().startsWith(PoissonLimit.MESSAGE)) {
                assertEquals(PoissonLimit.REPORTED_R, fit.param("r"));
                assertTrue(limit.spreadScore(rate, fit.param("a"), fit.param("b")) <= 0);
                double[] theta = {
                  Math.log(rate), Math.log(fit.param("a")), Math.log(fit.param("b"))
                };
                assertEquals(
                    -limit.value(theta, new double[3]) * p.totalWeight,
                    fit.logLikelihood(),
                    1e-9 * Math.abs(fit.logLikelihood()));
              } else {
                assertTrue(fit.param("r") < 1e7, fit.toString());
                Bfgs.Result best =
                    Bfgs.minimize(
                        limit,
                        new double[] {
                          Math.log(rate), Math.log(fit.param("a")), Math.log(fit.param("b"))
                        },
                        500,
                        1e-8);
                assertTrue(
                    fit.logLikelihood() >= -best.value() * p.totalWeight - 1e-6,
                    fit + " against the limit's " + (-best.value() * p.totalWeight));
              }
              assertEquals(0.4, rate, 0.05);
            });
  }

  /** One rate 0.4 for everyone, p ~ Beta(1, 4), T 20-51. */
  private static SimulatedCustomers simulate(int m, int n, long seed) {
    RandomDataGenerator rng = RandomDataGenerator.of(new Well19937c(seed));
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      age[i] = 20 + rng.nextInt(0, 31);
      double p = rng.nextBeta(1.0, 4.0);
      double t = 0;
      boolean alive = m == 0 || rng.nextDouble() >= p;
      while (alive) {
        t += rng.nextExponential(1 / 0.4);
        if (t > age[i]) {
          break;
        }
        x[i]++;
        tx[i] = t;
        alive = rng.nextDouble() >= p;
      }
    }
    return new SimulatedCustomers(x, tx, age);
  }
}
