/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.complaints.workflow.Channel;
import io.github.cx4j.complaints.workflow.ClosureOutcome;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.Decision;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.complaints.workflow.Impact;
import io.github.cx4j.complaints.workflow.Priority;
import io.github.cx4j.complaints.workflow.Recurrence;
import io.github.cx4j.complaints.workflow.Register;
import io.github.cx4j.complaints.workflow.RootCause;
import io.github.cx4j.complaints.workflow.Severity;
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.complaints.workflow.SubStatus;
import io.github.cx4j.complaints.workflow.Urgency;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.concept.ComplaintCause;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlaInputsTest {
  static final ComplaintId ID = ComplaintId.of("R-1");
  static final Employee DESK = Employee.of("alice", "front-desk");

  static List<ComplaintEvent> run(List<Object[]> script) {
    ComplaintWorkflow wf = ComplaintWorkflow.standard();
    List<ComplaintEvent> events = new ArrayList<>();
    Optional<Complaint> state = Optional.empty();
    for (Object[] step : script) {
      Decision d = wf.decide(state, (ComplaintCommand) step[1], (Instant) step[0]);
      assertTrue(d.accepted(), d.toString());
      for (ComplaintEvent e : d.events()) {
        state = Optional.of(ComplaintWorkflow.evolve(state, e));
        events.add(e);
      }
    }
    return events;
  }

  static Instant t(String local) {
    return SlaClocksTest.t(local);
  }

  @Test
  void workflowEventsBecomeClockFacts() {
    Register register =
        Register.of(
            Channel.PHONE,
            "late-night meal",
            "The kitchen said it was closed",
            "Mr. Wang",
            "wang@example.com",
            Severity.MEDIUM);
    List<ComplaintEvent> events =
        run(
            List.of(
                new Object[] {
                  t("2026-01-05T10:00"),
                  new ComplaintCommand.Receive(
                      ID, CustomerId.of("c-1"), DESK, register, Optional.empty())
                },
                new Object[] {t("2026-01-05T10:05"), new ComplaintCommand.Acknowledge(ID, DESK)},
                new Object[] {
                  t("2026-01-05T10:30"),
                  new ComplaintCommand.Assess(
                      ID,
                      DESK,
                      "service",
                      RootCause.of(ComplaintCause.COMPANY, true, Recurrence.SINGLE),
                      Impact.HIGH,
                      Urgency.MEDIUM)
                },
                new Object[] {
                  t("2026-01-05T15:00"), new ComplaintCommand.Respond(ID, DESK, "Sorry")
                },
                new Object[] {
                  t("2026-01-05T15:10"),
                  new ComplaintCommand.ChangeStatus(
                      ID, DESK, SubStatus.defaultOf(StatusCategory.PENDING))
                },
                new Object[] {
                  t("2026-01-06T11:00"), new ComplaintCommand.RecordCustomerReply(ID, "Still")
                },
                new Object[] {
                  t("2026-01-06T16:30"),
                  new ComplaintCommand.Solve(ID, DESK, ClosureOutcome.RESOLVED, "voucher")
                }));
    SlaCase input = SlaInputs.fromEvents(events, Map.of("tier", "gold"));
    assertEquals("R-1", input.id());
    assertEquals(t("2026-01-05T10:00"), input.createdAt());
    assertEquals("PHONE", input.attributes().get("channel"));
    assertEquals("front-desk", input.attributes().get("team"));
    assertEquals("service", input.attributes().get("category"));
    assertEquals("gold", input.attributes().get("tier"));
    assertTrue(
        input.facts().contains(new SlaFact.PriorityChange(t("2026-01-05T10:30"), SlaPriority.HIGH)),
        input.facts().toString());
    assertTrue(input.facts().contains(SlaFact.Message.agentReply(t("2026-01-05T15:00"))));
    assertTrue(input.facts().contains(SlaFact.Message.requester(t("2026-01-06T11:00"))));
    assertTrue(
        input.facts().contains(new SlaFact.StatusChange(t("2026-01-05T15:10"), SlaStatus.PENDING)));
    assertTrue(
        input.facts().contains(new SlaFact.StatusChange(t("2026-01-06T16:30"), SlaStatus.SOLVED)));

    SlaReport report =
        SlaClocks.evaluate(
            SlaClocksTest.policy().build(), SlaClocksTest.CAL, input, t("2026-01-07T09:00"));
    SlaClock ack = report.latest("ACKNOWLEDGEMENT").orElseThrow();
    assertEquals(ClockState.FULFILLED, ack.state());
    assertEquals(Optional.of(t("2026-01-05T10:05")), ack.stoppedAt());
    SlaClock first = report.latest("FIRST_RESPONSE").orElseThrow();
    // HIGH after assessment: 4h target, answered after 5h: breached at 14:00, not back-dated
    assertEquals(Optional.of(t("2026-01-05T14:00")), first.breachedAt());
    SlaClock resolution = report.latest("RESOLUTION").orElseThrow();
    assertEquals(ClockState.FULFILLED, resolution.state());

    // a customer reply reopens the solved complaint: with RESUME the reply starts a next-response
    // clock in cycle 2
    List<ComplaintEvent> reopened = new ArrayList<>(events);
    Complaint state = ComplaintWorkflow.replay(events).orElseThrow();
    Decision reply =
        ComplaintWorkflow.standard()
            .decide(
                state,
                new ComplaintCommand.RecordCustomerReply(ID, "Voucher refused"),
                t("2026-01-07T10:00"));
    assertTrue(reply.accepted(), reply.toString());
    reopened.addAll(reply.events());
    SlaCase again = SlaInputs.fromEvents(reopened, Map.of());
    SlaReport resumed =
        SlaClocks.evaluate(
            SlaClocksTest.policy().reopen(ReopenMode.RESUME).build(),
            SlaClocksTest.CAL,
            again,
            t("2026-01-07T11:00"));
    assertEquals(2, resumed.cycles().size());
    SlaClock next =
        resumed.cycles().get(1).clocks().stream()
            .filter(c -> c.metric() == SlaMetric.NEXT_RESPONSE)
            .findFirst()
            .orElseThrow();
    assertEquals(t("2026-01-07T10:00"), next.startedAt());
    assertEquals(ClockState.ACTIVE, next.state());
  }

  @Test
  void mappings() {
    assertEquals(SlaPriority.URGENT, SlaInputs.priority(Priority.CRITICAL));
    assertEquals(SlaPriority.HIGH, SlaInputs.priority(Priority.HIGH));
    assertEquals(SlaPriority.NORMAL, SlaInputs.priority(Priority.MEDIUM));
    assertEquals(SlaPriority.LOW, SlaInputs.priority(Priority.LOW));
    assertEquals(SlaPriority.LOW, SlaInputs.priority(Priority.PLANNING));
    for (StatusCategory category : StatusCategory.values()) {
      assertEquals(category.name(), SlaInputs.status(category).name());
    }
    assertEquals(
        "SlaInputs.events must start with a Received event, was []",
        assertThrows(CxValidationException.class, () -> SlaInputs.fromEvents(List.of(), Map.of()))
            .getMessage());
  }
}
