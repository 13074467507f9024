/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.complaints.workflow.ClosureOutcome;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.Recurrence;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Interval;
import io.github.cx4j.core.Money;
import io.github.cx4j.core.concept.ComplaintCause;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplaintKpisTest {
  private static final long N = ComplaintColumns.NONE;
  private static final long DAY = 86_400;

  /** Five complaints with hand-computed KPIs. */
  private static ComplaintColumns five() {
    return new ComplaintColumns(
        new int[] {0, 0, 1, 0, 2},
        new int[] {0, 0, 0, 1, -1},
        List.of("food", "billing"),
        new long[] {0, 3 * DAY, 0, 5 * DAY, 10 * DAY},
        new long[] {3600, 3 * DAY + 7200, 600, N, 10 * DAY + 60},
        new long[] {7200, 3 * DAY + 7200, 1200, N, N},
        new long[] {DAY, 4 * DAY, 2 * DAY, N, N},
        new int[] {0, 1, 0, 0, 0},
        new int[] {0, 2, 0, 0, 1},
        new int[] {1, 0, 0, 0, 2},
        new byte[] {
          (byte) ClosureOutcome.UPHELD.ordinal(),
          (byte) ClosureOutcome.NOT_UPHELD.ordinal(),
          (byte) ClosureOutcome.RESOLVED.ordinal(),
          -1,
          (byte) ClosureOutcome.UPHELD.ordinal()
        },
        new byte[] {0, 0, 1, 0, -1},
        new byte[] {2, 1, 0, 0, -1},
        new double[] {10, 0, 5.5, 0, 0},
        new double[] {1.0, 0.5, -1, -1, 0.75});
  }

  @Test
  void handComputedKpis() {
    KpiReport r = ComplaintKpis.of(five(), KpiOptions.defaults().withCustomers(1000));
    assertEquals(5, r.complaints());
    assertEquals(3, r.distinctCustomers());
    assertEquals(5.0, r.per1000Customers().orElseThrow(), 1e-12);
    // customer 0 / food: complaints at day 0 and day 3 -> the first has a repeat within 7 days
    assertEquals(4, r.firstContactResolution().count());
    assertEquals(0.8, r.firstContactResolution().value(), 1e-12);
    // acknowledge: 3600, 7200, 600, 60 -> median 2100, p90 = 3600 + 0.7 * 3600 = 6120
    assertEquals(4, r.timeToAcknowledge().n());
    assertEquals(Duration.ofSeconds(2100), r.timeToAcknowledge().median());
    assertEquals(Duration.ofSeconds(6120), r.timeToAcknowledge().p90());
    assertEquals(Duration.ofSeconds(7200), r.timeToFirstResponse().median());
    assertEquals(Duration.ofSeconds(DAY), r.timeToResolution().median());
    assertEquals(Duration.ofSeconds(DAY + DAY * 8 / 10), r.timeToResolution().p90());
    assertEquals(0.2, r.reopenRate().value(), 1e-12);
    assertEquals(0.4, r.bounceRate().value(), 1e-12);
    assertEquals(0.6, r.meanBounces(), 1e-12);
    assertEquals(0.4, r.escalationRate().value(), 1e-12);
    assertEquals(2, r.upheldRate().count());
    assertEquals(3, r.upheldRate().n());
    assertEquals(Map.of("CNY", Money.of("15.50", "CNY")), r.redressPaid());
    assertEquals(3, r.satisfactionAfterResolution().n());
    assertEquals(0.75, r.satisfactionAfterResolution().mean(), 1e-12);
    assertEquals(0.25 / Math.sqrt(3), r.satisfactionAfterResolution().standardError(), 1e-12);
    assertEquals(1, r.unassessed());
    assertEquals(
        1L, r.recurrenceByRootCause().get(ComplaintCause.COMPANY).get(Recurrence.SYSTEMIC));
    assertEquals(2, r.recurringShareByRootCause().get(ComplaintCause.COMPANY).count());
    assertEquals(3, r.recurringShareByRootCause().get(ComplaintCause.COMPANY).n());
    KpiReport narrow = ComplaintKpis.of(five(), KpiOptions.defaults().withRepeatWindowDays(2));
    assertEquals(5, narrow.firstContactResolution().count());
    assertTrue(narrow.per1000Customers().isEmpty());
  }

  @Test
  void wilsonIntervalsMatchPublishedValues() {
    // Newcombe (1998), Table I: 81/263 -> 0.2553 to 0.3662; 0/10 -> 0 to 0.2775
    Rate a = Rate.of(81, 263);
    assertEquals(0.2553, a.interval().low(), 5e-5);
    assertEquals(0.3662, a.interval().high(), 5e-5);
    Rate b = Rate.of(0, 10);
    assertEquals(0.0, b.interval().low(), 1e-12);
    assertEquals(0.2775, b.interval().high(), 5e-5);
    assertEquals(new Rate(0, 0, 0, new Interval(0, 1)), Rate.of(0, 0));
  }

  @Test
  void eventsStatesAndColumnsAgree() {
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    List<ComplaintEvent> events = SyntheticHistory.generate(600, 250, start, 7);
    assertEquals(events, SyntheticHistory.generate(600, 250, start, 7));
    KpiOptions options = KpiOptions.defaults().withCustomers(15_000);
    KpiReport fromEvents = ComplaintKpis.fromEvents(events, options);
    List<Complaint> states = new ArrayList<>(ComplaintKpis.replayAll(events).values());
    assertEquals(fromEvents, ComplaintKpis.of(states, options));
    assertEquals(600, fromEvents.complaints());
    assertEquals(40.0, fromEvents.per1000Customers().orElseThrow(), 1e-9);
    assertTrue(fromEvents.firstContactResolution().value() < 1.0);
    assertTrue(fromEvents.firstContactResolution().value() > 0.5);
    assertTrue(fromEvents.bounceRate().value() > 0);
    assertTrue(fromEvents.escalationRate().value() > 0);
    assertTrue(fromEvents.reopenRate().value() > 0);
    assertTrue(
        fromEvents.timeToResolution().p90().compareTo(fromEvents.timeToResolution().median()) >= 0);
    // the order of complaints does not matter
    List<Complaint> shuffled = new ArrayList<>(states);
    Collections.shuffle(shuffled, new java.util.Random(3));
    KpiReport again = ComplaintKpis.of(shuffled, options);
    assertEquals(fromEvents, states.parallelStream().collect(ComplaintKpis.collector(options)));
    KpiAccumulator left = ComplaintKpis.accumulator();
    KpiAccumulator right = ComplaintKpis.accumulator();
    for (int i = 0; i < shuffled.size(); i++) {
      (i % 3 == 0 ? left : right).add(shuffled.get(i));
    }
    KpiReport merged = right.merge(left).result(options);
    assertEquals(600, right.size());
    assertEquals(fromEvents.firstContactResolution(), merged.firstContactResolution());
    assertEquals(fromEvents.timeToResolution(), merged.timeToResolution());
    assertEquals(fromEvents.upheldRate(), merged.upheldRate());
    assertEquals(fromEvents.firstContactResolution(), again.firstContactResolution());
    assertEquals(fromEvents.timeToAcknowledge(), again.timeToAcknowledge());
    assertEquals(fromEvents.redressPaid(), again.redressPaid());
  }

  @Test
  void orderByTimeFallsBackForHugeSpans() {
    long[] times = {Long.MAX_VALUE - 5, Long.MIN_VALUE + 7, 0, 0};
    assertEquals(List.of(1, 2, 3, 0), toList(ComplaintKpis.orderByTime(times)));
    assertEquals(List.of(2, 0, 1), toList(ComplaintKpis.orderByTime(new long[] {5, 9, 1})));
  }

  private static List<Integer> toList(int[] a) {
    List<Integer> l = new ArrayList<>();
    for (int x : a) {
      l.add(x);
    }
    return l;
  }

  @Test
  void badColumnsAndOptions() {
    assertEquals(
        "ComplaintColumns.length must be 1 in every column, was 0",
        assertThrows(
                CxValidationException.class,
                () ->
                    new ComplaintColumns(
                        new int[1],
                        new int[0],
                        List.of(),
                        new long[1],
                        new long[1],
                        new long[1],
                        new long[1],
                        new int[1],
                        new int[1],
                        new int[1],
                        new byte[1],
                        new byte[1],
                        new byte[1],
                        new double[1],
                        new double[1]))
            .getMessage());
    ComplaintColumns early =
        new ComplaintColumns(
            new int[] {0},
            new int[] {0},
            List.of("x"),
            new long[] {100},
            new long[] {50},
            new long[] {N},
            new long[] {N},
            new int[1],
            new int[1],
            new int[1],
            new byte[] {-1},
            new byte[] {-1},
            new byte[] {-1},
            new double[1],
            new double[] {-1});
    assertEquals(
        "ComplaintColumns.acknowledgedAt[0] must not precede receivedAt 100, was 50",
        assertThrows(
                CxValidationException.class, () -> ComplaintKpis.of(early, KpiOptions.defaults()))
            .getMessage());
    assertEquals(
        "KpiOptions.repeatWindowDays must be at least 1, was 0",
        assertThrows(
                CxValidationException.class, () -> KpiOptions.defaults().withRepeatWindowDays(0))
            .getMessage());
    assertEquals(
        "KpiOptions.customers must be at least 1, was 0",
        assertThrows(CxValidationException.class, () -> KpiOptions.defaults().withCustomers(0))
            .getMessage());
    KpiReport empty =
        ComplaintKpis.of(
            ComplaintColumns.of(List.of(), Money.currency("CNY")), KpiOptions.defaults());
    assertEquals(0, empty.complaints());
    assertEquals(Duration.ZERO, empty.timeToResolution().median());
    assertEquals(0, empty.satisfactionAfterResolution().n());
  }

  @Test
  void icebergUsesTheSeedsFourPercent() {
    IcebergEstimate e = Iceberg.estimate(100);
    assertEquals(2500, e.dissatisfied(), 1e-9);
    assertEquals(2400, e.silent(), 1e-9);
    assertEquals(1250, e.tellers(), 1e-9);
    assertEquals(11250, e.wordOfMouthReach(), 1e-9);
    IcebergEstimate custom = Iceberg.estimate(10, 0.10, 0.2, 3);
    assertEquals(100, custom.dissatisfied(), 1e-9);
    assertEquals(60, custom.wordOfMouthReach(), 1e-9);
    assertTrue(Iceberg.caveat(Locale.ENGLISH).contains("4%"));
    assertTrue(Iceberg.caveat(Locale.CHINESE).contains("4%"));
    assertEquals(
        "Iceberg.complaintRate must be within (0, 1], was 0.0",
        assertThrows(CxValidationException.class, () -> Iceberg.estimate(1, 0, 0.5, 9))
            .getMessage());
    assertThrows(CxValidationException.class, () -> Iceberg.estimate(-1));
    assertThrows(CxValidationException.class, () -> Iceberg.estimate(1, 0.1, 2, 9));
    assertThrows(CxValidationException.class, () -> Iceberg.estimate(1, 0.1, 0.5, -1));
  }

  @Test
  void recoveryAnalysisFromComplaints() {
    List<ComplaintEvent> events =
        SyntheticHistory.generate(600, 250, Instant.parse("2026-01-01T00:00:00Z"), 3);
    List<Complaint> states = new ArrayList<>(ComplaintKpis.replayAll(events).values());
    java.util.Random rnd = new java.util.Random(1);
    double[] noFailure = new double[300];
    for (int i = 0; i < noFailure.length; i++) {
      noFailure[i] = Math.min(1, Math.max(0, 0.6 + 0.2 * rnd.nextGaussian()));
    }
    io.github.cx4j.complaints.recovery.RecoveryParadoxResult r =
        RecoveryAnalysis.paradox(states, noFailure, 0.95);
    assertTrue(r.recovered().n() > 50, r.toString());
    assertTrue(r.notRecovered().isPresent());
    io.github.cx4j.complaints.recovery.MeanDifference change =
        RecoveryAnalysis.beforeAfter(states, 0.95);
    // the generator scores 1..3 before and mostly 3..5 after: satisfaction rises
    assertTrue(change.interval().low() > 0, change.toString());
  }

  @Test
  void reportBuilderNamesTheMissingFieldAndCopies() {
    KpiReport report = ComplaintKpis.of(five(), KpiOptions.defaults());
    assertEquals(report, KpiReport.builder().from(report).build());
    KpiReport changed = KpiReport.builder().from(report).unassessed(99).build();
    assertEquals(99, changed.unassessed());
    assertEquals(report.reopenRate(), changed.reopenRate());
    io.github.cx4j.core.CxValidationException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            io.github.cx4j.core.CxValidationException.class,
            () -> KpiReport.builder().complaints(1).build());
    assertEquals("KpiReport.firstContactResolution must be set before build()", e.getMessage());
  }
}
