/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Interval;
import io.github.cx4j.core.RatingScale;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NpsTest {
  private static final double EPS = 1e-9;

  @Test
  void countsSharesAndVarianceByHand() {
    // detractors 0,5,6,3; passives 7,8; promoters 9,10,10,9: nps 0, variance (0.4+0.4)-0 = 0.8
    NpsResult r = Nps.of(0, 5, 6, 7, 8, 9, 10, 10, 9, 3);
    assertEquals(10, r.n());
    assertEquals(4, r.detractors());
    assertEquals(2, r.passives());
    assertEquals(4, r.promoters());
    assertEquals(0.0, r.nps(), EPS);
    assertEquals(0.8, r.variance(), EPS);
    assertEquals(Math.sqrt(0.08), r.se(), EPS);
    assertEquals(Math.sqrt(0.8 / 9), r.seSample().getAsDouble(), EPS);
    assertEquals(0.4, r.promoterShare(), EPS);
    assertEquals(0.2, r.passiveShare(), EPS);
  }

  /**
   * Reference values computed from the formulas in Python (scipy.stats.norm.ppf for z and
   * scipy.optimize.brentq, xtol 1e-14, for the score interval): an independent implementation.
   */
  @Test
  void intervalsMatchIndependentComputation() {
    NpsResult r = Nps.ofCounts(2, 3, 5);
    assertEquals(0.3, r.nps(), EPS);
    assertEquals(30.0, r.points(), EPS);
    assertEquals(0.61, r.variance(), EPS);
    assertEquals(0.2469817807045694, r.se(), EPS);
    assertInterval(-0.18407539501852566, 0.7840753950185256, r.wald(0.95));
    assertInterval(-0.1905061537636367, 0.6520446153020982, r.adjustedWald(0.95));
    assertInterval(-0.21659219749038017, 0.6752778879882562, r.scoreInterval(0.95));

    NpsResult big = Nps.ofCounts(20, 100, 40);
    assertInterval(0.032111482690036205, 0.21788851730996378, big.wald(0.95));
    assertInterval(0.030302832788722547, 0.21509594021741246, big.adjustedWald(0.95));
    assertInterval(0.030864533133087357, 0.21806424416682568, big.scoreInterval(0.95));
  }

  @Test
  void scoreIntervalReproducesTangoOnPairedData() {
    // Bentur et al. (2009) paired table [[1,1],[7,12]] as used by Fagerland, Lydersen and Laake:
    // discordant cells b = 1, c = 7, N = 21 -> Tango interval (-0.5172, -0.0260)
    NpsResult r = Nps.ofCounts(7, 13, 1);
    assertInterval(-0.5172322764213774, -0.026003032480868608, r.scoreInterval(0.95));
  }

  @Test
  void singleCategoryGivesDefinedIntervals() {
    NpsResult all = Nps.ofCounts(0, 0, 5);
    assertEquals(1.0, all.nps(), EPS);
    assertEquals(0.0, all.se(), EPS);
    assertInterval(1.0, 1.0, all.wald(0.95));
    // Rocks (2016): adjusted Wald is clamped to [-1, 1]
    assertInterval(0.1749145303416897, 1.0, all.adjustedWald(0.95));
    assertInterval(0.13103507043365048, 1.0, all.scoreInterval(0.95));
    NpsResult one = Nps.of(3);
    assertEquals(-1.0, one.nps(), EPS);
    assertTrue(one.seSample().isEmpty());
    assertInterval(-1.0, -1.0, one.wald(0.95));
    assertEquals(-1.0, one.scoreInterval(0.95).low(), EPS);
  }

  @Test
  void bootstrapIsSeededAndSensible() {
    NpsResult r = Nps.ofCounts(200, 300, 500);
    Interval a = r.bootstrap(0.95, 2000, 42);
    Interval b = r.bootstrap(0.95, 2000, 42);
    assertEquals(a, b);
    Interval wald = r.wald(0.95);
    assertEquals(wald.low(), a.low(), 0.01);
    assertEquals(wald.high(), a.high(), 0.01);
    Interval degenerate = Nps.ofCounts(0, 0, 7).bootstrap(0.9, 100, 1);
    assertInterval(1, 1, degenerate);
  }

  @Test
  void otherScalesNeedCutPointsAndMissingIsCounted() {
    NpsScale fivePoint = new NpsScale(RatingScale.ONE_TO_FIVE, 3, 5);
    NpsResult r =
        Nps.of(new int[] {1, 2, 3, 4, 5, 5, Survey.MISSING, 9}, fivePoint, InputPolicy.SKIP);
    assertEquals(3, r.detractors());
    assertEquals(1, r.passives());
    assertEquals(2, r.promoters());
    assertEquals(1, r.missing());
    assertEquals(1, r.invalid());
    assertEquals(NpsCategory.PASSIVE, fivePoint.category(4));
    assertEquals(NpsCategory.PROMOTER, NpsScale.STANDARD.category(9));
    assertEquals(NpsCategory.DETRACTOR, NpsScale.STANDARD.category(6));
  }

  @Test
  void fastPathMatchesSlowPathOnLargeColumn() {
    int[] scores = IntStream.range(0, 100_003).map(i -> (i * 7919) % 11).toArray();
    NpsResult fast = Nps.of(scores);
    SurveyAccumulator<NpsResult> slow = Nps.accumulator();
    for (int s : scores) {
      slow.add(s);
    }
    assertEquals(slow.result(), fast);
    scores[50_000] = Survey.MISSING;
    NpsResult withMissing = Nps.of(scores);
    assertEquals(1, withMissing.missing());
    assertEquals(100_002, withMissing.n());
  }

  @Test
  void fastPathRangeCheckCatchesEveryKindOfOffScaleValue() {
    // 11..15 land in unused slots, 16+ and negatives set high bits; each must be counted invalid
    int[] offScale = {11, 15, 16, 17, 31, -1, -16, Integer.MAX_VALUE, Integer.MIN_VALUE + 1};
    for (int bad : offScale) {
      int[] scores = IntStream.range(0, 1000).map(i -> i % 11).toArray();
      scores[517] = bad;
      NpsResult r = Nps.of(scores, NpsScale.STANDARD, InputPolicy.SKIP);
      assertEquals(1, r.invalid(), "value " + bad);
      assertEquals(999, r.n(), "value " + bad);
    }
    // a scale whose minimum is near Integer.MAX_VALUE: MISSING must not wrap into the scale
    RatingScale extreme = RatingScale.of(Integer.MAX_VALUE - 10, Integer.MAX_VALUE);
    SurveyAccumulator<CsatResult> acc =
        Csat.accumulator(extreme, 2, InputPolicy.SKIP)
            .addAll(new int[] {Survey.MISSING, Integer.MAX_VALUE, Integer.MIN_VALUE + 3});
    assertEquals(1, acc.distribution().n());
    assertEquals(1, acc.distribution().missing());
    assertEquals(1, acc.distribution().invalid());
  }

  @Test
  void objectPathAndCollectorAgreeWithColumnPath() {
    List<SurveyResponse> responses =
        List.of(
            SurveyResponse.of(10),
            SurveyResponse.of(2),
            SurveyResponse.unanswered(),
            SurveyResponse.of(8));
    NpsResult viaList = Nps.of(responses);
    NpsResult viaCollector = responses.parallelStream().collect(Nps.collector());
    NpsResult viaColumn = Nps.of(10, 2, Survey.MISSING, 8);
    assertEquals(viaColumn, viaList);
    assertEquals(viaColumn, viaCollector);
    assertEquals(1, viaColumn.missing());
  }

  @Test
  void twoSampleComparisonByHand() {
    NpsResult a = Nps.ofCounts(2, 3, 5); // 0.3, var 0.61, n 10
    NpsResult b = Nps.ofCounts(5, 3, 2); // -0.3, var 0.61, n 10
    Comparison c = Nps.compare(a, b, 0.95);
    double se = Math.sqrt(0.061 + 0.061);
    assertEquals(0.6, c.difference(), EPS);
    assertEquals(se, c.se(), EPS);
    assertEquals(0.6 / se, c.z(), EPS);
    // 2 (1 - Phi(1.71791)) = 0.0858 (scipy.stats.norm.sf(1.7179)*2 = 0.085813)
    assertEquals(0.0858, c.p(), 1e-4);
    assertEquals(0.6 - 1.959963984540054 * se, c.interval().low(), 1e-9);
    Comparison same = Nps.compare(Nps.ofCounts(0, 0, 3), Nps.ofCounts(0, 0, 9), 0.95);
    assertEquals(0.0, same.z(), EPS);
    assertEquals(1.0, same.p(), EPS);
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () -> Nps.compare(Nps.ofCounts(0, 0, 3), Nps.ofCounts(3, 0, 0), 0.95));
    assertEquals(
        "Nps.compare needs a positive standard error to test a difference of 2.0: both samples are"
            + " without spread (each a single category or value)",
        e.getMessage());
  }

  @Test
  void weightedNpsWithKishEffectiveN() {
    // weights 1,1,2,4 on 10 (promoter), 0 (detractor), 8 (passive), 9 (promoter)
    WeightedNpsResult r = WeightedNps.of(new int[] {10, 0, 8, 9}, new double[] {1, 1, 2, 4});
    assertEquals(8.0, r.totalWeight(), EPS);
    assertEquals(5.0 / 8, r.promoterShare(), EPS);
    assertEquals(1.0 / 8, r.detractorShare(), EPS);
    assertEquals(0.5, r.nps(), EPS);
    assertEquals(64.0 / 22, r.effectiveN(), EPS);
    assertEquals(4 / (64.0 / 22), r.designEffect(), EPS);
    double var = 0.75 - 0.25;
    assertEquals(Math.sqrt(var / (64.0 / 22)), r.se(), EPS);
    assertTrue(r.wald(0.95).contains(0.5));
    WeightedNpsResult equal = WeightedNps.of(new int[] {10, 0, 8, 9}, new double[] {3, 3, 3, 3});
    NpsResult plain = Nps.of(10, 0, 8, 9);
    assertEquals(plain.nps(), equal.nps(), EPS);
    assertEquals(plain.se(), equal.se(), EPS);
    // equal weights: effective counts are the counts, so every interval equals the unweighted one
    assertInterval(
        plain.adjustedWald(0.95).low(), plain.adjustedWald(0.95).high(), equal.adjustedWald(0.95));
    assertInterval(
        plain.scoreInterval(0.95).low(),
        plain.scoreInterval(0.95).high(),
        equal.scoreInterval(0.95));
    assertEquals(plain.seSample().getAsDouble(), equal.seSample().getAsDouble(), EPS);
    assertTrue(r.scoreInterval(0.95).contains(r.nps()));
    assertTrue(WeightedNps.of(new int[] {9}, new double[] {2}).seSample().isEmpty());
    assertEquals(
        r,
        List.of(
                SurveyResponse.builder().score(10).weight(1).build(),
                SurveyResponse.builder().score(0).weight(1).build(),
                SurveyResponse.builder().score(8).weight(2).build(),
                SurveyResponse.builder().score(9).weight(4).build())
            .stream()
            .collect(WeightedNps.collector()));
  }

  @Test
  void badInputMessages() {
    assertMessage("Nps.scores[2] must be within 0..10, was 11", () -> Nps.of(1, 2, 11));
    assertMessage(
        "Nps.scores must contain at least one valid answer (2 unanswered, 0 invalid skipped), was 0",
        () -> Nps.of(Survey.MISSING, Survey.MISSING));
    assertMessage(
        "NpsResult.n must be at least 1 (0 unanswered, 0 invalid skipped), was 0",
        () -> Nps.ofCounts(0, 0, 0));
    assertMessage(
        "Nps.scores must contain at least one valid answer (0 unanswered, 0 invalid skipped), was 0",
        () -> Nps.of(new int[0]));
    assertMessage(
        "Nps.scores[0] must be answered under policy REJECT, was unanswered",
        () -> Nps.of(new int[] {Survey.MISSING}, NpsScale.STANDARD, InputPolicy.REJECT));
    assertMessage("Nps.score must be within 0..10, was -1", () -> Nps.accumulator().add(-1));
    assertMessage(
        "NpsResult.level must be strictly between 0 and 1, was 1.5", () -> Nps.of(1).wald(1.5));
    assertMessage(
        "NpsResult.replicates must be within 100..1000000, was 5",
        () -> Nps.of(1).bootstrap(0.95, 5, 1));
    assertMessage(
        "NpsScale.promoterMin must be within 4..5, was 3",
        () -> new NpsScale(RatingScale.ONE_TO_FIVE, 3, 3));
    assertMessage(
        "NpsScale.detractorMax must be within 1..4, was 5",
        () -> new NpsScale(RatingScale.ONE_TO_FIVE, 5, 5));
    assertMessage(
        "WeightedNps.weights[1] must be finite and at least 0, was -1.0",
        () -> WeightedNps.of(new int[] {1, 2}, new double[] {1, -1}));
    assertMessage(
        "WeightedNps.weights must have the length of scores 2, was 1",
        () -> WeightedNps.of(new int[] {1, 2}, new double[] {1}));
    assertMessage(
        "WeightedNpsResult.totalWeight must be positive and finite (1 valid, 0 unanswered, 0"
            + " invalid), was 0.0",
        () -> WeightedNps.of(new int[] {1}, new double[] {0}));
    assertMessage(
        "SurveyResponse.weight must be finite and at least 0, was NaN",
        () -> SurveyResponse.builder().score(1).weight(Double.NaN).build());
    SurveyAccumulator<NpsResult> other =
        Nps.accumulator(new NpsScale(RatingScale.ZERO_TO_TEN, 5, 9), InputPolicy.SKIP);
    CxValidationException e =
        assertThrows(CxValidationException.class, () -> Nps.accumulator().merge(other));
    assertTrue(
        e.getMessage().startsWith("Nps.merge must combine the same measure"), e.getMessage());
  }

  @Test
  void labelsInBothLanguages() {
    assertEquals("Promoter", NpsCategory.PROMOTER.label(Locale.ENGLISH));
    assertEquals("推荐者", NpsCategory.PROMOTER.label(Locale.CHINESE));
    for (InputPolicy p : InputPolicy.values()) {
      assertTrue(!p.description(Locale.CHINESE).isBlank());
    }
  }

  static void assertInterval(double low, double high, Interval actual) {
    assertEquals(low, actual.low(), 1e-9, "low of " + actual);
    assertEquals(high, actual.high(), 1e-9, "high of " + actual);
  }

  static void assertMessage(String expected, Runnable call) {
    CxValidationException e =
        assertThrows(CxValidationException.class, call::run, "expected: " + expected);
    assertEquals(expected, e.getMessage());
  }
}
