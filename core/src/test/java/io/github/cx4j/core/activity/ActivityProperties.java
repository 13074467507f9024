/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.activity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxJson;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Invariants of the activity summaries on random logs (the seed drives each log). */
class ActivityProperties {
  private static final double TOLERANCE = 1e-9;
  private static final int BASE_DAY = (int) LocalDate.of(2020, 1, 1).toEpochDay();
  private final ObjectMapper json = CxJson.mapper();

  /** A random log: up to {@code rows} purchases of up to 12 customers over about 400 days. */
  static TransactionLog randomLog(long seed, int rows, boolean chronological) {
    Random random = new Random(seed);
    int customers = 1 + random.nextInt(12);
    List<CustomerId> ids = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      ids.add(CustomerId.of("c" + c));
    }
    int[] c = new int[rows];
    int[] d = new int[rows];
    double[] a = new double[rows];
    for (int r = 0; r < rows; r++) {
      c[r] = random.nextInt(customers);
      d[r] = BASE_DAY + random.nextInt(random.nextBoolean() ? 40 : 400);
      a[r] = random.nextInt(10_000) / 100.0;
    }
    if (chronological) {
      java.util.Arrays.sort(d);
    }
    return TransactionLog.ofColumns(ids, c, d, a);
  }

  static SummarySpec randomSpec(long seed, LaterPurchases later) {
    Random random = new Random(seed ^ 0x5DEECE66DL);
    Duration unit =
        random.nextBoolean() ? Duration.ofDays(1 + random.nextInt(30)) : Duration.ofHours(5);
    return SummarySpec.builder()
        .end(LocalDate.ofEpochDay(BASE_DAY + random.nextInt(420)))
        .unit(unit)
        .period(PurchasePeriod.values()[random.nextInt(3)])
        .laterPurchases(later)
        .build();
  }

  /** The definition, computed the slow and obvious way per customer. */
  static Map<CustomerId, RepeatSummary> reference(TransactionLog log, SummarySpec spec) {
    Map<CustomerId, TreeMap<Long, double[]>> periods = new HashMap<>();
    for (Transaction t : log.toList()) {
      if (t.date().isAfter(spec.end())) {
        continue;
      }
      long day = t.date().toEpochDay();
      double[] cell =
          periods
              .computeIfAbsent(t.customer(), k -> new TreeMap<>())
              .computeIfAbsent(spec.period().index(day), k -> new double[] {day, 0});
      cell[0] = Math.min(cell[0], day);
      cell[1] += t.amount();
    }
    Map<CustomerId, RepeatSummary> out = new HashMap<>();
    double perUnit = spec.daysPerUnit();
    periods.forEach(
        (customer, byPeriod) -> {
          double first = byPeriod.firstEntry().getValue()[0];
          double last = byPeriod.lastEntry().getValue()[0];
          int x = byPeriod.size() - 1;
          double repeat = 0;
          for (double[] cell : byPeriod.tailMap(byPeriod.firstKey(), false).values()) {
            repeat += cell[1];
          }
          out.put(
              customer,
              RepeatSummary.of(
                  customer,
                  x,
                  (last - first) / perUnit,
                  (spec.end().toEpochDay() - first) / perUnit,
                  x == 0 ? 0 : repeat / x));
        });
    return out;
  }

  static void assertSame(RepeatSummaries expected, RepeatSummaries actual) {
    assertEquals(expected.customers(), actual.customers());
    assertArrayEquals(expected.frequency(), actual.frequency());
    assertArrayEquals(expected.recency(), actual.recency(), TOLERANCE);
    assertArrayEquals(expected.age(), actual.age(), TOLERANCE);
    assertArrayEquals(expected.monetary(), actual.monetary(), TOLERANCE);
    assertEquals(expected.end(), actual.end());
    assertEquals(expected.unit(), actual.unit());
    assertEquals(expected.period(), actual.period());
  }

  static void assertSame(RfmSummaries expected, RfmSummaries actual) {
    assertEquals(expected.customers(), actual.customers());
    assertArrayEquals(expected.frequency(), actual.frequency());
    assertArrayEquals(expected.recency(), actual.recency(), TOLERANCE);
    assertArrayEquals(expected.monetaryTotal(), actual.monetaryTotal(), TOLERANCE);
    assertArrayEquals(expected.monetaryMean(), actual.monetaryMean(), TOLERANCE);
  }

  private static boolean anyBefore(TransactionLog log, SummarySpec spec) {
    return !log.firstDate().isAfter(spec.end());
  }

  @Test
  void repeatSummariesMatchTheDefinition() {
    qt().withExamples(100)
        .forAll(longs().all(), integers().between(1, 80))
        .checkAssert(
            (seed, rows) -> {
              for (boolean chronological : new boolean[] {true, false}) {
                TransactionLog log = randomLog(seed, rows, chronological);
                SummarySpec spec = randomSpec(seed, LaterPurchases.IGNORE);
                if (!anyBefore(log, spec)) {
                  continue;
                }
                RepeatSummaries s = ActivitySummaries.repeat(log, spec);
                Map<CustomerId, RepeatSummary> expected = reference(log, spec);
                assertEquals(expected.size(), s.size());
                for (int i = 0; i < s.size(); i++) {
                  RepeatSummary want = expected.get(s.customer(i));
                  RepeatSummary got = s.get(i);
                  assertEquals(want.frequency(), got.frequency());
                  assertEquals(want.recency(), got.recency(), TOLERANCE);
                  assertEquals(want.age(), got.age(), TOLERANCE);
                  assertEquals(want.monetary(), got.monetary(), TOLERANCE);
                }
              }
            });
  }

  @Test
  void littIsTheSumOfTheLogsOfTheGapsBetweenPeriods() {
    qt().withExamples(100)
        .forAll(longs().all(), integers().between(1, 80))
        .checkAssert(
            (seed, rows) -> {
              TransactionLog log = randomLog(seed, rows, seed % 2 == 0);
              SummarySpec spec = randomSpec(seed, LaterPurchases.IGNORE);
              if (!anyBefore(log, spec)) {
                return;
              }
              RepeatSummaries s = ActivitySummaries.repeat(log, spec);
              double[] litt = ActivitySummaries.litt(log, spec);
              assertEquals(s.size(), litt.length);
              // the definition: first day of each distinct period up to the end, per customer
              Map<CustomerId, TreeMap<Long, Long>> firstDays = new HashMap<>();
              for (Transaction t : log.toList()) {
                if (!t.date().isAfter(spec.end())) {
                  long day = t.date().toEpochDay();
                  firstDays
                      .computeIfAbsent(t.customer(), k -> new TreeMap<>())
                      .merge(spec.period().index(day), day, Math::min);
                }
              }
              for (int i = 0; i < s.size(); i++) {
                List<Long> starts = new ArrayList<>(firstDays.get(s.customer(i)).values());
                double want = 0;
                for (int j = 1; j < starts.size(); j++) {
                  want += Math.log((starts.get(j) - starts.get(j - 1)) / spec.daysPerUnit());
                }
                assertEquals(want, litt[i], TOLERANCE);
                int x = s.frequency(i);
                // the mean of the logs is at most the log of the mean interval t_x / x
                if (x > 0) {
                  assertEquals(
                      true, litt[i] <= x * Math.log(s.recency(i) / x) + TOLERANCE, "row " + i);
                } else {
                  assertEquals(0.0, litt[i]);
                }
              }
            });
  }

  @Test
  void recencyNeverExceedsAgeAndFrequencyIsBelowThePurchaseCount() {
    qt().withExamples(100)
        .forAll(longs().all(), integers().between(1, 80))
        .checkAssert(
            (seed, rows) -> {
              TransactionLog log = randomLog(seed, rows, false);
              SummarySpec spec = randomSpec(seed, LaterPurchases.IGNORE);
              if (!anyBefore(log, spec)) {
                return;
              }
              RepeatSummaries s = ActivitySummaries.repeat(log, spec);
              RfmSummaries rfm = ActivitySummaries.rfm(log, spec);
              assertEquals(s.customers(), rfm.customers());
              for (int i = 0; i < s.size(); i++) {
                assertEquals(true, s.recency(i) <= s.age(i));
                assertEquals(true, s.frequency(i) < rfm.frequency(i));
                if (s.frequency(i) == 0) {
                  assertEquals(0.0, s.recency(i));
                  assertEquals(0.0, s.monetary(i));
                }
                assertEquals(true, rfm.recency(i) <= s.age(i) + TOLERANCE);
                assertEquals(rfm.monetaryTotal(i), rfm.monetaryMean(i) * rfm.frequency(i), 1e-6);
              }
              int purchases = 0;
              for (int r = 0; r < log.size(); r++) {
                if (!log.date(r).isAfter(spec.end())) {
                  purchases++;
                }
              }
              int counted = 0;
              for (int f : rfm.frequency()) {
                counted += f;
              }
              assertEquals(purchases, counted);
            });
  }

  @Test
  void rowOrderDoesNotMatter() {
    qt().withExamples(100)
        .forAll(longs().all(), integers().between(1, 80))
        .checkAssert(
            (seed, rows) -> {
              TransactionLog log = randomLog(seed, rows, true);
              SummarySpec spec = randomSpec(seed, LaterPurchases.IGNORE);
              if (!anyBefore(log, spec)) {
                return;
              }
              List<Transaction> shuffled = new ArrayList<>(log.toList());
              java.util.Collections.shuffle(shuffled, new Random(seed));
              // The customer table must keep its order for the rows to line up.
              TransactionLog.Builder b = TransactionLog.builder();
              log.customers().forEach(b::customer);
              shuffled.forEach(b::add);
              TransactionLog other = b.build();
              assertSame(
                  ActivitySummaries.repeat(log, spec), ActivitySummaries.repeat(other, spec));
              assertSame(ActivitySummaries.rfm(log, spec), ActivitySummaries.rfm(other, spec));
            });
  }

  @Test
  void anAdoptedLogGivesTheSameSummariesAsACopiedOne() {
    qt().withExamples(100)
        .forAll(longs().all(), integers().between(1, 80))
        .checkAssert(
            (seed, rows) -> {
              TransactionLog copied = randomLog(seed, rows, seed % 2 == 0);
              SummarySpec spec = randomSpec(seed, LaterPurchases.IGNORE);
              TransactionLog adopted =
                  TransactionLog.adopt(
                      copied.customers(),
                      copied.customerIndex(),
                      copied.epochDays(),
                      copied.amounts());
              assertEquals(copied, adopted);
              assertEquals(copied.isChronological(), adopted.isChronological());
              if (!anyBefore(copied, spec)) {
                return;
              }
              assertSame(
                  ActivitySummaries.repeat(copied, spec), ActivitySummaries.repeat(adopted, spec));
              assertSame(ActivitySummaries.rfm(copied, spec), ActivitySummaries.rfm(adopted, spec));
            });
  }

  @Test
  void collectorsGiveTheSameSummariesSequentiallyAndInParallel() {
    qt().withExamples(50)
        .forAll(longs().all(), integers().between(1, 300))
        .checkAssert(
            (seed, rows) -> {
              TransactionLog log = randomLog(seed, rows, false);
              SummarySpec spec =
                  SummarySpec.builder()
                      .from(randomSpec(seed, LaterPurchases.IGNORE))
                      .end(log.lastDate())
                      .build();
              List<Transaction> transactions = log.toList();
              // The collector indexes customers by first appearance, the log by its table.
              RepeatSummaries direct = ActivitySummaries.repeat(log, spec);
              RepeatSummaries sequential =
                  transactions.stream().collect(ActivitySummaries.repeatCollector(spec));
              assertEquals(
                  new java.util.HashSet<>(direct.toList()),
                  new java.util.HashSet<>(sequential.toList()));
              assertEquals(
                  sequential,
                  transactions.parallelStream().collect(ActivitySummaries.repeatCollector(spec)));
              RfmSummaries rfm = ActivitySummaries.rfm(log, spec);
              RfmSummaries parallelRfm =
                  transactions.parallelStream().collect(ActivitySummaries.rfmCollector(spec));
              assertEquals(
                  new java.util.HashSet<>(rfm.toList()),
                  new java.util.HashSet<>(parallelRfm.toList()));
            });
  }

  @Test
  void splittingTheLogByCustomerSplitsTheSummaries() {
    qt().withExamples(100)
        .forAll(longs().all(), integers().between(1, 80))
        .checkAssert(
            (seed, rows) -> {
              TransactionLog log = randomLog(seed, rows, false);
              SummarySpec spec = randomSpec(seed, LaterPurchases.IGNORE);
              if (!anyBefore(log, spec)) {
                return;
              }
              List<Transaction> even = new ArrayList<>();
              List<Transaction> odd = new ArrayList<>();
              for (int r = 0; r < log.size(); r++) {
                (log.customerIndex(r) % 2 == 0 ? even : odd).add(log.transaction(r));
              }
              Map<CustomerId, RepeatSummary> whole = new HashMap<>();
              ActivitySummaries.repeat(log, spec).toList().forEach(x -> whole.put(x.customer(), x));
              int rowsSeen = 0;
              for (List<Transaction> part : List.of(even, odd)) {
                if (part.isEmpty() || !anyBefore(TransactionLog.of(part), spec)) {
                  continue;
                }
                for (RepeatSummary x : ActivitySummaries.repeat(part, spec).toList()) {
                  assertEquals(whole.get(x.customer()), x);
                  rowsSeen++;
                }
              }
              assertEquals(whole.size(), rowsSeen);
            });
  }

  @Test
  void calibrationAndHoldoutAddUpToTheWhole() {
    qt().withExamples(100)
        .forAll(longs().all(), integers().between(1, 80), integers().between(1, 200))
        .checkAssert(
            (seed, rows, holdoutDays) -> {
              TransactionLog log = randomLog(seed, rows, seed % 2 == 0);
              SummarySpec spec =
                  SummarySpec.builder()
                      .from(randomSpec(seed, LaterPurchases.IGNORE))
                      .period(PurchasePeriod.DAY)
                      .build();
              if (!anyBefore(log, spec)) {
                return;
              }
              LocalDate holdoutEnd = spec.end().plusDays(holdoutDays);
              CalibrationHoldout split =
                  ActivitySummaries.calibrationHoldout(log, spec, holdoutEnd);
              assertSame(ActivitySummaries.repeat(log, spec), split.calibration());
              RepeatSummaries whole = ActivitySummaries.repeat(log, spec.atEnd(holdoutEnd));
              RfmSummaries before = ActivitySummaries.rfm(log, spec);
              RfmSummaries after = ActivitySummaries.rfm(log, spec.atEnd(holdoutEnd));
              Map<CustomerId, Integer> wholeRow = new HashMap<>();
              for (int i = 0; i < whole.size(); i++) {
                wholeRow.put(whole.customer(i), i);
              }
              Map<CustomerId, Integer> afterRow = new HashMap<>();
              for (int i = 0; i < after.size(); i++) {
                afterRow.put(after.customer(i), i);
              }
              for (int i = 0; i < split.size(); i++) {
                CustomerId c = split.calibration().customer(i);
                assertEquals(
                    whole.frequency(wholeRow.get(c)),
                    split.calibration().frequency(i) + split.holdoutFrequency()[i]);
                assertEquals(
                    after.monetaryTotal(afterRow.get(c)),
                    before.monetaryTotal(i) + split.holdoutValue()[i],
                    1e-6);
              }
            });
  }

  @Test
  void everyValueRoundTripsThroughJson() {
    qt().withExamples(60)
        .forAll(longs().all(), integers().between(1, 40))
        .checkAssert(
            (seed, rows) -> {
              TransactionLog log = randomLog(seed, rows, seed % 3 == 0);
              SummarySpec spec = randomSpec(seed, LaterPurchases.values()[(int) (seed & 1)]);
              roundTrip(log, TransactionLog.class);
              roundTrip(spec, SummarySpec.class);
              roundTrip(log.transaction(0), Transaction.class);
              SummarySpec ignore =
                  SummarySpec.builder().from(spec).laterPurchases(LaterPurchases.IGNORE).build();
              if (!anyBefore(log, ignore)) {
                return;
              }
              RepeatSummaries repeat = ActivitySummaries.repeat(log, ignore);
              roundTrip(repeat, RepeatSummaries.class);
              roundTrip(repeat.get(0), RepeatSummary.class);
              RfmSummaries rfm = ActivitySummaries.rfm(log, ignore);
              roundTrip(rfm, RfmSummaries.class);
              roundTrip(rfm.get(rfm.size() - 1), RfmSummary.class);
              roundTrip(
                  ActivitySummaries.calibrationHoldout(log, ignore, ignore.end().plusDays(30)),
                  CalibrationHoldout.class);
            });
  }

  private <T> void roundTrip(T value, Class<T> type) {
    try {
      String text = json.writeValueAsString(value);
      T back = json.readValue(text, type);
      assertEquals(value, back, text);
      assertEquals(value.hashCode(), back.hashCode());
      assertEquals(text, json.writeValueAsString(back));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
