/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import static io.github.cx4j.complaints.workflow.Fixtures.ALICE;
import static io.github.cx4j.complaints.workflow.Fixtures.CAROL;
import static io.github.cx4j.complaints.workflow.Fixtures.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cx4j.complaints.recovery.Remedy;
import io.github.cx4j.complaints.recovery.RemedyKind;
import io.github.cx4j.complaints.workflow.ComplaintCommand.AcceptHandover;
import io.github.cx4j.complaints.workflow.ComplaintCommand.Assess;
import io.github.cx4j.complaints.workflow.ComplaintCommand.AssignInvestigator;
import io.github.cx4j.complaints.workflow.ComplaintCommand.Close;
import io.github.cx4j.complaints.workflow.ComplaintCommand.DeclineHandover;
import io.github.cx4j.complaints.workflow.ComplaintCommand.Escalate;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplaintJsonTest {
  private final ObjectMapper json = CxJson.mapper();

  private static final Employee DAVE_ROUTED = Employee.of("dave", "front-desk");

  /** A history that produces every event type at least once. */
  static List<ComplaintEvent> everyEventType() {
    ComplaintWorkflow wf = ComplaintWorkflow.standard();
    List<ComplaintCommand> cmds = new ArrayList<>();
    cmds.add(Fixtures.receive());
    cmds.add(
        new Assess(
            ID,
            ALICE,
            "service",
            RootCause.of(ComplaintCause.COMPANY, true, Recurrence.RECURRING),
            Impact.MEDIUM,
            Urgency.HIGH));
    cmds.add(new AssignInvestigator(ID, ALICE, CAROL));
    cmds.add(new RecordFindings(ID, CAROL, "closed kitchen"));
    cmds.add(new RequestHandover(ID, ALICE, CAROL, "quality"));
    cmds.add(new DeclineHandover(ID, CAROL, "not ours"));
    cmds.add(new RequestHandover(ID, ALICE, CAROL, "quality, please"));
    cmds.add(new AcceptHandover(ID, CAROL));
    cmds.add(new Respond(ID, CAROL, "we are sorry"));
    cmds.add(
        new ComplaintCommand.ChangeStatus(
            ID, CAROL, SubStatus.of("awaiting-photo", StatusCategory.PENDING)));
    cmds.add(new ComplaintCommand.SendReminder(ID, "pending-reminder", "Any photo yet?"));
    cmds.add(new RecordCustomerReply(ID, "here is the photo"));
    cmds.add(
        new ComplaintCommand.RecordCustomerState(
            ID,
            CAROL,
            io.github.cx4j.core.concept.CustomerState.IRATE,
            List.of(io.github.cx4j.core.concept.CustomerCue.INTERRUPTS)));
    cmds.add(new Escalate(ID, CAROL, 1, "manager"));
    cmds.add(new ComplaintCommand.Route(ID, "quality", DAVE_ROUTED, "least-open"));
    cmds.add(new ComplaintCommand.LinkRelated(ID, CAROL, ComplaintId.of("C-5")));
    cmds.add(
        new ComplaintCommand.RecordMergeReceived(
            ID, CAROL, ComplaintId.of("C-4"), java.util.Map.of("RESOLUTION", Fixtures.at(600))));
    cmds.add(
        new ProvideRemedy(
            ID, CAROL, Remedy.of(RemedyKind.REFUND, Money.of("38.00", "CNY"), "refund")));
    cmds.add(new RecordSatisfaction(ID, SatisfactionPhase.BEFORE, 3, RatingScale.ONE_TO_FIVE));
    cmds.add(new Solve(ID, CAROL, ClosureOutcome.UPHELD, "refund"));
    cmds.add(new ComplaintCommand.ScheduleSurvey(ID, RatingScale.ONE_TO_FIVE));
    cmds.add(new ComplaintCommand.AnswerSurvey(ID, 4, Optional.of("quick refund")));
    cmds.add(new RecordSatisfaction(ID, SatisfactionPhase.AFTER, 5, RatingScale.ONE_TO_FIVE));
    cmds.add(new Reopen(ID, CAROL, "again", Optional.empty()));
    cmds.add(new Solve(ID, CAROL, ClosureOutcome.RESOLVED, "done"));
    cmds.add(new Close(ID, CAROL, Optional.empty()));
    ComplaintWorkflow always =
        ComplaintWorkflow.of(WorkflowPolicy.defaults().withReopen(ReopenPolicy.followUp()));
    cmds.add(new Reopen(ID, CAROL, "again", Optional.of(ComplaintId.of("C-9"))));
    List<ComplaintEvent> events = Fixtures.run(always, cmds);
    List<ComplaintEvent> merged =
        Fixtures.run(wf, List.of(Fixtures.receive(), new Merge(ID, ALICE, ComplaintId.of("C-0"))));
    events.add(merged.get(1));
    Employee by = Employee.of("dave", "front-desk");
    events.add(
        new ComplaintEvent.SplitOff(
            ComplaintEvent.idFor(ID, 99),
            ID,
            99,
            Fixtures.at(700),
            by,
            ComplaintId.of("C-2"),
            List.of(events.get(3).id()),
            List.of(4L)));
    events.add(
        new ComplaintEvent.SplitFrom(
            ComplaintEvent.idFor(ComplaintId.of("C-2"), 3),
            ComplaintId.of("C-2"),
            3,
            Fixtures.at(700),
            by,
            ID));
    return events;
  }

  @Test
  void everyEventRoundTrips() throws Exception {
    List<ComplaintEvent> events = everyEventType();
    Set<Class<?>> types = new HashSet<>();
    for (ComplaintEvent e : events) {
      String text = json.writeValueAsString(e);
      assertEquals(e, json.readValue(text, ComplaintEvent.class), text);
      types.add(e.getClass());
    }
    assertEquals(
        ComplaintEvent.class.getPermittedSubclasses().length, types.size(), types.toString());
  }

  @Test
  void stateRoundTripsAndNamesTypes() throws Exception {
    List<ComplaintEvent> events = everyEventType();
    Complaint c = ComplaintWorkflow.replay(events.subList(0, events.size() - 3)).orElseThrow();
    String text = json.writeValueAsString(c);
    assertEquals(c, json.readValue(text, Complaint.class));
    String ack = json.writeValueAsString(events.get(1));
    assertTrue(ack.contains("\"type\":\"acknowledged\""), ack);
  }

  @Test
  void badJsonNamesTheProblem() {
    Exception e =
        assertThrows(
            Exception.class,
            () ->
                json.readValue(
                    "{\"type\":\"acknowledged\",\"id\":\"6f1c6a57-0000-3000-8000-000000000000\","
                        + "\"complaintId\":\"C-1\",\"version\":0,\"at\":\"2026-01-01T00:00:00Z\","
                        + "\"by\":{\"id\":\"a\",\"department\":\"d\"}}",
                    ComplaintEvent.class));
    assertTrue(
        e.getMessage().contains("ComplaintEvent.Acknowledged.version must be at least 1, was 0"),
        e.getMessage());
    Exception unknown =
        assertThrows(
            Exception.class,
            () -> json.readValue("{\"type\":\"teleported\"}", ComplaintEvent.class));
    assertTrue(unknown.getMessage().contains("teleported"), unknown.getMessage());
  }
}
