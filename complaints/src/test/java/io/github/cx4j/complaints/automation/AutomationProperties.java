/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.automation;

import static io.github.cx4j.complaints.automation.Desk.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cx4j.complaints.workflow.ClosureOutcome;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.complaints.workflow.SubStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Invariants of the automations over random helpdesk days. */
class AutomationProperties {
  private static final AutomationEngine ENGINE = Desk.engine();
  private static final java.util.concurrent.atomic.AtomicInteger SEEN_BOTH_LEVELS =
      new java.util.concurrent.atomic.AtomicInteger();

  private static ComplaintCommand command(ComplaintId id, int choice) {
    switch (choice % 8) {
      case 0:
        return new ComplaintCommand.Acknowledge(id, ALICE);
      case 1:
        return new ComplaintCommand.Respond(id, ALICE, "We are on it.");
      case 2:
        return new ComplaintCommand.ChangeStatus(
            id, ALICE, SubStatus.defaultOf(StatusCategory.PENDING));
      case 3:
        return new ComplaintCommand.RecordCustomerReply(id, "Here is the receipt.");
      case 4:
        return new ComplaintCommand.Solve(id, ALICE, ClosureOutcome.UPHELD, "refund");
      case 5:
        return new ComplaintCommand.Reopen(id, ALICE, "still broken", Optional.empty());
      default:
        return new ComplaintCommand.ChangeStatus(
            id, ALICE, SubStatus.defaultOf(StatusCategory.OPEN));
    }
  }

  /** Runs a random day: each step waits, lets the automations act, then maybe a person acts. */
  private static Desk.Case day(List<Integer> script, boolean checkIdempotent) {
    Desk.Case c = new Desk.Case("P", Desk.MONDAY);
    Instant now = Desk.MONDAY;
    for (int x : script) {
      now = now.plus(Duration.ofMinutes(x % 2_000));
      Due due = ENGINE.due(c.caseState(now), now);
      for (DueCommand d : due.commands()) {
        c.run(d.command(), now);
      }
      if (checkIdempotent) {
        Due again = ENGINE.due(c.caseState(now), now);
        assertEquals(List.of(), again.commands(), "after applying " + due.commands());
        again.nextWakeUp().ifPresent(w -> assertTrue(w.isAfter(now0(c)), "wake-up " + w));
      }
      if ((x / 2_000) % 2 == 0) {
        c.tryRun(command(c.id, x / 4_000), now);
      }
    }
    return c;
  }

  private static Instant now0(Desk.Case c) {
    return c.events.get(c.events.size() - 1).at().minusNanos(1);
  }

  @Test
  void dueThenApplyThenDueAgainYieldsNothingNew() {
    qt().withExamples(60)
        .forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 25))
        .checkAssert(script -> day(script, true));
  }

  @Test
  void slaDrivenEscalationHappensExactlyOncePerLevel() {
    qt().withExamples(60)
        .forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 25))
        .checkAssert(
            script -> {
              Desk.Case c = day(script, false);
              TreeMap<Integer, Integer> byLevel = new TreeMap<>();
              for (ComplaintEvent e : c.events) {
                if (e instanceof ComplaintEvent.Escalated esc
                    && esc.rule().startsWith("sla-level-")) {
                  assertEquals("sla-level-" + esc.level(), esc.rule());
                  byLevel.merge(esc.level(), 1, Integer::sum);
                }
              }
              for (int n : byLevel.values()) {
                assertEquals(1, n, "escalations by level " + byLevel);
              }
              if (byLevel.size() == 2) {
                SEEN_BOTH_LEVELS.incrementAndGet();
              }
              if (!byLevel.isEmpty()) {
                assertEquals(byLevel.lastKey(), c.state().escalationLevel());
                assertEquals(byLevel.lastKey(), byLevel.size(), "levels skipped: " + byLevel);
              }
            });
    assertTrue(SEEN_BOTH_LEVELS.get() > 0, "no example reached both levels");
  }
}
