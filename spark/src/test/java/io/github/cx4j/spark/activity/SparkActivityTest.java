/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.LaterPurchases;
import io.github.cx4j.core.activity.PurchasePeriod;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.RfmSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.spark.Spark;
import io.github.cx4j.spark.Spark.Purchase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class SparkActivityTest {
  private static final LocalDate END = LocalDate.of(1997, 9, 30);

  static void assertSameRepeat(RepeatSummaries expected, RepeatSummaries actual) {
    assertEquals(expected.size(), actual.size());
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < expected.size(); i++) {
      at.put(expected.customer(i).value(), i);
    }
    for (int i = 0; i < actual.size(); i++) {
      int j = at.get(actual.customer(i).value());
      assertEquals(expected.frequency(j), actual.frequency(i), "x of " + actual.customer(i));
      assertEquals(expected.recency(j), actual.recency(i), 1e-12, "t_x of " + actual.customer(i));
      assertEquals(expected.age(j), actual.age(i), 1e-12, "T of " + actual.customer(i));
      assertEquals(
          expected.monetary(j),
          actual.monetary(i),
          1e-12 * Math.max(1, expected.monetary(j)),
          "monetary of " + actual.customer(i));
    }
  }

  @Test
  void cdnowRepeatSummariesInWeeksEqualTheSingleJvmOnes() {
    List<Purchase> cdnow = Spark.cdnow();
    SummarySpec spec = SummarySpec.of(END, SummarySpec.WEEKS);
    RepeatSummaries expected = ActivitySummaries.repeat(Spark.log(cdnow), spec);
    Dataset<Row> table = Spark.table(cdnow, "cust", "day", "paid");
    RepeatSummaries actual =
        SparkActivity.collectRepeat(
            SparkActivity.repeat(table, PurchaseColumns.of("cust", "day", "paid"), spec), spec);
    assertSameRepeat(expected, actual);
    assertTrue(actual.repeatBuyers() > 500);
  }

  @Test
  void cdnowRfmSummariesEqualTheSingleJvmOnes() {
    List<Purchase> cdnow = Spark.cdnow();
    SummarySpec spec = SummarySpec.of(END, SummarySpec.DAYS);
    RfmSummaries expected = ActivitySummaries.rfm(Spark.log(cdnow), spec);
    RfmSummaries actual =
        SparkActivity.collectRfm(
            SparkActivity.rfm(
                Spark.table(cdnow, "customer", "date", "amount"), PurchaseColumns.DEFAULT, spec),
            spec);
    assertEquals(expected.size(), actual.size());
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < expected.size(); i++) {
      at.put(expected.customer(i).value(), i);
    }
    for (int i = 0; i < actual.size(); i++) {
      int j = at.get(actual.customer(i).value());
      assertEquals(expected.recency(j), actual.recency(i), 1e-12);
      assertEquals(expected.frequency(j), actual.frequency(i));
      assertEquals(expected.monetaryTotal(j), actual.monetaryTotal(i), 1e-9);
      assertEquals(expected.monetaryMean(j), actual.monetaryMean(i), 1e-9);
    }
  }

  @Test
  void weeklyAndMonthlyPeriodsOnSimulatedPurchasesEqualTheSingleJvm() {
    SplittableRandom rng = new SplittableRandom(42);
    List<Purchase> purchases = new ArrayList<>();
    LocalDate start = LocalDate.of(2023, 1, 1);
    for (int c = 0; c < 300; c++) {
      int k = 1 + rng.nextInt(8);
      for (int j = 0; j < k; j++) {
        purchases.add(
            new Purchase(
                "c" + c,
                start.plusDays(rng.nextInt(500)),
                Math.round(rng.nextDouble() * 10000) / 100.0));
      }
    }
    for (PurchasePeriod period :
        new PurchasePeriod[] {PurchasePeriod.ISO_WEEK, PurchasePeriod.MONTH}) {
      SummarySpec spec =
          SummarySpec.builder()
              .end(LocalDate.of(2024, 3, 31))
              .unit(Duration.ofDays(7))
              .period(period)
              .build();
      RepeatSummaries expected = ActivitySummaries.repeat(Spark.log(purchases), spec);
      RepeatSummaries actual =
          SparkActivity.collectRepeat(
              SparkActivity.repeat(
                  Spark.table(purchases, "customer", "date", "amount"),
                  PurchaseColumns.DEFAULT,
                  spec),
              spec);
      assertSameRepeat(expected, actual);
    }
  }

  @Test
  void laterPurchasesAreRejectedWhenTheSpecSaysSo() {
    List<Purchase> rows =
        List.of(
            new Purchase("a", LocalDate.of(2024, 1, 1), 5),
            new Purchase("a", LocalDate.of(2024, 2, 1), 5));
    SummarySpec spec =
        SummarySpec.builder()
            .end(LocalDate.of(2024, 1, 15))
            .laterPurchases(LaterPurchases.REJECT)
            .build();
    Dataset<Row> out =
        SparkActivity.repeat(
            Spark.table(rows, "customer", "date", "amount"), PurchaseColumns.DEFAULT, spec);
    Exception e = assertThrows(Exception.class, out::collectAsList);
    assertTrue(
        String.valueOf(e.getMessage())
            .contains(
                "Transaction.date must be on or before the observation end 2024-01-15, was 2024-02-01"),
        e.getMessage());
    SummarySpec ignore = SummarySpec.of(LocalDate.of(2024, 1, 15), SummarySpec.DAYS);
    assertEquals(
        1,
        SparkActivity.repeat(
                Spark.table(rows, "customer", "date", "amount"), PurchaseColumns.DEFAULT, ignore)
            .count());
  }

  @Test
  void aNegativeAmountFailsNamingTheColumnAndValue() {
    List<Purchase> rows = List.of(new Purchase("a", LocalDate.of(2024, 1, 1), -3.5));
    Dataset<Row> out =
        SparkActivity.rfm(
            Spark.table(rows, "customer", "date", "amount"),
            PurchaseColumns.DEFAULT,
            SummarySpec.of(LocalDate.of(2024, 2, 1), SummarySpec.DAYS));
    Exception e = assertThrows(Exception.class, out::collectAsList);
    assertTrue(
        String.valueOf(e.getMessage()).contains("amount must be finite and not negative, was -3.5"),
        e.getMessage());
  }

  @Test
  void anUnknownColumnIsNamed() {
    Dataset<Row> t = Spark.table(List.of(), "customer", "date", "amount");
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () ->
                SparkActivity.repeat(
                    t,
                    PurchaseColumns.of("customer", "when", "amount"),
                    SummarySpec.of(END, SummarySpec.DAYS)));
    assertEquals(
        "PurchaseColumns must name a column of [customer, date, amount], was \"when\"",
        e.getMessage());
    assertThrows(CxValidationException.class, () -> PurchaseColumns.of(" ", "d", "a"));
  }
}
