/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.activity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ActivitySummariesTest {
  private static final CustomerId ONE = CustomerId.of("1");
  private static final CustomerId TWO = CustomerId.of("2");
  private static final CustomerId THREE = CustomerId.of("3");
  private static final LocalDate END = LocalDate.of(1997, 9, 30);
  private final ObjectMapper json = CxJson.mapper();

  /** The first three customers of the CDNOW sample (source: CDNOW_sample.txt). */
  static TransactionLog cdnowHead() {
    return TransactionLog.builder()
        .add(ONE, LocalDate.of(1997, 1, 1), 29.33)
        .add(ONE, LocalDate.of(1997, 1, 18), 29.73)
        .add(ONE, LocalDate.of(1997, 8, 2), 14.96)
        .add(ONE, LocalDate.of(1997, 12, 12), 26.48)
        .add(TWO, LocalDate.of(1997, 1, 1), 63.34)
        .add(TWO, LocalDate.of(1997, 1, 13), 11.77)
        .add(THREE, LocalDate.of(1997, 1, 1), 6.79)
        .build();
  }

  @Test
  void reproducesTheCdnowReferenceRows() {
    // cdnow_customers_summary_with_transactions.csv: 1,2,30.43,38.86,22.35; 2,1,1.71,38.86,11.77;
    // 3,0,0.00,38.86,0.00
    RepeatSummaries s = ActivitySummaries.repeat(cdnowHead(), END, SummarySpec.WEEKS);
    assertEquals(3, s.size());
    assertEquals(List.of(ONE, TWO, THREE), s.customers());
    assertArrayEquals(new int[] {2, 1, 0}, s.frequency());
    assertArrayEquals(new double[] {213 / 7.0, 12 / 7.0, 0}, s.recency(), 1e-12);
    assertArrayEquals(new double[] {272 / 7.0, 272 / 7.0, 272 / 7.0}, s.age(), 1e-12);
    assertArrayEquals(new double[] {(29.73 + 14.96) / 2, 11.77, 0}, s.monetary(), 1e-12);
    assertEquals(RepeatSummary.of(ONE, 2, 213 / 7.0, 272 / 7.0, (29.73 + 14.96) / 2), s.get(0));
    assertEquals(s.get(2), s.toList().get(2));
    assertEquals(2, s.repeatBuyers());
    assertEquals(END, s.end());
    assertEquals(Duration.ofDays(7), s.unit());
    assertEquals(PurchasePeriod.DAY, s.period());
    assertEquals(
        "RepeatSummaries{3 customers, end 1997-09-30, unit PT168H, period DAY}", s.toString());
  }

  @Test
  void littIsTheSumOfTheLogInterPurchaseTimesByHand() {
    // CDNOW customer 1: repeat days 17 and 213 after 1997-01-01, so intervals of 17 and 196 days;
    // customer 2: one interval of 12 days; customer 3: no repeat purchase (BTYDplus elog2cbs:
    // litt = sum(log(itt)) in weeks)
    double[] litt = ActivitySummaries.litt(cdnowHead(), SummarySpec.of(END, SummarySpec.WEEKS));
    assertArrayEquals(
        new double[] {Math.log(17 / 7.0) + Math.log(196 / 7.0), Math.log(12 / 7.0), 0},
        litt,
        1e-12);
    // the purchase of 1997-12-12 is after the end; with the end later it adds ln(132/7)
    double[] later =
        ActivitySummaries.litt(
            cdnowHead(), SummarySpec.of(LocalDate.of(1997, 12, 31), SummarySpec.WEEKS));
    assertEquals(Math.log(17 / 7.0) + Math.log(196 / 7.0) + Math.log(132 / 7.0), later[0], 1e-12);
    // purchases of one day are one; in days the unit adds nothing
    LocalDate d = LocalDate.of(2024, 3, 1);
    TransactionLog log =
        TransactionLog.builder()
            .add(TWO, d.plusDays(9), 1)
            .add(ONE, d, 10)
            .add(ONE, d.plusDays(3), 7)
            .add(ONE, d.plusDays(3), 3)
            .add(ONE, d.plusDays(4), 20)
            .add(TWO, d, 2)
            .build();
    SummarySpec days = SummarySpec.of(d.plusDays(10), SummarySpec.DAYS);
    RepeatSummaries s = ActivitySummaries.repeat(log, days);
    assertEquals(List.of(TWO, ONE), s.customers());
    assertArrayEquals(
        new double[] {Math.log(9), Math.log(3) + Math.log(1)},
        ActivitySummaries.litt(log, days),
        1e-12);
    // ISO weeks: 2024-03-01 is a Friday; days 0 and 3 (Monday) are two weeks, day 4 the second
    // week again, day 9 (Sunday) still the second week: the intervals run between the first days
    // of the periods, as recency
    SummarySpec weeks =
        SummarySpec.builder().end(d.plusDays(10)).period(PurchasePeriod.ISO_WEEK).build();
    assertArrayEquals(
        new double[] {Math.log(9), Math.log(3)}, ActivitySummaries.litt(log, weeks), 1e-12);
    assertEquals(9.0, ActivitySummaries.repeat(log, weeks).recency(0));
    // the same errors as the summaries
    assertEquals(
        "SummarySpec.end must not precede the first purchase on 2024-03-01, was 2024-02-01",
        assertThrows(
                CxValidationException.class,
                () ->
                    ActivitySummaries.litt(log, SummarySpec.of(d.minusDays(29), SummarySpec.DAYS)))
            .getMessage());
  }

  @Test
  void purchasesOnOneDayCountOnceWithTheirValuesSummed() {
    LocalDate d = LocalDate.of(2024, 3, 1);
    TransactionLog log =
        TransactionLog.builder()
            .add(ONE, d, 10)
            .add(ONE, d, 5)
            .add(ONE, d.plusDays(3), 7)
            .add(ONE, d.plusDays(3), 3)
            .add(ONE, d.plusDays(4), 20)
            .build();
    RepeatSummaries s = ActivitySummaries.repeat(log, d.plusDays(10), SummarySpec.DAYS);
    assertEquals(2, s.frequency(0));
    assertEquals(4.0, s.recency(0));
    assertEquals(10.0, s.age(0));
    assertEquals(15.0, s.monetary(0));
  }

  @Test
  void coarserPeriodsCollapseWeeksAndMonths() {
    // 2024-03-04 is a Monday.
    LocalDate monday = LocalDate.of(2024, 3, 4);
    TransactionLog log =
        TransactionLog.builder()
            .add(ONE, monday, 1)
            .add(ONE, monday.plusDays(6), 2) // same ISO week (Sunday)
            .add(ONE, monday.plusDays(7), 4) // next week, same month
            .add(ONE, monday.plusDays(9), 8) // same week as the previous
            .add(ONE, monday.plusDays(28), 16) // April
            .build();
    LocalDate end = LocalDate.of(2024, 4, 30);
    RepeatSummaries weeks =
        ActivitySummaries.repeat(
            log, SummarySpec.builder().end(end).period(PurchasePeriod.ISO_WEEK).build());
    assertEquals(2, weeks.frequency(0));
    assertEquals(28.0, weeks.recency(0));
    assertEquals((4 + 8 + 16) / 2.0, weeks.monetary(0));
    RepeatSummaries months =
        ActivitySummaries.repeat(
            log, SummarySpec.builder().end(end).period(PurchasePeriod.MONTH).build());
    assertEquals(1, months.frequency(0));
    assertEquals(28.0, months.recency(0));
    assertEquals(16.0, months.monetary(0));
    assertEquals(
        (end.toEpochDay() - monday.toEpochDay())
            / (SummarySpec.MEAN_GREGORIAN_MONTH.getSeconds() / 86400.0),
        ActivitySummaries.repeat(log, end, SummarySpec.MEAN_GREGORIAN_MONTH).age(0),
        1e-12);
    assertEquals(30.436875, SummarySpec.of(end, SummarySpec.MEAN_GREGORIAN_MONTH).daysPerUnit());
  }

  @Test
  void unsortedLogsGiveTheSameSummaries() {
    TransactionLog sorted = cdnowHead();
    int n = sorted.size();
    int[] order = {6, 3, 0, 5, 2, 4, 1};
    int[] c = new int[n];
    int[] d = new int[n];
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = sorted.customerIndex(order[i]);
      d[i] = (int) sorted.date(order[i]).toEpochDay();
      a[i] = sorted.amount(order[i]);
    }
    TransactionLog shuffled = TransactionLog.ofColumns(sorted.customers(), c, d, a);
    assertFalse(shuffled.isChronological());
    SummarySpec spec = SummarySpec.of(END, SummarySpec.WEEKS);
    ActivityProperties.assertSame(
        ActivitySummaries.repeat(sorted, spec), ActivitySummaries.repeat(shuffled, spec));
    ActivityProperties.assertSame(
        ActivitySummaries.repeat(sorted, spec),
        ActivitySummaries.repeat(sorted.customers(), c, d, a, spec));
    ActivityProperties.assertSame(
        ActivitySummaries.rfm(sorted, spec), ActivitySummaries.rfm(shuffled, spec));
    CalibrationHoldout a1 =
        ActivitySummaries.calibrationHoldout(sorted, spec, LocalDate.of(1998, 6, 30));
    CalibrationHoldout a2 =
        ActivitySummaries.calibrationHoldout(shuffled, spec, LocalDate.of(1998, 6, 30));
    ActivityProperties.assertSame(a1.calibration(), a2.calibration());
    assertArrayEquals(a1.holdoutFrequency(), a2.holdoutFrequency());
    assertArrayEquals(a1.holdoutValue(), a2.holdoutValue(), 1e-9);
  }

  @Test
  void wideDateRangesUseTheSortFallback() {
    TransactionLog log =
        TransactionLog.builder()
            .add(ONE, LocalDate.of(2020, 1, 1), 1)
            .add(TWO, LocalDate.of(1700, 1, 1), 2)
            .add(ONE, LocalDate.of(1900, 1, 1), 3)
            .build();
    RepeatSummaries s = ActivitySummaries.repeat(log, LocalDate.of(2020, 1, 1), SummarySpec.DAYS);
    assertEquals(List.of(ONE, TWO), s.customers());
    assertArrayEquals(new int[] {1, 0}, s.frequency());
    assertEquals(
        LocalDate.of(2020, 1, 1).toEpochDay() - LocalDate.of(1900, 1, 1).toEpochDay(),
        s.recency(0));
    RepeatSummaries m =
        ActivitySummaries.repeat(
            log,
            SummarySpec.builder()
                .end(LocalDate.of(2020, 1, 1))
                .period(PurchasePeriod.MONTH)
                .build());
    assertEquals(
        s,
        RepeatSummaries.of(
            m.customers(),
            m.end(),
            m.unit(),
            PurchasePeriod.DAY,
            m.frequency(),
            m.recency(),
            m.age(),
            m.monetary()));
  }

  @Test
  void rfmCountsEveryPurchase() {
    RfmSummaries r =
        ActivitySummaries.rfm(cdnowHead(), LocalDate.of(1997, 12, 31), SummarySpec.DAYS);
    assertEquals(3, r.size());
    assertArrayEquals(new int[] {4, 2, 1}, r.frequency());
    assertArrayEquals(new double[] {19, 352, 364}, r.recency(), 0);
    assertArrayEquals(
        new double[] {29.33 + 29.73 + 14.96 + 26.48, 63.34 + 11.77, 6.79}, r.monetaryTotal(), 1e-9);
    assertEquals((63.34 + 11.77) / 2, r.monetaryMean()[1], 1e-12);
    assertEquals(RfmSummary.of(THREE, 364, 1, 6.79, 6.79), r.get(2));
    assertEquals(r.get(0), r.toList().get(0));
    assertEquals(LocalDate.of(1997, 12, 31), r.analysisDate());
    assertEquals(Duration.ofDays(1), r.unit());
    assertEquals(List.of(ONE, TWO, THREE), r.customers());
    assertEquals(r.monetaryTotal(0) / 4, r.monetaryMean(0), 1e-12);
    assertEquals(4, r.frequency(0));
    assertEquals(19.0, r.recency(0));
    assertTrue(r.toString().startsWith("RfmSummaries{3 customers"));
    // Before the analysis date only: the December purchase of customer 1 is left out.
    RfmSummaries before =
        ActivitySummaries.rfm(
            List.of(cdnowHead().toList().get(0), cdnowHead().toList().get(3)),
            SummarySpec.of(END, SummarySpec.WEEKS));
    assertEquals(1, before.size());
    assertEquals(1, before.frequency(0));
  }

  @Test
  void calibrationHoldoutSplitsAtTheCalibrationEnd() {
    TransactionLog log =
        TransactionLog.builder()
            .add(ONE, LocalDate.of(2024, 1, 1), 5)
            .add(ONE, LocalDate.of(2024, 1, 10), 6)
            .add(TWO, LocalDate.of(2024, 1, 20), 1)
            .add(ONE, LocalDate.of(2024, 2, 5), 7)
            .add(ONE, LocalDate.of(2024, 2, 5), 1)
            .add(ONE, LocalDate.of(2024, 2, 9), 2)
            .add(THREE, LocalDate.of(2024, 2, 10), 9) // first purchase in the holdout: not included
            .add(TWO, LocalDate.of(2024, 4, 1), 3) // after the holdout end
            .build();
    SummarySpec calibration = SummarySpec.of(LocalDate.of(2024, 1, 31), SummarySpec.WEEKS);
    CalibrationHoldout split =
        ActivitySummaries.calibrationHoldout(log, calibration, LocalDate.of(2024, 2, 28));
    assertEquals(2, split.size());
    assertEquals(ActivitySummaries.repeat(log, calibration), split.calibration());
    assertArrayEquals(new int[] {2, 0}, split.holdoutFrequency());
    assertArrayEquals(new double[] {10, 0}, split.holdoutValue(), 0);
    assertArrayEquals(new double[] {5, 0}, split.holdoutMonetary(), 0);
    assertEquals(4.0, split.holdoutDuration(), 1e-12);
    assertEquals(LocalDate.of(2024, 2, 28), split.holdoutEnd());
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () ->
                ActivitySummaries.calibrationHoldout(
                    log,
                    SummarySpec.builder()
                        .from(calibration)
                        .laterPurchases(LaterPurchases.REJECT)
                        .build(),
                    LocalDate.of(2024, 2, 28)));
    assertEquals(
        "Transaction.date must be on or before the holdout end 2024-02-28, was 2024-04-01 (row 8,"
            + " customer \"2\")",
        e.getMessage());
    CxValidationException order =
        assertThrows(
            CxValidationException.class,
            () ->
                ActivitySummaries.calibrationHoldout(log, calibration, LocalDate.of(2024, 1, 31)));
    assertEquals(
        "CalibrationHoldout.holdoutEnd must be after the calibration end 2024-01-31, was 2024-01-31",
        order.getMessage());
  }

  @Test
  void badInputIsNamed() {
    CxValidationException unit =
        assertThrows(CxValidationException.class, () -> SummarySpec.of(END, Duration.ofDays(-7)));
    assertEquals("SummarySpec.unit must be positive, was PT-168H", unit.getMessage());
    assertEquals(
        "SummarySpec.unit must be positive, was PT0S",
        assertThrows(CxValidationException.class, () -> SummarySpec.of(END, Duration.ZERO))
            .getMessage());
    CxValidationException empty =
        assertThrows(CxValidationException.class, () -> TransactionLog.builder().build());
    assertEquals("TransactionLog.size must be at least 1, was 0", empty.getMessage());
    assertEquals(
        "TransactionLog.size must be at least 1, was 0",
        assertThrows(
                CxValidationException.class,
                () -> ActivitySummaries.repeat(List.of(), SummarySpec.of(END, SummarySpec.DAYS)))
            .getMessage());
    CxValidationException later =
        assertThrows(
            CxValidationException.class,
            () ->
                ActivitySummaries.repeat(
                    cdnowHead(),
                    SummarySpec.builder().end(END).laterPurchases(LaterPurchases.REJECT).build()));
    assertEquals(
        "Transaction.date must be on or before the observation end 1997-09-30, was 1997-12-12"
            + " (row 4, customer \"1\")",
        later.getMessage());
    assertEquals("Transaction.date", later.field());
    CxValidationException rfmLater =
        assertThrows(
            CxValidationException.class,
            () ->
                ActivitySummaries.rfm(
                    cdnowHead(),
                    SummarySpec.builder().end(END).laterPurchases(LaterPurchases.REJECT).build()));
    assertTrue(rfmLater.getMessage().contains("analysis date 1997-09-30"), rfmLater.getMessage());
    CxValidationException early =
        assertThrows(
            CxValidationException.class,
            () ->
                ActivitySummaries.repeat(cdnowHead(), LocalDate.of(1996, 1, 1), SummarySpec.DAYS));
    assertEquals(
        "SummarySpec.end must not precede the first purchase on 1997-01-01, was 1996-01-01",
        early.getMessage());
    assertEquals(
        early.getMessage(),
        assertThrows(
                CxValidationException.class,
                () ->
                    ActivitySummaries.rfm(cdnowHead(), LocalDate.of(1996, 1, 1), SummarySpec.DAYS))
            .getMessage());
    CxValidationException amount =
        assertThrows(CxValidationException.class, () -> Transaction.of(ONE, END, -1));
    assertEquals(
        "Transaction.amount must be finite and not negative, was -1.0", amount.getMessage());
    assertThrows(CxValidationException.class, () -> Transaction.of(ONE, END, Double.NaN));
    CxValidationException quantity =
        assertThrows(
            CxValidationException.class,
            () -> Transaction.builder().customer(ONE).date(END).amount(1).quantity(-2).build());
    assertEquals("Transaction.quantity must not be negative, was -2", quantity.getMessage());
    CxValidationException currency =
        assertThrows(CxValidationException.class, () -> TransactionLog.builder().currency("XYZ"));
    assertEquals(
        "TransactionLog.currency must be a known ISO 4217 code, was \"XYZ\"",
        currency.getMessage());
    CxValidationException mixed =
        assertThrows(
            CxValidationException.class,
            () ->
                TransactionLog.of(
                    List.of(
                        Transaction.of(ONE, END, Money.of("1", "CNY")),
                        Transaction.of(TWO, END, Money.of("1", "USD")))));
    assertEquals("TransactionLog.currency must be CNY, was \"USD\"", mixed.getMessage());
    CxValidationException date =
        assertThrows(CxValidationException.class, () -> Transaction.of(ONE, LocalDate.MAX, 1));
    assertTrue(
        date.getMessage().startsWith("Transaction.date must be between "), date.getMessage());
  }

  @Test
  void adoptedColumnsAreValidatedAndNotCopied() {
    List<CustomerId> ids = List.of(ONE, TWO);
    int[] c = {0, 1};
    int[] d = {10, 11};
    double[] a = {1, 2};
    TransactionLog log = TransactionLog.adopt(ids, c, d, a);
    assertEquals(TransactionLog.ofColumns(ids, c, d, a), log);
    // the log owns the arrays: a change by the caller shows (documented as not allowed)
    a[0] = 5;
    assertEquals(5.0, log.amount(0));
    // accessors still copy
    log.amounts()[0] = 42;
    assertEquals(5.0, log.amount(0));
    assertEquals(
        "TransactionLog.customerIndex[1] must be within 0..1, was 2",
        assertThrows(
                CxValidationException.class,
                () -> TransactionLog.adopt(ids, new int[] {0, 2}, d, a))
            .getMessage());
    assertEquals(
        "TransactionLog.epochDays must have 2 rows, was 1",
        assertThrows(
                CxValidationException.class, () -> TransactionLog.adopt(ids, c, new int[] {1}, a))
            .getMessage());
    assertEquals(
        "TransactionLog.amounts[0] must be finite and not negative, was NaN",
        assertThrows(
                CxValidationException.class,
                () -> TransactionLog.adopt(ids, c, d, new double[] {Double.NaN, 1}))
            .getMessage());
    assertEquals(
        "TransactionLog.customers[1] must be distinct from entry 0, was 1",
        assertThrows(
                CxValidationException.class, () -> TransactionLog.adopt(List.of(ONE, ONE), c, d, a))
            .getMessage());
    assertEquals(
        "TransactionLog.size must be at least 1, was 0",
        assertThrows(
                CxValidationException.class,
                () -> TransactionLog.adopt(ids, new int[0], new int[0], new double[0]))
            .getMessage());
  }

  @Test
  void columnsAreValidatedAndNeverShared() {
    List<CustomerId> ids = List.of(ONE, TWO);
    int[] c = {0, 1};
    int[] d = {10, 11};
    double[] a = {1, 2};
    TransactionLog log = TransactionLog.ofColumns(ids, c, d, a);
    c[0] = 1;
    a[0] = 99;
    assertEquals(ONE, log.customer(0));
    assertEquals(1.0, log.amount(0));
    log.amounts()[0] = 42;
    log.customerIndex()[0] = 1;
    log.epochDays()[0] = 0;
    assertEquals(1.0, log.amount(0));
    assertEquals(0, log.customerIndex(0));
    assertEquals(LocalDate.ofEpochDay(10), log.date(0));
    RepeatSummaries s = ActivitySummaries.repeat(log, LocalDate.ofEpochDay(20), SummarySpec.DAYS);
    s.frequency()[0] = 9;
    s.recency()[0] = 9;
    s.age()[0] = 9;
    s.monetary()[0] = 9;
    assertEquals(0, s.frequency(0));
    assertEquals(0.0, s.recency(0));
    assertEquals(10.0, s.age(0));
    assertEquals(0.0, s.monetary(0));

    assertEquals(
        "TransactionLog.customerIndex[1] must be within 0..1, was 2",
        assertThrows(
                CxValidationException.class,
                () -> TransactionLog.ofColumns(ids, new int[] {0, 2}, d, a))
            .getMessage());
    assertEquals(
        "TransactionLog.epochDays must have 2 rows, was 1",
        assertThrows(
                CxValidationException.class,
                () -> TransactionLog.ofColumns(ids, c, new int[] {1}, a))
            .getMessage());
    assertEquals(
        "TransactionLog.amounts must have 2 rows, was 3",
        assertThrows(
                CxValidationException.class,
                () -> TransactionLog.ofColumns(ids, c, d, new double[3]))
            .getMessage());
    assertEquals(
        "TransactionLog.amounts[1] must be finite and not negative, was -2.0",
        assertThrows(
                CxValidationException.class,
                () -> TransactionLog.ofColumns(ids, c, d, new double[] {1, -2}))
            .getMessage());
    assertEquals(
        "TransactionLog.customers[1] must be distinct from entry 0, was 1",
        assertThrows(
                CxValidationException.class,
                () -> TransactionLog.ofColumns(List.of(ONE, ONE), c, d, a))
            .getMessage());
    assertEquals(
        "TransactionLog.quantities must have 2 rows, was 1",
        assertThrows(
                CxValidationException.class,
                () -> TransactionLog.ofColumns(ids, c, d, a, new int[] {1}, "CNY"))
            .getMessage());
    assertEquals(
        "TransactionLog.quantities[0] must be -1 (unknown) or at least 0, was -3",
        assertThrows(
                CxValidationException.class,
                () -> TransactionLog.ofColumns(ids, c, d, a, new int[] {-3, 1}, "CNY"))
            .getMessage());
    assertEquals(
        "TransactionLog.epochDays[0] must be greater than -2147483648, was -2147483648",
        assertThrows(
                CxValidationException.class,
                () -> TransactionLog.ofColumns(ids, c, new int[] {Integer.MIN_VALUE, 0}, a))
            .getMessage());
    TransactionLog.Builder b = TransactionLog.builder(2);
    assertEquals(
        "TransactionLog.customerIndex must be within 0..-1, was 0",
        assertThrows(CxValidationException.class, () -> b.add(0, 1, 1.0)).getMessage());
    int i = b.customer(ONE);
    assertThrows(CxValidationException.class, () -> b.add(i, Integer.MIN_VALUE, 1.0));
    assertThrows(CxValidationException.class, () -> b.add(i, 0, 1.0, -5));
  }

  @Test
  void logsKeepQuantitiesCurrencyAndTransactions() throws Exception {
    Instant moment = Instant.parse("2024-03-01T20:30:00Z");
    Transaction late = Transaction.at(ONE, moment, ZoneId.of("Asia/Shanghai"), 3.5);
    assertEquals(LocalDate.of(2024, 3, 2), late.date());
    Transaction withQuantity =
        Transaction.builder()
            .customer(TWO)
            .date(LocalDate.of(2024, 3, 1))
            .amount(10)
            .quantity(2)
            .currency(Money.currency("CNY"))
            .build();
    TransactionLog.Builder b = TransactionLog.builder().currency("CNY");
    b.add(late).add(withQuantity);
    for (int k = 0; k < 40; k++) {
      b.add(b.customer(THREE), 19_800 + k, k, k % 3 == 0 ? -1 : k);
    }
    assertEquals(42, b.size());
    TransactionLog log = b.build();
    assertEquals("CNY", log.currency().orElseThrow().getCurrencyCode());
    assertTrue(log.quantity(0).isEmpty());
    assertEquals(2, log.quantity(1).getAsInt());
    assertEquals(withQuantity, log.transaction(1));
    assertEquals(late.date(), log.toList().get(0).date());
    assertEquals(42, log.toList().size());
    assertEquals(3, log.customerCount());
    assertFalse(log.isChronological());
    assertEquals(LocalDate.of(2024, 3, 1), log.firstDate());
    assertEquals(LocalDate.ofEpochDay(19_839), log.lastDate());
    assertEquals(42, log.quantities().orElseThrow().length);
    assertEquals(
        "TransactionLog{42 purchases of 3 customers, 2024-03-01.." + log.lastDate() + ", CNY}",
        log.toString());
    assertEquals(log, json.readValue(json.writeValueAsString(log), TransactionLog.class));
    assertEquals(
        log.hashCode(),
        json.readValue(json.writeValueAsString(log), TransactionLog.class).hashCode());
    TransactionLog plain = cdnowHead();
    String text = json.writeValueAsString(plain);
    assertFalse(text.contains("quantities"), text);
    assertFalse(text.contains("currency"), text);
    assertEquals(plain, json.readValue(text, TransactionLog.class));
    assertEquals(plain, TransactionLog.of(plain.toList()));
  }

  @Test
  void buildersMergeRowsCustomersQuantitiesAndCurrency() {
    TransactionLog.Builder a = TransactionLog.builder().currency("CNY");
    a.add(ONE, END, 1);
    TransactionLog.Builder b = TransactionLog.builder().currency("CNY");
    b.add(b.customer(TWO), (int) END.toEpochDay(), 2, 3);
    b.add(ONE, END.minusDays(1), 4);
    TransactionLog merged = a.merge(b).build();
    assertEquals(List.of(ONE, TWO), merged.customers());
    assertArrayEquals(new int[] {0, 1, 0}, merged.customerIndex());
    assertArrayEquals(new int[] {-1, 3, -1}, merged.quantities().orElseThrow());
    assertEquals(3, merged.size());
    assertEquals("CNY", merged.currency().orElseThrow().getCurrencyCode());
    TransactionLog.Builder usd = TransactionLog.builder().currency("USD");
    assertEquals(
        "TransactionLog.currency must be CNY, was \"USD\"",
        assertThrows(CxValidationException.class, () -> a.merge(usd)).getMessage());
    assertEquals(
        "TransactionLog.size must be at least 1, was 0",
        assertThrows(
                CxValidationException.class,
                () ->
                    List.<Transaction>of().stream()
                        .collect(
                            ActivitySummaries.rfmCollector(
                                SummarySpec.of(END, Duration.ofDays(1)))))
            .getMessage());
  }

  @Test
  void badJsonNamesTheProperty() {
    Exception missing =
        assertThrows(
            Exception.class,
            () ->
                json.readValue(
                    "{\"customers\":[\"1\"],\"customerIndex\":[0],\"amounts\":[1]}",
                    TransactionLog.class));
    assertTrue(missing.getMessage().contains("dates"), missing.getMessage());
    Exception negative =
        assertThrows(
            Exception.class,
            () -> json.readValue("{\"end\":\"2024-01-01\",\"unit\":\"-PT1H\"}", SummarySpec.class));
    assertTrue(
        negative.getMessage().contains("SummarySpec.unit must be positive"), negative.getMessage());
    Exception rows =
        assertThrows(
            Exception.class,
            () ->
                json.readValue(
                    "{\"age\":[1],\"customers\":[\"a\"],\"end\":\"2024-01-01\","
                        + "\"frequency\":[0],\"monetary\":[0],\"period\":\"DAY\",\"recency\":[2],"
                        + "\"unit\":\"PT24H\"}",
                    RepeatSummaries.class));
    assertTrue(
        rows.getMessage().contains("RepeatSummaries.recency[0] must not exceed age 1.0"),
        rows.getMessage());
  }

  @Test
  void enumsAreBilingual() {
    assertEquals("Day", PurchasePeriod.DAY.label(Locale.ENGLISH));
    assertEquals("周", PurchasePeriod.ISO_WEEK.label(Locale.CHINESE));
    assertEquals("Month (月)", PurchasePeriod.MONTH.bilingualLabel());
    for (LaterPurchases p : LaterPurchases.values()) {
      assertFalse(p.description(Locale.CHINESE).isBlank());
      assertEquals(p.name(), p.code());
    }
    assertEquals(-3 / 7, PurchasePeriod.ISO_WEEK.index(-4) + 1);
    assertEquals(0, PurchasePeriod.ISO_WEEK.index(-3));
    assertEquals(1970 * 12, PurchasePeriod.MONTH.index(0));
  }
}
