/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cx4j.complaints.workflow.ClosureOutcome;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.Decision;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.complaints.workflow.Impact;
import io.github.cx4j.complaints.workflow.Recurrence;
import io.github.cx4j.complaints.workflow.RootCause;
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.complaints.workflow.SubStatus;
import io.github.cx4j.complaints.workflow.Urgency;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.concept.ComplaintCause;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link SlaMonitor#clocks(List, Instant)} takes a path of its own that builds no report; for
 * random complaint histories, policy histories (targets per priority, regulatory clocks, pauses,
 * reopen and priority-change modes, versions applied forward or retroactively, warnings and
 * escalations) and calendars (business hours, calendar time, limited holiday coverage), it gives
 * what the latest clock of each target in the full report gives, and fails with the same message
 * where the report fails.
 */
class ClocksOnlyProperties {
  private static final Employee DESK = Employee.of("alice", "front-desk");
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** What {@code clocks} gave before it had a path of its own: the report, reduced. */
  static ComplaintClocks fromReport(SlaMonitor monitor, List<ComplaintEvent> events, Instant now) {
    if (events.get(0).at().isAfter(now)) {
      return new ComplaintClocks(events.get(0).complaintId().value(), now, List.of());
    }
    SlaReport report = monitor.report(events, now);
    Map<String, ClockStatus> latest = new LinkedHashMap<>();
    for (SlaClock clock : report.clocks()) {
      latest.remove(clock.name());
      latest.put(clock.name(), ClockStatus.of(clock));
    }
    return new ComplaintClocks(report.complaintId(), now, new ArrayList<>(latest.values()));
  }

  static List<ComplaintEvent> history(Random random, String id) {
    ComplaintWorkflow wf = ComplaintWorkflow.standard();
    ComplaintId cid = ComplaintId.of(id);
    List<ComplaintEvent> events = new ArrayList<>();
    Optional<Complaint> state = Optional.empty();
    Instant now = T0.plusSeconds(random.nextInt(7 * 86_400));
    List<ComplaintCommand> commands = new ArrayList<>();
    commands.add(
        new ComplaintCommand.Receive(
            cid,
            CustomerId.of("c"),
            DESK,
            ReplayAndMappingProperties.SlaMonitorTestRegister.REGISTER,
            Optional.empty()));
    int n = random.nextInt(14);
    for (int i = 0; i < n; i++) {
      commands.add(
          switch (random.nextInt(10)) {
            case 0 -> new ComplaintCommand.Respond(cid, DESK, "r" + i);
            case 1 -> new ComplaintCommand.RecordCustomerReply(cid, "c" + i);
            case 2 ->
                new ComplaintCommand.ChangeStatus(
                    cid, DESK, SubStatus.defaultOf(StatusCategory.PENDING));
            case 3 ->
                new ComplaintCommand.ChangeStatus(
                    cid, DESK, SubStatus.defaultOf(StatusCategory.ON_HOLD));
            case 4 ->
                new ComplaintCommand.ChangeStatus(
                    cid, DESK, SubStatus.defaultOf(StatusCategory.OPEN));
            case 5 -> new ComplaintCommand.Solve(cid, DESK, ClosureOutcome.UPHELD, "d" + i);
            case 6 -> new ComplaintCommand.Reopen(cid, DESK, "again", Optional.empty());
            case 7 -> new ComplaintCommand.Acknowledge(cid, DESK);
            case 8 ->
                new ComplaintCommand.RecordMergeReceived(
                    cid,
                    DESK,
                    ComplaintId.of("M" + i),
                    Map.of(
                        random.nextBoolean() ? "RESOLUTION" : "FIRST_RESPONSE",
                        now.plusSeconds(random.nextInt(200_000) - 50_000)));
            default ->
                new ComplaintCommand.Assess(
                    cid,
                    DESK,
                    random.nextBoolean() ? "service" : "billing",
                    RootCause.of(ComplaintCause.COMPANY, true, Recurrence.SINGLE),
                    Impact.values()[random.nextInt(Impact.values().length)],
                    Urgency.values()[random.nextInt(Urgency.values().length)]);
          });
    }
    for (ComplaintCommand c : commands) {
      now = now.plusSeconds(random.nextInt(4) == 0 ? 0 : 60 + random.nextInt(30_000));
      Decision d = wf.decide(state, c, now);
      for (ComplaintEvent e : d.events()) {
        state = Optional.of(ComplaintWorkflow.evolve(state, e));
        events.add(e);
      }
    }
    return events;
  }

  private static Duration hours(Random random) {
    return Duration.ofMinutes(10 + random.nextInt(60 * 48));
  }

  private static SlaTarget target(Random random, SlaMetric metric, Optional<SlaPriority> priority) {
    SlaTarget.Builder b =
        SlaTarget.builder()
            .metric(metric)
            .target(hours(random))
            .basis(random.nextInt(4) == 0 ? TimeBasis.CALENDAR : TimeBasis.BUSINESS);
    priority.ifPresent(b::priority);
    if (metric == SlaMetric.REGULATORY) {
      b.name("REG-" + random.nextInt(2));
      b.stopsWith(
          List.of(SlaMetric.RESOLUTION, SlaMetric.FIRST_RESPONSE, SlaMetric.ACKNOWLEDGEMENT)
              .get(random.nextInt(3)));
    }
    if (random.nextInt(3) == 0) {
      b.warning(SlaMark.atShare("warn", 0.5 + random.nextInt(40) / 100.0));
    }
    if (random.nextInt(3) == 0) {
      b.addEscalations(SlaMark.after("late", Duration.ofHours(1 + random.nextInt(30))));
    }
    return b.build();
  }

  private static List<SlaTarget> targets(Random random) {
    List<SlaTarget> out = new ArrayList<>();
    for (SlaMetric metric : SlaMetric.values()) {
      if (random.nextInt(3) == 0) {
        continue;
      }
      out.add(target(random, metric, Optional.empty()));
      // per-priority targets too, regulatory ones included (a cycle at another priority starts no
      // clock for them)
      if (random.nextBoolean()) {
        SlaPriority p = SlaPriority.values()[random.nextInt(SlaPriority.values().length)];
        out.add(target(random, metric, Optional.of(p)));
      }
    }
    return out;
  }

  private static SlaPolicy version(Random random, int version, Instant from) {
    SlaPolicy.Builder b =
        SlaPolicy.builder()
            .id("p")
            .version(version)
            .effectiveFrom(from)
            .calendar(random.nextBoolean() ? "office" : "round")
            .putTeamCalendar("front-desk", random.nextBoolean() ? "office" : "round")
            .runningClocks(RunningClockRule.values()[random.nextInt(3)])
            .reopen(ReopenMode.values()[random.nextInt(ReopenMode.values().length)])
            .priorityChange(PriorityChangeMode.values()[random.nextInt(2)]);
    for (SlaMetric metric : SlaMetric.values()) {
      if (random.nextInt(3) == 0) {
        b.putPause(
            metric,
            random.nextBoolean()
                ? Set.of(SlaStatus.PENDING)
                : Set.of(SlaStatus.PENDING, SlaStatus.ON_HOLD));
      }
    }
    if (random.nextBoolean()) {
      b.addRules(
          SlaRule.builder()
              .name("service")
              .putWhen("category", Set.of("service"))
              .addAllTargets(targets(random))
              .build());
    }
    b.addRules(SlaRule.builder().name("all").addAllTargets(targets(random)).build());
    return b.build();
  }

  static SlaMonitor monitor(Random random) {
    List<SlaPolicy> versions = new ArrayList<>();
    versions.add(version(random, 1, Instant.parse("2025-01-01T00:00:00Z")));
    if (random.nextBoolean()) {
      versions.add(version(random, 2, T0.plusSeconds(random.nextInt(14 * 86_400))));
    }
    BusinessCalendar office =
        BusinessCalendar.weekly(
            SHANGHAI,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            List.of(TimeRange.of("09:00", "12:00"), TimeRange.of("13:00", "18:00")));
    if (random.nextInt(3) == 0) {
      // holiday data that ends within the histories: some evaluations fail
      office =
          BusinessCalendar.builder()
              .from(office)
              .coveredThrough(LocalDate.parse("2026-03-02").plusDays(random.nextInt(30)))
              .build();
    }
    BusinessCalendar round =
        BusinessCalendar.weekly(
            ZoneId.of("UTC"),
            EnumSet.allOf(DayOfWeek.class),
            List.of(TimeRange.of("00:00", "24:00")));
    Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
    calendars.put("office", office);
    if (random.nextInt(8) != 0) {
      calendars.put("round", round); // else a missing calendar for some
    }
    return SlaMonitor.of(new SlaPolicyHistory(versions), calendars);
  }

  @Test
  void theClocksOnlyPathGivesTheLatestClocksOfTheReport() {
    int[] outcomes = new int[2];
    qt().withExamples(1500)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              List<ComplaintEvent> events = history(random, "A");
              SlaMonitor monitor = monitor(random);
              Instant last = events.get(events.size() - 1).at();
              Instant now =
                  random.nextInt(10) == 0
                      ? events.get(0).at().minusSeconds(1)
                      : last.plusSeconds(random.nextInt(200_000) - 40_000);
              ComplaintClocks expected;
              try {
                expected = fromReport(monitor, events, now);
              } catch (CxValidationException e) {
                outcomes[1]++;
                CxValidationException actual =
                    assertThrows(CxValidationException.class, () -> monitor.clocks(events, now));
                assertEquals(e.getMessage(), actual.getMessage());
                return;
              }
              outcomes[0]++;
              assertEquals(expected, monitor.clocks(events, now));
            });
    // both branches were met
    assertTrue(outcomes[0] > 500 && outcomes[1] > 20, outcomes[0] + " evaluated, " + outcomes[1]);
  }
}
