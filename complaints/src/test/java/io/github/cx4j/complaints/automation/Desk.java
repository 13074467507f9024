/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.automation;

import io.github.cx4j.complaints.sla.BusinessCalendar;
import io.github.cx4j.complaints.sla.ComplaintClocks;
import io.github.cx4j.complaints.sla.SlaMetric;
import io.github.cx4j.complaints.sla.SlaMonitor;
import io.github.cx4j.complaints.sla.SlaPolicy;
import io.github.cx4j.complaints.sla.SlaRule;
import io.github.cx4j.complaints.sla.SlaStatus;
import io.github.cx4j.complaints.sla.SlaTarget;
import io.github.cx4j.complaints.sla.TimeRange;
import io.github.cx4j.complaints.workflow.Channel;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.Decision;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.complaints.workflow.Register;
import io.github.cx4j.complaints.workflow.Severity;
import io.github.cx4j.core.CustomerId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A small helpdesk for the operations tests: an office calendar, an SLA policy, a workflow. */
public final class Desk {
  public static final Employee ALICE = Employee.of("alice", "front-desk");
  public static final Employee SYSTEM = Employee.of("automation", "system");
  public static final ComplaintWorkflow WF = ComplaintWorkflow.standard();

  /** Monday 2026-01-05 09:00 UTC. */
  public static final Instant MONDAY = Instant.parse("2026-01-05T09:00:00Z");

  public static final BusinessCalendar OFFICE =
      BusinessCalendar.weekly(
          ZoneOffset.UTC,
          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
          List.of(TimeRange.of("09:00", "17:00")));

  public static final SlaPolicy POLICY =
      SlaPolicy.builder()
          .id("desk")
          .version(1)
          .effectiveFrom(Instant.parse("2025-01-01T00:00:00Z"))
          .calendar("office")
          .putPause(SlaMetric.RESOLUTION, Set.of(SlaStatus.PENDING))
          .addRules(
              SlaRule.builder()
                  .name("all")
                  .addTargets(
                      SlaTarget.of(SlaMetric.FIRST_RESPONSE, Duration.ofHours(4)),
                      SlaTarget.of(SlaMetric.RESOLUTION, Duration.ofHours(16)))
                  .build())
          .build();

  public static final SlaMonitor MONITOR = SlaMonitor.of(POLICY, OFFICE.named("office"));

  public static AutomationEngine engine() {
    return AutomationEngine.of(Automation.standard(), TimeCounter.of(OFFICE), SYSTEM);
  }

  private Desk() {}

  /** One complaint's history, grown by commands that must be accepted. */
  public static final class Case {
    public final ComplaintId id;
    public final List<ComplaintEvent> events = new ArrayList<>();

    public Case(String id, Instant at) {
      this.id = ComplaintId.of(id);
      run(
          new ComplaintCommand.Receive(
              this.id,
              CustomerId.of("cust-" + id),
              ALICE,
              Register.of(
                  Channel.EMAIL, "parcel", "It is late", "Ms. Li", "li@example.com", Severity.LOW),
              Optional.empty()),
          at);
    }

    public Complaint state() {
      return ComplaintWorkflow.replay(events).orElseThrow();
    }

    public Case run(ComplaintCommand command, Instant at) {
      Decision d =
          WF.decide(events.isEmpty() ? Optional.empty() : Optional.of(state()), command, at);
      if (!d.accepted()) {
        throw new AssertionError("rejected " + command + ": " + d);
      }
      events.addAll(d.events());
      return this;
    }

    /** Decides without requiring acceptance; appends the events if accepted. */
    public Decision tryRun(ComplaintCommand command, Instant at) {
      Decision d = WF.decide(Optional.of(state()), command, at);
      if (d.accepted()) {
        events.addAll(d.events());
      }
      return d;
    }

    public ComplaintClocks clocks(Instant at) {
      return MONITOR.clocks(events, at);
    }

    public CaseState caseState(Instant at) {
      return CaseState.of(state(), clocks(at));
    }
  }
}
