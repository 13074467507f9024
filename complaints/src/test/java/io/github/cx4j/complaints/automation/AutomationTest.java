/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.automation;

import static io.github.cx4j.complaints.automation.Desk.ALICE;
import static io.github.cx4j.complaints.automation.Desk.MONDAY;
import static io.github.cx4j.complaints.automation.Desk.SYSTEM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cx4j.complaints.sla.TimeBasis;
import io.github.cx4j.complaints.timely.WarningLevel;
import io.github.cx4j.complaints.workflow.ClosureOutcome;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.complaints.workflow.SubStatus;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AutomationTest {
  private static final AutomationEngine ENGINE = Desk.engine();

  private static Instant t(String s) {
    return Instant.parse(s);
  }

  private static Due apply(Desk.Case c, Due due, Instant now) {
    for (DueCommand d : due.commands()) {
      c.run(d.command(), now);
    }
    return ENGINE.due(c.caseState(now), now);
  }

  @Test
  void autoCloseSevenDaysAfterSolvedThenNothing() {
    Desk.Case c = new Desk.Case("A", MONDAY);
    Instant solved = MONDAY.plus(Duration.ofMinutes(30));
    c.run(new ComplaintCommand.Respond(c.id, ALICE, "Sorry, here is the refund."), solved)
        .run(new ComplaintCommand.Solve(c.id, ALICE, ClosureOutcome.UPHELD, "refund"), solved);
    Due before =
        ENGINE.due(c.caseState(solved.plus(Duration.ofDays(6))), solved.plus(Duration.ofDays(6)));
    assertEquals(List.of(), before.commands());
    assertEquals(Optional.of(solved.plus(Duration.ofDays(7))), before.nextWakeUp());

    Instant at = solved.plus(Duration.ofDays(7));
    Due due = ENGINE.due(c.caseState(at), at);
    assertEquals(1, due.commands().size());
    assertEquals("auto-close", due.commands().get(0).automation());
    assertEquals(
        new ComplaintCommand.Close(c.id, SYSTEM, Optional.empty()),
        due.commands().get(0).command());
    Due again = apply(c, due, at);
    assertEquals(StatusCategory.CLOSED, c.state().status());
    assertEquals(List.of(), again.commands());
    assertEquals(Optional.empty(), again.nextWakeUp());
  }

  @Test
  void pendingReminderAfterThreeBusinessDaysAndAgainAfterThree() {
    Desk.Case c = new Desk.Case("B", MONDAY);
    Instant pending = t("2026-01-05T10:00:00Z");
    c.run(new ComplaintCommand.Respond(c.id, ALICE, "Could you send the receipt?"), pending)
        .run(
            new ComplaintCommand.ChangeStatus(
                c.id, ALICE, SubStatus.defaultOf(StatusCategory.PENDING)),
            pending);
    Instant monday11 = t("2026-01-05T11:00:00Z");
    Due early = ENGINE.due(c.caseState(monday11), monday11);
    assertEquals(List.of(), early.commands());
    // 24 business hours of 09:00-17:00 weekdays after Monday 10:00: Thursday 10:00
    assertEquals(Optional.of(t("2026-01-08T10:00:00Z")), early.nextWakeUp());

    Instant thursday = t("2026-01-08T10:00:00Z");
    Due due = ENGINE.due(c.caseState(thursday), thursday);
    assertEquals(1, due.commands().size());
    assertTrue(due.commands().get(0).command() instanceof ComplaintCommand.SendReminder);
    Due again = apply(c, due, thursday);
    assertEquals(List.of(), again.commands());
    // Thursday 7 h, Friday 8 h, Monday 8 h, Tuesday 1 h
    assertEquals(Optional.of(t("2026-01-13T10:00:00Z")), again.nextWakeUp());
    assertTrue(c.events.get(c.events.size() - 1) instanceof ComplaintEvent.ReminderSent);
  }

  @Test
  void escalatesOnceAtSeventyFivePercentAndOnceAtTheBreach() {
    Desk.Case c = new Desk.Case("C", MONDAY);
    c.run(new ComplaintCommand.Acknowledge(c.id, ALICE), MONDAY);
    Instant eleven = t("2026-01-05T11:00:00Z");
    Due early = ENGINE.due(c.caseState(eleven), eleven);
    assertEquals(List.of(), early.commands());
    // first response: 4 business hours, 75% at 12:00
    assertEquals(Optional.of(t("2026-01-05T12:00:00Z")), early.nextWakeUp());

    Instant noon = t("2026-01-05T12:00:00Z");
    Due warn = ENGINE.due(c.caseState(noon), noon);
    assertEquals(1, warn.commands().size());
    ComplaintCommand.EscalateByRule e =
        (ComplaintCommand.EscalateByRule) warn.commands().get(0).command();
    assertEquals(1, e.level());
    assertEquals("sla-level-1", e.rule());
    assertTrue(e.reason().startsWith("FIRST_RESPONSE RUNNING: 75% of the target used"), e.reason());
    Due after = apply(c, warn, noon);
    assertEquals(List.of(), after.commands());
    assertEquals(Optional.of(t("2026-01-05T13:00:00Z")), after.nextWakeUp());

    Instant one = t("2026-01-05T13:00:00Z");
    Due breach = ENGINE.due(c.caseState(one), one);
    assertEquals(1, breach.commands().size());
    assertEquals(2, ((ComplaintCommand.EscalateByRule) breach.commands().get(0).command()).level());
    Due done = apply(c, breach, one);
    assertEquals(List.of(), done.commands());
    assertEquals(2, c.state().escalationLevel());
    ComplaintEvent last = c.events.get(c.events.size() - 1);
    assertEquals("sla-level-2", ((ComplaintEvent.Escalated) last).rule());
  }

  @Test
  void surveyAfterResolutionIsSentOnceAndNotWhileValid() {
    AutomationEngine engine =
        AutomationEngine.of(
            List.of(Automation.surveyAfterResolution(Duration.ofHours(2), RatingScale.ONE_TO_FIVE)),
            TimeCounter.calendarTime(),
            SYSTEM);
    Desk.Case c = new Desk.Case("D", MONDAY);
    c.run(new ComplaintCommand.Solve(c.id, ALICE, ClosureOutcome.UPHELD, "refund"), MONDAY);
    Instant later = MONDAY.plus(Duration.ofHours(2));
    Due due = engine.due(CaseState.of(c.state()), later);
    assertEquals(
        List.of(new ComplaintCommand.ScheduleSurvey(c.id, RatingScale.ONE_TO_FIVE)),
        due.commands().stream().map(DueCommand::command).toList());
    c.run(due.commands().get(0).command(), later);
    assertEquals(List.of(), engine.due(CaseState.of(c.state()), later).commands());
  }

  @Test
  void automationsAreData() throws Exception {
    ObjectMapper json = CxJson.mapper();
    String text = json.writeValueAsString(Automation.standard());
    List<Automation> back = List.of(json.readValue(text, Automation[].class));
    assertEquals(Automation.standard(), back);
    assertTrue(text.contains("\"type\":\"clock-level\""), text);
  }

  @Test
  void badAutomationsAreRefusedWithTheField() {
    assertEquals(
        "Automation.name must not be blank, was \" \"",
        assertThrows(
                CxValidationException.class,
                () ->
                    new Automation(
                        " ",
                        new Trigger.ClockLevel(Optional.empty(), new WarningLevel(0.5, 1)),
                        new Action.Close()))
            .getMessage());
    assertEquals(
        "AutomationEngine.automations must have unique names, was \"auto-close\"",
        assertThrows(
                CxValidationException.class,
                () ->
                    AutomationEngine.of(
                        List.of(
                            Automation.autoClose(Duration.ofDays(1)),
                            Automation.autoClose(Duration.ofDays(2))),
                        TimeCounter.calendarTime(),
                        SYSTEM))
            .getMessage());
    assertEquals(
        "Trigger.After.statuses must name at least one status, was \"[]\"",
        assertThrows(
                CxValidationException.class,
                () ->
                    new Trigger.After(
                        Set.of(), Anchor.SOLVED, Duration.ZERO, TimeBasis.CALENDAR, false))
            .getMessage());
    assertEquals(
        "Trigger.After.delay must be zero or positive, was PT-1H",
        assertThrows(
                CxValidationException.class,
                () ->
                    new Trigger.After(
                        Set.of(StatusCategory.SOLVED),
                        Anchor.SOLVED,
                        Duration.ofHours(-1),
                        TimeBasis.CALENDAR,
                        false))
            .getMessage());
    assertEquals(
        "WarningLevel.fraction must be in (0, 1], was 1.5",
        assertThrows(CxValidationException.class, () -> new WarningLevel(1.5, 1)).getMessage());
  }
}
