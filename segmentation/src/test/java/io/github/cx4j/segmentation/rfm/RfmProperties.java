/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.rfm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cx4j.segmentation.internal.Selection;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RfmProperties {

  /** Random columns from a seed, with many ties (values drawn from a small grid). */
  private static Object[] columns(long seed, int n) {
    Random random = new Random(seed);
    double[] r = new double[n];
    int[] f = new int[n];
    double[] m = new double[n];
    int grid = 1 + random.nextInt(40);
    for (int i = 0; i < n; i++) {
      r[i] = random.nextInt(grid) * 3.5;
      f[i] = random.nextInt(grid);
      m[i] = (random.nextInt(grid) - 5) * 12.25;
    }
    return new Object[] {r, f, m};
  }

  @Test
  void scoresLieInOneToBinsAreMonotoneAndEqualForEqualValues() {
    qt().withExamples(200)
        .forAll(
            integers().between(0, 1_000_000), integers().between(1, 300), integers().between(2, 9))
        .checkAssert(
            (seed, n, bins) -> {
              Object[] c = columns(seed, n);
              double[] r = (double[]) c[0];
              int[] f = (int[]) c[1];
              double[] m = (double[]) c[2];
              RfmScores s = Rfm.score(r, f, m, bins);
              for (int i = 0; i < n; i++) {
                assertTrue(s.recency(i) >= 1 && s.recency(i) <= bins);
                assertTrue(s.frequency(i) >= 1 && s.frequency(i) <= bins);
                assertTrue(s.monetary(i) >= 1 && s.monetary(i) <= bins);
                int j = (i * 7919 + seed) % n;
                // recency: smaller (more recent) never scores lower; equal values score equal
                if (r[i] <= r[j]) {
                  assertTrue(s.recency(i) >= s.recency(j));
                }
                if (f[i] <= f[j]) {
                  assertTrue(s.frequency(i) <= s.frequency(j));
                }
                if (m[i] <= m[j]) {
                  assertTrue(s.monetary(i) <= s.monetary(j));
                }
                if (r[i] == r[j]) {
                  assertEquals(s.recency(i), s.recency(j));
                }
                if (f[i] == f[j]) {
                  assertEquals(s.frequency(i), s.frequency(j));
                }
                if (m[i] == m[j]) {
                  assertEquals(s.monetary(i), s.monetary(j));
                }
              }
            });
  }

  /** Large columns take the two-thread path; their cut points are the one-thread selections'. */
  @Test
  void cutPointsOfLargeColumnsEqualTheSelectionOfEachColumn() {
    qt().withExamples(12)
        .forAll(
            integers().between(0, 1_000_000),
            integers().between(Rfm.PARALLEL_CUSTOMERS, Rfm.PARALLEL_CUSTOMERS + 5000),
            integers().between(2, 9))
        .checkAssert(
            (seed, n, bins) -> {
              Object[] c = columns(seed, n);
              double[] r = (double[]) c[0];
              int[] f = (int[]) c[1];
              double[] m = (double[]) c[2];
              RfmCutPoints cuts = Rfm.cutPoints(r, f, m, bins);
              assertArrayEquals(Selection.binCutPoints(r, bins), cuts.recencyArray());
              assertArrayEquals(Selection.binCutPoints(f, bins), cuts.frequencyArray());
              assertArrayEquals(Selection.binCutPoints(m, bins), cuts.monetaryArray());
              assertEquals((long) n, cuts.n());
            });
  }

  @Test
  void scoringOneByOneEqualsScoringTheColumn() {
    qt().withExamples(100)
        .forAll(integers().between(0, 1_000_000), integers().between(1, 100))
        .checkAssert(
            (seed, n) -> {
              Object[] c = columns(seed, n);
              double[] r = (double[]) c[0];
              int[] f = (int[]) c[1];
              double[] m = (double[]) c[2];
              RfmScores s = Rfm.score(r, f, m);
              for (int i = 0; i < n; i++) {
                assertEquals(s.score(i), Rfm.score(r[i], f[i], m[i], s.cutPoints()));
              }
            });
  }

  @Test
  void sketchMergeOrderDoesNotChangeTheDistributionSummarised() {
    qt().withExamples(30)
        .forAll(
            integers().between(0, 1_000_000),
            lists().of(integers().between(0, 4)).ofSizeBetween(1, 8))
        .checkAssert(
            (seed, assignment) -> {
              Object[] c = columns(seed, 400);
              double[] r = (double[]) c[0];
              int[] f = (int[]) c[1];
              double[] m = (double[]) c[2];
              // split customers into 5 parts by a pattern, merge in two different orders
              RfmSketch[] parts = new RfmSketch[5];
              for (int p = 0; p < 5; p++) {
                parts[p] = RfmSketch.create();
              }
              for (int i = 0; i < r.length; i++) {
                parts[assignment.get(i % assignment.size())].update(r[i], f[i], m[i]);
              }
              RfmSketch forward = RfmSketch.create();
              RfmSketch backward = RfmSketch.create();
              for (int p = 0; p < 5; p++) {
                forward.merge(parts[p]);
                backward.merge(parts[4 - p]);
              }
              // 400 values fit a k = 200 sketch's first levels: both are then exact and equal
              assertEquals(forward.n(), backward.n());
              RfmCutPoints a = forward.cutPoints(5);
              RfmCutPoints b = backward.cutPoints(5);
              double err = Math.max(a.rankError(), b.rankError());
              for (int k = 1; k < 5; k++) {
                RfmSketchTest.assertWithinRankError(r, a.recency().get(k - 1), k / 5.0, err);
                RfmSketchTest.assertWithinRankError(r, b.recency().get(k - 1), k / 5.0, err);
                RfmSketchTest.assertWithinRankError(m, b.monetary().get(k - 1), k / 5.0, err);
              }
              if (err == 0.0) {
                assertEquals(a, b);
              }
            });
  }

  @Test
  void presetsAssignEveryTripleToOneNamedSegment() {
    qt().withExamples(200)
        .forAll(integers().between(1, 5), integers().between(1, 5), integers().between(1, 5))
        .checkAssert(
            (r, f, m) -> {
              for (RfmSegmentation s :
                  List.of(RfmSegmentation.rfm(), RfmSegmentation.rfmLegacy())) {
                int idx = s.segmentOf(r, f, m);
                assertTrue(idx >= -1 && idx < s.rules().size());
                assertTrue(RfmSegment.byName(s.segmentName(idx)).isPresent());
              }
            });
  }
}
