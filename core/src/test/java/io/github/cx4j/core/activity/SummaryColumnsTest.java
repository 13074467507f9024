/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The column plumbing that {@link RepeatSummaries} and {@link RfmSummaries} share: exact JSON text,
 * validation messages, equality on every field, hash codes and the copies the accessors return.
 */
class SummaryColumnsTest {
  private static final CustomerId A = CustomerId.of("a");
  private static final CustomerId B = CustomerId.of("b");
  private static final List<CustomerId> AB = List.of(A, B);
  private static final LocalDate END = LocalDate.of(2024, 1, 31);
  private static final Duration DAY = Duration.ofDays(1);
  private final ObjectMapper json = CxJson.mapper();

  private static RepeatSummaries repeat(double monetary) {
    return RepeatSummaries.of(
        List.of(A, B),
        END,
        DAY,
        PurchasePeriod.DAY,
        new int[] {2, 0},
        new double[] {3, 0},
        new double[] {4, 1},
        new double[] {monetary, 0});
  }

  private static RfmSummaries rfm(double mean) {
    return RfmSummaries.of(
        List.of(A, B),
        END,
        DAY,
        new double[] {1, 5},
        new int[] {2, 1},
        new double[] {10, 3},
        new double[] {mean, 3});
  }

  @Test
  void jsonTextIsStable() throws Exception {
    assertEquals(
        "{\"age\":[4.0,1.0],\"customers\":[\"a\",\"b\"],\"end\":\"2024-01-31\","
            + "\"frequency\":[2,0],\"monetary\":[7.5,0.0],\"period\":\"DAY\","
            + "\"recency\":[3.0,0.0],\"unit\":\"PT24H\"}",
        json.writeValueAsString(repeat(7.5)));
    assertEquals(
        "{\"analysisDate\":\"2024-01-31\",\"customers\":[\"a\",\"b\"],\"frequency\":[2,1],"
            + "\"monetaryMean\":[5.0,3.0],\"monetaryTotal\":[10.0,3.0],\"recency\":[1.0,5.0],"
            + "\"unit\":\"PT24H\"}",
        json.writeValueAsString(rfm(5)));
  }

  @Test
  void summariesFromTheLogAndFromColumnsAreEqual() throws Exception {
    TransactionLog log =
        TransactionLog.builder()
            .add(B, LocalDate.of(2024, 1, 2), 1)
            .add(A, LocalDate.of(2024, 1, 5), 4)
            .add(A, LocalDate.of(2024, 1, 9), 6)
            .build();
    SummarySpec spec = SummarySpec.of(END, DAY);
    RepeatSummaries fromLog = ActivitySummaries.repeat(log, spec);
    RepeatSummaries fromColumns =
        RepeatSummaries.of(
            fromLog.customers(),
            fromLog.end(),
            fromLog.unit(),
            fromLog.period(),
            fromLog.frequency(),
            fromLog.recency(),
            fromLog.age(),
            fromLog.monetary());
    assertEquals(fromLog, fromColumns);
    assertEquals(fromLog.hashCode(), fromColumns.hashCode());
    assertEquals(List.of(B, A), fromLog.customers());
    assertEquals(A, fromLog.customer(1));
    RfmSummaries rfm = ActivitySummaries.rfm(log, spec);
    RfmSummaries rfmColumns =
        RfmSummaries.of(
            rfm.customers(),
            rfm.analysisDate(),
            rfm.unit(),
            rfm.recency(),
            rfm.frequency(),
            rfm.monetaryTotal(),
            rfm.monetaryMean());
    assertEquals(rfm, rfmColumns);
    assertEquals(rfm.hashCode(), rfmColumns.hashCode());
    assertEquals(
        json.writeValueAsString(rfm),
        json.writeValueAsString(json.readValue(json.writeValueAsString(rfm), RfmSummaries.class)));
  }

  @Test
  void hashCodesFollowTheFieldsInOrder() {
    RepeatSummaries r = repeat(7.5);
    assertEquals(
        Objects.hash(
            r.end(),
            r.unit(),
            r.period(),
            r.customers(),
            Arrays.hashCode(r.frequency()),
            Arrays.hashCode(r.recency()),
            Arrays.hashCode(r.age()),
            Arrays.hashCode(r.monetary())),
        r.hashCode());
    RfmSummaries f = rfm(5);
    assertEquals(
        Objects.hash(
            f.analysisDate(),
            f.unit(),
            f.customers(),
            Arrays.hashCode(f.recency()),
            Arrays.hashCode(f.frequency()),
            Arrays.hashCode(f.monetaryTotal()),
            Arrays.hashCode(f.monetaryMean())),
        f.hashCode());
  }

  @Test
  void everyFieldTakesPartInEquality() {
    RepeatSummaries r = repeat(7.5);
    assertEquals(r, repeat(7.5));
    assertNotEquals(r, rfm(5));
    int[] x = {2, 0};
    double[] tx = {3, 0};
    double[] t = {4, 1};
    double[] m = {7.5, 0};
    PurchasePeriod d = PurchasePeriod.DAY;
    for (RepeatSummaries other :
        List.of(
            repeat(7.25),
            RepeatSummaries.of(List.of(B, A), END, DAY, d, x, tx, t, m),
            RepeatSummaries.of(AB, END.plusDays(1), DAY, d, x, tx, t, m),
            RepeatSummaries.of(AB, END, Duration.ofDays(7), d, x, tx, t, m),
            RepeatSummaries.of(AB, END, DAY, PurchasePeriod.MONTH, x, tx, t, m),
            RepeatSummaries.of(AB, END, DAY, d, new int[] {1, 0}, tx, t, m),
            RepeatSummaries.of(AB, END, DAY, d, x, new double[] {2, 0}, t, m),
            RepeatSummaries.of(AB, END, DAY, d, x, tx, new double[] {5, 1}, m))) {
      assertNotEquals(r, other);
    }
    RfmSummaries f = rfm(5);
    assertEquals(f, rfm(5));
    assertNotEquals(f, r);
    double[] rec = {1, 5};
    int[] freq = {2, 1};
    double[] total = {10, 3};
    double[] mean = {5, 3};
    for (RfmSummaries other :
        List.of(
            rfm(6),
            RfmSummaries.of(List.of(B, A), END, DAY, rec, freq, total, mean),
            RfmSummaries.of(AB, END.minusDays(1), DAY, rec, freq, total, mean),
            RfmSummaries.of(AB, END, Duration.ofDays(7), rec, freq, total, mean),
            RfmSummaries.of(AB, END, DAY, new double[] {2, 5}, freq, total, mean),
            RfmSummaries.of(AB, END, DAY, rec, new int[] {3, 1}, total, mean),
            RfmSummaries.of(AB, END, DAY, rec, freq, new double[] {11, 3}, mean))) {
      assertNotEquals(f, other);
    }
  }

  @Test
  void columnsAreCopiedInAndOut() {
    int[] frequency = {2, 1};
    double[] recency = {1, 5};
    RfmSummaries f =
        RfmSummaries.of(
            List.of(A, B), END, DAY, recency, frequency, new double[] {10, 3}, new double[] {5, 3});
    frequency[0] = 9;
    recency[0] = 9;
    f.frequency()[1] = 9;
    f.monetaryMean()[1] = 9;
    assertEquals(rfm(5), f);
    RepeatSummaries r = repeat(7.5);
    r.age()[0] = 0;
    r.monetary()[0] = 0;
    assertEquals(repeat(7.5), r);
    assertThrows(UnsupportedOperationException.class, () -> r.customers().set(0, B));
    assertThrows(UnsupportedOperationException.class, () -> f.toList().add(f.get(0)));
    assertEquals(2, f.toList().size());
    assertEquals(RepeatSummary.of(B, 0, 0, 1, 0), r.toList().get(1));
  }

  private static void assertRejected(String message, Executable build) {
    assertEquals(message, assertThrows(CxValidationException.class, build).getMessage());
  }

  @Test
  void badColumnsNameTheField() {
    PurchasePeriod d = PurchasePeriod.DAY;
    int[] none = {0, 0};
    double[] zero = {0, 0};
    assertRejected(
        "RepeatSummaries.age must have 2 rows, was 1",
        () -> RepeatSummaries.of(AB, END, DAY, d, none, zero, new double[] {1}, zero));
    assertRejected(
        "RepeatSummaries.customers must hold distinct customers, was [a, a]",
        () ->
            RepeatSummaries.of(List.of(A, A), END, DAY, d, none, zero, new double[] {1, 1}, zero));
    double[] rec = {1, 5};
    int[] freq = {2, 1};
    double[] total = {10, 3};
    double[] mean = {5, 3};
    assertRejected(
        "RfmSummaries.monetaryMean must have 2 rows, was 3",
        () -> RfmSummaries.of(AB, END, DAY, rec, freq, total, new double[] {5, 3, 1}));
    assertRejected(
        "RfmSummaries.recency must have 2 rows, was 1",
        () -> RfmSummaries.of(AB, END, DAY, new double[] {1}, freq, total, mean));
    assertRejected(
        "RfmSummaries.customers must hold distinct customers, was [b, b]",
        () -> RfmSummaries.of(List.of(B, B), END, DAY, rec, freq, total, mean));
    assertRejected(
        "RfmSummaries.frequency[1] must be at least 1, was 0",
        () -> RfmSummaries.of(AB, END, DAY, rec, new int[] {2, 0}, total, mean));
  }

  @Test
  void toStringNamesSizeAndSpec() {
    assertEquals(
        "RepeatSummaries{2 customers, end 2024-01-31, unit PT24H, period DAY}",
        repeat(7.5).toString());
    assertEquals(
        "RfmSummaries{2 customers, analysis date 2024-01-31, unit PT24H}", rfm(5).toString());
  }
}
