/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.rfm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.activity.RfmSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfmSummariesTest {

  @Test
  void summariesOfCoreActivityScoreLikeTheirColumns() {
    RfmSummaries s =
        RfmSummaries.of(
            List.of(CustomerId.of("a"), CustomerId.of("b"), CustomerId.of("c")),
            LocalDate.of(2026, 1, 31),
            SummarySpec.DAYS,
            new double[] {1, 10, 30},
            new int[] {5, 2, 1},
            new double[] {500, 60, 10},
            new double[] {100, 30, 10});
    RfmScores total = Rfm.score(s, MonetaryMeasure.TOTAL, 3);
    RfmScores mean = Rfm.score(s, MonetaryMeasure.MEAN, 3);
    assertEquals(333, total.composite(0));
    assertEquals(222, total.composite(1));
    assertEquals(111, total.composite(2));
    // sorted means 10 30 100: h = 2/3 -> 10 + 20 * 2/3; h = 4/3 -> 30 + 70 / 3
    assertEquals(70 / 3.0, mean.cutPoints().monetary().get(0), 1e-12);
    assertEquals(160 / 3.0, mean.cutPoints().monetary().get(1), 1e-12);
    RfmScores given = Rfm.score(s, MonetaryMeasure.TOTAL, total.cutPoints());
    assertEquals(total.composite(1), given.composite(1));
    RfmSketch sketch = RfmSketch.create().update(s, MonetaryMeasure.MEAN);
    assertEquals(3, sketch.n());
    assertEquals(List.of(10.0, 30.0), sketch.cutPoints(3).monetary());
    RfmSketch collected =
        s.toList().parallelStream().collect(RfmSketch.collector(MonetaryMeasure.TOTAL));
    assertEquals(3, collected.n());
    assertEquals(List.of(10.0, 60.0), collected.cutPoints(3).monetary());
    assertEquals(total.cutPoints().bins(), collected.cutPoints(3).bins());
  }
}
