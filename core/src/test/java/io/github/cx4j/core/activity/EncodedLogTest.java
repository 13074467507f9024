/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link TransactionLog#adoptEncoded} and the summaries' customer indexes. */
class EncodedLogTest {
  private static final int CUSTOMERS = 3_000;

  private static int[][] columns(int rows) {
    SplittableRandom random = new SplittableRandom(11);
    int[] c = new int[rows];
    int[] d = new int[rows];
    int start = (int) LocalDate.of(2020, 1, 1).toEpochDay();
    for (int r = 0; r < rows; r++) {
      c[r] = random.nextInt(CUSTOMERS);
      d[r] = start + random.nextInt(300);
    }
    return new int[][] {c, d};
  }

  private static double[] amounts(int rows) {
    SplittableRandom random = new SplittableRandom(5);
    double[] a = new double[rows];
    for (int r = 0; r < rows; r++) {
      a[r] = random.nextInt(10_000) / 100.0;
    }
    return a;
  }

  @Test
  void summariesOfAnEncodedLogEqualThoseOfTheSameIdsAndNameCustomersByIndex() {
    for (int rows : new int[] {20_000, FastSummaries.PARALLEL_ROWS + 7}) {
      int[][] cd = columns(rows);
      double[] a = amounts(rows);
      List<CustomerId> ids = new ArrayList<>();
      for (int c = 0; c < CUSTOMERS; c++) {
        ids.add(CustomerId.of("k" + (c * 7919 % 10_007)));
      }
      AtomicInteger made = new AtomicInteger();
      TransactionLog encoded =
          TransactionLog.adoptEncoded(
              CUSTOMERS,
              c -> {
                made.incrementAndGet();
                return ids.get(c);
              },
              cd[0].clone(),
              cd[1].clone(),
              a.clone());
      TransactionLog plain = TransactionLog.ofColumns(ids, cd[0], cd[1], a);
      SummarySpec spec = SummarySpec.of(LocalDate.of(2020, 9, 1), SummarySpec.DAYS);
      RepeatSummaries repeat = ActivitySummaries.repeat(encoded, spec);
      RfmSummaries rfm = ActivitySummaries.rfm(encoded, spec);
      // no id was made while the log was built and summarised
      assertEquals(0, made.get());
      assertEquals(ActivitySummaries.repeat(plain, spec), repeat);
      assertEquals(ActivitySummaries.rfm(plain, spec), rfm);
      for (int i = 0; i < repeat.size(); i++) {
        assertEquals(repeat.customer(i), ids.get(repeat.customerIndex(i)));
      }
      for (int i = 0; i < rfm.size(); i++) {
        assertEquals(rfm.customer(i), ids.get(rfm.customerIndex(i)));
      }
      assertEquals(ids, encoded.customers());
      assertEquals(CUSTOMERS, encoded.customerCount());
    }
  }

  @Test
  void summariesFromColumnsIndexTheirOwnRows() {
    RfmSummaries s =
        RfmSummaries.of(
            List.of(CustomerId.of("b"), CustomerId.of("a")),
            LocalDate.of(2020, 1, 1),
            SummarySpec.DAYS,
            new double[] {1, 2},
            new int[] {1, 1},
            new double[] {3, 4},
            new double[] {3, 4});
    assertEquals(1, s.customerIndex(1));
  }

  @Test
  void encodedLogsCheckTheirColumnsAndCount() {
    int[] one = {0};
    int[] day = {18_000};
    double[] amount = {1};
    CxValidationException count =
        assertThrows(
            CxValidationException.class,
            () -> TransactionLog.adoptEncoded(-1, c -> CustomerId.of("a"), one, day, amount));
    assertEquals("TransactionLog.customerCount", count.field());
    CxValidationException index =
        assertThrows(
            CxValidationException.class,
            () ->
                TransactionLog.adoptEncoded(
                    1, c -> CustomerId.of("a"), new int[] {1}, day, amount));
    assertEquals("TransactionLog.customerIndex[0]", index.field());
    TransactionLog log = TransactionLog.adoptEncoded(1, c -> CustomerId.of("a"), one, day, amount);
    assertThrows(IndexOutOfBoundsException.class, () -> log.customers().get(1));
  }
}
