/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SelectionTest {

  /** R: quantile(1:10, c(.2, .4, .6, .8)) gives 2.8 4.6 6.4 8.2 (type 7, the default). */
  @Test
  void type7MatchesROnOneToTen() {
    double[] x = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    assertArrayEquals(new double[] {2.8, 4.6, 6.4, 8.2}, Selection.binCutPoints(x, 5), 1e-12);
    int[] xi = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    assertArrayEquals(new double[] {2.8, 4.6, 6.4, 8.2}, Selection.binCutPoints(xi, 5), 1e-12);
  }

  /**
   * Hand computation, equal to R's quantile(c(3,1,4,1,5,9,2,6), c(.2,.4,.6,.8)) = 1.4 2.8 4.2 5.6:
   * sorted 1 1 2 3 4 5 6 9, h = 7p = 1.4, 2.8, 4.2, 5.6.
   */
  @Test
  void type7HandComputedWithTies() {
    double[] x = {3, 1, 4, 1, 5, 9, 2, 6};
    assertArrayEquals(new double[] {1.4, 2.8, 4.2, 5.6}, Selection.binCutPoints(x, 5), 1e-12);
    // quartiles: h = 7 * 0.25 = 1.75 -> 1 + .75 * 1 = 1.75; 3.5 -> 3.5; 5.25 -> 5.25
    assertArrayEquals(new double[] {1.75, 3.5, 5.25}, Selection.binCutPoints(x, 4), 1e-12);
    assertArrayEquals(
        new double[] {1.75, 3.5, 5.25},
        Selection.quantiles(x, new double[] {0.25, 0.5, 0.75}),
        1e-12);
  }

  @Test
  void singleValueAndConstantColumns() {
    assertArrayEquals(new double[] {7, 7, 7, 7}, Selection.binCutPoints(new double[] {7}, 5));
    double[] constant = new double[10_000];
    Arrays.fill(constant, -2.5);
    assertArrayEquals(new double[] {-2.5, -2.5}, Selection.binCutPoints(constant, 3));
    assertArrayEquals(
        new double[] {0, 1}, Selection.quantiles(new double[] {0, 1}, new double[] {0, 1}));
  }

  @Test
  void negativeZeroIsZero() {
    assertEquals(Selection.key(0.0), Selection.key(-0.0));
    assertEquals(0.0, Selection.value(Selection.key(-0.0)));
    assertEquals(-3.25, Selection.value(Selection.key(-3.25)));
  }

  @Test
  void largeColumnsMatchSortingForManyShapes() {
    Random random = new Random(42);
    for (int shape = 0; shape < 8; shape++) {
      int n = 5_000 + random.nextInt(20_000);
      double[] x = new double[n];
      int[] xi = new int[n];
      for (int i = 0; i < n; i++) {
        x[i] =
            switch (shape) {
              case 0 -> random.nextGaussian();
              case 1 -> Math.exp(3 * random.nextGaussian());
              case 2 -> random.nextInt(5);
              case 3 -> 1.0 + random.nextDouble() * 1e-9;
              case 4 -> -Math.exp(2 * random.nextGaussian());
              case 5 -> random.nextBoolean() ? 1e300 : -1e-300;
              case 6 -> Math.floor(random.nextDouble() * 365);
              default -> random.nextInt(3) == 0 ? 0.0 : random.nextDouble() * 1e6;
            };
        xi[i] = shape % 2 == 0 ? random.nextInt(7) : random.nextInt() >> random.nextInt(31);
      }
      check(x, random);
      checkInts(xi, random);
    }
  }

  @Test
  void smallColumnsMatchSorting() {
    qt().withExamples(300)
        .forAll(
            lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(1, 60), integers().between(2, 9))
        .checkAssert(
            (list, bins) -> {
              double[] x = list.stream().mapToDouble(Double::doubleValue).toArray();
              assertArrayEquals(reference(x, bins), Selection.binCutPoints(x, bins), 1e-9);
            });
  }

  private static void check(double[] x, Random random) {
    double[] sorted = x.clone();
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = sorted[i] == 0.0 ? 0.0 : sorted[i];
    }
    Arrays.sort(sorted);
    int[] ranks = {0, sorted.length - 1, random.nextInt(sorted.length), sorted.length / 2};
    double[] expected = new double[ranks.length];
    for (int i = 0; i < ranks.length; i++) {
      expected[i] = sorted[ranks[i]];
    }
    assertArrayEquals(expected, Selection.orderStatistics(x, ranks));
    for (int bins = 2; bins <= 9; bins++) {
      assertArrayEquals(reference(x, bins), Selection.binCutPoints(x, bins), 0.0);
    }
  }

  private static void checkInts(int[] x, Random random) {
    int[] sorted = x.clone();
    Arrays.sort(sorted);
    int[] ranks = {0, sorted.length - 1, random.nextInt(sorted.length)};
    double[] expected = new double[ranks.length];
    for (int i = 0; i < ranks.length; i++) {
      expected[i] = sorted[ranks[i]];
    }
    assertArrayEquals(expected, Selection.orderStatistics(x, ranks));
    double[] asDouble = Arrays.stream(x).asDoubleStream().toArray();
    assertArrayEquals(reference(asDouble, 5), Selection.binCutPoints(x, 5), 0.0);
  }

  /** Type 7 by full sort, R's formula. */
  static double[] reference(double[] x, int bins) {
    double[] s = x.clone();
    for (int i = 0; i < s.length; i++) {
      s[i] = s[i] == 0.0 ? 0.0 : s[i];
    }
    Arrays.sort(s);
    double[] out = new double[bins - 1];
    for (int k = 1; k < bins; k++) {
      long num = (long) (s.length - 1) * k;
      int lo = (int) (num / bins);
      double g = (num % bins) / (double) bins;
      out[k - 1] =
          g == 0
              ? s[lo]
              : io.github.cx4j.core.internal.Percentiles.interpolate(s[lo], s[lo + 1], g);
    }
    return out;
  }

  @Test
  void interpolationStaysBetweenNeighbours() {
    List<double[]> pairs = List.of(new double[] {1e308, 1.7e308}, new double[] {-1e-320, 1e-320});
    for (double[] p : pairs) {
      double q = io.github.cx4j.core.internal.Percentiles.interpolate(p[0], p[1], 0.3);
      assertEquals(true, q >= p[0] && q <= p[1]);
    }
  }
}
