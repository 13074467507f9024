/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.linking;

import static io.github.cx4j.complaints.automation.Desk.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cx4j.complaints.automation.Desk;
import io.github.cx4j.complaints.workflow.ClosureOutcome;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.complaints.workflow.SubStatus;
import io.github.cx4j.core.CxValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Split then rejoin gives back the history, event for event. */
class SplittingProperties {

  private static ComplaintCommand command(ComplaintId id, int choice) {
    switch (choice % 7) {
      case 0:
        return new ComplaintCommand.Acknowledge(id, ALICE);
      case 1:
        return new ComplaintCommand.Respond(id, ALICE, "Reply " + choice);
      case 2:
        return new ComplaintCommand.RecordCustomerReply(id, "Another point " + choice);
      case 3:
        return new ComplaintCommand.ChangeStatus(
            id, ALICE, SubStatus.defaultOf(StatusCategory.PENDING));
      case 4:
        return new ComplaintCommand.Solve(id, ALICE, ClosureOutcome.UPHELD, "done");
      case 5:
        return new ComplaintCommand.LinkRelated(id, ALICE, ComplaintId.of("R-" + choice % 3));
      default:
        return new ComplaintCommand.Reopen(id, ALICE, "again", Optional.empty());
    }
  }

  @Test
  void splitThenRejoinRestoresTheEvents() {
    AtomicInteger splits = new AtomicInteger();
    qt().withExamples(150)
        .forAll(
            lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 20),
            lists().of(integers().between(0, 100)).ofSizeBetween(1, 3))
        .checkAssert(
            (script, picks) -> {
              Desk.Case c = new Desk.Case("P", Desk.MONDAY);
              Instant now = Desk.MONDAY;
              for (int x : script) {
                now = now.plus(Duration.ofMinutes(1 + x % 90));
                c.tryRun(command(c.id, x), now);
              }
              if (c.events.size() < 2) {
                return;
              }
              Set<UUID> moved = new HashSet<>();
              for (int p : picks) {
                moved.add(c.events.get(1 + p % (c.events.size() - 1)).id());
              }
              List<ComplaintEvent> before = List.copyOf(c.events);
              SplitResult r;
              try {
                r = Splitting.split(before, moved, ComplaintId.of("P-2"), ALICE, now);
              } catch (CxValidationException e) {
                assertTrue(e.getMessage().startsWith("the split leaves "), e.getMessage());
                return;
              }
              splits.incrementAndGet();
              assertEquals(before.size() + 2 + 1, r.source().size() + r.split().size());
              assertEquals(before, Splitting.rejoin(r));
            });
    assertTrue(splits.get() > 15, "only " + splits.get() + " valid splits");
  }
}
