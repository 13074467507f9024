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

import io.github.cx4j.core.Interval;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NpsProperties {

  @Test
  void resultDoesNotDependOnSplitOrMergeOrder() {
    qt().withExamples(200)
        .forAll(
            lists().of(integers().between(-2, 12)).ofSizeBetween(1, 200),
            integers().between(1, 8),
            integers().all())
        .checkAssert(
            (scores, parts, seed) -> {
              int[] column = scores.stream().mapToInt(Integer::intValue).toArray();
              SurveyAccumulator<NpsResult> whole =
                  Nps.accumulator(NpsScale.STANDARD, InputPolicy.SKIP).addAll(column);
              Random random = new Random(seed);
              List<SurveyAccumulator<NpsResult>> partials = new ArrayList<>();
              for (int p = 0; p < parts; p++) {
                partials.add(Nps.accumulator(NpsScale.STANDARD, InputPolicy.SKIP));
              }
              for (int s : column) {
                partials.get(random.nextInt(parts)).add(s);
              }
              Collections.shuffle(partials, random);
              SurveyAccumulator<NpsResult> merged =
                  Nps.accumulator(NpsScale.STANDARD, InputPolicy.SKIP);
              for (SurveyAccumulator<NpsResult> p : partials) {
                merged.merge(p);
              }
              assertEquals(whole.distribution(), merged.distribution());
              if (whole.distribution().n() > 0) {
                assertEquals(whole.result(), merged.result());
              }
            });
  }

  @Test
  void columnFastPathAgreesWithTheAccumulator() {
    qt().withExamples(300)
        .forAll(
            lists().of(integers().between(-1, 11)).ofSizeBetween(1, 300), integers().between(0, 3))
        .checkAssert(
            (scores, which) -> {
              NpsScale scale =
                  which == 0
                      ? NpsScale.STANDARD
                      : new NpsScale(
                          io.github.cx4j.core.RatingScale.ONE_TO_TEN, 3 + which, 8 + which / 2);
              int[] column = scores.stream().mapToInt(Integer::intValue).toArray();
              SurveyAccumulator<NpsResult> slow =
                  Nps.accumulator(scale, InputPolicy.SKIP).addAll(column);
              if (slow.distribution().n() == 0) {
                return;
              }
              boolean allValid = scores.stream().allMatch(v -> scale.scale().contains(v));
              if (allValid) {
                assertEquals(slow.result(), Nps.of(column, scale, InputPolicy.REJECT));
              }
              assertEquals(slow.result(), Nps.of(column, scale, InputPolicy.SKIP));
            });
  }

  @Test
  void scoresAndIntervalsStayInRangeAndContainTheEstimate() {
    qt().withExamples(300)
        .forAll(integers().between(0, 60), integers().between(0, 60), integers().between(0, 60))
        .assuming((d, a, p) -> d + a + p > 0)
        .checkAssert(
            (d, a, p) -> {
              NpsResult r = Nps.ofCounts(d, a, p);
              assertTrue(r.nps() >= -1 && r.nps() <= 1);
              assertTrue(r.variance() >= 0 && r.variance() <= 1);
              for (Interval i : List.of(r.wald(0.95), r.adjustedWald(0.95), r.scoreInterval(0.9))) {
                assertTrue(i.low() >= -1 && i.high() <= 1, i::toString);
              }
              assertTrue(r.wald(0.95).contains(r.nps()));
              assertTrue(r.scoreInterval(0.95).contains(r.nps()));
              assertTrue(r.adjustedWald(0.95).contains(r.adjustedNps()));
              // a higher level never gives a narrower score interval
              assertTrue(r.scoreInterval(0.99).width() >= r.scoreInterval(0.9).width() - 1e-9);
            });
  }

  @Test
  void weightedMergeOrderWithinRounding() {
    qt().withExamples(100)
        .forAll(lists().of(integers().between(0, 10)).ofSizeBetween(1, 100), integers().all())
        .checkAssert(
            (scores, seed) -> {
              Random random = new Random(seed);
              WeightedNpsAccumulator whole = WeightedNps.accumulator();
              WeightedNpsAccumulator left = WeightedNps.accumulator();
              WeightedNpsAccumulator right = WeightedNps.accumulator();
              for (int s : scores) {
                double w = 0.5 + random.nextDouble();
                whole.add(s, w);
                (random.nextBoolean() ? left : right).add(s, w);
              }
              WeightedNpsResult a = whole.result();
              WeightedNpsResult b = right.merge(left).result();
              assertEquals(a.nps(), b.nps(), 1e-12);
              assertEquals(a.se(), b.se(), 1e-12);
              assertEquals(a.n(), b.n());
            });
  }
}
