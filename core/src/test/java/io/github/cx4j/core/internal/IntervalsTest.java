/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.DisplayWidth;
import io.github.cx4j.core.Interval;
import org.junit.jupiter.api.Test;

class IntervalsTest {
  @Test
  void wilsonMatchesNewcombe() {
    // Newcombe (1998), Statistics in Medicine 17:857-872, Table I
    Interval a = Intervals.wilson(81, 263, Intervals.Z95);
    assertEquals(0.2553, a.low(), 5e-5);
    assertEquals(0.3662, a.high(), 5e-5);
    Interval b = Intervals.wilson(0, 10, Intervals.Z95);
    assertEquals(0.0, b.low(), 0);
    assertEquals(0.2775, b.high(), 5e-5);
    assertEquals(new Interval(0, 1), Intervals.wilson(0, 0, Intervals.Z95));
    Interval all = Intervals.wilson(10, 10, Intervals.Z95);
    assertTrue(all.contains(1.0));
  }

  @Test
  void intervalRejectsBadEnds() {
    CxValidationException e =
        assertThrows(CxValidationException.class, () -> Interval.of(new double[] {1}));
    assertEquals("Interval.ends must hold exactly 2 values, was 1", e.getMessage());
    e = assertThrows(CxValidationException.class, () -> new Interval(2, 1));
    assertEquals("Interval.high must not be below low 2.0, was 1.0", e.getMessage());
    assertEquals(0.5, Interval.of(new double[] {0.25, 0.75}).width(), 0);
  }

  @Test
  void percentilesUseOneRule() {
    double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    // R: quantile(1:10, c(.2, .9)) = 2.8 9.1
    assertEquals(2.8, Percentiles.sorted(sorted, 0.2), 1e-12);
    assertEquals(9.1, Percentiles.sorted(sorted, 0.9), 1e-12);
    double[] replicates = {5, 1, 4, 2, 3};
    double[] ends = Percentiles.interval(replicates, 0.5);
    assertEquals(2.0, ends[0], 1e-12);
    assertEquals(4.0, ends[1], 1e-12);
    assertEquals(3.0, Percentiles.interpolate(3, 3, 0.7), 0);
    assertEquals(3.0, Percentiles.interpolate(3, 4, 0), 0);
  }

  @Test
  void displayWidthCountsWideAndZeroWidthCharacters() {
    assertEquals(5, DisplayWidth.of("hello"));
    assertEquals(8, DisplayWidth.of("顾客满意"));
    assertEquals(4, DisplayWidth.of("ＡＢ"));
    assertEquals(4, DisplayWidth.of("한국"));
    assertEquals(1, DisplayWidth.of("e\u0301"));
    assertEquals(2, DisplayWidth.of("\uD840\uDC00"));
    assertEquals("满意  |", DisplayWidth.padRight("满意", 6) + "|");
    assertEquals("toolong", DisplayWidth.padRight("toolong", 3));
  }

  @Test
  void roundingIsHalfToEven() {
    assertEquals(2, Rounding.whole(2.5));
    assertEquals(4, Rounding.whole(3.5));
    assertEquals(-2, Rounding.whole(-2.5));
    assertEquals("0.12", Rounding.decimal(0.125, 2).toPlainString());
    assertEquals("0.14", Rounding.decimal(0.135, 2).toPlainString());
    assertEquals("12.5", Rounding.plain(12.5, 6));
    assertEquals("0", Rounding.plain(-0.0000001, 6));
    assertEquals("-3", Rounding.plain(-3, 6));
  }
}
