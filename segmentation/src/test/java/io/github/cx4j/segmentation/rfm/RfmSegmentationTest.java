/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.rfm;

import static io.github.cx4j.segmentation.rfm.RfmTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RfmSegmentationTest {

  private static String current(int r, int f, int m) {
    RfmSegmentation s = RfmSegmentation.rfm();
    return s.segmentName(s.segmentOf(r, f, m));
  }

  private static String legacy(int r, int f, int m) {
    RfmSegmentation s = RfmSegmentation.rfmLegacy();
    return s.segmentName(s.segmentOf(r, f, m));
  }

  /** Triples checked by hand against the ranges of rsquaredacademy/rfm R/rfm-segment.R. */
  @Test
  void currentPresetOfTheRPackage() {
    RfmSegmentation s = RfmSegmentation.rfm();
    assertEquals("rfm", s.name());
    assertEquals(10, s.rules().size());
    assertEquals("Champions", current(5, 5, 5));
    // 4,4,4: Potential Loyalist (R3-5 F3-5 M2-5) comes before Loyal Customers (R2-4 F2-4 M2-4)
    assertEquals("Potential Loyalist", current(4, 4, 4));
    assertEquals("Loyal Customers", current(2, 2, 2));
    assertEquals("Promising", current(3, 1, 5));
    assertEquals("New Customers", current(5, 1, 1));
    assertEquals("Can't Lose Them", current(1, 3, 5));
    assertEquals("At Risk", current(2, 5, 4));
    assertEquals("Need Attention", current(1, 5, 3));
    assertEquals("About To Sleep", current(3, 1, 1));
    assertEquals("Lost", current(1, 1, 1));
    assertEquals("Lost", current(1, 5, 1));
    // no rule: R2 F5 M1
    assertEquals("Others", current(2, 5, 1));
    assertEquals(-1, s.segmentOf(2, 5, 1));
  }

  /** Triples checked by hand against the older example of rfm_segment. */
  @Test
  void legacyPresetOfTheRPackage() {
    assertEquals("Champions", legacy(4, 4, 4));
    assertEquals("Loyal Customers", legacy(2, 3, 3));
    // 5,1,1: Potential Loyalist (R3-5 F1-3 M1-3) comes before New Customers (R4-5 F1 M1)
    assertEquals("Potential Loyalist", legacy(5, 1, 1));
    assertEquals("Need Attention", legacy(2, 2, 2));
    assertEquals("About To Sleep", legacy(2, 1, 1));
    // 1,5,5 matches At Risk and Can't Lose Them: the first wins
    assertEquals("At Risk", legacy(1, 5, 5));
    assertEquals("Lost", legacy(1, 1, 1));
    assertEquals("Others", legacy(3, 5, 1));
    // rules that can never win under the first-match rule are still kept, as in R
    assertEquals("rfm-legacy", RfmSegmentation.rfmLegacy().name());
  }

  @Test
  void everyTripleGetsExactlyTheFirstMatchingRule() {
    for (RfmSegmentation s : List.of(RfmSegmentation.rfm(), RfmSegmentation.rfmLegacy())) {
      for (int r = 1; r <= 5; r++) {
        for (int f = 1; f <= 5; f++) {
          for (int m = 1; m <= 5; m++) {
            int idx = s.segmentOf(r, f, m);
            for (int earlier = 0; earlier < (idx < 0 ? s.rules().size() : idx); earlier++) {
              assertFalse(s.rules().get(earlier).matches(r, f, m));
            }
            if (idx >= 0) {
              assertTrue(s.rules().get(idx).matches(r, f, m));
            }
          }
        }
      }
    }
  }

  @Test
  void assignUsesTheSameRulesOnColumns() {
    double[] r = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    int[] f = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    double[] m = {30, 10, 40, 10, 50, 90, 20, 60, 50, 30};
    RfmScores scores = Rfm.score(r, f, m);
    RfmSegments segments = RfmSegmentation.rfm().assign(scores);
    assertEquals(10, segments.size());
    for (int i = 0; i < 10; i++) {
      assertEquals(
          current(scores.recency(i), scores.frequency(i), scores.monetary(i)),
          segments.segmentName(i));
    }
    assertEquals(scores, segments.scores());
    long[] counts = segments.counts();
    assertEquals(11, counts.length);
    assertEquals(10, java.util.Arrays.stream(counts).sum());
    assertEquals(
        RfmSegmentation.rfm().segmentLabel(segments.segmentIndex(0), Locale.CHINESE),
        segments.segmentLabel(0, Locale.CHINESE));
  }

  @Test
  void segmentSummaryCountsSharesAndAverageOrderValue() throws Exception {
    RfmSegmentation two =
        RfmSegmentation.builder()
            .name("two")
            .addRules(RfmRule.of("Best", 2, 2, 1, 2, 1, 2))
            .addRules(RfmRule.of("Rest", 1, 1, 1, 1, 1, 2))
            .build();
    // cut points given: recency <= 10 -> 2, frequency > 1 -> 2, monetary > 100 -> 2
    RfmCutPoints cuts = RfmCutPoints.of(2, new double[] {10}, new double[] {1}, new double[] {100});
    double[] rec = {5, 20, 30, 1};
    int[] freq = {3, 1, 2, 1};
    double[] rev = {300, 50, 120, 80};
    RfmSegments seg = two.assign(Rfm.score(rec, freq, rev, cuts));
    assertEquals("Best", seg.segmentName(0));
    assertEquals("Rest", seg.segmentName(1));
    assertEquals("Others", seg.segmentName(2)); // R1 F2: Rest needs F1
    assertEquals("Best", seg.segmentName(3));
    List<SegmentSummary> rows = seg.summary(freq, rev);
    assertEquals(3, rows.size());
    SegmentSummary best = rows.get(0);
    assertEquals("Best", best.segment());
    assertEquals(2, best.customers());
    assertEquals(4, best.purchases());
    assertEquals(380.0, best.revenue());
    assertEquals(95.0, best.averageOrderValue());
    assertEquals(0.5, best.customerShare());
    assertEquals(4 / 7.0, best.purchaseShare(), 1e-15);
    assertEquals(380 / 550.0, best.revenueShare(), 1e-15);
    SegmentSummary others = rows.get(2);
    assertEquals("Others", others.segment());
    assertEquals("其他", others.labelZh());
    assertEquals(120.0, others.averageOrderValue() * others.purchases());
    assertArrayEquals(new long[] {2, 1, 1}, seg.counts());
    assertEquals(
        best,
        io.github.cx4j.core.CxJson.mapper()
            .readValue(
                io.github.cx4j.core.CxJson.mapper().writeValueAsString(best),
                SegmentSummary.class));
    SegmentSummary zero =
        two.assign(Rfm.score(new double[] {1}, new int[] {0}, new double[] {0}, cuts))
            .summary(new int[] {0}, new double[] {0})
            .get(0);
    assertEquals(0.0, zero.averageOrderValue());
    assertEquals(0.0, zero.revenueShare());
    assertEquals(0.0, zero.purchaseShare());
  }

  @Test
  void bilingualLabels() {
    RfmRule champions = RfmSegmentation.rfm().rules().get(0);
    assertEquals("Champions", champions.label(Locale.ENGLISH));
    assertEquals("冠军客户", champions.label(Locale.CHINESE));
    assertEquals(RfmSegment.CHAMPIONS, champions.preset().orElseThrow());
    RfmRule custom =
        RfmRule.builder().from(RfmRule.of("Whales", 1, 5, 5, 5, 5, 5)).chineseName("鲸鱼").build();
    assertEquals("鲸鱼", custom.label(Locale.SIMPLIFIED_CHINESE));
    assertEquals("Whales", custom.label(Locale.ENGLISH));
    assertEquals("Plain", RfmRule.of("Plain", 1, 1, 1, 1, 1, 1).label(Locale.CHINESE));
    for (RfmSegment s : RfmSegment.values()) {
      assertFalse(s.label(Locale.CHINESE).isBlank());
      assertFalse(s.description(Locale.ENGLISH).isBlank());
      assertEquals(s, RfmSegment.byName(s.englishName()).orElseThrow());
      assertEquals(s.name(), s.code());
    }
    assertEquals("Can't Lose Them (不能失去的客户)", RfmSegment.CANT_LOSE_THEM.bilingualLabel());
  }

  @Test
  void customRulesRoundTripThroughJson() {
    String json =
        "{\"name\":\"mine\",\"rules\":[{\"name\":\"Best\",\"chineseName\":\"最佳\","
            + "\"recencyMin\":4,\"recencyMax\":5,\"frequencyMin\":4,\"frequencyMax\":5,"
            + "\"monetaryMin\":4,\"monetaryMax\":5}]}";
    RfmSegmentation s = RfmSegmentation.fromJson(json);
    assertEquals("Best", s.segmentName(s.segmentOf(5, 4, 4)));
    assertEquals("最佳", s.segmentLabel(0, Locale.CHINESE));
    assertEquals(s, RfmSegmentation.fromJson(s.toJson()));
    assertEquals(RfmSegmentation.rfm(), RfmSegmentation.fromJson(RfmSegmentation.rfm().toJson()));
  }

  @Test
  void badRulesAreRejected() {
    assertMessage(
        "RfmRule.recencyMax must be within RfmRule.recencyMin..9 = 4..9, was 3",
        () -> RfmRule.of("x", 4, 3, 1, 1, 1, 1));
    assertMessage(
        "RfmRule.frequencyMin must be within 1..9, was 0", () -> RfmRule.of("x", 1, 1, 0, 1, 1, 1));
    assertMessage(
        "RfmRule.monetaryMax must be within RfmRule.monetaryMin..9 = 1..9, was 10",
        () -> RfmRule.of("x", 1, 1, 1, 1, 1, 10));
    assertMessage(
        "RfmRule.name must not be blank, was \" \"", () -> RfmRule.of(" ", 1, 1, 1, 1, 1, 1));
    assertMessage(
        "RfmSegmentation.rules must have distinct names, was \"a\"",
        () ->
            RfmSegmentation.builder()
                .name("n")
                .addRules(RfmRule.of("a", 1, 1, 1, 1, 1, 1), RfmRule.of("a", 2, 2, 1, 1, 1, 1))
                .build());
    assertMessage(
        "RfmSegmentation.rules must not name a rule \"Others\" (reserved), was \"others\"",
        () ->
            RfmSegmentation.builder()
                .name("n")
                .addRules(RfmRule.of("others", 1, 1, 1, 1, 1, 1))
                .build());
    assertMessage(
        "RfmSegmentation.name must not be blank, was \"\"",
        () -> RfmSegmentation.builder().name("").build());
    assertMessage(
        "RfmRule.recencyMin must be within 1..9, was 0",
        () ->
            RfmSegmentation.fromJson(
                "{\"name\":\"m\",\"rules\":[{\"name\":\"a\",\"recencyMin\":0,\"recencyMax\":1,"
                    + "\"frequencyMin\":1,\"frequencyMax\":1,\"monetaryMin\":1,"
                    + "\"monetaryMax\":1}]}"));
    io.github.cx4j.core.CxValidationException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            io.github.cx4j.core.CxValidationException.class,
            () -> RfmSegmentation.fromJson("{\"name\":\"m\",\"rulez\":[]}"));
    assertTrue(e.getMessage().startsWith("RfmSegmentation.json is not valid: "), e.getMessage());
    assertTrue(e.getMessage().contains("rulez"), e.getMessage());
    RfmSegments seg =
        RfmSegmentation.rfm().assign(Rfm.score(new double[] {1}, new int[] {1}, new double[] {1}));
    assertMessage(
        "RfmSegments.summary must get columns of 1 customers, was \"purchases 2, revenue 1\"",
        () -> seg.summary(new int[] {1, 1}, new double[] {1}));
    assertMessage(
        "RfmSegments.purchases[0] must be >= 0, was -1",
        () -> seg.summary(new int[] {-1}, new double[] {1}));
    RfmSegments two =
        RfmSegmentation.rfm()
            .assign(Rfm.score(new double[] {1, 2}, new int[] {1, 1}, new double[] {1, 2}));
    assertMessage(
        "RfmSegments.revenue must have a finite sum, was Infinity",
        () -> two.summary(new int[] {1, 1}, new double[] {Double.MAX_VALUE, Double.MAX_VALUE}));
    assertMessage(
        "RfmSegments.revenue[0] must be finite, was NaN",
        () -> seg.summary(new int[] {1}, new double[] {Double.NaN}));
  }
}
