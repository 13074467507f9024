/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cx4j.core.RatingScale;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SurveyMeasuresProperties {

  @Test
  void csatAndCesMergeOrderAndRanges() {
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, 8)).ofSizeBetween(2, 150), integers().all())
        .checkAssert(
            (scores, seed) -> {
              int[] column = scores.stream().mapToInt(Integer::intValue).toArray();
              Random random = new Random(seed);
              SurveyAccumulator<CesResult> whole = Ces.accumulator(InputPolicy.SKIP).addAll(column);
              SurveyAccumulator<CesResult> a = Ces.accumulator(InputPolicy.SKIP);
              SurveyAccumulator<CesResult> b = Ces.accumulator(InputPolicy.SKIP);
              for (int s : column) {
                (random.nextBoolean() ? a : b).add(s);
              }
              assertEquals(whole.distribution(), b.merge(a).distribution());
              if (whole.distribution().n() >= 2) {
                CesResult r = whole.result();
                assertTrue(r.mean() >= 1 && r.mean() <= 7);
                assertTrue(r.meanInterval(0.95).contains(r.mean()));
                assertTrue(r.agreeInterval(0.95).contains(r.agreeShare()));
                CsatResult c = Csat.of(whole.distribution(), 2);
                assertTrue(c.wilson(0.95).contains(c.share()));
                assertTrue(c.share() >= 0 && c.share() <= 1);
              }
            });
  }

  @Test
  void indexMergeOrderAndRange() {
    qt().withExamples(100)
        .forAll(lists().of(integers().between(0, 5)).ofSizeBetween(3, 90), integers().all())
        .checkAssert(
            (values, seed) -> {
              double[] w = {0.2, 0.3, 0.5};
              RatingScale scale = RatingScale.ONE_TO_FIVE;
              SatisfactionIndexAccumulator whole =
                  SatisfactionIndex.accumulator(scale, w, InputPolicy.SKIP);
              SatisfactionIndexAccumulator left =
                  SatisfactionIndex.accumulator(scale, w, InputPolicy.SKIP);
              SatisfactionIndexAccumulator right =
                  SatisfactionIndex.accumulator(scale, w, InputPolicy.SKIP);
              Random random = new Random(seed);
              for (int i = 0; i + 2 < values.size(); i += 3) {
                int[] row = {code(values.get(i)), code(values.get(i + 1)), code(values.get(i + 2))};
                whole.add(row);
                (random.nextBoolean() ? left : right).add(row);
              }
              SatisfactionIndexResult r;
              try {
                r = whole.result();
              } catch (IllegalArgumentException noAnswers) {
                return;
              }
              assertEquals(r, right.merge(left).result());
              assertTrue(r.index() >= 0 && r.index() <= 100);
              assertTrue(r.se() >= 0);
              assertTrue(r.interval(0.9).contains(r.index()));
            });
  }

  @Test
  void disconfirmationMergeOrderAndIntervalContainsGap() {
    qt().withExamples(150)
        .forAll(lists().of(integers().between(0, 48)).ofSizeBetween(2, 80), integers().all())
        .checkAssert(
            (codes, seed) -> {
              Random random = new Random(seed);
              ToleranceZone zone = new ToleranceZone(-0.5, 1);
              DisconfirmationAccumulator whole =
                  Disconfirmation.accumulator("a", RatingScale.ONE_TO_SEVEN, zone);
              DisconfirmationAccumulator x =
                  Disconfirmation.accumulator("a", RatingScale.ONE_TO_SEVEN, zone);
              DisconfirmationAccumulator y =
                  Disconfirmation.accumulator("a", RatingScale.ONE_TO_SEVEN, zone);
              for (int c : codes) {
                whole.add(c / 7 + 1, c % 7 + 1);
                (random.nextBoolean() ? x : y).add(c / 7 + 1, c % 7 + 1);
              }
              DisconfirmationResult r = whole.result();
              assertEquals(r, y.merge(x).result());
              assertTrue(r.gap() >= -6 && r.gap() <= 6);
              if (r.n() >= 2) {
                assertTrue(r.interval(0.95).contains(r.gap()));
              }
              assertEquals(zone.classify(r.gap()), r.outcome());
            });
  }

  private static int code(int v) {
    return v == 0 ? Survey.MISSING : v;
  }

  @Test
  void collectorInParallelEqualsSequential() {
    List<SurveyResponse> many =
        new Random(3).ints(5_000, 0, 11).mapToObj(SurveyResponse::of).toList();
    assertEquals(
        many.stream().collect(Csat.collector(RatingScale.ZERO_TO_TEN, 2)),
        many.parallelStream().collect(Csat.collector(RatingScale.ZERO_TO_TEN, 2)));
  }
}
