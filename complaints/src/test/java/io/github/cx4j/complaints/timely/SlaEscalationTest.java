/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.timely;

import static io.github.cx4j.complaints.automation.Desk.ALICE;
import static io.github.cx4j.complaints.automation.Desk.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cx4j.complaints.automation.Desk;
import io.github.cx4j.complaints.handling.PrincipleCheck;
import io.github.cx4j.complaints.handling.PrincipleFinding;
import io.github.cx4j.complaints.sla.ComplaintClocks;
import io.github.cx4j.complaints.workflow.ClockLevel;
import io.github.cx4j.complaints.workflow.ClosureOutcome;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.Decision;
import io.github.cx4j.complaints.workflow.EscalationRules;
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.complaints.workflow.SubStatus;
import io.github.cx4j.complaints.workflow.WorkflowPolicy;
import io.github.cx4j.core.concept.ComplaintPrinciple;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The workflow's escalation rules read the SLA clocks: one notion of timely. */
class SlaEscalationTest {
  private static final List<WarningLevel> LEVELS = WarningLevel.standard();

  private static Instant at(int minutes) {
    return MONDAY.plus(Duration.ofMinutes(minutes));
  }

  private static List<ComplaintEvent> evaluate(Desk.Case c, Instant now) {
    Decision d =
        Desk.WF.decide(c.state(), Timeliness.evaluateEscalations(c.clocks(now), LEVELS), now);
    assertTrue(d.accepted(), d.toString());
    c.events.addAll(d.events());
    return d.events();
  }

  @Test
  void theClocksLevelsEscalateOnceEachAndInOrder() {
    Desk.Case c = new Desk.Case("E", MONDAY);
    // first response 4 business hours: 75% at 12:00
    assertEquals(List.of(), evaluate(c, at(179)));
    List<ComplaintEvent> first = evaluate(c, at(180));
    assertEquals(1, first.size());
    ComplaintEvent.Escalated one = (ComplaintEvent.Escalated) first.get(0);
    assertEquals(1, one.level());
    assertEquals("sla-level-1", one.rule());
    assertEquals("FIRST_RESPONSE RUNNING: 75% of the target used (PT3H), level 1", one.reason());
    assertEquals(List.of(), evaluate(c, at(200)), "level 1 only once");
    // a later evaluation past the breach of a fresh complaint gives both levels, in order
    Desk.Case late = new Desk.Case("F", MONDAY);
    List<ComplaintEvent> both = evaluate(late, at(300));
    assertEquals(
        List.of("sla-level-1", "sla-level-2"),
        both.stream().map(e -> ((ComplaintEvent.Escalated) e).rule()).toList());
    assertEquals(2, late.state().escalationLevel());
    assertEquals(List.of(), evaluate(late, at(301)));
  }

  @Test
  void timeLimitsJudgeOnlyWhereNoSlaApplies() {
    ComplaintWorkflow limits =
        ComplaintWorkflow.of(
            WorkflowPolicy.defaults()
                .withEscalationRules(
                    List.of(EscalationRules.notAcknowledgedWithin(Duration.ofDays(1), 1))));
    Desk.Case c = new Desk.Case("T", MONDAY);
    Instant later = MONDAY.plus(Duration.ofDays(2));
    Decision without =
        limits.decide(c.state(), new ComplaintCommand.EvaluateEscalations(c.id), later);
    assertEquals("not-acknowledged", ((ComplaintEvent.Escalated) without.events().get(0)).rule());
    Decision withSla =
        limits.decide(
            c.state(),
            new ComplaintCommand.EvaluateEscalations(c.id, Optional.of(List.of())),
            later);
    assertEquals(List.of(), withSla.events(), "with an SLA, timeliness is the SLA's");
    // the SLA rule alone, without clock levels, yields nothing
    assertEquals(
        Optional.empty(),
        EscalationRules.slaLevels().evaluate(c.state(), later, (a, b) -> Duration.ZERO));
    assertEquals(
        2,
        EscalationRules.slaLevels()
            .evaluate(
                c.state(),
                later,
                (a, b) -> Duration.ZERO,
                Optional.of(
                    List.of(
                        new ClockLevel("FIRST_RESPONSE", 1, "75%"),
                        new ClockLevel("RESOLUTION", 2, "breached"))))
            .orElseThrow()
            .level());
  }

  @Test
  void thePrincipleCheckJudgesTimelinessOnTheSameClocks() {
    Desk.Case c = new Desk.Case("Q", MONDAY);
    c.run(new ComplaintCommand.Respond(c.id, ALICE, "We are sorry, Ms. Li."), at(300));
    // the default limits (48 hours) call a 5-hour first answer timely; the SLA (4 business hours)
    // does not
    PrincipleFinding byLimits = PrincipleCheck.check(c.events).get(4);
    assertEquals(ComplaintPrinciple.TIMELINESS, byLimits.principle());
    assertTrue(byLimits.met(), byLimits.toString());
    PrincipleFinding bySla = PrincipleCheck.check(c.events, Desk.MONITOR, at(300)).get(4);
    assertTrue(!bySla.met(), bySla.toString());
    assertTrue(
        bySla
            .reasons()
            .contains(
                "not met: FIRST_RESPONSE breached its SLA target (FIRST_RESPONSE BREACHED: 100% of the"
                    + " target used (PT4H), level 2)"),
        bySla.reasons().toString());
  }

  private static ComplaintCommand command(Desk.Case c, int choice) {
    switch (choice % 6) {
      case 0:
        return new ComplaintCommand.Respond(c.id, ALICE, "On it.");
      case 1:
        return new ComplaintCommand.ChangeStatus(
            c.id, ALICE, SubStatus.defaultOf(StatusCategory.PENDING));
      case 2:
        return new ComplaintCommand.ChangeStatus(
            c.id, ALICE, SubStatus.defaultOf(StatusCategory.OPEN));
      case 3:
        return new ComplaintCommand.RecordCustomerReply(c.id, "Any news?");
      case 4:
        return new ComplaintCommand.Solve(c.id, ALICE, ClosureOutcome.UPHELD, "refund");
      default:
        return new ComplaintCommand.Reopen(c.id, ALICE, "still broken", Optional.empty());
    }
  }

  @Test
  void slaDrivenEscalationHappensExactlyOncePerLevel() {
    AtomicInteger reachedBoth = new AtomicInteger();
    qt().withExamples(60)
        .forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 25))
        .checkAssert(
            script -> {
              Desk.Case c = new Desk.Case("P", MONDAY);
              Instant now = MONDAY;
              for (int x : script) {
                now = now.plus(Duration.ofMinutes(x % 600));
                evaluate(c, now);
                if (c.state().active()) {
                  ComplaintClocks clocks = c.clocks(now);
                  int reached =
                      Timeliness.clockLevels(clocks, LEVELS).stream()
                          .mapToInt(ClockLevel::level)
                          .max()
                          .orElse(0);
                  assertTrue(
                      c.state().escalationLevel() >= reached,
                      "level " + c.state().escalationLevel() + " below the clocks' " + reached);
                }
                assertEquals(List.of(), evaluate(c, now), "evaluating twice");
                if ((x / 600) % 2 == 0) {
                  c.tryRun(command(c, x / 1_200), now);
                }
              }
              TreeMap<Integer, Integer> byLevel = new TreeMap<>();
              for (ComplaintEvent e : c.events) {
                if (e instanceof ComplaintEvent.Escalated esc) {
                  assertEquals("sla-level-" + esc.level(), esc.rule(), "only the SLA escalates");
                  byLevel.merge(esc.level(), 1, Integer::sum);
                }
              }
              for (int n : byLevel.values()) {
                assertEquals(1, n, "escalations by level " + byLevel);
              }
              if (!byLevel.isEmpty()) {
                assertEquals(byLevel.lastKey(), byLevel.size(), "levels skipped: " + byLevel);
              }
              if (byLevel.size() == 2) {
                reachedBoth.incrementAndGet();
              }
            });
    assertTrue(reachedBoth.get() > 0, "no example reached both levels");
  }
}
