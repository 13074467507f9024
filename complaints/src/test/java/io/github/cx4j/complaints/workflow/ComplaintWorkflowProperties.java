/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import static io.github.cx4j.complaints.workflow.Fixtures.ALICE;
import static io.github.cx4j.complaints.workflow.Fixtures.BOB;
import static io.github.cx4j.complaints.workflow.Fixtures.CAROL;
import static io.github.cx4j.complaints.workflow.Fixtures.DAVE;
import static io.github.cx4j.complaints.workflow.Fixtures.ID;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cx4j.complaints.recovery.Remedy;
import io.github.cx4j.complaints.recovery.RemedyKind;
import io.github.cx4j.complaints.workflow.ComplaintCommand.AcceptHandover;
import io.github.cx4j.complaints.workflow.ComplaintCommand.Acknowledge;
import io.github.cx4j.complaints.workflow.ComplaintCommand.Assess;
import io.github.cx4j.complaints.workflow.ComplaintCommand.AssignInvestigator;
import io.github.cx4j.complaints.workflow.ComplaintCommand.ChangeStatus;
import io.github.cx4j.complaints.workflow.ComplaintCommand.Close;
import io.github.cx4j.complaints.workflow.ComplaintCommand.DeclineHandover;
import io.github.cx4j.complaints.workflow.ComplaintCommand.Escalate;
import io.github.cx4j.complaints.workflow.ComplaintCommand.EvaluateEscalations;
import io.github.cx4j.complaints.workflow.ComplaintCommand.Merge;
import io.github.cx4j.complaints.workflow.ComplaintCommand.ProvideRemedy;
import io.github.cx4j.complaints.workflow.ComplaintCommand.RecordCustomerReply;
import io.github.cx4j.complaints.workflow.ComplaintCommand.RecordFindings;
import io.github.cx4j.complaints.workflow.ComplaintCommand.RecordSatisfaction;
import io.github.cx4j.complaints.workflow.ComplaintCommand.Reopen;
import io.github.cx4j.complaints.workflow.ComplaintCommand.RequestHandover;
import io.github.cx4j.complaints.workflow.ComplaintCommand.Respond;
import io.github.cx4j.complaints.workflow.ComplaintCommand.Solve;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.Money;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.core.concept.ComplaintCause;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties of the workflow over random command sequences. */
class ComplaintWorkflowProperties {
  private static final List<Employee> STAFF = List.of(ALICE, BOB, CAROL, DAVE);
  private static final ObjectMapper JSON = CxJson.mapper();

  /** Maps a random number to a command; every command type is reachable. */
  static ComplaintCommand command(int n) {
    int k = Math.floorMod(n, 21);
    int p = Math.floorDiv(n, 21);
    Employee a = STAFF.get(Math.floorMod(p, STAFF.size()));
    Employee b = STAFF.get(Math.floorMod(p / 4, STAFF.size()));
    switch (k) {
      case 0:
        return new Acknowledge(ID, a);
      case 1:
        return new Assess(
            ID,
            a,
            "cat-" + Math.floorMod(p, 3),
            RootCause.of(
                ComplaintCause.values()[Math.floorMod(p, 3)],
                p % 2 == 0,
                Recurrence.values()[Math.floorMod(p / 3, 3)]),
            Impact.values()[Math.floorMod(p, 3)],
            Urgency.values()[Math.floorMod(p / 3, 3)]);
      case 2:
        return new AssignInvestigator(ID, a, b);
      case 3:
        return new RecordFindings(ID, a, "findings " + p);
      case 4:
        return new RequestHandover(ID, a, b, "reason " + p);
      case 5:
        return new AcceptHandover(ID, a);
      case 6:
        return new DeclineHandover(ID, a, "no");
      case 7:
        return new Respond(ID, a, "reply " + p);
      case 8:
        return new RecordCustomerReply(ID, "customer " + p);
      case 9:
        StatusCategory cat =
            StatusCategory.values()[Math.floorMod(p, StatusCategory.values().length)];
        return new ChangeStatus(
            ID, a, p % 2 == 0 ? SubStatus.defaultOf(cat) : SubStatus.of("custom-" + (p % 3), cat));
      case 10:
        return new Solve(
            ID, a, ClosureOutcome.values()[Math.floorMod(p, ClosureOutcome.values().length)], "d");
      case 11:
        return new Close(
            ID,
            a,
            p % 2 == 0
                ? Optional.empty()
                : Optional.of(ClosureOutcome.values()[Math.floorMod(p, 6)]));
      case 12:
        return new Reopen(
            ID, a, "again", p % 2 == 0 ? Optional.empty() : Optional.of(ComplaintId.of("F-" + p)));
      case 13:
        return new Merge(ID, a, p % 5 == 0 ? ID : ComplaintId.of("M-" + p));
      case 14:
        return new ProvideRemedy(
            ID,
            a,
            Remedy.of(
                RemedyKind.REFUND, Money.of(String.valueOf(Math.floorMod(p, 100)), "CNY"), "r"));
      case 15:
        return new RecordSatisfaction(
            ID,
            SatisfactionPhase.values()[p % 2 == 0 ? 0 : 1],
            Math.floorMod(p, 11),
            RatingScale.ZERO_TO_TEN);
      case 16:
        return new Escalate(ID, a, 1 + Math.floorMod(p, 3), "manual");
      case 17:
        return new EvaluateEscalations(ID);
      case 18:
        return Fixtures.receive();
      case 19:
        return new ComplaintCommand.RecordCustomerState(
            ID,
            a,
            io.github.cx4j.core.concept.CustomerState.values()[Math.floorMod(p, 4)],
            List.of());
      default:
        return new ComplaintCommand.Acknowledge(ComplaintId.of("other"), a);
    }
  }

  private static final List<ComplaintWorkflow> WORKFLOWS =
      List.of(
          ComplaintWorkflow.standard(),
          ComplaintWorkflow.of(WorkflowPolicy.defaults().withReopen(ReopenPolicy.reopen())),
          ComplaintWorkflow.of(WorkflowPolicy.defaults().withReopen(ReopenPolicy.followUp())));

  /** Runs a random sequence, checking invariants after each step; returns events and state. */
  private static List<ComplaintEvent> runChecked(List<Integer> script) {
    ComplaintWorkflow wf = WORKFLOWS.get(Math.floorMod(script.size(), WORKFLOWS.size()));
    Optional<Complaint> state = Optional.empty();
    List<ComplaintEvent> events = new ArrayList<>();
    Instant now = Fixtures.T0;
    boolean leftNew = false;
    List<Integer> all = new ArrayList<>();
    all.add(18);
    all.addAll(script);
    for (int n : all) {
      now = now.plus(Duration.ofMinutes(1 + Math.floorMod(n, 7) * Math.floorMod(n, 5) * 300L));
      Decision d = wf.decide(state, command(n), now);
      if (!d.accepted()) {
        check(d.events().isEmpty(), "rejection with events");
        continue;
      }
      long v = state.map(Complaint::version).orElse(0L);
      for (ComplaintEvent e : d.events()) {
        check(e.version() == ++v, "versions consecutive");
        Complaint before = state.orElse(null);
        Complaint next = ComplaintWorkflow.evolve(state, e);
        // the state revalidates: rebuilding runs every invariant check
        check(Complaint.builder().from(next).build().equals(next), "state valid");
        check(ComplaintWorkflow.evolve(next, e) == next, "idempotent");
        if (before != null) {
          check(next.firstReceiver().equals(before.firstReceiver()), "first receiver stays");
          check(next.version() == before.version() + 1, "version grows by one");
        }
        if (next.status() != StatusCategory.NEW) {
          leftNew = true;
        }
        check(!(leftNew && next.status() == StatusCategory.NEW), "never back to new");
        state = Optional.of(next);
        events.add(e);
      }
    }
    return events;
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }

  @Test
  void anyCommandSequenceYieldsOnlyValidStatesAndReplayReproducesThem() {
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(0, 60))
        .checkAssert(
            script -> {
              List<ComplaintEvent> events = runChecked(script);
              Complaint folded = ComplaintWorkflow.replay(events).orElseThrow();
              Optional<Complaint> stepwise = Optional.empty();
              for (ComplaintEvent e : events) {
                stepwise = Optional.of(ComplaintWorkflow.evolve(stepwise, e));
              }
              check(stepwise.orElseThrow().equals(folded), "replay equals step-wise evolve");
              check(
                  ComplaintWorkflow.replayAll(events).get(ID).equals(folded),
                  "replayAll equals replay");
              List<ComplaintEvent> twice = new ArrayList<>();
              for (ComplaintEvent e : events) {
                twice.add(e);
                twice.add(e);
              }
              check(ComplaintWorkflow.replay(twice).orElseThrow().equals(folded), "duplicates");
              Set<Object> ids = new HashSet<>();
              for (ComplaintEvent e : events) {
                check(ids.add(e.id()), "unique ids");
              }
            });
  }

  @Test
  void everyGeneratedEventRoundTripsThroughJson() {
    qt().withExamples(100)
        .forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(0, 40))
        .checkAssert(
            script -> {
              List<ComplaintEvent> events = runChecked(script);
              try {
                for (ComplaintEvent e : events) {
                  ComplaintEvent back =
                      JSON.readValue(JSON.writeValueAsString(e), ComplaintEvent.class);
                  check(back.equals(e), "round trip " + e);
                }
                Complaint c = ComplaintWorkflow.replay(events).orElseThrow();
                check(
                    JSON.readValue(JSON.writeValueAsString(c), Complaint.class).equals(c),
                    "state round trip");
              } catch (java.io.IOException ex) {
                throw new AssertionError(ex);
              }
            });
  }
}
