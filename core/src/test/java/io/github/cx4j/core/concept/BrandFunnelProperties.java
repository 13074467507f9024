/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class BrandFunnelProperties {

  /** Five non-increasing counts from an audience and five fractions in per mille. */
  private static long[] counts(int audience, List<Integer> perMille) {
    long[] c = new long[5];
    long before = audience;
    for (int i = 0; i < 5; i++) {
      c[i] = before * perMille.get(i) / 1000;
      before = c[i];
    }
    return c;
  }

  @Test
  void sharesConversionsAndScoreStayInRangeAndTheWeakestStepHasTheLeastConversion() {
    qt().forAll(integers().between(1, 1_000_000), lists().of(integers().between(0, 1000)).ofSize(5))
        .checkAssert(
            (audience, perMille) -> {
              BrandFunnel f = BrandFunnel.of(audience, counts(audience, perMille));
              assertTrue(f.score() >= 0 && f.score() <= 100, "score " + f.score());
              double least = 2;
              double previousShare = 1;
              for (BrandFunnel.Stage s : f.stages()) {
                assertTrue(s.conversion() >= 0 && s.conversion() <= 1);
                assertTrue(s.shareOfAudience() <= previousShare + 1e-15);
                previousShare = s.shareOfAudience();
                least = Math.min(least, s.conversion());
              }
              assertEquals(least, f.weakestStep().conversion());
            });
  }

  @Test
  void moreAtEveryStageNeverLowersTheScore() {
    qt().forAll(
            integers().between(1, 100_000),
            lists().of(integers().between(0, 999)).ofSize(5),
            integers().between(0, 4))
        .checkAssert(
            (audience, perMille, stage) -> {
              long[] c = counts(audience, perMille);
              long[] more = c.clone();
              long cap = stage == 0 ? audience : more[stage - 1];
              more[stage] = Math.min(cap, more[stage] + 1);
              assertTrue(
                  BrandFunnel.of(audience, more).score() >= BrandFunnel.of(audience, c).score());
            });
  }
}
