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
import static io.github.cx4j.complaints.workflow.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Money;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.core.concept.ComplaintCause;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComplaintWorkflowTest {
  private final ComplaintWorkflow wf = ComplaintWorkflow.standard();

  private Complaint state(List<ComplaintCommand> commands) {
    return ComplaintWorkflow.replay(Fixtures.run(wf, commands)).orElseThrow();
  }

  private static List<ComplaintCommand> cmds(ComplaintCommand... c) {
    List<ComplaintCommand> l = new ArrayList<>();
    l.add(Fixtures.receive());
    l.addAll(List.of(c));
    return l;
  }

  private Decision.Rejected rejected(Complaint c, ComplaintCommand cmd, Instant now) {
    Decision d = wf.decide(c, cmd, now);
    assertFalse(d.accepted(), () -> "expected rejection of " + cmd);
    assertTrue(d.events().isEmpty());
    return (Decision.Rejected) d;
  }

  @Test
  void fullLifecycleFollowsIsoStagesAndStatuses() {
    Complaint c =
        state(
            cmds(
                new Acknowledge(ID, ALICE),
                new Assess(
                    ID,
                    ALICE,
                    "service",
                    RootCause.of(ComplaintCause.COMPANY, true, Recurrence.SINGLE),
                    Impact.LOW,
                    Urgency.HIGH),
                new AssignInvestigator(ID, ALICE, CAROL),
                new RecordFindings(ID, CAROL, "the kitchen had closed at 22:00"),
                new Respond(ID, ALICE, "We are sorry; we will make you noodles."),
                new ProvideRemedy(
                    ID,
                    ALICE,
                    Remedy.of(RemedyKind.GOODWILL_GESTURE, Money.of("0", "CNY"), "noodles")),
                new Solve(ID, ALICE, ClosureOutcome.RESOLVED, "served noodles"),
                new RecordSatisfaction(ID, SatisfactionPhase.AFTER, 10, RatingScale.ZERO_TO_TEN),
                new Close(ID, ALICE, Optional.empty())));
    assertEquals(StatusCategory.CLOSED, c.status());
    assertEquals(IsoStage.CLOSED, c.stage());
    assertEquals(TrackingStatus.CLOSED, c.trackingStatus());
    assertEquals(Optional.of(ClosureOutcome.RESOLVED), c.outcome());
    assertEquals(Priority.MEDIUM, c.classification().orElseThrow().priority());
    assertEquals(Optional.of(at(1)), c.acknowledgedAt());
    assertEquals(Optional.of(at(5)), c.firstResponseAt());
    assertEquals(10, c.version());
    assertEquals(1, c.remedies().size());
    assertEquals(10, c.satisfactionAfter().orElseThrow().score());
    assertEquals(ALICE, c.accountable());
  }

  @Test
  void commandsOnNewComplaintAcknowledgeFirst() {
    Decision d =
        wf.decide(
            Optional.of(state(cmds())),
            new Solve(ID, ALICE, ClosureOutcome.UPHELD, "refund"),
            at(3));
    assertEquals(2, d.events().size());
    assertTrue(d.events().get(0) instanceof ComplaintEvent.Acknowledged);
    assertEquals(2, d.events().get(0).version());
    assertEquals(3, d.events().get(1).version());
  }

  @Test
  void neverBackToNew() {
    Complaint c = state(cmds(new Acknowledge(ID, ALICE)));
    Decision.Rejected r =
        rejected(c, new ChangeStatus(ID, ALICE, SubStatus.defaultOf(StatusCategory.NEW)), at(5));
    assertEquals(RejectionReason.NEVER_BACK_TO_NEW, r.reason());
    assertEquals(
        RejectionReason.NOT_ALLOWED_IN_STATUS,
        rejected(c, new ChangeStatus(ID, ALICE, SubStatus.defaultOf(StatusCategory.SOLVED)), at(5))
            .reason());
  }

  @Test
  void customerReplyReopensPendingOnHoldAndSolved() {
    SubStatus parts = SubStatus.of("awaiting-parts", StatusCategory.ON_HOLD);
    for (ComplaintCommand waiting :
        List.of(
            new ChangeStatus(ID, ALICE, SubStatus.defaultOf(StatusCategory.PENDING)),
            new ChangeStatus(ID, ALICE, parts),
            new Solve(ID, ALICE, ClosureOutcome.RESOLVED, "done"))) {
      Complaint c =
          state(
              cmds(new Acknowledge(ID, ALICE), waiting, new RecordCustomerReply(ID, "still bad")));
      assertEquals(StatusCategory.OPEN, c.status(), waiting.toString());
      assertEquals(1, c.customerReplies());
    }
    Complaint solvedThenReplied =
        state(
            cmds(
                new Solve(ID, ALICE, ClosureOutcome.RESOLVED, "done"),
                new RecordCustomerReply(ID, "no")));
    assertEquals(1, solvedThenReplied.reopens());
    assertTrue(solvedThenReplied.outcome().isEmpty());
    Complaint closed =
        state(
            cmds(
                new Solve(ID, ALICE, ClosureOutcome.RESOLVED, "done"),
                new Close(ID, ALICE, Optional.empty()),
                new RecordCustomerReply(ID, "thanks")));
    assertEquals(StatusCategory.CLOSED, closed.status());
  }

  @Test
  void subStatusKeepsItsCategory() {
    SubStatus photo = SubStatus.of("awaiting-photo", StatusCategory.PENDING);
    Complaint c = state(cmds(new ChangeStatus(ID, ALICE, photo)));
    assertEquals(photo, c.subStatus());
    assertEquals(StatusCategory.PENDING, c.status());
    assertEquals(TrackingStatus.AWAITING_YOUR_REPLY, c.trackingStatus());
    CxValidationException e =
        assertThrows(
            CxValidationException.class, () -> SubStatus.of("Awaiting Photo", StatusCategory.OPEN));
    assertEquals(
        "SubStatus.code must be lower-case letters, digits and single dashes, was \"Awaiting"
            + " Photo\"",
        e.getMessage());
  }

  @Test
  void reopenPolicies() {
    List<ComplaintCommand> solved = cmds(new Solve(ID, ALICE, ClosureOutcome.RESOLVED, "done"));
    Complaint c = state(solved);
    Instant tooLate = at(2).plus(Duration.ofDays(15));
    Reopen plain = new Reopen(ID, ALICE, "not fixed", Optional.empty());
    assertTrue(wf.decide(c, plain, at(5)).accepted());
    assertEquals(RejectionReason.REOPEN_WINDOW_EXPIRED, rejected(c, plain, tooLate).reason());
    Decision linked =
        wf.decide(
            c, new Reopen(ID, ALICE, "not fixed", Optional.of(ComplaintId.of("C-2"))), tooLate);
    assertTrue(linked.events().get(0) instanceof ComplaintEvent.FollowUpLinked);
    Complaint afterLink = ComplaintWorkflow.evolve(c, linked.events().get(0));
    assertEquals(List.of(ComplaintId.of("C-2")), afterLink.followUps());
    assertEquals(StatusCategory.SOLVED, afterLink.status());

    ComplaintWorkflow always =
        ComplaintWorkflow.of(WorkflowPolicy.defaults().withReopen(ReopenPolicy.reopen()));
    assertTrue(always.decide(c, plain, tooLate).accepted());

    ComplaintWorkflow follow =
        ComplaintWorkflow.of(WorkflowPolicy.defaults().withReopen(ReopenPolicy.followUp()));
    assertTrue(follow.decide(c, plain, tooLate).accepted());
    Complaint closed =
        ComplaintWorkflow.replay(
                Fixtures.run(
                    follow, cmds(new Close(ID, ALICE, Optional.of(ClosureOutcome.WITHDRAWN)))))
            .orElseThrow();
    Decision d = follow.decide(closed, plain, at(9));
    assertEquals(RejectionReason.FOLLOW_UP_REQUIRED, ((Decision.Rejected) d).reason());
    Decision reopenedClosed = always.decide(closed, plain, at(9));
    Complaint reopened = closed;
    for (ComplaintEvent e : reopenedClosed.events()) {
      reopened = ComplaintWorkflow.evolve(reopened, e);
    }
    assertEquals(StatusCategory.OPEN, reopened.status());
    assertTrue(reopened.acknowledgedAt().isPresent());
    assertEquals(RejectionReason.NOT_SOLVED, rejected(state(cmds()), plain, at(5)).reason());
  }

  @Test
  void mergeClosesTheSourceAsMerged() {
    Complaint c = state(cmds(new Merge(ID, ALICE, ComplaintId.of("C-0"))));
    assertEquals(StatusCategory.MERGED, c.status());
    assertEquals(Optional.of(ComplaintId.of("C-0")), c.mergedInto());
    assertEquals(TrackingStatus.CLOSED, c.trackingStatus());
    assertEquals(
        RejectionReason.TERMINAL_STATUS,
        rejected(c, new RecordCustomerReply(ID, "hello"), at(9)).reason());
    assertEquals(
        RejectionReason.MERGE_INTO_SELF,
        rejected(state(cmds()), new Merge(ID, ALICE, ID), at(9)).reason());
  }

  @Test
  void firstQuestionResponsibilityAndBounces() {
    Complaint c =
        state(
            cmds(
                new RequestHandover(ID, ALICE, CAROL, "quality issue"),
                new AcceptHandover(ID, CAROL),
                new RequestHandover(ID, CAROL, DAVE, "back to the desk"),
                new AcceptHandover(ID, DAVE),
                new RequestHandover(ID, DAVE, CAROL, "again"),
                new DeclineHandover(ID, CAROL, "not ours")));
    assertEquals(ALICE, c.firstReceiver());
    assertEquals(ALICE, c.accountable());
    assertEquals(DAVE, c.owner());
    assertEquals(2, c.handovers());
    assertEquals(2, c.bounces());
    assertEquals(List.of("front-desk", "quality"), c.departments());

    Complaint pending = state(cmds(new RequestHandover(ID, ALICE, CAROL, "x")));
    assertEquals(ALICE, pending.owner());
    assertEquals(
        RejectionReason.NOT_THE_RECEIVER,
        rejected(pending, new AcceptHandover(ID, DAVE), at(5)).reason());
    Decision.Rejected notReceiver = rejected(pending, new DeclineHandover(ID, DAVE, "no"), at(5));
    assertEquals(RejectionReason.NOT_THE_RECEIVER, notReceiver.reason());
    assertEquals(DAVE.id() + " is not the receiver " + CAROL.id(), notReceiver.message());
    assertEquals(
        RejectionReason.HANDOVER_PENDING,
        rejected(pending, new RequestHandover(ID, ALICE, DAVE, "y"), at(5)).reason());
    Complaint fresh = state(cmds());
    assertEquals(
        RejectionReason.NO_PENDING_HANDOVER,
        rejected(fresh, new AcceptHandover(ID, CAROL), at(5)).reason());
    Decision.Rejected noHandover = rejected(fresh, new DeclineHandover(ID, CAROL, "no"), at(5));
    assertEquals(RejectionReason.NO_PENDING_HANDOVER, noHandover.reason());
    assertEquals("complaint " + ID + " has no hand-over", noHandover.message());
    assertEquals(
        RejectionReason.NOT_THE_OWNER,
        rejected(fresh, new RequestHandover(ID, DAVE, CAROL, "z"), at(5)).reason());
    assertEquals(
        RejectionReason.HANDOVER_TO_OWNER,
        rejected(fresh, new RequestHandover(ID, ALICE, ALICE, "z"), at(5)).reason());
    assertEquals(
        RejectionReason.OBJECTIVITY_CONFLICT,
        rejected(fresh, new RequestHandover(ID, ALICE, BOB, "z"), at(5)).reason());
  }

  @Test
  void investigatorMayNotBeThePersonComplainedAbout() {
    Complaint c = state(cmds());
    Decision.Rejected r = rejected(c, new AssignInvestigator(ID, ALICE, BOB), at(3));
    assertEquals(RejectionReason.OBJECTIVITY_CONFLICT, r.reason());
    assertEquals("investigator bob is the person complained about in complaint C-1", r.message());
    assertEquals(
        RejectionReason.NO_INVESTIGATOR,
        rejected(c, new RecordFindings(ID, ALICE, "x"), at(3)).reason());
  }

  @Test
  void escalationRulesAreEvaluatedOverStateAndTime() {
    Complaint c = state(cmds());
    Decision early = wf.decide(c, new EvaluateEscalations(ID), at(60));
    assertTrue(early.accepted());
    assertTrue(early.events().isEmpty());
    Decision late = wf.decide(c, new EvaluateEscalations(ID), at(60 * 25));
    ComplaintEvent.Escalated e = (ComplaintEvent.Escalated) late.events().get(0);
    assertEquals(1, e.level());
    assertEquals("not-acknowledged", e.rule());
    Complaint escalated = ComplaintWorkflow.evolve(c, e);
    assertTrue(wf.decide(escalated, new EvaluateEscalations(ID), at(60 * 26)).events().isEmpty());

    Complaint unsafe =
        ComplaintWorkflow.evolve(
            Optional.empty(),
            new ComplaintEvent.Received(
                ComplaintEvent.idFor(ID, 1),
                ID,
                1,
                at(0),
                Fixtures.CUSTOMER,
                ALICE,
                Fixtures.register().withSafetyFlag(true),
                Optional.empty()));
    ComplaintEvent.Escalated safety =
        (ComplaintEvent.Escalated)
            wf.decide(unsafe, new EvaluateEscalations(ID), at(1)).events().get(0);
    assertEquals(2, safety.level());
    assertEquals("safety-flag", safety.rule());

    Complaint irate =
        ComplaintWorkflow.evolve(
            c,
            wf.decide(
                    c,
                    new ComplaintCommand.RecordCustomerState(
                        ID,
                        ALICE,
                        io.github.cx4j.core.concept.CustomerState.IRATE,
                        List.of(io.github.cx4j.core.concept.CustomerCue.INSULTS)),
                    at(2))
                .events()
                .get(0));
    ComplaintEvent.Escalated angry =
        (ComplaintEvent.Escalated)
            wf.decide(irate, new EvaluateEscalations(ID), at(3)).events().get(0);
    assertEquals("irate-customer", angry.rule());

    ElapsedTime halfSpeed = (from, to) -> Duration.between(from, to).dividedBy(2);
    ComplaintWorkflow slow = ComplaintWorkflow.of(WorkflowPolicy.defaults().withTime(halfSpeed));
    assertTrue(slow.decide(c, new EvaluateEscalations(ID), at(60 * 25)).events().isEmpty());

    assertEquals(
        RejectionReason.ESCALATION_NOT_HIGHER,
        rejected(escalated, new Escalate(ID, ALICE, 1, "again"), at(60 * 26)).reason());
    assertTrue(wf.decide(escalated, new Escalate(ID, ALICE, 3, "CEO"), at(60 * 26)).accepted());
  }

  @Test
  void rejectionsForTimeIdentityAndTerminalStates() {
    Complaint c = state(cmds(new Acknowledge(ID, ALICE)));
    assertEquals(
        RejectionReason.TIME_BEFORE_LAST_EVENT,
        rejected(c, new Respond(ID, ALICE, "hi"), at(0).minusSeconds(1)).reason());
    assertEquals(
        RejectionReason.WRONG_COMPLAINT,
        rejected(c, new Respond(ComplaintId.of("other"), ALICE, "hi"), at(5)).reason());
    assertEquals(RejectionReason.ALREADY_RECEIVED, rejected(c, Fixtures.receive(), at(5)).reason());
    assertEquals(
        RejectionReason.ALREADY_ACKNOWLEDGED,
        rejected(c, new Acknowledge(ID, ALICE), at(5)).reason());
    Decision none = wf.decide(Optional.empty(), new Acknowledge(ID, ALICE), at(0));
    assertEquals(RejectionReason.NOT_RECEIVED, ((Decision.Rejected) none).reason());
    assertEquals(
        RejectionReason.OUTCOME_REQUIRED,
        rejected(c, new Close(ID, ALICE, Optional.empty()), at(5)).reason());
    assertEquals(
        RejectionReason.INVALID_OUTCOME,
        rejected(c, new Solve(ID, ALICE, ClosureOutcome.WITHDRAWN, "x"), at(5)).reason());
    Complaint closed = state(cmds(new Close(ID, ALICE, Optional.of(ClosureOutcome.NO_CONTACT))));
    assertEquals(
        RejectionReason.TERMINAL_STATUS,
        rejected(closed, new Respond(ID, ALICE, "x"), at(9)).reason());
    assertEquals(
        RejectionReason.NOT_ALLOWED_IN_STATUS,
        rejected(
                state(cmds(new Solve(ID, ALICE, ClosureOutcome.RESOLVED, "x"))),
                new Solve(ID, ALICE, ClosureOutcome.RESOLVED, "x"),
                at(9))
            .reason());
  }

  @Test
  void evolveIsIdempotentAndRejectsCorruptStreams() {
    List<ComplaintEvent> events = Fixtures.run(wf, cmds(new Acknowledge(ID, ALICE)));
    Complaint c = ComplaintWorkflow.replay(events).orElseThrow();
    assertSame(c, ComplaintWorkflow.evolve(c, events.get(1)));
    assertSame(c, ComplaintWorkflow.evolve(c, events.get(0)));
    ComplaintEvent gap =
        new ComplaintEvent.CustomerReplied(ComplaintEvent.idFor(ID, 5), ID, 5, at(9), "x");
    CxValidationException e =
        assertThrows(CxValidationException.class, () -> ComplaintWorkflow.evolve(c, gap));
    assertEquals("ComplaintEvent.version must be 3, was 5", e.getMessage());
    CxValidationException first =
        assertThrows(
            CxValidationException.class,
            () -> ComplaintWorkflow.evolve(Optional.empty(), events.get(1)));
    assertEquals(
        "ComplaintEvent.type must be received for the first event of a complaint, was"
            + " \"Acknowledged\"",
        first.getMessage());
    ComplaintEvent other =
        new ComplaintEvent.CustomerReplied(
            ComplaintEvent.idFor(ComplaintId.of("X"), 3), ComplaintId.of("X"), 3, at(9), "x");
    assertThrows(CxValidationException.class, () -> ComplaintWorkflow.evolve(c, other));
    assertTrue(ComplaintWorkflow.replay(List.of()).isEmpty());
    ComplaintEvent fork =
        new ComplaintEvent.CustomerReplied(ComplaintEvent.idFor(ID, 2, "fork"), ID, 2, at(9), "x");
    CxValidationException conflict =
        assertThrows(CxValidationException.class, () -> ComplaintWorkflow.evolve(c, fork));
    assertTrue(
        conflict.getMessage().startsWith("ComplaintEvent.id must be "), conflict.getMessage());
    List<ComplaintEvent> forked = new ArrayList<>(events);
    forked.add(fork);
    assertThrows(CxValidationException.class, () -> ComplaintWorkflow.replay(forked));
  }

  @Test
  void redactionRemovesPersonalFields() {
    List<ComplaintEvent> events =
        Fixtures.run(
            wf,
            cmds(
                new AssignInvestigator(ID, ALICE, CAROL),
                new RecordFindings(ID, CAROL, "Mr. Wang was told to leave"),
                new Respond(ID, ALICE, "Dear Mr. Wang"),
                new RecordCustomerReply(ID, "my phone is 123"),
                new Solve(ID, ALICE, ClosureOutcome.UPHELD, "refund to Mr. Wang")));
    Complaint c = ComplaintWorkflow.replay(events).orElseThrow();
    Complaint r = Redaction.redact(c);
    assertEquals(Redaction.REDACTED, r.register().complainantName());
    assertEquals(Redaction.REDACTED, r.register().contact());
    assertEquals(Optional.of(Redaction.REDACTED), r.findings());
    assertEquals(c.status(), r.status());
    for (ComplaintEvent e : events) {
      String json = e.toString();
      String redacted = Redaction.redact(e).toString();
      assertEquals(e.version(), Redaction.redact(e).version());
      assertFalse(redacted.contains("Wang") || redacted.contains("123"), redacted);
      assertTrue(json.length() > 0);
    }
    assertEquals(
        PersonalDataClass.SENSITIVE, Redaction.classification().get("Register.accessibilityNeeds"));
  }

  @Test
  void badValuesNameFieldAndValue() {
    assertEquals(
        "Employee.id must not be blank, was \" \"",
        assertThrows(CxValidationException.class, () -> Employee.of(" ", "d")).getMessage());
    assertEquals(
        "ComplaintId.value must not start or end with white space, was \" x\"",
        assertThrows(CxValidationException.class, () -> ComplaintId.of(" x")).getMessage());
    assertEquals(
        "ComplaintCommand.RecordSatisfaction.score must be within "
            + RatingScale.ONE_TO_FIVE
            + ", was 9",
        assertThrows(
                CxValidationException.class,
                () ->
                    new RecordSatisfaction(ID, SatisfactionPhase.AFTER, 9, RatingScale.ONE_TO_FIVE))
            .getMessage());
    assertEquals(
        "ReopenPolicy.window must be at least 1 day, was 0",
        assertThrows(CxValidationException.class, () -> ReopenPolicy.reopenWithinDays(0))
            .getMessage());
    assertEquals(
        "ComplaintCommand.Escalate.level must be at least 1, was 0",
        assertThrows(CxValidationException.class, () -> new Escalate(ID, ALICE, 0, "x"))
            .getMessage());
    assertEquals(
        "Remedy.value must not be negative, was -1 CNY",
        assertThrows(
                CxValidationException.class,
                () -> Remedy.of(RemedyKind.REFUND, Money.of("-1", "CNY"), "x"))
            .getMessage());
  }
}
