/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StudentTTest {
  @Test
  void matchesPublishedTables() {
    // t tables: t(0.975; 1) = 12.7062, t(0.975; 10) = 2.2281, t(0.95; 30) = 1.6973
    assertEquals(12.7062, StudentT.quantile(0.975, 1), 5e-5);
    assertEquals(2.2281, StudentT.quantile(0.975, 10), 5e-5);
    assertEquals(1.6973, StudentT.quantile(0.95, 30), 5e-5);
    assertEquals(-2.2281, StudentT.quantile(0.025, 10), 5e-5);
    assertEquals(0.0, StudentT.quantile(0.5, 7), 0);
    assertEquals(0.5, StudentT.cdf(0, 3), 1e-15);
    // Cauchy: P(T <= 1; df = 1) = 0.75
    assertEquals(0.75, StudentT.cdf(1, 1), 1e-12);
    assertEquals(1.0, StudentT.twoSidedP(0, 5), 1e-12);
    assertEquals(Math.log(24), StudentT.logGamma(5), 1e-12);
    assertEquals(Math.log(Math.sqrt(Math.PI)), StudentT.logGamma(0.5), 1e-12);
    assertEquals(0.0, StudentT.regularizedBeta(0, 2, 3), 0);
    assertEquals(1.0, StudentT.regularizedBeta(1, 2, 3), 0);
  }

  @Test
  void percentilesUseType7() {
    long[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertEquals(5.5, Percentiles.of(v, v.length, 0.5), 1e-12);
    assertEquals(9.1, Percentiles.of(v, v.length, 0.9), 1e-12);
    assertEquals(1.0, Percentiles.of(v, 1, 0.9), 1e-12);
  }

  @Test
  void selectionAgreesWithSorting() {
    java.util.Random rnd = new java.util.Random(9);
    for (int n : new int[] {1, 2, 3, 10, 101, 1000}) {
      long[] v = new long[n];
      for (int i = 0; i < n; i++) {
        v[i] = rnd.nextInt(50);
      }
      long[] sorted = v.clone();
      java.util.Arrays.sort(sorted);
      for (double q : new double[] {0, 0.1, 0.5, 0.9, 1}) {
        assertEquals(Percentiles.sorted(sorted, q), Percentiles.select(v.clone(), n, q), 1e-9);
      }
    }
  }
}
