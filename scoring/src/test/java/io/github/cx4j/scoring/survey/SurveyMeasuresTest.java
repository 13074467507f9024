/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import static io.github.cx4j.scoring.survey.NpsTest.assertInterval;
import static io.github.cx4j.scoring.survey.NpsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.Interval;
import io.github.cx4j.core.RatingScale;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * CSAT, CES, the satisfaction index, disconfirmation and segments. Reference numbers are by hand or
 * from scipy (stats.t.interval, stats.ttest_ind(equal_var=False)) and Wilson's formula.
 */
class SurveyMeasuresTest {
  private static final double EPS = 1e-9;
  private static final int[] CSAT = {5, 4, 4, 3, 2, 5, 1, 4, Survey.MISSING};

  @Test
  void csatTopTwoBoxWilsonAndMean() {
    CsatResult r = Csat.of(CSAT, RatingScale.ONE_TO_FIVE, 2);
    assertEquals(8, r.n());
    assertEquals(1, r.distribution().missing());
    assertEquals(5, r.satisfied());
    assertEquals(4, r.threshold());
    assertEquals(0.625, r.share(), EPS);
    assertEquals(62.5, r.percent(), EPS);
    assertInterval(0.30574239460262737, 0.8631557141764026, r.wilson(0.95));
    assertEquals(3.5, r.mean(), EPS);
    assertEquals(Math.sqrt(2), r.sd(), EPS);
    assertInterval(2.317687874203608, 4.6823121257963916, r.meanInterval(0.95));
    assertEquals(2.0 / 8, r.distribution().shares().get(5), EPS);
    CsatResult top = Csat.of(CSAT, RatingScale.ONE_TO_FIVE, 1);
    assertEquals(2, top.satisfied());
  }

  /**
   * Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
   * methods", Statistics in Medicine 17:857-872, Table II, method 3 (Wilson score interval).
   */
  @Test
  void wilsonReproducesNewcombeTableII() {
    long[][] cases = {{81, 263}, {15, 148}, {0, 20}, {1, 29}};
    double[][] published = {{0.2553, 0.3662}, {0.0624, 0.1605}, {0.0, 0.1611}, {0.0061, 0.1718}};
    for (int c = 0; c < cases.length; c++) {
      long k = cases[c][0];
      long n = cases[c][1];
      CsatResult r =
          Csat.of(ScoreDistribution.ofCounts(RatingScale.ONE_TO_FIVE, n - k, 0, 0, 0, k), 1);
      Interval w = r.wilson(0.95);
      assertEquals(published[c][0], w.low(), 5e-5, "low " + k + "/" + n);
      assertEquals(published[c][1], w.high(), 5e-5, "high " + k + "/" + n);
    }
  }

  @Test
  void cesMeanAndAgreement() {
    CesResult r = Ces.of(7, 6, 5, 4, 3, 2, 1, 7);
    assertEquals(4.375, r.mean(), EPS);
    assertInterval(2.482377142775592, 6.267622857224408, r.meanInterval(0.95));
    assertEquals(4, r.agreeing());
    assertEquals(0.5, r.agreeShare(), EPS);
    assertInterval(0.21521606221387757, 0.7847839377861224, r.agreeInterval(0.95));
  }

  @Test
  void welchComparisonMatchesScipy() {
    CsatResult a = Csat.of(new int[] {5, 4, 4, 3, 2, 5, 1, 4}, RatingScale.ONE_TO_SEVEN, 2);
    CsatResult b = Csat.of(new int[] {7, 6, 5, 4, 3, 2, 1, 7}, RatingScale.ONE_TO_SEVEN, 2);
    Comparison c = Csat.compareMeans(a, b, 0.95);
    assertEquals(-0.875, c.difference(), EPS);
    assertEquals(-0.9271726499455306, c.z(), 1e-9);
    assertEquals(0.3725036638102551, c.p(), 1e-7);
    Comparison ces =
        Ces.compare(Ces.of(7, 6, 5, 4, 3, 2, 1, 7), Ces.of(7, 6, 5, 4, 3, 2, 1, 7), 0.9);
    assertEquals(0.0, ces.difference(), EPS);
    assertEquals(1.0, ces.p(), 1e-12);
    Comparison share = Csat.compare(a, b, 0.95);
    // top-2 on 1..7 = 6,7: a has 0 of 8, b has 3 of 8
    assertEquals(-3.0 / 8, share.difference(), EPS);
    assertEquals(Math.sqrt(0.375 * 0.625 / 8), share.se(), EPS);
  }

  @Test
  void allEqualAndSingleAnswersAreDefined() {
    CsatResult same = Csat.of(new int[] {4, 4, 4}, RatingScale.ONE_TO_FIVE, 2);
    assertEquals(0.0, same.sd(), EPS);
    assertInterval(4, 4, same.meanInterval(0.95));
    // Wilson at p = 1: low = n / (n + z^2)
    assertInterval(3 / (3 + 1.959963984540054 * 1.959963984540054), 1.0, same.wilson(0.95));
    CsatResult one = Csat.of(new int[] {2}, RatingScale.ONE_TO_FIVE, 1);
    assertEquals(0.0, one.sd(), EPS);
    assertMessage(
        "ScoreDistribution.n must be at least 2 for a t interval (0 unanswered, 0 invalid"
            + " skipped), was 1",
        () -> one.meanInterval(0.95));
  }

  @Test
  void satisfactionIndexByHandAndPairwiseCovariance() {
    int[][] items = {{5, 3, 4, 2}, {4, Survey.MISSING, 4, 3}};
    SatisfactionIndexResult r =
        SatisfactionIndex.of(
            items, RatingScale.ONE_TO_FIVE, SatisfactionIndex.equalWeights(2), InputPolicy.SKIP);
    // item means 3.5 and 11/3; index = 100 (0.5 * 2.5/4 + 0.5 * (8/3)/4)
    assertEquals(100 * (0.5 * 2.5 / 4 + 0.5 * (8.0 / 3) / 4), r.index(), EPS);
    assertEquals(3.5, r.itemMeans()[0], EPS);
    assertEquals(1, r.itemMissing()[1]);
    assertEquals(3, r.itemN()[1]);
    // hand: s1^2 = 5/3, s2^2 = 1/3, s12 over the 3 pairs (5,4),(4,4),(2,3) = (15/9)/2 = 5/6
    double var = 0.25 * (5.0 / 3) / 4 + 0.25 * (1.0 / 3) / 3 + 2 * 0.25 * (5.0 / 6) * 3 / 12.0;
    assertEquals(100 * Math.sqrt(var) / 4, r.se(), EPS);
    assertTrue(r.interval(0.95).contains(r.index()));
  }

  @Test
  void indexStandardErrorEqualsRespondentLevelSeWithCompleteData() {
    Random random = new Random(7);
    int n = 400;
    int[][] items = new int[3][n];
    double[] w = {0.5, 0.3, 0.2};
    double[] perRespondent = new double[n];
    for (int i = 0; i < n; i++) {
      int base = random.nextInt(10) + 1;
      for (int j = 0; j < 3; j++) {
        items[j][i] = Math.max(1, Math.min(10, base + random.nextInt(3) - 1));
        perRespondent[i] += w[j] * (items[j][i] - 1) / 9.0 * 100;
      }
    }
    double mean = java.util.Arrays.stream(perRespondent).average().orElseThrow();
    double ss = java.util.Arrays.stream(perRespondent).map(x -> (x - mean) * (x - mean)).sum();
    SatisfactionIndexResult r =
        SatisfactionIndex.of(items, RatingScale.ONE_TO_TEN, w, InputPolicy.REJECT);
    assertEquals(mean, r.index(), 1e-9);
    assertEquals(Math.sqrt(ss / (n - 1) / n), r.se(), 1e-9);
  }

  @Test
  void disconfirmationWithToleranceZone() {
    DisconfirmationResult r =
        Disconfirmation.of(
            "speed",
            new int[] {6, 7, 5, 6, Survey.MISSING},
            new int[] {5, 5, 5, 4, 6},
            RatingScale.ONE_TO_SEVEN,
            ToleranceZone.symmetric(0.5));
    assertEquals(4, r.n());
    assertEquals(1, r.skipped());
    assertEquals(1.25, r.gap(), EPS);
    assertEquals(DisconfirmationOutcome.DELIGHTED, r.outcome());
    // gaps 1,2,0,2: sd = sqrt(((0.25+0.5625+1.5625+0.5625)/3)) = sqrt(2.75/3)
    assertEquals(Math.sqrt(2.75 / 3), r.sd(), EPS);
    assertTrue(r.interval(0.95).contains(1.25));
    assertFalse(r.clearlyOutsideZone(0.95));
    DisconfirmationResult viaCollector =
        java.util.stream.Stream.of(
                new Disconfirmation.Pair(6, 5),
                new Disconfirmation.Pair(7, 5),
                new Disconfirmation.Pair(5, 5),
                new Disconfirmation.Pair(6, 4),
                new Disconfirmation.Pair(Survey.MISSING, 6))
            .parallel()
            .collect(
                Disconfirmation.collector(
                    "speed", RatingScale.ONE_TO_SEVEN, ToleranceZone.symmetric(0.5)));
    assertEquals(r, viaCollector);
    ToleranceZone zone = new ToleranceZone(-1, 0.5);
    assertEquals(DisconfirmationOutcome.SATISFIED, Disconfirmation.classify(4.0, 4.9, zone));
    assertEquals(DisconfirmationOutcome.DISSATISFIED, Disconfirmation.classify(3.0, 4.5, zone));
    assertEquals("惊喜", DisconfirmationOutcome.DELIGHTED.label(Locale.CHINESE));
  }

  @Test
  void segmentsAndPeriodsInAZone() {
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    List<SurveyResponse> responses =
        List.of(
            response("north", 10, "2026-01-31T15:30:00Z"), // 2026-01-31 23:30 Shanghai
            response("north", 3, "2026-01-31T16:30:00Z"), // 2026-02-01 00:30 Shanghai
            response("south", 9, "2026-03-31T17:00:00Z"), // 2026-04-01 01:00 Shanghai, Q2
            response("south", 7, "2026-02-15T00:00:00Z"));
    SortedMap<String, NpsResult> bySegment = Segments.bySegment(responses, Nps.collector());
    assertEquals(List.of("north", "south"), List.copyOf(bySegment.keySet()));
    assertEquals(0.0, bySegment.get("north").nps(), EPS);
    assertEquals(0.5, bySegment.get("south").nps(), EPS);
    SortedMap<PeriodKey, NpsResult> byMonth =
        Segments.byPeriod(responses, CalendarPeriod.MONTH, shanghai, Nps.collector());
    assertEquals(
        List.of("2026-01", "2026-02", "2026-04"),
        byMonth.keySet().stream().map(PeriodKey::label).toList());
    assertEquals(2, byMonth.get(byMonth.keySet().toArray(new PeriodKey[0])[1]).n());
    SortedMap<PeriodKey, NpsResult> byQuarter =
        Segments.byPeriod(responses, CalendarPeriod.QUARTER, shanghai, Nps.collector());
    assertEquals(
        List.of("2026-Q1", "2026-Q2"), byQuarter.keySet().stream().map(PeriodKey::label).toList());
    SortedMap<PeriodKey, NpsResult> byWeek =
        Segments.byPeriod(responses, CalendarPeriod.WEEK, ZoneId.of("UTC"), Nps.collector());
    assertEquals("2026-W05", byWeek.firstKey().label());
    assertMessage(
        "Segments.answeredAt must be present on every response, was SurveyResponse{score=1,"
            + " weight=1.0}",
        () ->
            Segments.byPeriod(
                List.of(SurveyResponse.of(1)), CalendarPeriod.WEEK, shanghai, Nps.collector()));
  }

  @Test
  void surveyResponseRoundTripsThroughJson() throws Exception {
    var mapper = io.github.cx4j.core.CxJson.mapper();
    SurveyResponse r =
        SurveyResponse.builder()
            .customer(io.github.cx4j.core.CustomerId.of("C-1"))
            .score(9)
            .weight(1.5)
            .segment("north")
            .answeredAt(Instant.parse("2025-03-01T10:00:00Z"))
            .build();
    String json = mapper.writeValueAsString(r);
    assertEquals(r, mapper.readValue(json, SurveyResponse.class));
    assertEquals(SurveyResponse.unanswered(), mapper.readValue("{}", SurveyResponse.class));
    var bad =
        org.junit.jupiter.api.Assertions.assertThrows(
            Exception.class,
            () -> mapper.readValue("{\"score\":1,\"colour\":2}", SurveyResponse.class));
    assertTrue(bad.getMessage().contains("colour"), bad.getMessage());
  }

  @Test
  void badInput() {
    assertMessage(
        "Csat.topBoxes must be within 1..4, was 5",
        () -> Csat.of(new int[] {1}, RatingScale.ONE_TO_FIVE, 5));
    assertMessage("Ces.scores[1] must be within 1..7, was 8", () -> Ces.of(1, 8));
    assertMessage(
        "ScoreDistribution.n must be at least 1 for a CES score (1 unanswered, 0 invalid"
            + " skipped), was 0",
        () -> Ces.of(Survey.MISSING));
    assertMessage(
        "SatisfactionIndex.weights must sum to 1, was 0.9",
        () ->
            SatisfactionIndex.accumulator(
                RatingScale.ONE_TO_FIVE, new double[] {0.5, 0.4}, InputPolicy.SKIP));
    assertMessage(
        "SatisfactionIndex.items[1] must have at least one valid answer (1 unanswered, 0"
            + " invalid), was 0",
        () ->
            SatisfactionIndex.accumulator(
                    RatingScale.ONE_TO_FIVE, new double[] {0.5, 0.5}, InputPolicy.SKIP)
                .add(3, Survey.MISSING)
                .result());
    assertMessage(
        "SatisfactionIndex.items[0][0] must be within 1..5, was 6",
        () ->
            SatisfactionIndex.of(
                new int[][] {{6}},
                RatingScale.ONE_TO_FIVE,
                new double[] {1},
                InputPolicy.REJECT_INVALID));
    assertMessage(
        "ToleranceZone.lower must be finite and at most 0, was 1.0", () -> new ToleranceZone(1, 2));
    assertMessage(
        "Disconfirmation.pairs must contain at least one complete pair for speed (1 skipped), was 0",
        () ->
            Disconfirmation.of(
                "speed",
                new int[] {9},
                new int[] {1},
                RatingScale.ONE_TO_SEVEN,
                ToleranceZone.symmetric(0)));
    assertMessage("Interval.high must not be below low 1.0, was 0.0", () -> new Interval(1, 0));
  }

  private static SurveyResponse response(String segment, int score, String at) {
    return SurveyResponse.builder()
        .segment(segment)
        .score(score)
        .answeredAt(Instant.parse(at))
        .build();
  }
}
