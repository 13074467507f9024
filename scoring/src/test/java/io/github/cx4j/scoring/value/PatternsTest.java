/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cx4j.core.CxValidationException;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Collapsing summaries into weighted patterns: the partitioned path loses and invents nothing. */
class PatternsTest {

  record Key(int x, double tx, double age) {}

  static Map<Key, Double> byHand(int[] x, double[] tx, double[] age, double[] w) {
    Map<Key, Double> out = new HashMap<>();
    for (int i = 0; i < x.length; i++) {
      double weight = w == null ? 1.0 : w[i];
      out.merge(new Key(x[i], tx[i] + 0.0, age[i] + 0.0), weight, Double::sum);
    }
    out.values().removeIf(v -> v == 0);
    return out;
  }

  static Map<Key, Double> of(Patterns p) {
    Map<Key, Double> out = new HashMap<>();
    for (int i = 0; i < p.size; i++) {
      Double before = out.put(new Key(p.x[i], p.tx[i], p.age[i]), p.weight[i]);
      assertEquals(null, before, "pattern " + i + " appears twice");
    }
    return out;
  }

  @Test
  void largeInputCollapsesToExactlyTheDistinctSummariesWithTheirWeights() {
    qt().withExamples(6)
        .forAll(integers().all(), integers().between(Patterns.PARTITION_THRESHOLD, 300_000))
        .checkAssert(
            (seed, n) -> {
              SplittableRandom rng = new SplittableRandom(seed);
              int[] x = new int[n];
              double[] tx = new double[n];
              double[] age = new double[n];
              double[] w = new double[n];
              for (int i = 0; i < n; i++) {
                age[i] = rng.nextInt(1, 60);
                x[i] = rng.nextInt(0, 5);
                tx[i] =
                    x[i] == 0 ? (rng.nextBoolean() ? 0.0 : -0.0) : rng.nextInt(1, (int) age[i] + 1);
                w[i] = rng.nextInt(0, 4);
              }
              Map<Key, Double> expected = byHand(x, tx, age, w);
              Patterns p = Patterns.of("BgNbd", x, tx, age, w, false);
              assertEquals(expected, of(p));
              assertEquals(expected.values().stream().mapToDouble(v -> v).sum(), p.totalWeight);
              assertEquals(
                  byHand(x, tx, age, null), of(Patterns.of("BgNbd", x, tx, age, null, false)));
            });
  }

  @Test
  void partitionedAndSequentialCollapseAgreeAtTheThreshold() {
    int n = Patterns.PARTITION_THRESHOLD;
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i % 7;
      tx[i] = x[i] == 0 ? 0 : i % 11 + 0.5;
      age[i] = 12;
    }
    Patterns big = Patterns.of("BgNbd", x, tx, age, null, false);
    Patterns small =
        Patterns.of(
            "BgNbd",
            java.util.Arrays.copyOf(x, n - 1),
            java.util.Arrays.copyOf(tx, n - 1),
            java.util.Arrays.copyOf(age, n - 1),
            null,
            false);
    Map<Key, Double> expectedSmall = byHand(x, tx, age, null);
    expectedSmall.merge(new Key(x[n - 1], tx[n - 1], age[n - 1]), -1.0, Double::sum);
    expectedSmall.values().removeIf(v -> v == 0);
    assertEquals(byHand(x, tx, age, null), of(big));
    assertEquals(expectedSmall, of(small));
  }

  @Test
  void largeInputNamesTheFirstBadRow() {
    int n = 200_000;
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    java.util.Arrays.fill(age, 10);
    tx[150_000] = 11;
    x[150_000] = 1;
    x[170_000] = -1;
    CxValidationException e =
        assertThrows(
            CxValidationException.class, () -> Patterns.of("BgNbd", x, tx, age, null, false));
    assertEquals("BgNbd.recency", e.field());
    assertEquals(
        "BgNbd.recency must be within 0..T (10.0) (customer index 150000), was 11.0",
        e.getMessage());
    double[] w = new double[n];
    CxValidationException zero =
        assertThrows(
            CxValidationException.class,
            () -> Patterns.of("BgNbd", new int[n], new double[n], age, w, false));
    assertEquals("BgNbd.weights must have a positive sum, was 0.0", zero.getMessage());
  }
}
