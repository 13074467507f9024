/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import org.junit.jupiter.api.Test;

class SatisfactionIndexStateTest {
  private static final double[] W = {0.5, 0.3, 0.2};

  private static SatisfactionIndexAccumulator acc() {
    return SatisfactionIndex.accumulator(RatingScale.ONE_TO_TEN, W, InputPolicy.REJECT_INVALID);
  }

  @Test
  void stateMergedIntoAnEmptyAccumulatorGivesTheSameResult() {
    SatisfactionIndexAccumulator a = acc().add(7, 8, 9).add(3, Survey.MISSING, 5).add(10, 10, 1);
    SatisfactionIndexAccumulator b = acc().mergeState(a.state());
    assertEquals(a.result(), b.result());
    assertEquals(3 * 9 + 2 * 3 + 1, a.state().length);
    assertEquals(3, a.state()[a.state().length - 1]);
  }

  @Test
  void mergingStatesEqualsAddingAll() {
    SatisfactionIndexAccumulator all = acc().add(7, 8, 9).add(1, 2, 3).add(5, 5, 5);
    SatisfactionIndexAccumulator part = acc().add(7, 8, 9);
    SatisfactionIndexAccumulator rest = acc().add(1, 2, 3).add(5, 5, 5);
    assertEquals(all.result(), part.mergeState(rest.state()).result());
  }

  @Test
  void aStateOfTheWrongLengthIsRejected() {
    CxValidationException e =
        assertThrows(CxValidationException.class, () -> acc().mergeState(new long[4]));
    assertEquals("SatisfactionIndex.state must have 34 entries, was 4", e.getMessage());
  }
}
