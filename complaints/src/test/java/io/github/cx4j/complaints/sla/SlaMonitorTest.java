/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cx4j.complaints.kpi.Rate;
import io.github.cx4j.complaints.kpi.SlaAttainment;
import io.github.cx4j.complaints.workflow.Channel;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.complaints.workflow.InMemoryEventStore;
import io.github.cx4j.complaints.workflow.Register;
import io.github.cx4j.complaints.workflow.Severity;
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.complaints.workflow.SubStatus;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaMonitorTest {
  static final Employee DESK = Employee.of("alice", "front-desk");
  static final Instant NOW = Instant.parse("2026-01-05T13:30:00Z");

  static SlaPolicy policy() {
    return SlaPolicy.builder()
        .id("test")
        .version(1)
        .effectiveFrom(Instant.parse("2025-01-01T00:00:00Z"))
        .calendar("all-day")
        .putPause(SlaMetric.RESOLUTION, Set.of(SlaStatus.PENDING))
        .addRules(
            SlaRule.builder()
                .name("all")
                .addTargets(
                    SlaTarget.of(SlaMetric.ACKNOWLEDGEMENT, Duration.ofHours(1)),
                    SlaTarget.of(SlaMetric.FIRST_RESPONSE, Duration.ofHours(4)),
                    SlaTarget.of(SlaMetric.RESOLUTION, Duration.ofHours(16)))
                .build())
        .build();
  }

  static List<ComplaintEvent> complaint(String id, Object... timedCommands) {
    ComplaintId cid = ComplaintId.of(id);
    List<Object[]> script = new ArrayList<>();
    Register register =
        Register.of(
            Channel.PHONE, "parcel", "It is late", "Ms. Li", "li@example.com", Severity.LOW);
    for (int i = 0; i < timedCommands.length; i += 2) {
      Instant at = Instant.parse((String) timedCommands[i]);
      Object c = timedCommands[i + 1];
      ComplaintCommand command =
          switch ((String) c) {
            case "receive" ->
                new ComplaintCommand.Receive(
                    cid, CustomerId.of("c-" + id), DESK, register, Optional.empty());
            case "ack" -> new ComplaintCommand.Acknowledge(cid, DESK);
            case "respond" -> new ComplaintCommand.Respond(cid, DESK, "sorry");
            case "pending" ->
                new ComplaintCommand.ChangeStatus(
                    cid, DESK, SubStatus.defaultOf(StatusCategory.PENDING));
            default -> throw new IllegalArgumentException((String) c);
          };
      script.add(new Object[] {at, command});
    }
    return SlaInputsTest.run(script);
  }

  static final List<ComplaintEvent> A =
      complaint("A", "2026-01-05T10:00:00Z", "receive", "2026-01-05T10:05:00Z", "ack");
  static final List<ComplaintEvent> B =
      complaint(
          "B",
          "2026-01-05T10:00:00Z",
          "receive",
          "2026-01-05T10:30:00Z",
          "respond",
          "2026-01-05T11:10:00Z",
          "pending");
  static final List<ComplaintEvent> C = complaint("C", "2026-01-05T08:00:00Z", "receive");

  private static SlaMonitor monitor() {
    return SlaMonitor.of(policy(), BusinessCalendarTest.allDay(ZoneId.of("UTC")));
  }

  @Test
  void eachTargetReportsRunningPausedBreachedOrMetWithDueAndRemaining() {
    ComplaintClocks a = monitor().clocks(A, NOW);
    assertEquals("A", a.complaintId());
    assertEquals(
        List.of("ACKNOWLEDGEMENT MET", "FIRST_RESPONSE RUNNING", "RESOLUTION RUNNING"),
        a.clocks().stream().map(c -> c.target() + " " + c.status()).toList());
    ClockStatus first = a.clock("FIRST_RESPONSE").orElseThrow();
    assertEquals(Optional.of(Instant.parse("2026-01-05T14:00:00Z")), first.due());
    assertEquals(Duration.ofMinutes(30), first.remaining());
    assertEquals(Optional.empty(), a.clock("ACKNOWLEDGEMENT").orElseThrow().due());
    ComplaintClocks b = monitor().clocks(B, NOW);
    assertEquals(ClockStatus.Status.PAUSED, b.clock("RESOLUTION").orElseThrow().status());
    assertEquals(ClockStatus.Status.MET, b.clock("FIRST_RESPONSE").orElseThrow().status());
    ComplaintClocks c = monitor().clocks(C, NOW);
    assertEquals(ClockStatus.Status.BREACHED, c.clock("ACKNOWLEDGEMENT").orElseThrow().status());
    assertEquals(Duration.ZERO, c.clock("ACKNOWLEDGEMENT").orElseThrow().remaining());
  }

  @Test
  void aStoreIsAskedWhichComplaintsBreachWithinAnHour() {
    InMemoryEventStore store = new InMemoryEventStore();
    for (List<ComplaintEvent> events : List.of(A, B, C)) {
      store.append(events.get(0).complaintId(), 0, events);
    }
    List<ComingBreach> soon = monitor().breachingWithin(store, Duration.ofHours(1), Set.of(), NOW);
    assertEquals(
        List.of(
            new ComingBreach(
                "A",
                "FIRST_RESPONSE",
                Instant.parse("2026-01-05T14:00:00Z"),
                Duration.ofMinutes(30),
                Duration.ofMinutes(30))),
        soon);
    assertEquals(
        List.of(),
        monitor().breachingWithin(store, Duration.ofHours(1), Set.of("RESOLUTION"), NOW));
    assertEquals(3, monitor().breachingWithin(store, Duration.ofHours(20), Set.of(), NOW).size());
    assertEquals(
        "SlaMonitor.within must be zero or positive, was PT-1H",
        assertThrows(
                CxValidationException.class,
                () -> SlaMonitor.breachingWithin(List.of(), Duration.ofHours(-1), Set.of()))
            .getMessage());
  }

  @Test
  void attainmentCountsDecidedClocksWithWilsonIntervals() {
    Map<String, Rate> attainment =
        SlaAttainment.of(
            List.of(monitor().clocks(A, NOW), monitor().clocks(B, NOW), monitor().clocks(C, NOW)));
    assertEquals(Rate.of(2, 3), attainment.get("ACKNOWLEDGEMENT"));
    assertEquals(Rate.of(1, 2), attainment.get("FIRST_RESPONSE"));
    assertEquals(Rate.of(0, 0), attainment.get("RESOLUTION"));
  }

  @Test
  void aCalendarThatDoesNotReachNowIsNamedWithTheComplaint() {
    BusinessCalendar limited =
        BusinessCalendarTest.allDay(ZoneId.of("UTC"))
            .named("short")
            .withHolidays(ChinaHolidays.official(), 2025, 2025, BusinessCalendarTest.OFFICE);
    InMemoryEventStore store = new InMemoryEventStore();
    store.append(ComplaintId.of("A"), 0, A);
    CxValidationException e =
        assertThrows(
            CxValidationException.class, () -> SlaMonitor.of(policy(), limited).clocks(store, NOW));
    assertEquals(
        "complaint A: BusinessCalendar short has holiday data from 2025-01-01 through 2025-12-31;"
            + " the start 2026-01-05T10:00:00Z (2026-01-05 local) is after it: load the holidays of"
            + " 2026 (HolidayTable, withHolidays) or opt in with allowingBeyondCoverage()",
        e.getMessage());
  }
}
