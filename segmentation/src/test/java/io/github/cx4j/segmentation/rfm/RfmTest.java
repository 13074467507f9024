/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.rfm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import org.junit.jupiter.api.Test;

class RfmTest {

  @Test
  void exactCutPointsAreType7Quantiles() {
    // R: quantile(1:10, c(.2,.4,.6,.8)) = 2.8 4.6 6.4 8.2
    double[] r = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    int[] f = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    double[] m = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
    RfmCutPoints cuts = Rfm.cutPoints(r, f, m, 5);
    // (1 - .8) * 2 + .8 * 3 = 2.8000000000000003 in R as here (R prints 7 digits)
    assertArrayEquals(new double[] {2.8, 4.6, 6.4, 8.2}, cuts.recencyArray(), 1e-12);
    assertArrayEquals(new double[] {2.8, 4.6, 6.4, 8.2}, cuts.frequencyArray(), 1e-12);
    // sorted m: 1 1 2 3 3 4 5 5 6 9; h = 9p = 1.8 3.6 5.4 7.2 -> 1.8, 3.0, 4.4, 5.2
    double[] mc = cuts.monetary().stream().mapToDouble(Double::doubleValue).toArray();
    assertArrayEquals(new double[] {1.8, 3.0, 4.4, 5.2}, mc, 1e-12);
    assertEquals(CutPointMethod.EXACT, cuts.method());
    assertEquals(10, cuts.n());
    assertEquals(0.0, cuts.rankError());
  }

  @Test
  void scoresFollowStrictlyBelowRule() {
    double[] r = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    int[] f = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    double[] m = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
    RfmScores s = Rfm.score(r, f, m);
    // recency cuts 2.8 4.6 6.4 8.2: 1,2 -> 5; 3,4 -> 4; 5,6 -> 3; 7,8 -> 2; 9,10 -> 1
    int[] expectedR = {5, 5, 4, 4, 3, 3, 2, 2, 1, 1};
    int[] expectedF = {5, 5, 4, 4, 3, 3, 2, 2, 1, 1};
    // monetary cuts 1.8 3.0 4.4 5.2: 3 -> 2 (3.0 is not below 3), 1 -> 1, 4 -> 3, 5 -> 4, 9 -> 5
    int[] expectedM = {2, 1, 3, 1, 4, 5, 2, 5, 4, 2};
    for (int i = 0; i < 10; i++) {
      assertEquals(expectedR[i], s.recency(i), "r" + i);
      assertEquals(expectedF[i], s.frequency(i), "f" + i);
      assertEquals(expectedM[i], s.monetary(i), "m" + i);
    }
    assertEquals(552, s.composite(0));
    assertEquals(RfmScore.of(5, 5, 2), s.score(0));
    assertEquals(552, s.composites()[0]);
    assertEquals(10, s.size());
    assertEquals(5, s.bins());
    assertEquals(2, s.levelCounts()[0][0]);
    assertEquals(5, s.recencyScores()[0]);
    assertEquals(5, s.frequencyScores()[0]);
    assertEquals(2, s.monetaryScores()[0]);
  }

  @Test
  void valueOnACutPointGoesToTheLowerBin() {
    RfmCutPoints cuts =
        RfmCutPoints.of(
            5,
            new double[] {10, 20, 30, 40},
            new double[] {1, 2, 3, 4},
            new double[] {100, 200, 300, 400});
    assertEquals(CutPointMethod.GIVEN, cuts.method());
    // recency 10 equals the first cut: nothing strictly below -> 5; 10.5 -> 4; 41 -> 1
    assertEquals(RfmScore.of(5, 1, 1), Rfm.score(10, 1, 100, cuts));
    assertEquals(RfmScore.of(4, 2, 2), Rfm.score(10.5, 2, 100.01, cuts));
    assertEquals(RfmScore.of(1, 5, 5), Rfm.score(41, 5, 400.5, cuts));
    assertEquals(RfmScore.of(5, 1, 1), Rfm.score(0, 0, -50, cuts));
    assertEquals(3, Rfm.ascendingScore(2.5, new double[] {1, 2, 3}));
    assertEquals(2, Rfm.descendingScore(2.5, new double[] {1, 2, 3}));
  }

  @Test
  void equalValuesGetEqualScoresAndConstantColumnsScoreAtTheEdge() {
    double[] r = {7, 7, 7, 7, 7};
    int[] f = {1, 1, 1, 1, 1};
    double[] m = {20, 20, 20, 20, 20};
    RfmScores s = Rfm.score(r, f, m);
    for (int i = 0; i < 5; i++) {
      assertEquals(RfmScore.of(5, 1, 1), s.score(i));
    }
    // heavy ties: 80% of frequency is 1 -> cut points 1 1 1 (1+.) -> all ones score 1
    int[] freq = {1, 1, 1, 1, 1, 1, 1, 1, 2, 5};
    RfmScores t = Rfm.score(new double[10], freq, new double[10]);
    for (int i = 0; i < 8; i++) {
      assertEquals(1, t.frequency(i));
    }
    // cut points at .2 .4 .6 .8: 1 1 1 (h = 7.2 -> 1 + .2 * 1 = 1.2); 2 > 1.2 -> 5, 5 -> 5
    assertEquals(5, t.frequency(8));
    assertEquals(5, t.frequency(9));
  }

  @Test
  void givenCutPointsReplaceQuantiles() {
    RfmCutPoints cuts =
        RfmCutPoints.of(3, new double[] {30, 90}, new double[] {1, 3}, new double[] {50, 500});
    RfmScores s =
        Rfm.score(
            new double[] {5, 60, 400}, new int[] {1, 2, 9}, new double[] {10, 60, 5000}, cuts);
    assertEquals(311, s.composite(0));
    assertEquals(222, s.composite(1));
    assertEquals(133, s.composite(2));
    assertEquals(cuts, s.cutPoints());
  }

  @Test
  void cutPointsRoundTripThroughJson() throws Exception {
    RfmCutPoints cuts =
        Rfm.cutPoints(new double[] {1, 2, 3}, new int[] {1, 2, 3}, new double[] {1, 2, 3}, 3);
    String json = CxJson.mapper().writeValueAsString(cuts);
    assertEquals(cuts, CxJson.mapper().readValue(json, RfmCutPoints.class));
    RfmScore score = RfmScore.of(5, 4, 3);
    assertEquals(
        "{\"frequency\":4,\"monetary\":3,\"recency\":5}",
        CxJson.mapper().writeValueAsString(score));
  }

  @Test
  void badInputIsRejectedWithFieldAndValue() {
    double[] one = {1};
    int[] oneI = {1};
    assertMessage("Rfm.bins must be within 2..9, was 10", () -> Rfm.score(one, oneI, one, 10));
    assertMessage("Rfm.bins must be within 2..9, was 1", () -> Rfm.cutPoints(one, oneI, one, 1));
    assertMessage(
        "Rfm.columns must have equal lengths, was \"recency 1, frequency 2, monetary 1\"",
        () -> Rfm.score(one, new int[] {1, 2}, one));
    assertMessage(
        "Rfm.recency[1] must be a finite number of days >= 0, was -1.0",
        () -> Rfm.score(new double[] {1, -1}, new int[] {1, 1}, new double[] {1, 1}));
    assertMessage(
        "Rfm.recency[0] must be a finite number of days >= 0, was NaN",
        () -> Rfm.score(new double[] {Double.NaN}, oneI, one));
    assertMessage(
        "Rfm.recency[0] must be a finite number of days >= 0, was Infinity",
        () -> Rfm.score(new double[] {Double.POSITIVE_INFINITY}, oneI, one));
    assertMessage(
        "Rfm.frequency[0] must be at least 0, was -3", () -> Rfm.score(one, new int[] {-3}, one));
    assertMessage(
        "Rfm.monetary[0] must be finite, was NaN",
        () -> Rfm.score(one, oneI, new double[] {Double.NaN}));
    assertMessage(
        "Rfm.customers must be at least 1, was 0",
        () -> Rfm.score(new double[0], new int[0], new double[0]));
    assertMessage(
        "RfmCutPoints.recency must hold bins - 1 = 2 cut points, was [1.0]",
        () -> RfmCutPoints.of(3, new double[] {1}, new double[] {1, 2}, new double[] {1, 2}));
    assertMessage(
        "RfmCutPoints.frequency must be in ascending order, was [2.0, 1.0]",
        () -> RfmCutPoints.of(3, new double[] {1, 2}, new double[] {2, 1}, new double[] {1, 2}));
    assertMessage(
        "RfmCutPoints.monetary must hold finite numbers, was [1.0, Infinity]",
        () ->
            RfmCutPoints.of(
                3, new double[] {1, 2}, new double[] {1, 2}, new double[] {1, 1.0 / 0}));
    assertMessage(
        "RfmCutPoints.bins must be within 2..9, was 12",
        () -> RfmCutPoints.of(12, new double[0], new double[0], new double[0]));
    assertMessage(
        "RfmCutPoints.rankError must be within [0, 1), was 1.5",
        () ->
            RfmCutPoints.builder()
                .from(RfmCutPoints.of(2, new double[] {1}, new double[] {1}, new double[] {1}))
                .rankError(1.5)
                .build());
    assertMessage(
        "RfmCutPoints.n must be at least 0, was -1",
        () ->
            RfmCutPoints.builder()
                .from(RfmCutPoints.of(2, new double[] {1}, new double[] {1}, new double[] {1}))
                .n(-1)
                .build());
    assertMessage("RfmScore.monetary must be within 1..9, was 0", () -> RfmScore.of(1, 1, 0));
    assertMessage("RfmScore.recency must be within 1..9, was 10", () -> RfmScore.of(10, 1, 1));
    assertMessage("RfmScore.frequency must be within 1..9, was -1", () -> RfmScore.of(1, -1, 1));
  }

  static void assertMessage(String expected, Runnable call) {
    CxValidationException e = assertThrows(CxValidationException.class, call::run);
    assertEquals(expected, e.getMessage());
  }
}
