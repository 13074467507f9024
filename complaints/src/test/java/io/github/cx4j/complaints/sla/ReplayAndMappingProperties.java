/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cx4j.complaints.workflow.ClosureOutcome;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.ComplaintReplay;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.Decision;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.complaints.workflow.Impact;
import io.github.cx4j.complaints.workflow.Recurrence;
import io.github.cx4j.complaints.workflow.ReplayIssue;
import io.github.cx4j.complaints.workflow.ReplayResult;
import io.github.cx4j.complaints.workflow.RootCause;
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.complaints.workflow.SubStatus;
import io.github.cx4j.complaints.workflow.Urgency;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.concept.ComplaintCause;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Invariants of the tolerant replay and of the event-to-SLA mapping over random complaint
 * histories: shuffling and repeating events changes no state; the mapping's status changes are
 * exactly the fold's.
 */
class ReplayAndMappingProperties {
  private static final Employee DESK = Employee.of("alice", "front-desk");
  private static final Instant T0 = Instant.parse("2026-02-02T01:00:00Z");

  static List<ComplaintEvent> history(long seed, String id) {
    Random random = new Random(seed);
    ComplaintWorkflow wf = ComplaintWorkflow.standard();
    ComplaintId cid = ComplaintId.of(id);
    List<ComplaintEvent> events = new ArrayList<>();
    Optional<Complaint> state = Optional.empty();
    Instant now = T0;
    List<ComplaintCommand> commands = new ArrayList<>();
    commands.add(
        new ComplaintCommand.Receive(
            cid, CustomerId.of("c"), DESK, SlaMonitorTestRegister.REGISTER, Optional.empty()));
    for (int i = 0; i < 12; i++) {
      int k = random.nextInt(7);
      commands.add(
          switch (k) {
            case 0 -> new ComplaintCommand.Respond(cid, DESK, "r" + i);
            case 1 -> new ComplaintCommand.RecordCustomerReply(cid, "c" + i);
            case 2 ->
                new ComplaintCommand.ChangeStatus(
                    cid, DESK, SubStatus.defaultOf(StatusCategory.PENDING));
            case 3 ->
                new ComplaintCommand.ChangeStatus(
                    cid, DESK, SubStatus.defaultOf(StatusCategory.ON_HOLD));
            case 4 -> new ComplaintCommand.Solve(cid, DESK, ClosureOutcome.UPHELD, "d" + i);
            case 5 -> new ComplaintCommand.Reopen(cid, DESK, "again", Optional.empty());
            default ->
                new ComplaintCommand.Assess(
                    cid,
                    DESK,
                    "service",
                    RootCause.of(ComplaintCause.COMPANY, true, Recurrence.SINGLE),
                    Impact.values()[random.nextInt(Impact.values().length)],
                    Urgency.values()[random.nextInt(Urgency.values().length)]);
          });
    }
    for (ComplaintCommand c : commands) {
      now = now.plusSeconds(60 + random.nextInt(7200));
      Decision d = wf.decide(state, c, now);
      for (ComplaintEvent e : d.events()) {
        state = Optional.of(ComplaintWorkflow.evolve(state, e));
        events.add(e);
      }
    }
    return events;
  }

  @org.junit.jupiter.api.Test
  void shufflingAndRepeatingEventsChangesNoState() {
    qt().withExamples(200)
        .forAll(integers().between(0, 1_000_000))
        .checkAssert(
            seed -> {
              List<ComplaintEvent> a = history(seed, "A");
              List<ComplaintEvent> b = history(seed + 1, "B");
              List<ComplaintEvent> all = new ArrayList<>(a);
              all.addAll(b);
              Random random = new Random(seed);
              for (int i = 0; i < 3; i++) {
                all.add(all.get(random.nextInt(all.size())));
              }
              Collections.shuffle(all, random);
              ComplaintReplay replay = ComplaintReplay.create();
              for (int i = 0; i < all.size(); i++) {
                replay.add("line " + (i + 1), all.get(i));
              }
              ReplayResult r = replay.result();
              org.junit.jupiter.api.Assertions.assertTrue(
                  r.issues().stream().allMatch(ReplayIssue::note), r.issues().toString());
              org.junit.jupiter.api.Assertions.assertEquals(
                  List.of(
                      ComplaintWorkflow.replay(a).orElseThrow(),
                      ComplaintWorkflow.replay(b).orElseThrow()),
                  r.complete().stream()
                      .sorted((x, y) -> x.id().value().compareTo(y.id().value()))
                      .toList());
            });
  }

  @org.junit.jupiter.api.Test
  void theMappingsStatusChangesAreTheFolds() {
    qt().withExamples(200)
        .forAll(integers().between(0, 1_000_000))
        .checkAssert(
            seed -> {
              List<ComplaintEvent> events = history(seed, "A");
              List<SlaStatus> fold = new ArrayList<>();
              Optional<Complaint> state = Optional.empty();
              SlaStatus last = SlaStatus.NEW;
              for (ComplaintEvent e : events) {
                state = Optional.of(ComplaintWorkflow.evolve(state, e));
                SlaStatus now = SlaInputs.status(state.get().status());
                if (now != last) {
                  fold.add(now);
                  last = now;
                }
              }
              List<SlaStatus> mapped =
                  SlaInputs.fromEvents(events, Map.of()).facts().stream()
                      .filter(f -> f instanceof SlaFact.StatusChange)
                      .map(f -> ((SlaFact.StatusChange) f).status())
                      .toList();
              org.junit.jupiter.api.Assertions.assertEquals(fold, mapped);
            });
  }

  /** The register of the generated complaints. */
  static final class SlaMonitorTestRegister {
    static final io.github.cx4j.complaints.workflow.Register REGISTER =
        io.github.cx4j.complaints.workflow.Register.of(
            io.github.cx4j.complaints.workflow.Channel.EMAIL,
            "parcel",
            "late",
            "Ms. Li",
            "li@example.com",
            io.github.cx4j.complaints.workflow.Severity.LOW);

    private SlaMonitorTestRegister() {}
  }
}
