/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.activity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CustomerId;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast paths against the general one on logs large enough to run in two tasks. */
class FastSummariesTest {

  private static TransactionLog large(boolean chronological) {
    int rows = FastSummaries.PARALLEL_ROWS + 1_000;
    int customers = 50_000;
    SplittableRandom random = new SplittableRandom(7);
    int[] c = new int[rows];
    int[] d = new int[rows];
    double[] a = new double[rows];
    int start = (int) LocalDate.of(2020, 1, 1).toEpochDay();
    for (int r = 0; r < rows; r++) {
      c[r] = random.nextInt(customers);
      d[r] = start + (chronological ? (int) ((long) r * 400 / rows) : random.nextInt(400));
      a[r] = random.nextInt(10_000) / 100.0;
    }
    List<CustomerId> ids =
        new AbstractList<>() {
          @Override
          public CustomerId get(int index) {
            return CustomerId.of("c" + index);
          }

          @Override
          public int size() {
            return customers;
          }
        };
    return TransactionLog.ofColumns(ids, c, d, a);
  }

  @Test
  void largeLogsGiveTheSameRepeatSummariesAsTheGeneralPath() {
    for (boolean chronological : new boolean[] {true, false}) {
      TransactionLog log = large(chronological);
      SummarySpec spec = SummarySpec.of(LocalDate.of(2020, 9, 1), SummarySpec.WEEKS);
      assertTrue(FastSummaries.fitsDaily(log, spec));
      RepeatSummaries fast = ActivitySummaries.repeat(log, spec);
      RepeatSummaries general = ActivitySummaries.repeatGeneral(log, spec);
      // Both add each customer's amounts in day order, stable within a day: identical sums.
      assertEquals(general, fast);
      assertTrue(fast.size() > 45_000);
    }
  }

  @Test
  void largeLogsGiveConsistentRfmSummaries() {
    TransactionLog log = large(false);
    SummarySpec spec = SummarySpec.of(LocalDate.of(2020, 9, 1), SummarySpec.DAYS);
    RfmSummaries rfm = ActivitySummaries.rfm(log, spec);
    int[] count = new int[log.customerCount()];
    long[] last = new long[log.customerCount()];
    double[] total = new double[log.customerCount()];
    for (int r = 0; r < log.size(); r++) {
      if (!log.date(r).isAfter(spec.end())) {
        int c = log.customerIndex(r);
        count[c]++;
        last[c] = Math.max(last[c], log.date(r).toEpochDay());
        total[c] += log.amount(r);
      }
    }
    int i = 0;
    for (int c = 0; c < count.length; c++) {
      if (count[c] > 0) {
        assertEquals(log.customers().get(c), rfm.customer(i));
        assertEquals(count[c], rfm.frequency(i));
        assertEquals(spec.end().toEpochDay() - last[c], rfm.recency(i));
        assertEquals(total[c], rfm.monetaryTotal(i), 1e-9);
        i++;
      }
    }
    assertEquals(rfm.size(), i);
  }

  @Test
  void veryLongSpansUseTheGeneralPath() {
    TransactionLog log =
        TransactionLog.builder()
            .add(CustomerId.of("a"), LocalDate.of(1, 1, 1), 1)
            .add(CustomerId.of("a"), LocalDate.of(9000, 1, 1), 2)
            .build();
    SummarySpec spec = SummarySpec.of(LocalDate.of(9000, 1, 1), SummarySpec.DAYS);
    assertEquals(false, FastSummaries.fitsDaily(log, spec));
    RepeatSummaries s = ActivitySummaries.repeat(log, spec);
    assertArrayEquals(new int[] {1}, s.frequency());
    assertEquals(2.0, s.monetary(0));
  }
}
