/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.linking;

import static io.github.cx4j.complaints.automation.Desk.ALICE;
import static io.github.cx4j.complaints.automation.Desk.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.complaints.automation.Desk;
import io.github.cx4j.complaints.sla.ClockStatus;
import io.github.cx4j.complaints.sla.ComplaintClocks;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.Decision;
import io.github.cx4j.complaints.workflow.RejectionReason;
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.complaints.workflow.SubStatus;
import io.github.cx4j.core.CxValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LinkingTest {
  private static Instant at(int minutes) {
    return MONDAY.plus(Duration.ofMinutes(minutes));
  }

  @Test
  void splitIsTwoWorkflowCommandsThatRewriteNothing() {
    Desk.Case c = new Desk.Case("S", MONDAY);
    c.run(new ComplaintCommand.Acknowledge(c.id, ALICE), at(1))
        .run(new ComplaintCommand.RecordCustomerReply(c.id, "Also, the invoice is wrong."), at(2))
        .run(new ComplaintCommand.Respond(c.id, ALICE, "The parcel left today."), at(3));
    List<ComplaintEvent> before = List.copyOf(c.events);
    ComplaintEvent invoice = c.events.get(2);
    SplitDecision d =
        Splitting.decide(
            ComplaintWorkflow.standard(),
            c.events,
            Set.of(invoice.id()),
            ComplaintId.of("S-2"),
            ALICE,
            at(4));
    assertTrue(d.accepted(), d.toString());
    c.events.addAll(d.source().events());
    List<ComplaintEvent> split = d.split().events();
    // the source keeps its events and appends split-off, naming the moved one
    assertEquals(before, c.events.subList(0, before.size()));
    ComplaintEvent.SplitOff off = (ComplaintEvent.SplitOff) c.events.get(before.size());
    assertEquals(List.of(invoice.id()), off.moved());
    assertEquals(List.of(3L), off.movedVersions());
    assertEquals(List.of(ComplaintId.of("S-2")), c.state().splitInto());
    // the new complaint: the receipt's copy (received at the source's time), the copy, split-from
    assertEquals(3, split.size());
    ComplaintEvent.Received receipt = (ComplaintEvent.Received) split.get(0);
    assertEquals(MONDAY, receipt.at());
    assertEquals(((ComplaintEvent.Received) before.get(0)).register(), receipt.register());
    ComplaintEvent.CustomerReplied copy = (ComplaintEvent.CustomerReplied) split.get(1);
    assertEquals("Also, the invoice is wrong.", copy.message());
    assertEquals(ComplaintId.of("S-2"), copy.complaintId());
    assertEquals(2, copy.version());
    assertEquals(invoice.at(), copy.at());
    assertTrue(
        !copy.id().equals(invoice.id()), "a copy has its own id (ids are unique in a store)");
    Complaint s2 = ComplaintWorkflow.replay(split).orElseThrow();
    assertEquals(Optional.of(c.id), s2.splitFrom());
    assertEquals(1, s2.customerReplies());
    // the threads: the invoice belongs to S-2 now
    java.util.Map<ComplaintId, List<ComplaintEvent>> store =
        java.util.Map.of(c.id, c.events, ComplaintId.of("S-2"), split);
    assertEquals(
        List.of(before.get(0), before.get(1), before.get(3)),
        Splitting.thread(c.id, id -> store.getOrDefault(id, List.of())));
    assertEquals(
        List.of(split.get(0), invoice),
        Splitting.thread(ComplaintId.of("S-2"), id -> store.getOrDefault(id, List.of())));
    // deciding again on the new states changes nothing (a retry)
    assertEquals(
        List.of(),
        ComplaintWorkflow.standard()
            .decide(
                c.state(),
                new ComplaintCommand.Split(
                    c.id, ALICE, ComplaintId.of("S-2"), List.of(invoice.id()), List.of(3L)),
                at(5))
            .events());
    assertEquals(
        List.of(),
        ComplaintWorkflow.standard()
            .decide(
                s2,
                new ComplaintCommand.ReceiveSplit(
                    ComplaintId.of("S-2"), ALICE, c.id, List.of(before.get(0), invoice)),
                at(5))
            .events());
  }

  @Test
  void splitRefusesTheReceiptWorkflowStepsAndBadVersions() {
    Desk.Case c = new Desk.Case("S", MONDAY);
    c.run(new ComplaintCommand.Acknowledge(c.id, ALICE), at(1));
    UUID receipt = c.events.get(0).id();
    assertEquals(
        "Splitting.moved must not include the receipt (version 1) of S, was " + receipt,
        assertThrows(
                CxValidationException.class,
                () -> Splitting.commands(c.events, Set.of(receipt), ComplaintId.of("S-2"), ALICE))
            .getMessage());
    UUID ack = c.events.get(1).id();
    SplitDecision d =
        Splitting.decide(
            ComplaintWorkflow.standard(),
            c.events,
            Set.of(ack),
            ComplaintId.of("S-2"),
            ALICE,
            at(3));
    assertTrue(!d.accepted());
    Decision.Rejected r = (Decision.Rejected) d.split();
    assertEquals(RejectionReason.INVALID_SPLIT, r.reason());
    assertEquals(
        "version 2 of complaint S (Acknowledged) cannot move; a split moves customer replies, agent"
            + " responses, recognised customer states, remedies and assessments",
        r.message());
    assertEquals(d.split(), d.source(), "the source is left alone");
    Decision bad =
        ComplaintWorkflow.standard()
            .decide(
                c.state(),
                new ComplaintCommand.Split(
                    c.id, ALICE, ComplaintId.of("S-2"), List.of(ack, ack), List.of(2L, 2L)),
                at(3));
    assertEquals(
        "moved versions of complaint S must increase within 2..2, was [2, 2]",
        ((Decision.Rejected) bad).message());
    Decision self =
        ComplaintWorkflow.standard()
            .decide(
                c.state(),
                new ComplaintCommand.Split(c.id, ALICE, c.id, List.of(ack), List.of(2L)),
                at(3));
    assertEquals("complaint S cannot be split into itself", ((Decision.Rejected) self).message());
    Decision none =
        ComplaintWorkflow.standard()
            .decide(
                Optional.empty(),
                new ComplaintCommand.ReceiveSplit(
                    ComplaintId.of("S-2"), ALICE, c.id, List.of(c.events.get(0))),
                at(3));
    assertEquals(
        "a split of complaint S takes its receipt and at least one more event, got 1 event(s)",
        ((Decision.Rejected) none).message());
  }

  @Test
  void twoSidedMergeLinksBothAndMovesTheOpenClocks() {
    Desk.Case older = new Desk.Case("M-1", MONDAY);
    Desk.Case newer = new Desk.Case("M-2", at(120));
    Instant now = at(150);
    ComplaintClocks olderClocks = older.clocks(now);
    MergeDecision d =
        Merging.merge(
            ComplaintWorkflow.standard(),
            older.state(),
            Optional.of(olderClocks),
            newer.state(),
            ALICE,
            now);
    assertTrue(d.accepted(), d.toString());
    older.events.addAll(d.source().events());
    newer.events.addAll(d.target().events());
    assertEquals(StatusCategory.MERGED, older.state().status());
    assertEquals(Optional.of(newer.id), older.state().mergedInto());
    assertEquals(List.of(older.id), newer.state().mergedFrom());
    ComplaintEvent.MergeReceived received =
        (ComplaintEvent.MergeReceived) newer.events.get(newer.events.size() - 1);
    // the older complaint's first response was due at 13:00, the newer one's at 15:00
    assertEquals(
        Instant.parse("2026-01-05T13:00:00Z"), received.openClocks().get("FIRST_RESPONSE"));
    // the clock engine gives the target the merged complaint's earlier first-response due instant
    ClockStatus first = newer.clocks(now).clock("FIRST_RESPONSE").orElseThrow();
    assertEquals(Optional.of(Instant.parse("2026-01-05T13:00:00Z")), first.due());
    assertEquals(Duration.ofMinutes(90), first.remaining());
    assertEquals(ClockStatus.Status.RUNNING, first.status());
    // and the older one's resolution (Tuesday 17:00) instead of its own (Wednesday 11:00)
    assertEquals(
        Optional.of(Instant.parse("2026-01-06T17:00:00Z")),
        newer.clocks(now).clock("RESOLUTION").orElseThrow().due());
    // at 13:30 the moved deadline has passed: breached at 13:00, not at the target's own 15:00
    ClockStatus late = newer.clocks(at(270)).clock("FIRST_RESPONSE").orElseThrow();
    assertEquals(ClockStatus.Status.BREACHED, late.status());
    assertEquals(Optional.of(Instant.parse("2026-01-05T13:00:00Z")), late.due());
    // the report says why
    assertTrue(
        Desk.MONITOR.report(newer.events, now).clocks().stream()
            .flatMap(c -> c.steps().stream())
            .anyMatch(
                st ->
                    st.event()
                        .equals("deadline 2026-01-05T13:00:00Z moved from merged complaint M-1")),
        "a step names the moved deadline");
    // the 75% warning of the moved clock (3 of 4 hours used) comes at 12:00, not at 14:00
    io.github.cx4j.complaints.automation.Due due =
        Desk.engine().due(newer.caseState(at(180)), at(180));
    assertEquals(1, due.commands().size(), due.toString());
    assertEquals("sla-level-1", due.commands().get(0).automation());
    MergeDecision again =
        Merging.merge(
            ComplaintWorkflow.standard(),
            older.state(),
            Optional.empty(),
            newer.state(),
            ALICE,
            now);
    assertEquals(List.of(), again.target().events(), "the target already has the link");
    assertEquals(
        "complaint M-1 is merged into M-2", ((Decision.Rejected) again.source()).message());
  }

  @Test
  void aLaterMovedDeadlineChangesNothingAndAPausedTargetKeepsTheRemainingTime() {
    Desk.Case older = new Desk.Case("K-1", MONDAY);
    Desk.Case newer = new Desk.Case("K-2", at(120));
    Instant now = at(150);
    ComplaintClocks before = older.clocks(now);
    MergeDecision d =
        Merging.merge(
            ComplaintWorkflow.standard(),
            newer.state(),
            Optional.of(newer.clocks(now)),
            older.state(),
            ALICE,
            now);
    assertTrue(d.accepted(), d.toString());
    older.events.addAll(d.target().events());
    assertEquals(before.clocks(), older.clocks(now).clocks(), "the survivor's clocks were earlier");

    // a target that is pending when the merge arrives: its resolution clock is paused, and keeps
    // the merged clock's remaining business time (Tuesday 17:00 - Monday 16:00 = 9 hours) for later
    Desk.Case source = new Desk.Case("J-1", MONDAY);
    Desk.Case target = new Desk.Case("J-2", at(120));
    target.run(
        new ComplaintCommand.ChangeStatus(
            target.id, ALICE, SubStatus.defaultOf(StatusCategory.PENDING)),
        at(300));
    Instant four = at(420);
    MergeDecision m =
        Merging.merge(
            ComplaintWorkflow.standard(),
            source.state(),
            Optional.of(source.clocks(four)),
            target.state(),
            ALICE,
            four);
    target.events.addAll(m.target().events());
    ClockStatus paused = target.clocks(four).clock("RESOLUTION").orElseThrow();
    assertEquals(ClockStatus.Status.PAUSED, paused.status());
    assertEquals(Duration.ofHours(9), paused.remaining());
    // resumed on Tuesday 09:00, it is due 9 business hours later: Wednesday 10:00
    target.run(
        new ComplaintCommand.ChangeStatus(
            target.id, ALICE, SubStatus.defaultOf(StatusCategory.OPEN)),
        Instant.parse("2026-01-06T09:00:00Z"));
    assertEquals(
        Optional.of(Instant.parse("2026-01-07T10:00:00Z")),
        target
            .clocks(Instant.parse("2026-01-06T09:00:00Z"))
            .clock("RESOLUTION")
            .orElseThrow()
            .due());
  }

  @Test
  void relatedLinksAndFollowUpsAreRecorded() {
    Desk.Case c = new Desk.Case("L", MONDAY);
    c.run(new ComplaintCommand.LinkRelated(c.id, ALICE, ComplaintId.of("L-0")), at(1))
        .run(new ComplaintCommand.LinkRelated(c.id, ALICE, ComplaintId.of("L-0")), at(2));
    assertEquals(List.of(ComplaintId.of("L-0")), c.state().related());
    assertEquals(2, c.events.size(), "a repeated link adds nothing");
    assertEquals(
        "complaint L cannot be related to itself",
        ((Decision.Rejected) c.tryRun(new ComplaintCommand.LinkRelated(c.id, ALICE, c.id), at(3)))
            .message());
  }
}
