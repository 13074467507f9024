/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.rfm;

import static io.github.cx4j.segmentation.rfm.RfmTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RfmSketchTest {

  static final class Data {
    final double[] r;
    final int[] f;
    final double[] m;

    Data(int n, long seed) {
      Random random = new Random(seed);
      r = new double[n];
      f = new int[n];
      m = new double[n];
      for (int i = 0; i < n; i++) {
        r[i] = Math.floor(random.nextDouble() * 540);
        f[i] = 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * 2.5);
        m[i] = Math.round(Math.exp(3 + 1.2 * random.nextGaussian()) * 100) / 100.0;
      }
    }
  }

  /** The exact normalised rank interval [#{x < q}/n, #{x <= q}/n] of q must reach p +- error. */
  static void assertWithinRankError(double[] x, double q, double p, double error) {
    long below = Arrays.stream(x).filter(v -> v < q).count();
    long atOrBelow = Arrays.stream(x).filter(v -> v <= q).count();
    double lo = below / (double) x.length;
    double hi = atOrBelow / (double) x.length;
    assertTrue(
        hi >= p - error && lo <= p + error,
        "cut point " + q + " has rank [" + lo + ", " + hi + "], target " + p + " +- " + error);
  }

  static void assertSketchCuts(Data d, RfmCutPoints cuts) {
    double[] f = Arrays.stream(d.f).asDoubleStream().toArray();
    for (int k = 1; k < cuts.bins(); k++) {
      double p = k / (double) cuts.bins();
      assertWithinRankError(d.r, cuts.recency().get(k - 1), p, cuts.rankError());
      assertWithinRankError(f, cuts.frequency().get(k - 1), p, cuts.rankError());
      assertWithinRankError(d.m, cuts.monetary().get(k - 1), p, cuts.rankError());
    }
  }

  @Test
  void sketchedCutPointsAreWithinTheReportedRankErrorOfExactOnes() {
    Data d = new Data(70_000, 7);
    RfmSketch sketch = RfmSketch.create().update(d.r, d.f, d.m);
    RfmCutPoints cuts = sketch.cutPoints(5);
    assertEquals(CutPointMethod.SKETCH, cuts.method());
    assertEquals(70_000, cuts.n());
    assertTrue(cuts.rankError() > 0.005 && cuts.rankError() < 0.02, "" + cuts.rankError());
    assertSketchCuts(d, cuts);
    // and the exact cut points lie within the same rank band
    RfmCutPoints exact = Rfm.cutPoints(d.r, d.f, d.m, 5);
    assertSketchCuts(d, exact);
  }

  @Test
  void mergingPartsInAnyOrderStaysWithinRankError() {
    Data d = new Data(60_000, 11);
    int parts = 6;
    int size = d.r.length / parts;
    RfmSketch[] sketches = new RfmSketch[parts];
    for (int p = 0; p < parts; p++) {
      int from = p * size;
      sketches[p] =
          RfmSketch.create()
              .update(
                  Arrays.copyOfRange(d.r, from, from + size),
                  Arrays.copyOfRange(d.f, from, from + size),
                  Arrays.copyOfRange(d.m, from, from + size));
    }
    for (List<Integer> order :
        List.of(List.of(0, 1, 2, 3, 4, 5), List.of(5, 3, 1, 0, 2, 4), List.of(2, 4, 0, 5, 1, 3))) {
      RfmSketch merged = RfmSketch.create();
      for (int p : order) {
        merged.merge(RfmSketch.fromByteArray(sketches[p].toByteArray()));
      }
      assertEquals(d.r.length, merged.n());
      assertSketchCuts(d, merged.cutPoints(5));
    }
    // tree-shaped grouping
    RfmSketch left = RfmSketch.create().merge(sketches[0]).merge(sketches[1]).merge(sketches[2]);
    RfmSketch right = RfmSketch.create().merge(sketches[3]).merge(sketches[4]).merge(sketches[5]);
    RfmSketch tree = RfmSketch.create().merge(right).merge(left);
    assertEquals(d.r.length, tree.n());
    assertSketchCuts(d, tree.cutPoints(4));
  }

  @Test
  void smallSketchesAreExactOrderStatistics() {
    RfmSketch sketch = RfmSketch.create(8);
    double[] r = {1, 2, 3, 4, 5};
    int[] f = {5, 4, 3, 2, 1};
    for (int i = 0; i < 5; i++) {
      sketch.update(r[i], f[i], r[i] * 10);
    }
    assertEquals(0.0, sketch.rankError());
    RfmCutPoints cuts = sketch.cutPoints(5);
    // inclusive search: the smallest value whose rank reaches k/5 -> 1, 2, 3, 4
    assertEquals(List.of(1.0, 2.0, 3.0, 4.0), cuts.recency());
    assertEquals(List.of(1.0, 2.0, 3.0, 4.0), cuts.frequency());
    assertEquals(List.of(10.0, 20.0, 30.0, 40.0), cuts.monetary());
    RfmScores scores = Rfm.score(r, f, new double[] {10, 20, 30, 40, 50}, cuts);
    assertEquals(551, scores.composite(0));
    RfmSketch copy = RfmSketch.fromByteArray(sketch.toByteArray());
    assertEquals(cuts, copy.cutPoints(5));
    assertEquals(5, copy.n());
  }

  @Test
  void badInput() {
    assertMessage("RfmSketch.k must be within 8..65535, was 4", () -> RfmSketch.create(4));
    assertMessage("RfmSketch.n must be at least 1, was 0", () -> RfmSketch.create().cutPoints(5));
    assertMessage(
        "Rfm.bins must be within 2..9, was 0",
        () -> RfmSketch.create().update(1, 1, 1).cutPoints(0));
    assertMessage(
        "Rfm.recency[0] must be a finite number of days >= 0, was -2.0",
        () -> RfmSketch.create().update(-2, 1, 1));
    assertMessage(
        "RfmSketch.bytes must start with the RFM sketch marker, was \"4 bytes\"",
        () -> RfmSketch.fromByteArray(new byte[4]));
    assertMessage(
        "RfmSketch.bytes must be a serialised RFM sketch, was \"2 bytes\"",
        () -> RfmSketch.fromByteArray(new byte[2]));
    byte[] good = RfmSketch.create().update(1, 1, 1).toByteArray();
    byte[] truncated = Arrays.copyOf(good, good.length - 3);
    assertMessage(
        "RfmSketch.bytes must be a serialised RFM sketch, was \"" + truncated.length + " bytes\"",
        () -> RfmSketch.fromByteArray(truncated));
  }
}
