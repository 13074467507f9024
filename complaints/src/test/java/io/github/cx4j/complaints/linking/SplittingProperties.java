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
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.Decision;
import io.github.cx4j.complaints.workflow.RejectionReason;
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.complaints.workflow.SubStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A split followed by merging the new complaint back gives the original events again. */
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
  void splitThenMergeRestoresTheEventSet() {
    AtomicInteger splits = new AtomicInteger();
    AtomicInteger merges = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    qt().withExamples(150)
        .forAll(
            lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 20),
            lists().of(integers().between(0, 100)).ofSizeBetween(1, 3))
        .checkAssert(
            (script, picks) -> {
              Desk.Case a = new Desk.Case("P", Desk.MONDAY);
              Instant now = Desk.MONDAY;
              for (int x : script) {
                now = now.plus(Duration.ofMinutes(1 + x % 90));
                a.tryRun(command(a.id, x), now);
              }
              if (a.events.size() < 2) {
                return;
              }
              Set<UUID> moved = new HashSet<>();
              boolean movable = true;
              for (int p : picks) {
                ComplaintEvent e = a.events.get(1 + p % (a.events.size() - 1));
                moved.add(e.id());
                movable &=
                    e instanceof ComplaintEvent.CustomerReplied
                        || e instanceof ComplaintEvent.AgentResponded;
              }
              List<ComplaintEvent> before = List.copyOf(a.events);
              ComplaintId bId = ComplaintId.of("P-2");
              now = now.plus(Duration.ofMinutes(5));
              SplitDecision d =
                  Splitting.decide(ComplaintWorkflow.standard(), before, moved, bId, ALICE, now);
              if (!movable) {
                assertEquals(
                    RejectionReason.INVALID_SPLIT, ((Decision.Rejected) d.split()).reason());
                refused.incrementAndGet();
                return;
              }
              assertTrue(d.accepted(), d.toString());
              splits.incrementAndGet();
              a.events.addAll(d.source().events());
              List<ComplaintEvent> b = new ArrayList<>(d.split().events());
              Map<ComplaintId, List<ComplaintEvent>> store = new HashMap<>();
              store.put(a.id, a.events);
              store.put(bId, b);
              Function<ComplaintId, List<ComplaintEvent>> load =
                  id -> store.getOrDefault(id, List.of());
              // nothing is rewritten, and no event id is used twice
              assertEquals(before, a.events.subList(0, before.size()));
              Set<UUID> ids = new HashSet<>();
              a.events.forEach(e -> ids.add(e.id()));
              b.forEach(e -> assertTrue(ids.add(e.id()), "duplicate id " + e.id()));
              // after the split, the two threads share out the original events
              Set<ComplaintEvent> shared = new HashSet<>(Splitting.thread(a.id, load));
              List<ComplaintEvent> fromB = Splitting.thread(bId, load);
              List<ComplaintEvent> originals =
                  fromB.stream().filter(e -> e.complaintId().equals(a.id)).toList();
              shared.addAll(originals);
              assertEquals(Set.copyOf(before), shared);
              assertEquals(moved.size(), originals.size());
              // merge the new complaint back
              Instant later = now.plus(Duration.ofMinutes(1));
              MergeDecision m =
                  Merging.merge(
                      ComplaintWorkflow.standard(),
                      ComplaintWorkflow.replay(b).orElseThrow(),
                      Optional.empty(),
                      a.state(),
                      ALICE,
                      later);
              if (!m.accepted()) {
                assertTrue(!a.state().active(), m.toString());
                return;
              }
              merges.incrementAndGet();
              a.events.addAll(m.target().events());
              b.addAll(m.source().events());
              assertEquals(Set.copyOf(before), Set.copyOf(Splitting.thread(a.id, load)));
              assertEquals(before.size(), Splitting.thread(a.id, load).size());
            });
    assertTrue(splits.get() > 10, "only " + splits.get() + " valid splits");
    assertTrue(merges.get() > 5, "only " + merges.get() + " merges");
    assertTrue(refused.get() > 5, "only " + refused.get() + " refused splits");
  }
}
