/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.core.customer.CustomerStrategy;
import io.github.cx4j.core.customer.LoyaltyType;
import io.github.cx4j.core.customer.Novelty;
import io.github.cx4j.core.customer.StrategicCriterion;
import io.github.cx4j.segmentation.rfm.Rfm;
import io.github.cx4j.segmentation.rfm.RfmRule;
import io.github.cx4j.segmentation.rfm.RfmSegment;
import io.github.cx4j.segmentation.rfm.RfmSegmentation;
import io.github.cx4j.segmentation.rfm.RfmSegments;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StrategyTest {
  private static final List<CustomerId> IDS =
      List.of(CustomerId.of("a"), CustomerId.of("b"), CustomerId.of("c"));

  @Test
  void equalWeightsGiveTheMeanRatingAndRankWithTies() {
    int[][] ratings = {
      {5, 4, 3, 2, 1, 1, 5}, // mean 3
      {5, 5, 5, 5, 5, 5, 1}, // mean 31/7
      {3, 3, 3, 3, 3, 3, 3} // mean 3
    };
    List<StrategicScore> ranked =
        StrategicCustomers.rank(StrategicCriteria.of(RatingScale.ONE_TO_FIVE), IDS, ratings);
    assertEquals("b", ranked.get(0).customer().value());
    assertEquals(31 / 7.0, ranked.get(0).score(), 1e-12);
    assertEquals((31 / 7.0 - 1) / 4, ranked.get(0).normalised(), 1e-12);
    assertEquals(1, ranked.get(0).rank());
    assertEquals(List.of(StrategicCriterion.FUTURE_POTENTIAL), ranked.get(0).weakest());
    // a and c tie at 3: both rank 2, input order kept
    assertEquals("a", ranked.get(1).customer().value());
    assertEquals(2, ranked.get(1).rank());
    assertEquals(2, ranked.get(2).rank());
    assertEquals(3.0, ranked.get(1).score(), 1e-12);
    assertEquals(
        List.of(StrategicCriterion.DEAL_SIZE, StrategicCriterion.FUTURE_POTENTIAL),
        ranked.get(1).strongest());
    assertEquals(
        List.of(StrategicCriterion.UNIQUE_VALUE_ADD, StrategicCriterion.COST_SAVING),
        ranked.get(1).weakest());
    assertEquals(7, ranked.get(2).strongest().size());
  }

  @Test
  void weightsChangeTheRanking() {
    int[][] ratings = {{5, 1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 1, 1, 4}, {1, 1, 1, 1, 1, 1, 1}};
    Map<StrategicCriterion, Double> w = new EnumMap<>(StrategicCriterion.class);
    w.put(StrategicCriterion.FUTURE_POTENTIAL, 3.0);
    StrategicCriteria criteria =
        StrategicCriteria.builder().scale(RatingScale.ONE_TO_FIVE).putAllWeights(w).build();
    assertEquals(3 / 9.0, criteria.normalisedWeight(StrategicCriterion.FUTURE_POTENTIAL), 1e-15);
    List<StrategicScore> ranked = StrategicCustomers.rank(criteria, IDS, ratings);
    // b: (6 + 3 * 4) / 9 = 2; a: (5 + 5 + 3) / 9 = 13 / 9
    assertEquals("b", ranked.get(0).customer().value());
    assertEquals(2.0, ranked.get(0).score(), 1e-12);
    assertEquals(13 / 9.0, ranked.get(1).score(), 1e-12);
  }

  @Test
  void hugeWeightsDoNotOverflow() {
    Map<StrategicCriterion, Double> w = new EnumMap<>(StrategicCriterion.class);
    for (StrategicCriterion c : StrategicCriterion.values()) {
      w.put(c, 1e307);
    }
    StrategicCriteria criteria =
        StrategicCriteria.builder().scale(RatingScale.ONE_TO_TEN).putAllWeights(w).build();
    assertEquals(1 / 7.0, criteria.normalisedWeight(StrategicCriterion.STABILITY), 1e-15);
    List<StrategicScore> s =
        StrategicCustomers.rank(
            criteria, IDS.subList(0, 1), new int[][] {{10, 10, 10, 10, 10, 10, 10}});
    assertEquals(10.0, s.get(0).score());
  }

  @Test
  void objectPathAndJson() throws Exception {
    Map<StrategicCriterion, Integer> r = new EnumMap<>(StrategicCriterion.class);
    for (StrategicCriterion c : StrategicCriterion.values()) {
      r.put(c, 7);
    }
    StrategicRating rating =
        StrategicRating.builder().customer(CustomerId.of("x")).putAllRatings(r).build();
    StrategicCriteria criteria = StrategicCriteria.of(RatingScale.ONE_TO_SEVEN);
    List<StrategicScore> s = StrategicCustomers.rank(criteria, List.of(rating));
    assertEquals(7.0, s.get(0).score());
    assertEquals(1.0, s.get(0).normalised());
    String json = CxJson.mapper().writeValueAsString(rating);
    assertEquals(rating, CxJson.mapper().readValue(json, StrategicRating.class));
    assertEquals(
        criteria,
        CxJson.mapper()
            .readValue(CxJson.mapper().writeValueAsString(criteria), StrategicCriteria.class));
    assertEquals(
        s.get(0),
        CxJson.mapper()
            .readValue(CxJson.mapper().writeValueAsString(s.get(0)), StrategicScore.class));
    assertEquals("客户未来的可能性", StrategicCriterion.FUTURE_POTENTIAL.label(Locale.CHINESE));
  }

  @Test
  void scoresStayOnTheScaleAndRisingARatingNeverLowersTheScore() {
    qt().withExamples(200)
        .forAll(integers().between(0, 1_000_000), integers().between(0, 6))
        .checkAssert(
            (seed, criterion) -> {
              Random random = new Random(seed);
              int[] row = new int[7];
              for (int c = 0; c < 7; c++) {
                row[c] = 1 + random.nextInt(5);
              }
              int[] better = row.clone();
              better[criterion] = Math.min(5, better[criterion] + 1);
              StrategicCriteria criteria = StrategicCriteria.of(RatingScale.ONE_TO_FIVE);
              List<StrategicScore> s =
                  StrategicCustomers.rank(
                      criteria,
                      List.of(CustomerId.of("r"), CustomerId.of("s")),
                      new int[][] {row, better});
              double low =
                  s.get(0).customer().value().equals("r") ? s.get(0).score() : s.get(1).score();
              double high =
                  s.get(0).customer().value().equals("s") ? s.get(0).score() : s.get(1).score();
              assertTrue(high >= low);
              assertTrue(low >= 1 && high <= 5);
            });
  }

  @Test
  void strategyPerSegmentFromTheMatrix() {
    assertEquals(
        CustomerStrategy.EXPANSION, SegmentStrategies.forSegment(RfmSegment.CHAMPIONS).strategy());
    assertEquals(
        CustomerStrategy.LOYALTY, SegmentStrategies.forSegment(RfmSegment.AT_RISK).strategy());
    assertEquals(
        CustomerStrategy.ACQUISITION, SegmentStrategies.forSegment(RfmSegment.LOST).strategy());
    assertEquals(3, SegmentStrategies.forSegment(RfmSegment.LOST).riskRank());
    SegmentStrategy diversify = SegmentStrategy.of("Prospects", Novelty.NEW, Novelty.NEW);
    assertEquals(CustomerStrategy.DIVERSIFICATION, diversify.strategy());
    assertEquals(4, diversify.riskRank());

    RfmSegments seg =
        RfmSegmentation.rfm()
            .assign(
                Rfm.score(
                    new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
                    new int[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1},
                    new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}));
    List<SegmentStrategy> plan = SegmentStrategies.defaultPlan(RfmSegmentation.rfm());
    assertEquals(11, plan.size());
    Map<CustomerStrategy, Long> mix = SegmentStrategies.mix(seg, plan);
    assertEquals(10L, mix.values().stream().mapToLong(Long::longValue).sum());
    long champions = seg.counts()[0];
    long loyal = seg.counts()[2];
    assertEquals(champions + loyal, mix.get(CustomerStrategy.EXPANSION));
    assertEquals(seg.counts()[9], mix.get(CustomerStrategy.ACQUISITION));
    assertEquals(0L, mix.get(CustomerStrategy.DIVERSIFICATION));

    RfmSegmentation custom =
        RfmSegmentation.builder().name("c").addRules(RfmRule.of("Mine", 1, 5, 1, 5, 1, 5)).build();
    assertEquals(CustomerStrategy.LOYALTY, SegmentStrategies.defaultPlan(custom).get(0).strategy());
    assertMessage(
        "SegmentStrategies.plan must place every segment, missing, was \"Others\"",
        () -> SegmentStrategies.mix(seg, plan.subList(0, 10)));
  }

  @Test
  void loyaltyTypesOfACustomerBase() {
    LoyaltyBase base =
        LoyaltyBase.of(
            new double[] {0.9, 0.9, 0.1, 0.1, 0.5}, new double[] {0.8, 0.2, 0.7, 0.1, 0.5});
    assertEquals(LoyaltyType.LOYALTY, base.type(0));
    assertEquals(LoyaltyType.LATENT, base.type(1));
    assertEquals(LoyaltyType.SPURIOUS, base.type(2));
    assertEquals(LoyaltyType.NONE, base.type(3));
    assertEquals(LoyaltyType.LOYALTY, base.type(4));
    assertEquals(2L, base.counts().get(LoyaltyType.LOYALTY));
    assertEquals(0.4, base.share(LoyaltyType.LOYALTY));
    assertEquals(5, base.size());
    LoyaltyBase scaled = LoyaltyBase.of(new double[] {8, 2}, new double[] {3, 1}, 7, 2);
    assertEquals(LoyaltyType.LOYALTY, scaled.type(0));
    assertEquals(LoyaltyType.NONE, scaled.type(1));
    assertEquals(0.0, LoyaltyBase.of(new double[0], new double[0]).share(LoyaltyType.NONE));
  }

  @Test
  void badInput() {
    StrategicCriteria criteria = StrategicCriteria.of(RatingScale.ONE_TO_FIVE);
    assertMessage(
        "StrategicCustomers.ratings must hold one row per customer (3), was 1",
        () -> StrategicCustomers.rank(criteria, IDS, new int[][] {{1, 1, 1, 1, 1, 1, 1}}));
    assertMessage(
        "StrategicCustomers.ratings[0] must hold 7 ratings, was 2",
        () -> StrategicCustomers.rank(criteria, IDS.subList(0, 1), new int[][] {{1, 1}}));
    CxValidationException off =
        assertThrows(
            CxValidationException.class,
            () ->
                StrategicCustomers.rank(
                    criteria, IDS.subList(0, 1), new int[][] {{1, 1, 1, 9, 1, 1, 1}}));
    assertTrue(
        off.getMessage().startsWith("StrategicCustomers.ratings[0][COMPETITION] must"),
        off.getMessage());
    assertTrue(off.getMessage().endsWith("was 9"), off.getMessage());
    assertMessage(
        "StrategicCriteria.weights.STABILITY must be finite and >= 0, was -1.0",
        () ->
            StrategicCriteria.builder()
                .scale(RatingScale.ONE_TO_FIVE)
                .putWeight(StrategicCriterion.STABILITY, -1.0)
                .build());
    Map<StrategicCriterion, Double> zero = new EnumMap<>(StrategicCriterion.class);
    for (StrategicCriterion c : StrategicCriterion.values()) {
      zero.put(c, 0.0);
    }
    CxValidationException allZero =
        assertThrows(
            CxValidationException.class,
            () ->
                StrategicCriteria.builder()
                    .scale(RatingScale.ONE_TO_FIVE)
                    .putAllWeights(zero)
                    .build());
    assertTrue(
        allZero.getMessage().startsWith("StrategicCriteria.weights must not all be 0, was {"));
    StrategicRating partial =
        StrategicRating.builder()
            .customer(CustomerId.of("p"))
            .putRating(StrategicCriterion.DEAL_SIZE, 3)
            .build();
    CxValidationException missing =
        assertThrows(
            CxValidationException.class, () -> StrategicCustomers.rank(criteria, List.of(partial)));
    assertEquals(
        "StrategicRating.ratings must rate INFLUENCE for p, was {DEAL_SIZE=3}",
        missing.getMessage());
    assertMessage(
        "SegmentStrategy.segment must not be blank, was \" \"",
        () -> SegmentStrategy.of(" ", Novelty.NEW, Novelty.NEW));
    assertMessage(
        "LoyaltyBase.columns must have equal lengths, was \"[1, 0]\"",
        () -> LoyaltyBase.of(new double[] {1}, new double[0]));
    assertThrows(
        CxValidationException.class, () -> LoyaltyBase.of(new double[] {2}, new double[] {0.5}));
  }

  static void assertMessage(String expected, Runnable call) {
    CxValidationException e = assertThrows(CxValidationException.class, call::run);
    assertEquals(expected, e.getMessage());
  }
}
