/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.tier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TieringProperties {

  /** The definition, by full sort: the share held by strictly larger values, below the cut-off. */
  static int[] reference(double[] v, double[] shares) {
    double[] pos = Arrays.stream(v).filter(x -> x > 0).sorted().toArray();
    double total = Arrays.stream(pos).sum();
    // larger[j] = sum of the values strictly larger than pos[j] (ascending order)
    java.util.Map<Double, Double> larger = new java.util.HashMap<>();
    double acc = 0;
    for (int j = pos.length - 1; j >= 0; ) {
      int k = j;
      double group = 0;
      while (k >= 0 && pos[k] == pos[j]) {
        group += pos[k];
        k--;
      }
      larger.put(pos[j], acc);
      acc += group;
      j = k;
    }
    int[] out = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      if (v[i] <= 0) {
        out[i] = -1;
        continue;
      }
      double above = larger.get(v[i]);
      int t = 0;
      while (t < shares.length && above >= shares[t] * total) {
        t++;
      }
      out[i] = t;
    }
    return out;
  }

  private static double[] data(long seed, int n) {
    Random random = new Random(seed);
    double[] v = new double[n];
    int shape = random.nextInt(3);
    for (int i = 0; i < n; i++) {
      v[i] =
          switch (shape) {
            case 0 -> random.nextInt(20) - 3; // integers with ties, zeros and negatives
            case 1 -> Math.round(Math.exp(2 * random.nextGaussian()) * 4); // skewed integers
            default -> random.nextInt(50) * 0.5;
          };
    }
    return v;
  }

  @Test
  void abcMatchesTheDefinitionAndIgnoresInputOrder() {
    qt().withExamples(150)
        .forAll(integers().between(0, 1_000_000), integers().between(1, 200))
        .checkAssert(
            (seed, n) -> {
              double[] v = data(seed, n);
              Tiers<AbcClass> t = Tiering.abc(v);
              int[] expected = reference(v, new double[] {0.8, 0.95});
              for (int i = 0; i < n; i++) {
                AbcClass want =
                    expected[i] < 0 ? AbcClass.NON_POSITIVE : AbcClass.values()[expected[i]];
                assertEquals(want, t.tier(i));
              }
              // reversing the input changes nothing per value
              double[] reversed = new double[n];
              for (int i = 0; i < n; i++) {
                reversed[i] = v[n - 1 - i];
              }
              Tiers<AbcClass> r = Tiering.abc(reversed);
              for (int i = 0; i < n; i++) {
                assertEquals(t.tier(i), r.tier(n - 1 - i));
              }
              // A holds at least 80% of the positive value when anything is positive
              double total = Arrays.stream(v).filter(x -> x > 0).sum();
              if (total > 0) {
                double a = t.summary().get(0).value();
                assertTrue(a >= 0.8 * total - 1e-9);
              }
            });
  }

  @Test
  void largeColumnsUseTheRadixPathAndStillMatch() {
    for (long seed = 1; seed <= 4; seed++) {
      double[] v = data(seed, 30_000);
      double[] shares = {0.8, 0.95, 0.99};
      var t = Tiering.fourTier(v, shares);
      int[] expected = reference(v, shares);
      for (int i = 0; i < v.length; i++) {
        int want = expected[i] < 0 ? 3 : expected[i];
        assertEquals(want, t.tier(i).ordinal(), "customer " + i + " value " + v[i]);
      }
    }
  }

  @Test
  void curveIsMonotoneFromZeroToOne() {
    qt().withExamples(100)
        .forAll(
            integers().between(0, 1_000_000), integers().between(1, 300), integers().between(2, 40))
        .checkAssert(
            (seed, n, points) -> {
              ParetoCurve c = Tiering.curve(data(seed, n), points);
              assertEquals(0.0, c.valueShare().get(0));
              assertEquals(1.0, c.valueShare().get(points - 1), 1e-12);
              for (int j = 1; j < points; j++) {
                assertTrue(c.valueShare().get(j) >= c.valueShare().get(j - 1) - 1e-12);
                // concave: the top customers hold at least their share of value
                assertTrue(c.valueShare().get(j) >= c.customerShare().get(j) - 1e-9);
              }
              assertTrue(c.gini() >= 0 && c.gini() < 1);
            });
  }
}
