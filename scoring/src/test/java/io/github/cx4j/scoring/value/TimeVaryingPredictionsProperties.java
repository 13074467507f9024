/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Invariants of a customer's future along a time-varying covariate path, for base parameters over
 * 0.05..20, effects over -1..1, random 0/1 paths on 5-week intervals and histories up to 20
 * purchases: the predictive distribution sums to one and its mean is the closed-form expectation;
 * the expectation grows with the horizon and DERT is at least the discounted expectation of any
 * horizon.
 */
class TimeVaryingPredictionsProperties {
  @Test
  void theFutureAlongAPathIsADistributionWithTheClosedFormMean() {
    qt().withExamples(120)
        .forAll(integers().all(), integers().between(0, 20), doubles().between(0, 1))
        .checkAssert(
            (seed, x, share) -> {
              SplittableRandom rng = new SplittableRandom(seed);
              double[] theta = {
                Math.log(ValueProperties.param(rng)),
                Math.log(ValueProperties.param(rng)),
                Math.log(ValueProperties.param(rng)),
                Math.log(ValueProperties.param(rng)),
                rng.nextDouble(-1, 1),
                rng.nextDouble(-1, 1)
              };
              int intervals = 20;
              double[] breaks = new double[intervals + 1];
              double[][] zp = new double[1][intervals];
              double[][] zd = new double[1][intervals];
              for (int k = 0; k <= intervals; k++) {
                breaks[k] = 5.0 * k;
              }
              for (int k = 0; k < intervals; k++) {
                zp[0][k] = rng.nextDouble() < 0.5 ? 1 : 0;
                zd[0][k] = rng.nextDouble() < 0.5 ? 1 : 0;
              }
              double birth = rng.nextDouble() * 20;
              double age = 1 + rng.nextDouble() * 40;
              double tx = x == 0 ? 0 : age * (0.001 + 0.998 * share);
              double[] times = new double[x];
              for (int j = 0; j < x; j++) {
                times[j] = j == x - 1 ? tx : tx * (j + 1) / x;
              }
              PurchaseHistories one =
                  new PurchaseHistories(
                      new double[] {birth}, new double[][] {times}, new double[] {age});
              TimeVaryingCovariates p = new TimeVaryingCovariates(List.of("z"), breaks, zp);
              TimeVaryingCovariates d = new TimeVaryingCovariates(List.of("w"), breaks, zd);
              double horizon = 100 - birth - age;
              TimeVaryingLikelihood f =
                  TimeVaryingParetoNbd.likelihood(
                      one, p, d, new double[2], new double[] {1, 1}, horizon);
              TimeVaryingFuture future = f.future(theta, 0);
              String what = java.util.Arrays.toString(theta) + " x=" + x + " T=" + age;
              double t = horizon * rng.nextDouble();
              double expected = future.expected(t);
              // the mean given alive sets how far the distribution reaches
              double ifAlive = future.alive > 0 ? expected / future.alive : 0;
              if (ifAlive > 300) {
                return; // the sum below would need too many terms
              }
              FutureCounts counts = future.counts(t);
              double sum = 1 - future.alive;
              double mean = 0;
              int most = (int) (50 * (ifAlive + 5)) + 200;
              for (int y = 0; y < most && sum < 1 - 1e-11; y++) {
                double q = future.alive * counts.next();
                assertTrue(q >= 0 && q <= 1 + 1e-12, what);
                sum += q;
                mean += y * q;
              }
              assertEquals(1.0, sum, 1e-7, what);
              assertEquals(expected, mean, 1e-5 * (1 + expected), what);
              assertTrue(future.expected(horizon) >= expected, what);
              double delta = 0.001 + rng.nextDouble() * 0.05;
              // DERT at rate delta per unit against the discounted expectation per unit period
              double dert = future.residual(delta);
              double within = future.discounted(horizon, 1, Math.expm1(delta));
              // a purchase in period k is discounted by e^(-delta k), no more than at its time
              assertTrue(Double.isFinite(dert) && dert >= within * (1 - 1e-9), what);
            });
  }
}
