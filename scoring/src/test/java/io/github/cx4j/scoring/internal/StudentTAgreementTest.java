/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.internal.StudentT;
import org.hipparchus.distribution.continuous.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * cx4j-core's one Student-t against Hipparchus' {@code TDistribution}: the reason it could replace
 * Hipparchus in this module without losing accuracy.
 */
class StudentTAgreementTest {
  private static final double[] DF = {1, 1.5, 2, 3, 4.7, 10, 29, 30, 100, 1000};
  private static final double[] P = {0.6, 0.75, 0.9, 0.95, 0.975, 0.99, 0.995, 0.9995};

  @Test
  void quantilesAgreeWithHipparchusToItsSolverAccuracy() {
    for (double df : DF) {
      TDistribution h = new TDistribution(df);
      for (double p : P) {
        double ours = StudentT.quantile(p, df);
        double theirs = h.inverseCumulativeProbability(p);
        assertEquals(theirs, ours, 1e-8 * Math.max(1, Math.abs(theirs)), "df " + df + " p " + p);
        // ours solves P(T <= t) = p at least as closely as Hipparchus does (to the precision of its
        // cdf)
        double ourResidual = Math.abs(h.cumulativeProbability(ours) - p);
        double theirResidual = Math.abs(h.cumulativeProbability(theirs) - p);
        assertTrue(ourResidual <= Math.max(theirResidual, 1e-11), "df " + df + " p " + p);
      }
    }
  }

  @Test
  void distributionFunctionsAgree() {
    for (double df : DF) {
      TDistribution h = new TDistribution(df);
      for (double t : new double[] {-40, -5, -1, -0.01, 0, 0.3, 2, 8}) {
        assertEquals(h.cumulativeProbability(t), StudentT.cdf(t, df), 1e-10, "df " + df);
        assertEquals(
            Math.min(1, 2 * h.cumulativeProbability(-Math.abs(t))),
            StudentT.twoSidedP(t, df),
            1e-10,
            "df " + df);
        assertEquals(h.density(t), StudentT.density(t, df), 1e-12, "df " + df);
      }
    }
  }

  @Test
  void statsUsesIt() {
    assertEquals(2.2281388519649385, Stats.t(0.95, 10, "x.level"), 1e-9);
    assertEquals(StudentT.twoSidedP(2.1, 7.5), Stats.twoSidedTP(2.1, 7.5), 0);
  }
}
